//! The lints (`lexpact_core::lint`): every lint fires on the bad example `docs/language.md`
//! gives it and is silent on the good one (the examples are read from the document, so it
//! cannot drift from the engine), the good examples raise no warning at all, the bundled
//! libraries are lint-clean, and the `# lint: expect(…)` directives work as documented.
#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing,
    reason = "a test fails by panicking"
)]

use lexpact_core::lint::{self, Finding, LINTS, Level};
use lexpact_core::{Limits, NoFiles, Source, library};

/// One lint's section of the document: its code, examples and the schema it names, if any.
struct Section {
    code: String,
    bad: Option<String>,
    good: Option<String>,
    json: Option<String>,
}

fn sections() -> Vec<Section> {
    let doc = include_str!("../../docs/language.md");
    let start = doc.find("\n## Lints\n").expect("a Lints section");
    let rest = &doc[start + 1..];
    let end = rest[3..].find("\n## ").map_or(rest.len(), |e| e + 3);
    let mut found = Vec::new();
    for part in rest[..end].split("\n### ").skip(1) {
        let heading = part.lines().next().unwrap();
        let code = heading.split('`').nth(1).unwrap().to_string();
        let mut section = Section {
            code,
            bad: None,
            good: None,
            json: None,
        };
        let mut label = "";
        let mut lines = part.lines();
        while let Some(line) = lines.next() {
            match line.trim() {
                "**Bad**" => label = "bad",
                "**Good**" => label = "good",
                fence @ ("```lex" | "```json") => {
                    let block: Vec<&str> = lines.by_ref().take_while(|l| *l != "```").collect();
                    let text = block.join("\n") + "\n";
                    match (fence, label) {
                        ("```json", _) => section.json = Some(text),
                        (_, "bad") => section.bad = Some(text),
                        (_, "good") => section.good = Some(text),
                        _ => panic!("{}: a lex block outside **Bad**/**Good**", section.code),
                    }
                }
                _ => {}
            }
        }
        found.push(section);
    }
    found
}

fn lint_example(text: &str, json: Option<&str>) -> Vec<Finding> {
    let json = json.map(str::to_string);
    let loader = move |path: &str| json.clone().ok_or_else(|| format!("no file `{path}`"));
    lint::lint(
        &[Source::new("example.lex", text)],
        &loader,
        &Limits::default(),
    )
    .unwrap_or_else(|d| panic!("the example does not compile: {d}\n{text}"))
}

fn codes(findings: &[Finding]) -> Vec<&str> {
    findings.iter().map(|f| f.lint.code).collect()
}

#[test]
fn every_lint_fires_on_its_bad_example_and_not_on_its_good_one() {
    let sections = sections();
    for l in LINTS {
        let section = sections
            .iter()
            .find(|s| s.code == l.code)
            .unwrap_or_else(|| panic!("docs/language.md has no section for {}", l.code));
        let bad = section.bad.as_deref().expect("a bad example");
        let good = section.good.as_deref().expect("a good example");
        let on_bad = lint_example(bad, section.json.as_deref());
        assert!(
            codes(&on_bad).contains(&l.code),
            "{} is silent on its bad example: {:?}",
            l.code,
            codes(&on_bad)
        );
        let on_good = lint_example(good, section.json.as_deref());
        assert!(
            !codes(&on_good).contains(&l.code),
            "{} fires on its good example",
            l.code
        );
        let warnings: Vec<_> = on_good
            .iter()
            .filter(|f| f.lint.level == Level::Warning)
            .map(|f| &f.diagnostic.message)
            .collect();
        assert!(
            warnings.is_empty(),
            "{}: the good example warns: {warnings:?}",
            l.code
        );
    }
    assert_eq!(sections.len(), LINTS.len(), "one section per lint");
}

