//! The state of the compiler-pass checker, modelled on CPython's `struct compiler` and
//! `struct compiler_unit` (`Python/compile.c`), so that each rule can be written the way CPython
//! writes it.
//!
//! - A **unit** is one code object being compiled: the module, a class body, a function, a
//!   lambda or a comprehension. Units nest as code-generation nests: a function's body is
//!   compiled when its `def` is reached.
//! - Each unit has a **current location** (`u_lineno`/`u_col_offset`/...): every statement sets
//!   it, every expression sets it and restores the previous one when done, and a few places set
//!   it without restoring or clear it (CPython's `UNSET_LOC`). A compiler error is located at the
//!   current location, not at a node chosen by the rule; emulating the location this way gives
//!   CPython's positions in the odd cases too (an error after a pattern, after a comparison).
//! - Each unit has a stack of **frame blocks** (loops, `try`, `with`, handlers, ...). `break`,
//!   `continue` and `return` walk it (see `flow.rs`); it may hold at most 20 entries.
//!
//! Errors are collected in the order CPython's code generator meets them, without duplicates
//! (CPython compiles some code twice, e.g. a `finally` body once per exit path).

use std::collections::HashSet;

use super::future::FutureInfo;
use super::scopes::{Flags, ScopeFlags};
use crate::ast::Stmt;
use crate::error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
use crate::span::{LineIndex, Span};

/// CPython's `CO_MAXBLOCKS`: how many frame blocks may be open in one unit.
pub(super) const MAX_BLOCKS: usize = 20;

/// What kind of code object a unit compiles to (CPython's `COMPILER_SCOPE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum UnitKind {
    Module,
    Class,
    Function,
    AsyncFunction,
    Lambda,
    Comprehension,
}

impl UnitKind {
    /// CPython's `ste_type == FunctionBlock`: anything that compiles to a function body.
    pub(super) fn is_function_block(self) -> bool {
        !matches!(self, UnitKind::Module | UnitKind::Class)
    }
}

/// CPython's `enum fblocktype`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum BlockKind {
    WhileLoop,
    ForLoop,
    TryExcept,
    /// The body of a `try` that has a `finally`: leaving it runs the `finally` body.
    FinallyTry,
    /// The `finally` body on the exceptional path.
    FinallyEnd,
    With,
    AsyncWith,
    /// The body of one `except` clause.
    HandlerCleanup,
    /// The region of a `try`'s `except` clauses.
    ExceptionHandler,
    /// The region of a `try`'s `except*` clauses: no `break`, `continue` or `return` may leave it.
    ExceptionGroupHandler,
    AsyncComprehensionGenerator,
    /// A return value kept on the stack while `finally` bodies run.
    PopValue,
}

/// One open frame block.
#[derive(Clone, Copy, Debug)]
pub(super) struct Block<'a> {
    pub(super) kind: BlockKind,
    /// The `finally` body of a [`BlockKind::FinallyTry`] (empty otherwise): compiled again
    /// wherever a jump leaves the block.
    pub(super) finally_body: &'a [Stmt],
}

impl<'a> Block<'a> {
    pub(super) fn new(kind: BlockKind) -> Block<'a> {
        Block {
            kind,
            finally_body: &[],
        }
    }
}

/// One code object being compiled.
#[derive(Debug)]
pub(super) struct Unit<'a> {
    pub(super) kind: UnitKind,
    /// Generator / coroutine, as the symbol table decides (see `scopes.rs`).
    pub(super) flags: Flags,
    pub(super) blocks: Vec<Block<'a>>,
    /// CPython's current location; `None` after `UNSET_LOC`.
    pub(super) loc: Option<Span>,
    /// The statement being compiled, to locate an error CPython would place at an unset
    /// location (line -1, which our `SyntaxError` cannot hold).
    pub(super) stmt_span: Span,
}

impl<'a> Unit<'a> {
    pub(super) fn new(kind: UnitKind, flags: Flags, loc: Span) -> Unit<'a> {
        Unit {
            kind,
            flags,
            blocks: Vec::new(),
            loc: Some(loc),
            stmt_span: loc,
        }
    }
}

