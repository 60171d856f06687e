//! The front end of pyasync: source text in, a checked AST (or CPython's `SyntaxError`) out.
//!
//! - [`source`] decodes a file's bytes the way CPython's tokenizer does;
//! - [`parse`] runs rustpython-parser and converts its tree into our own [`ast`];
//!   [`parse_error`] turns its failures into CPython's messages, with the help of a
//!   CPython-style [`tokenize`]r;
//! - [`check`] raises the compile-time errors CPython finds after parsing;
//! - [`symtable`] resolves every name to its scope (and raises the symbol-table errors);
//! - [`span`] maps byte offsets to CPython's lines and columns;
//! - [`error`] is the `SyntaxError` every stage reports; [`render`] prints it as CPython does
//!   (or as a graphical report for terminals).

pub mod ast;
pub mod check;
pub mod error;
mod nesting;
pub mod parse;
pub mod parse_error;
pub mod render;
mod rules;
mod single;
pub mod source;
pub mod span;
pub mod symtable;
mod targets;
pub mod tokenize;

pub use error::{ColumnUnit, Help, SyntaxError, SyntaxErrorKind};
pub use render::{render_cpython, render_graphical, SyntaxReport};
pub use source::decode_source;
pub use span::{LineIndex, Position, Span};

/// Parses `source`, reporting a failure as CPython's `SyntaxError`.
pub fn parse_module(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    parse_error::parse_module(source, filename)
}

/// Adjusts an error for a program read from a file or stdin (`python3 x.py`), where CPython's
/// tokenizer reports "expected an indented block" at the end of the file without a column
/// (no caret line), unlike `compile()` or `-c`, which point just past the last character.
pub fn as_read_from_file(mut err: SyntaxError, source: &str) -> SyntaxError {
    let at_end = source
        .get(err.span.start as usize..)
        .is_some_and(|rest| rest.trim().is_empty());
    if err.kind == SyntaxErrorKind::IndentationError
        && err.msg.starts_with("expected an indented block")
        && at_end
    {
        err.offset = 0;
        err.end_offset = 0;
    }
    err
}

/// Parses `source` as one expression (what `eval()` takes).
pub fn parse_expression(source: &str, filename: &str) -> Result<ast::Expr, SyntaxError> {
    parse_error::precheck_expression(source, filename)?;
    parse::parse_expression(source).map_err(|raw| {
        // The statement parser knows CPython's messages; when the text is a valid statement
        // but not an expression (`x = 1`), CPython says "invalid syntax" where it stopped.
        match parse_error::parse_module(source, filename) {
            Err(e) => e,
            Ok(_) => {
                let index = LineIndex::new(source);
                SyntaxError::at_span(
                    SyntaxErrorKind::SyntaxError,
                    "invalid syntax",
                    filename,
                    source,
                    &index,
                    Span::new(raw.offset, raw.offset + 1),
                    ColumnUnit::Chars,
                )
            }
        }
    })
}

/// Parses and checks `source`: the AST, or the one error CPython would report.
pub fn compile_check(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    checked(parse_module(source, filename)?, source, filename)
}

/// [`compile_check`] for `compile(..., 'single')`: also one interactive statement only.
pub fn compile_check_single(source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
    let module = parse_module(source, filename)?;
    single::check_single(&module, source, filename)?;
    checked(module, source, filename)
}

/// A parsed module after the static checker: itself, or the first error.
fn checked(module: ast::Module, source: &str, filename: &str) -> Result<ast::Module, SyntaxError> {
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
