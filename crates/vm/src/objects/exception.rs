//! Exception objects: the data every `BaseException` instance carries, and CPython 3.11's
//! builtin exception hierarchy, made from one table.
//!
//! Attributes particular to some classes (`StopIteration.value`, `SystemExit.code`,
//! `OSError.errno`, `SyntaxError.lineno`, ...) live in the instance `__dict__`, set when the
//! exception is initialized; they read the same from Python.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::gc::GcState;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::typeobj::{c3_mro, Layout, TypeData};
use crate::value::Value;

pub struct ExceptionData {
    /// Always a tuple.
    pub args: RefCell<Value>,
    /// A traceback object, or None.
    pub traceback: RefCell<Value>,
    /// `__cause__`: None or an exception.
    pub cause: RefCell<Value>,
    /// `__context__`: None or an exception.
    pub context: RefCell<Value>,
    pub suppress_context: Cell<bool>,
    /// The instance `__dict__`, made the first time it is needed (an attribute stored, or
    /// `__dict__`/`vars()` read), as CPython does: most exceptions never get one. The
    /// object's own `PyObject::dict` stays `None`; `PyObject::dict_obj` reads either.
    pub dict: crate::objects::instance::DictSlot,
    /// Whether the collector knows of this exception. An exception is made untracked, as
    /// its traceback links always are: every cycle through them passes through a container
    /// the collector knows of (the globals a link holds, an `args` tuple or `__dict__` that
    /// holds more than atoms), which adopts them when traced (see `gc.rs`), except a cycle
    /// of exceptions alone through `__cause__`/`__context__`, so setting either to an
    /// exception registers the exception ([`ExceptionData::track`]); so does a class with a
    /// `__del__`, for the finalization at exit.
    pub tracked: Cell<bool>,
    /// The fields CPython keeps in the exception's struct rather than its `__dict__`
    /// (`StopIteration.value`, `OSError.errno`, `SyntaxError.lineno`, ...): (interned name,
    /// value) pairs, set as they are first given. See [`ExceptionData::field`].
    pub fields: RefCell<Vec<(ObjRef, Value)>>,
}

impl ExceptionData {
    pub fn new(args: Value) -> ExceptionData {
        ExceptionData {
            args: RefCell::new(args),
            traceback: RefCell::new(Value::None),
            cause: RefCell::new(Value::None),
            context: RefCell::new(Value::None),
            suppress_context: Cell::new(false),
            dict: crate::objects::instance::DictSlot::new(),
            tracked: Cell::new(false),
            fields: RefCell::new(Vec::new()),
        }
    }

    /// The field `name`, if set.
    pub fn field(&self, name: &str) -> Option<Value> {
        let fields = self.fields.try_borrow().ok()?;
        fields
            .iter()
            .find(|(k, _)| k.str_text() == name)
            .map(|(_, v)| v.clone())
    }

    /// Sets the field `name` (an interned str) to `value`, or removes it (`None`).
    pub fn set_field(&self, name: &ObjRef, value: Option<Value>) {
        let Ok(mut fields) = self.fields.try_borrow_mut() else {
            return;
        };
        let text = name.str_text();
        let pos = fields.iter().position(|(k, _)| k.str_text() == text);
        let old = match (pos, value) {
            (Some(i), Some(v)) => Some(std::mem::replace(&mut fields[i].1, v)),
            (Some(i), None) => Some(fields.remove(i).1),
            (None, Some(v)) => {
                fields.push((name.clone(), v));
                None
            }
            (None, None) => None,
        };
        drop(fields);
        drop(old);
    }

    /// Registers `obj` (whose payload this is) with the collector if not yet.
    #[inline]
    pub fn track(&self, obj: &ObjRef, gc: &GcState) {
        if !self.tracked.get() {
            self.tracked.set(true);
            gc.track(obj);
        }
    }
}

impl ExceptionData {
    /// Registers `obj` (whose payload this is) before a field of it is set to `value` when
    /// `value` is an unregistered `(class, exception, traceback)` tuple (`gc::is_exit_tuple`):
    /// a cycle through the two would otherwise pass through no registered container.
    #[inline]
    pub fn note_field(&self, obj: &ObjRef, value: &Value, gc: &GcState) {
        if let Some(Payload::Tuple(items)) = value.payload() {
            if crate::gc::is_exit_tuple(items) {
                self.track(obj, gc);
            }
        }
    }
}

