//! `str`: the constructor and the methods scripts reach for, including `str.format` and the
//! comparison/sequence dunders.

use super::codecs::encode;
use super::functions::{Args, MethodKind};
use super::str_split;
use crate::object::Payload;
use crate::objects::str::PyStr;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyasync_bytecode::unicode as uni;

pub(super) fn text<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a str> {
    v.as_str().ok_or_else(|| not_str_receiver(vm, v, method))
}

/// The str data of `v`, if it is a str (or an instance of a str subclass).
#[inline]
pub(super) fn str_data(v: &Value) -> Option<&PyStr> {
    match v.payload() {
        Some(Payload::Str(s)) => Some(s),
        _ => None,
    }
}

/// The receiver of a str method, or the descriptor's TypeError (as [`text`]).
#[inline]
pub(super) fn receiver<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a PyStr> {
    str_data(v).ok_or_else(|| not_str_receiver(vm, v, method))
}

fn not_str_receiver(vm: &Vm, v: &Value, method: &str) -> crate::vm::PyErr {
    vm.type_error(format!(
        "descriptor '{}' for 'str' objects doesn't apply to a '{}' object",
        method,
        vm.type_name(v)
    ))
}

/// The TypeError for a non-str argument: "replace() argument 1 must be str, not int".
fn not_str_arg(vm: &Vm, v: &Value, what: &str) -> crate::vm::PyErr {
    vm.type_error(format!("{} must be str, not {}", what, vm.type_name(v)))
}

/// An argument CPython converts with `PyUnicode_Check`, borrowed: "must be str, not int".
fn must_be_str_ref<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a str> {
    v.as_str()
        .ok_or_else(|| vm.type_error(format!("must be str, not {}", vm.type_name(v))))
}

fn str_arg(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| vm.type_error(format!("{} must be str, not {}", what, vm.type_name(v))))
}

fn str_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args.take_kw("encoding");
    let errors = args.take_kw("errors");
    let object = args.take_kw("object");
    vm.reject_kwargs(&args, "str")?;
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let obj = object.or_else(|| args.values.get(1).cloned());
    let encoding = encoding.or_else(|| args.values.get(2).cloned());
    let s = match obj {
        None => String::new(),
        Some(o) => {
            if (encoding.is_some() || errors.is_some())
                && !matches!(o.payload(), Some(Payload::Bytes(_) | Payload::ByteArray(_)))
            {
                return Err(vm.type_error(if o.as_str().is_some() {
                    "decoding str is not supported".to_string()
                } else {
                    format!(
                        "decoding to str: need a bytes-like object, {} found",
                        vm.type_name(&o)
                    )
                }));
            }
            if let (Some(data), true) = (
                super::bytes::bytes_like(&o),
                encoding.is_some() || errors.is_some(),
            ) {
                let enc = match &encoding {
                    Some(e) => must_be_str_named(vm, e, "str() argument 'encoding'")?,
                    None => "utf-8".to_string(),
                };
                let err = match &errors {
                    Some(e) => must_be_str_named(vm, e, "str() argument 'errors'")?,
                    None => "strict".to_string(),
                };
                let text = super::codecs::decode_bytes(vm, &data, &enc, &err)?;
                return finish_str_new(vm, &cls, text);
            }
            let made = vm.str(&o)?;
            // `str(x)`: the str object `x.__str__()` gave is the result, even an instance of
            // a str subclass (CPython's `PyObject_Str`).
            let exact_str = |c: &crate::object::ObjRef| std::rc::Rc::ptr_eq(c, &vm.types.str);
            if cls.as_obj().is_some_and(exact_str) {
                return Ok(Value::Obj(made));
            }
            made.str_text().to_string()
        }
    };
    finish_str_new(vm, &cls, s)
}

/// The new str, or an instance of the str subclass `cls`.
fn finish_str_new(vm: &mut Vm, cls: &Value, s: String) -> PyResult<Value> {
    match cls {
        Value::Obj(c) if c.as_type().is_some_and(|t| t.heap) => {
            let dict = if c.as_type().is_some_and(|t| t.instance_dict) {
                Some(vm.new_dict_obj(Default::default()))
            } else {
                None
            };
            let o = std::rc::Rc::new(crate::object::PyObject {
                class: Some(c.clone()).into(),
                dict: crate::objects::instance::DictSlot::with(dict),
                payload: Payload::Str(crate::objects::str::PyStr::new(s)),
            });
            Ok(Value::Obj(o))
        }
        _ => Ok(vm.new_str(s)),
    }
}

fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult<Value> {
    vm.check_bound_args("str.strip", &args, 1, 2)?;
    let s = text(vm, &args.values[0], "strip")?;
    let chars = match args.values.get(1) {
        None | Some(Value::None) => None,
        Some(c) => match c.as_str() {
            Some(c) => Some(c),
            None => return Err(vm.type_error("strip arg must be None or str")),
        },
    };
    let pred = |c: char| match &chars {
        None => uni::is_space(c),
        Some(set) => set.contains(c),
    };
    let mut r: &str = s;
    if left {
        r = r.trim_start_matches(pred);
    }
    if right {
        r = r.trim_end_matches(pred);
    }
    if r.len() == s.len() && vm.is_exact_str(&args.values[0]) {
        return Ok(args.values[0].clone());
    }
    Ok(vm.new_str(r))
}

fn strip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, true)
}
fn lstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, true, false)
}
fn rstrip(vm: &mut Vm, args: Args) -> PyResult<Value> {
    strip_impl(vm, args, false, true)
}

macro_rules! simple_transform {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.check_bound_args(concat!("str.", stringify!($name)), &args, 1, 1)?;
                let s = text(vm, &args.values[0], stringify!($name))?;
                let f: fn(&str) -> String = $f;
                let r = f(s);
                Ok(vm.new_str(r))
            }
        )*
    };
}

simple_transform! {
    upper => |s| if s.is_ascii() { s.to_ascii_uppercase() } else { s.to_uppercase() };
    lower => |s| if s.is_ascii() { s.to_ascii_lowercase() } else { s.to_lowercase() };
    casefold => |s| {
        let mut out = String::with_capacity(s.len());
        for c in s.chars() {
            uni::push_casefold(&mut out, c);
        }
        out
    };
    swapcase => |s| s.chars().map(|c| if c.is_uppercase() { c.to_lowercase().collect::<String>() } else if c.is_lowercase() { c.to_uppercase().collect() } else { c.to_string() }).collect();
    capitalize => |s| {
        let mut cs = s.chars();
        let mut out = String::with_capacity(s.len());
        if let Some(f) = cs.next() {
            uni::push_title(&mut out, f);
            out.push_str(&cs.as_str().to_lowercase());
        }
        out
    };
    title => |s| {
        // cf. unicodeobject.c do_title: a cased character after a cased one is lowered,
        // any other is title-cased.
        let mut out = String::with_capacity(s.len());
        let mut prev_cased = false;
        for c in s.chars() {
            if prev_cased {
                out.extend(c.to_lowercase());
            } else {
                uni::push_title(&mut out, c);
            }
            prev_cased = is_cased(c);
        }
        out
    };
}

/// Whether a character has case (Lu, Ll or Lt, and the other cased ones).
fn is_cased(c: char) -> bool {
    c.is_uppercase() || c.is_lowercase() || uni::is_titlecase(c)
}

macro_rules! predicate {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.check_bound_args(concat!("str.", stringify!($name)), &args, 1, 1)?;
                let s = text(vm, &args.values[0], stringify!($name))?;
                let f: fn(&str) -> bool = $f;
                Ok(Value::Bool(f(s)))
            }
        )*
    };
}

