//! Profiles in the editor: diagnostics placed at the key or value they are about, completion
//! of keys and values, hover, on the example profiles and broken variants of them, under the
//! Rio library.

#![allow(
    clippy::unwrap_used,
    clippy::expect_used,
    clippy::panic,
    clippy::indexing_slicing
)]

mod common;

use std::sync::OnceLock;

use lexpact_core::{Limits, Source};
use lexpact_service::{
    Analysis, Completion, EditorDiagnostic, Level, Workspace, profile_completion,
    profile_diagnostics, profile_hover,
};

const AURELIA: &str = include_str!("../../examples/profiles/aurelia.json");
const BOREALIS: &str = include_str!("../../examples/profiles/borealis.json");
const CASCADIA: &str = include_str!("../../examples/profiles/cascadia.json");
const DRAKMOOR: &str = include_str!("../../examples/profiles/drakmoor.json");
const ESTUARIA: &str = include_str!("../../examples/profiles/estuaria.yaml");

fn rio() -> &'static Workspace {
    static RIO: OnceLock<Workspace> = OnceLock::new();
    RIO.get_or_init(|| Workspace::library("rio", Limits::default()).unwrap())
}

/// The Rio library with `text` as its chosen profile, named `name`.
fn with_profile(name: &str, text: &str) -> Analysis {
    let mut ws = rio().clone();
    ws.set_profile(Some(Source::new(name.to_string(), text.to_string())));
    Analysis::new(&ws)
}

fn diagnostics(text: &str) -> Vec<EditorDiagnostic> {
    profile_diagnostics(&with_profile("p.json", text), "p.json")
}

/// The only diagnostic of `text`, and the text it underlines.
fn only(text: &str) -> (EditorDiagnostic, String) {
    let found = diagnostics(text);
    assert_eq!(found.len(), 1, "{found:#?}");
    let d = found.into_iter().next().unwrap();
    let span = text[d.diagnostic.span.start..d.diagnostic.span.end].to_string();
    (d, span)
}

/// `text` with the first `from` after `anchor` replaced by `to`.
fn edit(text: &str, anchor: &str, from: &str, to: &str) -> String {
    let at = text.find(anchor).unwrap();
    let rel = text[at..].find(from).unwrap();
    let mut out = text.to_string();
    out.replace_range(at + rel..at + rel + from.len(), to);
    out
}

/// The completions at the `|` of `marked`.
fn complete(marked: &str) -> (String, Vec<Completion>) {
    let offset = marked.find('|').unwrap();
    let text = marked.replacen('|', "", 1);
    let analysis = with_profile("p.json", &text);
    let found = profile_completion(&analysis, "p.json", offset);
    (text, found)
}

fn labels(found: &[Completion]) -> Vec<&str> {
    found.iter().map(|c| c.label.as_str()).collect()
}

#[test]
fn the_example_profiles_have_no_errors() {
    for (name, text) in [
        ("aurelia.json", AURELIA),
        ("borealis.json", BOREALIS),
        ("cascadia.json", CASCADIA),
        ("drakmoor.json", DRAKMOOR),
        ("estuaria.yaml", ESTUARIA),
    ] {
        let found = profile_diagnostics(&with_profile(name, text), name);
        assert!(found.is_empty(), "{name}: {found:#?}");
    }
}

#[test]
fn a_misspelt_key_is_underlined_with_its_did_you_mean() {
    let text = edit(AURELIA, "\"offences\"", "\"csam\"", "\"csma\"");
    let (d, span) = only(&text);
    assert_eq!(span, "\"csma\"");
    assert_eq!(d.level, Level::Error);
    assert_eq!(d.diagnostic.code, "E0302");
    assert!(d.diagnostic.message.contains("no such field"), "{d:?}");
    assert_eq!(d.diagnostic.help.as_deref(), Some("did you mean `csam`?"));
    let line = text[..d.diagnostic.span.start].matches('\n').count() + 1;
    assert_eq!(d.diagnostic.line, line);
}

