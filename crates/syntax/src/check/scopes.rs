//! Which function-like scopes are generators and which are coroutines, decided the way CPython's
//! symbol table decides them (`ste_generator`, `ste_coroutine` in `Python/symtable.c`) — the
//! compiler's async rules read these two flags.
//!
//! The model, per scope (a function, a lambda or a comprehension):
//! - **generator**: a `yield` or `yield from` evaluated in the scope itself;
//! - **coroutine**: an `async def`; or an `await` evaluated in the scope itself (so a plain
//!   `def` containing `await` counts, which decides which of two errors CPython reports first);
//!   or, for a comprehension, an `async for` clause; or a list, set or dict comprehension
//!   directly inside it that is itself a coroutine (CPython 3.11 makes the enclosing scope
//!   asynchronous then). A generator expression never passes its asynchrony outwards.
//!
//! "In the scope itself" follows evaluation: a nested function's decorators, defaults and
//! annotations, a class's bases, and a comprehension's first iterable are evaluated in the
//! enclosing scope; annotations are not evaluated at all under `from __future__ import
//! annotations` (CPython puts them in a separate annotation scope, where `yield` and `await`
//! are errors of the symbol-table pass).
//!
//! One walk over the module fills a map from each scope's node (by address, stable because the
//! AST is not mutated while checking) to its flags.

use std::collections::HashMap;

use crate::ast::*;

/// The two flags of one function-like scope.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Flags {
    pub generator: bool,
    pub coroutine: bool,
}

/// Flags of every function, lambda and comprehension of a module.
#[derive(Debug, Default)]
pub struct ScopeFlags {
    by_node: HashMap<usize, Flags>,
}

/// Deeper nesting than this is not examined (see [`super::MAX_DEPTH`]).
const MAX_DEPTH: usize = super::MAX_DEPTH;

impl ScopeFlags {
    /// Computes the flags of every scope in `module`.
    pub fn compute(module: &Module, future_annotations: bool) -> ScopeFlags {
        let mut scan = Scan {
            by_node: HashMap::new(),
            stack: vec![Flags::default()],
            future_annotations,
            depth: 0,
        };
        scan.stmts(&module.body);
        ScopeFlags {
            by_node: scan.by_node,
        }
    }

    /// The flags of the scope a `def` opens.
    pub fn function(&self, def: &FunctionDef) -> Flags {
        self.by_node.get(&key(def)).copied().unwrap_or_default()
    }

    /// The flags of the scope a lambda or comprehension opens.
    pub fn expr(&self, e: &Expr) -> Flags {
        self.by_node.get(&key(e)).copied().unwrap_or_default()
    }
}

fn key<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Scan {
    by_node: HashMap<usize, Flags>,
    /// The scopes being walked, innermost last (class bodies included: their flags are
    /// simply never read).
    stack: Vec<Flags>,
    future_annotations: bool,
    depth: usize,
}

impl Scan {
    fn cur(&mut self) -> &mut Flags {
        // The stack always holds at least the module's entry (pushes and pops pair up).
        if self.stack.is_empty() {
            self.stack.push(Flags::default());
        }
        let last = self.stack.len() - 1;
        &mut self.stack[last]
    }

    fn push(&mut self, flags: Flags) {
        self.stack.push(flags);
    }

