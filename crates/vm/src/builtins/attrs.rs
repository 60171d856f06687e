//! Attributes that builtin objects compute rather than store: `__class__`, `__dict__`,
//! `__name__` of functions and classes, `__mro__`, a code object's `co_*`, a generator's
//! `gi_*`/`cr_*`/`ag_*`, an exception's `args`/`__traceback__`/`__cause__`, and so on
//! (CPython's getset descriptors).

use std::rc::Rc;

use crate::eval::chain::Status;
use crate::eval::resume::delegate_of;
use crate::frame::Entry;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::generator::GenKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// A computed attribute of a builtin object, if `name` is one.
    pub fn native_attr(&mut self, obj: &Value, name: &ObjRef) -> PyResult<Option<Value>> {
        let n = name.str_text();
        if n == "__class__" {
            return Ok(Some(Value::Obj(self.class_of(obj).clone())));
        }
        let Value::Obj(o) = obj else {
            return Ok(match (obj, n) {
                (Value::Int(_) | Value::Bool(_), "real" | "numerator") => Some(match obj {
                    Value::Bool(b) => Value::Int(*b as i64),
                    _ => obj.clone(),
                }),
                (Value::Int(_) | Value::Bool(_), "imag") => Some(Value::Int(0)),
                (Value::Int(_) | Value::Bool(_), "denominator") => Some(Value::Int(1)),
                (Value::Float(_), "real") => Some(obj.clone()),
                (Value::Float(_), "imag") => Some(Value::Float(0.0)),
                _ => None,
            });
        };
        if n == "__dict__" {
            // A class whose `__slots__` leave out `__dict__` has none to show (instances
            // with a builtin base may keep their slot values in one).
            let slotted = o
                .class
                .as_ref()
                .and_then(|c| c.as_type())
                .is_some_and(|t| t.heap && !t.has_dict);
            if let (Payload::Instance(inst), false) = (&o.payload, slotted) {
                return Ok(Some(Value::Obj(self.instance_dict(o, inst))));
            }
            if let Some(d) = self.object_dict(o).filter(|_| !slotted) {
                return Ok(Some(Value::Obj(d)));
            }
        }
        let v = match &o.payload {
            Payload::Type(t) => match n {
                "__name__" => self.new_str(t.name()),
                "__qualname__" => self.new_str(t.qualname.borrow().as_str()),
                "__mro__" => {
                    let mro = t
                        .mro
                        .borrow()
                        .iter()
                        .map(|c| Value::Obj(c.clone()))
                        .collect();
                    self.new_tuple(mro)
                }
                "__bases__" => {
                    let bases = t
                        .bases
                        .borrow()
                        .iter()
                        .map(|c| Value::Obj(c.clone()))
                        .collect();
                    self.new_tuple(bases)
                }
                "__base__" => t
                    .bases
                    .borrow()
                    .first()
                    .map_or(Value::None, |c| Value::Obj(c.clone())),
                "__dict__" => self.class_dict_proxy(o),
                "__module__" if !t.heap => self.new_str("builtins"),
                "__doc__" if !t.heap => Value::None,
                "__abstractmethods__" => return Ok(None),
                _ => return Ok(None),
            },
            Payload::Function(f) => match n {
                "__name__" => f.name.borrow().clone(),
                "__qualname__" => f.qualname.borrow().clone(),
                "__doc__" => f.doc.borrow().clone(),
                "__module__" => f.module.borrow().clone(),
                "__defaults__" => f.defaults.borrow().clone(),
                "__kwdefaults__" => f.kwdefaults.borrow().clone(),
                "__globals__" => Value::Obj(f.globals.clone()),
                "__code__" => self.new_code_object(f.code.clone()),
                "__closure__" => match &f.closure {
                    Some(c) => self.new_tuple(c.to_vec()),
                    None => Value::None,
                },
                "__annotations__" => {
                    let a = f.annotations.borrow().clone();
                    if a.is_none() {
                        let d = self.new_dict();
                        *f.annotations.borrow_mut() = d.clone();
                        d
                    } else {
                        a
                    }
                }
                "__dict__" => {
                    let mut d = f.dict.borrow_mut();
                    let dict = d
                        .get_or_insert_with(|| self.new_dict_obj(Default::default()))
                        .clone();
                    Value::Obj(dict)
                }
                _ => {
                    let dict = f.dict.borrow().clone();
                    match dict.and_then(|d| self.dict_get_str(&d, name)) {
                        Some(v) => v,
                        None => return Ok(None),
                    }
                }
            },
            Payload::BoundMethod(m) => match n {
                "__func__" => m.func.clone(),
                "__self__" => m.self_.clone(),
                "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                    return self.getattr(&m.func, name).map(Some)
                }
                _ => return Ok(None),
            },
            Payload::BuiltinFunction(b) => match n {
                "__name__" => self.new_str(b.name),
                "__qualname__" => match b.owner {
                    Some(owner) => self.new_str(format!("{owner}.{}", b.name)),
                    None => self.new_str(b.name),
                },
                "__self__" => b.self_.clone().unwrap_or(Value::None),
                "__doc__" => Value::None,
                "__module__" => {
                    if b.self_.is_none() {
                        self.new_str("builtins")
                    } else {
                        Value::None
                    }
                }
                _ => return Ok(None),
            },
            Payload::MethodDescriptor(d) => match n {
                "__name__" => self.new_str(d.name),
                "__qualname__" => self.new_str(format!("{}.{}", d.owner, d.name)),
                "__doc__" => Value::None,
                _ => return Ok(None),
            },
            Payload::Module(m) => match n {
                "__dict__" => Value::Obj(m.dict.clone()),
                _ => match self.dict_get_str(&m.dict, name) {
                    Some(v) => v,
                    None => return Ok(None),
                },
            },
            Payload::Code(c) => {
                let co = &c.obj;
                match n {
                    "co_name" => Value::Obj(c.name.clone()),
                    "co_qualname" => Value::Obj(c.qualname.clone()),
                    "co_filename" => self.new_str(&*co.filename),
                    "co_firstlineno" => Value::Int(co.first_line as i64),
                    "co_flags" => Value::Int(co.flags as i64),
                    "co_argcount" => Value::Int(co.arg_count as i64),
                    "co_posonlyargcount" => Value::Int(co.posonly_arg_count as i64),
                    "co_kwonlyargcount" => Value::Int(co.kwonly_arg_count as i64),
                    "co_nlocals" => Value::Int(co.varnames.len() as i64),
                    "co_varnames" => {
                        let v = c.varnames.iter().map(|n| Value::Obj(n.clone())).collect();
                        self.new_tuple(v)
                    }
                    "co_names" => {
                        let v = c.names.iter().map(|n| Value::Obj(n.clone())).collect();
                        self.new_tuple(v)
                    }
                    "co_cellvars" => {
                        let v = co
                            .cellvars
                            .iter()
                            .map(|n| self.new_str(n.as_str()))
                            .collect();
                        self.new_tuple(v)
                    }
                    "co_freevars" => {
                        let v = co
                            .freevars
                            .iter()
                            .map(|n| self.new_str(n.as_str()))
                            .collect();
                        self.new_tuple(v)
                    }
                    "co_consts" => self.new_tuple(c.consts.to_vec()),
                    "co_stacksize" => Value::Int(co.max_stack as i64),
                    _ => return Ok(None),
                }
            }
            Payload::Generator(g) => {
                let prefix = match g.kind {
                    GenKind::Generator => "gi_",
                    GenKind::Coroutine => "cr_",
                    GenKind::AsyncGenerator => "ag_",
                };
                match n {
                    "__name__" => g.name.borrow().clone(),
                    "__qualname__" => g.qualname.borrow().clone(),
                    _ if n.starts_with(prefix) => match &n[3..] {
                        "running" => Value::Bool(match g.kind {
                            GenKind::AsyncGenerator => g.running_async.get(),
                            _ => crate::eval::chain::status(o) == Status::Running,
                        }),
                        "frame" => self.generator_frame(o, g),
                        "code" => self.new_code_object(g.code.clone()),
                        "yieldfrom" if g.kind == GenKind::Generator => delegate_of(o),
                        "await" if g.kind != GenKind::Generator => delegate_of(o),
                        "suspended" if g.kind != GenKind::AsyncGenerator => {
                            Value::Bool(crate::eval::chain::status(o) == Status::Suspended)
                        }
                        "origin" if g.kind == GenKind::Coroutine => Value::None,
                        _ => return Ok(None),
                    },
                    _ => return Ok(None),
                }
            }
            Payload::Exception(e) => match n {
                "args" => e.args.borrow().clone(),
                "__traceback__" => e.traceback.borrow().clone(),
                "__cause__" => e.cause.borrow().clone(),
                "__context__" => e.context.borrow().clone(),
                "__suppress_context__" => Value::Bool(e.suppress_context.get()),
                _ => return Ok(None),
            },
            Payload::Traceback(tb) => match n {
                "tb_frame" => Value::Obj(tb.frame(self)),
                "tb_lineno" => Value::Int(tb.lineno as i64),
                "tb_lasti" => Value::Int(tb.lasti as i64 * 2),
                "tb_next" => tb.next(),
                _ => return Ok(None),
            },
            Payload::Frame(f) => match n {
                "f_code" => self.new_code_object(f.code.clone()),
                "f_lineno" => Value::Int(f.lineno as i64),
                "f_globals" => Value::Obj(f.globals.clone()),
                "f_locals" => {
                    if f.locals.is_none() {
                        self.new_dict()
                    } else {
                        f.locals.clone()
                    }
                }
                "f_back" => f.back.clone(),
                "f_builtins" => Value::Obj(self.builtins.clone()),
                _ => return Ok(None),
            },
            Payload::Complex { re, im } => match n {
                "real" => Value::Float(*re),
                "imag" => Value::Float(*im),
                _ => return Ok(None),
            },
            Payload::Int(_) => match n {
                "real" | "numerator" => {
                    self.new_int(crate::objects::int::as_bigint(obj).unwrap_or_default())
                }
                "imag" => Value::Int(0),
                "denominator" => Value::Int(1),
                _ => return Ok(None),
            },
            Payload::Float(f) => match n {
                "real" => Value::Float(*f),
                "imag" => Value::Float(0.0),
                _ => return Ok(None),
            },
            Payload::Range(_) | Payload::BigRange(_) => {
                match crate::builtins::range::range_attr(self, &o.payload, n) {
                    Some(v) => v,
                    None => return Ok(None),
                }
            }
            Payload::Member(d) => match self.member_attr(d, n) {
                Some(v) => v,
                None => return Ok(None),
            },
            Payload::GetSet(d) => match n {
                "__name__" | "__qualname__" => self.new_str(d.name),
                "__doc__" => Value::None,
                "__objclass__" => match d.owner.upgrade() {
                    Some(c) => Value::Obj(c),
                    None => Value::None,
                },
                _ => return Ok(None),
            },
            Payload::Slice(s) => match n {
                "start" => s[0].clone(),
                "stop" => s[1].clone(),
                "step" => s[2].clone(),
                _ => return Ok(None),
            },
            Payload::Property(p) => match n {
                "fget" => p.fget.borrow().clone(),
                "fset" => p.fset.borrow().clone(),
                "fdel" => p.fdel.borrow().clone(),
                "__doc__" => p.doc.borrow().clone(),
                _ => return Ok(None),
            },
            Payload::ClassMethod(f) | Payload::StaticMethod(f) => match n {
                "__func__" | "__wrapped__" => f.borrow().clone(),
                _ => return Ok(None),
            },
            Payload::Cell(c) if n == "cell_contents" => {
                let v = c.borrow().clone();
                if v.is_null() {
                    return Err(self.value_error("Cell is empty"));
                }
                v
            }
            Payload::CoroutineWrapper(_) => return Ok(None),
            Payload::TextIO(t) => match n {
                "name" => match t.fd {
                    Some(fd) => Value::Int(fd as i64),
                    None => self.new_str(t.name.as_str()),
                },
                "mode" => self.new_str(t.mode.as_str()),
                "closed" => Value::Bool(t.is_closed()),
                "encoding" => self.new_str("utf-8"),
                _ => return Ok(None),
            },
            Payload::Super(_) => return Ok(None),
            _ => return Ok(None),
        };
        Ok(Some(v))
    }

    fn generator_frame(
        &mut self,
        gen_obj: &ObjRef,
        g: &crate::objects::generator::Generator,
    ) -> Value {
        let status = crate::eval::chain::status(gen_obj);
        let frame = match status {
            Status::Created | Status::Suspended => {
                crate::eval::chain::with_frame(gen_obj, |f| {
                    // Not started: CPython shows the line of the `def`.
                    let line = if status == Status::Created {
                        f.code.obj.first_line
                    } else {
                        f.line()
                    };
                    (
                        f.code.clone(),
                        f.globals.clone(),
                        line,
                        Some(f.fast.to_vec()),
                    )
                })
            }
            Status::Running => {
                let found = self.frames.iter().rev().find(|f| match &f.entry {
                    Entry::Delegate { gen, .. }
                    | Entry::Resume { gen, .. }
                    | Entry::RootResume { gen } => Rc::ptr_eq(gen, gen_obj),
                    _ => false,
                });
                found.map(|f| (f.code.clone(), f.globals.clone(), f.line(), None))
            }
            Status::Closed => None,
        };
        let _ = g;
        match frame {
            Some((code, globals, line, fast)) => {
                let locals = match fast {
                    Some(fast) => self.fast_locals_dict(&code, &fast).unwrap_or(Value::None),
                    None => Value::None,
                };
                let info = crate::frame::FrameInfo {
                    lineno: if line == 0 { code.obj.first_line } else { line },
                    code,
                    globals,
                    locals,
                    back: Value::None,
                };
                Value::obj(PyObject::new(
                    self.types.frame.clone(),
                    Payload::Frame(Box::new(info)),
                ))
            }
            None => Value::None,
        }
    }

    /// The dict `obj.__dict__ = v` installs: `v` itself, which must be a dict.
    fn dict_to_install(&self, v: &Value) -> PyResult<ObjRef> {
        match v {
            Value::Obj(d) if matches!(d.payload, Payload::Dict(_)) => Ok(d.clone()),
            _ => Err(self.type_error(format!(
                "__dict__ must be set to a dictionary, not a '{}'",
                self.type_name(v)
            ))),
        }
    }

    /// Sets a computed attribute; `Ok(false)` if `name` is not one.
    pub fn set_native_attr(
        &mut self,
        obj: &Value,
        name: &ObjRef,
        value: Option<Value>,
    ) -> PyResult<bool> {
        let n = name.str_text();
        let Value::Obj(o) = obj else { return Ok(false) };
        if n == "__dict__" {
            match &o.payload {
                Payload::Exception(_) if value.is_none() => {
                    return Err(self.type_error("cannot delete __dict__"));
                }
                Payload::Module(_) => return Err(self.attribute_error("readonly attribute")),
                _ => {}
            }
        }
        if n == "__dict__" && !matches!(o.payload, Payload::Type(_)) {
            let slotted = o
                .class
                .as_ref()
                .and_then(|c| c.as_type())
                .is_some_and(|t| t.heap && !t.has_dict);
            match (&o.payload, slotted) {
                (Payload::Instance(inst), false) => {
                    // The instance's attributes become `d` itself (a new empty dict on delete);
                    // what was inline moves out first, so the old dict takes it with it.
                    let d = match value {
                        Some(v) => self.dict_to_install(&v)?,
                        None => self.new_dict_obj(Default::default()),
                    };
                    self.instance_dict(o, inst);
                    let old = inst.dict.replace(d);
                    drop(old);
                    return Ok(true);
                }
                (Payload::Exception(e), _) if o.dict.get().is_none() => {
                    let Some(v) = value else {
                        return Err(self.type_error("cannot delete __dict__"));
                    };
                    let d = self.dict_to_install(&v)?;
                    let old = e.dict.replace(d);
                    drop(old);
                    return Ok(true);
                }
                (Payload::Function(f), _) => {
                    let Some(v) = value else {
                        return Err(self.type_error("cannot delete __dict__"));
                    };
                    let d = self.dict_to_install(&v)?;
                    let old = f.dict.borrow_mut().replace(d);
                    drop(old);
                    return Ok(true);
                }
                _ => {}
            }
            if o.dict.get().is_some() && !slotted {
                // An object of a builtin layout (`class L(list)`): `d` itself too.
                let d = match value {
                    Some(v) => self.dict_to_install(&v)?,
                    None => self.new_dict_obj(Default::default()),
                };
                let old = o.dict.replace(d);
                drop(old);
                return Ok(true);
            }
        }
        match &o.payload {
            Payload::Function(f) => {
                let cell = match n {
                    "__name__" => &f.name,
                    "__qualname__" => &f.qualname,
                    "__doc__" => &f.doc,
                    "__module__" => &f.module,
                    "__defaults__" => &f.defaults,
                    "__kwdefaults__" => &f.kwdefaults,
                    "__annotations__" => &f.annotations,
                    "__code__" => {
                        return Err(match value.as_ref().and_then(|v| v.payload()) {
                            Some(Payload::Code(_)) => self.not_implemented_error(
                                "assigning a function's __code__ is not supported",
                            ),
                            _ => self.type_error("__code__ must be set to a code object"),
                        })
                    }
                    "__globals__" | "__closure__" | "__builtins__" => {
                        return Err(self.attribute_error("readonly attribute"))
                    }
                    _ => {
                        let dict = {
                            let mut d = f.dict.borrow_mut();
                            d.get_or_insert_with(|| self.new_dict_obj(Default::default()))
                                .clone()
                        };
                        match value {
                            Some(v) => self.dict_set_str(&dict, name, v)?,
                            None => {
                                if !self.dict_del_str(&dict, name)? {
                                    return Err(self.no_attribute(obj, name));
                                }
                            }
                        }
                        return Ok(true);
                    }
                };
                if matches!(n, "__name__" | "__qualname__")
                    && value.as_ref().is_none_or(|v| v.as_str().is_none())
                {
                    return Err(self.type_error(format!("{n} must be set to a string object")));
                }
                if n == "__defaults__"
                    && !value.as_ref().is_some_and(|v| {
                        v.is_none() || matches!(v.payload(), Some(Payload::Tuple(_)))
                    })
                {
                    return Err(self.type_error("__defaults__ must be set to a tuple object"));
                }
                *cell.borrow_mut() = value.unwrap_or(Value::None);
                Ok(true)
            }
            Payload::Module(m) => {
                let dict = m.dict.clone();
                match value {
                    Some(v) => self.dict_set_str(&dict, name, v)?,
                    None => {
                        if !self.dict_del_str(&dict, name)? {
                            return Err(self.attribute_error(format!(
                                "module '{}' has no attribute '{}'",
                                m.name, n
                            )));
                        }
                    }
                }
                Ok(true)
            }
            Payload::Exception(e) => {
                match n {
                    "args" => {
                        let v = value.unwrap_or(Value::None);
                        let items = self.collect_iterable(&v)?;
                        *e.args.borrow_mut() = self.new_tuple(items);
                    }
                    "__traceback__" => *e.traceback.borrow_mut() = value.unwrap_or(Value::None),
                    "__cause__" | "__context__" => {
                        let v = value.unwrap_or(Value::None);
                        let is_exc = matches!(v.payload(), Some(Payload::Exception(_)));
                        if !v.is_none() && !is_exc {
                            let what = if n == "__cause__" { "cause" } else { "context" };
                            return Err(self.type_error(format!(
                                "exception {what} must be None or derive from BaseException"
                            )));
                        }
                        if n == "__cause__" {
                            *e.cause.borrow_mut() = v;
                            e.suppress_context.set(true);
                        } else {
                            *e.context.borrow_mut() = v;
                        }
                        crate::objects::exception::note_links(o, &self.gc);
                    }
                    "__suppress_context__" => {
                        let v = value.unwrap_or(Value::Bool(false));
                        e.suppress_context.set(self.is_true(&v)?);
                    }
                    _ => return Ok(false),
                }
                Ok(true)
            }
            Payload::Type(t) if t.heap => match n {
                "__name__" => {
                    let Some(v) = value else {
                        return Err(self.type_error(format!(
                            "cannot delete '__name__' attribute of immutable type '{}'",
                            t.name()
                        )));
                    };
                    let Some(s) = v.as_str() else {
                        return Err(self.type_error(format!(
                            "can only assign string to {}.__name__, not '{}'",
                            t.name(),
                            self.type_name(&v)
                        )));
                    };
                    *t.name.borrow_mut() = s.to_string();
                    Ok(true)
                }
                "__qualname__" => {
                    let Some(v) = value else {
                        return Err(self.type_error(format!(
                            "cannot delete '__qualname__' attribute of immutable type '{}'",
                            t.name()
                        )));
                    };
                    let Some(s) = v.as_str() else {
                        return Err(self.type_error(format!(
                            "can only assign string to {}.__qualname__, not '{}'",
                            t.name(),
                            self.type_name(&v)
                        )));
                    };
                    *t.qualname.borrow_mut() = s.to_string();
                    Ok(true)
                }
                // Setting it writes the class namespace (the caller's ordinary path).
                "__module__" if value.is_none() => Err(self.type_error(format!(
                    "cannot delete '__module__' attribute of immutable type '{}'",
                    t.name()
                ))),
                _ => Ok(false),
            },
            Payload::Generator(g) => match n {
                "__name__" => {
                    *g.name.borrow_mut() = value.unwrap_or(Value::None);
                    Ok(true)
                }
                "__qualname__" => {
                    *g.qualname.borrow_mut() = value.unwrap_or(Value::None);
                    Ok(true)
                }
                _ => Ok(false),
            },
            Payload::Cell(c) if n == "cell_contents" => {
                *c.borrow_mut() = value.unwrap_or(Value::Null);
                Ok(true)
            }
            _ => Ok(false),
        }
    }
}

pub fn install(_vm: &mut Vm) {}
