//! Integer arithmetic: machine ints inline, overflowing into `BigInt` and back, with
//! Python's semantics (floor division and modulo round towards negative infinity, true
//! division gives a float, negative exponents give a float).

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Pow, Signed, ToPrimitive, Zero};

use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The integer value of an int, bool, or int subclass instance.
pub fn as_bigint(v: &Value) -> Option<BigInt> {
    match v {
        Value::Int(i) => Some(BigInt::from(*i)),
        Value::Bool(b) => Some(BigInt::from(*b as i64)),
        Value::Obj(o) => match &o.payload {
            Payload::Int(b) => Some(b.clone()),
            _ => None,
        },
        _ => None,
    }
}

/// True for int, bool, and int subclass instances.
pub fn is_int(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_)) || matches!(v.payload(), Some(Payload::Int(_)))
}

/// An int as f64, with CPython's OverflowError for huge values.
pub fn int_to_f64(vm: &Vm, v: &BigInt) -> PyResult<f64> {
    match v.to_f64() {
        Some(f) if f.is_finite() => Ok(f),
        _ => Err(vm.overflow_error("int too large to convert to float")),
    }
}

/// `a op b` for two ints; `None` for operators ints do not support.
pub fn int_binary(
    vm: &Vm,
    op: pyasync_bytecode::BinaryOperator,
    a: &BigInt,
    b: &BigInt,
) -> Option<PyResult<Value>> {
    use pyasync_bytecode::BinaryOperator as B;
    let r = match op.base() {
        B::Add => Ok(vm.new_int(a + b)),
        B::Subtract => Ok(vm.new_int(a - b)),
        B::Multiply => Ok(vm.new_int(a * b)),
        B::TrueDivide => true_divide(vm, a, b),
        B::FloorDivide => {
            if b.is_zero() {
                Err(vm.zero_division_error("integer division or modulo by zero"))
            } else {
                Ok(vm.new_int(a.div_floor(b)))
            }
        }
        B::Remainder => {
            if b.is_zero() {
                Err(vm.zero_division_error("integer modulo by zero"))
            } else {
                Ok(vm.new_int(a.mod_floor(b)))
            }
        }
        B::Power => int_pow(vm, a, b),
        B::Lshift => {
            if b.is_negative() {
                Err(vm.value_error("negative shift count"))
            } else {
                match b.to_usize() {
                    Some(n) if n < (1 << 32) => Ok(vm.new_int(a << n)),
                    _ if a.is_zero() => Ok(Value::Int(0)),
                    _ => Err(vm.overflow_error("too many digits in integer")),
                }
            }
        }
        B::Rshift => {
            if b.is_negative() {
                Err(vm.value_error("negative shift count"))
            } else {
                match b.to_usize() {
                    Some(n) => Ok(vm.new_int(a >> n)),
                    None => Ok(Value::Int(if a.is_negative() { -1 } else { 0 })),
                }
            }
        }
        B::And => Ok(vm.new_int(a & b)),
        B::Or => Ok(vm.new_int(a | b)),
        B::Xor => Ok(vm.new_int(a ^ b)),
        _ => return None,
    };
    Some(r)
}

fn true_divide(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_zero() {
        return Err(vm.zero_division_error("division by zero"));
    }
    if let (Some(x), Some(y)) = (a.to_i64(), b.to_i64()) {
        // Exact when both fit in 53 bits: one correctly rounded division.
        if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
            return Ok(Value::Float(x as f64 / y as f64));
        }
    }
    // Large operands: divide with enough extra precision, then round once.
    let (q, r) = a.div_rem(b);
    if r.is_zero() {
        return int_to_f64(vm, &q)
            .map(Value::Float)
            .map_err(|_| vm.overflow_error("integer division result too large for a float"));
    }
    let shift = 64u32;
    let scaled = (a << shift) / b;
    let f = scaled.to_f64().unwrap_or(f64::INFINITY) / 2f64.powi(shift as i32);
    if f.is_finite() {
        Ok(Value::Float(f))
    } else {
        Err(vm.overflow_error("integer division result too large for a float"))
    }
}

fn int_pow(vm: &Vm, a: &BigInt, b: &BigInt) -> PyResult<Value> {
    if b.is_negative() {
        let base = int_to_f64(vm, a)?;
        if base == 0.0 {
            return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
        }
        let e = b.to_f64().unwrap_or(f64::NEG_INFINITY);
        return Ok(Value::Float(base.powf(e)));
    }
    match b.to_u32() {
        Some(e) => Ok(vm.new_int(Pow::pow(a, e))),
        None => {
            if a.is_zero() || a == &BigInt::from(1) {
                Ok(vm.new_int(a.clone()))
            } else if a == &BigInt::from(-1) {
                Ok(Value::Int(if b.is_even() { 1 } else { -1 }))
            } else {
                Err(vm.memory_error())
            }
        }
    }
}

/// Python's `int.__str__` in base 10.
pub fn int_str(v: &Value) -> String {
    match v {
        Value::Int(i) => i.to_string(),
        Value::Bool(b) => (*b as i64).to_string(),
        _ => as_bigint(v).map(|b| b.to_string()).unwrap_or_default(),
    }
}
