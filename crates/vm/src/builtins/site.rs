//! What CPython's `site` module adds to the builtins: `exit()` and `quit()`, which raise
//! SystemExit with their argument. (CPython's are `Quitter` instances; these are functions.)

use super::functions::Args;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn quitter(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    vm.check_args(name, &args, 0, 1)?;
    let code: Vec<Value> = args.values.first().cloned().into_iter().collect();
    let class = vm.exc.system_exit.clone();
    let exc = vm.call(&Value::Obj(class), Args::new(code))?;
    Err(vm.exception_from_value(exc)?)
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    quitter(vm, args, "exit")
}

fn quit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    quitter(vm, args, "quit")
}

pub fn install(vm: &mut Vm) {
    let builtins = vm.builtins.clone();
    vm.add_function(&builtins, "exit", exit);
    vm.add_function(&builtins, "quit", quit);
}
