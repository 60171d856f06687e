//! `mappingproxy` (`types.MappingProxyType`, what `cls.__dict__` gives) and the
//! `getset_descriptor`s `__dict__` and `__weakref__` that a class adds for its instances.
//!
//! A proxy holds its target: a class, whose namespace it shows live and read-only, or any
//! mapping. Reading operations work on the target's current contents (for a class, a dict made
//! from its namespace at that moment); the proxy has no `__setitem__`/`__delitem__`, so writing
//! raises CPython's "'mappingproxy' object does not support item assignment".

use std::rc::Rc;

use super::functions::{Args, MethodKind, NativeFn};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::typeobj::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A `getset_descriptor` made by the VM: `__dict__` or `__weakref__` of a class's instances.
pub struct GetSetDescriptor {
    pub name: &'static str,
    /// The class that defines it (`__objclass__`); weak, since the class holds the descriptor.
    pub owner: std::rc::Weak<PyObject>,
}

impl Vm {
    /// `cls.__dict__`: a live read-only view of the class namespace.
    pub fn class_dict_proxy(&self, class: &ObjRef) -> Value {
        Value::obj(PyObject::new(
            self.types.mappingproxy.clone(),
            Payload::MappingProxy(class.clone()),
        ))
    }

    /// What a proxy shows now: the mapping itself, or a dict of a class's namespace.
    pub fn proxy_target(&self, v: &Value) -> Value {
        match v.payload() {
            Some(Payload::MappingProxy(target)) => match target.as_type() {
                Some(t) => {
                    let d = t.attrs.borrow().clone();
                    Value::Obj(self.new_dict_obj(d))
                }
                None => Value::Obj(target.clone()),
            },
            _ => v.clone(),
        }
    }

    /// A `getset_descriptor` named `name` for instances of `owner`.
    pub fn new_getset(&self, name: &'static str, owner: &ObjRef) -> Value {
        Value::obj(PyObject::new(
            self.types.getset_descriptor.clone(),
            Payload::GetSet(Box::new(GetSetDescriptor {
                name,
                owner: Rc::downgrade(owner),
            })),
        ))
    }

    /// Reading a `getset_descriptor` on an instance: its `__dict__`, or None for `__weakref__`
    /// (weak references are not listed on the objects they point to).
    pub fn getset_get(&mut self, d: &GetSetDescriptor, obj: &Value) -> PyResult<Value> {
        if d.name == "__dict__" {
            let name = self.intern("__dict__");
            if let Some(v) = self.native_attr(obj, &name)? {
                return Ok(v);
            }
        }
        Ok(Value::None)
    }
}

/// Whether instances of a class with these bases already get `__dict__` and `__weakref__`
/// from a base (CPython's `tp_dictoffset`/`tp_weaklistoffset` checks in `type_new`).
pub fn inherited_dict_and_weakref(vm: &mut Vm, bases: &[ObjRef]) -> (bool, bool) {
    let (mut dict, mut weak) = (false, false);
    for b in bases {
        let Some(t) = b.as_type() else { continue };
        if t.heap {
            let mut has = |name: &str| {
                matches!(
                    vm.lookup_type(b, name).as_ref().and_then(Value::payload),
                    Some(Payload::GetSet(_))
                )
            };
            dict |= has("__dict__");
            weak |= has("__weakref__");
            // A heap class's own builtin base counts too.
        }
        let layout = t.layout;
        dict |= matches!(
            layout,
            Layout::Exception
                | Layout::Type
                | Layout::Module
                | Layout::ClassMethod
                | Layout::StaticMethod
        );
        // Variable-size objects cannot have weak references; sets and types have their own.
        weak |= matches!(
            layout,
            Layout::Int
                | Layout::Bool
                | Layout::Tuple
                | Layout::Bytes
                | Layout::Set
                | Layout::FrozenSet
                | Layout::Type
                | Layout::Module
        );
    }
    (dict, weak)
}

fn proxy_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("mappingproxy", &args, 2, 2)?;
    let m = args.values[1].clone();
    let is_mapping = matches!(
        m.payload(),
        Some(Payload::Dict(_) | Payload::MappingProxy(_))
    ) || (!matches!(m.payload(), Some(Payload::List(_) | Payload::Tuple(_)))
        && vm.lookup_attr_opt(&m, "keys")?.is_some()
        && vm.lookup_attr_opt(&m, "__getitem__")?.is_some());
    let Value::Obj(target) = m.clone() else {
        return Err(not_mapping(vm, &m));
    };
    if !is_mapping {
        return Err(not_mapping(vm, &m));
    }
    let target = match &target.payload {
        Payload::MappingProxy(inner) => inner.clone(),
        _ => target,
    };
    Ok(Value::obj(PyObject::new(
        vm.types.mappingproxy.clone(),
        Payload::MappingProxy(target),
    )))
}

