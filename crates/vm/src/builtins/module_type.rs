//! The `module` type's constructor: `ModuleType(name, doc=None)` (`type(sys)(name)`).

use super::functions::{Args, MethodKind};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn module_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = args.take_kw("name");
    let doc = args.take_kw("doc");
    if args.has_kwargs() {
        return Err(vm.type_error("module() got an unexpected keyword argument"));
    }
    let pos = args.pos().to_vec();
    let Some(name) = name.or_else(|| pos.get(1).cloned()) else {
        return Err(vm.type_error("module.__init__() missing required argument 'name' (pos 1)"));
    };
    let Some(text) = name.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            vm.type_name(&name)
        )));
    };
    let module = vm.new_module(&text, None);
    if let Some(doc) = doc.or_else(|| pos.get(2).cloned()) {
        if let crate::object::Payload::Module(m) = &module.payload {
            let d = m.dict.clone();
            vm.dict_set_item_str(&d, "__doc__", doc)?;
        }
    }
    Ok(Value::Obj(module))
}

fn module_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.module.clone();
    vm.add_method(&t, "__new__", module_new, MethodKind::Static);
    vm.add_method(&t, "__init__", module_init, MethodKind::Instance);
}
