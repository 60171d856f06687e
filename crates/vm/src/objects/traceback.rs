//! Traceback objects: one link per frame an exception passed through, outermost first
//! (`tb_next` goes inward), as CPython builds them.

use std::cell::RefCell;

use crate::object::ObjRef;
use crate::value::Value;

pub struct Traceback {
    /// A frame object (`tb_frame`).
    pub frame: ObjRef,
    pub lineno: u32,
    /// The instruction index the exception was raised at (`tb_lasti`).
    pub lasti: u32,
    /// The next link, towards where the exception was raised; None at the end.
    pub next: RefCell<Value>,
}

impl Traceback {
    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        f(&self.frame);
        match self.next.try_borrow() {
            Ok(v) => {
                if let Value::Obj(o) = &*v {
                    f(o);
                }
                true
            }
            Err(_) => false,
        }
    }

    pub fn clear(&self) {
        if let Ok(mut n) = self.next.try_borrow_mut() {
            *n = Value::None;
        }
    }
}
