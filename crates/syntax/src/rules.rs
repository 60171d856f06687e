//! CPython's `invalid_*` grammar rules, replayed on tokens.
//!
//! CPython's parser makes a second pass over a file that failed to parse, with extra rules
//! that recognise common mistakes and raise a precise message (`Grammar/python.gram`). We do
//! not have that grammar; we have the token where the parse stopped and the logical line
//! around it. Each rule here recognises one of those mistakes on the tokens and reports it
//! where CPython does: usually at the token the parse stopped on (`RAISE_SYNTAX_ERROR` blames
//! the last token read), sometimes over a range of the statement.

use crate::ast::Module;
use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::parse::{NamedAt, RawParseError, RawParseErrorKind};
use crate::parse_error::Ctx;
use crate::span::Span;
use crate::targets;
use crate::tokenize::{TokKind, Token};

/// CPython's specific message for the parse failure at token `at`, if one of its rules applies.
pub fn diagnose(ctx: &Ctx, at: usize, raw: &RawParseError) -> Option<SyntaxError> {
    if let RawParseErrorKind::Named { msg, at: where_ } = &raw.kind {
        return Some(named(ctx, at, msg, *where_));
    }
    let r = Rules {
        ctx,
        toks: ctx.tokens,
    };
    r.indented_block(at)
        .or_else(|| r.try_without_handler(at))
        .or_else(|| r.expected_colon(at))
        .or_else(|| r.legacy_print(at))
        .or_else(|| r.assignment_in_call(at))
        .or_else(|| r.forgot_comma(at))
        .or_else(|| r.invalid_del(at))
}

/// The token CPython's parser stopped on, from the one rustpython-parser blamed: a
/// character rustpython's lexer refused is blamed just after it.
pub fn blamed(ctx: &Ctx, at: usize, raw: &RawParseError) -> usize {
    let r = Rules {
        ctx,
        toks: ctx.tokens,
    };
    if raw.kind == RawParseErrorKind::Lexical && at > 0 {
        let prev = at - 1;
        if r.is(prev, TokKind::Op) && matches!(r.text(prev), "$" | "?" | "!" | "`") {
            return prev;
        }
    }
    at
}

/// Errors CPython's parser raises for code rustpython-parser accepts.
pub fn accepted_but_invalid(ctx: &Ctx, module: &Module) -> Option<SyntaxError> {
    targets::first_error(ctx, module)
}

/// An error rustpython-parser named itself, placed where CPython places it.
fn named(ctx: &Ctx, at: usize, msg: &str, where_: NamedAt) -> SyntaxError {
    let toks = ctx.tokens;
    let tok = |i: usize| toks.get(i).copied();
    let target = match where_ {
        NamedAt::Token => at,
        NamedAt::AfterStrings => {
            // Back to the string holding the offset, then past every string after it.
            let mut i = at;
            while i > 0 && tok(i).is_some_and(|t| t.kind != TokKind::String) {
                i -= 1;
            }
            while tok(i).is_some_and(|t| t.kind == TokKind::String) {
                i += 1;
            }
            i
        }
        NamedAt::CallEnd => {
            let r = Rules { ctx, toks };
            let open = r.enclosing_open(at);
            // After `**k`, CPython names the unpacking.
            if let Some(o) = open {
                let unpacking = (o..at).any(|i| r.is_op(i, "**") && r.enclosing_open(i) == Some(o));
                if unpacking && msg.ends_with("keyword argument") {
                    let msg = format!("{msg} unpacking");
                    let end = r.matching_close(o).unwrap_or(at);
                    return match tok(end) {
                        Some(t) => ctx.token_error(&t, msg),
                        None => ctx.range_error(0, 0, msg),
                    };
                }
            }
            open.and_then(|o| r.matching_close(o)).unwrap_or(at)
        }
    };
    if msg.starts_with("keyword argument repeated") {
        // The whole `name=value`.
        let r = Rules { ctx, toks };
        if let (Some(first), Some(last)) = (tok(at), r.operand_end(at + 2).and_then(tok)) {
            return ctx.range_error(first.start, last.end, msg);
        }
    }
    let t = tok(target).or_else(|| toks.last().copied());
    match t {
        Some(t) => ctx.token_error(&t, msg),
        None => ctx.range_error(0, 0, msg),
    }
}

struct Rules<'a, 'b> {
    ctx: &'a Ctx<'b>,
    toks: &'a [Token],
}

