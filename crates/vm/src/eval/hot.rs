//! The hot loop: the commonest instructions, run without leaving the frame, and the handoff to
//! `dispatch.rs` for everything else.
//!
//! The loop holds the frame on top of the frame stack and its code (instructions, constants)
//! in locals across instructions, rather than finding them through `self.frames` each time;
//! it finds them again after any instruction that `Vm::exec` runs, since those may push or
//! pop frames (calls, returns, yields). The instructions here are the common cases only (a
//! bound local, ints and floats, a bool to jump on, a list or range to iterate); each falls
//! through to `exec`, which has the general semantics and every error, when its case does not
//! hold. Nothing here adds behaviour: each case does exactly what `exec` would.
//!
//! One pair is fused, as CPython 3.11's `COMPARE_OP` does with the jump after it: a
//! comparison of two ints followed by `PopJumpIfFalse`/`PopJumpIfTrue` jumps on the result
//! without pushing it (the disassembly is unchanged).

use std::ptr::NonNull;

use pyasync_bytecode::{BinaryOperator, ComparisonOperator, Instruction};

use super::{Flow, Outcome};
use crate::code::Code;
use crate::frame::{Entry, Frame, Num};
use crate::object::Payload;
use crate::objects::generator::GenKind;
use crate::ops::attr_cache;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Runs instructions until one ends the run (`Flow::Done`), re-raises, or fails.
    #[inline(always)]
    pub(super) fn run_instructions(&mut self) -> PyResult<Flow> {
        use Instruction as I;
        loop {
            let Some(frame) = self.frames.last_mut() else {
                return Err(self.system_error("no frame to run"));
            };
            let mut fp: *mut Frame = &mut **frame;
            let code: *const Code = std::rc::Rc::as_ptr(&frame.code);
            // SAFETY: `frame.code` keeps the code alive as long as this frame runs on top,
            // and only a frame being set up again (from the pool) gets other code. The frame
            // itself is boxed, so it stays where it is while other frames are pushed and
            // popped above it (nested runs from native code pop all they push). Both are
            // fetched again after every `exec`, the only way frames change hands here but
            // for the plain call and return below, which switch to the new top frame with
            // `enter!`.
            let mut instructions: &[Instruction] = unsafe { &(*code).instructions };
            // The frame's `pc`, also kept here so that fetching the next instruction does not
            // wait for the store of the last one; every change is written to both.
            let mut next_pc = frame.pc;
            // Carries on in the frame `$new` (a `NonNull<Frame>`), just made the top one.
            macro_rules! enter {
                ($new:expr) => {{
                    fp = $new.as_ptr();
                    // SAFETY: `$new` is the boxed frame now on top of the frame stack (see
                    // above), and its code lives as long as it runs there.
                    let code: *const Code = std::rc::Rc::as_ptr(unsafe { &(*fp).code });
                    instructions = unsafe { &(*code).instructions };
                    next_pc = unsafe { (*fp).pc };
                }};
            }
            macro_rules! jump {
                ($frame:expr, $target:expr) => {{
                    let target = $target;
                    next_pc = target;
                    $frame.pc = target;
                }};
            }
            loop {
                // SAFETY: see above; this reference lives for one instruction and is not
                // used across a call that reaches the frame stack.
                let frame = unsafe { &mut *fp };
                // (Found from the frame when used rather than kept in a register across
                // instructions.)
                let code: *const Code = std::rc::Rc::as_ptr(&frame.code);
                let pc = next_pc as usize;
                let Some(&instr) = instructions.get(pc) else {
                    return Err(self.system_error("ran off the end of the code"));
                };
                jump!(frame, pc as u32 + 1);
                match instr {
                    // `LoadFast` looks at the instruction after it once: `self.x`,
                    // `self.x = v`, `p.step` run with their attribute instruction on a cache
                    // hit, `self.n += 1` as a whole (`ops/local_attr.rs`); otherwise (or on a
                    // miss) the local is pushed.
                    I::LoadFast(l) => {
                        let ran = match instructions.get(pc + 1) {
                            Some(I::LoadAttr(_) | I::StoreAttr(_) | I::LoadMethod(_)) => {
                                let fused = crate::ops::local_attr::run_local_attr(
                                    frame,
                                    // SAFETY: as for `instructions`.
                                    unsafe { &*code },
                                    l as usize,
                                    instructions.get(pc + 1),
                                    &self.method_cache,
                                    &self.gc,
                                );
                                if fused {
                                    2
                                } else {
                                    0
                                }
                            }
                            // `n - 1`, `i < n`: a number local meets a number constant
                            // in the operation after them, neither of them pushed (as
                            // `LoadConst` below does with the number on top).
                            Some(&I::LoadConst(c)) => {
                                // SAFETY: as for `instructions`.
                                let consts = unsafe { &(*code).consts };
                                if let Some(next) =
                                    local_const_op(frame, consts, instructions, pc, l, c)
                                {
                                    jump!(frame, next);
                                    continue;
                                }
                                0
                            }
                            Some(I::Copy(1)) => crate::ops::local_attr::run_augmented_attr(
                                frame,
                                // SAFETY: as for `instructions`.
                                unsafe { &*code },
                                l as usize,
                                pc,
                                &self.gc,
                            ),
                            _ => 0,
                        };
                        if ran == 0 {
                            if frame.push_fast(l as usize) {
                                continue;
                            }
                        } else {
                            jump!(frame, pc as u32 + ran);
                            // As for `StoreAttr` below: a replaced value may have queued a
                            // `__del__`.
                            if crate::objects::generator::HAS_PENDING.with(|h| h.get()) {
                                self.run_pending();
                                break;
                            }
                            continue;
                        }
                    }
                    I::LoadConst(i) => {
                        // SAFETY: as for `instructions`. (The constants and names are
                        // reached through `code` where used, not held across instructions.)
                        if let Some(c) = unsafe { &(*code).consts }.get(i as usize) {
                            // `x + 1`, `n < 2`: a number constant meets the number on top
                            // in the operation that follows, without being pushed.
                            match instructions.get(pc + 1) {
                                Some(&I::BinaryOp(op)) => {
                                    if let Some(r) = arith(op, frame.top(), c) {
                                        frame.replace_top(r);
                                        jump!(frame, pc as u32 + 2);
                                        continue;
                                    }
                                }
                                Some(&I::CompareOp(op)) => {
                                    if let Some(truth) = compare(op, frame.top(), c) {
                                        frame.discard_top();
                                        match instructions.get(pc + 2) {
                                            Some(&I::PopJumpIfFalse(t)) => {
                                                jump!(frame, if truth { pc as u32 + 3 } else { t });
                                            }
                                            Some(&I::PopJumpIfTrue(t)) => {
                                                jump!(frame, if truth { t } else { pc as u32 + 3 });
                                            }
                                            _ => {
                                                frame.push_bool(truth);
                                                jump!(frame, pc as u32 + 2);
                                            }
                                        }
                                        continue;
                                    }
                                }
                                _ => {}
                            }
                            frame.push_ref(c);
                            continue;
                        }
                    }
                    I::StoreFast(i) => {
                        if let Some(old) = frame.pop_to_fast(i as usize) {
                            drop(old);
                            self.run_pending();
                            continue;
                        }
                    }
                    I::PopTop => {
                        let v = frame.pop();
                        drop(v);
                        self.run_pending();
                        continue;
                    }
                    I::PushNull => {
                        frame.push(Value::Null);
                        continue;
                    }
                    I::Nop => continue,
                    // `self.n += 1` (`COPY 1` ... `SWAP 2`) and the handler blocks of `try`
                    // and `with`: stack shuffles and the handled-exception stack, which touch
                    // no other frame.
                    I::Copy(n) if n >= 1 && n as usize <= frame.stack.len() => {
                        let v = frame.peek(n as usize).clone();
                        frame.push(v);
                        continue;
                    }
                    I::Swap(n) if n >= 1 && n as usize <= frame.stack.len() => {
                        let len = frame.stack.len();
                        frame.stack.swap(len - 1, len - n as usize);
                        continue;
                    }
                    I::PushExcInfo => {
                        let exc = frame.pop();
                        let prev = std::mem::replace(
                            self.exc_stack.last_mut().unwrap_or(&mut Value::None),
                            exc.clone(),
                        );
                        frame.push(prev);
                        frame.push(exc);
                        continue;
                    }
                    I::PopExcept => {
                        let prev = frame.pop();
                        if let Some(top) = self.exc_stack.last_mut() {
                            *top = prev;
                        }
                        self.run_pending();
                        continue;
                    }
                    I::BeforeWith if self.before_with_plain().is_some() => break,
                    I::Reraise(_) => {
                        // As `unwind` does first (nothing has been dropped yet).
                        self.run_pending();
                        // SAFETY: as above (finalizers run by `run_pending` pop all the
                        // frames they push).
                        let frame = unsafe { &mut *fp };
                        if let Some(target) = Vm::reraise_in_frame(frame, pc as u32) {
                            jump!(frame, target);
                            continue;
                        }
                    }
                    I::CheckExcMatch => {
                        // (`exception_matches` runs no Python code.)
                        let class = frame.pop();
                        let m = self.exception_matches(frame.top(), &class)?;
                        drop(class);
                        // SAFETY: as above; no frame was pushed or popped.
                        unsafe { &mut *fp }.push(Value::Bool(m));
                        continue;
                    }
                    // SAFETY (`names`): as for `instructions`.
                    I::LoadMethod(i)
                        if unsafe { &(*code).names }
                            .get(i as usize)
                            .is_some_and(|name| {
                                crate::ops::native_method::push_builtin_method(
                                    &self.method_cache,
                                    frame,
                                    name,
                                )
                            }) =>
                    {
                        continue
                    }
                    // A method of a Python class on its instance (`ops/attr_cache.rs`).
                    I::LoadMethod(i)
                        if attr_cache::load_method_hot(frame, i as usize, &self.method_cache) =>
                    {
                        continue
                    }
                    I::LoadGlobal(i) if super::dispatch::push_cached_global(frame, i as usize) => {
                        continue
                    }
                    I::BinaryOp(op) => {
                        if let Some(r) = arith(op, frame.peek(2), frame.peek(1)) {
                            frame.replace_top2(r);
                            continue;
                        }
                    }
                    I::CompareOp(op) => {
                        if let Some(truth) = compare(op, frame.peek(2), frame.peek(1)) {
                            match instructions.get(pc + 1) {
                                Some(&I::PopJumpIfFalse(t)) => {
                                    frame.discard_top2();
                                    jump!(frame, if truth { pc as u32 + 2 } else { t });
                                }
                                Some(&I::PopJumpIfTrue(t)) => {
                                    frame.discard_top2();
                                    jump!(frame, if truth { t } else { pc as u32 + 2 });
                                }
                                _ => frame.replace_top2_bool(truth),
                            }
                            continue;
                        }
                    }
                    I::PopJumpIfFalse(t) => {
                        if let Value::Bool(b) = *frame.top() {
                            frame.discard_top();
                            if !b {
                                jump!(frame, t);
                            }
                            continue;
                        }
                    }
                    I::PopJumpIfTrue(t) => {
                        if let Value::Bool(b) = *frame.top() {
                            frame.discard_top();
                            if b {
                                jump!(frame, t);
                            }
                            continue;
                        }
                    }
                    I::Jump(t) => {
                        if t > pc as u32 {
                            jump!(frame, t);
                            continue;
                        }
                        // A backward jump is a loop: a safe point for the collector and
                        // Ctrl-C (`exec` raises KeyboardInterrupt).
                        if !crate::signals::interrupt_pending() {
                            self.maybe_collect();
                            // SAFETY: as above (the collector is done with the frames).
                            jump!(unsafe { &mut *fp }, t);
                            continue;
                        }
                    }
                    I::Call(n) if frame.kwnames.is_none() => {
                        let args = frame.stack.len() - n as usize;
                        // A plain function called with exactly its parameters: the loop
                        // carries on in its new frame.
                        // SAFETY: `fp` is the boxed frame on top (see above), not used
                        // while `push_exact_frame` runs.
                        let new = unsafe {
                            self.push_exact_frame(NonNull::new_unchecked(fp), args - 1, args)
                        };
                        if let Some(new) = new {
                            enter!(new);
                            continue;
                        }
                        if self.call_simple(args - 1, args).is_some() {
                            break;
                        }
                    }
                    I::ReturnValue if matches!(frame.entry, Entry::Call) => {
                        // `do_return` for a plain call (`return_to_caller`); the loop carries
                        // on in the caller unless a finalizer is to run.
                        // SAFETY: `fp` is the boxed frame on top (see above), not used
                        // while `return_to_caller` runs (it recycles that frame: `fp` is set
                        // to the caller before the next use).
                        let caller = unsafe { self.return_to_caller(NonNull::new_unchecked(fp)) };
                        if let Some(caller) = caller {
                            if crate::objects::generator::HAS_PENDING.with(|h| h.get()) {
                                self.run_pending_slow();
                                break;
                            }
                            enter!(caller);
                            continue;
                        }
                    }
                    I::ReturnValue
                        if matches!(frame.entry, Entry::Init { .. })
                            && matches!(frame.top(), Value::None) =>
                    {
                        // `do_return` for an `__init__` returning None (`Vm::instantiate_simple`):
                        // the instance, not the None, goes to the caller.
                        if let Some(mut done) = self.frames.pop() {
                            let entry = std::mem::replace(&mut done.entry, Entry::Call);
                            self.recycle_frame(done);
                            self.run_pending();
                            if let (Entry::Init { instance }, Some(caller)) =
                                (entry, self.frames.last_mut())
                            {
                                caller.push(instance);
                            }
                            break;
                        }
                    }
                    I::YieldValue(_) if matches!(frame.entry, Entry::Resume { .. }) => {
                        // `do_yield` to a resumer on the stack (`next(g)`, `g.send(v)`, a
                        // `for` loop): the value moves to it (see `yield_to`), then the
                        // generator suspends.
                        if let [.., resumer, gen_frame] = &mut self.frames[..] {
                            if super::resume::yield_to(gen_frame, resumer) {
                                self.suspend_plain();
                                break;
                            }
                        }
                    }
                    I::CallMethod(n)
                        if frame.kwnames.is_none()
                            && super::dict_hot::call_get(&self.types, frame, n) =>
                    {
                        self.run_pending();
                        continue;
                    }
                    I::CallMethod(n) if frame.kwnames.is_none() => {
                        // [callable, self or Null, args...]: with a self, it is the first
                        // argument.
                        let start = frame.stack.len() - n as usize;
                        let has_self = !frame.peek(n as usize + 1).is_null();
                        let args = if has_self { start - 1 } else { start };
                        // (`call_simple` takes no method descriptor: skipped for one.)
                        let native = has_self
                            && matches!(
                                frame.stack.get(start - 2),
                                Some(Value::Obj(o)) if matches!(o.payload, Payload::MethodDescriptor(_))
                            );
                        if !native {
                            // As in `Call`: a plain function's frame is carried on in.
                            // SAFETY: as in `Call`.
                            let new = unsafe {
                                let caller = NonNull::new_unchecked(fp);
                                self.push_exact_frame_outlined(caller, start - 2, args)
                            };
                            if let Some(new) = new {
                                enter!(new);
                                continue;
                            }
                            if self.call_simple(start - 2, args).is_some() {
                                break;
                            }
                        }
                        // (`call_generator_method` takes only a generator or coroutine.)
                        let generator = native
                            && matches!(
                                frame.stack.get(args),
                                Some(Value::Obj(o)) if matches!(o.payload, Payload::Generator(_))
                            );
                        if generator {
                            if let Some(result) = self.call_generator_method(start - 2, args) {
                                match result? {
                                    Flow::Next => break,
                                    flow => return Ok(flow),
                                }
                            }
                        }
                        if native {
                            if let Some(result) = self.call_native_method(start - 2, args) {
                                match result? {
                                    Flow::Next => break,
                                    flow => return Ok(flow),
                                }
                            }
                        }
                    }
                    // Instance attributes through the per-name caches (`ops/attr_cache.rs`).
                    I::LoadAttr(i) if attr_cache::load_attr_hot(frame, i as usize) => continue,
                    I::StoreAttr(i) if attr_cache::store_attr_hot(frame, i as usize, &self.gc) => {
                        // As `exec`: a replaced value may have queued a `__del__`.
                        if crate::objects::generator::HAS_PENDING.with(|h| h.get()) {
                            self.run_pending();
                            break;
                        }
                        continue;
                    }
                    I::LoadMethod(i) => {
                        // SAFETY: as above; `cached_method` runs no Python code, so no frame
                        // is pushed or popped and `fp` stays the frame on top.
                        let code = unsafe { &*code };
                        if let (Some(cache), Some(name)) =
                            (code.attr_cache.get(i as usize), code.names.get(i as usize))
                        {
                            let obj = frame.pop();
                            match self.cached_method(cache, obj, name) {
                                None => continue,
                                Some(obj) => unsafe { &mut *fp }.push(obj),
                            }
                        }
                    }
                    I::UnpackSequence(n)
                        if crate::ops::iter::unpack_tuple_in_place(
                            &self.types.tuple,
                            frame,
                            n as usize,
                        ) =>
                    {
                        continue
                    }
                    // An f-string field that stays as it is (see `format::field_stays`).
                    I::FormatValue(flags)
                        if crate::format::field_stays(&self.types.str, frame.top(), flags) =>
                    {
                        continue
                    }
                    I::ContainsOp(invert)
                        if super::dict_hot::contains(&self.types, frame, invert) =>
                    {
                        continue
                    }
                    I::BinarySubscr if super::dict_hot::subscr(&self.types, frame) => continue,
                    I::StoreSubscr => {
                        if let Ok(old) = super::dict_hot::store_subscr(&self.types, frame) {
                            drop(old);
                            self.run_pending();
                            continue;
                        }
                    }
                    I::ListAppend(i) => {
                        let v = frame.pop();
                        if let Some(Payload::List(l)) = frame.peek(i as usize).payload() {
                            if let Ok(mut l) = l.try_borrow_mut() {
                                l.push(v);
                                continue;
                            }
                        }
                        frame.push(v);
                    }
                    I::MapAdd(i) => {
                        if let Ok(old) = super::dict_hot::map_add(&self.types, frame, i) {
                            drop(old);
                            self.run_pending();
                            continue;
                        }
                    }
                    I::ForIter(target) => {
                        if let Some(next) = super::resume::simple_next(frame.top()) {
                            match next {
                                Some(v) => frame.push(v),
                                None => {
                                    frame.pop();
                                    jump!(frame, target);
                                }
                            }
                            continue;
                        }
                        // A generator at a plain `yield`: its frame goes on top, and its
                        // next yield comes back here as the item (`for_iter`'s common case).
                        if let Value::Obj(o) = frame.top() {
                            if let Payload::Generator(g) = &o.payload {
                                if g.kind == GenKind::Generator
                                    && self.push_plain_for_iter(o, target)
                                {
                                    break;
                                }
                            }
                        }
                    }
                    I::YieldValue(delegating)
                        if matches!(frame.entry, Entry::RootResume { .. }) =>
                    {
                        // A plain `yield` of the generator that `sum(g)`/`list(g)` folds
                        // (`eval/fold.rs`): the value goes into the fold, and the generator
                        // goes on as if resumed with None.
                        if !delegating && self.fold.depth == self.frames.len() {
                            if let Some((next, jumped_back)) =
                                super::fold::take_yielded(&mut self.fold.acc, frame)
                            {
                                jump!(frame, next);
                                if jumped_back {
                                    // As the `Jump` arm (the collector is done with the
                                    // frames when it returns).
                                    self.maybe_collect();
                                }
                                continue;
                            }
                        }
                        // `do_yield` of a generator resumed from Rust (`sum(g)`, `list(g)`)
                        // and delegating to nothing: it suspends, and the run ends with the
                        // value.
                        if self.exc_stack.len() > 1 {
                            let v = frame.pop();
                            self.suspend_plain();
                            return Ok(Flow::Done(Outcome::Yielded(v)));
                        }
                    }
                    _ => {}
                }
                match self.exec(instr)? {
                    Flow::Next => break,
                    flow => return Ok(flow),
                }
            }
        }
    }
}

