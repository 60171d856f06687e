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

use pyasync_bytecode::Instruction;

use crate::code::Code;
use crate::frame::Frame;
use crate::gc::GcState;
use crate::ops::attr_cache::{cached_store, load_hit, push_method};
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

#[derive(Clone, Copy)]
enum Kind {
    Load,
    Store,
    Method,
}
