//! `match` statements (PEP 634).
//!
//! Not compiled yet: a `match` statement raises NotImplementedError when it runs, naming the
//! missing feature (see docs/limitations.md).

use pyasync_bytecode::{Constant, Instruction};
use pyasync_syntax::ast::*;

use crate::compiler::{CResult, Compiler};

pub(crate) fn compile_match<'a>(
    c: &mut Compiler<'a>,
    s: &'a Stmt,
    subject: &'a Expr,
    _cases: &'a [MatchCase],
) -> CResult<()> {
    c.expr(subject)?;
    c.emit(Instruction::PopTop);
    c.set_loc(s.span);
    let i = c.b().add_name("NotImplementedError");
    c.emit(Instruction::LoadGlobal(i));
    c.load_const(Constant::Str(
        "pyasync does not support match statements yet".into(),
    ));
    c.emit(Instruction::Call(1));
    c.emit(Instruction::RaiseVarargs(1));
    Ok(())
}
