//! `Code`: a compiled [`CodeObject`] made ready to run. Its constants are objects and its names
//! are interned strings, converted once when the code is loaded rather than on each use.

use std::rc::Rc;

use pyasync_bytecode::{CodeObject, Constant};

use crate::object::ObjRef;
use crate::value::Value;
use crate::vm::Vm;

pub struct Code {
    pub obj: Rc<CodeObject>,
    pub consts: Box<[Value]>,
    /// `co_names` as interned str objects.
    pub names: Box<[ObjRef]>,
    /// `co_varnames` as interned str objects (keyword arguments match against them).
    pub varnames: Box<[ObjRef]>,
    /// The code's name and qualified name as str objects.
    pub name: ObjRef,
    pub qualname: ObjRef,
}

impl Code {
    /// Converts a compiled code object, and every code object nested in its constants.
    pub fn load(vm: &mut Vm, obj: Rc<CodeObject>) -> Rc<Code> {
        let consts = obj
            .constants
            .iter()
            .map(|c| constant_value(vm, c))
            .collect();
        let names = obj.names.iter().map(|n| vm.intern(n)).collect();
        let varnames = obj.varnames.iter().map(|n| vm.intern(n)).collect();
        let name = vm.intern(&obj.name);
        let qualname = vm.intern(&obj.qualname);
        Rc::new(Code {
            obj,
            consts,
            names,
            varnames,
            name,
            qualname,
        })
    }
}

/// A constant as a Python value (nested code objects are loaded recursively).
pub fn constant_value(vm: &mut Vm, c: &Constant) -> Value {
    match c {
        Constant::None => Value::None,
        Constant::Bool(b) => Value::Bool(*b),
        Constant::Int(i) => Value::Int(*i),
        Constant::BigInt(digits) => vm.int_from_decimal(digits),
        Constant::Float(f) => Value::Float(*f),
        Constant::Complex { real, imag } => vm.new_complex(*real, *imag),
        Constant::Str(s) => {
            // Identifier-like literals are interned, as CPython does.
            if s.len() <= 32 && s.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'_') {
                Value::Obj(vm.intern(s))
            } else {
                vm.new_str(s.as_str())
            }
        }
        Constant::Bytes(b) => vm.new_bytes(b.clone()),
        Constant::Tuple(items) => {
            let values: Vec<Value> = items.iter().map(|i| constant_value(vm, i)).collect();
            vm.new_tuple(values)
        }
        Constant::Ellipsis => vm.ellipsis(),
        Constant::Code(inner) => {
            let code = Code::load(vm, inner.clone());
            vm.new_code_object(code)
        }
    }
}
