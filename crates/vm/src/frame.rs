//! Frames: one activation of a code object. A frame is a heap object (`Box<Frame>`): while it
//! runs it sits on the VM's frame stack; while its generator or coroutine is suspended, the
//! generator owns it. Python-to-Python calls push a frame instead of recursing in Rust (see
//! `eval/`), and each frame records, in its [`Entry`], what to do with its outcome when it
//! finishes or suspends.

use std::rc::Rc;

use crate::code::Code;
use crate::object::ObjRef;
use crate::value::{tag, Value};

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

/// A number computed by the eval loop's fast paths (an int that fits, or a float).
pub enum Num {
    Int(i64),
    Float(f64),
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

    /// Pushes a value that owns nothing as its two words (see `value::write_words`): the
    /// eval loop's ints, floats and bools go straight into their slot, never through a
    /// temporary `Value`.
    #[inline(always)]
    fn push_words(&mut self, tag: u64, payload: u64) {
        let len = self.stack.len();
        if len == self.stack.capacity() {
            self.stack.reserve(1);
        }
        // SAFETY: slot `len` is allocated and unused (as in `push`); the callers pass a
        // valid tag and payload (see `write_words`).
        unsafe {
            crate::value::write_words(self.stack.as_mut_ptr().add(len), tag, payload);
            self.stack.set_len(len + 1);
        }
    }

    #[inline(always)]
    pub fn push_int(&mut self, i: i64) {
        self.push_words(tag::INT, i as u64);
    }

    /// Pushes the number `r` (see `push_words`).
    #[inline(always)]
    pub fn push_num(&mut self, r: Num) {
        match r {
            Num::Int(i) => self.push_words(tag::INT, i as u64),
            Num::Float(f) => self.push_words(tag::FLOAT, f.to_bits()),
        }
    }

    #[inline(always)]
    pub fn push_bool(&mut self, b: bool) {
        self.push_words(tag::BOOL, b as u64);
    }

    #[inline(always)]
    pub fn push_none(&mut self) {
        self.push_words(tag::NONE, 0);
    }

    /// Pushes a new reference to `v`, copied word by word from where it is straight into the
    /// stack slot (a `clone` then a `push` would go through a temporary).
    #[inline(always)]
    pub fn push_ref(&mut self, v: &Value) {
        push_ref_onto(&mut self.stack, v);
    }

    /// `[obj]` on top becomes `[method, obj]`: a new reference to `method` goes in under the
    /// top value (a method load found on the receiver's class). The stack must not be empty.
    #[inline(always)]
    pub fn insert_under_top(&mut self, method: &Value) {
        if let Value::Obj(mo) = method {
            // The copy written below owns this new reference to the method.
            std::mem::forget(Rc::clone(mo));
        }
        let stack = &mut self.stack;
        let len = stack.len();
        debug_assert!(len > 0);
        if len == stack.capacity() {
            stack.reserve(1);
        }
        // SAFETY: slot `len - 1` holds the receiver (the callers check the stack is not
        // empty) and slot `len` is allocated (just ensured) and unused. The receiver moves up
        // one slot, word by word (see `value::copy_value`), then the method (whose new
        // reference was taken above) is copied into the slot it left; `set_len` then counts
        // both. `method` points outside the stack (into a method cache).
        unsafe {
            let top = stack.as_mut_ptr().add(len - 1);
            crate::value::copy_value(top, top.add(1));
            crate::value::copy_value(method, top);
            stack.set_len(len + 1);
        }
    }

    /// `LoadFast`: pushes a new reference to local `i`; false (nothing pushed) when it is
    /// unbound or out of range.
    #[inline(always)]
    pub fn push_fast(&mut self, i: usize) -> bool {
        let Some(v) = self.fast.get(i) else {
            return false;
        };
        if v.is_null() {
            return false;
        }
        let len = self.stack.len();
        if len == self.stack.capacity() {
            // (Out of line, so that the local is not looked up again after the call.)
            return self.push_fast_grow(i);
        }
        if let Value::Obj(o) = v {
            std::mem::forget(std::rc::Rc::clone(o));
        }
        // SAFETY: as in `push_ref`.
        unsafe {
            crate::value::copy_value(v, self.stack.as_mut_ptr().add(len));
            self.stack.set_len(len + 1);
        }
        true
    }

