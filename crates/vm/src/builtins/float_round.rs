//! `round(x, ndigits)` for a float, as CPython does it: the exact binary value of `x` is
//! rounded (half to even) to a multiple of `10**-ndigits`, and the result is the double
//! nearest to that exact decimal. CPython gets there through `_Py_dg_dtoa` and `strtod`;
//! here the exact value is a big rational and Rust's correctly rounded parser reads the
//! decimal back.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Zero};

/// Beyond this many digits after the point every double is already exact (CPython's
/// `NDIGITS_MAX`, from `(DBL_MANT_DIG - DBL_MIN_EXP) * 0.30103`).
const NDIGITS_MAX: i64 = 323;
/// Below this the result is zero for every finite double (CPython's `NDIGITS_MIN`).
const NDIGITS_MIN: i64 = -308;

/// The rounded value, or `None` when it is too large for a double (CPython's
/// "rounded value too large to represent").
pub fn round_to_digits(f: f64, n: i64) -> Option<f64> {
    if !f.is_finite() || n > NDIGITS_MAX {
        return Some(f);
    }
    if n < NDIGITS_MIN {
        return Some(0.0f64.copysign(f));
    }
    if f == 0.0 {
        return Some(f);
    }
    // |f| = mantissa * 2**exponent, exactly.
    let bits = f.to_bits();
    let biased = ((bits >> 52) & 0x7ff) as i64;
    let fraction = bits & ((1u64 << 52) - 1);
    let (mantissa, exponent) = if biased == 0 {
        (fraction, -1074)
    } else {
        (fraction | (1u64 << 52), biased - 1075)
    };
    // |f| * 10**n = num / den.
    let mut num = BigInt::from(mantissa);
    let mut den = BigInt::one();
    if exponent >= 0 {
        num <<= exponent as usize;
    } else {
        den <<= (-exponent) as usize;
    }
    let ten_power = num_traits::pow(BigInt::from(10), n.unsigned_abs() as usize);
    if n >= 0 {
        num *= ten_power;
    } else {
        den *= ten_power;
    }
    let (mut q, r) = num.div_rem(&den);
    let twice: BigInt = r * 2;
    if twice > den || (twice == den && q.is_odd()) {
        q += 1;
    }
    let magnitude = if q.is_zero() {
        0.0
    } else {
        format!("{}e{}", q, -n).parse::<f64>().ok()?
    };
    if magnitude.is_infinite() {
        return None;
    }
    Some(magnitude.copysign(f))
}
