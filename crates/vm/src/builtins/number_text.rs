//! The text of numbers: `int(text, base)` and `float(text)` parsing as CPython does it (Unicode
//! digits and spaces, underscores, prefixes, the 4,300-digit limit), and the fast paths of
//! `str(i)` and `int(s)` for machine-size ints and plain ASCII digits.

use num_bigint::BigInt;
use num_traits::Num;

use crate::object::{ObjRef, Payload};
use crate::objects::str::str_object;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A str object (of class `str_type`) of the decimal text of a machine int, made without
/// the formatting machinery.
pub fn int_str_object(str_type: &ObjRef, i: i64) -> ObjRef {
    let mut buf = [0u8; 20];
    let text = int_text(i, &mut buf);
    str_object(str_type, |d| d.set_str(text, Some(text.len())))
}

/// The decimal text of `i`, written at the end of `buf`.
#[inline]
pub fn int_text(i: i64, buf: &mut [u8; 20]) -> &str {
    let start = int_digits(i, buf);
    // ASCII digits and a sign: always valid UTF-8.
    std::str::from_utf8(&buf[start..]).unwrap_or("0")
}

/// Writes the decimal text of `i` (ASCII digits and a sign) at the end of `buf`, two digits
/// at a time; returns where it starts.
#[inline]
pub fn int_digits(i: i64, buf: &mut [u8; 20]) -> usize {
    const PAIRS: &[u8; 200] = b"0001020304050607080910111213141516171819\
2021222324252627282930313233343536373839\
4041424344454647484950515253545556575859\
6061626364656667686970717273747576777879\
8081828384858687888990919293949596979899";
    let mut pos = buf.len();
    let mut n = i.unsigned_abs();
    while n >= 100 {
        let pair = (n % 100) as usize * 2;
        n /= 100;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    }
    if n >= 10 {
        let pair = n as usize * 2;
        pos -= 2;
        buf[pos..pos + 2].copy_from_slice(&PAIRS[pair..pair + 2]);
    } else {
        pos -= 1;
        buf[pos] = b'0' + n as u8;
    }
    if i < 0 {
        pos -= 1;
        buf[pos] = b'-';
    }
    pos
}

/// The length of the decimal text of `i` (what [`int_text`] writes).
#[inline]
pub fn int_text_len(i: i64) -> usize {
    let digits = i
        .unsigned_abs()
        .checked_ilog10()
        .map_or(1, |d| d as usize + 1);
    digits + usize::from(i < 0)
}

/// `int(text)` for the common case, an optional sign and 1 to 18 ASCII digits with nothing
/// around them; `None` for anything else (spaces, underscores, other digits, errors), which
/// the general parser handles.
pub fn parse_small_decimal(text: &str) -> Option<i64> {
    let b = text.as_bytes();
    let (neg, digits) = match b.first()? {
        b'-' => (true, &b[1..]),
        b'+' => (false, &b[1..]),
        _ => (false, b),
    };
    if digits.is_empty() || digits.len() > 18 {
        return None;
    }
    let mut v: i64 = 0;
    for &d in digits {
        if !d.is_ascii_digit() {
            return None;
        }
        v = v * 10 + (d - b'0') as i64;
    }
    Some(if neg { -v } else { v })
}

impl Vm {
    /// The `Call` fast path of `str(x)` and `int(x)` with one positional argument that needs
    /// no Python code: `str` of a machine int or of an exact str, `int` of a machine int or of
    /// an exact str of plain digits. `stack[callee]` is the type, `stack[arg]` the argument;
    /// the result replaces both. `None` (nothing changed) leaves the call to `call_type`,
    /// which also reports every error.
    pub(crate) fn convert_call(&mut self, callee: usize, arg: usize) -> Option<()> {
        let frame = self.frames.last()?;
        if frame.stack.len() != arg + 1 {
            return None;
        }
        let Some(Value::Obj(cls)) = frame.stack.get(callee) else {
            return None;
        };
        let x = &frame.stack[arg];
        let result = if std::rc::Rc::ptr_eq(cls, &self.types.str) {
            match x {
                Value::Int(i) => Value::Obj(int_str_object(&self.types.str, *i)),
                Value::Obj(_) if self.is_exact_str(x) => x.clone(),
                _ => return None,
            }
        } else if std::rc::Rc::ptr_eq(cls, &self.types.int) {
            match x {
                Value::Int(i) => Value::Int(*i),
                Value::Obj(o) if self.is_exact_str(x) => match &o.payload {
                    Payload::Str(s) => Value::Int(parse_small_decimal(s.as_str())?),
                    _ => return None,
                },
                _ => return None,
            }
        } else {
            return None;
        };
        let frame = self.frames.last_mut()?;
        frame.stack.truncate(callee);
        frame.push(result);
        Some(())
    }
}

/// CPython's `_PyUnicode_TransformDecimalAndSpaceToASCII`: every decimal digit (category Nd)
/// becomes its ASCII digit and every Unicode space an ASCII space, so `int('٣٤')` is 34.
pub fn ascii_digits(text: &str) -> std::borrow::Cow<'_, str> {
    if text.is_ascii() {
        return std::borrow::Cow::Borrowed(text);
    }
    let mapped = text
        .chars()
        .map(|c| {
            if c.is_ascii() {
                c
            } else if let Some(d) = pyasync_bytecode::unicode::decimal_value(c) {
                char::from(b'0' + d as u8)
            } else if pyasync_bytecode::unicode::is_space(c) {
                ' '
            } else {
                c
            }
        })
        .collect();
    std::borrow::Cow::Owned(mapped)
}

