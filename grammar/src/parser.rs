//! From source text to the typed AST: pre-scans, the pest parse, then a tree walk.

use pest::Parser as _;
use pest::iterators::{Pair, Pairs};
use pest_derive::Parser;

use crate::ast::*;
use crate::error::{SyntaxError, codes};
use crate::scan::{check_nesting, collect_comments};
use crate::span::Span;

#[derive(Parser)]
#[grammar = "lexpact.pest"]
struct LexpactParser;

/// Limits the parser enforces before and while it builds the tree.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ParseOptions {
    /// Largest source accepted, in bytes.
    pub max_source_bytes: usize,
    /// Deepest nesting of brackets, quantifiers and operators accepted.
    pub max_depth: usize,
}

impl Default for ParseOptions {
    fn default() -> Self {
        ParseOptions {
            max_source_bytes: 1 << 20,
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
    check_nesting(source, options.max_depth)?;
    pest::set_error_detail(true);
    let mut pairs = LexpactParser::parse(Rule::file, source).map_err(|e| from_pest(source, &e))?;
    let file = take(&mut pairs, Span::new(0, source.len()))?;
    let comments = collect_comments(source);
    let builder = Builder {
        max_depth: options.max_depth,
        source,
        comments: &comments,
    };
    let mut items = Vec::new();
    for pair in file.into_inner() {
        if pair.as_rule() != Rule::EOI {
            items.push(builder.item(pair)?);
        }
    }
    Ok(File { items, comments })
}

/// Parses a single expression (used by tools and tests).
pub fn parse_expr(source: &str) -> Result<Expr, SyntaxError> {
    let options = ParseOptions::default();
    check_nesting(source, options.max_depth)?;
    let whole = Span::new(0, source.len());
    pest::set_error_detail(true);
    let mut pairs = LexpactParser::parse(Rule::expr, source).map_err(|e| from_pest(source, &e))?;
    let expr = take(&mut pairs, whole)?;
    // pest's span may or may not take in the white space and comments after the expression.
    let after = source.get(expr.as_span().end()..).unwrap_or_default();
    if !only_space_and_comments(after) {
        let at = expr.as_span().end();
        return Err(SyntaxError::new(
            codes::SYNTAX,
            "unexpected text after the expression",
            Span::new(at, source.len()),
        ));
    }
    let comments = collect_comments(source);
    Builder {
        max_depth: options.max_depth,
        source,
        comments: &comments,
    }
    .expr(expr, 0)
}

fn only_space_and_comments(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start_matches([' ', '\t', '\r', '\n', '\u{FEFF}']);
        match rest.strip_prefix('#') {
            Some(comment) => {
                rest = comment
                    .find('\n')
                    .and_then(|i| comment.get(i..))
                    .unwrap_or("")
            }
            None => return rest.is_empty(),
        }
    }
}

fn span_of(pair: &Pair<'_, Rule>) -> Span {
    let s = pair.as_span();
    Span::new(s.start(), s.end())
}

/// The next child, or an error pointing at the parent: the grammar makes this unreachable,
/// but a mistake there must surface as a diagnostic, not a panic.
fn take<'i>(pairs: &mut Pairs<'i, Rule>, parent: Span) -> Result<Pair<'i, Rule>, SyntaxError> {
    pairs.next().ok_or_else(|| {
        SyntaxError::new(codes::SYNTAX, "incomplete construct", parent)
            .with_help("this is a bug in the parser; please report the input")
    })
}

/// Skips keyword tokens, returning the next meaningful child.
fn take_content<'i>(
    pairs: &mut Pairs<'i, Rule>,
    parent: Span,
) -> Result<Pair<'i, Rule>, SyntaxError> {
    loop {
        let pair = take(pairs, parent)?;
        if !is_keyword(pair.as_rule()) {
            return Ok(pair);
        }
    }
}

fn is_keyword(rule: Rule) -> bool {
    format!("{rule:?}").starts_with("kw_")
}

struct Builder<'a> {
    max_depth: usize,
    source: &'a str,
    /// Every comment of `source`, in order.
    comments: &'a [Comment],
}

