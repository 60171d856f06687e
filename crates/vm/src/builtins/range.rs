//! `range`: the constructor, its methods, and the operations the VM applies to ranges
//! (indexing, slicing, `in`, `==`, `hash`, `repr`, attributes) for both representations of
//! `objects/range.rs`. The common small-range cases are answered in `i64`; anything involving a
//! big range (or a big index) is computed with `BigInt`s, as CPython's `rangeobject.c` does with
//! Python ints.

use num_bigint::BigInt;
use num_traits::{One, Signed, ToPrimitive, Zero};

use super::functions::{Args, MethodKind};
use crate::object::{BigRange, Payload, PyObject};
use crate::objects::int::{as_bigint, is_int};
use crate::objects::iter::{BigRangeIter, IterState};
use crate::objects::range::{as_big, range_payload};
use crate::ops::hash::{bigint_hash, tuple_hash};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

const SSIZE_OVERFLOW: &str = "Python int too large to convert to C ssize_t";

fn range_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("range() takes no keyword arguments"));
    }
    let pos = &args.values[1..];
    let (start, stop, step) = match pos.len() {
        1 => (BigInt::zero(), vm.index_value(&pos[0])?, BigInt::one()),
        2 => (
            vm.index_value(&pos[0])?,
            vm.index_value(&pos[1])?,
            BigInt::one(),
        ),
        3 => (
            vm.index_value(&pos[0])?,
            vm.index_value(&pos[1])?,
            vm.index_value(&pos[2])?,
        ),
        0 => return Err(vm.type_error("range expected at least 1 argument, got 0")),
        n => return Err(vm.type_error(format!("range expected at most 3 arguments, got {n}"))),
    };
    if step.is_zero() {
        return Err(vm.value_error("range() arg 3 must not be zero"));
    }
    Ok(new_range(vm, start, stop, step))
}

/// A range object (small or big, whichever fits).
pub fn new_range(vm: &Vm, start: BigInt, stop: BigInt, step: BigInt) -> Value {
    Value::obj(PyObject::new(
        vm.types.range.clone(),
        range_payload(start, stop, step),
    ))
}

/// `range.index(x)`: arithmetic for ints, a search by `==` for anything else.
fn range_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("index", &args, 2, 2)?;
    let Some(r) = args.values[0].payload().and_then(as_big) else {
        return Ok(Value::None);
    };
    let item = &args.values[1];
    if is_int(item) {
        if let Some(i) = as_bigint(item).filter(|i| r.contains(i)) {
            return Ok(vm.new_int((i - &r.start) / &r.step));
        }
    } else if let Some(k) = search(vm, &r, item)? {
        return Ok(vm.new_int(k));
    }
    let s = vm.repr_string(item)?;
    Err(vm.value_error(format!("{s} is not in range")))
}

/// `range.count(x)`.
fn range_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("count", &args, 2, 2)?;
    let item = &args.values[1];
    if !is_int(item) {
        if let Some(r) = args.values[0].payload().and_then(as_big) {
            let mut n = 0;
            let mut k = BigInt::zero();
            while k < r.len {
                let v = vm.new_int(r.at(&k));
                if vm.eq(&v, item)? {
                    n += 1;
                }
                k += 1;
            }
            return Ok(Value::Int(n));
        }
    }
    Ok(Value::Int(
        vm.contains(&args.values[0], &args.values[1])? as i64
    ))
}

/// The position of the first element `== item` (CPython's linear fallback for non-ints).
fn search(vm: &mut Vm, r: &BigRange, item: &Value) -> PyResult<Option<BigInt>> {
    let mut k = BigInt::zero();
    while k < r.len {
        let v = vm.new_int(r.at(&k));
        if vm.eq(&v, item)? {
            return Ok(Some(k));
        }
        k += 1;
    }
    Ok(None)
}

