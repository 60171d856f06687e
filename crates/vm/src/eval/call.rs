//! Calling: binding arguments to a Python function's parameters (with CPython's error
//! messages), making function objects, and dispatching a call on the kind of callable.
//!
//! From the eval loop, a call to a Python function (directly, as a bound method, or as the
//! `__init__` of a class being instantiated) pushes a frame; from Rust, [`Vm::call`] runs it
//! in a nested loop. The eval loop's fast paths for the common calls, which skip all of this,
//! are in `fast_call.rs`.

use std::cell::RefCell;
use std::rc::Rc;

use pyasync_bytecode::code::flags;

use super::resume::Action;
use super::Flow;
use crate::builtins::functions::{ArgVec, Args};
use crate::frame::{Entry, Frame};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::function::Function;
use crate::objects::generator::{GenKind, Generator};
use crate::objects::tuple::tuple_items;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What calling something produced.
pub(crate) enum CallResult {
    /// A value, the call is over.
    Value(Value),
    /// A frame to run; its result is the call's result.
    Frame(Box<Frame>),
    /// Resume a generator (`gen.send(v)`, `next(gen)`).
    Resume(ObjRef, Action),
}

impl Vm {
    /// Calls `callable` from Rust and returns its result.
    pub fn call(&mut self, callable: &Value, args: Args) -> PyResult<Value> {
        match self.prepare_call(callable.clone(), args)? {
            CallResult::Value(v) => Ok(v),
            CallResult::Frame(frame) => {
                let init = match &frame.entry {
                    Entry::Init { instance } => Some(instance.clone()),
                    _ => None,
                };
                let result = self.run_frame(frame)?;
                match init {
                    Some(instance) => {
                        if !result.is_none() {
                            return Err(self.type_error(format!(
                                "__init__() should return None, not '{}'",
                                self.type_name(&result)
                            )));
                        }
                        Ok(instance)
                    }
                    None => Ok(result),
                }
            }
            CallResult::Resume(gen, action) => match self.resume(&gen, action)? {
                super::Outcome::Yielded(v) => Ok(v),
                super::Outcome::Returned(v) => Err(self.stop_iteration(v)),
            },
        }
    }

    /// Calls `callable` with positional arguments.
    pub fn call1(&mut self, callable: &Value, arg: Value) -> PyResult<Value> {
        self.call(callable, Args::new([arg]))
    }

    /// A call made by the `Call`/`CallMethod`/`CallFunctionEx` instructions.
    pub(crate) fn call_from_loop(&mut self, callable: Value, args: Args) -> PyResult<Flow> {
        let prepared = self.prepare_call(callable, args)?;
        self.continue_call(prepared)
    }

    /// Carries on a call made from the loop: its value pushed, its frame pushed, or its
    /// generator resumed.
    pub(super) fn continue_call(&mut self, prepared: CallResult) -> PyResult<Flow> {
        match prepared {
            CallResult::Value(v) => {
                self.top_frame()?.push(v);
                Ok(Flow::Next)
            }
            CallResult::Frame(frame) => {
                if self.frame_depth_exceeded() {
                    self.recycle_frame(frame);
                    return Err(self.recursion_error());
                }
                self.maybe_collect();
                if let Err(e) = self.check_interrupt() {
                    self.recycle_frame(frame);
                    return Err(e);
                }
                self.frames.push(frame);
                Ok(Flow::Next)
            }
            CallResult::Resume(gen, action) => self.resume_from_loop(gen, action),
        }
    }