impl Builder<'_> {
    /// The pair's span, ending at its last token. When an optional or repeated part at the
    /// end of a rule does not match, pest's span still takes in the white space and comments
    /// it skipped looking for it (`require a  # note` would reach the end of the line, or
    /// beyond); those are cut off here.
    fn span(&self, pair: &Pair<'_, Rule>) -> Span {
        let span = span_of(pair);
        let mut end = span.end;
        loop {
            let text = self.source.get(span.start..end).unwrap_or_default();
            end = span.start
                + text
                    .trim_end_matches([' ', '\t', '\r', '\n', '\u{FEFF}'])
                    .len();
            // A comment that holds the last character left: cut it off too.
            let before = self.comments.partition_point(|c| c.span.start < end);
            match before.checked_sub(1).and_then(|i| self.comments.get(i)) {
                Some(c) if c.span.start >= span.start && end <= c.span.end => end = c.span.start,
                _ => return Span::new(span.start, end),
            }
        }
    }

    fn item(&self, pair: Pair<'_, Rule>) -> Result<Item, SyntaxError> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut inner = pair.into_inner();
        Ok(match rule {
            Rule::ruleset_decl => {
                let name = string(take_content(&mut inner, span)?)?;
                let version = match inner.find(|p| p.as_rule() == Rule::string) {
                    Some(p) => Some(string(p)?),
                    None => None,
                };
                Item::Ruleset(RulesetDecl {
                    name,
                    version,
                    span,
                })
            }
            Rule::schema_decl => Item::Schema(SchemaDecl {
                target: string(take_content(&mut inner, span)?)?,
                span,
            }),
            Rule::definition => {
                let name = ident(take_content(&mut inner, span)?);
                let mut next = take_content(&mut inner, span)?;
                let params = if next.as_rule() == Rule::params {
                    let params = next.into_inner().map(|p| ident(p)).collect();
                    next = take_content(&mut inner, span)?;
                    Some(params)
                } else {
                    None
                };
                let body = self.expr(next, 0)?;
                Item::Define(Definition {
                    name,
                    params,
                    body,
                    span,
                })
            }
            Rule::obligation => {
                let id = ident(take_content(&mut inner, span)?);
                let clauses = inner
                    .filter(|p| !is_keyword(p.as_rule()))
                    .map(|p| self.clause(p))
                    .collect::<Result<_, _>>()?;
                Item::Obligation(Obligation { id, clauses, span })
            }
            Rule::test_block => {
                let name = string(take_content(&mut inner, span)?)?;
                let clauses = inner
                    .filter(|p| !is_keyword(p.as_rule()))
                    .map(|p| self.test_clause(p))
                    .collect::<Result<_, _>>()?;
                Item::Test(TestBlock {
                    name,
                    clauses,
                    span,
                })
            }
            _ => return Err(unexpected(span)),
        })
    }

    fn clause(&self, pair: Pair<'_, Rule>) -> Result<Clause, SyntaxError> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut inner = pair.into_inner();
        let mut content = || take_content(&mut inner, span);
        let kind = match rule {
            Rule::title => ClauseKind::Title(string(content()?)?),
            Rule::cite => ClauseKind::Cite(string(content()?)?),
            Rule::group => ClauseKind::Group(string(content()?)?),
            Rule::text => ClauseKind::Text(string(content()?)?),
            Rule::weight => ClauseKind::Weight(raw(content()?)),
            Rule::exception => ClauseKind::Exception(string(content()?)?),
            Rule::deadline => {
                let first = raw(content()?);
                match content() {
                    Ok(due) => ClauseKind::Deadline {
                        from: Some(first),
                        due: raw(due),
                    },
                    Err(_) => ClauseKind::Deadline {
                        from: None,
                        due: first,
                    },
                }
            }
            Rule::met_on => ClauseKind::MetOn(self.expr(content()?, 0)?),
            Rule::applies => ClauseKind::AppliesWhen(self.expr(content()?, 0)?),
            Rule::require => ClauseKind::Require(self.expr(content()?, 0)?),
            Rule::partial => ClauseKind::PartialWhen(self.expr(content()?, 0)?),
            _ => return Err(unexpected(span)),
        };
        Ok(Clause { kind, span })
    }

    fn test_clause(&self, pair: Pair<'_, Rule>) -> Result<TestClause, SyntaxError> {
        let span = self.span(&pair);
        let rule = pair.as_rule();
        let mut inner = pair.into_inner();
        let kind = match rule {
            Rule::as_of => TestClauseKind::AsOf(raw(take_content(&mut inner, span)?)),
            Rule::profile_file => {
                TestClauseKind::ProfileFile(string(take_content(&mut inner, span)?)?)
            }
            Rule::profile_inline => {
                TestClauseKind::ProfileInline(self.data(take_content(&mut inner, span)?, 0)?)
            }
            Rule::expect => {
                let id = ident(take_content(&mut inner, span)?);
                let verdict = ident(take_content(&mut inner, span)?);
                let deadline = inner.next().map(|p| ident(p));
                TestClauseKind::Expect {
                    id,
                    verdict,
                    deadline,
                }
            }
            _ => return Err(unexpected(span)),
        };
        Ok(TestClause { kind, span })
    }

    fn data(&self, pair: Pair<'_, Rule>, depth: usize) -> Result<Data, SyntaxError> {
        let span = self.span(&pair);
        self.guard(depth, span)?;
        let kind = match pair.as_rule() {
            Rule::kw_null => DataKind::Null,
            Rule::kw_true => DataKind::Bool(true),
            Rule::kw_false => DataKind::Bool(false),
            Rule::data_number => DataKind::Number(pair.as_str().to_string()),
            Rule::date => DataKind::Date(pair.as_str().to_string()),
            Rule::string => DataKind::Str(string(pair)?.value),
            Rule::data_list => DataKind::List(
                pair.into_inner()
                    .map(|p| self.data(p, depth + 1))
                    .collect::<Result<_, _>>()?,
            ),
            Rule::data_object => {
                let mut entries = Vec::new();
                for entry in pair.into_inner() {
                    let entry_span = span_of(&entry);
                    let mut parts = entry.into_inner();
                    let key = take(&mut parts, entry_span)?;
                    let key = if key.as_rule() == Rule::string {
                        let s = string(key)?;
                        Ident {
                            name: s.value,
                            span: s.span,
                        }
                    } else {
                        ident(key)
                    };
                    let value = self.data(take(&mut parts, entry_span)?, depth + 1)?;
                    entries.push((key, value));
                }
                DataKind::Object(entries)
            }
            _ => return Err(unexpected(span)),
        };
        Ok(Data { kind, span })
    }

    fn guard(&self, depth: usize, span: Span) -> Result<(), SyntaxError> {
        if depth > self.max_depth {
            Err(SyntaxError::new(
                codes::TOO_DEEP,
                format!(
                    "nesting is deeper than the limit of {} levels (max_depth)",
                    self.max_depth
                ),
                span,
            )
            .with_help("split the condition into named definitions (`define name = ...`)"))
        } else {
            Ok(())
        }
    }

    fn expr(&self, pair: Pair<'_, Rule>, depth: usize) -> Result<Expr, SyntaxError> {
        let span = self.span(&pair);
        self.guard(depth, span)?;
        let rule = pair.as_rule();
        let text = pair.as_str();
        if rule == Rule::string {
            return Ok(Expr {
                kind: ExprKind::Str(string(pair)?.value),
                span,
            });
        }
        let mut inner = pair.into_inner();
        match rule {
            Rule::expr | Rule::paren => self.expr(take(&mut inner, span)?, depth),
            Rule::or_expr | Rule::and_expr => {
                let parts: Vec<Pair<'_, Rule>> =
                    inner.filter(|p| !is_keyword(p.as_rule())).collect();
                // Only a real `and`/`or` node nests; a lone operand passes through.
                let next = if parts.len() > 1 { depth + 1 } else { depth };
                let operands: Vec<Expr> = parts
                    .into_iter()
                    .map(|p| self.expr(p, next))
                    .collect::<Result<_, _>>()?;
                if operands.len() == 1 {
                    return operands.into_iter().next().ok_or_else(|| unexpected(span));
                }
                let kind = if rule == Rule::or_expr {
                    ExprKind::Or(operands)
                } else {
                    ExprKind::And(operands)
                };
                Ok(Expr { kind, span })
            }
            Rule::not_expr | Rule::unary => {
                let parts: Vec<Pair<'_, Rule>> = inner.collect();
                let (operand, prefixes) = parts.split_last().ok_or_else(|| unexpected(span))?;
                let prefix_count = prefixes.len();
                let mut expr = self.expr(operand.clone(), depth + prefix_count)?;
                for prefix in prefixes.iter().rev() {
                    let start = prefix.as_span().start();
                    let kind = if rule == Rule::not_expr {
                        ExprKind::Not(Box::new(expr))
                    } else {
                        ExprKind::Neg(Box::new(expr))
                    };
                    expr = Expr {
                        kind,
                        span: Span::new(start, span.end),
                    };
                }
                Ok(expr)
            }
            Rule::cmp_expr | Rule::sum | Rule::product => {
                let has_operator = inner.len() > 1;
                let next = if has_operator { depth + 1 } else { depth };
                let mut lhs = self.expr(take(&mut inner, span)?, next)?;
                let mut level = next;
                while let Some(op) = inner.next() {
                    level += 1;
                    self.guard(level, span)?;
                    let op = binary_op(&op).ok_or_else(|| unexpected(span_of(&op)))?;
                    let rhs = self.expr(take(&mut inner, span)?, depth + 1)?;
                    let joined = lhs.span.to(rhs.span);
                    lhs = Expr {
                        kind: ExprKind::Binary {
                            op,
                            lhs: Box::new(lhs),
                            rhs: Box::new(rhs),
                        },
                        span: joined,
                    };
                }
                Ok(lhs)
            }
            Rule::list => Ok(Expr {
                kind: ExprKind::List(
                    inner
                        .map(|p| self.expr(p, depth + 1))
                        .collect::<Result<_, _>>()?,
                ),
                span,
            }),
            Rule::quantifier => {
                let keyword = take(&mut inner, span)?;
                let quantifier = match keyword.as_str() {
                    "all" => Quantifier::All,
                    "any" => Quantifier::Any,
                    _ => Quantifier::Count,
                };
                let var = ident(take_content(&mut inner, span)?);
                let list = Box::new(self.expr(take_content(&mut inner, span)?, depth + 1)?);
                let condition = match inner.find(|p| !is_keyword(p.as_rule())) {
                    Some(p) => Some(Box::new(self.expr(p, depth + 1)?)),
                    None => None,
                };
                if condition.is_none() && quantifier != Quantifier::Count {
                    return Err(SyntaxError::new(
                        codes::INCOMPLETE,
                        format!("`{}` needs a `where` condition", quantifier.keyword()),
                        span,
                    )
                    .with_help(format!(
                        "write `{} {} in {} where <condition>`",
                        quantifier.keyword(),
                        var.name,
                        list_text(&list)
                    )));
                }
                Ok(Expr {
                    kind: ExprKind::Quantified {
                        quantifier,
                        var,
                        list,
                        condition,
                    },
                    span,
                })
            }
            Rule::call => {
                let name = ident(take(&mut inner, span)?);
                let args = inner
                    .map(|p| self.expr(p, depth + 1))
                    .collect::<Result<_, _>>()?;
                Ok(Expr {
                    kind: ExprKind::Call { name, args },
                    span,
                })
            }
            Rule::path => Ok(Expr {
                kind: ExprKind::Path(inner.map(|p| ident(p)).collect()),
                span,
            }),
            Rule::number => Ok(Expr {
                kind: ExprKind::Number(text.to_string()),
                span,
            }),
            Rule::date => Ok(Expr {
                kind: ExprKind::Date(text.to_string()),
                span,
            }),
            Rule::kw_true => Ok(Expr {
                kind: ExprKind::Bool(true),
                span,
            }),
            Rule::kw_false => Ok(Expr {
                kind: ExprKind::Bool(false),
                span,
            }),
            _ => Err(unexpected(span)),
        }
    }
}

