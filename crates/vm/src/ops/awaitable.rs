//! What `await`, `yield from`, `async for` and `async with` accept, with CPython's error
//! messages (`_PyCoro_GetAwaitableIter`, `GET_AITER`, `GET_ANEXT`, `GET_YIELD_FROM_ITER`).

use std::cell::RefCell;
use std::rc::Rc;

use pyasync_bytecode::code::flags;
use pyasync_bytecode::AwaitableWhere;

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::generator::GenKind;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// True for a coroutine, or a generator marked as an iterable coroutine.
    fn is_awaitable_generator(&self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Generator(g)) => {
                g.kind == GenKind::Coroutine
                    || (g.kind == GenKind::Generator
                        && g.code.obj.flags & flags::ITERABLE_COROUTINE != 0)
            }
            _ => false,
        }
    }

    /// The iterator `await v` delegates to.
    pub(crate) fn get_awaitable(&mut self, v: Value, place: AwaitableWhere) -> PyResult<Value> {
        if self.is_awaitable_generator(&v) {
            if let Some(Payload::Generator(g)) = v.payload() {
                if g.kind == GenKind::Coroutine {
                    if let Some(o) = v.as_obj() {
                        if !crate::eval::resume::delegate_of(o).is_none() {
                            return Err(self.runtime_error("coroutine is being awaited already"));
                        }
                    }
                }
            }
            return Ok(v);
        }
        let class = self.class_of(&v).clone();
        let await_fn = self.lookup_type(&class, "__await__");
        let Some(await_fn) = await_fn else {
            return Err(self.type_error(match place {
                AwaitableWhere::Await => {
                    format!("object {} can't be used in 'await' expression", self.type_name(&v))
                }
                AwaitableWhere::AfterAenter => format!(
                    "'async with' received an object from __aenter__ that does not implement __await__: {}",
                    self.type_name(&v)
                ),
                AwaitableWhere::AfterAexit => format!(
                    "'async with' received an object from __aexit__ that does not implement __await__: {}",
                    self.type_name(&v)
                ),
            }));
        };
        let it = self.call(&await_fn, Args::new([v.clone()]))?;
        if let Some(Payload::Generator(g)) = it.payload() {
            if g.kind == GenKind::Coroutine {
                return Err(self.type_error("__await__() returned a coroutine"));
            }
        }
        if !self.is_iterator(&it) {
            return Err(self.type_error(format!(
                "__await__() returned non-iterator of type '{}'",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// True if `v` has `__next__` (is an iterator).
    pub fn is_iterator(&mut self, v: &Value) -> bool {
        match v.payload() {
            Some(Payload::Iterator(_)) | Some(Payload::CoroutineWrapper(_)) => true,
            Some(Payload::Generator(g)) => g.kind == GenKind::Generator,
            _ => {
                let class = self.class_of(v).clone();
                self.lookup_type(&class, "__next__").is_some()
            }
        }
    }

    /// The iterator `yield from v` delegates to.
    pub(crate) fn get_yield_from_iter(&mut self, v: Value) -> PyResult<Value> {
        if let Some(Payload::Generator(g)) = v.payload() {
            if g.kind == GenKind::Coroutine {
                let in_coroutine = self.frames.last().is_some_and(|f| {
                    f.code.obj.flags & (flags::COROUTINE | flags::ITERABLE_COROUTINE) != 0
                });
                if !in_coroutine {
                    return Err(self.type_error(
                        "cannot 'yield from' a coroutine object in a non-coroutine generator",
                    ));
                }
                return Ok(v);
            }
            if g.kind == GenKind::Generator {
                return Ok(v);
            }
        }
        self.get_iter(&v)
    }

    /// `async for` setup: `v.__aiter__()`, checked.
    pub(crate) fn get_aiter(&mut self, v: &Value) -> PyResult<Value> {
        if let Some(Payload::Generator(g)) = v.payload() {
            if g.kind == GenKind::AsyncGenerator {
                return Ok(v.clone());
            }
        }
        let class = self.class_of(v).clone();
        let Some(aiter) = self.lookup_type(&class, "__aiter__") else {
            return Err(self.type_error(format!(
                "'async for' requires an object with __aiter__ method, got {}",
                self.type_name(v)
            )));
        };
        let it = self.call(&aiter, Args::new([v.clone()]))?;
        let it_class = self.class_of(&it).clone();
        let has_anext = matches!(it.payload(), Some(Payload::Generator(g)) if g.kind == GenKind::AsyncGenerator)
            || self.lookup_type(&it_class, "__anext__").is_some();
        if !has_anext {
            return Err(self.type_error(format!(
                "'async for' received an object from __aiter__ that does not implement __anext__: {}",
                self.type_name(&it)
            )));
        }
        Ok(it)
    }

    /// One `async for` step: the awaitable of `aiter.__anext__()`.
    pub(crate) fn get_anext(&mut self, aiter: &Value) -> PyResult<Value> {
        if let Some(Payload::Generator(g)) = aiter.payload() {
            if g.kind == GenKind::AsyncGenerator {
                if let Some(gen) = aiter.as_obj() {
                    return self.async_gen_asend(gen, Value::None);
                }
            }
        }
        let class = self.class_of(aiter).clone();
        let Some(anext) = self.lookup_type(&class, "__anext__") else {
            return Err(self.type_error(format!(
                "'async for' requires an iterator with __anext__ method, got {}",
                self.type_name(aiter)
            )));
        };
        let aw = self.call(&anext, Args::new([aiter.clone()]))?;
        match self.get_awaitable(aw.clone(), AwaitableWhere::Await) {
            Ok(it) => Ok(it),
            Err(e) if self.err_matches(&e, &self.exc.type_error.clone()) => {
                Err(self.type_error(format!(
                    "'async for' received an invalid object from __anext__: {}",
                    self.type_name(&aw)
                )))
            }
            Err(e) => Err(e),
        }
    }

    /// Marks a value yielded by an async generator's body (CPython's
    /// `_PyAsyncGenValueWrapper`), so its `asend` awaitable can tell it from values awaited
    /// inside the body, which travel on to the event loop.
    pub(crate) fn wrap_async_gen_value(&self, v: Value) -> Value {
        Value::Obj(Rc::new(PyObject::new(
            self.types.async_gen_wrapped_value.clone(),
            Payload::Cell(RefCell::new(v).into()),
        )))
    }

    /// The value inside a wrapped async generator value, if `v` is one.
    pub(crate) fn unwrap_async_gen_value(&self, v: &Value) -> Option<Value> {
        match v {
            Value::Obj(o)
                if o.class
                    .as_ref()
                    .is_some_and(|c| Rc::ptr_eq(c, &self.types.async_gen_wrapped_value)) =>
            {
                match &o.payload {
                    Payload::Cell(c) => Some(c.borrow().clone()),
                    _ => None,
                }
            }
            _ => None,
        }
    }

    /// `coro.__await__()`.
    pub fn coroutine_wrapper(&self, coro: &ObjRef) -> Value {
        let o = Rc::new(PyObject::new(
            self.types.coroutine_wrapper.clone(),
            Payload::CoroutineWrapper(coro.clone()),
        ));
        self.gc_track(&o);
        Value::Obj(o)
    }
}
