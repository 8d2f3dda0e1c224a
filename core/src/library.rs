//! Rule libraries and schemas compiled into the engine, loadable by name.

use crate::source::Source;

/// A bundled library: its name, a one-line description, its rule files and the files of their
/// tests (`*_test.lex`, compiled only when the tests run).
pub struct Library {
    /// The name a rule set or the CLI loads it by, e.g. `rio`.
    pub name: &'static str,
    /// What the library encodes, in one line.
    pub description: &'static str,
    /// Its rule files as (name, text) pairs.
    pub files: &'static [(&'static str, &'static str)],
    /// Its test files as (name, text) pairs; empty in a build without the feature
    /// `library-tests` (the WebAssembly package), whose `run_tests` says so.
    pub tests: &'static [(&'static str, &'static str)],
}

/// Whether this build carries the bundled libraries' tests (the feature `library-tests`).
pub const BUNDLES_LIBRARY_TESTS: bool = cfg!(feature = "library-tests");

/// A rule file of a bundled library, `dir/name.lex` below `library/`: as written, or, without
/// the feature `library-comments` (the WebAssembly package), with its comment lines emptied by
/// `build.rs`; comments are for the people reading the files, not for evaluation.
#[cfg(feature = "library-comments")]
macro_rules! rule_file {
    ($path:literal) => {
        include_str!(concat!("../library/", $path))
    };
}
#[cfg(not(feature = "library-comments"))]
macro_rules! rule_file {
    ($path:literal) => {
        include_str!(concat!(env!("OUT_DIR"), "/library/", $path))
    };
}

#[cfg(feature = "library-tests")]
const RIO_TESTS: &[(&str, &str)] = &[
    ("b_test.lex", include_str!("../library/rio/b_test.lex")),
    ("c1_test.lex", include_str!("../library/rio/c1_test.lex")),
    ("c2_test.lex", include_str!("../library/rio/c2_test.lex")),
    ("c3_test.lex", include_str!("../library/rio/c3_test.lex")),
    ("c4_test.lex", include_str!("../library/rio/c4_test.lex")),
    ("c5_test.lex", include_str!("../library/rio/c5_test.lex")),
    ("d_test.lex", include_str!("../library/rio/d_test.lex")),
];
#[cfg(not(feature = "library-tests"))]
const RIO_TESTS: &[(&str, &str)] = &[];

#[cfg(feature = "library-tests")]
const ICMEC_TESTS: &[(&str, &str)] = &[(
    "icmec_test.lex",
    include_str!("../library/icmec/icmec_test.lex"),
)];
#[cfg(not(feature = "library-tests"))]
const ICMEC_TESTS: &[(&str, &str)] = &[];

/// What a library that encodes a text says of that text: kept apart from `LIBRARIES`, so that
/// a build that never prints coverage (the WebAssembly package) does not carry it.
pub struct Coverage {
    /// Tab-separated `ref, opening, ids, status, reason` (see `coverage::parse`): what became
    /// of each paragraph of the text.
    pub table: &'static str,
    /// Markdown sections the coverage page appends after its table, in this order.
    pub sections: &'static [CoverageSection],
    /// Tab-separated `obligation, indicators, judgement, note` with a header line: why each
    /// obligation has the indicators it has, or none (empty for a library without one).
    pub crosswalk: &'static str,
}

/// One obligation's row of a library's crosswalk table.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CrosswalkNote {
    /// Whether the mapping is an interpretation rather than a one-to-one match.
    pub judgement: bool,
    /// What the mapping covers and leaves out, or why there is no indicator.
    pub note: &'static str,
}

/// The crosswalk note on obligation `id` of the bundled library `name`, if its table has one.
pub fn crosswalk_note(name: &str, id: &str) -> Option<CrosswalkNote> {
    coverage(name)?.crosswalk.lines().skip(1).find_map(|line| {
        let mut cells = line.split('\t');
        if cells.next()? != id {
            return None;
        }
        let _indicators = cells.next()?;
        let judgement = cells.next()? == "yes";
        let note = cells.next()?.trim();
        (!note.is_empty()).then_some(CrosswalkNote { judgement, note })
    })
}

