//! Leaving frames: returns, yields, and exceptions unwinding through frames to a handler.
//! Where the outcome goes is decided by the finishing frame's `Entry`.

use std::rc::Rc;

use super::{Flow, Outcome};
use crate::frame::{Entry, Frame, ResumeHow};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::generator::{Chain, GenKind, GenState, Suspension};
use crate::objects::traceback::Traceback;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

fn suspend_generator(gen: &ObjRef, susp: Suspension, exc: Value) {
    if let Payload::Generator(g) = &gen.payload {
        *g.exc_state.borrow_mut() = exc;
        if susp.inner.is_some() {
            g.inner.set(susp.inner);
        }
        *g.state.borrow_mut() = GenState::Suspended(susp.frame);
    }
}

impl Vm {
    /// The frame on top returns `value`.
    pub(crate) fn do_return(&mut self, value: Value) -> PyResult<Flow> {
        let Some(mut frame) = self.frames.pop() else {
            return Err(self.system_error("return without a frame"));
        };
        let entry = std::mem::replace(&mut frame.entry, Entry::Suspended);
        self.recycle_frame(frame);
        self.run_pending();
        match entry {
            Entry::Call => {
                self.top_frame()?.push(value);
                Ok(Flow::Next)
            }
            Entry::Init { instance } => {
                if !value.is_none() {
                    return Err(self.type_error(format!(
                        "__init__() should return None, not '{}'",
                        self.type_name(&value)
                    )));
                }
                self.top_frame()?.push(instance);
                Ok(Flow::Next)
            }
            Entry::Resume { gen, how } => {
                self.finish_generator(&gen);
                match how {
                    ResumeHow::Call => Err(self.stop_iteration(value)),
                    ResumeHow::ForIter { target } => {
                        let frame = self.top_frame()?;
                        frame.pop();
                        frame.pc = target;
                        Ok(Flow::Next)
                    }
                }
            }
            Entry::Delegate { gen, .. } => {
                self.finish_generator(&gen);
                self.delegation_done(value)?;
                Ok(Flow::Next)
            }
            Entry::Root => Ok(Flow::Done(Outcome::Returned(value))),
            Entry::RootResume { gen } => {
                self.finish_generator(&gen);
                Ok(Flow::Done(Outcome::Returned(value)))
            }
            Entry::Suspended => Err(self.system_error("a suspended frame returned")),
        }
    }

    /// The delegation of the frame on top (stopped at its `Send`) finished with `value`:
    /// `[receiver] -> [value]`, and jump past the delegation loop.
    pub(crate) fn delegation_done(&mut self, value: Value) -> PyResult<()> {
        let frame = self.top_frame()?;
        let send_at = frame.pc.saturating_sub(1) as usize;
        let target = match frame.code.obj.instructions.get(send_at) {
            Some(pyasync_bytecode::Instruction::Send(t)) => *t,
            _ => return Err(self.system_error("delegation without a Send")),
        };
        let frame = self.top_frame()?;
        frame.pop();
        frame.push(value);
        frame.pc = target;
        Ok(())
    }

    /// The frame on top yields `value`: it, and every frame that delegated to it, suspends.
    /// The frames of a chain leave the stack as one block, kept by the generator at its
    /// bottom (see `eval/chain.rs`): only that generator's state changes.
    pub(crate) fn do_yield(&mut self, value: Value) -> PyResult<Flow> {
        // A delegated frame on top: it and the frames below it down to its chain's bottom
        // frame (`pos` of them) move into the bottom generator's chain buffer.
        let inner = match self.frames.last().map(|f| &f.entry) {
            Some(Entry::Delegate { pos, .. }) => Some(self.take_chain(*pos as usize)?),
            _ => None,
        };
        let Some(mut frame) = self.frames.pop() else {
            return Err(self.system_error("yield without a frame"));
        };
        let exc = self.exc_stack.pop().unwrap_or(Value::None);
        let entry = std::mem::replace(&mut frame.entry, Entry::Suspended);
        let susp = Suspension { frame, inner };
        match entry {
            Entry::Resume { gen, .. } => {
                suspend_generator(&gen, susp, exc);
                self.top_frame()?.push(value);
                Ok(Flow::Next)
            }
            Entry::RootResume { gen } => {
                suspend_generator(&gen, susp, exc);
                Ok(Flow::Done(Outcome::Yielded(value)))
            }
            other => {
                let mut frame = susp.frame;
                frame.entry = other;
                self.frames.push(frame);
                Err(self.system_error("yield outside a generator frame"))
            }
        }
    }

    /// The top `count` frames of the stack (a chain above its bottom frame) and their
    /// entries of the handled-exception stack, moved into a pooled chain buffer.
    #[inline(never)]
    fn take_chain(&mut self, count: usize) -> PyResult<Box<Chain>> {
        if count >= self.frames.len() || count >= self.exc_stack.len() {
            return Err(self.system_error("a chain of awaits lost its frames"));
        }
        let mut chain = self.chain_pool.pop().unwrap_or_default();
        let at = self.frames.len() - count;
        super::chain::move_tail(&mut self.frames, at, &mut chain.frames);
        let at = self.exc_stack.len() - count;
        super::chain::move_tail(&mut self.exc_stack, at, &mut chain.excs);
        Ok(chain)
    }

    /// A generator's frame finished (returned or raised).
    pub(crate) fn finish_generator(&mut self, gen: &ObjRef) {
        self.exc_stack.pop();
        if let Payload::Generator(g) = &gen.payload {
            *g.state.borrow_mut() = GenState::Closed;
            *g.exc_state.borrow_mut() = Value::None;
        }
    }

