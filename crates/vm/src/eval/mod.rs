//! The eval loop: executes the instructions of the frame on top of the frame stack.
//!
//! The loop is stackless: a call to a Python function pushes a frame and carries on in the
//! same loop; a return pops it and hands the value to the frame below according to the
//! frame's `Entry` (see `frame.rs`). Rust recursion happens only when native code calls back
//! into Python (`Vm::call`), and that nesting is bounded (`RecursionError`).
//!
//! Each instruction's semantics are written once, in `dispatch.rs`; returns, yields and
//! exception unwinding are in `unwind.rs`; generator resumption in `resume.rs`; calls in
//! `call.rs`.

pub mod asyncgen;
pub mod call;
pub mod chain;
mod concat;
pub mod dict_hot;
mod dispatch;
mod fast_call;
pub(crate) mod fold;
pub(crate) mod hot;
pub mod resume;
mod unwind;

use crate::frame::{Entry, Frame};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// How a run of the loop ended.
pub enum Outcome {
    Returned(Value),
    Yielded(Value),
}

/// What an instruction tells the loop.
pub(crate) enum Flow {
    Next,
    Done(Outcome),
    /// Re-raise an exception that is being handled (`RERAISE`, `END_ASYNC_FOR`): unwind
    /// from the top frame without adding a traceback entry for it. The loop does the
    /// unwinding, so an exception that leaves this run is not mistaken for one raised by
    /// the frame below.
    Reraise(PyErr),
}

impl Vm {
    /// Runs `frame` to completion from Rust (a module body, a class body, a function called
    /// by native code) and returns its value.
    pub fn run_frame(&mut self, mut frame: Box<Frame>) -> PyResult<Value> {
        frame.entry = Entry::Root;
        if let Err(e) = self.enter_native_run() {
            self.recycle_frame(frame);
            return Err(e);
        }
        self.frames.push(frame);
        let result = self.run_loop(None);
        self.native_depth -= 1;
        match result? {
            Outcome::Returned(v) => Ok(v),
            Outcome::Yielded(_) => Err(self.system_error("a plain frame yielded")),
        }
    }

    /// Would pushing one more frame pass `sys.getrecursionlimit()`? As in CPython, where C
    /// code calling back into Python spends recursion depth too, each nested run of the loop
    /// (a `__repr__` called by `repr`, a `key=` function called by `sorted`) counts as a level
    /// besides its frames, so recursion through native code stops at the limit rather than
    /// at the end of the Rust stack. The outermost run (the module) does not count.
    #[inline]
    pub(crate) fn frame_depth_exceeded(&self) -> bool {
        self.frames.len() + self.native_depth > self.recursion_limit
    }

    /// Guards the Rust stack before a nested run of the loop.
    pub(crate) fn enter_native_run(&mut self) -> PyResult<()> {
        self.native_depth += 1;
        if self.native_depth > 1 && self.frame_depth_exceeded() {
            // Where CPython's C code calls a Python function, the frame's own check is
            // what trips, with the plain message.
            self.native_depth -= 1;
            return Err(self.new_error(
                &self.exc.recursion_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        if self.native_depth > 1 && self.stack_remaining() < 256 * 1024 {
            self.native_depth -= 1;
            return Err(self.new_error(
                &self.exc.recursion_error.clone(),
                "maximum recursion depth exceeded",
            ));
        }
        Ok(())
    }

    /// Bytes of Rust stack left (an estimate from the address of a local).
    pub(crate) fn stack_remaining(&self) -> usize {
        let here = 0u8;
        let addr = &here as *const u8 as usize;
        addr.saturating_sub(self.stack_limit)
    }

    /// Runs the loop until the bottom frame of this run (the one entered as `Root` or
    /// `RootResume`) returns, yields or raises. With `pending`, that exception is first raised
    /// in the frame on top (how `throw()` starts).
    pub(crate) fn run_loop(&mut self, pending: Option<PyErr>) -> PyResult<Outcome> {
        if let Some(err) = pending {
            if let Flow::Done(outcome) = self.unwind(err, false)? {
                return Ok(outcome);
            }
        }
        loop {
            let unwound = match self.run_instructions() {
                Ok(Flow::Next) => continue,
                Ok(Flow::Done(outcome)) => return Ok(outcome),
                Ok(Flow::Reraise(err)) => self.unwind(err, true)?,
                Err(err) => self.unwind(err, false)?,
            };
            if let Flow::Done(outcome) = unwound {
                return Ok(outcome);
            }
        }
    }

    /// Runs pending finalization (dead generators' `finally` blocks, never-awaited
    /// warnings) if there is any.
    #[inline]
    pub(crate) fn run_pending(&mut self) {
        if crate::objects::generator::HAS_PENDING.with(|h| h.get()) {
            self.run_pending_slow();
        }
    }
}
