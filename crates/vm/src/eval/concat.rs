//! `s += t` (and `s = s + t`) on strings in place, as CPython's `unicode_concatenate`.
//!
//! Building a string by repeated `+=` in a loop would copy the whole string every time
//! (quadratic). When the instruction after the addition stores into the very local the left
//! string came from, and that local and the value stack hold the only two references, the
//! local's reference is dropped (the store that follows rebinds it) and the string, now
//! unique, grows in place. Only exact `str` on both sides qualify: their addition cannot
//! fail, so the local is never seen unbound.

use std::rc::Rc;

use pyasync_bytecode::Instruction;

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

impl Vm {
    /// Tries the in-place concatenation for the `BinaryOp` just decoded (the frame's `pc`
    /// already points at the next instruction). True when done: the result is on the stack.
    #[inline]
    pub(super) fn concat_str_in_place(&mut self) -> bool {
        let str_type = Rc::as_ptr(&self.types.str);
        let Some(frame) = self.frames.last_mut() else {
            return false;
        };
        let Some(&Instruction::StoreFast(slot)) = frame.code.instructions.get(frame.pc as usize)
        else {
            return false;
        };
        let slot = slot as usize;
        let len = frame.stack.len();
        if len < 2 {
            return false;
        }
        let is_exact_str = |v: &Value| match v {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Str(_))
                    && o.class.as_ref().is_some_and(|c| Rc::as_ptr(c) == str_type)
            }
            _ => false,
        };
        let (a, b) = (&frame.stack[len - 2], &frame.stack[len - 1]);
        if !is_exact_str(a) || !is_exact_str(b) {
            return false;
        }
        let Value::Obj(a_obj) = a else {
            return false;
        };
        match frame.fast.get(slot) {
            Some(Value::Obj(local)) if Rc::ptr_eq(local, a_obj) => {}
            _ => return false,
        }
        if Rc::strong_count(a_obj) != 2 || Rc::weak_count(a_obj) != 0 {
            return false;
        }
        frame.fast[slot] = Value::Null;
        let b = frame.stack.pop().unwrap_or_default();
        let (Some(Value::Obj(a_obj)), Value::Obj(b_obj)) = (frame.stack.last_mut(), &b) else {
            return false;
        };
        let (Some(a_obj), Payload::Str(b_str)) = (Rc::get_mut(a_obj), &b_obj.payload) else {
            return false;
        };
        if let Payload::Str(a_str) = &mut a_obj.payload {
            a_str.push_str(b_str);
        }
        true
    }
}
