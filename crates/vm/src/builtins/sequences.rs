//! `list`, `tuple`, `slice`, `bytes`, `bytearray`: constructors and methods (the lazy
//! iterator types are in `iterators.rs`; this file installs both; `range` is in `range.rs`).

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use pyasync_bytecode::ComparisonOperator as C;

use super::functions::{Args, MethodKind};
use super::iterators::{
    enumerate_new, filter_new, iter_next, iter_self, map_new, reversed_new, zip_new,
};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::iter::IterState;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn list_of<'a>(vm: &Vm, v: &'a Value, method: &str) -> PyResult<&'a RefCell<Vec<Value>>> {
    match v.payload() {
        Some(Payload::List(l)) => Ok(l),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for 'list' objects doesn't apply to a '{}' object",
            method,
            vm.type_name(v)
        ))),
    }
}

/// Instance of `cls` (list or a subclass) with the given payload.
fn new_with_class(vm: &mut Vm, cls: &Value, payload: Payload, default: &ObjRef) -> Value {
    let class = match cls {
        Value::Obj(c) if c.as_type().is_some() => c.clone(),
        _ => default.clone(),
    };
    let dict = if class.as_type().is_some_and(|t| t.instance_dict) {
        Some(vm.new_dict_obj(Default::default()))
    } else {
        None
    };
    let o = Rc::new(PyObject {
        class: Some(class).into(),
        dict: crate::objects::instance::DictSlot::with(dict),
        payload,
    });
    vm.gc_track(&o);
    Value::Obj(o)
}

fn list_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let default = vm.types.list.clone();
    Ok(new_with_class(
        vm,
        &cls,
        Payload::List(RefCell::new(Vec::new()).into()),
        &default,
    ))
}

fn list_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("list() takes no keyword arguments"));
    }
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "list expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    let items = match args.values.get(1) {
        Some(it) => vm.collect_iterable(it)?,
        None => Vec::new(),
    };
    let l = list_of(vm, &args.values[0], "__init__")?;
    *l.borrow_mut() = items;
    Ok(Value::None)
}

fn append(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_method_args("list.append", &args, 1, 1)?;
    list_of(vm, &args.values[0], "append")?
        .borrow_mut()
        .push(args.values[1].clone());
    Ok(Value::None)
}

fn extend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_method_args("list.extend", &args, 1, 1)?;
    let items = vm.collect_iterable(&args.values[1])?;
    list_of(vm, &args.values[0], "extend")?
        .borrow_mut()
        .extend(items);
    Ok(Value::None)
}

fn insert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_method_args("insert", &args, 2, 2)?;
    let i = vm.ssize_arg(&args.values[1])?;
    let l = list_of(vm, &args.values[0], "insert")?;
    let len = l.borrow().len() as i64;
    let i = if i < 0 { (i + len).max(0) } else { i.min(len) };
    l.borrow_mut().insert(i as usize, args.values[2].clone());
    Ok(Value::None)
}

fn pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_method_args("pop", &args, 0, 1)?;
    let idx = match args.values.get(1) {
        Some(i) => Some(vm.ssize_arg(i)?),
        None => None,
    };
    let l = list_of(vm, &args.values[0], "pop")?;
    let len = l.borrow().len() as i64;
    if len == 0 {
        return Err(vm.index_error("pop from empty list"));
    }
    let i = idx.unwrap_or(len - 1);
    let i = if i < 0 { i + len } else { i };
    if i < 0 || i >= len {
        return Err(vm.index_error("pop index out of range"));
    }
    Ok(l.borrow_mut().remove(i as usize))
}

fn remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_method_args("list.remove", &args, 1, 1)?;
    let items = list_of(vm, &args.values[0], "remove")?.borrow().clone();
    for (i, v) in items.iter().enumerate() {
        if vm.eq(v, &args.values[1])? {
            let l = list_of(vm, &args.values[0], "remove")?;
            if i < l.borrow().len() {
                l.borrow_mut().remove(i);
            }
            return Ok(Value::None);
        }
    }
    Err(vm.value_error("list.remove(x): x not in list"))
}

