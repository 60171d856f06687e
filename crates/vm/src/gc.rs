//! The cycle collector. Objects are reference counted, which frees most garbage at once;
//! this reclaims the rest: groups of objects that only reference each other.
//!
//! It is CPython's algorithm (`Modules/gcmodule.c`) on top of `Rc`:
//! 1. every container object is registered (a weak reference) when it is made, except
//!    tuples of atomic values ([`is_atomic`]), which can never be part of a cycle, and
//!    objects that can be part of one only through a registered container ([`adoptable`]:
//!    instances holding only atoms, most exceptions, traceback links), which join a
//!    collection when it finds one holding them; so an exception raised and caught costs the
//!    collector nothing, and its memory is freed as soon as its count falls to zero (a weak
//!    reference would keep the block until the next collection);
//! 2. a collection copies each live container's strong count, then subtracts one for every
//!    reference found *inside* another registered container ([`trace`]);
//! 3. containers left with a positive count are referenced from outside (a local variable, a
//!    frame, a Rust value): they and everything reachable from them are alive;
//! 4. the rest is garbage: finalizers run (what they bring back is taken out again,
//!    `gc_resurrect.rs`), then each object's references are cleared, which
//!    breaks the cycles and lets the counts fall to zero.
//!
//! Where the state of steps 2 and 3 lives decides the cost. CPython keeps it in each object's
//! header; here the container types a program may make by the million (list, tuple, dict,
//! set, instance, iterator, function, bound method, cell, type, generator, exception) keep it
//! in a word of their payload ([`GcSlot`], `gc_slot.rs`, and [`slot`]), and the others
//! (frozenset, module, frame, slice, property, ...) in a hash map for the length of a
//! collection. A collection then walks
//! the registry four times (copy the counts; subtract; scan for the live; reset the slots
//! and sweep dead entries out of the registry), tracing each object twice, with no per-object
//! side table: its transient memory is the hash map for the rarer types, the garbage found,
//! and a stack of the objects found alive behind the scan (see [`find_garbage`]). (A
//! pointer-to-index map for every object made each full collection cost a cache miss per
//! reference and 60-80 bytes per object.)
//!
//! Counting a reference that is not really held would free live objects, so [`trace`] must
//! report exactly the strong references an object holds; missing one only means a leak. An
//! object whose contents are borrowed during a collection is treated as referenced from
//! outside.
//!
//! Collections run at safe points of the eval loop (calls and backward jumps), in two
//! generations as in CPython: every [`YOUNG_THRESHOLD`] new containers, a young collection
//! examines only the containers made since the last collection; references from older
//! containers, which it does not examine, count as references from outside, so it can only
//! err towards keeping. Survivors join the old generation, which a full collection examines
//! once it has grown by half since the last full one. So most objects, which die young, cost
//! one examination, and long-lived ones are not walked again at every collection.

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::fasthash::FastMap;
use crate::gc_slot::GcSlot;
use crate::object::{ObjRef, Payload, PyObject};
use crate::value::Value;
use crate::vm::Vm;

pub struct GcState {
    /// The young generation: containers made since the last collection.
    tracked: RefCell<Vec<Weak<PyObject>>>,
    /// The old generation: containers that survived a collection (some may have died since,
    /// by reference counting; a full collection sweeps them out).
    old: RefCell<Vec<Weak<PyObject>>>,
    /// Size of the old generation after the last full collection.
    old_after_full: Cell<usize>,
    /// Containers made since the last collection.
    allocations: Cell<usize>,
    pub enabled: Cell<bool>,
    collecting: Cell<bool>,
}

/// New containers between two young collections.
const YOUNG_THRESHOLD: usize = 20_000;

impl GcState {
    pub fn new() -> GcState {
        GcState {
            tracked: RefCell::new(Vec::new()),
            old: RefCell::new(Vec::new()),
            old_after_full: Cell::new(0),
            allocations: Cell::new(0),
            enabled: Cell::new(true),
            collecting: Cell::new(false),
        }
    }
}

impl Default for GcState {
    fn default() -> Self {
        Self::new()
    }
}

