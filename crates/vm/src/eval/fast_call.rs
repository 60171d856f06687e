//! The eval loop's fast paths for the commonest calls: a plain Python function (directly, as
//! a bound method, as a property getter, or as the `__init__` of a class being instantiated)
//! gets its frame pushed with the arguments moved straight from the caller's stack into its
//! slots; a builtin class whose own `__new__` does the work (`int(s)`, `ValueError(msg)`) and
//! a builtin type's method on an exact instance (`s.split()`, `d.get(k)`) are called without
//! building the general call's `Args` and descriptor checks; `gen.send(v)` resumes at once.
//!
//! Each returns `None`, with nothing changed, when its case does not hold; the general path
//! (`call.rs`: `prepare_call`, `bind_frame`, `call_type`) then makes the call and reports
//! every error, so nothing here needs an error message of its own.

use std::ptr::NonNull;
use std::rc::Rc;

use super::call::{is_object_init, is_object_new};
use super::resume::Action;
use super::Flow;
use crate::builtins::functions::{ArgVec, Args};
use crate::frame::{Entry, Frame};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::function::Function;
use crate::objects::generator::GenKind;
use crate::objects::tuple::tuple_items;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// The `Call`/`CallMethod` fast path: the frame on top calls the Python function at
    /// `stack[callee]` with the positional arguments `stack[args..]`. When the function is
    /// plain (`Code::simple_args`) and the count fits, the arguments move straight from the
    /// caller's stack into the new frame's first slots (then defaults, then closure cells) and
    /// the frame is pushed: no `Args`, no name lookups. A bound method of such a function
    /// gets its `self` first; a class, see [`Vm::instantiate_simple`]. `Some(())`: the frame
    /// is pushed. `None` leaves the call to the general path (which also reports every error, including RecursionError).
    #[inline(always)]
    pub(crate) fn call_simple(&mut self, callee: usize, args: usize) -> Option<()> {
        // The general path raises RecursionError and KeyboardInterrupt.
        if self.frame_depth_exceeded() || crate::signals::interrupt_pending() {
            return None;
        }
        let caller = self.frames.last()?;
        match caller.stack.get(callee) {
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Function(_)) => {
                let caller = NonNull::from(&mut **self.frames.last_mut()?);
                // SAFETY: `caller` is the boxed frame on top, not otherwise used meanwhile.
                if unsafe { self.push_exact_frame_outlined(caller, callee, args) }.is_some() {
                    return Some(());
                }
                let Some(Value::Obj(o)) = self.frames.last()?.stack.get(callee) else {
                    return None;
                };
                let func: *const PyObject = Rc::as_ptr(o);
                // SAFETY: the caller's `stack[callee]` holds a reference to the function
                // until `push_simple_frame` cuts the stack there, after its last use of it.
                let func = unsafe { &*func };
                self.push_simple_frame(func, None, callee, args, Entry::Call)
            }
            Some(Value::Obj(o)) if matches!(o.payload, Payload::BoundMethod(_)) => {
                let Payload::BoundMethod(m) = &o.payload else {
                    return None;
                };
                let (Value::Obj(func), self_) = (&m.func, &m.self_) else {
                    return None;
                };
                let func: *const PyObject = Rc::as_ptr(func);
                let self_ = self_.clone();
                // SAFETY: as above: the bound method in `stack[callee]` holds the function.
                self.push_simple_frame(unsafe { &*func }, Some(self_), callee, args, Entry::Call)
            }
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Type(_)) => {
                let cls = o.clone();
                if let Some(flow) = self.convert_call(callee, args) {
                    return Some(flow);
                }
                self.instantiate_simple(&cls, callee, args)
            }
            _ => None,
        }
    }

    /// Pushes a frame for the plain Python function `func_obj` called with `obj` alone, whose
    /// result the frame's return pushes onto the caller's stack (a property getter read by
    /// `LoadAttr`, see `ops/attr_cache.rs`). `None`, with nothing changed, when the general
    /// path must call it.
    pub(crate) fn push_getter_frame(&mut self, func_obj: &ObjRef, obj: &Value) -> Option<()> {
        if self.frame_depth_exceeded() || crate::signals::interrupt_pending() {
            return None;
        }
        let top = self.frames.last()?.stack.len();
        self.push_simple_frame(func_obj, Some(obj.clone()), top, top, Entry::Call)
    }

    /// The `CallMethod` fast path for a builtin type's method found on the receiver's own
    /// class (`d.get(k, 0)`, `s.split()`, `lst.append(x)`): `stack[callee]` is the method
    /// descriptor and `stack[receiver]` the receiver, with the arguments above it. The
    /// receiver being an instance of exactly the builtin type that defines the method, the
    /// descriptor check passes without walking the MRO, and the native function is called
    /// directly. `None` (nothing changed) leaves every other case to the general path.
    #[inline]
    pub(crate) fn call_native_method(
        &mut self,
        callee: usize,
        receiver: usize,
    ) -> Option<PyResult<Flow>> {
        let d = self.own_method_descriptor(callee, receiver)?;
        if d.kind != crate::builtins::functions::MethodKind::Instance
            || self.is_generator_type(d.owner_id)
        {
            return None;
        }
        let (func, fast) = (d.func, d.fast);
        let frame = self.frames.last()?;
        if let Some(fast) = fast {
            let args: *const [Value] = &frame.stack[receiver..];
            // SAFETY: `args` points into this frame's stack, which stays as it is during the
            // call: a fast entry runs no Python code and leaves the frames alone (see
            // `builtins::fast_methods`).
            let result = fast(self, unsafe { &*args });
            // Matched where the callee wrote it: a bool (whose payload the callee stored as
            // one byte) is pushed as two words (see `value::write_words`).
            let frame = self.frames.last_mut()?;
            match result {
                None => {}
                Some(Ok(Value::Bool(b))) => {
                    frame.stack.truncate(callee);
                    frame.push_bool(b);
                    return Some(Ok(Flow::Next));
                }
                Some(Ok(Value::None)) => {
                    frame.stack.truncate(callee);
                    frame.push_none();
                    return Some(Ok(Flow::Next));
                }
                Some(Ok(v)) => {
                    frame.stack.truncate(callee);
                    frame.push(v);
                    return Some(Ok(Flow::Next));
                }
                Some(Err(e)) => {
                    frame.stack.truncate(callee);
                    return Some(Err(e));
                }
            }
        }
        let frame = self.frames.last_mut()?;
        let args = crate::builtins::functions::take_args(&mut frame.stack, receiver);
        frame.stack.truncate(callee);
        Some(func(self, Args::with_kwnames(args, None)).and_then(|v| {
            self.top_frame()?.push(v);
            Ok(Flow::Next)
        }))
    }

    /// The method descriptor at `stack[callee]` when the receiver at `stack[receiver]` is an
    /// instance of exactly the builtin type that defines it (so the descriptor's receiver
    /// check passes without walking the MRO); `None` for anything else.
    #[inline(always)]
    fn own_method_descriptor(
        &self,
        callee: usize,
        receiver: usize,
    ) -> Option<&crate::builtins::functions::MethodDescriptor> {
        let frame = self.frames.last()?;
        let Some(Value::Obj(method)) = frame.stack.get(callee) else {
            return None;
        };
        let Payload::MethodDescriptor(d) = &method.payload else {
            return None;
        };
        let class = self.class_of(frame.stack.get(receiver)?);
        (Rc::as_ptr(class) as usize == d.owner_id).then_some(d)
    }

    /// Whether the type at address `owner_id` is `generator` or `coroutine`, whose methods
    /// resume a frame (`call_generator_method`) rather than return a value.
    #[inline(always)]
    pub(super) fn is_generator_type(&self, owner_id: usize) -> bool {
        owner_id == Rc::as_ptr(&self.types.generator) as usize
            || owner_id == Rc::as_ptr(&self.types.coroutine) as usize
    }

    /// The `CallMethod` fast path for `gen.send(v)` and `gen.__next__()` on a generator or
    /// coroutine (`stack[callee]` the method descriptor, `stack[receiver]` the generator,
    /// which the hot loop has checked is one): resumes it as `prepare_call` would (see
    /// `generator_intrinsic`), without building `Args`. `None` (nothing changed) for
    /// anything else.
    #[inline]
    pub(crate) fn call_generator_method(
        &mut self,
        callee: usize,
        receiver: usize,
    ) -> Option<PyResult<Flow>> {
        let frame = self.frames.last_mut()?;
        let nargs = frame.stack.len() - receiver - 1;
        let (Some(Value::Obj(method)), Some(Value::Obj(gen))) =
            (frame.stack.get(callee), frame.stack.get(receiver))
        else {
            return None;
        };
        let (Payload::MethodDescriptor(d), Payload::Generator(g)) = (&method.payload, &gen.payload)
        else {
            return None;
        };
        // The descriptor is the receiver's own type's: a generator's class is exactly
        // `generator`, a coroutine's `coroutine` (neither can be subclassed), so this is
        // the check `own_method_descriptor` makes.
        let owner = match g.kind {
            GenKind::Generator => &self.types.generator,
            GenKind::Coroutine => &self.types.coroutine,
            GenKind::AsyncGenerator => return None,
        };
        if d.owner_id != Rc::as_ptr(owner) as usize {
            return None;
        }
        let send = match (d.name, nargs) {
            ("send", 1) => true,
            ("__next__", 0) => false,
            _ => return None,
        };
        let v = if send { frame.pop() } else { Value::None };
        // The generator's reference moves off the stack (no clone and drop); the method
        // descriptor below it is dropped (its type holds it).
        let Value::Obj(gen) = frame.pop() else {
            return None;
        };
        match frame.pop() {
            Value::Obj(descriptor) => drop(descriptor),
            // (Owns nothing; not reached.)
            other => std::mem::forget(other),
        }
        match self.push_plain_resumed(gen, crate::frame::ResumeHow::Call, v) {
            Ok(()) => Some(Ok(Flow::Next)),
            Err((gen, v)) => Some(self.resume_from_loop(gen, Action::Send(v))),
        }
    }

    /// `C(args)` for a class whose metaclass is `type`, whose `__new__` is `object`'s and
    /// whose `__init__` is a plain Python function: a bare instance, and the `__init__` frame
    /// pushed as in [`Vm::call_simple`] with the instance as its first argument (its entry,
    /// `Entry::Init`, swaps the None result for the instance).
    fn instantiate_simple(&mut self, cls: &ObjRef, callee: usize, args: usize) -> Option<()> {
        let init_obj = match self.simple_init(cls)? {
            crate::builtins::class::SimpleInit::Python(init) => init,
            crate::builtins::class::SimpleInit::Object => {
                return self.instantiate_bare(cls, callee, args)
            }
        };
        // Check the fit before making the instance: one dropped unused could run a `__del__`.
        let Payload::Function(f) = &init_obj.payload else {
            return None;
        };
        let nargs = self.frames.last()?.stack.len() - args + 1;
        if !fits_simple(f, nargs) {
            return None;
        }
        let instance = self.alloc_instance(cls, &[]).ok()?;
        self.push_simple_frame(
            &init_obj,
            Some(instance.clone()),
            callee,
            args,
            Entry::Init { instance },
        )
    }

    /// The `Call` fast path for a builtin class whose own static `__new__` does all the work
    /// and whose `__init__` is `object`'s (`int(s)`, `str(i)`, `float(t)`), as CPython's
    /// `PRECALL_BUILTIN_CLASS`: that `__new__` is called with the class and the positional
    /// arguments `stack[args..]`, with none of the steps of `type.__call__` in between. A
    /// plain exception class (`ValueError(msg)`, see [`Vm::is_plain_exception_class`]) makes
    /// its instance from the arguments at once. `None` (nothing changed) for every other
    /// callable.
    #[inline]
    pub(crate) fn call_builtin_class(
        &mut self,
        callee: usize,
        args: usize,
    ) -> Option<PyResult<Flow>> {
        let frame = self.frames.last()?;
        let Some(Value::Obj(cls)) = frame.stack.get(callee) else {
            return None;
        };
        let t = cls.as_type()?;
        if t.layout == crate::objects::typeobj::Layout::Exception {
            let cls = cls.clone();
            if !self.is_plain_exception_class(&cls) {
                return None;
            }
            // The arguments move from the stack into the exception's `args` tuple.
            let args = Value::Obj(self.tuple_from_stack(args)?);
            self.frames.last_mut()?.stack.truncate(callee);
            let exc = self.new_exception_with_args(&cls, args);
            return Some(self.top_frame().map(|frame| {
                frame.push(Value::Obj(exc));
                Flow::Next
            }));
        }
        let meta_is_type = cls
            .class
            .as_ref()
            .is_some_and(|m| Rc::ptr_eq(m, &self.types.type_));
        if t.heap || !meta_is_type || Rc::ptr_eq(cls, &self.types.type_) {
            return None;
        }
        let cls = cls.clone();
        let new = self.lookup_name(&cls, |n| &n.new)?;
        let func = match new.payload() {
            Some(Payload::MethodDescriptor(d))
                if d.kind == crate::builtins::functions::MethodKind::Static
                    && !is_object_new(&new) =>
            {
                d.func
            }
            _ => return None,
        };
        if !self
            .lookup_name(&cls, |n| &n.init)
            .is_some_and(|i| is_object_init(&i))
        {
            return None;
        }
        let frame = self.frames.last()?;
        let mut new_args = ArgVec::with_capacity(1 + frame.stack.len() - args);
        new_args.push(Value::Obj(cls.clone()));
        new_args.extend(frame.stack[args..].iter().cloned());
        let instance = match func(self, Args::with_kwnames(new_args, None)) {
            Ok(v) => v,
            Err(e) => return Some(Err(e)),
        };
        let exact = Rc::ptr_eq(self.class_of(&instance), &cls);
        let frame = match self.top_frame() {
            Ok(f) => f,
            Err(e) => return Some(Err(e)),
        };
        if exact {
            frame.stack.truncate(callee);
            frame.push(instance);
            return Some(Ok(Flow::Next));
        }
        // An instance of a subclass (a `__str__` that returned a str subclass): its class's
        // `__init__` runs as `type.__call__` would run it.
        let rest: ArgVec = frame.stack.drain(args..).collect();
        frame.stack.truncate(callee);
        let args = Args::with_kwnames(rest, None);
        Some(
            self.init_after_new(&cls, instance, args)
                .and_then(|r| self.continue_call(r)),
        )
    }

    /// The commonest call of all, [`Vm::push_simple_frame`] cut to its core: a plain
    /// function without a closure at `stack[callee]` of the frame on top, called with exactly
    /// its positional parameters `stack[args..]`, from a frame of the pool. The arguments move
    /// into the first slots, the other locals start unbound, and the caller's stack is cut to
    /// `callee`. Returns the new frame, now on top (boxed, so it stays where it is while it
    /// runs), for the eval loop to carry on in without finding it again. `None`, with nothing
    /// changed, for anything else (`call_simple` then handles it, defaults, closures, the
    /// recursion limit and all).
    ///
    /// # Safety
    /// `caller` must be the frame on top of `self.frames` (the eval loop has it at hand), and
    /// no other reference to it may be used while this runs.
    #[inline(always)]
    pub(crate) unsafe fn push_exact_frame(
        &mut self,
        caller: NonNull<Frame>,
        callee: usize,
        args: usize,
    ) -> Option<NonNull<Frame>> {
        // The general path raises RecursionError and KeyboardInterrupt.
        if self.frame_depth_exceeded() || crate::signals::interrupt_pending() {
            return None;
        }
        let Vm {
            frames, frame_pool, ..
        } = self;
        // SAFETY: `caller` is the boxed frame on top of `frames` (this function's contract);
        // no other reference to it is used while this one is, and `frames` is only read and
        // pushed below (the frame's box is not moved).
        let caller = unsafe { &mut *caller.as_ptr() };
        let Some(Value::Obj(func)) = caller.stack.get(callee) else {
            return None;
        };
        let Payload::Function(f) = &func.payload else {
            return None;
        };
        let f: *const Function = std::ptr::from_ref::<Function>(f);
        // SAFETY: the caller's `stack[callee]` holds a reference to the function until the
        // stack is cut there below, after the last use of `f`.
        let f = unsafe { &*f };
        let nargs = caller.stack.len() - args;
        if nargs != f.exact_args as usize {
            return None;
        }
        let code = &f.code;
        // From here on nothing fails.
        let mut frame = frame_pool.pop()?;
        if !(Rc::ptr_eq(&frame.code, code)
            && Rc::ptr_eq(&frame.globals, &f.globals)
            && Rc::ptr_eq(&frame.builtins, &f.builtins))
        {
            reset_namespaces(&mut frame, f);
        }
        let slots = code.fast_slots as usize;
        // Pooled frames come back with empty vectors (`recycle_frame`).
        debug_assert!(frame.fast.is_empty() && frame.stack.is_empty());
        if frame.fast.capacity() < slots || frame.stack.capacity() < code.max_stack as usize {
            reserve_slots(&mut frame, slots, code.max_stack as usize);
        }
        if !matches!(frame.entry, Entry::Call) {
            frame.entry = Entry::Call;
        }
        frame.pc = 0;
        // SAFETY: `fast` has room for `slots` values (just ensured) and each is written once
        // before the length is set: the `nargs` arguments, moved word by word out of the
        // caller's stack (cut below them first, so each keeps one owner), then Nulls (no
        // closure and no cells of its own: every slot past the arguments is a local).
        unsafe {
            let dst = frame.fast.as_mut_ptr();
            let src = caller.stack.as_ptr().add(args);
            caller.stack.set_len(args);
            for i in 0..nargs {
                crate::value::copy_value(src.add(i), dst.add(i));
            }
            for i in nargs..slots {
                dst.add(i).write(Value::Null);
            }
            frame.fast.set_len(slots);
        }
        // Last: this drops the caller's reference to the function (`Call`'s case, with
        // nothing between it and the arguments, without a loop).
        if callee + 1 == args {
            // SAFETY: `stack[callee]` holds the function (an `Obj`, matched above); the
            // stack is cut below it first, so the reference read out is dropped once.
            unsafe {
                caller.stack.set_len(callee);
                if let Value::Obj(o) = &*caller.stack.as_ptr().add(callee) {
                    drop(std::ptr::read(o));
                }
            }
        } else {
            crate::frame::truncate_values(&mut caller.stack, callee);
        }
        let pushed = NonNull::from(&mut *frame);
        crate::frame::push_frame(frames, frame);
        self.maybe_collect();
        Some(pushed)
    }

    /// [`Vm::push_exact_frame`] out of line, for the calls other than `Call`'s (one copy
    /// of it inlined in the eval loop is enough).
    ///
    /// # Safety
    /// As for [`Vm::push_exact_frame`].
    #[inline(never)]
    pub(crate) unsafe fn push_exact_frame_outlined(
        &mut self,
        caller: NonNull<Frame>,
        callee: usize,
        args: usize,
    ) -> Option<NonNull<Frame>> {
        // SAFETY: this function's contract is `push_exact_frame`'s.
        unsafe { self.push_exact_frame(caller, callee, args) }
    }

    /// `ReturnValue` of a frame entered by a plain call (`Entry::Call`), `do_return`'s
    /// commonest case: the value moves to the caller's stack (straight from slot to slot),
    /// then the frame is recycled. Returns the caller, now on top, for the eval loop to carry
    /// on in. `None`, with nothing changed, when the frame is not one to return from so (or
    /// its stack is empty: `do_return` reports that).
    ///
    /// # Safety
    /// `done` must be the frame on top of `self.frames` (the eval loop has it at hand), and no
    /// other reference to it may be used while this runs (nor `done` after it returns: the
    /// frame goes back to the pool).
    #[inline(always)]
    pub(crate) unsafe fn return_to_caller(
        &mut self,
        done: NonNull<Frame>,
    ) -> Option<NonNull<Frame>> {
        // SAFETY: `done` is the boxed frame on top of `frames` (this function's contract),
        // not reached through `frames` while this reference is used (the slice pattern below
        // binds only the frame under it).
        let done = unsafe { &mut *done.as_ptr() };
        if !matches!(done.entry, Entry::Call) {
            return None;
        }
        let [.., caller, _] = &mut self.frames[..] else {
            return None;
        };
        if !done.move_top_to(caller) {
            return None;
        }
        let back = NonNull::from(&mut **caller);
        let done = self.frames.pop()?;
        self.recycle_frame(done);
        Some(back)
    }

    /// Pushes a frame for the plain Python function `func_obj` whose arguments are `first`
    /// (if any) then the caller's `stack[args..]`; the caller's stack is cut to `callee`
    /// (the callers may borrow `func_obj` from there: it is not used after the cut).
    /// `None`, with nothing changed, when the function is not plain or the count does not fit.
    #[inline]
    fn push_simple_frame(
        &mut self,
        func_obj: &PyObject,
        first: Option<Value>,
        callee: usize,
        args: usize,
        entry: Entry,
    ) -> Option<()> {
        let Payload::Function(f) = &func_obj.payload else {
            return None;
        };
        let code = &f.code;
        let Vm {
            frames, frame_pool, ..
        } = self;
        let caller = frames.last_mut()?;
        let n_first = usize::from(first.is_some());
        let nargs = caller.stack.len() - args + n_first;
        if !fits_simple(f, nargs) {
            return self.push_varargs_frame(func_obj, first, callee, args, entry);
        }
        let missing = code.arg_count as usize - nargs;
        let mut frame = pooled_frame(frame_pool, f);
        frame.pc = 0;
        frame.entry = entry;
        frame.stack.reserve(code.max_stack as usize);
        let slots = code.fast_slots as usize;
        let nlocals = code.nlocals as usize;
        // Pooled frames come back with empty vectors (`recycle_frame`).
        debug_assert!(frame.fast.is_empty());
        frame.fast.reserve(slots);
        let defaults = if missing > 0 {
            Some(f.defaults.borrow())
        } else {
            None
        };
        let default_items = defaults.as_deref().map(tuple_items).unwrap_or(&[]);
        let closure = f.closure.as_deref().unwrap_or(&[]);
        let n = nargs - n_first;
        // SAFETY: `fast` has room for `slots` values, and every one of them is written once
        // below before the length is set: `first`, the `n` arguments, the `missing` defaults
        // (`fits_simple` checked there are enough), Nulls up to `nlocals`, then the closure's
        // cells and Nulls up to `slots` (`simple_args`: no cells of its own, so `slots` is
        // `nlocals` plus the free variables, one per closure cell). The arguments move, word
        // by word (see `value::copy_value`), out of the caller's stack, which is cut below
        // them first, so each value keeps exactly one owner; the rest are new references.
        unsafe {
            let dst = frame.fast.as_mut_ptr();
            let mut k = 0;
            if let Some(first) = first {
                dst.write(first);
                k = 1;
            }
            let src = caller.stack.as_ptr().add(args);
            caller.stack.set_len(args);
            for i in 0..n {
                crate::value::copy_value(src.add(i), dst.add(k + i));
            }
            k += n;
            for d in &default_items[default_items.len() - missing..] {
                dst.add(k).write(d.clone());
                k += 1;
            }
            while k < nlocals {
                dst.add(k).write(Value::Null);
                k += 1;
            }
            for cell in closure.iter().take(slots - k) {
                dst.add(k).write(cell.clone());
                k += 1;
            }
            while k < slots {
                dst.add(k).write(Value::Null);
                k += 1;
            }
            frame.fast.set_len(slots);
        }
        drop(defaults);
        crate::frame::truncate_values(&mut caller.stack, callee);
        crate::frame::push_frame(frames, frame);
        self.maybe_collect();
        Some(())
    }

    /// [`Vm::push_simple_frame`] for a function whose only extra over a plain one is
    /// `*args` (`def __exit__(self, *exc)`): the arguments past the named parameters go into
    /// a tuple in the `*args` slot. `None`, with nothing changed, for any other function or
    /// when the named parameters without defaults are not all given.
    #[inline(never)]
    fn push_varargs_frame(
        &mut self,
        func_obj: &PyObject,
        first: Option<Value>,
        callee: usize,
        args: usize,
        entry: Entry,
    ) -> Option<()> {
        let Payload::Function(f) = &func_obj.payload else {
            return None;
        };
        let code = &f.code;
        if !code.simple_varargs {
            return None;
        }
        let argcount = code.arg_count as usize;
        let on_stack = self.frames.last()?.stack.len() - args;
        let nargs = on_stack + usize::from(first.is_some());
        let defaults = f.defaults.borrow();
        let default_items = tuple_items(&defaults);
        if nargs + default_items.len() < argcount {
            return None;
        }
        // The arguments past the named parameters, moved off the caller's stack into the
        // tuple (`first` too when there are no named parameters: `def f(*a)` as a method).
        let mut first = first;
        let named_on_stack = (argcount - usize::from(first.is_some()).min(argcount)).min(on_stack);
        let from = args + named_on_stack;
        let tuple = match first.take_if(|_| argcount == 0) {
            Some(v) => {
                let rest = self.frames.last_mut()?.stack.split_off(from);
                self.new_tuple_obj(std::iter::once(v).chain(rest).collect())
            }
            None => self.varargs_tuple_from_stack(from)?,
        };
        let tuple = Value::Obj(tuple);
        let Vm {
            frames, frame_pool, ..
        } = self;
        let caller = frames.last_mut()?;
        let mut frame = pooled_frame(frame_pool, f);
        frame.pc = 0;
        frame.entry = entry;
        frame.stack.reserve(code.max_stack as usize);
        let slots = code.fast_slots as usize;
        // Pooled frames come back with empty vectors (`recycle_frame`).
        frame.fast.reserve(slots);
        if let Some(first) = first {
            frame.fast.push(first);
        }
        let n = caller.stack.len() - args;
        // SAFETY: `fast` has room for `slots` values, at least the named parameters and the
        // tuple; the `n` named arguments move into it word by word (see
        // `value::copy_value`) out of the caller's stack, which is cut below them first, so
        // each value keeps exactly one owner (as in `push_simple_frame`).
        unsafe {
            let src = caller.stack.as_ptr().add(args);
            caller.stack.set_len(args);
            let len = frame.fast.len();
            let dst = frame.fast.as_mut_ptr().add(len);
            for i in 0..n {
                crate::value::copy_value(src.add(i), dst.add(i));
            }
            frame.fast.set_len(len + n);
        }
        let given = frame.fast.len();
        if given < argcount {
            let missing = argcount - given;
            frame
                .fast
                .extend_from_slice(&default_items[default_items.len() - missing..]);
        }
        drop(defaults);
        frame.fast.push(tuple);
        frame.fast.resize(code.nlocals as usize, Value::Null);
        if let Some(closure) = &f.closure {
            frame
                .fast
                .extend(closure.iter().take(slots - code.nlocals as usize).cloned());
        }
        frame.fast.resize(slots, Value::Null);
        // Last: `func_obj` may be borrowed from the caller's stack (see `push_simple_frame`).
        crate::frame::truncate_values(&mut caller.stack, callee);
        crate::frame::push_frame(frames, frame);
        self.maybe_collect();
        Some(())
    }
}

