//! Renderings of the report model: JSON (one or many), CSV, text for terminals, and an HTML
//! compliance matrix over several profiles.

pub mod by_indicator;
pub mod csv;
pub mod diff;
pub mod html;
pub mod json;
pub mod paint;
pub mod text;
