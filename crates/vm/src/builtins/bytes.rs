//! The methods `bytes` and `bytearray` share (cf. `Objects/bytes_methods.c`), plus the
//! bytearray-only mutators. Each works on a copy of the receiver's bytes, and a method that
//! returns bytes returns the receiver's own type: `bytearray(b"a").upper()` is a bytearray.

use super::codecs::decode;
use super::functions::{Args, MethodKind, NativeFn};
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The bytes of a bytes-like value, if it is one.
pub fn bytes_like(v: &Value) -> Option<Vec<u8>> {
    match v.payload() {
        Some(Payload::Bytes(b)) => Some(b.to_vec()),
        Some(Payload::ByteArray(b)) => Some(b.borrow().clone()),
        _ => None,
    }
}

pub(super) fn receiver(vm: &Vm, args: &Args, name: &str) -> PyResult<Vec<u8>> {
    match args.values.first().and_then(bytes_like) {
        Some(b) => Ok(b),
        None => Err(vm.type_error(format!(
            "descriptor '{name}' requires a 'bytes' object but received a '{}'",
            args.values
                .first()
                .map_or("NoneType".to_string(), |v| vm.type_name(v).to_string())
        ))),
    }
}

/// Builds a result of the receiver's kind (bytes or bytearray).
fn same_kind(vm: &Vm, like: &Value, data: Vec<u8>) -> Value {
    match like.payload() {
        Some(Payload::ByteArray(_)) => vm.new_bytearray(data),
        _ => vm.new_bytes(data),
    }
}

fn need_bytes(vm: &Vm, v: &Value) -> PyResult<Vec<u8>> {
    bytes_like(v).ok_or_else(|| {
        vm.type_error(format!(
            "a bytes-like object is required, not '{}'",
            vm.type_name(v)
        ))
    })
}

/// The `sub` argument of find/count/index: bytes-like or an int in range(256).
fn sub_arg(vm: &mut Vm, v: &Value) -> PyResult<Vec<u8>> {
    if let Some(b) = bytes_like(v) {
        return Ok(b);
    }
    if crate::objects::int::is_int(v) {
        let n = vm.clamped_index(v)?;
        if !(0..=255).contains(&n) {
            return Err(vm.value_error("byte must be in range(0, 256)"));
        }
        return Ok(vec![n as u8]);
    }
    Err(vm.type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        vm.type_name(v)
    )))
}

fn find_sub(hay: &[u8], sub: &[u8], from_right: bool) -> Option<usize> {
    if sub.len() > hay.len() {
        return None;
    }
    let last = hay.len() - sub.len();
    if from_right {
        (0..=last).rev().find(|&i| &hay[i..i + sub.len()] == sub)
    } else {
        (0..=last).find(|&i| &hay[i..i + sub.len()] == sub)
    }
}

/// Optional start/end slice bounds, clamped as CPython's ADJUST_INDICES does; None when the
/// start lies past the end.
fn bounds(
    vm: &mut Vm,
    len: usize,
    start: Option<&Value>,
    end: Option<&Value>,
) -> PyResult<Option<(usize, usize)>> {
    let n = len as i64;
    let mut get = |v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None | Some(Value::None) => Ok(default),
            Some(v) => {
                let i = vm.clamped_index(v)?;
                Ok(if i < 0 { i.saturating_add(n).max(0) } else { i })
            }
        }
    };
    let a = get(start, 0)?;
    let b = get(end, n)?.min(n);
    if a > n || a > b {
        return Ok(None);
    }
    Ok(Some((a as usize, b as usize)))
}

