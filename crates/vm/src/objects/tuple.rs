//! Helpers for tuples that do not need the VM.

use std::rc::Rc;

use crate::object::{ObjRef, Payload, PyObject};
use crate::value::Value;

thread_local! {
    /// The `tuple` type, for making tuples where no VM is at hand (keyword-name tuples).
    pub(crate) static TUPLE_TYPE: std::cell::RefCell<Option<ObjRef>> = const { std::cell::RefCell::new(None) };
}

/// A tuple object made without the VM (its class is recorded when the VM starts).
pub fn new_tuple_obj(items: Vec<Value>) -> ObjRef {
    let class = TUPLE_TYPE.with(|t| t.borrow().clone());
    Rc::new(PyObject {
        class,
        dict: None,
        payload: Payload::Tuple(items.into_boxed_slice()),
    })
}

/// True for a tuple whose items are all atomic (None, bools, numbers, and exact strs and
/// bytes with no `__dict__`): it can never be part of a reference cycle, so the collector
/// need not track it (CPython untracks such tuples too, `_PyTuple_MaybeUntrack`). Tracking
/// costs a weak reference that keeps the tuple's memory until the next collection: `a, _, b =
/// s.partition(":")` in a loop made every tuple linger.
pub fn holds_only_atomic(tuple: &ObjRef) -> bool {
    let Payload::Tuple(items) = &tuple.payload else {
        return false;
    };
    items.iter().all(|v| match v {
        Value::Obj(o) => {
            o.dict.is_none()
                && matches!(
                    o.payload,
                    Payload::Str(_) | Payload::Int(_) | Payload::Float(_) | Payload::Bytes(_)
                )
                && crate::ops::eq::is_builtin_class(&o.class)
        }
        _ => true,
    })
}

/// The items of a tuple value (empty for anything else).
pub fn tuple_items(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}
