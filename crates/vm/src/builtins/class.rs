//! `object` and `type`: instance creation (`object.__new__`/`__init__` with CPython's
//! excess-argument rules), class creation (`type.__new__`, `__build_class__` with
//! `__prepare__`, metaclasses, `__set_name__`, `__init_subclass__`, the `__class__` cell),
//! and the default behaviour every object inherits.

use std::cell::RefCell;
use std::rc::Rc;

use super::functions::{ArgVec, Args, MethodKind};
use super::mappingproxy::inherited_dict_and_weakref;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::dict::Dict;
use crate::objects::exception::ExceptionData;
use crate::objects::instance::Instance;
use crate::objects::typeobj::{c3_mro, is_subtype, Layout, TypeData};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What calling a class runs after making the instance (see `Vm::simple_init`).
pub(crate) enum SimpleInit {
    /// This Python `__init__`.
    Python(ObjRef),
    /// Nothing: `object.__init__`.
    Object,
}

impl Vm {
    /// A bare instance of `cls` with the payload its layout needs (CPython's `tp_alloc`).
    pub fn alloc_instance(&mut self, cls: &ObjRef, args: &[Value]) -> PyResult<Value> {
        let t = cls.as_type().ok_or_else(|| self.type_error("not a type"))?;
        let payload = match t.layout {
            Layout::Object if t.instance_dict && t.slot_count.get() == 0 => {
                // A constant, so the new object is copied from one whole value: built field by
                // field here, it was copied in with wider loads than the stores that had just
                // written it, which stall.
                #[allow(clippy::declare_interior_mutable_const)]
                const FRESH: Payload = Payload::Instance(Instance::new());
                FRESH
            }
            Layout::Object if t.instance_dict => Payload::Instance(Instance::with_slots(
                &t.slots.borrow(),
                t.attr_hint.get() as usize,
            )),
            Layout::Object => Payload::Plain,
            Layout::Exception => Payload::Exception(
                Box::new(ExceptionData::new(self.new_tuple(args.to_vec()))).into(),
            ),
            Layout::Dict => Payload::Dict(Box::new(RefCell::new(Dict::new())).into()),
            Layout::List => Payload::List(RefCell::new(Vec::new()).into()),
            Layout::Set => Payload::Set(crate::gc_slot::TracedCell::new(Default::default())),
            _ if matches!(
                t.name().as_str(),
                "generator"
                    | "coroutine"
                    | "async_generator"
                    | "coroutine_wrapper"
                    | "async_generator_asend"
                    | "async_generator_athrow"
                    | "frame"
            ) =>
            {
                return Err(self.type_error(format!("cannot create '{}' instances", t.name())))
            }
            _ => {
                return Err(self.type_error(format!(
                    "object.__new__({}) is not safe, use {}.__new__()",
                    t.name(),
                    t.name()
                )))
            }
        };
        let dict =
            // An exception's is made when needed (`ExceptionData::dict`).
            if t.instance_dict && !matches!(t.layout, Layout::Object | Layout::Exception) {
                Some(self.new_dict_obj(Dict::new()))
            } else {
                None
            };
        let o = Rc::new(PyObject {
            class: Some(cls.clone()).into(),
            dict: crate::objects::instance::DictSlot::with(dict),
            payload,
        });
        match &o.payload {
            Payload::Instance(inst) => {
                // Room for the attributes, made once the object is in place: a vector built
                // first would be copied in as a whole just after being written in halves.
                let room = t.attr_hint.get() as usize;
                if room > 0 && t.slot_count.get() == 0 {
                    // (A new vector written over the empty one: `reserve_exact` takes the
                    // general growing path.)
                    *inst.attrs.borrow_mut() = Vec::with_capacity(room);
                }
                // Registered once it may be part of a cycle (`objects/instance.rs`); one
                // with a `__del__` at once, so that the finalization at exit finds it.
                if t.has_del.get() {
                    inst.track(&o, &self.gc);
                }
            }
            Payload::Exception(_) => crate::objects::exception::track_if_finalized(&o, &self.gc),
            _ => self.gc_track(&o),
        }
        Ok(Value::Obj(o))
    }