fn find_impl(vm: &mut Vm, args: Args, name: &str, right: bool, raise: bool) -> PyResult<Value> {
    if args.has_kwargs() || !(2..=4).contains(&args.values.len()) {
        vm.check_bound_args(&format!("bytes.{name}"), &args, 2, 4)?;
    }
    let data = receiver(vm, &args, name)?;
    let sub = sub_arg(vm, &args.values[1])?;
    let found = match bounds(vm, data.len(), args.values.get(2), args.values.get(3))? {
        Some((a, b)) => find_sub(&data[a..b], &sub, right).map(|i| i + a),
        None => None,
    };
    match found {
        Some(i) => Ok(Value::Int(i as i64)),
        None if raise => Err(vm.value_error("subsection not found")),
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
    vm.check_bound_args("bytes.count", &args, 2, 4)?;
    let data = receiver(vm, &args, "count")?;
    let sub = sub_arg(vm, &args.values[1])?;
    let Some((a, b)) = bounds(vm, data.len(), args.values.get(2), args.values.get(3))? else {
        return Ok(Value::Int(0));
    };
    let hay = &data[a..b];
    if sub.is_empty() {
        return Ok(Value::Int(hay.len() as i64 + 1));
    }
    let (mut i, mut n) = (0, 0);
    while i + sub.len() <= hay.len() {
        if hay[i..i + sub.len()] == sub[..] {
            n += 1;
            i += sub.len();
        } else {
            i += 1;
        }
    }
    Ok(Value::Int(n))
}

/// Whether the receiver contains `item` (`b"b" in b"abc"`, `98 in b"abc"`).
pub fn contains(vm: &mut Vm, data: &[u8], item: &Value) -> PyResult<bool> {
    if !crate::objects::int::is_int(item) {
        let sub = need_bytes(vm, item)?;
        return Ok(sub.is_empty() || find_sub(data, &sub, false).is_some());
    }
    let sub = sub_arg(vm, item)?;
    Ok(sub.is_empty() || find_sub(data, &sub, false).is_some())
}

fn replace(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytes.replace", &args, 3, 4)?;
    let data = receiver(vm, &args, "replace")?;
    let old = need_bytes(vm, &args.values[1])?;
    let new = need_bytes(vm, &args.values[2])?;
    let mut left = match args.values.get(3) {
        Some(c) => vm.ssize_arg(c)?,
        None => -1,
    };
    let mut out = Vec::with_capacity(data.len());
    let mut i = 0;
    if old.is_empty() {
        // Insert `new` before every byte and at the end, up to `count` times.
        for &b in &data {
            if left != 0 {
                out.extend_from_slice(&new);
                left -= 1;
            }
            out.push(b);
        }
        if left != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(same_kind(vm, &args.values[0], out));
    }
    while i < data.len() {
        if left != 0 && data[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            left -= 1;
        } else {
            out.push(data[i]);
            i += 1;
        }
    }
    Ok(same_kind(vm, &args.values[0], out))
}

fn affix_impl(vm: &mut Vm, args: Args, name: &str, end: bool) -> PyResult<Value> {
    if args.has_kwargs() || !(2..=4).contains(&args.values.len()) {
        vm.check_bound_args(&format!("bytes.{name}"), &args, 2, 4)?;
    }
    let data = receiver(vm, &args, name)?;
    let candidates: Vec<Value> = match args.values[1].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => vec![args.values[1].clone()],
    };
    let Some((a, b)) = bounds(vm, data.len(), args.values.get(2), args.values.get(3))? else {
        return Ok(Value::Bool(false));
    };
    let hay = &data[a..b];
    for c in &candidates {
        let Some(p) = bytes_like(c) else {
            return Err(vm.type_error(format!(
                "{name} first arg must be bytes or a tuple of bytes, not {}",
                vm.type_name(c)
            )));
        };
        if (end && hay.ends_with(&p)) || (!end && hay.starts_with(&p)) {
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

fn split_impl(vm: &mut Vm, mut args: Args, right: bool) -> PyResult<Value> {
    let sep_kw = args.take_kw("sep");
    let max_kw = args.take_kw("maxsplit");
    let data = receiver(vm, &args, "split")?;
    let sep = sep_kw.or_else(|| args.values.get(1).cloned());
    let maxsplit = match max_kw.or_else(|| args.values.get(2).cloned()) {
        Some(m) => vm.ssize_arg(&m)?,
        None => -1,
    };
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let parts: Vec<Vec<u8>> = match sep.filter(|s| !s.is_none()) {
        None => split_whitespace(&data, limit, right),
        Some(sep) => {
            let sep = need_bytes(vm, &sep)?;
            if sep.is_empty() {
                return Err(vm.value_error("empty separator"));
            }
            split_on(&data, &sep, limit, right)
        }
    };
    let like = args.values[0].clone();
    let items = parts.into_iter().map(|p| same_kind(vm, &like, p)).collect();
    Ok(vm.new_list(items))
}

fn split_on(data: &[u8], sep: &[u8], limit: usize, right: bool) -> Vec<Vec<u8>> {
    let mut parts = Vec::new();
    if right {
        let mut end = data.len();
        while parts.len() < limit {
            match find_sub(&data[..end], sep, true) {
                Some(i) => {
                    parts.push(data[i + sep.len()..end].to_vec());
                    end = i;
                }
                None => break,
            }
        }
        parts.push(data[..end].to_vec());
        parts.reverse();
    } else {
        let mut start = 0;
        while parts.len() < limit {
            match find_sub(&data[start..], sep, false) {
                Some(i) => {
                    parts.push(data[start..start + i].to_vec());
                    start += i + sep.len();
                }
                None => break,
            }
        }
        parts.push(data[start..].to_vec());
    }
    parts
}

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn split_whitespace(data: &[u8], limit: usize, right: bool) -> Vec<Vec<u8>> {
    let mut words: Vec<(usize, usize)> = Vec::new();
    let mut i = 0;
    while i < data.len() {
        if is_space(data[i]) {
            i += 1;
            continue;
        }
        let start = i;
        while i < data.len() && !is_space(data[i]) {
            i += 1;
        }
        words.push((start, i));
    }
    if words.len() <= limit.saturating_add(1) {
        return words.iter().map(|&(a, b)| data[a..b].to_vec()).collect();
    }
    if right {
        let keep = &words[words.len() - limit..];
        let mut out = vec![data[..words[words.len() - limit - 1].1].to_vec()];
        let first = &mut out[0];
        while first.first().is_some_and(|&b| is_space(b)) {
            first.remove(0);
        }
        out.extend(keep.iter().map(|&(a, b)| data[a..b].to_vec()));
        out
    } else {
        let mut out: Vec<Vec<u8>> = words[..limit]
            .iter()
            .map(|&(a, b)| data[a..b].to_vec())
            .collect();
        let mut rest = data[words[limit].0..].to_vec();
        while rest.last().is_some_and(|&b| is_space(b)) {
            rest.pop();
        }
        out.push(rest);
        out
    }
}

fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}
fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

fn splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let keep_kw = args.take_kw("keepends");
    let data = receiver(vm, &args, "splitlines")?;
    let keep = match keep_kw.or_else(|| args.values.get(1).cloned()) {
        // An int parameter in CPython (`splitlines(1.5)` is a TypeError).
        Some(k) => vm.c_int_arg(&k)? != 0,
        None => false,
    };
    let mut parts = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < data.len() {
        let eol = match data[i] {
            b'\r' if data.get(i + 1) == Some(&b'\n') => 2,
            b'\r' | b'\n' => 1,
            _ => 0,
        };
        if eol == 0 {
            i += 1;
            continue;
        }
        let end = if keep { i + eol } else { i };
        parts.push(data[start..end].to_vec());
        i += eol;
        start = i;
    }
    if start < data.len() {
        parts.push(data[start..].to_vec());
    }
    let like = args.values[0].clone();
    let items = parts.into_iter().map(|p| same_kind(vm, &like, p)).collect();
    Ok(vm.new_list(items))
}

fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytes.join", &args, 2, 2)?;
    let sep = receiver(vm, &args, "join")?;
    if !vm.is_iterable(&args.values[1]) {
        return Err(vm.type_error("can only join an iterable"));
    }
    let items = vm.collect_iterable(&args.values[1])?;
    let mut out = Vec::new();
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        match bytes_like(item) {
            Some(b) => out.extend_from_slice(&b),
            None => {
                return Err(vm.type_error(format!(
                    "sequence item {i}: expected a bytes-like object, {} found",
                    vm.type_name(item)
                )))
            }
        }
    }
    Ok(same_kind(vm, &args.values[0], out))
}

