//! `lexpact`: check legal profiles against rule sets, run rule tests, format rule files.

mod bounded;
mod cli;
mod commands;
mod diagnostics;
mod excerpt;
mod load;

use std::process::ExitCode;

use clap::Parser;

use cli::{Cli, Command};

/// Evaluation allocates many small, short-lived values (missing-fact pointers, report
/// strings); mimalloc serves them faster than the system allocator, and a batch on several
/// threads does not contend on one arena.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = Cli::parse();
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
        Command::Lsp(args) => commands::lsp::run(&args),
    };
    ExitCode::from(code)
}
