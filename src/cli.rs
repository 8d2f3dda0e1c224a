//! Command-line interface: the commands, their options and their help.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

#[derive(Parser, Debug)]
#[command(
    name = "lexpact",
    version,
    about = "Check legal profiles against the obligations of an international instrument"
)]
#[command(
    after_help = "Exit codes: 0 success; 1 --fail-on tripped, a rule test failed, `fmt --check` found changes or `lint --deny warnings` found a warning; 2 bad input (diagnostics on stderr)."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Evaluate profiles (JSON, YAML, or JSON Lines with one profile per line) against a rule set.
    Check(CheckArgs),
    /// Run the `test` blocks of a rule set.
    Test(RuleArgs),
    /// Lint a rule set for legal fidelity (codes and examples: docs/language.md, "Lints").
    Lint(LintArgs),
    /// Format rule files in place (or only check that they are formatted).
    Fmt(FmtArgs),
    /// Show an obligation: its citation, quoted text and rule.
    Explain(ExplainArgs),
    /// Print the JSON Schema of the report (or, with `--diff`, of `lexpact diff`'s JSON; with
    /// `--questions`, of `questions --format json`).
    Schema(SchemaArgs),
    /// List what a bundled library made of each paragraph of its text.
    Coverage(CoverageArgs),
    /// Write synthetic legal profiles, one JSON object a line (for benchmarks and load tests).
    Generate(GenerateArgs),
    /// Compare two reports of one State: what improved, regressed or changed, and the facts why.
    Diff(DiffArgs),
    /// List a profile's missing facts, those that could decide the most unknown verdicts first.
    Questions(QuestionsArgs),
    /// Check whole profiles against the rule set's schema, without evaluating them (for people
    /// who write profiles; `check` validates only what the rules read). Uses `--library rio`
    /// when no rules are given.
    Validate(ValidateArgs),
    /// Run the language server (Language Server Protocol over standard input and output), for
    /// editors: diagnostics as you type, hover, completion, navigation, formatting, rename, code
    /// actions, semantic tokens, inlay hints and code lenses that run the tests.
    #[command(long_about = LSP_ABOUT)]
    Lsp(LspArgs),
}

const LSP_ABOUT: &str = "Run the language server: the Language Server Protocol over standard \
input and output, for editors (VS Code, Neovim, Helix, Zed).

The rule set of an opened `.lex` file is its directory: every `.lex`, `.json` and `.yaml` file \
in it (not in subdirectories), read from disk, with the editor's unsaved texts of open files \
over them. Files opened from different directories are different rule sets. With `--library`, \
a file opened from a directory named after the library (e.g. `core/library/rio/c1.lex`) is \
part of the bundled library instead.

Inlay hints show each obligation's verdict on a profile chosen with the setting \
`lexpact.profile` (a JSON or YAML file, relative to the workspace folder; as an initialization \
option or through `workspace/didChangeConfiguration`). Code lenses run a file's tests, or one \
test, with the command `lexpact.runTests`; given only a document's URI, it runs that file's \
tests, or its rule set's when the file has none. Every file is read, and every request \
answered, within the limits (`--limit`).";

#[derive(clap::Args, Debug, Clone)]
pub struct RuleArgs {
    /// A rule file or a directory of `.lex` files; repeat to add more.
    #[arg(long = "rules", value_name = "PATH")]
    pub rules: Vec<PathBuf>,
    /// A bundled library (e.g. `rio`); `--rules` then adds files to it.
    #[arg(long, value_name = "NAME")]
    pub library: Option<String>,
    #[command(flatten)]
    pub limits: LimitArgs,
}

/// `--limit NAME=VALUE`, taken by every command that reads rule files.
#[derive(clap::Args, Debug, Clone)]
pub struct LimitArgs {
    #[arg(long = "limit", value_name = "NAME=VALUE", help = limit_help())]
    pub assignments: Vec<String>,
}