const COMPOUND: [&str; 14] = [
    "if", "elif", "else", "while", "for", "with", "def", "class", "try", "except", "finally",
    "match", "case", "async",
];

impl Rules<'_, '_> {
    fn tok(&self, i: usize) -> Option<Token> {
        self.toks.get(i).copied()
    }

    fn text(&self, i: usize) -> &str {
        self.tok(i).map_or("", |t| self.ctx.text(&t))
    }

    fn is(&self, i: usize, kind: TokKind) -> bool {
        self.tok(i).is_some_and(|t| t.kind == kind)
    }

    fn is_op(&self, i: usize, op: &str) -> bool {
        self.is(i, TokKind::Op) && self.text(i) == op
    }

    /// The first token of the logical line holding token `i`.
    fn line_start(&self, i: usize) -> usize {
        let mut s = i.min(self.toks.len());
        while s > 0
            && !matches!(
                self.tok(s - 1).map(|t| t.kind),
                Some(TokKind::Newline | TokKind::Indent | TokKind::Dedent)
            )
        {
            s -= 1;
        }
        s
    }

    /// The NEWLINE ending the logical line holding token `i` (or the last token).
    fn line_end(&self, i: usize) -> usize {
        let mut e = i;
        while e + 1 < self.toks.len() && !self.is(e, TokKind::Newline) {
            e += 1;
        }
        e
    }

    /// The compound-statement keyword a logical line starts with (`async` skipped), and its
    /// index.
    fn header_keyword(&self, start: usize) -> Option<(usize, String)> {
        let mut k = start;
        // Decorators are their own lines; `async` prefixes `def`, `for`, `with`.
        if self.text(k) == "async" && self.is(k, TokKind::Name) {
            k += 1;
        }
        let word = self.text(k);
        (self.is(k, TokKind::Name) && COMPOUND.contains(&word) && word != "async")
            .then(|| (k, word.to_string()))
    }

    /// The position of an error at the end of the file: CPython's ENDMARKER sits on the last
    /// line, one past its end, with no end column.
    fn at_end_of_file(&self, kind: SyntaxErrorKind, msg: String) -> SyntaxError {
        let ctx = self.ctx;
        let len = ctx.source.len() as u32;
        let trimmed = ctx.source.trim_end_matches(['\n', '\r']).len() as u32;
        let line = ctx.index.line_of(trimmed);
        let start = ctx.index.line_start(line) as usize;
        let col = ctx.cols.parser_col(ctx.source, start, trimmed as usize) + 1;
        ctx.error(kind, msg, line, col, line, -1, Span::new(len, len))
    }

    /// `expected an indented block after 'if' statement on line N` (cf. the
    /// `invalid_*_stmt` rules ending in `NEWLINE !INDENT`).
    fn indented_block(&self, at: usize) -> Option<SyntaxError> {
        // A header on the file's last line, without a final newline.
        let len = self.ctx.source.len() as u32;
        if self.is(at, TokKind::Newline)
            && self.tok(at)?.start == len
            && self.is_op(at.checked_sub(1)?, ":")
        {
            return self.indented_block(at + 1);
        }
        // Find the previous NEWLINE: the failing token starts the line after a header.
        let mut nl = at.checked_sub(1)?;
        while self.is(nl, TokKind::Dedent) {
            nl = nl.checked_sub(1)?;
        }
        if !self.is(nl, TokKind::Newline) || self.is(at, TokKind::Indent) {
            return None;
        }
        if !self.is_op(nl.checked_sub(1)?, ":") {
            return None;
        }
        let (k, word) = self.header_keyword(self.line_start(nl - 1))?;
        let line = self.tok(k)?.line;
        let what = match word.as_str() {
            "def" => format!("function definition on line {line}"),
            "class" => format!("class definition on line {line}"),
            "except" if self.is_op(k + 1, "*") => format!("'except*' statement on line {line}"),
            w => format!("'{w}' statement on line {line}"),
        };
        let msg = format!("expected an indented block after {what}");
        let tok = self.tok(at)?;
        if matches!(tok.kind, TokKind::EndMarker | TokKind::Dedent)
            && tok.start as usize >= self.ctx.source.trim_end().len()
        {
            return Some(self.at_end_of_file(SyntaxErrorKind::IndentationError, msg));
        }
        let mut err = self.ctx.token_error(&tok, msg);
        err.kind = SyntaxErrorKind::IndentationError;
        Some(err)
    }

