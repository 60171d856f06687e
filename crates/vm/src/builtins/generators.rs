//! Methods of generators, coroutines and async generators, and of the awaitables around
//! them. From Python code, `send`/`__next__`/`throw` on a generator or coroutine do not get
//! here: the eval loop resumes the frame directly (see `eval/call.rs`); these are the paths
//! for calls from Rust and for the rarer methods.

use super::functions::{Args, MethodKind};
use crate::eval::resume::{close, Action};
use crate::eval::Outcome;
use crate::object::{ObjRef, Payload};
use crate::objects::generator::GenKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn gen_of(vm: &Vm, v: &Value, method: &str) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(o.payload, Payload::Generator(_)) => Ok(o.clone()),
        _ => Err(vm.type_error(format!("descriptor '{method}' requires a generator"))),
    }
}

/// The type name CPython puts in a method's argument-count message (`coroutine.send()`).
fn owner_name(vm: &Vm, v: &Value) -> String {
    vm.type_name(v).to_string()
}

/// `X.method() takes exactly one argument (N given)` (CPython's METH_O check).
fn one_arg(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    if args.values.len() == 2 && !args.has_kwargs() {
        return Ok(());
    }
    let owner = owner_name(vm, &args.values[0]);
    Err(vm.type_error(format!(
        "{owner}.{method}() takes exactly one argument ({} given)",
        args.values.len().saturating_sub(1)
    )))
}

/// `X.method() takes no arguments (N given)` (CPython's METH_NOARGS check).
fn no_args(vm: &Vm, args: &Args, method: &str) -> PyResult<()> {
    if args.values.len() == 1 && !args.has_kwargs() {
        return Ok(());
    }
    let owner = owner_name(vm, &args.values[0]);
    Err(vm.type_error(format!(
        "{owner}.{method}() takes no arguments ({} given)",
        args.values.len().saturating_sub(1)
    )))
}

/// `expected 0 arguments, got N` (the check of slot wrappers such as `__await__`).
fn slot_no_args(vm: &Vm, args: &Args) -> PyResult<()> {
    if args.values.len() == 1 && !args.has_kwargs() {
        return Ok(());
    }
    Err(vm.type_error(format!(
        "expected 0 arguments, got {}",
        args.values.len().saturating_sub(1)
    )))
}

fn outcome(vm: &mut Vm, r: PyResult<Outcome>) -> PyResult<Value> {
    match r? {
        Outcome::Yielded(v) => Ok(v),
        Outcome::Returned(v) => Err(vm.stop_iteration(v)),
    }
}

fn gen_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg(vm, &args, "send")?;
    let gen = gen_of(vm, &args.values[0], "send")?;
    let r = vm.resume(&gen, Action::Send(args.values[1].clone()));
    outcome(vm, r)
}

fn gen_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_no_args(vm, &args)?;
    let gen = gen_of(vm, &args.values[0], "__next__")?;
    let r = vm.resume(&gen, Action::Send(Value::None));
    outcome(vm, r)
}

fn gen_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() < 2 || args.values.len() > 4 {
        return Err(vm.type_error(format!(
            "throw expected at least 1 argument, got {}",
            args.values.len().saturating_sub(1)
        )));
    }
    let gen = gen_of(vm, &args.values[0], "throw")?;
    let err = vm.throw_args_to_exception(&args.values[1..])?;
    let r = vm.resume(&gen, Action::Throw(err));
    outcome(vm, r)
}

fn gen_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "close")?;
    let gen = gen_of(vm, &args.values[0], "close")?;
    close(vm, &gen)
}

fn gen_iter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn coro_await(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_no_args(vm, &args)?;
    let gen = gen_of(vm, &args.values[0], "__await__")?;
    Ok(vm.coroutine_wrapper(&gen))
}

fn wrapper_target(vm: &Vm, v: &Value) -> PyResult<Value> {
    match v.payload() {
        Some(Payload::CoroutineWrapper(c)) => Ok(Value::Obj(c.clone())),
        _ => Err(vm.type_error("not a coroutine wrapper")),
    }
}

fn wrapper_send(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let target = wrapper_target(vm, &args.values[0])?;
    args.values[0] = target;
    gen_send(vm, args)
}

fn wrapper_next(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let target = wrapper_target(vm, &args.values[0])?;
    args.values[0] = target;
    gen_next(vm, args)
}

fn wrapper_throw(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let target = wrapper_target(vm, &args.values[0])?;
    args.values[0] = target;
    gen_throw(vm, args)
}

fn wrapper_close(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let target = wrapper_target(vm, &args.values[0])?;
    args.values[0] = target;
    gen_close(vm, args)
}