/// A value that holds no references a cycle could go through: a number, a string, bytes or
/// None of a builtin type, with no instance dict. A tuple of such values is never tracked.
pub fn is_atomic(v: &Value) -> bool {
    let Value::Obj(o) = v else {
        return true;
    };
    matches!(
        o.payload,
        Payload::Str(_)
            | Payload::Int(_)
            | Payload::Float(_)
            | Payload::Complex { .. }
            | Payload::Bytes(_)
    ) && o.dict.get().is_none()
        && o.class
            .as_ref()
            .and_then(|c| c.as_type())
            .is_some_and(|t| !t.heap)
}

/// Calls `f` on every object `v` holds a strong reference to.
fn visit_value(v: &Value, f: &mut dyn FnMut(&ObjRef)) {
    if let Value::Obj(o) = v {
        f(o);
    }
}

/// Calls `f` on every strong reference `obj` holds. Returns false when some contents were
/// borrowed and could not be inspected (the object then counts as referenced from outside).
pub fn trace(obj: &PyObject, f: &mut dyn FnMut(&ObjRef)) -> bool {
    if let Some(c) = &*obj.class {
        f(c);
    }
    if let Some(d) = obj.dict_obj() {
        f(d);
    }
    let values = |vs: &[Value], f: &mut dyn FnMut(&ObjRef)| {
        for v in vs {
            visit_value(v, f);
        }
    };
    match &obj.payload {
        Payload::Tuple(items) => values(items, f),
        Payload::List(items) => match items.try_borrow() {
            Ok(items) => values(&items, f),
            Err(_) => return false,
        },
        Payload::Dict(d) => match d.try_borrow() {
            Ok(d) => {
                for (k, v) in d.iter() {
                    visit_value(k, f);
                    visit_value(v, f);
                }
            }
            Err(_) => return false,
        },
        Payload::Set(s) => match s.try_borrow() {
            Ok(s) => {
                for k in s.iter() {
                    visit_value(k, f);
                }
            }
            Err(_) => return false,
        },
        Payload::FrozenSet(s) => {
            for k in s.iter() {
                visit_value(k, f);
            }
        }
        Payload::Slice(parts) => values(&parts[..], f),
        Payload::Type(t) => {
            let (Ok(attrs), Ok(bases), Ok(mro)) = (
                t.attrs.try_borrow(),
                t.bases.try_borrow(),
                t.mro.try_borrow(),
            ) else {
                return false;
            };
            for (k, v) in attrs.iter() {
                visit_value(k, f);
                visit_value(v, f);
            }
            for b in bases.iter().chain(mro.iter()) {
                f(b);
            }
        }
        Payload::Function(func) => return func.trace(f),
        Payload::BuiltinFunction(b) => {
            if let Some(s) = &b.self_ {
                visit_value(s, f);
            }
        }
        Payload::BoundMethod(m) => {
            visit_value(&m.func, f);
            visit_value(&m.self_, f);
        }
        Payload::ClassMethod(inner) | Payload::StaticMethod(inner) | Payload::Cell(inner) => {
            match inner.try_borrow() {
                Ok(v) => visit_value(&v, f),
                Err(_) => return false,
            }
        }
        Payload::Property(p) => return p.trace(f),
        Payload::Instance(i) => return i.trace(f),
        Payload::Module(m) => f(&m.dict),
        Payload::Generator(g) => return g.trace(f),
        Payload::AsyncGenAwaitable(a) => return a.trace(f),
        Payload::CoroutineWrapper(c) => f(c),
        Payload::Exception(e) => {
            for cell in [&e.args, &e.traceback, &e.cause, &e.context] {
                match cell.try_borrow() {
                    Ok(v) => visit_value(&v, f),
                    Err(_) => return false,
                }
            }
            match e.fields.try_borrow() {
                Ok(fields) => fields.iter().for_each(|(_, v)| visit_value(v, f)),
                Err(_) => return false,
            }
        }
        Payload::Traceback(tb) => return tb.trace(f),
        Payload::Frame(fi) => {
            f(&fi.globals);
            visit_value(&fi.locals, f);
            visit_value(&fi.back, f);
        }
        Payload::Iterator(it) => match it.try_borrow() {
            Ok(it) => it.trace(f),
            Err(_) => return false,
        },
        Payload::DictView(_, d) | Payload::MappingProxy(d) => f(d),
        Payload::Super(s) => {
            f(&s.this);
            visit_value(&s.obj, f);
            f(&s.obj_type);
        }
        Payload::Plain
        | Payload::Str(_)
        | Payload::Int(_)
        | Payload::Float(_)
        | Payload::Complex { .. }
        | Payload::Bytes(_)
        | Payload::ByteArray(_)
        | Payload::Range(_)
        | Payload::BigRange(_)
        | Payload::GetSet(_)
        | Payload::Member(_)
        | Payload::MethodDescriptor(_)
        | Payload::Code(_)
        | Payload::TextIO(_)
        | Payload::NotImplemented
        | Payload::Ellipsis
        | Payload::WeakRef(..) => {}
    }
    true
}

