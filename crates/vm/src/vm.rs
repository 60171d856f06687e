//! The virtual machine: the state one Python program runs in (builtin types, modules, the
//! frame stack, the handled-exception stack, the interned names), and the constructors and
//! error helpers every other part uses.

use std::collections::HashMap;
use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::code::Code;
use crate::frame::Frame;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::exception::{ExceptionData, ExceptionTypes};
use crate::objects::str::PyStr;
use crate::types::Types;
use crate::value::Value;

/// A raised Python exception (an exception instance).
#[derive(Clone)]
pub struct PyErr(pub ObjRef);

impl std::fmt::Debug for PyErr {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let class = self
            .0
            .class
            .as_ref()
            .and_then(|c| c.as_type().map(|t| t.name()))
            .unwrap_or_default();
        write!(f, "PyErr({class})")
    }
}

pub type PyResult<T = Value> = Result<T, PyErr>;

/// One entry of the method cache (see `Vm::lookup_type`).
#[derive(Clone, Default)]
pub(crate) struct CacheEntry {
    pub version: u32,
    pub name: usize,
    pub value: Option<Value>,
}

pub(crate) const METHOD_CACHE_SIZE: usize = 4096;

pub struct Vm {
    pub types: Types,
    pub exc: ExceptionTypes,
    /// The `builtins` module and its namespace.
    pub builtins_module: ObjRef,
    pub builtins: ObjRef,
    /// `sys.modules`.
    pub modules: ObjRef,
    pub sys_module: ObjRef,
    pub none_singleton: ObjRef,
    pub not_implemented: ObjRef,
    pub ellipsis_obj: ObjRef,
    /// The empty tuple: one object, as in CPython (`() is ()`), so that `raise ValueError`,
    /// a call without arguments and the like make none.
    pub empty_tuple: ObjRef,
    /// Small tuples of atoms kept for reuse (`objects/tuple.rs`).
    pub(crate) spare_tuples: crate::objects::tuple::SpareTuples,
    interned: crate::fasthash::FastMap<Box<str>, ObjRef>,
    /// Names the VM looks up itself, interned at start-up.
    pub names: crate::names::Names,
    /// The frames of every run in progress; the innermost is last.
    /// Boxed: a frame moves between this stack, its generator and the pool as one pointer.
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    /// Spare frames, reused so that a call allocates nothing.
    #[allow(clippy::vec_box)]
    pub(crate) frame_pool: Vec<Box<Frame>>,
    /// Spare chain buffers (see `eval/chain.rs`), reused so that suspending a chain of
    /// awaits allocates nothing.
    #[allow(clippy::vec_box)]
    pub(crate) chain_pool: Vec<Box<crate::objects::generator::Chain>>,
    /// The exception being handled (`sys.exc_info()`), one entry for the base of the thread
    /// and one per running generator; `Value::None` when none is.
    pub exc_stack: Vec<Value>,
    pub recursion_limit: usize,
    /// Nested runs of the eval loop from Rust (native code calling back into Python).
    pub(crate) native_depth: usize,
    pub(crate) method_cache: Vec<CacheEntry>,
    /// Source text of every file run or imported, for tracebacks.
    pub sources: HashMap<String, Rc<str>>,
    /// `sys.argv`.
    pub argv: Vec<String>,
    pub(crate) gc: crate::gc::GcState,
    /// Output buffered for `sys.stdout` when it is the process's standard output.
    pub(crate) stdout_buf: Vec<u8>,
    pub(crate) stdout_is_tty: bool,
    /// Python-source modules bundled into the binary, by name.
    pub frozen: HashMap<&'static str, &'static str>,
    /// Modules written in Rust, by name: their initializers.
    pub native_modules: HashMap<&'static str, fn(&mut Vm) -> PyResult<ObjRef>>,
    /// Warnings already shown (the "default" action shows each location once).
    pub(crate) warnings_shown: std::collections::HashSet<String>,
    /// The `-W`/`simplefilter` actions in force, most recent first.
    pub warning_filters: Vec<crate::stdlib::warnings::Filter>,
    pub(crate) stack_limit: usize,
    /// Objects whose repr is being computed (to print `[...]` for self-references).
    pub(crate) repr_stack: Vec<usize>,
    /// One-character ASCII strings, made on first use.
    pub(crate) char_cache: Vec<Option<ObjRef>>,
    /// `sys.set_asyncgen_hooks`: (firstiter, finalizer).
    pub asyncgen_hooks: (Value, Value),
    /// The coroutine function behind `anext(it, default)`.
    pub(crate) anext_default: Value,
    /// The class of what `sys.get_asyncgen_hooks()` returns (a named tuple).
    pub(crate) asyncgen_hooks_type: Value,
    /// The helper behind `type.__or__` (`int | str`), written in Python.
    pub(crate) type_union: Value,
    /// `types.GenericAlias` (`list[int]`), written in Python.
    pub(crate) generic_alias_type: Value,
    /// `io.UnsupportedOperation`, written in Python.
    pub(crate) io_unsupported_operation: Value,
    /// Modules whose code is running (CPython's `__spec__._initializing`).
    pub(crate) initializing_modules: Vec<String>,
    /// The generator fold in progress (`sum(g)`, `list(g)`; see `eval/fold.rs`).
    pub(crate) fold: crate::eval::fold::Fold,
}

