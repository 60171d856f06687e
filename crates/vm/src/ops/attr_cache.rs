//! Attribute caches: `LoadAttr`, `StoreAttr` and `LoadMethod` on instances without re-deciding
//! the class side each time (CPython 3.11's `LOAD_ATTR_INSTANCE_VALUE`,
//! `STORE_ATTR_INSTANCE_VALUE` and `LOAD_METHOD_WITH_VALUES`, in spirit).
//!
//! Reading `obj.name` on an instance must first ask its class whether anything there comes
//! before the instance `__dict__` (a data descriptor under that name, a Python
//! `__getattribute__`); storing asks about `__setattr__`, descriptors and `__slots__`. The
//! answers depend only on the class and its MRO, which a type version names (changing any
//! class attribute gives the class and its subclasses new versions, `objects/typeobj.rs`). So
//! each code object keeps one [`AttrCache`] per entry of `co_names`: the class version for
//! which the checks were made, which of them passed ([`LOAD`], [`STORE`], [`METHOD`],
//! [`CLASS_VALUE`], or [`SLOT`] for a `__slots__` name), and where among the instance's attributes (`objects/instance.rs`: inline
//! pairs, or its dict once made) the name was last found, a hint: instances of one class
//! usually set their attributes in the same order, so the name sits at the same index in each
//! of them, and an entry whose key *is* the interned name needs no hashing or probing.
//!
//! A hit pushes the value in place (see [`push_clone`]). A miss (another class, a new version,
//! a hint that points elsewhere) takes the full path and refills the entry; the caches change
//! no behaviour. A read of a `property` whose getter is a plain Python function pushes the
//! getter's frame instead of calling it from Rust (`Vm::load_attr_miss`).

use std::cell::Cell;
use std::rc::Rc;

use crate::builtins::functions::MethodKind;
use crate::code::Code;
use crate::frame::Frame;
use crate::gc::GcState;
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::objects::instance::{Instance, MAX_INLINE};
use crate::ops::attr::method_cache_slot;
use crate::value::Value;
use crate::vm::{CacheEntry, PyResult, Vm};

/// A read may go straight to the instance dict: the class has no data descriptor under the
/// name (nothing, a plain function, or a value of a builtin type that is not a descriptor)
/// and no Python `__getattribute__`.
pub const LOAD: u8 = 1;
/// A store may go straight to the instance dict: no data descriptor under the name (as for
/// [`LOAD`]), no Python `__setattr__`, and instances have a `__dict__` (`__slots__` may say
/// not).
pub const STORE: u8 = 2;
/// The name is a plain method (a Python function, or a builtin instance method) and there is
/// no Python `__getattribute__`: `LoadMethod` pushes it unbound unless the dict shadows it.
pub const METHOD: u8 = 4;

/// The class attribute is a value of a builtin type that is no descriptor at all (a
/// class-level default such as `count = 0`): an instance without its own value reads it as is.
pub const CLASS_VALUE: u8 = 8;

/// The name is a slot (`__slots__`: a `member_descriptor` of the class) and there is no
/// Python `__getattribute__` or `__setattr__`: the entry's `index` is the slot's, and a read
/// or store goes straight to that entry of the instance's attributes (`builtins/slots.rs`).
pub const SLOT: u8 = 16;

/// What is known about one name on one class version (see the module docs).
#[derive(Clone, Copy, Default)]
pub struct AttrCache {
    /// The class version the flags were computed for; 0 (no class has it) means empty.
    pub type_version: u32,
    /// Where the name was last found in an instance dict.
    pub index: u32,
    pub flags: u8,
}

/// The cache entry if it was filled for this class version and has `flag`.
#[inline]
fn valid(cache: &Cell<AttrCache>, class: &ObjRef, flag: u8) -> Option<AttrCache> {
    let c = cache.get();
    let t = class.as_type()?;
    (c.flags & flag != 0 && t.version.get() == c.type_version).then_some(c)
}

/// The index of `name` in `d`: the hint when its key is that very str object, else a lookup.
#[inline]
fn find_in_dict(d: &Dict, hint: u32, name: &ObjRef) -> Option<usize> {
    if let Some((Value::Obj(k), _)) = d.entry_at(hint as usize) {
        if Rc::ptr_eq(k, name) {
            return Some(hint as usize);
        }
    }
    match &name.payload {
        Payload::Str(s) => d.index_of_str(s.hash(), s.as_str()),
        _ => None,
    }
}