    /// The `__init__` of `cls` when calling it needs none of `type.__call__`'s generic steps:
    /// its metaclass is `type`, its instances are plain (`Layout::Object`), its `__new__` is
    /// `object.__new__`, and its `__init__` is a Python function or `object.__init__`. The
    /// facts about the class hold for as long as its version does, so they are checked once
    /// per version.
    pub(crate) fn simple_init(&mut self, cls: &ObjRef) -> Option<SimpleInit> {
        let t = cls.as_type()?;
        let version = t.version.get();
        if t.object_init_version.get() == version {
            return Some(SimpleInit::Object);
        }
        if t.simple_init_version.get() != version {
            let meta_is_type = cls
                .class
                .as_ref()
                .is_some_and(|m| Rc::ptr_eq(m, &self.types.type_));
            if t.layout != Layout::Object || !meta_is_type {
                return None;
            }
            let new = self.lookup_name(cls, |n| &n.new)?;
            let object_new = matches!(new.payload(), Some(Payload::MethodDescriptor(d))
                if d.name == "__new__" && d.owner == "object");
            if !object_new {
                return None;
            }
            t.simple_init_version.set(version);
        }
        match self.lookup_name(cls, |n| &n.init)? {
            Value::Obj(o) if matches!(o.payload, Payload::Function(_)) => {
                Some(SimpleInit::Python(o))
            }
            Value::Obj(o) => match &o.payload {
                Payload::MethodDescriptor(d) if d.name == "__init__" && d.owner == "object" => {
                    t.object_init_version.set(version);
                    Some(SimpleInit::Object)
                }
                _ => None,
            },
            _ => None,
        }
    }

    /// `cls()` from the eval loop for a class whose `__init__` is `object.__init__`
    /// (`SimpleInit::Object`): with no arguments, a bare instance replaces the callee on the
    /// caller's stack (`stack[callee]`, arguments from `stack[args]`). `None`, with nothing
    /// changed, when there are arguments (the general path raises CPython's TypeError).
    pub(crate) fn instantiate_bare(
        &mut self,
        cls: &ObjRef,
        callee: usize,
        args: usize,
    ) -> Option<()> {
        if self.frames.last()?.stack.len() != args {
            return None;
        }
        let instance = self.alloc_instance(cls, &[]).ok()?;
        let frame = self.frames.last_mut()?;
        frame.stack.truncate(callee);
        frame.push(instance);
        self.maybe_collect();
        Some(())
    }

    /// True if `cls` gets `name` from somewhere other than `owner`'s native method.
    fn overrides(&mut self, cls: &ObjRef, name: &str, owner: &str) -> bool {
        match self.lookup_type(cls, name) {
            None => false,
            Some(v) => {
                let inner = match v.payload() {
                    Some(Payload::StaticMethod(f)) => f.borrow().clone(),
                    _ => v,
                };
                !matches!(inner.payload(), Some(Payload::MethodDescriptor(d)) if d.owner == owner)
            }
        }
    }

