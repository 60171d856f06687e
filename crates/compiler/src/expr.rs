//! Expressions (CPython's `compiler_visit_expr`), conditional jumps on expressions
//! (`compiler_jump_if`), displays with `*` unpacking, and f-strings.

use pyasync_bytecode::instruction::format_value;
use pyasync_bytecode::{AwaitableWhere, ComparisonOperator, Constant, Instruction};
use pyasync_syntax::ast::{self, *};

use crate::builder::Label;
use crate::compiler::{CResult, Compiler};
use crate::stmt::binary_operator;

impl<'a> Compiler<'a> {
    /// Compiles `e`. Its instructions carry `e`'s location; the location in force before is
    /// restored afterwards, so an operation emitted after its operands (a call, a binary
    /// operator) points at its own expression and not at its last operand.
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult<()> {
        let outer = self.b().loc;
        self.set_loc(e.span);
        let result = self.expr_kind(e);
        self.b().loc = outer;
        result
    }

    fn expr_kind(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let end = self.new_label();
                let jump = match op {
                    BoolOp::And => Instruction::JumpIfFalseOrPop,
                    BoolOp::Or => Instruction::JumpIfTrueOrPop,
                };
                let last = values.len().saturating_sub(1);
                for (i, v) in values.iter().enumerate() {
                    self.expr(v)?;
                    if i < last {
                        self.jump(jump, end);
                    }
                }
                self.bind(end);
            }
            ExprKind::NamedExpr { target, value } => {
                self.expr(value)?;
                self.emit(Instruction::Copy(1));
                self.store_target(target)?;
            }
            ExprKind::BinOp { left, op, right } => {
                self.expr(left)?;
                self.expr(right)?;
                self.set_loc(e.span);
                self.emit(Instruction::BinaryOp(binary_operator(*op)));
            }
            ExprKind::UnaryOp { op, operand } => {
                // `-5` is the constant -5, as CPython folds it.
                if let (UnaryOp::USub, ExprKind::Constant { value }) = (op, &operand.kind) {
                    if let Some(c) = negated_constant(value) {
                        self.load_const(c);
                        return Ok(());
                    }
                }
                self.expr(operand)?;
                self.set_loc(e.span);
                self.emit(match op {
                    UnaryOp::Invert => Instruction::UnaryInvert,
                    UnaryOp::Not => Instruction::UnaryNot,
                    UnaryOp::UAdd => Instruction::UnaryPositive,
                    UnaryOp::USub => Instruction::UnaryNegative,
                });
            }
            ExprKind::Lambda { args, body } => self.lambda(e, args, body)?,
            ExprKind::IfExp { test, body, orelse } => {
                let end = self.new_label();
                let else_label = self.new_label();
                self.jump_if(test, false, else_label)?;
                self.expr(body)?;
                self.jump(Instruction::Jump, end);
                self.bind(else_label);
                self.expr(orelse)?;
                self.bind(end);
            }
            ExprKind::Dict { keys, values } => self.dict_display(keys, values)?,
            ExprKind::Set { elts } => self.sequence_display(elts, Display::Set)?,
            ExprKind::ListComp { elt, generators } => {
                self.comprehension(e, generators, elt, None)?
            }
            ExprKind::SetComp { elt, generators } => {
                self.comprehension(e, generators, elt, None)?
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => self.comprehension(e, generators, key, Some(value))?,
            ExprKind::GeneratorExp { elt, generators } => {
                self.comprehension(e, generators, elt, None)?
            }
            ExprKind::Await { value } => {
                self.expr(value)?;
                self.set_loc(e.span);
                self.await_top(AwaitableWhere::Await);
            }
            ExprKind::Yield { value } => {
                match value {
                    Some(v) => self.expr(v)?,
                    None => self.load_none(),
                }
                self.set_loc(e.span);
                if self.scope().is_generator && self.scope().is_coroutine {
                    self.emit(Instruction::AsyncGenWrap);
                }
                self.emit(Instruction::YieldValue(false));
            }
            ExprKind::YieldFrom { value } => {
                self.expr(value)?;
                self.set_loc(e.span);
                self.emit(Instruction::GetYieldFromIter);
                self.load_none();
                self.yield_from_loop();
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => self.compare(e, left, ops, comparators)?,
            ExprKind::Call {
                func,
                args,
                keywords,
            } => self.call(e, func, args, keywords)?,
            ExprKind::FormattedValue {
                value,
                conversion,
                format_spec,
            } => self.formatted_value(value, *conversion, format_spec.as_deref(), false)?,
            ExprKind::JoinedStr { values } => self.joined_str(values)?,
            ExprKind::Constant { value } => {
                let c = constant(value);
                self.load_const(c);
            }
            ExprKind::Attribute { value, attr, ctx } => {
                self.expr(value)?;
                let name = self.mangle(attr);
                let i = self.b().add_name(&name);
                self.set_loc(e.span);
                match ctx {
                    ExprContext::Load => self.emit(Instruction::LoadAttr(i)),
                    ExprContext::Store => self.emit(Instruction::StoreAttr(i)),
                    ExprContext::Del => self.emit(Instruction::DeleteAttr(i)),
                }
            }
            ExprKind::Subscript { value, slice, ctx } => {
                self.expr(value)?;
                self.expr(slice)?;
                self.set_loc(e.span);
                match ctx {
                    ExprContext::Load => self.emit(Instruction::BinarySubscr),
                    ExprContext::Store => self.emit(Instruction::StoreSubscr),
                    ExprContext::Del => self.emit(Instruction::DeleteSubscr),
                }
            }
            ExprKind::Starred { .. } => {
                return Err(self.error("can't use starred expression here", e.span));
            }
            ExprKind::Name { id, ctx } => self.name_op(id, *ctx),
            ExprKind::List { elts, .. } => self.sequence_display(elts, Display::List)?,
            ExprKind::Tuple { elts, .. } => self.sequence_display(elts, Display::Tuple)?,
            ExprKind::Slice { lower, upper, step } => {
                for part in [lower, upper] {
                    match part {
                        Some(p) => self.expr(p)?,
                        None => self.load_none(),
                    }
                }
                match step {
                    Some(s) => {
                        self.expr(s)?;
                        self.emit(Instruction::BuildSlice(3));
                    }
                    None => self.emit(Instruction::BuildSlice(2)),
                }
            }
        }
        Ok(())
    }

