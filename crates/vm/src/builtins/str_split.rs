//! `str` methods that cut a string into pieces or glue pieces together: `join`, `split`,
//! `rsplit`, `splitlines`, `partition`, `rpartition`.
//!
//! They work on the receiver's text in place (no copy of the whole string) and make each
//! piece with one allocation: a piece of an ASCII string is ASCII, so its code points are not
//! counted again. As in CPython, a result equal to an exact str argument is that object
//! (`"a".join(["x"])`, `s.partition(sep)` when `sep` is absent).

use super::functions::Args;
use super::strings::{receiver, str_data};
use crate::object::Payload;
use crate::objects::str::{str_object, PyStr};
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyasync_bytecode::unicode as uni;

/// The str object of the piece `start..end` (byte offsets) of `s`.
fn piece(vm: &Vm, s: &PyStr, start: usize, end: usize) -> Value {
    Value::Obj(str_object(&vm.types.str, |d| d.set_substr(s, start, end)))
}

/// `v` itself when it is an exact str, else a new str with its text (CPython returns the
/// object itself only for exact strs).
fn same_or_copy(vm: &Vm, v: &Value, s: &PyStr) -> Value {
    if vm.is_exact_str(v) {
        v.clone()
    } else {
        piece(vm, s, 0, s.as_str().len())
    }
}

pub(super) fn join(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("str.join", &args, 2, 2)?;
    let sep = receiver(vm, &args.values[0], "join")?;
    let iterable = &args.values[1];
    let is_user = iterable
        .as_obj()
        .and_then(|o| o.class.as_ref())
        .and_then(|c| c.as_type())
        .is_some_and(|t| t.heap);
    let owned;
    let list;
    let items: &[Value] = match iterable.payload() {
        Some(Payload::List(l)) if !is_user => {
            list = l.borrow();
            &list
        }
        Some(Payload::Tuple(t)) if !is_user => t,
        _ => {
            if !vm.is_iterable(iterable) {
                return Err(vm.type_error("can only join an iterable"));
            }
            owned = vm.collect_iterable(iterable)?;
            &owned
        }
    };
    if let [only] = items {
        if vm.is_exact_str(only) {
            return Ok(only.clone());
        }
    }
    // One pass over the items, copying as it checks and counts: the items of a long list
    // are not in the cache, and a second pass would fetch each one again. The first item's
    // length guesses the size of the result.
    let sep_text = sep.as_str();
    let guess = match items.first().and_then(str_data) {
        Some(s) => (s.as_str().len() + sep_text.len()).saturating_mul(items.len()),
        None => 0,
    };
    let mut out = String::with_capacity(guess);
    let mut chars = 0;
    for (i, item) in items.iter().enumerate() {
        let Some(s) = str_data(item) else {
            return Err(vm.type_error(format!(
                "sequence item {}: expected str instance, {} found",
                i,
                vm.type_name(item)
            )));
        };
        if i > 0 {
            out.push_str(sep_text);
        }
        out.push_str(s.as_str());
        chars += s.char_len();
    }
    chars += items.len().saturating_sub(1) * sep.char_len();
    Ok(Value::Obj(str_object(&vm.types.str, |d| {
        d.set_string(out, Some(chars))
    })))
}

fn split_impl(vm: &mut Vm, mut args: Args, right: bool) -> PyResult<Value> {
    let name = if right { "rsplit" } else { "split" };
    let sep_kw = args.take_kw("sep");
    let maxsplit_kw = args.take_kw("maxsplit");
    if args.values.len() > 3 {
        return Err(vm.type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            args.values.len() - 1
        )));
    }
    let sep = sep_kw
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::None);
    let maxsplit = maxsplit_kw
        .or_else(|| args.values.get(2).cloned())
        .unwrap_or(Value::Int(-1));
    let s = receiver(vm, &args.values[0], name)?;
    let maxsplit = vm.ssize_arg(&maxsplit)?;
    let limit = if maxsplit < 0 {
        usize::MAX
    } else {
        maxsplit as usize
    };
    let text = s.as_str();
    let ranges: Vec<(usize, usize)> = if sep.is_none() {
        split_whitespace(text, limit, right)
    } else {
        let Some(sep) = sep.as_str() else {
            return Err(vm.type_error(format!("must be str or None, not {}", vm.type_name(&sep))));
        };
        if sep.is_empty() {
            return Err(vm.value_error("empty separator"));
        }
        if !right {
            // The pieces are made as they are found: no list of ranges first.
            let mut items = Vec::new();
            split_on_each(text, sep, limit, |a, b| items.push(piece(vm, s, a, b)));
            return Ok(vm.new_list(items));
        }
        split_on(text, sep, limit, right)
    };
    let items = ranges
        .into_iter()
        .map(|(a, b)| piece(vm, s, a, b))
        .collect();
    Ok(vm.new_list(items))
}