    /// Propagates `err` from the frame on top: to a handler in it, or out of it into the
    /// frames below, until a handler catches it or it leaves this run. With `reraise`, no
    /// traceback entry is added for the top frame (it already has one).
    pub(crate) fn unwind(&mut self, err: PyErr, reraise: bool) -> PyResult<Flow> {
        // What died with the failing instruction (a coroutine never awaited) is reported
        // from where it died, before any frame is left.
        self.run_pending();
        let mut err = err;
        let mut add_tb = !reraise;
        if !reraise {
            self.chain_context(&err, false);
        }
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(err);
            };
            let lasti = frame.lasti();
            if add_tb {
                self.add_traceback(&err);
            }
            add_tb = true;
            let frame = self.top_frame()?;
            if let Some(h) = frame.code.handler_for(lasti).copied() {
                crate::frame::truncate_values(&mut frame.stack, h.depth as usize);
                if h.push_lasti {
                    frame.push(Value::Int(lasti as i64));
                }
                frame.push(Value::Obj(err.0));
                frame.pc = h.handler;
                return Ok(Flow::Next);
            }
            let Some(mut frame) = self.frames.pop() else {
                return Err(err);
            };
            let entry = std::mem::replace(&mut frame.entry, Entry::Suspended);
            self.recycle_frame(frame);
            match entry {
                Entry::Call | Entry::Init { .. } => {}
                Entry::Resume { gen, .. } | Entry::Delegate { gen, .. } => {
                    self.finish_generator(&gen);
                    err = self.generator_exit_error(&gen, err);
                }
                Entry::Root => return Err(err),
                Entry::RootResume { gen } => {
                    self.finish_generator(&gen);
                    return Err(self.generator_exit_error(&gen, err));
                }
                Entry::Suspended => return Err(err),
            }
        }
    }

    /// PEP 479: a StopIteration leaving a generator or coroutine becomes RuntimeError (and
    /// StopAsyncIteration leaving an async generator too).
    fn generator_exit_error(&mut self, gen: &ObjRef, err: PyErr) -> PyErr {
        let Payload::Generator(g) = &gen.payload else {
            return err;
        };
        let stop = self.exc.stop_iteration.clone();
        let stop_async = self.exc.stop_async_iteration.clone();
        let msg = if self.err_matches(&err, &stop) {
            format!("{} raised StopIteration", g.kind.word())
        } else if g.kind == GenKind::AsyncGenerator && self.err_matches(&err, &stop_async) {
            "async generator raised StopAsyncIteration".to_string()
        } else {
            return err;
        };
        let new = self.new_error(&self.exc.runtime_error, msg);
        if let Payload::Exception(e) = &new.0.payload {
            *e.cause.borrow_mut() = Value::Obj(err.0.clone());
            *e.context.borrow_mut() = Value::Obj(err.0.clone());
            e.suppress_context.set(true);
        }
        crate::objects::exception::note_links(&new.0, &self.gc);
        new
    }

    /// `RERAISE` caught by a handler of its own frame (the exit of a `with` block, or a
    /// `finally`, re-raising into the `except` around it), in the hot loop: what `unwind`
    /// does for it, without leaving the loop. `frame` is on top, `lasti` the instruction;
    /// the exception on top of the stack goes to the handler, whose first instruction is
    /// returned. `None`, with nothing changed, when the frame has no handler there or the
    /// value is not an exception instance (`exec` then has the general path).
    #[inline]
    pub(super) fn reraise_in_frame(frame: &mut Frame, lasti: u32) -> Option<u32> {
        if !matches!(frame.top(), Value::Obj(o) if matches!(o.payload, Payload::Exception(_))) {
            return None;
        }
        let h = *frame.code.handler_for(lasti)?;
        let exc = frame.pop();
        crate::frame::truncate_values(&mut frame.stack, h.depth as usize);
        if h.push_lasti {
            frame.push(Value::Int(lasti as i64));
        }
        frame.push(exc);
        Some(h.handler)
    }

    /// Adds the top frame to the exception's traceback (as the new outermost entry).
    fn add_traceback(&mut self, err: &PyErr) {
        let Some(frame) = self.frames.last() else {
            return;
        };
        let Payload::Exception(e) = &err.0.payload else {
            return;
        };
        let lasti = frame.lasti();
        let lineno = frame.code.obj.line_of(lasti);
        let next = e.traceback.borrow().clone();
        let link = Traceback::new(
            frame.code.clone(),
            frame.globals.clone(),
            lineno,
            lasti,
            next,
        );
        let tb = Rc::new(PyObject::new(
            self.types.traceback.clone(),
            Payload::Traceback(link),
        ));
        // Not registered with the collector: a cycle through a link passes through the
        // globals it holds, which adopt it (see `ExceptionData::tracked`).
        *e.traceback.borrow_mut() = Value::Obj(tb);
    }

    /// Returns a finished frame to the pool.
    #[inline(always)]
    pub(crate) fn recycle_frame(&mut self, mut frame: Box<Frame>) {
        if self.frame_pool.len() < 64 {
            crate::frame::truncate_values(&mut frame.stack, 0);
            crate::frame::truncate_values(&mut frame.fast, 0);
            if !frame.locals.is_null() {
                frame.locals = Value::Null;
            }
            if frame.kwnames.is_some() {
                frame.kwnames = None;
            }
            crate::frame::push_frame(&mut self.frame_pool, frame);
        }
    }
}
