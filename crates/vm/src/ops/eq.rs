//! Equality that needs no Python code: what dict and set lookups settle without calling a
//! user `__eq__` (see `objects/dict.rs`).

use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use crate::object::{ObjRef, Payload};
use crate::value::Value;

/// True when `class` is a builtin type (not created by a `class` statement).
pub fn is_builtin_class(class: &Option<ObjRef>) -> bool {
    match class {
        None => true,
        Some(c) => c.as_type().is_some_and(|t| !t.heap),
    }
}

/// `a == b` when it can be decided natively; `None` when a Python `__eq__` may be involved.
pub fn native_eq(a: &Value, b: &Value) -> Option<bool> {
    native_eq_within(a, b, NATIVE_TUPLE_DEPTH)
}

/// Nested tuples compared here before the VM takes over (it counts recursion depth, so a
/// deep nesting raises RecursionError rather than exhausting the Rust stack).
const NATIVE_TUPLE_DEPTH: u32 = 32;

fn native_eq_within(a: &Value, b: &Value, depth: u32) -> Option<bool> {
    if a.is(b) {
        return Some(true);
    }
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(x == y),
        (Value::Float(x), Value::Float(y)) => Some(x == y),
        (Value::Bool(x), Value::Bool(y)) => Some(x == y),
        (Value::Int(x), Value::Float(y)) | (Value::Float(y), Value::Int(x)) => {
            Some(int_eq_float(*x, *y))
        }
        (Value::Bool(x), Value::Int(y)) | (Value::Int(y), Value::Bool(x)) => Some(*x as i64 == *y),
        (Value::Bool(x), Value::Float(y)) | (Value::Float(y), Value::Bool(x)) => {
            Some((*x as i64) as f64 == *y)
        }
        (Value::None, _) | (_, Value::None) => match (a, b) {
            (Value::Obj(o), _) | (_, Value::Obj(o)) if !is_builtin_class(&o.class) => None,
            _ => Some(false),
        },
        (Value::Obj(x), Value::Obj(y)) => obj_eq(x, y, depth),
        (Value::Obj(o), inline) | (inline, Value::Obj(o)) => {
            if !is_builtin_class(&o.class) {
                return None;
            }
            match (&o.payload, inline) {
                (Payload::Int(big), Value::Int(i)) => Some(big == &BigInt::from(*i)),
                (Payload::Int(big), Value::Bool(bv)) => Some(big == &BigInt::from(*bv as i64)),
                (Payload::Int(big), Value::Float(f)) => Some(big_eq_float(big, *f)),
                (Payload::Float(x), Value::Float(y)) => Some(x == y),
                (Payload::Float(x), Value::Int(i)) => Some(int_eq_float(*i, *x)),
                (Payload::Complex { re, im }, Value::Float(f)) => Some(*im == 0.0 && re == f),
                (Payload::Complex { re, im }, Value::Int(i)) => {
                    Some(*im == 0.0 && int_eq_float(*i, *re))
                }
                (p, _) if compares_by_value(p) => None,
                _ => Some(false),
            }
        }
        _ => Some(false),
    }
}

/// Payloads whose equality is by value and not handled here (left to the VM).
fn compares_by_value(p: &Payload) -> bool {
    matches!(
        p,
        Payload::List(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::ByteArray(_)
            | Payload::Range(_)
            | Payload::BigRange(_)
            | Payload::MappingProxy(_)
            | Payload::Slice(_)
            | Payload::DictView(..)
            | Payload::Complex { .. }
            | Payload::BoundMethod(_)
            | Payload::Cell(_)
    )
}

fn obj_eq(x: &ObjRef, y: &ObjRef, depth: u32) -> Option<bool> {
    if !is_builtin_class(&x.class) || !is_builtin_class(&y.class) {
        return None;
    }
    match (&x.payload, &y.payload) {
        (Payload::Str(a), Payload::Str(b)) => Some(a.as_str() == b.as_str()),
        (Payload::Bytes(a), Payload::Bytes(b)) => Some(a == b),
        (Payload::ByteArray(a), Payload::ByteArray(b)) => Some(*a.borrow() == *b.borrow()),
        (Payload::Bytes(a), Payload::ByteArray(b)) | (Payload::ByteArray(b), Payload::Bytes(a)) => {
            Some(a[..] == b.borrow()[..])
        }
        (Payload::Int(a), Payload::Int(b)) => Some(a == b),
        (Payload::Float(a), Payload::Float(b)) => Some(a == b),
        (Payload::Int(a), Payload::Float(f)) | (Payload::Float(f), Payload::Int(a)) => {
            Some(big_eq_float(a, *f))
        }
        (Payload::Complex { re: a, im: b }, Payload::Complex { re: c, im: d }) => {
            Some(a == c && b == d)
        }
        (Payload::Tuple(a), Payload::Tuple(b)) => {
            if a.len() != b.len() {
                return Some(false);
            }
            if depth == 0 {
                return None;
            }
            for (p, q) in a.iter().zip(b.iter()) {
                match native_eq_within(p, q, depth - 1)? {
                    true => continue,
                    false => return Some(false),
                }
            }
            Some(true)
        }
        (Payload::Str(_), p) | (p, Payload::Str(_)) if !compares_by_value(p) => Some(false),
        (p, q) if compares_by_value(p) || compares_by_value(q) => None,
        (Payload::Tuple(_), _) | (_, Payload::Tuple(_)) => Some(false),
        // Everything else compares by identity, and identity was checked first.
        _ => Some(false),
    }
}

/// `i == f` exactly (no rounding of large ints).
pub fn int_eq_float(i: i64, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    if f.abs() < 9.0e15 {
        return (i as f64) == f;
    }
    BigInt::from_f64(f).is_some_and(|b| b == BigInt::from(i))
}

pub fn big_eq_float(b: &BigInt, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match b.to_i64() {
        Some(i) => int_eq_float(i, f),
        None => BigInt::from_f64(f).is_some_and(|x| &x == b),
    }
}