/// A pooled frame set up for `f`'s code and namespaces (those of another function's frame).
#[inline(never)]
fn reset_namespaces(frame: &mut Frame, f: &Function) {
    if !Rc::ptr_eq(&frame.code, &f.code) {
        frame.code = f.code.clone();
    }
    if !Rc::ptr_eq(&frame.globals, &f.globals) {
        frame.globals = f.globals.clone();
    }
    if !Rc::ptr_eq(&frame.builtins, &f.builtins) {
        frame.builtins = f.builtins.clone();
    }
}

/// A frame for `f` from the pool (or a new one), its code and namespaces set to `f`'s. A
/// recursive call often gets back the frame its function just left: the same code and
/// namespaces, nothing to swap.
// (The pool holds boxed frames as `Vm::frames` does: the eval loop keeps a pointer to the frame
// it runs, which must not move when the vector grows.)
#[allow(clippy::vec_box)]
#[inline(always)]
fn pooled_frame(frame_pool: &mut Vec<Box<Frame>>, f: &Function) -> Box<Frame> {
    match frame_pool.pop() {
        Some(mut frame) => {
            if !(Rc::ptr_eq(&frame.code, &f.code)
                && Rc::ptr_eq(&frame.globals, &f.globals)
                && Rc::ptr_eq(&frame.builtins, &f.builtins))
            {
                reset_namespaces(&mut frame, f);
            }
            frame
        }
        None => fresh_frame(f),
    }
}

/// Grows a pooled frame's (empty) vectors to `slots` locals and `max_stack` values.
#[cold]
#[inline(never)]
fn reserve_slots(frame: &mut Frame, slots: usize, max_stack: usize) {
    frame.fast.reserve(slots);
    frame.stack.reserve(max_stack);
}

/// A new frame for `f` (the pool is empty).
#[cold]
#[inline(never)]
fn fresh_frame(f: &Function) -> Box<Frame> {
    Box::new(Frame {
        code: f.code.clone(),
        pc: 0,
        stack: Vec::new(),
        fast: Vec::new(),
        globals: f.globals.clone(),
        builtins: f.builtins.clone(),
        locals: Value::Null,
        entry: Entry::Call,
        kwnames: None,
    })
}

/// True when `f` is plain (`Code::simple_args`) and `nargs` positional arguments, with its
/// defaults, fill its parameters exactly.
#[inline]
fn fits_simple(f: &Function, nargs: usize) -> bool {
    let argcount = f.code.arg_count as usize;
    f.code.simple_args
        && nargs <= argcount
        && (nargs == argcount || tuple_items(&f.defaults.borrow()).len() >= argcount - nargs)
}