    /// `expected 'except' or 'finally' block`: a `try` body followed by anything else.
    fn try_without_handler(&self, at: usize) -> Option<SyntaxError> {
        // The failing token is, or follows, the DEDENT closing a block whose header is `try:`.
        let mut d = if self.is(at, TokKind::Dedent) {
            at
        } else {
            at.checked_sub(1)?
        };
        if !self.is(d, TokKind::Dedent) {
            return None;
        }
        let mut at = at;
        while self.is(at, TokKind::Dedent) {
            at += 1;
        }
        // Walk back over the block to its INDENT, then to the header.
        let mut depth = 0i32;
        loop {
            match self.tok(d)?.kind {
                TokKind::Dedent => depth += 1,
                TokKind::Indent => {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                }
                _ => {}
            }
            d = d.checked_sub(1)?;
        }
        // d is the INDENT; before it NEWLINE and `:`.
        let header = self.line_start(d.checked_sub(1)?);
        if self.text(header) != "try" || !self.is(header, TokKind::Name) {
            return None;
        }
        let msg = "expected 'except' or 'finally' block".to_string();
        let tok = self.tok(at)?;
        if tok.kind == TokKind::EndMarker || tok.kind == TokKind::Dedent {
            return Some(self.at_end_of_file(SyntaxErrorKind::SyntaxError, msg));
        }
        Some(self.ctx.token_error(&tok, msg))
    }

    /// `expected ':'` after a compound statement's header.
    fn expected_colon(&self, at: usize) -> Option<SyntaxError> {
        let start = self.line_start(at);
        let (k, word) = self.header_keyword(start)?;
        let end = self.line_end(at);
        let msg = "expected ':'";
        let at_newline = self.is(at, TokKind::Newline);
        match word.as_str() {
            // `match x` and `case p` without a colon: rustpython reads a name and stops early.
            "match" | "case" => {
                let ends_in_colon = end > 0 && self.is_op(end - 1, ":");
                let next = self.tok(k + 1)?;
                let looks_like_header =
                    matches!(next.kind, TokKind::Name | TokKind::Number | TokKind::String)
                        || matches!(self.text(k + 1), "(" | "[" | "{" | "-" | "*");
                if ends_in_colon || !looks_like_header || end <= k + 1 {
                    return None;
                }
                if word == "match" && at != k + 1 && !at_newline {
                    return None;
                }
                Some(self.ctx.token_error(&self.tok(end)?, msg))
            }
            // `&&':'` right after the keyword: any token there.
            "try" | "finally" | "else" if at == k + 1 => {
                Some(self.ctx.token_error(&self.tok(at)?, msg))
            }
            // `def f(...) -> x` then anything but `:`.
            "def" if self.after_def_signature(k, at) => {
                Some(self.ctx.token_error(&self.tok(at)?, msg))
            }
            "if" | "elif" | "while" | "for" | "with" | "class" | "except" | "def"
                if at_newline && at > k + 1 =>
            {
                Some(self.ctx.token_error(&self.tok(at)?, msg))
            }
            "except" if at_newline => Some(self.ctx.token_error(&self.tok(at)?, msg)),
            _ => None,
        }
    }

    /// Whether token `at` comes right after a `def`'s parameter list or return annotation.
    fn after_def_signature(&self, k: usize, at: usize) -> bool {
        // def NAME ( ... ) [-> expr]
        if !self.is_op(k + 2, "(") {
            return false;
        }
        let Some(close) = self.matching_close(k + 2) else {
            return false;
        };
        if at == close + 1 {
            return true;
        }
        self.is_op(close + 1, "->") && at > close + 2
    }

    /// `Missing parentheses in call to 'print'. Did you mean print(...)?`
    fn legacy_print(&self, at: usize) -> Option<SyntaxError> {
        let start = self.line_start(at);
        let word = self.text(start);
        if !self.is(start, TokKind::Name) || !matches!(word, "print" | "exec") || at != start + 1 {
            return None;
        }
        let next = self.tok(start + 1)?;
        if next.kind == TokKind::Newline || self.is_op(start + 1, "(") {
            return None;
        }
        // The expressions run to the end of the statement.
        let end = self.line_end(at);
        let mut last = end.checked_sub(1)?;
        while last > start + 1 && self.is_op(last, ";") {
            last -= 1;
        }
        let msg = format!("Missing parentheses in call to '{word}'. Did you mean {word}(...)?");
        Some(
            self.ctx
                .range_error(self.tok(start)?.start, self.tok(last)?.end, msg),
        )
    }