fn strip_impl(vm: &mut Vm, args: Args, left: bool, right: bool) -> PyResult<Value> {
    vm.check_bound_args("bytes.strip", &args, 1, 2)?;
    let data = receiver(vm, &args, "strip")?;
    let chars = match args.values.get(1) {
        None | Some(Value::None) => None,
        Some(c) => Some(need_bytes(vm, c)?),
    };
    let strip_it = |b: u8| match &chars {
        None => is_space(b),
        Some(set) => set.contains(&b),
    };
    let mut a = 0;
    let mut z = data.len();
    if left {
        while a < z && strip_it(data[a]) {
            a += 1;
        }
    }
    if right {
        while z > a && strip_it(data[z - 1]) {
            z -= 1;
        }
    }
    Ok(same_kind(vm, &args.values[0], data[a..z].to_vec()))
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

macro_rules! transform {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.check_bound_args(concat!("bytes.", stringify!($name)), &args, 1, 1)?;
                let data = receiver(vm, &args, stringify!($name))?;
                let f: fn(Vec<u8>) -> Vec<u8> = $f;
                Ok(same_kind(vm, &args.values[0], f(data)))
            }
        )*
    };
}

transform! {
    upper => |d| d.to_ascii_uppercase();
    lower => |d| d.to_ascii_lowercase();
    swapcase => |d| d.iter().map(|b| if b.is_ascii_uppercase() { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() }).collect();
    capitalize => |d| d.iter().enumerate().map(|(i, b)| if i == 0 { b.to_ascii_uppercase() } else { b.to_ascii_lowercase() }).collect();
    title => |d| {
        let mut prev_cased = false;
        d.iter().map(|&b| {
            let r = if prev_cased { b.to_ascii_lowercase() } else { b.to_ascii_uppercase() };
            prev_cased = b.is_ascii_alphabetic();
            r
        }).collect()
    };
}