/// Drops every reference `obj` holds that can be dropped (used on garbage to break cycles).
fn clear(obj: &PyObject) {
    if let Some(d) = obj.dict_obj() {
        if let Payload::Dict(d) = &d.payload {
            if let Ok(mut d) = d.try_borrow_mut() {
                d.clear();
            }
        }
    }
    match &obj.payload {
        Payload::List(items) => {
            if let Ok(mut items) = items.try_borrow_mut() {
                items.clear();
            }
        }
        Payload::Dict(d) => {
            if let Ok(mut d) = d.try_borrow_mut() {
                d.clear();
            }
        }
        Payload::Set(s) => {
            if let Ok(mut s) = s.try_borrow_mut() {
                s.clear();
            }
        }
        Payload::Type(t) => {
            if let Ok(mut a) = t.attrs.try_borrow_mut() {
                a.clear();
            }
            if let Ok(mut m) = t.mro.try_borrow_mut() {
                m.clear();
            }
        }
        Payload::Function(func) => func.clear(),
        Payload::Instance(i) => i.clear(),
        Payload::ClassMethod(inner) | Payload::StaticMethod(inner) | Payload::Cell(inner) => {
            if let Ok(mut v) = inner.try_borrow_mut() {
                *v = Value::Null;
            }
        }
        Payload::Generator(g) => g.clear(),
        Payload::Exception(e) => {
            for cell in [&e.traceback, &e.cause, &e.context] {
                if let Ok(mut v) = cell.try_borrow_mut() {
                    *v = Value::None;
                }
            }
            if let Ok(mut fields) = e.fields.try_borrow_mut() {
                fields.clear();
            }
        }
        Payload::Traceback(tb) => tb.clear(),
        Payload::Iterator(it) => {
            if let Ok(mut it) = it.try_borrow_mut() {
                it.clear();
            }
        }
        _ => {}
    }
}

impl GcState {
    /// Registers a container object with the collector.
    #[inline]
    pub(crate) fn track(&self, o: &ObjRef) {
        self.tracked.borrow_mut().push(Rc::downgrade(o));
        self.allocations.set(self.allocations.get() + 1);
    }
}

impl Vm {
    /// Registers a container object with the collector.
    #[inline]
    pub fn gc_track(&self, o: &ObjRef) {
        self.gc.track(o);
    }

    /// Runs a collection if enough containers were made since the last one.
    #[inline]
    pub fn maybe_collect(&mut self) {
        if self.gc.allocations.get() > YOUNG_THRESHOLD && self.gc.enabled.get() {
            self.collect_automatically();
        }
    }

    #[cold]
    fn collect_automatically(&mut self) {
        let after_full = self.gc.old_after_full.get();
        let full = self.gc.old.borrow().len() > after_full + after_full / 2 + YOUNG_THRESHOLD;
        self.collect_generations(full);
    }

    /// A full collection (`gc.collect()`); returns the number of unreachable objects found.
    pub fn collect(&mut self) -> usize {
        self.collect_generations(true)
    }