    /// Works out what a call means: a frame to push, a generator to resume, or a value
    /// computed natively.
    pub(crate) fn prepare_call(&mut self, callable: Value, mut args: Args) -> PyResult<CallResult> {
        let Value::Obj(obj) = &callable else {
            return Err(self.not_callable(&callable));
        };
        match &obj.payload {
            Payload::Function(f) => self.function_call(obj, f, args, Entry::Call),
            Payload::BoundMethod(m) => {
                args.prepend(m.self_.clone());
                let func = m.func.clone();
                self.prepare_call(func, args)
            }
            Payload::BuiltinFunction(b) => {
                if let Some(s) = &b.self_ {
                    if let Some(resume) = self.generator_intrinsic(b.name, s, &args) {
                        return resume;
                    }
                    args.prepend(s.clone());
                } else if b.name == "next" && args.values.len() == 1 && !args.has_kwargs() {
                    if let Some(Payload::Generator(g)) = args.values[0].payload() {
                        if g.kind == GenKind::Generator {
                            if let Some(gen) = args.values[0].as_obj().cloned() {
                                return Ok(CallResult::Resume(gen, Action::Send(Value::None)));
                            }
                        }
                    }
                }
                let f = b.func;
                f(self, args).map(CallResult::Value)
            }
            Payload::MethodDescriptor(d) => {
                // Only on the descriptor's own type: `generator.send(coro, v)` must fail the
                // receiver check below, as in CPython.
                let own = args
                    .values
                    .first()
                    .is_some_and(|v| Rc::as_ptr(self.class_of(v)) as usize == d.owner_id);
                if own && self.is_generator_type(d.owner_id) {
                    if let Some(first) = args.values.first().cloned() {
                        let rest = Args::with_kwnames(
                            args.values[1..].iter().cloned().collect(),
                            args.kwnames.clone(),
                        );
                        if let Some(resume) = self.generator_intrinsic(d.name, &first, &rest) {
                            return resume;
                        }
                    }
                }
                let f = d.func;
                match d.kind {
                    crate::builtins::functions::MethodKind::Instance => {
                        self.check_descriptor_self(d, &args)?
                    }
                    crate::builtins::functions::MethodKind::Static if d.name == "__new__" => {
                        self.check_new_receiver(d, &args)?
                    }
                    _ => {}
                }
                f(self, args).map(CallResult::Value)
            }
            Payload::Type(_) => self.call_type(obj, args),
            _ => {
                let class = self.class_of(&callable).clone();
                let call = self.lookup_name(&class, |n| &n.call);
                match call {
                    Some(c) => {
                        args.prepend(callable.clone());
                        self.prepare_call(c, args)
                    }
                    None => Err(self.not_callable(&callable)),
                }
            }
        }
    }

