//! The builtin functions and the methods of the builtin types, written in Rust.
//!
//! Each file installs its functions into a type's namespace (as `method_descriptor`s) or into
//! the `builtins` module; [`install`] runs them all when the VM starts.

pub mod arithmetic;
pub mod attrs;
pub mod bytes;
pub mod class;
pub mod codecs;
pub mod descriptors;
pub mod exceptions;
pub mod exec;
pub mod fast_methods;
pub mod float_round;
pub mod functions;
pub mod generators;
pub mod introspection;
pub mod iterators;
pub mod mappingproxy;
pub mod mappings;
pub mod module;
pub mod module_type;
pub mod number_text;
pub mod numbers;
pub mod object;
pub mod range;
pub mod sequences;
pub mod site;
pub mod slots;
pub mod str_split;
pub mod strings;

use std::rc::Rc;

use functions::{BuiltinFunction, MethodDescriptor, MethodKind, NativeFn};

use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::str::str_hash;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Adds a native method to a builtin type's namespace.
    pub fn add_method(
        &mut self,
        class: &ObjRef,
        name: &'static str,
        func: NativeFn,
        kind: MethodKind,
    ) {
        let owner: &'static str = match class.as_type() {
            Some(t) => Box::leak(t.name().into_boxed_str()),
            None => "?",
        };
        let descr = Rc::new(PyObject::new(
            match kind {
                MethodKind::Class => self.types.classmethod_descriptor.clone(),
                _ => self.types.method_descriptor.clone(),
            },
            Payload::MethodDescriptor(Box::new(MethodDescriptor {
                name,
                func,
                kind,
                owner,
                owner_id: Rc::as_ptr(class) as usize,
                fast: None,
            })),
        ));
        self.set_type_attr(class, name, Value::Obj(descr));
    }

    /// Sets an attribute in a type's namespace directly (builtin types are immutable from
    /// Python, but the VM fills them in).
    pub fn set_type_attr(&mut self, class: &ObjRef, name: &str, value: Value) {
        let key = Value::Obj(self.intern(name));
        if let Some(t) = class.as_type() {
            let hash = str_hash(name);
            let mut attrs = t.attrs.borrow_mut();
            match attrs.probe(hash, &key) {
                crate::objects::dict::Probe::Found(i) => {
                    attrs.set_value_at(i, value);
                }
                _ => attrs.push(hash, key, value),
            }
        }
        crate::objects::typeobj::invalidate(class);
    }

    /// A native function object (not bound to anything).
    pub fn new_builtin_function(&self, name: &'static str, func: NativeFn) -> Value {
        Value::obj(PyObject::new(
            self.types.builtin_function.clone(),
            Payload::BuiltinFunction(Box::new(BuiltinFunction {
                name,
                func,
                self_: None,
                owner: None,
            })),
        ))
    }

    /// Adds a native function to a module namespace.
    pub fn add_function(&mut self, namespace: &ObjRef, name: &'static str, func: NativeFn) {
        let f = self.new_builtin_function(name, func);
        let _ = self.dict_set_item_str(namespace, name, f);
    }
}

/// Installs every builtin type's methods and the builtins module.
pub fn install(vm: &mut Vm) {
    class::install(vm);
    object::install(vm);
    descriptors::install(vm);
    numbers::install(vm);
    strings::install(vm);
    sequences::install(vm);
    range::install(vm);
    bytes::install(vm);
    mappings::install(vm);
    mappingproxy::install(vm);
    slots::install(vm);
    fast_methods::install(vm);
    exceptions::install(vm);
    generators::install(vm);
    attrs::install(vm);
    module::install(vm);
    module_type::install(vm);
    site::install(vm);
}
