//! The words of an obligation's metadata: its indicators in other monitoring schemes and the
//! passages it rests on that the text marks as late amendments.

use crate::report::ObligationIdentity;

/// What the amendment mark (a dagger in the HTML matrix) means, for legends.
pub const AMENDMENT_LEGEND: &str = "rests on a passage marked in the draft as a late amendment";

/// `indicators: icmec:1, lanzarote:20`; `None` without indicators.
pub fn indicators(identity: &ObligationIdentity) -> Option<String> {
    if identity.indicators.is_empty() {
        return None;
    }
    Some(format!("indicators: {}", identity.indicators.join(", ")))
}

/// One line per amended passage: `late amendment: "…"`.
pub fn amendments(identity: &ObligationIdentity) -> impl Iterator<Item = String> + '_ {
    identity
        .amendments
        .iter()
        .map(|passage| format!("late amendment: \"{passage}\""))
}

/// The ids of the indicators of `scheme` (`icmec:1` gives `1` for `icmec`).
pub fn indicator_ids<'a>(
    identity: &'a ObligationIdentity,
    scheme: &'a str,
) -> impl Iterator<Item = &'a str> + 'a {
    identity.indicators.iter().filter_map(move |indicator| {
        indicator
            .split_once(':')
            .and_then(|(s, id)| (s == scheme).then_some(id))
    })
}

/// The scheme of each indicator, in the order first met.
pub fn schemes<'a>(identities: impl Iterator<Item = &'a ObligationIdentity>) -> Vec<&'a str> {
    let mut out: Vec<&str> = Vec::new();
    for identity in identities {
        for indicator in &identity.indicators {
            if let Some((scheme, _)) = indicator.split_once(':')
                && !out.contains(&scheme)
            {
                out.push(scheme);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::{amendments, indicator_ids, indicators, schemes};
    use crate::report::ObligationIdentity;

    fn identity(indicators: &[&str], amendments: &[&str]) -> ObligationIdentity {
        ObligationIdentity {
            id: "o".into(),
            title: String::new(),
            cite: String::new(),
            group: String::new(),
            text: String::new(),
            indicators: indicators.iter().map(|s| s.to_string()).collect(),
            amendments: amendments.iter().map(|s| s.to_string()).collect(),
        }
    }

    #[test]
    fn indicators_and_amendments_in_words() {
        let o = identity(&["icmec:1", "lanzarote:20", "icmec:1a"], &["Pact", "urge"]);
        assert_eq!(
            indicators(&o).as_deref(),
            Some("indicators: icmec:1, lanzarote:20, icmec:1a")
        );
        let lines: Vec<String> = amendments(&o).collect();
        assert_eq!(
            lines,
            ["late amendment: \"Pact\"", "late amendment: \"urge\""]
        );
        assert_eq!(indicator_ids(&o, "icmec").collect::<Vec<_>>(), ["1", "1a"]);
        assert_eq!(schemes([&o].into_iter()), ["icmec", "lanzarote"]);
        let none = identity(&[], &[]);
        assert_eq!(indicators(&none), None);
        assert_eq!(amendments(&none).count(), 0);
    }
}