fn range_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values[0].payload() {
        Some(Payload::Range(r)) if r.step != i64::MIN => {
            let n = r.len();
            let last = r.start + (n - 1).max(0) * r.step;
            let class = vm.types.range_iterator.clone();
            Ok(vm.new_iterator(
                &class,
                IterState::Range {
                    next: last,
                    step: -r.step,
                    remaining: n,
                },
            ))
        }
        Some(p) => match as_big(p) {
            Some(r) => Ok(big_iterator(vm, r.last(), -r.step, r.len)),
            None => Ok(Value::None),
        },
        None => Ok(Value::None),
    }
}

/// A `longrange_iterator` yielding `remaining` ints from `next` by `step`.
fn big_iterator(vm: &Vm, next: BigInt, step: BigInt, remaining: BigInt) -> Value {
    let class = vm.types.longrange_iterator.clone();
    vm.new_iterator(
        &class,
        IterState::BigRange(Box::new(BigRangeIter {
            next,
            step,
            remaining,
        })),
    )
}

/// `iter(r)` for a big range.
pub fn big_range_iter(vm: &Vm, r: &BigRange) -> Value {
    big_iterator(vm, r.start.clone(), r.step.clone(), r.len.clone())
}

/// `len(r)` for a big range: OverflowError unless the length fits in a `ssize_t`.
pub fn big_range_len(vm: &Vm, r: &BigRange) -> PyResult<usize> {
    match r.len.to_i64() {
        Some(n) => Ok(n as usize),
        None => Err(vm.overflow_error(SSIZE_OVERFLOW)),
    }
}

/// `r[key]` for any range: an element, or a range for a slice (cf. `range_subscript`).
pub fn range_getitem(vm: &mut Vm, p: &Payload, key: &Value) -> PyResult<Value> {
    if let (Payload::Range(r), Value::Int(i)) = (p, key) {
        let n = r.len();
        let i = if *i < 0 { i + n } else { *i };
        if i < 0 || i >= n {
            return Err(vm.index_error("range object index out of range"));
        }
        return Ok(Value::Int(r.at(i)));
    }
    let Some(r) = as_big(p) else {
        return Ok(Value::None);
    };
    if let Some(Payload::Slice(sl)) = key.payload() {
        let sl = sl.clone();
        let (start, stop, step) = slice_indices(vm, &sl, &r.len)?;
        return Ok(new_range(vm, r.at(&start), r.at(&stop), step * &r.step));
    }
    let class = vm.class_of(key).clone();
    let has_index = vm.lookup_type(&class, "__index__").is_some();
    let mut i = vm.index_value(key).map_err(|e| {
        if has_index {
            e
        } else {
            vm.type_error(format!(
                "range indices must be integers or slices, not {}",
                vm.type_name(key)
            ))
        }
    })?;
    if i.is_negative() {
        i += &r.len;
    }
    if i.is_negative() || i >= r.len {
        return Err(vm.index_error("range object index out of range"));
    }
    Ok(vm.new_int(r.at(&i)))
}

/// `slice.indices(len)` with `BigInt`s (cf. `_PySlice_GetLongIndices`).
fn slice_indices(vm: &mut Vm, sl: &[Value; 3], len: &BigInt) -> PyResult<(BigInt, BigInt, BigInt)> {
    let bound = |vm: &mut Vm, v: &Value| -> PyResult<BigInt> {
        vm.index_value(v).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })
    };
    let step = if sl[2].is_none() {
        BigInt::one()
    } else {
        bound(vm, &sl[2])?
    };
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let back = step.is_negative();
    let (lower, upper) = if back {
        (BigInt::from(-1), len - 1)
    } else {
        (BigInt::zero(), len.clone())
    };
    let adjust = |vm: &mut Vm, v: &Value, default: &BigInt| -> PyResult<BigInt> {
        if v.is_none() {
            return Ok(default.clone());
        }
        let mut i = bound(vm, v)?;
        if i.is_negative() {
            i += len;
            if i < lower {
                i = lower.clone();
            }
        } else if i > upper {
            i = upper.clone();
        }
        Ok(i)
    };
    let start = adjust(vm, &sl[0], if back { &upper } else { &lower })?;
    let stop = adjust(vm, &sl[1], if back { &lower } else { &upper })?;
    Ok((start, stop, step))
}