fn seq_index(vm: &mut Vm, args: Args, what: &str) -> PyResult<Value> {
    vm.check_method_args("index", &args, 1, 3)?;
    let items = match args.values[0].payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("index() requires a sequence")),
    };
    let n = items.len() as i64;
    let bound = |vm: &mut Vm, v: Option<&Value>, default: i64| -> PyResult<i64> {
        match v {
            None => Ok(default),
            Some(v) => {
                let i = vm.clamped_index(v)?;
                Ok(if i < 0 {
                    i.saturating_add(n).max(0)
                } else {
                    i.min(n)
                })
            }
        }
    };
    let start = bound(vm, args.values.get(2), 0)?;
    let stop = bound(vm, args.values.get(3), n)?;
    for i in start..stop {
        if vm.eq(&items[i as usize], &args.values[1])? {
            return Ok(Value::Int(i));
        }
    }
    if what == "list" {
        let r = vm.repr_string(&args.values[1])?;
        return Err(vm.value_error(format!("{r} is not in list")));
    }
    Err(vm.value_error(format!("{what}.index(x): x not in {what}")))
}

fn list_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    seq_index(vm, args, "list")
}

fn tuple_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    seq_index(vm, args, "tuple")
}

fn seq_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let name = match args.values.first().and_then(|v| v.payload()) {
        Some(Payload::Tuple(_)) => "tuple.count",
        _ => "list.count",
    };
    vm.check_method_args(name, &args, 1, 1)?;
    let items = match args.values[0].payload() {
        Some(Payload::List(l)) => l.borrow().clone(),
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => return Err(vm.type_error("count() requires a sequence")),
    };
    let mut n = 0;
    for v in &items {
        if vm.eq(v, &args.values[1])? {
            n += 1;
        }
    }
    Ok(Value::Int(n))
}

fn clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let mut old = std::mem::take(&mut *list_of(vm, &args.values[0], "clear")?.borrow_mut());
    // The last item goes first, as in CPython's `_list_clear` (observable through finalizers).
    while let Some(v) = old.pop() {
        drop(v);
    }
    Ok(Value::None)
}

fn copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let items = list_of(vm, &args.values[0], "copy")?.borrow().clone();
    Ok(vm.new_list(items))
}

fn reverse(vm: &mut Vm, args: Args) -> PyResult<Value> {
    list_of(vm, &args.values[0], "reverse")?
        .borrow_mut()
        .reverse();
    Ok(Value::None)
}

fn sort(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key");
    let reverse = args.take_kw("reverse");
    vm.reject_kwargs(&args, "sort")?;
    if args.values.len() > 1 {
        return Err(vm.type_error("sort() takes no positional arguments"));
    }
    let list = args.values[0].clone();
    vm.list_sort(&list, key, reverse)?;
    Ok(Value::None)
}

impl Vm {
    /// `list.sort(key=, reverse=)`: a stable merge sort whose comparisons may run Python code
    /// (and fail); the list appears empty while it is being sorted, as in CPython.
    pub fn list_sort(
        &mut self,
        list: &Value,
        key: Option<Value>,
        reverse: Option<Value>,
    ) -> PyResult<()> {
        let reverse = match reverse {
            // An int parameter in CPython (`reverse='x'` is a TypeError).
            Some(r) => self.c_int_arg(&r)? != 0,
            None => false,
        };
        let key = key.filter(|k| !k.is_none());
        let Some(Payload::List(cell)) = list.payload() else {
            return Ok(());
        };
        let items = std::mem::take(&mut *cell.borrow_mut());
        let keyed: PyResult<Vec<(Value, Value)>> = items
            .iter()
            .map(|v| match &key {
                Some(k) => Ok((self.call1(k, v.clone())?, v.clone())),
                None => Ok((v.clone(), v.clone())),
            })
            .collect();
        let mut keyed = match keyed {
            Ok(k) => k,
            Err(e) => {
                *cell.borrow_mut() = items;
                return Err(e);
            }
        };
        if reverse {
            keyed.reverse();
        }
        let mut error = None;
        let sorted = merge_sort(keyed, &mut |a, b| {
            if error.is_some() {
                return false;
            }
            match self.sort_less(&b.0, &a.0) {
                Ok(less) => less,
                Err(e) => {
                    error = Some(e);
                    false
                }
            }
        });
        let mut out: Vec<Value> = sorted.into_iter().map(|(_, v)| v).collect();
        if reverse {
            out.reverse();
        }
        let modified = !cell.borrow().is_empty();
        if let Some(e) = error {
            *cell.borrow_mut() = items;
            return Err(e);
        }
        *cell.borrow_mut() = out;
        if modified {
            return Err(self.value_error("list modified during sort"));
        }
        Ok(())
    }