impl Vm {
    /// A fresh interpreter with the builtins and core modules installed.
    pub fn new() -> Vm {
        let types = Types::create();
        let exc = ExceptionTypes::create(&types.type_, &types.object);
        let mk = |class: &ObjRef, payload| Rc::new(PyObject::new(class.clone(), payload));
        let none_singleton = mk(&types.none_type, Payload::Plain);
        let not_implemented = mk(&types.not_implemented_type, Payload::NotImplemented);
        let ellipsis_obj = mk(&types.ellipsis_type, Payload::Ellipsis);
        let empty_tuple = mk(
            &types.tuple,
            Payload::Tuple(crate::gc_slot::Traced::new(Box::new([]))),
        );
        let placeholder_dict = mk(&types.dict, Payload::Dict(Default::default()));
        let mut interned = Default::default();
        let names = crate::names::Names::new(&mut interned, &types.str);
        let mut vm = Vm {
            builtins_module: placeholder_dict.clone(),
            builtins: placeholder_dict.clone(),
            modules: placeholder_dict.clone(),
            sys_module: placeholder_dict,
            types,
            exc,
            none_singleton,
            not_implemented,
            ellipsis_obj,
            empty_tuple,
            spare_tuples: Default::default(),
            interned,
            names,
            frames: Vec::new(),
            frame_pool: Vec::new(),
            chain_pool: Vec::new(),
            exc_stack: vec![Value::None],
            recursion_limit: 1000,
            native_depth: 0,
            method_cache: vec![CacheEntry::default(); METHOD_CACHE_SIZE],
            sources: HashMap::new(),
            argv: Vec::new(),
            gc: crate::gc::GcState::new(),
            stdout_buf: Vec::new(),
            stdout_is_tty: false,
            frozen: HashMap::new(),
            native_modules: HashMap::new(),
            warnings_shown: Default::default(),
            warning_filters: Vec::new(),
            stack_limit: 0,
            repr_stack: Vec::new(),
            char_cache: vec![None; 128],
            asyncgen_hooks: (Value::None, Value::None),
            anext_default: Value::None,
            asyncgen_hooks_type: Value::None,
            type_union: Value::None,
            generic_alias_type: Value::None,
            io_unsupported_operation: Value::None,
            initializing_modules: Vec::new(),
            fold: Default::default(),
        };
        crate::stdlib::install(&mut vm);
        vm
    }

    // ---- interning and constructors --------------------------------------------------------