fn list_text(list: &Expr) -> String {
    match &list.kind {
        ExprKind::Path(parts) => parts
            .iter()
            .map(|p| p.name.as_str())
            .collect::<Vec<_>>()
            .join("."),
        _ => "<list>".to_string(),
    }
}

fn binary_op(pair: &Pair<'_, Rule>) -> Option<BinaryOp> {
    let text = pair.as_str();
    Some(match text {
        "==" => BinaryOp::Eq,
        "!=" => BinaryOp::Ne,
        "<" => BinaryOp::Lt,
        "<=" => BinaryOp::Le,
        ">" => BinaryOp::Gt,
        ">=" => BinaryOp::Ge,
        "in" => BinaryOp::In,
        "+" => BinaryOp::Add,
        "-" => BinaryOp::Sub,
        "*" => BinaryOp::Mul,
        "/" => BinaryOp::Div,
        _ if pair.as_rule() == Rule::cmp_op && text.starts_with("not") => BinaryOp::NotIn,
        _ => return None,
    })
}

fn ident(pair: Pair<'_, Rule>) -> Ident {
    Ident {
        name: pair.as_str().to_string(),
        span: span_of(&pair),
    }
}

fn raw(pair: Pair<'_, Rule>) -> RawLit {
    RawLit {
        raw: pair.as_str().to_string(),
        span: span_of(&pair),
    }
}

