//! Statements with handlers: `try`/`except`/`else`/`finally`, `except*`, `with`,
//! `async with`, `async for`, and the unwinding that `break`, `continue` and `return` do through
//! enclosing blocks. The instruction sequences are CPython 3.11's (`compiler_try_except`,
//! `compiler_try_finally`, `compiler_with`, `compiler_unwind_fblock`), so tracebacks and
//! `sys.exc_info()` behave the same.

use pyasync_bytecode::{AwaitableWhere, Instruction};
use pyasync_syntax::ast::*;
use pyasync_syntax::Span;

use crate::builder::Label;
use crate::compiler::{CResult, Compiler};
use crate::unit::FBlock;

impl<'a> Compiler<'a> {
    /// The `yield from` / `await` delegation loop: `[receiver, value] -> [result]`.
    pub(crate) fn yield_from_loop(&mut self) {
        let start = self.new_label();
        let exit = self.new_label();
        self.bind(start);
        self.jump(Instruction::Send, exit);
        self.emit(Instruction::YieldValue(true));
        self.jump(Instruction::Jump, start);
        self.bind(exit);
    }

    /// `await` on the value on top of the stack.
    pub(crate) fn await_top(&mut self, place: AwaitableWhere) {
        self.emit(Instruction::GetAwaitable(place));
        self.load_none();
        self.yield_from_loop();
    }