    /// `a < b` for sorting.
    fn sort_less(&mut self, a: &Value, b: &Value) -> PyResult<bool> {
        match (a, b) {
            (Value::Int(x), Value::Int(y)) => Ok(x < y),
            (Value::Float(x), Value::Float(y)) => Ok(x < y),
            _ => {
                if let (Some(x), Some(y)) = (a.as_str(), b.as_str()) {
                    if self.is_exact_str(a) && self.is_exact_str(b) {
                        return Ok(x < y);
                    }
                }
                let r = self.rich_compare(a.clone(), b.clone(), C::Less)?;
                self.is_true(&r)
            }
        }
    }
}

/// A stable merge sort with a comparator that says whether its first argument must go
/// *after* the second (`b < a`).
fn merge_sort<T: Clone>(v: Vec<T>, after: &mut dyn FnMut(&T, &T) -> bool) -> Vec<T> {
    if v.len() <= 1 {
        return v;
    }
    // Insertion sort for short runs.
    if v.len() <= 16 {
        let mut out: Vec<T> = Vec::with_capacity(v.len());
        for item in v {
            let mut pos = out.len();
            while pos > 0 && after(&out[pos - 1], &item) {
                pos -= 1;
            }
            out.insert(pos, item);
        }
        return out;
    }
    let mut v = v;
    let right = v.split_off(v.len() / 2);
    let left = merge_sort(v, after);
    let right = merge_sort(right, after);
    let mut out = Vec::with_capacity(left.len() + right.len());
    let (mut i, mut j) = (0, 0);
    while i < left.len() && j < right.len() {
        if after(&left[i], &right[j]) {
            out.push(right[j].clone());
            j += 1;
        } else {
            out.push(left[i].clone());
            i += 1;
        }
    }
    out.extend_from_slice(&left[i..]);
    out.extend_from_slice(&right[j..]);
    out
}

fn seq_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match crate::ops::convert::builtin_len(&args.values[0]) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => vm.len(&args.values[0]).map(|n| Value::Int(n as i64)),
    }
}

/// A user subclass instance viewed as its builtin base (so native paths apply).
fn plain_builtin(vm: &mut Vm, v: &Value) -> Value {
    match v.payload() {
        Some(Payload::List(l)) => {
            let items = l.borrow().clone();
            if v.as_obj()
                .and_then(|o| o.class.as_ref())
                .is_some_and(|c| Rc::ptr_eq(c, &vm.types.list))
            {
                v.clone()
            } else {
                // Share storage semantics is not needed for reads.
                vm.new_list(items)
            }
        }
        Some(Payload::Tuple(t)) => {
            if v.as_obj()
                .and_then(|o| o.class.as_ref())
                .is_some_and(|c| Rc::ptr_eq(c, &vm.types.tuple))
            {
                v.clone()
            } else {
                vm.new_tuple(t.to_vec())
            }
        }
        Some(Payload::Bytes(b)) if !is_exact(v, &vm.types.bytes) => vm.new_bytes(b.to_vec()),
        Some(Payload::ByteArray(b)) if !is_exact(v, &vm.types.bytearray) => {
            let data = b.borrow().clone();
            vm.new_bytearray(data)
        }
        _ => v.clone(),
    }
}

/// Whether `v`'s class is exactly `class` (not a subclass).
fn is_exact(v: &Value, class: &Rc<PyObject>) -> bool {
    v.as_obj()
        .and_then(|o| o.class.as_ref())
        .is_some_and(|c| Rc::ptr_eq(c, class))
}

