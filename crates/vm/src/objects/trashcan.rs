//! Freeing long chains of objects without overflowing the Rust stack (what CPython's
//! "trashcan", `Py_TRASHCAN_BEGIN`, is for).
//!
//! Dropping an object drops what it owns, so freeing `filter(None, filter(None, ...))` three
//! million levels deep recurses three million times. Instead of counting levels, each object
//! drop compares the stack pointer with a floor (the interpreter's stack limit, set once per
//! thread by [`set_stack_floor`]): below it, an object that may own others does not free its
//! parts there but moves them onto a queue, and the next object drop made higher up the
//! stack frees the queue, one entry at a time (each of which may queue what lies deep below
//! it in turn). The common drop costs one thread-local load and a compare: [`TRIGGER`] is
//! the floor while the queue is empty and `usize::MAX` while it is not, so one test sends a
//! drop to the slow path in both cases.

use std::cell::{Cell, RefCell};

use crate::object::{ObjRef, Payload, PyObject};

/// What is left to free of one object: its payload and its instance dict.
type Remains = (Payload, Option<ObjRef>);

thread_local! {
    /// Object drops at a stack address below this take [`slow_path`].
    static TRIGGER: Cell<usize> = const { Cell::new(0) };
    /// The lowest stack address at which an object still frees its parts in place (0: no
    /// floor, the thread frees everything in place).
    static FLOOR: Cell<usize> = const { Cell::new(0) };
    /// True while [`drain`] runs (the drops it makes do not start another).
    static DRAINING: Cell<bool> = const { Cell::new(false) };
    /// Parts of objects that died below the floor.
    static DEFERRED: RefCell<Vec<Remains>> = const { RefCell::new(Vec::new()) };
}

/// Sets this thread's floor: object drops below `addr` on the stack defer their parts.
pub fn set_stack_floor(addr: usize) {
    FLOOR.set(addr);
    TRIGGER.set(addr);
}

/// Called as `obj` dies, before its fields are dropped: below the floor, moves the parts of
/// an object that may own others to the queue; above it, frees what is queued.
#[inline(always)]
pub fn on_drop(obj: &mut PyObject) {
    let here = 0u8;
    if (&here as *const u8 as usize) < TRIGGER.get() {
        slow_path(obj, &here as *const u8 as usize);
    }
}

#[cold]
#[inline(never)]
fn slow_path(obj: &mut PyObject, here: usize) {
    if here < FLOOR.get() {
        if owns_objects(obj) {
            let payload = std::mem::replace(&mut obj.payload, Payload::Plain);
            defer((payload, obj.dict.take()));
        }
    } else if !DRAINING.get() {
        drain();
    }
}

/// False for objects that own no other object (their drop cannot recurse).
fn owns_objects(obj: &PyObject) -> bool {
    obj.dict.get().is_some()
        || !matches!(
            obj.payload,
            Payload::Plain
                | Payload::Str(_)
                | Payload::Int(_)
                | Payload::Float(_)
                | Payload::Complex { .. }
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::NotImplemented
                | Payload::Ellipsis
                | Payload::WeakRef(_)
        )
}

/// Queues what could not be freed here. While the queue is torn down at thread exit, the
/// remains are simply dropped.
fn defer(remains: Remains) {
    let left = DEFERRED.try_with(|q| match q.try_borrow_mut() {
        Ok(mut q) => {
            q.push(remains);
            None
        }
        Err(_) => Some(remains),
    });
    match left {
        Ok(None) => {
            TRIGGER.set(usize::MAX);
            // The eval loop's next check for pending finalizers frees the queue
            // (`Vm::run_pending_slow`), so that the `__del__`s it queues run when those of
            // the objects freed in place do.
            crate::objects::generator::HAS_PENDING.with(|h| h.set(true));
        }
        Ok(Some(remains)) => drop(remains),
        Err(_) => {}
    }
}

/// Frees what is queued now (the interpreter calls this at exit, so that `__del__` methods of
/// objects deep in a chain still run).
pub fn flush() {
    if TRIGGER.get() == usize::MAX && !DRAINING.get() {
        drain();
    }
}

/// Frees the queued remains one at a time until the queue is empty.
fn drain() {
    DRAINING.set(true);
    loop {
        let next = DEFERRED
            .try_with(|q| q.try_borrow_mut().ok().and_then(|mut q| q.pop()))
            .ok()
            .flatten();
        match next {
            Some(remains) => drop(remains),
            None => break,
        }
    }
    DRAINING.set(false);
    TRIGGER.set(FLOOR.get());
}

#[cfg(test)]
mod tests {
    use std::rc::Rc;

    use crate::object::{Payload, PyObject};
    use crate::objects::typeobj::{Layout, TypeData};
    use crate::value::Value;

    /// A million nested tuples freed on a thread with a 256 KiB stack: without the trashcan
    /// each level is a nested drop and the thread overflows its stack.
    #[test]
    fn a_long_chain_frees_in_little_stack() {
        let worker = std::thread::Builder::new()
            .stack_size(256 * 1024)
            .spawn(|| {
                // The floor 64 KiB below here, about 190 KiB above the end of the stack.
                let here = 0u8;
                super::set_stack_floor(&here as *const u8 as usize - 64 * 1024);
                let class = Rc::new(PyObject {
                    class: None.into(),
                    dict: crate::objects::instance::DictSlot::new(),
                    payload: Payload::Type(
                        Box::new(TypeData::new("t", Layout::Tuple, false)).into(),
                    ),
                });
                let mut chain = Value::None;
                for _ in 0..1_000_000 {
                    let items = vec![chain].into_boxed_slice();
                    chain = Value::Obj(Rc::new(PyObject::new(
                        class.clone(),
                        Payload::Tuple(items.into()),
                    )));
                }
                drop(chain);
                super::flush();
                Rc::strong_count(&class)
            });
        let left = worker.and_then(|w| w.join().map_err(|_| std::io::Error::other("panicked")));
        assert_eq!(left.ok(), Some(1));
    }
}