fn unexpected(span: Span) -> SyntaxError {
    SyntaxError::new(codes::SYNTAX, "unexpected construct", span)
        .with_help("this is a bug in the parser; please report the input")
}

/// A string literal with its escapes resolved: `\"`, `\\`, `\n`, `\t`.
fn string(pair: Pair<'_, Rule>) -> Result<StrLit, SyntaxError> {
    let span = span_of(&pair);
    let body = pair.as_str();
    let body = body
        .strip_prefix('"')
        .and_then(|b| b.strip_suffix('"'))
        .unwrap_or(body);
    let mut value = String::with_capacity(body.len());
    let mut chars = body.char_indices();
    while let Some((at, c)) = chars.next() {
        if c != '\\' {
            value.push(c);
            continue;
        }
        match chars.next() {
            Some((_, '"')) => value.push('"'),
            Some((_, '\\')) => value.push('\\'),
            Some((_, 'n')) => value.push('\n'),
            Some((_, 't')) => value.push('\t'),
            other => {
                let start = span.start + 1 + at;
                let len = 1 + other.map_or(0, |(_, c)| c.len_utf8());
                return Err(SyntaxError::new(
                    codes::BAD_ESCAPE,
                    "unknown escape in a string",
                    Span::new(start, start + len),
                )
                .with_help("the escapes are \\\" \\\\ \\n and \\t"));
            }
        }
    }
    Ok(StrLit { value, span })
}

