//! The builtin functions on numbers: `abs`, `hex`/`oct`/`bin`, `divmod`, `pow`, `round`.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};

use super::functions::Args;
use crate::object::Payload;
use crate::objects::int::{as_bigint, is_int};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(super) fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("abs", &args, 1, 1)?;
    vm.abs(&args.values[0])
}

pub(super) fn radix_fn(
    vm: &mut Vm,
    args: Args,
    name: &str,
    radix: u32,
    prefix: &str,
) -> PyResult<Value> {
    vm.check_args(name, &args, 1, 1)?;
    let n = vm.index_value(&args.values[0])?;
    let digits = n.abs().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

pub(super) fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_fn(vm, args, "hex", 16, "0x")
}

pub(super) fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_fn(vm, args, "oct", 8, "0o")
}

pub(super) fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_fn(vm, args, "bin", 2, "0b")
}

pub(super) fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("divmod", &args, 2, 2)?;
    let (a, b) = (args.values[0].clone(), args.values[1].clone());
    if let (Some(_), true) = (as_bigint(&a), is_int(&b)) {
        if as_bigint(&b).is_some_and(|x| x.is_zero()) {
            return Err(vm.zero_division_error("integer division or modulo by zero"));
        }
    }
    let is_zero = match b {
        Value::Float(f) => f == 0.0,
        Value::Int(i) => i == 0,
        Value::Bool(x) => !x,
        _ => false,
    };
    let floats = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    if is_zero && floats && (is_int(&a) || is_int(&b) || matches!(a, Value::Float(_))) {
        // Both operands become floats first: an int past the float range fails there.
        for v in [&a, &b] {
            if let Some(n) = as_bigint(v) {
                if num_traits::ToPrimitive::to_f64(&n).is_none_or(f64::is_infinite) {
                    return Err(vm.overflow_error("int too large to convert to float"));
                }
            }
        }
        return Err(vm.zero_division_error("float divmod()"));
    }
    let user = |v: &Value| {
        v.as_obj()
            .and_then(|o| o.class.as_ref())
            .and_then(|c| c.as_type())
            .is_some_and(|t| t.heap)
    };
    if user(&a) || user(&b) {
        let class = vm.class_of(&a).clone();
        if let Some(m) = vm.lookup_type(&class, "__divmod__") {
            let r = vm.call(&m, Args::new([a.clone(), b.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let class = vm.class_of(&b).clone();
        if let Some(m) = vm.lookup_type(&class, "__rdivmod__") {
            let r = vm.call(&m, Args::new([b.clone(), a.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&a),
            vm.type_name(&b)
        )));
    }
    use pyasync_bytecode::BinaryOperator as B;
    let q = vm.native_binary(B::FloorDivide, &a, &b);
    let r = vm.native_binary(B::Remainder, &a, &b);
    match (q, r) {
        (Some(q), Some(r)) => {
            let (q, r) = (q?, r?);
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&a),
            vm.type_name(&b)
        ))),
    }
}

/// An int, bool or float (or an instance of their subclasses).
pub(super) fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
}

pub(super) fn pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let modulus = args.take_kw("mod");
    let Some(base) = args
        .take_kw("base")
        .or_else(|| args.values.first().cloned())
    else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = args.take_kw("exp").or_else(|| args.values.get(1).cloned()) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let modulus = modulus
        .or_else(|| args.values.get(2).cloned())
        .filter(|m| !m.is_none());
    match modulus {
        None => vm.binary_op(base, exp, pyasync_bytecode::BinaryOperator::Power),
        Some(m) if !is_number(&base) => {
            // Three-argument pow on other types: their __pow__(exp, mod) (no reflection).
            let class = vm.class_of(&base).clone();
            if class.as_type().is_some_and(|t| t.heap) {
                if let Some(f) = vm.lookup_type(&class, "__pow__") {
                    let r = vm.call(&f, Args::new([base.clone(), exp.clone(), m.clone()]))?;
                    if !vm.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(&base),
                vm.type_name(&exp),
                vm.type_name(&m)
            )))
        }
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (as_bigint(&base), as_bigint(&exp), as_bigint(&m))
            else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                let inv = modinv(&b, &m).ok_or_else(|| {
                    vm.value_error("base is not invertible for the given modulus")
                })?;
                inv.modpow(&(-e), &m)
            } else {
                b.modpow(&e, &m)
            };
            // Python's result has the sign of the modulus.
            let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
                r + &m
            } else {
                r
            };
            Ok(vm.new_int(r))
        }
    }
}

pub(super) fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let e = a.extended_gcd(m);
    if e.gcd != BigInt::from(1) && e.gcd != BigInt::from(-1) {
        return None;
    }
    Some(e.x.mod_floor(m))
}

pub(super) fn round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ndigits_kw = args.take_kw("ndigits");
    let number_kw = args.take_kw("number");
    vm.reject_kwargs(&args, "round")?;
    let ndigits = ndigits_kw
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::None);
    let Some(number) = number_kw.or_else(|| args.values.first().cloned()) else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    vm.round(&number, &ndigits)
}