/// Runs `op` on a plain bytearray holding `target`'s storage, so that a subclass's own
/// `__setitem__` (calling `super().__setitem__`) is not found again.
fn on_plain_bytearray(
    vm: &mut Vm,
    target: &Value,
    op: impl FnOnce(&mut Vm, &Value) -> PyResult<()>,
) -> PyResult<Value> {
    let Some(Payload::ByteArray(b)) = target.payload() else {
        return Ok(Value::None);
    };
    let tmp = vm.new_bytearray(Vec::new());
    if let Some(Payload::ByteArray(t)) = tmp.payload() {
        std::mem::swap(&mut *t.borrow_mut(), &mut *b.borrow_mut());
    }
    let r = op(vm, &tmp);
    if let Some(Payload::ByteArray(t)) = tmp.payload() {
        std::mem::swap(&mut *t.borrow_mut(), &mut *b.borrow_mut());
    }
    r.map(|_| Value::None)
}

fn bytearray_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__setitem__", &args, 3, 3)?;
    let (key, value) = (args.values[1].clone(), args.values[2].clone());
    on_plain_bytearray(vm, &args.values[0], |vm, b| vm.setitem(b, key, value))
}

fn bytearray_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__delitem__", &args, 2, 2)?;
    let key = args.values[1].clone();
    on_plain_bytearray(vm, &args.values[0], |vm, b| vm.delitem(b, &key))
}

fn seq_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__getitem__", &args, 2, 2)?;
    let v = plain_builtin(vm, &args.values[0]);
    vm.getitem(&v, &args.values[1])
}

fn list_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__setitem__", &args, 3, 3)?;
    // Work on the list storage itself (subclass instances share it).
    let Some(Payload::List(l)) = args.values[0].payload() else {
        return Ok(Value::None);
    };
    let tmp = vm.new_list(Vec::new());
    if let Some(Payload::List(t)) = tmp.payload() {
        std::mem::swap(&mut *t.borrow_mut(), &mut *l.borrow_mut());
    }
    let r = vm.setitem(&tmp, args.values[1].clone(), args.values[2].clone());
    if let Some(Payload::List(t)) = tmp.payload() {
        std::mem::swap(&mut *t.borrow_mut(), &mut *l.borrow_mut());
    }
    r.map(|_| Value::None)
}

fn list_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__delitem__", &args, 2, 2)?;
    let Some(Payload::List(l)) = args.values[0].payload() else {
        return Ok(Value::None);
    };
    let tmp = vm.new_list(Vec::new());
    if let Some(Payload::List(t)) = tmp.payload() {
        std::mem::swap(&mut *t.borrow_mut(), &mut *l.borrow_mut());
    }
    let r = vm.delitem(&tmp, &args.values[1]);
    if let Some(Payload::List(t)) = tmp.payload() {
        std::mem::swap(&mut *t.borrow_mut(), &mut *l.borrow_mut());
    }
    r.map(|_| Value::None)
}

fn seq_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__contains__", &args, 2, 2)?;
    let r = vm.builtin_contains(&args.values[0], &args.values[1])?;
    Ok(Value::Bool(r.unwrap_or(false)))
}

fn seq_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values[0].payload() {
        Some(Payload::List(_)) => {
            let o = args.values[0]
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.none_singleton.clone());
            let class = vm.types.list_iterator.clone();
            Ok(vm.new_iterator(&class, IterState::List { list: o, index: 0 }))
        }
        Some(Payload::Tuple(_)) => {
            let o = args.values[0]
                .as_obj()
                .cloned()
                .unwrap_or_else(|| vm.none_singleton.clone());
            let class = vm.types.tuple_iterator.clone();
            Ok(vm.new_iterator(&class, IterState::Tuple { tuple: o, index: 0 }))
        }
        _ => {
            let v = plain_builtin(vm, &args.values[0]);
            vm.get_iter(&v)
        }
    }
}

fn list_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(o) = args.values[0].as_obj().cloned() else {
        return Ok(Value::None);
    };
    let len = match &o.payload {
        Payload::List(l) => l.borrow().len() as isize,
        _ => 0,
    };
    let class = vm.types.list_reverseiterator.clone();
    Ok(vm.new_iterator(
        &class,
        IterState::ListReverse {
            list: o,
            index: len - 1,
        },
    ))
}

fn seq_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__add__", &args, 2, 2)?;
    let a = plain_builtin(vm, &args.values[0]);
    let b = plain_builtin(vm, &args.values[1]);
    match vm.native_binary(pyasync_bytecode::BinaryOperator::Add, &a, &b) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

