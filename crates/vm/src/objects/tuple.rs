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
        class: class.into(),
        dict: None,
        payload: Payload::Tuple(items.into_boxed_slice()),
    })
}

/// The items of a tuple value (empty for anything else).
pub fn tuple_items(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}