    /// [`Frame::push_fast`] when the stack is full.
    #[cold]
    #[inline(never)]
    fn push_fast_grow(&mut self, i: usize) -> bool {
        let v = self.fast[i].clone();
        self.push(v);
        true
    }

    /// Moves the top of this stack onto `other`'s (word by word, as `push`); false, with
    /// nothing done, when this stack is empty.
    #[inline(always)]
    pub fn move_top_to(&mut self, other: &mut Frame) -> bool {
        let len = self.stack.len();
        if len == 0 {
            return false;
        }
        let dst_len = other.stack.len();
        if dst_len == other.stack.capacity() {
            other.stack.reserve(1);
        }
        // SAFETY: slot `len - 1` is initialized and slot `dst_len` of `other` allocated and
        // unused; cutting this stack below the value hands its ownership to the copy.
        unsafe {
            self.stack.set_len(len - 1);
            crate::value::copy_value(
                self.stack.as_ptr().add(len - 1),
                other.stack.as_mut_ptr().add(dst_len),
            );
            other.stack.set_len(dst_len + 1);
        }
        true
    }

    /// `StoreFast`: moves the top of the stack into local `i` (word by word, never through a
    /// temporary) and returns what the local held. `None` (nothing done) when the stack is
    /// empty or `i` out of range.
    #[inline(always)]
    pub fn pop_to_fast(&mut self, i: usize) -> Option<Value> {
        let len = self.stack.len();
        if len == 0 || i >= self.fast.len() {
            return None;
        }
        let mut old = std::mem::MaybeUninit::<Value>::uninit();
        // SAFETY: the old local moves out to `old`, then the top value moves into the slot
        // and the stack is cut below it, so each value keeps exactly one owner.
        unsafe {
            let slot = self.fast.as_mut_ptr().add(i);
            crate::value::copy_value(slot, old.as_mut_ptr());
            self.stack.set_len(len - 1);
            crate::value::copy_value(self.stack.as_ptr().add(len - 1), slot);
            Some(old.assume_init())
        }
    }

    /// Replaces the top two values by `v`. They must own nothing (ints, floats, bools, None),
    /// as after a check of their tags; an object among them would leak its reference.
    #[inline(always)]
    fn replace_top2_words(&mut self, tag: u64, payload: u64) {
        let len = self.stack.len();
        if len < 2 {
            return;
        }
        // SAFETY: slots `len - 2` and `len - 1` are initialized and own nothing (or leak,
        // which is safe); the first is overwritten with a valid value (see `write_words`),
        // the second dropped from the stack without a destructor to run.
        unsafe {
            self.stack.set_len(len - 1);
            crate::value::write_words(self.stack.as_mut_ptr().add(len - 2), tag, payload);
        }
    }

    /// Replaces the top two values by the number `r` (see `replace_top2_words`).
    #[inline(always)]
    pub fn replace_top2(&mut self, r: Num) {
        match r {
            Num::Int(i) => self.replace_top2_words(tag::INT, i as u64),
            Num::Float(f) => self.replace_top2_words(tag::FLOAT, f.to_bits()),
        }
    }

    #[inline(always)]
    pub fn replace_top2_bool(&mut self, b: bool) {
        self.replace_top2_words(tag::BOOL, b as u64);
    }