fn seq_mul(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__mul__", &args, 2, 2)?;
    let a = plain_builtin(vm, &args.values[0]);
    match vm.native_binary(
        pyasync_bytecode::BinaryOperator::Multiply,
        &a,
        &args.values[1],
    ) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

fn list_iadd(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__iadd__", &args, 2, 2)?;
    let items = vm.collect_iterable(&args.values[1])?;
    list_of(vm, &args.values[0], "__iadd__")?
        .borrow_mut()
        .extend(items);
    Ok(args.values[0].clone())
}

fn seq_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = plain_builtin(vm, &args.values[0]);
    let s = vm.native_repr(&v)?;
    Ok(vm.new_str(s))
}

fn tuple_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("tuple() takes no keyword arguments"));
    }
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "tuple expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    let is_plain = match &cls {
        Value::Obj(c) => Rc::ptr_eq(c, &vm.types.tuple),
        _ => true,
    };
    // tuple(t) of an exact tuple is t itself (cf. tuple_new_impl).
    if let Some(arg) = args.values.get(1) {
        let exact = arg
            .as_obj()
            .and_then(|o| o.class.as_ref())
            .is_some_and(|c| Rc::ptr_eq(c, &vm.types.tuple));
        if is_plain && exact {
            return Ok(arg.clone());
        }
    }
    let items = match args.values.get(1) {
        Some(it) => vm.collect_iterable(it)?,
        None => Vec::new(),
    };
    if is_plain {
        return Ok(vm.new_tuple(items));
    }
    let default = vm.types.tuple.clone();
    Ok(new_with_class(
        vm,
        &cls,
        Payload::Tuple(items.into_boxed_slice().into()),
        &default,
    ))
}

fn seq_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = plain_builtin(vm, &args.values[0]);
    Ok(Value::Int(vm.hash(&v)?))
}

fn slice_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = &args.values[1..];
    let (a, b, c) = match pos.len() {
        1 => (Value::None, pos[0].clone(), Value::None),
        2 => (pos[0].clone(), pos[1].clone(), Value::None),
        3 => (pos[0].clone(), pos[1].clone(), pos[2].clone()),
        n => return Err(vm.type_error(format!("slice expected at least 1 argument, got {n}"))),
    };
    Ok(vm.new_slice(a, b, c))
}

fn slice_indices(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("indices", &args, 2, 2)?;
    let Some(Payload::Slice(s)) = args.values[0].payload() else {
        return Ok(Value::None);
    };
    let s = s.clone();
    // In arbitrary precision, as `_PySlice_GetLongIndices`: the length and the bounds may
    // be past 64 bits.
    let len = vm.index_value(&args.values[1])?;
    if len.is_negative() {
        return Err(vm.value_error("length should not be negative"));
    }
    let bound = |vm: &mut Vm, v: &Value| -> PyResult<Option<BigInt>> {
        if v.is_none() {
            return Ok(None);
        }
        vm.index_value(v).map(Some).map_err(|_| {
            vm.type_error("slice indices must be integers or None or have an __index__ method")
        })
    };
    let step = bound(vm, &s[2])?.unwrap_or_else(|| BigInt::from(1));
    if step.is_zero() {
        return Err(vm.value_error("slice step cannot be zero"));
    }
    let backwards = step.is_negative();
    let (lower, upper) = if backwards {
        (BigInt::from(-1), &len - 1)
    } else {
        (BigInt::from(0), len.clone())
    };
    let adjust = |i: Option<BigInt>, default: &BigInt| match i {
        None => default.clone(),
        Some(i) if i.is_negative() => (i + &len).max(lower.clone()),
        Some(i) => i.min(upper.clone()),
    };
    let start = bound(vm, &s[0])?;
    let stop = bound(vm, &s[1])?;
    let start = adjust(start, if backwards { &upper } else { &lower });
    let stop = adjust(stop, if backwards { &lower } else { &upper });
    Ok(vm.new_tuple(vec![vm.new_int(start), vm.new_int(stop), vm.new_int(step)]))
}

fn bytes_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args.take_kw("encoding");
    let source = args
        .take_kw("source")
        .or_else(|| args.values.get(1).cloned());
    let encoding = encoding.or_else(|| args.values.get(2).cloned());
    let data = vm.bytes_from(source, encoding, "bytes")?;
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let default = vm.types.bytes.clone();
    if matches!(&cls, Value::Obj(c) if !Rc::ptr_eq(c, &default)) {
        let payload = Payload::Bytes(data.into_boxed_slice());
        return Ok(new_with_class(vm, &cls, payload, &default));
    }
    Ok(vm.new_bytes(data))
}

