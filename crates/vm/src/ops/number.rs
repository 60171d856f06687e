//! Binary and unary operators (CPython's `binary_op1` protocol): builtin operands are
//! handled natively ([`Vm::native_binary`]); instances of user classes go through
//! `__add__`/`__radd__`/`__iadd__`, the reflected method first when the right operand's
//! class is a subclass of the left's.

use std::rc::Rc;

use num_traits::{Signed, ToPrimitive, Zero};
use pyasync_bytecode::BinaryOperator;

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload};
use crate::objects::complex::complex_binary;
use crate::objects::float::float_binary;
use crate::objects::int::{as_bigint, int_binary, int_to_f64, is_int};
use crate::objects::set::Set;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The dunder names of an operator: (normal, reflected, in-place).
pub fn dunders(op: BinaryOperator) -> (&'static str, &'static str, &'static str) {
    use BinaryOperator as B;
    match op.base() {
        B::Add => ("__add__", "__radd__", "__iadd__"),
        B::Subtract => ("__sub__", "__rsub__", "__isub__"),
        B::Multiply => ("__mul__", "__rmul__", "__imul__"),
        B::MatrixMultiply => ("__matmul__", "__rmatmul__", "__imatmul__"),
        B::TrueDivide => ("__truediv__", "__rtruediv__", "__itruediv__"),
        B::FloorDivide => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
        B::Remainder => ("__mod__", "__rmod__", "__imod__"),
        B::Power => ("__pow__", "__rpow__", "__ipow__"),
        B::Lshift => ("__lshift__", "__rlshift__", "__ilshift__"),
        B::Rshift => ("__rshift__", "__rrshift__", "__irshift__"),
        B::And => ("__and__", "__rand__", "__iand__"),
        B::Or => ("__or__", "__ror__", "__ior__"),
        B::Xor => ("__xor__", "__rxor__", "__ixor__"),
        other => dunders(other),
    }
}

/// A number's value as f64 (for mixed int/float arithmetic).
fn as_float(vm: &Vm, v: &Value) -> Option<PyResult<f64>> {
    match v {
        Value::Float(f) => Some(Ok(*f)),
        Value::Int(i) => Some(Ok(*i as f64)),
        Value::Bool(b) => Some(Ok(*b as i64 as f64)),
        Value::Obj(o) => match &o.payload {
            Payload::Float(f) => Some(Ok(*f)),
            Payload::Int(b) => Some(int_to_f64(vm, b)),
            _ => None,
        },
        _ => None,
    }
}

fn is_float(v: &Value) -> bool {
    matches!(v, Value::Float(_)) || matches!(v.payload(), Some(Payload::Float(_)))
}

fn as_complex(vm: &Vm, v: &Value) -> Option<PyResult<(f64, f64)>> {
    match v.payload() {
        Some(Payload::Complex { re, im }) => Some(Ok((*re, *im))),
        _ => as_float(vm, v).map(|r| r.map(|f| (f, 0.0))),
    }
}

fn is_user(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o
            .class
            .as_ref()
            .and_then(|c| c.as_type())
            .is_some_and(|t| t.heap),
        _ => false,
    }
}