#[test]
fn a_wrong_enum_value_a_type_and_a_date_are_underlined_at_the_value() {
    let text = edit(AURELIA, "\"opsc\"", "\"ratified\"", "\"ratifed\"");
    let (d, span) = only(&text);
    assert_eq!(span, "\"ratifed\"");
    assert!(
        d.diagnostic
            .message
            .starts_with("\"ratifed\" is not one of"),
        "{d:?}"
    );

    let text = edit(
        AURELIA,
        "\"state\"",
        "\"un_member\": true",
        "\"un_member\": \"yes\"",
    );
    let (d, span) = only(&text);
    assert_eq!(span, "\"yes\"");
    assert!(
        d.diagnostic.message.contains("expected a condition"),
        "{d:?}"
    );

    let text = edit(AURELIA, "\"crc\"", "\"1991-03-12\"", "\"1991-02-30\"");
    let (d, span) = only(&text);
    assert_eq!(span, "\"1991-02-30\"");
    assert!(d.diagnostic.message.contains("is not a date"), "{d:?}");
}

#[test]
fn envelope_and_required_field_problems() {
    let text = edit(AURELIA, "\"crc\"", "\"source\"", "\"sauce\"");
    let (d, span) = only(&text);
    // The fact whose envelope holds the odd field.
    assert_eq!(span, "\"status\"");
    assert!(d.diagnostic.message.contains("sauce"), "{d:?}");

    let text = edit(AURELIA, "\"profile\"", "\"profile\"", "\"profil\"");
    let found = diagnostics(&text);
    let spans: Vec<&str> = found
        .iter()
        .map(|d| &text[d.diagnostic.span.start..d.diagnostic.span.end])
        .collect();
    assert!(spans.contains(&"{"), "{found:#?}");
    assert!(spans.contains(&"\"profil\""), "{found:#?}");
}

#[test]
fn syntax_errors_are_placed_where_reading_stops() {
    let text = edit(AURELIA, "\"state\"", "\"AUR\",", "\"AUR\"");
    let (d, span) = only(&text);
    assert_eq!(d.diagnostic.code, "E0301");
    assert!(d.diagnostic.message.starts_with("not valid JSON"), "{d:?}");
    assert_eq!(span, "\"un_member\"");

    let text = edit(AURELIA, "\"state\"", "\"iso3\"", "\"name\"");
    let (d, _) = only(&text);
    assert!(d.diagnostic.message.contains("appears twice"), "{d:?}");
    assert!(d.diagnostic.line > 1, "{d:?}");

    let (d, span) = only("{\"profile\": \"lexpact/legal-profile/v1\",\n");
    assert_eq!(d.diagnostic.code, "E0301");
    assert_eq!(span, ",");
}

#[test]
fn yaml_profiles_get_line_positions_or_the_first_line() {
    let name = "e.yaml";
    let broken = ESTUARIA.replacen("as_of:", "as_of: [", 1);
    let found = profile_diagnostics(&with_profile(name, &broken), name);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert!(found[0].diagnostic.line > 0);

    let wrong = ESTUARIA.replacen("state:", "stat:", 1);
    let found = profile_diagnostics(&with_profile(name, &wrong), name);
    assert!(
        found
            .iter()
            .any(|d| d.diagnostic.message.contains("did you mean `state`")),
        "{found:#?}"
    );
    assert!(found.iter().all(|d| d.diagnostic.line == 1));
    assert!(profile_completion(&with_profile(name, ESTUARIA), name, 3).is_empty());
}

#[test]
fn warnings_for_a_missing_as_of_and_an_unknown_exception() {
    let text = r#"{
  "profile": "lexpact/legal-profile/v1",
  "exceptions": { "sex_ofender_register": { "justification": "x" } }
}"#;
    let found = diagnostics(text);
    assert_eq!(found.len(), 2, "{found:#?}");
    assert!(found.iter().all(|d| d.level == Level::Warning));
    let exception = found
        .iter()
        .find(|d| d.diagnostic.help.as_deref() == Some("did you mean `sex_offender_register`?"))
        .unwrap();
    assert_eq!(
        &text[exception.diagnostic.span.start..exception.diagnostic.span.end],
        "\"sex_ofender_register\""
    );
}

