//! The disassembler behind `pyasync --dis`: a listing in the spirit of CPython's `dis`
//! module, one line per instruction with its source line, index, name, operand and the
//! operand's meaning, then the exception table, then every nested code object.

use std::fmt::Write;

use crate::code::{CodeObject, Constant};
use crate::instruction::Instruction;
use crate::repr;

/// Disassembles `code` and, after it, every code object nested in its constants.
pub fn disassemble(code: &CodeObject) -> String {
    let mut out = String::new();
    disassemble_into(code, &mut out);
    out
}

fn disassemble_into(code: &CodeObject, out: &mut String) {
    let _ = writeln!(
        out,
        "Disassembly of <code object {} at line {}> ({}):",
        code.qualname,
        code.first_line,
        describe_flags(code.flags)
    );
    let mut last_line = 0;
    for (i, instr) in code.instructions.iter().enumerate() {
        let line = code.line_of(i as u32);
        let line_col = if line != last_line && line != 0 {
            last_line = line;
            format!("{line:>4}")
        } else {
            "    ".to_string()
        };
        let target_mark = if is_jump_target(code, i as u32) {
            ">>"
        } else {
            "  "
        };
        let (name, arg) = name_and_arg(instr);
        let note = describe_arg(code, instr);
        let arg_text = arg.map(|a| a.to_string()).unwrap_or_default();
        let line_text = format!("{line_col} {target_mark} {i:>5} {name:<22} {arg_text:>5}");
        if note.is_empty() {
            let _ = writeln!(out, "{}", line_text.trim_end());
        } else {
            let _ = writeln!(out, "{line_text} ({note})");
        }
    }
    if !code.exception_table.is_empty() {
        let _ = writeln!(out, "ExceptionTable:");
        for e in &code.exception_table {
            let _ = writeln!(
                out,
                "  {} to {} -> {} [{}]{}",
                e.start,
                e.end,
                e.handler,
                e.depth,
                if e.push_lasti { " lasti" } else { "" }
            );
        }
    }
    for c in &code.constants {
        if let Constant::Code(inner) = c {
            out.push('\n');
            disassemble_into(inner, out);
        }
    }
}

fn describe_flags(flags: u32) -> String {
    use crate::code::flags::*;
    let names = [
        (OPTIMIZED, "OPTIMIZED"),
        (NEWLOCALS, "NEWLOCALS"),
        (VARARGS, "VARARGS"),
        (VARKEYWORDS, "VARKEYWORDS"),
        (NESTED, "NESTED"),
        (GENERATOR, "GENERATOR"),
        (COROUTINE, "COROUTINE"),
        (ITERABLE_COROUTINE, "ITERABLE_COROUTINE"),
        (ASYNC_GENERATOR, "ASYNC_GENERATOR"),
    ];
    let set: Vec<&str> = names
        .iter()
        .filter(|(bit, _)| flags & bit != 0)
        .map(|(_, n)| *n)
        .collect();
    if set.is_empty() {
        "no flags".to_string()
    } else {
        set.join(", ")
    }
}

fn is_jump_target(code: &CodeObject, index: u32) -> bool {
    code.instructions
        .iter()
        .any(|i| i.jump_target() == Some(index))
        || code.exception_table.iter().any(|e| e.handler == index)
}

/// The opcode's name in CPython's style (`LOAD_FAST`) and its numeric operand.
fn name_and_arg(instr: &Instruction) -> (String, Option<i64>) {
    let debug = format!("{instr:?}");
    let (variant, rest) = match debug.find(['(', ' ']) {
        Some(p) => (&debug[..p], &debug[p..]),
        None => (debug.as_str(), ""),
    };
    let name = screaming_snake(variant);
    let arg = match *instr {
        Instruction::BinaryOp(op) => Some(op as i64),
        Instruction::CompareOp(op) => Some(op as i64),
        Instruction::GetAwaitable(w) => Some(w as i64),
        Instruction::IsOp(b)
        | Instruction::ContainsOp(b)
        | Instruction::CallFunctionEx(b)
        | Instruction::YieldValue(b) => Some(b as i64),
        Instruction::UnpackEx { before, after } => Some(((after as i64) << 8) | before as i64),
        _ => rest
            .trim_matches(|c| c == '(' || c == ')')
            .parse::<i64>()
            .ok(),
    };
    (name, arg)
}

fn screaming_snake(camel: &str) -> String {
    let mut out = String::new();
    for (i, ch) in camel.chars().enumerate() {
        if ch.is_ascii_uppercase() && i > 0 {
            out.push('_');
        }
        out.push(ch.to_ascii_uppercase());
    }
    out
}

/// What the operand means, e.g. the constant's value or the variable's name.
fn describe_arg(code: &CodeObject, instr: &Instruction) -> String {
    use Instruction::*;
    let name = |i: u32| code.names.get(i as usize).cloned().unwrap_or_default();
    match *instr {
        LoadConst(i) | KwNames(i) => code
            .constants
            .get(i as usize)
            .map(constant_repr)
            .unwrap_or_default(),
        LoadFast(i) | StoreFast(i) | DeleteFast(i) => {
            code.varnames.get(i as usize).cloned().unwrap_or_default()
        }
        LoadDeref(i) | StoreDeref(i) | DeleteDeref(i) | LoadClassDeref(i) | LoadClosure(i) => {
            code.slot_name(i as usize).to_string()
        }
        LoadGlobal(i) | StoreGlobal(i) | DeleteGlobal(i) | LoadName(i) | StoreName(i)
        | DeleteName(i) | LoadAttr(i) | StoreAttr(i) | DeleteAttr(i) | LoadMethod(i)
        | ImportName(i) | ImportFrom(i) => name(i),
        BinaryOp(op) => op.symbol().to_string(),
        CompareOp(op) => op.symbol().to_string(),
        Jump(t) | PopJumpIfFalse(t) | PopJumpIfTrue(t) | PopJumpIfNone(t) | PopJumpIfNotNone(t)
        | JumpIfFalseOrPop(t) | JumpIfTrueOrPop(t) | ForIter(t) | Send(t) => format!("to {t}"),
        _ => String::new(),
    }
}

/// A constant as Python's `repr` shows it.
pub fn constant_repr(c: &Constant) -> String {
    match c {
        Constant::None => "None".into(),
        Constant::Bool(true) => "True".into(),
        Constant::Bool(false) => "False".into(),
        Constant::Int(i) => i.to_string(),
        Constant::BigInt(s) => s.clone(),
        Constant::Float(f) => repr::float_repr(*f),
        Constant::Complex { real, imag } => repr::complex_repr(*real, *imag),
        Constant::Str(s) => repr::str_repr(s),
        Constant::Bytes(b) => repr::bytes_repr(b),
        Constant::Tuple(items) => {
            let inner: Vec<String> = items.iter().map(constant_repr).collect();
            if inner.len() == 1 {
                format!("({},)", inner[0])
            } else {
                format!("({})", inner.join(", "))
            }
        }
        Constant::Ellipsis => "Ellipsis".into(),
        Constant::Code(code) => format!("<code object {}>", code.name),
    }
}
