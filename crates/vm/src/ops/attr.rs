//! Attribute access: `obj.name`, `obj.name = v`, `del obj.name`, and method lookup without
//! binding (CPython's `PyObject_GenericGetAttr`, `type_getattro`, `_PyObject_GetMethod`).
//!
//! Lookups on a class go through a cache keyed by (type version, interned name); see
//! `objects/typeobj.rs` for how versions invalidate it.

use std::rc::Rc;

use crate::builtins::functions::{Args, BuiltinFunction, MethodKind};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::function::BoundMethod;
use crate::objects::typeobj::{invalidate, lookup_mro};
use crate::value::Value;
use crate::vm::{CacheEntry, PyErr, PyResult, Vm, METHOD_CACHE_SIZE};

/// The method cache entry for (type version, interned name address).
#[inline(always)]
pub(crate) fn method_cache_slot(version: u32, name_id: usize) -> usize {
    ((version as usize).wrapping_mul(0x9E37_79B9) ^ (name_id >> 4)) & (METHOD_CACHE_SIZE - 1)
}

impl Vm {
    /// Looks `name` up along the MRO of `class`, through the method cache.
    pub fn lookup_type(&mut self, class: &ObjRef, name: &str) -> Option<Value> {
        let key = self.intern(name);
        self.lookup_type_interned(class, &key)
    }

    /// `lookup_type` for one of the VM's own names (`vm.names`), without hashing.
    #[inline]
    pub fn lookup_name(
        &mut self,
        class: &ObjRef,
        name: fn(&crate::names::Names) -> &ObjRef,
    ) -> Option<Value> {
        // A method cache hit first, without taking a reference to the name.
        let key = name(&self.names);
        if let Some(t) = class.as_type() {
            let version = t.version.get();
            let name_id = Rc::as_ptr(key) as usize;
            let e = &self.method_cache[method_cache_slot(version, name_id)];
            if e.version == version && e.name == name_id {
                return e.value.clone();
            }
        }
        let key = key.clone();
        self.lookup_type_interned(class, &key)
    }

    /// Like `lookup_type`, for an interned name (no hashing of the name).
    pub fn lookup_type_interned(&mut self, class: &ObjRef, name: &ObjRef) -> Option<Value> {
        let t = class.as_type()?;
        let version = t.version.get();
        let name_id = Rc::as_ptr(name) as usize;
        let slot = method_cache_slot(version, name_id);
        let e = &self.method_cache[slot];
        if e.version == version && e.name == name_id {
            return e.value.clone();
        }
        let (hash, text) = match &name.payload {
            Payload::Str(s) => (s.hash(), s.as_str()),
            _ => return None,
        };
        let value = lookup_mro(class, hash, text);
        self.method_cache[slot] = CacheEntry {
            version,
            name: name_id,
            value: value.clone(),
        };
        value
    }

