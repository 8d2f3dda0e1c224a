//! Renderings of a diff (`lexpact_core::diff::ReportDiff`): JSON, text for terminals, and one
//! self-contained HTML page; `words` holds what text and HTML say alike.

pub mod html;
pub mod json;
pub mod text;
mod words;