    /// Jumps to `label` when `test` is `cond`, without materializing a bool where the test's
    /// shape allows (CPython's `compiler_jump_if`).
    pub(crate) fn jump_if(&mut self, test: &'a Expr, cond: bool, label: Label) -> CResult<()> {
        match &test.kind {
            ExprKind::UnaryOp {
                op: UnaryOp::Not,
                operand,
            } => return self.jump_if(operand, !cond, label),
            ExprKind::BoolOp { op, values } => {
                let is_or = *op == BoolOp::Or;
                let next = if is_or == cond {
                    label
                } else {
                    self.new_label()
                };
                let last = values.len().saturating_sub(1);
                for v in &values[..last] {
                    self.jump_if(v, is_or, next)?;
                }
                if let Some(v) = values.get(last) {
                    self.jump_if(v, cond, label)?;
                }
                if next != label {
                    self.bind(next);
                }
                return Ok(());
            }
            ExprKind::IfExp {
                test: t,
                body,
                orelse,
            } => {
                let end = self.new_label();
                let next = self.new_label();
                self.jump_if(t, false, next)?;
                self.jump_if(body, cond, label)?;
                self.jump(Instruction::Jump, end);
                self.bind(next);
                self.jump_if(orelse, cond, label)?;
                self.bind(end);
                return Ok(());
            }
            _ => {}
        }
        if matches!(test.kind, ExprKind::Compare { .. }) {
            // compile.c leaves the location on a comparison tested here, so what follows
            // (an assert's raise) points at it.
            self.set_loc(test.span);
        }
        self.expr(test)?;
        if cond {
            self.jump(Instruction::PopJumpIfTrue, label);
        } else {
            self.jump(Instruction::PopJumpIfFalse, label);
        }
        Ok(())
    }

    fn compare(
        &mut self,
        e: &'a Expr,
        left: &'a Expr,
        ops: &'a [CmpOp],
        comparators: &'a [Expr],
    ) -> CResult<()> {
        self.expr(left)?;
        let n = ops.len();
        if n == 1 {
            self.expr(&comparators[0])?;
            self.set_loc(e.span);
            self.compare_op(ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comparators[i])?;
            self.set_loc(e.span);
            self.emit(Instruction::Swap(2));
            self.emit(Instruction::Copy(2));
            self.compare_op(ops[i]);
            self.jump(Instruction::JumpIfFalseOrPop, cleanup);
        }
        self.expr(&comparators[n - 1])?;
        self.set_loc(e.span);
        self.compare_op(ops[n - 1]);
        self.jump(Instruction::Jump, end);
        self.bind(cleanup);
        self.emit(Instruction::Swap(2));
        self.emit(Instruction::PopTop);
        self.bind(end);
        Ok(())
    }