    fn check_descriptor_self(
        &mut self,
        d: &crate::builtins::functions::MethodDescriptor,
        args: &Args,
    ) -> PyResult<()> {
        let Some(first) = args.values.first() else {
            return Err(self.type_error(format!(
                "unbound method {}.{}() needs an argument",
                d.owner, d.name
            )));
        };
        let owner_ok = {
            let class = self.class_of(first).clone();
            class.as_type().is_some_and(|t| {
                t.mro
                    .borrow()
                    .iter()
                    .any(|c| c.as_type().is_some_and(|ct| *ct.name.borrow() == d.owner))
            })
        };
        if !owner_ok && d.owner != "object" {
            let msg = if is_slot_wrapper(d.owner, d.name) {
                format!(
                    "descriptor '{}' requires a '{}' object but received a '{}'",
                    d.name,
                    d.owner,
                    self.type_name(first)
                )
            } else {
                format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    d.name,
                    d.owner,
                    self.type_name(first)
                )
            };
            return Err(self.type_error(msg));
        }
        Ok(())
    }

    /// `T.__new__(cls, ...)` called directly: `cls` must be a subtype of `T` (cf.
    /// `tp_new_wrapper`), which the native `__new__` functions take for granted.
    fn check_new_receiver(
        &mut self,
        d: &crate::builtins::functions::MethodDescriptor,
        args: &Args,
    ) -> PyResult<()> {
        let Some(first) = args.values.first() else {
            return Err(self.type_error(format!("{}.__new__(): not enough arguments", d.owner)));
        };
        let Some(t) = first.as_obj().and_then(|o| o.as_type()) else {
            return Err(self.type_error(format!(
                "{}.__new__(X): X is not a type object ({})",
                d.owner,
                self.type_name(first)
            )));
        };
        let is_sub = t
            .mro
            .borrow()
            .iter()
            .any(|c| Rc::as_ptr(c) as usize == d.owner_id);
        if !is_sub && d.owner != "object" {
            let name = t.name();
            return Err(self.type_error(format!(
                "{}.__new__({name}): {name} is not a subtype of {}",
                d.owner, d.owner
            )));
        }
        Ok(())
    }

    /// `gen.send(v)`, `gen.__next__()`, `gen.throw(...)` on a generator or coroutine: resume
    /// it without recursing in Rust.
    fn generator_intrinsic(
        &mut self,
        name: &str,
        target: &Value,
        args: &Args,
    ) -> Option<PyResult<CallResult>> {
        let Some(Payload::Generator(g)) = target.payload() else {
            return None;
        };
        if g.kind == GenKind::AsyncGenerator || args.has_kwargs() {
            return None;
        }
        let gen = target.as_obj()?.clone();
        match (name, args.values.len()) {
            ("send", 1) => Some(Ok(CallResult::Resume(
                gen,
                Action::Send(args.values[0].clone()),
            ))),
            ("__next__", 0) => Some(Ok(CallResult::Resume(gen, Action::Send(Value::None)))),
            ("throw", 1..=3) => {
                let exc = self.throw_args_to_exception(&args.values);
                Some(exc.map(|e| CallResult::Resume(gen, Action::Throw(e))))
            }
            _ => None,
        }
    }

    fn not_callable(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!("'{}' object is not callable", self.type_name(v)))
    }

    /// A call of a Python function: a frame, or a new generator/coroutine.
    fn function_call(
        &mut self,
        func_obj: &ObjRef,
        f: &Function,
        args: Args,
        entry: Entry,
    ) -> PyResult<CallResult> {
        let mut frame = self.bind_frame(func_obj, f, args)?;
        frame.entry = entry;
        let code_flags = f.code.obj.flags;
        if code_flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0 {
            let kind = if code_flags & flags::ASYNC_GENERATOR != 0 {
                GenKind::AsyncGenerator
            } else if code_flags & flags::COROUTINE != 0 {
                GenKind::Coroutine
            } else {
                GenKind::Generator
            };
            frame.entry = Entry::Suspended;
            let name = f.name.borrow().clone();
            let qualname = f.qualname.borrow().clone();
            let iterable_coro = code_flags & flags::ITERABLE_COROUTINE != 0;
            let gen = self.new_generator_obj(kind, frame, name, qualname, iterable_coro);
            return Ok(CallResult::Value(Value::Obj(gen)));
        }
        Ok(CallResult::Frame(frame))
    }

    /// A generator, coroutine or async generator object around a new frame.
    pub fn new_generator_obj(
        &mut self,
        kind: GenKind,
        frame: Box<Frame>,
        name: Value,
        qualname: Value,
        _iterable_coroutine: bool,
    ) -> ObjRef {
        let class = match kind {
            GenKind::Generator => self.types.generator.clone(),
            GenKind::Coroutine => self.types.coroutine.clone(),
            GenKind::AsyncGenerator => self.types.async_generator.clone(),
        };
        let g = Generator::new(kind, frame, name, qualname);
        let o = Rc::new(PyObject::new(class, Payload::Generator(Box::new(g).into())));
        self.gc_track(&o);
        o
    }

    /// A fresh frame for `code` (from the pool when possible).
    pub(crate) fn new_frame(
        &mut self,
        code: Rc<crate::code::Code>,
        globals: ObjRef,
        builtins: ObjRef,
        locals: Value,
    ) -> Box<Frame> {
        let slots = code.obj.fast_slots();
        let max_stack = code.obj.max_stack as usize;
        match self.frame_pool.pop() {
            Some(mut f) => {
                f.code = code;
                f.pc = 0;
                f.stack.clear();
                f.stack.reserve(max_stack);
                f.fast.clear();
                f.fast.resize(slots, Value::Null);
                f.globals = globals;
                f.builtins = builtins;
                f.locals = locals;
                f.entry = Entry::Call;
                f.kwnames = None;
                f
            }
            None => Box::new(Frame {
                code,
                pc: 0,
                stack: Vec::with_capacity(max_stack),
                fast: vec![Value::Null; slots],
                globals,
                builtins,
                locals,
                entry: Entry::Call,
                kwnames: None,
            }),
        }
    }

    /// Binds `args` to the parameters of `f` in a new frame (CPython's `initialize_locals`).
    fn bind_frame(&mut self, _func_obj: &ObjRef, f: &Function, args: Args) -> PyResult<Box<Frame>> {
        let code = f.code.clone();
        if code.simple_args
            && args.kwnames.is_none()
            && args.values.len() == code.obj.arg_count as usize
        {
            // Positional arguments that fill the parameters exactly: move them in.
            let mut frame =
                self.new_frame(code, f.globals.clone(), f.builtins.clone(), Value::Null);
            let n = args.values.len();
            for (slot, v) in frame.fast[..n].iter_mut().zip(args.values) {
                *slot = v;
            }
            if let Some(closure) = &f.closure {
                let base = frame.code.obj.varnames.len();
                for (slot, cell) in frame.fast[base..].iter_mut().zip(closure.iter()) {
                    *slot = cell.clone();
                }
            }
            return Ok(frame);
        }
        let co = code.obj.clone();
        let mut frame = self.new_frame(
            code.clone(),
            f.globals.clone(),
            f.builtins.clone(),
            Value::Null,
        );
        let argcount = co.arg_count as usize;
        let posonly = co.posonly_arg_count as usize;
        let kwonly = co.kwonly_arg_count as usize;
        let has_varargs = co.flags & flags::VARARGS != 0;
        let has_varkw = co.flags & flags::VARKEYWORDS != 0;
        let n_pos = args.n_pos();
        let mut values = args.values.into_iter();

        // Positional arguments.
        let mut extra: Vec<Value> = Vec::new();
        for i in 0..n_pos {
            let v = values.next().unwrap_or_default();
            if i < argcount {
                frame.fast[i] = v;
            } else {
                extra.push(v);
            }
        }
        if !extra.is_empty() && !has_varargs {
            let kw_given = kwonly_given(&co, args.kwnames.as_ref(), argcount, kwonly);
            return Err(self.too_many_positional(f, &co, n_pos, kw_given));
        }
        let mut slot = argcount + kwonly;
        if has_varargs {
            frame.fast[slot] = self.new_tuple(extra);
            slot += 1;
        }
        let kwdict = if has_varkw {
            let d = self.new_dict_obj(Default::default());
            frame.fast[slot] = Value::Obj(d.clone());
            Some(d)
        } else {
            None
        };

        // Keyword arguments.
        if let Some(kwnames) = &args.kwnames {
            let mut posonly_as_kw: Vec<String> = Vec::new();
            for (name, v) in tuple_items(&Value::Obj(kwnames.clone())).iter().zip(values) {
                let Some(name_obj) = name.as_obj() else {
                    continue;
                };
                let name_str = name_obj.str_text();
                let found = (posonly..argcount + kwonly).find(|&i| {
                    Rc::ptr_eq(&code.varnames[i], name_obj) || co.varnames[i] == name_str
                });
                match found {
                    Some(i) => {
                        if !frame.fast[i].is_null() {
                            return Err(self.type_error(format!(
                                "{}() got multiple values for argument '{}'",
                                qualname(f),
                                name_str
                            )));
                        }
                        frame.fast[i] = v;
                    }
                    None => {
                        if let Some(d) = &kwdict {
                            self.dict_set(d, name.clone(), v)?;
                        } else if co.varnames[..posonly].iter().any(|p| p == name_str) {
                            posonly_as_kw.push(name_str.to_string());
                        } else {
                            return Err(self.type_error(format!(
                                "{}() got an unexpected keyword argument '{}'",
                                qualname(f),
                                name_str
                            )));
                        }
                    }
                }
            }
            if !posonly_as_kw.is_empty() {
                return Err(self.type_error(format!(
                    "{}() got some positional-only arguments passed as keyword arguments: '{}'",
                    qualname(f),
                    posonly_as_kw.join(", ")
                )));
            }
        }

        // Defaults, and what is still missing.
        if n_pos < argcount {
            let defaults = f.defaults.borrow().clone();
            let defaults = tuple_items(&defaults);
            let first_default = argcount - defaults.len().min(argcount);
            let mut missing: Vec<&str> = Vec::new();
            for i in n_pos..argcount {
                if frame.fast[i].is_null() {
                    if i >= first_default {
                        frame.fast[i] = defaults[i - first_default].clone();
                    } else {
                        missing.push(&co.varnames[i]);
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(f, "positional", &missing));
            }
        }
        if kwonly > 0 {
            let kwdefaults = f.kwdefaults.borrow().clone();
            let mut missing: Vec<&str> = Vec::new();
            for i in argcount..argcount + kwonly {
                if frame.fast[i].is_null() {
                    let default = match &kwdefaults {
                        Value::Obj(d) => self.dict_get_str(d, &code.varnames[i]),
                        _ => None,
                    };
                    match default {
                        Some(v) => frame.fast[i] = v,
                        None => missing.push(&co.varnames[i]),
                    }
                }
            }
            if !missing.is_empty() {
                return Err(self.missing_arguments(f, "keyword-only", &missing));
            }
        }

        // Cells and free variables.
        let nlocals = co.varnames.len();
        for i in 0..co.cellvars.len() {
            let initial = co
                .cell_params
                .iter()
                .find(|(c, _)| *c as usize == i)
                .map(|(_, p)| std::mem::take(&mut frame.fast[*p as usize]))
                .unwrap_or(Value::Null);
            frame.fast[nlocals + i] = self.new_cell(initial);
        }
        if let Some(closure) = &f.closure {
            let base = nlocals + co.cellvars.len();
            for (j, cell) in closure.iter().enumerate() {
                frame.fast[base + j] = cell.clone();
            }
        }
        Ok(frame)
    }

    fn too_many_positional(
        &self,
        f: &Function,
        co: &pyasync_bytecode::CodeObject,
        given: usize,
        kw_given: usize,
    ) -> crate::vm::PyErr {
        let argcount = co.arg_count as usize;
        let ndefaults = tuple_items(&f.defaults.borrow()).len();
        let takes = if ndefaults > 0 {
            format!(
                "from {} to {} positional arguments",
                argcount - ndefaults.min(argcount),
                argcount
            )
        } else {
            format!(
                "{} positional argument{}",
                argcount,
                if argcount == 1 { "" } else { "s" }
            )
        };
        let given_text = if kw_given > 0 {
            format!(
                "{} positional argument{} (and {} keyword-only argument{}) were given",
                given,
                if given == 1 { "" } else { "s" },
                kw_given,
                if kw_given == 1 { "" } else { "s" }
            )
        } else {
            format!(
                "{} {} given",
                given,
                if given == 1 { "was" } else { "were" }
            )
        };
        self.type_error(format!(
            "{}() takes {} but {}",
            qualname(f),
            takes,
            given_text
        ))
    }

    fn missing_arguments(&self, f: &Function, kind: &str, missing: &[&str]) -> crate::vm::PyErr {
        let names: Vec<String> = missing.iter().map(|n| format!("'{n}'")).collect();
        let list = match names.len() {
            1 => names[0].clone(),
            2 => format!("{} and {}", names[0], names[1]),
            _ => format!(
                "{}, and {}",
                names[..names.len() - 1].join(", "),
                names[names.len() - 1]
            ),
        };
        self.type_error(format!(
            "{}() missing {} required {} argument{}: {}",
            qualname(f),
            missing.len(),
            kind,
            if missing.len() == 1 { "" } else { "s" },
            list
        ))
    }

    pub fn new_cell(&self, v: Value) -> Value {
        let o = Rc::new(PyObject::new(
            self.types.cell.clone(),
            Payload::Cell(RefCell::new(v).into()),
        ));
        self.gc_track(&o);
        Value::Obj(o)
    }

    /// `MakeFunction`.
    #[allow(clippy::too_many_arguments)]
    pub(crate) fn make_function(
        &mut self,
        code: Value,
        globals: ObjRef,
        builtins: ObjRef,
        defaults: Value,
        kwdefaults: Value,
        annotations: Value,
        closure: Option<Value>,
    ) -> PyResult<Value> {
        let Some(Payload::Code(code)) = code.payload() else {
            return Err(self.system_error("MakeFunction without a code object"));
        };
        let code = code.clone();
        let doc = code
            .consts
            .first()
            .cloned()
            .filter(|c| c.as_str().is_some())
            .unwrap_or(Value::None);
        let module_key = self.names.name.clone();
        let module = self
            .dict_get_str(&globals, &module_key)
            .unwrap_or(Value::None);
        let closure = closure.map(|c| tuple_items(&c).to_vec().into_boxed_slice());
        let exact_args = Function::exact_args_for(&code, &closure);
        let f = Function {
            exact_args,
            name: RefCell::new(Value::Obj(code.name.clone())),
            qualname: RefCell::new(Value::Obj(code.qualname.clone())),
            code,
            globals,
            builtins,
            defaults: RefCell::new(defaults),
            kwdefaults: RefCell::new(kwdefaults),
            closure,
            annotations: RefCell::new(annotations),
            doc: RefCell::new(doc),
            module: RefCell::new(module),
            dict: RefCell::new(None),
        };
        let o = Rc::new(PyObject::new(
            self.types.function.clone(),
            Payload::Function(Box::new(f).into()),
        ));
        self.gc_track(&o);
        Ok(Value::Obj(o))
    }

    /// The arguments of `f(*args, **kwargs)`.
    /// `f(*x)` with x not a tuple: x's items as a tuple (CPython's `check_args_iterable`).
    pub(crate) fn star_args_tuple(&mut self, callable: &Value, x: &Value) -> PyResult<Value> {
        if !self.is_iterable(x) {
            let fname = self.function_str(callable);
            return Err(self.type_error(format!(
                "{}() argument after * must be an iterable, not {}",
                fname,
                self.type_name(x)
            )));
        }
        let items = self.collect_iterable(x)?;
        Ok(self.new_tuple(items))
    }

    pub(crate) fn args_from_ex(
        &mut self,
        posargs: &Value,
        kwargs: Option<&Value>,
    ) -> PyResult<Args> {
        let mut values: ArgVec = tuple_items(posargs).iter().cloned().collect();
        let mut names = Vec::new();
        if let Some(Value::Obj(d)) = kwargs {
            if let Payload::Dict(d) = &d.payload {
                for (k, v) in d.borrow().iter() {
                    if k.as_str().is_none() {
                        return Err(self.type_error("keywords must be strings"));
                    }
                    names.push(k.clone());
                    values.push(v.clone());
                }
            }
        }
        let kwnames = if names.is_empty() {
            None
        } else {
            Some(self.new_tuple_obj(names))
        };
        Ok(Args::with_kwnames(values, kwnames))
    }

    /// Calling a class: `__new__` then `__init__` (CPython's `type_call`). A Python
    /// `__init__` runs as a frame whose entry swaps its None result for the instance.
    fn call_type(&mut self, cls: &ObjRef, mut args: Args) -> PyResult<CallResult> {
        // type(x): the class of x.
        if Rc::ptr_eq(cls, &self.types.type_) && args.values.len() == 1 && !args.has_kwargs() {
            return Ok(CallResult::Value(Value::Obj(
                self.class_of(&args.values[0]).clone(),
            )));
        }
        if let Some(exc) = self.new_plain_exception(cls, &args) {
            return Ok(CallResult::Value(exc));
        }
        // A metaclass with its own __call__.
        let meta = self.class_of(&Value::Obj(cls.clone())).clone();
        if !Rc::ptr_eq(&meta, &self.types.type_) {
            if let Some(call) = self.lookup_name(&meta, |n| &n.call) {
                let is_type_call = matches!(call.payload(), Some(Payload::MethodDescriptor(d)) if d.owner == "type");
                if !is_type_call {
                    args.prepend(Value::Obj(cls.clone()));
                    return self.prepare_call(call, args);
                }
            }
        }
        let new = self.lookup_name(cls, |n| &n.new).unwrap_or(Value::None);
        if is_object_new(&new) && args.values.is_empty() {
            // `object.__new__` and no arguments: only an `object.__init__` would have nothing
            // to do; a Python `__init__` runs below.
            if let Some(init) = self.lookup_name(cls, |n| &n.init) {
                if is_object_init(&init) {
                    return self.alloc_instance(cls, &[]).map(CallResult::Value);
                }
            }
        }
        if is_object_new(&new) {
            // `object.__new__` with a Python `__init__` (so extra arguments are fine) makes a
            // bare instance: skip the generic call.
            if let Some(init) = self.lookup_name(cls, |n| &n.init) {
                if let Some(Payload::Function(f)) = init.payload() {
                    let instance = self.alloc_instance(cls, args.pos())?;
                    args.prepend(instance.clone());
                    let func_obj = init.as_obj().cloned().unwrap_or_else(|| cls.clone());
                    return self.function_call(&func_obj, f, args, Entry::Init { instance });
                }
            }
        }
        let mut new_args = Args::with_kwnames(args.values.clone(), args.kwnames.clone());
        new_args.prepend(Value::Obj(cls.clone()));
        let new = match new.payload() {
            Some(Payload::StaticMethod(f)) => f.borrow().clone(),
            _ => new,
        };
        let instance = self.call(&new, new_args)?;
        // A builtin type's own `__new__` did the work, and `object.__init__` would accept
        // the arguments (the type overrides `__new__`) and do nothing: skip it.
        if Rc::ptr_eq(self.class_of(&instance), cls) {
            if let Some(init) = self.lookup_name(cls, |n| &n.init) {
                if is_object_init(&init) {
                    return Ok(CallResult::Value(instance));
                }
            }
        }
        self.init_after_new(cls, instance, args)
    }

    /// The end of calling `cls` once `__new__` made `instance`: its class's `__init__` runs
    /// with `args` when it is an instance of `cls`.
    pub(super) fn init_after_new(
        &mut self,
        cls: &ObjRef,
        instance: Value,
        mut args: Args,
    ) -> PyResult<CallResult> {
        let inst_class = self.class_of(&instance).clone();
        if !crate::objects::typeobj::is_subtype(&inst_class, cls) {
            return Ok(CallResult::Value(instance));
        }
        let Some(init) = self.lookup_name(&inst_class, |n| &n.init) else {
            return Ok(CallResult::Value(instance));
        };
        if let Some(Payload::Function(f)) = init.payload() {
            let func_obj = init.as_obj().cloned().unwrap_or_else(|| cls.clone());
            args.prepend(instance.clone());
            return self.function_call(&func_obj, f, args, Entry::Init { instance });
        }
        args.prepend(instance.clone());
        let result = self.call(&init, args)?;
        if !result.is_none() {
            return Err(self.type_error(format!(
                "__init__() should return None, not '{}'",
                self.type_name(&result)
            )));
        }
        Ok(CallResult::Value(instance))
    }
}