predicate! {
    isdigit => |s| !s.is_empty() && s.chars().all(uni::is_digit);
    isdecimal => |s| !s.is_empty() && s.chars().all(uni::is_decimal);
    isnumeric => |s| !s.is_empty() && s.chars().all(uni::is_numeric);
    isalpha => |s| !s.is_empty() && s.chars().all(uni::is_alpha);
    isalnum => |s| !s.is_empty() && s.chars().all(uni::is_alnum);
    isspace => |s| !s.is_empty() && s.chars().all(uni::is_space);
    isascii => |s| s.is_ascii();
    isupper => |s| s.chars().any(char::is_uppercase) && !s.chars().any(|c| c.is_lowercase() || uni::is_titlecase(c));
    islower => |s| s.chars().any(char::is_lowercase) && !s.chars().any(|c| c.is_uppercase() || uni::is_titlecase(c));
    isidentifier => |s| {
        let mut cs = s.chars();
        matches!(cs.next(), Some(c) if c == '_' || unicode_ident::is_xid_start(c)) && cs.all(unicode_ident::is_xid_continue)
    };
    isprintable => |s| s.chars().all(uni::is_printable);
    istitle => |s| {
        let mut cased = false;
        let mut prev_cased = false;
        for c in s.chars() {
            if c.is_uppercase() || uni::is_titlecase(c) {
                if prev_cased { return false; }
                prev_cased = true;
                cased = true;
            } else if c.is_lowercase() {
                if !prev_cased { return false; }
                prev_cased = true;
                cased = true;
            } else {
                prev_cased = false;
            }
        }
        cased
    };
}

/// Resolves optional start/end arguments to byte offsets into `s`.
fn range_args(
    vm: &mut Vm,
    s: &str,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<(usize, usize)> {
    if start.is_none_or(Value::is_none) && end.is_none_or(Value::is_none) {
        return Ok((0, s.len()));
    }
    let n = s.chars().count() as i64;
    let norm = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.clamped_index(v)?;
                Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
            }
        }
    };
    let a = norm(vm, start, 0)?;
    let b = norm(vm, end, n)?;
    // cf. ADJUST_INDICES: a start past the end finds nothing, not even "".
    if let Some(v) = start.filter(|v| !v.is_none()) {
        if vm.clamped_index(v)? > n {
            return Ok((usize::MAX, 0));
        }
    }
    let byte = |ci: i64| {
        s.char_indices()
            .nth(ci as usize)
            .map_or(s.len(), |(b, _)| b)
    };
    if a > b {
        return Ok((usize::MAX, 0));
    }
    Ok((byte(a), byte(b)))
}

fn char_index(s: &str, byte: usize) -> i64 {
    s[..byte].chars().count() as i64
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    if args.has_kwargs() || !(2..=4).contains(&args.values.len()) {
        vm.check_bound_args(&format!("str.{name}"), &args, 2, 4)?;
    }
    let s = receiver(vm, &args.values[0], name)?;
    let sub = must_be_str_ref(vm, &args.values[1])?;
    let (a, b) = range_args(vm, s.as_str(), args.values.get(2), args.values.get(3))?;
    let found = if a > b || a == usize::MAX {
        None
    } else {
        let hay = &s.as_str()[a..b];
        let r = if right { hay.rfind(sub) } else { hay.find(sub) };
        r.map(|i| {
            if s.is_ascii() {
                (a + i) as i64
            } else {
                char_index(s.as_str(), a + i)
            }
        })
    };
    match found {
        Some(i) => Ok(Value::Int(i)),
        None if raise => Err(vm.value_error("substring not found")),
        None => Ok(Value::Int(-1)),
    }
}

fn find(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "find", false, false)
}
fn rfind(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rfind", true, false)
}
fn index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "index", false, true)
}
fn rindex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    find_impl(vm, args, "rindex", true, true)
}

