//! Comparisons (`<`, `==`, ...) and `in` (CPython's `do_richcompare` and
//! `PySequence_Contains`).
//!
//! Builtin operands compare natively; a user class takes part through `__lt__`, `__eq__` and
//! their reflections (`__gt__`, ...), the right operand's reflection first when its class is
//! a subclass of the left's. When both sides decline, `==` and `!=` fall back to identity and
//! the orderings raise TypeError.

use std::cmp::Ordering;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};
use pyasync_bytecode::ComparisonOperator as Op;

use crate::builtins::functions::Args;
use crate::object::Payload;
use crate::objects::range::is_range;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub fn dunder(op: Op) -> &'static str {
    match op {
        Op::Less => "__lt__",
        Op::LessEqual => "__le__",
        Op::Equal => "__eq__",
        Op::NotEqual => "__ne__",
        Op::Greater => "__gt__",
        Op::GreaterEqual => "__ge__",
    }
}

fn holds(op: Op, ord: Ordering) -> bool {
    match op {
        Op::Less => ord == Ordering::Less,
        Op::LessEqual => ord != Ordering::Greater,
        Op::Equal => ord == Ordering::Equal,
        Op::NotEqual => ord != Ordering::Equal,
        Op::Greater => ord == Ordering::Greater,
        Op::GreaterEqual => ord != Ordering::Less,
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

/// Compares an int with a float exactly.
fn cmp_int_float(i: &BigInt, f: f64) -> Option<Ordering> {
    if f.is_nan() {
        return None;
    }
    if f.is_infinite() {
        return Some(if f > 0.0 {
            Ordering::Less
        } else {
            Ordering::Greater
        });
    }
    if let Some(small) = i.to_i64() {
        if small.unsigned_abs() < (1 << 53) {
            return (small as f64).partial_cmp(&f);
        }
    }
    let fl = f.floor();
    let fi = BigInt::from_f64(fl)?;
    match i.cmp(&fi) {
        Ordering::Equal => Some(if f > fl {
            Ordering::Less
        } else {
            Ordering::Equal
        }),
        other => Some(other),
    }
}

fn as_number(v: &Value) -> Option<Num> {
    match v {
        Value::Int(i) => Some(Num::Int(BigInt::from(*i))),
        Value::Bool(b) => Some(Num::Int(BigInt::from(*b as i64))),
        Value::Float(f) => Some(Num::Float(*f)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(Num::Int(b.clone())),
            Payload::Float(f) => Some(Num::Float(*f)),
            _ => None,
        },
        _ => None,
    }
}

enum Num {
    Int(BigInt),
    Float(f64),
}

fn cmp_numbers(a: &Num, b: &Num) -> Option<Ordering> {
    match (a, b) {
        (Num::Int(x), Num::Int(y)) => Some(x.cmp(y)),
        (Num::Float(x), Num::Float(y)) => x.partial_cmp(y),
        (Num::Int(x), Num::Float(y)) => cmp_int_float(x, *y),
        (Num::Float(x), Num::Int(y)) => cmp_int_float(y, *x).map(Ordering::reverse),
    }
}

impl Vm {
    /// `a op b` (the `CompareOp` instruction).
    pub fn rich_compare(&mut self, a: Value, b: Value, op: Op) -> PyResult<Value> {
        if !is_user(&a) && !is_user(&b) {
            if let Some(r) = self.native_compare(op, &a, &b)? {
                return Ok(Value::Bool(r));
            }
            return self.compare_fallback(op, &a, &b);
        }
        let a_class = self.class_of(&a).clone();
        let b_class = self.class_of(&b).clone();
        let reflected = op.swapped();
        let b_first = !Rc::ptr_eq(&a_class, &b_class)
            && crate::objects::typeobj::is_subtype(&b_class, &a_class)
            && is_user(&b);
        if b_first {
            if let Some(r) = self.compare_side(&b, &a, reflected)? {
                return Ok(r);
            }
        }
        if let Some(r) = self.compare_side(&a, &b, op)? {
            return Ok(r);
        }
        if !b_first {
            if let Some(r) = self.compare_side(&b, &a, reflected)? {
                return Ok(r);
            }
        }
        self.compare_fallback(op, &a, &b)
    }

    /// One side's answer: its comparison method's result, or `None` for NotImplemented.
    fn compare_side(&mut self, x: &Value, y: &Value, op: Op) -> PyResult<Option<Value>> {
        if is_user(x) {
            let class = self.class_of(x).clone();
            if let Some(m) = self.lookup_type(&class, dunder(op)) {
                let is_native = matches!(m.payload(), Some(Payload::MethodDescriptor(_)));
                if !is_native {
                    let r = self.call(&m, Args::new([x.clone(), y.clone()]))?;
                    return Ok(if self.is_not_implemented(&r) {
                        None
                    } else {
                        Some(r)
                    });
                }
            }
            if op == Op::NotEqual {
                // object.__ne__: the inverse of __eq__, if that answers.
                return match self.compare_side(x, y, Op::Equal)? {
                    Some(r) => Ok(Some(Value::Bool(!self.is_true(&r)?))),
                    None => Ok(None),
                };
            }
        }
        Ok(self.native_compare(op, x, y)?.map(Value::Bool))
    }

    /// When both sides declined: identity for `==`/`!=`, TypeError otherwise.
    fn compare_fallback(&mut self, op: Op, a: &Value, b: &Value) -> PyResult<Value> {
        match op {
            Op::Equal => Ok(Value::Bool(a.is(b))),
            Op::NotEqual => Ok(Value::Bool(!a.is(b))),
            _ => Err(self.type_error(format!(
                "'{}' not supported between instances of '{}' and '{}'",
                op.symbol(),
                self.type_name(a),
                self.type_name(b)
            ))),
        }
    }

    /// A comparison of builtin values; `None` when they do not support it.
    pub fn native_compare(&mut self, op: Op, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        if let (Some(x), Some(y)) = (as_number(a), as_number(b)) {
            return Ok(Some(match cmp_numbers(&x, &y) {
                Some(ord) => holds(op, ord),
                None => op == Op::NotEqual,
            }));
        }
        match (a.payload(), b.payload()) {
            (Some(Payload::Str(x)), Some(Payload::Str(y))) => {
                Ok(Some(holds(op, x.as_str().cmp(y.as_str()))))
            }
            (Some(Payload::Bytes(x)), Some(Payload::Bytes(y))) => Ok(Some(holds(op, x.cmp(y)))),
            (
                Some(Payload::Bytes(_) | Payload::ByteArray(_)),
                Some(Payload::Bytes(_) | Payload::ByteArray(_)),
            ) => {
                let x = crate::builtins::bytes::bytes_like(a).unwrap_or_default();
                let y = crate::builtins::bytes::bytes_like(b).unwrap_or_default();
                Ok(Some(holds(op, x.cmp(&y))))
            }
            (Some(Payload::Tuple(x)), Some(Payload::Tuple(y))) => {
                let (x, y) = (x.to_vec(), y.to_vec());
                self.nested_compare(|vm| vm.sequence_compare(op, &x, &y))
                    .map(Some)
            }
            (Some(Payload::List(x)), Some(Payload::List(y))) => {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                self.nested_compare(|vm| vm.sequence_compare(op, &x, &y))
                    .map(Some)
            }
            (Some(Payload::Complex { re, im }), _) | (_, Some(Payload::Complex { re, im }))
                if matches!(op, Op::Equal | Op::NotEqual) =>
            {
                let other = if matches!(a.payload(), Some(Payload::Complex { .. })) {
                    b
                } else {
                    a
                };
                let (ore, oim) = match other.payload() {
                    Some(Payload::Complex { re, im }) => (*re, *im),
                    _ => match as_number(other) {
                        Some(Num::Float(f)) => (f, 0.0),
                        Some(Num::Int(i)) => (i.to_f64().unwrap_or(f64::NAN), 0.0),
                        None => return Ok(None),
                    },
                };
                let eq = *re == ore && *im == oim;
                Ok(Some(if op == Op::Equal { eq } else { !eq }))
            }
            (
                Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(..)),
                Some(Payload::Set(_) | Payload::FrozenSet(_) | Payload::DictView(..)),
            ) => self.nested_compare(|vm| vm.set_compare(op, a, b)),
            (Some(Payload::Dict(x)), Some(Payload::Dict(y)))
                if matches!(op, Op::Equal | Op::NotEqual) =>
            {
                let (x, y) = (x.borrow().clone(), y.borrow().clone());
                if x.len() != y.len() {
                    return Ok(Some(op == Op::NotEqual));
                }
                let Some(other) = b.as_obj().cloned() else {
                    return Ok(None);
                };
                let eq = self.nested_compare(|vm| {
                    for (k, v) in x.iter() {
                        match vm.dict_get(&other, k)? {
                            Some(w) if vm.eq(v, &w)? => {}
                            _ => return Ok(false),
                        }
                    }
                    Ok(true)
                })?;
                Ok(Some(if op == Op::Equal { eq } else { !eq }))
            }
            (Some(x), Some(y))
                if is_range(x) && is_range(y) && matches!(op, Op::Equal | Op::NotEqual) =>
            {
                let eq = crate::builtins::range::range_eq(x, y);
                Ok(Some(if op == Op::Equal { eq } else { !eq }))
            }
            (Some(Payload::MappingProxy(_)), _) | (_, Some(Payload::MappingProxy(_))) => {
                // A proxy compares as the mapping it shows (cf. mappingproxy_richcompare).
                let (x, y) = (self.proxy_target(a), self.proxy_target(b));
                self.native_compare(op, &x, &y)
            }
            (Some(Payload::BoundMethod(x)), Some(Payload::BoundMethod(y)))
                if matches!(op, Op::Equal | Op::NotEqual) =>
            {
                let eq = x.self_.is(&y.self_) && x.func.is(&y.func);
                Ok(Some(if op == Op::Equal { eq } else { !eq }))
            }
            _ => match op {
                Op::Equal if a.is(b) => Ok(Some(true)),
                Op::NotEqual if a.is(b) => Ok(Some(false)),
                _ => Ok(None),
            },
        }
    }

    /// Runs the comparison of two containers' items one recursion level deeper (CPython's
    /// `Py_EnterRecursiveCall(" in comparison")`).
    fn nested_compare<T>(&mut self, f: impl FnOnce(&mut Vm) -> PyResult<T>) -> PyResult<T> {
        self.nested_level(" in comparison", f)
    }

    /// Lexicographic comparison of two sequences (CPython's list/tuple richcompare).
    fn sequence_compare(&mut self, op: Op, x: &[Value], y: &[Value]) -> PyResult<bool> {
        if matches!(op, Op::Equal | Op::NotEqual) && x.len() != y.len() {
            return Ok(op == Op::NotEqual);
        }
        for (p, q) in x.iter().zip(y) {
            if !self.eq(p, q)? {
                if op == Op::Equal {
                    return Ok(false);
                }
                if op == Op::NotEqual {
                    return Ok(true);
                }
                let r = self.rich_compare(p.clone(), q.clone(), op)?;
                return self.is_true(&r);
            }
        }
        Ok(holds(op, x.len().cmp(&y.len())))
    }

    fn set_compare(&mut self, op: Op, a: &Value, b: &Value) -> PyResult<Option<bool>> {
        let a_items = self.collect_iterable(a)?;
        let b_items = self.collect_iterable(b)?;
        let a_in_b = {
            let mut all = true;
            for k in &a_items {
                if !self.contains(b, k)? {
                    all = false;
                    break;
                }
            }
            all
        };
        let b_in_a = {
            let mut all = true;
            for k in &b_items {
                if !self.contains(a, k)? {
                    all = false;
                    break;
                }
            }
            all
        };
        let (la, lb) = (a_items.len(), b_items.len());
        Ok(Some(match op {
            Op::Equal => la == lb && a_in_b,
            Op::NotEqual => !(la == lb && a_in_b),
            Op::LessEqual => a_in_b,
            Op::Less => a_in_b && la < lb,
            Op::GreaterEqual => b_in_a,
            Op::Greater => b_in_a && la > lb,
        }))
    }

    /// `a == b` as a bool.
    pub fn eq(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        if let Some(r) = crate::ops::eq::native_eq(a, b) {
            return Ok(r);
        }
        let r = self.rich_compare(a.clone(), b.clone(), Op::Equal)?;
        match r {
            Value::Bool(b) => Ok(b),
            other => self.is_true(&other),
        }
    }

    /// `item in container`.
    pub fn contains(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        if !is_user(container) {
            if let Some(r) = self.builtin_contains(container, item)? {
                return Ok(r);
            }
        }
        self.contains_slow(container, item)
    }

    /// `item in container` for the builtin containers, by payload, whatever the class
    /// (the builtin `__contains__` methods use this, so a subclass does not loop back to its
    /// own `__contains__`). None: not a builtin container.
    pub fn builtin_contains(&mut self, container: &Value, item: &Value) -> PyResult<Option<bool>> {
        match container.payload() {
            Some(Payload::Dict(_)) => {
                let Some(d) = container.as_obj().cloned() else {
                    return Ok(Some(false));
                };
                return Ok(Some(self.dict_get(&d, item)?.is_some()));
            }
            Some(Payload::Set(_) | Payload::FrozenSet(_)) => {
                return self.set_contains(container, item).map(Some);
            }
            Some(Payload::Str(s)) => {
                return match item.payload() {
                    Some(Payload::Str(sub)) => Ok(Some(s.as_str().contains(sub.as_str()))),
                    _ => Err(self.type_error(format!(
                        "'in <string>' requires string as left operand, not {}",
                        self.type_name(item)
                    ))),
                };
            }
            Some(Payload::List(l)) => {
                let items = l.borrow().clone();
                for v in &items {
                    if self.eq(v, item)? {
                        return Ok(Some(true));
                    }
                }
                return Ok(Some(false));
            }
            Some(Payload::Tuple(t)) => {
                for v in t.iter() {
                    if self.eq(v, item)? {
                        return Ok(Some(true));
                    }
                }
                return Ok(Some(false));
            }
            Some(p @ (Payload::Range(_) | Payload::BigRange(_))) => {
                return crate::builtins::range::range_contains(self, p, item).map(Some);
            }
            Some(Payload::Bytes(b)) => {
                let data = b.to_vec();
                return crate::builtins::bytes::contains(self, &data, item).map(Some);
            }
            Some(Payload::ByteArray(b)) => {
                let data = b.borrow().clone();
                return crate::builtins::bytes::contains(self, &data, item).map(Some);
            }
            Some(Payload::DictView(kind, d)) => {
                let d = d.clone();
                return match kind {
                    crate::object::DictViewKind::Keys => {
                        Ok(Some(self.dict_get(&d, item)?.is_some()))
                    }
                    crate::object::DictViewKind::Items => {
                        let pair = crate::objects::tuple::tuple_items(item).to_vec();
                        if pair.len() != 2 {
                            return Ok(Some(false));
                        }
                        match self.dict_get(&d, &pair[0])? {
                            Some(v) => self.eq(&v, &pair[1]).map(Some),
                            None => Ok(Some(false)),
                        }
                    }
                    crate::object::DictViewKind::Values => {
                        let values: Vec<Value> = match &d.payload {
                            Payload::Dict(dd) => dd.borrow().values().cloned().collect(),
                            _ => Vec::new(),
                        };
                        for v in &values {
                            if self.eq(v, item)? {
                                return Ok(Some(true));
                            }
                        }
                        Ok(Some(false))
                    }
                };
            }
            _ => {}
        }
        Ok(None)
    }

    /// `in` through `__contains__`, else iteration.
    fn contains_slow(&mut self, container: &Value, item: &Value) -> PyResult<bool> {
        let class = self.class_of(container).clone();
        if let Some(m) = self.lookup_type(&class, "__contains__") {
            let r = self.call(&m, Args::new([container.clone(), item.clone()]))?;
            return self.is_true(&r);
        }
        // Fall back to iteration.
        if !self.is_iterable(container) {
            return Err(self.type_error(format!(
                "argument of type '{}' is not iterable",
                self.type_name(container)
            )));
        }
        let it = self.get_iter(container)?;
        while let Some(v) = self.iter_next(&it)? {
            if self.eq(&v, item)? {
                return Ok(true);
            }
        }
        Ok(false)
    }
}
