//! Source locations: byte spans, and the line index that turns them into CPython's line and
//! column numbers.
//!
//! CPython reports lines 1-based and columns in two ways: the AST's `col_offset` counts UTF-8
//! bytes from the start of the line, while `SyntaxError.offset` and the caret lines of a
//! traceback count characters, 1-based. [`LineIndex`] gives both.

/// A half-open range of byte offsets into the source text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Span {
    pub start: u32,
    pub end: u32,
}

impl Span {
    pub const fn new(start: u32, end: u32) -> Span {
        Span { start, end }
    }

    /// The smallest span covering both.
    pub fn cover(self, other: Span) -> Span {
        Span {
            start: self.start.min(other.start),
            end: self.end.max(other.end),
        }
    }
}

/// A resolved position: 1-based line, 0-based column in bytes and in characters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Position {
    pub line: u32,
    pub col_byte: u32,
    pub col_char: u32,
}

/// Line starts of one source text, for offset → (line, column) lookups in O(log lines).
#[derive(Clone, Debug)]
pub struct LineIndex {
    /// Byte offset where each line starts; `line_starts[0] == 0`.
    line_starts: Vec<u32>,
    len: u32,
    /// The whole text is ASCII, so character columns equal byte columns (no counting, which
    /// would make positions on one very long line quadratic).
    ascii: bool,
}

impl LineIndex {
    /// Indexes `source`. Lines end at `\n`, `\r\n` or a lone `\r`, as in CPython's tokenizer.
    pub fn new(source: &str) -> LineIndex {
        let bytes = source.as_bytes();
        let mut line_starts = vec![0u32];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => line_starts.push(i as u32 + 1),
                b'\r' => {
                    if bytes.get(i + 1) == Some(&b'\n') {
                        i += 1;
                    }
                    line_starts.push(i as u32 + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            line_starts,
            len: bytes.len() as u32,
            ascii: source.is_ascii(),
        }
    }

    /// Number of lines (a trailing newline does not start a new, empty line).
    pub fn line_count(&self) -> u32 {
        let n = self.line_starts.len() as u32;
        if n > 1 && self.line_starts[n as usize - 1] == self.len {
            n - 1
        } else {
            n
        }
    }

    /// The 1-based line holding byte `offset` (an offset at the very end belongs to the last
    /// line).
    pub fn line_of(&self, offset: u32) -> u32 {
        match self.line_starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// Byte offset where 1-based `line` starts (clamped to the end of the text).
    pub fn line_start(&self, line: u32) -> u32 {
        let i = (line.max(1) - 1) as usize;
        self.line_starts.get(i).copied().unwrap_or(self.len)
    }

    /// The text of 1-based `line`, without its line ending.
    pub fn line_text<'s>(&self, source: &'s str, line: u32) -> &'s str {
        let start = self.line_start(line) as usize;
        let end = self
            .line_starts
            .get(line as usize)
            .map_or(source.len(), |&e| e as usize);
        let text = source.get(start..end.max(start)).unwrap_or("");
        text.trim_end_matches(['\n', '\r'])
    }

    /// Line and columns of byte `offset`.
    pub fn position(&self, source: &str, offset: u32) -> Position {
        let offset = offset.min(self.len);
        let line = self.line_of(offset);
        let start = self.line_start(line);
        let col_byte = offset - start;
        let col_char = if self.ascii {
            col_byte
        } else {
            source
                .get(start as usize..offset as usize)
                .map_or(col_byte, |s| s.chars().count() as u32)
        };
        Position {
            line,
            col_byte,
            col_char,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let src = "ab\ncdé\r\nf\rg";
        let idx = LineIndex::new(src);
        assert_eq!(idx.line_count(), 4);
        assert_eq!(idx.line_of(0), 1);
        assert_eq!(idx.line_of(3), 2);
        assert_eq!(idx.line_text(src, 2), "cdé");
        let p = idx.position(src, 9); // 'f' after "cdé\r\n"
        assert_eq!((p.line, p.col_byte), (3, 0));
        let p = idx.position(src, 7); // '\r' ending line 2, after é (2 bytes)
        assert_eq!((p.line, p.col_byte, p.col_char), (2, 4, 3));
        assert_eq!(idx.line_text(src, 4), "g");
    }

    #[test]
    fn trailing_newline_is_not_a_line() {
        let idx = LineIndex::new("x = 1\n");
        assert_eq!(idx.line_count(), 1);
        assert_eq!(idx.line_of(6), 2);
    }
}
