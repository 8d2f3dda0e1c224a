//! What the end-to-end tests share: running the `lexpact` binary and a scratch directory.
#![allow(dead_code, reason = "each test crate uses its own part of this module")]

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// Runs `lexpact` from the repository root, without colour and with an empty stdin.
pub fn lexpact(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_lexpact"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|e| panic!("cannot run lexpact: {e}"))
}

/// A directory of its own under the target directory, for files a test writes.
pub fn scratch(name: &str) -> PathBuf {
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(name);
    std::fs::create_dir_all(&dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display()));
    dir
}

pub fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}