/// The index of `name` among inline attributes, the hint first.
#[inline]
fn find_inline(attrs: &[(ObjRef, Value)], hint: u32, name: &ObjRef) -> Option<usize> {
    match attrs.get(hint as usize) {
        Some((k, _)) if Rc::ptr_eq(k, name) => Some(hint as usize),
        _ => Instance::position(attrs, name),
    }
}

/// Remembers where the name was found, if that moved.
#[inline]
fn set_hint(cache: &Cell<AttrCache>, c: AttrCache, i: usize) {
    if i != c.index as usize {
        cache.set(AttrCache {
            index: i as u32,
            ..c
        });
    }
}

/// Pushes a new reference to `v` onto `stack`, copying it word by word: a value read back
/// whole right after being written in two halves stalls the CPU (see `value::copy_value`).
#[inline(always)]
pub(crate) fn push_clone(stack: &mut Vec<Value>, v: &Value) {
    if let Value::Obj(o) = v {
        // The copy pushed below owns this new reference.
        std::mem::forget(Rc::clone(o));
    }
    let len = stack.len();
    if len == stack.capacity() {
        stack.reserve(1);
    }
    // SAFETY: slot `len` is allocated (just ensured) and unused; the copy owns the reference
    // taken above, so the original and the copy each own one.
    unsafe {
        crate::value::copy_value(v, stack.as_mut_ptr().add(len));
        stack.set_len(len + 1);
    }
}

/// [`cached_load`], with its commonest case in line: an instance without a dict object whose
/// attribute sits where the entry's hint says.
#[inline(always)]
pub(crate) fn load_hit(
    cache: &Cell<AttrCache>,
    obj: &Value,
    name: &ObjRef,
    stack: &mut Vec<Value>,
) -> bool {
    let Value::Obj(o) = obj else { return false };
    let (Payload::Instance(inst), Some(class)) = (&o.payload, &*o.class) else {
        return false;
    };
    let c = cache.get();
    let Some(t) = class.as_type() else {
        return false;
    };
    if c.flags & LOAD == 0 || t.version.get() != c.type_version || inst.dict.get().is_some() {
        return cached_load(cache, obj, name, stack);
    }
    // SAFETY: the reference lives only for the copy below, which runs no code and changes
    // no instance's attributes, so nothing can borrow them mutably meanwhile.
    let Ok(attrs) = (unsafe { inst.attrs.try_borrow_unguarded() }) else {
        return false;
    };
    match attrs.get(c.index as usize) {
        Some((k, v)) if Rc::ptr_eq(k, name) => {
            push_clone(stack, v);
            true
        }
        _ => cached_load(cache, obj, name, stack),
    }
}

/// `LoadAttr`'s hit: pushes `obj.name`, read from the instance's attributes, the class side
/// already known (see [`LOAD`]). False (nothing pushed) when the entry does not apply or the
/// instance lacks the name.
#[inline(never)]
pub(crate) fn cached_load(
    cache: &Cell<AttrCache>,
    obj: &Value,
    name: &ObjRef,
    stack: &mut Vec<Value>,
) -> bool {
    let Value::Obj(o) = obj else { return false };
    let (Payload::Instance(inst), Some(class)) = (&o.payload, &*o.class) else {
        return false;
    };
    let Some(c) = valid(cache, class, LOAD) else {
        return slot_load(cache, class, inst, stack);
    };
    if let Some(dict) = inst.dict.get() {
        let Payload::Dict(d) = &dict.payload else {
            return false;
        };
        let Ok(d) = d.try_borrow() else { return false };
        let Some(i) = find_in_dict(&d, c.index, name) else {
            return false;
        };
        set_hint(cache, c, i);
        return match d.value_at(i) {
            Some(v) => {
                push_clone(stack, v);
                true
            }
            None => false,
        };
    }
    let Ok(attrs) = inst.attrs.try_borrow() else {
        return false;
    };
    let Some(i) = find_inline(&attrs, c.index, name) else {
        return false;
    };
    set_hint(cache, c, i);
    push_clone(stack, &attrs[i].1);
    true
}