#[test]
fn limits_are_diagnostics() {
    let mut ws = rio().clone();
    let limits = Limits {
        max_depth: 3,
        ..Limits::default()
    };
    let mut small = Workspace::new(limits);
    for (name, text) in ws.files() {
        small.set_file(name, text);
    }
    small.set_profile(Some(Source::new("p.json", AURELIA)));
    let found = profile_diagnostics(&Analysis::new(&small), "p.json");
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0].diagnostic.code, "E0303");
    ws.set_file("other.json", "{");
    assert_eq!(
        profile_diagnostics(&Analysis::new(&ws), "other.json").len(),
        1
    );
    assert!(profile_diagnostics(&Analysis::new(&ws), "none.json").is_empty());
}

#[test]
fn keys_the_schema_allows_and_the_object_lacks() {
    let (_, found) =
        complete("{\n  \"treaties\": {\n    \"crc\": { \"status\": \"ratified\", | }\n  }\n}");
    let names = labels(&found);
    assert!(names.contains(&"ratification_date"), "{names:?}");
    assert!(!names.contains(&"status"), "{names:?}");
    let date = found
        .iter()
        .find(|c| c.label == "ratification_date")
        .unwrap();
    assert_eq!(
        date.insert,
        "\"ratification_date\": { \"value\": null, \"source\": { \"cite\": \"\" } }"
    );
    assert!(
        date.detail.as_deref().unwrap().starts_with("a date"),
        "{date:?}"
    );
    assert!(
        date.documentation
            .as_deref()
            .unwrap()
            .contains("ratification")
    );

    // A key half typed: replaced whole, the list still filtered by what follows.
    let (text, found) = complete("{\"treaties\": {\"op|\n}}");
    let opsc = found.iter().find(|c| c.label == "opsc").unwrap();
    assert_eq!(&text[opsc.replace_start..opsc.replace_end], "\"op");
    assert_eq!(opsc.insert, "\"opsc\": {}");

    // Before a colon already written, the key alone.
    let (text, found) = complete("{\"state\": {\"na|me\": \"X\"}}");
    let name = found.iter().find(|c| c.label == "name").unwrap();
    assert_eq!(&text[name.replace_start..name.replace_end], "\"name\"");
    assert_eq!(name.insert, "\"name\"");

    // The top: every section, and a unit's facts are shaped like it without the State's keys.
    let (_, found) = complete("{ | }");
    assert!(labels(&found).contains(&"offences") && labels(&found).contains(&"as_of"));
    let (_, found) = complete("{\"jurisdictions\": [{\"id\": \"n\", \"facts\": { | }}]}");
    assert!(labels(&found).contains(&"offences") && !labels(&found).contains(&"as_of"));
}

#[test]
fn envelope_and_source_keys() {
    let (_, found) =
        complete("{\"treaties\": {\"crc\": {\"status\": { \"value\": \"signed\", | }}}}");
    assert_eq!(
        labels(&found),
        ["status", "source", "sources", "note", "history"]
    );
    let (_, found) = complete("{\"treaties\": {\"crc\": {\"status\": { \"source\": { | }}}}}");
    assert_eq!(labels(&found), ["cite", "url", "retrieved", "kind"]);
}

