//! What the service answers, in the editor's terms but not in any protocol's: spans are byte
//! ranges of a file's text (`LineIndex` turns them into lines and columns).

use lexpact_core::Diagnostic;
use serde::Serialize;

/// A byte range `start..end` of a named file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FileSpan {
    /// The file's name in the workspace.
    pub file: String,
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
}

/// How much a diagnostic matters to the editor.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Level {
    /// The rule set does not compile.
    Error,
    /// It compiles, but something is worth fixing (a compile warning or a lint).
    Warning,
    /// Worth knowing (e.g. schema facts no obligation reads).
    Info,
}

/// A diagnostic as an editor shows it.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct EditorDiagnostic {
    /// How much it matters.
    pub level: Level,
    /// The core's diagnostic: code, message, file, span, help.
    pub diagnostic: Diagnostic,
    /// The code is unused (an unused definition): editors fade it.
    pub unnecessary: bool,
}

/// The diagnostics of one file.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct FileDiagnostics {
    /// The file's name in the workspace.
    pub file: String,
    /// Its diagnostics, in order of position.
    pub diagnostics: Vec<EditorDiagnostic>,
}

/// What hovering over a place shows.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Hover {
    /// The range hovered (a path, a name, a string).
    pub start: usize,
    /// The byte after it.
    pub end: usize,
    /// Markdown.
    pub markdown: String,
}

/// What kind of thing a completion inserts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CompletionKind {
    /// A field of the profile schema (an object: more segments follow).
    Field,
    /// A fact of the profile schema (a leaf).
    Fact,
    /// An allowed value of an enum fact.
    EnumValue,
    /// A definition (`define`), with its parameters.
    Definition,
    /// An obligation id.
    Obligation,
    /// A keyword of the language valid at the cursor.
    Keyword,
}

/// One completion.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Completion {
    /// What the list shows.
    pub label: String,
    /// Its kind.
    pub kind: CompletionKind,
    /// A short line beside it: a type, a signature.
    pub detail: Option<String>,
    /// Markdown: the schema's description, the allowed values.
    pub documentation: Option<String>,
    /// The text inserted.
    pub insert: String,
    /// The bytes the insertion replaces (the word typed so far).
    pub replace_start: usize,
    /// The byte after them.
    pub replace_end: usize,
}

/// What kind of declaration a symbol is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum SymbolKind {
    /// `ruleset`.
    Ruleset,
    /// `schema`.
    Schema,
    /// `define`.
    Definition,
    /// `obligation`.
    Obligation,
    /// `test`.
    Test,
    /// A clause of an obligation or test (`require`, `deadline`, …).
    Clause,
}

/// A declaration, for outlines and symbol search.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Symbol {
    /// Its name.
    pub name: String,
    /// Its kind.
    pub kind: SymbolKind,
    /// A line beside the name (an obligation's title, a definition's parameters).
    pub detail: Option<String>,
    /// The file it is declared in.
    pub file: String,
    /// The whole declaration.
    pub start: usize,
    /// The byte after it.
    pub end: usize,
    /// The name itself.
    pub name_start: usize,
    /// The byte after the name.
    pub name_end: usize,
    /// Declarations inside it.
    pub children: Vec<Symbol>,
}

/// What kind of region folds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum FoldKind {
    /// A block in braces, a long clause.
    Region,
    /// A run of comment lines.
    Comment,
}

/// A region an editor can fold.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Fold {
    /// The first byte.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
    /// Its kind.
    pub kind: FoldKind,
}

/// Replace `start..end` of a file with `new_text`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TextEdit {
    /// The file's name in the workspace.
    pub file: String,
    /// The first byte replaced.
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
    /// The new text.
    pub new_text: String,
}

/// A fix or a change the editor offers at a place.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct CodeAction {
    /// What the menu shows.
    pub title: String,
    /// The code of the diagnostic it fixes, if it fixes one.
    pub fixes: Option<String>,
    /// The edits, applied together.
    pub edits: Vec<TextEdit>,
    /// The fix an editor may apply on its own (there is one obvious fix).
    pub preferred: bool,
}

/// What kind of token a semantic token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TokenKind {
    /// A keyword of the language.
    Keyword,
    /// A comment.
    Comment,
    /// A string.
    String,
    /// A number or a date.
    Number,
    /// An operator.
    Operator,
    /// A segment of a fact path.
    Property,
    /// A definition's name.
    Function,
    /// A parameter or a quantifier's item.
    Parameter,
    /// An enum value.
    EnumMember,
    /// An obligation's or test's name.
    Namespace,
}

/// One token with its meaning.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct SemanticToken {
    /// The first byte (a token never spans lines).
    pub start: usize,
    /// The byte after the last.
    pub end: usize,
    /// What it is.
    pub kind: TokenKind,
    /// The token declares the name (a definition's, an obligation's).
    pub declaration: bool,
}

/// A label an editor shows inline (an obligation's verdict on the chosen profile).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct InlayHint {
    /// The byte the label stands after.
    pub offset: usize,
    /// The label.
    pub label: String,
    /// More, on hover (markdown).
    pub tooltip: Option<String>,
}

/// A command an editor runs on the user's click, with JSON arguments.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Command {
    /// What the lens or button shows.
    pub title: String,
    /// The command's name, e.g. `lexpact.runTests`.
    pub name: String,
    /// Its arguments.
    pub arguments: Vec<serde_json::Value>,
}

/// A command shown above a place in the text.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct CodeLens {
    /// The first byte of the place.
    pub start: usize,
    /// The byte after it.
    pub end: usize,
    /// The command.
    pub command: Command,
}

/// The outcome of running rule tests from the editor.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct TestOutcome {
    /// How many tests passed.
    pub passed: usize,
    /// How many failed.
    pub failed: usize,
    /// One line per failure: the test and what went wrong.
    pub failures: Vec<String>,
}