/// `item in r`: arithmetic for ints, a search by `==` for anything else.
pub fn range_contains(vm: &mut Vm, p: &Payload, item: &Value) -> PyResult<bool> {
    if is_int(item) {
        if let (Payload::Range(r), Some(i)) = (p, item.as_i64()) {
            let inside = if r.step > 0 {
                i >= r.start && i < r.stop
            } else {
                i <= r.start && i > r.stop
            };
            return Ok(inside && (i - r.start) % r.step == 0);
        }
        return Ok(match (as_big(p), as_bigint(item)) {
            (Some(r), Some(i)) => r.contains(&i),
            _ => false,
        });
    }
    match as_big(p) {
        Some(r) => Ok(search(vm, &r, item)?.is_some()),
        None => Ok(false),
    }
}

/// `a == b` for two ranges: the same sequence of ints (cf. `range_equals`).
pub fn range_eq(a: &Payload, b: &Payload) -> bool {
    if let (Payload::Range(x), Payload::Range(y)) = (a, b) {
        let n = x.len();
        return n == y.len() && (n == 0 || (x.start == y.start && (n == 1 || x.step == y.step)));
    }
    match (as_big(a), as_big(b)) {
        (Some(x), Some(y)) => {
            x.len == y.len
                && (x.len.is_zero() || (x.start == y.start && (x.len.is_one() || x.step == y.step)))
        }
        _ => false,
    }
}

/// `hash(r)`: the hash of `(len, start, step)`, with None for what does not matter
/// (cf. `range_hash`).
pub fn range_hash(vm: &mut Vm, p: &Payload) -> PyResult<i64> {
    let Some(r) = as_big(p) else {
        return Ok(0);
    };
    let none = vm.hash(&Value::None)?;
    let items = if r.len.is_zero() {
        [0, none, none]
    } else if r.len.is_one() {
        [1, bigint_hash(&r.start), none]
    } else {
        [
            bigint_hash(&r.len),
            bigint_hash(&r.start),
            bigint_hash(&r.step),
        ]
    };
    Ok(tuple_hash(items.into_iter()))
}

/// `repr(r)`: `range(start, stop)` or `range(start, stop, step)`.
pub fn range_repr(p: &Payload) -> String {
    match p {
        Payload::Range(r) if r.step == 1 => format!("range({}, {})", r.start, r.stop),
        Payload::Range(r) => format!("range({}, {}, {})", r.start, r.stop, r.step),
        Payload::BigRange(r) if r.step.is_one() => format!("range({}, {})", r.start, r.stop),
        Payload::BigRange(r) => format!("range({}, {}, {})", r.start, r.stop, r.step),
        _ => String::new(),
    }
}

/// `r.start`, `r.stop`, `r.step`.
pub fn range_attr(vm: &Vm, p: &Payload, name: &str) -> Option<Value> {
    match (p, name) {
        (Payload::Range(r), "start") => Some(Value::Int(r.start)),
        (Payload::Range(r), "stop") => Some(Value::Int(r.stop)),
        (Payload::Range(r), "step") => Some(Value::Int(r.step)),
        (Payload::BigRange(r), "start") => Some(vm.new_int(r.start.clone())),
        (Payload::BigRange(r), "stop") => Some(vm.new_int(r.stop.clone())),
        (Payload::BigRange(r), "step") => Some(vm.new_int(r.step.clone())),
        _ => None,
    }
}

/// The next item of a `longrange_iterator`.
pub fn big_range_next(vm: &Vm, it: &mut BigRangeIter) -> Option<Value> {
    if !it.remaining.is_positive() {
        return None;
    }
    let v = vm.new_int(it.next.clone());
    it.next += &it.step;
    it.remaining -= 1;
    Some(v)
}

pub fn install(vm: &mut Vm) {
    let range = vm.types.range.clone();
    vm.add_method(&range, "__new__", range_new, MethodKind::Static);
    vm.add_method(&range, "index", range_index, MethodKind::Instance);
    vm.add_method(&range, "count", range_count, MethodKind::Instance);
    vm.add_method(&range, "__reversed__", range_reversed, MethodKind::Instance);
}