    /// Creates a class: `type(name, bases, namespace)` for metaclass `meta`.
    pub fn type_new(
        &mut self,
        meta: &ObjRef,
        name: &str,
        bases: Vec<Value>,
        namespace: &ObjRef,
        kwargs: &[(String, Value)],
    ) -> PyResult<Value> {
        let mut base_classes: Vec<ObjRef> = Vec::new();
        for b in &bases {
            match b {
                Value::Obj(o) if o.as_type().is_some() => base_classes.push(o.clone()),
                _ => {
                    return Err(
                        self.type_error(format!("bases must be types, not {}", self.type_name(b)))
                    )
                }
            }
        }
        if base_classes.is_empty() {
            base_classes.push(self.types.object.clone());
        }
        for (i, b) in base_classes.iter().enumerate() {
            if base_classes[..i].iter().any(|p| Rc::ptr_eq(p, b)) {
                let n = b.as_type().map(|t| t.name()).unwrap_or_default();
                return Err(self.type_error(format!("duplicate base class {n}")));
            }
        }
        for b in &base_classes {
            if let Some(bt) = b.as_type() {
                if !bt.basetype {
                    return Err(self.type_error(format!(
                        "type '{}' is not an acceptable base type",
                        bt.name()
                    )));
                }
            }
        }
        // The layout comes from the most derived builtin base.
        let mut layout = Layout::Object;
        for b in &base_classes {
            if let Some(bt) = b.as_type() {
                if bt.layout != Layout::Object {
                    if layout != Layout::Object && layout != bt.layout {
                        return Err(
                            self.type_error("multiple bases have instance lay-out conflict")
                        );
                    }
                    layout = bt.layout;
                }
            }
        }
        let mut data = TypeData::new(name, layout, true);
        // Copy the namespace into the class dict.
        if let Payload::Dict(ns) = &namespace.payload {
            *data.attrs.borrow_mut() = ns.borrow().clone();
        }
        // `__slots__` (`builtins/slots.rs`): checked now, the descriptors made with the class.
        let (base_dict, base_weak) = inherited_dict_and_weakref(self, &base_classes);
        let inherited_slots = self.base_slots(&base_classes, layout)?;
        let slots_value = data.own_attr(crate::objects::str::str_hash("__slots__"), "__slots__");
        let spec = match &slots_value {
            Some(v) => {
                let ns = &data;
                let has_attr = |n: &str| ns.own_attr(crate::objects::str::str_hash(n), n).is_some();
                let layout_base = base_classes
                    .iter()
                    .filter_map(|b| b.as_type())
                    .find(|t| t.layout == layout)
                    .map(|t| t.name())
                    .unwrap_or_default();
                let bases = (base_dict, base_weak);
                Some(self.read_slots(name, v, layout, &layout_base, bases, &has_attr)?)
            }
            None => None,
        };
        data.instance_dict = true;
        data.has_dict = spec.as_ref().is_none_or(|s| base_dict || s.add_dict);
        data.weakrefs = spec.as_ref().is_none_or(|s| base_weak || s.add_weakref);
        let qualname = data
            .own_attr(
                crate::objects::str::str_hash("__qualname__"),
                "__qualname__",
            )
            .and_then(|q| q.as_str().map(str::to_string))
            .unwrap_or_else(|| name.to_string());
        *data.qualname.borrow_mut() = qualname;
        let class = Rc::new(PyObject::new(
            meta.clone(),
            Payload::Type(Box::new(data).into()),
        ));
        let mro = match c3_mro(&class, &base_classes) {
            Ok(m) => m,
            Err(blocked) => {
                let names: Vec<String> = blocked
                    .iter()
                    .filter_map(|c| c.as_type().map(|t| t.name()))
                    .collect();
                return Err(self.type_error(format!(
                    "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                    names.join(", ")
                )));
            }
        };
        if let Some(t) = class.as_type() {
            *t.mro.borrow_mut() = mro;
            let del_hash = crate::objects::str::str_hash("__del__");
            t.has_del.set(t.mro.borrow().iter().any(|c| {
                c.as_type()
                    .is_some_and(|ct| ct.own_attr(del_hash, "__del__").is_some())
            }));
            *t.bases.borrow_mut() = base_classes.clone();
            // Remove the compiler's bookkeeping entries.
            let mut attrs = t.attrs.borrow_mut();
            let qual_key = self.new_str("__qualname__");
            if let crate::objects::dict::Probe::Found(i) =
                attrs.probe(crate::objects::str::str_hash("__qualname__"), &qual_key)
            {
                attrs.remove_at(i);
            }
            let cell_key = self.new_str("__classcell__");
            let cell = match attrs.probe(crate::objects::str::str_hash("__classcell__"), &cell_key)
            {
                crate::objects::dict::Probe::Found(i) => attrs.remove_at(i).map(|(_, v)| v),
                _ => None,
            };
            drop(attrs);
            if let Some(Payload::Cell(c)) = cell.as_ref().and_then(|c| c.payload()) {
                *c.borrow_mut() = Value::Obj(class.clone());
            }
            // `__dict__` and `__weakref__` descriptors when no base provides them and
            // `__slots__` (if any) ask for them, then `__doc__` (None without a docstring):
            // CPython's type_new_descriptors and type_new_set_doc, in that order.
            // The slots' member descriptors come first, after the namespace.
            let mut all_slots = inherited_slots;
            for n in spec.iter().flat_map(|s| s.names.iter()) {
                let d = self.new_member(n, all_slots.len(), &class);
                let key = Value::Obj(self.intern(n));
                let h = crate::objects::str::str_hash(n);
                let mut attrs = t.attrs.borrow_mut();
                match attrs.probe(h, &key) {
                    crate::objects::dict::Probe::Found(i) => {
                        attrs.set_value_at(i, Value::Obj(d.clone()));
                    }
                    _ => attrs.push(h, key, Value::Obj(d.clone())),
                }
                all_slots.push(d);
            }
            t.slot_count.set(all_slots.len() as u32);
            *t.slots.borrow_mut() = all_slots;
            let wants = |n: &str| {
                spec.as_ref().is_none_or(|s| {
                    if n == "__dict__" {
                        s.add_dict
                    } else {
                        s.add_weakref
                    }
                })
            };
            for (n, inherited) in [("__dict__", base_dict), ("__weakref__", base_weak)] {
                if !inherited && wants(n) {
                    let d = self.new_getset(n, &class);
                    let key = Value::Obj(self.intern(n));
                    let h = crate::objects::str::str_hash(n);
                    let mut attrs = t.attrs.borrow_mut();
                    match attrs.probe(h, &key) {
                        crate::objects::dict::Probe::Found(i) => {
                            attrs.set_value_at(i, d);
                        }
                        _ => attrs.push(h, key, d),
                    }
                }
            }
            let doc_hash = crate::objects::str::str_hash("__doc__");
            if t.own_attr(doc_hash, "__doc__").is_none() {
                let key = self.intern("__doc__");
                t.attrs
                    .borrow_mut()
                    .push(doc_hash, Value::Obj(key), Value::None);
            }
        }
        self.gc_track(&class);
        for b in &base_classes {
            if let Some(bt) = b.as_type() {
                bt.subclasses.borrow_mut().push(Rc::downgrade(&class));
            }
        }
        // `__eq__` without `__hash__` makes instances unhashable.
        let t = class
            .as_type()
            .ok_or_else(|| self.type_error("not a type"))?;
        let has_eq = t
            .own_attr(crate::objects::str::str_hash("__eq__"), "__eq__")
            .is_some();
        let has_hash = t
            .own_attr(crate::objects::str::str_hash("__hash__"), "__hash__")
            .is_some();
        if has_eq && !has_hash {
            let key = self.intern("__hash__");
            t.attrs.borrow_mut().push(
                crate::objects::str::str_hash("__hash__"),
                Value::Obj(key),
                Value::None,
            );
        }
        // `__init_subclass__` and `__class_getitem__` are implicit class methods, `__new__` an
        // implicit static method.
        for (n, wrap) in [
            ("__init_subclass__", 0),
            ("__class_getitem__", 0),
            ("__new__", 1),
        ] {
            let h = crate::objects::str::str_hash(n);
            if let Some(f) = t.own_attr(h, n) {
                if matches!(f.payload(), Some(Payload::Function(_))) {
                    let wrapped = if wrap == 0 {
                        Payload::ClassMethod(RefCell::new(f).into())
                    } else {
                        Payload::StaticMethod(RefCell::new(f).into())
                    };
                    let class_obj = if wrap == 0 {
                        self.types.classmethod.clone()
                    } else {
                        self.types.staticmethod.clone()
                    };
                    let w = Rc::new(PyObject::new(class_obj, wrapped));
                    let mut attrs = t.attrs.borrow_mut();
                    if let crate::objects::dict::Probe::Found(i) = attrs.probe(h, &self.new_str(n))
                    {
                        attrs.set_value_at(i, Value::Obj(w));
                    }
                }
            }
        }
        let cv = Value::Obj(class.clone());
        // __set_name__ on descriptors in the namespace.
        let entries: Vec<(Value, Value)> = t
            .attrs
            .borrow()
            .iter()
            .map(|(k, v)| (k.clone(), v.clone()))
            .collect();
        for (k, v) in entries {
            let vclass = self.class_of(&v).clone();
            if let Some(Payload::Property(p)) = v.payload() {
                *p.name.borrow_mut() = k.clone();
            }
            if vclass.as_type().is_some_and(|t| t.heap) {
                if let Some(sn) = self.lookup_type(&vclass, "__set_name__") {
                    if let Err(cause) =
                        self.call(&sn, Args::new([v.clone(), cv.clone(), k.clone()]))
                    {
                        // CPython 3.11 wraps the error, chained as its cause.
                        let msg = format!(
                            "Error calling __set_name__ on '{}' instance {} in '{}'",
                            self.type_name(&v),
                            self.repr(&k)?.str_text(),
                            class.as_type().map_or_else(String::new, |t| t.name()),
                        );
                        let err = self.runtime_error(msg);
                        if let Payload::Exception(e) = &err.0.payload {
                            *e.cause.borrow_mut() = Value::Obj(cause.0.clone());
                            *e.context.borrow_mut() = Value::Obj(cause.0);
                            e.suppress_context.set(true);
                        }
                        return Err(err);
                    }
                }
            }
        }
        // __init_subclass__ of the parent.
        let parent = super_lookup_start(&class);
        if let Some(parent) = parent {
            if let Some(init_sub) = crate::objects::typeobj::lookup_mro(
                &parent,
                crate::objects::str::str_hash("__init_subclass__"),
                "__init_subclass__",
            ) {
                let bound = match init_sub.payload() {
                    Some(Payload::ClassMethod(f)) => {
                        let f = f.borrow().clone();
                        self.new_bound_method(f, cv.clone())
                    }
                    Some(Payload::MethodDescriptor(_)) => self.bind_native(&init_sub, cv.clone()),
                    _ => init_sub,
                };
                let names: Vec<Value> = kwargs
                    .iter()
                    .map(|(k, _)| self.new_str(k.as_str()))
                    .collect();
                let values: ArgVec = kwargs.iter().map(|(_, v)| v.clone()).collect();
                let kwnames = if names.is_empty() {
                    None
                } else {
                    Some(self.new_tuple_obj(names))
                };
                self.call(&bound, Args::with_kwnames(values, kwnames))?;
            }
        }
        Ok(cv)
    }
}

