//! Statements: assignments, control flow, imports, and the rest of CPython's
//! `compiler_visit_stmt`. `try`, `with` and the unwinding done by `break`/`continue`/`return`
//! live in `blocks.rs`.

use pyasync_bytecode::{BinaryOperator, Constant, Instruction};
use pyasync_syntax::ast::*;
use pyasync_syntax::symtable::ScopeKind;

use crate::compiler::{CResult, Compiler};
use crate::unit::FBlock;

impl<'a> Compiler<'a> {
    pub(crate) fn stmts(&mut self, stmts: &'a [Stmt]) -> CResult<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult<()> {
        self.set_loc(s.span);
        match &s.kind {
            StmtKind::FunctionDef(def) => self.function_def(s, def),
            StmtKind::ClassDef(def) => self.class_def(s, def),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => {
                for t in targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            StmtKind::Assign { targets, value } => {
                self.expr(value)?;
                for (i, t) in targets.iter().enumerate() {
                    if i + 1 < targets.len() {
                        self.emit(Instruction::Copy(1));
                    }
                    self.store_target(t)?;
                }
                Ok(())
            }
            StmtKind::AugAssign { target, op, value } => self.aug_assign(target, *op, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                is_async: false,
                target,
                iter,
                body,
                orelse,
            } => self.for_loop(target, iter, body, orelse),
            StmtKind::For {
                is_async: true,
                target,
                iter,
                body,
                orelse,
            } => self.async_for_loop(s, target, iter, body, orelse),
            StmtKind::While { test, body, orelse } => self.while_loop(test, body, orelse),
            StmtKind::If { test, body, orelse } => {
                let end = self.new_label();
                let else_label = if orelse.is_empty() {
                    end
                } else {
                    self.new_label()
                };
                self.jump_if(test, false, else_label)?;
                self.stmts(body)?;
                if !orelse.is_empty() {
                    self.jump(Instruction::Jump, end);
                    self.bind(else_label);
                    self.stmts(orelse)?;
                }
                self.bind(end);
                Ok(())
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => self.with_stmt(s, *is_async, items, 0, body),
            StmtKind::Match { subject, cases } => self.match_stmt(s, subject, cases),
            StmtKind::Raise { exc, cause } => {
                let mut n = 0;
                if let Some(e) = exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(s.span);
                self.emit(Instruction::RaiseVarargs(n));
                Ok(())
            }
            StmtKind::Try(t) => self.try_stmt(s, t),
            StmtKind::Assert { test, msg } => {
                let end = self.new_label();
                // No location reset: after a comparison the raise points at it (compile.c).
                self.jump_if(test, true, end)?;
                self.emit(Instruction::LoadAssertionError);
                if let Some(m) = msg {
                    self.expr(m)?;
                    self.emit(Instruction::Call(1));
                }
                self.emit(Instruction::RaiseVarargs(1));
                self.bind(end);
                Ok(())
            }
            StmtKind::Import { names } => {
                for alias in names {
                    self.import_alias(alias);
                }
                Ok(())
            }
            StmtKind::ImportFrom {
                module,
                names,
                level,
            } => self.import_from(module.as_deref(), names, *level),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => {
                self.emit(Instruction::Nop);
                Ok(())
            }
            StmtKind::Expr { value } => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(value)?;
                    self.emit(Instruction::PrintExpr);
                    return Ok(());
                }
                // A bare constant (a docstring-like string, `...`) produces no code.
                if matches!(value.kind, ExprKind::Constant { .. }) {
                    self.emit(Instruction::Nop);
                    return Ok(());
                }
                self.expr(value)?;
                self.emit(Instruction::PopTop);
                Ok(())
            }
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
        }
    }

