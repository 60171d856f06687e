//! Generators, coroutines and async generators share one object (as in CPython's
//! `Objects/genobject.c`): a suspended frame and a state machine. How they run is in
//! `eval/resume.rs`; the async generator's `asend`/`athrow` awaitables are here as data.
//!
//! When the last reference to one goes, Rust's `Drop` cannot run Python code, so what CPython
//! does at that moment (warn about a coroutine never awaited, run a suspended generator's
//! `finally` blocks) is queued here and done by the VM at its next safe point, before the
//! next instruction runs.

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use crate::code::Code;
use crate::frame::Frame;
use crate::object::ObjRef;
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
    /// Paused at a `yield` (or inside a `yield from`/`await`).
    Suspended(Box<Frame>),
    /// Its frame is executing.
    Running,
    /// Returned, raised, or closed.
    Closed,
}

pub struct Generator {
    pub kind: GenKind,
    pub state: RefCell<GenState>,
    pub code: Rc<Code>,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// The exception being handled inside the generator while it is suspended.
    pub exc_state: RefCell<Value>,
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
            running_async: Cell::new(false),
            hooks_inited: Cell::new(false),
            finalizer: RefCell::new(Value::None),
            closed: Cell::new(false),
        }
    }

    pub fn is_running(&self) -> bool {
        matches!(*self.state.borrow(), GenState::Running)
    }

    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        let Ok(state) = self.state.try_borrow() else {
            return false;
        };
        if let GenState::Created(frame) | GenState::Suspended(frame) = &*state {
            trace_frame(frame, f);
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

/// Every strong reference a (suspended) frame holds.
pub fn trace_frame(frame: &Frame, f: &mut dyn FnMut(&ObjRef)) {
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
    NeverAwaited { qualname: String },
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
                Some(Pending::NeverAwaited { qualname })
            }
            GenState::Suspended(frame) => Some(Pending::Close {
                kind: self.kind,
                frame,
                qualname,
                finalizer: std::mem::replace(self.finalizer.get_mut(), Value::None),
            }),
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

/// Closes a generator found in cyclic garbage (its `finally` blocks run).
pub fn close_for_finalization(vm: &mut crate::vm::Vm, gen: &ObjRef) -> crate::vm::PyResult<()> {
    crate::eval::resume::close(vm, gen).map(|_| ())
}
