//! The methods every object inherits from `object` (CPython's `object_methods` and the
//! generic slots of `Objects/typeobject.c`): attribute access, comparison, hashing, repr/str,
//! format and `__init_subclass__`.
//!
//! The VM's fast paths (`Vm::getattr`, `Vm::repr`, `rich_compare`, ...) do the default work
//! natively and skip these descriptors when they find them; they exist so that Python code can
//! reach the defaults explicitly: `object.__getattribute__(self, name)`,
//! `super().__setattr__(name, value)`, `super().__init_subclass__(**kw)`, `object.__eq__(a, b)`.

use super::functions::{Args, MethodKind};
use crate::object::ObjRef;
use crate::ops::compare::dunder;
use crate::ops::hash::pointer_hash;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyasync_bytecode::ComparisonOperator as Op;

/// The attribute name argument, which must be a str.
fn name_arg(vm: &mut Vm, v: &Value) -> PyResult<ObjRef> {
    match v.as_str() {
        Some(s) => Ok(vm.intern(s)),
        None => Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `object.__getattribute__(self, name)`: the generic lookup, without `__getattr__`.
fn object_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__getattribute__", &args, 2, 2)?;
    let obj = args.values[0].clone();
    let name = name_arg(vm, &args.values[1])?;
    let class = vm.class_of(&obj).clone();
    match vm.generic_getattr(&obj, &class, &name)? {
        Some(v) => Ok(v),
        None => Err(vm.no_attribute(&obj, &name)),
    }
}

/// `object.__setattr__(self, name, value)`.
fn object_setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__setattr__", &args, 3, 3)?;
    let obj = args.values[0].clone();
    let name = name_arg(vm, &args.values[1])?;
    let class = vm.class_of(&obj).clone();
    vm.generic_setattr(&obj, &class, &name, Some(args.values[2].clone()))?;
    Ok(Value::None)
}

/// `object.__delattr__(self, name)`.
fn object_delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__delattr__", &args, 2, 2)?;
    let obj = args.values[0].clone();
    let name = name_arg(vm, &args.values[1])?;
    let class = vm.class_of(&obj).clone();
    vm.generic_setattr(&obj, &class, &name, None)?;
    Ok(Value::None)
}

/// `object.__eq__`: identity, else NotImplemented.
fn object_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__eq__", &args, 2, 2)?;
    Ok(if args.values[0].is(&args.values[1]) {
        Value::Bool(true)
    } else {
        vm.not_implemented()
    })
}

/// `object.__ne__`: the inverse of `self.__eq__(other)` unless that is NotImplemented.
fn object_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__ne__", &args, 2, 2)?;
    let (a, b) = (args.values[0].clone(), args.values[1].clone());
    let class = vm.class_of(&a).clone();
    let eq = match vm.lookup_type(&class, dunder(Op::Equal)) {
        Some(eq) => vm.call(&eq, Args::new([a.clone(), b.clone()]))?,
        None => vm.not_implemented(),
    };
    if vm.is_not_implemented(&eq) {
        return Ok(eq);
    }
    Ok(Value::Bool(!vm.is_true(&eq)?))
}

/// `object.__lt__` and the other orderings: NotImplemented.
fn object_order(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("comparison", &args, 2, 2)?;
    Ok(vm.not_implemented())
}

fn object_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__hash__", &args, 1, 1)?;
    Ok(Value::Int(pointer_hash(args.values[0].identity())))
}

fn object_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__repr__", &args, 1, 1)?;
    let s = vm.object_repr(&args.values[0]);
    Ok(vm.new_str(s))
}

/// `object.__str__`: `repr(self)`, which may be the class's own `__repr__`.
fn object_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__str__", &args, 1, 1)?;
    Ok(Value::Obj(vm.repr(&args.values[0])?))
}

/// `object.__format__(self, spec)`: `str(self)` for an empty spec, TypeError otherwise.
fn object_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__format__", &args, 2, 2)?;
    let spec = match args.values[1].as_str() {
        Some(s) => s.to_string(),
        None => {
            return Err(vm.type_error(format!(
                "__format__() argument must be str, not {}",
                vm.type_name(&args.values[1])
            )))
        }
    };
    if !spec.is_empty() {
        return Err(vm.type_error(format!(
            "unsupported format string passed to {}.__format__",
            vm.type_name(&args.values[0])
        )));
    }
    Ok(Value::Obj(vm.str(&args.values[0])?))
}

/// `object.__init_subclass__()`: accepts no arguments (the class comes bound).
fn object_init_subclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        let name = args
            .values
            .first()
            .and_then(|c| c.as_obj())
            .and_then(|c| c.as_type())
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_else(|| "object".to_string());
        let what = if args.has_kwargs() {
            "keyword arguments"
        } else {
            "arguments"
        };
        return Err(vm.type_error(format!("{name}.__init_subclass__() takes no {what}")));
    }
    Ok(Value::None)
}

fn object_subclasshook(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(vm.not_implemented())
}

pub fn install(vm: &mut Vm) {
    let object = vm.types.object.clone();
    let methods: &[(&'static str, super::functions::NativeFn)] = &[
        ("__getattribute__", object_getattribute),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__lt__", object_order),
        ("__le__", object_order),
        ("__gt__", object_order),
        ("__ge__", object_order),
        ("__hash__", object_hash),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__format__", object_format),
    ];
    for (name, f) in methods {
        vm.add_method(&object, name, *f, MethodKind::Instance);
    }
    vm.add_method(
        &object,
        "__init_subclass__",
        object_init_subclass,
        MethodKind::Class,
    );
    vm.add_method(
        &object,
        "__subclasshook__",
        object_subclasshook,
        MethodKind::Class,
    );
}
