//! `lexpact`: check legal profiles against rule sets, run rule tests, format rule files.

mod bounded;
mod cli;
mod commands;
mod diagnostics;
mod excerpt;
mod load;
mod version;

use std::process::ExitCode;

use clap::{CommandFactory, FromArgMatches};

use cli::{Cli, Command};

/// Evaluation allocates many small, short-lived values (missing-fact pointers, report
/// strings); mimalloc serves them faster than the system allocator, and a batch on several
/// threads does not contend on one arena.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let matches = Cli::command().long_version(version::long()).get_matches();
    let cli = Cli::from_arg_matches(&matches).unwrap_or_else(|e| e.exit());
    let code = match cli.command {
        Command::Check(args) => commands::check::run(&args),
        Command::Test(args) => commands::test::run(&args),
        Command::Lint(args) => commands::lint::run(&args),
        Command::Fmt(args) => commands::fmt::run(&args),
        Command::Explain(args) => commands::explain::run(&args),
        Command::Schema(args) => commands::schema::run(&args),
        Command::Coverage(args) => commands::coverage::run(&args),
        Command::Generate(args) => commands::generate::run(&args),
        Command::Diff(args) => commands::diff::run(&args),
        Command::Questions(args) => commands::questions::run(&args),
        Command::Validate(args) => commands::validate::run(&args),
        Command::Lsp(args) => commands::lsp::run(&args),
    };
    ExitCode::from(code)
}
