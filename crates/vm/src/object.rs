//! `PyObject`: the heap part of a Python value.
//!
//! Every object knows its class (a type object), may have an instance `__dict__`, and carries
//! a [`Payload`]: the data of the builtin type it is (or derives from). A user class instance
//! has the payload of its builtin base (`Plain` for `object`), so `class L(list)` instances
//! carry a `List` payload and a dict. Mutable payloads use `RefCell`; immutable ones (str,
//! tuple, int) need none.
//!
//! Objects are reference counted (`Rc`); reference cycles are reclaimed by the collector in
//! `gc.rs`, which walks objects through [`PyObject::trace`].

use std::cell::RefCell;
use std::rc::Rc;

use num_bigint::BigInt;

use crate::builtins::functions::{BuiltinFunction, MethodDescriptor};
use crate::frame::FrameInfo;
use crate::gc_slot::Traced;
use crate::objects::class_slot::ClassSlot;
use crate::objects::dict::Dict;
use crate::objects::exception::ExceptionData;
use crate::objects::function::{BoundMethod, Function, Property};
use crate::objects::generator::{AsyncGenAwaitable, Generator};
use crate::objects::instance::Instance;
use crate::objects::iter::IterState;
use crate::objects::module::Module;
pub use crate::objects::range::{BigRange, Range};
use crate::objects::set::Set;
use crate::objects::str::PyStr;
use crate::objects::textio::TextIO;
use crate::objects::traceback::Traceback;
use crate::objects::typeobj::TypeData;
use crate::value::Value;

pub type ObjRef = Rc<PyObject>;

pub struct PyObject {
    /// The object's type (a type object: its payload is `Type`). `None` only for the type
    /// object `type` itself, which is its own class: an `Rc` cannot point at itself.
    /// Reads as an `Option<ObjRef>`; `__class__` assignment rewrites it (`objects/class_slot.rs`).
    pub class: ClassSlot,
    /// The instance `__dict__` (a dict object), for objects that have one; instances of
    /// classes deriving only from `object` keep theirs in `Payload::Instance` instead.
    /// `obj.__dict__ = d` replaces it (`DictSlot`).
    pub dict: crate::objects::instance::DictSlot,
    pub payload: Payload,
}

/// `super(type, obj)`.
pub struct Super {
    /// The class whose MRO successor starts the lookup.
    pub this: ObjRef,
    /// The instance (or class) the lookup binds to.
    pub obj: Value,
    /// The type to take the MRO from (`type(obj)`, or obj itself for a class).
    pub obj_type: ObjRef,
}

/// A dict view: `d.keys()`, `d.values()`, `d.items()`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DictViewKind {
    Keys,
    Values,
    Items,
}

/// The data of each builtin type. See the module docs.
pub enum Payload {
    /// No builtin data: `object()` and other objects that are nothing but their class.
    Plain,
    /// An instance of a Python class deriving only from `object`: its attributes, kept
    /// without a dict object until one is asked for (`objects/instance.rs`).
    Instance(Instance),
    Str(PyStr),
    /// An int that does not fit in an `i64`, or an instance of an `int` subclass.
    Int(BigInt),
    /// An instance of a `float` subclass (plain floats are inline values).
    Float(f64),
    Complex {
        re: f64,
        im: f64,
    },
    Bytes(Box<[u8]>),
    ByteArray(RefCell<Vec<u8>>),
    /// List, tuple and dict carry the collector's slot beside their data (`gc_slot.rs`).
    Tuple(Traced<Box<[Value]>>),
    List(Traced<RefCell<Vec<Value>>>),
    /// Boxed: a dict's table header is larger than the other payloads.
    Dict(Traced<Box<RefCell<Dict>>>),
    Set(crate::gc_slot::TracedCell<Set>),
    FrozenSet(Set),
    Range(Range),
    /// A range whose bounds or length do not fit in an `i64` (see `objects/range.rs`).
    BigRange(Box<BigRange>),
    Slice(Box<[Value; 3]>),
    Type(Traced<Box<TypeData>>),
    Function(Traced<Box<Function>>),
    BuiltinFunction(Box<BuiltinFunction>),
    MethodDescriptor(Box<MethodDescriptor>),
    BoundMethod(Traced<Box<BoundMethod>>),
    ClassMethod(Traced<RefCell<Value>>),
    StaticMethod(Traced<RefCell<Value>>),
    Property(Box<Property>),
    Module(Box<Module>),
    /// A closure cell; `Value::Null` when empty.
    Cell(Traced<RefCell<Value>>),
    Code(Rc<crate::code::Code>),
    Generator(Traced<Box<Generator>>),
    AsyncGenAwaitable(Box<AsyncGenAwaitable>),
    /// `coro.__await__()`: iterates the coroutine.
    CoroutineWrapper(ObjRef),
    Exception(Traced<Box<ExceptionData>>),
    Traceback(Traceback),
    Frame(Box<FrameInfo>),
    Iterator(crate::gc_slot::TracedCell<IterState>),
    DictView(DictViewKind, ObjRef),
    /// `mappingproxy`: a read-only view of a class's namespace (the class) or of a mapping.
    MappingProxy(ObjRef),
    /// A `getset_descriptor` the VM made (`__dict__`, `__weakref__`).
    GetSet(Box<crate::builtins::mappingproxy::GetSetDescriptor>),
    /// A `member_descriptor`: one name of a class's `__slots__` (`builtins/slots.rs`).
    Member(Box<crate::builtins::slots::MemberDescriptor>),
    Super(Box<Super>),
    TextIO(Box<TextIO>),
    NotImplemented,
    Ellipsis,
    /// A weak reference (`weakref.ref`); dead when the upgrade fails.
    WeakRef(std::rc::Weak<PyObject>),
}

