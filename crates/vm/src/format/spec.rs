//! The format-spec mini-language (`format(x, ">10.2f")`, f-string fields), for int, float,
//! complex and str, with CPython's error messages (`Objects/stringlib/unicode_format.h`,
//! `Python/formatter_unicode.c`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

use crate::objects::float::float_repr;

/// A parsed format spec.
#[derive(Clone, Debug, Default)]
pub struct Spec {
    pub fill: Option<char>,
    pub align: Option<char>,
    pub sign: Option<char>,
    /// `z`: negative zero formats as positive zero.
    pub no_neg_zero: bool,
    pub alternate: bool,
    pub zero_pad: bool,
    pub width: Option<usize>,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub kind: Option<char>,
    /// The alignment came from the `0` flag, not the spec (strings then keep their default).
    pub align_from_zero: bool,
}

/// CPython's check that the thousands separator suits the presentation type
/// (cf. formatter_unicode.c invalid_thousands_separator_type).
pub fn check_grouping(s: &Spec, default_kind: char) -> Result<(), String> {
    let Some(g) = s.grouping else {
        return Ok(());
    };
    let kind = s.kind.unwrap_or(default_kind);
    let ok = match kind {
        'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' => true,
        'b' | 'o' | 'x' | 'X' => g == '_',
        _ => false,
    };
    if ok {
        return Ok(());
    }
    Err(format!("Cannot specify '{g}' with '{kind}'."))
}

