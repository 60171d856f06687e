//! The attributes of an instance of a Python class whose only builtin base is `object`
//! (`Payload::Instance`), kept without a dict object until one is asked for.
//!
//! Most instances never show their `__dict__`: they set a few attributes in `__init__` and
//! read them back. A dict object for each would cost an `Rc`, the `IndexMap`'s two
//! allocations and a collector registration; CPython 3.11 likewise keeps instance attributes
//! in a plain values array and makes the dict on demand. Here the attributes are a small
//! vector of (name, value) pairs in the order they were first set; the names are str objects
//! with distinct texts (usually the interned names of the code that set them, so a lookup is
//! a pointer comparison, see `ops/attr_cache.rs` for the index hint that makes it one probe).
//!
//! The dict object is made the first time Python code can see it (`obj.__dict__`,
//! `vars(obj)`), or when the attributes outgrow [`MAX_INLINE`] or a name is not a str; the
//! pairs move into it and from then on it is the only storage, so the dict and the instance
//! never disagree. Order, deletion and every lookup rule are the same in both forms.
//! `obj.__dict__ = d` makes `d` that dict object ([`DictSlot::replace`]).
//!
//! An instance of a class with `__slots__` has one entry per slot at the front of the
//! vector, in the class's slot order, for as long as it lives (they never move to the dict):
//! keyed by the slot's `member_descriptor` rather than a str, so no lookup by name finds
//! them, with `Value::Null` while the slot is unset (`builtins/slots.rs`).

use std::cell::{Cell, RefCell, UnsafeCell};
use std::rc::Rc;

use crate::gc::GcState;
use crate::gc_slot::GcSlot;
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// More attributes than this move to a dict object, where lookups do not scan.
pub const MAX_INLINE: usize = 12;

/// See the module docs.
pub struct Instance {
    /// The attributes while there is no dict object; empty once there is.
    pub attrs: RefCell<Vec<(ObjRef, Value)>>,
    /// The `__dict__` object, once made.
    pub dict: DictSlot,
    /// The collector's slot (`gc_slot.rs`), whose flag says whether the instance is
    /// registered with the collector. An instance is registered only once it may be part
    /// of a cycle of its own: when it first holds an object that may hold references, or
    /// gets a dict object (or at creation, for a class with `__del__`). Until then its only
    /// reference to a container is its class, and the collector finds it through whatever
    /// container holds it (see `gc.rs`).
    pub gc: GcSlot,
    /// A filter of the names ever stored inline: one bit of its hash each (see
    /// [`Instance::may_have`]). Never cleared, so a clear bit proves the name absent without
    /// scanning: `LoadMethod` proves a method unshadowed, and a store into a fresh instance
    /// knows the name is new, by one test.
    pub names_seen: Cell<u32>,
}

/// The bit of [`Instance::names_seen`] for a name with this hash (both halves folded in).
#[inline(always)]
fn name_bit(hash: i64) -> u32 {
    let h = hash as u64;
    1 << ((h ^ (h >> 32)) as u32 & 31)
}

/// Whether `v` may hold references to other objects (so that an instance holding it may be
/// part of a cycle). Strings, numbers and bytes hold none.
#[inline]
fn may_hold_refs(v: &Value) -> bool {
    match v {
        Value::Obj(o) => {
            o.dict.get().is_some()
                || !matches!(
                    o.payload,
                    Payload::Str(_)
                        | Payload::Int(_)
                        | Payload::Float(_)
                        | Payload::Complex { .. }
                        | Payload::Bytes(_)
                        | Payload::Range(_)
                )
        }
        _ => false,
    }
}

/// An object's dict object (`PyObject::dict`, an instance's `Instance::dict`): made once, and
/// replaced only by `obj.__dict__ = d`.
///
/// Reads hand out a plain `&ObjRef` (the attribute caches test it on every hit), so it is an
/// `UnsafeCell` rather than a `RefCell`, as `objects/class_slot.rs` is for the class.
pub struct DictSlot(UnsafeCell<Option<ObjRef>>);

impl Default for DictSlot {
    fn default() -> DictSlot {
        DictSlot::new()
    }
}

impl DictSlot {
    pub const fn new() -> DictSlot {
        DictSlot(UnsafeCell::new(None))
    }