/// [`cached_load`] of a slot (see [`SLOT`]): pushes its value, if set.
#[inline]
fn slot_load(
    cache: &Cell<AttrCache>,
    class: &ObjRef,
    inst: &Instance,
    stack: &mut Vec<Value>,
) -> bool {
    let Some(c) = valid(cache, class, SLOT) else {
        return false;
    };
    let Ok(attrs) = inst.attrs.try_borrow() else {
        return false;
    };
    match attrs.get(c.index as usize) {
        Some((k, v)) if !v.is_null() && !matches!(k.payload, Payload::Str(_)) => {
            push_clone(stack, v);
            true
        }
        _ => false,
    }
}

/// `StoreAttr` of a slot (see [`SLOT`]), from `store_attr_miss` (in `cached_store` or the
/// hot loop it made every store of a plain attribute longer); the value back when the entry
/// does not apply.
#[inline(never)]
fn slot_store(
    cache: &Cell<AttrCache>,
    o: &ObjRef,
    inst: &Instance,
    value: Value,
    gc: &GcState,
) -> Result<(), Value> {
    let Some(c) = o.class.as_ref().and_then(|class| valid(cache, class, SLOT)) else {
        return Err(value);
    };
    let Ok(mut attrs) = inst.attrs.try_borrow_mut() else {
        return Err(value);
    };
    let Some((k, slot)) = attrs.get_mut(c.index as usize) else {
        return Err(value);
    };
    if matches!(k.payload, Payload::Str(_)) {
        return Err(value);
    }
    inst.note_store(o, &value, gc);
    let old = std::mem::replace(slot, value);
    drop(attrs);
    // The old value may have a `__del__`: it is dropped with the storage released.
    drop(old);
    Ok(())
}

/// `StoreAttr`'s hit: `obj.name = value` into the instance's attributes (see [`STORE`]).
/// Hands the value back when the entry does not apply.
#[inline]
pub(crate) fn cached_store(
    cache: &Cell<AttrCache>,
    obj: &Value,
    name: &ObjRef,
    value: Value,
    gc: &GcState,
) -> Result<(), Value> {
    let Value::Obj(o) = obj else {
        return Err(value);
    };
    let (Payload::Instance(inst), Some(class), Payload::Str(s)) =
        (&o.payload, &*o.class, &name.payload)
    else {
        return Err(value);
    };
    let Some(c) = valid(cache, class, STORE) else {
        return Err(value);
    };
    let old = if let Some(dict) = inst.dict.get() {
        let Payload::Dict(d) = &dict.payload else {
            return Err(value);
        };
        let Ok(mut d) = d.try_borrow_mut() else {
            return Err(value);
        };
        let old = match find_in_dict(&d, c.index, name) {
            Some(i) => {
                set_hint(cache, c, i);
                d.set_value_at(i, value)
            }
            None => {
                let i = d.slots();
                d.push(s.hash(), Value::Obj(name.clone()), value);
                set_hint(cache, c, i);
                None
            }
        };
        drop(d);
        old
    } else {
        let Ok(mut attrs) = inst.attrs.try_borrow_mut() else {
            return Err(value);
        };
        inst.note_store(o, &value, gc);
        // (A name never stored needs no scan: see `Instance::may_have`.)
        let hash = s.hash();
        let found = match attrs.get(c.index as usize) {
            Some((k, _)) if Rc::ptr_eq(k, name) => Some(c.index as usize),
            _ if !inst.may_have(hash) => None,
            _ => Instance::position(&attrs, name),
        };
        let old = match found {
            Some(i) => {
                set_hint(cache, c, i);
                Some(std::mem::replace(&mut attrs[i].1, value))
            }
            None if attrs.len() < MAX_INLINE => {
                set_hint(cache, c, attrs.len());
                inst.push_inline(&mut attrs, name, hash, value);
                if let Some(t) = class.as_type() {
                    if attrs.len() > t.attr_hint.get() as usize {
                        t.attr_hint.set(attrs.len() as u8);
                    }
                }
                None
            }
            None => return Err(value),
        };
        drop(attrs);
        old
    };
    // The old value may have a `__del__`: it is dropped with the storage released.
    drop(old);
    Ok(())
}

/// `LoadAttr` in the hot loop (`eval/hot.rs`): the instance on top of `frame`'s stack is
/// replaced by its attribute when the cache entry applies (see [`cached_load`]); false, with
/// the stack as it was, otherwise.
#[inline(always)]
pub(crate) fn load_attr_hot(frame: &mut Frame, i: usize) -> bool {
    let obj = frame.pop();
    let code = &frame.code;
    if let (Some(cache), Some(name)) = (code.attr_cache.get(i), code.names.get(i)) {
        if load_hit(cache, &obj, name, &mut frame.stack) {
            return true;
        }
    }
    frame.push(obj);
    false
}

