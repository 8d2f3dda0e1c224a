//! Both parsers on every rule file of the repository: the bundled libraries, the examples, the
//! conformance and bad-input corpora, the fuzz regressions.
#![allow(clippy::panic)]

mod common;

#[test]
fn both_parsers_agree_on_the_corpus() {
    let corpus = common::corpus();
    assert!(
        corpus.len() > 100,
        "the corpus is missing: {}",
        corpus.len()
    );
    let mut failures = Vec::new();
    for (path, source) in &corpus {
        if let Err(problem) = common::check(source) {
            failures.push(format!(
                "{}: {}",
                path.display(),
                problem.lines().next().unwrap_or("")
            ));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_bundled_libraries_parse_the_same() {
    for library in ["rio", "icmec"] {
        let dir = common::root().join("core/library").join(library);
        let mut count = 0;
        for entry in std::fs::read_dir(&dir).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.extension().is_some_and(|e| e == "lex") {
                let source = std::fs::read_to_string(&path).unwrap_or_default();
                let hand = lexpact_grammar::parse(&source);
                let reference = lexpact_grammar_reference::parse(&source);
                assert!(hand.is_ok(), "{}", path.display());
                assert_eq!(hand, reference, "{}", path.display());
                count += 1;
            }
        }
        assert!(count > 0, "no rule file in {library}");
    }
}