/// CPython 3.11's guard against quadratic-time conversions: a decimal (or other
/// non-power-of-two base) literal of more than 4300 digits is refused.
pub(super) fn check_digit_limit(vm: &Vm, text: &str, base: u32) -> PyResult<()> {
    let limit = crate::ops::sizes::int_max_str_digits();
    if base.is_power_of_two() && base != 0 || limit == 0 || text.len() <= limit {
        return Ok(());
    }
    if base == 0 {
        // The prefix decides: 0b/0o/0x literals have no limit.
        let t = text.trim_start().trim_start_matches(['+', '-']).as_bytes();
        if t.len() > 1 && t[0] == b'0' && matches!(t[1], b'b' | b'B' | b'o' | b'O' | b'x' | b'X') {
            return Ok(());
        }
    }
    let digits = text.chars().filter(|c| c.is_alphanumeric()).count();
    if digits > limit {
        return Err(vm.value_error(format!(
            "Exceeds the limit ({limit} digits) for integer string conversion: value has \
             {digits} digits; use sys.set_int_max_str_digits() to increase the limit"
        )));
    }
    Ok(())
}

/// Parses an int literal as `int(text, base)` does (underscores, sign, prefixes for base 0).
pub fn parse_int(text: &str, base: u32) -> Option<BigInt> {
    let text = ascii_digits(text);
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let (neg, t) = match t.strip_prefix('-') {
        Some(r) => (true, r),
        None => (false, t.strip_prefix('+').unwrap_or(t)),
    };
    let lower = t.to_ascii_lowercase();
    let (base, digits) = if base == 0 || base == 16 || base == 8 || base == 2 {
        match lower.get(..2) {
            Some("0x") if base == 0 || base == 16 => (16, &t[2..]),
            Some("0o") if base == 0 || base == 8 => (8, &t[2..]),
            Some("0b") if base == 0 || base == 2 => (2, &t[2..]),
            _ if base == 0 => {
                // Base 0 forbids leading zeros in decimal ("010").
                if t.len() > 1
                    && t.starts_with('0')
                    && t.trim_start_matches(['0', '_']).chars().any(|c| c != '0')
                {
                    return None;
                }
                (10, t)
            }
            _ => (base, t),
        }
    } else {
        (base, t)
    };
    let digits = digits
        .strip_prefix('_')
        .filter(|_| digits.len() != t.len())
        .unwrap_or(digits);
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_digit(base)) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

/// Parses a float as `float(text)` does.
pub fn parse_float(text: &str) -> Option<f64> {
    let t = text.trim_matches(|c: char| c.is_whitespace());
    let lower = t.to_ascii_lowercase();
    let (sign, body) = match lower.strip_prefix('-') {
        Some(r) => (-1.0, r),
        None => (1.0, lower.strip_prefix('+').unwrap_or(&lower)),
    };
    match body {
        "inf" | "infinity" => return Some(sign * f64::INFINITY),
        "nan" => return Some(f64::NAN),
        _ => {}
    }
    if body.is_empty() || body.starts_with('_') || body.ends_with('_') || body.contains("__") {
        return None;
    }
    // Underscores only between digits.
    let chars: Vec<char> = body.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        if c == '_' {
            let ok = i > 0
                && chars[i - 1].is_ascii_digit()
                && chars.get(i + 1).is_some_and(|n| n.is_ascii_digit());
            if !ok {
                return None;
            }
        } else if !(c.is_ascii_digit() || matches!(c, '.' | 'e' | '+' | '-')) {
            return None;
        }
    }
    let clean: String = body.chars().filter(|&c| c != '_').collect();
    clean.parse::<f64>().ok().map(|v| sign * v)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn int_literals_like_int() {
        assert_eq!(parse_int(" 42 ", 10), Some(BigInt::from(42)));
        assert_eq!(parse_int("1_000", 10), Some(BigInt::from(1000)));
        assert_eq!(parse_int("0x_ff", 0), Some(BigInt::from(255)));
        assert_eq!(parse_int("ff", 16), Some(BigInt::from(255)));
        assert_eq!(parse_int("010", 0), None);
        assert_eq!(parse_int("1__0", 10), None);
        assert_eq!(parse_int("x", 10), None);
        assert_eq!(parse_float(" 1_000.5 "), Some(1000.5));
        assert_eq!(parse_float("-Infinity"), Some(f64::NEG_INFINITY));
        assert_eq!(parse_float("1e"), None);
    }

    #[test]
    fn int_text_matches_to_string() {
        let mut samples = vec![0, 1, 9, 10, 11, 99, 100, 101, 999, 1000, i64::MAX, i64::MIN];
        let mut p: i64 = 1;
        while let Some(q) = p.checked_mul(10) {
            samples.extend([p - 1, p, p + 1, q / 2]);
            p = q;
        }
        for i in samples {
            for v in [i, i.saturating_neg()] {
                let text = int_text(v, &mut [0u8; 20]).to_string();
                assert_eq!(text, v.to_string());
                assert_eq!(int_text_len(v), text.len());
            }
        }
    }
}