    /// Collects the young generation, or (`full`) both; survivors join the old one.
    fn collect_generations(&mut self, full: bool) -> usize {
        if self.gc.collecting.get() {
            return 0;
        }
        if full {
            // The method cache holds strong references to class attribute values; left in
            // place, they would count as references from outside and keep alive classes
            // (and what they hold) that nothing else reaches. It refills as lookups run.
            self.method_cache.fill(crate::vm::CacheEntry::default());
        }
        self.gc.collecting.set(true);
        // A pooled frame keeps the namespaces it last ran with, for the next call to the same
        // function (`Vm::recycle_frame`); held from outside, they and all a cycle through
        // them (an `exec` namespace holding an exception whose traceback holds it) would
        // stay alive. The builtins namespace, alive anyway, takes their place.
        for frame in &mut self.frame_pool {
            if !Rc::ptr_eq(&frame.globals, &self.builtins) {
                frame.globals = self.builtins.clone();
            }
            if !Rc::ptr_eq(&frame.builtins, &self.builtins) {
                frame.builtins = self.builtins.clone();
            }
        }
        // Containers made while finalizers run go to a fresh young generation.
        // Both generations are kept in creation order (the old one first), which
        // `finalize_at_exit` relies on.
        let mut examined = std::mem::take(&mut *self.gc.tracked.borrow_mut());
        if full {
            let mut all = std::mem::take(&mut *self.gc.old.borrow_mut());
            all.append(&mut examined);
            examined = all;
        }
        let mut garbage = find_garbage(&mut examined);
        let mut found = garbage.len();
        // Finalizers first, while everything is intact (PEP 442); what they brought back
        // stays as it is; then break the cycles.
        let mut ran = false;
        for obj in &garbage {
            ran |= self.finalize_garbage(obj);
        }
        if ran {
            found -= crate::gc_resurrect::remove_resurrected(&mut garbage);
        }
        for obj in &garbage {
            clear(obj);
        }
        drop(garbage);
        if found > 0 {
            // (`find_garbage` took out the objects freed before; the garbage went since.)
            examined.retain(|w| w.strong_count() > 0);
        }
        let mut old = self.gc.old.borrow_mut();
        if old.is_empty() {
            // (After a full collection: the survivors keep their vector rather than being
            // copied into a new one.)
            *old = examined;
        } else {
            old.append(&mut examined);
        }
        if full {
            self.gc.old_after_full.set(old.len());
        }
        drop(old);
        self.gc.allocations.set(0);
        self.gc.collecting.set(false);
        found
    }

    /// Runs what must happen before a garbage object is torn down: a generator's `finally`
    /// blocks, a user `__del__`.
    /// True when it ran code of the program's.
    fn finalize_garbage(&mut self, obj: &ObjRef) -> bool {
        if let Payload::Generator(_) = &obj.payload {
            self.finalize_generator(obj);
            return true;
        }
        let class = self.class_of(&Value::Obj(obj.clone())).clone();
        if class.as_type().is_some_and(|t| t.heap) {
            if let Some(del) = self.lookup_name(&class, |n| &n.del) {
                // Once only (PEP 442): not again for an object a finalizer brought back.
                if crate::objects::finalizer::is_finalized(Rc::as_ptr(obj)) {
                    return false;
                }
                crate::objects::finalizer::mark_finalized(Rc::as_ptr(obj));
                if let Err(e) = self.call(
                    &del,
                    crate::builtins::functions::Args::new([Value::Obj(obj.clone())]),
                ) {
                    self.write_unraisable(&e, "Exception ignored in", Some(&del));
                }
                return true;
            }
        }
        false
    }

    /// At exit, what CPython's final collections do to everything still alive: suspended
    /// generators are closed and `__del__` runs, in the order the objects were made.
    pub fn finalize_at_exit(&mut self) {
        // Both generations, oldest first: the order the objects were made.
        let alive: Vec<ObjRef> = {
            let old = self.gc.old.borrow();
            let young = self.gc.tracked.borrow();
            old.iter()
                .chain(young.iter())
                .filter_map(|w| w.upgrade())
                .collect()
        };
        for obj in alive {
            match &obj.payload {
                // Suspended generators, and async generators no event loop asked to finalize
                // (`sys.set_asyncgen_hooks`), are closed: their `finally` blocks run.
                Payload::Generator(g)
                    if g.kind == crate::objects::generator::GenKind::Generator
                        || (g.kind == crate::objects::generator::GenKind::AsyncGenerator
                            && g.finalizer.borrow().is_none()) =>
                {
                    let suspended =
                        crate::eval::chain::status(&obj) == crate::eval::chain::Status::Suspended;
                    if suspended {
                        let _ = crate::eval::resume::close(self, &obj);
                    }
                }
                _ => {
                    let has_del = obj
                        .class
                        .as_ref()
                        .and_then(|c| c.as_type())
                        .is_some_and(|t| t.has_del.get());
                    if has_del && !crate::objects::finalizer::is_finalized(Rc::as_ptr(&obj)) {
                        let _ = self.finalize_garbage(&obj);
                    }
                }
            }
            self.run_pending();
        }
    }