    /// The interned str object for `s` (one object per distinct name).
    pub fn intern(&mut self, s: &str) -> ObjRef {
        if let Some(o) = self.interned.get(s) {
            return o.clone();
        }
        let o = Rc::new(PyObject::new(
            self.types.str.clone(),
            Payload::Str(PyStr::new(s)),
        ));
        self.interned.insert(s.into(), o.clone());
        o
    }

    pub fn new_str(&self, s: impl crate::objects::str::IntoText) -> Value {
        Value::Obj(self.new_str_obj(s))
    }

    pub fn new_str_obj(&self, s: impl crate::objects::str::IntoText) -> ObjRef {
        crate::objects::str::str_object(&self.types.str, |d| s.fill(d))
    }

    /// A str object of an already made `PyStr` (see `PyStr::with_char_len`, `substr`).
    #[inline]
    pub fn str_obj(&self, s: PyStr) -> ObjRef {
        Rc::new(PyObject::new(self.types.str.clone(), Payload::Str(s)))
    }

    pub fn new_tuple(&self, items: Vec<Value>) -> Value {
        Value::Obj(self.new_tuple_obj(items))
    }

    pub fn new_tuple_obj(&self, items: Vec<Value>) -> ObjRef {
        if items.is_empty() {
            return self.empty_tuple.clone();
        }
        // A tuple of numbers, strings and None can never be part of a reference cycle, so
        // the collector is not told about it (CPython untracks such tuples too). Most
        // tuples made per call (`*args`, an exception's `args`) are of this kind.
        let atomic = items.iter().all(crate::gc::is_atomic);
        let o = Rc::new(PyObject::new(
            self.types.tuple.clone(),
            Payload::Tuple(items.into_boxed_slice().into()),
        ));
        if !atomic {
            self.gc_track(&o);
        }
        o
    }

    /// A tuple of the top frame's `stack[from..]`, moved off it (a kept one reused when it
    /// can be, see `objects::tuple::SpareTuples`).
    pub(crate) fn tuple_from_stack(&mut self, from: usize) -> Option<ObjRef> {
        let Vm {
            frames,
            spare_tuples,
            types,
            ..
        } = self;
        let stack = &mut frames.last_mut()?.stack;
        if from > stack.len() {
            return None;
        }
        if let Some(t) = spare_tuples.take(stack, from, &types.tuple) {
            return Some(t);
        }
        let items = stack.split_off(from);
        Some(self.new_tuple_obj(items))
    }

    /// The `*args` tuple of a call, as [`Vm::tuple_from_stack`], except that the
    /// `(class, exception, traceback)` an exceptional `__exit__(self, *exc)` receives is not
    /// registered with the collector (see `gc::is_exit_tuple`).
    pub(crate) fn varargs_tuple_from_stack(&mut self, from: usize) -> Option<ObjRef> {
        let stack = &self.frames.last()?.stack;
        if stack.get(from..).is_some_and(crate::gc::is_exit_tuple) {
            let items = self.frames.last_mut()?.stack.split_off(from);
            return Some(Rc::new(PyObject::new(
                self.types.tuple.clone(),
                Payload::Tuple(items.into_boxed_slice().into()),
            )));
        }
        self.tuple_from_stack(from)
    }

    pub fn new_list(&self, items: Vec<Value>) -> Value {
        let o = Rc::new(PyObject::new(
            self.types.list.clone(),
            Payload::List(std::cell::RefCell::new(items).into()),
        ));
        self.gc_track(&o);
        Value::Obj(o)
    }

    pub fn new_dict_obj(&self, d: Dict) -> ObjRef {
        let o = Rc::new(PyObject::new(
            self.types.dict.clone(),
            Payload::Dict(Box::new(std::cell::RefCell::new(d)).into()),
        ));
        self.gc_track(&o);
        o
    }

    pub fn new_dict(&self) -> Value {
        Value::Obj(self.new_dict_obj(Dict::new()))
    }

