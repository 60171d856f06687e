//! `self.x`, `self.x = v`, `p.step()`: a `LoadFast` followed by `LoadAttr`, `StoreAttr` or
//! `LoadMethod`, run by the hot loop (`eval/hot.rs`) as one step when the attribute cache
//! hits (`ops/attr_cache.rs`).
//!
//! Run apart, the pair pushes a new reference to the local, dispatches again, pops it and
//! drops that reference; together, the attribute is read from (or stored into) the object
//! the local holds where it is, and the second dispatch is skipped. Only hits are fused: a
//! hit raises nothing and runs no Python code, so no traceback, line number or exception
//! handler can tell that the `LoadAttr` was not reached on its own. On anything else (an
//! unbound local, a cache miss, another kind of object) nothing changes and the `LoadFast`
//! runs as usual, then the attribute instruction on its own.
//!
//! `self.n += 1` compiles to `LoadFast self; Copy 1; LoadAttr n; LoadConst 1; BinaryOp +=;
//! Swap 2; StoreAttr n` (`self.n += step`: `LoadFast step` for the `LoadConst`). On a load hit the first three run as one step; when the value read
//! and the constant are numbers the hot loop adds without overflow (`arith`), the next two
//! run with them, and when the store hits too the last two: the whole statement in one
//! dispatch, the object never pushed. Each part stops where its own case fails, leaving the
//! stack as the instructions run so far would, so the rest runs as usual.

use pyasync_bytecode::{BinaryOperator, Instruction};

use crate::code::Code;
use crate::frame::{Frame, Num};
use crate::gc::GcState;
use std::cell::Cell;
use std::rc::Rc;

use crate::object::{ObjRef, Payload};
use crate::ops::attr_cache::{cached_store, load_hit, push_method, AttrCache, LOAD, STORE};
use crate::value::Value;
use crate::vm::CacheEntry;

/// Runs `LoadFast(local)` together with `next` when it is an attribute instruction whose
/// cache entry applies to the object in the local (see the module docs): true when both ran,
/// false with nothing changed otherwise.
#[inline(always)]
pub(crate) fn run_local_attr(
    frame: &mut Frame,
    code: &Code,
    local: usize,
    next: Option<&Instruction>,
    method_cache: &[CacheEntry],
    gc: &GcState,
) -> bool {
    let (i, kind) = match next {
        Some(&Instruction::LoadAttr(i)) => (i as usize, Kind::Load),
        Some(&Instruction::StoreAttr(i)) => (i as usize, Kind::Store),
        Some(&Instruction::LoadMethod(i)) => (i as usize, Kind::Method),
        _ => return false,
    };
    let (Some(cache), Some(name)) = (code.attr_cache.get(i), code.names.get(i)) else {
        return false;
    };
    let Frame { fast, stack, .. } = frame;
    let Some(obj @ Value::Obj(o)) = fast.get(local) else {
        return false;
    };
    match kind {
        Kind::Load => load_hit(cache, obj, name, stack),
        Kind::Store => {
            let Some(value) = stack.pop() else {
                return false;
            };
            match cached_store(cache, obj, name, value, gc) {
                Ok(()) => true,
                Err(value) => {
                    stack.push(value);
                    false
                }
            }
        }
        Kind::Method => {
            if !push_method(cache, o, name, method_cache, stack) {
                return false;
            }
            crate::frame::push_ref_onto(stack, obj);
            true
        }
    }
}

