//! A tokenizer that follows CPython 3.11's (`Parser/tokenizer.c`) closely enough to find the
//! errors CPython finds while tokenizing, with CPython's messages and positions, and to give the
//! parse-error classifier (`parse_error.rs`) a token stream shaped like the one CPython's parser
//! sees: NAME, NUMBER, STRING, OP, NEWLINE, INDENT, DEDENT, ENDMARKER.
//!
//! The model: the source is read line by line; at the start of each logical line the indentation
//! is measured twice, with tabs to multiples of 8 (`col`) and of 1 (`altcol`), and the two must
//! agree in ordering with every enclosing level or it is a `TabError`. Blank and comment-only
//! lines, and newlines inside brackets, produce no token. Tokenizing stops at the first error.
//!
//! CPython raises tokenizer errors in two ways, and which one matters for which error is reported
//! when a file has several problems (see [`Reach`]): most set the exception at once
//! (`syntaxerror()` in tokenizer.c), a few only mark the tokenizer as failed and become an
//! exception when the parser reaches that token (`tokenizer_error()` in pegen_errors.c).

use crate::error::SyntaxErrorKind;

/// The bracket depth CPython's tokenizer allows (`MAXLEVEL`).
pub const MAX_PAREN_LEVEL: usize = 200;
/// The indentation depth CPython's tokenizer allows (`MAXINDENT`).
pub const MAX_INDENT: usize = 100;
const TAB_SIZE: u32 = 8;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokKind {
    Name,
    Number,
    String,
    /// An operator or delimiter; also any other ASCII character CPython passes to the parser
    /// as an operator it does not know (`$`, `?`, `!`).
    Op,
    Newline,
    Indent,
    Dedent,
    EndMarker,
}

/// One token: byte offsets into the source. NEWLINE covers its line ending (empty at the very
/// end of a file without one); INDENT and DEDENT are empty and sit where the line's first token
/// starts (at the end of the file for the final dedents).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub kind: TokKind,
    pub start: u32,
    pub end: u32,
    /// 1-based line of `start`.
    pub line: u32,
}

/// How a tokenizer error competes with a parse error found elsewhere in the file.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Reach {
    /// CPython sets the exception at once; after any parse failure it tokenizes the rest of the
    /// file and reports such an error instead (`_PyPegen_tokenize_full_source_to_check_for_errors`).
    Eager,
    /// Reported only if the parser gets as far as this token (indentation errors, a stray
    /// character after `\`, end of file after `\`).
    Lazy,
    /// End of file inside brackets: the innermost open bracket (`'(' was never closed`); also
    /// reported instead of a parse error found on a later line than that bracket.
    UnclosedAtEof { paren_line: u32 },
}

/// A tokenizer error with the numbers CPython puts in the `SyntaxError`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TokError {
    pub kind: SyntaxErrorKind,
    pub msg: String,
    pub lineno: u32,
    pub offset: i64,
    pub end_lineno: u32,
    pub end_offset: i64,
    pub reach: Reach,
    /// Byte offset the tokenizer had reached, to compare with where a parse failed.
    pub at: u32,
}

/// How CPython counts the columns of an error. Errors raised by the tokenizer's
/// `syntaxerror()` count characters; errors raised by the parser count UTF-8 bytes, except that
/// CPython converts them to characters when the file declares its encoding (`# coding: ...`):
/// with the default UTF-8 it never learns that it should.
#[derive(Clone, Copy, Debug)]
pub struct Columns {
    pub parser_counts_chars: bool,
}

impl Columns {
    /// Characters of `text[from..to]`.
    pub fn chars(&self, text: &str, from: usize, to: usize) -> i64 {
        text.get(from..to).map_or(0, |s| s.chars().count()) as i64
    }

    /// Width of `text[from..to]` as the parser counts it.
    pub fn parser_col(&self, text: &str, from: usize, to: usize) -> i64 {
        if self.parser_counts_chars {
            self.chars(text, from, to)
        } else {
            to.saturating_sub(from) as i64
        }
    }
}

/// The token stream up to the first error, and that error.
#[derive(Clone, Debug, Default)]
pub struct Tokens {
    pub tokens: Vec<Token>,
    pub error: Option<TokError>,
}

