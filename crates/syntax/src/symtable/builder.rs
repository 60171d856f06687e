//! The build pass: one walk over the AST that opens a scope per function, class, lambda and
//! comprehension and records how each name is met (CPython's `symtable_visit_*`).

use std::collections::HashMap;

use super::flags::*;
use super::{mangle, node_key, Scope, ScopeId, ScopeKind, Symbol, SymbolScope};
use crate::ast::*;
use crate::error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
use crate::span::{LineIndex, Span};

pub(super) struct Builder<'a> {
    pub(super) scopes: Vec<Scope>,
    pub(super) by_node: HashMap<usize, ScopeId>,
    /// The scopes being built, innermost last.
    pub(super) stack: Vec<ScopeId>,
    pub(super) errors: Vec<SyntaxError>,
    pub(super) source: &'a str,
    pub(super) index: &'a LineIndex,
    pub(super) filename: &'a str,
}

impl<'a> Builder<'a> {
    fn cur_id(&self) -> ScopeId {
        self.stack.last().copied().unwrap_or(ScopeId::MODULE)
    }

    fn cur(&mut self) -> &mut Scope {
        let id = self.cur_id();
        &mut self.scopes[id.0 as usize]
    }

    fn error(&mut self, msg: String, span: Span) {
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

    fn enter(&mut self, kind: ScopeKind, name: &str, key: usize, span: Span) -> ScopeId {
        let parent = self.cur_id();
        let id = ScopeId(self.scopes.len() as u32);
        let mut scope = Scope::new(kind, name, Some(parent), span);
        let p = &self.scopes[parent.0 as usize];
        scope.is_nested = p.is_nested || p.kind.is_function_like();
        // Like CPython, a scope opened inside a comprehension's iterable (a lambda there)
        // inherits the restriction on assignment expressions.
        scope.comp_iter_expr = p.comp_iter_expr;
        self.scopes.push(scope);
        self.scopes[parent.0 as usize].children.push(id);
        self.by_node.insert(key, id);
        self.stack.push(id);
        id
    }

    fn exit(&mut self) {
        self.stack.pop();
    }

    /// Records `flag` for `name` in the current scope (CPython's `symtable_add_def`).
    fn add_def(&mut self, name: &str, flag: u16, span: Span) {
        self.add_def_in(self.cur_id(), name, flag, span);
    }

    fn add_def_in(&mut self, scope: ScopeId, name: &str, flag: u16, span: Span) {
        let name = mangle(&self.scopes, &self.stack, name);
        let s = &mut self.scopes[scope.0 as usize];
        let mut val = s.symbols.get(&name).map_or(0, |sym| sym.flags);
        if flag & DEF_PARAM != 0 && val & DEF_PARAM != 0 {
            self.error(
                format!("duplicate argument '{name}' in function definition"),
                span,
            );
            return;
        }
        val |= flag;
        if s.comp_iter_target {
            // A comprehension's iteration variable may not also be a walrus target.
            if val & (DEF_GLOBAL | DEF_NONLOCAL) != 0 {
                self.error(
                    format!(
                        "comprehension inner loop cannot rebind assignment expression target '{name}'"
                    ),
                    span,
                );
                return;
            }
            val |= DEF_COMP_ITER;
        }
        let entry = s.symbols.entry(name.clone()).or_insert(Symbol {
            flags: 0,
            scope: SymbolScope::Unknown,
        });
        entry.flags = val;
        if flag & DEF_PARAM != 0 {
            s.params.push(name);
        }
    }

    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            self.stmt(s);
        }
    }

    pub(super) fn stmt(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(def) => {
                self.add_def(&def.name, DEF_LOCAL, s.span);
                self.arg_defaults(&def.args);
                self.arg_annotations(&def.args);
                if let Some(r) = &def.returns {
                    self.expr(r);
                }
                self.exprs(&def.decorator_list);
                let id = self.enter(ScopeKind::Function, &def.name, node_key(&**def), s.span);
                self.cur().is_coroutine = def.is_async;
                self.params(&def.args);
                self.stmts(&def.body);
                let _ = id;
                self.exit();
            }
            StmtKind::ClassDef(def) => {
                self.add_def(&def.name, DEF_LOCAL, s.span);
                self.exprs(&def.bases);
                for k in &def.keywords {
                    self.expr(&k.value);
                }
                self.exprs(&def.decorator_list);
                self.enter(ScopeKind::Class, &def.name, node_key(&**def), s.span);
                self.stmts(&def.body);
                self.exit();
            }
            StmtKind::Return { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
            }
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
                simple,
            } => {
                if let ExprKind::Name { id, .. } = &target.kind {
                    let cur = self.cur().symbols.get(id.as_str()).map_or(0, |s| s.flags);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && *simple {
                        let which = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        self.error(format!("annotated name '{id}' can't be {which}"), s.span);
                    } else if *simple {
                        self.add_def(id, DEF_ANNOT | DEF_LOCAL, target.span);
                    } else if value.is_some() {
                        self.add_def(id, DEF_LOCAL, target.span);
                    }
                } else {
                    self.expr(target);
                }
                self.expr(annotation);
                if let Some(v) = value {
                    self.expr(v);
                }
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
                    if let Some(v) = &item.optional_vars {
                        self.expr(v);
                    }
                }
                self.stmts(body);
            }
            StmtKind::Match { subject, cases } => {
                self.expr(subject);
                for case in cases {
                    self.pattern(&case.pattern);
                    if let Some(g) = &case.guard {
                        self.expr(g);
                    }
                    self.stmts(&case.body);
                }
            }
            StmtKind::Raise { exc, cause } => {
                if let Some(e) = exc {
                    self.expr(e);
                    if let Some(c) = cause {
                        self.expr(c);
                    }
                }
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                self.stmts(&t.orelse);
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.expr(ty);
                    }
                    if let Some(name) = &h.name {
                        self.add_def(name, DEF_LOCAL, h.span);
                    }
                    self.stmts(&h.body);
                }
                self.stmts(&t.finalbody);
            }
            StmtKind::Assert { test, msg } => {
                self.expr(test);
                if let Some(m) = msg {
                    self.expr(m);
                }
            }
            StmtKind::Import { names } => {
                for alias in names {
                    self.import_alias(alias);
                }
            }
            StmtKind::ImportFrom { names, .. } => {
                for alias in names {
                    self.import_alias(alias);
                }
            }
            StmtKind::Global { names } => self.declaration(names, DEF_GLOBAL, s.span),
            StmtKind::Nonlocal { names } => self.declaration(names, DEF_NONLOCAL, s.span),
            StmtKind::Expr { value } => self.expr(value),
            StmtKind::Pass | StmtKind::Break | StmtKind::Continue => {}
        }
    }

    fn import_alias(&mut self, alias: &Alias) {
        if alias.name == "*" {
            if self.cur().kind != ScopeKind::Module {
                self.error(
                    "import * only allowed at module level".to_string(),
                    alias.span,
                );
            }
            return;
        }
        // `import a.b.c` binds `a`; `import a.b as c` binds `c`.
        let bound = match &alias.asname {
            Some(n) => n.as_str(),
            None => alias.name.split('.').next().unwrap_or(&alias.name),
        };
        self.add_def(bound, DEF_IMPORT, alias.span);
    }

    /// `global` / `nonlocal` (CPython's Global_kind / Nonlocal_kind in symtable_visit_stmt).
    fn declaration(&mut self, names: &[String], flag: u16, span: Span) {
        let word = if flag == DEF_GLOBAL {
            "global"
        } else {
            "nonlocal"
        };
        for name in names {
            let cur = self.cur().symbols.get(name.as_str()).map_or(0, |s| s.flags);
            if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 {
                let msg = if cur & DEF_PARAM != 0 {
                    format!("name '{name}' is parameter and {word}")
                } else if cur & USE != 0 {
                    format!("name '{name}' is used prior to {word} declaration")
                } else if cur & DEF_ANNOT != 0 {
                    format!("annotated name '{name}' can't be {word}")
                } else {
                    format!("name '{name}' is assigned to before {word} declaration")
                };
                self.error(msg, span);
                continue;
            }
            self.add_def(name, flag, span);
            self.cur().directives.entry(name.clone()).or_insert(span);
        }
    }

    fn exprs(&mut self, exprs: &[Expr]) {
        for e in exprs {
            self.expr(e);
        }
    }

    fn expr(&mut self, e: &Expr) {
        match &e.kind {
            ExprKind::BoolOp { values, .. } => self.exprs(values),
            ExprKind::NamedExpr { target, value } => {
                if self.cur().comp_iter_expr > 0 {
                    self.error(
                        "assignment expression cannot be used in a comprehension iterable expression"
                            .to_string(),
                        e.span,
                    );
                    return;
                }
                self.named_expr_target(target);
                self.expr(value);
            }
            ExprKind::BinOp { left, right, .. } => {
                self.expr(left);
                self.expr(right);
            }
            ExprKind::UnaryOp { operand, .. } => self.expr(operand),
            ExprKind::Lambda { args, body } => {
                self.arg_defaults(args);
                self.enter(ScopeKind::Lambda, "<lambda>", node_key(e), e.span);
                self.params(args);
                self.expr(body);
                self.exit();
            }
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
            ExprKind::Set { elts } => self.exprs(elts),
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, ScopeKind::ListComp, generators, elt, None)
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, ScopeKind::SetComp, generators, elt, None)
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, ScopeKind::DictComp, generators, key, Some(value)),
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, ScopeKind::GeneratorExp, generators, elt, None)
            }
            ExprKind::Await { value } => {
                self.expr(value);
                self.cur().is_coroutine = true;
            }
            ExprKind::Yield { value } => {
                if let Some(v) = value {
                    self.expr(v);
                }
                self.yield_seen(e.span);
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value);
                self.yield_seen(e.span);
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
                if let Some(f) = format_spec {
                    self.expr(f);
                }
            }
            ExprKind::JoinedStr { values } => self.exprs(values),
            ExprKind::Constant { .. } => {}
            ExprKind::Attribute { value, .. } => self.expr(value),
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value);
                self.expr(slice);
            }
            ExprKind::Starred { value, .. } => self.expr(value),
            ExprKind::Name { id, ctx } => {
                let flag = if *ctx == ExprContext::Load {
                    USE
                } else {
                    DEF_LOCAL
                };
                self.add_def(id, flag, e.span);
                // `super` in a function counts as a use of `__class__` (CPython does the same:
                // zero-argument super() reads the `__class__` cell).
                if *ctx == ExprContext::Load && id == "super" && self.cur().kind.is_function_like()
                {
                    self.add_def("__class__", USE, e.span);
                }
            }
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => self.exprs(elts),
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper, step].into_iter().flatten() {
                    self.expr(part);
                }
            }
        }
    }

    fn yield_seen(&mut self, span: Span) {
        let kind = self.cur().kind;
        let what = match kind {
            ScopeKind::ListComp => Some("list comprehension"),
            ScopeKind::SetComp => Some("set comprehension"),
            ScopeKind::DictComp => Some("dict comprehension"),
            ScopeKind::GeneratorExp => Some("generator expression"),
            _ => None,
        };
        if let Some(what) = what {
            self.error(format!("'yield' inside {what}"), span);
            return;
        }
        self.cur().is_generator = true;
    }

    /// The walrus target: inside a comprehension it binds in the nearest enclosing function or
    /// module scope (CPython's `symtable_extend_namedexpr_scope`).
    fn named_expr_target(&mut self, target: &Expr) {
        let ExprKind::Name { id, .. } = &target.kind else {
            self.expr(target);
            return;
        };
        if !self.cur().kind.is_comprehension() {
            self.expr(target);
            return;
        }
        let span = target.span;
        for depth in (0..self.stack.len()).rev() {
            let sid = self.stack[depth];
            let scope = &self.scopes[sid.0 as usize];
            let existing = scope.symbols.get(id.as_str()).map_or(0, |s| s.flags);
            match scope.kind {
                k if k.is_comprehension() => {
                    if existing & DEF_COMP_ITER != 0 {
                        self.error(
                            format!("assignment expression cannot rebind comprehension iteration variable '{id}'"),
                            span,
                        );
                        return;
                    }
                }
                ScopeKind::Class => {
                    self.error(
                        "assignment expression within a comprehension cannot be used in a class body"
                            .to_string(),
                        span,
                    );
                    return;
                }
                ScopeKind::Module => {
                    self.add_def(id, DEF_GLOBAL, span);
                    self.cur().directives.entry(id.clone()).or_insert(span);
                    self.add_def_in(sid, id, DEF_GLOBAL, span);
                    return;
                }
                _ => {
                    let flag = if existing & DEF_GLOBAL != 0 {
                        DEF_GLOBAL
                    } else {
                        DEF_NONLOCAL
                    };
                    self.add_def(id, flag, span);
                    self.cur().directives.entry(id.clone()).or_insert(span);
                    self.add_def_in(sid, id, DEF_LOCAL, span);
                    return;
                }
            }
        }
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        kind: ScopeKind,
        generators: &[Comprehension],
        elt: &Expr,
        value: Option<&Expr>,
    ) {
        let Some(first) = generators.first() else {
            return;
        };
        // The first iterable is evaluated in the enclosing scope.
        self.cur().comp_iter_expr += 1;
        self.expr(&first.iter);
        self.cur().comp_iter_expr -= 1;
        let name = kind.fixed_name().unwrap_or("<comprehension>");
        self.enter(kind, name, node_key(node), node.span);
        if first.is_async {
            self.cur().is_coroutine = true;
        }
        if kind == ScopeKind::GeneratorExp {
            self.cur().is_generator = true;
        }
        self.add_def(".0", DEF_PARAM, node.span);
        self.comp_target(&first.target);
        self.exprs(&first.ifs);
        for gen in &generators[1..] {
            self.cur().comp_iter_expr += 1;
            self.expr(&gen.iter);
            self.cur().comp_iter_expr -= 1;
            self.comp_target(&gen.target);
            self.exprs(&gen.ifs);
            if gen.is_async {
                self.cur().is_coroutine = true;
            }
        }
        if let Some(v) = value {
            self.expr(elt);
            self.expr(v);
        } else {
            self.expr(elt);
        }
        let is_async = self.cur().is_coroutine;
        self.exit();
        // CPython 3.11: an asynchronous list, set or dict comprehension makes the comprehension
        // that contains it asynchronous too (it must await the inner one). Elsewhere an async
        // comprehension needs an `async def` around it anyway, which the checker enforces.
        let parent_is_comprehension = self.cur().kind.is_comprehension();
        if is_async && kind != ScopeKind::GeneratorExp && parent_is_comprehension {
            self.cur().is_coroutine = true;
        }
    }

    /// A comprehension's `for` target: the names it binds are iteration variables.
    fn comp_target(&mut self, target: &Expr) {
        self.cur().comp_iter_target = true;
        self.expr(target);
        self.cur().comp_iter_target = false;
    }

    fn params(&mut self, args: &Arguments) {
        for a in args.all() {
            self.add_def(&a.arg, DEF_PARAM, a.span);
        }
    }

    fn arg_defaults(&mut self, args: &Arguments) {
        self.exprs(&args.defaults);
        for d in args.kw_defaults.iter().flatten() {
            self.expr(d);
        }
    }

    fn arg_annotations(&mut self, args: &Arguments) {
        for a in args.all() {
            if let Some(ann) = &a.annotation {
                self.expr(ann);
            }
        }
    }

    fn pattern(&mut self, p: &Pattern) {
        match &p.kind {
            PatternKind::MatchValue { value } => self.expr(value),
            PatternKind::MatchSingleton { .. } => {}
            PatternKind::MatchSequence { patterns } | PatternKind::MatchOr { patterns } => {
                for sub in patterns {
                    self.pattern(sub);
                }
            }
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => {
                self.exprs(keys);
                for sub in patterns {
                    self.pattern(sub);
                }
                if let Some(r) = rest {
                    self.add_def(r, DEF_LOCAL, p.span);
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
            PatternKind::MatchStar { name } => {
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span);
                }
            }
            PatternKind::MatchAs { pattern, name } => {
                if let Some(sub) = pattern {
                    self.pattern(sub);
                }
                if let Some(n) = name {
                    self.add_def(n, DEF_LOCAL, p.span);
                }
            }
        }
    }
}
