//! Complex arithmetic and `repr(complex)`, following CPython's `Objects/complexobject.c`
//! (Smith's division, `c_pow`, and the repr that drops a zero real part).

use pyasync_bytecode::BinaryOperator;

use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub type C = (f64, f64);

pub use pyasync_bytecode::repr::complex_repr;

pub fn complex_div(vm: &Vm, a: C, b: C) -> PyResult<C> {
    let (ar, ai) = a;
    let (br, bi) = b;
    let abs_br = br.abs();
    let abs_bi = bi.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return Err(vm.zero_division_error("complex division by zero"));
        }
        let ratio = bi / br;
        let denom = br + bi * ratio;
        Ok(((ar + ai * ratio) / denom, (ai - ar * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = br / bi;
        let denom = br * ratio + bi;
        Ok(((ar * ratio + ai) / denom, (ai * ratio - ar) / denom))
    } else {
        Ok((f64::NAN, f64::NAN))
    }
}

/// CPython's `_Py_c_pow`.
pub fn complex_pow(a: C, b: C) -> C {
    if b.0 == 0.0 && b.1 == 0.0 {
        return (1.0, 0.0);
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        return (0.0, 0.0);
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    (len * phase.cos(), len * phase.sin())
}

fn complex_mul(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `c_powu`: square-and-multiply over the exponent's bits.
fn complex_powu(x: C, n: u64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: u64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = complex_mul(r, p);
        }
        mask <<= 1;
        p = complex_mul(p, p);
    }
    r
}

pub fn complex_binary(vm: &Vm, op: BinaryOperator, a: C, b: C) -> Option<PyResult<Value>> {
    use BinaryOperator as B;
    let r = match op.base() {
        B::Add => Ok((a.0 + b.0, a.1 + b.1)),
        B::Subtract => Ok((a.0 - b.0, a.1 - b.1)),
        B::Multiply => Ok((a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)),
        B::TrueDivide => complex_div(vm, a, b),
        B::Power => {
            let r = if a == (0.0, 0.0) && (b.1 != 0.0 || b.0 < 0.0) {
                Err(vm.zero_division_error("0.0 to a negative or complex power"))
            } else if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
                // cf. complex_pow: small integer exponents multiply exactly (c_powi).
                let n = b.0 as i64;
                let p = complex_powu(a, n.unsigned_abs());
                if n >= 0 {
                    Ok(p)
                } else {
                    complex_div(vm, (1.0, 0.0), p)
                }
            } else {
                Ok(complex_pow(a, b))
            };
            // An infinite part means the result overflowed (CPython's ERANGE check).
            match r {
                Ok(p) if p.0.is_infinite() || p.1.is_infinite() => {
                    Err(vm.overflow_error("complex exponentiation"))
                }
                r => r,
            }
        }
        _ => return None,
    };
    Some(r.map(|(re, im)| vm.new_complex(re, im)))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_matches_cpython() {
        // python3 -c "print(repr(1j), repr(complex(-0.0, 1)), repr(1+0j), repr(complex(1.5,-2)))"
        assert_eq!(complex_repr(0.0, 1.0), "1j");
        assert_eq!(complex_repr(-0.0, 1.0), "(-0+1j)");
        assert_eq!(complex_repr(1.0, 0.0), "(1+0j)");
        assert_eq!(complex_repr(1.5, -2.0), "(1.5-2j)");
    }
}