fn bytearray_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let default = vm.types.bytearray.clone();
    Ok(new_with_class(
        vm,
        &cls,
        Payload::ByteArray(RefCell::new(Vec::new())),
        &default,
    ))
}

fn bytearray_init(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args.take_kw("encoding");
    let source = args.values.get(1).cloned();
    let encoding = encoding.or_else(|| args.values.get(2).cloned());
    let data = vm.bytes_from(source, encoding, "byte")?;
    if let Some(Payload::ByteArray(b)) = args.values[0].payload() {
        *b.borrow_mut() = data;
    }
    Ok(Value::None)
}

impl Vm {
    /// The bytes of `bytes(source, encoding)`; `item` names an item in the range error
    /// (`bytes` for bytes(), `byte` for bytearray(), as CPython words them).
    fn bytes_from(
        &mut self,
        source: Option<Value>,
        encoding: Option<Value>,
        item: &str,
    ) -> PyResult<Vec<u8>> {
        let Some(source) = source else {
            return Ok(Vec::new());
        };
        if let Some(s) = source.as_str() {
            if encoding.is_none() {
                return Err(self.type_error("string argument without an encoding"));
            }
            return Ok(s.as_bytes().to_vec());
        }
        match source.payload() {
            Some(Payload::Bytes(b)) => return Ok(b.to_vec()),
            Some(Payload::ByteArray(b)) => return Ok(b.borrow().clone()),
            _ => {}
        }
        if crate::objects::int::is_int(&source) {
            let n = self.count_arg(&source)?;
            if n < 0 {
                return Err(self.value_error("negative count"));
            }
            self.check_alloc(n as usize, 1)?;
            return Ok(vec![0; n as usize]);
        }
        let items = self.collect_iterable(&source).map_err(|_| {
            self.type_error(format!(
                "cannot convert '{}' object to bytes",
                self.type_name(&source)
            ))
        })?;
        let mut out = Vec::with_capacity(items.len());
        for v in items {
            let n = self.clamped_index(&v)?;
            if !(0..=255).contains(&n) {
                return Err(self.value_error(format!("{item} must be in range(0, 256)")));
            }
            out.push(n as u8);
        }
        Ok(out)
    }
}