    /// Number of containers registered (for `gc.get_count()`-style introspection).
    pub fn gc_tracked_count(&self) -> usize {
        self.gc.tracked.borrow().len() + self.gc.old.borrow().len()
    }
}

/// An object made without being registered that may still be part of a cycle, so that the
/// collector takes it in when it finds a traced container holding it: an instance holding
/// only atoms so far (`objects/instance.rs`), an exception without `__cause__` or
/// `__context__` (`ExceptionData::tracked`), a traceback link (never registered).
fn adoptable(o: &PyObject) -> bool {
    match &o.payload {
        Payload::Instance(inst) => !inst.gc.registered(),
        Payload::Exception(e) => !e.tracked.get(),
        Payload::Traceback(_) => true,
        Payload::Tuple(items) => is_exit_tuple(items),
        _ => false,
    }
}

/// Whether `items` are `(class, exception, traceback)`, what an exceptional `__exit__`
/// receives. Bound to `*exc` (`Vm::varargs_tuple_from_stack`), such a tuple is not registered:
/// its class is registered (or builtin), and each cycle through its exception or traceback
/// link passes through a registered container, as long as no exception holds it directly in
/// a field (storing it there registers the exception, `ExceptionData::note_field`); its
/// `args` and `__dict__` never hold it directly (a new registered tuple, a registered dict).
/// So the collector adopts it ([`adoptable`]) when a traced container holds it.
pub fn is_exit_tuple(items: &[Value]) -> bool {
    matches!(
        items,
        [Value::Obj(c), Value::Obj(e), Value::Obj(t)]
            if matches!(c.payload, Payload::Type(_))
                && matches!(e.payload, Payload::Exception(_))
                && matches!(t.payload, Payload::Traceback(_))
    )
}

/// The collector's slot of `o`, for the container types that have one (`gc_slot.rs`).
#[inline(always)]
fn slot(o: &PyObject) -> Option<&GcSlot> {
    match &o.payload {
        Payload::List(l) => Some(&l.gc),
        Payload::Tuple(t) => Some(&t.gc),
        Payload::Dict(d) => Some(&d.gc),
        Payload::Instance(i) => Some(&i.gc),
        Payload::Iterator(it) => Some(&it.gc),
        Payload::Function(func) => Some(&func.gc),
        Payload::Set(s) => Some(&s.gc),
        Payload::Type(t) => Some(&t.gc),
        Payload::Generator(g) => Some(&g.gc),
        Payload::Exception(e) => Some(&e.gc),
        Payload::BoundMethod(m) => Some(&m.gc),
        Payload::Cell(c) | Payload::ClassMethod(c) | Payload::StaticMethod(c) => Some(&c.gc),
        _ => None,
    }
}

/// The collection state of the examined containers that have no slot.
type Others = FastMap<*const PyObject, GcSlot>;

/// The collection state of `o` if the running collection examines it: in its slot, or in
/// `others` for the types without one.
#[inline(always)]
fn examined<'a>(o: &'a PyObject, others: &'a Others) -> Option<&'a GcSlot> {
    match slot(o) {
        Some(s) => s.examined().then_some(s),
        None if others.is_empty() => None,
        None => others.get(&(o as *const PyObject)),
    }
}

/// Makes `o` examined with this count, unless it already is (an object registered twice).
fn examine(o: &PyObject, count: usize, others: &mut Others) {
    match slot(o) {
        Some(s) if s.examined() => {}
        Some(s) => s.start(count),
        None => {
            others.entry(o as *const PyObject).or_insert_with(|| {
                let s = GcSlot::new();
                s.start(count);
                s
            });
        }
    }
}

/// The examined containers in the order they are met: the registered ones still alive, then
/// the adopted ones. Holding no reference to the registered ones, a collection does not
/// change their counts; nothing frees them while it runs, as no Python code runs.
struct Order<'a> {
    registered: &'a [Weak<PyObject>],
    adopted: Vec<ObjRef>,
}

impl Order<'_> {
    /// The `i`th object: `None` past the end, `Some(None)` for a registered one now dead.
    #[inline(always)]
    fn get(&self, i: usize) -> Option<Option<ObjRef>> {
        match self.registered.get(i) {
            Some(w) => Some(w.upgrade()),
            None => self
                .adopted
                .get(i - self.registered.len())
                .cloned()
                .map(Some),
        }
    }
}

