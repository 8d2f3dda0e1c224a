//! Between the service's terms (byte offsets, its own kinds) and the protocol's (lines and
//! columns in the negotiated encoding, `lsp_types` kinds), and between file URIs and paths.

use std::path::{Path, PathBuf};

use lexpact_service::{
    CompletionKind, Encoding, FoldKind, Level, LineCol, LineIndex, SymbolKind, TokenKind,
};
use lsp_types as lsp;

/// A file's text with the index of its lines, in the encoding the client counts columns in.
pub struct Text<'a> {
    pub text: &'a str,
    index: LineIndex,
}

impl<'a> Text<'a> {
    pub fn new(text: &'a str, encoding: Encoding) -> Self {
        Text {
            text,
            index: LineIndex::new(text, encoding),
        }
    }

    pub fn position(&self, offset: usize) -> lsp::Position {
        let at = self.index.line_col(self.text, offset);
        lsp::Position::new(at.line, at.col)
    }

    pub fn range(&self, start: usize, end: usize) -> lsp::Range {
        lsp::Range::new(self.position(start), self.position(end.max(start)))
    }

    /// The byte offset of a position; `None` for a line past the end.
    pub fn offset(&self, position: lsp::Position) -> Option<usize> {
        self.index.offset(
            self.text,
            LineCol {
                line: position.line,
                col: position.character,
            },
        )
    }
}

