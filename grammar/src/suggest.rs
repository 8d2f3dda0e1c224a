//! "Did you mean …?": the one rule every misspelt name, path, keyword, obligation id and limit
//! is matched by, in the parser, the checker, the evaluator's warnings and the CLI.
//!
//! The rule: a word is offered the candidate most like it by Jaro-Winkler similarity, if that
//! similarity is at least [`LEAST_SIMILARITY`]; of equally similar candidates the
//! alphabetically first wins. A word or candidate longer than [`LONGEST_WORD`] bytes is never
//! compared, and a candidate equal to the word is no suggestion.

/// The least Jaro-Winkler similarity (0 to 1) of a likely typo.
pub const LEAST_SIMILARITY: f64 = 0.8;

/// Words longer than this many bytes are not compared: the similarity costs time quadratic in
/// the length, and a name this long is no typo.
pub const LONGEST_WORD: usize = 256;

/// The candidate `word` is most likely a typo of, by the rule of this module.
pub fn closest<'a>(word: &str, candidates: impl IntoIterator<Item = &'a str>) -> Option<&'a str> {
    if word.len() > LONGEST_WORD {
        return None;
    }
    candidates
        .into_iter()
        .filter(|candidate| candidate.len() <= LONGEST_WORD && *candidate != word)
        .map(|candidate| (strsim::jaro_winkler(word, candidate), candidate))
        .filter(|(similarity, _)| *similarity >= LEAST_SIMILARITY)
        .max_by(|a, b| a.0.total_cmp(&b.0).then_with(|| b.1.cmp(a.1)))
        .map(|(_, candidate)| candidate)
}

#[cfg(test)]
mod tests {
    use super::{LONGEST_WORD, closest};

    #[test]
    fn offers_the_most_similar_candidate_only_for_likely_typos() {
        let fields = ["double_criminality_required", "exists", "universal"];
        assert_eq!(
            closest("double_criminality_requird", fields),
            Some("double_criminality_required")
        );
        assert_eq!(closest("exist", fields), Some("exists"));
        assert_eq!(closest("zzz", fields), None);
        assert_eq!(
            closest("exists", fields),
            None,
            "the word itself is no typo"
        );
    }

    #[test]
    fn equally_similar_candidates_go_to_the_alphabetically_first() {
        assert_eq!(closest("ab", ["ac", "aa"]), closest("ab", ["aa", "ac"]));
        assert_eq!(closest("body_2x", ["body_2y", "body_2a"]), Some("body_2a"));
    }

    #[test]
    fn long_words_are_not_compared_on_either_side() {
        let long = "e".repeat(LONGEST_WORD + 1);
        let near_long = "e".repeat(LONGEST_WORD);
        assert_eq!(closest(&long, ["exists", near_long.as_str()]), None);
        assert_eq!(closest(&near_long, [long.as_str()]), None);
        let at_bound = "e".repeat(LONGEST_WORD - 1) + "x";
        assert_eq!(
            closest(&at_bound, [near_long.as_str()]),
            Some(near_long.as_str())
        );
    }

    #[test]
    fn a_five_megabyte_word_is_skipped_without_being_read() {
        // Comparing it even once would take hours: the test would not finish.
        let huge = "x".repeat(5 << 20);
        assert_eq!(closest(&huge, [huge.as_str(), "xx"]), None);
        assert_eq!(closest("xx", [huge.as_str()]), None);
    }
}
