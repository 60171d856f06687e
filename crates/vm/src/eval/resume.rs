//! Resuming generators and coroutines: `send`, `throw`, `close`, `for` loops, and the
//! delegation of `yield from` / `await`.
//!
//! **Suspended chains.** When coroutine A awaits B which awaits C, and C yields, all three
//! suspend as one block kept by A (see `chain.rs`); A and B stay stopped at their `Send`.
//! Resuming A pushes the block back on the frame stack at once and continues C. No frame
//! re-executes anything on the way down or up, the Rust stack does not grow with the depth of
//! the chain, and only A's state changes: resuming a task 50 awaits deep costs a copy of 49
//! more frame pointers than resuming one that is 1 deep. (CPython re-enters `gen_send_ex`
//! once per level.) If the top frame of the block delegates to a generator that is not in it
//! (split off by a direct `send()` on it), the loop in `push_generator` pushes that one next.
//!
//! Throwing into a chain raises in the innermost frame and unwinds outward through the
//! delegators, which is what CPython's recursive `gen_throw` amounts to, except for the two
//! cases it treats specially and so do we: `GeneratorExit` closes the delegate first and is
//! then raised in the delegator, and a delegate that is not a generator gets its own
//! `throw()` called.

use std::rc::{Rc, Weak};

use pyasync_bytecode::Instruction;

