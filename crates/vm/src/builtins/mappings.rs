//! `dict`, its views, `set` and `frozenset`: constructors and methods.

use std::cell::RefCell;
use std::rc::Rc;

use super::functions::{Args, MethodKind};
use crate::object::{DictViewKind, ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::iter::IterState;
use crate::objects::set::Set;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn dict_obj(vm: &Vm, v: &Value, method: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Dict(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!(
            "descriptor '{}' for 'dict' objects doesn't apply to a '{}' object",
            method,
            vm.type_name(v)
        ))),
    }
}

fn dict_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        _ => vm.types.dict.clone(),
    };
    let dict = if class.as_type().is_some_and(|t| t.heap && t.instance_dict) {
        Some(vm.new_dict_obj(Dict::new()))
    } else {
        None
    };
    let o = Rc::new(PyObject {
        class: Some(class).into(),
        dict: crate::objects::instance::DictSlot::with(dict),
        payload: Payload::Dict(Box::new(RefCell::new(Dict::new())).into()),
    });
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

fn dict_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "__init__")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "dict expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(src) = pos.get(1) {
        vm.dict_update(&d, src)?;
    }
    let kw: Vec<(String, Value)> = args
        .kwargs()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    for (k, v) in kw {
        vm.dict_set_item_str(&d, &k, v)?;
    }
    Ok(Value::None)
}

fn dict_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__getitem__", &args, 2, 2)?;
    let d = dict_obj(vm, &args.values[0], "__getitem__")?;
    match vm.dict_get(&d, &args.values[1])? {
        Some(v) => Ok(v),
        None => {
            let class = vm.class_of(&args.values[0]).clone();
            if class.as_type().is_some_and(|t| t.heap) {
                if let Some(m) = vm.lookup_type(&class, "__missing__") {
                    return vm.call(
                        &m,
                        Args::new([args.values[0].clone(), args.values[1].clone()]),
                    );
                }
            }
            Err(vm.key_error(args.values[1].clone()))
        }
    }
}

fn dict_setitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__setitem__", &args, 3, 3)?;
    let d = dict_obj(vm, &args.values[0], "__setitem__")?;
    vm.dict_set(&d, args.values[1].clone(), args.values[2].clone())?;
    Ok(Value::None)
}

fn dict_delitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__delitem__", &args, 2, 2)?;
    let d = dict_obj(vm, &args.values[0], "__delitem__")?;
    if !vm.dict_del(&d, &args.values[1])? {
        return Err(vm.key_error(args.values[1].clone()));
    }
    Ok(Value::None)
}

fn dict_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__contains__", &args, 2, 2)?;
    let d = dict_obj(vm, &args.values[0], "__contains__")?;
    Ok(Value::Bool(vm.dict_get(&d, &args.values[1])?.is_some()))
}

fn dict_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "__len__")?;
    let n = match &d.payload {
        Payload::Dict(dd) => dd.borrow().len(),
        _ => 0,
    };
    Ok(Value::Int(n as i64))
}

fn dict_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "__iter__")?;
    view_iter(vm, &d, DictViewKind::Keys, false)
}

fn view_iter(vm: &mut Vm, d: &ObjRef, kind: DictViewKind, reverse: bool) -> PyResult<Value> {
    let (len, slots) = match &d.payload {
        Payload::Dict(dd) => (dd.borrow().len(), dd.borrow().slots()),
        _ => (0, 0),
    };
    let class = match (kind, reverse) {
        (_, true) => vm.types.dict_reversekeyiterator.clone(),
        (DictViewKind::Keys, _) => vm.types.dict_keyiterator.clone(),
        (DictViewKind::Values, _) => vm.types.dict_valueiterator.clone(),
        (DictViewKind::Items, _) => vm.types.dict_itemiterator.clone(),
    };
    let index = if reverse { slots } else { 0 };
    Ok(vm.new_iterator(
        &class,
        IterState::Dict {
            dict: d.clone(),
            index,
            len,
            remaining: len,
            kind,
            reverse,
        },
    ))
}

fn dict_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "__reversed__")?;
    view_iter(vm, &d, DictViewKind::Keys, true)
}

fn dict_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("dict.get", &args, 2, 3)?;
    let d = dict_obj(vm, &args.values[0], "get")?;
    Ok(vm
        .dict_get(&d, &args.values[1])?
        .unwrap_or_else(|| args.values.get(2).cloned().unwrap_or(Value::None)))
}

