//! The `gc` module: `collect()`, `enable()`, `disable()`, `isenabled()`.

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn collect(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let n = vm.collect();
    vm.run_pending();
    Ok(Value::Int(n as i64))
}

fn enable(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.gc.enabled.set(true);
    Ok(Value::None)
}

fn disable(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.gc.enabled.set(false);
    Ok(Value::None)
}

fn isenabled(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::Bool(vm.gc.enabled.get()))
}

pub fn init(vm: &mut Vm) -> PyResult<ObjRef> {
    let m = vm.new_module("gc", None);
    if let Payload::Module(md) = &m.payload {
        let d = md.dict.clone();
        vm.add_function(&d, "collect", collect);
        vm.add_function(&d, "enable", enable);
        vm.add_function(&d, "disable", disable);
        vm.add_function(&d, "isenabled", isenabled);
    }
    Ok(m)
}