/// Registers a new exception whose class has a `__del__` (see [`ExceptionData::tracked`]).
#[inline]
pub fn track_if_finalized(o: &ObjRef, gc: &GcState) {
    if let (Payload::Exception(e), Some(class)) = (&o.payload, &*o.class) {
        if class.as_type().is_some_and(|t| t.has_del.get()) {
            e.track(o, gc);
        }
    }
}

/// Registers the exception `v` with the collector (see [`ExceptionData::tracked`]) once its
/// `__cause__` or `__context__` holds an exception.
pub fn note_links(o: &ObjRef, gc: &GcState) {
    if let Payload::Exception(e) = &o.payload {
        let linked = |c: &RefCell<Value>| match c.try_borrow() {
            Ok(v) => matches!(&*v, Value::Obj(_)),
            // (Being written: counted as linked, which only registers it.)
            Err(_) => true,
        };
        if !e.tracked.get() && (linked(&e.cause) || linked(&e.context)) {
            e.track(o, gc);
        }
    }
}

/// (name, bases) of every builtin exception, parents before children.
const HIERARCHY: &[(&str, &[&str])] = &[
    ("BaseException", &[]),
    ("BaseExceptionGroup", &["BaseException"]),
    ("GeneratorExit", &["BaseException"]),
    ("KeyboardInterrupt", &["BaseException"]),
    ("SystemExit", &["BaseException"]),
    ("Exception", &["BaseException"]),
    ("ArithmeticError", &["Exception"]),
    ("FloatingPointError", &["ArithmeticError"]),
    ("OverflowError", &["ArithmeticError"]),
    ("ZeroDivisionError", &["ArithmeticError"]),
    ("AssertionError", &["Exception"]),
    ("AttributeError", &["Exception"]),
    ("BufferError", &["Exception"]),
    ("EOFError", &["Exception"]),
    ("ExceptionGroup", &["BaseExceptionGroup", "Exception"]),
    ("ImportError", &["Exception"]),
    ("ModuleNotFoundError", &["ImportError"]),
    ("LookupError", &["Exception"]),
    ("IndexError", &["LookupError"]),
    ("KeyError", &["LookupError"]),
    ("MemoryError", &["Exception"]),
    ("NameError", &["Exception"]),
    ("UnboundLocalError", &["NameError"]),
    ("OSError", &["Exception"]),
    ("BlockingIOError", &["OSError"]),
    ("ChildProcessError", &["OSError"]),
    ("ConnectionError", &["OSError"]),
    ("BrokenPipeError", &["ConnectionError"]),
    ("ConnectionAbortedError", &["ConnectionError"]),
    ("ConnectionRefusedError", &["ConnectionError"]),
    ("ConnectionResetError", &["ConnectionError"]),
    ("FileExistsError", &["OSError"]),
    ("FileNotFoundError", &["OSError"]),
    ("InterruptedError", &["OSError"]),
    ("IsADirectoryError", &["OSError"]),
    ("NotADirectoryError", &["OSError"]),
    ("PermissionError", &["OSError"]),
    ("ProcessLookupError", &["OSError"]),
    ("TimeoutError", &["OSError"]),
    ("ReferenceError", &["Exception"]),
    ("RuntimeError", &["Exception"]),
    ("NotImplementedError", &["RuntimeError"]),
    ("RecursionError", &["RuntimeError"]),
    ("StopAsyncIteration", &["Exception"]),
    ("StopIteration", &["Exception"]),
    ("SyntaxError", &["Exception"]),
    ("IndentationError", &["SyntaxError"]),
    ("TabError", &["IndentationError"]),
    ("SystemError", &["Exception"]),
    ("TypeError", &["Exception"]),
    ("ValueError", &["Exception"]),
    ("UnicodeError", &["ValueError"]),
    ("UnicodeDecodeError", &["UnicodeError"]),
    ("UnicodeEncodeError", &["UnicodeError"]),
    ("UnicodeTranslateError", &["UnicodeError"]),
    ("Warning", &["Exception"]),
    ("BytesWarning", &["Warning"]),
    ("DeprecationWarning", &["Warning"]),
    ("EncodingWarning", &["Warning"]),
    ("FutureWarning", &["Warning"]),
    ("ImportWarning", &["Warning"]),
    ("PendingDeprecationWarning", &["Warning"]),
    ("ResourceWarning", &["Warning"]),
    ("RuntimeWarning", &["Warning"]),
    ("SyntaxWarning", &["Warning"]),
    ("UnicodeWarning", &["Warning"]),
    ("UserWarning", &["Warning"]),
];