/// `LoadFast(l)` at `pc` followed by `LoadConst(c)` and a `BinaryOp` (the result is pushed)
/// or a `CompareOp` (fused with a conditional jump after it, as in `LoadConst`'s arm), when
/// the local is a number `arith`/`compare` take with the constant: the operation is done
/// without pushing either, and the index of the next instruction to run is returned. `None`
/// (nothing changed) otherwise, an unbound local included.
#[inline(always)]
fn local_const_op(
    frame: &mut Frame,
    consts: &[Value],
    instructions: &[Instruction],
    pc: usize,
    l: u32,
    c: u32,
) -> Option<u32> {
    use Instruction as I;
    let a = frame.fast.get(l as usize)?;
    let b = consts.get(c as usize)?;
    let next = pc as u32 + 3;
    match *instructions.get(pc + 2)? {
        I::BinaryOp(op) => {
            let r = arith(op, a, b)?;
            frame.push_num(r);
            Some(next)
        }
        I::CompareOp(op) => {
            let truth = compare(op, a, b)?;
            Some(match instructions.get(pc + 3) {
                Some(&I::PopJumpIfFalse(t)) => {
                    if truth {
                        next + 1
                    } else {
                        t
                    }
                }
                Some(&I::PopJumpIfTrue(t)) => {
                    if truth {
                        t
                    } else {
                        next + 1
                    }
                }
                _ => {
                    frame.push_bool(truth);
                    next
                }
            })
        }
        _ => None,
    }
}

