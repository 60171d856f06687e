//! One unit of compilation: the code object being built for a module, class body, function,
//! lambda or comprehension, with its slot tables and its stack of enclosing blocks.

use indexmap::IndexSet;
use pyasync_syntax::ast::Stmt;
use pyasync_syntax::symtable::{ScopeId, ScopeKind};

use crate::builder::{CodeBuilder, Label};

/// A block that `break`, `continue`, `return` and exceptions must unwind through (CPython's
/// `fblockinfo`).
#[derive(Clone, Debug)]
pub enum FBlock<'a> {
    /// A `while` loop: `continue` jumps to `top`, `break` to `exit`.
    WhileLoop { top: Label, exit: Label },
    /// A `for` loop: its iterator is on the stack.
    ForLoop { top: Label, exit: Label },
    /// An `async for` loop: its async iterator is on the stack.
    AsyncForLoop { top: Label, exit: Label },
    /// The body of a `try` with `except` clauses.
    TryExcept,
    /// The body of a `try` with `finally`: leaving it runs the finally body.
    FinallyTry { body: &'a [Stmt] },
    /// The finally body run for an exception: the exception is on the stack.
    FinallyEnd,
    /// The body of `with`/`async with`: leaving it calls `__exit__`.
    With { is_async: bool },
    /// Inside an `except` clause; `name` is the `as` target to clear on exit.
    HandlerCleanup { name: Option<&'a str> },
    /// A value sits on the stack that must be popped when leaving.
    PopValue,
    /// Inside an `except`/`except*` handler body, before cleanup.
    ExceptionHandler,
    /// Inside an `except*` handler body.
    ExceptionGroupHandler,
    /// The loop of an async comprehension.
    AsyncComprehensionGenerator,
}

pub struct Unit<'a> {
    pub builder: CodeBuilder,
    pub scope: ScopeId,
    pub kind: ScopeKind,
    pub name: String,
    pub qualname: String,
    /// The class whose name mangles private names here (the innermost enclosing class).
    pub private: Option<String>,
    pub varnames: IndexSet<String>,
    pub cellvars: IndexSet<String>,
    pub freevars: IndexSet<String>,
    pub fblocks: Vec<FBlock<'a>>,
    pub first_line: u32,
    pub flags: u32,
    pub arg_count: u32,
    pub posonly_arg_count: u32,
    pub kwonly_arg_count: u32,
}

impl Unit<'_> {
    /// The fast slot of a cell or free variable (cells follow the locals, free variables follow
    /// the cells).
    pub fn deref_slot(&self, name: &str) -> Option<u32> {
        if let Some(i) = self.cellvars.get_index_of(name) {
            return Some((self.varnames.len() + i) as u32);
        }
        self.freevars
            .get_index_of(name)
            .map(|i| (self.varnames.len() + self.cellvars.len() + i) as u32)
    }

    /// The fast slot of a local. Every local is registered when the unit is opened, so the
    /// cell and free slots that follow the locals never move.
    pub fn local_slot(&self, name: &str) -> Option<u32> {
        self.varnames.get_index_of(name).map(|i| i as u32)
    }
}