macro_rules! exception_fields {
    ($($field:ident : $name:literal,)*) => {
        /// The builtin exception classes, by name for the ones the VM raises itself.
        pub struct ExceptionTypes {
            /// Every builtin exception class in hierarchy order, for the builtins module.
            pub all: Vec<(&'static str, ObjRef)>,
            $(pub $field: ObjRef,)*
        }

        impl ExceptionTypes {
            pub fn create(type_: &ObjRef, object: &ObjRef) -> ExceptionTypes {
                let all = make_hierarchy(type_, object);
                let find = |n: &str| {
                    all.iter()
                        .find(|(name, _)| *name == n)
                        .map(|(_, c)| c.clone())
                        .unwrap_or_else(|| object.clone())
                };
                ExceptionTypes {
                    $($field: find($name),)*
                    all,
                }
            }
        }
    };
}

exception_fields! {
    base_exception: "BaseException",
    base_exception_group: "BaseExceptionGroup",
    generator_exit: "GeneratorExit",
    keyboard_interrupt: "KeyboardInterrupt",
    system_exit: "SystemExit",
    exception: "Exception",
    arithmetic_error: "ArithmeticError",
    overflow_error: "OverflowError",
    zero_division_error: "ZeroDivisionError",
    assertion_error: "AssertionError",
    attribute_error: "AttributeError",
    eof_error: "EOFError",
    exception_group: "ExceptionGroup",
    import_error: "ImportError",
    module_not_found_error: "ModuleNotFoundError",
    lookup_error: "LookupError",
    index_error: "IndexError",
    key_error: "KeyError",
    memory_error: "MemoryError",
    name_error: "NameError",
    unbound_local_error: "UnboundLocalError",
    os_error: "OSError",
    file_not_found_error: "FileNotFoundError",
    file_exists_error: "FileExistsError",
    is_a_directory_error: "IsADirectoryError",
    not_a_directory_error: "NotADirectoryError",
    permission_error: "PermissionError",
    timeout_error: "TimeoutError",
    runtime_error: "RuntimeError",
    not_implemented_error: "NotImplementedError",
    recursion_error: "RecursionError",
    stop_async_iteration: "StopAsyncIteration",
    stop_iteration: "StopIteration",
    syntax_error: "SyntaxError",
    indentation_error: "IndentationError",
    tab_error: "TabError",
    system_error: "SystemError",
    type_error: "TypeError",
    value_error: "ValueError",
    unicode_error: "UnicodeError",
    unicode_decode_error: "UnicodeDecodeError",
    unicode_encode_error: "UnicodeEncodeError",
    warning: "Warning",
    deprecation_warning: "DeprecationWarning",
    runtime_warning: "RuntimeWarning",
    user_warning: "UserWarning",
    syntax_warning: "SyntaxWarning",
    reference_error: "ReferenceError",
}

fn make_hierarchy(type_: &ObjRef, object: &ObjRef) -> Vec<(&'static str, ObjRef)> {
    let mut made: Vec<(&'static str, ObjRef)> = Vec::new();
    for (name, base_names) in HIERARCHY {
        let bases: Vec<ObjRef> = if base_names.is_empty() {
            vec![object.clone()]
        } else {
            base_names
                .iter()
                .filter_map(|b| made.iter().find(|(n, _)| n == b).map(|(_, c)| c.clone()))
                .collect()
        };
        let data = TypeData::new(name, Layout::Exception, false);
        let class = Rc::new(PyObject::new(
            type_.clone(),
            Payload::Type(Box::new(data).into()),
        ));
        if let Some(t) = class.as_type() {
            let mro = c3_mro(&class, &bases).unwrap_or_else(|_| vec![class.clone()]);
            *t.mro.borrow_mut() = mro;
            *t.bases.borrow_mut() = bases.clone();
            t.attrs.borrow_mut();
        }
        for b in &bases {
            if let Some(bt) = b.as_type() {
                bt.subclasses.borrow_mut().push(Rc::downgrade(&class));
            }
        }
        made.push((name, class));
    }
    made
}
