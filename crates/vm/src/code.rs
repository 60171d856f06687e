//! `Code`: a compiled [`CodeObject`] made ready to run. Its constants are objects and its names
//! are interned strings, converted once when the code is loaded rather than on each use.
//!
//! It also carries what the eval loop's fast paths need, worked out once: a copy of the
//! instructions (one pointer less to follow per instruction), whether a call can bind its
//! arguments by moving them into the first slots ([`Code::simple_args`]), and one
//! `LoadGlobal` cache entry per name (see [`GlobalCache`]).

use std::cell::Cell;
use std::rc::Rc;

use pyasync_bytecode::code::{flags, ExceptionEntry};
use pyasync_bytecode::{CodeObject, Constant, Instruction};

use crate::object::ObjRef;
use crate::ops::attr_cache::AttrCache;
use crate::value::Value;
use crate::vm::Vm;

pub struct Code {
    pub obj: Rc<CodeObject>,
    /// `obj.instructions`, held here so the loop reaches them through one pointer.
    pub instructions: Box<[Instruction]>,
    /// A plain function: no `*args`, `**kwargs`, keyword-only parameters or cells, and not a
    /// generator or coroutine. Calling it with positional arguments only is moving them into
    /// the first slots (then defaults, then the closure's cells).
    pub simple_args: bool,
    /// Plain but for `*args` (`def __exit__(self, *exc)`): the extra positional arguments
    /// go into a tuple in the slot after the named parameters.
    pub simple_varargs: bool,
    /// What a call reads from `obj`, here to save it a pointer: `co_argcount`, the number of
    /// locals (`co_varnames`), of fast slots (locals, cells, free variables) and the stack
    /// depth.
    pub arg_count: u32,
    pub nlocals: u32,
    pub fast_slots: u32,
    pub max_stack: u32,
    /// The exception table (`obj.exception_table`), and for each instruction the position in
    /// it plus one of the entry covering it (0: none), so that finding a handler is one
    /// lookup (see [`Code::handler_for`]); empty when the code has no handlers.
    pub exception_table: Box<[ExceptionEntry]>,
    pub handler_index: Box<[u32]>,
    /// One `LoadGlobal` cache entry per entry of `names`.
    pub global_cache: Box<[Cell<GlobalCache>]>,
    /// One `LoadAttr`/`StoreAttr`/`LoadMethod` cache entry per entry of `names`.
    pub attr_cache: Box<[Cell<AttrCache>]>,
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
        Code::assemble(obj, consts, names, varnames, name, qualname)
    }

    /// A copy of this code with other flags (`types.coroutine` adds `CO_ITERABLE_COROUTINE`);
    /// constants and names are shared, the caches start empty.
    pub fn with_flags(&self, flags: u32) -> Rc<Code> {
        let mut obj = (*self.obj).clone();
        obj.flags = flags;
        Code::assemble(
            Rc::new(obj),
            self.consts.clone(),
            self.names.clone(),
            self.varnames.clone(),
            self.name.clone(),
            self.qualname.clone(),
        )
    }

    /// The exception handler covering instruction `index`, if any (what
    /// `CodeObject::handler_for` finds by binary search).
    #[inline]
    pub fn handler_for(&self, index: u32) -> Option<&ExceptionEntry> {
        match self.handler_index.get(index as usize) {
            Some(&k) if k > 0 => self.exception_table.get(k as usize - 1),
            _ => None,
        }
    }

    fn assemble(
        obj: Rc<CodeObject>,
        consts: Box<[Value]>,
        names: Box<[ObjRef]>,
        varnames: Box<[ObjRef]>,
        name: ObjRef,
        qualname: ObjRef,
    ) -> Rc<Code> {
        let not_simple = flags::VARARGS
            | flags::VARKEYWORDS
            | flags::GENERATOR
            | flags::COROUTINE
            | flags::ASYNC_GENERATOR;
        let plain = obj.kwonly_arg_count == 0 && obj.cellvars.is_empty();
        let simple_args = obj.flags & not_simple == 0 && plain;
        let simple_varargs = obj.flags & not_simple == flags::VARARGS && plain;
        let mut handler_index = Vec::new();
        if !obj.exception_table.is_empty() {
            handler_index = vec![0u32; obj.instructions.len()];
            for (k, e) in obj.exception_table.iter().enumerate() {
                let end = (e.end as usize).min(handler_index.len());
                for slot in handler_index.iter_mut().take(end).skip(e.start as usize) {
                    *slot = k as u32 + 1;
                }
            }
        }
        Rc::new(Code {
            exception_table: obj.exception_table.clone().into_boxed_slice(),
            handler_index: handler_index.into_boxed_slice(),
            instructions: obj.instructions.clone().into_boxed_slice(),
            simple_args,
            simple_varargs,
            arg_count: obj.arg_count,
            nlocals: obj.varnames.len() as u32,
            fast_slots: obj.fast_slots() as u32,
            max_stack: obj.max_stack,
            global_cache: vec![Cell::new(GlobalCache::default()); obj.names.len()].into(),
            attr_cache: vec![Cell::new(AttrCache::default()); obj.names.len()].into(),
            obj,
            consts,
            names,
            varnames,
            name,
            qualname,
        })
    }
}

/// Where `LoadGlobal` last found a name: entry `index` of the globals dict (or, with
/// `in_builtins`, of the builtins dict), valid while those dicts still have the key versions
/// recorded (see `Dict::keys_version`: it changes whenever a key is added or removed, and no
/// two dicts share one). Version 0 never matches, so the default entry is empty.
#[derive(Clone, Copy, Default)]
pub struct GlobalCache {
    pub globals_version: u64,
    pub builtins_version: u64,
    pub index: u32,
    pub in_builtins: bool,
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
