//! `property`, `classmethod`, `staticmethod` and `super`.

use std::cell::RefCell;
use std::rc::Rc;

use super::functions::{Args, MethodKind};
use crate::object::{ObjRef, Payload, PyObject, Super};
use crate::objects::function::Property;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn property_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let fget = args.take_kw("fget");
    let fset = args.take_kw("fset");
    let fdel = args.take_kw("fdel");
    let doc = args.take_kw("doc");
    let pos = args.pos().to_vec();
    let get =
        |i: usize, kw: Option<Value>| kw.or_else(|| pos.get(i).cloned()).unwrap_or(Value::None);
    let fget = get(1, fget);
    let doc = match doc.or_else(|| pos.get(4).cloned()) {
        Some(d) if !d.is_none() => d,
        _ => match &fget {
            Value::Obj(_) => vm.lookup_attr_opt(&fget, "__doc__")?.unwrap_or(Value::None),
            _ => Value::None,
        },
    };
    let p = Property {
        fget: RefCell::new(fget),
        fset: RefCell::new(get(2, fset)),
        fdel: RefCell::new(get(3, fdel)),
        doc: RefCell::new(doc),
        name: RefCell::new(Value::None),
    };
    let class = match &cls {
        Value::Obj(c) if c.as_type().is_some() => c.clone(),
        _ => vm.types.property.clone(),
    };
    let dict = if class.as_type().is_some_and(|t| t.heap) {
        Some(vm.new_dict_obj(Default::default()))
    } else {
        None
    };
    let o = Rc::new(PyObject {
        class: Some(class).into(),
        dict: crate::objects::instance::DictSlot::with(dict),
        payload: Payload::Property(Box::new(p)),
    });
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

fn property_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `prop.getter(f)`, `prop.setter(f)`, `prop.deleter(f)`: a copy with one function replaced.
fn property_copy(vm: &mut Vm, args: Args, which: usize) -> PyResult<Value> {
    vm.check_args("setter", &args, 2, 2)?;
    let Some(Payload::Property(p)) = args.values[0].payload() else {
        return Err(vm.type_error("descriptor requires a 'property' object"));
    };
    let f = args.values[1].clone();
    let mut parts = [
        p.fget.borrow().clone(),
        p.fset.borrow().clone(),
        p.fdel.borrow().clone(),
    ];
    parts[which] = f;
    let doc = p.doc.borrow().clone();
    let name = p.name.borrow().clone();
    let class = vm.class_of(&args.values[0]).clone();
    let new = Property {
        fget: RefCell::new(parts[0].clone()),
        fset: RefCell::new(parts[1].clone()),
        fdel: RefCell::new(parts[2].clone()),
        doc: RefCell::new(doc),
        name: RefCell::new(name),
    };
    let o = Rc::new(PyObject::new(class, Payload::Property(Box::new(new))));
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

fn property_getter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 0)
}
fn property_setter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 1)
}
fn property_deleter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    property_copy(vm, args, 2)
}

fn property_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let (p, obj) = (
        args.values.first().cloned().unwrap_or_default(),
        args.values.get(1).cloned().unwrap_or(Value::None),
    );
    if obj.is_none() {
        return Ok(p);
    }
    vm.property_read(&p, &obj)
}

fn property_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__set__", &args, 3, 3)?;
    let Some(Payload::Property(p)) = args.values[0].payload() else {
        return Ok(Value::None);
    };
    let fset = p.fset.borrow().clone();
    if fset.is_none() {
        return Err(vm.attribute_error("can't set attribute"));
    }
    vm.call(
        &fset,
        Args::new([args.values[1].clone(), args.values[2].clone()]),
    )?;
    Ok(Value::None)
}

