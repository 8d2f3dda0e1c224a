//! Reading input within `max_source_bytes`: a file, standard input or one line of a JSON Lines
//! file is read up to one byte past the limit and no further, so an oversized input is refused
//! with memory that does not grow with its size.

use std::fs::File;
use std::io::{self, BufRead, Read};
use std::path::Path;

/// What a bounded read found.
pub enum Bounded {
    /// The bytes, within the limit.
    Within(Vec<u8>),
    /// More bytes than the limit: their number where it is known (a regular file's length, a
    /// line counted while skipping it), `None` for a stream left unread past the limit.
    Over(Option<u64>),
}

/// Reads at most `limit + 1` bytes of `reader`; `known_len` is the input's length if known.
pub fn read_within(reader: impl Read, limit: usize, known_len: Option<u64>) -> io::Result<Bounded> {
    let cap = u64::try_from(limit).unwrap_or(u64::MAX).saturating_add(1);
    // Sized up front for a file within the limit; grown as read otherwise.
    let hint = known_len.map_or(0, |len| len.min(cap));
    let mut bytes = Vec::with_capacity(usize::try_from(hint).unwrap_or(0));
    reader.take(cap).read_to_end(&mut bytes)?;
    if bytes.len() > limit {
        return Ok(Bounded::Over(known_len.filter(|&len| len > cap - 1)));
    }
    Ok(Bounded::Within(bytes))
}

/// A file read within the limit.
pub fn read_file_within(path: &Path, limit: usize) -> io::Result<Bounded> {
    let file = File::open(path)?;
    let meta = file.metadata()?;
    // Only a regular file's length is its content's (not a pipe's, nor a `/proc` file's).
    let known_len = meta.is_file().then_some(meta.len());
    read_within(file, limit, known_len)
}

/// Standard input read within the limit.
pub fn read_stdin_within(limit: usize) -> io::Result<Bounded> {
    read_within(io::stdin().lock(), limit, None)
}

/// One line read by `read_line_within`.
pub enum Line {
    /// The end of the input: no line.
    End,
    /// A line within the limit, in the buffer, without its `\n` or `\r\n`.
    Within,
    /// A line longer than the limit, skipped up to its newline: its length without the newline.
    Over(u64),
}

/// Reads the next line into `buffer` (cleared first), keeping at most `limit` bytes of it: a
/// longer line is read in the reader's chunks up to its newline and dropped.
pub fn read_line_within(
    reader: &mut impl BufRead,
    buffer: &mut Vec<u8>,
    limit: usize,
) -> io::Result<Line> {
    buffer.clear();
    let mut read: u64 = 0;
    let mut over = false;
    let mut terminator: u64 = 0;
    let mut last_byte = None;
    loop {
        let available = match reader.fill_buf() {
            Ok(available) => available,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        if available.is_empty() {
            break;
        }
        let newline = memchr::memchr(b'\n', available);
        let (part, _) = available.split_at(newline.map_or(available.len(), |at| at + 1));
        let taken = part.len();
        read += taken as u64;
        if let Some(at) = newline {
            let before = at.checked_sub(1).and_then(|i| part.get(i).copied());
            terminator = if before.or(last_byte) == Some(b'\r') {
                2
            } else {
                1
            };
        }
        last_byte = part.last().copied();
        // Room for the limit and a `\r\n`: the exact check is made on the stripped line.
        if !over && buffer.len() + taken > limit.saturating_add(2) {
            over = true;
            buffer.clear();
        }
        if !over {
            buffer.extend_from_slice(part);
        }
        reader.consume(taken);
        if newline.is_some() {
            break;
        }
    }
    if read == 0 {
        return Ok(Line::End);
    }
    if over {
        return Ok(Line::Over(read - terminator));
    }
    if buffer.last() == Some(&b'\n') {
        buffer.pop();
        if buffer.last() == Some(&b'\r') {
            buffer.pop();
        }
    }
    if buffer.len() > limit {
        return Ok(Line::Over(buffer.len() as u64));
    }
    Ok(Line::Within)
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]

    use super::*;

    fn lines(text: &[u8], limit: usize) -> Vec<Result<String, u64>> {
        let mut reader = io::BufReader::with_capacity(4, text);
        let mut buffer = Vec::new();
        let mut found = Vec::new();
        loop {
            match read_line_within(&mut reader, &mut buffer, limit) {
                Ok(Line::End) => return found,
                Ok(Line::Within) => found.push(Ok(String::from_utf8_lossy(&buffer).into_owned())),
                Ok(Line::Over(len)) => found.push(Err(len)),
                Err(e) => return vec![Ok(e.to_string())],
            }
        }
    }

    #[test]
    fn a_long_line_is_skipped_and_measured() {
        let text = b"ab\nabcdefghij\r\nabc\r\nabcd\n\nxyz";
        assert_eq!(
            lines(text, 3),
            vec![
                Ok("ab".to_string()),
                Err(10),
                Ok("abc".to_string()),
                Err(4),
                Ok(String::new()),
                Ok("xyz".to_string()),
            ]
        );
    }

    #[test]
    fn a_stream_is_read_one_byte_past_the_limit() {
        let over = read_within(&b"abcdef"[..], 4, None);
        assert!(matches!(over, Ok(Bounded::Over(None))));
        let known = read_within(&b"abcdef"[..], 4, Some(6));
        assert!(matches!(known, Ok(Bounded::Over(Some(6)))));
        let within = read_within(&b"abcd"[..], 4, None);
        assert!(matches!(within, Ok(Bounded::Within(bytes)) if bytes == b"abcd"));
    }
}