/// True for `object.__new__` itself (a static method descriptor of `object`).
pub(super) fn is_object_new(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::MethodDescriptor(d)) if d.name == "__new__" && d.owner == "object")
}

/// True for `object.__init__` itself.
pub(super) fn is_object_init(v: &Value) -> bool {
    matches!(v.payload(), Some(Payload::MethodDescriptor(d)) if d.name == "__init__" && d.owner == "object")
}

fn qualname(f: &Function) -> String {
    f.qualname.borrow().as_str().unwrap_or("?").to_string()
}

/// How many keyword-only parameters were given by keyword (for CPython's message).
fn kwonly_given(
    co: &pyasync_bytecode::CodeObject,
    kwnames: Option<&ObjRef>,
    argcount: usize,
    kwonly: usize,
) -> usize {
    let Some(k) = kwnames else { return 0 };
    tuple_items(&Value::Obj(k.clone()))
        .iter()
        .filter(|n| {
            co.varnames[argcount..argcount + kwonly]
                .iter()
                .any(|v| Some(v.as_str()) == n.as_str())
        })
        .count()
}

/// Whether CPython implements the builtin method `owner.name` as a slot wrapper (a dunder
/// filling a type slot, `list.__len__`) rather than a method descriptor (`list.append`,
/// `int.__round__`): the two word a wrong receiver's TypeError differently. The list of
/// dunders that are method descriptors was taken from CPython 3.11's builtin types.
fn is_slot_wrapper(owner: &str, name: &str) -> bool {
    const METHOD_DUNDERS: &[&str] = &[
        "__alloc__",
        "__bytes__",
        "__ceil__",
        "__complex__",
        "__dir__",
        "__enter__",
        "__exit__",
        "__floor__",
        "__format__",
        "__getnewargs__",
        "__getstate__",
        "__instancecheck__",
        "__length_hint__",
        "__reduce__",
        "__reduce_ex__",
        "__reversed__",
        "__round__",
        "__set_name__",
        "__setstate__",
        "__sizeof__",
        "__subclasscheck__",
        "__subclasses__",
        "__trunc__",
    ];
    if !(name.starts_with("__") && name.ends_with("__")) || METHOD_DUNDERS.contains(&name) {
        return false;
    }
    !matches!(
        (owner, name),
        ("dict" | "set" | "frozenset", "__contains__") | ("dict" | "list", "__getitem__")
    )
}
