//! The documents and rule sets the server knows: one workspace per directory of an opened file
//! (its rule files, schemas and profiles from disk, the open documents' texts over them), or
//! the bundled library, each with its latest analysis.

use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use std::sync::Arc;

use lexpact_core::{Limits, Source, library};
use lexpact_service::{Analysis, Encoding, Workspace};
use lsp_types as lsp;

use super::convert::{self, Text};
use crate::load::{self, Unread};

/// One rule set: a directory's files, the bundled library, or a lone document that is no
/// file on disk.
pub struct Root {
    /// The directory its files are in, when known (the library's is known once a file of it
    /// is opened).
    dir: Option<PathBuf>,
    /// What the workspace's file names start with: `rio/` for the library, nothing otherwise.
    prefix: String,
    pub workspace: Workspace,
    analysis: Option<Arc<Analysis>>,
    /// The open documents: file name to their URI and version.
    open: BTreeMap<String, (String, i32)>,
    /// The files whose diagnostics were last published.
    pub published: BTreeSet<String>,
    /// Its diagnostics are to be published again.
    pub stale: bool,
}

impl Root {
    fn new(dir: Option<PathBuf>, prefix: String, workspace: Workspace) -> Self {
        Root {
            dir,
            prefix,
            workspace,
            analysis: None,
            open: BTreeMap::new(),
            published: BTreeSet::new(),
            stale: true,
        }
    }

    /// The URI of a file of the workspace: the open document's own, or its path's.
    pub fn uri_of(&self, name: &str) -> Option<String> {
        if let Some((uri, _)) = self.open.get(name) {
            return Some(uri.clone());
        }
        let base = name.strip_prefix(&self.prefix)?;
        Some(convert::path_to_uri(&self.dir.as_ref()?.join(base)))
    }

    /// The version of an open document.
    pub fn version_of(&self, name: &str) -> Option<i32> {
        self.open.get(name).map(|(_, v)| *v)
    }

    /// The names of the open documents that are profiles (`.json`, `.yaml`, `.yml` that are
    /// not JSON Schemas): they get the profile's diagnostics, completion and hover.
    pub fn open_profiles(&self) -> Vec<String> {
        self.open
            .keys()
            .filter(|name| {
                self.workspace
                    .file(name)
                    .is_some_and(|text| is_profile(name, text))
            })
            .cloned()
            .collect()
    }

    fn touch(&mut self) {
        self.analysis = None;
        self.stale = true;
    }
}

/// Where a document is: its root and its name there.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    pub root: usize,
    pub name: String,
}

pub struct Store {
    pub roots: Vec<Root>,
    pub limits: Limits,
    pub encoding: Encoding,
    library: Option<String>,
    profile: Option<Source>,
    /// Problems met while reading files, for the server to log.
    pub notes: Vec<String>,
}

impl Store {
    pub fn new(limits: Limits, encoding: Encoding, library: Option<String>) -> Self {
        Store {
            roots: Vec::new(),
            limits,
            encoding,
            library,
            profile: None,
            notes: Vec::new(),
        }
    }

    /// The root and name of an open document.
    pub fn find(&self, uri: &str) -> Option<Place> {
        self.roots.iter().enumerate().find_map(|(root, r)| {
            let name = r.open.iter().find(|(_, (u, _))| u == uri)?.0;
            Some(Place {
                root,
                name: name.clone(),
            })
        })
    }

    /// The root and name of a URI, whether open or not, making its root when there is none.
    fn place_for(&mut self, uri: &str) -> Place {
        if let Some(place) = self.find(uri) {
            return place;
        }
        let Some(path) = convert::uri_to_path(uri) else {
            // Not a file on disk (an unsaved buffer): a rule set of its own, read as rules.
            let mut name = uri.rsplit(['/', ':']).next().unwrap_or(uri).to_string();
            if !name.ends_with(".lex") {
                name.push_str(".lex");
            }
            let root = self.push(Root::new(None, String::new(), self.empty()));
            return Place { root, name };
        };
        let dir = path.parent().map(Path::to_path_buf);
        let base = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if let Some(place) = self.library_place(dir.as_deref(), &base) {
            return place;
        }
        if let Some(root) = self
            .roots
            .iter()
            .position(|r| r.prefix.is_empty() && r.dir.is_some() && r.dir == dir)
        {
            return Place { root, name: base };
        }
        let mut root = Root::new(dir, String::new(), self.empty());
        self.read_disk(&mut root);
        let root = self.push(root);
        Place { root, name: base }
    }

