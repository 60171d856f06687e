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
