//! Renderings of the report model: JSON (one or many), CSV, and text for terminals.

pub mod csv;
pub mod json;
pub mod text;
