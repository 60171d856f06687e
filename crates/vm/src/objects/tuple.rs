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
        dict: crate::objects::instance::DictSlot::new(),
        payload: Payload::Tuple(items.into_boxed_slice().into()),
    })
}

/// The items of a tuple value (empty for anything else).
pub fn tuple_items(v: &Value) -> &[Value] {
    match v.payload() {
        Some(Payload::Tuple(t)) => t,
        _ => &[],
    }
}

/// Tuples of up to [`SpareTuples::MAX`] items made per call (`*args`, an exception's `args`),
/// kept for reuse as CPython's tuple free lists keep theirs: once nothing else refers to the
/// one kept for a length, the next tuple of that length is written into it instead of being
/// allocated (and freed again soon after). Only tuples of atoms (`gc::is_atomic`) are kept:
/// they are never registered with the collector (so no weak reference stands in the way),
/// and the old items a kept tuple holds until it is reused have no finalizer to delay. A
/// kept tuple that nothing else refers to is unreachable, so no program can tell it from a
/// new one.
#[derive(Default)]
pub struct SpareTuples {
    kept: [Option<ObjRef>; SpareTuples::MAX],
}

impl SpareTuples {
    pub const MAX: usize = 4;

    /// A tuple of `stack[from..]`, moved off the stack, when those are 1 to [`Self::MAX`]
    /// atoms; `None`, with nothing changed, otherwise.
    #[inline]
    pub fn take(
        &mut self,
        stack: &mut Vec<Value>,
        from: usize,
        tuple_type: &ObjRef,
    ) -> Option<ObjRef> {
        let n = stack.len().checked_sub(from)?;
        if n == 0 || n > Self::MAX || !stack[from..].iter().all(crate::gc::is_atomic) {
            return None;
        }
        let slot = &mut self.kept[n - 1];
        if let Some(kept) = slot {
            if let Some(PyObject {
                payload: Payload::Tuple(items),
                ..
            }) = Rc::get_mut(kept)
            {
                // The new items swapped in (a plain copy both ways, `items` being of
                // length `n`), then the old ones, atoms, dropped off the stack.
                items.swap_with_slice(&mut stack[from..]);
                crate::frame::truncate_values(stack, from);
                return Some(kept.clone());
            }
        }
        let o = Rc::new(PyObject {
            class: Some(tuple_type.clone()).into(),
            dict: crate::objects::instance::DictSlot::new(),
            payload: Payload::Tuple(stack.split_off(from).into_boxed_slice().into()),
        });
        *slot = Some(o.clone());
        Some(o)
    }
}
