//! `break`, `continue` and `return`: the jumps that leave frame blocks (cf. `compiler_break`,
//! `compiler_continue`, `compiler_return` and `compiler_unwind_fblock_stack`).
//!
//! The model: a jump walks the unit's frame blocks from the innermost outwards, "unwinding"
//! each one, until it reaches a loop (`break`, `continue`) or the bottom (`return`). Unwinding
//! matters to the checker in three ways, all observable in CPython's errors:
//! - an `except*` handler region stops the walk with `'break', 'continue' and 'return' cannot
//!   appear in an except* block` (so a `break` whose loop is inside the handler is fine);
//! - a `try ... finally` is unwound by compiling its `finally` body right there, so errors in
//!   that body are met before the errors after the jump;
//! - unwinding a `finally` or a `with` clears the current location, so an `except*` error found
//!   after it has no position in CPython (line -1; we use the jump statement's instead).
//!
//! `break` and `continue` restore the location before reporting "outside loop", so those
//! errors always point at the statement.

use super::constants::folds_to_constant;
use super::context::{Block, BlockKind, Checker};
use crate::ast::{Expr, Stmt};
use crate::span::Span;

/// How an unwinding walk ended.
enum Unwound {
    /// Reached the innermost loop (for `break`/`continue`).
    Loop,
    /// Reached the bottom of the block stack.
    Bottom,
    /// Stopped by an `except*` handler region (error reported).
    Refused,
}

const EXCEPT_STAR_JUMP: &str = "'break', 'continue' and 'return' cannot appear in an except* block";

impl<'a> Checker<'a> {
    /// `break`.
    pub(super) fn break_stmt(&mut self, s: &'a Stmt) {
        let saved = self.unit.loc;
        if let Unwound::Bottom = self.unwind(false, true, s.span) {
            self.unit.loc = saved;
            self.error("'break' outside loop");
        }
    }

    /// `continue`.
    pub(super) fn continue_stmt(&mut self, s: &'a Stmt) {
        let saved = self.unit.loc;
        if let Unwound::Bottom = self.unwind(false, true, s.span) {
            self.unit.loc = saved;
            self.error("'continue' not properly in loop");
        }
    }

    /// `return [value]`.
    pub(super) fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) {
        if !self.check_return(value.is_some()) {
            // CPython stops here; the value is still examined for the errors it holds.
            if let Some(v) = value {
                self.expr(v);
            }
            return;
        }
        // A constant return value is loaded after unwinding; anything else is computed first
        // and kept on the stack meanwhile.
        let preserve_value = value.is_some_and(|v| !folds_to_constant(v));
        match value {
            Some(v) if preserve_value => self.expr(v),
            Some(v) => self.set_loc(v.span),
            None => {}
        }
        let same_line = value.is_some_and(|v| self.line(v.span.start) == self.line(s.span.start));
        if !same_line {
            self.set_loc(s.span);
        }
        self.unwind(preserve_value, false, s.span);
    }

    /// Walks the block stack outwards from the innermost block (CPython's
    /// `compiler_unwind_fblock_stack`), stopping at a loop when `to_loop`. The stack is left
    /// as it was found.
    fn unwind(&mut self, preserve_value: bool, to_loop: bool, jump: Span) -> Unwound {
        let Some(top) = self.unit.blocks.last().copied() else {
            return Unwound::Bottom;
        };
        if top.kind == BlockKind::ExceptionGroupHandler {
            let span = self.unit.loc.unwrap_or(jump);
            self.error_at(EXCEPT_STAR_JUMP, span);
            return Unwound::Refused;
        }
        if to_loop && matches!(top.kind, BlockKind::WhileLoop | BlockKind::ForLoop) {
            return Unwound::Loop;
        }
        self.unit.blocks.pop();
        self.unwind_block(&top, preserve_value);
        let end = if self.descend() {
            let end = self.unwind(preserve_value, to_loop, jump);
            self.ascend();
            end
        } else {
            Unwound::Bottom
        };
        self.unit.blocks.push(top);
        end
    }

    /// Leaves one block on the way out (CPython's `compiler_unwind_fblock`): only `finally`
    /// and `with` do anything the checker can see.
    fn unwind_block(&mut self, block: &Block<'a>, preserve_value: bool) {
        match block.kind {
            BlockKind::FinallyTry => {
                if preserve_value {
                    self.push_block(Block::new(BlockKind::PopValue));
                }
                self.finally_body(block.finally_body);
                if preserve_value {
                    self.pop_block();
                }
                self.unset_loc();
            }
            BlockKind::With | BlockKind::AsyncWith => self.unset_loc(),
            _ => {}
        }
    }

    /// Compiles a `finally` body at the current block depth, unless it was already compiled at
    /// this depth: errors are the same each time, and skipping keeps nested `finally` bodies
    /// from being walked an exponential number of times.
    pub(super) fn finally_body(&mut self, body: &'a [Stmt]) {
        let key = (body.as_ptr() as usize, self.unit.blocks.len());
        if self.unwound.insert(key) {
            self.stmts(body);
        }
    }

    /// The 1-based line holding byte `offset`.
    pub(super) fn line(&self, offset: u32) -> u32 {
        self.index.line_of(offset)
    }
}