macro_rules! predicate {
    ($($name:ident => $f:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.check_bound_args(concat!("bytes.", stringify!($name)), &args, 1, 1)?;
                let data = receiver(vm, &args, stringify!($name))?;
                let f: fn(&[u8]) -> bool = $f;
                Ok(Value::Bool(f(&data)))
            }
        )*
    };
}

predicate! {
    isalpha => |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphabetic);
    isdigit => |d| !d.is_empty() && d.iter().all(u8::is_ascii_digit);
    isalnum => |d| !d.is_empty() && d.iter().all(u8::is_ascii_alphanumeric);
    isspace => |d| !d.is_empty() && d.iter().all(|&b| is_space(b));
    isascii => |d| d.is_ascii();
    isupper => |d| d.iter().any(u8::is_ascii_uppercase) && !d.iter().any(u8::is_ascii_lowercase);
    islower => |d| d.iter().any(u8::is_ascii_lowercase) && !d.iter().any(u8::is_ascii_uppercase);
    istitle => |d| {
        let (mut cased, mut prev) = (false, false);
        for b in d {
            if b.is_ascii_uppercase() {
                if prev { return false; }
                prev = true;
                cased = true;
            } else if b.is_ascii_lowercase() {
                if !prev { return false; }
                prev = true;
                cased = true;
            } else {
                prev = false;
            }
        }
        cased
    };
}