fn count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.count", &args, 2, 4)?;
    let s = text(vm, &args.values[0], "count")?;
    let sub = must_be_str_ref(vm, &args.values[1])?;
    let (a, b) = range_args(vm, s, args.values.get(2), args.values.get(3))?;
    if a > b || a == usize::MAX {
        return Ok(Value::Int(0));
    }
    let hay = &s[a..b];
    let n = match sub.as_bytes() {
        [] => hay.chars().count() + 1,
        // One ASCII byte: a byte count (never inside a multi-byte character).
        [c] => hay.bytes().filter(|b| b == c).count(),
        _ => hay.matches(sub).count(),
    };
    Ok(Value::Int(n as i64))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, end: bool) -> PyResult<Value> {
    if args.has_kwargs() || !(2..=4).contains(&args.values.len()) {
        vm.check_bound_args(&format!("str.{name}"), &args, 2, 4)?;
    }
    let s = text(vm, &args.values[0], name)?;
    let (a, b) = range_args(vm, s, args.values.get(2), args.values.get(3))?;
    if a > b || a == usize::MAX {
        return Ok(Value::Bool(false));
    }
    let hay = &s[a..b];
    let candidates: &[Value] = match args.values[1].payload() {
        Some(Payload::Tuple(t)) => t,
        Some(Payload::Str(_)) => std::slice::from_ref(&args.values[1]),
        _ => {
            return Err(vm.type_error(format!(
                "{} first arg must be str or a tuple of str, not {}",
                name,
                vm.type_name(&args.values[1])
            )))
        }
    };
    for c in candidates {
        let Some(p) = c.as_str() else {
            return Err(vm.type_error(format!(
                "tuple for {} must only contain str, not {}",
                name,
                vm.type_name(c)
            )));
        };
        if (end && hay.ends_with(p)) || (!end && hay.starts_with(p)) {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn startswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "startswith", false)
}
fn endswith(vm: &mut Vm, args: Args) -> PyResult<Value> {
    affix_impl(vm, args, "endswith", true)
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.replace", &args, 3, 4)?;
    let s = receiver(vm, &args.values[0], "replace")?;
    let old = str_data(&args.values[1])
        .ok_or_else(|| not_str_arg(vm, &args.values[1], "replace() argument 1"))?;
    let new = str_data(&args.values[2])
        .ok_or_else(|| not_str_arg(vm, &args.values[2], "replace() argument 2"))?;
    let limit = match args.values.get(3) {
        Some(c) => usize::try_from(vm.ssize_arg(c)?).unwrap_or(usize::MAX),
        None => usize::MAX,
    };
    let (text, old_text, new_text) = (s.as_str(), old.as_str(), new.as_str());
    let mut out = String::new();
    let (mut last, mut n) = (0, 0);
    for (i, _) in text.match_indices(old_text) {
        if n == limit {
            break;
        }
        if n == 0 {
            out.reserve(text.len());
        }
        out.push_str(&text[last..i]);
        out.push_str(new_text);
        last = i + old_text.len();
        n += 1;
    }
    if n == 0 && vm.is_exact_str(&args.values[0]) {
        // Nothing replaced: CPython returns the exact str itself.
        return Ok(args.values[0].clone());
    }
    out.push_str(&text[last..]);
    let chars = s.char_len() + n * new.char_len() - n * old.char_len();
    Ok(Value::Obj(vm.str_obj(PyStr::with_char_len(out, chars))))
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, align: char) -> PyResult<Value> {
    if args.has_kwargs() || !(2..=3).contains(&args.values.len()) {
        vm.check_bound_args(&format!("str.{name}"), &args, 2, 3)?;
    }
    let s = text(vm, &args.values[0], name)?.to_string();
    let width = vm.ssize_arg(&args.values[1])?.max(0) as usize;
    vm.check_alloc(width, 1)?;
    let fill = match args.values.get(2) {
        Some(f) => {
            let f = f.as_str().ok_or_else(|| {
                vm.type_error(format!(
                    "{name}() argument 2 must be str, not {}",
                    vm.type_name(f)
                ))
            })?;
            let mut cs = f.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) => c,
                _ => {
                    return Err(
                        vm.type_error("The fill character must be exactly one character long")
                    )
                }
            }
        }
        None => ' ',
    };
    let len = s.chars().count();
    if len >= width {
        return Ok(vm.new_str(s));
    }
    let n = width - len;
    let fills = |k: usize| std::iter::repeat_n(fill, k).collect::<String>();
    let r = match align {
        '<' => s + &fills(n),
        '>' => fills(n) + &s,
        _ => {
            // CPython's center: the extra fill goes left when the width is odd and len is even.
            let left = n / 2 + (n & width & 1);
            fills(left) + &s + &fills(n - left)
        }
    };
    Ok(vm.new_str(r))
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", '<')
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", '>')
}
fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", '^')
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.zfill", &args, 2, 2)?;
    let s = text(vm, &args.values[0], "zfill")?.to_string();
    let width = vm.ssize_arg(&args.values[1])?.max(0) as usize;
    vm.check_alloc(width, 1)?;
    let len = s.chars().count();
    if len >= width {
        return Ok(vm.new_str(s));
    }
    let (sign, rest) = match s.chars().next() {
        Some(c @ ('+' | '-')) => (c.to_string(), s[1..].to_string()),
        _ => (String::new(), s.clone()),
    };
    Ok(vm.new_str(format!("{}{}{}", sign, "0".repeat(width - len), rest)))
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.removeprefix", &args, 2, 2)?;
    let s = text(vm, &args.values[0], "removeprefix")?.to_string();
    let p = str_arg(vm, &args.values[1], "removeprefix() argument")?;
    Ok(vm.new_str(s.strip_prefix(p.as_str()).unwrap_or(&s)))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.removesuffix", &args, 2, 2)?;
    let s = text(vm, &args.values[0], "removesuffix")?.to_string();
    let p = str_arg(vm, &args.values[1], "removesuffix() argument")?;
    let r = if p.is_empty() {
        s.as_str()
    } else {
        s.strip_suffix(p.as_str()).unwrap_or(&s)
    };
    Ok(vm.new_str(r))
}