    fn compare_op(&mut self, op: CmpOp) {
        use ComparisonOperator as C;
        self.emit(match op {
            CmpOp::Eq => Instruction::CompareOp(C::Equal),
            CmpOp::NotEq => Instruction::CompareOp(C::NotEqual),
            CmpOp::Lt => Instruction::CompareOp(C::Less),
            CmpOp::LtE => Instruction::CompareOp(C::LessEqual),
            CmpOp::Gt => Instruction::CompareOp(C::Greater),
            CmpOp::GtE => Instruction::CompareOp(C::GreaterEqual),
            CmpOp::Is => Instruction::IsOp(false),
            CmpOp::IsNot => Instruction::IsOp(true),
            CmpOp::In => Instruction::ContainsOp(false),
            CmpOp::NotIn => Instruction::ContainsOp(true),
        });
    }

    /// Lists, tuples and sets, with `*iterable` items.
    /// What a `for` loop or comprehension iterates over. As CPython's AST optimizer does
    /// (`fold_iter`), a list display without `*` is built as a tuple (observable in
    /// messages such as `'async for' requires an object with __aiter__ method, got tuple`).
    pub(crate) fn iter_operand(&mut self, e: &'a Expr) -> CResult<()> {
        match &e.kind {
            ExprKind::List { elts, .. }
                if !elts
                    .iter()
                    .any(|x| matches!(x.kind, ExprKind::Starred { .. })) =>
            {
                let outer = self.b().loc;
                self.set_loc(e.span);
                let result = self.sequence_display(elts, Display::Tuple);
                self.b().loc = outer;
                result
            }
            _ => self.expr(e),
        }
    }

