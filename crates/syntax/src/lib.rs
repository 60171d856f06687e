//! The front end of pyasync: source text in, a checked AST (or CPython's `SyntaxError`) out.
//!
//! - [`parse`] runs rustpython-parser and converts its tree into our own [`ast`];
//! - [`span`] maps byte offsets to CPython's lines and columns;
//! - [`error`] is the `SyntaxError` every stage reports.

pub mod ast;
pub mod error;
pub mod parse;
pub mod span;

pub use error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
pub use span::{LineIndex, Position, Span};