fn pad_impl(vm: &mut Vm, args: Args, name: &str, align: u8) -> PyResult<Value> {
    if args.has_kwargs() || !(2..=3).contains(&args.values.len()) {
        vm.check_bound_args(&format!("bytes.{name}"), &args, 2, 3)?;
    }
    let data = receiver(vm, &args, name)?;
    let width = vm.ssize_arg(&args.values[1])?.max(0) as usize;
    vm.check_alloc(width, 1)?;
    let fill = match args.values.get(2) {
        None => b' ',
        Some(f) => match bytes_like(f) {
            Some(b) if b.len() == 1 => b[0],
            _ => {
                return Err(vm.type_error(format!(
                    "{name}() argument 2 must be a byte string of length 1, not {}",
                    vm.type_name(f)
                )))
            }
        },
    };
    if width <= data.len() {
        return Ok(same_kind(vm, &args.values[0], data));
    }
    let total = width - data.len();
    let left = match align {
        b'<' => 0,
        b'>' => total,
        // cf. pad() in bytes_methods: odd padding puts the extra byte on the left when the
        // width is odd.
        _ => total / 2 + (total & width & 1),
    };
    let mut out = vec![fill; left];
    out.extend_from_slice(&data);
    out.resize(width, fill);
    Ok(same_kind(vm, &args.values[0], out))
}

fn ljust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "ljust", b'<')
}
fn rjust(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "rjust", b'>')
}
fn center(vm: &mut Vm, args: Args) -> PyResult<Value> {
    pad_impl(vm, args, "center", b'^')
}

fn zfill(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytes.zfill", &args, 2, 2)?;
    let data = receiver(vm, &args, "zfill")?;
    let width = vm.ssize_arg(&args.values[1])?.max(0) as usize;
    vm.check_alloc(width, 1)?;
    if width <= data.len() {
        return Ok(same_kind(vm, &args.values[0], data));
    }
    let signed = matches!(data.first(), Some(b'+' | b'-'));
    let mut out = Vec::with_capacity(width);
    if signed {
        out.push(data[0]);
    }
    out.resize(out.len() + width - data.len(), b'0');
    out.extend_from_slice(&data[signed as usize..]);
    Ok(same_kind(vm, &args.values[0], out))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    vm.check_bound_args("bytes.partition", &args, 2, 2)?;
    let data = receiver(vm, &args, "partition")?;
    let sep = need_bytes(vm, &args.values[1])?;
    if sep.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let like = args.values[0].clone();
    let parts = match find_sub(&data, &sep, right) {
        Some(i) => [
            data[..i].to_vec(),
            sep.clone(),
            data[i + sep.len()..].to_vec(),
        ],
        None if right => [Vec::new(), Vec::new(), data],
        None => [data, Vec::new(), Vec::new()],
    };
    let items = parts.into_iter().map(|p| same_kind(vm, &like, p)).collect();
    Ok(vm.new_tuple(items))
}

fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}
fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}

fn removeprefix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytes.removeprefix", &args, 2, 2)?;
    let data = receiver(vm, &args, "removeprefix")?;
    let p = need_bytes(vm, &args.values[1])?;
    let out = data.strip_prefix(&p[..]).unwrap_or(&data).to_vec();
    Ok(same_kind(vm, &args.values[0], out))
}

fn removesuffix(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytes.removesuffix", &args, 2, 2)?;
    let data = receiver(vm, &args, "removesuffix")?;
    let p = need_bytes(vm, &args.values[1])?;
    let out = data.strip_suffix(&p[..]).unwrap_or(&data).to_vec();
    Ok(same_kind(vm, &args.values[0], out))
}

