//! `_types`: the native half of the `types` module (`stdlib/python/types.py`). It holds what
//! Python code cannot do here: flagging a generator function's code as an iterable coroutine,
//! which is what `types.coroutine` does (CPython assigns `func.__code__` a copy with
//! `CO_ITERABLE_COROUTINE` set; our functions' code is fixed, so we return a copy of the
//! function instead, with the same attributes).

use std::cell::RefCell;
use std::rc::Rc;

use pyasync_bytecode::code::flags;

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::function::Function;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// `_types.iterable_coroutine(func)`: `func` with its code flagged `CO_ITERABLE_COROUTINE`.
fn iterable_coroutine(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("iterable_coroutine", &args, 1, 1)?;
    let func = args.values[0].clone();
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("iterable_coroutine() expects a function"));
    };
    let code = f
        .code
        .with_flags(f.code.obj.flags | flags::ITERABLE_COROUTINE);
    let copy = Function {
        exact_args: Function::exact_args_for(&code, &f.closure),
        code,
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        name: RefCell::new(f.name.borrow().clone()),
        qualname: RefCell::new(f.qualname.borrow().clone()),
        defaults: RefCell::new(f.defaults.borrow().clone()),
        kwdefaults: RefCell::new(f.kwdefaults.borrow().clone()),
        closure: f.closure.clone(),
        annotations: RefCell::new(f.annotations.borrow().clone()),
        doc: RefCell::new(f.doc.borrow().clone()),
        module: RefCell::new(f.module.borrow().clone()),
        dict: RefCell::new(f.dict.borrow().clone()),
    };
    let o = Rc::new(PyObject::new(
        vm.types.function.clone(),
        Payload::Function(Box::new(copy).into()),
    ));
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("_types", None);
    if let Payload::Module(md) = &m.payload {
        let d = md.dict.clone();
        vm.add_function(&d, "iterable_coroutine", iterable_coroutine);
    }
    Ok(m)
}

/// `module.__new__(cls, name, doc=None)`: `types.ModuleType("name")`.
fn module_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let n = args.n_pos();
    if !(2..=3).contains(&n) || args.has_kwargs() {
        return Err(vm.type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            n.saturating_sub(1)
        )));
    }
    let Some(name) = args.values[1].as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&args.values[1])
        )));
    };
    let m = vm.new_module(&name, None);
    if n == 3 {
        if let Payload::Module(md) = &m.payload {
            let d = md.dict.clone();
            vm.dict_set_item_str(&d, "__doc__", args.values[2].clone())?;
        }
    }
    Ok(Value::Obj(m))
}

/// Gives the module type its constructor.
pub fn install(vm: &mut Vm) {
    let module_type = vm.types.module.clone();
    vm.add_method(
        &module_type,
        "__new__",
        module_new,
        crate::builtins::functions::MethodKind::Static,
    );
    let method_type = vm.types.method.clone();
    vm.add_method(
        &method_type,
        "__new__",
        method_new,
        crate::builtins::functions::MethodKind::Static,
    );
}

/// `method.__new__(cls, function, instance)`: `types.MethodType(f, obj)`.
fn method_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.n_pos() != 3 || args.has_kwargs() {
        return Err(vm.type_error(format!(
            "method expected 2 arguments, got {}",
            args.n_pos().saturating_sub(1)
        )));
    }
    let func = args.values[1].clone();
    if !vm.is_callable(&func) {
        return Err(vm.type_error("first argument must be callable"));
    }
    let instance = args.values[2].clone();
    if instance.is_none() {
        return Err(vm.type_error("instance must not be None"));
    }
    Ok(vm.new_bound_method(func, instance))
}
