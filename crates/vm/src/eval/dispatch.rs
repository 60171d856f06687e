//! One instruction at a time: the semantics of every opcode (documented on
//! `pyasync_bytecode::Instruction`).

use pyasync_bytecode::instruction::{format_value, make_function};
use pyasync_bytecode::{BinaryOperator, Instruction};

use super::Flow;
use crate::builtins::functions::{take_args, Args};
use crate::code::GlobalCache;
use crate::frame::Frame;
use crate::object::{ObjRef, Payload};
use crate::objects::tuple::tuple_items;
use crate::ops::attr_cache::{cached_load, cached_store};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

macro_rules! frame {
    ($vm:expr) => {
        match $vm.frames.last_mut() {
            Some(f) => f,
            None => return Err($vm.system_error("no frame to run")),
        }
    };
}

impl Vm {
    #[inline]
    pub(crate) fn top_frame(&mut self) -> PyResult<&mut Frame> {
        if self.frames.is_empty() {
            return Err(self.system_error("no frame to run"));
        }
        let last = self.frames.len() - 1;
        Ok(&mut self.frames[last])
    }

    /// Executes `instr`, the instruction of the frame on top just before its `pc` (which
    /// already points past it). Inlined into the hot loop (`hot.rs`), its only caller, so the
    /// `Flow` it returns never goes through memory.
    #[inline(always)]
    pub(super) fn exec(&mut self, instr: Instruction) -> PyResult<Flow> {
        let frame = frame!(self);
        use Instruction as I;
        match instr {
            I::Nop => {}
            I::PopTop => {
                frame.pop();
                self.run_pending();
            }
            I::Copy(n) => {
                let v = frame.peek(n as usize).clone();
                frame.push(v);
            }
            I::Swap(n) => {
                let len = frame.stack.len();
                let n = n as usize;
                if n <= len && n >= 1 {
                    frame.stack.swap(len - 1, len - n);
                }
            }
            I::PushNull => frame.push(Value::Null),
            I::LoadConst(i) => {
                let v = frame.code.consts[i as usize].clone();
                frame.push(v);
            }
            I::LoadFast(i) => {
                let v = frame.fast[i as usize].clone();
                if v.is_null() {
                    let name = frame.code.obj.varnames[i as usize].clone();
                    return Err(self.unbound_local(&name));
                }
                frame.push(v);
            }
            I::StoreFast(i) => {
                let v = frame.pop();
                let old = frame.set_fast(i as usize, v);
                drop(old);
                self.run_pending();
            }
            I::DeleteFast(i) => {
                let old = std::mem::take(&mut frame.fast[i as usize]);
                if old.is_null() {
                    let name = frame.code.obj.varnames[i as usize].clone();
                    return Err(self.unbound_local(&name));
                }
                drop(old);
                self.run_pending();
            }
            I::LoadDeref(i) => {
                let v = cell_contents(&frame.fast[i as usize]);
                if v.is_null() {
                    let err = self.unbound_deref(i);
                    return Err(err);
                }
                frame.push(v);
            }
            I::StoreDeref(i) => {
                let v = frame.pop();
                set_cell(&frame.fast[i as usize], v);
                self.run_pending();
            }
            I::DeleteDeref(i) => {
                let cell = frame.fast[i as usize].clone();
                if cell_contents(&cell).is_null() {
                    return Err(self.unbound_deref(i));
                }
                set_cell(&cell, Value::Null);
                self.run_pending();
            }
            I::LoadClassDeref(i) => {
                let slot = i as usize;
                let name = frame.code.obj.slot_name(slot).to_string();
                let locals = frame.locals.clone();
                let cell = frame.fast[slot].clone();
                let key = self.intern(&name);
                if let Some(v) = self.mapping_lookup(&locals, &key)? {
                    self.top_frame()?.push(v);
                } else {
                    let v = cell_contents(&cell);
                    if v.is_null() {
                        return Err(self.unbound_deref(i));
                    }
                    self.top_frame()?.push(v);
                }
            }
            I::LoadClosure(i) => {
                let cell = frame.fast[i as usize].clone();
                frame.push(cell);
            }
            I::LoadGlobal(i) => {
                if !push_cached_global(frame, i as usize) {
                    let v = self.load_global(i as usize)?;
                    self.top_frame()?.push(v);
                }
            }
            I::StoreGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                let v = frame.pop();
                let globals = frame.globals.clone();
                self.dict_set_str(&globals, &name, v)?;
                self.run_pending();
            }
            I::DeleteGlobal(i) => {
                let name = frame.code.names[i as usize].clone();
                let globals = frame.globals.clone();
                if !self.dict_del_str(&globals, &name)? {
                    return Err(self.name_error(name.str_text()));
                }
                self.run_pending();
            }
            I::LoadName(i) => {
                let name = frame.code.names[i as usize].clone();
                let locals = frame.locals.clone();
                let v = match self.mapping_lookup(&locals, &name)? {
                    Some(v) => v,
                    None => self.load_global_name(&name)?,
                };
                self.top_frame()?.push(v);
            }
            I::StoreName(i) => {
                let name = frame.code.names[i as usize].clone();
                let v = frame.pop();
                let locals = frame.locals.clone();
                self.mapping_store(&locals, &name, v)?;
                self.run_pending();
            }
            I::DeleteName(i) => {
                let name = frame.code.names[i as usize].clone();
                let locals = frame.locals.clone();
                if !self.mapping_delete(&locals, &name)? {
                    return Err(self.name_error(name.str_text()));
                }
                self.run_pending();
            }
            I::LoadAttr(i) => {
                let i = i as usize;
                let obj = frame.pop();
                let code = &frame.code;
                if !cached_load(&code.attr_cache[i], &obj, &code.names[i], &mut frame.stack) {
                    let code = code.clone();
                    if let Some(v) = self.load_attr_miss(&code, i, &obj)? {
                        self.top_frame()?.push(v);
                    }
                }
            }
            I::StoreAttr(i) => {
                let i = i as usize;
                let obj = frame.pop();
                let v = frame.pop();
                let code = &frame.code;
                if let Err(v) = cached_store(&code.attr_cache[i], &obj, &code.names[i], v, &self.gc)
                {
                    let code = code.clone();
                    self.store_attr_miss(&code, i, &obj, v)?;
                }
                self.run_pending();
            }
            I::DeleteAttr(i) => {
                let name = frame.code.names[i as usize].clone();
                let obj = frame.pop();
                self.delattr(&obj, &name)?;
                self.run_pending();
            }
            I::LoadMethod(i) => {
                let code = frame.code.clone();
                let obj = frame.pop();
                self.load_method_cached(&code, i as usize, obj)?;
            }
            I::BinarySubscr => {
                let key = frame.pop();
                let container = frame.pop();
                let v = self.getitem(&container, &key)?;
                self.top_frame()?.push(v);
            }
            I::StoreSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                let v = frame.pop();
                self.setitem(&container, key, v)?;
                self.run_pending();
            }
            I::DeleteSubscr => {
                let key = frame.pop();
                let container = frame.pop();
                self.delitem(&container, &key)?;
                self.run_pending();
            }
            I::BuildSlice(n) => {
                let step = if n == 3 { frame.pop() } else { Value::None };
                let stop = frame.pop();
                let start = frame.pop();
                let s = self.new_slice(start, stop, step);
                self.top_frame()?.push(s);
            }
            I::UnaryNegative => {
                let a = frame.pop();
                let v = self.neg(&a)?;
                self.top_frame()?.push(v);
            }
            I::UnaryPositive => {
                let a = frame.pop();
                let v = self.pos(&a)?;
                self.top_frame()?.push(v);
            }
            I::UnaryNot => {
                let a = frame.pop();
                let b = match a {
                    Value::Bool(b) => b,
                    _ => self.is_true(&a)?,
                };
                self.top_frame()?.push(Value::Bool(!b));
            }
            I::UnaryInvert => {
                let a = frame.pop();
                let v = self.invert(&a)?;
                self.top_frame()?.push(v);
            }
            I::BinaryOp(op) => {
                if matches!(op, BinaryOperator::Add | BinaryOperator::InplaceAdd)
                    && self.concat_str_in_place()
                {
                    return Ok(Flow::Next);
                }
                let frame = frame!(self);
                let b = frame.pop();
                let a = frame.pop();
                // Ints and floats were tried by the hot loop (`hot.rs`).
                let v = self.binary_op(a, b, op)?;
                self.top_frame()?.push(v);
            }
            I::CompareOp(op) => {
                let b = frame.pop();
                let a = frame.pop();
                let v = match (&a, &b) {
                    (Value::Int(x), Value::Int(y)) => Value::Bool(int_compare(*x, *y, op)),
                    _ => self.rich_compare(a, b, op)?,
                };
                self.top_frame()?.push(v);
            }
            I::IsOp(invert) => {
                let b = frame.pop();
                let a = frame.pop();
                frame.push(Value::Bool(a.is(&b) != invert));
            }
            I::ContainsOp(invert) => {
                let container = frame.pop();
                let item = frame.pop();
                let found = self.contains(&container, &item)?;
                self.top_frame()?.push(Value::Bool(found != invert));
            }
            I::BuildTuple(n) => {
                let items = pop_n(frame, n as usize);
                let t = self.new_tuple(items);
                self.top_frame()?.push(t);
            }
            I::BuildList(n) => {
                let items = pop_n(frame, n as usize);
                let l = self.new_list(items);
                self.top_frame()?.push(l);
            }
            I::BuildSet(n) => {
                let items = pop_n(frame, n as usize);
                let s = self.new_set_from(items)?;
                self.top_frame()?.push(s);
            }
            I::BuildMap(n) => {
                let items = pop_n(frame, 2 * n as usize);
                let d = self.new_dict_obj(Default::default());
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    self.dict_set(&d, k, v)?;
                }
                self.top_frame()?.push(Value::Obj(d));
            }
            I::BuildConstKeyMap(n) => {
                let keys = frame.pop();
                let values = pop_n(frame, n as usize);
                let d = self.new_dict_obj(Default::default());
                for (k, v) in tuple_items(&keys).iter().zip(values) {
                    self.dict_set(&d, k.clone(), v)?;
                }
                self.top_frame()?.push(Value::Obj(d));
            }
            I::BuildString(n) => {
                let start = frame.stack.len().saturating_sub(n as usize);
                let v = crate::format::build_string(&self.types.str, &frame.stack[start..]);
                frame.stack.truncate(start);
                frame.push(v);
            }
            I::ListAppend(i) => {
                let v = frame.pop();
                let list = frame.peek(i as usize).clone();
                if let Some(Payload::List(l)) = list.payload() {
                    l.borrow_mut().push(v);
                }
            }
            I::SetAdd(i) => {
                let v = frame.pop();
                let set = frame.peek(i as usize).clone();
                self.set_add(&set, v)?;
            }
            I::MapAdd(i) => {
                let v = frame.pop();
                let k = frame.pop();
                let d = frame.peek(i as usize).clone();
                if let Value::Obj(d) = d {
                    self.dict_set(&d, k, v)?;
                }
            }
            I::ListExtend(i) => {
                let iterable = frame.pop();
                let list = frame.peek(i as usize).clone();
                self.list_extend_for_display(&list, &iterable)?;
            }
            I::SetUpdate(i) => {
                let iterable = frame.pop();
                let set = frame.peek(i as usize).clone();
                self.set_update(&set, &iterable)?;
            }
            I::DictUpdate(i) => {
                let mapping = frame.pop();
                let d = frame.peek(i as usize).clone();
                self.dict_update_for_display(&d, &mapping)?;
            }
            I::DictMerge(i) => {
                let mapping = frame.pop();
                let d = frame.peek(i as usize).clone();
                let callable = frame.peek(i as usize + 2).clone();
                self.dict_merge_for_call(&d, &mapping, &callable)?;
            }
            I::ListToTuple => {
                let list = frame.pop();
                let items = match list.payload() {
                    Some(Payload::List(l)) => l.borrow().clone(),
                    _ => Vec::new(),
                };
                let t = self.new_tuple(items);
                self.top_frame()?.push(t);
            }
            I::UnpackSequence(n) => {
                if crate::ops::iter::unpack_tuple_in_place(&self.types.tuple, frame, n as usize) {
                    return Ok(Flow::Next);
                }
                let seq = frame.pop();
                let items = self.unpack_exact(&seq, n as usize)?;
                let frame = self.top_frame()?;
                frame.stack.extend(items.into_iter().rev());
            }
            I::UnpackEx { before, after } => {
                let seq = frame.pop();
                let items = self.unpack_ex(&seq, before as usize, after as usize)?;
                let frame = self.top_frame()?;
                frame.stack.extend(items.into_iter().rev());
            }
            I::FormatValue(flags) => {
                if flags & !format_value::IN_BUILD == 0 {
                    let in_build = flags != 0;
                    if let Some(top) = frame.stack.last_mut() {
                        if crate::format::format_plain_in_place(&self.types.str, top, in_build) {
                            return Ok(Flow::Next);
                        }
                    }
                }
                let spec = if flags & format_value::HAS_SPEC != 0 {
                    Some(frame.pop())
                } else {
                    None
                };
                let v = frame.pop();
                let v = match flags & format_value::CONVERSION_MASK {
                    format_value::CONVERT_STR => Value::Obj(self.str(&v)?),
                    format_value::CONVERT_REPR => Value::Obj(self.repr(&v)?),
                    format_value::CONVERT_ASCII => self.ascii(&v)?,
                    _ => v,
                };
                let spec = spec
                    .as_ref()
                    .and_then(|s| s.as_str())
                    .unwrap_or("")
                    .to_string();
                let out = if spec.is_empty() && v.as_str().is_some() && self.is_exact_str(&v) {
                    v
                } else {
                    self.format(&v, &spec)?
                };
                self.top_frame()?.push(out);
            }
            I::Jump(t) => {
                if t < frame.pc {
                    // A backward jump is a loop: a safe point for the collector and Ctrl-C.
                    self.maybe_collect();
                    self.check_interrupt()?;
                }
                self.top_frame()?.pc = t;
            }
            I::PopJumpIfFalse(t) => {
                let v = frame.pop();
                let truth = match v {
                    Value::Bool(b) => b,
                    _ => self.is_true(&v)?,
                };
                if !truth {
                    self.top_frame()?.pc = t;
                }
            }
            I::PopJumpIfTrue(t) => {
                let v = frame.pop();
                let truth = match v {
                    Value::Bool(b) => b,
                    _ => self.is_true(&v)?,
                };
                if truth {
                    self.top_frame()?.pc = t;
                }
            }
            I::PopJumpIfNone(t) => {
                if frame.pop().is_none() {
                    frame.pc = t;
                }
            }
            I::PopJumpIfNotNone(t) => {
                if !frame.pop().is_none() {
                    frame.pc = t;
                }
            }
            I::JumpIfFalseOrPop(t) => {
                let v = frame.top().clone();
                let truth = match v {
                    Value::Bool(b) => b,
                    _ => self.is_true(&v)?,
                };
                let frame = self.top_frame()?;
                if truth {
                    frame.pop();
                } else {
                    frame.pc = t;
                }
            }
            I::JumpIfTrueOrPop(t) => {
                let v = frame.top().clone();
                let truth = match v {
                    Value::Bool(b) => b,
                    _ => self.is_true(&v)?,
                };
                let frame = self.top_frame()?;
                if truth {
                    frame.pc = t;
                } else {
                    frame.pop();
                }
            }
            I::GetIter => {
                let v = frame.pop();
                let it = self.get_iter(&v)?;
                self.top_frame()?.push(it);
            }
            I::ForIter(target) => {
                if let Some(flow) = self.for_iter_dict(target) {
                    return flow;
                }
                return self.for_iter(target);
            }
            I::ReturnValue => {
                let v = frame.pop();
                return self.do_return(v);
            }
            I::KwNames(i) => {
                let names = frame.code.consts[i as usize].clone();
                frame.kwnames = names.as_obj().cloned();
            }
            I::Call(n) => {
                // The hot loop (`hot.rs`) tried the plain-call fast paths.
                if frame.kwnames.is_none() {
                    let args = frame.stack.len() - n as usize;
                    if let Some(result) = self.call_builtin_class(args - 1, args) {
                        return result;
                    }
                }
                let frame = frame!(self);
                let kwnames = frame.kwnames.take();
                let start = frame.stack.len() - n as usize;
                let args = take_args(&mut frame.stack, start);
                let callable = frame.pop();
                return self.call_from_loop(callable, Args::with_kwnames(args, kwnames));
            }
            I::CallMethod(n) => {
                // The hot loop (`hot.rs`) tried the fast paths.
                let kwnames = frame.kwnames.take();
                let start = frame.stack.len() - n as usize;
                // [callable, self or Null, args...]: with a self, it is the first argument.
                let args = if frame.stack[start - 1].is_null() {
                    let args = take_args(&mut frame.stack, start);
                    frame.stack.pop();
                    args
                } else {
                    take_args(&mut frame.stack, start - 1)
                };
                let callable = frame.pop();
                return self.call_from_loop(callable, Args::with_kwnames(args, kwnames));
            }
            I::CallFunctionEx(has_kw) => {
                let kwargs = if has_kw { Some(frame.pop()) } else { None };
                let mut posargs = frame.pop();
                let callable = frame.pop();
                if !matches!(posargs.payload(), Some(Payload::Tuple(_))) {
                    posargs = self.star_args_tuple(&callable, &posargs)?;
                }
                let args = self.args_from_ex(&posargs, kwargs.as_ref())?;
                return self.call_from_loop(callable, args);
            }
            I::MakeFunction(flags) => {
                let code = frame.pop();
                let closure = if flags & make_function::CLOSURE != 0 {
                    Some(frame.pop())
                } else {
                    None
                };
                let annotations = if flags & make_function::ANNOTATIONS != 0 {
                    frame.pop()
                } else {
                    Value::None
                };
                let kwdefaults = if flags & make_function::KW_DEFAULTS != 0 {
                    frame.pop()
                } else {
                    Value::None
                };
                let defaults = if flags & make_function::DEFAULTS != 0 {
                    frame.pop()
                } else {
                    Value::None
                };
                let globals = frame.globals.clone();
                let builtins = frame.builtins.clone();
                let f = self.make_function(
                    code,
                    globals,
                    builtins,
                    defaults,
                    kwdefaults,
                    annotations,
                    closure,
                )?;
                self.top_frame()?.push(f);
            }
            I::LoadBuildClass => {
                let v = self.load_builtin("__build_class__")?;
                self.top_frame()?.push(v);
            }
            I::RaiseVarargs(0) => {
                // A bare `raise` re-raises with the traceback as it is: no new entry for this
                // frame (ceval.c jumps to exception_unwind, past PyTraceBack_Here).
                let err = self.make_raise(None, None)?;
                return Ok(Flow::Reraise(err));
            }
            I::RaiseVarargs(n) => {
                let cause = if n == 2 { Some(frame.pop()) } else { None };
                let exc = if n >= 1 { Some(frame.pop()) } else { None };
                return Err(self.make_raise(exc, cause)?);
            }
            I::Reraise(_) => {
                // CPython restores the frame's `lasti` from the stack (operand > 0) only for
                // `f_lineno`; the handler search starts from this instruction, and the
                // traceback already holds the frame's entry, so there is nothing to restore.
                let exc = frame.pop();
                let err = self.exception_from_value(exc)?;
                return Ok(Flow::Reraise(err));
            }
            I::PushExcInfo => {
                let exc = frame.pop();
                let prev = std::mem::replace(
                    self.exc_stack.last_mut().unwrap_or(&mut Value::None),
                    exc.clone(),
                );
                let frame = self.top_frame()?;
                frame.push(prev);
                frame.push(exc);
            }
            I::PopExcept => {
                let prev = frame.pop();
                if let Some(top) = self.exc_stack.last_mut() {
                    *top = prev;
                }
                self.run_pending();
            }
            I::CheckExcMatch => {
                let class = frame.pop();
                let exc = frame.top().clone();
                let m = self.exception_matches(&exc, &class)?;
                self.top_frame()?.push(Value::Bool(m));
            }
            I::CheckEgMatch => {
                let class = frame.pop();
                let exc = frame.pop();
                let (rest, matched) = self.exception_group_match(&exc, &class)?;
                // The handler body sees its match as the exception being handled.
                if !matched.is_none() {
                    if let Some(top) = self.exc_stack.last_mut() {
                        *top = matched.clone();
                    }
                }
                let frame = self.top_frame()?;
                frame.push(rest);
                frame.push(matched);
            }
            I::PrepReraiseStar => {
                let raised = frame.pop();
                let orig = frame.pop();
                let v = self.prep_reraise_star(&orig, &raised)?;
                self.top_frame()?.push(v);
            }
            I::LoadAssertionError => {
                let v = Value::Obj(self.exc.assertion_error.clone());
                frame.push(v);
            }
            I::BeforeWith => {
                let mgr = frame.pop();
                let (exit, exit_self, enter) = self.before_with(&mgr)?;
                let frame = self.top_frame()?;
                frame.push(exit);
                frame.push(exit_self);
                // A plain Python `__enter__` runs as a pushed frame whose result lands where
                // the entered value goes; anything else is bound to `mgr` by its `__get__`
                // (a staticmethod gets no `mgr`, as CPython's special-method lookup) and
                // called from here.
                if matches!(enter.payload(), Some(Payload::Function(_))) {
                    frame.push(enter);
                    frame.push(mgr);
                    let len = frame.stack.len();
                    if self.call_simple(len - 2, len - 1).is_some() {
                        return Ok(Flow::Next);
                    }
                    if self.frame_depth_exceeded() {
                        return Err(self.special_call_recursion_error());
                    }
                    let frame = frame!(self);
                    let mgr = frame.pop();
                    let enter = frame.pop();
                    return self.call_from_loop(enter, Args::new([mgr]));
                }
                if self.frames.len() + self.native_depth >= self.recursion_limit {
                    return Err(self.special_call_recursion_error());
                }
                let class = self.class_of(&mgr).clone();
                let enter = self.descr_get(&enter, &mgr, &class)?;
                return self.call_from_loop(enter, Args::new([]));
            }
            I::BeforeAsyncWith => {
                let mgr = frame.pop();
                let (exit, exit_self, entered) = self.before_async_with(&mgr)?;
                let frame = self.top_frame()?;
                frame.push(exit);
                frame.push(exit_self);
                frame.push(entered);
            }
            I::WithExceptStart => {
                // `__exit__(type, exc, tb)` (with its `self` when it has one) runs as a pushed
                // frame when it is a Python function; its result lands on top of the stack.
                let exc = frame.peek(1).clone();
                let exit_self = frame.peek(4).clone();
                let exit = frame.peek(5).clone();
                let (typ, tb) = self.exit_args(&exc);
                if self.frames.len() + self.native_depth >= self.recursion_limit {
                    return Err(self.special_call_recursion_error());
                }
                let frame = self.top_frame()?;
                let callee = frame.stack.len();
                frame.push(exit);
                if !exit_self.is_null() {
                    frame.push(exit_self);
                }
                frame.push(typ);
                frame.push(exc);
                frame.push(tb);
                if self.call_simple(callee, callee + 1).is_some() {
                    return Ok(Flow::Next);
                }
                let frame = frame!(self);
                let args = take_args(&mut frame.stack, callee + 1);
                let exit = frame.pop();
                return self.call_from_loop(exit, Args::with_kwnames(args, None));
            }
            I::YieldValue(_) => {
                let v = frame.pop();
                return self.do_yield(v);
            }
            I::GetYieldFromIter => {
                let v = frame.pop();
                let it = self.get_yield_from_iter(v)?;
                self.top_frame()?.push(it);
            }
            I::GetAwaitable(place) => {
                let v = frame.pop();
                let aw = self.get_awaitable(v, place)?;
                self.top_frame()?.push(aw);
            }
            I::Send(target) => return self.send_instr(target),
            I::GetAiter => {
                let v = frame.pop();
                let it = self.get_aiter(&v)?;
                self.top_frame()?.push(it);
            }
            I::GetAnext => {
                let aiter = frame.top().clone();
                let aw = self.get_anext(&aiter)?;
                self.top_frame()?.push(aw);
            }
            I::EndAsyncFor => {
                let exc = frame.pop();
                let _aiter = frame.pop();
                if !self.value_is_instance(&exc, &self.exc.stop_async_iteration.clone()) {
                    let err = self.exception_from_value(exc)?;
                    return Ok(Flow::Reraise(err));
                }
                // The StopAsyncIteration was being handled: restore what was before.
            }
            I::AsyncGenWrap => {
                let v = frame.pop();
                let w = self.wrap_async_gen_value(v);
                self.top_frame()?.push(w);
            }
            I::ImportName(i) => {
                let name = frame.code.names[i as usize].clone();
                let fromlist = frame.pop();
                let level = frame.pop();
                let globals = frame.globals.clone();
                let m = self.import_name(&name, &globals, &fromlist, &level)?;
                self.top_frame()?.push(m);
            }
            I::ImportFrom(i) => {
                let name = frame.code.names[i as usize].clone();
                let module = frame.top().clone();
                let v = self.import_from(&module, &name)?;
                self.top_frame()?.push(v);
            }
            I::ImportStar => {
                let module = frame.pop();
                let locals = frame.locals.clone();
                self.import_star(&module, &locals)?;
            }
            I::SetupAnnotations => {
                let locals = frame.locals.clone();
                let key = self.intern("__annotations__");
                if self.mapping_lookup(&locals, &key)?.is_none() {
                    let d = self.new_dict();
                    self.mapping_store(&locals, &key, d)?;
                }
            }
            I::PrintExpr => {
                let v = frame.pop();
                self.print_expr(v)?;
            }
            I::GetLen => {
                let subject = frame.top().clone();
                let n = self.len(&subject)?;
                self.top_frame()?.push(Value::Int(n as i64));
            }
            I::MatchMapping => {
                let subject = frame.top().clone();
                let is_mapping = self.match_is_mapping(&subject);
                self.top_frame()?.push(Value::Bool(is_mapping));
            }
            I::MatchSequence => {
                let subject = frame.top().clone();
                let is_sequence = self.match_is_sequence(&subject);
                self.top_frame()?.push(Value::Bool(is_sequence));
            }
            I::MatchKeys => {
                let keys = frame.top().clone();
                let subject = frame.peek(2).clone();
                let values = self.match_keys(&subject, &keys)?;
                self.top_frame()?.push(values);
            }
            I::MatchClass(nargs) => {
                let kw_names = frame.pop();
                let cls = frame.pop();
                let subject = frame.pop();
                let attrs = self.match_class(&subject, &cls, nargs as usize, &kw_names)?;
                self.top_frame()?.push(attrs);
            }
            I::CopyDictWithoutKeys => {
                let keys = frame.pop();
                let subject = frame.pop();
                let rest = self.match_rest(&subject, &keys)?;
                self.top_frame()?.push(rest);
            }
        }
        Ok(Flow::Next)
    }

    fn unbound_local(&self, name: &str) -> PyErr {
        let err = self.new_error(
            &self.exc.unbound_local_error,
            format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        );
        self.set_attr_raw(&err.0, "name", self.new_str(name));
        err
    }

    fn unbound_deref(&mut self, slot: u32) -> PyErr {
        let Some(frame) = self.frames.last() else {
            return self.system_error("no frame");
        };
        let code = &frame.code.obj;
        let name = code.slot_name(slot as usize).to_string();
        if (slot as usize) < code.varnames.len() + code.cellvars.len() {
            self.unbound_local(&name)
        } else {
            self.new_error(
                &self.exc.name_error,
                format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
            )
        }
    }

    pub(crate) fn load_builtin(&mut self, name: &str) -> PyResult<Value> {
        let key = self.intern(name);
        let builtins = match self.frames.last() {
            Some(f) => f.builtins.clone(),
            None => self.builtins.clone(),
        };
        match self.dict_get_str(&builtins, &key) {
            Some(v) => Ok(v),
            None => Err(self.name_error(name)),
        }
    }

    /// A global or builtin by name (for `LoadName`, after the locals).
    fn load_global_name(&mut self, name: &ObjRef) -> PyResult<Value> {
        let frame = self.top_frame()?;
        let globals = frame.globals.clone();
        let builtins = frame.builtins.clone();
        if let Some(v) = self.dict_get_str(&globals, name) {
            return Ok(v);
        }
        if let Some(v) = self.dict_get_str(&builtins, name) {
            return Ok(v);
        }
        Err(self.name_error(name.str_text()))
    }

    /// `LoadGlobal` of `names[i]` without a valid cache entry: looks the name up in the
    /// globals, then the builtins, and records where it was found.
    fn load_global(&mut self, i: usize) -> PyResult<Value> {
        let frame = self.top_frame()?;
        let name = frame.code.names[i].clone();
        let (hash, text) = match &name.payload {
            Payload::Str(s) => (s.hash(), s.as_str()),
            _ => return Err(self.system_error("a global name that is not a str")),
        };
        let (Payload::Dict(globals), Payload::Dict(builtins)) =
            (&frame.globals.payload, &frame.builtins.payload)
        else {
            return Err(self.name_error(text));
        };
        let cache = &frame.code.global_cache[i];
        let globals = globals.borrow();
        if let Some(index) = globals.index_of_str(hash, text) {
            cache.set(GlobalCache {
                globals_version: globals.version(),
                builtins_version: 0,
                index: index as u32,
                in_builtins: false,
            });
            return Ok(globals.value_at(index).cloned().unwrap_or_default());
        }
        let builtins = builtins.borrow();
        if let Some(index) = builtins.index_of_str(hash, text) {
            cache.set(GlobalCache {
                globals_version: globals.version(),
                builtins_version: builtins.version(),
                index: index as u32,
                in_builtins: true,
            });
            return Ok(builtins.value_at(index).cloned().unwrap_or_default());
        }
        drop((globals, builtins));
        Err(self.name_error(text))
    }
}

