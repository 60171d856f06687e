//! Parsing with CPython 3.11's errors: which error a broken file reports, with CPython's class,
//! message, line and columns.
//!
//! The model follows CPython's pipeline (`Parser/pegen.c`, `pegen_errors.c`):
//! 1. our tokenizer ([`crate::tokenize`]) finds what CPython's tokenizer finds;
//! 2. rustpython-parser parses; where it fails is where CPython's first pass fails;
//! 3. the winner is chosen as CPython chooses it. An error the tokenizer raises at once beats
//!    any parse error, wherever it is in the file (after a failed parse CPython tokenizes the
//!    rest of the file and lets such an error replace the parser's), except an unexpected
//!    indent, which CPython reports without looking further. An indentation error, a stray
//!    character after `\` or an early end of file counts only if the parser got that far. A
//!    bracket left open at the end of the file replaces a parse error found on a later line;
//! 4. a parse error is then named by [`crate::rules`], which replays CPython's `invalid_*`
//!    grammar rules on the tokens of the statement that failed, or is the generic
//!    `invalid syntax` at the token where the parse stopped.

use crate::ast::Module;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::parse::{self, RawParseError, RawParseErrorKind};
use crate::span::{LineIndex, Span};
use crate::tokenize::{self, Columns, Reach, TokError, TokKind, Token};
use crate::{nesting, rules, source};

/// The stack the parser and the tree conversion run on: enough for the deepest tree
/// [`nesting`] lets through, whatever thread the caller is on.
const PARSER_STACK: usize = 256 << 20;

/// The tokens of `source`, with the line index and column rule the error reports need.
fn tokens_of(source: &str) -> (Columns, LineIndex, tokenize::Tokens) {
    let cols = Columns {
        parser_counts_chars: source::coding_spec(source.as_bytes()).is_some(),
    };
    let index = LineIndex::new(source);
    let toks = tokenize::tokenize(source, &cols);
    (cols, index, toks)
}

/// Parses `source` into our AST, or reports the error CPython 3.11 reports for it.
pub fn parse_module(source: &str, filename: &str) -> Result<Module, SyntaxError> {
    let (cols, index, toks) = tokens_of(source);
    let ctx = Ctx {
        source,
        filename,
        index: &index,
        cols,
        tokens: &toks.tokens,
    };
    if let Some(at) = nesting::too_deep(source, &toks.tokens) {
        if let Some(e) = toks.error.as_ref().filter(|e| e.reach == Reach::Eager) {
            return Err(ctx.from_tok_error(e));
        }
        let tok = toks.tokens.get(at).copied().unwrap_or_default_token();
        return Err(ctx.token_error(&tok, crate::error::TOO_DEEP));
    }
    // The tree is walked for the errors rustpython accepts on the same big stack.
    let parsed = on_big_stack(|| {
        parse::parse_module(source).map(|m| {
            let invalid = toks
                .error
                .is_none()
                .then(|| rules::accepted_but_invalid(&ctx, &m))
                .flatten();
            (m, invalid)
        })
    });
    let tok_err = toks.error.as_ref();
    match (parsed, tok_err) {
        (Ok((_, Some(err))), None) => Err(err),
        (Ok((module, None)), None) => Ok(module),
        (Ok(_), Some(e)) => Err(ctx.from_tok_error(e)),
        (Err(raw), None) => Err(ctx.parse_failure(&raw)),
        (Err(raw), Some(e)) => Err(ctx.choose(&raw, e)),
    }
}

/// The checks [`parse_module`] makes on the tokens before parsing, for the text of an
/// `eval()`: brackets deeper than CPython's tokenizer allows (and its other eager tokenizer
/// errors) and expressions deep enough to exhaust the stack are refused before a tree exists.
pub fn precheck_expression(source: &str, filename: &str) -> Result<(), SyntaxError> {
    let (cols, index, toks) = tokens_of(source);
    let ctx = Ctx {
        source,
        filename,
        index: &index,
        cols,
        tokens: &toks.tokens,
    };
    if let Some(e) = toks.error.as_ref().filter(|e| e.reach == Reach::Eager) {
        return Err(ctx.from_tok_error(e));
    }
    if let Some(at) = nesting::too_deep(source, &toks.tokens) {
        let tok = toks.tokens.get(at).copied().unwrap_or_default_token();
        return Err(ctx.token_error(&tok, crate::error::TOO_DEEP));
    }
    Ok(())
}

/// Runs `work` (the parser, the conversion, the walk over the tree) on a thread with a large
/// stack (see [`PARSER_STACK`]). A panic inside the parser becomes a parse failure at the start.
fn on_big_stack<T: Send>(
    work: impl FnOnce() -> Result<T, RawParseError> + Send,
) -> Result<T, RawParseError> {
    let failed = || RawParseError {
        offset: 0,
        kind: RawParseErrorKind::UnexpectedToken,
    };
    std::thread::scope(|scope| {
        std::thread::Builder::new()
            .stack_size(PARSER_STACK)
            .spawn_scoped(scope, work)
            .map_err(|_| failed())
            .and_then(|handle| handle.join().unwrap_or_else(|_| Err(failed())))
    })
}

trait OrDefaultToken {
    fn unwrap_or_default_token(self) -> Token;
}

impl OrDefaultToken for Option<Token> {
    fn unwrap_or_default_token(self) -> Token {
        self.unwrap_or(Token {
            kind: TokKind::EndMarker,
            start: 0,
            end: 0,
            line: 1,
        })
    }
}

