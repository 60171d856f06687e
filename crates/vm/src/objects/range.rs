//! The data of `range` objects, in two representations.
//!
//! Nearly every range has machine-size bounds, and `for i in range(n)` is the hottest loop
//! there is, so [`Range`] keeps `start`/`stop`/`step` as `i64` and is chosen whenever the three
//! bounds and the length fit; its iterator (`IterState::Range`) is stepped in place by
//! `ForIter`. A range whose bounds or length do not fit is a [`BigRange`] of `BigInt`s (CPython
//! keeps every range as Python ints and picks `range_iterator` or `longrange_iterator` the same
//! way). Which representation a range has is invisible to Python: the operations in
//! `builtins/range.rs` treat both alike, widening a small range when a big one is involved.

use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

use crate::object::Payload;

/// `range(start, stop, step)` whose bounds and length fit in an `i64` (`step != 0`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Range {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
}

impl Range {
    /// The number of elements (fits in an `i64`: ranges that do not are [`BigRange`]s).
    pub fn len(&self) -> i64 {
        small_len(self.start, self.stop, self.step) as i64
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The i-th element (no bounds check).
    pub fn at(&self, i: i64) -> i64 {
        self.start + i * self.step
    }

    /// The same range with `BigInt` bounds.
    pub fn to_big(self) -> BigRange {
        BigRange {
            start: self.start.into(),
            stop: self.stop.into(),
            step: self.step.into(),
            len: self.len().into(),
        }
    }
}

/// `range(start, stop, step)` with a bound or length past 64 bits; `len` is kept.
#[derive(Clone, Debug)]
pub struct BigRange {
    pub start: BigInt,
    pub stop: BigInt,
    pub step: BigInt,
    pub len: BigInt,
}

impl BigRange {
    /// The i-th element (no bounds check).
    pub fn at(&self, i: &BigInt) -> BigInt {
        &self.start + i * &self.step
    }

    /// The last element (the start for an empty range).
    pub fn last(&self) -> BigInt {
        if self.len.is_zero() {
            self.start.clone()
        } else {
            self.at(&(&self.len - 1))
        }
    }

    /// True when the int `i` is an element (CPython's `range_contains_long`).
    pub fn contains(&self, i: &BigInt) -> bool {
        let inside = if self.step.is_positive() {
            &self.start <= i && i < &self.stop
        } else {
            &self.stop < i && i <= &self.start
        };
        inside && (i - &self.start).mod_floor(&self.step).is_zero()
    }
}

/// The length of a range with `i64` bounds, in an `i128` (it can exceed `i64::MAX`).
fn small_len(start: i64, stop: i64, step: i64) -> i128 {
    let (lo, hi, step) = if step > 0 {
        (start as i128, stop as i128, step as i128)
    } else {
        (stop as i128, start as i128, -(step as i128))
    };
    if lo >= hi {
        0
    } else {
        (hi - lo - 1) / step + 1
    }
}

/// The length of `range(start, stop, step)` (`step != 0`).
pub fn big_len(start: &BigInt, stop: &BigInt, step: &BigInt) -> BigInt {
    let (lo, hi, step) = if step.is_positive() {
        (start, stop, step.clone())
    } else {
        (stop, start, -step)
    };
    if lo >= hi {
        BigInt::zero()
    } else {
        (hi - lo - BigInt::one()) / step + BigInt::one()
    }
}

/// The payload of `range(start, stop, step)` with `i64` bounds (`step != 0`).
pub fn small_payload(start: i64, stop: i64, step: i64) -> Payload {
    let len = small_len(start, stop, step);
    if len <= i64::MAX as i128 {
        Payload::Range(Range { start, stop, step })
    } else {
        Payload::BigRange(Box::new(BigRange {
            start: start.into(),
            stop: stop.into(),
            step: step.into(),
            len: len.into(),
        }))
    }
}

/// The payload of `range(start, stop, step)` (`step != 0`): small whenever it fits.
pub fn range_payload(start: BigInt, stop: BigInt, step: BigInt) -> Payload {
    if let (Some(a), Some(b), Some(c)) = (start.to_i64(), stop.to_i64(), step.to_i64()) {
        return small_payload(a, b, c);
    }
    let len = big_len(&start, &stop, &step);
    Payload::BigRange(Box::new(BigRange {
        start,
        stop,
        step,
        len,
    }))
}

/// Either kind of range payload, widened to `BigInt`s (`None` for other payloads).
pub fn as_big(p: &Payload) -> Option<BigRange> {
    match p {
        Payload::Range(r) => Some(r.to_big()),
        Payload::BigRange(r) => Some((**r).clone()),
        _ => None,
    }
}

/// True for either kind of range payload.
pub fn is_range(p: &Payload) -> bool {
    matches!(p, Payload::Range(_) | Payload::BigRange(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lengths() {
        assert_eq!(
            Range {
                start: 0,
                stop: 10,
                step: 3
            }
            .len(),
            4
        );
        assert_eq!(
            Range {
                start: 10,
                stop: 0,
                step: -3
            }
            .len(),
            4
        );
        assert_eq!(
            Range {
                start: 5,
                stop: 5,
                step: 1
            }
            .len(),
            0
        );
        let n = BigInt::from(10).pow(20u32);
        assert_eq!(big_len(&n, &(&n + 3), &BigInt::one()), BigInt::from(3));
        assert!(matches!(
            small_payload(i64::MIN, i64::MAX, 1),
            Payload::BigRange(_)
        ));
        assert!(matches!(small_payload(0, i64::MAX, 1), Payload::Range(_)));
    }
}
