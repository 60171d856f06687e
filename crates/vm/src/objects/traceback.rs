//! Traceback objects: one link per frame an exception passed through, outermost first
//! (`tb_next` goes inward), as CPython builds them.
//!
//! A link records the frame's code, globals and position; the frame object `tb_frame` is
//! made only when Python asks for it (most exceptions are caught without anyone looking),
//! and then kept, so `tb.tb_frame is tb.tb_frame`.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::code::Code;
use crate::frame::FrameInfo;
use crate::object::{ObjRef, Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;

pub struct Traceback {
    /// The code of the frame (`tb_frame.f_code`).
    pub code: Rc<Code>,
    /// The globals of the frame (`tb_frame.f_globals`).
    pub globals: ObjRef,
    /// The frame object, once made (`tb_frame`). A `Cell` (8 bytes, where a `RefCell` takes
    /// 16) keeps a link within `Payload`'s size.
    frame: Cell<Option<ObjRef>>,
    pub lineno: u32,
    /// The instruction index the exception was raised at (`tb_lasti`).
    pub lasti: u32,
    /// The next link (a traceback object), towards where the exception was raised; `None`
    /// at the end. Read it with [`Traceback::next`].
    next: RefCell<Option<ObjRef>>,
}

impl Traceback {
    pub fn new(code: Rc<Code>, globals: ObjRef, lineno: u32, lasti: u32, next: Value) -> Self {
        Traceback {
            code,
            globals,
            frame: Cell::new(None),
            lineno,
            lasti,
            next: RefCell::new(match next {
                Value::Obj(o) => Some(o),
                _ => None,
            }),
        }
    }

    /// `tb_next`: the next link, or None.
    pub fn next(&self) -> Value {
        match &*self.next.borrow() {
            Some(o) => Value::Obj(o.clone()),
            None => Value::None,
        }
    }

    /// `tb_frame`: the frame object, made on first use.
    pub fn frame(&self, vm: &Vm) -> ObjRef {
        let made = self.frame.take();
        if let Some(f) = &made {
            let f = f.clone();
            self.frame.set(made);
            return f;
        }
        let info = FrameInfo {
            code: self.code.clone(),
            globals: self.globals.clone(),
            lineno: self.lineno,
            locals: Value::None,
            back: Value::None,
        };
        let f = Rc::new(PyObject::new(
            vm.types.frame.clone(),
            Payload::Frame(Box::new(info)),
        ));
        self.frame.set(Some(f.clone()));
        f
    }

    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        f(&self.globals);
        // The frame is taken out for the call and put back: `f` only looks at the object.
        let frame = self.frame.take();
        if let Some(frame) = &frame {
            f(frame);
        }
        self.frame.set(frame);
        match self.next.try_borrow() {
            Ok(next) => {
                if let Some(o) = &*next {
                    f(o);
                }
                true
            }
            _ => false,
        }
    }

    pub fn clear(&self) {
        if let Ok(mut n) = self.next.try_borrow_mut() {
            *n = None;
        }
        self.frame.set(None);
    }
}

#[cfg(test)]
mod tests {
    /// A link lives inside its object (one allocation per frame an exception leaves): the
    /// payload must not grow for it.
    #[test]
    fn traceback_fits_the_payload() {
        assert!(
            std::mem::size_of::<super::Traceback>()
                <= std::mem::size_of::<crate::object::Payload>() - 8
        );
    }
}