    /// `expression cannot contain assignment, perhaps you meant "=="?`: `f(a.b=1)`.
    fn assignment_in_call(&self, at: usize) -> Option<SyntaxError> {
        if !self.is_op(at, "=") {
            return None;
        }
        let open = self.enclosing_open(at)?;
        let is_def = open >= 2 && self.text(open - 2) == "def";
        if !self.is_op(open, "(") || open == 0 || !self.is_operand_end(open - 1) || is_def {
            return None;
        }
        let first = self.item_start(at, open);
        if first + 1 == at && self.is(first, TokKind::Name) {
            return None;
        }
        let msg = "expression cannot contain assignment, perhaps you meant \"==\"?";
        Some(
            self.ctx
                .range_error(self.tok(first)?.start, self.tok(at)?.end, msg),
        )
    }

    /// `invalid syntax. Perhaps you forgot a comma?`: two expressions side by side inside
    /// brackets (cf. `invalid_expression`).
    fn forgot_comma(&self, at: usize) -> Option<SyntaxError> {
        let open = self.enclosing_open(at)?;
        if at == 0 || !self.is_operand_end(at - 1) || !self.starts_operand(at) {
            return None;
        }
        let first = self.item_start(at, open);
        // `!(NAME STRING | SOFT_KEYWORD)`: not `print "x"`-like pairs, not soft keywords.
        if self.is(first, TokKind::Name)
            && (self.is(first + 1, TokKind::String)
                || matches!(self.text(first), "match" | "case" | "_"))
        {
            return None;
        }
        if (first..at).any(|i| {
            self.is(i, TokKind::Name)
                && matches!(
                    self.text(i),
                    "for"
                        | "lambda"
                        | "if"
                        | "else"
                        | "yield"
                        | "await"
                        | "not"
                        | "in"
                        | "is"
                        | "and"
                        | "or"
                )
        }) {
            return None;
        }
        let end = self.operand_end(at)?;
        let msg = "invalid syntax. Perhaps you forgot a comma?";
        Some(
            self.ctx
                .range_error(self.tok(first)?.start, self.tok(end)?.end, msg),
        )
    }

    /// Whether token `i` can end an operand (a name, literal or closing bracket).
    /// `cannot delete conditional expression` (cf. `invalid_del_stmt`): a `del` whose targets
    /// are not `del_targets` but still parse as `star_expressions` names its first bad target.
    fn invalid_del(&self, at: usize) -> Option<SyntaxError> {
        // The simple statement holding `at`: split the logical line on `;` at depth 0.
        let line = self.line_start(at);
        let end = self.line_end(at);
        let mut start = line;
        let mut depth = 0i32;
        let mut stop = end;
        for i in line..end {
            match self.text(i) {
                "(" | "[" | "{" if self.is(i, TokKind::Op) => depth += 1,
                ")" | "]" | "}" if self.is(i, TokKind::Op) => depth -= 1,
                ";" if depth == 0 && self.is(i, TokKind::Op) => {
                    if i >= at {
                        stop = i;
                        break;
                    }
                    start = i + 1;
                }
                // An unparenthesized `:=` is not a `star_expressions`: plain invalid syntax.
                ":=" if depth == 0 && i >= start => return None,
                _ => {}
            }
        }
        if !(self.is(start, TokKind::Name) && self.text(start) == "del") || stop <= start + 1 {
            return None;
        }
        let (first, last) = (self.tok(start + 1)?, self.tok(stop - 1)?);
        // Re-parse the targets in place: the same byte offsets, everything before them blanked
        // and the whole wrapped in parentheses (the first byte opens them) so that it may span
        // lines.
        let src = self.ctx.source;
        let mut text: Vec<u8> = src.as_bytes()[..last.end as usize].to_vec();
        for b in &mut text[..first.start as usize] {
            *b = b' ';
        }
        text[0] = b'(';
        text.push(b')');
        let text = String::from_utf8(text).ok()?;
        let targets = crate::parse::parse_expression(&text).ok()?;
        targets::del_error(self.ctx, &targets)
    }