/// The class after `class` in its MRO (where `super().__init_subclass__` starts).
fn super_lookup_start(class: &ObjRef) -> Option<ObjRef> {
    class.as_type()?.mro.borrow().get(1).cloned()
}

/// `object.__new__(cls, *args, **kwargs)`.
pub fn object_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first().cloned() else {
        return Err(vm.type_error("object.__new__(): not enough arguments"));
    };
    if cls.as_type().is_none() {
        return Err(vm.type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            vm.type_name(&Value::Obj(cls.clone()))
        )));
    }
    let excess = args.values.len() > 1;
    if excess {
        let overrides_new = vm.overrides(&cls, "__new__", "object");
        let overrides_init = vm.overrides(&cls, "__init__", "object");
        if overrides_new {
            return Err(vm.type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !overrides_init {
            let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!("{name}() takes no arguments")));
        }
    }
    let extra: Vec<Value> = args.pos().iter().skip(1).cloned().collect();
    vm.alloc_instance(&cls, &extra)
}

/// `object.__init__(self, *args, **kwargs)`.
pub fn object_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.values.len() > 1 {
        let Some(first) = args.values.first() else {
            return Ok(Value::None);
        };
        let cls = vm.class_of(first).clone();
        let overrides_init = vm.overrides(&cls, "__init__", "object");
        let overrides_new = vm.overrides(&cls, "__new__", "object");
        if overrides_init {
            return Err(vm.type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !overrides_new {
            let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!("{name}() takes no arguments")));
        }
    }
    Ok(Value::None)
}

