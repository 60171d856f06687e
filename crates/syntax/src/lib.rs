//! The front end of pyasync: source text in, a checked AST (or CPython's `SyntaxError`) out.
//!
//! - [`source`] decodes a file's bytes the way CPython's tokenizer does;
//! - [`parse`] runs rustpython-parser and converts its tree into our own [`ast`];
//!   [`parse_error`] turns its failures into CPython's messages, with the help of a
//!   CPython-style [`tokenize`]r;
//! - [`check`] raises the compile-time errors CPython finds after parsing;
//! - [`span`] maps byte offsets to CPython's lines and columns;
//! - [`error`] is the `SyntaxError` every stage reports.

pub mod ast;
pub mod check;
pub mod error;
mod nesting;
pub mod parse;
pub mod parse_error;
mod rules;
pub mod source;
pub mod span;
mod targets;
pub mod tokenize;

pub use error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
pub use source::decode_source;
pub use span::{LineIndex, Position, Span};

/// Parses `source`, reporting a failure as CPython's `SyntaxError`.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_error::parse_module(source, filename)
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