    #[inline(always)]
    pub fn get(&self) -> Option<&ObjRef> {
        // SAFETY: the only writes are `get_or_init` (on an empty slot, which no reference
        // points into) and `replace`, whose callers hold no reference from `get` (see there).
        unsafe { (*self.0.get()).as_ref() }
    }

    /// The dict, made by `make` (which must not touch this slot) if there is none.
    pub fn get_or_init(&self, make: impl FnOnce() -> ObjRef) -> &ObjRef {
        if let Some(d) = self.get() {
            return d;
        }
        let d = make();
        // SAFETY: the slot is empty, so no reference from `get` points into it.
        unsafe { (*self.0.get()).insert(d) }
    }

    /// A slot holding `d` already.
    pub fn with(d: Option<ObjRef>) -> DictSlot {
        DictSlot(UnsafeCell::new(d))
    }

    /// Empties the slot, handing back its dict (the object is being taken apart).
    pub fn take(&mut self) -> Option<ObjRef> {
        self.0.get_mut().take()
    }

    /// Makes `d` the dict (`obj.__dict__ = d`) and hands back the one it replaces, which
    /// the caller drops. Every reader of the slot uses the reference from `get` within one
    /// native step that runs no Python code (a lookup, a store, a hit of an attribute cache),
    /// and this is called only from `obj.__dict__ = d`, so none is live meanwhile.
    pub fn replace(&self, d: ObjRef) -> Option<ObjRef> {
        // SAFETY: see above: no reference from `get` is live during this write.
        unsafe { std::ptr::replace(self.0.get(), Some(d)) }
    }
}

impl Default for Instance {
    fn default() -> Instance {
        Instance::new()
    }
}

/// Whether the stored name `k` is the name `name` (same object, or same hash and text).
#[inline]
fn same_name(k: &ObjRef, name: &ObjRef, hash: i64, text: &str) -> bool {
    Rc::ptr_eq(k, name)
        || match &k.payload {
            Payload::Str(s) => s.hash() == hash && s.as_str() == text,
            _ => false,
        }
}

impl Instance {
    pub const fn new() -> Instance {
        Instance {
            attrs: RefCell::new(Vec::new()),
            dict: DictSlot::new(),
            gc: GcSlot::new(),
            names_seen: Cell::new(0),
        }
    }

    /// A fresh instance of a class with these slots (their descriptors, in slot order), with
    /// room for `room` entries.
    pub fn with_slots(slots: &[ObjRef], room: usize) -> Instance {
        let inst = Instance::new();
        let mut attrs = Vec::with_capacity(room.max(slots.len()));
        attrs.extend(slots.iter().map(|d| (d.clone(), Value::Null)));
        *inst.attrs.borrow_mut() = attrs;
        inst
    }

    /// The value of slot `index`, if set.
    #[inline]
    pub fn slot(&self, index: usize) -> Option<Value> {
        match self.attrs.try_borrow().ok()?.get(index) {
            Some((k, v)) if !v.is_null() && !matches!(k.payload, Payload::Str(_)) => {
                Some(v.clone())
            }
            _ => None,
        }
    }

    /// Sets slot `index` to `v` (`Value::Null` unsets it), handing back the value it had;
    /// `Err` when the attributes are borrowed. A slot the instance does not have (after the
    /// collector cleared it) takes nothing.
    pub fn set_slot(
        &self,
        index: usize,
        v: Value,
    ) -> Result<Option<Value>, std::cell::BorrowMutError> {
        let mut attrs = self.attrs.try_borrow_mut()?;
        let old = match attrs.get_mut(index) {
            Some((k, slot)) if !matches!(k.payload, Payload::Str(_)) => std::mem::replace(slot, v),
            _ => Value::Null,
        };
        drop(attrs);
        Ok((!old.is_null()).then_some(old))
    }

    /// How many of the leading entries are slots (keyed by a descriptor, not a str).
    pub fn slot_count(attrs: &[(ObjRef, Value)]) -> usize {
        attrs
            .iter()
            .take_while(|(k, _)| !matches!(k.payload, Payload::Str(_)))
            .count()
    }

    /// False when no name with this hash was ever stored inline (so none is there now).
    #[inline(always)]
    pub fn may_have(&self, hash: i64) -> bool {
        self.names_seen.get() & name_bit(hash) != 0
    }