/// Runs `LoadFast(local)` at `pc` and the `Copy 1` after it with the instructions of an
/// augmented assignment to an attribute that follow (see the module docs): the number of
/// instructions run, 0 with nothing changed when the `LoadAttr` does not hit.
#[inline(always)]
pub(crate) fn run_augmented_attr(
    frame: &mut Frame,
    code: &Code,
    local: usize,
    pc: usize,
    gc: &GcState,
) -> u32 {
    use Instruction as I;
    let ins = &code.instructions;
    let Some(&I::LoadAttr(i)) = ins.get(pc + 2) else {
        return 0;
    };
    let (Some(cache), Some(name)) = (code.attr_cache.get(i as usize), code.names.get(i as usize))
    else {
        return 0;
    };
    let Frame { fast, stack, .. } = frame;
    let Some(obj @ Value::Obj(o)) = fast.get(local) else {
        return 0;
    };
    // `self.n += 1`, `self.n += step`: the operand, when it is a constant or a local.
    let operand = match ins.get(pc + 3) {
        Some(&I::LoadConst(c)) => code.consts.get(c as usize),
        Some(&I::LoadFast(y)) => fast.get(y as usize),
        _ => None,
    };
    if let (Some(c), Some(&I::BinaryOp(op)), Some(&I::Swap(2)), Some(&I::StoreAttr(j))) =
        (operand, ins.get(pc + 4), ins.get(pc + 5), ins.get(pc + 6))
    {
        if j == i && augment_inline(cache, o, name, op, c) {
            return 7;
        }
    }
    if !load_hit(cache, obj, name, stack) {
        return 0;
    }
    // The value read is on top; the object belongs below it unless the store runs too.
    let ran = 'op: {
        let (Some(c), Some(&I::BinaryOp(op)), Some(value)) =
            (operand, ins.get(pc + 4), stack.last())
        else {
            break 'op 3;
        };
        let Some(r) = crate::eval::hot::arith(op, value, c) else {
            break 'op 3;
        };
        // (The number replaced owns nothing.)
        std::mem::forget(stack.pop());
        let r = match r {
            Num::Int(i) => Value::Int(i),
            Num::Float(f) => Value::Float(f),
        };
        let (Some(&I::Swap(2)), Some(&I::StoreAttr(j))) = (ins.get(pc + 5), ins.get(pc + 6)) else {
            stack.push(r);
            break 'op 5;
        };
        let (Some(cache), Some(name)) =
            (code.attr_cache.get(j as usize), code.names.get(j as usize))
        else {
            stack.push(r);
            break 'op 5;
        };
        match cached_store(cache, obj, name, r, gc) {
            Ok(()) => return 7,
            Err(r) => {
                stack.push(r);
                5
            }
        }
    };
    let below = stack.len() - 1;
    stack.insert(below, obj.clone());
    ran
}

/// `o.name = o.name <op> c` in place, for an attribute held inline by the instance whose
/// cache entry allows both the read and the store (`LOAD`, `STORE`: no descriptor, no
/// `__getattr__`-first, no `__setattr__`, no `__slots__`, no `__dict__`) and a number that
/// `arith` combines with `c`: exactly what the load hit, the arithmetic and the store hit
/// would do (the attribute's slot and the cache hint are unchanged; a number needs no
/// collector note). False, with nothing changed, otherwise.
#[inline(always)]
fn augment_inline(
    cache: &Cell<AttrCache>,
    o: &ObjRef,
    name: &ObjRef,
    op: BinaryOperator,
    c: &Value,
) -> bool {
    let (Payload::Instance(inst), Some(class)) = (&o.payload, &*o.class) else {
        return false;
    };
    let (e, Some(t)) = (cache.get(), class.as_type()) else {
        return false;
    };
    if e.flags & (LOAD | STORE) != LOAD | STORE
        || t.version.get() != e.type_version
        || inst.dict.get().is_some()
    {
        return false;
    }
    let Ok(mut attrs) = inst.attrs.try_borrow_mut() else {
        return false;
    };
    let Some((k, v)) = attrs.get_mut(e.index as usize) else {
        return false;
    };
    if !Rc::ptr_eq(k, name) {
        return false;
    }
    let Some(r) = crate::eval::hot::arith(op, v, c) else {
        return false;
    };
    let r = match r {
        Num::Int(i) => Value::Int(i),
        Num::Float(f) => Value::Float(f),
    };
    // (The number replaced owns nothing.)
    std::mem::forget(std::mem::replace(v, r));
    true
}

#[derive(Clone, Copy)]
enum Kind {
    Load,
    Store,
    Method,
}
