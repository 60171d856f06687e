//! Literal values as CPython's compiler sees them after its AST optimizer has folded them:
//! `-1` and `1 - 2j` are single constants there, while our AST keeps the operator nodes.
//!
//! Two compiler rules need the values themselves: a mapping pattern may not test the same key
//! twice (`{1: a, True: b}` repeats a key, since `1 == True` — Python's equality across `bool`,
//! `int`, `float` and `complex`), and the error names the key by its `repr`. So [`Value`]
//! implements just enough of Python's numeric equality and `repr` for literals: integers of any
//! size, floats (shortest round-trip repr, as `float.__repr__`), complex numbers, strings,
//! bytes, `None`, `True`, `False`, `...`.

use crate::ast::{Constant, Expr, ExprContext, ExprKind, Operator, UnaryOp};

/// An integer that fits in `i128`, or a bigger one as sign and decimal digits.
#[derive(Clone, Debug, PartialEq)]
pub enum Int {
    Small(i128),
    Big { negative: bool, digits: String },
}

/// A folded literal.
#[derive(Clone, Debug, PartialEq)]
pub enum Value {
    None,
    Ellipsis,
    Bool(bool),
    Int(Int),
    Float(f64),
    Complex { re: f64, im: f64 },
    Str(String),
    Bytes(Vec<u8>),
}

/// The value of a literal, a signed number or a complex literal `a ± bj` (the expressions
/// patterns allow); `None` for anything else.
pub fn fold(e: &Expr) -> Option<Value> {
    match &e.kind {
        ExprKind::Constant { value } => from_constant(value),
        ExprKind::UnaryOp {
            op: UnaryOp::USub,
            operand,
        } => negate(fold(operand)?),
        ExprKind::UnaryOp {
            op: UnaryOp::UAdd,
            operand,
        } => number(fold(operand)?),
        ExprKind::BinOp { left, op, right } => {
            let sign = match op {
                Operator::Add => 1.0,
                Operator::Sub => -1.0,
                _ => return None,
            };
            let right = fold(right)?;
            // Only a real and an imaginary part make a complex literal; other sums of
            // numbers are folded by CPython too, but patterns cannot contain them.
            if !matches!(right, Value::Complex { .. }) {
                return None;
            }
            let (lre, lim) = as_complex(&fold(left)?)?;
            let (rre, rim) = as_complex(&right)?;
            Some(Value::Complex {
                re: lre + sign * rre,
                im: lim + sign * rim,
            })
        }
        _ => None,
    }
}

/// Whether CPython's optimizer (`Python/ast_opt.c`) turns `e` into a constant, which the
/// compiler treats specially in a few places (a constant `return` value is loaded late).
/// Literals, `__debug__`, tuples of constants, and operators on constants fold, unless the
/// operation would fail (`1 / 0`, `"a" - 1`); this approximates the last part by the operand
/// types and a literal zero divisor, and ignores CPython's size limits on folded results.
pub fn folds_to_constant(e: &Expr) -> bool {
    const_kind(e).is_some()
}

/// The broad type of a constant expression, for deciding whether an operation on it folds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Number,
    Str,
    Bytes,
    Tuple,
    Other,
}

fn const_kind(e: &Expr) -> Option<Kind> {
    match &e.kind {
        ExprKind::Constant { value } => Some(match value {
            Constant::Bool(_)
            | Constant::Int(_)
            | Constant::BigInt(_)
            | Constant::Float(_)
            | Constant::Complex { .. } => Kind::Number,
            Constant::Str(_) => Kind::Str,
            Constant::Bytes(_) => Kind::Bytes,
            Constant::Tuple(_) => Kind::Tuple,
            Constant::None | Constant::Ellipsis => Kind::Other,
        }),
        ExprKind::Name {
            id,
            ctx: ExprContext::Load,
        } if id == "__debug__" => Some(Kind::Number),
        ExprKind::Tuple {
            elts,
            ctx: ExprContext::Load,
        } => elts
            .iter()
            .all(|elt| const_kind(elt).is_some())
            .then_some(Kind::Tuple),
        ExprKind::UnaryOp { op, operand } => {
            let kind = const_kind(operand)?;
            (*op == UnaryOp::Not || kind == Kind::Number).then_some(Kind::Number)
        }
        ExprKind::BinOp { left, op, right } => {
            let (l, r) = (const_kind(left)?, const_kind(right)?);
            let zero = matches!(fold(right), Some(v) if v.py_eq(&Value::Int(Int::Small(0))));
            match (l, op, r) {
                (_, Operator::Div | Operator::FloorDiv | Operator::Mod, _)
                    if zero && l == Kind::Number =>
                {
                    None
                }
                (Kind::Number, Operator::MatMult, _) => None,
                (Kind::Number, _, Kind::Number) => Some(Kind::Number),
                (Kind::Str, Operator::Add, Kind::Str) | (Kind::Str, Operator::Mod, _) => {
                    Some(Kind::Str)
                }
                (Kind::Bytes, Operator::Add, Kind::Bytes) => Some(Kind::Bytes),
                (Kind::Tuple, Operator::Add, Kind::Tuple) => Some(Kind::Tuple),
                (Kind::Str | Kind::Bytes | Kind::Tuple, Operator::Mult, Kind::Number) => Some(l),
                (Kind::Number, Operator::Mult, Kind::Str | Kind::Bytes | Kind::Tuple) => Some(r),
                _ => None,
            }
        }
        ExprKind::Subscript {
            value,
            slice,
            ctx: ExprContext::Load,
        } => {
            const_kind(value)?;
            const_kind(slice)?;
            Some(Kind::Other)
        }
        _ => None,
    }
}

