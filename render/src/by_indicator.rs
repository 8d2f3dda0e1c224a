//! `check --by-indicator SCHEME`: each report's results grouped by the indicators of one
//! monitoring scheme (`icmec:1`, `icmec:2`, … in natural order), each indicator with the
//! obligations mapped to it, their verdicts and a tally by verdict; then the obligations with
//! no indicator of that scheme. As text and as JSON (`lexpact/by-indicator/v1`).

use std::cmp::Ordering;
use std::io::{self, Write};

use lexpact_core::report::{ObligationResult, words};
use lexpact_core::{Report, Verdict};
use serde::Serialize;

use super::paint::Paint;

/// The verdicts in the order a tally lists them.
const VERDICTS: [Verdict; 5] = [
    Verdict::Met,
    Verdict::PartiallyMet,
    Verdict::NotMet,
    Verdict::Unknown,
    Verdict::NotApplicable,
];

/// All the reports grouped by one scheme's indicators.
#[derive(Serialize)]
pub struct ByIndicator<'a> {
    /// `lexpact/by-indicator/v1`.
    pub format: &'static str,
    /// The scheme grouped by, e.g. `icmec`.
    pub scheme: &'a str,
    /// One grouping per report, in the order given.
    pub profiles: Vec<ProfileGroups<'a>>,
}

/// One report's results grouped by indicator.
#[derive(Serialize)]
pub struct ProfileGroups<'a> {
    pub profile: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub state: Option<&'a str>,
    pub as_of: &'a str,
    /// The indicators of the scheme the results name, in natural order of their ids.
    pub indicators: Vec<IndicatorGroup<'a>>,
    /// The results with no indicator of the scheme, in rule order.
    pub unmapped: Vec<Entry<'a>>,
}

/// One indicator and the obligations mapped to it.
#[derive(Serialize)]
pub struct IndicatorGroup<'a> {
    /// The id within the scheme (`3.2` of `ecpat-gpi:3.2`).
    pub id: &'a str,
    /// The indicator as the rules write it (`ecpat-gpi:3.2`).
    pub indicator: String,
    /// How many of the obligations got each verdict.
    pub tally: Tally,
    /// The obligations mapped to it, in rule order.
    pub obligations: Vec<Entry<'a>>,
}

/// How many results got each verdict.
#[derive(Serialize, Default)]
pub struct Tally {
    pub met: usize,
    pub partially_met: usize,
    pub not_met: usize,
    pub unknown: usize,
    pub not_applicable: usize,
}

impl Tally {
    fn add(&mut self, verdict: Verdict) {
        match verdict {
            Verdict::Met => self.met += 1,
            Verdict::PartiallyMet => self.partially_met += 1,
            Verdict::NotMet => self.not_met += 1,
            Verdict::Unknown => self.unknown += 1,
            Verdict::NotApplicable => self.not_applicable += 1,
        }
    }

    fn get(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Met => self.met,
            Verdict::PartiallyMet => self.partially_met,
            Verdict::NotMet => self.not_met,
            Verdict::Unknown => self.unknown,
            Verdict::NotApplicable => self.not_applicable,
        }
    }

    /// `1 met, 2 not met`: the verdicts given, in their order.
    fn words(&self) -> String {
        let parts: Vec<String> = VERDICTS
            .iter()
            .filter_map(|v| {
                let n = self.get(*v);
                (n > 0).then(|| format!("{n} {}", words::verdict(*v)))
            })
            .collect();
        parts.join(", ")
    }
}

/// One obligation's result, briefly.
#[derive(Serialize)]
pub struct Entry<'a> {
    pub id: &'a str,
    pub cite: &'a str,
    pub title: &'a str,
    pub verdict: Verdict,
    #[serde(skip_serializing_if = "<[Verdict]>::is_empty")]
    pub range: &'a [Verdict],
    #[serde(skip_serializing_if = "<[String]>::is_empty")]
    pub amendments: &'a [String],
}

impl<'a> Entry<'a> {
    fn of(r: &'a ObligationResult) -> Self {
        Entry {
            id: &r.obligation.id,
            cite: &r.obligation.cite,
            title: &r.obligation.title,
            verdict: r.verdict,
            range: &r.range,
            amendments: &r.obligation.amendments,
        }
    }
}

/// Compares indicator ids naturally: runs of digits by their value, the rest as text, so
/// `2` < `10` and `3.2` < `3.10`.
pub fn natural(a: &str, b: &str) -> Ordering {
    let (mut a, mut b) = (a, b);
    loop {
        match (a.is_empty(), b.is_empty()) {
            (true, true) => return Ordering::Equal,
            (true, false) => return Ordering::Less,
            (false, true) => return Ordering::Greater,
            (false, false) => {}
        }
        let (run_a, rest_a) = run(a);
        let (run_b, rest_b) = run(b);
        let digits = |s: &str| s.starts_with(|c: char| c.is_ascii_digit());
        let order = if digits(run_a) && digits(run_b) {
            let (ta, tb) = (run_a.trim_start_matches('0'), run_b.trim_start_matches('0'));
            ta.len()
                .cmp(&tb.len())
                .then_with(|| ta.cmp(tb))
                .then_with(|| run_a.len().cmp(&run_b.len()))
        } else {
            run_a.cmp(run_b)
        };
        if order != Ordering::Equal {
            return order;
        }
        (a, b) = (rest_a, rest_b);
    }
}

