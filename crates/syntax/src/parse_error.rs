//! Turning a parse failure into the `SyntaxError` CPython 3.11 raises for the same text: its
//! message, line and column.

use crate::error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
use crate::parse::RawParseError;
use crate::span::{LineIndex, Span};

/// CPython's error for a source that failed to parse.
pub fn to_syntax_error(
    raw: RawParseError,
    source: &str,
    index: &LineIndex,
    filename: &str,
) -> SyntaxError {
    SyntaxError::at_span(
        SyntaxErrorKind::SyntaxError,
        "invalid syntax",
        filename,
        source,
        index,
        Span::new(raw.offset, raw.offset + 1),
        ColumnUnit::Chars,
    )
}
