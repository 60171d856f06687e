//! The front end of pyasync: source text in, a checked AST (or CPython's `SyntaxError`) out.
//!
//! - [`source`] decodes a file's bytes the way CPython's tokenizer does;
//! - [`parse`] runs rustpython-parser and converts its tree into our own [`ast`];
//!   [`parse_error`] turns its failures into CPython's messages;
//! - [`check`] raises the compile-time errors CPython finds after parsing;
//! - [`symtable`] resolves every name to its scope (and raises the symbol-table errors);
//! - [`span`] maps byte offsets to CPython's lines and columns;
//! - [`error`] is the `SyntaxError` every stage reports; [`render`] prints it as CPython does
//!   (or as a graphical report for terminals).

pub mod ast;
pub mod check;
pub mod error;
pub mod parse;
pub mod parse_error;
pub mod render;
pub mod source;
pub mod span;
pub mod symtable;

pub use error::{ColumnUnit, Help, SyntaxError, SyntaxErrorKind};
pub use render::{render_cpython, render_graphical, SyntaxReport};
pub use source::decode_source;
pub use span::{LineIndex, Position, Span};

/// Parses `source`, reporting a failure as CPython's `SyntaxError`.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse::parse_module(source).map_err(|raw| {
        let index = LineIndex::new(source);
        parse_error::to_syntax_error(raw, source, &index, filename)
    })
}

/// Parses and checks `source`: the AST, or the one error CPython would report.
pub fn compile_check(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let module = parse_module(source, filename)?;
    let index = LineIndex::new(source);
    match check::check_module(&module, source, &index, filename)
        .into_iter()
        .next()
    {
        Some(err) => Err(err),
        None => Ok(module),
    }
}

/// Every error in `source`: the parse error if it does not parse, else every checker error.
pub fn check_all(source: &str, filename: &str) -> Vec<SyntaxError> {
    match parse_module(source, filename) {
        Err(err) => vec![err],
        Ok(module) => {
            let index = LineIndex::new(source);
            check::check_module(&module, source, &index, filename)
        }
    }
}
