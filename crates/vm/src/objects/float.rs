//! Float arithmetic with Python's semantics, and `repr(float)`: the shortest string that
//! reads back to the same float, laid out as CPython does (fixed notation for
//! 1e-4 <= |x| < 1e16, else `1e+16` style).

use pyasync_bytecode::BinaryOperator;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub use pyasync_bytecode::repr::{float_repr, shortest_digits};

/// Python's float `%`: the result has the sign of the divisor.
pub fn float_mod(a: f64, b: f64) -> f64 {
    let m = a % b;
    if m != 0.0 {
        if (b < 0.0) != (m < 0.0) {
            m + b
        } else {
            m
        }
    } else {
        0.0f64.copysign(b)
    }
}

/// Python's float `//` (CPython's `float_floor_div` via divmod).
pub fn float_floordiv(a: f64, b: f64) -> f64 {
    let m = a % b;
    let mut div = (a - m) / b;
    if m != 0.0 && ((b < 0.0) != (m < 0.0)) {
        div -= 1.0;
    }
    if div != 0.0 {
        let floordiv = div.floor();
        if div - floordiv > 0.5 {
            floordiv + 1.0
        } else {
            floordiv
        }
    } else {
        0.0f64.copysign(a / b)
    }
}

/// `a op b` for floats (ints already converted); `None` for unsupported operators.
pub fn float_binary(vm: &Vm, op: BinaryOperator, a: f64, b: f64) -> Option<PyResult<Value>> {
    use BinaryOperator as B;
    let r = match op.base() {
        B::Add => Ok(Value::Float(a + b)),
        B::Subtract => Ok(Value::Float(a - b)),
        B::Multiply => Ok(Value::Float(a * b)),
        B::TrueDivide => {
            if b == 0.0 {
                Err(vm.zero_division_error("float division by zero"))
            } else {
                Ok(Value::Float(a / b))
            }
        }
        B::FloorDivide => {
            if b == 0.0 {
                Err(vm.zero_division_error("float floor division by zero"))
            } else {
                Ok(Value::Float(float_floordiv(a, b)))
            }
        }
        B::Remainder => {
            if b == 0.0 {
                Err(vm.zero_division_error("float modulo"))
            } else {
                Ok(Value::Float(float_mod(a, b)))
            }
        }
        B::Power => float_pow(vm, a, b),
        _ => return None,
    };
    Some(r)
}

fn float_pow(vm: &Vm, a: f64, b: f64) -> PyResult<Value> {
    if a == 0.0 && b < 0.0 {
        return Err(vm.zero_division_error("0.0 cannot be raised to a negative power"));
    }
    if a < 0.0 && b.fract() != 0.0 && b.is_finite() {
        // A negative base to a fractional power is complex in Python 3.
        let (re, im) = crate::objects::complex::complex_pow((a, 0.0), (b, 0.0));
        if re.is_infinite() || im.is_infinite() {
            return Err(vm.overflow_error("complex exponentiation"));
        }
        return Ok(vm.new_complex(re, im));
    }
    let r = a.powf(b);
    if r.is_infinite() && a.is_finite() && b.is_finite() {
        return Err(vm.new_error(
            &vm.exc.overflow_error,
            "(34, 'Numerical result out of range')",
        ));
    }
    Ok(Value::Float(r))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        // python3 -c "print([repr(x) for x in (1e16, 1.5e16, 1e-5, 0.0001, 100.0, 0.1, 1/3, 1e22, -2.5, 123456789.0)])"
        let cases = [
            (1e16, "1e+16"),
            (1.5e16, "1.5e+16"),
            (1e-5, "1e-05"),
            (0.0001, "0.0001"),
            (100.0, "100.0"),
            (0.1, "0.1"),
            (1.0 / 3.0, "0.3333333333333333"),
            (1e22, "1e+22"),
            (-2.5, "-2.5"),
            (123456789.0, "123456789.0"),
        ];
        for (x, want) in cases {
            assert_eq!(float_repr(x), want);
        }
    }

    #[test]
    fn modulo_and_floor_division_follow_python() {
        assert_eq!(float_mod(-7.5, 2.0), 0.5);
        assert_eq!(float_mod(7.5, -2.0), -0.5);
        assert_eq!(float_floordiv(7.5, 2.0), 3.0);
        assert_eq!(float_floordiv(-7.5, 2.0), -4.0);
    }
}

/// Parses `float.fromhex` text: `[sign] ['0x'] hexdigits ['.' hexdigits] ['p' [sign] digits]`,
/// or `inf`/`infinity`/`nan`, surrounded by optional whitespace. `Err(true)` when the value
/// overflows, `Err(false)` when the text is malformed.
pub fn parse_float_hex(text: &str) -> Result<f64, bool> {
    let t = text.trim();
    let (neg, body) = match t.as_bytes().first() {
        Some(b'-') => (true, &t[1..]),
        Some(b'+') => (false, &t[1..]),
        _ => (false, t),
    };
    let sign = if neg { -1.0 } else { 1.0 };
    let lower = body.to_ascii_lowercase();
    if lower == "inf" || lower == "infinity" {
        return Ok(sign * f64::INFINITY);
    }
    if lower == "nan" {
        return Ok(f64::NAN);
    }
    let body = lower
        .strip_prefix("0x")
        .map(str::to_string)
        .unwrap_or(lower.clone());
    let (mant, exp) = match body.split_once('p') {
        Some((m, e)) => (m.to_string(), Some(e.to_string())),
        None => (body.clone(), None),
    };
    let (int_part, frac_part) = match mant.split_once('.') {
        Some((i, f)) => (i.to_string(), f.to_string()),
        None => (mant.clone(), String::new()),
    };
    if int_part.is_empty() && frac_part.is_empty() {
        return Err(false);
    }
    let mut digits = num_bigint::BigInt::from(0);
    for c in int_part.chars().chain(frac_part.chars()) {
        let d = c.to_digit(16).ok_or(false)?;
        digits = digits * 16 + d;
    }
    let mut e: i64 = -4 * frac_part.len() as i64;
    if let Some(x) = exp {
        let x: i64 = x.parse().map_err(|_| false)?;
        e = e.saturating_add(x);
    }
    use num_traits::{ToPrimitive, Zero};
    if digits.is_zero() {
        return Ok(sign * 0.0);
    }
    // Round to 53 significant bits (half to even) ourselves, then scale exactly.
    let bits = digits.bits() as i64;
    let mut shift = bits - 53;
    if bits + e < -1074 + 53 {
        // Subnormal result: keep fewer bits.
        shift = -1074 - e;
    }
    let (m, e) = if shift > 0 {
        let mask = (num_bigint::BigInt::from(1) << shift as usize) - 1;
        let rem = &digits & &mask;
        let mut m: num_bigint::BigInt = &digits >> shift as usize;
        let half = num_bigint::BigInt::from(1) << (shift as usize - 1);
        if rem > half || (rem == half && (&m & num_bigint::BigInt::from(1)) == 1.into()) {
            m += 1;
        }
        (m, e + shift)
    } else {
        (digits, e)
    };
    let m = m.to_f64().ok_or(true)?;
    let e = e.clamp(-2000, 2000) as i32;
    // Two steps so intermediate powers of two stay representable.
    let r = m * 2f64.powi(e / 2) * 2f64.powi(e - e / 2);
    if r.is_infinite() {
        return Err(true);
    }
    Ok(sign * r)
}