    /// Stores the value on top of the stack into an assignment target.
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.set_loc(t.span);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Store),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.mangle(attr);
                let i = self.b().add_name(&name);
                self.set_loc(t.span);
                self.emit(Instruction::StoreAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.span);
                self.emit(Instruction::StoreSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                self.unpack_into(t, elts)?;
            }
            ExprKind::Starred { .. } => {
                return Err(self.error(
                    "starred assignment target must be in a list or tuple",
                    t.span,
                ))
            }
            _ => return Err(self.error("cannot assign to expression", t.span)),
        }
        Ok(())
    }

    /// `a, *b, c = value`: unpacks the value on top of the stack into the targets.
    fn unpack_into(&mut self, whole: &'a Expr, elts: &'a [Expr]) -> CResult<()> {
        let star = elts
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
        match star {
            Some(i) => {
                if elts[i + 1..]
                    .iter()
                    .any(|e| matches!(e.kind, ExprKind::Starred { .. }))
                {
                    return Err(
                        self.error("multiple starred expressions in assignment", whole.span)
                    );
                }
                let after = elts.len() - i - 1;
                if i >= 256 || after >= (1 << 24) {
                    return Err(self.error(
                        "too many expressions in star-unpacking assignment",
                        whole.span,
                    ));
                }
                self.set_loc(whole.span);
                self.emit(Instruction::UnpackEx {
                    before: i as u16,
                    after: after as u16,
                });
            }
            None => {
                self.set_loc(whole.span);
                self.emit(Instruction::UnpackSequence(elts.len() as u32));
            }
        }
        for e in elts {
            match &e.kind {
                ExprKind::Starred { value, .. } => self.store_target(value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult<()> {
        self.set_loc(t.span);
        match &t.kind {
            ExprKind::Name { id, .. } => self.name_op(id, ExprContext::Del),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value)?;
                let name = self.mangle(attr);
                let i = self.b().add_name(&name);
                self.set_loc(t.span);
                self.emit(Instruction::DeleteAttr(i));
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(t.span);
                self.emit(Instruction::DeleteSubscr);
            }
            ExprKind::Tuple { elts, .. } | ExprKind::List { elts, .. } => {
                for e in elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.error("cannot delete expression", t.span)),
        }
        Ok(())
    }

    fn aug_assign(&mut self, target: &'a Expr, op: Operator, value: &'a Expr) -> CResult<()> {
        let op = inplace_operator(op);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                self.name_op(id, ExprContext::Load);
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Instruction::BinaryOp(op));
                self.name_op(id, ExprContext::Store);
            }
            ExprKind::Attribute {
                value: obj, attr, ..
            } => {
                self.expr(obj)?;
                self.emit(Instruction::Copy(1));
                let name = self.mangle(attr);
                let i = self.b().add_name(&name);
                self.set_loc(target.span);
                self.emit(Instruction::LoadAttr(i));
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Instruction::BinaryOp(op));
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::StoreAttr(i));
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                self.expr(obj)?;
                self.expr(slice)?;
                self.emit(Instruction::Copy(2));
                self.emit(Instruction::Copy(2));
                self.set_loc(target.span);
                self.emit(Instruction::BinarySubscr);
                self.expr(value)?;
                self.set_loc(target.span);
                self.emit(Instruction::BinaryOp(op));
                self.emit(Instruction::Swap(3));
                self.emit(Instruction::Swap(2));
                self.emit(Instruction::StoreSubscr);
            }
            _ => {
                return Err(self.error(
                    "'expression' is an illegal expression for augmented assignment",
                    target.span,
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) -> CResult<()> {
        if let Some(v) = value {
            self.expr(v)?;
            self.store_target(target)?;
        }
        let module_or_class = matches!(self.unit().kind, ScopeKind::Module | ScopeKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } if simple => {
                if module_or_class {
                    // __annotations__[name] = annotation
                    self.annotation(annotation)?;
                    self.name_op("__annotations__", ExprContext::Load);
                    let name = self.mangle(id);
                    self.load_const(Constant::Str(name));
                    self.emit(Instruction::StoreSubscr);
                }
            }
            ExprKind::Attribute { value: obj, .. } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Instruction::PopTop);
                }
                self.check_annotation(annotation, module_or_class)?;
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } => {
                if value.is_none() {
                    self.expr(obj)?;
                    self.emit(Instruction::PopTop);
                    self.expr(slice)?;
                    self.emit(Instruction::PopTop);
                }
                self.check_annotation(annotation, module_or_class)?;
            }
            _ => self.check_annotation(annotation, module_or_class)?,
        }
        Ok(())
    }

    /// A complex target's annotation is evaluated (and dropped) at module and class level.
    fn check_annotation(&mut self, annotation: &'a Expr, module_or_class: bool) -> CResult<()> {
        if module_or_class && !self.future_annotations {
            self.expr(annotation)?;
            self.emit(Instruction::PopTop);
        }
        Ok(())
    }

    fn for_loop(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult<()> {
        let top = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        // GET_ITER and FOR_ITER carry the statement's location, as in compile.c.
        self.iter_operand(iter)?;
        self.emit(Instruction::GetIter);
        self.bind(top);
        self.u().fblocks.push(FBlock::ForLoop { top, exit: end });
        self.jump(Instruction::ForIter, cleanup);
        self.store_target(target)?;
        self.stmts(body)?;
        self.jump(Instruction::Jump, top);
        self.u().fblocks.pop();
        self.bind(cleanup);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    fn while_loop(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult<()> {
        let top = self.new_label();
        let anchor = self.new_label();
        let end = self.new_label();
        self.bind(top);
        self.u().fblocks.push(FBlock::WhileLoop { top, exit: end });
        // `while True:` / `while 1:` tests nothing, as CPython's `compiler_while` for a
        // constant true test (one `LoadConst` and `PopJumpIfFalse` fewer a turn).
        let always_true = matches!(
            &test.kind,
            ExprKind::Constant {
                value: pyasync_syntax::ast::Constant::Bool(true)
            }
        ) || matches!(&test.kind, ExprKind::Constant { value: pyasync_syntax::ast::Constant::Int(i) } if *i != 0);
        if !always_true {
            self.jump_if(test, false, anchor)?;
        }
        self.stmts(body)?;
        self.jump(Instruction::Jump, top);
        self.u().fblocks.pop();
        self.bind(anchor);
        self.stmts(orelse)?;
        self.bind(end);
        Ok(())
    }

    /// `import a.b.c` binds `a`; `import a.b.c as d` binds the submodule.
    fn import_alias(&mut self, alias: &'a Alias) {
        // The whole statement is the location, as in CPython (no carets in tracebacks).
        self.load_const(Constant::Int(0));
        self.load_none();
        let i = self.b().add_name(&alias.name);
        self.emit(Instruction::ImportName(i));
        match &alias.asname {
            Some(asname) => {
                // `import a.b.c as d`: the import returns `a`; walk down to `c`.
                for part in alias.name.split('.').skip(1) {
                    let i = self.b().add_name(part);
                    self.emit(Instruction::ImportFrom(i));
                    self.emit(Instruction::Swap(2));
                    self.emit(Instruction::PopTop);
                }
                self.name_op(asname, ExprContext::Store);
            }
            None => {
                let top = alias.name.split('.').next().unwrap_or(&alias.name);
                self.name_op(top, ExprContext::Store);
            }
        }
    }

    fn import_from(
        &mut self,
        module: Option<&'a str>,
        names: &'a [Alias],
        level: u32,
    ) -> CResult<()> {
        self.load_const(Constant::Int(level as i64));
        let fromlist = names
            .iter()
            .map(|a| Constant::Str(a.name.clone()))
            .collect();
        self.load_const(Constant::Tuple(fromlist));
        let i = self.b().add_name(module.unwrap_or(""));
        self.emit(Instruction::ImportName(i));
        if names.len() == 1 && names[0].name == "*" {
            self.emit(Instruction::ImportStar);
            return Ok(());
        }
        for alias in names {
            let i = self.b().add_name(&alias.name);
            self.emit(Instruction::ImportFrom(i));
            let store = alias.asname.as_deref().unwrap_or(&alias.name);
            self.name_op(store, ExprContext::Store);
        }
        self.emit(Instruction::PopTop);
        Ok(())
    }

    fn match_stmt(
        &mut self,
        s: &'a Stmt,
        subject: &'a Expr,
        cases: &'a [MatchCase],
    ) -> CResult<()> {
        crate::pattern::compile_match(self, s, subject, cases)
    }
}

fn inplace_operator(op: Operator) -> BinaryOperator {
    use BinaryOperator as B;
    match op {
        Operator::Add => B::InplaceAdd,
        Operator::Sub => B::InplaceSubtract,
        Operator::Mult => B::InplaceMultiply,
        Operator::MatMult => B::InplaceMatrixMultiply,
        Operator::Div => B::InplaceTrueDivide,
        Operator::Mod => B::InplaceRemainder,
        Operator::Pow => B::InplacePower,
        Operator::LShift => B::InplaceLshift,
        Operator::RShift => B::InplaceRshift,
        Operator::BitOr => B::InplaceOr,
        Operator::BitXor => B::InplaceXor,
        Operator::BitAnd => B::InplaceAnd,
        Operator::FloorDiv => B::InplaceFloorDivide,
    }
}

pub(crate) fn binary_operator(op: Operator) -> BinaryOperator {
    use BinaryOperator as B;
    match op {
        Operator::Add => B::Add,
        Operator::Sub => B::Subtract,
        Operator::Mult => B::Multiply,
        Operator::MatMult => B::MatrixMultiply,
        Operator::Div => B::TrueDivide,
        Operator::Mod => B::Remainder,
        Operator::Pow => B::Power,
        Operator::LShift => B::Lshift,
        Operator::RShift => B::Rshift,
        Operator::BitOr => B::Or,
        Operator::BitXor => B::Xor,
        Operator::BitAnd => B::And,
        Operator::FloorDiv => B::FloorDivide,
    }
}