fn dict_setdefault(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("dict.setdefault", &args, 2, 3)?;
    let d = dict_obj(vm, &args.values[0], "setdefault")?;
    if let Some(v) = vm.dict_get(&d, &args.values[1])? {
        return Ok(v);
    }
    let default = args.values.get(2).cloned().unwrap_or(Value::None);
    vm.dict_set(&d, args.values[1].clone(), default.clone())?;
    Ok(default)
}

fn dict_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("dict.pop", &args, 2, 3)?;
    let d = dict_obj(vm, &args.values[0], "pop")?;
    match vm.dict_pop(&d, &args.values[1])? {
        Some(v) => Ok(v),
        None => args
            .values
            .get(2)
            .cloned()
            .ok_or_else(|| vm.key_error(args.values[1].clone())),
    }
}

fn dict_popitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "popitem")?;
    let item = match &d.payload {
        Payload::Dict(dd) => dd.borrow_mut().pop_last(),
        _ => None,
    };
    match item {
        Some((k, v)) => Ok(vm.new_tuple(vec![k, v])),
        None => Err(vm.new_error(&vm.exc.key_error.clone(), "popitem(): dictionary is empty")),
    }
}

fn make_view(vm: &mut Vm, args: &Args, kind: DictViewKind, method: &str) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], method)?;
    let class = match kind {
        DictViewKind::Keys => vm.types.dict_keys.clone(),
        DictViewKind::Values => vm.types.dict_values.clone(),
        DictViewKind::Items => vm.types.dict_items.clone(),
    };
    let o = Rc::new(PyObject::new(class, Payload::DictView(kind, d)));
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

fn dict_keys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_view(vm, &args, DictViewKind::Keys, "keys")
}
fn dict_values(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_view(vm, &args, DictViewKind::Values, "values")
}
fn dict_items(vm: &mut Vm, args: Args) -> PyResult<Value> {
    make_view(vm, &args, DictViewKind::Items, "items")
}

fn dict_update_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "update")?;
    let pos = args.pos();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "update expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if let Some(src) = pos.get(1) {
        vm.dict_update(&d, src)?;
    }
    let kw: Vec<(String, Value)> = args
        .kwargs()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    for (k, v) in kw {
        vm.dict_set_item_str(&d, &k, v)?;
    }
    Ok(Value::None)
}

fn dict_clear(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "clear")?;
    if let Payload::Dict(dd) = &d.payload {
        let old = std::mem::take(&mut *dd.borrow_mut());
        drop(old);
    }
    Ok(Value::None)
}

fn dict_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "copy")?;
    let copy = match &d.payload {
        Payload::Dict(dd) => dd.borrow().clone(),
        _ => Dict::new(),
    };
    Ok(Value::Obj(vm.new_dict_obj(copy)))
}

fn dict_fromkeys(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("dict.fromkeys", &args, 2, 3)?;
    let cls = args.values[0].clone();
    let value = args.values.get(2).cloned().unwrap_or(Value::None);
    let keys = vm.collect_iterable(&args.values[1])?;
    let d = vm.call(&cls, Args::default())?;
    for k in keys {
        vm.setitem(&d, k, value.clone())?;
    }
    Ok(d)
}

fn dict_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let d = dict_obj(vm, &args.values[0], "__repr__")?;
    let copy = match &d.payload {
        Payload::Dict(dd) => dd.borrow().clone(),
        _ => Dict::new(),
    };
    let plain = Value::Obj(vm.new_dict_obj(copy));
    let s = vm.native_repr(&plain)?;
    Ok(vm.new_str(s))
}

fn dict_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__or__", &args, 2, 2)?;
    match vm.native_binary(
        pyasync_bytecode::BinaryOperator::Or,
        &args.values[0],
        &args.values[1],
    ) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

fn dict_ior(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__ior__", &args, 2, 2)?;
    let d = dict_obj(vm, &args.values[0], "__ior__")?;
    vm.dict_update(&d, &args.values[1])?;
    Ok(args.values[0].clone())
}

fn view_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match crate::ops::convert::builtin_len(&args.values[0]) {
        Some(n) => Ok(Value::Int(n as i64)),
        None => vm.len(&args.values[0]).map(|n| Value::Int(n as i64)),
    }
}

fn view_iter_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.get_iter(&args.values[0])
}

