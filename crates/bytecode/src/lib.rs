//! pyasync's compiled form of Python code: [`CodeObject`] (the unit the compiler produces and
//! the VM runs), the instruction set ([`Instruction`]) and the disassembler ([`dis`]).

pub mod code;
pub mod dis;
pub mod instruction;
pub mod repr;
pub mod unicode;
#[rustfmt::skip]
pub mod unicode_tables;

pub use code::{CodeObject, Constant, ExceptionEntry, Location};
pub use instruction::{AwaitableWhere, BinaryOperator, ComparisonOperator, Instruction};