    pub fn new_bytes(&self, b: Vec<u8>) -> Value {
        Value::obj(PyObject::new(
            self.types.bytes.clone(),
            Payload::Bytes(b.into_boxed_slice()),
        ))
    }

    pub fn new_complex(&self, re: f64, im: f64) -> Value {
        Value::obj(PyObject::new(
            self.types.complex.clone(),
            Payload::Complex { re, im },
        ))
    }

    /// An int from a `BigInt`, inline when it fits.
    pub fn new_int(&self, big: BigInt) -> Value {
        match big.to_i64() {
            Some(i) => Value::Int(i),
            None => Value::obj(PyObject::new(self.types.int.clone(), Payload::Int(big))),
        }
    }

    pub fn int_from_decimal(&self, digits: &str) -> Value {
        match digits.parse::<BigInt>() {
            Ok(b) => self.new_int(b),
            Err(_) => Value::Int(0),
        }
    }

    pub fn new_code_object(&self, code: Rc<Code>) -> Value {
        Value::obj(PyObject::new(self.types.code.clone(), Payload::Code(code)))
    }

    pub fn ellipsis(&self) -> Value {
        Value::Obj(self.ellipsis_obj.clone())
    }

    pub fn not_implemented(&self) -> Value {
        Value::Obj(self.not_implemented.clone())
    }

    pub fn is_not_implemented(&self, v: &Value) -> bool {
        matches!(v, Value::Obj(o) if Rc::ptr_eq(o, &self.not_implemented))
    }

    /// The class of a value.
    #[inline]
    pub fn class_of<'a>(&'a self, v: &'a Value) -> &'a ObjRef {
        match v {
            Value::Int(_) => &self.types.int,
            Value::Float(_) => &self.types.float,
            Value::Bool(_) => &self.types.bool_,
            Value::None | Value::Null => &self.types.none_type,
            Value::Obj(o) => o.class.as_ref().unwrap_or(&self.types.type_),
        }
    }

    /// The `__name__` of a value's class.
    pub fn type_name(&self, v: &Value) -> String {
        self.class_of(v)
            .as_type()
            .map(|t| t.name())
            .unwrap_or_default()
    }

    // ---- errors ------------------------------------------------------------------------------

    /// A new exception instance of `class` with these args (no `__init__` is run).
    pub fn new_exception(&self, class: &ObjRef, args: Vec<Value>) -> ObjRef {
        self.new_exception_with_args(class, self.new_tuple(args))
    }

    /// [`Vm::new_exception`] with its `args` tuple made already.
    pub fn new_exception_with_args(&self, class: &ObjRef, args: Value) -> ObjRef {
        let o = Rc::new(PyObject {
            class: Some(class.clone()).into(),
            dict: crate::objects::instance::DictSlot::new(),
            payload: Payload::Exception(Box::new(ExceptionData::new(args)).into()),
        });
        crate::objects::exception::track_if_finalized(&o, &self.gc);
        o
    }

    /// The `__dict__` an object stores its attributes in, if it has one (other than an
    /// instance of a class deriving only from `object`: `instance_dict`); an exception's is
    /// made now if it had none.
    pub fn object_dict(&self, obj: &ObjRef) -> Option<ObjRef> {
        match (obj.dict.get(), &obj.payload) {
            (Some(d), _) => Some(d.clone()),
            (None, Payload::Exception(e)) => Some(
                e.dict
                    .get_or_init(|| self.new_dict_obj(Dict::new()))
                    .clone(),
            ),
            _ => None,
        }
    }

    /// A raised exception of `class` with message `msg`.
    pub fn new_error(&self, class: &ObjRef, msg: impl Into<String>) -> PyErr {
        let msg: String = msg.into();
        PyErr(self.new_exception(class, vec![self.new_str(msg)]))
    }

