//! Names the VM looks up by itself (`__init__`, `__getattribute__`, ...), interned once when
//! the VM starts, so hot paths hand an interned str to `lookup_type_interned` instead of
//! hashing a Rust string on every call (CPython's `_Py_ID`).

use std::rc::Rc;

use crate::fasthash::FastMap;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::str::PyStr;

macro_rules! names {
    ($($field:ident = $text:literal),* $(,)?) => {
        pub struct Names {
            $(pub $field: ObjRef,)*
        }

        impl Names {
            /// Interns every name into `interned` (the VM's table), with class `str_type`.
            pub(crate) fn new(interned: &mut FastMap<Box<str>, ObjRef>, str_type: &ObjRef) -> Names {
                let mut intern = |s: &str| {
                    interned
                        .entry(s.into())
                        .or_insert_with(|| {
                            Rc::new(PyObject::new(str_type.clone(), Payload::Str(PyStr::new(s))))
                        })
                        .clone()
                };
                Names {
                    $($field: intern($text),)*
                }
            }
        }
    };
}

names! {
    empty = "",
    new = "__new__",
    init = "__init__",
    call = "__call__",
    getattribute = "__getattribute__",
    getattr = "__getattr__",
    setattr = "__setattr__",
    delattr = "__delattr__",
    get = "__get__",
    set = "__set__",
    delete = "__delete__",
    del = "__del__",
    name = "__name__",
    enter = "__enter__",
    exit = "__exit__",
}
