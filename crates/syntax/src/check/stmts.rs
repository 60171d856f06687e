//! Statements, in CPython's code-generation order (cf. `compiler_visit_stmt` and the
//! `compiler_*` function of each statement).
//!
//! The order is the compiler's, not the source's, wherever the two differ, because it decides
//! which error CPython reports first: a class body before its bases; a `def`'s parameter names,
//! then decorators, defaults, annotations, body; a `try`'s `else` before its handlers (but after
//! them for `try ... except*`); an assignment's value before its targets.
//! Every statement sets the current location; block statements open frame blocks around their
//! bodies exactly where CPython does.

use super::context::{Block, BlockKind, Checker, UnitKind};
use super::future::is_future_import;
use crate::ast::*;

impl<'a> Checker<'a> {
    pub(super) fn stmts(&mut self, stmts: &'a [Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn stmt(&mut self, s: &'a Stmt) {
        if !self.descend() {
            return;
        }
        self.set_loc(s.span);
        self.unit.stmt_span = s.span;
        self.stmt_inner(s);
        self.ascend();
    }

    fn stmt_inner(&mut self, s: &'a Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(def) => self.function(s, def),
            StmtKind::ClassDef(class) => self.class(s, class),
            StmtKind::Return { value } => self.return_stmt(s, value.as_deref()),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.expr(value);
                self.exprs(targets);
            }
            StmtKind::AugAssign { target, value, .. } => self.aug_assign(target, value),
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                simple,
            } => self.ann_assign(target, annotation, value.as_deref(), *simple),
            StmtKind::For {
                is_async,
                target,
                iter,
                body,
                orelse,
            } => {
                if *is_async {
                    self.async_for(target, iter, body, orelse);
                } else {
                    self.for_loop(target, iter, body, orelse);
                }
            }
            StmtKind::While { test, body, orelse } => {
                self.push_block(Block::new(BlockKind::WhileLoop));
                self.jump_if(test);
                self.stmts(body);
                // CPython compiles the test a second time here, at the `while` statement;
                // it can only repeat the errors of the first time.
                self.pop_block();
                self.stmts(orelse);
            }
            StmtKind::If { test, body, orelse } => {
                self.jump_if(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With {
                is_async,
                items,
                body,
            } => {
                if *is_async {
                    // On error CPython stops; the statement is still examined as a plain one.
                    self.check_async_statement("with");
                }
                self.with_items(s, *is_async, items, body);
            }
            StmtKind::Match { subject, cases } => self.match_stmt(subject, cases),
            StmtKind::Raise { exc, cause } => {
                self.opt_expr(exc.as_deref());
                self.opt_expr(cause.as_deref());
            }
            StmtKind::Try(t) => self.try_stmt(t),
            StmtKind::Assert { test, msg } => {
                self.jump_if(test);
                self.opt_expr(msg.as_deref());
            }
            StmtKind::Import { names } => {
                for alias in names {
                    let bound = match &alias.asname {
                        Some(asname) => asname.as_str(),
                        // `import a.b.c` binds `a`.
                        None => alias.name.split('.').next().unwrap_or(&alias.name),
                    };
                    if !self.store_name(bound) {
                        break;
                    }
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                let line = self.line(s.span.start);
                if is_future_import(s) && self.future.is_late(line) {
                    self.error("from __future__ imports must occur at the beginning of the file");
                    return;
                }
                for alias in names {
                    if alias.name == "*" {
                        break;
                    }
                    let bound = alias.asname.as_deref().unwrap_or(&alias.name);
                    if !self.store_name(bound) {
                        break;
                    }
                }
            }
            StmtKind::Expr { value } => {
                // A constant statement (a docstring, `...`) compiles to nothing.
                if !matches!(value.kind, ExprKind::Constant { .. }) {
                    self.expr(value);
                }
            }
            StmtKind::Break => self.break_stmt(s),
            StmtKind::Continue => self.continue_stmt(s),
            StmtKind::Global { .. } | StmtKind::Nonlocal { .. } | StmtKind::Pass => {}
        }
    }

    /// `def` and `async def` (cf. `compiler_function`).
    fn function(&mut self, s: &'a Stmt, def: &'a FunctionDef) {
        self.check_debug_args(&def.args);
        self.exprs(&def.decorator_list);
        self.defaults(&def.args);
        self.annotations(&def.args, def.returns.as_ref());
        let kind = if def.is_async {
            UnitKind::AsyncFunction
        } else {
            UnitKind::Function
        };
        self.enter_unit(kind, self.flags.function(def), s.span);
        self.stmts(&def.body);
        self.leave_unit();
        self.store_name(&def.name);
    }

    /// Parameter defaults, evaluated where the function is defined: positional ones, then
    /// keyword-only ones.
    pub(super) fn defaults(&mut self, args: &'a Arguments) {
        self.exprs(&args.defaults);
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    /// Parameter and return annotations, evaluated where the function is defined unless
    /// `from __future__ import annotations` is in force. CPython's order puts the ordinary
    /// parameters before the positional-only ones (cf. `compiler_visit_annotations`).
    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) {
        if self.future.annotations {
            return;
        }
        let ordered = args
            .args
            .iter()
            .chain(&args.posonlyargs)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter());
        for arg in ordered {
            if let Some(ann) = &arg.annotation {
                match &ann.kind {
                    // `*args: *Ts` evaluates `Ts` (PEP 646).
                    ExprKind::Starred { value, .. } => self.expr(value),
                    _ => self.expr(ann),
                }
            }
        }
        self.opt_expr(returns);
    }

    /// `class` (cf. `compiler_class`): the body is compiled before the bases and keywords.
    fn class(&mut self, s: &'a Stmt, class: &'a ClassDef) {
        self.exprs(&class.decorator_list);
        self.enter_unit(UnitKind::Class, Default::default(), s.span);
        self.stmts(&class.body);
        self.leave_unit();
        self.validate_keywords(&class.keywords);
        self.call_arguments(&class.bases, &class.keywords);
        self.store_name(&class.name);
    }

    /// `target op= value` (cf. `compiler_augassign`): the target's parts, the value, then the
    /// store, located at the target.
    fn aug_assign(&mut self, target: &'a Expr, value: &'a Expr) {
        let saved = self.unit.loc;
        self.set_loc(target.span);
        match &target.kind {
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            _ => {}
        }
        self.unit.loc = saved;
        self.expr(value);
        self.set_loc(target.span);
        if let ExprKind::Name { id, .. } = &target.kind {
            self.store_name(id);
        }
    }

    /// `target: annotation [= value]` (cf. `compiler_annassign`). Annotations are evaluated
    /// only at module and class level, and not at all under `from __future__ import
    /// annotations`.
    fn ann_assign(
        &mut self,
        target: &'a Expr,
        annotation: &'a Expr,
        value: Option<&'a Expr>,
        simple: bool,
    ) {
        if let Some(v) = value {
            // The assignment proper, which also checks the target's name.
            self.expr(v);
            self.expr(target);
        }
        let evaluates = !self.future.annotations
            && matches!(self.unit.kind, UnitKind::Module | UnitKind::Class);
        match &target.kind {
            ExprKind::Name { id, .. } => {
                if value.is_none() && !self.store_name(id) {
                    return;
                }
                if simple && evaluates {
                    self.expr(annotation);
                }
            }
            // Without a value the target's parts are still evaluated; with one, the
            // assignment above did it.
            ExprKind::Attribute {
                value: obj, attr, ..
            } if value.is_none() => {
                if !self.store_name(attr) {
                    return;
                }
                self.expr(obj);
            }
            ExprKind::Subscript {
                value: obj, slice, ..
            } if value.is_none() => {
                self.expr(obj);
                self.annotated_subscript(slice);
            }
            _ => {}
        }
        if !simple && evaluates {
            self.expr(annotation);
        }
    }

    /// The subscript of an annotated `x[...]: T` without value: each part is evaluated
    /// (cf. `check_ann_subscr`).
    fn annotated_subscript(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref());
                self.opt_expr(upper.as_deref());
                self.opt_expr(step.as_deref());
            }
            ExprKind::Tuple { elts, .. } => {
                for elt in elts {
                    if self.descend() {
                        self.annotated_subscript(elt);
                        self.ascend();
                    }
                }
            }
            _ => self.expr(e),
        }
    }

    /// `for` (cf. `compiler_for`): the loop block is open while the iterable is evaluated.
    fn for_loop(&mut self, target: &'a Expr, iter: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) {
        self.push_block(Block::new(BlockKind::ForLoop));
        self.expr(iter);
        self.expr(target);
        self.stmts(body);
        self.unset_loc();
        self.pop_block();
        self.stmts(orelse);
    }

    /// `async for` (cf. `compiler_async_for`): the iterable comes before the loop block.
    fn async_for(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) {
        // On error CPython stops; the statement is still examined as a plain loop.
        self.check_async_statement("for");
        self.expr(iter);
        self.push_block(Block::new(BlockKind::ForLoop));
        self.expr(target);
        self.stmts(body);
        self.unset_loc();
        self.pop_block();
        self.set_loc(iter.span);
        self.stmts(orelse);
    }

    /// `with a, b: body` compiles as nested `with` statements, one block per item
    /// (cf. `compiler_with`, `compiler_async_with`).
    fn with_items(&mut self, s: &'a Stmt, is_async: bool, items: &'a [WithItem], body: &'a [Stmt]) {
        let Some((item, rest)) = items.split_first() else {
            self.stmts(body);
            return;
        };
        if !self.descend() {
            return;
        }
        self.expr(&item.context_expr);
        let kind = if is_async {
            BlockKind::AsyncWith
        } else {
            BlockKind::With
        };
        self.push_block(Block::new(kind));
        self.opt_expr(item.optional_vars.as_deref());
        if rest.is_empty() {
            self.stmts(body);
        } else {
            self.with_items(s, is_async, rest, body);
        }
        if !is_async {
            self.unset_loc();
        }
        self.pop_block();
        self.set_loc(s.span);
        self.ascend();
    }

    /// `try` (cf. `compiler_try`, `compiler_try_finally`): with a `finally`, the body runs in
    /// a block that compiles the `finally` body on every jump out of it, and the `finally` body
    /// itself is compiled twice (normal and exceptional exit).
    fn try_stmt(&mut self, t: &'a Try) {
        if t.finalbody.is_empty() {
            self.try_except(t);
            return;
        }
        self.push_block(Block {
            kind: BlockKind::FinallyTry,
            finally_body: &t.finalbody,
        });
        if t.handlers.is_empty() {
            self.stmts(&t.body);
        } else {
            self.try_except(t);
        }
        self.pop_block();
        self.finally_body(&t.finalbody);
        self.unset_loc();
        self.push_block(Block::new(BlockKind::FinallyEnd));
        self.finally_body(&t.finalbody);
        self.pop_block();
    }

    /// `try ... except` and `try ... except*` (cf. `compiler_try_except`,
    /// `compiler_try_star_except`).
    fn try_except(&mut self, t: &'a Try) {
        self.push_block(Block::new(BlockKind::TryExcept));
        self.stmts(&t.body);
        self.pop_block();
        if !t.is_star {
            self.stmts(&t.orelse);
        }
        self.unset_loc();
        let region = if t.is_star {
            BlockKind::ExceptionGroupHandler
        } else {
            BlockKind::ExceptionHandler
        };
        self.push_block(Block::new(region));
        let n = t.handlers.len();
        for (i, h) in t.handlers.iter().enumerate() {
            self.set_loc(h.span);
            if !t.is_star && h.type_.is_none() && i + 1 < n {
                self.error("default 'except:' must be last");
            }
            self.opt_expr(h.type_.as_ref());
            if let Some(name) = &h.name {
                // CPython does not stop at this error: it goes on through the handler body,
                // and an error there replaces it. We report it here, first.
                self.store_name(name);
            }
            self.push_block(Block::new(BlockKind::HandlerCleanup));
            self.stmts(&h.body);
            self.pop_block();
            self.unset_loc();
        }
        self.pop_block();
        if t.is_star {
            self.stmts(&t.orelse);
        }
    }
}
