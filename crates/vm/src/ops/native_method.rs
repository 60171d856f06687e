//! `LoadMethod` of a builtin type's native method on an exact instance of a builtin type
//! (`s.isdigit`, `d.get`, `lst.append`), for the hot loop: straight from the VM's method
//! cache, with no dict probe and no attribute-cache entry.
//!
//! It applies when the receiver is an object without a `__dict__` whose class is a builtin
//! (non-heap) type, and the method cache already holds `(type version, name)` as a method
//! descriptor of an instance method. That is exactly where `Vm::load_method` would push
//! `(descriptor, obj)`: a builtin type has no Python `__getattribute__`, and an object
//! without a dict cannot shadow the name. Anything else (instances of Python classes, types,
//! a cache miss) goes the general way, which also fills the cache for next time.

use std::rc::Rc;

use crate::builtins::functions::MethodKind;
use crate::frame::Frame;
use crate::object::{ObjRef, Payload};
use crate::ops::attr::method_cache_slot;
use crate::value::Value;
use crate::vm::CacheEntry;

/// Replaces the object on top of `frame`'s stack by `[method, obj]` when `obj.name` is a
/// builtin type's native instance method (see the module doc); `false` (nothing changed)
/// otherwise.
#[inline(always)]
pub(crate) fn push_builtin_method(cache: &[CacheEntry], frame: &mut Frame, name: &ObjRef) -> bool {
    let Some(Value::Obj(o)) = frame.stack.last() else {
        return false;
    };
    if o.dict_obj().is_some()
        || matches!(
            o.payload,
            Payload::Type(_) | Payload::Super(_) | Payload::Instance(_)
        )
    {
        return false;
    }
    let Some(t) = o.class.as_ref().and_then(|c| c.as_type()) else {
        return false;
    };
    if t.heap {
        return false;
    }
    let version = t.version.get();
    let name_id = Rc::as_ptr(name) as usize;
    let Some(e) = cache.get(method_cache_slot(version, name_id)) else {
        return false;
    };
    if e.version != version || e.name != name_id {
        return false;
    }
    let Some(m @ Value::Obj(mo)) = &e.value else {
        return false;
    };
    match &mo.payload {
        Payload::MethodDescriptor(d) if d.kind == MethodKind::Instance => {}
        _ => return false,
    }
    frame.insert_under_top(m);
    true
}