/// Turns pest's error into one that names what was expected in words.
fn from_pest(source: &str, error: &pest::error::Error<Rule>) -> SyntaxError {
    use pest::error::{ErrorVariant, InputLocation};
    let mut at = match error.location {
        InputLocation::Pos(p) => p,
        InputLocation::Span((s, _)) => s,
    };
    let mut names: Vec<String> = match &error.variant {
        ErrorVariant::ParsingError { positives, .. } => positives
            .iter()
            .filter_map(|r| rule_name(*r))
            .map(str::to_string)
            .collect(),
        ErrorVariant::CustomError { message } => {
            return SyntaxError::new(codes::SYNTAX, message.clone(), Span::new(at, at));
        }
    };
    // pest reports the last rule that failed; the detailed attempts also know the literal
    // tokens (`{`, `=`, ...) tried further on, which is where the text really goes wrong.
    if let Some(attempts) = error.parse_attempts().filter(|a| a.max_position > at) {
        at = attempts.max_position;
        names = attempts
            .call_stacks()
            .iter()
            .filter_map(|stack| stack.deepest.get_rule().and_then(|r| rule_name(*r)))
            .map(str::to_string)
            .collect();
        for token in attempts.expected_tokens() {
            let token = token.to_string();
            // Spaces and comments may stand anywhere; naming them helps nobody.
            let layout = token.trim().is_empty() || token == "#" || token == "\u{feff}";
            // Ranges and built-ins are the inside of a word, already named by its rule.
            let literal = !token.contains("..") && token != "BUILTIN_RULE" && token != "_";
            if !layout && literal {
                names.push(format!("`{token}`"));
            }
        }
    }
    let found = describe_found(source, at);
    let mut seen: Vec<String> = Vec::new();
    for name in names {
        if !seen.contains(&name) {
            seen.push(name);
        }
    }
    let seen: Vec<&str> = seen.iter().map(String::as_str).collect();
    let message = if seen.is_empty() {
        format!("unexpected {found}")
    } else {
        format!("expected {}, found {found}", join_or(&seen))
    };
    let end = next_boundary(source, at);
    if let Some(unterminated) = unterminated_string(source, at) {
        return unterminated;
    }
    let mut err = SyntaxError::new(codes::SYNTAX, message, Span::new(at, end));
    if let Some(help) = hint(source, at) {
        err = err.with_help(help);
    }
    err
}

/// A string opened at `at` that never closes on its line.
fn unterminated_string(source: &str, at: usize) -> Option<SyntaxError> {
    let rest = source.get(at..)?.strip_prefix('"')?;
    let line = rest.split('\n').next().unwrap_or_default();
    let mut escaped = false;
    for c in line.chars() {
        match c {
            '\\' if !escaped => escaped = true,
            '"' if !escaped => return None,
            _ => escaped = false,
        }
    }
    Some(
        SyntaxError::new(
            codes::SYNTAX,
            "unterminated string",
            Span::new(at, at + 1 + line.len()),
        )
        .with_help("a string ends with `\"` on the line where it starts"),
    )
}