/// `LoadMethod` in the hot loop: the instance on top of `frame`'s stack becomes
/// `[method, instance]` in place when [`method_hit`] finds the method; false, with the stack
/// as it was, otherwise.
#[inline(always)]
pub(crate) fn load_method_hot(frame: &mut Frame, i: usize, method_cache: &[CacheEntry]) -> bool {
    let code = &frame.code;
    let (Some(cache), Some(name)) = (code.attr_cache.get(i), code.names.get(i)) else {
        return false;
    };
    let Some(Value::Obj(o)) = frame.stack.last() else {
        return false;
    };
    let Some(m) = method_hit(cache, o, name, method_cache) else {
        return false;
    };
    frame.insert_under_top(m);
    true
}

/// `StoreAttr` in the hot loop: `[value, obj]` on top of `frame`'s stack stored as
/// `obj.name = value` when the cache entry applies (see [`cached_store`]); false, with the
/// stack as it was, otherwise.
#[inline(always)]
pub(crate) fn store_attr_hot(frame: &mut Frame, i: usize, gc: &GcState) -> bool {
    let obj = frame.pop();
    let value = frame.pop();
    let code = &frame.code;
    let value = match (code.attr_cache.get(i), code.names.get(i)) {
        (Some(cache), Some(name)) => match cached_store(cache, &obj, name, value, gc) {
            Ok(()) => return true,
            Err(value) => value,
        },
        _ => value,
    };
    frame.push(value);
    frame.push(obj);
    false
}

/// `LoadMethod`'s hit on an instance of a Python class: the method, when the entry says the
/// name is a plain method of the class (see [`METHOD`]), the instance does not shadow it
/// and the method cache holds it.
#[inline(always)]
fn method_hit<'a>(
    cache: &Cell<AttrCache>,
    o: &ObjRef,
    name: &ObjRef,
    method_cache: &'a [CacheEntry],
) -> Option<&'a Value> {
    let (Payload::Instance(inst), Some(class)) = (&o.payload, &*o.class) else {
        return None;
    };
    let c = valid(cache, class, METHOD)?;
    if inst.has(name) {
        return None;
    }
    let name_id = Rc::as_ptr(name) as usize;
    let e = method_cache.get(method_cache_slot(c.type_version, name_id))?;
    match (e.version == c.type_version && e.name == name_id, &e.value) {
        (true, Some(m)) => Some(m),
        _ => None,
    }
}

/// Pushes the method of [`method_hit`] (only: the caller pushes the receiver after it);
/// false, with nothing pushed, when there is none.
#[inline(always)]
pub(crate) fn push_method(
    cache: &Cell<AttrCache>,
    o: &ObjRef,
    name: &ObjRef,
    method_cache: &[CacheEntry],
    stack: &mut Vec<Value>,
) -> bool {
    match method_hit(cache, o, name, method_cache) {
        Some(m) => {
            push_clone(stack, m);
            true
        }
        None => false,
    }
}

impl Vm {
    /// The flags (see the constants) that hold for `name` on `class` as it is now.
    fn attr_flags(&mut self, class: &ObjRef, name: &ObjRef) -> (u8, Option<u32>) {
        let Some(t) = class.as_type() else {
            return (0, None);
        };
        let no_dict = !t.has_dict;
        if name.str_text().starts_with("__") {
            return (0, None);
        }
        let is_function = |v: &Option<Value>| {
            matches!(
                v.as_ref().and_then(Value::payload),
                Some(Payload::Function(_))
            )
        };
        let attr = self.lookup_type_interned(class, name);
        let method = match attr.as_ref().and_then(Value::payload) {
            Some(Payload::Function(_)) => true,
            Some(Payload::MethodDescriptor(m)) => m.kind == MethodKind::Instance,
            _ => false,
        };
        // The instance's own value comes first unless the class has a data descriptor under
        // the name. A value of a builtin type (a class-level default like `count = 0`) is
        // none, and stays none: builtin types cannot gain a `__set__`. An instance of a
        // Python class could, without this class's version changing, so it is not trusted.
        let dict_first = match &attr {
            None => true,
            Some(_) if is_function(&attr) => true,
            Some(v) => {
                !self.class_of(v).as_type().is_some_and(|t| t.heap) && !self.is_data_descriptor(v)
            }
        };
        let class_value = match &attr {
            Some(v) => {
                !self.class_of(v).as_type().is_some_and(|t| t.heap)
                    && !matches!(
                        v.payload(),
                        Some(
                            Payload::Function(_)
                                | Payload::MethodDescriptor(_)
                                | Payload::ClassMethod(_)
                                | Payload::StaticMethod(_)
                                | Payload::Property(_)
                        )
                    )
            }
            None => false,
        };
        let getattribute = self.lookup_name(class, |n| &n.getattribute);
        let setattr = self.lookup_name(class, |n| &n.setattr);
        let mut flags = 0;
        if !is_function(&getattribute) {
            if dict_first {
                flags |= LOAD;
            }
            if class_value {
                flags |= CLASS_VALUE;
            }
            if method {
                flags |= METHOD;
            }
        }
        if dict_first && !is_function(&setattr) && !no_dict {
            flags |= STORE;
        }
        if let Some(Payload::Member(m)) = attr.as_ref().and_then(Value::payload) {
            let slot = m.kind == crate::builtins::slots::MemberKind::Slot;
            if slot && !is_function(&getattribute) && !is_function(&setattr) {
                return (SLOT, Some(m.index));
            }
        }
        (flags, None)
    }

