//! From source text to the typed AST: a recursive-descent parser over the tokens of
//! [`crate::lexer`], following the grammar written down in `grammar/GRAMMAR.md` (one function
//! per rule, named after it). One token of look-ahead decides every choice but one: `in`
//! after an operand is the operator unless the words `each jurisdiction` follow it, which make
//! it the clause `in each jurisdiction` after the expression.
//!
//! Errors. A syntax error (E0001) stops the parse at the first token that does not fit, and
//! lists everything the parser tried at that token. Escapes a string may not hold (E0004),
//! quantifiers without `where` (E0005) and expressions deeper than the limit (E0002, see
//! [`depth`]) do not stop it: the first of them is reported only if the whole text parses,
//! so a syntax error anywhere comes first. Nesting of brackets and quantifiers beyond the
//! limit (counted by the lexer, see `nesting.rs`) comes before everything.

mod data;
mod depth;
mod expected;
mod expr;
mod items;
mod literal;
mod nodes;

use crate::ast::{Expr, File, Ident};
use crate::error::{SyntaxError, codes, too_deep};
use crate::lexer::{Keyword, Kind, Lexer, Token};
use crate::span::Span;

use depth::DepthLimit;
use expected::{Expected, ExpectedSet};

/// Limits the parser enforces before and while it builds the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Largest source accepted, in bytes.
    pub max_source_bytes: usize,
    /// Deepest nesting of brackets, quantifiers and operators accepted.
    pub max_depth: usize,
}

/// The defaults are those of the core's `Limits` (4 MiB, 32 levels), so that a file the engine
/// compiles with its defaults also parses and formats with these.
impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_source_bytes: 4 << 20,
            max_depth: 32,
        }
    }
}

/// Parses one rule file with the default limits.
pub fn parse(source: &str) -> Result<File, SyntaxError> {
    parse_with(source, &ParseOptions::default())
}

/// Parses one rule file.
pub fn parse_with(source: &str, options: &ParseOptions) -> Result<File, SyntaxError> {
    if source.len() > options.max_source_bytes {
        return Err(SyntaxError::new(
            codes::TOO_LARGE,
            format!(
                "the source is {} bytes, more than the limit of {} bytes (max_source_bytes)",
                source.len(),
                options.max_source_bytes
            ),
            Span::new(0, 0),
        ));
    }
    let mut parser = Parser::new(source, options.max_depth);
    let items = parser.file();
    let items = parser.finish(items)?;
    Ok(File {
        items,
        comments: parser.lexer.into_comments(),
    })
}

/// Parses a single expression (used by tools and tests).
pub fn parse_expr(source: &str) -> Result<Expr, SyntaxError> {
    let mut parser = Parser::new(source, ParseOptions::default().max_depth);
    let expr = parser.root_expr().and_then(|expr| {
        if parser.token.kind == Kind::End {
            Ok(expr)
        } else {
            Err(Box::new(SyntaxError::new(
                codes::SYNTAX,
                "unexpected text after the expression",
                Span::new(parser.token.start, source.len()),
            )))
        }
    });
    parser.finish(expr)
}

/// What a parsing function gives: the node, or the error that stops the parse (boxed, so
/// that the results passed up the recursion stay small).
type Parsed<T> = Result<T, Box<SyntaxError>>;

struct Parser<'s> {
    source: &'s str,
    lexer: Lexer<'s>,
    /// The next token, not yet consumed.
    token: Token,
    /// Where the last consumed token ends: where the node being built ends.
    last_end: usize,
    /// Where the last token read as a name ends (see [`Parser::fail`]).
    name_end: usize,
    /// Everything tried at `token` so far, for the error message.
    expected: ExpectedSet,
    max_depth: usize,
    /// Brackets and quantifiers open around the token: the parser's own recursion, which it
    /// bounds by `max_depth` itself too (the lexer's count refuses such input first).
    nesting: usize,
    depth: DepthLimit,
    /// The expression nodes parsed and not yet part of their parent (see `expr.rs`).
    operands: Vec<Expr>,
    /// The first error that waits for the end of the parse (see the module documentation).
    deferred: Option<SyntaxError>,
}

