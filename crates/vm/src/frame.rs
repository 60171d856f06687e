//! Frames: one activation of a code object. A frame is a heap object (`Box<Frame>`): while it
//! runs it sits on the VM's frame stack; while its generator or coroutine is suspended, the
//! generator owns it. Python-to-Python calls push a frame instead of recursing in Rust (see
//! `eval/`), and each frame records, in its [`Entry`], what to do with its outcome when it
//! finishes or suspends.

use std::rc::Rc;

use crate::code::Code;
use crate::object::ObjRef;
use crate::value::Value;

/// How a frame was entered, which decides where its result goes.
pub enum Entry {
    /// Called by the frame below: the return value is pushed there.
    Call,
    /// An `__init__` run by instance creation in the frame below: it must return None, and
    /// the instance is pushed instead.
    Init { instance: Value },
    /// A generator resumed by the frame below (`next(g)`, `g.send(v)`, a `for` loop).
    Resume { gen: ObjRef, how: ResumeHow },
    /// A generator or coroutine delegated to by the `Send` of the frame below (`yield from`,
    /// `await`): its return value completes the delegation, a yield suspends the whole chain.
    /// `pos` is the frame's position in that chain of delegations: the bottom frame (entered
    /// some other way) is at 0, the one it delegates to at 1, and so on; so the frame that
    /// yields knows how many frames suspend with it. A suspended chain keeps these entries.
    Delegate { gen: ObjRef, pos: u32 },
    /// The bottom frame of a run started from Rust: its outcome returns from the run.
    Root,
    /// A generator resumed from Rust (`Vm::resume`): a yield or return ends the run.
    RootResume { gen: ObjRef },
    /// A suspended generator's frame (no owner on the stack).
    Suspended,
}

/// What the frame below does with a resumed generator's outcome.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ResumeHow {
    /// `next()`, `send()`, `throw()`: a yield is the call's result, a return raises
    /// StopIteration in the caller.
    Call,
    /// `ForIter`: a yield is the next item; a return ends the loop (jump to the target).
    ForIter { target: u32 },
}

pub struct Frame {
    pub code: Rc<Code>,
    /// Index of the next instruction.
    pub pc: u32,
    pub stack: Vec<Value>,
    /// Locals, then cells, then free variables (cells hold cell objects).
    pub fast: Vec<Value>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    /// The namespace of module and class frames (name instructions); Null in functions.
    pub locals: Value,
    pub entry: Entry,
    /// Keyword names announced by `KwNames` for the next call.
    pub kwnames: Option<ObjRef>,
}

impl Frame {
    /// The index of the instruction being executed (the one before `pc`).
    #[inline]
    pub fn lasti(&self) -> u32 {
        self.pc.saturating_sub(1)
    }

    pub fn line(&self) -> u32 {
        self.code.obj.line_of(self.lasti())
    }

    /// Pushes on the value stack. `Vec::push` does not get inlined into the (large) eval
    /// loop; this writes the value in place, word by word (see `value::copy_value`).
    #[inline(always)]
    pub fn push(&mut self, v: Value) {
        let len = self.stack.len();
        if len == self.stack.capacity() {
            self.stack.reserve(1);
        }
        // SAFETY: `len < capacity` (just ensured), so slot `len` is allocated and unused;
        // after writing it, the first `len + 1` slots are initialized.
        unsafe {
            crate::value::copy_value(&v, self.stack.as_mut_ptr().add(len));
            std::mem::forget(v);
            self.stack.set_len(len + 1);
        }
    }

    #[inline(always)]
    pub fn pop(&mut self) -> Value {
        let len = self.stack.len();
        if len == 0 {
            return Value::Null;
        }
        // SAFETY: slot `len - 1` is initialized; shortening the vector first hands its
        // ownership to the copy.
        unsafe {
            self.stack.set_len(len - 1);
            let mut v = std::mem::MaybeUninit::<Value>::uninit();
            crate::value::copy_value(self.stack.as_ptr().add(len - 1), v.as_mut_ptr());
            v.assume_init()
        }
    }

    #[inline]
    pub fn top(&self) -> &Value {
        const NULL: Value = Value::Null;
        self.stack.last().unwrap_or(&NULL)
    }

    /// Stores into fast slot `i`, returning what was there (word by word, see `push`).
    #[inline(always)]
    pub fn set_fast(&mut self, i: usize, v: Value) -> Value {
        let slot = &mut self.fast[i];
        let mut old = std::mem::MaybeUninit::<Value>::uninit();
        // SAFETY: the old value moves out to `old`, `v` moves into the slot and is forgotten,
        // so each value keeps exactly one owner.
        unsafe {
            crate::value::copy_value(slot, old.as_mut_ptr());
            crate::value::copy_value(&v, slot);
            std::mem::forget(v);
            old.assume_init()
        }
    }

    /// The n-th value from the top (1 = top).
    #[inline]
    pub fn peek(&self, n: usize) -> &Value {
        const NULL: Value = Value::Null;
        self.stack
            .len()
            .checked_sub(n)
            .and_then(|i| self.stack.get(i))
            .unwrap_or(&NULL)
    }
}

/// What Python code sees of a frame (`tb_frame`, `gi_frame`, `sys._getframe()`): its code,
/// globals and line at the time it was captured.
pub struct FrameInfo {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub lineno: u32,
    /// The frame's locals when captured (a dict), for `f_locals`.
    pub locals: Value,
    /// The calling frame, for `f_back`.
    pub back: Value,
}