    /// `[.., exc_info_prev, lasti, exc] -> raise`: restores the handled exception and
    /// re-raises (CPython's POP_EXCEPT_AND_RERAISE).
    fn pop_except_and_reraise(&mut self) {
        self.emit(Instruction::Copy(3));
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::Reraise(1));
    }

    pub(crate) fn try_stmt(&mut self, s: &'a Stmt, t: &'a Try) -> CResult<()> {
        if !t.finalbody.is_empty() {
            self.try_finally(s, t)
        } else if t.is_star {
            self.try_star_except(s, t)
        } else {
            self.try_except(s, t)
        }
    }

    fn try_finally(&mut self, s: &'a Stmt, t: &'a Try) -> CResult<()> {
        let end = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();
        self.b().push_handler(end, false);
        self.u()
            .fblocks
            .push(FBlock::FinallyTry { body: &t.finalbody });
        if !t.handlers.is_empty() {
            if t.is_star {
                self.try_star_except(s, t)?;
            } else {
                self.try_except(s, t)?;
            }
        } else {
            self.stmts(&t.body)?;
        }
        self.b().pop_handler();
        self.u().fblocks.pop();
        self.stmts(&t.finalbody)?;
        self.jump(Instruction::Jump, exit);

        // The exceptional path: run the finally body with the exception saved, then re-raise.
        self.bind(end);
        self.b().push_handler(cleanup, true);
        self.emit(Instruction::PushExcInfo);
        self.u().fblocks.push(FBlock::FinallyEnd);
        self.stmts(&t.finalbody)?;
        self.u().fblocks.pop();
        self.emit(Instruction::Reraise(0));
        self.b().pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(exit);
        Ok(())
    }

    fn try_except(&mut self, _s: &'a Stmt, t: &'a Try) -> CResult<()> {
        let except = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        self.b().push_handler(except, false);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.b().pop_handler();
        self.stmts(&t.orelse)?;
        self.jump(Instruction::Jump, end);

        self.bind(except);
        self.b().push_handler(cleanup, true);
        self.emit(Instruction::PushExcInfo);
        self.u().fblocks.push(FBlock::ExceptionHandler);
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(handler.span);
            if handler.type_.is_none() && i + 1 < t.handlers.len() {
                return Err(self.error("default 'except:' must be last", handler.span));
            }
            let next = self.new_label();
            if let Some(ty) = &handler.type_ {
                self.expr(ty)?;
                self.set_loc(handler.span);
                self.emit(Instruction::CheckExcMatch);
                self.jump(Instruction::PopJumpIfFalse, next);
            }
            match &handler.name {
                Some(name) => {
                    let cleanup_end = self.new_label();
                    self.name_op(name, ExprContext::Store);
                    self.b().push_handler(cleanup_end, true);
                    self.u().fblocks.push(FBlock::HandlerCleanup {
                        name: Some(name.as_str()),
                    });
                    self.stmts(&handler.body)?;
                    self.u().fblocks.pop();
                    self.b().pop_handler();
                    // Leaving normally: drop the handled exception and clear the name.
                    let snapshot = self.b().handler_snapshot();
                    self.b().pop_handler();
                    self.emit(Instruction::PopExcept);
                    self.clear_name(name);
                    self.jump(Instruction::Jump, end);
                    self.b().restore_handlers(snapshot);
                    // Leaving by an exception: clear the name, re-raise.
                    self.bind(cleanup_end);
                    self.clear_name(name);
                    self.emit(Instruction::Reraise(1));
                }
                None => {
                    self.emit(Instruction::PopTop);
                    self.u().fblocks.push(FBlock::HandlerCleanup { name: None });
                    self.stmts(&handler.body)?;
                    self.u().fblocks.pop();
                    let snapshot = self.b().handler_snapshot();
                    self.b().pop_handler();
                    self.emit(Instruction::PopExcept);
                    self.jump(Instruction::Jump, end);
                    self.b().restore_handlers(snapshot);
                }
            }
            self.bind(next);
        }
        self.u().fblocks.pop();
        self.emit(Instruction::Reraise(0));
        self.b().pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(end);
        Ok(())
    }

    /// `name = None; del name` after an `except ... as name` clause.
    fn clear_name(&mut self, name: &str) {
        self.load_none();
        self.name_op(name, ExprContext::Store);
        self.name_op(name, ExprContext::Del);
    }

    /// `try` with `except*` clauses (CPython's `compiler_try_star_except`). The handlers work
    /// on `[prev_handled, orig, raised_list, rest]`: each one splits `rest`, records what its
    /// body raises in the list, and `PrepReraiseStar` decides what escapes at the end.
    fn try_star_except(&mut self, _s: &'a Stmt, t: &'a Try) -> CResult<()> {
        let except = self.new_label();
        let orelse = self.new_label();
        let end = self.new_label();
        let cleanup = self.new_label();
        let reraise_star = self.new_label();

        self.b().push_handler(except, false);
        self.u().fblocks.push(FBlock::TryExcept);
        self.stmts(&t.body)?;
        self.u().fblocks.pop();
        self.b().pop_handler();
        self.jump(Instruction::Jump, orelse);

        self.bind(except);
        self.b().push_handler(cleanup, true);
        self.emit(Instruction::PushExcInfo);
        self.u().fblocks.push(FBlock::ExceptionGroupHandler);
        let n = t.handlers.len();
        for (i, handler) in t.handlers.iter().enumerate() {
            self.set_loc(handler.span);
            let handled = self.new_label();
            let except_with_error = self.new_label();
            let no_match = self.new_label();
            if i == 0 {
                // [exc] -> [orig, [], exc]
                self.emit(Instruction::Copy(1));
                self.emit(Instruction::BuildList(0));
                self.emit(Instruction::Swap(2));
            }
            if let Some(ty) = &handler.type_ {
                self.expr(ty)?;
                self.set_loc(handler.span);
                self.emit(Instruction::CheckEgMatch);
                self.emit(Instruction::Copy(1));
                self.jump(Instruction::PopJumpIfNone, no_match);
            }
            let cleanup_end = self.new_label();
            match &handler.name {
                Some(name) => self.name_op(name, ExprContext::Store),
                None => self.emit(Instruction::PopTop),
            }
            self.b().push_handler(cleanup_end, true);
            self.u().fblocks.push(FBlock::HandlerCleanup {
                name: handler.name.as_deref(),
            });
            self.stmts(&handler.body)?;
            self.u().fblocks.pop();
            self.b().pop_handler();
            if let Some(name) = &handler.name {
                self.clear_name(name);
            }
            self.jump(Instruction::Jump, handled);

            // The body raised: record the exception in the list.
            self.bind(cleanup_end);
            if let Some(name) = &handler.name {
                self.clear_name(name);
            }
            self.emit(Instruction::ListAppend(3));
            self.emit(Instruction::PopTop); // lasti
            self.jump(Instruction::Jump, except_with_error);

            self.bind(handled);
            self.emit(Instruction::Nop);
            self.jump(Instruction::Jump, except_with_error);

            self.bind(no_match);
            self.emit(Instruction::PopTop); // the None match

            self.bind(except_with_error);
            if i + 1 == n {
                // What no handler matched joins the list.
                self.emit(Instruction::ListAppend(1));
                self.jump(Instruction::Jump, reraise_star);
            }
        }
        self.u().fblocks.pop();
        let reraise = self.new_label();
        self.bind(reraise_star);
        self.emit(Instruction::PrepReraiseStar);
        self.emit(Instruction::Copy(1));
        self.jump(Instruction::PopJumpIfNotNone, reraise);
        // Nothing to re-raise.
        self.emit(Instruction::PopTop);
        let snapshot = self.b().handler_snapshot();
        self.b().pop_handler();
        self.emit(Instruction::PopExcept);
        self.jump(Instruction::Jump, end);
        self.b().restore_handlers(snapshot);
        self.bind(reraise);
        self.b().pop_handler();
        self.emit(Instruction::Swap(2));
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::Reraise(0));
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.bind(orelse);
        self.stmts(&t.orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `with a as x, b as y: body` compiles as nested single-item `with`s.
    pub(crate) fn with_stmt(
        &mut self,
        s: &'a Stmt,
        is_async: bool,
        items: &'a [WithItem],
        pos: usize,
        body: &'a [Stmt],
    ) -> CResult<()> {
        let Some(item) = items.get(pos) else {
            return self.stmts(body);
        };
        let final_label = self.new_label();
        let exit = self.new_label();
        let cleanup = self.new_label();

        self.expr(&item.context_expr)?;
        // BEFORE_WITH carries the statement's location (compile.c restores it after the
        // context expression), so a failing `__enter__` shows no carets under the expression.
        self.set_loc(s.span);
        if is_async {
            self.emit(Instruction::BeforeAsyncWith);
            self.await_top(AwaitableWhere::AfterAenter);
        } else {
            self.emit(Instruction::BeforeWith);
        }
        // Exceptions unwind to just below `__enter__`'s result, keeping `__exit__`.
        self.b().push_handler_at_offset(final_label, true, -1);
        self.u().fblocks.push(FBlock::With { is_async });
        match &item.optional_vars {
            Some(target) => self.store_target(target)?,
            None => self.emit(Instruction::PopTop),
        }
        if pos + 1 == items.len() {
            self.stmts(body)?;
        } else {
            self.with_stmt(s, is_async, items, pos + 1, body)?;
        }
        self.b().pop_handler();
        self.u().fblocks.pop();

        // Normal exit: __exit__(None, None, None).
        self.set_loc(s.span);
        self.call_exit_with_nones(is_async);
        self.emit(Instruction::PopTop);
        self.jump(Instruction::Jump, exit);

        // Exceptional exit.
        self.bind(final_label);
        self.b().push_handler(cleanup, true);
        self.emit(Instruction::PushExcInfo);
        self.emit(Instruction::WithExceptStart);
        if is_async {
            self.await_top(AwaitableWhere::AfterAexit);
        }
        let suppress = self.new_label();
        self.jump(Instruction::PopJumpIfTrue, suppress);
        self.emit(Instruction::Reraise(2));
        // The cleanup block is reached only as the handler, so it lies outside its own range
        // (CPython assigns handlers along the control flow); the suppressing path jumped here
        // with the handler still active, until its `POP_TOP`.
        let snapshot = self.b().handler_snapshot();
        self.b().pop_handler();
        self.bind(cleanup);
        self.pop_except_and_reraise();
        self.b().restore_handlers(snapshot);
        self.bind(suppress);
        self.emit(Instruction::PopTop); // the exception
        self.b().pop_handler();
        self.emit(Instruction::PopExcept);
        self.emit(Instruction::PopTop); // lasti
        self.emit(Instruction::PopTop); // __exit__'s self
        self.emit(Instruction::PopTop); // __exit__
        self.bind(exit);
        Ok(())
    }

    /// `[exit, exit_self] -> [exit(None, None, None)]`, awaited for `async with`.
    fn call_exit_with_nones(&mut self, is_async: bool) {
        self.load_none();
        self.load_none();
        self.load_none();
        self.emit(Instruction::CallMethod(3));
        if is_async {
            self.await_top(AwaitableWhere::AfterAexit);
        }
    }

    pub(crate) fn async_for_loop(
        &mut self,
        s: &'a Stmt,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let top = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        // CPython's AST optimizer folds the iterable of `for` and of comprehensions, not
        // of `async for` (`'async for' requires ..., got list`).
        self.expr(iter)?;
        // As in CPython, `GET_AITER` and the awaited `__anext__` carry the statement's
        // location (so a traceback shows no carets under the line).
        self.set_loc(s.span);
        self.emit(Instruction::GetAiter);
        self.bind(top);
        self.u()
            .fblocks
            .push(FBlock::AsyncForLoop { top, exit: end });
        // The awaited __anext__ raising StopAsyncIteration ends the loop.
        self.b().push_handler(except, false);
        self.set_loc(s.span);
        self.emit(Instruction::GetAnext);
        self.load_none();
        self.yield_from_loop();
        self.b().pop_handler();
        self.store_target(target)?;
        self.stmts(body)?;
        self.jump(Instruction::Jump, top);
        self.u().fblocks.pop();
        self.bind(except);
        self.set_loc(iter.span);
        self.emit(Instruction::EndAsyncFor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    // ---- unwinding ---------------------------------------------------------------------------

    /// Emits what leaving `block` requires (CPython's `compiler_unwind_fblock`). With
    /// `preserve_tos`, a value on top of the stack (a return value) survives.
    fn unwind_fblock(&mut self, block: &FBlock<'a>, preserve_tos: bool) -> CResult<()> {
        match block {
            FBlock::WhileLoop { .. }
            | FBlock::ExceptionHandler
            | FBlock::ExceptionGroupHandler
            | FBlock::AsyncComprehensionGenerator => {}
            FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. } | FBlock::PopValue => {
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.emit(Instruction::PopTop);
            }
            FBlock::TryExcept => self.b().pop_handler(),
            FBlock::FinallyTry { body } => {
                self.b().pop_handler();
                if preserve_tos {
                    self.u().fblocks.push(FBlock::PopValue);
                }
                self.stmts(body)?;
                if preserve_tos {
                    self.u().fblocks.pop();
                }
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.emit(Instruction::PopTop); // the exception
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.b().pop_handler();
                self.emit(Instruction::PopExcept);
            }
            FBlock::With { is_async } => {
                self.b().pop_handler();
                if preserve_tos {
                    // [exit, exit_self, value] -> [value, exit, exit_self]
                    self.emit(Instruction::Swap(3));
                    self.emit(Instruction::Swap(2));
                }
                self.call_exit_with_nones(*is_async);
                self.emit(Instruction::PopTop);
            }
            FBlock::HandlerCleanup { name } => {
                if name.is_some() {
                    self.b().pop_handler();
                }
                if preserve_tos {
                    self.emit(Instruction::Swap(2));
                }
                self.b().pop_handler();
                self.emit(Instruction::PopExcept);
                if let Some(name) = name {
                    self.clear_name(name);
                }
            }
        }
        Ok(())
    }

    /// Unwinds every enclosing block, or (with `stop_at_loop`) up to the innermost loop, which
    /// is returned. Blocks and handlers are restored afterwards: the caller emits a jump or a
    /// return next, and the code after it is still inside them.
    fn unwind_fblock_stack(
        &mut self,
        preserve_tos: bool,
        stop_at_loop: bool,
        span: Span,
    ) -> CResult<Option<FBlock<'a>>> {
        let saved_blocks = self.u().fblocks.clone();
        let mut found = None;
        while let Some(top) = self.u().fblocks.last().cloned() {
            if matches!(top, FBlock::ExceptionGroupHandler) {
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    span,
                ));
            }
            if stop_at_loop
                && matches!(
                    top,
                    FBlock::WhileLoop { .. } | FBlock::ForLoop { .. } | FBlock::AsyncForLoop { .. }
                )
            {
                found = Some(top);
                break;
            }
            self.u().fblocks.pop();
            self.unwind_fblock(&top, preserve_tos)?;
        }
        self.u().fblocks = saved_blocks;
        Ok(found)
    }

    pub(crate) fn return_stmt(&mut self, s: &'a Stmt, value: Option<&'a Expr>) -> CResult<()> {
        let preserve_tos = value.is_some_and(|v| !matches!(v.kind, ExprKind::Constant { .. }));
        if preserve_tos {
            if let Some(v) = value {
                self.expr(v)?;
            }
        }
        let snapshot = self.b().handler_snapshot();
        self.set_loc(s.span);
        self.unwind_fblock_stack(preserve_tos, false, s.span)?;
        self.set_loc(s.span);
        match value {
            None => self.load_none(),
            Some(v) if !preserve_tos => self.expr(v)?,
            Some(_) => {}
        }
        self.set_loc(s.span);
        self.emit(Instruction::ReturnValue);
        self.b().restore_handlers(snapshot);
        Ok(())
    }

    pub(crate) fn break_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let snapshot = self.b().handler_snapshot();
        let Some(lp) = self.unwind_fblock_stack(false, true, s.span)? else {
            return Err(self.error("'break' outside loop", s.span));
        };
        // The blocks inside the loop are unwound; now the loop itself.
        self.set_loc(s.span);
        self.unwind_fblock(&lp, false)?;
        let exit = match lp {
            FBlock::WhileLoop { exit, .. }
            | FBlock::ForLoop { exit, .. }
            | FBlock::AsyncForLoop { exit, .. } => exit,
            _ => return Err(self.error("'break' outside loop", s.span)),
        };
        self.jump(Instruction::Jump, exit);
        self.b().restore_handlers(snapshot);
        Ok(())
    }

    pub(crate) fn continue_stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        let snapshot = self.b().handler_snapshot();
        let Some(lp) = self.unwind_fblock_stack(false, true, s.span)? else {
            return Err(self.error("'continue' not properly in loop", s.span));
        };
        let top: Label = match lp {
            FBlock::WhileLoop { top, .. }
            | FBlock::ForLoop { top, .. }
            | FBlock::AsyncForLoop { top, .. } => top,
            _ => return Err(self.error("'continue' not properly in loop", s.span)),
        };
        self.set_loc(s.span);
        self.jump(Instruction::Jump, top);
        self.b().restore_handlers(snapshot);
        Ok(())
    }
}
