//! Folding a generator from Rust: `sum(g)` and `list(g)` (`collect_iterable`) without
//! suspending the generator between its items.
//!
//! Resuming a generator from Rust for each item (`Vm::resume`) costs a nested run of the
//! loop per item: the run is entered, the frame pushed, the yield suspends it and ends the
//! run, and the value travels back through `iter_next`. A fold instead resumes the
//! generator once and keeps its frame running: each plain `yield` of the generator's own
//! frame whose value the fold can take in without running Python code (an int or float
//! added to an int or float total, any value appended to a list being built) hands the
//! value to the fold's accumulator and goes on at once as if resumed with `None`. Nothing
//! else runs between two such items, so nothing can tell that the generator was not
//! suspended between them (CPython suspends it, calls `int.__add__` or appends, and
//! resumes it). Every other yield (a value the fold cannot take, a yield of a generator the
//! frame delegates to) suspends the generator as `Vm::resume` does and ends the run with
//! the value, which the caller handles the general way before folding again.
//!
//! The fold in progress is `Vm::fold`: which frame it is (the frame stack's length when
//! that frame is on top; the frame stays at that position for as long as the run lasts,
//! since its yield, return or exception ends the run) and its accumulator. A fold started
//! while another runs (a `sum` inside the generator) saves the outer one and puts it back.

use super::resume::{Action, Resumer};
use super::Outcome;
use crate::frame::Frame;
use crate::object::{ObjRef, Payload};
use crate::objects::generator::GenKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};
use pyasync_bytecode::Instruction;

/// What a fold collects.
#[derive(Default)]
pub(crate) enum Accumulator {
    /// No fold in progress.
    #[default]
    Idle,
    /// `sum()`: the total so far, an int or a float (anything else is not folded).
    Sum(Value),
    /// `list(g)` and the like: the items so far.
    Collect(Vec<Value>),
}

/// The fold in progress (see the module docs).
#[derive(Default)]
pub(crate) struct Fold {
    /// The length of the frame stack while the folded generator's frame is on top; 0 when
    /// no fold is in progress (a yielding frame makes the stack at least 1 long).
    pub depth: usize,
    pub acc: Accumulator,
}

/// How a fold's run ended.
pub(crate) enum FoldEnd {
    /// The generator returned (or was already finished).
    Exhausted,
    /// The generator yielded a value the fold did not take; it is suspended.
    Item(Value),
}

/// The `YieldValue` arm of the hot loop for the folded generator's frame (`frame`, on top,
/// at a plain `yield`): takes the value on top into `acc` if it can, delivers `None` as
/// the result of the `yield`, and returns the index of the instruction to run next and
/// whether a loop's backward `Jump` was taken to get there (the caller then runs
/// `maybe_collect`, as the `Jump` would). `None` (nothing changed) when the value is not
/// one the fold takes.
#[inline(never)]
pub(crate) fn take_yielded(acc: &mut Accumulator, frame: &mut Frame) -> Option<(u32, bool)> {
    match acc {
        Accumulator::Sum(total) => {
            let sum = match (&*total, frame.top()) {
                (Value::Int(a), Value::Int(b)) => Value::Int(a.checked_add(*b)?),
                (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
                _ => return None,
            };
            // (Both are numbers, which own nothing: no drop to call.)
            std::mem::forget(std::mem::replace(total, sum));
            frame.discard_top();
        }
        Accumulator::Collect(items) => items.push(frame.pop()),
        Accumulator::Idle => return None,
    }
    // `None` is the `yield`'s result: a `yield` statement (`PopTop` next) starts after the
    // `PopTop` (and its loop's `Jump`), unless finalizers wait (the `PopTop` is where they
    // would run).
    let pending = crate::objects::generator::HAS_PENDING.with(|h| h.get());
    let next = frame.code.instructions.get(frame.pc as usize);
    if !pending && matches!(next, Some(Instruction::PopTop)) {
        frame.pc += 1;
        let jumped_back = super::resume::take_jump(frame);
        return Some((frame.pc, jumped_back));
    }
    frame.push(Value::None);
    Some((frame.pc, false))
}

/// Whether `it` is a generator (not a coroutine or async generator), which a fold can drive.
pub(crate) fn foldable(it: &Value) -> Option<&ObjRef> {
    match it {
        Value::Obj(o) => match &o.payload {
            Payload::Generator(g) if g.kind == GenKind::Generator => Some(o),
            _ => None,
        },
        _ => None,
    }
}

impl Vm {
    /// Resumes `gen` (as `next(gen)` from Rust) and runs it, folding its items into `acc`,
    /// until it yields a value the fold does not take, returns, or raises.
    pub(crate) fn fold_generator(
        &mut self,
        gen: &ObjRef,
        acc: &mut Accumulator,
    ) -> PyResult<FoldEnd> {
        self.enter_native_run()?;
        let depth = self.frames.len() + 1;
        let pending = if self.resumes_plainly(gen) {
            self.push_plain_generator(gen, Resumer::Rust, Value::None);
            None
        } else {
            match self.push_generator(gen, Resumer::Rust, Action::Send(Value::None)) {
                Ok(p) => p,
                Err(e) => {
                    self.native_depth -= 1;
                    return self.fold_error(e);
                }
            }
        };
        let outer = std::mem::replace(
            &mut self.fold,
            Fold {
                depth,
                acc: std::mem::take(acc),
            },
        );
        let result = self.run_loop(pending);
        *acc = std::mem::replace(&mut self.fold, outer).acc;
        self.native_depth -= 1;
        match result {
            Ok(Outcome::Yielded(v)) => Ok(FoldEnd::Item(v)),
            Ok(Outcome::Returned(_)) => Ok(FoldEnd::Exhausted),
            Err(e) => self.fold_error(e),
        }
    }

    /// A StopIteration out of a resume (a finished generator) ends the iteration, as in
    /// `iter_next`.
    fn fold_error(&self, e: crate::vm::PyErr) -> PyResult<FoldEnd> {
        if self.err_matches(&e, &self.exc.stop_iteration.clone()) {
            Ok(FoldEnd::Exhausted)
        } else {
            Err(e)
        }
    }

    /// All the items of the generator `gen` (`collect_iterable`'s loop, folded).
    pub(crate) fn collect_generator(&mut self, gen: &ObjRef) -> PyResult<Vec<Value>> {
        let mut acc = Accumulator::Collect(Vec::new());
        loop {
            let end = self.fold_generator(gen, &mut acc)?;
            let Accumulator::Collect(items) = &mut acc else {
                return Err(self.system_error("a fold lost its list"));
            };
            match end {
                FoldEnd::Exhausted => return Ok(std::mem::take(items)),
                FoldEnd::Item(v) => items.push(v),
            }
        }
    }
}
