//! The compile-time error every front-end stage produces: CPython's `SyntaxError` and its
//! subclasses `IndentationError` and `TabError`.
//!
//! The numeric fields hold exactly what CPython stores in the exception's attributes, so they
//! can be compared with `python3` directly. Note CPython's own inconsistency, kept here on
//! purpose: errors found by the parser and tokenizer count `offset` in characters, errors found
//! later (symbol table, compiler) count it in UTF-8 bytes. Both are 1-based.

use crate::span::{LineIndex, Span};

/// Which exception class the error is raised as.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SyntaxErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl SyntaxErrorKind {
    /// The Python class name, e.g. `"IndentationError"`.
    pub fn name(self) -> &'static str {
        match self {
            SyntaxErrorKind::SyntaxError => "SyntaxError",
            SyntaxErrorKind::IndentationError => "IndentationError",
            SyntaxErrorKind::TabError => "TabError",
        }
    }
}

/// How a column was counted (see the module docs).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ColumnUnit {
    /// Parser and tokenizer errors: characters.
    Chars,
    /// Symbol-table and compiler errors: UTF-8 bytes.
    Bytes,
}

/// The message of a program nested too deeply to compile. CPython raises it as a
/// `RecursionError` (or `MemoryError` from its parser), not a `SyntaxError`: the front end
/// reports it as a [`SyntaxError`] with this message, and [`SyntaxError::is_too_deep`] tells
/// the VM and the report to show it as `RecursionError`.
pub const TOO_DEEP: &str = "maximum recursion depth exceeded during compilation";

/// A `SyntaxError` as CPython would raise it.
#[derive(Clone, Debug, PartialEq)]
pub struct SyntaxError {
    pub kind: SyntaxErrorKind,
    /// The message, e.g. `'await' outside function`.
    pub msg: String,
    /// The file name as it will be printed (`File "x.py", line 2`).
    pub filename: String,
    /// 1-based line (`SyntaxError.lineno`).
    pub lineno: u32,
    /// 1-based column (`SyntaxError.offset`); 0 when CPython gives none.
    pub offset: i64,
    /// `SyntaxError.end_lineno`.
    pub end_lineno: u32,
    /// `SyntaxError.end_offset`; CPython sometimes reports 0 or -1 here, kept as is.
    pub end_offset: i64,
    /// The source line the error is on, when the source is known (`SyntaxError.text`), exactly
    /// as CPython stores it: with its `\n` when the line has one in the source.
    pub text: Option<String>,
    /// The offending byte range, for the graphical report.
    pub span: Span,
    /// An optional fix-it suggestion, shown only by the terminal report (CPython has none).
    /// Boxed to keep `Result<_, SyntaxError>` small.
    pub help: Option<Box<Help>>,
}

/// A fix-it suggestion attached to a [`SyntaxError`], e.g. `make 'f' async: async def f(...)`
/// pointing at the `def` that encloses an `await`.
#[derive(Clone, Debug, PartialEq)]
pub struct Help {
    /// The suggestion, one line.
    pub text: String,
    /// The source range the suggestion is about, labelled in the report; `None` to show the
    /// text alone.
    pub span: Option<Span>,
}

impl SyntaxError {
    /// Nesting too deep to compile: raised as `RecursionError` (see [`TOO_DEEP`]).
    pub fn is_too_deep(&self) -> bool {
        self.msg == TOO_DEEP
    }
    /// An error covering `span` of `source`, with columns counted in `unit`.
    pub fn at_span(
        kind: SyntaxErrorKind,
        msg: impl Into<String>,
        filename: &str,
        source: &str,
        index: &LineIndex,
        span: Span,
        unit: ColumnUnit,
    ) -> SyntaxError {
        let start = index.position(source, span.start);
        let end = index.position(source, span.end.max(span.start));
        let col = |p: crate::span::Position| match unit {
            ColumnUnit::Chars => p.col_char as i64 + 1,
            ColumnUnit::Bytes => p.col_byte as i64 + 1,
        };
        SyntaxError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            lineno: start.line,
            offset: col(start),
            end_lineno: end.line,
            end_offset: col(end),
            text: Some(cpython_line_text(source, index, start.line)),
            span,
            help: None,
        }
    }

    /// The same error with a fix-it suggestion attached.
    pub fn with_help(mut self, text: impl Into<String>, span: Option<Span>) -> SyntaxError {
        self.help = Some(Box::new(Help {
            text: text.into(),
            span,
        }));
        self
    }

    /// The last line of CPython's report, e.g. `SyntaxError: 'await' outside function`.
    pub fn summary(&self) -> String {
        format!("{}: {}", self.kind.name(), self.msg)
    }
}

/// Line `line` of `source` as CPython's `SyntaxError.text` holds it: the line's text followed by
/// `\n` when the source has a line ending there (`\r\n` and `\r` are read as `\n`, as CPython's
/// tokenizer does). The caret count of a report depends on that newline.
pub(crate) fn cpython_line_text(source: &str, index: &LineIndex, line: u32) -> String {
    let text = index.line_text(source, line);
    let end = index.line_start(line) as usize + text.len();
    let mut owned = text.to_string();
    if matches!(source.as_bytes().get(end), Some(b'\n' | b'\r')) {
        owned.push('\n');
    }
    owned
}

impl std::fmt::Display for SyntaxError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} ({}, line {})", self.msg, self.filename, self.lineno)
    }
}

impl std::error::Error for SyntaxError {}
