//! Objects a finalizer brought back (PEP 442). A cycle collection runs the finalizers of the
//! garbage it found before breaking any cycle; a `__del__` may store its `self` (or anything
//! else of the garbage) somewhere alive. CPython then looks at the garbage again, as the
//! collection did (`handle_resurrected_objects`): each object's count less the references
//! from inside the garbage; those with references left, and what they reach, are alive
//! again and keep their contents.

use std::rc::Rc;

use crate::fasthash::FastMap;
use crate::gc::trace;
use crate::object::{ObjRef, PyObject};

/// Takes the objects still referenced from outside the garbage (and all they reach) out of
/// `garbage`; returns how many.
pub fn remove_resurrected(garbage: &mut Vec<ObjRef>) -> usize {
    // Each object's count, less the reference `garbage` holds.
    let mut counts: FastMap<*const PyObject, isize> = FastMap::default();
    for o in garbage.iter() {
        counts.insert(Rc::as_ptr(o), Rc::strong_count(o) as isize - 1);
    }
    let mut opaque = Vec::new();
    for o in garbage.iter() {
        let ok = trace(o, &mut |child| {
            if let Some(c) = counts.get_mut(&Rc::as_ptr(child)) {
                *c -= 1;
            }
        });
        if !ok {
            // Its contents are borrowed: treat it as referenced from outside.
            opaque.push(Rc::as_ptr(o));
        }
    }
    for p in opaque {
        counts.insert(p, 1);
    }
    let mut alive: FastMap<*const PyObject, ()> = FastMap::default();
    let mut stack: Vec<ObjRef> = garbage
        .iter()
        .filter(|o| counts.get(&Rc::as_ptr(o)).is_some_and(|&c| c > 0))
        .cloned()
        .collect();
    for o in &stack {
        alive.insert(Rc::as_ptr(o), ());
    }
    while let Some(o) = stack.pop() {
        trace(&o, &mut |child| {
            let p = Rc::as_ptr(child);
            if counts.contains_key(&p) && !alive.contains_key(&p) {
                alive.insert(p, ());
                stack.push(child.clone());
            }
        });
    }
    if alive.is_empty() {
        return 0;
    }
    garbage.retain(|o| !alive.contains_key(&Rc::as_ptr(o)));
    alive.len()
}
