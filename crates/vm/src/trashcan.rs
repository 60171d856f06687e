//! Freeing deeply nested containers without deep recursion (CPython's "trashcan",
//! `Py_TRASHCAN_BEGIN` in `Objects/object.c`).
//!
//! Dropping a list drops its items, which drop theirs: freeing a chain of a million nested
//! lists, dicts, instances or `filter` objects recursed a million Rust frames deep, which
//! touched a few hundred megabytes of stack (most of the peak memory of such a program) and
//! could overflow it. So [`PyObject`]'s `Drop` hands the payload of a container to
//! [`release`], which drops it at once while fewer than [`UNWIND_LEVEL`] such drops are
//! running, and otherwise puts it aside; the outermost one then drops what was put aside,
//! one payload at a time. As in CPython, the objects past that depth are thus freed in a
//! different order (last put aside, first freed), which only `__del__` methods can observe.

use std::cell::{Cell, RefCell};

use crate::object::{ObjRef, Payload, PyObject};

/// Nested container drops allowed before the rest is put aside (CPython's
/// `_PyTrash_UNWIND_LEVEL`).
const UNWIND_LEVEL: u32 = 50;

thread_local! {
    /// Container payloads being dropped now, one inside the other.
    static DEPTH: Cell<u32> = const { Cell::new(0) };
    /// Payloads put aside, to be dropped by the outermost drop.
    static DEFERRED: RefCell<Vec<(Option<ObjRef>, Payload)>> = const { RefCell::new(Vec::new()) };
}

/// Whether a payload can hold objects that hold others in turn, to any depth.
#[inline(always)]
pub(crate) fn may_nest(p: &Payload) -> bool {
    matches!(
        p,
        Payload::List(_)
            | Payload::Tuple(_)
            | Payload::Dict(_)
            | Payload::Set(_)
            | Payload::FrozenSet(_)
            | Payload::Instance(_)
            | Payload::Iterator(_)
    )
}

/// Drops `obj`'s dict and payload now or, deep in nested drops, later (see the module
/// docs). The dict goes first, as CPython's `subtype_dealloc` clears it before the base
/// type's data.
#[inline(never)]
pub(crate) fn release(obj: &mut PyObject) {
    let Ok(depth) = DEPTH.try_with(Cell::get) else {
        // Thread teardown: they are dropped with the object, as usual.
        return;
    };
    let parts = (
        obj.dict.take(),
        std::mem::replace(&mut obj.payload, Payload::Plain),
    );
    if depth >= UNWIND_LEVEL {
        let mut parts = Some(parts);
        let _ = DEFERRED.try_with(|d| {
            if let Ok(mut d) = d.try_borrow_mut() {
                d.extend(parts.take());
            }
        });
        // (Without the list, they are dropped here after all.)
        drop(parts);
        return;
    }
    DEPTH.set(depth + 1);
    drop(parts);
    if depth == 0 {
        // The outermost drop: free what was put aside, each with the whole depth again.
        while let Ok(Some(p)) = DEFERRED.try_with(|d| d.borrow_mut().pop()) {
            drop(p);
        }
    }
    DEPTH.set(depth);
}
