//! The static checker: every `SyntaxError` CPython 3.11 raises after parsing, with CPython's
//! message and position, before pyasync compiles anything.
//!
//! CPython finds these errors in three passes over the AST, each stopping at its first error:
//! 1. the future pass (`Python/future.c`, here `future.rs`): `from __future__` imports;
//! 2. the symbol table (`Python/symtable.c`, here `crate::symtable`): scoping rules
//!    (`nonlocal`, `global`, duplicate parameters, `yield` in a comprehension, ...);
//! 3. the compiler (`Python/compile.c`, here the rest of this module): where `await`, `yield`,
//!    `return`, `break`, `async for` ... may appear, assignment targets, `match` patterns,
//!    nesting limits.
//!
//! [`check_module`] returns the errors of all three passes, each pass's errors in the order
//! that pass meets them, and the passes in CPython's order; so the first error is the one
//! CPython reports (a symbol-table error anywhere beats a compiler error earlier in the file),
//! and `pyasync --check` can list the rest.
//!
//! The compiler pass is a walk in code-generation order over a model of CPython's compiler
//! state (`context.rs`): the unit being compiled, its current location, its frame blocks.
//! Files by concern: `scopes.rs` (generator/coroutine flags of each scope), `stmts.rs`,
//! `exprs.rs`, `flow.rs` (`break`/`continue`/`return`), `async_rules.rs`, `targets.rs`
//! (names, starred targets, keywords), `patterns.rs`, `constants.rs` (folded literals).

use crate::ast::Module;
use crate::error::SyntaxError;
use crate::span::LineIndex;
use crate::symtable;

mod async_rules;
mod constants;
mod context;
mod exprs;
mod flow;
pub mod future;
mod patterns;
mod scopes;
mod stmts;
mod targets;
#[cfg(test)]
mod tests;

/// Nodes nested deeper than this are not examined. CPython gives up near the same depth
/// (3,000 levels, with `RecursionError: maximum recursion depth exceeded during compilation`),
/// and the limit keeps the walk from exhausting the stack on a pathological tree.
pub(crate) const MAX_DEPTH: usize = 3000;

/// Every compile-time error in `module`, ordered so that the first is the one CPython reports:
/// the future pass's errors, then the symbol table's, then the compiler's.
pub fn check_module(
    module: &Module,
    source: &str,
    index: &LineIndex,
    filename: &str,
) -> Vec<SyntaxError> {
    let future = future::scan(module, source, index, filename);
    let table = symtable::build(module, source, index, filename);
    let flags = scopes::ScopeFlags::compute(module, future.annotations);
    let mut checker = context::Checker::new(source, index, filename, &future, &flags);
    checker.stmts(&module.body);
    let compiler_errors = checker.into_errors();

    let mut errors = future.errors;
    errors.extend(table.errors);
    errors.extend(compiler_errors);
    errors
}
