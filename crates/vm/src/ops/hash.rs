//! `hash()`: CPython's hash functions for the types whose hashes programs can observe
//! (ints, floats, tuples, frozensets all produce the same numbers as CPython, which also
//! makes set iteration order match), identity hashes for the rest, and `__hash__` for
//! user classes.

use num_bigint::{BigInt, Sign};
use num_traits::ToPrimitive;

use crate::builtins::functions::Args;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The modulus of numeric hashes: 2**61 - 1.
const P: u64 = (1 << 61) - 1;
const BITS: u32 = 61;

fn finish(h: i64) -> i64 {
    if h == -1 {
        -2
    } else {
        h
    }
}

pub fn int_hash(i: i64) -> i64 {
    let h = (i.unsigned_abs() % P) as i64;
    finish(if i < 0 { -h } else { h })
}

pub fn bigint_hash(b: &BigInt) -> i64 {
    let m = (b.magnitude() % BigInt::from(P).magnitude())
        .to_u64()
        .unwrap_or(0) as i64;
    finish(if b.sign() == Sign::Minus { -m } else { m })
}

/// CPython's `_Py_HashDouble` (NaN hashes to 0 here; CPython uses the object's identity).
pub fn float_hash(v: f64) -> i64 {
    if !v.is_finite() {
        return if v.is_nan() {
            0
        } else if v > 0.0 {
            314_159
        } else {
            -314_159
        };
    }
    let (mut m, mut e) = frexp(v);
    let mut sign: i64 = 1;
    if m < 0.0 {
        sign = -1;
        m = -m;
    }
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & P) | (x >> (BITS - 28));
        m *= 268_435_456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= P {
            x -= P;
        }
    }
    let e = if e >= 0 {
        (e % BITS as i32) as u32
    } else {
        BITS - 1 - ((-1 - e) % BITS as i32) as u32
    };
    x = ((x << e) & P) | (x >> (BITS - e));
    let h = (x as i64).wrapping_mul(sign);
    finish(h)
}

/// `frexp`: v = m * 2**e with 0.5 <= |m| < 1.
fn frexp(v: f64) -> (f64, i32) {
    if v == 0.0 {
        return (v, 0);
    }
    let bits = v.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        // Subnormal: scale up first.
        let (m, e) = frexp(v * 2f64.powi(64));
        return (m, e - 64);
    }
    let e = exp - 1022;
    let m_bits = (bits & !(0x7ffu64 << 52)) | (1022u64 << 52);
    (f64::from_bits(m_bits), e)
}