/// The checker: the unit being compiled, the enclosing ones, and the errors found.
pub(super) struct Checker<'a> {
    pub(super) source: &'a str,
    pub(super) index: &'a LineIndex,
    pub(super) filename: &'a str,
    pub(super) future: &'a FutureInfo,
    pub(super) flags: &'a ScopeFlags,
    /// The unit being compiled.
    pub(super) unit: Unit<'a>,
    /// Enclosing units, outermost first.
    outer: Vec<Unit<'a>>,
    errors: Vec<SyntaxError>,
    /// (message, span) of every error already reported.
    seen: HashSet<(String, Span)>,
    /// `finally` bodies already compiled for a jump out of them, by (body address, number of
    /// blocks open): compiling one again could only repeat its errors.
    pub(super) unwound: HashSet<(usize, usize)>,
    /// Nesting depth of the walk, against stack exhaustion on absurdly deep trees.
    depth: usize,
}

impl<'a> Checker<'a> {
    pub(super) fn new(
        source: &'a str,
        index: &'a LineIndex,
        filename: &'a str,
        future: &'a FutureInfo,
        flags: &'a ScopeFlags,
    ) -> Checker<'a> {
        Checker {
            source,
            index,
            filename,
            future,
            flags,
            unit: Unit::new(UnitKind::Module, Flags::default(), Span::default()),
            outer: Vec::new(),
            errors: Vec::new(),
            seen: HashSet::new(),
            unwound: HashSet::new(),
            depth: 0,
        }
    }

    /// The errors found, in CPython's order.
    pub(super) fn into_errors(self) -> Vec<SyntaxError> {
        self.errors
    }

    // ----- nesting guard -----

    /// Enters one level of the walk; false (and nothing entered) past [`super::MAX_DEPTH`].
    pub(super) fn descend(&mut self) -> bool {
        if self.depth >= super::MAX_DEPTH {
            return false;
        }
        self.depth += 1;
        true
    }

    pub(super) fn ascend(&mut self) {
        self.depth = self.depth.saturating_sub(1);
    }

    // ----- units -----

    /// Starts compiling a nested code object (CPython's `compiler_enter_scope`).
    pub(super) fn enter_unit(&mut self, kind: UnitKind, flags: Flags, loc: Span) {
        let outer = std::mem::replace(&mut self.unit, Unit::new(kind, flags, loc));
        self.outer.push(outer);
    }

    /// Returns to the enclosing code object (CPython's `compiler_exit_scope`).
    pub(super) fn leave_unit(&mut self) {
        if let Some(outer) = self.outer.pop() {
            self.unit = outer;
        }
    }

    // ----- the current location -----

    /// CPython's `SET_LOC`.
    pub(super) fn set_loc(&mut self, span: Span) {
        self.unit.loc = Some(span);
    }

    /// CPython's `UNSET_LOC`.
    pub(super) fn unset_loc(&mut self) {
        self.unit.loc = None;
    }

    // ----- errors -----

    /// A compiler error at the current location (CPython's `compiler_error`).
    pub(super) fn error(&mut self, msg: impl Into<String>) {
        let span = self.unit.loc.unwrap_or(self.unit.stmt_span);
        self.error_at(msg, span);
    }

    /// A compiler error covering `span`.
    pub(super) fn error_at(&mut self, msg: impl Into<String>, span: Span) {
        let msg = msg.into();
        if !self.seen.insert((msg.clone(), span)) {
            return;
        }
        self.errors.push(SyntaxError::at_span(
            SyntaxErrorKind::SyntaxError,
            msg,
            self.filename,
            self.source,
            self.index,
            span,
            ColumnUnit::Bytes,
        ));
    }

    // ----- frame blocks -----

    /// Opens a frame block (CPython's `compiler_push_fblock`). The block is opened even past
    /// the limit, so that the walk stays balanced; only the block that crosses the limit is
    /// reported, and only when the location is known: the blocks CPython opens at an unset
    /// location always sit at the depth of a block opened just before them, whose error
    /// (if any) CPython would have raised first.
    pub(super) fn push_block(&mut self, block: Block<'a>) {
        if self.unit.blocks.len() == MAX_BLOCKS && self.unit.loc.is_some() {
            self.error("too many statically nested blocks");
        }
        self.unit.blocks.push(block);
    }

    /// Closes the innermost frame block (CPython's `compiler_pop_fblock`).
    pub(super) fn pop_block(&mut self) {
        self.unit.blocks.pop();
    }
}