/// `__build_class__(func, name, *bases, metaclass=None, **kwds)`: the `class` statement.
pub fn build_class(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let metaclass = args.take_kw("metaclass");
    let kwargs: Vec<(String, Value)> = args
        .kwargs()
        .map(|(k, v)| (k.to_string(), v.clone()))
        .collect();
    let pos = args.pos().to_vec();
    if pos.len() < 2 {
        return Err(vm.type_error("__build_class__: not enough arguments"));
    }
    let func = pos[0].clone();
    let name = pos[1]
        .as_str()
        .ok_or_else(|| vm.type_error("__build_class__: name is not a string"))?
        .to_string();
    let mut bases: Vec<Value> = pos[2..].to_vec();
    // PEP 560: __mro_entries__ on non-class bases.
    let mut resolved = Vec::with_capacity(bases.len());
    let mut changed = false;
    for b in &bases {
        if b.payload().is_some_and(|p| matches!(p, Payload::Type(_))) {
            resolved.push(b.clone());
            continue;
        }
        if let Some(me) = vm.lookup_attr_opt(b, "__mro_entries__")? {
            let orig = vm.new_tuple(bases.clone());
            let entries = vm.call(&me, Args::new([orig]))?;
            match entries.payload() {
                Some(Payload::Tuple(t)) => resolved.extend(t.iter().cloned()),
                _ => return Err(vm.type_error("__mro_entries__ must return a tuple")),
            }
            changed = true;
        } else {
            resolved.push(b.clone());
        }
    }
    if changed {
        bases = resolved;
    }
    // The metaclass: explicit, or the most derived metaclass of the bases.
    let mut meta = match metaclass {
        Some(m) => m,
        None => match bases.first() {
            Some(b) => Value::Obj(vm.class_of(b).clone()),
            None => Value::Obj(vm.types.type_.clone()),
        },
    };
    if let Value::Obj(m0) = meta.clone() {
        if m0.as_type().is_some() {
            let mut m = m0;
            for b in &bases {
                let bm = vm.class_of(b).clone();
                if is_subtype(&bm, &m) {
                    m = bm.clone();
                    meta = Value::Obj(bm);
                } else if !is_subtype(&m, &bm) {
                    return Err(vm.type_error(
                        "metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases",
                    ));
                }
            }
        }
    }
    // __prepare__
    let ns = match vm.lookup_attr_opt(&meta, "__prepare__")? {
        Some(prep) if !matches!(prep.payload(), Some(Payload::BuiltinFunction(b)) if b.name == "__prepare__" && b.owner == Some("type")) =>
        {
            let bt = vm.new_tuple(bases.clone());
            let names: Vec<Value> = kwargs.iter().map(|(k, _)| vm.new_str(k.as_str())).collect();
            let mut values: crate::builtins::functions::ArgVec =
                smallvec::smallvec![vm.new_str(name.as_str()), bt];
            values.extend(kwargs.iter().map(|(_, v)| v.clone()));
            let kwnames = (!names.is_empty()).then(|| vm.new_tuple_obj(names));
            let ns = vm.call(&prep, Args::with_kwnames(values, kwnames))?;
            let ns_class = vm.class_of(&ns).clone();
            if !matches!(ns.payload(), Some(Payload::Dict(_)))
                && vm.lookup_type(&ns_class, "__getitem__").is_none()
            {
                let meta_name = meta
                    .as_obj()
                    .and_then(|m| m.as_type())
                    .map_or_else(String::new, |t| t.name());
                return Err(vm.type_error(format!(
                    "{meta_name}.__prepare__() must return a mapping, not {}",
                    vm.type_name(&ns)
                )));
            }
            ns
        }
        _ => vm.new_dict(),
    };
    // Run the class body with the namespace as its locals.
    let Some(Payload::Function(f)) = func.payload() else {
        return Err(vm.type_error("__build_class__: func must be a function"));
    };
    let code = f.code.clone();
    let globals = f.globals.clone();
    let builtins = f.builtins.clone();
    let closure = f.closure.clone();
    let mut frame = vm.new_frame(code.clone(), globals, builtins, ns.clone());
    if let Some(cells) = closure {
        let base = code.obj.varnames.len() + code.obj.cellvars.len();
        for (j, c) in cells.iter().enumerate() {
            if let Some(slot) = frame.fast.get_mut(base + j) {
                *slot = c.clone();
            }
        }
    }
    for i in 0..code.obj.cellvars.len() {
        let cell = vm.new_cell(Value::Null);
        let slot = code.obj.varnames.len() + i;
        if let Some(s) = frame.fast.get_mut(slot) {
            *s = cell;
        }
    }
    let cell = vm.run_frame(frame)?;
    let bases_tuple = vm.new_tuple(bases.clone());
    let ns_dict = ns.clone();
    // __orig_bases__ when __mro_entries__ changed the bases.
    if changed {
        let orig = vm.new_tuple(pos[2..].to_vec());
        vm.setitem(&ns_dict, vm.new_str("__orig_bases__"), orig)?;
    }
    let names: Vec<Value> = kwargs.iter().map(|(k, _)| vm.new_str(k.as_str())).collect();
    let mut values: ArgVec = smallvec::smallvec![vm.new_str(name.as_str()), bases_tuple, ns_dict];
    values.extend(kwargs.iter().map(|(_, v)| v.clone()));
    let kwnames = if names.is_empty() {
        None
    } else {
        Some(vm.new_tuple_obj(names))
    };
    let class = vm.call(&meta, Args::with_kwnames(values, kwnames))?;
    // The class body's __class__ cell must hold the new class.
    if let Some(Payload::Cell(c)) = cell.payload() {
        if let Value::Obj(_) = &class {
            let current = c.borrow().clone();
            if current.is_null() {
                *c.borrow_mut() = class.clone();
            }
        }
    }
    Ok(class)
}

