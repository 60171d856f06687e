//! `__del__` for objects freed by reference counting (CPython's `tp_finalize` via
//! `subtype_dealloc`).
//!
//! Python code cannot run inside Rust's `Drop`, so when the last reference to an instance of
//! a class with `__del__` goes, its parts (class, `__dict__`, payload) move into a new object
//! that is queued with the other pending finalization work; the VM calls `__del__` on it at the
//! next safe point. An object is finalized once (PEP 442): objects whose `__del__` has run are
//! remembered by address until they are really freed.

use std::cell::RefCell;
use std::collections::HashSet;
use std::rc::Rc;

use crate::object::{Payload, PyObject};
use crate::objects::generator::{Pending, HAS_PENDING, PENDING};

thread_local! {
    static FINALIZED: RefCell<HashSet<usize>> = RefCell::new(HashSet::new());
}

/// Records that `obj`'s `__del__` has run (or is queued), so dropping it frees it for real.
pub fn mark_finalized(obj: *const PyObject) {
    let _ = FINALIZED.try_with(|s| s.borrow_mut().insert(obj as usize));
}

/// Whether `obj`'s `__del__` has already run.
pub fn is_finalized(obj: *const PyObject) -> bool {
    FINALIZED
        .try_with(|s| s.borrow().contains(&(obj as usize)))
        .unwrap_or(true)
}

/// Called from `Drop for PyObject` when the class has `__del__`.
pub fn queue_del(obj: &mut PyObject) {
    let addr = obj as *const PyObject as usize;
    let done = FINALIZED
        .try_with(|s| s.borrow_mut().remove(&addr))
        .unwrap_or(true);
    if done {
        return;
    }
    let revived = Rc::new(PyObject {
        class: obj.class.clone(),
        dict: crate::objects::instance::DictSlot::with(obj.dict.take()),
        payload: std::mem::replace(&mut obj.payload, Payload::Plain),
    });
    if let Payload::Instance(inst) = &revived.payload {
        // The revived object is a new one, which the collector has not seen.
        inst.gc.set_registered(false);
    }
    mark_finalized(Rc::as_ptr(&revived));
    // During thread teardown the queue may be gone; the object is then simply freed.
    let _ = PENDING.try_with(|q| {
        if let Ok(mut q) = q.try_borrow_mut() {
            q.push(Pending::Del(revived));
            HAS_PENDING.with(|h| h.set(true));
        }
    });
}