/// CPython's tuple hash (xxHash-based, since 3.8) over item hashes.
pub fn tuple_hash(items: impl ExactSizeIterator<Item = i64>) -> i64 {
    const P1: u64 = 11_400_714_785_074_694_791;
    const P2: u64 = 14_029_467_366_897_019_727;
    const P5: u64 = 2_870_177_450_012_600_261;
    let len = items.len() as u64;
    let mut acc = P5;
    for lane in items {
        acc = acc.wrapping_add((lane as u64).wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add(len ^ (P5 ^ 3_527_539));
    if acc == u64::MAX {
        return 1_546_275_796;
    }
    acc as i64
}

/// An identity hash for an address (CPython's `_Py_HashPointer`).
pub fn pointer_hash(addr: usize) -> i64 {
    let y = addr as u64;
    finish((y.rotate_right(4)) as i64)
}

impl Vm {
    /// `hash(v)`.
    pub fn hash(&mut self, v: &Value) -> PyResult<i64> {
        match v {
            Value::Int(i) => Ok(int_hash(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Float(f) => Ok(float_hash(*f)),
            Value::None | Value::Null => Ok(pointer_hash(0x9c_7a40)),
            Value::Obj(o) => {
                let class = o.class.as_ref().unwrap_or(&self.types.type_);
                if class.as_type().is_some_and(|t| t.heap) {
                    return self.user_hash(v);
                }
                match &o.payload {
                    Payload::Str(s) => Ok(s.hash()),
                    Payload::Int(b) => Ok(bigint_hash(b)),
                    Payload::Float(f) => Ok(float_hash(*f)),
                    Payload::Bytes(b) => Ok(bytes_hash(b)),
                    Payload::Tuple(items) => {
                        // Nested tuples hash recursively (as in CPython, without charging
                        // recursion depth), but never past the end of the Rust stack.
                        if self.stack_remaining() < crate::ops::depth::STACK_RESERVE {
                            return Err(self.new_error(
                                &self.exc.recursion_error,
                                "maximum recursion depth exceeded",
                            ));
                        }
                        let mut hashes = Vec::with_capacity(items.len());
                        for item in items.iter() {
                            hashes.push(self.hash(item)?);
                        }
                        Ok(tuple_hash(hashes.into_iter()))
                    }
                    Payload::FrozenSet(s) => Ok(s.frozen_hash()),
                    Payload::Complex { re, im } => {
                        let h = (float_hash(*re) as u64)
                            .wrapping_add((float_hash(*im) as u64).wrapping_mul(1_000_003));
                        Ok(finish(h as i64))
                    }
                    Payload::Range(_) | Payload::BigRange(_) => {
                        crate::builtins::range::range_hash(self, &o.payload)
                    }
                    Payload::List(_)
                    | Payload::Dict(_)
                    | Payload::Set(_)
                    | Payload::ByteArray(_)
                    | Payload::MappingProxy(_)
                    | Payload::Slice(_) => Err(self.unhashable(v)),
                    Payload::BoundMethod(m) => {
                        let a = self.hash(&m.self_)?;
                        let b = self.hash(&m.func)?;
                        Ok(finish(a ^ b))
                    }
                    _ => Ok(pointer_hash(v.identity())),
                }
            }
        }
    }

    pub fn unhashable(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!("unhashable type: '{}'", self.type_name(v)))
    }

    /// Hash of an instance of a user class: its `__hash__` (None makes it unhashable).
    fn user_hash(&mut self, v: &Value) -> PyResult<i64> {
        let class = self.class_of(v).clone();
        let Some(h) = self.lookup_type(&class, "__hash__") else {
            return Ok(pointer_hash(v.identity()));
        };
        if h.is_none() {
            return Err(self.unhashable(v));
        }
        if let Some(Payload::MethodDescriptor(d)) = h.payload() {
            if d.owner == "object" {
                return Ok(pointer_hash(v.identity()));
            }
        }
        let r = self.call(&h, Args::new([v.clone()]))?;
        // As CPython's `slot_tp_hash`: an int that fits a machine word is the hash itself
        // (so `__hash__` returning `hash("a")` hashes like "a"), a bigger one is hashed.
        match &r {
            Value::Int(i) => Ok(finish(*i)),
            Value::Bool(b) => Ok(*b as i64),
            Value::Obj(o) => match &o.payload {
                Payload::Int(b) => Ok(b.to_i64().map_or_else(|| bigint_hash(b), finish)),
                _ => Err(self.type_error("__hash__ method should return an integer")),
            },
            _ => Err(self.type_error("__hash__ method should return an integer")),
        }
    }
}

pub use crate::objects::str::bytes_hash;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numeric_hashes_match_cpython() {
        // python3 -c "print(hash(-1), hash(2**61), hash(1.5), hash(-0.25), hash(1e100), hash((1, 2)), hash(()))"
        assert_eq!(int_hash(-1), -2);
        assert_eq!(bigint_hash(&(BigInt::from(1) << 61)), 1);
        assert_eq!(float_hash(1.5), 1_152_921_504_606_846_977);
        assert_eq!(float_hash(-0.25), -576_460_752_303_423_488);
        assert_eq!(float_hash(1e100), 1_822_893_315_824_342_674);
        assert_eq!(
            tuple_hash([1i64, 2].into_iter()),
            -3_550_055_125_485_641_917
        );
        assert_eq!(
            tuple_hash(std::iter::empty::<i64>()),
            5_740_354_900_026_072_187
        );
        assert_eq!(float_hash(3.0), 3);
    }

    #[test]
    fn str_hashes_match_cpython_with_hashseed_0() {
        // PYTHONHASHSEED=0 python3 -c "print(hash('a'), hash('é'), hash('日本'), hash('😀x'))"
        use crate::objects::str::str_hash;
        assert_eq!(str_hash("a"), 4_644_417_185_603_328_019);
        assert_eq!(str_hash("é"), 6_047_309_291_227_476_195);
        assert_eq!(str_hash("日本"), 6_243_316_497_235_261_705);
        assert_eq!(str_hash("😀x"), -8_926_728_262_118_538_918);
        assert_eq!(str_hash(""), 0);
        assert_eq!(bytes_hash(b"a"), 4_644_417_185_603_328_019);
    }
}