/// The path of a `file:` URI (percent-decoded); `None` for any other scheme.
pub fn uri_to_path(uri: &str) -> Option<PathBuf> {
    let rest = uri.strip_prefix("file://")?;
    // An authority of `localhost` or none: `file:///x` and `file://localhost/x` are the same.
    let path = rest.strip_prefix("localhost").unwrap_or(rest);
    if !path.starts_with('/') {
        return None;
    }
    let path = path.split(['?', '#']).next().unwrap_or(path);
    let bytes = path.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let escaped = (b == b'%')
            .then(|| bytes.get(i + 1..i + 3))
            .flatten()
            .and_then(|hex| std::str::from_utf8(hex).ok())
            .and_then(|hex| u8::from_str_radix(hex, 16).ok());
        match escaped {
            Some(byte) => {
                decoded.push(byte);
                i += 3;
            }
            None => {
                decoded.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(decoded).ok().map(PathBuf::from)
}

/// The `file:` URI of an absolute path, percent-encoded as clients encode it (everything but
/// unreserved characters and `/`).
pub fn path_to_uri(path: &Path) -> String {
    let mut uri = String::from("file://");
    for b in path.to_string_lossy().bytes() {
        if b.is_ascii_alphanumeric() || matches!(b, b'-' | b'.' | b'_' | b'~' | b'/') {
            uri.push(char::from(b));
        } else {
            uri.push_str(&format!("%{b:02X}"));
        }
    }
    uri
}

/// A URI string as the protocol's type; `None` when it does not parse.
pub fn uri(text: &str) -> Option<lsp::Uri> {
    text.parse().ok()
}

pub fn severity(level: Level) -> lsp::DiagnosticSeverity {
    match level {
        Level::Error => lsp::DiagnosticSeverity::ERROR,
        Level::Warning => lsp::DiagnosticSeverity::WARNING,
        Level::Info => lsp::DiagnosticSeverity::INFORMATION,
    }
}

pub fn completion_kind(kind: CompletionKind) -> lsp::CompletionItemKind {
    match kind {
        CompletionKind::Field => lsp::CompletionItemKind::MODULE,
        CompletionKind::Fact => lsp::CompletionItemKind::FIELD,
        CompletionKind::EnumValue => lsp::CompletionItemKind::ENUM_MEMBER,
        CompletionKind::Definition => lsp::CompletionItemKind::FUNCTION,
        CompletionKind::Obligation => lsp::CompletionItemKind::REFERENCE,
        CompletionKind::Keyword => lsp::CompletionItemKind::KEYWORD,
    }
}

pub fn symbol_kind(kind: SymbolKind) -> lsp::SymbolKind {
    match kind {
        SymbolKind::Ruleset => lsp::SymbolKind::PACKAGE,
        SymbolKind::Schema => lsp::SymbolKind::STRUCT,
        SymbolKind::Definition => lsp::SymbolKind::FUNCTION,
        SymbolKind::Obligation => lsp::SymbolKind::OBJECT,
        SymbolKind::Test => lsp::SymbolKind::METHOD,
        SymbolKind::Clause => lsp::SymbolKind::PROPERTY,
    }
}

pub fn fold_kind(kind: FoldKind) -> lsp::FoldingRangeKind {
    match kind {
        FoldKind::Region => lsp::FoldingRangeKind::Region,
        FoldKind::Comment => lsp::FoldingRangeKind::Comment,
    }
}

/// The semantic token types, in the order of the legend the server announces: a token's type
/// is its index here.
pub const TOKEN_KINDS: [TokenKind; 10] = [
    TokenKind::Keyword,
    TokenKind::Comment,
    TokenKind::String,
    TokenKind::Number,
    TokenKind::Operator,
    TokenKind::Property,
    TokenKind::Function,
    TokenKind::Parameter,
    TokenKind::EnumMember,
    TokenKind::Namespace,
];

/// The protocol's name of a token type.
pub fn token_type(kind: TokenKind) -> lsp::SemanticTokenType {
    match kind {
        TokenKind::Keyword => lsp::SemanticTokenType::KEYWORD,
        TokenKind::Comment => lsp::SemanticTokenType::COMMENT,
        TokenKind::String => lsp::SemanticTokenType::STRING,
        TokenKind::Number => lsp::SemanticTokenType::NUMBER,
        TokenKind::Operator => lsp::SemanticTokenType::OPERATOR,
        TokenKind::Property => lsp::SemanticTokenType::PROPERTY,
        TokenKind::Function => lsp::SemanticTokenType::FUNCTION,
        TokenKind::Parameter => lsp::SemanticTokenType::PARAMETER,
        TokenKind::EnumMember => lsp::SemanticTokenType::ENUM_MEMBER,
        TokenKind::Namespace => lsp::SemanticTokenType::NAMESPACE,
    }
}

/// The tokens of one file in the protocol's relative encoding: for each token, its line and
/// start relative to the previous token's, its length, type and modifiers (bit 0: declaration).
pub fn semantic_tokens(
    text: &Text<'_>,
    tokens: &[lexpact_service::SemanticToken],
) -> Vec<lsp::SemanticToken> {
    let mut out = Vec::with_capacity(tokens.len());
    let (mut line, mut col) = (0u32, 0u32);
    for token in tokens {
        let start = text.position(token.start);
        let end = text.position(token.end);
        // A token never spans lines; one that seems to (a bad span) is left out.
        if end.line != start.line || end.character <= start.character {
            continue;
        }
        let Some(kind) = TOKEN_KINDS.iter().position(|k| *k == token.kind) else {
            continue;
        };
        let delta_line = start.line.saturating_sub(line);
        let delta_start = if delta_line == 0 {
            start.character.saturating_sub(col)
        } else {
            start.character
        };
        out.push(lsp::SemanticToken {
            delta_line,
            delta_start,
            length: end.character - start.character,
            token_type: u32::try_from(kind).unwrap_or(0),
            token_modifiers_bitset: u32::from(token.declaration),
        });
        (line, col) = (start.line, start.character);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn file_uris_round_trip_through_paths() {
        let path = Path::new("/tmp/rules dir/é.lex");
        let uri = path_to_uri(path);
        assert_eq!(uri, "file:///tmp/rules%20dir/%C3%A9.lex");
        assert_eq!(uri_to_path(&uri).as_deref(), Some(path));
        assert_eq!(
            uri_to_path("file://localhost/a/b.lex").as_deref(),
            Some(Path::new("/a/b.lex"))
        );
        assert_eq!(uri_to_path("untitled:Untitled-1"), None);
    }

    #[test]
    fn positions_count_in_the_negotiated_encoding() {
        let source = "a\n« b\n";
        let b = source.find('b').unwrap_or(0);
        let utf16 = Text::new(source, Encoding::Utf16);
        assert_eq!(utf16.position(b), lsp::Position::new(1, 2));
        assert_eq!(utf16.offset(lsp::Position::new(1, 2)), Some(b));
        let utf8 = Text::new(source, Encoding::Utf8);
        assert_eq!(utf8.position(b), lsp::Position::new(1, 3));
    }
}