fn from_constant(c: &Constant) -> Option<Value> {
    Some(match c {
        Constant::None => Value::None,
        Constant::Ellipsis => Value::Ellipsis,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(Int::Small(i128::from(*i))),
        Constant::BigInt(digits) => Value::Int(match digits.parse::<i128>() {
            Ok(i) => Int::Small(i),
            Err(_) => Int::Big {
                negative: false,
                digits: digits.clone(),
            },
        }),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => Value::Complex {
            re: *real,
            im: *imag,
        },
        Constant::Str(s) => Value::Str(s.clone()),
        Constant::Bytes(b) => Value::Bytes(b.clone()),
        Constant::Tuple(_) => return None,
    })
}

/// `+x` for a number.
fn number(v: Value) -> Option<Value> {
    match v {
        Value::Bool(b) => Some(Value::Int(Int::Small(i128::from(b)))),
        Value::Int(_) | Value::Float(_) | Value::Complex { .. } => Some(v),
        _ => None,
    }
}

/// `-x` for a number.
fn negate(v: Value) -> Option<Value> {
    Some(match number(v)? {
        Value::Int(Int::Small(i)) => Value::Int(Int::Small(i.checked_neg()?)),
        Value::Int(Int::Big { negative, digits }) => Value::Int(Int::Big {
            negative: !negative,
            digits,
        }),
        Value::Float(f) => Value::Float(-f),
        Value::Complex { re, im } => Value::Complex { re: -re, im: -im },
        _ => return None,
    })
}

/// A number as a complex (real, imaginary) pair of floats, as `complex.__add__` sees it.
fn as_complex(v: &Value) -> Option<(f64, f64)> {
    match v {
        Value::Bool(b) => Some((f64::from(u8::from(*b)), 0.0)),
        Value::Int(Int::Small(i)) => Some((*i as f64, 0.0)),
        Value::Int(Int::Big { negative, digits }) => {
            let f: f64 = digits.parse().ok()?;
            Some((if *negative { -f } else { f }, 0.0))
        }
        Value::Float(f) => Some((*f, 0.0)),
        Value::Complex { re, im } => Some((*re, *im)),
        _ => None,
    }
}

impl Value {
    /// Python's `==` between two literals (what a `set` of them uses).
    pub fn py_eq(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::None, Value::None) | (Value::Ellipsis, Value::Ellipsis) => true,
            (Value::Str(a), Value::Str(b)) => a == b,
            (Value::Bytes(a), Value::Bytes(b)) => a == b,
            _ => match (self.as_number(), other.as_number()) {
                (Some(a), Some(b)) => a.eq(&b),
                _ => false,
            },
        }
    }

    fn as_number(&self) -> Option<Num<'_>> {
        Some(match self {
            Value::Bool(b) => Num::Int(IntRef::Small(i128::from(*b))),
            Value::Int(Int::Small(i)) => Num::Int(IntRef::Small(*i)),
            Value::Int(Int::Big { negative, digits }) => Num::Int(IntRef::Big(*negative, digits)),
            Value::Float(f) => Num::Float(*f),
            Value::Complex { re, im } => Num::Complex(*re, *im),
            _ => return None,
        })
    }

    /// Python's `repr`.
    pub fn repr(&self) -> String {
        match self {
            Value::None => "None".to_string(),
            Value::Ellipsis => "Ellipsis".to_string(),
            Value::Bool(true) => "True".to_string(),
            Value::Bool(false) => "False".to_string(),
            Value::Int(Int::Small(i)) => i.to_string(),
            Value::Int(Int::Big { negative, digits }) => {
                format!("{}{digits}", if *negative { "-" } else { "" })
            }
            Value::Float(f) => float_repr(*f, true),
            Value::Complex { re, im } => complex_repr(*re, *im),
            Value::Str(s) => str_repr(s),
            Value::Bytes(b) => bytes_repr(b),
        }
    }
}

