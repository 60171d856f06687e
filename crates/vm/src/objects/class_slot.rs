//! The class pointer of an object, which `obj.__class__ = Other` may change.
//!
//! Everything reads an object's class as a plain `&Option<ObjRef>` (through `Deref`), and
//! nearly nothing ever writes it, so it lives in an `UnsafeCell` rather than a `RefCell` (no
//! borrow flag to check on the hottest read in the VM). A write replaces the pointer in place;
//! the class it replaces is *retired*: kept alive until the thread ends, so a reference to the
//! old class that some caller still holds keeps pointing at a live class object. Retired
//! classes are remembered once each, so a program that switches an object between two classes
//! in a loop does not grow the list.

use std::cell::{RefCell, UnsafeCell};
use std::ops::Deref;
use std::rc::Rc;

use crate::object::ObjRef;

thread_local! {
    /// Classes an object was moved away from (each once), kept alive for the reasons above.
    static RETIRED: RefCell<Vec<ObjRef>> = const { RefCell::new(Vec::new()) };
}

pub struct ClassSlot(UnsafeCell<Option<ObjRef>>);

impl ClassSlot {
    pub fn new(class: Option<ObjRef>) -> ClassSlot {
        ClassSlot(UnsafeCell::new(class))
    }

    /// Makes `class` the object's class (`__class__` assignment, after its checks).
    pub(crate) fn set(&self, class: ObjRef) {
        // SAFETY: objects are `Rc`-shared within one thread, so no other thread can read the
        // slot. The write goes through the cell's raw pointer; a `&Option<ObjRef>` read
        // earlier by a caller may still be live and sees the old pointer or the new one, both
        // of which point at live classes, because the old one is retired below instead of
        // dropped.
        let old = unsafe { std::ptr::replace(self.0.get(), Some(class)) };
        if let Some(old) = old {
            RETIRED.with(|r| {
                let mut r = r.borrow_mut();
                if !r.iter().any(|c| Rc::ptr_eq(c, &old)) {
                    r.push(old);
                }
            });
        }
    }
}

impl Deref for ClassSlot {
    type Target = Option<ObjRef>;

    #[inline]
    fn deref(&self) -> &Option<ObjRef> {
        // SAFETY: the only write is `set`, which never drops the value it replaces (see there).
        unsafe { &*self.0.get() }
    }
}

impl Clone for ClassSlot {
    fn clone(&self) -> ClassSlot {
        ClassSlot::new((**self).clone())
    }
}

impl From<Option<ObjRef>> for ClassSlot {
    fn from(class: Option<ObjRef>) -> ClassSlot {
        ClassSlot::new(class)
    }
}
