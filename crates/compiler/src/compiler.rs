//! The compiler proper: walks the checked AST with the symbol table at hand and emits code
//! objects, one [`Unit`] per scope (cf. CPython's `Python/compile.c`).
//!
//! This file holds the scaffolding shared by the statement and expression visitors: opening
//! and closing units, resolving a name to the right load/store instruction, qualified names,
//! and building function objects (closures, defaults, decorators) for `def`, `lambda`, `class`
//! and comprehensions.

use std::rc::Rc;

use indexmap::IndexSet;
use pyasync_bytecode::code::flags;
use pyasync_bytecode::instruction::make_function;
use pyasync_bytecode::{CodeObject, Constant, Instruction, Location};
use pyasync_syntax::ast::{self, *};
use pyasync_syntax::symtable::{mangle_name, Scope, ScopeId, ScopeKind, SymbolScope, SymbolTable};
use pyasync_syntax::{LineIndex, Span};

use crate::builder::{CodeBuilder, CodeMeta, Label};
use crate::unit::Unit;
use crate::CompileError;

pub(crate) type CResult<T> = Result<T, CompileError>;

pub struct Compiler<'a> {
    pub(crate) source: &'a str,
    pub(crate) index: LineIndex,
    pub(crate) filename: Rc<str>,
    pub(crate) table: &'a SymbolTable,
    pub(crate) units: Vec<Unit<'a>>,
    /// Expression statements print their value (the REPL's "single" mode).
    pub(crate) interactive: bool,
    /// `from __future__ import annotations`: annotations are stored as their source text.
    pub(crate) future_annotations: bool,
}

/// How a name is accessed, once its scope is known (CPython's `OP_FAST` etc.).
enum NameAccess {
    Fast(u32),
    Deref(u32),
    Global(u32),
    Name(u32),
}

