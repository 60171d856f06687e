//! `compile(source, name, 'single')`: the source must be one interactive statement, either a
//! single compound statement or one line of simple statements separated by `;`. CPython's
//! parser rejects anything after that: after a line of simple statements with "multiple
//! statements found while compiling a single statement" at the end of that line, after a
//! compound statement with "invalid syntax" at the next statement's first token.

use crate::ast::{Module, Stmt, StmtKind};
use crate::error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
use crate::span::{LineIndex, Span};

const MULTIPLE: &str = "multiple statements found while compiling a single statement";

/// The error for a `single`-mode source holding more than one interactive statement.
pub fn check_single(module: &Module, source: &str, filename: &str) -> Result<(), SyntaxError> {
    let Some(first) = module.body.first() else {
        return Err(nothing(source, filename));
    };
    let index = LineIndex::new(source);
    let error = |msg: &str, span: Span| {
        SyntaxError::at_span(
            SyntaxErrorKind::SyntaxError,
            msg,
            filename,
            source,
            &index,
            span,
            ColumnUnit::Chars,
        )
    };
    if is_compound(first) {
        return match module.body.get(1) {
            Some(next) => Err(error(
                "invalid syntax",
                first_token(source, next.span.start),
            )),
            None => Ok(()),
        };
    }
    for pair in module.body.windows(2) {
        let between = text(source, pair[0].span.end, pair[1].span.start);
        if !between.contains(';') {
            return Err(error(MULTIPLE, line_end(source, pair[0].span.end)));
        }
    }
    Ok(())
}

fn is_compound(stmt: &Stmt) -> bool {
    matches!(
        stmt.kind,
        StmtKind::FunctionDef(_)
            | StmtKind::ClassDef(_)
            | StmtKind::For { .. }
            | StmtKind::While { .. }
            | StmtKind::If { .. }
            | StmtKind::With { .. }
            | StmtKind::Match { .. }
            | StmtKind::Try(_)
    )
}

fn text(source: &str, start: u32, end: u32) -> &str {
    source.get(start as usize..end as usize).unwrap_or("")
}

/// CPython's NEWLINE token after `end`: from a trailing comment (if any) to the line break, or
/// empty at the line break.
fn line_end(source: &str, end: u32) -> Span {
    let rest = source.get(end as usize..).unwrap_or("");
    let newline = rest.find(['\n', '\r']).unwrap_or(rest.len());
    let line = &rest[..newline];
    let stop = end + newline as u32;
    match line.find('#') {
        Some(hash) if line[..hash].trim().is_empty() => Span {
            start: end + hash as u32,
            end: stop,
        },
        _ => Span {
            start: stop,
            end: stop,
        },
    }
}

/// The first token at `start`: a name or number, else one character.
fn first_token(source: &str, start: u32) -> Span {
    let rest = source.get(start as usize..).unwrap_or("");
    let word: usize = rest
        .chars()
        .take_while(|c| c.is_alphanumeric() || *c == '_')
        .map(char::len_utf8)
        .sum();
    let len = if word > 0 {
        word
    } else {
        rest.chars().next().map_or(0, char::len_utf8)
    };
    Span {
        start,
        end: start + len as u32,
    }
}

/// A source with no statement at all (empty, blank lines, comments): CPython's parser wants a
/// statement and reports "invalid syntax" on the last line, without a column.
fn nothing(source: &str, filename: &str) -> SyntaxError {
    let lines: Vec<&str> = source.split_inclusive('\n').collect();
    let lineno = lines.len() as u32;
    let end = source.len() as u32;
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg: "invalid syntax".to_string(),
        filename: filename.to_string(),
        lineno,
        offset: 0,
        end_lineno: lineno,
        end_offset: 0,
        text: Some(lines.last().map_or(String::new(), |l| l.to_string())),
        span: Span { start: end, end },
        help: None,
    }
}
