//! Calls: plain calls, method calls (`obj.m(...)` without a bound-method object), keyword
//! arguments, and the general `f(*args, **kwargs)` form (CPython's `compiler_call_helper`).

use pyasync_bytecode::{Constant, Instruction};
use pyasync_syntax::ast::*;

use crate::compiler::{CResult, Compiler};

fn is_starred(e: &Expr) -> bool {
    matches!(e.kind, ExprKind::Starred { .. })
}

impl<'a> Compiler<'a> {
    pub(crate) fn call(
        &mut self,
        e: &'a Expr,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        let simple = !args.iter().any(is_starred) && keywords.iter().all(|k| k.arg.is_some());
        if let (
            true,
            ExprKind::Attribute {
                value,
                attr,
                ctx: ExprContext::Load,
            },
        ) = (simple, &func.kind)
        {
            // obj.method(args): [obj] -> [method, self_or_NULL] -> call without binding.
            self.expr(value)?;
            let name = self.mangle(attr);
            let i = self.b().add_name(&name);
            self.set_loc(func.span);
            self.emit(Instruction::LoadMethod(i));
            for a in args {
                self.expr(a)?;
            }
            let n = self.keyword_values(keywords)?;
            self.set_loc(e.span);
            self.emit(Instruction::CallMethod(args.len() as u32 + n));
            return Ok(());
        }
        self.expr(func)?;
        self.call_helper(0, args, keywords)?;
        Ok(())
    }

    /// Pushes the values of plain `name=value` keywords and announces their names with
    /// `KwNames`; returns how many there are.
    fn keyword_values(&mut self, keywords: &'a [Keyword]) -> CResult<u32> {
        if keywords.is_empty() {
            return Ok(0);
        }
        let mut names = Vec::with_capacity(keywords.len());
        for k in keywords {
            self.expr(&k.value)?;
            names.push(Constant::Str(k.arg.clone().unwrap_or_default()));
        }
        let i = self.b().add_const(Constant::Tuple(names));
        self.emit(Instruction::KwNames(i));
        Ok(keywords.len() as u32)
    }

    /// Calls the callable on the stack, under `pushed` positional arguments already pushed
    /// above it, with `args` and `keywords`.
    pub(crate) fn call_helper(
        &mut self,
        pushed: u32,
        args: &'a [Expr],
        keywords: &'a [Keyword],
    ) -> CResult<()> {
        let simple = !args.iter().any(is_starred) && keywords.iter().all(|k| k.arg.is_some());
        if simple {
            for a in args {
                self.expr(a)?;
            }
            let n = self.keyword_values(keywords)?;
            self.emit(Instruction::Call(pushed + args.len() as u32 + n));
            return Ok(());
        }

        // The general form: a tuple of positional arguments and a dict of keyword arguments.
        match args.iter().position(is_starred) {
            // `f(*x)` alone passes x itself; CALL_FUNCTION_EX makes the tuple (compile.c).
            Some(0) if pushed == 0 && args.len() == 1 => {
                if let ExprKind::Starred { value, .. } = &args[0].kind {
                    self.expr(value)?;
                }
            }
            None => {
                for a in args {
                    self.expr(a)?;
                }
                self.emit(Instruction::BuildTuple(pushed + args.len() as u32));
            }
            Some(first) => {
                for a in &args[..first] {
                    self.expr(a)?;
                }
                self.emit(Instruction::BuildList(pushed + first as u32));
                for a in &args[first..] {
                    match &a.kind {
                        ExprKind::Starred { value, .. } => {
                            self.expr(value)?;
                            self.emit(Instruction::ListExtend(1));
                        }
                        _ => {
                            self.expr(a)?;
                            self.emit(Instruction::ListAppend(1));
                        }
                    }
                }
                self.emit(Instruction::ListToTuple);
            }
        }
        if keywords.is_empty() {
            self.emit(Instruction::CallFunctionEx(false));
            return Ok(());
        }
        let mut have_dict = false;
        let mut seen = 0usize;
        for (i, k) in keywords.iter().enumerate() {
            if k.arg.is_some() {
                seen += 1;
                continue;
            }
            if seen > 0 {
                self.keyword_dict(&keywords[i - seen..i])?;
                if have_dict {
                    self.emit(Instruction::DictMerge(1));
                }
                have_dict = true;
                seen = 0;
            }
            if !have_dict {
                self.emit(Instruction::BuildMap(0));
                have_dict = true;
            }
            self.expr(&k.value)?;
            self.emit(Instruction::DictMerge(1));
        }
        if seen > 0 {
            self.keyword_dict(&keywords[keywords.len() - seen..])?;
            if have_dict {
                self.emit(Instruction::DictMerge(1));
            }
        }
        self.emit(Instruction::CallFunctionEx(true));
        Ok(())
    }

    /// `[] -> [{name: value, ..}]` for a run of plain keywords.
    fn keyword_dict(&mut self, keywords: &'a [Keyword]) -> CResult<()> {
        for k in keywords {
            self.load_const(Constant::Str(k.arg.clone().unwrap_or_default()));
            self.expr(&k.value)?;
        }
        self.emit(Instruction::BuildMap(keywords.len() as u32));
        Ok(())
    }
}
