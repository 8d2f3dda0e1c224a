//! `lexpact diff`: two reports of one State compared, for national progress reporting. The
//! two sides are two profiles under one rule set, one profile under two rule sets, or saved
//! reports (`inputs`); the comparison is the core's (`lexpact_core::diff`), the rendering is
//! `lexpact_render::diff`.

mod inputs;

use std::io::{BufWriter, IsTerminal, Write};

use lexpact_core::diff::diff_reports;

use crate::cli::{DiffArgs, DiffFormat};
use crate::diagnostics::emit;
use crate::load::BAD_INPUT;
use lexpact_render as render;

pub fn run(args: &DiffArgs) -> u8 {
    let (old, new) = match inputs::reports(args) {
        Ok(reports) => reports,
        Err(failure) => {
            emit(&failure.diagnostics.0, &failure.sources);
            return BAD_INPUT;
        }
    };
    let diff = diff_reports(&old, &new);
    let mut out = BufWriter::with_capacity(1 << 16, std::io::stdout().lock());
    let written = match args.format {
        DiffFormat::Json => render::diff::json::write(&mut out, &diff),
        DiffFormat::Html => render::diff::html::write(&mut out, &diff),
        DiffFormat::Text => {
            let colour = crate::diagnostics::colour_allowed(std::io::stdout().is_terminal());
            render::diff::text::write(&mut out, &diff, colour)
        }
    };
    // A closed pipe (`| head`) is the reader's choice, not an error.
    match written.and_then(|()| out.flush()) {
        Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write the comparison: {e}");
            BAD_INPUT
        }
        _ => 0,
    }
}