/// `LoadGlobal` of `names[i]` through the frame's cache entry, if it is still valid: pushes
/// the value (straight from the dict into the stack slot) and returns true.
#[inline(always)]
pub(super) fn push_cached_global(frame: &mut Frame, i: usize) -> bool {
    let Frame {
        code,
        globals,
        builtins,
        stack,
        ..
    } = frame;
    let Some(entry) = code.global_cache.get(i) else {
        return false;
    };
    let entry = entry.get();
    let Payload::Dict(globals) = &globals.payload else {
        return false;
    };
    let Ok(globals) = globals.try_borrow() else {
        return false;
    };
    if globals.version() != entry.globals_version {
        return false;
    }
    let found = if !entry.in_builtins {
        globals.value_at(entry.index as usize)
    } else {
        let Payload::Dict(builtins) = &builtins.payload else {
            return false;
        };
        let Ok(builtins) = builtins.try_borrow() else {
            return false;
        };
        if builtins.version() != entry.builtins_version {
            return false;
        }
        match builtins.value_at(entry.index as usize) {
            Some(v) => {
                crate::frame::push_ref_onto(stack, v);
                return true;
            }
            None => return false,
        }
    };
    match found {
        Some(v) => {
            crate::frame::push_ref_onto(stack, v);
            true
        }
        None => false,
    }
}

fn pop_n(frame: &mut Frame, n: usize) -> Vec<Value> {
    let start = frame.stack.len().saturating_sub(n);
    frame.stack.drain(start..).collect()
}

/// The contents of a cell object (Null if empty or not a cell).
fn cell_contents(cell: &Value) -> Value {
    match cell.payload() {
        Some(Payload::Cell(c)) => c.borrow().clone(),
        _ => Value::Null,
    }
}

fn set_cell(cell: &Value, v: Value) {
    if let Some(Payload::Cell(c)) = cell.payload() {
        let old = std::mem::replace(&mut *c.borrow_mut(), v);
        drop(old);
    }
}

#[inline]
pub(super) fn int_compare(a: i64, b: i64, op: pyasync_bytecode::ComparisonOperator) -> bool {
    use pyasync_bytecode::ComparisonOperator as C;
    match op {
        C::Less => a < b,
        C::LessEqual => a <= b,
        C::Equal => a == b,
        C::NotEqual => a != b,
        C::Greater => a > b,
        C::GreaterEqual => a >= b,
    }
}
