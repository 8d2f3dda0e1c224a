//! Named source texts and the loader the core asks for files a rule set refers to (a schema
//! file, a test's profile file). The core never touches a file system itself: the CLI loads
//! from disk, the bindings from what the caller passes in.

/// One rule file: its name (a path relative to the caller, or any label) and its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Source {
    /// The file's name, as diagnostics and reports show it.
    pub name: String,
    /// The file's text.
    pub text: String,
}

impl Source {
    /// A file named `name` holding `text`.
    pub fn new(name: impl Into<String>, text: impl Into<String>) -> Self {
        Source {
            name: name.into(),
            text: text.into(),
        }
    }
}

/// Loads a file named by a rule set, given its path already joined to the referring file's
/// directory. `Err` carries a message for the diagnostic.
pub trait Loader {
    /// The text of the file at `path`, or why it cannot be read.
    fn load(&self, path: &str) -> Result<String, String>;
}

/// A loader for rule sets that refer to no files.
pub struct NoFiles;

impl Loader for NoFiles {
    fn load(&self, path: &str) -> Result<String, String> {
        Err(format!("no file `{path}` was given with the rule set"))
    }
}

/// Files handed over in memory (by a binding, an editor): the `.lex` ones are rule files,
/// the others (schemas, test profiles) are what those rule files may name.
pub struct FileSet<'a>(pub &'a [Source]);

impl FileSet<'_> {
    /// The rule files: every file whose name ends in `.lex`.
    pub fn rule_files(&self) -> Vec<Source> {
        self.0
            .iter()
            .filter(|s| s.name.ends_with(".lex"))
            .cloned()
            .collect()
    }
}

impl Loader for FileSet<'_> {
    fn load(&self, path: &str) -> Result<String, String> {
        let wanted = join_relative("", path);
        self.0
            .iter()
            .find(|s| join_relative("", &s.name) == wanted)
            .map(|s| s.text.clone())
            .ok_or_else(|| format!("no file `{path}` was given with the rule set"))
    }
}

impl<F: Fn(&str) -> Result<String, String>> Loader for F {
    fn load(&self, path: &str) -> Result<String, String> {
        self(path)
    }
}

/// `target` read relative to the directory of the file `from`, with `.` and `..` folded.
/// Absolute targets stay as they are.
pub fn join_relative(from: &str, target: &str) -> String {
    if target.starts_with('/') {
        return target.to_string();
    }
    let mut parts: Vec<&str> = from.split('/').collect();
    parts.pop();
    for part in target.split('/') {
        match part {
            "." | "" => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != ".." && !p.is_empty()) {
                    parts.pop();
                } else {
                    parts.push("..");
                }
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if from.starts_with('/') && !joined.starts_with('/') {
        format!("/{joined}")
    } else {
        joined
    }
}

#[cfg(test)]
mod tests {
    use super::join_relative;

    #[test]
    fn joins_and_folds() {
        assert_eq!(
            join_relative("rules/c1.lex", "schema.json"),
            "rules/schema.json"
        );
        assert_eq!(join_relative("rules/c1.lex", "../s/x.json"), "s/x.json");
        assert_eq!(join_relative("c1.lex", "./x.json"), "x.json");
        assert_eq!(join_relative("c1.lex", "../x.json"), "../x.json");
        assert_eq!(join_relative("/a/b/c.lex", "x.json"), "/a/b/x.json");
        assert_eq!(join_relative("a/c.lex", "/abs.json"), "/abs.json");
    }
}