fn wrapper_new(vm: &mut Vm, args: Args, static_: bool) -> PyResult<Value> {
    let name = if static_ {
        "staticmethod"
    } else {
        "classmethod"
    };
    if args.values.len() != 2 {
        return Err(vm.type_error(format!(
            "{} expected 1 argument, got {}",
            name,
            args.values.len().saturating_sub(1)
        )));
    }
    let f = args.values[1].clone();
    let class = match &args.values[0] {
        Value::Obj(c) if c.as_type().is_some() => c.clone(),
        _ => vm.types.classmethod.clone(),
    };
    let payload = if static_ {
        Payload::StaticMethod(RefCell::new(f.clone()).into())
    } else {
        Payload::ClassMethod(RefCell::new(f.clone()).into())
    };
    let dict = vm.new_dict_obj(Default::default());
    // Like functools.wraps: the wrapper shows the function's name and doc.
    for attr in ["__name__", "__qualname__", "__doc__", "__module__"] {
        if let Ok(Some(v)) = vm.lookup_attr_opt(&f, attr) {
            vm.dict_set_item_str(&dict, attr, v)?;
        }
    }
    let o = Rc::new(PyObject {
        class: Some(class).into(),
        dict: crate::objects::instance::DictSlot::with(Some(dict)),
        payload,
    });
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

fn staticmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, true)
}
fn classmethod_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    wrapper_new(vm, args, false)
}
fn noop_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `classmethod.__get__(obj, type=None)` and `staticmethod.__get__`: what the attribute
/// lookup gives (a method bound to the class, or the function itself).
fn wrapper_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let this = args.values[0].clone();
    match this.payload() {
        Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
        Some(Payload::ClassMethod(f)) => {
            let f = f.borrow().clone();
            let owner = match args.values.get(2) {
                Some(t) if !t.is_none() => t.clone(),
                _ => Value::Obj(vm.class_of(&args.values[1]).clone()),
            };
            Ok(vm.new_bound_method(f, owner))
        }
        _ => Err(vm.type_error("descriptor '__get__' needs a classmethod or staticmethod")),
    }
}

/// `function.__get__(obj, type=None)`: a method bound to obj, or the function itself.
fn function_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let (f, obj) = (args.values[0].clone(), args.values[1].clone());
    if obj.is_none() {
        return Ok(f);
    }
    Ok(vm.new_bound_method(f, obj))
}

/// `staticmethod(f)(...)`: static methods are callable (3.10+).
fn staticmethod_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let this = args.values.remove(0);
    let Some(Payload::StaticMethod(f)) = this.payload() else {
        return Err(vm.type_error("not a staticmethod"));
    };
    let f = f.borrow().clone();
    vm.call(&f, args)
}

/// `super()` with no arguments reads `__class__` and the first argument of the calling
/// frame (CPython's `super_init_without_args`).
fn super_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let pos = args.pos().to_vec();
    let (this, obj) = match pos.len() {
        1 => {
            let Some(frame) = vm.frames.last() else {
                return Err(vm.runtime_error("super(): no current frame"));
            };
            let code = &frame.code.obj;
            if code.arg_count == 0 && code.flags & pyasync_bytecode::code::flags::VARARGS == 0 {
                return Err(vm.runtime_error("super(): no arguments"));
            }
            let first = match frame.fast.first() {
                Some(Value::Obj(o))
                    if matches!(o.payload, Payload::Cell(_)) && !code.cell_params.is_empty() =>
                {
                    match &o.payload {
                        Payload::Cell(c) => c.borrow().clone(),
                        _ => Value::Null,
                    }
                }
                Some(v) => v.clone(),
                None => Value::Null,
            };
            let first = if first.is_null() {
                // The first argument lives in a cell when a closure captures it.
                let cell_index = code
                    .cell_params
                    .iter()
                    .find(|(_, p)| *p == 0)
                    .map(|(c, _)| *c as usize);
                match cell_index.and_then(|c| frame.fast.get(code.varnames.len() + c)) {
                    Some(Value::Obj(o)) => match &o.payload {
                        Payload::Cell(c) => c.borrow().clone(),
                        _ => Value::Null,
                    },
                    _ => Value::Null,
                }
            } else {
                first
            };
            if first.is_null() {
                return Err(vm.runtime_error("super(): arg[0] deleted"));
            }
            let class_slot = code
                .freevars
                .iter()
                .position(|n| n == "__class__")
                .map(|i| code.varnames.len() + code.cellvars.len() + i);
            let Some(slot) = class_slot else {
                return Err(vm.runtime_error("super(): __class__ cell not found"));
            };
            let class = match frame.fast.get(slot).and_then(|c| c.payload()) {
                Some(Payload::Cell(c)) => c.borrow().clone(),
                _ => Value::Null,
            };
            if class.is_null() {
                return Err(vm.runtime_error("super(): empty __class__ cell"));
            }
            (class, first)
        }
        2 => (pos[1].clone(), Value::None),
        3 => (pos[1].clone(), pos[2].clone()),
        _ => return Err(vm.type_error("super() takes at most 2 arguments")),
    };
    let Value::Obj(this) = this else {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&this)
        )));
    };
    if this.as_type().is_none() {
        return Err(vm.type_error(format!(
            "super() argument 1 must be a type, not {}",
            vm.type_name(&Value::Obj(this.clone()))
        )));
    }
    let obj_type = match &obj {
        Value::None => this.clone(),
        Value::Obj(o) if o.as_type().is_some() && crate::objects::typeobj::is_subtype(o, &this) => {
            o.clone()
        }
        _ => {
            let t = vm.class_of(&obj).clone();
            if !crate::objects::typeobj::is_subtype(&t, &this) {
                return Err(
                    vm.type_error("super(type, obj): obj must be an instance or subtype of type")
                );
            }
            t
        }
    };
    let o = Rc::new(PyObject::new(
        vm.types.super_.clone(),
        Payload::Super(Box::new(Super {
            this,
            obj,
            obj_type,
        })),
    ));
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

