//! `from __future__ import ...`: the pass CPython runs before anything else (cf. `Python/future.c`
//! `future_parse`).
//!
//! The model: a file may open with a docstring and then a run of future imports; each of them
//! names features CPython knows (or one of the historical ones it accepts and ignores). The pass
//! records the features that change compilation (only `annotations` matters to the checker) and
//! the line of the last future import in that opening run. A future import *after* the opening
//! run is the compiler's business ([`FutureInfo::is_late`], raised in code-generation order);
//! this pass only catches the one case CPython finds here: a future import that follows a
//! non-future statement on the same line (`import os; from __future__ import x`).
//!
//! CPython stops at the first error of this pass and never runs the later ones. We keep going
//! (treating a statement in error as a valid future import) so that `--check` can list more, and
//! the caller puts these errors before every other.
//!
//! Positions: CPython sets only a line and a byte column (the statement's start; 1-based,
//! except for the same-line late import, where it passes the 0-based column) and leaves the
//! end column unset, which reads back as `end_offset` None; we store 0 for it.

use crate::ast::{Constant, ExprKind, Module, Stmt, StmtKind};
use crate::error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
use crate::span::LineIndex;

/// Every feature name `from __future__ import` accepts in CPython 3.11.
const KNOWN_FEATURES: [&str; 10] = [
    "nested_scopes",
    "generators",
    "division",
    "absolute_import",
    "with_statement",
    "print_function",
    "unicode_literals",
    "barry_as_FLUFL",
    "generator_stop",
    "annotations",
];

/// What the future pass found.
#[derive(Debug, Default)]
pub struct FutureInfo {
    /// `from __future__ import annotations` is in force: annotations are never evaluated, so
    /// the compiler checks nothing inside them.
    pub annotations: bool,
    /// Line of the last future import of the opening run (0 when there is none); a future
    /// import on a later line is "late" (CPython's `ff_lineno`).
    pub last_line: u32,
    /// Errors in the order CPython would meet them (it reports only the first).
    pub errors: Vec<SyntaxError>,
}

impl FutureInfo {
    /// True for a `from __future__ import` statement on line `line` that is not part of the
    /// opening run: the compiler rejects it.
    pub fn is_late(&self, line: u32) -> bool {
        line > self.last_line
    }
}

/// True for `from __future__ import ...` (relative imports of a module named `__future__`
/// included, as CPython compares the module name only).
pub fn is_future_import(stmt: &Stmt) -> bool {
    matches!(&stmt.kind, StmtKind::ImportFrom { module: Some(m), .. } if m == "__future__")
}

/// Runs the future pass over the module's top-level statements.
pub fn scan(module: &Module, source: &str, index: &LineIndex, filename: &str) -> FutureInfo {
    let mut info = FutureInfo::default();
    let body = &module.body;
    let skip = usize::from(body.first().is_some_and(is_docstring));
    let mut done = false;
    let mut prev_line = 0;
    for stmt in body.iter().skip(skip) {
        let line = index.position(source, stmt.span.start).line;
        if done && line > prev_line {
            break;
        }
        prev_line = line;
        let StmtKind::ImportFrom { names, .. } = &stmt.kind else {
            done = true;
            continue;
        };
        if !is_future_import(stmt) {
            done = true;
            continue;
        }
        if done {
            let msg = "from __future__ imports must occur at the beginning of the file";
            // Here CPython gives the 0-based column as the offset (no + 1).
            let mut err = future_error(msg.to_string(), stmt, source, index, filename);
            err.offset -= 1;
            info.errors.push(err);
            // Counted as part of the run so that the compiler pass does not report it again.
            info.last_line = line;
            continue;
        }
        for alias in names {
            let feature = alias.name.as_str();
            if feature == "annotations" {
                info.annotations = true;
            }
            if KNOWN_FEATURES.contains(&feature) {
                continue;
            }
            let msg = if feature == "braces" {
                "not a chance".to_string()
            } else {
                format!("future feature {feature} is not defined")
            };
            info.errors
                .push(future_error(msg, stmt, source, index, filename));
            // CPython stops checking this statement at its first bad name.
            break;
        }
        info.last_line = line;
    }
    info
}

/// CPython's `_PyAST_GetDocString` test: the first statement is a plain string constant.
fn is_docstring(stmt: &Stmt) -> bool {
    matches!(&stmt.kind, StmtKind::Expr { value }
        if matches!(value.kind, ExprKind::Constant { value: Constant::Str(_) }))
}

/// An error located the way `PyErr_SyntaxLocationObject` locates it: line and start column.
fn future_error(
    msg: String,
    stmt: &Stmt,
    source: &str,
    index: &LineIndex,
    filename: &str,
) -> SyntaxError {
    let mut err = SyntaxError::at_span(
        SyntaxErrorKind::SyntaxError,
        msg,
        filename,
        source,
        index,
        stmt.span,
        ColumnUnit::Bytes,
    );
    err.end_lineno = err.lineno;
    err.end_offset = 0;
    err
}