    /// Appends the attribute `name` (a str whose hash is `hash`, not among them) to the
    /// inline attributes.
    #[inline(always)]
    pub fn push_inline(
        &self,
        attrs: &mut Vec<(ObjRef, Value)>,
        name: &ObjRef,
        hash: i64,
        value: Value,
    ) {
        self.names_seen.set(self.names_seen.get() | name_bit(hash));
        let len = attrs.len();
        if len == attrs.capacity() {
            attrs.reserve(1);
        }
        // SAFETY: slot `len` is allocated (just ensured) and unused; writing it in place
        // rather than by `Vec::push`, which is not inlined.
        unsafe {
            attrs.as_mut_ptr().add(len).write((name.clone(), value));
            attrs.set_len(len + 1);
        }
    }

    /// Registers `obj` (whose payload this is) with the collector if not yet.
    #[inline]
    pub fn track(&self, obj: &ObjRef, gc: &GcState) {
        if !self.gc.registered() {
            self.gc.set_registered(true);
            gc.track(obj);
        }
    }

    /// Called as `v` is stored into `obj`'s attributes: registers `obj` once it may be part
    /// of a cycle.
    #[inline(always)]
    pub fn note_store(&self, obj: &ObjRef, v: &Value, gc: &GcState) {
        if !self.gc.registered() && may_hold_refs(v) {
            self.track(obj, gc);
        }
    }

    /// The position of `name` among the inline attributes.
    #[inline]
    pub fn position(attrs: &[(ObjRef, Value)], name: &ObjRef) -> Option<usize> {
        let Payload::Str(s) = &name.payload else {
            return None;
        };
        let (hash, text) = (s.hash(), s.as_str());
        attrs
            .iter()
            .position(|(k, _)| same_name(k, name, hash, text))
    }

    /// Whether the instance has the attribute `name` (in whichever storage); true, to be
    /// safe, when its attributes are borrowed and cannot be looked at.
    #[inline(always)]
    pub fn has(&self, name: &ObjRef) -> bool {
        match &name.payload {
            Payload::Str(s) if self.dict.get().is_none() && !self.may_have(s.hash()) => false,
            _ => self.has_by_lookup(name),
        }
    }

    /// [`Instance::has`] past the filter.
    #[inline(never)]
    fn has_by_lookup(&self, name: &ObjRef) -> bool {
        if let Some(d) = self.dict.get() {
            return match (&d.payload, &name.payload) {
                (Payload::Dict(d), Payload::Str(s)) => d
                    .try_borrow()
                    .map_or(true, |d| d.get_name(s.hash(), name).is_some()),
                _ => true,
            };
        }
        match self.attrs.try_borrow() {
            Ok(attrs) => Instance::position(&attrs, name).is_some(),
            Err(_) => true,
        }
    }

    /// Whether the inline attributes can take `name` (false: it must go to a dict object).
    pub fn fits(attrs: &[(ObjRef, Value)], name: &ObjRef) -> bool {
        name.str_text_opt().is_some() && attrs.len() < MAX_INLINE
    }

    /// Moves the inline attributes (not the slots) into a new `Dict` (the caller wraps it in
    /// an object).
    pub fn take_as_dict(&self) -> Dict {
        let mut all = self.attrs.borrow_mut();
        let slots = Instance::slot_count(&all);
        let attrs: Vec<(ObjRef, Value)> = all.drain(slots..).collect();
        drop(all);
        let mut d = Dict::with_capacity(attrs.len());
        for (k, v) in attrs {
            let hash = match &k.payload {
                crate::object::Payload::Str(s) => s.hash(),
                _ => 0,
            };
            d.push(hash, Value::Obj(k), v);
        }
        d
    }

    /// Calls `f` on every container the inline attributes and the dict hold (names are
    /// str objects, never containers). False when they were borrowed.
    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        if let Some(d) = self.dict.get() {
            f(d);
        }
        match self.attrs.try_borrow() {
            Ok(attrs) => {
                for (_, v) in attrs.iter() {
                    if let Value::Obj(o) = v {
                        f(o);
                    }
                }
                true
            }
            Err(_) => false,
        }
    }

    /// Drops the attributes (the collector breaking a cycle).
    pub fn clear(&self) {
        if let Ok(mut attrs) = self.attrs.try_borrow_mut() {
            attrs.clear();
        }
        if let Some(d) = self.dict.get() {
            if let crate::object::Payload::Dict(d) = &d.payload {
                if let Ok(mut d) = d.try_borrow_mut() {
                    d.clear();
                }
            }
        }
    }
}