#[test]
fn the_table_of_codes_lists_every_lint() {
    let doc = include_str!("../../docs/language.md");
    for l in LINTS {
        let row = format!("| `{}` | `{}` |", l.code, l.name);
        assert!(doc.contains(&row), "no row {row}");
    }
}

#[test]
fn the_bundled_libraries_are_lint_clean() {
    for lib in library::LIBRARIES {
        let findings = lint::lint_library(lib.name, &[], &NoFiles, &Limits::default()).unwrap();
        let warnings: Vec<_> = findings
            .iter()
            .filter(|f| f.lint.level == Level::Warning)
            .map(|f| {
                format!(
                    "{}:{}: {}",
                    f.diagnostic.file, f.diagnostic.line, f.diagnostic.message
                )
            })
            .collect();
        assert!(warnings.is_empty(), "{}: {warnings:#?}", lib.name);
    }
}

const PLAN: &str =
    "obligation plan {\n  title \"Plan\"\n  cite \"C.2-1\"\n  require plan.adopted\n}\n";

fn lint_text(text: &str) -> Vec<Finding> {
    lint::lint(
        &[Source::new("rules.lex", text)],
        &NoFiles,
        &Limits::default(),
    )
    .unwrap()
}

#[test]
fn an_expectation_names_lints_by_code_or_name_and_may_run_over_lines() {
    for directive in [
        "# lint: expect(L0105, reason = \"a heading\")\n",
        "# lint: expect(missing-text, reason = \"a heading\")\n",
        "# lint: expect(missing-text,\n# reason = \"a heading that\n# runs on\")\n",
        "# lint: expect(missing-text, reason = \"a heading\")\n# Another comment.\n",
    ] {
        let findings = lint_text(&format!("{directive}{PLAN}"));
        assert!(findings.is_empty(), "{directive}: {:?}", codes(&findings));
    }
}

#[test]
fn an_expectation_before_a_clause_covers_that_clause_only() {
    let text = "obligation plan {\n  title \"Plan\"\n  cite \"C.2-1\"\n  # lint: expect(L0103, reason = \"the qualifier bears on the form\")\n  text \"Adopt where appropriate a plan\"\n  require plan.adopted and plan.adopted\n}\n";
    assert_eq!(codes(&lint_text(text)), ["L0112"]);
}

#[test]
fn a_bad_expectation_is_reported_and_an_unfulfilled_one_too() {
    let no_reason = lint_text(&format!("# lint: expect(L0105)\n{PLAN}"));
    assert_eq!(codes(&no_reason), ["L0001"]);
    let unknown = lint_text(&format!("# lint: expect(L9999, reason = \"x\")\n{PLAN}"));
    assert_eq!(codes(&unknown), ["L0001", "L0105"]);
    let before_nothing = lint_text(&format!("{PLAN}# lint: expect(L0105, reason = \"x\")\n"));
    assert_eq!(codes(&before_nothing), ["L0105", "L0001"]);
    let unfulfilled = lint_text(&format!("# lint: expect(L0112, reason = \"x\")\n{PLAN}"));
    assert_eq!(codes(&unfulfilled), ["L0002", "L0105"]);
    assert_eq!(unfulfilled[0].diagnostic.line, 1);
}

#[test]
fn findings_are_sorted_by_file_then_position() {
    let first = Source::new("b.lex", format!("define unused = true\n{PLAN}"));
    let second = Source::new(
        "a.lex",
        "obligation other {\n  title \"Other\"\n  cite \"C.2-2\"\n  require plan.other\n}\n",
    );
    let findings = lint::lint(&[first, second], &NoFiles, &Limits::default()).unwrap();
    let places: Vec<(String, usize, &str)> = findings
        .iter()
        .map(|f| (f.diagnostic.file.clone(), f.diagnostic.line, f.lint.code))
        .collect();
    assert_eq!(
        places,
        [
            ("b.lex".to_string(), 1, "L0111"),
            ("b.lex".to_string(), 2, "L0105"),
            ("a.lex".to_string(), 1, "L0105"),
        ]
    );
}

