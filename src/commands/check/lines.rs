//! The profiles of a JSON Lines file, read a chunk of lines at a time, each line within
//! `max_source_bytes`: a longer line is skipped, not held, and refused as the core refuses an
//! oversized profile (`E0303`), naming `file:line`.

use std::io::BufRead;

use lexpact_core::{Diagnostic, Diagnostics, Severity, diagnostic::codes};

use super::Input;
use crate::bounded::{Line, read_line_within};
use crate::load::profile_too_large;

/// The lines of one JSON Lines file.
pub(super) struct Lines<'a, R> {
    name: &'a str,
    reader: R,
    /// The most bytes one line may hold (`max_source_bytes`).
    limit: usize,
    /// The number of the last line read.
    line: usize,
    buffer: Vec<u8>,
    /// Set by a read error: the rest of the file is not read.
    stopped: bool,
}

impl<'a, R: BufRead> Lines<'a, R> {
    pub fn new(name: &'a str, reader: R, limit: usize) -> Self {
        Lines {
            name,
            reader,
            limit,
            line: 0,
            buffer: Vec::new(),
            stopped: false,
        }
    }

    /// Up to `size` profiles (blank lines skipped); empty at the end of the file. A line that
    /// is not UTF-8 or is too long, or a read error, is a diagnostic naming `file:line`.
    pub fn chunk(&mut self, size: usize) -> Vec<Result<Input, Diagnostics>> {
        let mut chunk = Vec::with_capacity(size);
        while chunk.len() < size && !self.stopped {
            let read = read_line_within(&mut self.reader, &mut self.buffer, self.limit);
            self.line += 1;
            match read {
                Ok(Line::End) => break,
                Ok(Line::Within) => {}
                Ok(Line::Over(len)) => {
                    chunk.push(Err(profile_too_large(&self.place(), Some(len), self.limit)));
                    continue;
                }
                Err(e) => {
                    chunk.push(Err(self.problem(format!("cannot read: {e}"))));
                    self.stopped = true;
                }
            }
            match std::str::from_utf8(&self.buffer) {
                Ok(text) if text.trim().is_empty() => {}
                Ok(text) => chunk.push(Ok(Input {
                    name: self.place(),
                    text: text.to_string(),
                })),
                Err(e) => {
                    let message = format!(
                        "not UTF-8 text (invalid byte at offset {})",
                        e.valid_up_to()
                    );
                    chunk.push(Err(self.problem(message)));
                }
            }
        }
        chunk
    }

    /// Every profile left in the file.
    pub fn all(&mut self) -> Vec<Result<Input, Diagnostics>> {
        let mut all = Vec::new();
        loop {
            let chunk = self.chunk(256);
            if chunk.is_empty() {
                return all;
            }
            all.extend(chunk);
        }
    }

    /// `file:line` of the last line read.
    fn place(&self) -> String {
        format!("{}:{}", self.name, self.line)
    }

    fn problem(&self, message: String) -> Diagnostics {
        Diagnostics::single(Diagnostic::general(
            Severity::Error,
            codes::IO,
            message,
            &self.place(),
        ))
    }
}