/// Everything the error builders need about one source text.
pub struct Ctx<'a> {
    pub source: &'a str,
    pub filename: &'a str,
    pub index: &'a LineIndex,
    pub cols: Columns,
    pub tokens: &'a [Token],
}

impl Ctx<'_> {
    /// The text of a token.
    pub fn text(&self, tok: &Token) -> &str {
        self.source
            .get(tok.start as usize..tok.end as usize)
            .unwrap_or("")
    }

    /// The parser's column of byte `offset` (1-based).
    pub fn col(&self, offset: u32) -> (u32, i64) {
        let line = self.index.line_of(offset.min(self.source.len() as u32));
        let start = self.index.line_start(line) as usize;
        (
            line,
            self.cols.parser_col(self.source, start, offset as usize) + 1,
        )
    }

    /// An error with explicit CPython numbers.
    #[allow(clippy::too_many_arguments)]
    pub fn error(
        &self,
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        lineno: u32,
        offset: i64,
        end_lineno: u32,
        end_offset: i64,
        span: Span,
    ) -> SyntaxError {
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: self.filename.to_string(),
            lineno,
            offset,
            end_lineno,
            end_offset,
            text: Some(crate::error::cpython_line_text(
                self.source,
                self.index,
                lineno,
            )),
            span,
            help: None,
        }
    }

    /// A `SyntaxError` covering the byte range `start..end`, as pegen's
    /// `RAISE_SYNTAX_ERROR_KNOWN_RANGE` reports it.
    pub fn range_error(&self, start: u32, end: u32, msg: impl Into<String>) -> SyntaxError {
        let (line, col) = self.col(start);
        let (end_line, end_col) = self.col(end.max(start));
        self.error(
            SyntaxErrorKind::SyntaxError,
            msg,
            line,
            col,
            end_line,
            end_col,
            Span::new(start, end.max(start)),
        )
    }

    /// A `SyntaxError` on one token (`RAISE_SYNTAX_ERROR_KNOWN_LOCATION`). A NEWLINE token
    /// is reported as CPython's, which starts and ends at the line break.
    pub fn token_error(&self, tok: &Token, msg: impl Into<String>) -> SyntaxError {
        let end = if tok.kind == TokKind::Newline {
            tok.start
        } else {
            tok.end
        };
        self.range_error(tok.start, end, msg)
    }

    /// The error CPython raises for a tokenizer error.
    pub fn from_tok_error(&self, e: &TokError) -> SyntaxError {
        let span_start = self.index.line_start(e.lineno);
        self.error(
            e.kind,
            e.msg.clone(),
            e.lineno,
            e.offset,
            e.end_lineno,
            e.end_offset,
            Span::new(span_start, e.at.max(span_start)),
        )
    }

    /// Index of the token at or after byte `offset`.
    pub fn token_at(&self, offset: u32) -> usize {
        // The first token that ends after `offset` (so: contains it), or starts at it.
        let i = self
            .tokens
            .partition_point(|t| t.end <= offset && t.start < offset);
        i.min(self.tokens.len().saturating_sub(1))
    }

    /// A parse failure and a tokenizer error in the same file: the one CPython reports.
    fn choose(&self, raw: &RawParseError, e: &TokError) -> SyntaxError {
        let parse_error = || self.parse_failure(raw);
        match e.reach {
            Reach::Eager => {
                let indent_first =
                    raw.kind == RawParseErrorKind::UnexpectedIndent && raw.offset < e.at;
                if indent_first {
                    parse_error()
                } else {
                    self.from_tok_error(e)
                }
            }
            Reach::Lazy => {
                if raw.offset >= e.at {
                    self.from_tok_error(e)
                } else {
                    parse_error()
                }
            }
            Reach::UnclosedAtEof { paren_line } => {
                let err = parse_error();
                let generic = err.msg == "invalid syntax" || raw.offset >= e.at;
                // CPython compares with the line of the last token its parser read.
                if raw.offset >= e.at
                    || (generic && err.lineno > paren_line)
                    || err.end_lineno > paren_line
                {
                    self.from_tok_error(e)
                } else {
                    err
                }
            }
        }
    }

    /// The error for a parse failure when the tokenizer found nothing before it.
    fn parse_failure(&self, raw: &RawParseError) -> SyntaxError {
        let at = rules::blamed(self, self.token_at(raw.offset), raw);
        let tok = self.tokens.get(at).copied().unwrap_or_default_token();
        if let Some(err) = rules::diagnose(self, at, raw) {
            return err;
        }
        match raw.kind {
            RawParseErrorKind::UnexpectedIndent => self.indent_error(&tok, "unexpected indent"),
            RawParseErrorKind::UnexpectedDedent => self.indent_error(&tok, "unexpected unindent"),
            _ => self.token_error(&tok, "invalid syntax"),
        }
    }

    /// `unexpected indent` / `unexpected unindent`: CPython's column is the width of the
    /// indentation, its end -1.
    pub fn indent_error(&self, tok: &Token, msg: &str) -> SyntaxError {
        let line = self.index.line_of(tok.start);
        let start = self.index.line_start(line) as usize;
        let col = self.cols.parser_col(self.source, start, tok.start as usize);
        self.error(
            SyntaxErrorKind::IndentationError,
            msg,
            line,
            col,
            line,
            -1,
            Span::new(tok.start, tok.start),
        )
    }
}
