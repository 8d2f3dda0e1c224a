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

/// Sources at the edges of the grammar, where a parser that decides on one token and one
/// that backtracks could part: both must accept or refuse each, with the same tree.
const EDGES: &[&str] = &[
    "",
    "\u{feff}",
    "# only a comment",
    "# a comment\r\n\u{feff}define x = 1 # after\r\n",
    "define x = 1.",
    "define x = 1.5.",
    "define x = 1.x",
    "define x = 12ab",
    "define x = 2013-12-31x",
    "define x = 2013-12-3",
    "define x = 0000-00-00",
    "define x = a .b",
    "define x = a. b",
    "define x = a.in.each.count",
    "define x = true.x",
    "define x = \"\\",
    "define x = \"a\\q\"",
    "define x = \"a\\\nb\"",
    "define x = \"open\ndefine y = 1",
    "define x = é",
    "ti\u{feff}tle",
    "define f(,) = 1",
    "define f() = 1",
    "define f(a,) = f(a,)",
    "define f (a) = f (a)",
    "define x = [,]",
    "define x = [1,]",
    "define x = count x in l where",
    "define x = count x in l",
    "define x = all x in l",
    "define x = all x in l where all y in x where y",
    "define x = (count m in l where m) > 1",
    "define x = count m in l where m > 1",
    "define x = not not not a",
    "define x = a not in b",
    "define x = a not b",
    "define x = 1 == 2 == 3",
    "define x = - - 1",
    "define x = a - -b * -c / d",
    "define x === 1",
    "define x == 1",
    "define x = a <= = b",
    "define x = a < = b",
    "define x = a and or b",
    "define x = (a) and (b) or c",
    "define x = (a) + (b)",
    "obligation o { require a in each jurisdiction }",
    "obligation o { require a in each jurisdiction in each jurisdiction }",
    "obligation o { require a not in each jurisdiction }",
    "obligation o { require a in #c\n each #d\n jurisdiction }",
    "obligation o { require a in each.x }",
    "obligation o { require a in eachjurisdiction }",
    "obligation o { require a in each jurisdictions }",
    "obligation o { in each }",
    "obligation o { require count x in each jurisdiction }",
    "obligation o { deadline 2020-01-01 to }",
    "obligation o { deadline 2020-01-01 to 2021-01-01 met on a.b }",
    "obligation o { weight -1 }",
    "obligation o { weight 1.5 title \"t\" }",
    "obligation o { met a }",
    "obligation o{require a}obligation p{}",
    "obligation and { }",
    "obligation title { title \"title\" }",
    "ruleset \"a\" version",
    "ruleset \"a\" version \"1\" schema \"s\"",
    "test \"t\" { expect a met as_of 2020-01-01 }",
    "test \"t\" { expect a met profile \"x\" }",
    "test \"t\" { expect a met late expect b all null }",
    "test \"t\" { expect a }",
    "test \"t\" { expect all met }",
    "test \"t\" { expect a amended expect a not amended \"x\" expect a indicator \"i:1\" }",
    "test \"t\" { expect a in_window expect a not in_window expect a not met }",
    "test \"t\" { expect a indicator expect a not }",
    "test \"t\" { expect a amended late }",
    "test \"t\" { expect a met in_window }",
    "test \"t\" { expect amended amended }",
    "test \"t\" { expect 3 bullets met in \"C\" expect 1 obligation expect 0 bullets in \"\" }",
    "test \"t\" { expect 3 bullets in in \"C\" }",
    "test \"t\" { expect 3 in \"C\" }",
    "test \"t\" { expect 3 bullets met late }",
    "test \"t\" { expect 2.5 bullets as_of 2020-01-01 }",
    "test \"t\" { expect -1 bullets }",
    "test \"t\" { expect 3 }",
    "test \"t\" { profile { a: -1, b: [1, -2.5, 2020-01-01, null, true], \"c d\": {} } }",
    "test \"t\" { profile { a: - 1 } }",
    "test \"t\" { profile { a: -x } }",
    "test \"t\" { profile { a: 2024-01-0x } }",
    "test \"t\" { profile { a: 2024-1 } }",
    "test \"t\" { profile { \"a\\q\": 1 } }",
    "test \"t\" { profile { all: 1, count: 2 } }",
    "test \"t\" { profile { a: b } }",
    "test \"t\" { profile { , } }",
    "test \"t\" { profile { a: 1,, } }",
    "test \"t\" { profile [1] }",
];

#[test]
fn both_parsers_agree_on_the_edges_of_the_grammar() {
    let failures: Vec<String> = EDGES
        .iter()
        .filter_map(|source| common::check(source).err())
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}