fn view_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__contains__", &args, 2, 2)?;
    let r = vm.builtin_contains(&args.values[0], &args.values[1])?;
    Ok(Value::Bool(r.unwrap_or(false)))
}

fn view_reversed(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values[0].payload() {
        Some(Payload::DictView(kind, d)) => {
            let (kind, d) = (*kind, d.clone());
            view_iter(vm, &d, kind, true)
        }
        _ => Err(vm.type_error("not a dict view")),
    }
}

/// Set operations on key and item views: the result is a set.
fn view_setop(vm: &mut Vm, args: Args, op: pyasync_bytecode::BinaryOperator) -> PyResult<Value> {
    vm.check_args("__or__", &args, 2, 2)?;
    let a = Value::Obj(vm.new_set_obj(Set::new()));
    vm.set_update(&a, &args.values[0])?;
    let b = Value::Obj(vm.new_set_obj(Set::new()));
    vm.set_update(&b, &args.values[1])?;
    match vm.native_binary(op, &a, &b) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

fn view_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_method_args("isdisjoint", &args, 1, 1)?;
    let it = vm.get_iter(&args.values[1])?;
    while let Some(item) = vm.iter_next(&it)? {
        if vm.contains(&args.values[0], &item)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn view_and(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, pyasync_bytecode::BinaryOperator::And)
}
fn view_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, pyasync_bytecode::BinaryOperator::Or)
}
fn view_sub(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, pyasync_bytecode::BinaryOperator::Subtract)
}
fn view_xor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    view_setop(vm, args, pyasync_bytecode::BinaryOperator::Xor)
}

// ---- sets --------------------------------------------------------------------------------

fn set_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let class = match args.values.first() {
        Some(Value::Obj(c)) if c.as_type().is_some() => c.clone(),
        _ => vm.types.set.clone(),
    };
    let frozen = crate::objects::typeobj::is_subtype(&class, &vm.types.frozenset);
    let dict = if class.as_type().is_some_and(|t| t.heap && t.instance_dict) {
        Some(vm.new_dict_obj(Dict::new()))
    } else {
        None
    };
    if frozen {
        if args.has_kwargs() {
            return Err(vm.type_error("frozenset() takes no keyword arguments"));
        }
        let tmp = Value::Obj(vm.new_set_obj(Set::new()));
        if let Some(src) = args.values.get(1) {
            // frozenset(f) of a plain frozenset is f itself.
            if Rc::ptr_eq(&class, &vm.types.frozenset)
                && matches!(src.payload(), Some(Payload::FrozenSet(_)))
                && src
                    .as_obj()
                    .and_then(|o| o.class.as_ref())
                    .is_some_and(|c| Rc::ptr_eq(c, &vm.types.frozenset))
            {
                return Ok(src.clone());
            }
            vm.set_update(&tmp, src)?;
        }
        let s = match tmp.payload() {
            Some(Payload::Set(s)) => s.borrow().clone(),
            _ => Set::new(),
        };
        let o = Rc::new(PyObject {
            class: Some(class).into(),
            dict: crate::objects::instance::DictSlot::with(dict),
            payload: Payload::FrozenSet(s),
        });
        vm.gc_track(&o);
        return Ok(Value::Obj(o));
    }
    let o = Rc::new(PyObject {
        class: Some(class).into(),
        dict: crate::objects::instance::DictSlot::with(dict),
        payload: Payload::Set(crate::gc_slot::TracedCell::new(Set::new())),
    });
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

fn set_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("set() takes no keyword arguments"));
    }
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "set expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    let this = args.values[0].clone();
    if let Some(Payload::Set(s)) = this.payload() {
        s.borrow_mut().clear();
    }
    if let Some(src) = args.values.get(1) {
        vm.set_update(&this, src)?;
    }
    Ok(Value::None)
}

fn set_add(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("set.add", &args, 2, 2)?;
    vm.set_add(&args.values[0], args.values[1].clone())?;
    Ok(Value::None)
}

fn set_discard(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("set.discard", &args, 2, 2)?;
    vm.set_discard(&args.values[0], &args.values[1])?;
    Ok(Value::None)
}

fn set_remove(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("set.remove", &args, 2, 2)?;
    if !vm.set_discard(&args.values[0], &args.values[1])? {
        return Err(vm.key_error(args.values[1].clone()));
    }
    Ok(Value::None)
}

