//! "Did you mean …?" for misspelt names and paths.

/// Longer words get no suggestion: the similarity costs time quadratic in the length, and a
/// name this long is no typo.
const LONGEST_TYPO: usize = 256;

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    if word.len() > LONGEST_TYPO {
        return None;
    }
    candidates
        .into_iter()
        .filter(|c| c.len() <= LONGEST_TYPO)
        .map(|c| (strsim::jaro_winkler(word, c), c))
        .filter(|(score, _)| *score >= 0.8)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, c)| c)
}

#[cfg(test)]
mod tests {
    use super::closest;

    #[test]
    fn finds_typos_only() {
        let fields = ["double_criminality_required", "exists", "universal"];
        assert_eq!(
            closest("double_criminality_requird", fields),
            Some("double_criminality_required")
        );
        assert_eq!(closest("exist", fields), Some("exists"));
        assert_eq!(closest("zzz", fields), None);
        let long = "e".repeat(1 << 20);
        assert_eq!(closest(&long, ["exists", long.as_str()]), None);
    }
}