/// `type(obj)` / `type(name, bases, dict)` / `type.__new__(meta, name, bases, dict)`.
pub fn type_new_native(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let kwargs: Vec<(String, Value)> = {
        let k: Vec<(String, Value)> = args
            .kwargs()
            .map(|(k, v)| (k.to_string(), v.clone()))
            .collect();
        for (name, _) in &k {
            args.take_kw(name);
        }
        k
    };
    let pos = args.pos().to_vec();
    let Some(Value::Obj(meta)) = pos.first().cloned() else {
        return Err(vm.type_error("type.__new__(): not enough arguments"));
    };
    let exact_type = Rc::ptr_eq(&meta, &vm.types.type_);
    if pos.len() != 4 && !exact_type {
        // A metaclass called with other than 3 arguments (CPython's `type_new` argument
        // parsing; only `type` itself has the one-argument form).
        return Err(vm.type_error(format!(
            "type.__new__() takes exactly 3 arguments ({} given)",
            pos.len() - 1
        )));
    }
    if pos.len() == 2 {
        return Ok(Value::Obj(vm.class_of(&pos[1]).clone()));
    }
    if pos.len() != 4 {
        return Err(vm.type_error("type() takes 1 or 3 arguments"));
    }
    let name = pos[1]
        .as_str()
        .ok_or_else(|| {
            vm.type_error(format!(
                "type.__new__() argument 1 must be str, not {}",
                vm.type_name(&pos[1])
            ))
        })?
        .to_string();
    let bases = match pos[2].payload() {
        Some(Payload::Tuple(t)) => t.to_vec(),
        _ => {
            return Err(vm.type_error(format!(
                "type.__new__() argument 2 must be tuple, not {}",
                vm.type_name(&pos[2])
            )))
        }
    };
    let Value::Obj(ns) = &pos[3] else {
        return Err(vm.type_error("type.__new__() argument 3 must be dict"));
    };
    if !matches!(ns.payload, Payload::Dict(_)) {
        return Err(vm.type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            vm.type_name(&pos[3])
        )));
    }
    // A metaclass's __new__ may be called with a `type` subclass as `meta`.
    let ns = ns.clone();
    if vm.dict_get_item_str(&ns, "__module__").is_none() {
        if let Some(f) = vm.frames.last() {
            let g = f.globals.clone();
            if let Some(m) = vm.dict_get_item_str(&g, "__name__") {
                vm.dict_set_item_str(&ns, "__module__", m)?;
            }
        }
    }
    vm.type_new(&meta, &name, bases, &ns, &kwargs)
}