/// The garbage among `registered`: containers referenced only from other examined
/// containers, and what only they reach (see the module docs). This is CPython's
/// `deduce_unreachable` with the state in each object's slot (`gc_slot.rs`) rather than its
/// header, and a scan in creation order instead of moves between lists.
fn find_garbage(registered: &mut Vec<Weak<PyObject>>) -> Vec<ObjRef> {
    let mut others = Others::default();
    let mut order = Order {
        registered: registered.as_slice(),
        adopted: Vec::new(),
    };
    // 1. Copy each one's strong count (less the reference `upgrade` lends).
    for w in order.registered {
        if let Some(o) = w.upgrade() {
            examine(&o, Rc::strong_count(&o) - 1, &mut others);
        }
    }
    // 2. Subtract the references found inside examined containers. Objects not registered
    // ([`adoptable`]) join when a traced container is found holding one: the first such
    // reference adds it (the ones before it were traced without finding it, so none is
    // missed), and it is traced in turn.
    let mut i = 0;
    while let Some(o) = order.get(i) {
        i += 1;
        let Some(o) = o else { continue };
        let Some(state) = examined(&o, &others) else {
            continue;
        };
        if state.traced() {
            continue;
        }
        state.mark_traced();
        let adopted = &mut order.adopted;
        let ok = trace(&o, &mut |child| {
            if let Some(s) = examined(child, &others) {
                s.decrement();
            } else if adoptable(child) {
                // Its count, less this reference.
                examine(child, Rc::strong_count(child) - 1, &mut others);
                adopted.push(child.clone());
            }
        });
        if !ok {
            if let Some(s) = examined(&o, &others) {
                s.make_opaque();
            }
        }
    }
    // 3. Everything reachable from an object with references from outside is alive. The
    // scan goes in order; a container found alive is traced when the scan reaches it, or at
    // once (through `stack`) if the scan went past it already.
    let mut stack: Vec<ObjRef> = Vec::new();
    let mut i = 0;
    while let Some(o) = order.get(i) {
        i += 1;
        let Some(o) = o else { continue };
        let Some(state) = examined(&o, &others) else {
            continue;
        };
        if state.scanned() {
            continue;
        }
        state.mark_scanned();
        if state.count() > 0 {
            state.mark_alive();
        }
        if !state.alive() {
            continue;
        }
        stack.push(o);
        while let Some(k) = stack.pop() {
            trace(&k, &mut |child| {
                if let Some(s) = examined(child, &others) {
                    if !s.alive() {
                        s.mark_alive();
                        if s.scanned() {
                            stack.push(child.clone());
                        }
                    }
                }
            });
        }
    }
    // 4. The rest is garbage. Every slot is reset before any reference is dropped; the
    // registered objects freed since they were registered leave the registry on the way.
    let adopted = order.adopted;
    let mut garbage = Vec::new();
    let mut sort = |o: ObjRef| {
        let dead = match slot(&o) {
            Some(s) if s.examined() => {
                let dead = !s.alive();
                s.finish();
                dead
            }
            Some(_) => false,
            None => others.remove(&Rc::as_ptr(&o)).is_some_and(|s| !s.alive()),
        };
        if dead {
            garbage.push(o);
        }
    };
    registered.retain(|w| match w.upgrade() {
        Some(o) => {
            sort(o);
            true
        }
        None => false,
    });
    adopted.into_iter().for_each(sort);
    garbage
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::objects::dict::Dict;
    use crate::objects::instance::Instance;

    fn obj(v: &Value) -> ObjRef {
        match v {
            Value::Obj(o) => o.clone(),
            _ => unreachable!("not an object"),
        }
    }

    fn push(list: &ObjRef, v: Value) {
        let Payload::List(items) = &list.payload else {
            unreachable!("not a list")
        };
        items.borrow_mut().push(v);
    }

    /// An instance holding `v` in an attribute, not registered (as one holding only atoms
    /// is), so that a collection must adopt it.
    fn unregistered_instance(vm: &Vm, v: Value) -> ObjRef {
        let o = Rc::new(PyObject::new(
            vm.types.object.clone(),
            Payload::Instance(Instance::new()),
        ));
        let Payload::Instance(inst) = &o.payload else {
            unreachable!()
        };
        let name = obj(&vm.new_str("attr"));
        inst.attrs.borrow_mut().push((name, v));
        o
    }

    /// No slot keeps state once a collection is over.
    fn assert_reset(objs: &[&ObjRef]) {
        for o in objs {
            let s = slot(o).expect("a type with a slot");
            assert!(!s.examined() && !s.alive() && !s.scanned() && !s.traced());
            assert_eq!(s.count(), 0);
        }
    }

    #[test]
    fn cycle_through_a_list_and_an_instance_is_collected() {
        let mut vm = Vm::new();
        vm.collect();
        let list = obj(&vm.new_list(Vec::new()));
        let inst = unregistered_instance(&vm, Value::Obj(list.clone()));
        push(&list, Value::Obj(inst.clone()));
        let (weak_list, weak_inst) = (Rc::downgrade(&list), Rc::downgrade(&inst));
        drop((list, inst));
        assert!(weak_list.upgrade().is_some());
        assert_eq!(vm.collect(), 2);
        assert!(weak_list.upgrade().is_none() && weak_inst.upgrade().is_none());
        assert_eq!(vm.collect(), 0);
    }

    #[test]
    fn cycle_through_a_tuple_a_dict_and_an_iterator_is_collected() {
        let mut vm = Vm::new();
        vm.collect();
        let d = vm.new_dict_obj(Dict::new());
        let t = vm.new_tuple(vec![Value::Obj(d.clone())]);
        let it = vm.new_iterator(
            &vm.types.filter.clone(),
            crate::objects::iter::IterState::Filter {
                func: Value::None,
                iter: t,
            },
        );
        let Payload::Dict(dd) = &d.payload else {
            unreachable!()
        };
        dd.borrow_mut().push(1, Value::Int(1), it);
        let weak = Rc::downgrade(&d);
        drop(d);
        assert_eq!(vm.collect(), 3);
        assert!(weak.upgrade().is_none());
    }

    #[test]
    fn a_live_chain_is_kept_and_its_slots_reset() {
        let mut vm = Vm::new();
        let mut head = vm.new_list(Vec::new());
        let first = obj(&head);
        for i in 0..50_000 {
            head = if i % 2 == 0 {
                vm.new_tuple(vec![head, Value::Int(i)])
            } else {
                vm.new_list(vec![head])
            };
        }
        // A cycle hanging off the live chain is alive too.
        let last = obj(&head);
        push(&first, Value::Obj(last.clone()));
        assert_eq!(vm.collect(), 0);
        assert_eq!(vm.collect(), 0);
        assert_reset(&[&first, &last]);
        // Once the chain is unreachable, the whole of it is one garbage cycle.
        let weak = Rc::downgrade(&first);
        drop((head, last, first));
        assert_eq!(vm.collect(), 50_001);
        assert!(weak.upgrade().is_none());
    }

    #[test]
    fn borrowed_contents_count_as_referenced_from_outside() {
        let mut vm = Vm::new();
        vm.collect();
        let a = obj(&vm.new_list(Vec::new()));
        let b = obj(&vm.new_list(vec![Value::Obj(a.clone())]));
        push(&a, Value::Obj(b.clone()));
        let weak = Rc::downgrade(&a);
        let Payload::List(items) = &b.payload else {
            unreachable!()
        };
        let borrowed = items.borrow_mut();
        drop(a);
        assert_eq!(vm.collect(), 0);
        drop(borrowed);
        drop(b);
        assert_eq!(vm.collect(), 2);
        assert!(weak.upgrade().is_none());
    }

    #[test]
    fn a_young_collection_keeps_what_old_objects_hold() {
        let mut vm = Vm::new();
        let old = obj(&vm.new_list(Vec::new()));
        vm.collect();
        // A young cycle referenced only from the old list.
        let young = obj(&vm.new_list(Vec::new()));
        push(&young, Value::Obj(young.clone()));
        push(&old, Value::Obj(young.clone()));
        let weak = Rc::downgrade(&young);
        drop(young);
        assert_eq!(vm.collect_generations(false), 0);
        assert!(weak.upgrade().is_some());
        // An old cycle is only found by a full collection.
        push(&old, Value::Obj(old.clone()));
        let weak_old = Rc::downgrade(&old);
        drop(old);
        assert_eq!(vm.collect_generations(false), 0);
        assert_eq!(vm.collect(), 2);
        assert!(weak.upgrade().is_none() && weak_old.upgrade().is_none());
    }
}