/// Calls `each` with the byte range of every piece of `s` between occurrences of `sep` (at
/// most `limit` cuts), from the left.
#[inline]
fn split_on_each(s: &str, sep: &str, limit: usize, mut each: impl FnMut(usize, usize)) {
    let mut start = 0;
    let mut cuts = 0;
    match sep.as_bytes() {
        // One ASCII byte (the common ","): a byte search.
        [b] if b.is_ascii() => {
            while cuts < limit {
                let Some(i) = byte_position(&s.as_bytes()[start..], *b) else {
                    break;
                };
                each(start, start + i);
                start += i + 1;
                cuts += 1;
            }
        }
        _ => {
            while cuts < limit {
                let Some(i) = s[start..].find(sep) else { break };
                each(start, start + i);
                start += i + sep.len();
                cuts += 1;
            }
        }
    }
    each(start, s.len());
}

/// The byte ranges of `s` between occurrences of `sep` (at most `limit` cuts, from the
/// right for `rsplit`), in order.
fn split_on(s: &str, sep: &str, limit: usize, right: bool) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    if !right {
        split_on_each(s, sep, limit, |a, b| out.push((a, b)));
        return out;
    }
    let mut rest_end = s.len();
    for (i, _) in s.rmatch_indices(sep) {
        if out.len() == limit {
            break;
        }
        out.push((i + sep.len(), rest_end));
        rest_end = i;
    }
    out.push((0, rest_end));
    out.reverse();
    out
}

/// The byte ranges of the words of `s` (runs without Unicode spaces), at most `limit` cuts.
fn split_whitespace(s: &str, limit: usize, right: bool) -> Vec<(usize, usize)> {
    // Byte offset of a subslice of `s`.
    let at = |sub: &str| sub.as_ptr() as usize - s.as_ptr() as usize;
    let mut parts = Vec::new();
    if right {
        let mut rest = s.trim_end_matches(uni::is_space);
        while !rest.is_empty() {
            if parts.len() == limit {
                let r = rest.trim_end_matches(uni::is_space);
                parts.push((at(r), at(r) + r.len()));
                break;
            }
            match rest.rfind(uni::is_space) {
                Some(i) => {
                    let c = rest[i..].chars().next().map_or(1, char::len_utf8);
                    parts.push((at(rest) + i + c, at(rest) + rest.len()));
                    rest = rest[..i].trim_end_matches(uni::is_space);
                }
                None => {
                    parts.push((at(rest), at(rest) + rest.len()));
                    break;
                }
            }
        }
        parts.reverse();
    } else {
        let mut rest = s.trim_start_matches(uni::is_space);
        while !rest.is_empty() {
            if parts.len() == limit {
                parts.push((at(rest), at(rest) + rest.len()));
                break;
            }
            match rest.find(uni::is_space) {
                Some(i) => {
                    parts.push((at(rest), at(rest) + i));
                    rest = rest[i..].trim_start_matches(uni::is_space);
                }
                None => {
                    parts.push((at(rest), at(rest) + rest.len()));
                    break;
                }
            }
        }
    }
    parts
}

pub(super) fn split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, false)
}

pub(super) fn rsplit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    split_impl(vm, args, true)
}