/// The first run of `s`: its leading digits, or its leading non-digits.
fn run(s: &str) -> (&str, &str) {
    let digit = s.starts_with(|c: char| c.is_ascii_digit());
    let end = s
        .find(|c: char| c.is_ascii_digit() != digit)
        .unwrap_or(s.len());
    s.split_at(end)
}

/// Groups every report's results by the indicators of `scheme`.
pub fn group<'a>(reports: &'a [Report], scheme: &'a str) -> ByIndicator<'a> {
    let profiles = reports
        .iter()
        .map(|report| {
            let mut indicators: Vec<IndicatorGroup<'a>> = Vec::new();
            let mut unmapped = Vec::new();
            for r in &report.results {
                let mut mapped = false;
                for id in words::indicator_ids(&r.obligation, scheme) {
                    mapped = true;
                    let at = match indicators.iter().position(|g| g.id == id) {
                        Some(at) => at,
                        None => {
                            indicators.push(IndicatorGroup {
                                id,
                                indicator: format!("{scheme}:{id}"),
                                tally: Tally::default(),
                                obligations: Vec::new(),
                            });
                            indicators.len() - 1
                        }
                    };
                    if let Some(g) = indicators.get_mut(at) {
                        g.tally.add(r.verdict);
                        g.obligations.push(Entry::of(r));
                    }
                }
                if !mapped {
                    unmapped.push(Entry::of(r));
                }
            }
            indicators.sort_by(|x, y| natural(x.id, y.id));
            ProfileGroups {
                profile: &report.profile.name,
                state: report.profile.state.as_deref(),
                as_of: &report.as_of,
                indicators,
                unmapped,
            }
        })
        .collect();
    ByIndicator {
        format: "lexpact/by-indicator/v1",
        scheme,
        profiles,
    }
}

pub fn write_json(out: &mut impl Write, grouped: &ByIndicator<'_>) -> io::Result<()> {
    let text = serde_json::to_string_pretty(grouped).map_err(io::Error::other)?;
    writeln!(out, "{text}")
}

pub fn write_text(out: &mut impl Write, grouped: &ByIndicator<'_>, colour: bool) -> io::Result<()> {
    let paint = Paint { on: colour };
    let scheme = grouped.scheme;
    for (i, profile) in grouped.profiles.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        let state = profile.state.map(|s| format!(" ({s})")).unwrap_or_default();
        writeln!(
            out,
            "{}",
            paint.wrap("1", &format!("{}{state}", profile.profile))
        )?;
        writeln!(out, "as of {}; by indicator of {scheme}", profile.as_of)?;
        for g in &profile.indicators {
            let tally = g.tally.words();
            writeln!(out, "\n{}  {tally}", paint.wrap("1", &g.indicator))?;
            for e in &g.obligations {
                entry(out, e, &paint)?;
            }
        }
        if !profile.unmapped.is_empty() {
            let heading = format!("no indicator of {scheme}");
            let n = profile.unmapped.len();
            let count = if n == 1 {
                "1 obligation".to_string()
            } else {
                format!("{n} obligations")
            };
            writeln!(out, "\n{}  {count}", paint.wrap("1", &heading))?;
            for e in &profile.unmapped {
                entry(out, e, &paint)?;
            }
        }
    }
    Ok(())
}

fn entry(out: &mut impl Write, e: &Entry<'_>, paint: &Paint) -> io::Result<()> {
    let verdict = paint.wrap(
        Paint::code(e.verdict),
        &format!("{:<14}", words::verdict(e.verdict)),
    );
    let mark = if e.amendments.is_empty() { "" } else { " †" };
    writeln!(out, "  {verdict} {:<12} {}{mark}", e.cite, e.title)?;
    if !e.range.is_empty() {
        writeln!(out, "{:>17}could still be {}", "", words::range(e.range))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::natural;
    use std::cmp::Ordering;

    #[test]
    fn ids_sort_naturally() {
        let mut ids = vec!["10", "2", "3.10", "3.2", "1a", "1", "b", "a", "02"];
        ids.sort_by(|a, b| natural(a, b));
        assert_eq!(ids, ["1", "1a", "2", "02", "3.2", "3.10", "10", "a", "b"]);
        assert_eq!(natural("2.1.3", "2.1.3"), Ordering::Equal);
    }
}