pub fn install(vm: &mut Vm) {
    let list = vm.types.list.clone();
    let list_methods: &[(&'static str, super::functions::NativeFn)] = &[
        ("__init__", list_init),
        ("append", append),
        ("extend", extend),
        ("insert", insert),
        ("pop", pop),
        ("remove", remove),
        ("index", list_index),
        ("count", seq_count),
        ("clear", clear),
        ("copy", copy),
        ("reverse", reverse),
        ("sort", sort),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__reversed__", list_reversed),
        ("__add__", seq_add),
        ("__iadd__", list_iadd),
        ("__mul__", seq_mul),
        ("__rmul__", seq_mul),
        ("__repr__", seq_repr),
        ("__eq__", super::numbers::cmp_eq),
        ("__ne__", super::numbers::cmp_ne),
        ("__lt__", super::numbers::cmp_lt),
        ("__le__", super::numbers::cmp_le),
        ("__gt__", super::numbers::cmp_gt),
        ("__ge__", super::numbers::cmp_ge),
    ];
    for (name, f) in list_methods {
        vm.add_method(&list, name, *f, MethodKind::Instance);
    }
    vm.add_method(&list, "__new__", list_new, MethodKind::Static);
    vm.set_type_attr(&list, "__hash__", Value::None);

    let tuple = vm.types.tuple.clone();
    let tuple_methods: &[(&'static str, super::functions::NativeFn)] = &[
        ("index", tuple_index),
        ("count", seq_count),
        ("__len__", seq_len),
        ("__getitem__", seq_getitem),
        ("__contains__", seq_contains),
        ("__iter__", seq_iter),
        ("__add__", seq_add),
        ("__mul__", seq_mul),
        ("__rmul__", seq_mul),
        ("__repr__", seq_repr),
        ("__hash__", seq_hash),
        ("__eq__", super::numbers::cmp_eq),
        ("__ne__", super::numbers::cmp_ne),
        ("__lt__", super::numbers::cmp_lt),
        ("__le__", super::numbers::cmp_le),
        ("__gt__", super::numbers::cmp_gt),
        ("__ge__", super::numbers::cmp_ge),
    ];
    for (name, f) in tuple_methods {
        vm.add_method(&tuple, name, *f, MethodKind::Instance);
    }
    vm.add_method(&tuple, "__new__", tuple_new, MethodKind::Static);

    let range = vm.types.range.clone();
    vm.add_method(&range, "__len__", seq_len, MethodKind::Instance);
    vm.add_method(&range, "__iter__", seq_iter, MethodKind::Instance);
    vm.add_method(&range, "__getitem__", seq_getitem, MethodKind::Instance);
    vm.add_method(&range, "__contains__", seq_contains, MethodKind::Instance);
    let slice = vm.types.slice.clone();
    vm.add_method(&slice, "__new__", slice_new, MethodKind::Static);
    vm.add_method(&slice, "indices", slice_indices, MethodKind::Instance);
    vm.set_type_attr(&slice, "__hash__", Value::None);

    for (class, f) in [
        (
            vm.types.enumerate.clone(),
            enumerate_new as super::functions::NativeFn,
        ),
        (vm.types.zip.clone(), zip_new),
        (vm.types.map.clone(), map_new),
        (vm.types.filter.clone(), filter_new),
        (vm.types.reversed.clone(), reversed_new),
    ] {
        vm.add_method(&class, "__new__", f, MethodKind::Static);
    }
    let iterator_types = [
        vm.types.enumerate.clone(),
        vm.types.zip.clone(),
        vm.types.map.clone(),
        vm.types.filter.clone(),
        vm.types.reversed.clone(),
        vm.types.list_iterator.clone(),
        vm.types.list_reverseiterator.clone(),
        vm.types.tuple_iterator.clone(),
        vm.types.range_iterator.clone(),
        vm.types.longrange_iterator.clone(),
        vm.types.str_iterator.clone(),
        vm.types.bytes_iterator.clone(),
        vm.types.dict_keyiterator.clone(),
        vm.types.dict_valueiterator.clone(),
        vm.types.dict_itemiterator.clone(),
        vm.types.dict_reversekeyiterator.clone(),
        vm.types.set_iterator.clone(),
        vm.types.callable_iterator.clone(),
        vm.types.seq_iterator.clone(),
    ];
    for t in iterator_types {
        vm.add_method(&t, "__iter__", iter_self, MethodKind::Instance);
        vm.add_method(&t, "__next__", iter_next, MethodKind::Instance);
    }
    let bytes = vm.types.bytes.clone();
    vm.add_method(&bytes, "__new__", bytes_new, MethodKind::Static);
    vm.add_method(&bytes, "__len__", seq_len, MethodKind::Instance);
    vm.add_method(&bytes, "__getitem__", seq_getitem, MethodKind::Instance);
    vm.add_method(&bytes, "__iter__", seq_iter, MethodKind::Instance);
    let ba = vm.types.bytearray.clone();
    vm.add_method(&ba, "__new__", bytearray_new, MethodKind::Static);
    vm.add_method(&ba, "__init__", bytearray_init, MethodKind::Instance);
    vm.add_method(&ba, "__len__", seq_len, MethodKind::Instance);
    vm.add_method(&ba, "__getitem__", seq_getitem, MethodKind::Instance);
    vm.add_method(&ba, "__setitem__", bytearray_setitem, MethodKind::Instance);
    vm.add_method(&ba, "__delitem__", bytearray_delitem, MethodKind::Instance);
    vm.add_method(&ba, "__iter__", seq_iter, MethodKind::Instance);
    for class in [bytes, ba.clone()] {
        let shared: &[(&'static str, super::functions::NativeFn)] = &[
            ("__contains__", seq_contains),
            ("__add__", seq_add),
            ("__mul__", seq_mul),
            ("__rmul__", seq_mul),
        ];
        for (name, f) in shared {
            vm.add_method(&class, name, *f, MethodKind::Instance);
        }
    }
    vm.set_type_attr(&ba, "__hash__", Value::None);
}
