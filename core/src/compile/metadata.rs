//! The metadata clauses of an obligation, which change no verdict: `indicator` (a crosswalk to
//! another monitoring scheme) and `amended` (a passage the text marks as a late amendment).

use lexpact_grammar::ast::{self, ClauseKind};

use super::Context;
use crate::diagnostic::codes;

/// The indicators and amendment marks of one obligation, in the order written.
pub(super) struct Metadata {
    pub indicators: Vec<String>,
    pub amendments: Vec<String>,
}

/// Reads the obligation's `indicator` and `amended` clauses; `None` if one is wrong (each
/// reported). `text` is the obligation's `text` clause, if it has one.
pub(super) fn metadata(
    cx: &mut Context<'_>,
    file: usize,
    ob: &ast::Obligation,
    text: Option<&str>,
) -> Option<Metadata> {
    let mut out = Metadata {
        indicators: Vec::new(),
        amendments: Vec::new(),
    };
    let mut ok = true;
    for clause in &ob.clauses {
        match &clause.kind {
            ClauseKind::Indicator(s) => {
                if let Some(problem) = indicator_problem(&s.value) {
                    cx.push(
                        cx.err(
                            file,
                            codes::INDICATOR,
                            format!("`{}` is not an indicator: {problem}", s.value),
                            s.span,
                        )
                        .with_help(
                            "write `indicator \"SCHEME:ID\"`, as in `indicator \"icmec:1\"`: \
                             SCHEME in lower-case letters, digits and `-`, starting with a \
                             letter; ID without spaces",
                        ),
                    );
                    ok = false;
                } else if out.indicators.contains(&s.value) {
                    cx.push(cx.err(
                        file,
                        codes::INDICATOR,
                        format!("indicator `{}` is named twice in `{}`", s.value, ob.id.name),
                        s.span,
                    ));
                    ok = false;
                } else {
                    out.indicators.push(s.value.clone());
                }
            }
            ClauseKind::Amended(s) => {
                if let Some(problem) = amended_problem(&s.value, text) {
                    cx.push(cx.err(file, codes::AMENDED, problem, s.span).with_help(
                        "quote the amended passage as the `text` clause gives it, word for word",
                    ));
                    ok = false;
                } else if out.amendments.contains(&s.value) {
                    cx.push(cx.err(
                        file,
                        codes::AMENDED,
                        format!(
                            "the amended passage \"{}\" is quoted twice in `{}`",
                            s.value, ob.id.name
                        ),
                        s.span,
                    ));
                    ok = false;
                } else {
                    out.amendments.push(s.value.clone());
                }
            }
            _ => {}
        }
    }
    ok.then_some(out)
}

/// What is wrong with an indicator's `SCHEME:ID`, or `None` if nothing is.
fn indicator_problem(value: &str) -> Option<&'static str> {
    let Some((scheme, id)) = value.split_once(':') else {
        return Some("it has no `:` between the scheme and the id");
    };
    let mut letters = scheme.chars();
    match letters.next() {
        None => return Some("the scheme before `:` is empty"),
        Some(first) if !first.is_ascii_lowercase() => {
            return Some("the scheme must start with a lower-case letter");
        }
        Some(_) => {}
    }
    if !letters.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-') {
        return Some("the scheme may hold only lower-case letters, digits and `-`");
    }
    if id.is_empty() {
        return Some("the id after `:` is empty");
    }
    if id.chars().any(char::is_whitespace) {
        return Some("the id holds a space");
    }
    None
}

/// What is wrong with an `amended` passage, or `None` if nothing is.
fn amended_problem(passage: &str, text: Option<&str>) -> Option<String> {
    if passage.trim().is_empty() {
        return Some("an `amended` passage is empty".to_string());
    }
    match text {
        Some(text) if !text.contains(passage) => Some(format!(
            "the `text` of this obligation does not contain the amended passage \"{passage}\""
        )),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::{amended_problem, indicator_problem};

    #[test]
    fn indicators_are_scheme_colon_id() {
        for good in [
            "icmec:1",
            "ecpat-gpi:3.2",
            "ots:2.1.3",
            "lanzarote:18",
            "a1-:x",
        ] {
            assert_eq!(indicator_problem(good), None, "{good}");
        }
        for bad in [
            "icmec",
            ":1",
            "1cmec:1",
            "Icmec:1",
            "ic_mec:1",
            "icmec:",
            "icmec:1 2",
            "-a:1",
        ] {
            assert!(indicator_problem(bad).is_some(), "{bad}");
        }
    }

    #[test]
    fn an_amended_passage_is_in_the_text() {
        assert_eq!(amended_problem("urge", Some("We urge States")), None);
        assert_eq!(amended_problem("urge", None), None);
        assert!(amended_problem("call", Some("We urge States")).is_some());
        assert!(amended_problem(" ", None).is_some());
    }
}