    /// Fills `cache` for `name` on `class` (on a miss), keeping the dict hint; returns the
    /// entry now valid.
    pub(crate) fn refill_attr_cache(
        &mut self,
        cache: &Cell<AttrCache>,
        class: &ObjRef,
        name: &ObjRef,
    ) -> AttrCache {
        let version = class.as_type().map_or(0, |t| t.version.get());
        let c = cache.get();
        if c.type_version == version && version != 0 {
            return c;
        }
        let (flags, slot) = self.attr_flags(class, name);
        let c = AttrCache {
            type_version: version,
            index: slot.unwrap_or(c.index),
            flags,
        };
        cache.set(c);
        c
    }

    /// `LoadMethod` through the cache: when the name is a plain method of the class not
    /// shadowed by the instance's attributes, pushes it and `obj` and gives `None`; else hands
    /// `obj` back for the general way (`Vm::load_method`), which decides every other case.
    #[inline]
    pub(crate) fn cached_method(
        &mut self,
        cache: &Cell<AttrCache>,
        obj: Value,
        name: &ObjRef,
    ) -> Option<Value> {
        // The common case without touching a reference count: an instance whose class's
        // entry is valid and whose method the method cache holds.
        if let Value::Obj(o) = &obj {
            if let (Payload::Instance(_), Some(frame)) = (&o.payload, self.frames.last_mut()) {
                if push_method(cache, o, name, &self.method_cache, &mut frame.stack) {
                    frame.push(obj);
                    return None;
                }
            }
        }
        self.cached_method_slow(cache, obj, name)
    }

    /// `cached_method` for every other receiver, and on a miss.
    #[inline(never)]
    fn cached_method_slow(
        &mut self,
        cache: &Cell<AttrCache>,
        obj: Value,
        name: &ObjRef,
    ) -> Option<Value> {
        let class = match &obj {
            Value::Obj(o) => {
                if matches!(o.payload, Payload::Type(_) | Payload::Super(_)) {
                    return Some(obj);
                }
                let shadowed = match &o.payload {
                    Payload::Instance(inst) => self.instance_get(inst, name).is_some(),
                    _ => o
                        .dict_obj()
                        .is_some_and(|d| self.dict_get_str(d, name).is_some()),
                };
                if shadowed {
                    return Some(obj);
                }
                o.class.as_ref().unwrap_or(&self.types.type_)
            }
            other => self.class_of(other),
        }
        .clone();
        let Some(t) = class.as_type() else {
            return Some(obj);
        };
        let version = t.version.get();
        let c = cache.get();
        let c = if c.type_version == version {
            c
        } else {
            self.refill_attr_cache(cache, &class, name)
        };
        if c.flags & METHOD == 0 {
            return Some(obj);
        }
        // The method itself, from the method cache when it has it (pushed in place).
        let name_id = Rc::as_ptr(name) as usize;
        let slot = method_cache_slot(version, name_id);
        let e = &self.method_cache[slot];
        let Some(frame) = self.frames.last_mut() else {
            return Some(obj);
        };
        if e.version == version && e.name == name_id {
            if let Some(m) = &e.value {
                push_clone(&mut frame.stack, m);
                frame.push(obj);
                return None;
            }
            return Some(obj);
        }
        match self.lookup_type_interned(&class, name) {
            Some(m) => {
                let frame = self.frames.last_mut()?;
                frame.push(m);
                frame.push(obj);
                None
            }
            None => Some(obj),
        }
    }