impl Payload {
    /// A short name for debugging output.
    pub fn kind_name(&self) -> &'static str {
        match self {
            Payload::Plain | Payload::Instance(_) => "object",
            Payload::Str(_) => "str",
            Payload::Int(_) => "int",
            Payload::Float(_) => "float",
            Payload::Complex { .. } => "complex",
            Payload::Bytes(_) => "bytes",
            Payload::ByteArray(_) => "bytearray",
            Payload::Tuple(_) => "tuple",
            Payload::List(_) => "list",
            Payload::Dict(_) => "dict",
            Payload::Set(_) => "set",
            Payload::FrozenSet(_) => "frozenset",
            Payload::Range(_) | Payload::BigRange(_) => "range",
            Payload::Slice(_) => "slice",
            Payload::Type(_) => "type",
            Payload::Function(_) => "function",
            Payload::BuiltinFunction(_) => "builtin_function_or_method",
            Payload::MethodDescriptor(_) => "method_descriptor",
            Payload::BoundMethod(_) => "method",
            Payload::ClassMethod(_) => "classmethod",
            Payload::StaticMethod(_) => "staticmethod",
            Payload::Property(_) => "property",
            Payload::Module(_) => "module",
            Payload::Cell(_) => "cell",
            Payload::Code(_) => "code",
            Payload::Generator(_) => "generator",
            Payload::AsyncGenAwaitable(_) => "async_generator_asend",
            Payload::CoroutineWrapper(_) => "coroutine_wrapper",
            Payload::Exception(_) => "exception",
            Payload::Traceback(_) => "traceback",
            Payload::Frame(_) => "frame",
            Payload::Iterator(_) => "iterator",
            Payload::DictView(..) => "dict_view",
            Payload::MappingProxy(_) => "mappingproxy",
            Payload::GetSet(_) => "getset_descriptor",
            Payload::Member(_) => "member_descriptor",
            Payload::Super(_) => "super",
            Payload::TextIO(_) => "TextIOWrapper",
            Payload::NotImplemented => "NotImplementedType",
            Payload::Ellipsis => "ellipsis",
            Payload::WeakRef(..) => "weakref",
        }
    }
}

impl Drop for PyObject {
    #[inline]
    fn drop(&mut self) {
        let Some(class) = &*self.class else { return };
        if let Payload::Type(t) = &class.payload {
            if t.has_del.get() {
                crate::objects::finalizer::queue_del(self);
            }
        }
        // Deep in the stack, the parts of an object that owns others are freed later, from
        // higher up (`objects/trashcan.rs`).
        crate::objects::trashcan::on_drop(self);
    }
}

impl PyObject {
    pub fn new(class: ObjRef, payload: Payload) -> PyObject {
        PyObject {
            class: Some(class).into(),
            dict: crate::objects::instance::DictSlot::new(),
            payload,
        }
    }

    /// The instance `__dict__` made so far: `dict`, or an exception's once it has one
    /// (`ExceptionData::dict`). `Vm::object_dict` makes an exception's when it is needed.
    #[inline]
    pub fn dict_obj(&self) -> Option<&ObjRef> {
        match (self.dict.get(), &self.payload) {
            (Some(d), _) => Some(d),
            (None, Payload::Exception(e)) => e.dict.get(),
            _ => None,
        }
    }

    /// The text of a str object ("" for anything else).
    #[inline]
    pub fn str_text(&self) -> &str {
        match &self.payload {
            Payload::Str(s) => s.as_str(),
            _ => "",
        }
    }

    /// The text of a str object, `None` for anything else.
    #[inline]
    pub fn str_text_opt(&self) -> Option<&str> {
        match &self.payload {
            Payload::Str(s) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The type data of a type object.
    #[inline]
    pub fn as_type(&self) -> Option<&TypeData> {
        match &self.payload {
            Payload::Type(t) => Some(t),
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every object pays for the largest payload: with a 16-byte `Rc` header a 72-byte
    /// object is a 96-byte block of glibc's malloc (it was 128 with a 104-byte object). A
    /// variant that would grow `Payload` is boxed or made smaller instead.
    #[test]
    fn object_stays_small() {
        assert_eq!(std::mem::size_of::<Payload>(), 56);
        assert_eq!(std::mem::size_of::<PyObject>(), 72);
        assert!(std::mem::size_of::<PyStr>() <= 48);
    }
}