impl<'s> Parser<'s> {
    fn new(source: &'s str, max_depth: usize) -> Self {
        let mut lexer = Lexer::new(source, max_depth);
        let token = lexer.next_token();
        Parser {
            source,
            lexer,
            token,
            last_end: 0,
            name_end: usize::MAX,
            expected: ExpectedSet::default(),
            max_depth,
            nesting: 0,
            depth: DepthLimit::new(max_depth),
            operands: Vec::new(),
            deferred: None,
        }
    }

    /// The outcome of the parse: nesting past the limit anywhere first, then the error that
    /// stopped the parse, then the first deferred error.
    fn finish<T>(&mut self, parsed: Parsed<T>) -> Result<T, SyntaxError> {
        self.lexer.read_to_end()?;
        let value = parsed.map_err(|error| *error)?;
        self.deferred.take().map_or(Ok(value), Err)
    }

    /// Keeps `error` to report if the parse succeeds, unless an earlier one is kept already.
    fn defer(&mut self, error: SyntaxError) {
        if self.deferred.is_none() {
            self.deferred = Some(error);
        }
    }

    // ---- tokens

    fn text(&self, token: Token) -> &'s str {
        self.source.get(token.start..token.end).unwrap_or_default()
    }

    /// Consumes the current token, known already.
    fn skip(&mut self) {
        self.bump();
    }

    /// Consumes the current token.
    fn bump(&mut self) -> Token {
        let token = self.token;
        self.last_end = token.end;
        self.token = self.lexer.next_token();
        self.expected = ExpectedSet::default();
        token
    }

    /// Notes that `expected` could stand at the current token.
    fn note(&mut self, expected: Expected) {
        self.expected.add(expected);
    }

    /// Consumes the current token if it is of `kind`; otherwise notes `expected`.
    fn eat(&mut self, kind: Kind, expected: Expected) -> bool {
        if self.token.kind == kind {
            self.skip();
            true
        } else {
            self.note(expected);
            false
        }
    }

    fn eat_keyword(&mut self, keyword: Keyword, expected: Expected) -> bool {
        self.eat(Kind::Word(Some(keyword)), expected)
    }

    /// Consumes a token of `kind`, or fails.
    fn expect(&mut self, kind: Kind, expected: Expected) -> Parsed<Token> {
        let token = self.token;
        if self.eat(kind, expected) {
            Ok(token)
        } else {
            Err(self.fail())
        }
    }

    fn expect_keyword(&mut self, keyword: Keyword, expected: Expected) -> Parsed<Token> {
        self.expect(Kind::Word(Some(keyword)), expected)
    }

    /// The syntax error at the current token: what was tried there, what stands there.
    #[cold]
    fn fail(&mut self) -> Box<SyntaxError> {
        let token = self.token;
        match token.kind {
            Kind::OpenStr if self.expected.takes_string() => {
                Box::new(expected::open_string(self.source, token))
            }
            Kind::Number | Kind::BadNumber if self.expected.takes_only_date() => {
                Box::new(expected::bad_date(self.source, token))
            }
            Kind::BadNumber if self.expected.takes_number() => {
                Box::new(expected::bad_number(self.source, token))
            }
            _ => {
                // A source that stops right after a name may have been cut inside it.
                if token.kind == Kind::End && self.name_end == token.start {
                    self.note(Expected::Name);
                }
                Box::new(expected::unexpected(self.source, token, self.expected))
            }
        }
    }

    // ---- nesting

    /// Enters a bracket or quantifier that opens at the current token.
    fn enter(&mut self) -> Parsed<()> {
        self.nesting += 1;
        if self.nesting > self.max_depth {
            return Err(Box::new(too_deep(self.token.span(), self.max_depth)));
        }
        Ok(())
    }

    fn leave(&mut self) {
        self.nesting = self.nesting.saturating_sub(1);
    }

    // ---- words

    /// A name: a word that is not reserved.
    fn name(&mut self) -> Parsed<Ident> {
        match self.token.kind {
            Kind::Word(keyword) if !keyword.is_some_and(Keyword::is_reserved) => {
                Ok(self.any_word())
            }
            _ => {
                self.note(Expected::Name);
                Err(self.fail())
            }
        }
    }

    /// Consumes the current token, a word (reserved or not), as a name.
    fn any_word(&mut self) -> Ident {
        let token = self.bump();
        self.name_end = token.end;
        Ident {
            name: self.text(token).to_string(),
            span: token.span(),
        }
    }
}
