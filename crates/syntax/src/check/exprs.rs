//! Expressions, in CPython's code-generation order (cf. `compiler_visit_expr1`).
//!
//! Visiting an expression sets the current location to it and restores the previous one
//! afterwards (cf. `compiler_visit_expr`), so an error raised while compiling a node is located
//! at the innermost node being compiled. Conditions (`if`, `while`, `assert`, comprehension
//! `if`s, conditional expressions) go through [`Checker::jump_if`], which leaves the location
//! on the last comparison it compiled, as CPython's `compiler_jump_if` does.
//!
//! Lambdas and comprehensions are units of their own: their bodies are compiled where they
//! appear, except a comprehension's first iterable, which is compiled after the comprehension's
//! body, in the enclosing unit.

use super::context::{Block, BlockKind, Checker, UnitKind};
use crate::ast::*;

impl<'a> Checker<'a> {
    pub(super) fn exprs(&mut self, exprs: &'a [Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    pub(super) fn opt_expr(&mut self, e: Option<&'a Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    pub(super) fn expr(&mut self, e: &'a Expr) {
        if !self.descend() {
            return;
        }
        let saved = self.unit.loc;
        self.set_loc(e.span);
        self.expr_inner(e);
        self.unit.loc = saved;
        self.ascend();
    }

    fn expr_inner(&mut self, e: &'a Expr) {
        match &e.kind {
            ExprKind::NamedExpr { target, value } => {
                self.expr(value);
                self.expr(target);
            }
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => self.lambda(e, args, body),
            ExprKind::IfExp { test, body, orelse } => {
                self.jump_if(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for (key, value) in keys.iter().zip(values) {
                    self.opt_expr(key.as_ref());
                    self.expr(value);
                }
            }
            ExprKind::Set { elts } => self.unpacked_elements(elts),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, false, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, false, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, false, generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, true, generators, elt, None)
            }
            ExprKind::Await { value } => {
                if self.check_await() {
                    self.expr(value);
                }
            }
            ExprKind::Yield { value } => {
                if self.check_yield(false) {
                    self.opt_expr(value.as_deref());
                }
            }
            ExprKind::YieldFrom { value } => {
                if self.check_yield(true) {
                    self.expr(value);
                }
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.expr(left);
                self.exprs(comparators);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.validate_keywords(keywords);
                self.expr(func);
                self.call_arguments(args, keywords);
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                self.opt_expr(format_spec.as_deref());
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value);
                self.locate_attribute_name(e, attr);
                if *ctx == ExprContext::Store {
                    self.forbidden_name(attr, ExprContext::Store);
                }
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                match &slice.kind {
                    // `x[*a]`: CPython's parser makes the slice a one-element tuple, where `*a`
                    // unpacks; ours leaves the starred expression bare.
                    ExprKind::Starred { value, .. } => self.expr(value),
                    _ => self.expr(slice),
                }
            }
            ExprKind::Starred { value, ctx } => {
                self.misplaced_starred(*ctx);
                // CPython stops here; the operand is still examined.
                self.expr(value);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt_expr(lower.as_deref());
                self.opt_expr(upper.as_deref());
                self.opt_expr(step.as_deref());
            }
            ExprKind::Name { id, ctx } => {
                self.forbidden_name(id, *ctx);
            }
            ExprKind::List { elts, ctx } | ExprKind::Tuple { elts, ctx } => match ctx {
                ExprContext::Store => self.assignment_targets(elts),
                ExprContext::Load => self.unpacked_elements(elts),
                ExprContext::Del => self.exprs(elts),
            },
        }
    }

    /// Elements of a tuple, list or set display: `*x` unpacks `x` there.
    fn unpacked_elements(&mut self, elts: &'a [Expr]) {
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.expr(value),
                _ => self.expr(elt),
            }
        }
    }

    /// CPython locates an attribute access that spans lines at the attribute's name
    /// (cf. `update_start_location_to_match_attr`).
    fn locate_attribute_name(&mut self, e: &Expr, attr: &str) {
        let Some(mut loc) = self.unit.loc else {
            return;
        };
        if self.line(loc.start) == self.line(e.span.end) {
            return;
        }
        let len = attr.chars().count() as u32;
        let end_col = self.index.position(self.source, e.span.end).col_byte;
        if len <= end_col {
            loc.start = e.span.end - len;
            loc.end = loc.end.max(e.span.end);
            self.set_loc(loc);
        }
    }

    /// A condition (cf. `compiler_jump_if`): `not`, `and`/`or` and conditional expressions
    /// are taken apart, and a comparison leaves the location on itself.
    pub(super) fn jump_if(&mut self, e: &'a Expr) {
        if !self.descend() {
            return;
        }
        match &e.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => self.jump_if(operand),
            ExprKind::BoolOp { values, .. } => {
                for v in values {
                    self.jump_if(v);
                }
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.jump_if(test);
                self.jump_if(body);
                self.jump_if(orelse);
            }
            ExprKind::Compare {
                left, comparators, ..
            } => {
                self.set_loc(e.span);
                self.expr(left);
                self.exprs(comparators);
            }
            _ => self.expr(e),
        }
        self.ascend();
    }

    /// `lambda` (cf. `compiler_lambda`).
    fn lambda(&mut self, e: &'a Expr, args: &'a Arguments, body: &'a Expr) {
        self.check_debug_args(args);
        self.defaults(args);
        let flags = self.flags.expr(e);
        self.enter_unit(UnitKind::Lambda, flags, e.span);
        self.expr(body);
        self.leave_unit();
    }

    /// A comprehension or generator expression (cf. `compiler_comprehension`): its own unit
    /// for everything but the first iterable, which is compiled afterwards, outside.
    fn comprehension(
        &mut self,
        e: &'a Expr,
        is_genexp: bool,
        generators: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        let outer = self.unit.kind;
        self.enter_unit(UnitKind::Comprehension, self.flags.expr(e), e.span);
        self.check_async_comprehension(outer, is_genexp);
        // The `for` clauses nest as loops; each asynchronous one opens a frame block.
        let mut async_blocks = 0;
        for (i, gen) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&gen.iter);
            }
            if gen.is_async {
                self.push_block(Block::new(BlockKind::AsyncComprehensionGenerator));
                async_blocks += 1;
            }
            self.expr(&gen.target);
            for cond in &gen.ifs {
                self.jump_if(cond);
            }
        }
        self.expr(elt);
        self.opt_expr(value);
        for _ in 0..async_blocks {
            self.pop_block();
        }
        self.leave_unit();
        self.expr(&first.iter);
    }
}