/// `super().name`: the attribute from the class after `this` in the MRO of `obj_type`
/// (CPython's `super_getattro`); the super object's own attributes otherwise.
pub fn super_getattr(vm: &mut Vm, sup: &Value, name: &ObjRef) -> PyResult<Value> {
    let Some(Payload::Super(s)) = sup.payload() else {
        return Err(vm.type_error("not a super object"));
    };
    let (this, obj, obj_type) = (s.this.clone(), s.obj.clone(), s.obj_type.clone());
    let text = name.str_text();
    match text {
        "__class__" => return Ok(Value::Obj(vm.types.super_.clone())),
        "__thisclass__" => return Ok(Value::Obj(this)),
        "__self__" => return Ok(obj),
        "__self_class__" => {
            return Ok(if obj.is_none() {
                Value::None
            } else {
                Value::Obj(obj_type)
            })
        }
        _ => {}
    }
    let mro = obj_type
        .as_type()
        .map(|t| t.mro.borrow().clone())
        .unwrap_or_default();
    let start = mro
        .iter()
        .position(|c| Rc::ptr_eq(c, &this))
        .map_or(mro.len(), |i| i + 1);
    let hash = crate::objects::str::str_hash(text);
    for c in &mro[start..] {
        let Some(ct) = c.as_type() else { continue };
        if let Some(attr) = ct.own_attr(hash, text) {
            // Bind as the descriptor would for obj (or for the class when obj is a class).
            if obj.is_none()
                || matches!(obj.payload(), Some(Payload::Type(_)))
                    && Rc::ptr_eq(&obj_type, obj.as_obj().unwrap_or(&obj_type))
            {
                return match attr.payload() {
                    Some(Payload::ClassMethod(f)) => {
                        let f = f.borrow().clone();
                        Ok(vm.new_bound_method(f, Value::Obj(obj_type.clone())))
                    }
                    Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
                    Some(Payload::MethodDescriptor(d)) if d.kind == MethodKind::Class => {
                        Ok(vm.bind_native(&attr, Value::Obj(obj_type.clone())))
                    }
                    _ => Ok(attr),
                };
            }
            return vm.descr_get(&attr, &obj, &obj_type);
        }
    }
    Err(vm.attribute_error(format!("'super' object has no attribute '{text}'")))
}

/// `super.__getattribute__(self, name)`.
fn super_getattribute(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__getattribute__", &args, 2, 2)?;
    let Some(name) = args.values[1].as_str().map(str::to_string) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let name = vm.intern(&name);
    super_getattr(vm, &args.values[0], &name)
}

pub fn install(vm: &mut Vm) {
    let t = vm.types.property.clone();
    vm.add_method(&t, "__new__", property_new, MethodKind::Static);
    vm.add_method(&t, "__init__", property_init, MethodKind::Instance);
    vm.add_method(&t, "getter", property_getter, MethodKind::Instance);
    vm.add_method(&t, "setter", property_setter, MethodKind::Instance);
    vm.add_method(&t, "deleter", property_deleter, MethodKind::Instance);
    vm.add_method(&t, "__get__", property_get, MethodKind::Instance);
    vm.add_method(&t, "__set__", property_set, MethodKind::Instance);
    let t = vm.types.staticmethod.clone();
    vm.add_method(&t, "__new__", staticmethod_new, MethodKind::Static);
    vm.add_method(&t, "__init__", noop_init, MethodKind::Instance);
    vm.add_method(&t, "__call__", staticmethod_call, MethodKind::Instance);
    vm.add_method(&t, "__get__", wrapper_get, MethodKind::Instance);
    let t = vm.types.classmethod.clone();
    vm.add_method(&t, "__new__", classmethod_new, MethodKind::Static);
    vm.add_method(&t, "__get__", wrapper_get, MethodKind::Instance);
    vm.add_method(&t, "__init__", noop_init, MethodKind::Instance);
    let t = vm.types.function.clone();
    vm.add_method(&t, "__get__", function_get, MethodKind::Instance);
    let t = vm.types.super_.clone();
    vm.add_method(&t, "__new__", super_new, MethodKind::Static);
    vm.add_method(&t, "__init__", noop_init, MethodKind::Instance);
    vm.add_method(
        &t,
        "__getattribute__",
        super_getattribute,
        MethodKind::Instance,
    );
}
