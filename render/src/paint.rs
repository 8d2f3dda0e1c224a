//! Terminal colour for the text outputs (`check` and `diff`): ANSI codes when asked for,
//! plain text otherwise.

use lexpact_core::Verdict;

pub struct Paint {
    pub on: bool,
}

impl Paint {
    /// `text` in the SGR colour `code` (`"32"` green, `"1"` bold), or as it is.
    pub fn wrap(&self, code: &str, text: &str) -> String {
        if self.on {
            format!("\x1b[{code}m{text}\x1b[0m")
        } else {
            text.to_string()
        }
    }

    /// The colour of a verdict, the same in every text output.
    pub fn code(verdict: Verdict) -> &'static str {
        match verdict {
            Verdict::Met => "32",
            Verdict::PartiallyMet => "33",
            Verdict::NotMet => "31",
            Verdict::Unknown => "35",
            Verdict::NotApplicable => "2",
        }
    }
}
