//! The symbol table: which names each scope binds, and where every name it uses lives
//! (a fast local, a cell, a free variable from an enclosing function, a global).
//!
//! It mirrors CPython's `Python/symtable.c` in two passes:
//! 1. **build** walks the AST once, opening a [`Scope`] for the module, every class, function,
//!    lambda and comprehension (in 3.11 a comprehension is its own function scope), and records
//!    per scope each name with [`flags`] saying how it was met (assigned, used, parameter,
//!    `global`, `nonlocal`, ...);
//! 2. **analyze** resolves every name to a [`SymbolScope`], walking the scopes top-down with the
//!    set of names bound by enclosing functions, and marks locals captured by inner functions as
//!    cells.
//!
//! The compiler asks [`SymbolTable::scope_of`] for the scope a function, class, lambda or
//! comprehension node opened: scopes are keyed by the node's address, which is stable because
//! the AST is not mutated between the symbol table and code generation.
//!
//! The SyntaxErrors CPython raises from its symbol table are raised here too, with CPython's
//! messages and locations (columns in UTF-8 bytes). CPython stops at the first; we keep going so
//! that `pyasync --check` can list them all, and keep them in the order CPython would meet them:
//! every build-pass error before any analyze-pass error.

use std::collections::{HashMap, HashSet};

use indexmap::IndexMap;

use crate::ast::*;
use crate::error::SyntaxError;
use crate::span::{LineIndex, Span};

mod analyze;
mod builder;
#[cfg(test)]
mod tests;

use analyze::Analyzer;
use builder::Builder;

/// How a name was met in a scope (CPython's `DEF_*` and `USE` flags).
pub mod flags {
    /// Assigned to (or deleted, or a `for`/`with`/`except` target) in this scope.
    pub const DEF_LOCAL: u16 = 1;
    /// Declared `global`.
    pub const DEF_GLOBAL: u16 = 1 << 1;
    /// Declared `nonlocal`.
    pub const DEF_NONLOCAL: u16 = 1 << 2;
    /// A parameter of this function.
    pub const DEF_PARAM: u16 = 1 << 3;
    /// Read in this scope.
    pub const USE: u16 = 1 << 4;
    /// Free in a method of this class while also bound in the class body.
    pub const DEF_FREE_CLASS: u16 = 1 << 5;
    /// Bound by an import.
    pub const DEF_IMPORT: u16 = 1 << 6;
    /// Annotated (`x: int`).
    pub const DEF_ANNOT: u16 = 1 << 7;
    /// A comprehension's iteration variable.
    pub const DEF_COMP_ITER: u16 = 1 << 8;
    /// Any kind of binding.
    pub const DEF_BOUND: u16 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;
}

use flags::*;

/// Index of a scope in [`SymbolTable::scopes`]; the module is always scope 0.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub struct ScopeId(pub u32);

impl ScopeId {
    pub const MODULE: ScopeId = ScopeId(0);
}

/// What opened a scope.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    ListComp,
    SetComp,
    DictComp,
    GeneratorExp,
}

impl ScopeKind {
    /// True for scopes that compile to a function body (every kind but module and class).
    pub fn is_function_like(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }

    pub fn is_comprehension(self) -> bool {
        matches!(
            self,
            ScopeKind::ListComp
                | ScopeKind::SetComp
                | ScopeKind::DictComp
                | ScopeKind::GeneratorExp
        )
    }

    /// The name CPython gives the code object of such a scope, when it is fixed.
    pub fn fixed_name(self) -> Option<&'static str> {
        match self {
            ScopeKind::Module => Some("<module>"),
            ScopeKind::Lambda => Some("<lambda>"),
            ScopeKind::ListComp => Some("<listcomp>"),
            ScopeKind::SetComp => Some("<setcomp>"),
            ScopeKind::DictComp => Some("<dictcomp>"),
            ScopeKind::GeneratorExp => Some("<genexpr>"),
            ScopeKind::Class | ScopeKind::Function => None,
        }
    }
}

/// Where a name lives, once analyzed (CPython's `LOCAL`, `GLOBAL_EXPLICIT`, ...).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum SymbolScope {
    /// Not resolved yet (only during building).
    Unknown,
    /// Bound in this scope and not captured: a fast local in a function, a namespace entry in a
    /// module or class body.
    Local,
    /// Declared `global`.
    GlobalExplicit,
    /// Not bound in this scope nor in any enclosing function: a global or builtin.
    GlobalImplicit,
    /// Bound in an enclosing function.
    Free,
    /// Bound here and captured by an inner scope.
    Cell,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Symbol {
    pub flags: u16,
    pub scope: SymbolScope,
}

impl Symbol {
    pub fn has(&self, flag: u16) -> bool {
        self.flags & flag != 0
    }
}