    pub fn type_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.type_error, msg)
    }

    pub fn value_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.value_error, msg)
    }

    pub fn index_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.index_error, msg)
    }

    pub fn runtime_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.runtime_error, msg)
    }

    pub fn overflow_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.overflow_error, msg)
    }

    pub fn zero_division_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.zero_division_error, msg)
    }

    pub fn attribute_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.attribute_error, msg)
    }

    pub fn name_error(&self, name: &str) -> PyErr {
        let err = self.new_error(
            &self.exc.name_error,
            format!("name '{name}' is not defined"),
        );
        self.set_attr_raw(&err.0, "name", self.new_str(name));
        err
    }

    pub fn not_implemented_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.not_implemented_error, msg)
    }

    pub fn system_error(&self, msg: impl Into<String>) -> PyErr {
        self.new_error(&self.exc.system_error, msg)
    }

    /// `KeyError(key)`: the key itself is the argument, so `str()` shows its repr.
    pub fn key_error(&self, key: Value) -> PyErr {
        PyErr(self.new_exception(&self.exc.key_error, vec![key]))
    }

    /// `StopIteration(value)` (no argument when value is None, as CPython raises it).
    pub fn stop_iteration(&self, value: Value) -> PyErr {
        let args = if value.is_none() {
            vec![]
        } else {
            vec![value.clone()]
        };
        let e = self.new_exception(&self.exc.stop_iteration, args);
        self.set_attr_raw(&e, "value", value);
        PyErr(e)
    }

    /// Sets an attribute in an object's `__dict__` without going through `__setattr__`.
    pub fn set_attr_raw(&self, obj: &ObjRef, name: &str, value: Value) {
        // An exception's builtin fields are kept out of its `__dict__` (`__notes__` is an
        // ordinary attribute).
        if let (Payload::Exception(e), false) = (&obj.payload, name == "__notes__") {
            e.note_field(obj, &value, &self.gc);
            e.set_field(&self.new_str_obj(name), Some(value));
            return;
        }
        if let Payload::Instance(inst) = &obj.payload {
            let d = self.instance_dict(obj, inst);
            if let Payload::Dict(d) = &d.payload {
                let key = self.new_str_obj(name);
                d.borrow_mut()
                    .set_name(crate::objects::str::str_hash(name), &key, value);
            }
            return;
        }
        if let Some(Payload::Dict(d)) = self.object_dict(obj).as_ref().map(|d| &d.payload) {
            let key = self.new_str_obj(name);
            let hash = crate::objects::str::str_hash(name);
            let mut d = d.borrow_mut();
            match d.probe(hash, &Value::Obj(key.clone())) {
                crate::objects::dict::Probe::Found(i) => {
                    d.set_value_at(i, value);
                }
                _ => d.push(hash, Value::Obj(key), value),
            }
        }
    }

    /// Reads an attribute from an object's `__dict__` without any lookup protocol.
    pub fn get_attr_raw(&self, obj: &ObjRef, name: &str) -> Option<Value> {
        if let Payload::Exception(e) = &obj.payload {
            if let Some(v) = e.field(name) {
                return Some(v);
            }
        }
        let dict = match &obj.payload {
            Payload::Instance(inst) => inst.dict.get(),
            _ => obj.dict_obj(),
        };
        if let Payload::Instance(inst) = &obj.payload {
            if inst.dict.get().is_none() {
                let attrs = inst.attrs.borrow();
                return attrs
                    .iter()
                    .find(|(k, _)| k.str_text() == name)
                    .map(|(_, v)| v.clone());
            }
        }
        match dict.map(|d| &d.payload) {
            Some(Payload::Dict(d)) => d
                .borrow()
                .get_str(crate::objects::str::str_hash(name), name)
                .cloned(),
            _ => None,
        }
    }

    /// True when the exception's class is `class` or derives from it.
    pub fn err_matches(&self, err: &PyErr, class: &ObjRef) -> bool {
        err.0
            .class
            .as_ref()
            .is_some_and(|c| crate::objects::typeobj::is_subtype(c, class))
    }
}

impl Default for Vm {
    fn default() -> Self {
        Self::new()
    }
}
