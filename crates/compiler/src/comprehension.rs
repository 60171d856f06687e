//! Comprehensions and generator expressions. As in CPython 3.11, each is a nested function
//! that receives the outermost iterator as its parameter `.0`; list, set and dict
//! comprehensions build their result on the stack below the loop iterators, a generator
//! expression yields each element. A comprehension containing `await` or `async for` is a
//! coroutine (or an async generator, for a generator expression) that the caller awaits.

use pyasync_bytecode::{AwaitableWhere, Instruction};
use pyasync_syntax::ast::*;
use pyasync_syntax::symtable::ScopeKind;

use crate::compiler::{CResult, Compiler};
use crate::unit::FBlock;
use crate::CompileError;

impl<'a> Compiler<'a> {
    pub(crate) fn comprehension(
        &mut self,
        e: &'a Expr,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let id = self
            .table
            .scope_of_expr(e)
            .ok_or_else(|| CompileError::internal("comprehension without a scope"))?;
        let scope = self.table.scope(id);
        let kind = scope.kind;
        let Some(outermost) = generators.first() else {
            return Err(CompileError::internal("comprehension without generators"));
        };
        let name = kind.fixed_name().unwrap_or("<comprehension>");
        let line = self.index.line_of(e.span.start);
        self.enter_scope(id, name, line, None);
        self.set_loc(e.span);
        match kind {
            ScopeKind::ListComp => self.emit(Instruction::BuildList(0)),
            ScopeKind::SetComp => self.emit(Instruction::BuildSet(0)),
            ScopeKind::DictComp => self.emit(Instruction::BuildMap(0)),
            _ => {}
        }
        self.comprehension_generator(e, kind, generators, 0, 0, elt, value)?;
        self.set_loc(e.span);
        if kind == ScopeKind::GeneratorExp {
            self.load_none();
        }
        self.emit(Instruction::ReturnValue);
        let code = self.exit_scope()?;

        self.set_loc(e.span);
        self.make_closure(code, 0)?;
        self.iter_operand(&outermost.iter)?;
        self.set_loc(e.span);
        if outermost.is_async {
            self.emit(Instruction::GetAiter);
        } else {
            self.emit(Instruction::GetIter);
        }
        self.emit(Instruction::Call(1));
        if scope.is_coroutine && kind != ScopeKind::GeneratorExp {
            self.await_top(AwaitableWhere::Await);
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn comprehension_generator(
        &mut self,
        e: &'a Expr,
        kind: ScopeKind,
        generators: &'a [Comprehension],
        index: usize,
        depth: u32,
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) -> CResult<()> {
        let gen = &generators[index];
        if index == 0 {
            // The outermost iterator is the parameter `.0`.
            self.emit(Instruction::LoadFast(0));
        } else {
            self.iter_operand(&gen.iter)?;
            self.set_loc(gen.iter.span);
            self.emit(if gen.is_async {
                Instruction::GetAiter
            } else {
                Instruction::GetIter
            });
        }
        let start = self.new_label();
        let if_cleanup = self.new_label();
        let anchor = self.new_label();
        self.bind(start);
        if gen.is_async {
            self.u().fblocks.push(FBlock::AsyncComprehensionGenerator);
            self.b().push_handler(anchor, false);
            self.emit(Instruction::GetAnext);
            self.load_none();
            self.yield_from_loop();
            self.b().pop_handler();
        } else {
            self.jump(Instruction::ForIter, anchor);
        }
        let depth = depth + 1;
        self.store_target(&gen.target)?;
        for cond in &gen.ifs {
            self.jump_if(cond, false, if_cleanup)?;
        }
        if index + 1 < generators.len() {
            self.comprehension_generator(e, kind, generators, index + 1, depth, elt, value)?;
        } else {
            match kind {
                ScopeKind::GeneratorExp => {
                    self.expr(elt)?;
                    self.set_loc(elt.span);
                    if self.scope().is_coroutine {
                        self.emit(Instruction::AsyncGenWrap);
                    }
                    self.emit(Instruction::YieldValue(false));
                    self.emit(Instruction::PopTop);
                }
                ScopeKind::ListComp => {
                    self.expr(elt)?;
                    self.emit(Instruction::ListAppend(depth + 1));
                }
                ScopeKind::SetComp => {
                    self.expr(elt)?;
                    self.emit(Instruction::SetAdd(depth + 1));
                }
                ScopeKind::DictComp => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Instruction::MapAdd(depth + 1));
                }
                _ => return Err(CompileError::internal("not a comprehension")),
            }
        }
        self.bind(if_cleanup);
        self.jump(Instruction::Jump, start);
        self.bind(anchor);
        if gen.is_async {
            self.u().fblocks.pop();
            self.set_loc(e.span);
            self.emit(Instruction::EndAsyncFor);
        }
        Ok(())
    }
}