impl Vm {
    /// `a op b` (the `BinaryOp` instruction).
    pub fn binary_op(&mut self, a: Value, b: Value, op: BinaryOperator) -> PyResult<Value> {
        if !is_user(&a) && !is_user(&b) {
            if let Some(r) = self.native_binary(op, &a, &b) {
                return r;
            }
            // Classes reach their metaclass's methods (`int | str` is `type.__or__`).
            // A mappingproxy's `|` is its own method.
            let is_class = |v: &Value| {
                v.as_obj().is_some_and(|o| {
                    o.as_type().is_some() || matches!(o.payload, Payload::MappingProxy(_))
                })
            };
            if !is_class(&a) && !is_class(&b) {
                return Err(self.unsupported_operands(op, &a, &b));
            }
        }
        let (name, rname, iname) = dunders(op);
        if op.is_inplace() {
            let class = self.class_of(&a).clone();
            if let Some(m) = self.lookup_type(&class, iname) {
                let r = self.call(&m, Args::new([a.clone(), b.clone()]))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        let a_class = self.class_of(&a).clone();
        let b_class = self.class_of(&b).clone();
        let slot_a = self.lookup_type(&a_class, name);
        let slot_b = if Rc::ptr_eq(&a_class, &b_class) {
            None
        } else {
            self.lookup_type(&b_class, rname)
        };
        let b_first = slot_b.is_some()
            && crate::objects::typeobj::is_subtype(&b_class, &a_class)
            && !slot_a
                .as_ref()
                .zip(slot_b.as_ref())
                .is_some_and(|(x, y)| x.is(y));
        if b_first {
            if let Some(sb) = &slot_b {
                let r = self.call(sb, Args::new([b.clone(), a.clone()]))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        if let Some(sa) = &slot_a {
            let r = self.call(sa, Args::new([a.clone(), b.clone()]))?;
            if !self.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        if !b_first {
            if let Some(sb) = &slot_b {
                let r = self.call(sb, Args::new([b.clone(), a.clone()]))?;
                if !self.is_not_implemented(&r) {
                    return Ok(r);
                }
            }
        }
        // Sequence repetition by an object with `__index__` (CPython's `sq_repeat` fallback).
        if op.base() == BinaryOperator::Multiply {
            let is_seq = |v: &Value| {
                matches!(
                    v.payload(),
                    Some(
                        Payload::Str(_)
                            | Payload::List(_)
                            | Payload::Tuple(_)
                            | Payload::Bytes(_)
                            | Payload::ByteArray(_)
                    )
                )
            };
            let has_index = |vm: &mut Vm, v: &Value| {
                let c = vm.class_of(v).clone();
                vm.lookup_type(&c, "__index__").is_some()
            };
            // The count must fit in an ssize_t, and the error names the object's own type.
            if is_seq(&a) && !is_seq(&b) && has_index(self, &b) {
                let n = Value::Int(self.count_arg(&b)?);
                return self.binary_op(a, n, op);
            }
            if is_seq(&b) && !is_seq(&a) && has_index(self, &a) {
                let n = Value::Int(self.count_arg(&a)?);
                return self.binary_op(n, b, op);
            }
        }
        Err(self.unsupported_operands(op, &a, &b))
    }

    pub fn unsupported_operands(
        &self,
        op: BinaryOperator,
        a: &Value,
        b: &Value,
    ) -> crate::vm::PyErr {
        let sym = op.symbol();
        // Sequence-specific messages CPython gives.
        use BinaryOperator as B;
        match (op.base(), a.payload()) {
            (B::Add, Some(Payload::Str(_))) if !is_user(a) => {
                return self.type_error(format!(
                    "can only concatenate str (not \"{}\") to str",
                    self.type_name(b)
                ))
            }
            (B::Add, Some(Payload::List(_))) if !is_user(a) => {
                return self.type_error(format!(
                    "can only concatenate list (not \"{}\") to list",
                    self.type_name(b)
                ))
            }
            (B::Add, Some(Payload::Tuple(_))) if !is_user(a) => {
                return self.type_error(format!(
                    "can only concatenate tuple (not \"{}\") to tuple",
                    self.type_name(b)
                ))
            }
            (B::Add, Some(Payload::Bytes(_) | Payload::ByteArray(_))) if !is_user(a) => {
                return self.type_error(format!(
                    "can't concat {} to {}",
                    self.type_name(b),
                    self.type_name(a)
                ))
            }
            (
                B::Multiply,
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)),
            ) => {
                return self.type_error(format!(
                    "can't multiply sequence by non-int of type '{}'",
                    self.type_name(b)
                ))
            }
            _ => {}
        }
        if op.base() == B::Multiply
            && matches!(
                b.payload(),
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_))
            )
        {
            return self.type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                self.type_name(a)
            ));
        }
        let sym = if op.is_inplace() {
            sym
        } else if op.base() == B::Power {
            "** or pow()"
        } else {
            op.base().symbol()
        };
        self.type_error(format!(
            "unsupported operand type(s) for {}: '{}' and '{}'",
            sym,
            self.type_name(a),
            self.type_name(b)
        ))
    }

    /// `a op b` for builtin types; `None` when no builtin behaviour applies (CPython would
    /// return NotImplemented from both sides).
    pub fn native_binary(
        &mut self,
        op: BinaryOperator,
        a: &Value,
        b: &Value,
    ) -> Option<PyResult<Value>> {
        use BinaryOperator as B;
        // Numbers.
        if is_int(a) && is_int(b) {
            if let (Value::Bool(x), Value::Bool(y)) = (a, b) {
                match op.base() {
                    B::And => return Some(Ok(Value::Bool(x & y))),
                    B::Or => return Some(Ok(Value::Bool(x | y))),
                    B::Xor => return Some(Ok(Value::Bool(x ^ y))),
                    _ => {}
                }
            }
            let (x, y) = (as_bigint(a)?, as_bigint(b)?);
            return int_binary(self, op, &x, &y);
        }
        let complexish = matches!(a.payload(), Some(Payload::Complex { .. }))
            || matches!(b.payload(), Some(Payload::Complex { .. }));
        if complexish {
            let x = match as_complex(self, a)? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            let y = match as_complex(self, b)? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            return complex_binary(self, op, x, y);
        }
        if (is_float(a) || is_int(a)) && (is_float(b) || is_int(b)) {
            let x = match as_float(self, a)? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            let y = match as_float(self, b)? {
                Ok(v) => v,
                Err(e) => return Some(Err(e)),
            };
            return float_binary(self, op, x, y);
        }
        // Sequences and containers.
        match (a.payload(), b.payload(), op.base()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y)), B::Add) => {
                let mut s = String::with_capacity(x.as_str().len() + y.as_str().len());
                s.push_str(x.as_str());
                s.push_str(y.as_str());
                Some(Ok(self.new_str(s)))
            }
            (Some(Payload::Str(_)), _, B::Remainder) => Some(self.printf_format_str(a, b)),
            (Some(Payload::Bytes(_)), _, B::Remainder) => Some(self.printf_format_bytes(a, b)),
            (Some(Payload::List(x)), Some(Payload::List(y)), B::Add) => {
                let mut items = x.borrow().clone();
                items.extend(y.borrow().iter().cloned());
                if op.is_inplace() {
                    if let Some(Payload::List(x)) = a.payload() {
                        let extra = y.borrow().clone();
                        x.borrow_mut().extend(extra);
                        return Some(Ok(a.clone()));
                    }
                }
                Some(Ok(self.new_list(items)))
            }
            (Some(Payload::List(x)), _, B::Add) if op.is_inplace() => {
                // `lst += iterable` extends with any iterable.
                let items = match self.collect_iterable(b) {
                    Ok(items) => items,
                    Err(e) => return Some(Err(e)),
                };
                x.borrow_mut().extend(items);
                Some(Ok(a.clone()))
            }
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y)), B::Add) => {
                let mut items = x.to_vec();
                items.extend(y.iter().cloned());
                Some(Ok(self.new_tuple(items)))
            }
            (Some(Payload::Bytes(x)), Some(Payload::Bytes(y)), B::Add) => {
                let mut v = x.to_vec();
                v.extend_from_slice(y);
                Some(Ok(self.new_bytes(v)))
            }
            (Some(Payload::Bytes(_) | Payload::ByteArray(_)), _, B::Add) => {
                let extra = crate::builtins::bytes::bytes_like(b)?;
                if let Some(Payload::ByteArray(x)) = a.payload() {
                    if op.is_inplace() {
                        x.borrow_mut().extend(extra);
                        return Some(Ok(a.clone()));
                    }
                    let mut v = x.borrow().clone();
                    v.extend(extra);
                    return Some(Ok(self.new_bytearray(v)));
                }
                let mut v = crate::builtins::bytes::bytes_like(a)?;
                v.extend(extra);
                Some(Ok(self.new_bytes(v)))
            }
            (Some(Payload::ByteArray(x)), _, B::Multiply) if is_int(b) => {
                let n = match self.count_arg(b) {
                    Ok(n) => n.max(0) as usize,
                    Err(e) => return Some(Err(e)),
                };
                let len = x.borrow().len();
                let fits = match len.checked_mul(n) {
                    Some(total) => self.check_alloc(total, 1),
                    None => Err(self.memory_error()),
                };
                if let Err(e) = fits {
                    return Some(Err(e));
                }
                let v = x.borrow().repeat(n);
                if op.is_inplace() {
                    *x.borrow_mut() = v;
                    return Some(Ok(a.clone()));
                }
                Some(Ok(self.new_bytearray(v)))
            }
            (Some(Payload::Dict(_)), _, B::Or) if op.is_inplace() => {
                // `d |= iterable_of_pairs` is `d.update(...)`.
                let d = a.as_obj()?.clone();
                Some(self.dict_update(&d, b).map(|_| a.clone()))
            }
            (
                Some(Payload::DictView(
                    crate::object::DictViewKind::Keys | crate::object::DictViewKind::Items,
                    _,
                )),
                _,
                B::And | B::Or | B::Subtract | B::Xor,
            ) => Some(self.dict_view_set_op(op, a, b)),
            (
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)),
                _,
                B::Multiply,
            ) if is_int(b) => Some(self.repeat(a, b, op.is_inplace())),
            (
                _,
                Some(Payload::Str(_) | Payload::List(_) | Payload::Tuple(_) | Payload::Bytes(_)),
                B::Multiply,
            ) if is_int(a) => Some(self.repeat(b, a, false)),
            (
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
                Some(Payload::Set(_) | Payload::FrozenSet(_)),
                _,
            ) => self.set_binary(op, a, b),
            (Some(Payload::Dict(_)), Some(Payload::Dict(_)), B::Or) => {
                Some(self.dict_or(a, b, op.is_inplace()))
            }
            _ => None,
        }
    }

    /// `keys_view & other` and the other set operators: the view as a set, combined with
    /// any iterable (cf. dictobject.c dictviews_sub and friends).
    fn dict_view_set_op(&mut self, op: BinaryOperator, a: &Value, b: &Value) -> PyResult<Value> {
        if !self.is_iterable(b) {
            return Err(self.unsupported_operands(op, a, b));
        }
        let left = Value::Obj(self.new_set_obj(Set::new()));
        self.set_update(&left, a)?;
        let right = match b.payload() {
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => b.clone(),
            _ => {
                let r = Value::Obj(self.new_set_obj(Set::new()));
                self.set_update(&r, b)?;
                r
            }
        };
        match self.set_binary(op.base(), &left, &right) {
            Some(r) => r,
            None => Err(self.unsupported_operands(op, a, b)),
        }
    }

    /// `seq * n`.
    fn repeat(&mut self, seq: &Value, n: &Value, inplace: bool) -> PyResult<Value> {
        let n = self.count_arg(n)?.max(0) as usize;
        // An immutable builtin repeated once is itself (cf. tuple_repeat, unicode_repeat).
        if n == 1
            && !inplace
            && !is_user(seq)
            && matches!(
                seq.payload(),
                Some(Payload::Str(_) | Payload::Tuple(_) | Payload::Bytes(_))
            )
        {
            return Ok(seq.clone());
        }
        let fits = |vm: &Vm, len: usize, size: usize| match len.checked_mul(n) {
            Some(total) => vm.check_alloc(total, size),
            None => Err(vm.memory_error()),
        };
        match seq.payload() {
            Some(Payload::Str(s)) => {
                if s.char_len()
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(self.overflow_error("repeated string is too long"));
                }
                fits(self, s.as_str().len(), 1)?;
                Ok(self.new_str(s.as_str().repeat(n)))
            }
            Some(Payload::Bytes(b)) => {
                if b.len()
                    .checked_mul(n)
                    .is_none_or(|t| t > isize::MAX as usize)
                {
                    return Err(self.overflow_error("repeated bytes are too long"));
                }
                fits(self, b.len(), 1)?;
                Ok(self.new_bytes(b.repeat(n)))
            }
            Some(Payload::List(l)) => {
                let items = l.borrow().clone();
                fits(self, items.len(), std::mem::size_of::<Value>())?;
                let mut out = Vec::with_capacity(items.len() * n);
                for _ in 0..n {
                    out.extend(items.iter().cloned());
                }
                if inplace {
                    *l.borrow_mut() = out;
                    return Ok(seq.clone());
                }
                Ok(self.new_list(out))
            }
            Some(Payload::Tuple(t)) => {
                fits(self, t.len(), std::mem::size_of::<Value>())?;
                let mut out = Vec::with_capacity(t.len() * n);
                for _ in 0..n {
                    out.extend(t.iter().cloned());
                }
                Ok(self.new_tuple(out))
            }
            _ => Err(self.type_error("can't multiply")),
        }
    }

    fn set_binary(&mut self, op: BinaryOperator, a: &Value, b: &Value) -> Option<PyResult<Value>> {
        use BinaryOperator as B;
        let frozen = matches!(a.payload(), Some(Payload::FrozenSet(_)));
        let snapshot = |v: &Value| -> Set {
            match v.payload() {
                Some(Payload::Set(s)) => s.borrow().clone(),
                Some(Payload::FrozenSet(s)) => s.clone(),
                _ => Set::new(),
            }
        };
        let result = match op.base() {
            B::Or => {
                let out = Value::Obj(self.new_set_obj(Set::new()));
                if let Err(e) = self
                    .set_update(&out, a)
                    .and_then(|_| self.set_update(&out, b))
                {
                    return Some(Err(e));
                }
                out
            }
            B::And => {
                let (small, big) = if snapshot(b).len() > snapshot(a).len() {
                    (a, b)
                } else {
                    (b, a)
                };
                let out = Value::Obj(self.new_set_obj(Set::new()));
                for (h, k) in snapshot(small).iter_hashed() {
                    match self.set_contains(big, k) {
                        Ok(true) => {
                            if let Err(e) = self.set_add_hashed(&out, h, k.clone()) {
                                return Some(Err(e));
                            }
                        }
                        Ok(false) => {}
                        Err(e) => return Some(Err(e)),
                    }
                }
                out
            }
            B::Subtract => {
                let out = Value::Obj(self.new_set_obj(Set::new()));
                for (h, k) in snapshot(a).iter_hashed() {
                    match self.set_contains(b, k) {
                        Ok(false) => {
                            if let Err(e) = self.set_add_hashed(&out, h, k.clone()) {
                                return Some(Err(e));
                            }
                        }
                        Ok(true) => {}
                        Err(e) => return Some(Err(e)),
                    }
                }
                out
            }
            B::Xor => {
                let out = Value::Obj(self.new_set_obj(Set::new()));
                if let Err(e) = self.set_update(&out, a) {
                    return Some(Err(e));
                }
                for k in snapshot(b).iter() {
                    let r = match self.set_discard(&out, k) {
                        Ok(true) => Ok(()),
                        Ok(false) => self.set_add(&out, k.clone()),
                        Err(e) => Err(e),
                    };
                    if let Err(e) = r {
                        return Some(Err(e));
                    }
                }
                out
            }
            _ => return None,
        };
        if op.is_inplace() {
            if let (Some(Payload::Set(target)), Some(Payload::Set(src))) =
                (a.payload(), result.payload())
            {
                let new = src.borrow().clone();
                *target.borrow_mut() = new;
                return Some(Ok(a.clone()));
            }
        }
        if frozen {
            let s = snapshot(&result);
            return Some(Ok(Value::Obj(self.new_frozenset_obj(s))));
        }
        Some(Ok(result))
    }

    fn dict_or(&mut self, a: &Value, b: &Value, inplace: bool) -> PyResult<Value> {
        let target = if inplace {
            a.as_obj().cloned()
        } else {
            let d = match a.payload() {
                Some(Payload::Dict(d)) => d.borrow().clone(),
                _ => Default::default(),
            };
            Some(self.new_dict_obj(d))
        };
        let Some(target) = target else {
            return Ok(a.clone());
        };
        self.dict_update(&target, b)?;
        Ok(Value::Obj(target))
    }

    /// `-a`.
    pub fn neg(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(match i.checked_neg() {
                Some(n) => Value::Int(n),
                None => self.new_int(-num_bigint::BigInt::from(*i)),
            }),
            Value::Bool(b) => Ok(Value::Int(-(*b as i64))),
            Value::Float(f) => Ok(Value::Float(-f)),
            _ => self.unary_dunder(a, "__neg__", "-", |vm, v| match v.payload() {
                Some(Payload::Int(b)) => Some(Ok(vm.new_int(-b.clone()))),
                Some(Payload::Float(f)) => Some(Ok(Value::Float(-f))),
                Some(Payload::Complex { re, im }) => Some(Ok(vm.new_complex(-re, -im))),
                _ => None,
            }),
        }
    }

    /// `+a`.
    pub fn pos(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(_) | Value::Float(_) => Ok(a.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            _ => self.unary_dunder(a, "__pos__", "+", |vm, v| match v.payload() {
                Some(Payload::Int(b)) => Some(Ok(vm.new_int(b.clone()))),
                Some(Payload::Float(f)) => Some(Ok(Value::Float(*f))),
                Some(Payload::Complex { re, im }) => Some(Ok(vm.new_complex(*re, *im))),
                _ => None,
            }),
        }
    }

    /// `~a`.
    pub fn invert(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(Value::Int(!i)),
            Value::Bool(b) => Ok(Value::Int(!(*b as i64))),
            _ => self.unary_dunder(a, "__invert__", "~", |vm, v| match v.payload() {
                Some(Payload::Int(b)) => Some(Ok(vm.new_int(!b.clone()))),
                _ => None,
            }),
        }
    }

    /// `abs(a)`.
    pub fn abs(&mut self, a: &Value) -> PyResult<Value> {
        match a {
            Value::Int(i) => Ok(match i.checked_abs() {
                Some(n) => Value::Int(n),
                None => self.new_int(num_bigint::BigInt::from(*i).abs()),
            }),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            Value::Float(f) => Ok(Value::Float(f.abs())),
            _ => {
                let r = self.unary_dunder(a, "__abs__", "abs()", |vm, v| match v.payload() {
                    Some(Payload::Int(b)) => Some(Ok(vm.new_int(b.abs()))),
                    Some(Payload::Float(f)) => Some(Ok(Value::Float(f.abs()))),
                    Some(Payload::Complex { re, im }) => Some(Ok(Value::Float(re.hypot(*im)))),
                    _ => None,
                });
                r.map_err(|e| {
                    if self.err_matches(&e, &self.exc.type_error.clone()) && !is_user(a) {
                        self.type_error(format!(
                            "bad operand type for abs(): '{}'",
                            self.type_name(a)
                        ))
                    } else {
                        e
                    }
                })
            }
        }
    }

    fn unary_dunder(
        &mut self,
        a: &Value,
        dunder: &str,
        sym: &str,
        native: impl Fn(&Vm, &Value) -> Option<PyResult<Value>>,
    ) -> PyResult<Value> {
        let class = self.class_of(a).clone();
        if class.as_type().is_some_and(|t| t.heap) {
            if let Some(m) = self.lookup_type(&class, dunder) {
                return self.call(&m, Args::new([a.clone()]));
            }
        }
        if let Some(r) = native(self, a) {
            return r;
        }
        let what = if sym == "abs()" {
            "abs()".to_string()
        } else {
            format!("unary {sym}")
        };
        Err(self.type_error(format!(
            "bad operand type for {}: '{}'",
            what,
            self.type_name(a)
        )))
    }

    /// The value as an index (`operator.index`): ints, and objects with `__index__`.
    pub fn index_value(&mut self, v: &Value) -> PyResult<num_bigint::BigInt> {
        if let Some(b) = as_bigint(v) {
            return Ok(b);
        }
        let class = self.class_of(v).clone();
        if let Some(m) = self.lookup_type(&class, "__index__") {
            let r = self.call(&m, Args::new([v.clone()]))?;
            if let Some(b) = as_bigint(&r) {
                return Ok(b);
            }
            return Err(self.type_error(format!(
                "__index__ returned non-int (type {})",
                self.type_name(&r)
            )));
        }
        Err(self.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            self.type_name(v)
        )))
    }

    /// An index that must fit in an `i64` (`IndexError`-style callers clamp it).
    pub fn index_i64(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Int(i) = v {
            return Ok(*i);
        }
        let b = self.index_value(v)?;
        b.to_i64().ok_or_else(|| {
            self.new_error(
                &self.exc.index_error,
                format!(
                    "cannot fit '{}' into an index-sized integer",
                    self.type_name(v)
                ),
            )
        })
    }

    /// True if `v` is zero as a number (used by `bool` on builtin numbers).
    pub fn number_is_zero(v: &Value) -> Option<bool> {
        match v {
            Value::Int(i) => Some(*i == 0),
            Value::Float(f) => Some(*f == 0.0),
            Value::Bool(b) => Some(!b),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => Some(b.is_zero()),
                Payload::Float(f) => Some(*f == 0.0),
                Payload::Complex { re, im } => Some(*re == 0.0 && *im == 0.0),
                _ => None,
            },
            _ => None,
        }
    }
}

#[allow(dead_code)]
fn _types(_: ObjRef) {}