fn set_pop(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = match args.values[0].payload() {
        Some(Payload::Set(s)) => s.borrow_mut().pop(),
        _ => None,
    };
    v.ok_or_else(|| vm.new_error(&vm.exc.key_error.clone(), "pop from an empty set"))
}

fn set_clear(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    if let Some(Payload::Set(s)) = args.values[0].payload() {
        s.borrow_mut().clear();
    }
    Ok(Value::None)
}

fn snapshot(v: &Value) -> Set {
    match v.payload() {
        Some(Payload::Set(s)) => s.borrow().clone(),
        Some(Payload::FrozenSet(s)) => s.clone(),
        _ => Set::new(),
    }
}

fn set_copy(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = &args.values[0];
    let exact_frozen = this
        .as_obj()
        .and_then(|o| o.class.as_ref())
        .is_some_and(|c| std::rc::Rc::ptr_eq(c, &vm.types.frozenset));
    if exact_frozen {
        return Ok(this.clone());
    }
    let mut s = Set::new();
    s.merge_into_empty(&snapshot(this));
    if matches!(this.payload(), Some(Payload::FrozenSet(_))) {
        return Ok(Value::Obj(vm.new_frozenset_obj(s)));
    }
    Ok(Value::Obj(vm.new_set_obj(s)))
}

fn set_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    for other in &args.values[1..] {
        vm.set_update(&args.values[0], other)?;
    }
    Ok(Value::None)
}

/// `a.union(*others)` etc.: apply the operator with each other iterable in turn.
fn set_multi(vm: &mut Vm, args: Args, op: pyasync_bytecode::BinaryOperator) -> PyResult<Value> {
    let this = args.values[0].clone();
    let frozen = matches!(this.payload(), Some(Payload::FrozenSet(_)));
    let mut s0 = Set::new();
    s0.merge_into_empty(&snapshot(&this));
    let mut acc = Value::Obj(vm.new_set_obj(s0));
    for other in &args.values[1..] {
        acc = if op == pyasync_bytecode::BinaryOperator::And && !is_set(other) {
            // cf. setobject.c set_intersection: a non-set is iterated in its own order.
            let out = Value::Obj(vm.new_set_obj(Set::new()));
            let it = vm.get_iter(other)?;
            while let Some(item) = vm.iter_next(&it)? {
                if vm.set_contains(&acc, &item)? {
                    vm.set_add(&out, item)?;
                }
            }
            out
        } else {
            let other = if is_set(other) {
                other.clone()
            } else {
                let tmp = Value::Obj(vm.new_set_obj(Set::new()));
                vm.set_update(&tmp, other)?;
                tmp
            };
            match vm.native_binary(op, &acc, &other) {
                Some(r) => r?,
                None => acc,
            }
        };
    }
    if frozen {
        let s = snapshot(&acc);
        return Ok(Value::Obj(vm.new_frozenset_obj(s)));
    }
    Ok(acc)
}

fn set_union(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_multi(vm, args, pyasync_bytecode::BinaryOperator::Or)
}
fn set_intersection(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_multi(vm, args, pyasync_bytecode::BinaryOperator::And)
}
fn set_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_multi(vm, args, pyasync_bytecode::BinaryOperator::Subtract)
}
fn set_symmetric_difference(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_multi(vm, args, pyasync_bytecode::BinaryOperator::Xor)
}

fn set_inplace(vm: &mut Vm, args: Args, op: pyasync_bytecode::BinaryOperator) -> PyResult<Value> {
    let r = set_multi(vm, Args::new(args.values.iter().cloned()), op)?;
    if let (Some(Payload::Set(target)), Some(Payload::Set(src))) =
        (args.values[0].payload(), r.payload())
    {
        let new = src.borrow().clone();
        *target.borrow_mut() = new;
    }
    Ok(Value::None)
}

fn set_intersection_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_inplace(vm, args, pyasync_bytecode::BinaryOperator::And)
}
/// Discards every element of each argument in place (cf. set_difference_update_internal),
/// so the table keeps its layout as in CPython.
fn set_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.values[0].clone();
    for other in args.values[1..].iter() {
        if other.is(&this) {
            if let Some(Payload::Set(s)) = this.payload() {
                s.borrow_mut().clear();
            }
            continue;
        }
        for item in vm.collect_iterable(other)? {
            vm.set_discard(&this, &item)?;
        }
    }
    Ok(Value::None)
}