fn expandtabs(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let size_kw = args.take_kw("tabsize");
    let data = receiver(vm, &args, "expandtabs")?;
    let size = match size_kw.or_else(|| args.values.get(1).cloned()) {
        Some(s) => vm.c_int_arg(&s)? as i64,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for &b in &data {
        match b {
            b'\t' => {
                if size > 0 {
                    let n = size - col % size;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(b);
                col = 0;
            }
            _ => {
                out.push(b);
                col += 1;
            }
        }
    }
    Ok(same_kind(vm, &args.values[0], out))
}

fn translate(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let delete_kw = args.take_kw("delete");
    vm.check_bound_args("bytes.translate", &args, 2, 3)?;
    let data = receiver(vm, &args, "translate")?;
    let table = match &args.values[1] {
        Value::None => None,
        t => {
            let t = need_bytes(vm, t)?;
            if t.len() != 256 {
                return Err(vm.value_error("translation table must be 256 characters long"));
            }
            Some(t)
        }
    };
    let delete = match delete_kw.or_else(|| args.values.get(2).cloned()) {
        Some(d) => need_bytes(vm, &d)?,
        None => Vec::new(),
    };
    let out = data
        .iter()
        .filter(|b| !delete.contains(b))
        .map(|&b| table.as_ref().map_or(b, |t| t[b as usize]))
        .collect();
    Ok(same_kind(vm, &args.values[0], out))
}

fn maketrans(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("maketrans", &args, 2, 2)?;
    let from = need_bytes(vm, &args.values[0])?;
    let to = need_bytes(vm, &args.values[1])?;
    if from.len() != to.len() {
        return Err(vm.value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255).collect();
    for (f, t) in from.iter().zip(&to) {
        table[*f as usize] = *t;
    }
    Ok(vm.new_bytes(table))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytes.hex", &args, 1, 3)?;
    let data = receiver(vm, &args, "hex")?;
    let digits: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = args.values.get(1) else {
        return Ok(vm.new_str(digits.concat()));
    };
    let sep = match (sep.as_str(), bytes_like(sep)) {
        (Some(s), _) if s.chars().count() == 1 => s.to_string(),
        (None, Some(b)) if b.len() == 1 => (b[0] as char).to_string(),
        _ => return Err(vm.value_error("sep must be length 1.")),
    };
    let group = match args.values.get(2) {
        Some(g) => vm.c_int_arg(g)? as i64,
        None => 1,
    };
    if group == 0 {
        return Ok(vm.new_str(digits.concat()));
    }
    let size = group.unsigned_abs() as usize;
    // A positive group counts from the right, a negative one from the left.
    let mut chunks: Vec<String> = Vec::new();
    if group > 0 {
        let mut end = digits.len();
        while end > 0 {
            let start = end.saturating_sub(size);
            chunks.push(digits[start..end].concat());
            end = start;
        }
        chunks.reverse();
    } else {
        chunks = digits.chunks(size).map(|c| c.concat()).collect();
    }
    Ok(vm.new_str(chunks.join(&sep)))
}

fn fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("fromhex", &args, 2, 2)?;
    let Some(s) = args.values[1].as_str() else {
        return Err(vm.type_error(format!(
            "fromhex() argument must be str, not {}",
            vm.type_name(&args.values[1])
        )));
    };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        if chars[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = chars[i].to_digit(16);
        let lo = chars.get(i + 1).and_then(|c| c.to_digit(16));
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            (None, _) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {i}"
                )))
            }
            (Some(_), None) => {
                return Err(vm.value_error(format!(
                    "non-hexadecimal number found in fromhex() arg at position {}",
                    i + 1
                )))
            }
        }
        i += 2;
    }
    let is_bytearray = args.values[0]
        .as_obj()
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.bytearray));
    Ok(if is_bytearray {
        vm.new_bytearray(out)
    } else {
        vm.new_bytes(out)
    })
}

// ---- bytearray mutators ----

fn byte_value(vm: &mut Vm, v: &Value) -> PyResult<u8> {
    let n = vm.clamped_index(v)?;
    if !(0..=255).contains(&n) {
        return Err(vm.value_error("byte must be in range(0, 256)"));
    }
    Ok(n as u8)
}