/// Tokenizes `source` the way CPython 3.11 does (see the module docs).
pub fn tokenize(source: &str, cols: &Columns) -> Tokens {
    let mut t = Tokenizer {
        src: source.as_bytes(),
        text: source,
        cols,
        pos: 0,
        line: 1,
        line_start: 0,
        at_bol: true,
        indents: vec![(0, 0)],
        pending: 0,
        parens: Vec::new(),
        out: Tokens::default(),
    };
    t.run();
    t.out
}

struct Tokenizer<'a> {
    src: &'a [u8],
    text: &'a str,
    cols: &'a Columns,
    pos: usize,
    /// 1-based line of `pos`, and where that line starts.
    line: u32,
    line_start: usize,
    at_bol: bool,
    /// Indentation stack: `(col, altcol)` per level.
    indents: Vec<(u32, u32)>,
    /// INDENT (> 0) or DEDENT (< 0) tokens still to emit.
    pending: i32,
    /// Open brackets: the character, its line and its byte offset.
    parens: Vec<(u8, u32, usize)>,
    out: Tokens,
}

type Step = Result<(), TokError>;

impl Tokenizer<'_> {
    fn run(&mut self) {
        loop {
            match self.next_token() {
                Ok(true) => {}
                Ok(false) => return,
                Err(e) => {
                    self.out.error = Some(e);
                    return;
                }
            }
        }
    }

    fn peek(&self) -> Option<u8> {
        self.src.get(self.pos).copied()
    }

    fn peek_at(&self, n: usize) -> Option<u8> {
        self.src.get(self.pos + n).copied()
    }

    /// Length of the line ending at `pos` (`\n`, `\r\n` or a lone `\r`), or 0.
    fn newline_len(&self) -> usize {
        match (self.peek(), self.peek_at(1)) {
            (Some(b'\r'), Some(b'\n')) => 2,
            (Some(b'\n' | b'\r'), _) => 1,
            _ => 0,
        }
    }

    /// Moves past a line ending at `pos` and starts the next line.
    fn eat_newline(&mut self) {
        self.pos += self.newline_len();
        self.line += 1;
        self.line_start = self.pos;
    }

    fn push(&mut self, kind: TokKind, start: usize, end: usize, line: u32) {
        self.out.tokens.push(Token {
            kind,
            start: start as u32,
            end: end as u32,
            line,
        });
    }

    /// Where the current line ends, including its line ending.
    fn line_end(&self) -> usize {
        let rest = self.src.get(self.line_start..).unwrap_or(&[]);
        let mut i = 0;
        while let Some(&b) = rest.get(i) {
            if b == b'\n' {
                return self.line_start + i + 1;
            }
            if b == b'\r' {
                let crlf = rest.get(i + 1) == Some(&b'\n');
                return self.line_start + i + 1 + usize::from(crlf);
            }
            i += 1;
        }
        self.src.len()
    }

    /// An error raised by tokenizer.c's `syntaxerror()`: the column counts the characters of
    /// the line before `pos`, start and end alike.
    fn eager(&self, msg: impl Into<String>) -> TokError {
        let col = self.cols.chars(self.text, self.line_start, self.pos);
        TokError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: msg.into(),
            lineno: self.line,
            offset: col,
            end_lineno: self.line,
            end_offset: col,
            reach: Reach::Eager,
            at: self.pos as u32,
        }
    }

    /// `indenterror()` and `E_TOODEEP`: column 1, end 0, on the current line.
    fn indent_error(&self, kind: SyntaxErrorKind, msg: &str) -> TokError {
        TokError {
            kind,
            msg: msg.into(),
            lineno: self.line,
            offset: 1,
            end_lineno: self.line,
            end_offset: 0,
            reach: Reach::Lazy,
            at: self.pos as u32,
        }
    }

    /// An error whose position CPython takes from its read pointer after it jumped to the end
    /// of the line (`tok->cur = tok->inp`): the whole line, plus one for the newline CPython
    /// adds when the file lacks one.
    fn end_of_line_error(&self, kind: SyntaxErrorKind, msg: &str) -> TokError {
        let end = self.line_end();
        let ends_with_newline = end > self.line_start && matches!(self.src[end - 1], b'\n' | b'\r');
        let col =
            self.cols.parser_col(self.text, self.line_start, end) + i64::from(!ends_with_newline);
        TokError {
            kind,
            msg: msg.into(),
            lineno: self.line,
            offset: col,
            end_lineno: self.line,
            end_offset: -1,
            reach: Reach::Lazy,
            at: self.pos as u32,
        }
    }

    /// Produces the next token; `Ok(false)` after ENDMARKER.
    fn next_token(&mut self) -> Result<bool, TokError> {
        let mut blank_line = false;
        if self.at_bol {
            self.at_bol = false;
            blank_line = self.indentation()?;
        }
        if self.pending != 0 {
            let (kind, step) = if self.pending < 0 {
                (TokKind::Dedent, 1)
            } else {
                (TokKind::Indent, -1)
            };
            self.pending += step;
            self.push(kind, self.pos, self.pos, self.line);
            return Ok(true);
        }
        loop {
            // Skip spaces and comments.
            while matches!(self.peek(), Some(b' ' | b'\t' | b'\x0c')) {
                self.pos += 1;
            }
            if self.peek() == Some(b'#') {
                while !matches!(self.peek(), None | Some(b'\n' | b'\r')) {
                    self.pos += 1;
                }
            }
            let start = self.pos;
            let Some(c) = self.peek() else {
                return self.end_of_file();
            };
            if c == b'\n' || c == b'\r' {
                self.at_bol = true;
                let line = self.line;
                self.eat_newline();
                if blank_line || !self.parens.is_empty() {
                    return Ok(true);
                }
                self.push(TokKind::Newline, start, self.pos, line);
                return Ok(true);
            }
            if c == b'\\' {
                self.pos += 1;
                if self.newline_len() == 0 {
                    if self.peek().is_none() {
                        // The newline CPython adds at the end of the text follows the `\`,
                        // and then the file ends.
                        return Err(self.eof_error());
                    }
                    // cf. tokenizer_error() E_LINECONT: the column just past the character
                    // after the backslash, counted from the start of the physical line.
                    let next = self.text.get(self.pos..).and_then(|s| s.chars().next());
                    let after = self.pos + next.map_or(1, char::len_utf8);
                    let col = self.cols.parser_col(self.text, self.line_start, after);
                    return Err(TokError {
                        kind: SyntaxErrorKind::SyntaxError,
                        msg: "unexpected character after line continuation character".into(),
                        lineno: self.line,
                        offset: col,
                        end_lineno: self.line,
                        end_offset: 0,
                        reach: Reach::Lazy,
                        at: start as u32,
                    });
                }
                self.eat_newline();
                if self.peek().is_none() {
                    return Err(self.eof_error());
                }
                continue;
            }
            self.token(c, start)?;
            return Ok(true);
        }
    }

    /// Reads the indentation of a new line and queues INDENT/DEDENT tokens; returns whether
    /// the line is blank or a comment (such lines leave the indentation alone).
    fn indentation(&mut self) -> Result<bool, TokError> {
        let (mut col, mut altcol) = (0u32, 0u32);
        loop {
            match self.peek() {
                Some(b' ') => {
                    col += 1;
                    altcol += 1;
                }
                Some(b'\t') => {
                    col = (col / TAB_SIZE + 1) * TAB_SIZE;
                    altcol += 1;
                }
                Some(b'\x0c') => {
                    col = 0;
                    altcol = 0;
                }
                _ => break,
            }
            self.pos += 1;
        }
        let blank = matches!(self.peek(), Some(b'#' | b'\n' | b'\r'));
        if blank || !self.parens.is_empty() {
            return Ok(blank);
        }
        let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
        let tab_error = |t: &Self| {
            t.indent_error(
                SyntaxErrorKind::TabError,
                "inconsistent use of tabs and spaces in indentation",
            )
        };
        if col == top {
            if altcol != alttop {
                return Err(tab_error(self));
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(self.indent_error(
                    SyntaxErrorKind::IndentationError,
                    "too many levels of indentation",
                ));
            }
            if altcol <= alttop {
                return Err(tab_error(self));
            }
            self.pending += 1;
            self.indents.push((col, altcol));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
                self.pending -= 1;
            }
            let (top, alttop) = self.indents.last().copied().unwrap_or((0, 0));
            if col != top {
                return Err(self.end_of_line_error(
                    SyntaxErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                ));
            }
            if altcol != alttop {
                return Err(tab_error(self));
            }
        }
        Ok(false)
    }

    /// `unexpected EOF while parsing` (or the unclosed bracket, inside brackets).
    fn eof_error(&self) -> TokError {
        if let Some(e) = self.unclosed_paren() {
            return e;
        }
        let mut e =
            self.end_of_line_error(SyntaxErrorKind::SyntaxError, "unexpected EOF while parsing");
        // The read pointer is at the end of the text: the line that holds it.
        if self.pos == self.line_start && self.line > 1 {
            let prev_start = self
                .text
                .get(..self.line_start)
                .map(|s| s.trim_end_matches(['\n', '\r']))
                .and_then(|s| s.rfind(['\n', '\r']).map(|i| i + 1))
                .unwrap_or(0);
            e.lineno = self.line - 1;
            e.end_lineno = e.lineno;
            e.offset = self.cols.parser_col(self.text, prev_start, self.line_start);
        }
        e
    }

    fn unclosed_paren(&self) -> Option<TokError> {
        let &(c, line, at) = self.parens.last()?;
        let line_start = self
            .text
            .get(..at)
            .map_or(0, |s| s.rfind(['\n', '\r']).map_or(0, |i| i + 1));
        let col = self.cols.parser_col(self.text, line_start, at) + 1;
        Some(TokError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: format!("'{}' was never closed", c as char),
            lineno: line,
            offset: col,
            end_lineno: line,
            end_offset: 0,
            reach: Reach::UnclosedAtEof { paren_line: line },
            at: self.src.len() as u32,
        })
    }

    fn end_of_file(&mut self) -> Result<bool, TokError> {
        if let Some(e) = self.unclosed_paren() {
            return Err(e);
        }
        // CPython ends the text with a newline: the last line gets its NEWLINE.
        let needs_newline = self.out.tokens.last().is_some_and(|t| {
            !matches!(t.kind, TokKind::Newline | TokKind::Dedent | TokKind::Indent)
        });
        let end = self.src.len();
        if needs_newline {
            self.push(TokKind::Newline, end, end, self.line);
            self.line += 1;
        }
        for _ in 1..self.indents.len() {
            self.push(TokKind::Dedent, end, end, self.line);
        }
        self.indents.truncate(1);
        self.push(TokKind::EndMarker, end, end, self.line);
        Ok(false)
    }

    /// One token starting with byte `c` at `start`.
    fn token(&mut self, c: u8, start: usize) -> Step {
        let line = self.line;
        if c.is_ascii_alphabetic() || c == b'_' || c >= 0x80 {
            if let Some(quote_at) = self.string_prefix() {
                self.pos = quote_at;
                self.string(start)?;
                self.push(TokKind::String, start, self.pos, line);
                return Ok(());
            }
            self.name(start)?;
            self.push(TokKind::Name, start, self.pos, line);
            return Ok(());
        }
        if c.is_ascii_digit() || (c == b'.' && self.peek_at(1).is_some_and(|d| d.is_ascii_digit()))
        {
            self.number()?;
            self.push(TokKind::Number, start, self.pos, line);
            return Ok(());
        }
        if c == b'"' || c == b'\'' {
            self.string(start)?;
            self.push(TokKind::String, start, self.pos, line);
            return Ok(());
        }
        let len = operator_len(self.src.get(self.pos..).unwrap_or(&[]));
        if len == 1 {
            self.bracket(c)?;
        }
        self.pos += len;
        if len == 1 && !(0x20..0x7f).contains(&c) {
            // cf. tokenizer.c: a control character is reported after it was read.
            return Err(self.eager(format!("invalid non-printable character U+{:04X}", c)));
        }
        self.push(TokKind::Op, start, self.pos, line);
        Ok(())
    }

    /// Tracks bracket nesting; `pos` is at the bracket.
    fn bracket(&mut self, c: u8) -> Step {
        match c {
            b'(' | b'[' | b'{' => {
                if self.parens.len() >= MAX_PAREN_LEVEL {
                    self.pos += 1;
                    return Err(self.eager("too many nested parentheses"));
                }
                self.parens.push((c, self.line, self.pos));
            }
            b')' | b']' | b'}' => {
                let Some((open, open_line, _)) = self.parens.pop() else {
                    self.pos += 1;
                    return Err(self.eager(format!("unmatched '{}'", c as char)));
                };
                let expected = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if c != expected {
                    self.pos += 1;
                    let mut msg = format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        c as char, open as char
                    );
                    if open_line != self.line {
                        msg.push_str(&format!(" on line {open_line}"));
                    }
                    return Err(self.eager(msg));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// If a string prefix (`b`, `r`, `u`, `f` and their legal combinations) followed by a quote
    /// starts at `pos`, the offset of the quote.
    fn string_prefix(&self) -> Option<usize> {
        let (mut b, mut r, mut u, mut f) = (false, false, false, false);
        let mut i = self.pos;
        loop {
            let c = self.src.get(i).copied()?.to_ascii_lowercase();
            match c {
                b'b' if !(b || u || f) => b = true,
                b'u' if !(b || u || r || f) => u = true,
                b'r' if !(r || u) => r = true,
                b'f' if !(f || b || u) => f = true,
                b'"' | b'\'' if i > self.pos => return Some(i),
                _ => return None,
            }
            i += 1;
        }
    }

    /// An identifier; non-ASCII ones must be valid Python identifiers (cf. `verify_identifier`).
    fn name(&mut self, start: usize) -> Step {
        let mut non_ascii = false;
        while let Some(c) = self.peek() {
            if !(c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80) {
                break;
            }
            non_ascii |= c >= 0x80;
            self.pos += 1;
        }
        if !non_ascii {
            return Ok(());
        }
        let word = self.text.get(start..self.pos).unwrap_or("");
        let mut chars = word.char_indices();
        let bad = chars.next().and_then(|(i, c)| {
            if c == '_' || unicode_ident::is_xid_start(c) {
                chars.find(|&(_, c)| !unicode_ident::is_xid_continue(c))
            } else {
                Some((i, c))
            }
        });
        if let Some((i, ch)) = bad {
            self.pos = start + i + ch.len_utf8();
            let msg = if is_printable(ch) {
                format!("invalid character '{ch}' (U+{:04X})", ch as u32)
            } else {
                format!("invalid non-printable character U+{:04X}", ch as u32)
            };
            return Err(self.eager(msg));
        }
        Ok(())
    }

    /// A string literal; `pos` is at its opening quote.
    fn string(&mut self, start: usize) -> Step {
        let Some(quote) = self.peek() else {
            return Ok(());
        };
        let (first_line, first_line_start) = (self.line, self.line_start);
        let triple = self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote);
        self.pos += if triple { 3 } else { 1 };
        loop {
            let Some(c) = self.peek() else {
                return Err(self.unterminated(start, first_line, first_line_start, triple));
            };
            if c == quote {
                if !triple {
                    self.pos += 1;
                    return Ok(());
                }
                if self.peek_at(1) == Some(quote) && self.peek_at(2) == Some(quote) {
                    self.pos += 3;
                    return Ok(());
                }
                self.pos += 1;
            } else if c == b'\n' || c == b'\r' {
                if !triple {
                    return Err(self.unterminated(start, first_line, first_line_start, triple));
                }
                self.eat_newline();
            } else if c == b'\\' {
                self.pos += 1;
                if self.newline_len() > 0 {
                    self.eat_newline();
                } else if self.peek().is_some() {
                    self.pos += 1;
                }
            } else {
                self.pos += 1;
            }
        }
    }

    fn unterminated(&self, start: usize, line: u32, line_start: usize, triple: bool) -> TokError {
        // CPython reports it one character past the token's start (its prefix, if any), and
        // names the line its reader had reached.
        let col = self.cols.chars(self.text, line_start, start + 1);
        let kind = if triple {
            "triple-quoted string literal"
        } else {
            "string literal"
        };
        // At the end of the text CPython's line counter has not moved past a final newline.
        let at_end = self.peek().is_none();
        let detected = if at_end && self.ends_in_newline_at(self.pos) {
            self.line - 1
        } else {
            self.line
        };
        TokError {
            kind: SyntaxErrorKind::SyntaxError,
            msg: format!("unterminated {kind} (detected at line {detected})"),
            lineno: line,
            offset: col,
            end_lineno: line,
            end_offset: col,
            reach: Reach::Eager,
            at: start as u32,
        }
    }

    fn ends_in_newline_at(&self, pos: usize) -> bool {
        pos > 0 && matches!(self.src.get(pos - 1), Some(b'\n' | b'\r'))
    }

    /// A number literal, with CPython's errors for malformed ones.
    fn number(&mut self) -> Step {
        let start = self.pos;
        let c = self.next_byte();
        if c == Some(b'.') {
            return self.fraction();
        }
        if c == Some(b'0') {
            match self.peek().map(|c| c.to_ascii_lowercase()) {
                Some(b'x') => {
                    self.pos += 1;
                    return self.radix(16, "hexadecimal");
                }
                Some(b'o') => {
                    self.pos += 1;
                    return self.radix(8, "octal");
                }
                Some(b'b') => {
                    self.pos += 1;
                    return self.radix(2, "binary");
                }
                _ => {}
            }
            // Zeros, maybe followed by more digits: only a float or imaginary may go on.
            loop {
                if self.peek() == Some(b'_') {
                    self.pos += 1;
                    if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                        return Err(self.eager("invalid decimal literal"));
                    }
                }
                if self.peek() != Some(b'0') {
                    break;
                }
                self.pos += 1;
            }
            let zeros_end = self.pos + 1;
            let nonzero = self.peek().is_some_and(|d| d.is_ascii_digit());
            if nonzero {
                self.decimal_tail()?;
            }
            match self.peek() {
                Some(b'.') => {
                    self.pos += 1;
                    return self.fraction();
                }
                Some(b'e' | b'E') => return self.exponent(),
                Some(b'j' | b'J') => return self.imaginary(),
                _ if nonzero => {
                    // A known range in bytes: from the literal's start to the first non-zero.
                    let line_start = self.line_start;
                    let mut e = self.eager(
                        "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                    );
                    e.offset = (start + 1 - line_start) as i64;
                    e.end_offset = (zeros_end - line_start) as i64;
                    return Err(e);
                }
                _ => return self.end_of_number("decimal"),
            }
        }
        self.decimal_tail()?;
        if self.peek() == Some(b'.') {
            self.pos += 1;
            return self.fraction();
        }
        self.after_fraction()
    }

    fn next_byte(&mut self) -> Option<u8> {
        let c = self.peek();
        if c.is_some() {
            self.pos += 1;
        }
        c
    }

    /// Digits and single underscores between digits (cf. `tok_decimal_tail`).
    fn decimal_tail(&mut self) -> Step {
        loop {
            while self.peek().is_some_and(|d| d.is_ascii_digit()) {
                self.pos += 1;
            }
            if self.peek() != Some(b'_') {
                return Ok(());
            }
            self.pos += 1;
            if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                return Err(self.eager("invalid decimal literal"));
            }
        }
    }

    /// After the `.` of a float.
    fn fraction(&mut self) -> Step {
        if self.peek().is_some_and(|d| d.is_ascii_digit()) {
            self.decimal_tail()?;
        }
        self.after_fraction()
    }

    fn after_fraction(&mut self) -> Step {
        match self.peek() {
            Some(b'e' | b'E') => self.exponent(),
            Some(b'j' | b'J') => self.imaginary(),
            _ => self.end_of_number("decimal"),
        }
    }

    /// `pos` is at the `e` of an exponent.
    fn exponent(&mut self) -> Step {
        let e_at = self.pos;
        self.pos += 1;
        match self.peek() {
            Some(b'+' | b'-') => {
                self.pos += 1;
                if !self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    return Err(self.eager("invalid decimal literal"));
                }
            }
            Some(d) if d.is_ascii_digit() => {}
            _ => {
                // `1e` alone: the `e` starts the next token, unless that makes a bad literal.
                self.pos = e_at;
                return self.end_of_number("decimal");
            }
        }
        self.decimal_tail()?;
        if matches!(self.peek(), Some(b'j' | b'J')) {
            return self.imaginary();
        }
        self.end_of_number("decimal")
    }

    fn imaginary(&mut self) -> Step {
        self.pos += 1;
        self.end_of_number("imaginary")
    }

    /// Hex, octal and binary digits after the prefix.
    fn radix(&mut self, radix: u32, kind: &str) -> Step {
        let is_digit = |c: Option<u8>| c.is_some_and(|c| (c as char).is_digit(radix));
        loop {
            if self.peek() == Some(b'_') {
                self.pos += 1;
            }
            if !is_digit(self.peek()) {
                if radix < 10 && self.peek().is_some_and(|d| d.is_ascii_digit()) {
                    self.pos += 1;
                    let d = self.src.get(self.pos - 1).copied().unwrap_or(b'0') as char;
                    return Err(self.eager(format!("invalid digit '{d}' in {kind} literal")));
                }
                return Err(self.eager(format!("invalid {kind} literal")));
            }
            while is_digit(self.peek()) {
                self.pos += 1;
            }
            if self.peek() != Some(b'_') {
                break;
            }
        }
        if radix < 10 && self.peek().is_some_and(|d| d.is_ascii_digit()) {
            self.pos += 1;
            let d = self.src.get(self.pos - 1).copied().unwrap_or(b'0') as char;
            return Err(self.eager(format!("invalid digit '{d}' in {kind} literal")));
        }
        self.end_of_number(kind)
    }

    /// A number may not run into a name, except the keywords that can follow one in valid code
    /// (cf. `verify_end_of_number`: those only warn).
    fn end_of_number(&mut self, kind: &str) -> Step {
        let rest = self.src.get(self.pos..).unwrap_or(&[]);
        let ident = |b: Option<&u8>| {
            b.is_some_and(|&c| c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80)
        };
        // `i` followed by `f`, `n` or `s` is taken on trust, the others must end there.
        let keyword_follows = ["and", "else", "for", "or", "not"]
            .iter()
            .any(|k| rest.starts_with(k.as_bytes()) && !ident(rest.get(k.len())))
            || (rest.first() == Some(&b'i') && matches!(rest.get(1), Some(b'f' | b'n' | b's')));
        // A non-ASCII character after a number starts the next token instead.
        if !keyword_follows
            && self
                .peek()
                .is_some_and(|c| c.is_ascii_alphanumeric() || c == b'_')
        {
            return Err(self.eager(format!("invalid {kind} literal")));
        }
        Ok(())
    }
}