/// `cls.mro()`: the linearization, as a list.
pub fn type_mro(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("mro", &args, 1, 1)?;
    let Some(t) = args.values[0].as_obj().and_then(|o| o.as_type()) else {
        return Err(vm.type_error("descriptor 'mro' of 'type' object needs a type"));
    };
    let items = t
        .mro
        .borrow()
        .iter()
        .map(|c| Value::Obj(c.clone()))
        .collect();
    Ok(vm.new_list(items))
}

/// `cls.__subclasses__()`: the live direct subclasses, oldest first.
pub fn type_subclasses(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__subclasses__", &args, 1, 1)?;
    let Some(t) = args.values[0].as_obj().and_then(|o| o.as_type()) else {
        return Err(vm.type_error("descriptor '__subclasses__' of 'type' object needs a type"));
    };
    let items = t
        .subclasses
        .borrow()
        .iter()
        .filter_map(std::rc::Weak::upgrade)
        .map(Value::Obj)
        .collect();
    Ok(vm.new_list(items))
}

/// `type.__init__` accepts what `type.__new__` accepted.
pub fn type_init(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Ok(Value::None)
}

/// `type.__call__(cls, *args)`: used when a metaclass calls `super().__call__`.
pub fn type_call(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.values.is_empty() {
        return Err(vm.type_error("descriptor '__call__' of 'type' object needs an argument"));
    }
    let cls = args.values.remove(0);
    let Value::Obj(c) = &cls else {
        return Err(vm.type_error("type.__call__: not a type"));
    };
    // Call the class without its metaclass's __call__ (we are that __call__).
    let new = vm.lookup_type(c, "__new__").unwrap_or(Value::None);
    let new = match new.payload() {
        Some(Payload::StaticMethod(f)) => f.borrow().clone(),
        _ => new,
    };
    let mut new_args = Args::with_kwnames(args.values.clone(), args.kwnames.clone());
    new_args.prepend(cls.clone());
    let instance = vm.call(&new, new_args)?;
    let inst_class = vm.class_of(&instance).clone();
    if is_subtype(&inst_class, c) {
        if let Some(init) = vm.lookup_type(&inst_class, "__init__") {
            args.prepend(instance.clone());
            let r = vm.call(&init, args)?;
            if !r.is_none() {
                return Err(vm.type_error(format!(
                    "__init__() should return None, not '{}'",
                    vm.type_name(&r)
                )));
            }
        }
    }
    Ok(instance)
}

/// `cls | other`: a `types.UnionType` (built by a Python helper).
fn type_or(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__or__", &args, 2, 2)?;
    let union = vm.type_union.clone();
    vm.call(&union, args)
}

/// `other | cls`.
fn type_ror(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__ror__", &args, 2, 2)?;
    let union = vm.type_union.clone();
    let swapped = Args::new([args.values[1].clone(), args.values[0].clone()]);
    vm.call(&union, swapped)
}