#[test]
fn values_enum_boolean_date_and_status() {
    let (text, found) =
        complete("{\"as_of\": \"2024-06-30\", \"treaties\": {\"crc\": {\"status\": \"rat|\"}}}");
    let names = labels(&found);
    assert!(
        names.contains(&"\"ratified\"") && names.contains(&"\"signed\""),
        "{names:?}"
    );
    assert!(names.contains(&"{ \"status\": \"unknown\" }"), "{names:?}");
    let ratified = found.iter().find(|c| c.label == "\"ratified\"").unwrap();
    assert_eq!(
        &text[ratified.replace_start..ratified.replace_end],
        "\"rat\""
    );
    assert_eq!(ratified.insert, "\"ratified\"");

    let (_, found) = complete("{\"state\": {\"un_member\": |}}");
    assert!(labels(&found).starts_with(&["true", "false"]), "{found:?}");

    let (_, found) = complete(
        "{\"as_of\": \"2024-06-30\", \"treaties\": {\"crc\": {\"ratification_date\": |}}}",
    );
    assert_eq!(found[0].insert, "\"2024-06-30\"");

    let (_, found) = complete("{\"treaties\": {\"crc\": {\"status\": {\"status\": |}}}}");
    assert_eq!(
        labels(&found),
        [
            "\"known\"",
            "\"unknown\"",
            "\"not_assessed\"",
            "\"not_applicable\"",
            "\"contested\""
        ]
    );

    let (_, found) = complete("{\"profile\": |}");
    assert!(
        labels(&found).contains(&"\"lexpact/legal-profile/v1.1\""),
        "{found:?}"
    );

    let (_, found) = complete("{\"state\": {\"regional_memberships\": [\"AU\", |]}}");
    assert!(labels(&found).contains(&"\"CoE\""), "{found:?}");
}

#[test]
fn exceptions_complete_obligation_ids() {
    let (_, found) = complete("{\"exceptions\": { \"sex_|\" }}");
    let register = found
        .iter()
        .find(|c| c.label == "sex_offender_register")
        .unwrap();
    assert!(register.insert.contains("\"justification\""));
}

#[test]
fn hover_on_a_key_and_a_value() {
    let analysis = with_profile("a.json", AURELIA);
    let at = AURELIA.find("\"opsc\"").unwrap() + 2;
    let hover = profile_hover(&analysis, "a.json", at).unwrap();
    assert_eq!(&AURELIA[hover.start..hover.end], "\"opsc\"");
    assert!(
        hover.markdown.contains("**`treaties.opsc`**"),
        "{}",
        hover.markdown
    );
    assert!(
        hover.markdown.contains("Optional Protocol"),
        "{}",
        hover.markdown
    );
    assert!(
        hover.markdown.contains("`ratify_opsc`"),
        "{}",
        hover.markdown
    );

    let at = AURELIA.find("\"ratified\"").unwrap() + 3;
    let hover = profile_hover(&analysis, "a.json", at).unwrap();
    assert!(
        hover.markdown.contains("treaties.crc.status.value"),
        "{}",
        hover.markdown
    );
    assert!(
        hover.markdown.contains("allowed values"),
        "{}",
        hover.markdown
    );

    let at = AURELIA.find("\"cite\"").unwrap() + 1;
    let hover = profile_hover(&analysis, "a.json", at).unwrap();
    assert!(hover.markdown.contains("citation"), "{}", hover.markdown);

    // Punctuation and whitespace show nothing.
    assert!(profile_hover(&analysis, "a.json", 0).is_none());
}

#[test]
fn nothing_breaks_on_any_prefix_of_a_profile() {
    let text = &CASCADIA[..CASCADIA.len().min(3000)];
    for cut in (0..text.len()).step_by(7) {
        if !text.is_char_boundary(cut) {
            continue;
        }
        let prefix = &text[..cut];
        // Rules naming the bundled schema, without the library's cost of compiling.
        let mut ws = Workspace::new(Limits::default());
        ws.set_file(
            "t.lex",
            "ruleset \"t\"\nschema \"lexpact/legal-profile/v1\"\n",
        );
        ws.set_profile(Some(Source::new("p.json", prefix)));
        let analysis = Analysis::new(&ws);
        let _ = profile_diagnostics(&analysis, "p.json");
        let _ = profile_completion(&analysis, "p.json", cut);
        let _ = profile_hover(&analysis, "p.json", cut.saturating_sub(1));
    }
}
