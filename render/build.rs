//! The hash of the matrix's script for the page's Content Security Policy (`sha256-` and the
//! base64 of its SHA-256), computed when building: the renderers then carry no hashing code,
//! which keeps the playground's WebAssembly module within its size budget.

use std::error::Error;
use std::path::PathBuf;

use base64::prelude::{BASE64_STANDARD, Engine as _};
use sha2::Digest as _;

fn main() -> Result<(), Box<dyn Error>> {
    let script = "src/html/matrix.js";
    println!("cargo::rerun-if-changed={script}");
    let hash = format!(
        "sha256-{}",
        BASE64_STANDARD.encode(sha2::Sha256::digest(std::fs::read(script)?))
    );
    let out = PathBuf::from(std::env::var_os("OUT_DIR").ok_or("no OUT_DIR")?);
    std::fs::write(out.join("matrix-script-hash"), hash)?;
    Ok(())
}