/// `obj.__class__ = new` (cf. `object_set_class`): both classes must be Python classes (or
/// both module types) whose instances have the same layout: the same builtin base and the
/// same `__slots__`.
pub fn set_class(vm: &mut Vm, obj: &Value, value: Option<Value>) -> PyResult<()> {
    let Some(value) = value else {
        return Err(vm.type_error("can't delete __class__ attribute"));
    };
    let new = match &value {
        Value::Obj(c) if c.as_type().is_some() => c.clone(),
        _ => {
            return Err(vm.type_error(format!(
                "__class__ must be set to a class, not '{}' object",
                vm.type_name(&value)
            )))
        }
    };
    let old = vm.class_of(obj).clone();
    let (Some(ot), Some(nt)) = (old.as_type(), new.as_type()) else {
        return Err(vm.type_error("__class__ must be set to a class"));
    };
    let modules = ot.layout == Layout::Module && nt.layout == Layout::Module;
    let target = obj.as_obj().filter(|_| modules || (ot.heap && nt.heap));
    let Some(target) = target else {
        return Err(vm.type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    };
    // (A module's `__dict__` is its own, whichever the class.)
    if !(modules || same_layout(ot, nt)) {
        return Err(vm.type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            nt.name(),
            ot.name()
        )));
    }
    target.class.set(new);
    Ok(())
}

/// Whether instances of the two classes are laid out alike (CPython's
/// `compatible_for_assignment`): the same builtin base, the same slot names in the same
/// order, and both or neither with a `__dict__` and weak references.
fn same_layout(a: &TypeData, b: &TypeData) -> bool {
    let names = |t: &TypeData| -> Vec<String> {
        t.slots
            .borrow()
            .iter()
            .map(|d| match &d.payload {
                Payload::Member(m) => m.name.str_text().to_string(),
                _ => String::new(),
            })
            .collect()
    };
    a.layout == b.layout
        && a.has_dict == b.has_dict
        && a.weakrefs == b.weakrefs
        && names(a) == names(b)
        && same_var_sized_base(a, b)
}

/// For subclasses of the variable-sized builtins (`int`, `tuple`, `bytes`), CPython's stricter
/// rule: a `__dict__` sits after the items, so two classes are compatible only when, skipping
/// the classes that add nothing to their base, both come down to the same class.
fn same_var_sized_base(a: &TypeData, b: &TypeData) -> bool {
    if !matches!(a.layout, Layout::Int | Layout::Tuple | Layout::Bytes) {
        return true;
    }
    std::ptr::eq(solid_base(a), solid_base(b))
}

/// The nearest class up the chain of `t`'s bases (those of the same layout) that adds a
/// `__dict__` to its own base (these objects cannot have weak references), or the builtin
/// itself. (Only compared as
/// an address, never read.)
fn solid_base(t: &TypeData) -> *const TypeData {
    let base = t
        .bases
        .borrow()
        .iter()
        .find(|b| b.as_type().is_some_and(|bt| bt.layout == t.layout))
        .cloned();
    match base.as_ref().and_then(|b| b.as_type()) {
        Some(bt) if t.heap && t.has_dict == bt.has_dict => solid_base(bt),
        _ => t,
    }
}

/// `list.__class_getitem__(item)` and the like: `list[int]` is a `types.GenericAlias`.
fn generic_class_getitem(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__class_getitem__", &args, 2, 2)?;
    vm.generic_alias(args.values[0].clone(), args.values[1].clone())
}

pub fn install(vm: &mut Vm) {
    let t = &vm.types;
    let generic = [
        t.list.clone(),
        t.dict.clone(),
        t.set.clone(),
        t.frozenset.clone(),
        t.tuple.clone(),
        t.enumerate.clone(),
        t.mappingproxy.clone(),
        t.async_generator.clone(),
    ];
    for class in &generic {
        vm.add_method(
            class,
            "__class_getitem__",
            generic_class_getitem,
            MethodKind::Class,
        );
    }
    let object = vm.types.object.clone();
    let type_ = vm.types.type_.clone();
    let type_dict = vm.new_getset("__dict__", &type_);
    vm.set_type_attr(&type_, "__dict__", type_dict);
    vm.add_method(&object, "__new__", object_new, MethodKind::Static);
    vm.add_method(&object, "__init__", object_init, MethodKind::Instance);
    vm.add_method(&type_, "__new__", type_new_native, MethodKind::Static);
    vm.add_method(&type_, "__init__", type_init, MethodKind::Instance);
    vm.add_method(&type_, "__call__", type_call, MethodKind::Instance);
    vm.add_method(&type_, "mro", type_mro, MethodKind::Instance);
    vm.add_method(&type_, "__or__", type_or, MethodKind::Instance);
    vm.add_method(&type_, "__ror__", type_ror, MethodKind::Instance);
    vm.add_method(
        &type_,
        "__subclasses__",
        type_subclasses,
        MethodKind::Instance,
    );
}