fn next_boundary(source: &str, at: usize) -> usize {
    source
        .get(at..)
        .and_then(|rest| rest.chars().next())
        .map_or(at, |c| at + c.len_utf8())
}

fn describe_found(source: &str, at: usize) -> String {
    let rest = source.get(at..).unwrap_or_default();
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .take(24)
        .collect();
    if rest.is_empty() {
        "the end of the file".to_string()
    } else if !word.is_empty() {
        format!("`{word}`")
    } else {
        let c = rest.chars().next().unwrap_or(' ');
        if c.is_control() || c == '\u{FFFD}' {
            format!("the character U+{:04X}", c as u32)
        } else {
            format!("`{c}`")
        }
    }
}

fn hint(source: &str, at: usize) -> Option<String> {
    let rest = source.get(at..).unwrap_or_default();
    if rest.starts_with('=') && !rest.starts_with("==") {
        return Some("comparisons are written `==`".to_string());
    }
    if rest.starts_with("&&") || rest.starts_with("||") {
        return Some("write `and` and `or`".to_string());
    }
    if rest.starts_with('!') && !rest.starts_with("!=") {
        return Some("write `not`".to_string());
    }
    if rest.starts_with('\'') {
        return Some("strings are written in double quotes".to_string());
    }
    let word: String = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .collect();
    if let Some(keyword) = misspelt_keyword(&word) {
        return Some(format!("did you mean `{keyword}`?"));
    }
    None
}

/// The clause or declaration word `word` is probably a typo of.
fn misspelt_keyword(word: &str) -> Option<&'static str> {
    const WORDS: [&str; 19] = [
        "title",
        "cite",
        "group",
        "text",
        "weight",
        "exception",
        "deadline",
        "met",
        "applies",
        "require",
        "partial",
        "obligation",
        "define",
        "test",
        "ruleset",
        "schema",
        "expect",
        "profile",
        "as_of",
    ];
    if word.len() < 3 || WORDS.contains(&word) {
        return None;
    }
    WORDS
        .iter()
        .map(|k| (strsim::jaro_winkler(word, k), *k))
        .filter(|(score, _)| *score >= 0.85)
        .max_by(|a, b| a.0.total_cmp(&b.0))
        .map(|(_, k)| k)
}

fn join_or(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => (*one).to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

fn rule_name(rule: Rule) -> Option<&'static str> {
    Some(match rule {
        Rule::EOI => "the end of the file",
        Rule::ruleset_decl | Rule::kw_ruleset => "`ruleset`",
        Rule::schema_decl | Rule::kw_schema => "`schema`",
        Rule::definition | Rule::kw_define => "`define`",
        Rule::obligation | Rule::kw_obligation => "`obligation`",
        Rule::test_block | Rule::kw_test => "`test`",
        Rule::title => "`title`",
        Rule::cite => "`cite`",
        Rule::group => "`group`",
        Rule::text => "`text`",
        Rule::weight => "`weight`",
        Rule::exception => "`exception`",
        Rule::deadline => "`deadline`",
        Rule::met_on => "`met on`",
        Rule::applies => "`applies when`",
        Rule::require => "`require`",
        Rule::partial => "`partial when`",
        Rule::as_of => "`as_of`",
        Rule::profile_file | Rule::profile_inline => "`profile`",
        Rule::expect => "`expect`",
        Rule::kw_version => "`version`",
        Rule::kw_to => "`to`",
        Rule::kw_on => "`on`",
        Rule::kw_when => "`when`",
        Rule::kw_in | Rule::not_in => "`in`",
        Rule::kw_where => "`where`",
        Rule::kw_and => "`and`",
        Rule::kw_or => "`or`",
        Rule::string => "a string",
        Rule::number | Rule::data_number => "a number",
        Rule::date => "a date (YYYY-MM-DD)",
        Rule::ident | Rule::any_word | Rule::expect_status => "a name",
        Rule::params => "`(`",
        Rule::expr
        | Rule::or_expr
        | Rule::and_expr
        | Rule::not_expr
        | Rule::cmp_expr
        | Rule::sum
        | Rule::product
        | Rule::unary
        | Rule::paren
        | Rule::list
        | Rule::quantifier
        | Rule::call
        | Rule::path => "an expression",
        Rule::cmp_op => "a comparison",
        Rule::add_op | Rule::mul_op => "an operator",
        Rule::data_object => "`{`",
        Rule::data_list => "`[`",
        Rule::data_entry => "a key",
        _ => return None,
    })
}