// ---- async generators ------------------------------------------------------------------------

fn agen_of(vm: &Vm, v: &Value) -> PyResult<ObjRef> {
    match v {
        Value::Obj(o) if matches!(&o.payload, Payload::Generator(g) if g.kind == GenKind::AsyncGenerator) => {
            Ok(o.clone())
        }
        _ => Err(vm.type_error("not an async generator")),
    }
}

fn agen_anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    slot_no_args(vm, &args)?;
    let g = agen_of(vm, &args.values[0])?;
    vm.async_gen_asend(&g, Value::None)
}

fn agen_asend(vm: &mut Vm, args: Args) -> PyResult<Value> {
    one_arg(vm, &args, "asend")?;
    let g = agen_of(vm, &args.values[0])?;
    vm.async_gen_asend(&g, args.values[1].clone())
}

fn agen_athrow(vm: &mut Vm, args: Args) -> PyResult<Value> {
    // CPython checks the arguments when the awaitable runs (`athrow()` alone is accepted).
    if args.values.len() > 4 {
        return Err(vm.type_error(format!(
            "athrow expected at least 1 argument, got {}",
            args.values.len().saturating_sub(1)
        )));
    }
    let g = agen_of(vm, &args.values[0])?;
    let exc = vm.new_tuple(args.values[1..].to_vec());
    vm.async_gen_athrow(&g, exc)
}

fn agen_aclose(vm: &mut Vm, args: Args) -> PyResult<Value> {
    no_args(vm, &args, "aclose")?;
    let g = agen_of(vm, &args.values[0])?;
    vm.async_gen_aclose(&g)
}

fn agen_aiter(_vm: &mut Vm, args: Args) -> PyResult<Value> {
    Ok(args.values[0].clone())
}

fn aw_send(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("send", &args, 2, 2)?;
    vm.agen_awaitable_send(&args.values[0], args.values[1].clone())
}

fn aw_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.agen_awaitable_send(&args.values[0], Value::None)
}

fn aw_throw(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let aw = args.values[0].clone();
    vm.agen_awaitable_throw(&aw, &args.values[1..])
}

fn aw_close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.agen_awaitable_close(&args.values[0]);
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.generator.clone();
    vm.add_method(&t, "send", gen_send, MethodKind::Instance);
    vm.add_method(&t, "__next__", gen_next, MethodKind::Instance);
    vm.add_method(&t, "throw", gen_throw, MethodKind::Instance);
    vm.add_method(&t, "close", gen_close, MethodKind::Instance);
    vm.add_method(&t, "__iter__", gen_iter, MethodKind::Instance);
    let t = vm.types.coroutine.clone();
    vm.add_method(&t, "send", gen_send, MethodKind::Instance);
    vm.add_method(&t, "throw", gen_throw, MethodKind::Instance);
    vm.add_method(&t, "close", gen_close, MethodKind::Instance);
    vm.add_method(&t, "__await__", coro_await, MethodKind::Instance);
    let t = vm.types.coroutine_wrapper.clone();
    vm.add_method(&t, "send", wrapper_send, MethodKind::Instance);
    vm.add_method(&t, "__next__", wrapper_next, MethodKind::Instance);
    vm.add_method(&t, "throw", wrapper_throw, MethodKind::Instance);
    vm.add_method(&t, "close", wrapper_close, MethodKind::Instance);
    vm.add_method(&t, "__iter__", gen_iter, MethodKind::Instance);
    let t = vm.types.async_generator.clone();
    vm.add_method(&t, "__anext__", agen_anext, MethodKind::Instance);
    vm.add_method(&t, "__aiter__", agen_aiter, MethodKind::Instance);
    vm.add_method(&t, "asend", agen_asend, MethodKind::Instance);
    vm.add_method(&t, "athrow", agen_athrow, MethodKind::Instance);
    vm.add_method(&t, "aclose", agen_aclose, MethodKind::Instance);
    for t in [
        vm.types.async_generator_asend.clone(),
        vm.types.async_generator_athrow.clone(),
    ] {
        vm.add_method(&t, "send", aw_send, MethodKind::Instance);
        vm.add_method(&t, "__next__", aw_next, MethodKind::Instance);
        vm.add_method(&t, "throw", aw_throw, MethodKind::Instance);
        vm.add_method(&t, "close", aw_close, MethodKind::Instance);
        vm.add_method(&t, "__iter__", gen_iter, MethodKind::Instance);
        vm.add_method(&t, "__await__", gen_iter, MethodKind::Instance);
    }
}