impl Vm {
    /// The instance's `__dict__` object, made now (the attributes move into it) if it had
    /// none.
    pub fn instance_dict(&self, obj: &ObjRef, inst: &Instance) -> ObjRef {
        inst.track(obj, &self.gc);
        inst.dict
            .get_or_init(|| self.new_dict_obj(inst.take_as_dict()))
            .clone()
    }

    /// The dict object `obj`'s own attributes are in, if it has one now (an instance's inline
    /// attributes have none).
    fn own_attr_dict(obj: &Value) -> Option<&ObjRef> {
        let Value::Obj(o) = obj else { return None };
        match &o.payload {
            Payload::Instance(inst) => inst.dict.get(),
            Payload::Module(m) => Some(&m.dict),
            _ => o.dict_obj(),
        }
    }

    /// Whether `obj` has its own attribute `name` (in its instance storage or dict).
    pub fn instance_has_own(&self, obj: &Value, name: &ObjRef) -> bool {
        if let Some(Payload::Instance(inst)) = obj.payload() {
            return self.instance_get(inst, name).is_some();
        }
        Vm::own_attr_dict(obj).is_some_and(|d| self.dict_get_str(d, name).is_some())
    }

    /// Makes `key` (a str-subclass instance with `name`'s text) the stored key of `obj`'s
    /// attribute `name`, just added (`setattr(obj, key, v)`).
    pub fn instance_rekey(&self, obj: &Value, name: &ObjRef, key: ObjRef) {
        let (Payload::Str(s), Payload::Str(_)) = (&name.payload, &key.payload) else {
            return;
        };
        if let Some(d) = Vm::own_attr_dict(obj) {
            let Payload::Dict(d) = &d.payload else { return };
            let Ok(mut d) = d.try_borrow_mut() else {
                return;
            };
            if let Some(i) = d.index_of_str(s.hash(), s.as_str()) {
                if let Some((_, v)) = d.remove_at(i) {
                    d.push(s.hash(), Value::Obj(key), v);
                }
            }
            return;
        }
        let Some(Payload::Instance(inst)) = obj.payload() else {
            return;
        };
        let Ok(mut attrs) = inst.attrs.try_borrow_mut() else {
            return;
        };
        if let Some(i) = Instance::position(&attrs, name) {
            attrs[i].0 = key;
        }
    }

    /// The attribute `name` of the instance, from whichever storage it has.
    pub fn instance_get(&self, inst: &Instance, name: &ObjRef) -> Option<Value> {
        if let Some(d) = inst.dict.get() {
            return self.dict_get_str(d, name);
        }
        let attrs = inst.attrs.borrow();
        Instance::position(&attrs, name).map(|i| attrs[i].1.clone())
    }

    /// Sets (`Some`) or deletes (`None`) the attribute `name`; false when deleting one the
    /// instance does not have.
    pub fn instance_set(
        &mut self,
        obj: &ObjRef,
        inst: &Instance,
        name: &ObjRef,
        value: Option<Value>,
    ) -> PyResult<bool> {
        if inst.dict.get().is_none() {
            let Ok(mut attrs) = inst.attrs.try_borrow_mut() else {
                return Err(self.runtime_error("instance attributes changed during access"));
            };
            match (Instance::position(&attrs, name), value) {
                (Some(i), Some(v)) => {
                    inst.note_store(obj, &v, &self.gc);
                    let old = std::mem::replace(&mut attrs[i].1, v);
                    drop(attrs);
                    drop(old);
                    return Ok(true);
                }
                (Some(i), None) => {
                    let old = attrs.remove(i);
                    drop(attrs);
                    drop(old);
                    return Ok(true);
                }
                (None, None) => return Ok(false),
                (None, Some(v)) if Instance::fits(&attrs, name) => {
                    inst.note_store(obj, &v, &self.gc);
                    let hash = match &name.payload {
                        Payload::Str(s) => s.hash(),
                        _ => 0,
                    };
                    inst.push_inline(&mut attrs, name, hash, v);
                    return Ok(true);
                }
                (None, Some(v)) => {
                    drop(attrs);
                    let d = self.instance_dict(obj, inst);
                    self.dict_set_str(&d, name, v)?;
                    return Ok(true);
                }
            }
        }
        let d = self.instance_dict(obj, inst);
        match value {
            Some(v) => self.dict_set_str(&d, name, v).map(|()| true),
            None => self.dict_del_str(&d, name),
        }
    }
}