/// How many bytes the operator at the start of `rest` takes (1 for any other character).
fn operator_len(rest: &[u8]) -> usize {
    const THREE: [&[u8]; 5] = [b"**=", b"...", b"//=", b"<<=", b">>="];
    const TWO: [&[u8]; 20] = [
        b"!=", b"%=", b"&=", b"**", b"*=", b"+=", b"-=", b"->", b"//", b"/=", b":=", b"<<", b"<=",
        b"<>", b"==", b">=", b">>", b"@=", b"^=", b"|=",
    ];
    if THREE.iter().any(|op| rest.starts_with(op)) {
        3
    } else if TWO.iter().any(|op| rest.starts_with(op)) {
        2
    } else {
        1
    }
}

/// CPython's `str.isprintable()` for one character, close enough for error messages: control,
/// format, separator (other than the ASCII space), private-use and surrogate characters are not.
pub fn is_printable(c: char) -> bool {
    let u = c as u32;
    !(c.is_control()
        || matches!(u,
            0xA0 | 0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x890..=0x891 | 0x8E2
            | 0x1680 | 0x180E | 0x2000..=0x200F | 0x2028..=0x202F | 0x205F..=0x2064
            | 0x2066..=0x206F | 0x3000 | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD
            | 0x13430..=0x1343F | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001
            | 0xE0020..=0xE007F | 0xE000..=0xF8FF | 0xF0000..=0x10FFFF))
}