/// `BinaryOp` on two ints, two floats or an int and a float, when it cannot overflow or fail
/// and needs no big int; `None` for everything else (`exec` has the general semantics).
#[inline(always)]
pub(crate) fn arith(op: BinaryOperator, a: &Value, b: &Value) -> Option<Num> {
    use BinaryOperator as B;
    let (x, y) = match (a, b) {
        (Value::Int(x), Value::Int(y)) => return int_arith(op, *x, *y).map(Num::Int),
        (Value::Float(x), Value::Float(y)) => (*x, *y),
        // An i64 converts to the nearest float, ties to even, as CPython's `int.__float__`.
        (Value::Int(x), Value::Float(y)) => (*x as f64, *y),
        (Value::Float(x), Value::Int(y)) => (*x, *y as f64),
        _ => return None,
    };
    let r = match op.base() {
        B::Add => x + y,
        B::Subtract => x - y,
        B::Multiply => x * y,
        B::TrueDivide if y != 0.0 => x / y,
        _ => return None,
    };
    Some(Num::Float(r))
}

#[inline(always)]
fn int_arith(op: BinaryOperator, x: i64, y: i64) -> Option<i64> {
    use BinaryOperator as B;
    match op.base() {
        B::Add => x.checked_add(y),
        B::Subtract => x.checked_sub(y),
        B::Multiply => x.checked_mul(y),
        B::And => Some(x & y),
        B::Or => Some(x | y),
        B::Xor => Some(x ^ y),
        B::FloorDivide if y != 0 && !(x == i64::MIN && y == -1) => {
            let q = x / y;
            Some(if x % y != 0 && ((x < 0) != (y < 0)) {
                q - 1
            } else {
                q
            })
        }
        B::Remainder if y != 0 && !(x == i64::MIN && y == -1) => {
            let r = x % y;
            Some(if r != 0 && ((r < 0) != (y < 0)) {
                r + y
            } else {
                r
            })
        }
        _ => None,
    }
}

/// `CompareOp` on two ints or two floats (a NaN compares false, `!=` true, as in Python).
#[inline(always)]
fn compare(op: ComparisonOperator, a: &Value, b: &Value) -> Option<bool> {
    use ComparisonOperator as C;
    match (a, b) {
        (Value::Int(x), Value::Int(y)) => Some(super::dispatch::int_compare(*x, *y, op)),
        (Value::Float(x), Value::Float(y)) => Some(match op {
            C::Less => x < y,
            C::LessEqual => x <= y,
            C::Equal => x == y,
            C::NotEqual => x != y,
            C::Greater => x > y,
            C::GreaterEqual => x >= y,
        }),
        _ => None,
    }
}