/// Removes what both hold and adds what only `other` holds, in place, walking `other` (as a
/// set) in its table order (cf. set_symmetric_difference_update).
fn set_symmetric_difference_update(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("set.symmetric_difference_update", &args, 2, 2)?;
    let this = args.values[0].clone();
    let other = args.values[1].clone();
    if other.is(&this) {
        if let Some(Payload::Set(s)) = this.payload() {
            s.borrow_mut().clear();
        }
        return Ok(Value::None);
    }
    let other = if is_set(&other) {
        other
    } else {
        let tmp = Value::Obj(vm.new_set_obj(Set::new()));
        vm.set_update(&tmp, &other)?;
        tmp
    };
    let items: Vec<Value> = snapshot(&other).iter().cloned().collect();
    for item in items {
        if !vm.set_discard(&this, &item)? {
            vm.set_add(&this, item)?;
        }
    }
    Ok(Value::None)
}

fn is_set(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::Set(_) | Payload::FrozenSet(_)))
}

fn set_relation(
    vm: &mut Vm,
    args: Args,
    op: pyasync_bytecode::ComparisonOperator,
    disjoint: bool,
) -> PyResult<Value> {
    vm.check_bound_args("set.issubset", &args, 2, 2)?;
    let other = if matches!(
        args.values[1].payload(),
        Some(Payload::Set(_) | Payload::FrozenSet(_))
    ) {
        args.values[1].clone()
    } else {
        let tmp = Value::Obj(vm.new_set_obj(Set::new()));
        vm.set_update(&tmp, &args.values[1])?;
        tmp
    };
    if disjoint {
        for k in snapshot(&args.values[0]).iter() {
            if vm.set_contains(&other, k)? {
                return Ok(Value::Bool(false));
            }
        }
        return Ok(Value::Bool(true));
    }
    Ok(Value::Bool(
        vm.native_compare(op, &args.values[0], &other)?
            .unwrap_or(false),
    ))
}

fn set_issubset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_relation(
        vm,
        args,
        pyasync_bytecode::ComparisonOperator::LessEqual,
        false,
    )
}
fn set_issuperset(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_relation(
        vm,
        args,
        pyasync_bytecode::ComparisonOperator::GreaterEqual,
        false,
    )
}
fn set_isdisjoint(vm: &mut Vm, args: Args) -> PyResult<Value> {
    set_relation(vm, args, pyasync_bytecode::ComparisonOperator::Equal, true)
}

fn set_len(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(Value::Int(snapshot(&args.values[0]).len() as i64))
}

fn set_contains_method(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__contains__", &args, 2, 2)?;
    Ok(Value::Bool(
        vm.set_contains(&args.values[0], &args.values[1])?,
    ))
}

fn set_iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(o) = args.values[0].as_obj().cloned() else {
        return Ok(Value::None);
    };
    let len = snapshot(&args.values[0]).len();
    let class = vm.types.set_iterator.clone();
    Ok(vm.new_iterator(
        &class,
        IterState::Set {
            set: o,
            index: 0,
            len,
        },
    ))
}

fn set_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let s = vm.native_repr(&args.values[0])?;
    Ok(vm.new_str(s))
}

fn set_binop(vm: &mut Vm, args: Args, op: pyasync_bytecode::BinaryOperator) -> PyResult<Value> {
    vm.check_args("__or__", &args, 2, 2)?;
    match vm.native_binary(op, &args.values[0], &args.values[1]) {
        Some(r) => r,
        None => Ok(vm.not_implemented()),
    }
}

macro_rules! set_ops {
    ($($name:ident: $op:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                set_binop(vm, args, $op)
            }
        )*
    };
}

set_ops! {
    set_or: pyasync_bytecode::BinaryOperator::Or;
    set_and: pyasync_bytecode::BinaryOperator::And;
    set_sub: pyasync_bytecode::BinaryOperator::Subtract;
    set_xor: pyasync_bytecode::BinaryOperator::Xor;
    set_ior: pyasync_bytecode::BinaryOperator::InplaceOr;
    set_iand: pyasync_bytecode::BinaryOperator::InplaceAnd;
    set_isub: pyasync_bytecode::BinaryOperator::InplaceSubtract;
    set_ixor: pyasync_bytecode::BinaryOperator::InplaceXor;
}

fn frozenset_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let _ = vm;
    Ok(Value::Int(snapshot(&args.values[0]).frozen_hash()))
}