/// One scope: the module, a class body, a function, a lambda or a comprehension.
#[derive(Clone, Debug)]
pub struct Scope {
    pub kind: ScopeKind,
    /// The function or class name; `<module>`, `<lambda>`, `<listcomp>`, ... otherwise.
    pub name: String,
    pub parent: Option<ScopeId>,
    pub children: Vec<ScopeId>,
    /// Every name met in the scope, in order of first appearance.
    pub symbols: IndexMap<String, Symbol>,
    /// Parameter names in order (a comprehension's single parameter is `.0`).
    pub params: Vec<String>,
    /// Contains `yield` (a generator, or with `is_coroutine` an async generator).
    pub is_generator: bool,
    /// An `async def`, or a comprehension containing `await` or `async for`.
    pub is_coroutine: bool,
    /// Inside a function, directly or through other scopes (CPython's `ste_nested`).
    pub is_nested: bool,
    /// A class body whose methods use `super()` or `__class__`: it needs a `__class__` cell.
    pub needs_class_closure: bool,
    /// Has free variables (CPython's `ste_free`).
    pub has_free: bool,
    /// A child scope has free variables (CPython's `ste_child_free`).
    pub child_has_free: bool,
    /// The location of the node that opened the scope.
    pub span: Span,
    /// Where each `global`/`nonlocal` name was declared, for errors found in analysis.
    directives: HashMap<String, Span>,
    /// Nonzero while visiting a comprehension's iterable expression in this scope.
    comp_iter_expr: u32,
    /// True while visiting a comprehension's `for` target in this scope.
    comp_iter_target: bool,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, span: Span) -> Scope {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            children: Vec::new(),
            symbols: IndexMap::new(),
            params: Vec::new(),
            is_generator: false,
            is_coroutine: false,
            is_nested: false,
            needs_class_closure: false,
            has_free: false,
            child_has_free: false,
            span,
            directives: HashMap::new(),
            comp_iter_expr: 0,
            comp_iter_target: false,
        }
    }

    /// The analyzed scope of `name` in this scope (`GlobalImplicit` for a name never met).
    pub fn lookup(&self, name: &str) -> SymbolScope {
        self.symbols
            .get(name)
            .map_or(SymbolScope::GlobalImplicit, |s| s.scope)
    }

    pub fn symbol(&self, name: &str) -> Option<&Symbol> {
        self.symbols.get(name)
    }

    /// Names captured by inner scopes, sorted as CPython sorts `co_cellvars`.
    pub fn cellvars(&self) -> Vec<String> {
        let mut cells: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymbolScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_closure {
            cells.push("__class__".to_string());
        }
        cells.sort();
        cells
    }

    /// Names this scope takes from enclosing functions, sorted as CPython sorts
    /// `co_freevars`. In a class body this includes names that are free in a method and also
    /// bound in the class (`DEF_FREE_CLASS`).
    pub fn freevars(&self) -> Vec<String> {
        let mut free: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| {
                s.scope == SymbolScope::Free
                    || (self.kind == ScopeKind::Class && s.has(DEF_FREE_CLASS))
            })
            .map(|(n, _)| n.clone())
            .collect();
        free.sort();
        free
    }
}

/// The result: every scope, the node → scope map, and the errors found.
#[derive(Debug)]
pub struct SymbolTable {
    pub scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    /// SyntaxErrors in the order CPython would meet them; CPython reports the first.
    pub errors: Vec<SyntaxError>,
}

impl SymbolTable {
    pub fn scope(&self, id: ScopeId) -> &Scope {
        &self.scopes[id.0 as usize]
    }

    /// The scope opened by a function definition.
    pub fn scope_of_function(&self, def: &FunctionDef) -> Option<ScopeId> {
        self.by_node.get(&node_key(def)).copied()
    }

    /// The scope opened by a class definition.
    pub fn scope_of_class(&self, def: &ClassDef) -> Option<ScopeId> {
        self.by_node.get(&node_key(def)).copied()
    }

    /// The scope opened by a lambda or comprehension expression.
    pub fn scope_of_expr(&self, expr: &Expr) -> Option<ScopeId> {
        self.by_node.get(&node_key(expr)).copied()
    }
}

fn node_key<T>(node: &T) -> usize {
    node as *const T as usize
}

/// Builds and analyzes the symbol table of `module`.
pub fn build(module: &Module, source: &str, index: &LineIndex, filename: &str) -> SymbolTable {
    let mut b = Builder {
        scopes: vec![Scope::new(
            ScopeKind::Module,
            "<module>",
            None,
            Span::default(),
        )],
        by_node: HashMap::new(),
        stack: vec![ScopeId::MODULE],
        errors: Vec::new(),
        source,
        index,
        filename,
    };
    for stmt in &module.body {
        b.stmt(stmt);
    }
    let mut table = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
        errors: b.errors,
    };
    let mut analyze_errors = Vec::new();
    let mut analyzer = Analyzer {
        table: &mut table,
        errors: &mut analyze_errors,
        source,
        index,
        filename,
    };
    analyzer.analyze_block(
        ScopeId::MODULE,
        None,
        &mut HashSet::new(),
        &mut HashSet::new(),
    );
    table.errors.extend(analyze_errors);
    table
}

/// Private-name mangling: inside class `C`, `__x` becomes `_C__x` (CPython's `_Py_Mangle`).
fn mangle(scopes: &[Scope], stack: &[ScopeId], name: &str) -> String {
    mangle_name(innermost_class(scopes, stack), name)
}

fn innermost_class<'s>(scopes: &'s [Scope], stack: &[ScopeId]) -> Option<&'s str> {
    stack
        .iter()
        .rev()
        .map(|id| &scopes[id.0 as usize])
        .find(|s| s.kind == ScopeKind::Class)
        .map(|s| s.name.as_str())
}

/// Mangles `name` for the class named `class` (no class: unchanged).
pub fn mangle_name(class: Option<&str>, name: &str) -> String {
    let Some(class) = class else {
        return name.to_string();
    };
    if !name.starts_with("__") || name.ends_with("__") || name.contains('.') {
        return name.to_string();
    }
    let stripped = class.trim_start_matches('_');
    if stripped.is_empty() {
        return name.to_string();
    }
    format!("_{stripped}{name}")
}