    fn is_operand_end(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.kind) {
            Some(TokKind::Name) => {
                !is_keyword(self.text(i)) || matches!(self.text(i), "None" | "True" | "False")
            }
            Some(TokKind::Number | TokKind::String) => true,
            Some(TokKind::Op) => matches!(self.text(i), ")" | "]" | "}"),
            _ => false,
        }
    }

    /// Whether token `i` can start an operand.
    fn starts_operand(&self, i: usize) -> bool {
        match self.tok(i).map(|t| t.kind) {
            Some(TokKind::Name) => {
                !is_keyword(self.text(i)) || matches!(self.text(i), "None" | "True" | "False")
            }
            Some(TokKind::Number | TokKind::String) => true,
            Some(TokKind::Op) => matches!(self.text(i), "(" | "[" | "{" | "-" | "+" | "~"),
            _ => false,
        }
    }

    /// The last token of the primary expression (atom and trailers, with binary operators
    /// joining further ones) starting at `i`.
    fn operand_end(&self, mut i: usize) -> Option<usize> {
        loop {
            while self.is(i, TokKind::Op) && matches!(self.text(i), "-" | "+" | "~") {
                i += 1;
            }
            let mut end = if self.is(i, TokKind::Op) && matches!(self.text(i), "(" | "[" | "{") {
                self.matching_close(i)?
            } else {
                i
            };
            while self.is(end, TokKind::String) && self.is(end + 1, TokKind::String) {
                end += 1;
            }
            loop {
                if self.is_op(end + 1, ".") && self.is(end + 2, TokKind::Name) {
                    end += 2;
                } else if self.is_op(end + 1, "(") || self.is_op(end + 1, "[") {
                    end = self.matching_close(end + 1)?;
                } else {
                    break;
                }
            }
            let op = self.text(end + 1);
            let binary = self.is(end + 1, TokKind::Op)
                && matches!(
                    op,
                    "+" | "-"
                        | "*"
                        | "/"
                        | "//"
                        | "%"
                        | "**"
                        | "@"
                        | "<<"
                        | ">>"
                        | "&"
                        | "|"
                        | "^"
                        | "<"
                        | ">"
                        | "=="
                        | "!="
                        | "<="
                        | ">="
                );
            if binary && self.starts_operand(end + 2) {
                i = end + 2;
            } else {
                return Some(end);
            }
        }
    }

    /// The first token of the comma-separated item that holds token `at`, inside the bracket
    /// opened at `open`.
    fn item_start(&self, at: usize, open: usize) -> usize {
        let mut depth = 0i32;
        let mut i = at;
        while i > open + 1 {
            let prev = i - 1;
            match self.text(prev) {
                ")" | "]" | "}" if self.is(prev, TokKind::Op) => depth += 1,
                "(" | "[" | "{" if self.is(prev, TokKind::Op) => depth -= 1,
                "," | ":" | "=" | ":=" if depth == 0 && self.is(prev, TokKind::Op) => break,
                _ => {}
            }
            i = prev;
        }
        i
    }

    /// The bracket that is open at token `at`.
    fn enclosing_open(&self, at: usize) -> Option<usize> {
        let mut depth = 0i32;
        let mut i = at;
        while i > 0 {
            i -= 1;
            let t = self.tok(i)?;
            if t.kind == TokKind::Newline {
                return None;
            }
            if t.kind != TokKind::Op {
                continue;
            }
            match self.ctx.text(&t) {
                ")" | "]" | "}" => depth += 1,
                "(" | "[" | "{" => {
                    if depth == 0 {
                        return Some(i);
                    }
                    depth -= 1;
                }
                _ => {}
            }
        }
        None
    }

    /// The bracket closing the one opened at `open`.
    fn matching_close(&self, open: usize) -> Option<usize> {
        let mut depth = 0i32;
        for i in open..self.toks.len() {
            let t = self.tok(i)?;
            if t.kind == TokKind::Newline {
                return None;
            }
            if t.kind != TokKind::Op {
                continue;
            }
            match self.ctx.text(&t) {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => {
                    depth -= 1;
                    if depth == 0 {
                        return Some(i);
                    }
                }
                _ => {}
            }
        }
        None
    }
}

fn is_keyword(word: &str) -> bool {
    matches!(
        word,
        "False"
            | "None"
            | "True"
            | "and"
            | "as"
            | "assert"
            | "async"
            | "await"
            | "break"
            | "class"
            | "continue"
            | "def"
            | "del"
            | "elif"
            | "else"
            | "except"
            | "finally"
            | "for"
            | "from"
            | "global"
            | "if"
            | "import"
            | "in"
            | "is"
            | "lambda"
            | "nonlocal"
            | "not"
            | "or"
            | "pass"
            | "raise"
            | "return"
            | "try"
            | "while"
            | "with"
            | "yield"
    )
}