fn expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let size = args
        .take_kw("tabsize")
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::Int(8));
    let size = vm.c_int_arg(&size)? as i64;
    let s = text(vm, &args.values[0], "expandtabs")?.to_string();
    let mut out = String::new();
    let mut col = 0i64;
    for c in s.chars() {
        match c {
            '\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(vm.new_str(out))
}

pub(super) fn must_be_str_named(vm: &Vm, v: &Value, what: &str) -> PyResult<String> {
    v.as_str()
        .map(str::to_string)
        .ok_or_else(|| vm.type_error(format!("{} must be str, not {}", what, vm.type_name(v))))
}

/// `str.format(*args, **kwargs)`.
fn format_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args.values[0], "format")?.to_string();
    let pos: Vec<Value> = args.pos()[1..].to_vec();
    let kw: Vec<(String, Value)> = args
        .kwargs()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let out = vm.str_format(&s, &pos, &kw)?;
    Ok(vm.new_str(out))
}

fn format_map(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.format_map", &args, 2, 2)?;
    let s = text(vm, &args.values[0], "format_map")?.to_string();
    let mapping = args.values[1].clone();
    let out = vm.str_format_with(&s, &[], &mut |vm, key| {
        vm.getitem(&mapping, &vm.new_str(key))
    })?;
    Ok(vm.new_str(out))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = vm.new_dict_obj(Default::default());
    match args.values.len() {
        1 => {
            if !matches!(args.values[0].payload(), Some(Payload::Dict(_))) {
                return Err(
                    vm.type_error("if you give only one argument to maketrans it must be a dict")
                );
            }
            let items = vm.mapping_items(&args.values[0])?;
            for (k, v) in items {
                let key = match k.as_str() {
                    Some(s) if s.chars().count() == 1 => {
                        Value::Int(s.chars().next().map_or(0, |c| c as i64))
                    }
                    Some(_) => {
                        return Err(
                            vm.value_error("string keys in translate table must be of length 1")
                        )
                    }
                    None => k,
                };
                vm.dict_set(&d, key, v)?;
            }
        }
        2 | 3 => {
            let a: Vec<char> = args.values[0].as_str().unwrap_or("").chars().collect();
            let b: Vec<char> = args.values[1].as_str().unwrap_or("").chars().collect();
            if a.len() != b.len() {
                return Err(
                    vm.value_error("the first two maketrans arguments must have equal length")
                );
            }
            for (x, y) in a.iter().zip(&b) {
                vm.dict_set(&d, Value::Int(*x as i64), Value::Int(*y as i64))?;
            }
            if let Some(z) = args.values.get(2) {
                for c in z.as_str().unwrap_or("").chars() {
                    vm.dict_set(&d, Value::Int(c as i64), Value::None)?;
                }
            }
        }
        _ => return Err(vm.type_error("maketrans() takes at most 3 arguments")),
    }
    Ok(Value::Obj(d))
}

fn translate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.translate", &args, 2, 2)?;
    let s = text(vm, &args.values[0], "translate")?.to_string();
    let table = args.values[1].clone();
    let mut out = String::new();
    for c in s.chars() {
        match vm.getitem(&table, &Value::Int(c as i64)) {
            Ok(Value::None) => {}
            Ok(v) => match v.as_str() {
                Some(t) => out.push_str(t),
                None if crate::objects::int::is_int(&v)
                    && v.as_i64()
                        .and_then(|n| u32::try_from(n).ok())
                        .is_none_or(|n| n > 0x10FFFF) =>
                {
                    return Err(vm.value_error("character mapping must be in range(0x110000)"))
                }
                None => match v.as_i64().and_then(|n| char::from_u32(n as u32)) {
                    Some(ch) => out.push(ch),
                    None => {
                        return Err(
                            vm.type_error("character mapping must return integer, None or str")
                        )
                    }
                },
            },
            Err(e) if vm.err_matches(&e, &vm.exc.lookup_error.clone()) => out.push(c),
            Err(e) => return Err(e),
        }
    }
    Ok(vm.new_str(out))
}

