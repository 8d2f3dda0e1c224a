//! "Did you mean …?" for misspelt names and paths.

/// The candidate closest to `word`, if it is close enough to be a likely typo.
pub(crate) fn closest<'a>(
    word: &str,
    candidates: impl IntoIterator<Item = &'a str>,
) -> Option<&'a str> {
    candidates
        .into_iter()
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
    }
}
