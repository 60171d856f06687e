//! Generators, coroutines and async generators share one object (as in CPython's
//! `Objects/genobject.c`): a suspended frame and a state machine. How they run is in
//! `eval/resume.rs`; the async generator's `asend`/`athrow` awaitables are here as data.
//!
//! When the last reference to one goes, Rust's `Drop` cannot run Python code, so what CPython
//! does at that moment (warn about a coroutine never awaited, run a suspended generator's
//! `finally` blocks) is queued here and done by the VM at its next safe point, before the
//! next instruction runs.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::code::Code;
use crate::frame::{Entry, Frame};
use crate::object::{ObjRef, Payload, PyObject};
use crate::value::Value;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum GenKind {
    Generator,
    Coroutine,
    AsyncGenerator,
}

impl GenKind {
    /// The word CPython uses in messages ("generator", "coroutine", "async generator").
    pub fn word(self) -> &'static str {
        match self {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async generator",
        }
    }
}

/// The life of a generator. The frame lives in the state while not running; while running it
/// is on the VM's frame stack.
pub enum GenState {
    /// Made but never started: the frame waits at its first instruction.
    Created(Box<Frame>),
    /// Paused at a `yield` (or inside a `yield from`/`await`); it owns its frame, and
    /// (`Generator::inner`) the frames of the chain of generators it is suspended inside.
    Suspended(Box<Frame>),
    /// Its frame is executing, at the bottom of its chain of delegations (resumed by `next`,
    /// `send`, a `for` loop or Rust).
    Running,
    /// Delegated to by the `Send` of the generator `by` (`yield from`, `await`): its frame
    /// is in `by`'s chain, on the frame stack while the chain runs, in the chain's
    /// `inner` chain while it is suspended. Whether it is running is whether the bottom of
    /// the chain is (see `eval/chain.rs`), so suspending and resuming a chain touches only
    /// the bottom generator's state.
    Delegated(Weak<PyObject>),
    /// Returned, raised, or closed.
    Closed,
}

/// A suspended generator's frames, taken out of it to resume it: its own frame and, when it
/// was suspended inside a chain of awaits, the frames of the generators it delegates to.
pub struct Suspension {
    pub frame: Box<Frame>,
    pub inner: Option<Box<Chain>>,
}

/// The frames of a suspended chain above its bottom frame, outermost first, and the handled
/// exception of each one's generator. Each frame keeps its `Entry::Delegate` (the generator
/// it belongs to and its position in the chain), so the block goes back on the frame stack
/// as it is.
#[derive(Default)]
pub struct Chain {
    #[allow(clippy::vec_box)]
    pub frames: Vec<Box<Frame>>,
    pub excs: Vec<Value>,
}

impl Chain {
    /// Gives the chain's frames back to their generators: the first one's generator (the
    /// one delegated to by the frame below) becomes the suspended owner of the rest. Used
    /// when the generator below dies or is cleared.
    pub fn hand_back(mut self: Box<Chain>) {
        if self.frames.is_empty() {
            return;
        }
        let mut frame = self.frames.remove(0);
        let exc = if self.excs.is_empty() {
            Value::None
        } else {
            self.excs.remove(0)
        };
        let Entry::Delegate { gen, .. } = std::mem::replace(&mut frame.entry, Entry::Suspended)
        else {
            return;
        };
        renumber(&mut self.frames, 0);
        let inner = if self.frames.is_empty() {
            None
        } else {
            Some(self)
        };
        if let Payload::Generator(g) = &gen.payload {
            if let Ok(mut state) = g.state.try_borrow_mut() {
                if matches!(*state, GenState::Delegated(_)) {
                    *state = GenState::Suspended(frame);
                    g.inner.set(inner);
                    *g.exc_state.borrow_mut() = exc;
                }
            }
        }
    }
}

/// Sets the chain positions of `frames` (the frames above a chain's bottom frame at
/// position `base`): the i-th gets `base + 1 + i`.
pub fn renumber(frames: &mut [Box<Frame>], base: u32) {
    for (i, f) in frames.iter_mut().enumerate() {
        if let Entry::Delegate { pos, .. } = &mut f.entry {
            *pos = base + 1 + i as u32;
        }
    }
}

pub struct Generator {
    pub kind: GenKind,
    pub state: RefCell<GenState>,
    pub code: Rc<Code>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator while it is suspended at the
    /// bottom of its chain (a delegated generator's is in the chain, or on the VM's stack).
    pub exc_state: RefCell<Value>,
    /// While it is `Suspended` at the bottom of a chain of awaits: the frames of the chain
    /// above its own (kept beside the state, not in it, so that the state stays one word
    /// and a plain generator's yield writes it cheaply).
    pub inner: Cell<Option<Box<Chain>>>,
    /// Async generators: an `asend`/`athrow` is in progress.
    pub running_async: Cell<bool>,
    /// Async generators: the finalizer hook was looked up (`sys.set_asyncgen_hooks`).
    pub hooks_inited: Cell<bool>,
    pub finalizer: RefCell<Value>,
    /// Async generators: `aclose()` finished.
    pub closed: Cell<bool>,
}

impl Generator {
    pub fn new(kind: GenKind, frame: Box<Frame>, name: Value, qualname: Value) -> Generator {
        Generator {
            kind,
            code: frame.code.clone(),
            state: RefCell::new(GenState::Created(frame)),
            name: RefCell::new(name),
            qualname: RefCell::new(qualname),
            exc_state: RefCell::new(Value::None),
            inner: Cell::new(None),
            running_async: Cell::new(false),
            hooks_inited: Cell::new(false),
            finalizer: RefCell::new(Value::None),
            closed: Cell::new(false),
        }
    }