pub(super) fn splitlines(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let keep = args
        .take_kw("keepends")
        .or_else(|| args.values.get(1).cloned());
    let keep = match keep {
        // An int parameter in CPython (`splitlines(1.5)` is a TypeError).
        Some(k) => vm.c_int_arg(&k)? != 0,
        None => false,
    };
    let s = receiver(vm, &args.values[0], "splitlines")?;
    let text = s.as_str();
    let mut lines = Vec::new();
    let mut start = 0;
    let mut chars = text.char_indices().peekable();
    while let Some((b, c)) = chars.next() {
        let is_break = matches!(
            c,
            '\n' | '\r'
                | '\x0b'
                | '\x0c'
                | '\x1c'
                | '\x1d'
                | '\x1e'
                | '\u{85}'
                | '\u{2028}'
                | '\u{2029}'
        );
        if is_break {
            let mut end = b + c.len_utf8();
            if c == '\r' && chars.peek().is_some_and(|(_, n)| *n == '\n') {
                end += 1;
                chars.next();
            }
            lines.push(piece(vm, s, start, if keep { end } else { b }));
            start = end;
        }
    }
    if start < text.len() {
        lines.push(piece(vm, s, start, text.len()));
    }
    Ok(vm.new_list(lines))
}

fn partition_impl(vm: &mut Vm, args: Args, right: bool) -> PyResult<Value> {
    vm.check_bound_args("str.partition", &args, 2, 2)?;
    let s = receiver(vm, &args.values[0], "partition")?;
    let sep_value = &args.values[1];
    let Some(sep) = str_data(sep_value) else {
        return Err(vm.type_error(format!("must be str, not {}", vm.type_name(sep_value))));
    };
    let sep_text = sep.as_str();
    if sep_text.is_empty() {
        return Err(vm.value_error("empty separator"));
    }
    let text = s.as_str();
    let found = if right {
        text.rfind(sep_text)
    } else {
        find(text, sep_text)
    };
    let items = match found {
        Some(i) => vec![
            piece(vm, s, 0, i),
            sep_value.clone(),
            piece(vm, s, i + sep_text.len(), text.len()),
        ],
        None => {
            let whole = same_or_copy(vm, &args.values[0], s);
            let empty = Value::Obj(vm.names.empty.clone());
            if right {
                vec![empty.clone(), empty, whole]
            } else {
                vec![whole, empty.clone(), empty]
            }
        }
    };
    Ok(vm.new_tuple(items))
}

/// The byte offset of the first `sep` in `text`; a one-byte ASCII separator is searched
/// byte by byte (a `&str` pattern first builds a two-way searcher).
#[inline]
fn find(text: &str, sep: &str) -> Option<usize> {
    match sep.as_bytes() {
        [b] if b.is_ascii() => byte_position(text.as_bytes(), *b),
        _ => text.find(sep),
    }
}

/// The index of the first `b` in `hay`. A plain loop: the fields a script splits are short
/// (a few to a few dozen bytes), where `core`'s word-at-a-time `memchr` spends more on its
/// set-up and alignment than it saves (cachegrind, 200,000 `text.split(",")` fields of 11
/// bytes: about 100 instructions per field with `str::find(char)`, 40 with this loop). An
/// ASCII byte never matches inside a multi-byte UTF-8 sequence, so the index is a char
/// boundary.
#[inline]
fn byte_position(hay: &[u8], b: u8) -> Option<usize> {
    hay.iter().position(|&x| x == b)
}

/// `s.partition(sep)` for a str `sep` that `s` contains: the fast entry (see
/// `fast_methods`), reading `[s, sep]` in place; every other case is `partition`'s.
pub(crate) fn partition_fast(vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    let [receiver, sep_value] = args else {
        return None;
    };
    let (Some(Payload::Str(s)), Some(Payload::Str(sep))) =
        (receiver.payload(), sep_value.payload())
    else {
        return None;
    };
    let sep_text = sep.as_str();
    if sep_text.is_empty() {
        return None;
    }
    let text = s.as_str();
    let i = find(text, sep_text)?;
    let items = vec![
        piece(vm, s, 0, i),
        sep_value.clone(),
        piece(vm, s, i + sep_text.len(), text.len()),
    ];
    Some(Ok(vm.new_tuple(items)))
}

pub(super) fn partition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, false)
}

pub(super) fn rpartition(vm: &mut Vm, args: Args) -> PyResult<Value> {
    partition_impl(vm, args, true)
}