pub fn install(vm: &mut Vm) {
    let dict = vm.types.dict.clone();
    let methods: &[(&'static str, super::functions::NativeFn)] = &[
        ("__init__", dict_init),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__len__", dict_len),
        ("__iter__", dict_iter),
        ("__reversed__", dict_reversed),
        ("__repr__", dict_repr),
        ("__or__", dict_or),
        ("__ior__", dict_ior),
        ("__eq__", super::numbers::cmp_eq),
        ("__ne__", super::numbers::cmp_ne),
        ("get", dict_get),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("popitem", dict_popitem),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update_method),
        ("clear", dict_clear),
        ("copy", dict_copy),
    ];
    for (name, f) in methods {
        vm.add_method(&dict, name, *f, MethodKind::Instance);
    }
    vm.add_method(&dict, "__new__", dict_new, MethodKind::Static);
    vm.add_method(&dict, "fromkeys", dict_fromkeys, MethodKind::Class);
    vm.set_type_attr(&dict, "__hash__", Value::None);

    for view in [
        vm.types.dict_keys.clone(),
        vm.types.dict_values.clone(),
        vm.types.dict_items.clone(),
    ] {
        vm.add_method(&view, "__len__", view_len, MethodKind::Instance);
        vm.add_method(&view, "__iter__", view_iter_method, MethodKind::Instance);
        vm.add_method(&view, "__contains__", view_contains, MethodKind::Instance);
        vm.add_method(&view, "__reversed__", view_reversed, MethodKind::Instance);
    }
    for view in [vm.types.dict_keys.clone(), vm.types.dict_items.clone()] {
        vm.add_method(&view, "__and__", view_and, MethodKind::Instance);
        vm.add_method(&view, "isdisjoint", view_isdisjoint, MethodKind::Instance);
        vm.add_method(&view, "__or__", view_or, MethodKind::Instance);
        vm.add_method(&view, "__sub__", view_sub, MethodKind::Instance);
        vm.add_method(&view, "__xor__", view_xor, MethodKind::Instance);
        vm.add_method(
            &view,
            "__eq__",
            super::numbers::cmp_eq,
            MethodKind::Instance,
        );
    }

    let both = [vm.types.set.clone(), vm.types.frozenset.clone()];
    let shared: &[(&'static str, super::functions::NativeFn)] = &[
        ("copy", set_copy),
        ("union", set_union),
        ("intersection", set_intersection),
        ("difference", set_difference),
        ("symmetric_difference", set_symmetric_difference),
        ("issubset", set_issubset),
        ("issuperset", set_issuperset),
        ("isdisjoint", set_isdisjoint),
        ("__len__", set_len),
        ("__contains__", set_contains_method),
        ("__iter__", set_iter),
        ("__repr__", set_repr),
        ("__or__", set_or),
        ("__and__", set_and),
        ("__sub__", set_sub),
        ("__xor__", set_xor),
        ("__eq__", super::numbers::cmp_eq),
        ("__ne__", super::numbers::cmp_ne),
        ("__lt__", super::numbers::cmp_lt),
        ("__le__", super::numbers::cmp_le),
        ("__gt__", super::numbers::cmp_gt),
        ("__ge__", super::numbers::cmp_ge),
    ];
    for t in &both {
        for (name, f) in shared {
            vm.add_method(t, name, *f, MethodKind::Instance);
        }
        vm.add_method(t, "__new__", set_new, MethodKind::Static);
    }
    let set = vm.types.set.clone();
    let mutating: &[(&'static str, super::functions::NativeFn)] = &[
        ("__init__", set_init),
        ("add", set_add),
        ("discard", set_discard),
        ("remove", set_remove),
        ("pop", set_pop),
        ("clear", set_clear),
        ("update", set_update),
        ("intersection_update", set_intersection_update),
        ("difference_update", set_difference_update),
        (
            "symmetric_difference_update",
            set_symmetric_difference_update,
        ),
        ("__ior__", set_ior),
        ("__iand__", set_iand),
        ("__isub__", set_isub),
        ("__ixor__", set_ixor),
    ];
    for (name, f) in mutating {
        vm.add_method(&set, name, *f, MethodKind::Instance);
    }
    vm.set_type_attr(&set, "__hash__", Value::None);
    let fs = vm.types.frozenset.clone();
    vm.add_method(&fs, "__hash__", frozenset_hash, MethodKind::Instance);
}
