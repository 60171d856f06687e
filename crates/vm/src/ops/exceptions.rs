//! Raising and catching: `raise`/`raise from` with implicit chaining (`__context__`),
//! `except` matching, `except*` splitting of exception groups, `with` statements, and
//! `str()`/`repr()` of exceptions.

use std::rc::Rc;

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload};
use crate::objects::tuple::tuple_items;
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

impl Vm {
    /// True if `v` is an exception class (a subclass of BaseException).
    pub fn is_exception_class(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) if o.as_type().is_some() => {
                crate::objects::typeobj::is_subtype(o, &self.exc.base_exception)
            }
            _ => false,
        }
    }

    pub fn is_exception_instance(&self, v: &Value) -> bool {
        matches!(v.payload(), Some(Payload::Exception(_)))
    }

    /// isinstance(v, class) for a class object.
    pub fn value_is_instance(&self, v: &Value, class: &ObjRef) -> bool {
        crate::objects::typeobj::is_subtype(self.class_of(v), class)
    }

    /// The exception object to raise for `raise X`: an instance, or a class to instantiate.
    pub fn exception_from_value(&mut self, v: Value) -> PyResult<PyErr> {
        if self.is_exception_instance(&v) {
            if let Value::Obj(o) = v {
                return Ok(PyErr(o));
            }
        }
        if self.is_exception_class(&v) {
            // `raise ValueError`: a plain class makes its instance at once.
            if let Value::Obj(cls) = &v {
                if let Some(Value::Obj(o)) = self.new_plain_exception(cls, &Args::default()) {
                    return Ok(PyErr(o));
                }
            }
            let inst = self.call(&v, Args::default())?;
            if let Value::Obj(o) = &inst {
                if matches!(o.payload, Payload::Exception(_)) {
                    return Ok(PyErr(o.clone()));
                }
            }
            let r = self.repr_string(&v)?;
            // CPython 3.11 names the result's type by its repr (`not <class 'int'>`).
            let got = Value::Obj(self.class_of(&inst).clone());
            let got = self.repr_string(&got)?;
            return Err(self.type_error(format!(
                "calling {r} should have returned an instance of BaseException, not {got}"
            )));
        }
        Err(self.type_error("exceptions must derive from BaseException"))
    }

    /// `raise`, `raise exc`, `raise exc from cause` (the `RaiseVarargs` instruction).
    pub(crate) fn make_raise(
        &mut self,
        exc: Option<Value>,
        cause: Option<Value>,
    ) -> PyResult<PyErr> {
        let Some(exc) = exc else {
            // Bare `raise`: the exception being handled.
            let current = self.current_exception();
            return match current {
                Value::Obj(o) => Ok(PyErr(o)),
                _ => Err(self.runtime_error("No active exception to reraise")),
            };
        };
        let err = self.exception_from_value(exc)?;
        self.chain_context(&err, true);
        if let Some(cause) = cause {
            let cause_value = if cause.is_none() {
                Value::None
            } else if self.is_exception_class(&cause) {
                Value::Obj(self.exception_from_value(cause)?.0)
            } else if self.is_exception_instance(&cause) {
                cause
            } else {
                return Err(self.type_error("exception causes must derive from BaseException"));
            };
            if let Payload::Exception(e) = &err.0.payload {
                *e.cause.borrow_mut() = cause_value;
                e.suppress_context.set(true);
            }
            crate::objects::exception::note_links(&err.0, &self.gc);
        }
        Ok(err)
    }

    /// The exception being handled (`sys.exc_info()[1]`), or None.
    pub fn current_exception(&self) -> Value {
        self.exc_stack
            .iter()
            .rev()
            .find(|v| !v.is_none())
            .cloned()
            .unwrap_or(Value::None)
    }

    /// Implicit chaining (CPython's `_PyErr_SetObject`): the exception being handled becomes
    /// `err.__context__`. A `raise` statement always sets it (`overwrite`); an exception that
    /// leaves an instruction gets it only if it has none yet, since one propagating out of a
    /// nested call was chained where it was raised. A chain that leads back to `err` is cut
    /// there so that no cycle forms; a cycle already in the chain is detected, not followed.
    pub fn chain_context(&self, err: &PyErr, overwrite: bool) {
        let Payload::Exception(e) = &err.0.payload else {
            return;
        };
        if !overwrite && !e.context.borrow().is_none() {
            return;
        }
        let Value::Obj(ctx) = self.current_exception() else {
            return;
        };
        if Rc::ptr_eq(&ctx, &err.0) {
            return;
        }
        let context_of = |o: &ObjRef| match &o.payload {
            Payload::Exception(e) => match &*e.context.borrow() {
                Value::Obj(n) => Some(n.clone()),
                _ => None,
            },
            _ => None,
        };
        // Floyd's cycle detection: `slow` moves every other step.
        let mut o = ctx.clone();
        let mut slow = ctx.clone();
        let mut move_slow = false;
        while let Some(next) = context_of(&o) {
            if Rc::ptr_eq(&next, &err.0) {
                if let Payload::Exception(oe) = &o.payload {
                    *oe.context.borrow_mut() = Value::None;
                }
                break;
            }
            o = next;
            if move_slow {
                slow = context_of(&slow).unwrap_or_else(|| o.clone());
                if Rc::ptr_eq(&slow, &o) {
                    break;
                }
            }
            move_slow = !move_slow;
        }
        *e.context.borrow_mut() = Value::Obj(ctx);
        e.track(&err.0, &self.gc);
    }

    /// `except X:` — does the exception on the stack match X (a class or a tuple of them)?
    /// Every class of a tuple is checked first (CPython refuses a tuple with a non-class in
    /// it even when an earlier class matches); nothing is allocated.
    pub(crate) fn exception_matches(&mut self, exc: &Value, class: &Value) -> PyResult<bool> {
        let classes: &[Value] = match class.payload() {
            Some(Payload::Tuple(t)) => t,
            _ => std::slice::from_ref(class),
        };
        if !classes.iter().all(|c| self.is_exception_class(c)) {
            return Err(self.type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        let exc_class = self.class_of(exc);
        Ok(classes.iter().any(|c| match c {
            Value::Obj(c) => crate::objects::typeobj::is_subtype(exc_class, c),
            _ => false,
        }))
    }

    /// `except* X`: splits the exception into (rest, matched); None for an empty part.
    pub(crate) fn exception_group_match(
        &mut self,
        exc: &Value,
        class: &Value,
    ) -> PyResult<(Value, Value)> {
        let classes: Vec<Value> = match class.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![class.clone()],
        };
        for c in &classes {
            if !self.is_exception_class(c) {
                return Err(self.type_error(
                    "catching classes that do not inherit from BaseException is not allowed",
                ));
            }
            if let Value::Obj(co) = c {
                if crate::objects::typeobj::is_subtype(co, &self.exc.base_exception_group) {
                    return Err(self.type_error(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.",
                    ));
                }
            }
        }
        if exc.is_none() {
            return Ok((Value::None, Value::None));
        }
        if self.exception_matches(exc, class)? {
            // A naked exception that matches is wrapped in a group.
            let is_group = self.value_is_instance(exc, &self.exc.base_exception_group.clone());
            let matched = if is_group {
                exc.clone()
            } else {
                let group_class = self.exc.exception_group.clone();
                let excs = self.new_tuple(vec![exc.clone()]);
                let g = self.call(
                    &Value::Obj(group_class),
                    Args::new([self.new_str(""), excs]),
                )?;
                if let (Some(Payload::Exception(ge)), Some(Payload::Exception(ee))) =
                    (g.payload(), exc.payload())
                {
                    *ge.traceback.borrow_mut() = ee.traceback.borrow().clone();
                    *ge.cause.borrow_mut() = ee.cause.borrow().clone();
                    *ge.context.borrow_mut() = ee.context.borrow().clone();
                }
                if let Value::Obj(o) = &g {
                    crate::objects::exception::note_links(o, &self.gc);
                }
                g
            };
            return Ok((Value::None, matched));
        }
        if self.value_is_instance(exc, &self.exc.base_exception_group.clone()) {
            let split = self.getattr_str(exc, "split")?;
            let pair = self.call(&split, Args::new([class.clone()]))?;
            let parts = tuple_items(&pair).to_vec();
            if parts.len() == 2 {
                return Ok((parts[1].clone(), parts[0].clone()));
            }
        }
        Ok((exc.clone(), Value::None))
    }

    /// End of `except*`: what is left to raise, from the original group and the list of
    /// exceptions raised or left unhandled by the handlers.
    pub(crate) fn prep_reraise_star(&mut self, orig: &Value, raised: &Value) -> PyResult<Value> {
        let items: Vec<Value> = match raised.payload() {
            Some(Payload::List(l)) => l
                .borrow()
                .iter()
                .filter(|v| !v.is_none())
                .cloned()
                .collect(),
            _ => Vec::new(),
        };
        if items.is_empty() {
            return Ok(Value::None);
        }
        if !self.value_is_instance(orig, &self.exc.base_exception_group.clone()) {
            // A naked exception re-raised or replaced.
            return Ok(items[0].clone());
        }
        // What a handler re-raised (same traceback, cause and context as the
        // original: a bare `raise` of its match) keeps the original group's shape; anything
        // else is new and comes first (CPython's `_PyExc_PrepReraiseStar`).
        let mut reraised = Vec::new();
        let mut raised = Vec::new();
        for e in items {
            if self.same_exception_metadata(&e, orig) {
                reraised.push(e);
            } else {
                raised.push(e);
            }
        }
        let keep: Vec<Value> = reraised.iter().flat_map(|e| self.group_leaves(e)).collect();
        let reraised_eg = if keep.is_empty() {
            Value::None
        } else {
            self.project_group(orig, &keep)?
        };
        if raised.is_empty() {
            return Ok(reraised_eg);
        }
        if !reraised_eg.is_none() {
            raised.push(reraised_eg);
        }
        if raised.len() == 1 {
            return Ok(raised.remove(0));
        }
        let excs = self.new_list(raised);
        let group = self.exc.exception_group.clone();
        self.call(&Value::Obj(group), Args::new([self.new_str(""), excs]))
    }

    /// Whether two exceptions share traceback, cause and context (by identity). CPython
    /// 3.11 compares its `notes` slot too, but `add_note` stores notes in the instance dict,
    /// so notes never make a difference there.
    fn same_exception_metadata(&self, a: &Value, b: &Value) -> bool {
        let (Some(Payload::Exception(x)), Some(Payload::Exception(y))) = (a.payload(), b.payload())
        else {
            return false;
        };
        x.traceback.borrow().is(&y.traceback.borrow())
            && x.cause.borrow().is(&y.cause.borrow())
            && x.context.borrow().is(&y.context.borrow())
    }

    /// The leaf exceptions of a group (the exception itself if it is not a group).
    fn group_leaves(&mut self, e: &Value) -> Vec<Value> {
        if !self.value_is_instance(e, &self.exc.base_exception_group.clone()) {
            return vec![e.clone()];
        }
        let excs = e
            .as_obj()
            .and_then(|o| self.get_attr_raw(o, "exceptions"))
            .unwrap_or(Value::None);
        tuple_items(&excs)
            .iter()
            .flat_map(|x| self.group_leaves(x))
            .collect()
    }

    /// The subgroup of `group` keeping only `keep` leaves (by identity).
    fn project_group(&mut self, group: &Value, keep: &[Value]) -> PyResult<Value> {
        if !self.value_is_instance(group, &self.exc.base_exception_group.clone()) {
            return Ok(if keep.iter().any(|k| k.is(group)) {
                group.clone()
            } else {
                Value::None
            });
        }
        let excs = group
            .as_obj()
            .and_then(|o| self.get_attr_raw(o, "exceptions"))
            .unwrap_or(Value::None);
        let mut kept = Vec::new();
        for x in tuple_items(&excs).to_vec() {
            let p = self.project_group(&x, keep)?;
            if !p.is_none() {
                kept.push(p);
            }
        }
        if kept.is_empty() {
            return Ok(Value::None);
        }
        let derive = self.getattr_str(group, "derive")?;
        let seq = self.new_list(kept);
        let g = self.call(&derive, Args::new([seq]))?;
        if let (Some(Payload::Exception(ge)), Some(Payload::Exception(oe))) =
            (g.payload(), group.payload())
        {
            *ge.traceback.borrow_mut() = oe.traceback.borrow().clone();
            *ge.cause.borrow_mut() = oe.cause.borrow().clone();
            *ge.context.borrow_mut() = oe.context.borrow().clone();
        }
        if let Value::Obj(o) = &g {
            crate::objects::exception::note_links(o, &self.gc);
        }
        Ok(g)
    }

    /// `throw(exc)`, `throw(type, value, tb)`: the exception object to raise.
    pub(crate) fn throw_args_to_exception(&mut self, args: &[Value]) -> PyResult<PyErr> {
        let typ = args.first().cloned().unwrap_or(Value::None);
        let val = args.get(1).cloned().unwrap_or(Value::None);
        let tb = args.get(2).cloned().unwrap_or(Value::None);
        if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback(_))) {
            return Err(self.type_error("throw() third argument must be a traceback object"));
        }
        let err = if self.is_exception_class(&typ) {
            if self.is_exception_instance(&val) {
                self.exception_from_value(val)?
            } else if val.is_none() {
                self.exception_from_value(typ)?
            } else {
                let args = match val.payload() {
                    Some(Payload::Tuple(t)) => t.to_vec(),
                    _ => vec![val],
                };
                let inst = self.call(&typ, Args::new(args))?;
                self.exception_from_value(inst)?
            }
        } else if self.is_exception_instance(&typ) {
            if !val.is_none() {
                return Err(self.type_error("instance exception may not have a separate value"));
            }
            self.exception_from_value(typ)?
        } else {
            return Err(self.type_error(format!(
                "exceptions must be classes or instances deriving from BaseException, not {}",
                self.type_name(&typ)
            )));
        };
        if !tb.is_none() {
            if let Payload::Exception(e) = &err.0.payload {
                *e.traceback.borrow_mut() = tb;
            }
        }
        Ok(err)
    }

    /// `with` entry (`BeforeWith`): `__exit__` as the pair the exit's `CallMethod` takes
    /// (see [`Vm::exit_pair`]), and the `__enter__` to call on `mgr` (the instruction calls
    /// it, as a frame when it is a plain Python function).
    pub(crate) fn before_with(&mut self, mgr: &Value) -> PyResult<(Value, Value, Value)> {
        let class = self.class_of(mgr).clone();
        let enter = self.lookup_name(&class, |n| &n.enter);
        let exit = self.lookup_name(&class, |n| &n.exit);
        let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
            // cf. ceval.c BEFORE_WITH / BEFORE_ASYNC_WITH
            let missed = if enter.is_some() {
                " (missed __exit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the context manager protocol{missed}",
                self.type_name(mgr)
            )));
        };
        let (exit, exit_self) = self.exit_pair(exit, mgr, &class)?;
        Ok((exit, exit_self, enter))
    }

    /// `BeforeWith` in the hot loop when `__enter__` and `__exit__` of the manager's class are
    /// both plain Python functions (a user context manager): what `exec` does (see
    /// [`Vm::before_with`]), `[mgr] -> [__exit__, mgr]` and the `__enter__` frame pushed,
    /// without building the pair first. `None`, with the stack as it was, when the class
    /// is not like that or the frame cannot be pushed plainly.
    pub(crate) fn before_with_plain(&mut self) -> Option<()> {
        let mgr = self.frames.last()?.stack.last()?.clone();
        let class = self.class_of(&mgr).clone();
        let enter = self.lookup_name(&class, |n| &n.enter)?;
        let exit = self.lookup_name(&class, |n| &n.exit)?;
        let is_function = |v: &Value| matches!(v.payload(), Some(Payload::Function(_)));
        if !is_function(&enter) || !is_function(&exit) {
            return None;
        }
        let frame = self.frames.last_mut()?;
        let at = frame.stack.len() - 1;
        frame.stack[at] = exit;
        frame.push(mgr.clone());
        frame.push(enter);
        frame.push(mgr);
        let len = frame.stack.len();
        if self.call_simple(len - 2, len - 1).is_some() {
            return Some(());
        }
        // As it was: `[mgr]`.
        let frame = self.frames.last_mut()?;
        frame.stack.truncate(at + 2);
        frame.stack.swap_remove(at);
        None
    }

    /// `__exit__`/`__aexit__` found on `mgr`'s class, as the two stack entries its call
    /// takes: a Python function and `mgr` (so no bound method is made), or whatever its
    /// `__get__` gives (a staticmethod gets no `mgr`, as CPython's special-method lookup)
    /// and Null.
    fn exit_pair(&mut self, exit: Value, mgr: &Value, class: &ObjRef) -> PyResult<(Value, Value)> {
        if matches!(exit.payload(), Some(Payload::Function(_))) {
            return Ok((exit, mgr.clone()));
        }
        Ok((self.descr_get(&exit, mgr, class)?, Value::Null))
    }

    /// `async with` entry: `__aexit__` as [`Vm::exit_pair`] gives it, and the awaitable from
    /// `__aenter__`.
    pub(crate) fn before_async_with(&mut self, mgr: &Value) -> PyResult<(Value, Value, Value)> {
        let class = self.class_of(mgr).clone();
        let enter = self.lookup_type(&class, "__aenter__");
        let exit = self.lookup_type(&class, "__aexit__");
        let (Some(enter), Some(exit)) = (enter.clone(), exit) else {
            // cf. ceval.c BEFORE_WITH / BEFORE_ASYNC_WITH
            let missed = if enter.is_some() {
                " (missed __aexit__ method)"
            } else {
                ""
            };
            return Err(self.type_error(format!(
                "'{}' object does not support the asynchronous context manager protocol{missed}",
                self.type_name(mgr)
            )));
        };
        // Both are looked up on the type and bound as descriptors (a staticmethod or a
        // callable object gets no `mgr`), cf. ceval.c BEFORE_ASYNC_WITH.
        let (exit, exit_self) = self.exit_pair(exit, mgr, &class)?;
        let enter_bound = self.descr_get(&enter, mgr, &class)?;
        let entered = self.call(&enter_bound, Args::new([]))?;
        Ok((exit, exit_self, entered))
    }

    /// The RecursionError of calling `__enter__`/`__exit__` too deep: CPython calls them
    /// from C, which spends a recursion level of its own and words the error so.
    pub(crate) fn special_call_recursion_error(&self) -> PyErr {
        self.new_error(
            &self.exc.recursion_error,
            "maximum recursion depth exceeded while calling a Python object",
        )
    }

    /// The type and traceback of the exception being handled, for `__exit__(type, exc, tb)`.
    pub(crate) fn exit_args(&self, exc: &Value) -> (Value, Value) {
        let typ = Value::Obj(self.class_of(exc).clone());
        let tb = match exc.payload() {
            Some(Payload::Exception(e)) => e.traceback.borrow().clone(),
            _ => Value::None,
        };
        (typ, tb)
    }

    /// The REPL's display of an expression statement's value.
    pub(crate) fn print_expr(&mut self, v: Value) -> PyResult<()> {
        if v.is_none() {
            return Ok(());
        }
        let builtins = self.builtins.clone();
        self.dict_set_item_str(&builtins, "_", Value::None)?;
        let r = self.repr_string(&v)?;
        self.write_stdout(&format!("{r}\n"))?;
        self.dict_set_item_str(&builtins, "_", v)?;
        Ok(())
    }

    /// `str(exception)`.
    pub fn exception_str(&mut self, v: &Value) -> PyResult<ObjRef> {
        let args = match v.payload() {
            Some(Payload::Exception(e)) => e.args.borrow().clone(),
            _ => Value::None,
        };
        let items = tuple_items(&args).to_vec();
        let key_error = self.exc.key_error.clone();
        let s = match items.len() {
            0 => String::new(),
            1 if self.value_is_instance(v, &key_error) => self.repr_string(&items[0])?,
            1 => self.str_string(&items[0])?,
            _ => self.repr_string(&args)?,
        };
        Ok(self.new_str_obj(s))
    }

    /// `repr(exception)`: `ValueError('boom')`.
    pub fn exception_repr(&mut self, v: &Value) -> PyResult<String> {
        let name = self
            .class_of(v)
            .as_type()
            .map(|t| t.name())
            .unwrap_or_default();
        let args = match v.payload() {
            Some(Payload::Exception(e)) => e.args.borrow().clone(),
            _ => Value::None,
        };
        let items = tuple_items(&args).to_vec();
        Ok(if items.len() == 1 {
            format!("{}({})", name, self.repr_string(&items[0])?)
        } else {
            format!("{}{}", name, self.repr_string(&args)?)
        })
    }

    /// An OSError subclass for an I/O error, as CPython maps errno values.
    pub fn os_error_from(&self, e: &std::io::Error) -> PyErr {
        let (class, errno) = match e.kind() {
            std::io::ErrorKind::NotFound => (&self.exc.file_not_found_error, 2),
            std::io::ErrorKind::PermissionDenied => (&self.exc.permission_error, 13),
            std::io::ErrorKind::AlreadyExists => (&self.exc.file_exists_error, 17),
            _ => (&self.exc.os_error, e.raw_os_error().unwrap_or(5)),
        };
        let errno = e.raw_os_error().unwrap_or(errno);
        let msg = match errno {
            2 => "No such file or directory".to_string(),
            13 => "Permission denied".to_string(),
            17 => "File exists".to_string(),
            21 => "Is a directory".to_string(),
            20 => "Not a directory".to_string(),
            // Rust's text is strerror's plus " (os error N)"; CPython's is strerror's.
            _ => {
                let text = e.to_string();
                match text.rfind(" (os error ") {
                    Some(i) if e.raw_os_error().is_some() => text[..i].to_string(),
                    _ => text,
                }
            }
        };
        let class = match errno {
            21 => &self.exc.is_a_directory_error,
            20 => &self.exc.not_a_directory_error,
            _ => class,
        };
        let err = PyErr(self.new_exception(
            class,
            vec![Value::Int(errno as i64), self.new_str(msg.clone())],
        ));
        self.set_attr_raw(&err.0, "errno", Value::Int(errno as i64));
        self.set_attr_raw(&err.0, "strerror", self.new_str(msg));
        err
    }
}