#[test]
fn rules_that_do_not_compile_give_their_diagnostics() {
    let broken = lint::lint(
        &[Source::new("rules.lex", "obligation {")],
        &NoFiles,
        &Limits::default(),
    );
    assert!(broken.unwrap_err().0[0].is_error());
}

#[test]
fn a_guard_in_applies_when_or_a_negated_all_is_not_vacuous() {
    let guarded = "obligation o {\n  title \"O\"\n  cite \"C\"\n  text \"t\"\n  applies when count a in x.items > 0\n  require all b in x.items where b.ok\n}\n";
    assert!(
        lint_text(guarded).is_empty(),
        "{:?}",
        codes(&lint_text(guarded))
    );
    let negated = "obligation o {\n  title \"O\"\n  cite \"C\"\n  text \"t\"\n  require not (all b in x.items where b.ok)\n}\n";
    assert!(lint_text(negated).is_empty());
    let not_empty = guarded.replace("count a in x.items > 0", "x.items != []");
    assert!(lint_text(&not_empty).is_empty());
    let unguarded = guarded.replace("count a in x.items > 0", "count a in x.items > 1 or true");
    assert_eq!(codes(&lint_text(&unguarded)), ["L0101"]);
    let literal = "obligation o {\n  title \"O\"\n  cite \"C\"\n  text \"t\"\n  require all b in [1, 2] where b > 0\n}\n";
    assert!(lint_text(literal).is_empty());
}

#[test]
fn a_qualifier_bearing_on_a_partner_is_no_exception() {
    let text = "obligation o {\n  title \"O\"\n  cite \"C\"\n  text \"Act, where appropriate with the support of UN agencies\"\n  exception \"where appropriate\"\n  require x.done\n}\n";
    assert_eq!(codes(&lint_text(text)), ["L0104"]);
    let without = text.replace("  exception \"where appropriate\"\n", "");
    assert!(lint_text(&without).is_empty());
}

#[test]
fn a_partial_implying_an_or_chain_is_dead() {
    let text = "obligation o {\n  title \"O\"\n  cite \"C\"\n  text \"t\"\n  require x.a or x.b\n  partial when x.b and x.c\n}\n";
    assert_eq!(codes(&lint_text(text)), ["L0108"]);
}

/// Every rule file of the repository's corpora and examples (each directory one rule set):
/// linting never panics, gives the compilation's errors for the rule sets that have some, and
/// gives the same findings twice.
#[test]
fn every_rule_set_of_the_corpora_lints_without_panic_and_deterministically() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let mut dirs = Vec::new();
    let mut stack = vec![root.join("tests"), root.join("examples")];
    while let Some(dir) = stack.pop() {
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        let mut files = Vec::new();
        for entry in entries.flatten() {
            let path = entry.path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|x| x == "lex") {
                files.push(path);
            }
        }
        if !files.is_empty() {
            files.sort();
            dirs.push((dir, files));
        }
    }
    assert!(dirs.len() > 50, "{} rule sets", dirs.len());
    for (dir, files) in dirs {
        // Files that are not UTF-8 (the bad-input corpus has some) are the loader's concern.
        let sources: Vec<Source> = files
            .iter()
            .filter_map(|f| {
                let text = std::fs::read_to_string(f).ok()?;
                Some(Source::new(f.display().to_string(), text))
            })
            .collect();
        let loader = |path: &str| std::fs::read_to_string(path).map_err(|e| e.to_string());
        let first = lint::lint(&sources, &loader, &Limits::default());
        let second = lint::lint(&sources, &loader, &Limits::default());
        assert_eq!(first, second, "{}", dir.display());
        if let Err(diagnostics) = first {
            assert!(
                diagnostics.0.iter().any(|d| d.is_error()),
                "{}",
                dir.display()
            );
        }
    }
}