/// A section of a library's coverage page after its table.
pub enum CoverageSection {
    /// Markdown: which obligations bind the units of a federal State (`in each jurisdiction`)
    /// and why; the page gives it a heading and lists those obligations, read from the rules,
    /// after it.
    Federation(&'static str),
    /// Markdown with its own `##` heading, printed as it is.
    Page(&'static str),
}

/// The coverage of each library that encodes a text, by library name.
pub static COVERAGE: &[(&str, Coverage)] = &[
    (
        "rio",
        Coverage {
            table: include_str!("../library/rio/coverage.tsv"),
            sections: &[
                CoverageSection::Federation(include_str!("../library/rio/federation.md")),
                CoverageSection::Page(include_str!("../library/rio/conventions.md")),
                CoverageSection::Page(include_str!("../library/rio/changes.md")),
                CoverageSection::Page(include_str!("../library/rio/crosswalk.md")),
                CoverageSection::Page(include_str!("../library/rio/amendments.md")),
            ],
            crosswalk: include_str!("../library/rio/crosswalk.tsv"),
        },
    ),
    (
        "icmec",
        Coverage {
            table: include_str!("../library/icmec/coverage.tsv"),
            sections: &[],
            crosswalk: "",
        },
    ),
];

/// The coverage of the bundled library named `name`, if it has one.
pub fn coverage(name: &str) -> Option<&'static Coverage> {
    COVERAGE
        .iter()
        .find(|(library, _)| *library == name)
        .map(|(_, coverage)| coverage)
}

/// The libraries compiled into this build (a `static`: one copy of the texts in a binary,
/// however many crates use it).
pub static LIBRARIES: &[Library] = &[
    Library {
        name: "rio",
        description: "Rio de Janeiro Pact to Prevent and Stop Sexual Exploitation of Children and Adolescents (draft of 28 November 2008)",
        files: &[
            ("rio.lex", rule_file!("rio/rio.lex")),
            ("b.lex", rule_file!("rio/b.lex")),
            ("c1.lex", rule_file!("rio/c1.lex")),
            ("c2.lex", rule_file!("rio/c2.lex")),
            ("c3.lex", rule_file!("rio/c3.lex")),
            ("c4.lex", rule_file!("rio/c4.lex")),
            ("c5.lex", rule_file!("rio/c5.lex")),
            ("d.lex", rule_file!("rio/d.lex")),
        ],
        tests: RIO_TESTS,
    },
    Library {
        name: "icmec",
        description: "ICMEC's five criteria for child sexual abuse material legislation (9th edition, 2018)",
        files: &[("icmec.lex", rule_file!("icmec/icmec.lex"))],
        tests: ICMEC_TESTS,
    },
];

/// The legal-profile schema the bundled libraries are checked against.
pub const LEGAL_PROFILE_V1: &str = "lexpact/legal-profile/v1";

/// The profile format this engine writes in its documentation and examples: the newest value
/// of the schema's `profile` marker.
pub const PROFILE_FORMAT: &str = "lexpact/legal-profile/v1.1";

/// Every `profile` marker the bundled schema accepts, oldest first: the formats this engine
/// reads (a test keeps the list equal to the schema's).
pub const PROFILE_FORMATS_READ: &[&str] = &[LEGAL_PROFILE_V1, PROFILE_FORMAT];

/// The schemas compiled into this build, by the name a rule set's `schema` declaration uses
/// (`library/legal-profile-v1.schema.json` without its indentation: `build.rs`).
pub static SCHEMAS: &[(&str, &str)] = &[(
    LEGAL_PROFILE_V1,
    include_str!(concat!(env!("OUT_DIR"), "/legal-profile-v1.schema.json")),
)];

/// The bundled library named `name`, if there is one.
pub fn library(name: &str) -> Option<&'static Library> {
    LIBRARIES.iter().find(|l| l.name == name)
}

/// Every file of a library, its tests included (those this build carries).
pub fn library_sources(library: &Library) -> Vec<Source> {
    library
        .files
        .iter()
        .chain(library.tests)
        .map(|(name, text)| Source::new(format!("{}/{name}", library.name), *text))
        .collect()
}

/// The files of a library without its tests (`*_test.lex`): what evaluating profiles needs.
pub fn library_rules(library: &Library) -> Vec<Source> {
    library
        .files
        .iter()
        .map(|(name, text)| Source::new(format!("{}/{name}", library.name), *text))
        .collect()
}

/// Whether a file holds only tests: by convention its name ends in `_test.lex`.
pub fn is_test_file(name: &str) -> bool {
    name.ends_with(TEST_FILE_SUFFIX)
}

/// The end of the name of a file of tests.
pub const TEST_FILE_SUFFIX: &str = "_test.lex";

/// The bundled schema named `name`, read once per process, if there is one (`None` also when
/// it does not read, which the libraries' tests rule out).
pub fn bundled_schema_parsed(name: &str) -> Option<std::sync::Arc<crate::schema::Schema>> {
    let text = bundled_schema(name)?;
    crate::compile::bundled_parsed(name, text).ok()
}

/// The text of the bundled schema a `schema` declaration names `name`, if there is one.
pub fn bundled_schema(name: &str) -> Option<&'static str> {
    SCHEMAS
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, text)| *text)
}

#[cfg(test)]
mod tests {
    use super::{LEGAL_PROFILE_V1, PROFILE_FORMATS_READ, bundled_schema};

    /// `--version` and the docs name the profile formats from these constants: they must be the
    /// schema's own list.
    #[test]
    fn the_profile_formats_read_are_the_schemas_markers() -> Result<(), String> {
        let text = bundled_schema(LEGAL_PROFILE_V1).ok_or("no bundled schema")?;
        let schema: serde_json::Value = serde_json::from_str(text).map_err(|e| e.to_string())?;
        let markers: Vec<&str> = schema
            .pointer("/properties/profile/enum")
            .and_then(|v| v.as_array())
            .ok_or("the schema has no profile enum")?
            .iter()
            .filter_map(|v| v.as_str())
            .collect();
        assert_eq!(markers, PROFILE_FORMATS_READ);
        Ok(())
    }
}