fn str_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match crate::ops::convert::builtin_len(&args.values[0]) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => vm.len(&args.values[0]).map(|n| Value::Int(n as i64)),
    }
}

fn str_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__getitem__", &args, 2, 2)?;
    let plain = vm.new_str(text(vm, &args.values[0], "__getitem__")?);
    vm.getitem(&plain, &args.values[1])
}

fn str_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__contains__", &args, 2, 2)?;
    let plain = vm.new_str(text(vm, &args.values[0], "__contains__")?);
    Ok(Value::Bool(vm.contains(&plain, &args.values[1])?))
}

fn str_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let plain = vm.new_str(text(vm, &args.values[0], "__iter__")?);
    vm.get_iter(&plain)
}

fn str_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(vm.new_str(text(vm, &args.values[0], "__str__")?))
}

fn str_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = crate::ops::convert::str_repr(text(vm, &args.values[0], "__repr__")?);
    Ok(vm.new_str(s))
}

fn str_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = text(vm, &args.values[0], "__hash__")?;
    Ok(Value::Int(crate::objects::str::str_hash(s)))
}

fn str_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__add__", &args, 2, 2)?;
    match vm.native_binary(
        pyasync_bytecode::BinaryOperator::Add,
        &args.values[0],
        &args.values[1],
    ) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

fn str_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__mul__", &args, 2, 2)?;
    match vm.native_binary(
        pyasync_bytecode::BinaryOperator::Multiply,
        &args.values[0],
        &args.values[1],
    ) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

fn str_mod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__mod__", &args, 2, 2)?;
    vm.printf_format_str(&args.values[0], &args.values[1])
}

fn str_format_dunder(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__format__", &args, 2, 2)?;
    let spec = args.values[1].as_str().unwrap_or("").to_string();
    let s = vm.native_format(&args.values[0], &spec)?;
    Ok(vm.new_str(s))
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.str.clone();
    let methods: &[(&'static str, super::functions::NativeFn)] = &[
        ("join", str_split::join),
        ("split", str_split::split),
        ("rsplit", str_split::rsplit),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("casefold", casefold),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isdigit", isdigit),
        ("isdecimal", isdecimal),
        ("isnumeric", isnumeric),
        ("isalpha", isalpha),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isupper", isupper),
        ("islower", islower),
        ("isidentifier", isidentifier),
        ("isprintable", isprintable),
        ("istitle", istitle),
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("startswith", startswith),
        ("endswith", endswith),
        ("replace", replace),
        ("ljust", ljust),
        ("rjust", rjust),
        ("center", center),
        ("zfill", zfill),
        ("splitlines", str_split::splitlines),
        ("partition", str_split::partition),
        ("rpartition", str_split::rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("encode", encode),
        ("format", format_method),
        ("format_map", format_map),
        ("translate", translate),
        ("__len__", str_len),
        ("__getitem__", str_getitem),
        ("__contains__", str_contains),
        ("__iter__", str_iter),
        ("__str__", str_str),
        ("__repr__", str_repr),
        ("__hash__", str_hash),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__format__", str_format_dunder),
        ("__eq__", super::numbers::cmp_eq),
        ("__ne__", super::numbers::cmp_ne),
        ("__lt__", super::numbers::cmp_lt),
        ("__le__", super::numbers::cmp_le),
        ("__gt__", super::numbers::cmp_gt),
        ("__ge__", super::numbers::cmp_ge),
    ];
    for (name, f) in methods {
        vm.add_method(&t, name, *f, MethodKind::Instance);
    }
    vm.add_method(&t, "__new__", str_new, MethodKind::Static);
    vm.add_method(&t, "maketrans", maketrans, MethodKind::Static);
}