    /// Replaces the top value, which must own nothing (see `replace_top2_words`), by the
    /// number `r`.
    #[inline(always)]
    pub fn replace_top(&mut self, r: Num) {
        let (tag, payload) = match r {
            Num::Int(i) => (tag::INT, i as u64),
            Num::Float(f) => (tag::FLOAT, f.to_bits()),
        };
        let len = self.stack.len();
        if len >= 1 {
            // SAFETY: the old top owns nothing (or leaks); the new one is valid.
            unsafe {
                crate::value::write_words(self.stack.as_mut_ptr().add(len - 1), tag, payload)
            };
        }
    }

    /// Drops the top two values, which must own nothing (see `replace_top2_words`).
    #[inline(always)]
    pub fn discard_top2(&mut self) {
        let len = self.stack.len();
        if len >= 2 {
            // SAFETY: the two values own nothing (or leak); no destructor needs to run.
            unsafe { self.stack.set_len(len - 2) };
        }
    }

    /// Drops the top value, which must own nothing (see `replace_top2_words`).
    #[inline(always)]
    pub fn discard_top(&mut self) {
        let len = self.stack.len();
        if len >= 1 {
            // SAFETY: the value owns nothing (or leaks); no destructor needs to run.
            unsafe { self.stack.set_len(len - 1) };
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

/// [`Frame::push_ref`] onto a frame's `stack`, for callers that also hold a borrow of another
/// of its fields.
#[inline(always)]
pub fn push_ref_onto(stack: &mut Vec<Value>, v: &Value) {
    let len = stack.len();
    if len == stack.capacity() {
        stack.reserve(1);
    }
    if let Value::Obj(o) = v {
        // The copy below owns this new reference.
        std::mem::forget(Rc::clone(o));
    }
    // SAFETY: slot `len` is allocated and unused; the copy owns the reference counted just
    // above (nothing, for an inline value).
    unsafe {
        crate::value::copy_value(v, stack.as_mut_ptr().add(len));
        stack.set_len(len + 1);
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

/// Cuts `values` to `len` items, dropping those past it. `Vec::truncate`/`clear` call the
/// out-of-line slice drop even for none or a few numbers; here the loop is inlined and only
/// an `Obj` costs more than a tag test (the call and return paths cut stacks and locals
/// on every call).
#[inline(always)]
pub fn truncate_values(values: &mut Vec<Value>, len: usize) {
    let old = values.len();
    if len >= old {
        return;
    }
    // SAFETY: as `Vec::truncate`: the length is cut first (a drop that reaches this vector
    // sees only the values kept), then each value past it, initialized and now owned by no
    // one else, is dropped once, first to last (the order `Vec::truncate`, and CPython
    // clearing a frame, drop them in, which finalizers see). Only an `Obj` owns anything.
    unsafe {
        values.set_len(len);
        let base = values.as_mut_ptr();
        for i in len..old {
            if let Value::Obj(o) = &*base.add(i) {
                // Moved out to a local first: dropped where it lies, the reference count
                // was decremented, then the pointer to it read back (the store might have
                // changed it) before testing the count, which waited for the store.
                drop(std::ptr::read(o));
            }
        }
    }
}

/// Pushes a value onto a vector of them (the handled-exception stack), in place, as
/// [`push_frame`].
#[inline(always)]
pub fn push_value(values: &mut Vec<Value>, v: Value) {
    let len = values.len();
    if len == values.capacity() {
        values.reserve(1);
    }
    // SAFETY: as in `push_frame`.
    unsafe {
        values.as_mut_ptr().add(len).write(v);
        values.set_len(len + 1);
    }
}

/// Pushes a frame onto the frame stack or the pool (`Vec::push` is not inlined into the
/// call paths; this is, and writes the pointer in place).
#[inline(always)]
pub fn push_frame(frames: &mut Vec<Box<Frame>>, frame: Box<Frame>) {
    let len = frames.len();
    if len == frames.capacity() {
        frames.reserve(1);
    }
    // SAFETY: `len < capacity` (just ensured), so slot `len` is allocated and unused; after
    // writing it the first `len + 1` slots are initialized.
    unsafe {
        frames.as_mut_ptr().add(len).write(frame);
        frames.set_len(len + 1);
    }
}