fn not_mapping(vm: &Vm, m: &Value) -> crate::vm::PyErr {
    vm.type_error(format!(
        "mappingproxy() argument must be a mapping, not {}",
        vm.type_name(m)
    ))
}

/// Calls the target's method `name` with the remaining arguments.
fn forward(vm: &mut Vm, args: Args, name: &str) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    let target = vm.proxy_target(&args.values[0]);
    let method = vm.getattr_str(&target, name)?;
    vm.call(&method, Args::new(args.values[1..].to_vec()))
}

macro_rules! forwarders {
    ($($f:ident => $name:literal),* $(,)?) => {
        $(fn $f(vm: &mut Vm, args: Args) -> PyResult<Value> { forward(vm, args, $name) })*
    };
}

forwarders! {
    proxy_getitem => "__getitem__",
    proxy_get => "get",
    proxy_keys => "keys",
    proxy_values => "values",
    proxy_items => "items",
    proxy_copy => "copy",
    proxy_iter => "__iter__",
    proxy_reversed => "__reversed__",
}

fn proxy_len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = vm.proxy_target(&args.values[0]);
    Ok(Value::Int(vm.len(&target)? as i64))
}

fn proxy_contains(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__contains__", &args, 2, 2)?;
    let target = vm.proxy_target(&args.values[0]);
    Ok(Value::Bool(vm.contains(&target, &args.values[1])?))
}

fn proxy_eq(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__eq__", &args, 2, 2)?;
    let a = vm.proxy_target(&args.values[0]);
    let b = vm.proxy_target(&args.values[1]);
    Ok(Value::Bool(vm.eq(&a, &b)?))
}

fn proxy_ne(vm: &mut Vm, args: Args) -> PyResult<Value> {
    proxy_eq(vm, args).map(|v| Value::Bool(!matches!(v, Value::Bool(true))))
}

fn proxy_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__or__", &args, 2, 2)?;
    let a = vm.proxy_target(&args.values[0]);
    let b = vm.proxy_target(&args.values[1]);
    vm.binary_op(a, b, pyasync_bytecode::BinaryOperator::Or)
}

fn proxy_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__ror__", &args, 2, 2)?;
    let a = vm.proxy_target(&args.values[1]);
    let b = vm.proxy_target(&args.values[0]);
    vm.binary_op(a, b, pyasync_bytecode::BinaryOperator::Or)
}

fn proxy_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = vm.proxy_target(&args.values[0]);
    let inner = vm.repr_string(&target)?;
    Ok(vm.new_str(format!("mappingproxy({inner})")))
}

/// `str(proxy)` is the mapping's own str (CPython's mappingproxy_str).
fn proxy_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = vm.proxy_target(&args.values[0]);
    let s = vm.str_string(&target)?;
    Ok(vm.new_str(s))
}

/// `descr.__get__(obj, type=None)`.
fn getset_dunder_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let descr = args.values[0].clone();
    let obj = &args.values[1];
    match descr.payload() {
        Some(Payload::GetSet(d)) if !obj.is_none() => vm.getset_get(d, obj),
        _ => Ok(descr.clone()),
    }
}

pub fn install(vm: &mut Vm) {
    let getset = vm.types.getset_descriptor.clone();
    vm.add_method(&getset, "__get__", getset_dunder_get, MethodKind::Instance);
    let proxy = vm.types.mappingproxy.clone();
    let methods: &[(&'static str, NativeFn)] = &[
        ("__getitem__", proxy_getitem),
        ("get", proxy_get),
        ("keys", proxy_keys),
        ("values", proxy_values),
        ("items", proxy_items),
        ("copy", proxy_copy),
        ("__iter__", proxy_iter),
        ("__reversed__", proxy_reversed),
        ("__len__", proxy_len),
        ("__contains__", proxy_contains),
        ("__eq__", proxy_eq),
        ("__ne__", proxy_ne),
        ("__or__", proxy_or),
        ("__ror__", proxy_ror),
        ("__repr__", proxy_repr),
        ("__str__", proxy_str),
    ];
    for (name, f) in methods {
        vm.add_method(&proxy, name, *f, MethodKind::Instance);
    }
    vm.add_method(&proxy, "__new__", proxy_new, MethodKind::Static);
    vm.set_type_attr(&proxy, "__hash__", Value::None);
}
