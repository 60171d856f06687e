//! The bytecode compiler: a checked AST plus its symbol table in, a [`CodeObject`] out.
//!
//! - [`builder`] emits instructions against labels and assembles a code object (jump targets,
//!   stack depths, the exception table);
//! - [`compiler`] holds the per-scope units, name resolution and function objects;
//! - `stmt.rs`, `blocks.rs`, `expr.rs`, `call.rs`, `comprehension.rs`, `pattern.rs` compile
//!   each kind of node, following CPython 3.11's `Python/compile.c`.

mod blocks;
pub mod builder;
mod call;
pub mod compiler;
mod comprehension;
mod expr;
mod pattern;
mod stmt;
mod unit;
pub mod unparse;

use std::rc::Rc;

use pyasync_bytecode::{CodeObject, Instruction};
use pyasync_syntax::ast::{Expr, Module};
use pyasync_syntax::symtable::{ScopeId, SymbolTable};
use pyasync_syntax::Span;

pub use compiler::Compiler;

/// What went wrong while compiling.
#[derive(Debug, Clone, PartialEq)]
pub enum CompileError {
    /// A SyntaxError the compiler itself found (the checker finds these first; this is a
    /// safety net), at `span`, with columns counted in bytes as CPython's compiler does.
    Syntax { msg: String, span: Span },
    /// A bug in pyasync, reported as SystemError rather than crashing.
    Internal(String),
}

impl CompileError {
    pub fn syntax(msg: impl Into<String>, span: Span) -> CompileError {
        CompileError::Syntax {
            msg: msg.into(),
            span,
        }
    }

    pub fn internal(msg: impl Into<String>) -> CompileError {
        CompileError::Internal(msg.into())
    }
}

/// How the source is to be run, as `compile()`'s mode argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    /// A module or `exec` string.
    Exec,
    /// One interactive statement: expression statements print their value.
    Single,
}

/// Compiles a whole module.
pub fn compile_module(
    module: &Module,
    table: &SymbolTable,
    source: &str,
    filename: &str,
    mode: Mode,
) -> Result<Rc<CodeObject>, CompileError> {
    let mut c = Compiler::new(source, filename, table);
    c.interactive = mode == Mode::Single;
    c.future_annotations =
        pyasync_syntax::check::future::scan(module, source, &c.index, filename).annotations;
    c.enter_scope(ScopeId::MODULE, "<module>", 1, None);
    let mut body: &[pyasync_syntax::ast::Stmt] = &module.body;
    if mode == Mode::Exec {
        if let Some(doc) = compiler::docstring_of(body) {
            c.set_loc(body[0].span);
            c.load_const(pyasync_bytecode::Constant::Str(doc.to_string()));
            c.name_op("__doc__", pyasync_syntax::ast::ExprContext::Store);
            body = &body[1..];
        }
    }
    if compiler::has_annotations(body) {
        c.emit(Instruction::SetupAnnotations);
    }
    c.stmts(body)?;
    c.load_none();
    c.emit(Instruction::ReturnValue);
    c.exit_scope().map(Rc::new)
}

/// Compiles a single expression for `eval()`: the code returns its value.
pub fn compile_expression(
    expr: &Expr,
    table: &SymbolTable,
    source: &str,
    filename: &str,
) -> Result<Rc<CodeObject>, CompileError> {
    let mut c = Compiler::new(source, filename, table);
    c.enter_scope(ScopeId::MODULE, "<module>", 1, None);
    c.expr(expr)?;
    c.emit(Instruction::ReturnValue);
    c.exit_scope().map(Rc::new)
}