    /// Ends the generator (the collector clearing it): its own frame goes, and the frames
    /// of the chain it was suspended inside go back to their generators.
    pub fn clear(&self) {
        if let Ok(mut s) = self.state.try_borrow_mut() {
            let old = std::mem::replace(&mut *s, GenState::Closed);
            drop(s);
            drop(old);
            let inner = self.inner.take();
            if let Some(inner) = inner {
                inner.hand_back();
            }
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        let Ok(state) = self.state.try_borrow() else {
            return false;
        };
        match &*state {
            GenState::Created(frame) => trace_frame(frame, f),
            GenState::Suspended(frame) => {
                trace_frame(frame, f);
                let inner = self.inner.take();
                if let Some(inner) = &inner {
                    for frame in &inner.frames {
                        trace_frame(frame, f);
                    }
                    for v in &inner.excs {
                        trace_value(v, f);
                    }
                }
                self.inner.set(inner);
            }
            _ => {}
        }
        for cell in [&self.name, &self.qualname, &self.exc_state, &self.finalizer] {
            match cell.try_borrow() {
                Ok(v) => {
                    if let Value::Obj(o) = &*v {
                        f(o);
                    }
                }
                Err(_) => return false,
            }
        }
        true
    }
}

fn trace_value(v: &Value, f: &mut dyn FnMut(&ObjRef)) {
    if let Value::Obj(o) = v {
        f(o);
    }
}

/// Every strong reference a (suspended) frame holds, its entry's generator included (the
/// frames of a suspended chain keep their `Entry::Delegate`).
pub fn trace_frame(frame: &Frame, f: &mut dyn FnMut(&ObjRef)) {
    match &frame.entry {
        Entry::Delegate { gen, .. } | Entry::Resume { gen, .. } | Entry::RootResume { gen } => {
            f(gen)
        }
        Entry::Init { instance } => trace_value(instance, f),
        _ => {}
    }
    for v in frame.stack.iter().chain(frame.fast.iter()) {
        if let Value::Obj(o) = v {
            f(o);
        }
    }
    f(&frame.globals);
    f(&frame.builtins);
    if let Value::Obj(o) = &frame.locals {
        f(o);
    }
    if let Some(k) = &frame.kwnames {
        f(k);
    }
}

/// Work left by generators that died (see the module docs).
pub enum Pending {
    /// A coroutine dropped before it ever ran: CPython's "was never awaited" warning.
    NeverAwaited {
        qualname: String,
        /// Where the coroutine lived, for `Exception ignored in: <coroutine object ...>`.
        addr: usize,
    },
    /// A suspended generator's frame, to be closed (its `finally` blocks run).
    Close {
        kind: GenKind,
        frame: Box<Frame>,
        qualname: String,
        /// An async generator's `finalizer` hook: called with the generator instead.
        finalizer: Value,
    },
    /// An object freed by reference counting whose class has `__del__` (see
    /// `objects/finalizer.rs`).
    Del(ObjRef),
}

thread_local! {
    pub static PENDING: RefCell<Vec<Pending>> = const { RefCell::new(Vec::new()) };
    pub static HAS_PENDING: Cell<bool> = const { Cell::new(false) };
}

impl Drop for Generator {
    fn drop(&mut self) {
        let state = std::mem::replace(self.state.get_mut(), GenState::Closed);
        let qualname = self
            .qualname
            .get_mut()
            .as_str()
            .unwrap_or_default()
            .to_string();
        let pending = match state {
            GenState::Created(_) if self.kind == GenKind::Coroutine => {
                Some(Pending::NeverAwaited {
                    qualname,
                    addr: self as *const Generator as usize,
                })
            }
            GenState::Suspended(frame) => {
                if let Some(inner) = self.inner.get_mut().take() {
                    inner.hand_back();
                }
                Some(Pending::Close {
                    kind: self.kind,
                    frame,
                    qualname,
                    finalizer: std::mem::replace(self.finalizer.get_mut(), Value::None),
                })
            }
            _ => None,
        };
        if let Some(p) = pending {
            // Dropping during thread teardown may find the queue gone; nothing to do then.
            let _ = PENDING.try_with(|q| {
                if let Ok(mut q) = q.try_borrow_mut() {
                    q.push(p);
                    HAS_PENDING.with(|h| h.set(true));
                }
            });
        }
    }
}

/// What an async generator awaitable does.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitKind {
    /// `__anext__()` / `asend(v)`.
    Send,
    /// `athrow(...)`.
    Throw,
    /// `aclose()`.
    Close,
}

/// The awaitable state (CPython's `AWAITABLE_STATE_*`).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AwaitState {
    Init,
    Iter,
    Closed,
}

/// The awaitable returned by `asend`, `athrow`, `aclose` and `__anext__`.
pub struct AsyncGenAwaitable {
    pub gen: ObjRef,
    pub kind: AwaitKind,
    pub state: Cell<AwaitState>,
    /// The value to send, or the exception to throw.
    pub value: RefCell<Value>,
}

impl AsyncGenAwaitable {
    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        f(&self.gen);
        match self.value.try_borrow() {
            Ok(v) => {
                if let Value::Obj(o) = &*v {
                    f(o);
                }
                true
            }
            Err(_) => false,
        }
    }
}