use super::chain::{self, Status};
use super::{Flow, Outcome};
use crate::builtins::functions::Args;
use crate::frame::{Entry, Frame, ResumeHow};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::generator::{renumber, Chain, GenKind, GenState, Pending, Suspension, PENDING};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Sets the entry of a frame taken from a suspended generator (whose entry is
/// `Suspended`, which owns nothing: written over without a drop).
#[inline(always)]
fn set_entry(frame: &mut Frame, entry: Entry) {
    if matches!(frame.entry, Entry::Suspended) {
        // SAFETY: the old entry owns nothing, so not dropping it leaks nothing.
        unsafe { std::ptr::write(&mut frame.entry, entry) };
    } else {
        frame.entry = entry;
    }
}

/// Makes `value` the result of the `yield` a resumed frame is stopped after. A `yield`
/// used as a statement discards it (`PopTop` next): a value that owns nothing is then not
/// pushed at all, and the frame starts after the `PopTop` (one instruction fewer for
/// every item of a `for` over a generator), or past the loop's `Jump` after it (see
/// [`take_jump`]). `x = yield y` (`StoreFast` next) stores the
/// value into the local at once when the local's old value owns nothing (so that dropping
/// it runs no finalizer), and the frame starts after the `StoreFast` (one instruction fewer
/// for every `send()`). Anything else is pushed and popped as usual, so that a finalizer a
/// drop queues runs where it would, and so is anything while finalizers wait (the `PopTop`
/// or `StoreFast` runs them). Returns whether a backward jump was taken: the caller then
/// calls `maybe_collect` once the frame is on top, as the `Jump` would have.
#[inline(always)]
fn deliver_sent(frame: &mut Frame, value: Value) -> bool {
    if !crate::objects::generator::HAS_PENDING.with(|h| h.get()) {
        match frame.code.instructions.get(frame.pc as usize) {
            Some(Instruction::PopTop) if !matches!(value, Value::Obj(_)) => {
                frame.pc += 1;
                std::mem::forget(value);
                return take_jump(frame);
            }
            Some(&Instruction::StoreFast(i)) => {
                if let Some(slot) = frame.fast.get_mut(i as usize) {
                    if !matches!(slot, Value::Obj(_)) {
                        // (The old value owns nothing: no drop to call.)
                        std::mem::forget(std::mem::replace(slot, value));
                        frame.pc += 1;
                        return false;
                    }
                }
            }
            _ => {}
        }
    }
    frame.push(value);
    false
}

/// A resumed frame about to run a `Jump` (a `yield` statement at the end of a loop's body,
/// `for x in xs: yield f(x)`) takes it at once, as the hot loop's `Jump` arm would: a
/// forward one always, a backward one (a safe point) unless Ctrl-C was pressed (the `Jump`
/// then runs and raises KeyboardInterrupt). Returns whether a backward jump was taken, after
/// which the caller runs `maybe_collect` with the frame on top, as the `Jump` does.
#[inline(always)]
pub(crate) fn take_jump(frame: &mut Frame) -> bool {
    let Some(&Instruction::Jump(t)) = frame.code.instructions.get(frame.pc as usize) else {
        return false;
    };
    if t > frame.pc {
        frame.pc = t;
        return false;
    }
    if crate::signals::interrupt_pending() {
        return false;
    }
    frame.pc = t;
    true
}

/// The `YieldValue` arm's move of the value yielded by `gen_frame` (on its top) to the
/// frame that resumed it. When the resumer's next instruction stores it into a local whose
/// old value owns nothing (`for x in gen:`, `last = g.send(v)`) and no finalizer waits (the
/// `StoreFast` would run it), the value goes straight into that local and the resumer
/// starts after the `StoreFast`: one instruction fewer for every item. Otherwise it is
/// pushed on the resumer's stack. False (nothing done) when `gen_frame`'s stack is empty.
#[inline(always)]
pub(crate) fn yield_to(gen_frame: &mut Frame, resumer: &mut Frame) -> bool {
    if let Some(&Instruction::StoreFast(i)) = resumer.code.instructions.get(resumer.pc as usize) {
        if let Some(slot) = resumer.fast.get_mut(i as usize) {
            if !matches!(slot, Value::Obj(_))
                && !gen_frame.stack.is_empty()
                && !crate::objects::generator::HAS_PENDING.with(|h| h.get())
            {
                // (The old value owns nothing: no drop to call.)
                std::mem::forget(std::mem::replace(slot, gen_frame.pop()));
                resumer.pc += 1;
                return true;
            }
        }
    }
    gen_frame.move_top_to(resumer)
}

/// A resumed generator's handled exception, taken out of it for the exception stack.
#[inline(always)]
fn take_exc_state(gen: &ObjRef) -> Value {
    match &gen.payload {
        Payload::Generator(g) => std::mem::replace(&mut *g.exc_state.borrow_mut(), Value::None),
        _ => Value::None,
    }
}

/// What to do to a suspended generator.
pub enum Action {
    /// Resume with this value as the result of the pending `yield`.
    Send(Value),
    /// Raise this exception at the pending `yield`.
    Throw(PyErr),
}

/// Who resumes a generator, which decides its frame's `Entry` (built where the frame gets
/// it, not moved there through a temporary).
#[derive(Clone, Copy)]
pub(crate) enum Resumer {
    /// The frame below (`next(g)`, `g.send(v)`, a `for` loop): `Entry::Resume`.
    Frame(ResumeHow),
    /// Rust code (`Vm::resume`): `Entry::RootResume`.
    Rust,
    /// The `Send` of the frame below (`yield from`, `await`): `Entry::Delegate`.
    Delegator,
}

/// What `push_one_generator` did: finished (with the exception to raise in the new top
/// frame, if any), or pushed a delegating frame whose delegate must be pushed next.
enum Pushed {
    Done(Option<PyErr>),
    Delegate(ObjRef, Action),
}

/// What a frame suspended at: which instruction it executes next decides how it resumes.
enum StopPoint {
    /// Not started.
    Start,
    /// At a plain `yield`.
    Yield,
    /// Inside `yield from`/`await`, delegating to the generator on top of its stack.
    DelegatingToGenerator(ObjRef),
    /// Inside `yield from`/`await` on another kind of iterator, at its `YieldValue`.
    DelegatingToIterator(Value),
}

#[inline]
fn stop_point(frame: &Frame, created: bool) -> StopPoint {
    if created {
        return StopPoint::Start;
    }
    let prev = frame
        .pc
        .checked_sub(1)
        .and_then(|i| frame.code.obj.instructions.get(i as usize));
    match prev {
        Some(Instruction::Send(_)) => match frame.top() {
            Value::Obj(o) => match &o.payload {
                Payload::Generator(_) => StopPoint::DelegatingToGenerator(o.clone()),
                Payload::CoroutineWrapper(c) => StopPoint::DelegatingToGenerator(c.clone()),
                _ => StopPoint::DelegatingToIterator(Value::Obj(o.clone())),
            },
            other => StopPoint::DelegatingToIterator(other.clone()),
        },
        Some(Instruction::YieldValue(true)) => StopPoint::DelegatingToIterator(frame.top().clone()),
        _ => StopPoint::Yield,
    }
}

/// The receiver a suspended generator is delegating to (`gi_yieldfrom`, `cr_await`).
pub fn delegate_of(gen: &ObjRef) -> Value {
    if chain::status(gen) != Status::Suspended {
        return Value::None;
    }
    let point = chain::with_frame(gen, |frame| stop_point(frame, false));
    match point {
        Some(StopPoint::DelegatingToGenerator(o)) => Value::Obj(o),
        Some(StopPoint::DelegatingToIterator(v)) => v,
        _ => Value::None,
    }
}

/// How deeply runs of finalizers may nest (see [`Vm::run_pending_slow`]).
const FINALIZER_NESTING: u32 = 16;

thread_local! {
    /// Runs of [`Vm::run_pending_slow`] now under way on this thread, one inside another.
    static FINALIZER_DEPTH: std::cell::Cell<u32> = const { std::cell::Cell::new(0) };
}

impl Vm {
    /// Takes a generator's suspension to run it, checking its state (CPython's checks in
    /// `gen_send_ex2`), and makes it Running, or Delegated to `delegator`. Returns the suspension and whether the
    /// generator had not started. A generator suspended inside another's chain is split off
    /// it first.
    fn take_suspension(
        &mut self,
        gen: &ObjRef,
        sending_value: bool,
        delegator: Option<Weak<PyObject>>,
    ) -> PyResult<(Suspension, bool)> {
        let Payload::Generator(g) = &gen.payload else {
            return Err(self.type_error("not a generator"));
        };
        let mut state = g.state.borrow_mut();
        if matches!(*state, GenState::Delegated(_)) {
            drop(state);
            chain::detach(gen);
            state = g.state.borrow_mut();
        }
        let new_state = match delegator {
            Some(by) => GenState::Delegated(by),
            None => GenState::Running,
        };
        match std::mem::replace(&mut *state, new_state) {
            GenState::Created(frame) => {
                if sending_value {
                    *state = GenState::Created(frame);
                    return Err(self.type_error(format!(
                        "can't send non-None value to a just-started {}",
                        g.kind.word()
                    )));
                }
                Ok((Suspension { frame, inner: None }, true))
            }
            GenState::Suspended(frame) => {
                let inner = g.inner.take();
                Ok((Suspension { frame, inner }, false))
            }
            old @ (GenState::Running | GenState::Delegated(_)) => {
                // Still delegated after `detach`: its chain is running.
                *state = old;
                Err(self.value_error(format!("{} already executing", g.kind.word())))
            }
            GenState::Closed => {
                *state = GenState::Closed;
                Err(self.closed_generator_error(g.kind))
            }
        }
    }

    /// The generator whose frame is on top (the one about to delegate), as the link of a
    /// generator it delegates to.
    fn delegator_link(&self) -> Weak<PyObject> {
        match self.frames.last().map(|f| &f.entry) {
            Some(
                Entry::Delegate { gen, .. } | Entry::Resume { gen, .. } | Entry::RootResume { gen },
            ) => Rc::downgrade(gen),
            _ => Weak::new(),
        }
    }

    /// The entry of a frame that the frame on top delegates to: one position further up
    /// the chain.
    pub(crate) fn delegate_entry(&self, gen: ObjRef) -> Entry {
        let pos = match self.frames.last().map(|f| &f.entry) {
            Some(Entry::Delegate { pos, .. }) => *pos + 1,
            _ => 1,
        };
        Entry::Delegate { gen, pos }
    }

    /// What resuming a finished generator raises: StopIteration for generators, a reuse
    /// error for coroutines.
    fn closed_generator_error(&self, kind: GenKind) -> PyErr {
        match kind {
            GenKind::Coroutine => self.runtime_error("cannot reuse already awaited coroutine"),
            GenKind::AsyncGenerator => self.stop_async_iteration(),
            GenKind::Generator => self.stop_iteration(Value::None),
        }
    }

    /// Pushes `gen`'s frame (and, if it is suspended inside a delegation, the frames of the
    /// generators it delegates to) onto the frame stack and applies `action` to the innermost.
    /// Returns the exception to raise in the new top frame, if any; an error means nothing
    /// was pushed. The walk down the chain is a loop, so the Rust stack does not grow with
    /// its depth.
    pub(crate) fn push_generator(
        &mut self,
        gen: &ObjRef,
        resumer: Resumer,
        action: Action,
    ) -> PyResult<Option<PyErr>> {
        let action = match action {
            Action::Send(v) if self.resumes_plainly(gen) => {
                self.push_plain_generator(gen, resumer, v);
                return Ok(None);
            }
            other => other,
        };
        let entry = self.entry_for(gen, resumer);
        let mut pushed = self.push_one_generator(gen, entry, action)?;
        loop {
            match pushed {
                Pushed::Done(result) => return Ok(result),
                Pushed::Delegate(inner, inner_action) => {
                    let entry = self.delegate_entry(inner.clone());
                    // Frames are on the stack now: a failure is raised in the top one.
                    pushed = match self.push_one_generator(&inner, entry, inner_action) {
                        Ok(p) => p,
                        Err(e) => return Ok(Some(e)),
                    };
                }
            }
        }
    }

    /// The entry of `gen`'s frame when `resumer` resumes it.
    #[inline(always)]
    fn entry_for(&self, gen: &ObjRef, resumer: Resumer) -> Entry {
        match resumer {
            Resumer::Frame(how) => Entry::Resume {
                gen: gen.clone(),
                how,
            },
            Resumer::Rust => Entry::RootResume { gen: gen.clone() },
            Resumer::Delegator => self.delegate_entry(gen.clone()),
        }
    }

    /// Is `gen` a generator suspended at a plain `yield`, delegating to nothing, with room
    /// for its frame below the recursion limit? Such a generator resumes by
    /// [`Vm::push_plain_generator`], the common case of `push_one_generator` without its
    /// checks: nothing to split off or hand back, no chain to move, no delegate to visit.
    #[inline]
    pub(crate) fn resumes_plainly(&self, gen: &ObjRef) -> bool {
        let Payload::Generator(g) = &gen.payload else {
            return false;
        };
        // SAFETY: the state is only read, within this function, which changes nothing.
        let Ok(state) = (unsafe { g.state.try_borrow_unguarded() }) else {
            return false;
        };
        let GenState::Suspended(frame) = state else {
            return false;
        };
        // SAFETY: `inner` is read in place (not taken and put back): nothing writes it
        // during the read.
        let alone = unsafe { (*g.inner.as_ptr()).is_none() };
        alone
            && self.native_depth + self.frames.len() <= self.recursion_limit
            && matches!(
                frame
                    .pc
                    .checked_sub(1)
                    .and_then(|i| frame.code.instructions.get(i as usize)),
                Some(Instruction::YieldValue(false))
            )
    }

    /// Resumes a generator for which [`Vm::resumes_plainly`] holds: its frame goes on the
    /// stack with `entry`, `value` becomes the result of its `yield`, and it is running (or,
    /// entered as a delegate, `Delegated` to the generator on top).
    #[inline(never)]
    pub(crate) fn push_plain_generator(&mut self, gen: &ObjRef, resumer: Resumer, value: Value) {
        let Payload::Generator(g) = &gen.payload else {
            return;
        };
        let new_state = match resumer {
            Resumer::Delegator => GenState::Delegated(self.delegator_link()),
            _ => GenState::Running,
        };
        let entry = self.entry_for(gen, resumer);
        let old = std::mem::replace(&mut *g.state.borrow_mut(), new_state);
        if let GenState::Suspended(mut frame) = old {
            let exc = std::mem::replace(&mut *g.exc_state.borrow_mut(), Value::None);
            set_entry(&mut frame, entry);
            let jumped_back = deliver_sent(&mut frame, value);
            crate::frame::push_value(&mut self.exc_stack, exc);
            crate::frame::push_frame(&mut self.frames, frame);
            if jumped_back {
                self.maybe_collect();
            }
        }
    }

    /// [`Vm::push_plain_generator`] for a resume by the frame on top (`send()`,
    /// `__next__()`: `how`) when [`Vm::resumes_plainly`] holds (checked here, with the
    /// state borrowed once), taking the generator's reference into the frame's entry
    /// instead of making another. Otherwise nothing changes, and the generator and the value
    /// come back for the general path.
    #[inline(never)]
    pub(crate) fn push_plain_resumed(
        &mut self,
        gen: ObjRef,
        how: ResumeHow,
        value: Value,
    ) -> Result<(), (ObjRef, Value)> {
        let Some(mut frame) = self.take_plain_frame(&gen) else {
            return Err((gen, value));
        };
        let exc = take_exc_state(&gen);
        // (Assigned in place: an `Entry` built elsewhere and copied in was read back at
        // once from two narrower stores, a store-forwarding stall.)
        frame.entry = Entry::Resume { gen, how };
        self.push_resumed_frame(frame, exc, value);
        Ok(())
    }

    /// `ForIter` over `gen` (on top of the frame on top), when [`Vm::resumes_plainly`] holds
    /// (checked here): [`Vm::push_plain_generator`] with `Entry::Resume`, the reference cloned
    /// only once the resume is certain. False, with nothing changed, otherwise.
    #[inline(never)]
    pub(crate) fn push_plain_for_iter(&mut self, gen: &ObjRef, target: u32) -> bool {
        let Some(mut frame) = self.take_plain_frame(gen) else {
            return false;
        };
        let exc = take_exc_state(gen);
        // (Assigned in place, as in `push_plain_resumed`: this copy from a temporary was
        // 40 % of the function's time in `perf annotate`.)
        frame.entry = Entry::Resume {
            gen: gen.clone(),
            how: ResumeHow::ForIter { target },
        };
        self.push_resumed_frame(frame, exc, Value::None);
        true
    }

    /// The frame of `gen` if [`Vm::resumes_plainly`] holds (checked with the state borrowed
    /// once), the generator then Running; `None`, with nothing changed, otherwise.
    #[inline(always)]
    fn take_plain_frame(&self, gen: &ObjRef) -> Option<Box<Frame>> {
        let Payload::Generator(g) = &gen.payload else {
            return None;
        };
        let mut state = g.state.try_borrow_mut().ok()?;
        let GenState::Suspended(frame) = &*state else {
            return None;
        };
        let at_yield = matches!(
            frame
                .pc
                .checked_sub(1)
                .and_then(|i| frame.code.instructions.get(i as usize)),
            Some(Instruction::YieldValue(false))
        );
        // SAFETY: `inner` is read in place (not taken and put back): nothing writes it
        // during the read.
        let alone = unsafe { (*g.inner.as_ptr()).is_none() };
        if !at_yield || !alone || self.native_depth + self.frames.len() > self.recursion_limit {
            return None;
        }
        match std::mem::replace(&mut *state, GenState::Running) {
            GenState::Suspended(frame) => Some(frame),
            old => {
                // (Checked above: not reached.)
                *state = old;
                None
            }
        }
    }

    /// Pushes a frame taken by [`Vm::take_plain_frame`], its entry set, with its
    /// generator's handled exception `exc` on the exception stack and `value` the result of
    /// its `yield`.
    #[inline(always)]
    fn push_resumed_frame(&mut self, mut frame: Box<Frame>, exc: Value, value: Value) {
        let jumped_back = deliver_sent(&mut frame, value);
        crate::frame::push_value(&mut self.exc_stack, exc);
        crate::frame::push_frame(&mut self.frames, frame);
        if jumped_back {
            self.maybe_collect();
        }
    }

    /// The frame on top, a generator delegating to nothing and resumed by the frame below
    /// (`Entry::Resume`) or from Rust (`Entry::RootResume`), has moved the value of its
    /// plain `yield` where it goes: it leaves the frame stack and suspends alone (as
    /// `do_yield` with a chain of one), taking its handled exception off the stack.
    #[inline(always)]
    pub(crate) fn suspend_plain(&mut self) {
        let Some(mut frame) = self.frames.pop() else {
            return;
        };
        let entry = std::mem::replace(&mut frame.entry, Entry::Suspended);
        let (Entry::Resume { gen, .. } | Entry::RootResume { gen }) = entry else {
            return;
        };
        // (Not `unwrap_or(Value::None)`, which drops the unused default out of line.)
        let exc = match self.exc_stack.pop() {
            Some(exc) => exc,
            None => Value::None,
        };
        if let Payload::Generator(g) = &gen.payload {
            let old_exc = std::mem::replace(&mut *g.exc_state.borrow_mut(), exc);
            let old = std::mem::replace(&mut *g.state.borrow_mut(), GenState::Suspended(frame));
            // (Usually `None` and `Running`, which own nothing: no drop to call.)
            if matches!(old_exc, Value::Obj(_)) {
                drop(old_exc);
            } else {
                std::mem::forget(old_exc);
            }
            if matches!(old, GenState::Running) {
                std::mem::forget(old);
            } else {
                drop(old);
            }
        }
    }

    /// One step of `push_generator`: pushes `gen`'s suspended frames (its own, and those of
    /// the chain it was suspended inside, as one block) and delivers the action to the top
    /// one, or says that it goes on to a generator that the top one delegates to.
    fn push_one_generator(
        &mut self,
        gen: &ObjRef,
        entry: Entry,
        action: Action,
    ) -> PyResult<Pushed> {
        let sending_value = matches!(&action, Action::Send(v) if !v.is_none());
        let delegator = match &entry {
            Entry::Delegate { .. } => Some(self.delegator_link()),
            _ => None,
        };
        let (susp, created) = self.take_suspension(gen, sending_value, delegator)?;
        let Suspension {
            mut frame,
            mut inner,
        } = susp;
        // (The action is looked at in place: moving it costs a store-forwarding stall on the
        // path of every plain generator's resumption.)
        if created {
            if let Action::Throw(err) = action {
                // Throwing into an unstarted generator closes it and raises at once.
                if let Payload::Generator(g) = &gen.payload {
                    *g.state.borrow_mut() = GenState::Closed;
                }
                self.recycle_frame(frame);
                return Err(err);
            }
        }
        if inner.is_some() && matches!(&action, Action::Throw(e) if self.is_generator_exit(e)) {
            // GeneratorExit goes level by level (each closes its delegate first): the
            // generators above get their own frames back.
            if let Some(chain) = inner.take() {
                chain.hand_back();
            }
        }
        // One depth check for the block (CPython checks each level as it enters it): the
        // frames that fit are pushed, the rest go back to their generators, and the top one
        // gets the RecursionError.
        let count = 1 + inner.as_ref().map_or(0, |c| c.frames.len());
        let room = (self.recursion_limit + 1).saturating_sub(self.native_depth + self.frames.len());
        if room == 0 {
            if let Payload::Generator(g) = &gen.payload {
                *g.state.borrow_mut() = GenState::Closed;
                *g.exc_state.borrow_mut() = Value::None;
            }
            self.recycle_frame(frame);
            if let Some(chain) = inner {
                self.abandon(*chain);
            }
            return Err(self.recursion_error());
        }
        let too_deep = count > room;
        if too_deep {
            if let Some(chain) = inner.as_mut() {
                let rest = chain::split_off(chain, room - 1);
                self.abandon(*rest);
            }
        }
        // Where the top frame of the block stopped decides what the action does.
        let point = match inner.as_ref().and_then(|c| c.frames.last()) {
            Some(top) => stop_point(top, false),
            None => stop_point(&frame, created),
        };
        let base = match &entry {
            Entry::Delegate { pos, .. } => *pos,
            _ => 0,
        };
        frame.entry = entry;
        let exc = match &gen.payload {
            Payload::Generator(g) => std::mem::replace(&mut *g.exc_state.borrow_mut(), Value::None),
            _ => Value::None,
        };
        self.exc_stack.push(exc);
        self.frames.push(frame);
        if let Some(mut chain) = inner {
            if base != 0 {
                renumber(&mut chain.frames, base);
            }
            self.exc_stack.append(&mut chain.excs);
            self.frames.append(&mut chain.frames);
            if self.chain_pool.len() < 32 {
                self.chain_pool.push(chain);
            }
        }
        if too_deep {
            return Ok(Pushed::Done(Some(self.recursion_error())));
        }
        match point {
            StopPoint::Start => Ok(Pushed::Done(match action {
                Action::Send(_) => None,
                Action::Throw(e) => Some(e),
            })),
            StopPoint::Yield => match action {
                Action::Send(v) => {
                    self.top_frame()?.push(v);
                    Ok(Pushed::Done(None))
                }
                Action::Throw(e) => Ok(Pushed::Done(Some(e))),
            },
            StopPoint::DelegatingToGenerator(inner) => {
                let action = match action {
                    Action::Throw(e) if self.is_generator_exit(&e) => {
                        // Close the delegate, then raise GeneratorExit here.
                        if let Err(close_err) = close(self, &inner) {
                            return Ok(Pushed::Done(Some(close_err)));
                        }
                        return Ok(Pushed::Done(Some(e)));
                    }
                    other => other,
                };
                match chain::status(&inner) {
                    Status::Created | Status::Suspended => Ok(Pushed::Delegate(inner, action)),
                    _ => {
                        // The delegate finished or runs elsewhere: let the Send instruction
                        // deal with it again.
                        let frame = self.top_frame()?;
                        frame.pc -= 1;
                        match action {
                            Action::Send(v) => {
                                frame.push(v);
                                Ok(Pushed::Done(None))
                            }
                            Action::Throw(e) => Ok(Pushed::Done(Some(e))),
                        }
                    }
                }
            }
            StopPoint::DelegatingToIterator(receiver) => match action {
                Action::Send(v) => {
                    self.top_frame()?.push(v);
                    Ok(Pushed::Done(None))
                }
                Action::Throw(e) => self.throw_into_iterator(receiver, e).map(Pushed::Done),
            },
        }
    }

    /// The frames of a chain that could not be resumed because it is deeper than the
    /// recursion limit: as in CPython, where each generator that fails to enter its frame
    /// is finished and its frame cleared without running, the generators are closed and
    /// their frames dropped (no `finally` runs).
    fn abandon(&mut self, mut chain: Chain) {
        for mut frame in chain.frames.drain(..) {
            if let Entry::Delegate { gen, .. } =
                std::mem::replace(&mut frame.entry, Entry::Suspended)
            {
                if let Payload::Generator(g) = &gen.payload {
                    *g.state.borrow_mut() = GenState::Closed;
                }
            }
            self.recycle_frame(frame);
        }
    }

    fn is_generator_exit(&self, err: &PyErr) -> bool {
        self.err_matches(err, &self.exc.generator_exit.clone())
    }

    /// Throwing into a frame delegating to a non-generator iterator: the iterator's own
    /// `throw()` gets the exception first (CPython's `_gen_throw`).
    fn throw_into_iterator(&mut self, receiver: Value, err: PyErr) -> PyResult<Option<PyErr>> {
        if self.err_matches(&err, &self.exc.generator_exit.clone()) {
            if let Some(close_fn) = self.lookup_attr_opt(&receiver, "close")? {
                if let Err(e) = self.call(&close_fn, Args::default()) {
                    return Ok(Some(e));
                }
            }
            return Ok(Some(err));
        }
        let Some(throw_fn) = self.lookup_attr_opt(&receiver, "throw")? else {
            return Ok(Some(err));
        };
        let exc = Value::Obj(err.0.clone());
        match self.call(&throw_fn, Args::new([exc])) {
            Ok(yielded) => {
                // The delegate yielded again: this frame yields that value right away.
                let frame = self.top_frame()?;
                frame.pc -= 1;
                frame.push(yielded);
                Ok(None)
            }
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                let value = self.stop_iteration_value(&e);
                // Finish the delegation: the Send is two instructions back.
                let frame = self.top_frame()?;
                frame.pc -= 1;
                self.delegation_done(value)?;
                Ok(None)
            }
            Err(e) => Ok(Some(e)),
        }
    }

    /// The `Send` instruction: one step of `yield from` / `await`.
    pub(crate) fn send_instr(&mut self, target: u32) -> PyResult<Flow> {
        let frame = self.top_frame()?;
        let value = frame.pop();
        let receiver = frame.top().clone();
        let gen = match receiver.payload() {
            Some(Payload::Generator(_)) => receiver.as_obj().cloned(),
            Some(Payload::CoroutineWrapper(c)) => Some(c.clone()),
            _ => None,
        };
        if let Some(gen) = gen {
            if let Payload::Generator(g) = &gen.payload {
                if matches!(*g.state.borrow(), GenState::Closed) && g.kind == GenKind::Generator {
                    // Sending to an exhausted generator: the delegation ends with None.
                    let frame = self.top_frame()?;
                    frame.pop();
                    frame.push(Value::None);
                    frame.pc = target;
                    return Ok(Flow::Next);
                }
            }
            return match self.push_generator(&gen, Resumer::Delegator, Action::Send(value))? {
                None => Ok(Flow::Next),
                Some(err) => Err(err),
            };
        }
        // Any other iterator: step it natively, or through its `__next__`/`send`.
        let result = match receiver.payload() {
            Some(Payload::AsyncGenAwaitable(_)) => self.agen_awaitable_send(&receiver, value),
            Some(Payload::Iterator(_)) if value.is_none() => match self.iter_next(&receiver)? {
                Some(v) => Ok(v),
                None => Err(self.stop_iteration(Value::None)),
            },
            _ => {
                let method = if value.is_none() { "__next__" } else { "send" };
                let m = self.getattr_str(&receiver, method)?;
                let args = if value.is_none() {
                    Args::default()
                } else {
                    Args::new([value])
                };
                self.call(&m, args)
            }
        };
        match result {
            Ok(v) => {
                self.top_frame()?.push(v);
                Ok(Flow::Next)
            }
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                let v = self.stop_iteration_value(&e);
                let frame = self.top_frame()?;
                frame.pop();
                frame.push(v);
                frame.pc = target;
                Ok(Flow::Next)
            }
            Err(e) => Err(e),
        }
    }

    /// `ForIter`: the next item, or the end of the loop.
    pub(crate) fn for_iter(&mut self, target: u32) -> PyResult<Flow> {
        let frame = self.top_frame()?;
        if let Some(next) = simple_next(frame.top()) {
            match next {
                Some(v) => frame.push(v),
                None => {
                    frame.pop();
                    frame.pc = target;
                }
            }
            return Ok(Flow::Next);
        }
        let iter = frame.top().clone();
        if let Some(Payload::Generator(g)) = iter.payload() {
            if g.kind == GenKind::Generator {
                let gen = iter
                    .as_obj()
                    .cloned()
                    .unwrap_or_else(|| self.none_singleton.clone());
                let resumer = Resumer::Frame(ResumeHow::ForIter { target });
                return match self.push_generator(&gen, resumer, Action::Send(Value::None)) {
                    Ok(None) => Ok(Flow::Next),
                    Ok(Some(err)) => Err(err),
                    Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => {
                        let frame = self.top_frame()?;
                        frame.pop();
                        frame.pc = target;
                        Ok(Flow::Next)
                    }
                    Err(e) => Err(e),
                };
            }
        }
        match self.iter_next(&iter)? {
            Some(v) => self.top_frame()?.push(v),
            None => {
                let frame = self.top_frame()?;
                frame.pop();
                frame.pc = target;
            }
        }
        Ok(Flow::Next)
    }

    /// `gen.send(v)`, `next(gen)`, `gen.throw(e)` called from Python code: the generator's
    /// frame is pushed and the loop goes on (no Rust recursion).
    pub(crate) fn resume_from_loop(&mut self, gen: ObjRef, action: Action) -> PyResult<Flow> {
        match self.push_generator(&gen, Resumer::Frame(ResumeHow::Call), action)? {
            None => Ok(Flow::Next),
            Some(err) => Err(err),
        }
    }

    /// Resumes a generator from Rust and runs it until it yields, returns or raises.
    pub fn resume(&mut self, gen: &ObjRef, action: Action) -> PyResult<Outcome> {
        self.enter_native_run()?;
        let pending = match action {
            // (`push_generator`'s first case, without the call: every item of `sum(g)`.)
            Action::Send(v) if self.resumes_plainly(gen) => {
                self.push_plain_generator(gen, Resumer::Rust, v);
                None
            }
            action => match self.push_generator(gen, Resumer::Rust, action) {
                Ok(p) => p,
                Err(e) => {
                    self.native_depth -= 1;
                    return Err(e);
                }
            },
        };
        let result = self.run_loop(pending);
        self.native_depth -= 1;
        result
    }

    /// The `value` of a StopIteration.
    pub fn stop_iteration_value(&self, err: &PyErr) -> Value {
        if let Some(v) = self.get_attr_raw(&err.0, "value") {
            return v;
        }
        match &err.0.payload {
            Payload::Exception(e) => crate::objects::tuple::tuple_items(&e.args.borrow())
                .first()
                .cloned()
                .unwrap_or(Value::None),
            _ => Value::None,
        }
    }

    /// Runs the work queued by generators that died (see `objects/generator.rs`) and the
    /// `__del__`s of objects that died.
    ///
    /// A finalizer's own frame may drop the last reference to another object with a
    /// `__del__` (the next link of a chain: `self.next`), whose finalizer then runs inside
    /// this one, as in CPython. Past [`FINALIZER_NESTING`] levels the new work is left queued
    /// for the outer run's loop, in the same order, as CPython's trashcan defers a deep
    /// deallocation: a chain of 100,000 such objects is finalized one after the other rather
    /// than 100,000 levels deep (which would end in RecursionError at each level).
    pub(crate) fn run_pending_slow(&mut self) {
        let depth = FINALIZER_DEPTH.with(|d| d.get());
        if depth >= FINALIZER_NESTING {
            return;
        }
        FINALIZER_DEPTH.with(|d| d.set(depth + 1));
        self.run_pending_batches();
        FINALIZER_DEPTH.with(|d| d.set(depth));
    }

    fn run_pending_batches(&mut self) {
        loop {
            // What the trashcan put aside is freed first (`objects/trashcan.rs`).
            crate::objects::trashcan::flush();
            let batch: Vec<Pending> = PENDING.with(|q| std::mem::take(&mut *q.borrow_mut()));
            crate::objects::generator::HAS_PENDING.with(|h| h.set(false));
            if batch.is_empty() {
                return;
            }
            for p in batch {
                match p {
                    Pending::NeverAwaited { qualname, addr } => {
                        self.warn_never_awaited(&qualname, addr);
                    }
                    Pending::Close {
                        kind,
                        frame,
                        qualname,
                        finalizer,
                    } => {
                        self.finalize_frame(kind, frame, &qualname, finalizer);
                    }
                    Pending::Del(obj) => self.run_del(obj),
                }
            }
        }
    }

    /// CPython's `_PyErr_WarnUnawaitedCoroutine`.
    fn warn_never_awaited(&mut self, qualname: &str, addr: usize) {
        let msg = format!("coroutine '{qualname}' was never awaited");
        let cat = self.exc.runtime_warning.clone();
        // At exit (no frame left) CPython's Python-level warning machinery is gone and its
        // C fallback gives no tracemalloc hint.
        let source = !self.frames.is_empty();
        if let Err(e) = self.warn_with_source(&cat, &msg, 1, source) {
            let what = format!("Exception ignored in: <coroutine object {qualname} at {addr:#x}>");
            self.write_unraisable(&e, &what, None);
        }
    }

    /// What the cycle collector does to a generator it found in garbage, before tearing it
    /// down (CPython's `_PyGen_Finalize`): warn about a coroutine never started, hand a
    /// suspended async generator to its finalizer hook, or close a suspended generator.
    pub(crate) fn finalize_generator(&mut self, gen: &ObjRef) {
        let Payload::Generator(g) = &gen.payload else {
            return;
        };
        let status = chain::status(gen);
        let (created, suspended) = (status == Status::Created, status == Status::Suspended);
        if created && g.kind == GenKind::Coroutine {
            let qualname = g.qualname.borrow().as_str().unwrap_or_default().to_string();
            let addr = Rc::as_ptr(gen) as usize;
            self.warn_never_awaited(&qualname, addr);
            return;
        }
        if !suspended {
            return;
        }
        let finalizer = g.finalizer.borrow().clone();
        if g.kind == GenKind::AsyncGenerator && !finalizer.is_none() && !g.closed.get() {
            if let Err(e) = self.call(&finalizer, Args::new([Value::Obj(gen.clone())])) {
                self.write_unraisable(&e, "Exception ignored in", Some(&finalizer));
            }
            return;
        }
        if let Err(e) = close(self, gen) {
            self.write_unraisable(&e, "Exception ignored in", Some(&Value::Obj(gen.clone())));
        }
    }

    /// Calls `__del__` on an object whose last reference went; an error is reported as
    /// "Exception ignored in" (CPython's `PyObject_CallFinalizer`).
    fn run_del(&mut self, obj: ObjRef) {
        self.gc_track(&obj);
        let class = self.class_of(&Value::Obj(obj.clone())).clone();
        if let Some(del) = self.lookup_type(&class, "__del__") {
            if let Err(e) = self.call(&del, Args::new([Value::Obj(obj)])) {
                self.write_unraisable(&e, "Exception ignored in", Some(&del));
            }
        }
    }

    /// Closes the frame of a generator that died while suspended, so its `finally` blocks
    /// run, reporting errors as CPython does for a generator finalized by the GC.
    /// An async generator with a `finalizer` hook is handed to it instead (CPython's
    /// `_PyGen_Finalize`), as a new generator object owning the same frame.
    fn finalize_frame(
        &mut self,
        kind: GenKind,
        frame: Box<Frame>,
        qualname: &str,
        finalizer: Value,
    ) {
        let has_finalizer = kind == GenKind::AsyncGenerator && !finalizer.is_none();
        // Nothing to do unless the frame is inside a try block or with block, or delegates
        // (closing it closes what it delegates to, as gen_close does).
        let lasti = frame.lasti();
        let delegating = matches!(
            stop_point(&frame, false),
            StopPoint::DelegatingToGenerator(_) | StopPoint::DelegatingToIterator(_)
        );
        if !has_finalizer && !delegating && frame.code.obj.handler_for(lasti).is_none() {
            self.recycle_frame(frame);
            return;
        }
        let name = self.new_str(qualname.rsplit('.').next().unwrap_or(qualname));
        let qual = self.new_str(qualname);
        let gen = self.new_generator_obj(kind, frame, name, qual, true);
        // The frame was suspended, not just created: close must throw into it.
        if let Payload::Generator(g) = &gen.payload {
            let mut state = g.state.borrow_mut();
            if let GenState::Created(frame) = std::mem::replace(&mut *state, GenState::Closed) {
                *state = GenState::Suspended(frame);
            }
            g.hooks_inited.set(true);
        }
        if has_finalizer {
            if let Err(e) = self.call(&finalizer, Args::new([Value::Obj(gen.clone())])) {
                self.write_unraisable(&e, "Exception ignored in", Some(&finalizer));
            }
            return;
        }
        if let Err(e) = close(self, &gen) {
            self.write_unraisable(&e, "Exception ignored in", Some(&Value::Obj(gen.clone())));
            // Closing could fail before the frame ran (too deep): it must not come back.
            if let Payload::Generator(g) = &gen.payload {
                g.clear();
            }
        }
    }

    pub fn recursion_error(&self) -> PyErr {
        self.new_error(
            &self.exc.recursion_error,
            "maximum recursion depth exceeded",
        )
    }
}