fn with_array<R>(vm: &Vm, v: &Value, f: impl FnOnce(&mut Vec<u8>) -> R) -> PyResult<R> {
    match v.payload() {
        Some(Payload::ByteArray(b)) => Ok(f(&mut b.borrow_mut())),
        _ => Err(vm.type_error("descriptor requires a 'bytearray' object")),
    }
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.append", &args, 2, 2)?;
    let b = byte_value(vm, &args.values[1])?;
    with_array(vm, &args.values[0], |a| a.push(b))?;
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.extend", &args, 2, 2)?;
    let data = match bytes_like(&args.values[1]) {
        Some(d) => d,
        None => {
            if args.values[1].as_str().is_some() {
                return Err(vm.type_error("expected iterable of integers; got: 'str'"));
            }
            let items = vm.collect_iterable(&args.values[1])?;
            let mut d = Vec::with_capacity(items.len());
            for v in &items {
                d.push(byte_value(vm, v)?);
            }
            d
        }
    };
    with_array(vm, &args.values[0], |a| a.extend(data))?;
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.insert", &args, 3, 3)?;
    let i = vm.ssize_arg(&args.values[1])?;
    let b = byte_value(vm, &args.values[2])?;
    with_array(vm, &args.values[0], |a| {
        let n = a.len() as i64;
        let at = if i < 0 { (i + n).max(0) } else { i.min(n) };
        a.insert(at as usize, b);
    })?;
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.pop", &args, 1, 2)?;
    let i = match args.values.get(1) {
        Some(i) => vm.ssize_arg(i)?,
        None => -1,
    };
    let r = with_array(vm, &args.values[0], |a| {
        if a.is_empty() {
            return Err("pop from empty bytearray");
        }
        let n = a.len() as i64;
        let at = if i < 0 { i + n } else { i };
        if at < 0 || at >= n {
            return Err("pop index out of range");
        }
        Ok(a.remove(at as usize))
    })?;
    match r {
        Ok(b) => Ok(Value::Int(b as i64)),
        Err(msg) => Err(vm.index_error(msg)),
    }
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.remove", &args, 2, 2)?;
    let b = byte_value(vm, &args.values[1])?;
    let found = with_array(vm, &args.values[0], |a| {
        match a.iter().position(|&x| x == b) {
            Some(i) => {
                a.remove(i);
                true
            }
            None => false,
        }
    })?;
    if !found {
        return Err(vm.value_error("value not found in bytearray"));
    }
    Ok(Value::None)
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.clear", &args, 1, 1)?;
    with_array(vm, &args.values[0], Vec::clear)?;
    Ok(Value::None)
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.reverse", &args, 1, 1)?;
    with_array(vm, &args.values[0], |a| a.reverse())?;
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("bytearray.copy", &args, 1, 1)?;
    let data = receiver(vm, &args, "copy")?;
    Ok(vm.new_bytearray(data))
}

pub fn install(vm: &mut Vm) {
    let shared: &[(&'static str, NativeFn)] = &[
        ("find", find),
        ("rfind", rfind),
        ("index", index),
        ("rindex", rindex),
        ("count", count),
        ("replace", replace),
        ("startswith", startswith),
        ("endswith", endswith),
        ("split", split),
        ("rsplit", rsplit),
        ("splitlines", splitlines),
        ("join", join),
        ("strip", strip),
        ("lstrip", lstrip),
        ("rstrip", rstrip),
        ("upper", upper),
        ("lower", lower),
        ("swapcase", swapcase),
        ("capitalize", capitalize),
        ("title", title),
        ("isalpha", isalpha),
        ("isdigit", isdigit),
        ("isalnum", isalnum),
        ("isspace", isspace),
        ("isascii", isascii),
        ("isupper", isupper),
        ("islower", islower),
        ("istitle", istitle),
        ("ljust", ljust),
        ("rjust", rjust),
        ("center", center),
        ("zfill", zfill),
        ("partition", partition),
        ("rpartition", rpartition),
        ("removeprefix", removeprefix),
        ("removesuffix", removesuffix),
        ("expandtabs", expandtabs),
        ("translate", translate),
        ("decode", decode),
        ("hex", hex),
    ];
    for class in [vm.types.bytes.clone(), vm.types.bytearray.clone()] {
        for (name, f) in shared {
            vm.add_method(&class, name, *f, MethodKind::Instance);
        }
        vm.add_method(&class, "maketrans", maketrans, MethodKind::Static);
        vm.add_method(&class, "fromhex", fromhex, MethodKind::Class);
    }
    let ba = vm.types.bytearray.clone();
    let mutators: &[(&'static str, NativeFn)] = &[
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("clear", clear),
        ("reverse", reverse),
        ("copy", copy),
    ];
    for (name, f) in mutators {
        vm.add_method(&ba, name, *f, MethodKind::Instance);
    }
}
