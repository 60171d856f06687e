//! The static checker: one pass over the AST that finds every compile-time `SyntaxError`
//! CPython 3.11 raises after parsing (in its symbol table and compiler passes).

use crate::ast::Module;
use crate::error::SyntaxError;
use crate::span::LineIndex;
use crate::symtable;

/// Every compile-time error in `module`, ordered so that the first is the one CPython reports:
/// CPython runs its symbol-table pass over the whole module before its compiler pass, so every
/// symbol-table error comes first.
pub fn check_module(
    module: &Module,
    source: &str,
    index: &LineIndex,
    filename: &str,
) -> Vec<SyntaxError> {
    let table = symtable::build(module, source, index, filename);
    table.errors
}