#[derive(Clone, Copy)]
enum IntRef<'v> {
    Small(i128),
    Big(bool, &'v str),
}

#[derive(Clone, Copy)]
enum Num<'v> {
    Int(IntRef<'v>),
    Float(f64),
    Complex(f64, f64),
}

impl Num<'_> {
    fn eq(&self, other: &Num<'_>) -> bool {
        match (*self, *other) {
            (Num::Int(a), Num::Int(b)) => int_eq(a, b),
            (Num::Int(i), Num::Float(f)) | (Num::Float(f), Num::Int(i)) => int_eq_float(i, f),
            (Num::Float(a), Num::Float(b)) => a == b,
            (Num::Complex(re1, im1), Num::Complex(re2, im2)) => re1 == re2 && im1 == im2,
            (Num::Complex(re, im), Num::Float(f)) | (Num::Float(f), Num::Complex(re, im)) => {
                im == 0.0 && re == f
            }
            (Num::Complex(re, im), Num::Int(i)) | (Num::Int(i), Num::Complex(re, im)) => {
                im == 0.0 && int_eq_float(i, re)
            }
        }
    }
}

fn int_eq(a: IntRef<'_>, b: IntRef<'_>) -> bool {
    match (a, b) {
        (IntRef::Small(x), IntRef::Small(y)) => x == y,
        (IntRef::Big(n1, d1), IntRef::Big(n2, d2)) => n1 == n2 && d1 == d2,
        // A big integer never fits in i128, so it cannot equal a small one.
        _ => false,
    }
}

/// Exact comparison of an integer with a float, as Python does it (no rounding).
fn int_eq_float(i: IntRef<'_>, f: f64) -> bool {
    if !f.is_finite() || f.fract() != 0.0 {
        return false;
    }
    match i {
        IntRef::Small(x) => {
            // Integral floats below 2**127 convert exactly.
            f.abs() < 1.7e38 && f as i128 == x
        }
        IntRef::Big(negative, digits) => {
            // Rust prints an integral float's exact decimal expansion.
            let text = format!("{:.0}", f.abs());
            (f < 0.0) == negative && text == digits
        }
    }
}

/// `float.__repr__` (with `add_dot_0`) and the parts of `complex.__repr__` (without): the
/// shortest digits that round-trip, in positional notation when the decimal exponent is in
/// [-4, 16), else in scientific notation with a two-digit exponent.
pub fn float_repr(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    // `{:e}` gives the shortest round-trip digits: "1.25e-7", "-3e16", "0e0".
    let sci = format!("{:e}", f);
    let (mantissa, exp) = sci.split_once('e').unwrap_or((sci.as_str(), "0"));
    let exp: i32 = exp.parse().unwrap_or(0);
    let (sign, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => ("-", m),
        None => ("", mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    // The value is 0.DIGITS * 10**decpt.
    let decpt = exp + 1;
    let body = if (-4 < decpt && decpt <= 16) || digits == "0" {
        positional(&digits, decpt, add_dot_0)
    } else {
        let (first, rest) = digits.split_at(digits.len().min(1));
        let frac = if rest.is_empty() {
            String::new()
        } else {
            format!(".{rest}")
        };
        let e = decpt - 1;
        format!(
            "{first}{frac}e{}{:02}",
            if e < 0 { '-' } else { '+' },
            e.abs()
        )
    };
    format!("{sign}{body}")
}

/// DIGITS with the decimal point `decpt` places from their start.
fn positional(digits: &str, decpt: i32, add_dot_0: bool) -> String {
    let len = digits.len() as i32;
    if decpt <= 0 {
        let zeros = "0".repeat(decpt.unsigned_abs() as usize);
        format!("0.{zeros}{digits}")
    } else if decpt >= len {
        let zeros = "0".repeat((decpt - len) as usize);
        if add_dot_0 {
            format!("{digits}{zeros}.0")
        } else {
            format!("{digits}{zeros}")
        }
    } else {
        let (int, frac) = digits.split_at(decpt as usize);
        format!("{int}.{frac}")
    }
}

/// `complex.__repr__`: `2j`, `(1+2j)`, `(-0-1j)`.
fn complex_repr(re: f64, im: f64) -> String {
    let im_text = float_repr(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{im_text}j");
    }
    let sign = if im_text.starts_with('-') { "" } else { "+" };
    format!("({}{sign}{im_text}j)", float_repr(re, false))
}

/// `str.__repr__`: single quotes unless the text has some and no double quotes; backslash
/// escapes for the quote, backslash, `\t`, `\n`, `\r` and unprintable characters.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => {
                let code = u32::from(c);
                if code < 0x100 {
                    out.push_str(&format!("\\x{code:02x}"));
                } else if code < 0x10000 {
                    out.push_str(&format!("\\u{code:04x}"));
                } else {
                    out.push_str(&format!("\\U{code:08x}"));
                }
            }
        }
    }
    out.push(quote);
    out
}