    fn pop(&mut self) -> Flags {
        self.stack.pop().unwrap_or_default()
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    fn exprs(&mut self, exprs: &[Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn opt(&mut self, e: Option<&Expr>) {
        if let Some(e) = e {
            self.expr(e);
        }
    }

    fn annotation(&mut self, e: Option<&Expr>) {
        if !self.future_annotations {
            self.opt(e);
        }
    }

    fn stmt(&mut self, s: &Stmt) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        self.stmt_inner(s);
        self.depth -= 1;
    }

    fn stmt_inner(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(def) => {
                self.exprs(&def.decorator_list);
                self.defaults(&def.args);
                for a in def.args.all() {
                    self.annotation(a.annotation.as_deref());
                }
                self.annotation(def.returns.as_ref());
                self.push(Flags {
                    generator: false,
                    coroutine: def.is_async,
                });
                self.stmts(&def.body);
                let flags = self.pop();
                self.by_node.insert(key(&**def), flags);
            }
            StmtKind::ClassDef(class) => {
                self.exprs(&class.decorator_list);
                self.exprs(&class.bases);
                for k in &class.keywords {
                    self.expr(&k.value);
                }
                self.push(Flags::default());
                self.stmts(&class.body);
                self.pop();
            }
            StmtKind::Return { value } => self.opt(value.as_deref()),
            StmtKind::Delete { targets } => self.exprs(targets),
            StmtKind::Assign { targets, value } => {
                self.exprs(targets);
                self.expr(value);
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.expr(target);
                self.expr(value);
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.expr(target);
                self.annotation(Some(annotation));
                self.opt(value.as_deref());
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                self.expr(target);
                self.expr(iter);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => {
                self.expr(test);
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    self.expr(&item.context_expr);
                    self.opt(item.optional_vars.as_deref());
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    self.opt(case.guard.as_deref());
                    self.stmts(&case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                self.opt(exc.as_deref());
                self.opt(cause.as_deref());
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    self.opt(h.type_.as_ref());
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                self.opt(msg.as_deref());
            }
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Import { .. }
            | StmtKind::ImportFrom { .. }
            | StmtKind::Global { .. }
            | StmtKind::Nonlocal { .. }
            | StmtKind::Pass
            | StmtKind::Break
            | StmtKind::Continue => {}
        }
    }

    fn defaults(&mut self, args: &Arguments) {
        self.exprs(&args.defaults);
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } | PatternKind::MatchStar { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for sub in patterns {
                    self.pattern(sub);
                }
            }
            PatternKind::MatchMapping { keys, patterns, .. } => {
                self.exprs(keys);
                for sub in patterns {
                    self.pattern(sub);
                }
            }
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_patterns,
                ..
            } => {
                self.expr(cls);
                for sub in patterns.iter().chain(kwd_patterns) {
                    self.pattern(sub);
                }
            }
            PatternKind::MatchAs { pattern, .. } => {
                if let Some(sub) = pattern {
                    self.pattern(sub);
                }
            }
        }
        self.depth -= 1;
    }

    fn expr(&mut self, e: &Expr) {
        if self.depth >= MAX_DEPTH {
            return;
        }
        self.depth += 1;
        self.expr_inner(e);
        self.depth -= 1;
    }

    fn expr_inner(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::Yield { value } => {
                self.cur().generator = true;
                self.opt(value.as_deref());
            }
            ExprKind::YieldFrom { value } => {
                self.cur().generator = true;
                self.expr(value);
            }
            ExprKind::Await { value } => {
                self.cur().coroutine = true;
                self.expr(value);
            }
            ExprKind::Lambda { args, body } => {
                self.defaults(args);
                self.push(Flags::default());
                self.expr(body);
                let flags = self.pop();
                self.by_node.insert(key(e), flags);
            }
            ExprKind::ListComp { elt, generators } | ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, &[&**elt], false);
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, &[&**elt], true);
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, &[&**key, &**value], false),
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                self.expr(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::IfExp { test, body, orelse } => {
                self.expr(test);
                self.expr(body);
                self.expr(orelse);
            }
            ExprKind::Dict { keys, values } => {
                for k in keys.iter().flatten() {
                    self.expr(k);
                }
                self.exprs(values);
            }
            ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                self.exprs(elts)
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
                self.expr(func);
                self.exprs(args);
                for k in keywords {
                    self.expr(&k.value);
                }
            }
            ExprKind::FormattedValue {
                value, format_spec, ..
            } => {
                self.expr(value);
                self.opt(format_spec.as_deref());
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Slice { lower, upper, step } => {
                self.opt(lower.as_deref());
                self.opt(upper.as_deref());
                self.opt(step.as_deref());
            }
            ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
        }
    }

    /// A comprehension: its first iterable in the enclosing scope, the rest in its own.
    fn comprehension(
        &mut self,
        node: &Expr,
        generators: &[Comprehension],
        results: &[&Expr],
        is_genexp: bool,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        self.expr(&first.iter);
        self.push(Flags {
            generator: is_genexp,
            coroutine: generators.iter().any(|g| g.is_async),
        });
        for (i, gen) in generators.iter().enumerate() {
            if i > 0 {
                self.expr(&gen.iter);
            }
            self.expr(&gen.target);
            self.exprs(&gen.ifs);
        }
        for r in results {
            self.expr(r);
        }
        let flags = self.pop();
        self.by_node.insert(key(node), flags);
        if flags.coroutine && !is_genexp {
            self.cur().coroutine = true;
        }
    }
}