impl<'a> Compiler<'a> {
    pub fn new(source: &'a str, filename: &str, table: &'a SymbolTable) -> Compiler<'a> {
        Compiler {
            source,
            index: LineIndex::new(source),
            filename: Rc::from(filename),
            table,
            units: Vec::new(),
            interactive: false,
            future_annotations: false,
        }
    }

    // ---- small helpers -------------------------------------------------------------------

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        // A unit is always open while compiling (the module unit is opened first).
        let last = self.units.len() - 1;
        &mut self.units[last]
    }

    pub(crate) fn unit(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub(crate) fn b(&mut self) -> &mut CodeBuilder {
        &mut self.u().builder
    }

    pub(crate) fn emit(&mut self, op: Instruction) {
        self.b().emit(op);
    }

    pub(crate) fn jump(&mut self, make: fn(u32) -> Instruction, label: Label) {
        self.b().emit_jump(make, label);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.b().new_label()
    }

    pub(crate) fn bind(&mut self, label: Label) {
        self.b().bind(label);
    }

    pub(crate) fn location(&self, span: Span) -> Location {
        let start = self.index.position(self.source, span.start);
        let end = self.index.position(self.source, span.end.max(span.start));
        Location {
            line: start.line,
            end_line: end.line,
            col: start.col_byte,
            end_col: end.col_byte,
        }
    }

    /// Subsequent instructions belong to `span`.
    pub(crate) fn set_loc(&mut self, span: Span) {
        let loc = self.location(span);
        self.b().loc = loc;
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.b().add_const(c);
        self.emit(Instruction::LoadConst(i));
    }

    pub(crate) fn load_none(&mut self) {
        self.load_const(Constant::None);
    }

    pub(crate) fn scope(&self) -> &'a Scope {
        self.table.scope(self.unit().scope)
    }

    pub(crate) fn error(&self, msg: impl Into<String>, span: Span) -> CompileError {
        CompileError::syntax(msg, span)
    }

    /// `name` with private-name mangling applied for the current class.
    pub(crate) fn mangle(&self, name: &str) -> String {
        mangle_name(self.unit().private.as_deref(), name)
    }

    // ---- units -----------------------------------------------------------------------------

    /// Opens a unit for scope `id`. Every local, cell and free variable gets its slot now, so
    /// slot numbers never move while code is emitted.
    pub(crate) fn enter_scope(
        &mut self,
        id: ScopeId,
        name: &str,
        first_line: u32,
        args: Option<&Arguments>,
    ) {
        let scope = self.table.scope(id);
        let private = if scope.kind == ScopeKind::Class {
            Some(name.to_string())
        } else {
            self.units.last().and_then(|u| u.private.clone())
        };
        let mut varnames: IndexSet<String> = IndexSet::new();
        let mut arg_count = 0;
        let mut posonly_arg_count = 0;
        let mut kwonly_arg_count = 0;
        let mut code_flags = 0;
        if scope.kind.is_function_like() {
            code_flags |= flags::OPTIMIZED | flags::NEWLOCALS;
            if let Some(args) = args {
                let m = |n: &str| mangle_name(private.as_deref(), n);
                for a in args.posonlyargs.iter().chain(&args.args) {
                    varnames.insert(m(&a.arg));
                }
                for a in &args.kwonlyargs {
                    varnames.insert(m(&a.arg));
                }
                if let Some(v) = &args.vararg {
                    varnames.insert(m(&v.arg));
                    code_flags |= flags::VARARGS;
                }
                if let Some(k) = &args.kwarg {
                    varnames.insert(m(&k.arg));
                    code_flags |= flags::VARKEYWORDS;
                }
                arg_count = (args.posonlyargs.len() + args.args.len()) as u32;
                posonly_arg_count = args.posonlyargs.len() as u32;
                kwonly_arg_count = args.kwonlyargs.len() as u32;
            } else {
                // Comprehensions take their iterator as the single parameter `.0`.
                for p in &scope.params {
                    varnames.insert(p.clone());
                }
                arg_count = scope.params.len() as u32;
            }
            for (n, sym) in &scope.symbols {
                if sym.scope == SymbolScope::Local {
                    varnames.insert(n.clone());
                }
            }
            if scope.is_nested {
                code_flags |= flags::NESTED;
            }
            code_flags |= match (scope.is_generator, scope.is_coroutine) {
                (true, true) => flags::ASYNC_GENERATOR,
                (true, false) => flags::GENERATOR,
                (false, true) => flags::COROUTINE,
                (false, false) => 0,
            };
        }
        let cellvars: IndexSet<String> = scope.cellvars().into_iter().collect();
        let freevars: IndexSet<String> = scope.freevars().into_iter().collect();
        let qualname = self.qualname_for(id, name);
        let mut builder = CodeBuilder::new();
        builder.loc = Location {
            line: first_line,
            end_line: first_line,
            col: 0,
            end_col: 0,
        };
        self.units.push(Unit {
            builder,
            scope: id,
            kind: scope.kind,
            name: name.to_string(),
            qualname,
            private,
            varnames,
            cellvars,
            freevars,
            fblocks: Vec::new(),
            first_line,
            flags: code_flags,
            arg_count,
            posonly_arg_count,
            kwonly_arg_count,
        });
    }

    /// Closes the current unit and assembles its code object.
    pub(crate) fn exit_scope(&mut self) -> CResult<CodeObject> {
        let unit = self
            .units
            .pop()
            .ok_or_else(|| CompileError::internal("no unit to close"))?;
        // Parameters captured by inner functions start life in their cell.
        let cell_params: Vec<(u32, u32)> = unit
            .cellvars
            .iter()
            .enumerate()
            .filter_map(|(ci, name)| {
                let pi = unit.varnames.get_index_of(name)?;
                (pi < (unit.arg_count + unit.kwonly_arg_count) as usize
                    + (unit.flags & flags::VARARGS != 0) as usize
                    + (unit.flags & flags::VARKEYWORDS != 0) as usize)
                    .then_some((ci as u32, pi as u32))
            })
            .collect();
        let meta = CodeMeta {
            name: unit.name,
            qualname: unit.qualname,
            filename: self.filename.clone(),
            first_line: unit.first_line,
            flags: unit.flags,
            arg_count: unit.arg_count,
            posonly_arg_count: unit.posonly_arg_count,
            kwonly_arg_count: unit.kwonly_arg_count,
            varnames: unit.varnames.into_iter().collect(),
            cellvars: unit.cellvars.into_iter().collect(),
            freevars: unit.freevars.into_iter().collect(),
            cell_params,
        };
        unit.builder
            .assemble(meta)
            .map_err(|e| CompileError::internal(e.0))
    }

    /// CPython's `compiler_set_qualname`.
    fn qualname_for(&self, id: ScopeId, name: &str) -> String {
        let Some(parent) = self.units.last() else {
            return name.to_string();
        };
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        let kind = self.table.scope(id).kind;
        if matches!(kind, ScopeKind::Function | ScopeKind::Class) {
            let mangled = mangle_name(parent.private.as_deref(), name);
            let parent_scope = self.table.scope(parent.scope);
            if parent_scope.lookup(&mangled) == SymbolScope::GlobalExplicit {
                return name.to_string();
            }
        }
        if matches!(parent.kind, ScopeKind::Function | ScopeKind::Lambda) {
            format!("{}.<locals>.{}", parent.qualname, name)
        } else {
            format!("{}.{}", parent.qualname, name)
        }
    }

    // ---- names -----------------------------------------------------------------------------

    fn name_access(&mut self, name: &str) -> NameAccess {
        let mangled = self.mangle(name);
        let scope = self.scope();
        let kind = scope.kind;
        let sym_scope = scope.lookup(&mangled);
        let unit = self.unit();
        match sym_scope {
            SymbolScope::Free | SymbolScope::Cell => {
                if let Some(slot) = unit.deref_slot(&mangled) {
                    return NameAccess::Deref(slot);
                }
            }
            SymbolScope::Local if kind.is_function_like() => {
                if let Some(slot) = unit.local_slot(&mangled) {
                    return NameAccess::Fast(slot);
                }
            }
            SymbolScope::GlobalImplicit if kind.is_function_like() => {
                return NameAccess::Global(self.b().add_name(&mangled));
            }
            SymbolScope::GlobalExplicit => {
                return NameAccess::Global(self.b().add_name(&mangled));
            }
            _ => {}
        }
        NameAccess::Name(self.b().add_name(&mangled))
    }

    /// Loads, stores or deletes `name` with the instruction its scope calls for.
    pub(crate) fn name_op(&mut self, name: &str, ctx: ExprContext) {
        if name == "__debug__" && ctx == ExprContext::Load {
            self.load_const(Constant::Bool(true));
            return;
        }
        let in_class = self.unit().kind == ScopeKind::Class;
        let op = match (self.name_access(name), ctx) {
            (NameAccess::Fast(i), ExprContext::Load) => Instruction::LoadFast(i),
            (NameAccess::Fast(i), ExprContext::Store) => Instruction::StoreFast(i),
            (NameAccess::Fast(i), ExprContext::Del) => Instruction::DeleteFast(i),
            (NameAccess::Deref(i), ExprContext::Load) if in_class => Instruction::LoadClassDeref(i),
            (NameAccess::Deref(i), ExprContext::Load) => Instruction::LoadDeref(i),
            (NameAccess::Deref(i), ExprContext::Store) => Instruction::StoreDeref(i),
            (NameAccess::Deref(i), ExprContext::Del) => Instruction::DeleteDeref(i),
            (NameAccess::Global(i), ExprContext::Load) => Instruction::LoadGlobal(i),
            (NameAccess::Global(i), ExprContext::Store) => Instruction::StoreGlobal(i),
            (NameAccess::Global(i), ExprContext::Del) => Instruction::DeleteGlobal(i),
            (NameAccess::Name(i), ExprContext::Load) => Instruction::LoadName(i),
            (NameAccess::Name(i), ExprContext::Store) => Instruction::StoreName(i),
            (NameAccess::Name(i), ExprContext::Del) => Instruction::DeleteName(i),
        };
        self.emit(op);
    }

    // ---- function objects ------------------------------------------------------------------

    /// Pushes the function object for `code`: closure cells first if it has free variables,
    /// then `MakeFunction`. `extra` says which optional items the caller already pushed.
    pub(crate) fn make_closure(&mut self, code: CodeObject, mut extra: u8) -> CResult<()> {
        if !code.freevars.is_empty() {
            for name in &code.freevars {
                // A free variable of the inner code is a cell or free variable here; a class
                // body's `__class__` cell is the one exception found by name.
                let slot = self.unit().deref_slot(name).ok_or_else(|| {
                    CompileError::internal(format!("no cell for free variable {name}"))
                })?;
                self.emit(Instruction::LoadClosure(slot));
            }
            self.emit(Instruction::BuildTuple(code.freevars.len() as u32));
            extra |= make_function::CLOSURE;
        }
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Instruction::MakeFunction(extra));
        Ok(())
    }

    /// Pushes the defaults tuple and keyword-only defaults dict of `args`, returning the
    /// `MakeFunction` flags for what was pushed.
    pub(crate) fn argument_defaults(&mut self, args: &'a Arguments) -> CResult<u8> {
        let mut flags = 0;
        if !args.defaults.is_empty() {
            for d in &args.defaults {
                self.expr(d)?;
            }
            self.emit(Instruction::BuildTuple(args.defaults.len() as u32));
            flags |= make_function::DEFAULTS;
        }
        let mut count = 0;
        for (arg, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            if let Some(d) = default {
                let name = self.mangle(&arg.arg);
                self.load_const(Constant::Str(name));
                self.expr(d)?;
                count += 1;
            }
        }
        if count > 0 {
            self.emit(Instruction::BuildMap(count));
            flags |= make_function::KW_DEFAULTS;
        }
        Ok(flags)
    }

    /// Pushes the annotations dict of a function, if it has any.
    /// Pushes an annotation's value: the expression's value, or under
    /// `from __future__ import annotations` its source text.
    pub(crate) fn annotation(&mut self, ann: &'a Expr) -> CResult<()> {
        if self.future_annotations {
            self.load_const(Constant::Str(crate::unparse::annotation_text(ann)));
            Ok(())
        } else {
            self.expr(ann)
        }
    }

    fn annotations(&mut self, args: &'a Arguments, returns: Option<&'a Expr>) -> CResult<u8> {
        let mut count = 0;
        for a in args.all() {
            if let Some(ann) = &a.annotation {
                let name = self.mangle(&a.arg);
                self.load_const(Constant::Str(name));
                self.annotation(ann)?;
                count += 1;
            }
        }
        if let Some(r) = returns {
            self.load_const(Constant::Str("return".into()));
            self.annotation(r)?;
            count += 1;
        }
        if count > 0 {
            self.emit(Instruction::BuildMap(count));
            Ok(make_function::ANNOTATIONS)
        } else {
            Ok(0)
        }
    }

    /// `def` / `async def`.
    pub(crate) fn function_def(&mut self, stmt: &'a Stmt, def: &'a FunctionDef) -> CResult<()> {
        let id = self
            .table
            .scope_of_function(def)
            .ok_or_else(|| CompileError::internal("function without a scope"))?;
        for d in &def.decorator_list {
            self.expr(d)?;
        }
        let first_line = def
            .decorator_list
            .first()
            .map_or(stmt.span, |d| d.span)
            .start;
        let first_line = self.index.line_of(first_line);
        self.set_loc(stmt.span);
        let mut extra = self.argument_defaults(&def.args)?;
        extra |= self.annotations(&def.args, def.returns.as_ref())?;

        self.enter_scope(id, &def.name, first_line, Some(&def.args));
        let body = self.docstring(&def.body);
        self.stmts(body)?;
        if !self.b().last_is_terminator() {
            self.load_none();
            self.emit(Instruction::ReturnValue);
        }
        let code = self.exit_scope()?;

        self.set_loc(stmt.span);
        self.make_closure(code, extra)?;
        for _ in &def.decorator_list {
            self.emit(Instruction::Call(1));
        }
        self.name_op(&def.name, ExprContext::Store);
        Ok(())
    }

    /// A function body's docstring becomes its first constant (CPython reads `__doc__` from
    /// `co_consts[0]`); returns the rest of the body.
    fn docstring(&mut self, body: &'a [Stmt]) -> &'a [Stmt] {
        if let Some(doc) = docstring_of(body) {
            self.b().add_const(Constant::Str(doc.to_string()));
            &body[1..]
        } else {
            // No docstring: co_consts[0] is None, as in CPython.
            self.b().add_const(Constant::None);
            body
        }
    }

    pub(crate) fn lambda(
        &mut self,
        expr: &'a Expr,
        args: &'a Arguments,
        body: &'a Expr,
    ) -> CResult<()> {
        let id = self
            .table
            .scope_of_expr(expr)
            .ok_or_else(|| CompileError::internal("lambda without a scope"))?;
        let extra = self.argument_defaults(args)?;
        let line = self.index.line_of(expr.span.start);
        self.enter_scope(id, "<lambda>", line, Some(args));
        // A lambda has no docstring: its first constant is None.
        self.b().add_const(Constant::None);
        self.set_loc(body.span);
        self.expr(body)?;
        if self.scope().is_generator {
            // `lambda: (yield)` is a generator whose return value is dropped.
            self.emit(Instruction::PopTop);
            self.load_none();
        }
        self.emit(Instruction::ReturnValue);
        let code = self.exit_scope()?;
        self.set_loc(expr.span);
        self.make_closure(code, extra)
    }

    /// `class Name(bases, **keywords): body`.
    pub(crate) fn class_def(&mut self, stmt: &'a Stmt, def: &'a ClassDef) -> CResult<()> {
        let id = self
            .table
            .scope_of_class(def)
            .ok_or_else(|| CompileError::internal("class without a scope"))?;
        for d in &def.decorator_list {
            self.expr(d)?;
        }
        let first_line = def
            .decorator_list
            .first()
            .map_or(stmt.span, |d| d.span)
            .start;
        let first_line = self.index.line_of(first_line);

        self.enter_scope(id, &def.name, first_line, None);
        self.set_loc(stmt.span);
        self.name_op("__name__", ExprContext::Load);
        self.name_op("__module__", ExprContext::Store);
        let qualname = self.unit().qualname.clone();
        self.load_const(Constant::Str(qualname));
        self.name_op("__qualname__", ExprContext::Store);
        let mut body: &'a [Stmt] = &def.body;
        if let Some(doc) = docstring_of(body) {
            self.set_loc(body[0].span);
            self.load_const(Constant::Str(doc.to_string()));
            self.name_op("__doc__", ExprContext::Store);
            body = &body[1..];
        }
        if has_annotations(body) {
            self.emit(Instruction::SetupAnnotations);
        }
        self.stmts(body)?;
        if self.scope().needs_class_closure {
            let slot = self
                .unit()
                .deref_slot("__class__")
                .ok_or_else(|| CompileError::internal("no __class__ cell"))?;
            self.emit(Instruction::LoadClosure(slot));
            self.emit(Instruction::Copy(1));
            self.name_op("__classcell__", ExprContext::Store);
        } else {
            self.load_none();
        }
        self.emit(Instruction::ReturnValue);
        let code = self.exit_scope()?;

        self.set_loc(stmt.span);
        self.emit(Instruction::LoadBuildClass);
        self.make_closure(code, 0)?;
        self.load_const(Constant::Str(def.name.clone()));
        self.call_helper(2, &def.bases, &def.keywords)?;
        for _ in &def.decorator_list {
            self.emit(Instruction::Call(1));
        }
        self.name_op(&def.name, ExprContext::Store);
        Ok(())
    }
}

/// The docstring of a body: its first statement, when that is a string literal.
pub(crate) fn docstring_of(body: &[Stmt]) -> Option<&str> {
    match &body.first()?.kind {
        StmtKind::Expr { value } => match &value.kind {
            ExprKind::Constant {
                value: ast::Constant::Str(s),
            } => Some(s.as_str()),
            _ => None,
        },
        _ => None,
    }
}

/// True if the body (not nested scopes) has a simple annotated assignment, which needs
/// `__annotations__` set up at module or class level.
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match &s.kind {
        StmtKind::AnnAssign { .. } => true,
        StmtKind::For { body, orelse, .. }
        | StmtKind::While { body, orelse, .. }
        | StmtKind::If { body, orelse, .. } => has_annotations(body) || has_annotations(orelse),
        StmtKind::With { body, .. } => has_annotations(body),
        StmtKind::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| has_annotations(&h.body))
        }
        StmtKind::Match { cases, .. } => cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}
