//! The lazy iterator types `enumerate`, `zip`, `map`, `filter` and `reversed`: their
//! constructors, and the `__iter__`/`__next__` they share (installed by `sequences.rs`).

use super::functions::Args;
use crate::object::Payload;
use crate::objects::iter::IterState;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(super) fn enumerate_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let start_kw = args.take_kw("start");
    let iterable_kw = args.take_kw("iterable");
    vm.reject_kwargs(&args, "enumerate")?;
    let start = start_kw
        .or_else(|| args.values.get(2).cloned())
        .unwrap_or(Value::Int(0));
    let iterable = iterable_kw.or_else(|| args.values.get(1).cloned());
    let Some(iterable) = iterable else {
        return Err(vm.type_error("enumerate() missing required argument 'iterable'"));
    };
    if !crate::objects::int::is_int(&start) {
        return Err(vm.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            vm.type_name(&start)
        )));
    }
    let iter = vm.get_iter(&iterable)?;
    let class = vm.types.enumerate.clone();
    Ok(vm.new_iterator(&class, IterState::Enumerate { iter, count: start }))
}

pub(super) fn zip_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let n_kw = args.kwnames().len();
    if n_kw > 1 {
        return Err(vm.type_error(format!(
            "zip() takes at most 1 keyword argument ({n_kw} given)"
        )));
    }
    let strict = match args.take_kw("strict") {
        Some(s) => vm.is_true(&s)?,
        None => false,
    };
    vm.reject_kwargs(&args, "zip")?;
    let mut iters = Vec::new();
    for v in args.values[1..].iter() {
        let it = vm.get_iter(v)?;
        iters.push(it);
    }
    let class = vm.types.zip.clone();
    Ok(vm.new_iterator(&class, IterState::Zip { iters, strict }))
}

pub(super) fn map_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() < 3 {
        return Err(vm.type_error("map() must have at least two arguments."));
    }
    let func = args.values[1].clone();
    let mut iters = Vec::new();
    for v in &args.values[2..] {
        iters.push(vm.get_iter(v)?);
    }
    let class = vm.types.map.clone();
    let iters = iters.into_boxed_slice();
    Ok(vm.new_iterator(&class, IterState::Map { func, iters }))
}

pub(super) fn filter_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() != 3 {
        return Err(vm.type_error(format!(
            "filter expected 2 arguments, got {}",
            args.values.len() - 1
        )));
    }
    let iter = vm.get_iter(&args.values[2])?;
    let class = vm.types.filter.clone();
    Ok(vm.new_iterator(
        &class,
        IterState::Filter {
            func: args.values[1].clone(),
            iter,
        },
    ))
}

pub(super) fn reversed_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() != 2 {
        return Err(vm.type_error(format!(
            "reversed expected 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    let seq = args.values[1].clone();
    let class = vm.class_of(&seq).clone();
    if let Some(r) = vm.lookup_type(&class, "__reversed__") {
        if !r.is_none() {
            return vm.call(&r, Args::new([seq]));
        }
    }
    match seq.payload() {
        Some(Payload::Dict(_)) | Some(Payload::DictView(..)) => {}
        _ => {}
    }
    if vm.lookup_type(&class, "__getitem__").is_none()
        || vm.lookup_type(&class, "__len__").is_none()
    {
        return Err(vm.type_error(format!("'{}' object is not reversible", vm.type_name(&seq))));
    }
    let n = vm.len(&seq)? as isize;
    let rc = vm.types.reversed.clone();
    Ok(vm.new_iterator(&rc, IterState::Reversed { seq, index: n - 1 }))
}

pub(super) fn iter_self(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

pub(super) fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match vm.iter_next(&args.values[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}