    fn sequence_display(&mut self, elts: &'a [Expr], kind: Display) -> CResult<()> {
        let star = elts
            .iter()
            .position(|e| matches!(e.kind, ExprKind::Starred { .. }));
        let Some(first_star) = star else {
            if kind == Display::Tuple && !elts.is_empty() {
                if let Some(c) = constant_tuple(elts) {
                    self.load_const(c);
                    return Ok(());
                }
            }
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                Display::List => Instruction::BuildList(n),
                Display::Tuple => Instruction::BuildTuple(n),
                Display::Set => Instruction::BuildSet(n),
            });
            return Ok(());
        };
        for e in &elts[..first_star] {
            self.expr(e)?;
        }
        let n = first_star as u32;
        let is_set = kind == Display::Set;
        self.emit(if is_set {
            Instruction::BuildSet(n)
        } else {
            Instruction::BuildList(n)
        });
        for e in &elts[first_star..] {
            match &e.kind {
                ExprKind::Starred { value, .. } => {
                    self.expr(value)?;
                    self.emit(if is_set {
                        Instruction::SetUpdate(1)
                    } else {
                        Instruction::ListExtend(1)
                    });
                }
                _ => {
                    self.expr(e)?;
                    self.emit(if is_set {
                        Instruction::SetAdd(1)
                    } else {
                        Instruction::ListAppend(1)
                    });
                }
            }
        }
        if kind == Display::Tuple {
            self.emit(Instruction::ListToTuple);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult<()> {
        let has_unpack = keys.iter().any(|k| k.is_none());
        if !has_unpack {
            let const_keys: Option<Vec<Constant>> = keys
                .iter()
                .map(|k| match k.as_ref().map(|k| &k.kind) {
                    Some(ExprKind::Constant { value }) => Some(constant(value)),
                    _ => None,
                })
                .collect();
            if let Some(ck) = const_keys.filter(|ck| ck.len() > 1) {
                for v in values {
                    self.expr(v)?;
                }
                self.load_const(Constant::Tuple(ck));
                self.emit(Instruction::BuildConstKeyMap(values.len() as u32));
                return Ok(());
            }
            for (k, v) in keys.iter().zip(values) {
                if let Some(k) = k {
                    self.expr(k)?;
                }
                self.expr(v)?;
            }
            self.emit(Instruction::BuildMap(values.len() as u32));
            return Ok(());
        }
        // With `**mapping` entries: a dict built in groups.
        let mut pending = 0;
        let mut have_dict = false;
        for (k, v) in keys.iter().zip(values) {
            match k {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(v)?;
                    pending += 1;
                }
                None => {
                    if pending > 0 || !have_dict {
                        self.emit(Instruction::BuildMap(pending));
                        if have_dict {
                            self.emit(Instruction::DictUpdate(1));
                        }
                        have_dict = true;
                        pending = 0;
                    }
                    self.expr(v)?;
                    self.emit(Instruction::DictUpdate(1));
                }
            }
        }
        if pending > 0 {
            self.emit(Instruction::BuildMap(pending));
            self.emit(Instruction::DictUpdate(1));
        }
        Ok(())
    }

    fn formatted_value(
        &mut self,
        value: &'a Expr,
        conversion: Conversion,
        spec: Option<&'a Expr>,
        in_build: bool,
    ) -> CResult<()> {
        self.expr(value)?;
        let mut flags = match conversion {
            Conversion::None => 0,
            Conversion::Str => format_value::CONVERT_STR,
            Conversion::Repr => format_value::CONVERT_REPR,
            Conversion::Ascii => format_value::CONVERT_ASCII,
        };
        if let Some(spec) = spec {
            self.expr(spec)?;
            flags |= format_value::HAS_SPEC;
        }
        if in_build {
            flags |= format_value::IN_BUILD;
        }
        self.emit(Instruction::FormatValue(flags));
        Ok(())
    }

    fn joined_str(&mut self, values: &'a [Expr]) -> CResult<()> {
        if values.is_empty() {
            self.load_const(Constant::Str(String::new()));
            return Ok(());
        }
        for v in values {
            match &v.kind {
                // A field whose str goes into the `BuildString` below.
                ExprKind::FormattedValue {
                    value,
                    conversion,
                    format_spec,
                } if values.len() > 1 => {
                    let outer = self.b().loc;
                    self.set_loc(v.span);
                    let spec = format_spec.as_deref();
                    let result = self.formatted_value(value, *conversion, spec, true);
                    self.b().loc = outer;
                    result?
                }
                _ => self.expr(v)?,
            }
        }
        if values.len() > 1 {
            self.emit(Instruction::BuildString(values.len() as u32));
        } else if matches!(values[0].kind, ExprKind::Constant { .. }) {
            // A lone constant part is already a str.
        }
        Ok(())
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Display {
    List,
    Tuple,
    Set,
}

/// An AST literal as a code constant.
pub(crate) fn constant(c: &ast::Constant) -> Constant {
    match c {
        ast::Constant::None => Constant::None,
        ast::Constant::Bool(b) => Constant::Bool(*b),
        ast::Constant::Str(s) => Constant::Str(s.clone()),
        ast::Constant::Bytes(b) => Constant::Bytes(b.clone()),
        ast::Constant::Int(i) => Constant::Int(*i),
        ast::Constant::BigInt(d) => Constant::BigInt(d.clone()),
        ast::Constant::Float(f) => Constant::Float(*f),
        ast::Constant::Complex { real, imag } => Constant::Complex {
            real: *real,
            imag: *imag,
        },
        ast::Constant::Ellipsis => Constant::Ellipsis,
        ast::Constant::Tuple(items) => Constant::Tuple(items.iter().map(constant).collect()),
    }
}

/// `-literal` folded, as CPython's AST optimizer does.
fn negated_constant(c: &ast::Constant) -> Option<Constant> {
    match c {
        ast::Constant::Int(i) => Some(match i.checked_neg() {
            Some(n) => Constant::Int(n),
            None => Constant::BigInt(format!("-{}", i.unsigned_abs())),
        }),
        ast::Constant::BigInt(d) => Some(match format!("-{d}").parse::<i64>() {
            Ok(n) => Constant::Int(n),
            Err(_) => Constant::BigInt(format!("-{d}")),
        }),
        ast::Constant::Float(f) => Some(Constant::Float(-f)),
        ast::Constant::Complex { real, imag } => Some(Constant::Complex {
            real: -real,
            imag: -imag,
        }),
        _ => None,
    }
}

/// A tuple display made only of literals, folded into one constant.
pub(crate) fn constant_tuple(elts: &[Expr]) -> Option<Constant> {
    let mut items = Vec::with_capacity(elts.len());
    for e in elts {
        match &e.kind {
            ExprKind::Constant { value } => items.push(constant(value)),
            ExprKind::UnaryOp {
                op: UnaryOp::USub,
                operand,
            } => match &operand.kind {
                ExprKind::Constant { value } => items.push(negated_constant(value)?),
                _ => return None,
            },
            ExprKind::Tuple { elts, .. } => items.push(constant_tuple(elts)?),
            _ => return None,
        }
    }
    Some(Constant::Tuple(items))
}