    /// A file opened from the bundled library's directory (one named after the library): one
    /// of the library's, or a file of the user's added to it (all files of a rule set share one
    /// namespace, so a national team writes its own obligations next to the library's).
    fn library_place(&mut self, dir: Option<&Path>, base: &str) -> Option<Place> {
        let name = self.library.clone()?;
        let dir = dir?;
        if dir.file_name()?.to_string_lossy() != name.as_str() {
            return None;
        }
        let full = format!("{name}/{base}");
        let prefix = format!("{name}/");
        let root = match self.roots.iter().position(|r| r.prefix == prefix) {
            Some(root) => root,
            None => {
                let workspace = Workspace::library(&name, self.limits)?;
                self.push(Root::new(None, prefix, workspace))
            }
        };
        let r = self.roots.get_mut(root)?;
        if r.dir.is_none() {
            r.dir = Some(dir.to_path_buf());
        }
        Some(Place { root, name: full })
    }

    fn empty(&self) -> Workspace {
        let mut workspace = Workspace::new(self.limits);
        workspace.set_profile(self.profile.clone());
        workspace
    }

    fn push(&mut self, root: Root) -> usize {
        self.roots.push(root);
        self.roots.len() - 1
    }

    /// Reads the rule files, schemas and profiles of a directory root that are not open, each
    /// within `max_source_bytes`, at most `max_files` of them; drops those gone from disk.
    fn read_disk(&mut self, root: &mut Root) {
        let Some(dir) = root.dir.clone().filter(|_| root.prefix.is_empty()) else {
            return;
        };
        let mut paths: Vec<PathBuf> = match std::fs::read_dir(&dir) {
            Ok(entries) => entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.is_file() && is_workspace_file(p))
                .collect(),
            Err(e) => {
                self.notes
                    .push(format!("cannot list {}: {e}", dir.display()));
                Vec::new()
            }
        };
        paths.sort();
        if paths.len() > self.limits.max_files {
            self.notes.push(format!(
                "{} has more than {} rule files (max_files): the rest are left out",
                dir.display(),
                self.limits.max_files
            ));
            paths.truncate(self.limits.max_files);
        }
        let names: BTreeSet<String> = paths.iter().filter_map(|p| base_name(p)).collect();
        let gone: Vec<String> = root
            .workspace
            .files()
            .map(|(name, _)| name.to_string())
            .filter(|name| !names.contains(name) && !root.open.contains_key(name))
            .collect();
        for name in gone {
            root.workspace.remove_file(&name);
        }
        for path in paths {
            let Some(name) = base_name(&path) else {
                continue;
            };
            if root.open.contains_key(&name) {
                continue;
            }
            match load::read_text_within(&path, self.limits.max_source_bytes) {
                Ok(text) => root.workspace.set_file(name, text),
                Err(Unread::Failed(message)) => {
                    self.notes.push(format!("{}: {message}", path.display()));
                }
                Err(Unread::TooLarge(size)) => self.notes.push(format!(
                    "{}: {}",
                    path.display(),
                    load::too_large("the file", size, self.limits.max_source_bytes, " bytes")
                )),
            }
        }
    }

    pub fn open(&mut self, uri: &str, text: String, version: i32) {
        let place = self.place_for(uri);
        if let Some(root) = self.roots.get_mut(place.root) {
            root.workspace.set_file(place.name.clone(), text);
            root.open.insert(place.name, (uri.to_string(), version));
            root.touch();
        }
    }

    /// Applies a client's changes in order; `Err` when one does not fit the text (the client
    /// is out of step: the document is left as it was before that change).
    pub fn change(
        &mut self,
        uri: &str,
        version: i32,
        changes: Vec<lsp::TextDocumentContentChangeEvent>,
    ) -> Result<(), String> {
        let place = self
            .find(uri)
            .ok_or_else(|| format!("a change to {uri}, which is not open"))?;
        let encoding = self.encoding;
        let root = self
            .roots
            .get_mut(place.root)
            .ok_or_else(|| format!("no rule set for {uri}"))?;
        root.touch();
        if let Some(open) = root.open.get_mut(&place.name) {
            open.1 = version;
        }
        for change in changes {
            let Some(range) = change.range else {
                root.workspace.set_file(place.name.clone(), change.text);
                continue;
            };
            let current = root.workspace.file(&place.name).unwrap_or_default();
            let text = Text::new(current, encoding);
            // A position past the last line is the end of the text (some clients replace
            // "everything" with a range to a far line).
            let end_of_text = current.len();
            let start = text.offset(range.start).unwrap_or(end_of_text);
            let end = text.offset(range.end).unwrap_or(end_of_text);
            root.workspace.edit(&place.name, start, end, &change.text)?;
        }
        Ok(())
    }

    /// A document closed: its file is what is on disk again (or gone if it is not on disk).
    pub fn close(&mut self, uri: &str) {
        let Some(place) = self.find(uri) else {
            return;
        };
        let limit = self.limits.max_source_bytes;
        let Some(root) = self.roots.get_mut(place.root) else {
            return;
        };
        root.open.remove(&place.name);
        root.touch();
        if !root.prefix.is_empty() {
            // The library's own text comes back.
            if let Some(text) = library_text(&place.name) {
                root.workspace.set_file(place.name, text);
            }
            return;
        }
        let on_disk =
            convert::uri_to_path(uri).and_then(|path| load::read_text_within(&path, limit).ok());
        match on_disk {
            Some(text) => root.workspace.set_file(place.name, text),
            None => root.workspace.remove_file(&place.name),
        }
    }

    /// A document saved: the files of its directory that are not open are read again (another
    /// program may have changed them).
    pub fn save(&mut self, uri: &str, text: Option<String>) {
        let Some(place) = self.find(uri) else {
            return;
        };
        let Some(mut root) = self.take(place.root) else {
            return;
        };
        if let Some(text) = text {
            root.workspace.set_file(place.name, text);
        }
        self.read_disk(&mut root);
        root.touch();
        self.put(place.root, root);
    }

    fn take(&mut self, index: usize) -> Option<Root> {
        let slot = self.roots.get_mut(index)?;
        let placeholder = Root::new(None, String::new(), Workspace::new(self.limits));
        Some(std::mem::replace(slot, placeholder))
    }

    fn put(&mut self, index: usize, root: Root) {
        if let Some(slot) = self.roots.get_mut(index) {
            *slot = root;
        }
    }

    /// Chooses the profile inlay hints evaluate, for every rule set.
    pub fn set_profile(&mut self, profile: Option<Source>) {
        self.profile = profile;
        for root in &mut self.roots {
            root.workspace.set_profile(self.profile.clone());
            root.touch();
        }
    }

    /// The analysis of a root as its files are now, made once per change.
    pub fn analysis(&mut self, root: usize) -> Option<Arc<Analysis>> {
        let root = self.roots.get_mut(root)?;
        if root.analysis.is_none() {
            root.analysis = Some(Arc::new(Analysis::new(&root.workspace)));
        }
        root.analysis.clone()
    }

    /// A file's text as the protocol counts it.
    pub fn text<'a>(&'a self, root: usize, name: &str) -> Option<Text<'a>> {
        let text = self.roots.get(root)?.workspace.file(name)?;
        Some(Text::new(text, self.encoding))
    }
}

/// The files a directory's rule set reads: rule files, and the schemas and profiles they name.
fn is_workspace_file(path: &Path) -> bool {
    path.extension()
        .and_then(|x| x.to_str())
        .is_some_and(|x| matches!(x, "lex" | "json" | "yaml" | "yml"))
}

/// Whether a file is a profile: JSON or YAML, and not a JSON Schema (which declares
/// `$schema`), the other JSON a rule set reads.
pub fn is_profile(name: &str, text: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    [".json", ".yaml", ".yml"]
        .iter()
        .any(|x| lower.ends_with(x))
        && !text.contains("\"$schema\"")
}

fn base_name(path: &Path) -> Option<String> {
    path.file_name().map(|n| n.to_string_lossy().into_owned())
}

/// The bundled text of a library file named `library/file`.
fn library_text(name: &str) -> Option<String> {
    let (lib, _) = name.split_once('/')?;
    library::library_sources(library::library(lib)?)
        .into_iter()
        .find(|s| s.name == name)
        .map(|s| s.text)
}