/// `gen.close()` (CPython's `gen_close`): raise GeneratorExit at the pending yield; a
/// generator that yields anyway gets RuntimeError.
pub fn close(vm: &mut Vm, gen: &ObjRef) -> PyResult<Value> {
    let Payload::Generator(g) = &gen.payload else {
        return Ok(Value::None);
    };
    let kind = g.kind;
    match chain::status(gen) {
        Status::Created => {
            *g.state.borrow_mut() = GenState::Closed;
            return Ok(Value::None);
        }
        Status::Closed => return Ok(Value::None),
        Status::Running => {
            return Err(vm.value_error(format!("{} already executing", kind.word())));
        }
        Status::Suspended => {}
    }
    let exit = vm.new_exception(&vm.exc.generator_exit.clone(), vec![]);
    match vm.resume(gen, Action::Throw(crate::vm::PyErr(exit))) {
        Ok(Outcome::Yielded(_)) => {
            let msg = format!("{} ignored GeneratorExit", kind.word());
            Err(vm.runtime_error(msg))
        }
        Ok(Outcome::Returned(_)) => Ok(Value::None),
        Err(e) => {
            let gexit = vm.exc.generator_exit.clone();
            let stop = vm.exc.stop_iteration.clone();
            if vm.err_matches(&e, &gexit) || vm.err_matches(&e, &stop) {
                Ok(Value::None)
            } else {
                Err(e)
            }
        }
    }
}

/// The next item of a list, tuple or range iterator, stepped in place (the `ForIter` fast
/// path; the same steps as `native_next`). `None` when `it` is another kind of iterator.
#[inline]
pub(super) fn simple_next(it: &Value) -> Option<Option<Value>> {
    use crate::objects::iter::IterState;
    let Some(Payload::Iterator(cell)) = it.payload() else {
        return None;
    };
    let mut state = cell.try_borrow_mut().ok()?;
    match &mut *state {
        IterState::List { list, index } => {
            let Payload::List(items) = &list.payload else {
                return None;
            };
            let item = items.try_borrow().ok()?.get(*index).cloned();
            *index += 1;
            Some(item)
        }
        IterState::Tuple { tuple, index } => {
            let Payload::Tuple(items) = &tuple.payload else {
                return None;
            };
            let item = items.get(*index).cloned();
            *index += 1;
            Some(item)
        }
        IterState::Range {
            next,
            step,
            remaining,
        } => {
            if *remaining > 0 {
                let v = *next;
                *next = next.wrapping_add(*step);
                *remaining -= 1;
                Some(Some(Value::Int(v)))
            } else {
                Some(None)
            }
        }
        _ => None,
    }
}