/// The help of `--limit`, naming the limits the core has (so the list cannot fall behind).
fn limit_help() -> String {
    format!(
        "Change a limit, e.g. `--limit max_depth=16` (repeatable); the limits are {}; a bad one \
         is error E0306",
        lexpact_core::Limits::NAMES.join(", ")
    )
}

impl LimitArgs {
    /// The defaults with the `--limit` assignments applied in order; `E0306` for a name that
    /// is no limit or a value out of range.
    pub fn limits(&self) -> Result<lexpact_core::Limits, lexpact_core::Diagnostics> {
        lexpact_core::boundary::limits_from_assignments(&self.assignments)
    }
}

#[derive(clap::Args, Debug)]
pub struct CheckArgs {
    #[command(flatten)]
    pub rules: RuleArgs,
    /// The date to evaluate at (YYYY-MM-DD); defaults to each profile's `as_of`.
    #[arg(long = "as-of", value_name = "DATE")]
    pub as_of: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
    /// Exit with 1 when an obligation's verdict is this or worse (`partially_met` < `unknown` < `not_met`).
    #[arg(long = "fail-on", value_enum, value_name = "VERDICT")]
    pub fail_on: Option<FailOn>,
    /// Group the results by the indicators of one monitoring scheme the rules name in their
    /// `indicator` clauses (e.g. `icmec`): each indicator with its obligations, their verdicts
    /// and a tally, then the obligations with none. Text or `--format json` only.
    #[arg(long = "by-indicator", value_name = "SCHEME")]
    pub by_indicator: Option<String>,
    /// How much of each profile is checked against the schema before it is evaluated: `read`,
    /// the facts the rules read and the objects leading to them; `full`, the whole profile
    /// (as `lexpact validate` does).
    #[arg(long, value_enum, default_value_t = ValidationMode::Read)]
    pub validate: ValidationMode,
    /// Profile files (JSON, YAML, or `.jsonl`/`.ndjson`); `-` reads standard input.
    #[arg(required = true, value_name = "PROFILE")]
    pub profiles: Vec<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidationMode {
    Read,
    Full,
}

impl ValidationMode {
    pub fn core(self) -> lexpact_core::Validation {
        match self {
            ValidationMode::Read => lexpact_core::Validation::Read,
            ValidationMode::Full => lexpact_core::Validation::Full,
        }
    }
}

#[derive(clap::Args, Debug)]
pub struct ValidateArgs {
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Output format: a line per profile, or one JSON object a profile (`{"profile", "valid",
    /// "diagnostics"}`) on standard output.
    #[arg(long, value_enum, default_value_t = ValidateFormat::Text)]
    pub format: ValidateFormat,
    /// Profile files (JSON or YAML); `-` reads standard input.
    #[arg(required = true, value_name = "PROFILE")]
    pub profiles: Vec<String>,
}

#[derive(ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum ValidateFormat {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct LintArgs {
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Exit with 1 when a warning remains (information never fails).
    #[arg(long, value_enum, value_name = "WHAT")]
    pub deny: Option<Deny>,
    /// Output format: findings as diagnostics on standard error, or one JSON document.
    #[arg(long, value_enum, default_value_t = LintFormat::Text)]
    pub format: LintFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Deny {
    Warnings,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum LintFormat {
    Text,
    Json,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Text,
    Json,
    Ndjson,
    Csv,
    // One self-contained page: a compliance matrix over all the profiles given.
    Html,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
#[value(rename_all = "snake_case")]
pub enum FailOn {
    PartiallyMet,
    Unknown,
    NotMet,
}

#[derive(clap::Args, Debug)]
pub struct FmtArgs {
    /// Rule files or directories.
    #[arg(required = true, value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Do not write; exit with 1 if a file is not formatted.
    #[arg(long)]
    pub check: bool,
    #[command(flatten)]
    pub limits: LimitArgs,
}

#[derive(clap::Args, Debug)]
pub struct ExplainArgs {
    #[command(flatten)]
    pub rules: RuleArgs,
    /// The obligation's id.
    pub id: String,
}

#[derive(clap::Args, Debug)]
pub struct CoverageArgs {
    /// The bundled library (e.g. `rio`).
    #[arg(long, value_name = "NAME")]
    pub library: String,
    /// Output format.
    #[arg(long, value_enum, default_value_t = CoverageFormat::Text)]
    pub format: CoverageFormat,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum CoverageFormat {
    Text,
    Markdown,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct GenerateArgs {
    /// How many profiles to write.
    #[arg(long, value_name = "N")]
    pub count: u64,
    /// The seed: the same seed and count give the same file.
    #[arg(long, value_name = "S", default_value_t = 1)]
    pub seed: u64,
    /// Write to this file instead of standard output.
    #[arg(long, short, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(clap::Args, Debug)]
pub struct SchemaArgs {
    /// Print the schema of `lexpact diff --format json` instead of the report's.
    #[arg(long)]
    pub diff: bool,
    /// Print the schema of `lexpact questions --format json` instead of the report's.
    #[arg(long, conflicts_with = "diff")]
    pub questions: bool,
}

#[derive(clap::Args, Debug)]
#[command(
    after_help = "INPUTS: OLD and NEW, each a profile (evaluated under --rules/--library) \
    or a report saved by `lexpact check --format json`; or one PROFILE evaluated under \
    --rules/--library (old) and --new-rules/--new-library (new)."
)]
pub struct DiffArgs {
    /// The rule set of the old side, and of the new side unless `--new-rules` or
    /// `--new-library` is given.
    #[command(flatten)]
    pub rules: RuleArgs,
    /// A rule file or directory of the new side's rule set; repeat to add more.
    #[arg(long = "new-rules", value_name = "PATH")]
    pub new_rules: Vec<PathBuf>,
    /// A bundled library for the new side's rule set; `--new-rules` then adds files to it.
    #[arg(long = "new-library", value_name = "NAME")]
    pub new_library: Option<String>,
    /// The date to evaluate profiles at (YYYY-MM-DD); defaults to each profile's `as_of`.
    #[arg(long = "as-of", value_name = "DATE")]
    pub as_of: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = DiffFormat::Text)]
    pub format: DiffFormat,
    /// OLD NEW (profiles or saved reports), or one PROFILE with `--new-rules`/`--new-library`;
    /// `-` reads standard input.
    #[arg(required = true, num_args = 1..=2, value_name = "INPUT")]
    pub inputs: Vec<String>,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum DiffFormat {
    Text,
    Json,
    // One self-contained page: the changes by section, old and new verdicts, the facts why.
    Html,
}

#[derive(clap::Args, Debug)]
pub struct QuestionsArgs {
    #[command(flatten)]
    pub rules: RuleArgs,
    /// The date to evaluate at (YYYY-MM-DD); defaults to the profile's `as_of`.
    #[arg(long = "as-of", value_name = "DATE")]
    pub as_of: Option<String>,
    /// Output format: one line per question, or the `lexpact/questions/v1` JSON.
    #[arg(long, value_enum, default_value_t = QuestionsFormat::Text)]
    pub format: QuestionsFormat,
    /// The profile file (JSON or YAML); `-` reads standard input.
    #[arg(value_name = "PROFILE")]
    pub profile: String,
}

#[derive(ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum QuestionsFormat {
    Text,
    Json,
}

#[derive(clap::Args, Debug)]
pub struct LspArgs {
    /// Open a bundled library (e.g. `rio`) as a workspace.
    #[arg(long, value_name = "NAME")]
    pub library: Option<String>,
    /// Talk over standard input and output (the only transport; accepted because editors pass it).
    #[arg(long)]
    pub stdio: bool,
    #[command(flatten)]
    pub limits: LimitArgs,
}