/// Parses a spec; the error is CPython's ValueError message.
pub fn parse(spec: &str) -> Result<Spec, String> {
    let chars: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut s = Spec::default();
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    if chars.len() >= 2 && is_align(chars[1]) {
        s.fill = Some(chars[0]);
        s.align = Some(chars[1]);
        i = 2;
    } else if !chars.is_empty() && is_align(chars[0]) {
        s.align = Some(chars[0]);
        i = 1;
    }
    if i < chars.len() && matches!(chars[i], '+' | '-' | ' ') {
        s.sign = Some(chars[i]);
        i += 1;
    }
    if i < chars.len() && chars[i] == 'z' {
        s.no_neg_zero = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '#' {
        s.alternate = true;
        i += 1;
    }
    if i < chars.len() && chars[i] == '0' {
        s.zero_pad = true;
        i += 1;
    }
    let start = i;
    while i < chars.len() && chars[i].is_ascii_digit() {
        i += 1;
    }
    if i > start {
        let w: String = chars[start..i].iter().collect();
        s.width = Some(
            // CPython reads it as a Py_ssize_t.
            w.parse::<usize>()
                .ok()
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(|| "Too many decimal digits in format string".to_string())?,
        );
    }
    if i < chars.len() && matches!(chars[i], ',' | '_') {
        s.grouping = Some(chars[i]);
        i += 1;
        if i < chars.len() && matches!(chars[i], ',' | '_') {
            return Err("Cannot specify both ',' and '_'.".into());
        }
    }
    if i < chars.len() && chars[i] == '.' {
        i += 1;
        let start = i;
        while i < chars.len() && chars[i].is_ascii_digit() {
            i += 1;
        }
        if i == start {
            return Err("Format specifier missing precision".into());
        }
        let p: String = chars[start..i].iter().collect();
        s.precision = Some(
            // CPython reads it as a Py_ssize_t.
            p.parse::<usize>()
                .ok()
                .filter(|&n| n <= isize::MAX as usize)
                .ok_or_else(|| "Too many decimal digits in format string".to_string())?,
        );
    }
    if chars.len() - i > 1 {
        return Err("Invalid format specifier".into());
    }
    if i < chars.len() {
        s.kind = Some(chars[i]);
    }
    if s.zero_pad && s.fill.is_none() {
        s.fill = Some('0');
        if s.align.is_none() {
            s.align = Some('=');
            s.align_from_zero = true;
        }
    }
    Ok(s)
}

/// Pads `body` (whose sign/prefix part is `prefix`) to the spec's width.
fn pad(s: &Spec, prefix: &str, body: &str, default_align: char) -> String {
    let fill = s.fill.unwrap_or(' ');
    let align = s.align.unwrap_or(default_align);
    let len = prefix.chars().count() + body.chars().count();
    let width = s.width.unwrap_or(0);
    if len >= width {
        return format!("{prefix}{body}");
    }
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    match align {
        '<' => format!("{prefix}{body}{}", fills(n)),
        '^' => format!("{}{prefix}{body}{}", fills(n / 2), fills(n - n / 2)),
        '=' => format!("{prefix}{}{body}", fills(n)),
        _ => format!("{}{prefix}{body}", fills(n)),
    }
}

/// Inserts a grouping separator every `every` digits of the integer part of `digits` (hex
/// digits when grouping by 4, decimal digits otherwise, so a float's exponent is not part of
/// it: `1e-07`).
fn group(digits: &str, sep: char, every: usize) -> String {
    let in_int = |c: char| {
        if every == 4 {
            c.is_ascii_alphanumeric()
        } else {
            c.is_ascii_digit()
        }
    };
    let (int_part, rest) = match digits.find(|c: char| !in_int(c)) {
        Some(p) => digits.split_at(p),
        None => (digits, ""),
    };
    let mut out = String::new();
    let n = int_part.len();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (n - i) % every == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out + rest
}

/// Grouping when zero padding: the padding zeros are grouped too (CPython does this).
fn zero_padded_grouped(s: &Spec, prefix: &str, digits: &str, sep: char, every: usize) -> String {
    let width = s.width.unwrap_or(0);
    let mut body = group(digits, sep, every);
    let mut raw = digits.to_string();
    let prefix_len = prefix.chars().count();
    loop {
        let len = prefix_len + body.chars().count();
        if len >= width {
            break;
        }
        // k zeros lengthen the body by at most k + k/every + 1 (new separators), so this
        // never passes the first length that reaches the width, as one zero at a time would.
        let deficit = width - len;
        let k = (deficit * every / (every + 1)).saturating_sub(1).max(1);
        raw.insert_str(0, &"0".repeat(k));
        body = group(&raw, sep, every);
    }
    // A leading separator is dropped by CPython (it pads to the width, then groups).
    if body.starts_with(sep) {
        body.remove(0);
        body.insert(0, '0');
        body = group(&body.replace(sep, ""), sep, every);
    }
    format!("{prefix}{body}")
}

fn sign_prefix(s: &Spec, negative: bool) -> &'static str {
    if negative {
        "-"
    } else {
        match s.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// `format(int, spec)`.
pub fn format_int(v: &BigInt, s: &Spec, type_name: &str) -> Result<String, String> {
    let kind = s.kind.unwrap_or('d');
    if matches!(kind, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') {
        let f = v
            .to_f64()
            .ok_or_else(|| "int too large to convert to float".to_string())?;
        return format_float(f, s, "int");
    }
    if s.precision.is_some() {
        return Err("Precision not allowed in integer format specifier".into());
    }
    if s.no_neg_zero {
        return Err("Negative zero coercion (z) not allowed in integer format specifier".into());
    }
    check_grouping(s, 'd')?;
    if kind == 'c' {
        if s.sign.is_some() {
            return Err("Sign not allowed with integer format specifier 'c'".into());
        }
        if s.alternate {
            return Err("Alternate form (#) not allowed with integer format specifier 'c'".into());
        }
        // format() converts to a C long first (printf's `%c` has its own path).
        if v.to_i64().is_none() {
            return Err("Python int too large to convert to C long".into());
        }
        let cp = v
            .to_u32()
            .filter(|&c| c <= 0x10FFFF)
            .ok_or_else(|| "%c arg not in range(0x110000)".to_string())?;
        let c = char::from_u32(cp).unwrap_or('\u{FFFD}');
        return Ok(pad(s, "", &c.to_string(), '>'));
    }
    let (radix, prefix) = match kind {
        'd' | 'n' => (10, ""),
        'b' => (2, "0b"),
        'o' => (8, "0o"),
        'x' => (16, "0x"),
        'X' => (16, "0X"),
        other => {
            return Err(format!(
                "Unknown format code '{other}' for object of type '{type_name}'"
            ))
        }
    };
    if let Some(g) = s.grouping {
        if g == ',' && radix != 10 {
            return Err(format!("Cannot specify ',' with '{kind}'."));
        }
    }
    let mut digits = v.abs().to_str_radix(radix);
    if radix == 10 && !crate::ops::sizes::int_digits_allowed(digits.len()) {
        return Err(crate::ops::sizes::int_to_str_limit_message());
    }
    if kind == 'X' {
        digits = digits.to_uppercase();
    }
    let mut pre = sign_prefix(s, v.is_negative()).to_string();
    if s.alternate {
        pre.push_str(prefix);
    }
    let every = if radix == 10 { 3 } else { 4 };
    if let Some(sep) = s.grouping {
        if s.fill == Some('0') && s.align == Some('=') {
            return Ok(zero_padded_grouped(s, &pre, &digits, sep, every));
        }
        digits = group(&digits, sep, every);
    }
    Ok(pad(s, &pre, &digits, '>'))
}

/// No finite f64 has a nonzero digit past this many decimal places (the smallest subnormal
/// has 1,074) or this many significant digits, so longer precisions only add zeros.
const EXACT_DIGITS: usize = 1100;

/// `x` with `p` decimals (`format!("{:.p$}")`, whose precision stops at 65,535).
fn to_fixed(x: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{:.*}", p, x);
    }
    let mut t = format!("{:.*}", EXACT_DIGITS, x);
    t.extend(std::iter::repeat_n('0', p - EXACT_DIGITS));
    t
}

/// `x` in Rust's exponent form with `p` decimals in the mantissa (`format!("{:.p$e}")`).
fn to_sci(x: f64, p: usize) -> String {
    if p <= EXACT_DIGITS {
        return format!("{:.*e}", p, x);
    }
    let t = format!("{:.*e}", EXACT_DIGITS, x);
    let (mant, exp) = t.split_at(t.find('e').unwrap_or(t.len()));
    let mut out = String::with_capacity(t.len() + p - EXACT_DIGITS);
    out.push_str(mant);
    out.extend(std::iter::repeat_n('0', p - EXACT_DIGITS));
    out.push_str(exp);
    out
}

/// Python's exponent layout: at least two digits, always signed.
fn fix_exponent(s: &str) -> String {
    match s.split_once('e') {
        Some((m, e)) => {
            let (sign, digits) = match e.strip_prefix('-') {
                Some(d) => ('-', d),
                None => ('+', e),
            };
            format!("{m}e{sign}{digits:0>2}")
        }
        None => s.to_string(),
    }
}

/// `%g`-style formatting of a finite |x| with `p` significant digits.
fn general(x: f64, p: usize, alternate: bool) -> String {
    let p = p.max(1);
    let sci = to_sci(x, p - 1);
    let exp: i32 = sci
        .split_once('e')
        .and_then(|(_, e)| e.parse().ok())
        .unwrap_or(0);
    let mut out = if exp >= -4 && exp < p as i32 {
        to_fixed(x, (p as i32 - 1 - exp).max(0) as usize)
    } else {
        fix_exponent(&sci)
    };
    if !alternate {
        out = strip_zeros(&out);
    } else if !out.contains('.') {
        match out.find('e') {
            Some(e) => out.insert(e, '.'),
            None => out.push('.'),
        }
    }
    out
}

fn strip_zeros(s: &str) -> String {
    let (mant, exp) = match s.find('e') {
        Some(e) => s.split_at(e),
        None => (s, ""),
    };
    let mant = if mant.contains('.') {
        mant.trim_end_matches('0').trim_end_matches('.')
    } else {
        mant
    };
    format!("{mant}{exp}")
}

/// `format(float, spec)`.
pub fn format_float(x: f64, s: &Spec, type_name: &str) -> Result<String, String> {
    let kind = s.kind;
    check_grouping(s, 'g')?;
    if let Some(k) = kind {
        if !matches!(k, 'e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%') {
            return Err(format!(
                "Unknown format code '{k}' for object of type '{type_name}'"
            ));
        }
    }
    if let Some(',') = s.grouping {
        if kind == Some('n') {
            return Err("Cannot specify ',' with 'n'.".into());
        }
    }
    if s.precision.is_some_and(|p| p > i32::MAX as usize) {
        return Err("precision too big".into());
    }
    let mut x = x;
    if s.no_neg_zero && x == 0.0 {
        x = 0.0;
    }
    let negative = x.is_sign_negative() && !x.is_nan();
    let ax = x.abs();
    let upper = matches!(kind, Some('E' | 'F' | 'G'));
    let mut body = if !ax.is_finite() {
        let t = if ax.is_nan() { "nan" } else { "inf" };
        let t = if upper {
            t.to_uppercase()
        } else {
            t.to_string()
        };
        if kind == Some('%') {
            format!("{t}%")
        } else {
            t
        }
    } else {
        match kind {
            Some('e' | 'E') => {
                let t = fix_exponent(&to_sci(ax, s.precision.unwrap_or(6)));
                let t = if s.alternate && !t.contains('.') {
                    t.replacen('e', ".e", 1)
                } else {
                    t
                };
                if upper {
                    t.to_uppercase()
                } else {
                    t
                }
            }
            Some('f' | 'F') => {
                let t = to_fixed(ax, s.precision.unwrap_or(6));
                if s.alternate && !t.contains('.') {
                    t + "."
                } else {
                    t
                }
            }
            Some('%') => {
                let t = to_fixed(ax * 100.0, s.precision.unwrap_or(6));
                let t = if s.alternate && !t.contains('.') {
                    t + "."
                } else {
                    t
                };
                t + "%"
            }
            Some('g' | 'G' | 'n') => {
                let t = general(ax, s.precision.unwrap_or(6), s.alternate);
                if upper {
                    t.to_uppercase()
                } else {
                    t
                }
            }
            _ => match s.precision {
                // No type: like repr, or like 'g' that keeps a digit after the point.
                None => {
                    let r = float_repr(ax);
                    // '#' keeps a decimal point even in the exponent form: 1.e-07.
                    if s.alternate && ax.is_finite() && !r.contains('.') {
                        match r.find('e') {
                            Some(i) => format!("{}.{}", &r[..i], &r[i..]),
                            None => r + ".",
                        }
                    } else {
                        r
                    }
                }
                Some(p) => {
                    // cf. format_float_short with Py_DTSF_ADD_DOT_0: the exponent form is
                    // used from one decimal place earlier than for 'g'.
                    let p = p.max(1);
                    let sci = to_sci(ax, p - 1);
                    let exp: i64 = sci
                        .split_once('e')
                        .and_then(|(_, e)| e.parse().ok())
                        .unwrap_or(0);
                    if ax.is_finite() && (exp < -4 || exp >= p as i64 - 1) {
                        let (mant, _) = sci.split_once('e').unwrap_or((&sci, ""));
                        let mant = if s.alternate || !mant.contains('.') {
                            mant.to_string()
                        } else {
                            mant.trim_end_matches('0').trim_end_matches('.').to_string()
                        };
                        fix_exponent(&format!("{mant}e{exp}"))
                    } else {
                        let t = general(ax, p, s.alternate);
                        if t.contains(['.', 'e', 'n', 'i']) {
                            t
                        } else {
                            t + ".0"
                        }
                    }
                }
            },
        }
    };
    if negative && body == "0" {
        body = "0".into();
    }
    let pre = sign_prefix(s, negative);
    if let Some(sep) = s.grouping {
        if ax.is_finite() {
            if s.fill == Some('0') && s.align == Some('=') {
                return Ok(zero_padded_grouped(s, pre, &body, sep, 3));
            }
            body = group(&body, sep, 3);
        }
    }
    Ok(pad(s, pre, &body, '>'))
}

/// `format(str, spec)`.
pub fn format_str(text: &str, s: &Spec) -> Result<String, String> {
    if let Some(k) = s.kind {
        if k != 's' {
            return Err(format!(
                "Unknown format code '{k}' for object of type 'str'"
            ));
        }
    }
    if s.sign.is_some() {
        return Err("Sign not allowed in string format specifier".into());
    }
    if s.alternate {
        return Err("Alternate form (#) not allowed in string format specifier".into());
    }
    let mut s = s.clone();
    if s.align_from_zero {
        s.align = None;
    }
    let s = &s;
    if s.align == Some('=') {
        return Err("'=' alignment not allowed in string format specifier".into());
    }
    if s.grouping.is_some() {
        return Err(format!(
            "Cannot specify '{}' with 's'.",
            s.grouping.unwrap_or(',')
        ));
    }
    let truncated: String = match s.precision {
        Some(p) => text.chars().take(p).collect(),
        None => text.to_string(),
    };
    Ok(pad(s, "", &truncated, '<'))
}

/// `format(complex, spec)` (CPython: both parts with the float rules, `(re+imj)`).
pub fn format_complex(re: f64, im: f64, s: &Spec) -> Result<String, String> {
    if s.zero_pad {
        return Err("Zero padding is not allowed in complex format specifier".into());
    }
    if s.align == Some('=') {
        return Err("'=' alignment flag is not allowed in complex format specifier".into());
    }
    let part_spec = Spec {
        width: None,
        fill: None,
        align: None,
        ..s.clone()
    };
    let no_type = s.kind.is_none() && s.precision.is_none();
    let show_re = !(no_type && re == 0.0 && re.is_sign_positive());
    let im_spec = Spec {
        sign: Some('+'),
        ..part_spec.clone()
    };
    let strip = |t: String| {
        if no_type {
            t.strip_suffix(".0").map(str::to_string).unwrap_or(t)
        } else {
            t
        }
    };
    let body = if show_re {
        let r = strip(format_float(re, &part_spec, "complex")?);
        let i = strip(format_float(im, &im_spec, "complex")?);
        if no_type {
            format!("({r}{i}j)")
        } else {
            format!("{r}{i}j")
        }
    } else {
        format!("{}j", strip(format_float(im, &part_spec, "complex")?))
    };
    Ok(pad(s, "", &body, '>'))
}

/// True if the value is zero (for callers that only have a BigInt).
pub fn is_zero(v: &BigInt) -> bool {
    v.is_zero()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f(x: f64, spec: &str) -> String {
        format_float(x, &parse(spec).expect("valid"), "float").expect("formats")
    }

    fn i(x: i64, spec: &str) -> String {
        format_int(&BigInt::from(x), &parse(spec).expect("valid"), "int").expect("formats")
    }

    #[test]
    fn floats_like_cpython() {
        // python3 -c "print([format(x, s) for x, s in [(3.14159,'.2f'),(1234567.891,',.2f'),(0.5,'%'),(1e-7,'g'),(123.0,''),(2.5,'.3'),(1e20,'.3'),(-1.5,'+08.2f'),(12345.678,'e'),(0.000123,'.2g')]])"
        assert_eq!(f(3.14159, ".2f"), "3.14");
        assert_eq!(f(1234567.891, ",.2f"), "1,234,567.89");
        assert_eq!(f(0.5, "%"), "50.000000%");
        assert_eq!(f(1e-7, "g"), "1e-07");
        assert_eq!(f(123.0, ""), "123.0");
        assert_eq!(f(2.5, ".3"), "2.5");
        assert_eq!(f(1e20, ".3"), "1e+20");
        assert_eq!(f(-1.5, "+08.2f"), "-0001.50");
        assert_eq!(f(12345.678, "e"), "1.234568e+04");
        assert_eq!(f(0.000123, ".2g"), "0.00012");
    }

    #[test]
    fn ints_like_cpython() {
        // python3 -c "print([format(x, s) for x, s in [(255,'x'),(255,'#x'),(255,'08b'),(1234567,','),(-42,'>6'),(42,'^7'),(1234567,'_'),(255,'#010x')]])"
        assert_eq!(i(255, "x"), "ff");
        assert_eq!(i(255, "#x"), "0xff");
        assert_eq!(i(255, "08b"), "11111111");
        assert_eq!(i(1234567, ","), "1,234,567");
        assert_eq!(i(-42, ">6"), "   -42");
        assert_eq!(i(42, "^7"), "  42   ");
        assert_eq!(i(1234567, "_"), "1_234_567");
        assert_eq!(i(255, "#010x"), "0x000000ff");
    }
}