/// An approximation of `str.isprintable` for one character: control characters, separators
/// other than the space, and the common format characters are unprintable. (Python consults
/// the full Unicode category table; unassigned and private-use code points are missed here.)
fn is_printable(c: char) -> bool {
    if c == ' ' {
        return true;
    }
    if c.is_control() || c.is_whitespace() {
        return false;
    }
    !matches!(
        u32::from(c),
        0xAD | 0x600..=0x605 | 0x61C | 0x6DD | 0x70F | 0x180E | 0x200B..=0x200F
            | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F | 0xFEFF | 0xFFF9..=0xFFFB
            | 0xD800..=0xDFFF | 0xE000..=0xF8FF
    )
}

/// `bytes.__repr__`.
fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        b'"'
    } else {
        b'\''
    };
    let mut out = String::from("b");
    out.push(char::from(quote));
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\t' => out.push_str("\\t"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            q if q == quote => {
                out.push('\\');
                out.push(char::from(q));
            }
            0x20..=0x7e => out.push(char::from(byte)),
            _ => out.push_str(&format!("\\x{byte:02x}")),
        }
    }
    out.push(char::from(quote));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_reprs_match_python() {
        // Expected values from python3: repr(x).
        let cases = [
            (1.0, "1.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (-0.0, "-0.0"),
            (0.1, "0.1"),
            (123.456, "123.456"),
            (1.5e-7, "1.5e-07"),
            (2.5e100, "2.5e+100"),
            (f64::INFINITY, "inf"),
        ];
        for (f, want) in cases {
            assert_eq!(float_repr(f, true), want, "repr of {f}");
        }
    }

    #[test]
    fn complex_reprs_match_python() {
        // Expected values from python3: repr(1+2j), repr(-1j), repr(2j), repr(1.5-0.5j).
        assert_eq!(complex_repr(1.0, 2.0), "(1+2j)");
        assert_eq!(complex_repr(-0.0, -1.0), "(-0-1j)");
        assert_eq!(complex_repr(0.0, 2.0), "2j");
        assert_eq!(complex_repr(1.5, -0.5), "(1.5-0.5j)");
    }

    #[test]
    fn str_and_bytes_reprs_match_python() {
        // Expected values from python3.
        assert_eq!(str_repr("k"), "'k'");
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a'b\"c"), "'a\\'b\"c'");
        assert_eq!(str_repr("tab\there\n"), "'tab\\there\\n'");
        assert_eq!(str_repr("é\u{a0}\u{7}"), "'é\\xa0\\x07'");
        assert_eq!(bytes_repr(b"x\x00'"), "b\"x\\x00'\"");
    }

    #[test]
    fn numeric_equality_crosses_types() {
        let one = Value::Int(Int::Small(1));
        assert!(one.py_eq(&Value::Bool(true)));
        assert!(one.py_eq(&Value::Float(1.0)));
        assert!(one.py_eq(&Value::Complex { re: 1.0, im: 0.0 }));
        assert!(Value::Float(-0.0).py_eq(&Value::Int(Int::Small(0))));
        assert!(!one.py_eq(&Value::Str("1".into())));
        // python3: 2**130 == 2.0**130 is True, 10**41 == 1e41 is False.
        let big = |digits: &str| {
            Value::Int(Int::Big {
                negative: false,
                digits: digits.to_string(),
            })
        };
        assert!(
            big("1361129467683753853853498429727072845824").py_eq(&Value::Float(2f64.powi(130)))
        );
        assert!(!big("100000000000000000000000000000000000000000").py_eq(&Value::Float(1e41)));
    }
}