    /// `LoadAttr` of `code.names[i]` when [`cached_load`] missed: refills the entry for the
    /// instance's class and retries, else the full lookup. `None` when it pushed a property
    /// getter's frame instead, whose return pushes the value.
    #[inline(never)]
    pub(crate) fn load_attr_miss(
        &mut self,
        code: &Code,
        i: usize,
        obj: &Value,
    ) -> PyResult<Option<Value>> {
        let name = &code.names[i];
        if let Value::Obj(o) = obj {
            if let (Payload::Instance(inst), Some(class)) = (&o.payload, &*o.class) {
                let c = self.refill_attr_cache(&code.attr_cache[i], class, name);
                if c.flags & LOAD != 0 {
                    if let Some(v) = self.instance_get(inst, name) {
                        return Ok(Some(v));
                    }
                    if c.flags & CLASS_VALUE != 0 {
                        if let Some(v) = self.lookup_type_interned(class, name) {
                            return Ok(Some(v));
                        }
                    }
                } else if let Some(getter) = self.property_getter(class, name) {
                    if self.frame_depth_exceeded() {
                        return Err(self.recursion_error());
                    }
                    if self.push_getter_frame(&getter, obj).is_some() {
                        return Ok(None);
                    }
                }
            }
        }
        self.getattr(obj, name).map(Some)
    }

    /// The getter of a property `name` of `class` when reading it is only calling that
    /// Python function: no Python `__getattribute__` comes first and no `__getattr__` would
    /// catch an AttributeError it raises.
    fn property_getter(&mut self, class: &ObjRef, name: &ObjRef) -> Option<ObjRef> {
        let attr = self.lookup_type_interned(class, name)?;
        let Value::Obj(prop) = &attr else { return None };
        let Payload::Property(p) = &prop.payload else {
            return None;
        };
        // A subclass of property may define its own `__get__`.
        if !prop
            .class
            .as_ref()
            .is_some_and(|c| Rc::ptr_eq(c, &self.types.property))
        {
            return None;
        }
        let getter = match &*p.fget.borrow() {
            Value::Obj(f) if matches!(f.payload, Payload::Function(_)) => f.clone(),
            _ => return None,
        };
        let getattribute = self.lookup_name(class, |n| &n.getattribute);
        if matches!(
            getattribute.as_ref().and_then(Value::payload),
            Some(Payload::Function(_))
        ) || self.lookup_name(class, |n| &n.getattr).is_some()
        {
            return None;
        }
        Some(getter)
    }

    /// `StoreAttr` of `code.names[i]` when [`cached_store`] missed (see `load_attr_miss`).
    #[inline(never)]
    pub(crate) fn store_attr_miss(
        &mut self,
        code: &Code,
        i: usize,
        obj: &Value,
        value: Value,
    ) -> PyResult<()> {
        let name = &code.names[i];
        let mut value = value;
        if let Value::Obj(o) = obj {
            if let (Payload::Instance(_), Some(class)) = (&o.payload, &*o.class) {
                self.refill_attr_cache(&code.attr_cache[i], class, name);
                match cached_store(&code.attr_cache[i], obj, name, value, &self.gc) {
                    Ok(()) => return Ok(()),
                    Err(v) => value = v,
                }
                // A slot (kept out of `cached_store`, whose hits it would slow down).
                if let Payload::Instance(inst) = &o.payload {
                    match slot_store(&code.attr_cache[i], o, inst, value, &self.gc) {
                        Ok(()) => return Ok(()),
                        Err(v) => value = v,
                    }
                }
            }
        }
        self.setattr(obj, name, value)
    }

    /// `LoadMethod` of `code.names[i]`: pushes the method and `obj` for a plain method, else
    /// `obj.name` and Null (as `Vm::load_method`).
    #[inline]
    pub(crate) fn load_method_cached(&mut self, code: &Code, i: usize, obj: Value) -> PyResult<()> {
        let Some(obj) = self.cached_method(&code.attr_cache[i], obj, &code.names[i]) else {
            return Ok(());
        };
        let (callable, self_) = self.load_method(obj, &code.names[i])?;
        let frame = self.top_frame()?;
        frame.push(callable);
        frame.push(self_);
        Ok(())
    }
}
