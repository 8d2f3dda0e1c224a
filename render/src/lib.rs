//! Renderings of the report model, shared by the command line and the WebAssembly playground:
//! JSON (one or many), CSV, text for terminals, an HTML compliance matrix over several profiles,
//! and a diff of two reports (JSON, text, one HTML page).
//!
//! Each rendering depends only on the reports (or the diff), so the same input gives the same
//! bytes wherever it runs: the browser's matrix, CSV and diff page are the CLI's. Whether a
//! terminal gets colour is the caller's decision (`colour`), so nothing here reads the terminal.

pub mod by_indicator;
pub mod csv;
pub mod diff;
pub mod html;
pub mod json;
pub mod paint;
pub mod text;