    /// `getattr(obj, name)`.
    pub fn getattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Value> {
        if let Some(Payload::Super(_)) = obj.payload() {
            return crate::builtins::descriptors::super_getattr(self, obj, name);
        }
        let class = self.class_of(obj).clone();
        if let Some(custom) = self.custom_getattribute(&class) {
            let r = self.call(&custom, Args::new([obj.clone(), Value::Obj(name.clone())]));
            return match r {
                Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                    self.getattr_fallback(obj, &class, name, e)
                }
                other => other,
            };
        }
        match self.generic_getattr(obj, &class, name) {
            Ok(Some(v)) => Ok(v),
            Ok(None) => {
                let err = self.no_attribute(obj, name);
                self.getattr_fallback(obj, &class, name, err)
            }
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                self.getattr_fallback(obj, &class, name, e)
            }
            Err(e) => Err(e),
        }
    }

    /// `__getattr__`, called when normal lookup failed with `err`.
    fn getattr_fallback(
        &mut self,
        obj: &Value,
        class: &ObjRef,
        name: &ObjRef,
        err: PyErr,
    ) -> PyResult<Value> {
        if class.as_type().is_some_and(|t| t.heap) {
            if let Some(ga) = self.lookup_name(class, |n| &n.getattr) {
                return self.call(&ga, Args::new([obj.clone(), Value::Obj(name.clone())]));
            }
        }
        Err(err)
    }

    /// A user-defined `__getattribute__`, if the class has one.
    fn custom_getattribute(&mut self, class: &ObjRef) -> Option<Value> {
        if !class.as_type().is_some_and(|t| t.heap) {
            return None;
        }
        let ga = self.lookup_name(class, |n| &n.getattribute)?;
        match ga.payload() {
            Some(Payload::Function(_)) => Some(ga),
            _ => None,
        }
    }

    /// The AttributeError for a missing attribute, worded as CPython words it.
    pub fn no_attribute(&self, obj: &Value, name: &ObjRef) -> PyErr {
        let msg = match obj.payload() {
            Some(Payload::Type(t)) => format!(
                "type object '{}' has no attribute '{}'",
                t.name(),
                name.str_text()
            ),
            Some(Payload::Module(m)) => {
                format!("module '{}' has no attribute '{}'", m.name, name.str_text())
            }
            _ => format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name.str_text()
            ),
        };
        let err = self.attribute_error(msg);
        self.set_attr_raw(&err.0, "name", Value::Obj(name.clone()));
        self.set_attr_raw(&err.0, "obj", obj.clone());
        err
    }

    /// Attribute lookup without `__getattribute__`/`__getattr__` hooks; `None` if missing.
    pub fn generic_getattr(
        &mut self,
        obj: &Value,
        class: &ObjRef,
        name: &ObjRef,
    ) -> PyResult<Option<Value>> {
        if let Some(Payload::Type(_)) = obj.payload() {
            if let Value::Obj(t) = obj {
                return self.type_getattr(t, name);
            }
        }
        let descr = self.lookup_type_interned(class, name);
        if let Some(d) = &descr {
            if self.is_data_descriptor(d) {
                return self.descr_get(d, obj, class).map(Some);
            }
        }
        if let Some(v) = self.native_attr(obj, name)? {
            return Ok(Some(v));
        }
        if let Value::Obj(o) = obj {
            if let Payload::Instance(inst) = &o.payload {
                if let Some(v) = self.instance_get(inst, name) {
                    return Ok(Some(v));
                }
            } else if let Some(dict) = o.dict_obj() {
                if let Some(v) = self.dict_get_str(dict, name) {
                    return Ok(Some(v));
                }
            }
        }
        match descr {
            Some(d) => self.descr_get(&d, obj, class).map(Some),
            None => Ok(None),
        }
    }

    /// Attribute of a class object (CPython's `type_getattro`).
    fn type_getattr(&mut self, t: &ObjRef, name: &ObjRef) -> PyResult<Option<Value>> {
        let tv = Value::Obj(t.clone());
        let meta = self.class_of(&tv).clone();
        let meta_attr = self.lookup_type_interned(&meta, name);
        if let Some(m) = &meta_attr {
            if self.is_data_descriptor(m) {
                return self.descr_get(m, &tv, &meta).map(Some);
            }
        }
        if let Some(attr) = self.lookup_type_interned(t, name) {
            return self.descr_get_on_class(&attr, t).map(Some);
        }
        if let Some(v) = self.native_attr(&tv, name)? {
            return Ok(Some(v));
        }
        match meta_attr {
            Some(m) => self.descr_get(&m, &tv, &meta).map(Some),
            None => Ok(None),
        }
    }

    /// What a class attribute gives when read through the class itself.
    fn descr_get_on_class(&mut self, attr: &Value, class: &ObjRef) -> PyResult<Value> {
        match attr.payload() {
            Some(Payload::Function(_)) | Some(Payload::Property(_)) => Ok(attr.clone()),
            Some(Payload::MethodDescriptor(d)) => match d.kind {
                MethodKind::Class => Ok(self.bind_native(attr, Value::Obj(class.clone()))),
                _ => Ok(attr.clone()),
            },
            Some(Payload::ClassMethod(f)) => {
                let f = f.borrow().clone();
                Ok(self.new_bound_method(f, Value::Obj(class.clone())))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
            _ => {
                let attr_class = self.class_of(attr).clone();
                if attr_class.as_type().is_some_and(|t| t.heap) {
                    if let Some(get) = self.lookup_name(&attr_class, |n| &n.get) {
                        return self.call(
                            &get,
                            Args::new([attr.clone(), Value::None, Value::Obj(class.clone())]),
                        );
                    }
                }
                Ok(attr.clone())
            }
        }
    }

    /// True for descriptors that take precedence over an instance's `__dict__`.
    pub fn is_data_descriptor(&mut self, d: &Value) -> bool {
        match d.payload() {
            Some(Payload::Property(_) | Payload::GetSet(_) | Payload::Member(_)) => true,
            Some(Payload::Function(_))
            | Some(Payload::MethodDescriptor(_))
            | Some(Payload::ClassMethod(_))
            | Some(Payload::StaticMethod(_))
            | Some(Payload::BuiltinFunction(_))
            | Some(Payload::Str(_))
            | Some(Payload::Int(_))
            | Some(Payload::Tuple(_))
            | Some(Payload::List(_))
            | Some(Payload::Dict(_))
            | Some(Payload::Type(_))
            | None => false,
            Some(_) => {
                let class = self.class_of(d).clone();
                class.as_type().is_some_and(|t| t.heap)
                    && (self.lookup_name(&class, |n| &n.set).is_some()
                        || self.lookup_name(&class, |n| &n.delete).is_some())
            }
        }
    }

    /// Binds a descriptor found on `class` to `obj` (CPython's `tp_descr_get`).
    pub fn descr_get(&mut self, d: &Value, obj: &Value, class: &ObjRef) -> PyResult<Value> {
        match d.payload() {
            Some(Payload::Function(_)) => Ok(self.new_bound_method(d.clone(), obj.clone())),
            Some(Payload::MethodDescriptor(desc)) => match desc.kind {
                MethodKind::Instance => Ok(self.bind_native(d, obj.clone())),
                MethodKind::Class => Ok(self.bind_native(d, Value::Obj(class.clone()))),
                MethodKind::Static => Ok(d.clone()),
            },
            Some(Payload::ClassMethod(f)) => {
                let f = f.borrow().clone();
                Ok(self.new_bound_method(f, Value::Obj(class.clone())))
            }
            Some(Payload::StaticMethod(f)) => Ok(f.borrow().clone()),
            Some(Payload::Property(_)) if self.has_python_get(d) => {
                let get = self.lookup_name(&self.class_of(d).clone(), |n| &n.get);
                let get = get.unwrap_or(Value::None);
                self.call(
                    &get,
                    Args::new([d.clone(), obj.clone(), Value::Obj(class.clone())]),
                )
            }
            Some(Payload::Property(_)) => self.property_read(d, obj),
            Some(Payload::BuiltinFunction(_)) | Some(Payload::Type(_)) | None => Ok(d.clone()),
            Some(Payload::GetSet(g)) => self.getset_get(g, obj),
            Some(Payload::Member(m)) => self.member_get(m, obj),
            Some(_) => {
                let dclass = self.class_of(d).clone();
                if dclass.as_type().is_some_and(|t| t.heap) {
                    if let Some(get) = self.lookup_name(&dclass, |n| &n.get) {
                        return self.call(
                            &get,
                            Args::new([d.clone(), obj.clone(), Value::Obj(class.clone())]),
                        );
                    }
                }
                Ok(d.clone())
            }
        }
    }

    /// CPython's error for a property without the function an access needs (`what`:
    /// "getter", "setter" or "deleter"): `property 'x' of 'A' object has no setter`.
    fn property_lacks(
        &self,
        p: &crate::objects::function::Property,
        obj: &Value,
        what: &str,
    ) -> PyErr {
        let name = p
            .name
            .borrow()
            .as_str()
            .map(|s| format!(" '{s}'"))
            .unwrap_or_default();
        self.attribute_error(format!(
            "property{name} of '{}' object has no {what}",
            self.type_name(obj)
        ))
    }

    /// `property.__get__(obj)` of the builtin type: calls the getter with `obj`.
    pub(crate) fn property_read(&mut self, d: &Value, obj: &Value) -> PyResult<Value> {
        let Some(Payload::Property(p)) = d.payload() else {
            return Ok(d.clone());
        };
        let fget = p.fget.borrow().clone();
        if fget.is_none() {
            return Err(self.property_lacks(p, obj, "getter"));
        }
        self.call1(&fget, obj.clone())
    }

    /// Whether `d`, an instance of a subclass of a builtin descriptor type, has a `__get__`
    /// written in Python (which then replaces the builtin one).
    fn has_python_get(&mut self, d: &Value) -> bool {
        let class = self.class_of(d).clone();
        if !class.as_type().is_some_and(|t| t.heap) {
            return false;
        }
        matches!(
            self.lookup_name(&class, |n| &n.get)
                .as_ref()
                .and_then(Value::payload),
            Some(Payload::Function(_))
        )
    }

    pub fn new_bound_method(&self, func: Value, self_: Value) -> Value {
        let o = Rc::new(PyObject::new(
            self.types.method.clone(),
            Payload::BoundMethod(Box::new(BoundMethod { func, self_ }).into()),
        ));
        self.gc_track(&o);
        Value::Obj(o)
    }

    /// A native method descriptor bound to `self_`.
    pub fn bind_native(&self, descr: &Value, self_: Value) -> Value {
        let Some(Payload::MethodDescriptor(d)) = descr.payload() else {
            return descr.clone();
        };
        let o = Rc::new(PyObject::new(
            self.types.builtin_function.clone(),
            Payload::BuiltinFunction(Box::new(BuiltinFunction {
                name: d.name,
                func: d.func,
                self_: Some(self_),
                owner: Some(d.owner),
            })),
        ));
        self.gc_track(&o);
        Value::Obj(o)
    }

    /// `LoadMethod`: `(method, obj)` when `obj.name` is a plain method found on the class
    /// (so no bound method object is made), else `(obj.name, Null)`.
    pub fn load_method(&mut self, obj: Value, name: &ObjRef) -> PyResult<(Value, Value)> {
        let class = self.class_of(&obj).clone();
        let is_type = matches!(obj.payload(), Some(Payload::Type(_) | Payload::Super(_)));
        if !is_type && self.custom_getattribute(&class).is_none() {
            if let Some(d) = self.lookup_type_interned(&class, name) {
                let plain = match d.payload() {
                    Some(Payload::Function(_)) => true,
                    Some(Payload::MethodDescriptor(m)) => m.kind == MethodKind::Instance,
                    _ => false,
                };
                if plain {
                    let shadowed = match &obj {
                        Value::Obj(o) => match &o.payload {
                            Payload::Instance(inst) => self.instance_get(inst, name).is_some(),
                            _ => o
                                .dict_obj()
                                .is_some_and(|dict| self.dict_get_str(dict, name).is_some()),
                        },
                        _ => false,
                    };
                    if !shadowed {
                        return Ok((d, obj));
                    }
                }
            }
        }
        let v = self.getattr(&obj, name)?;
        Ok((v, Value::Null))
    }

    /// `getattr(obj, name, None)`-like: the attribute, or `None` if it does not exist.
    pub fn lookup_attr_opt(&mut self, obj: &Value, name: &str) -> PyResult<Option<Value>> {
        let key = self.intern(name);
        match self.getattr(obj, &key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    /// `getattr(obj, "name")` with a Rust string.
    pub fn getattr_str(&mut self, obj: &Value, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        self.getattr(obj, &key)
    }

    /// `setattr(obj, name, value)`.
    pub fn setattr(&mut self, obj: &Value, name: &ObjRef, value: Value) -> PyResult<()> {
        let class = self.class_of(obj).clone();
        if class.as_type().is_some_and(|t| t.heap) {
            if let Some(sa) = self.lookup_name(&class, |n| &n.setattr) {
                if matches!(sa.payload(), Some(Payload::Function(_))) {
                    self.call(
                        &sa,
                        Args::new([obj.clone(), Value::Obj(name.clone()), value]),
                    )?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, &class, name, Some(value))
    }

    /// `delattr(obj, name)`.
    pub fn delattr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<()> {
        let class = self.class_of(obj).clone();
        if class.as_type().is_some_and(|t| t.heap) {
            if let Some(da) = self.lookup_name(&class, |n| &n.delattr) {
                if matches!(da.payload(), Some(Payload::Function(_))) {
                    self.call(&da, Args::new([obj.clone(), Value::Obj(name.clone())]))?;
                    return Ok(());
                }
            }
        }
        self.generic_setattr(obj, &class, name, None)
    }

    /// `object.__setattr__` / `object.__delattr__` (`value` None deletes).
    pub fn generic_setattr(
        &mut self,
        obj: &Value,
        class: &ObjRef,
        name: &ObjRef,
        value: Option<Value>,
    ) -> PyResult<()> {
        if name.str_text() == "__class__" {
            return crate::builtins::class::set_class(self, obj, value);
        }
        if let Some((tobj, Payload::Type(t))) = obj.as_obj().map(|o| (o, &o.payload)) {
            if name.str_text() == "__dict__" {
                return Err(
                    self.attribute_error("attribute '__dict__' of 'type' objects is not writable")
                );
            }
            if !t.heap {
                return Err(self.type_error(format!(
                    "cannot set '{}' attribute of immutable type '{}'",
                    name.str_text(),
                    t.name()
                )));
            }
            if self.set_native_attr(obj, name, value.clone())? {
                invalidate(tobj);
                return Ok(());
            }
            if name.str_text() == "__del__" && value.is_some() {
                t.has_del.set(true);
            }
            let key = Value::Obj(name.clone());
            let hash = match &name.payload {
                Payload::Str(s) => s.hash(),
                _ => 0,
            };
            {
                let mut attrs = t.attrs.borrow_mut();
                match (attrs.index_of_identical(hash, &key), &value) {
                    (Some(i), Some(v)) => {
                        attrs.set_value_at(i, v.clone());
                    }
                    (Some(i), None) => {
                        attrs.remove_at(i);
                    }
                    (None, Some(v)) => match attrs.probe(hash, &key) {
                        crate::objects::dict::Probe::Found(i) => {
                            attrs.set_value_at(i, v.clone());
                        }
                        _ => attrs.push(hash, key, v.clone()),
                    },
                    (None, None) => match attrs.probe(hash, &key) {
                        crate::objects::dict::Probe::Found(i) => {
                            attrs.remove_at(i);
                        }
                        _ => {
                            drop(attrs);
                            return Err(self.no_attribute(obj, name));
                        }
                    },
                }
            }
            invalidate(tobj);
            return Ok(());
        }
        if let Some(d) = self.lookup_type_interned(class, name) {
            if let Some(Payload::Member(m)) = d.payload() {
                return self.member_set(m, obj, value);
            }
            if let Some(Payload::GetSet(g)) = d.payload() {
                if g.name != "__dict__" {
                    return Err(self.attribute_error(format!(
                        "attribute '{}' of '{}' objects is not writable",
                        g.name,
                        self.type_name(obj)
                    )));
                }
            }
            if let Some(Payload::Property(p)) = d.payload() {
                let (f, what) = match &value {
                    Some(_) => (p.fset.borrow().clone(), "setter"),
                    None => (p.fdel.borrow().clone(), "deleter"),
                };
                if f.is_none() {
                    return Err(self.property_lacks(p, obj, what));
                }
                let mut args = vec![obj.clone()];
                if let Some(v) = value {
                    args.push(v);
                }
                self.call(&f, Args::new(args))?;
                return Ok(());
            }
            let dclass = self.class_of(&d).clone();
            if dclass.as_type().is_some_and(|t| t.heap) {
                let hook = if value.is_some() {
                    "__set__"
                } else {
                    "__delete__"
                };
                if let Some(set) = self.lookup_type(&dclass, hook) {
                    let mut args = vec![d.clone(), obj.clone()];
                    if let Some(v) = value {
                        args.push(v);
                    }
                    self.call(&set, Args::new(args))?;
                    return Ok(());
                }
                let other = if value.is_some() {
                    "__delete__"
                } else {
                    "__set__"
                };
                if self.lookup_type(&dclass, other).is_some() {
                    // A data descriptor without this hook (CPython's slot wrapper raises).
                    return Err(self.attribute_error(hook));
                }
            }
        }
        if self.set_native_attr(obj, name, value.clone())? {
            return Ok(());
        }
        // Without a `__dict__` (`__slots__`), only the slots' descriptors take values.
        let allowed = class.as_type().is_none_or(|t| !t.heap || t.has_dict);
        if let (Value::Obj(o), true) = (obj, allowed) {
            if let Payload::Instance(inst) = &o.payload {
                return match self.instance_set(o, inst, name, value)? {
                    true => Ok(()),
                    false => Err(self.no_attribute(obj, name)),
                };
            }
            if let Some(dict) = &self.object_dict(o) {
                return match value {
                    Some(v) => self.dict_set_str(dict, name, v),
                    None => {
                        if self.dict_del_str(dict, name)? {
                            Ok(())
                        } else {
                            Err(self.no_attribute(obj, name))
                        }
                    }
                };
            }
        }
        let msg = if name.str_text() != "__class__" && self.native_attr(obj, name)?.is_some() {
            format!(
                "attribute '{}' of '{}' objects is not writable",
                name.str_text(),
                self.type_name(obj)
            )
        } else if self.lookup_type_interned(class, name).is_some() {
            format!(
                "'{}' object attribute '{}' is read-only",
                self.type_name(obj),
                name.str_text()
            )
        } else {
            format!(
                "'{}' object has no attribute '{}'",
                self.type_name(obj),
                name.str_text()
            )
        };
        Err(self.attribute_error(msg))
    }
}
