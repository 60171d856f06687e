//! Freeing deeply nested containers without deep recursion (CPython's "trashcan",
//! `Py_TRASHCAN_BEGIN` in `Objects/object.c`).
//!
//! Dropping a list drops its items, which drop theirs: freeing a chain of a million nested
//! lists, dicts, instances or `filter` objects recursed a million Rust frames deep, which
//! touched a few hundred megabytes of stack (most of the peak memory of such a program) and
//! could overflow it. So [`PyObject`]'s `Drop` calls [`release`] for a container, which lets
//! the drop go on as usual while the stack is shallow, and once the drops have gone
//! [`DEEP`] bytes below the first one seen, takes the container's dict and payload out and
//! puts them aside; the next container drop made on a shallow stack (the outermost one, as
//! the recursion unwinds) drops what was put aside, one at a time. CPython counts nested
//! deallocations (50) rather than bytes of stack: counting costs every drop a little
//! bookkeeping, where comparing the stack pointer costs a compare. The objects past that
//! depth are thus freed in another order (last put aside, first freed), which only `__del__`
//! methods can observe.

use std::cell::{Cell, RefCell};

use crate::object::{ObjRef, Payload, PyObject};

/// How far below the first drop seen (in bytes of stack) drops start being put aside.
const DEEP: usize = 256 * 1024;

thread_local! {
    /// The stack address of the first container drop on this thread (0: none yet).
    static BASE: Cell<usize> = const { Cell::new(0) };
    /// Whether `DEFERRED` may hold something (read at every shallow drop, so a `Cell`).
    static HAS_DEFERRED: Cell<bool> = const { Cell::new(false) };
    /// What was put aside, to be dropped on a shallower stack.
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

/// Called as a container is dropped: puts its dict and payload aside if the stack is deep,
/// else drops what was put aside before, if anything (see the module docs).
#[inline]
pub(crate) fn release(obj: &mut PyObject) {
    let marker = 0u8;
    let here = std::ptr::addr_of!(marker) as usize;
    let base = BASE.get();
    if base == 0 {
        BASE.set(here);
    } else if base.saturating_sub(here) > DEEP {
        put_aside(obj);
    } else if HAS_DEFERRED.get() {
        drop_put_aside();
    }
}

#[cold]
fn put_aside(obj: &mut PyObject) {
    let mut parts = Some((
        obj.dict.take(),
        std::mem::replace(&mut obj.payload, Payload::Plain),
    ));
    let _ = DEFERRED.try_with(|d| {
        if let Ok(mut d) = d.try_borrow_mut() {
            d.extend(parts.take());
            HAS_DEFERRED.set(true);
            // The eval loop's next check for pending finalizers frees them
            // (`Vm::run_pending_slow`), so the `__del__`s they queue run when those of the
            // shallower objects do.
            crate::objects::generator::HAS_PENDING.with(|h| h.set(true));
        }
    });
    // During thread teardown the list is gone: what is left is leaked, rather than freed by
    // a recursion that could overflow the stack (the thread is ending).
    std::mem::forget(parts);
}

/// Drops what was put aside, if anything.
#[inline]
pub(crate) fn drain() {
    if HAS_DEFERRED.get() {
        drop_put_aside();
    }
}

/// Drops what was put aside, on a shallow stack: each may go deep again and put aside more,
/// which this loop takes in turn.
#[cold]
fn drop_put_aside() {
    while let Ok(Some(p)) = DEFERRED.try_with(|d| d.borrow_mut().pop()) {
        drop(p);
    }
    HAS_DEFERRED.set(false);
}
