//! Rule libraries and schemas compiled into the engine, loadable by name.

use crate::source::Source;

/// A bundled library: its name, a one-line description and its files.
pub struct Library {
    pub name: &'static str,
    pub description: &'static str,
    pub files: &'static [(&'static str, &'static str)],
}

/// The libraries compiled into this build.
pub const LIBRARIES: &[Library] = &[];

/// The schemas compiled into this build, by the name a rule set's `schema` declaration uses.
pub const SCHEMAS: &[(&str, &str)] = &[];

pub fn library(name: &str) -> Option<&'static Library> {
    LIBRARIES.iter().find(|l| l.name == name)
}

pub fn library_sources(library: &Library) -> Vec<Source> {
    library.files.iter().map(|(name, text)| Source::new(format!("{}/{name}", library.name), *text)).collect()
}

pub fn bundled_schema(name: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(n, _)| *n == name).map(|(_, text)| *text)
}
