//! The awaitables of async generators: `__anext__()`/`asend(v)` and `athrow(...)`/`aclose()`
//! (CPython's `async_generator_asend` and `async_generator_athrow`).
//!
//! Awaiting one resumes the async generator. Its body's `yield v` arrives wrapped (the
//! `AsyncGenWrap` instruction): that ends the await with `v` (StopIteration(v)). Anything
//! else the body yields came from an `await` inside it and travels on, out of the await, to
//! whoever drives the coroutine (the event loop).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use super::resume::Action;
use super::Outcome;
use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::generator::{AsyncGenAwaitable, AwaitKind, AwaitState, GenState};
use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

const IGNORED_EXIT: &str = "async generator ignored GeneratorExit";

impl Vm {
    fn new_awaitable(&self, gen: &ObjRef, kind: AwaitKind, value: Value) -> Value {
        let class = match kind {
            AwaitKind::Send => self.types.async_generator_asend.clone(),
            _ => self.types.async_generator_athrow.clone(),
        };
        let o = Rc::new(PyObject::new(
            class,
            Payload::AsyncGenAwaitable(Box::new(AsyncGenAwaitable {
                gen: gen.clone(),
                kind,
                state: Cell::new(AwaitState::Init),
                value: RefCell::new(value),
            })),
        ));
        self.gc_track(&o);
        Value::Obj(o)
    }

    /// A bare `StopAsyncIteration()` (no arguments, as CPython raises it).
    pub fn stop_async_iteration(&self) -> PyErr {
        PyErr(self.new_exception(&self.exc.stop_async_iteration, vec![]))
    }

    /// `agen.asend(v)` / `agen.__anext__()`.
    pub fn async_gen_asend(&mut self, gen: &ObjRef, value: Value) -> Value {
        self.init_async_gen_hooks(gen);
        self.new_awaitable(gen, AwaitKind::Send, value)
    }

    /// `agen.athrow(exc)`.
    pub fn async_gen_athrow(&mut self, gen: &ObjRef, exc: Value) -> Value {
        self.init_async_gen_hooks(gen);
        self.new_awaitable(gen, AwaitKind::Throw, exc)
    }

    /// `agen.aclose()`.
    pub fn async_gen_aclose(&mut self, gen: &ObjRef) -> Value {
        self.init_async_gen_hooks(gen);
        self.new_awaitable(gen, AwaitKind::Close, Value::None)
    }

    /// On first use, an async generator calls the `firstiter` hook and remembers the
    /// `finalizer` hook (`sys.set_asyncgen_hooks`).
    fn init_async_gen_hooks(&mut self, gen: &ObjRef) {
        let Payload::Generator(g) = &gen.payload else {
            return;
        };
        if g.hooks_inited.get() {
            return;
        }
        g.hooks_inited.set(true);
        let (firstiter, finalizer) = self.asyncgen_hooks.clone();
        *g.finalizer.borrow_mut() = finalizer;
        if !firstiter.is_none() {
            if let Err(e) = self.call(&firstiter, Args::new([Value::Obj(gen.clone())])) {
                self.write_unraisable(&e, "Exception ignored in", Some(&firstiter));
            }
        }
    }

    /// Resumes an async generator for an awaitable: the next thing it yields (wrapped or not),
    /// or its end as StopAsyncIteration.
    fn agen_step(&mut self, gen: &ObjRef, action: Action) -> PyResult<Value> {
        match self.resume(gen, action) {
            Ok(Outcome::Yielded(v)) => Ok(v),
            Ok(Outcome::Returned(_)) => Err(self.stop_async_iteration()),
            Err(e) => Err(e),
        }
    }

    /// CPython's `async_gen_unwrap_value`: a wrapped value ends the await with it.
    fn unwrap_step(&mut self, gen: &ObjRef, result: PyResult<Value>) -> PyResult<Value> {
        let Payload::Generator(g) = &gen.payload else {
            return result;
        };
        match result {
            Err(e) => {
                let stop_async = self.exc.stop_async_iteration.clone();
                let gexit = self.exc.generator_exit.clone();
                if self.err_matches(&e, &stop_async) || self.err_matches(&e, &gexit) {
                    g.closed.set(true);
                }
                g.running_async.set(false);
                Err(e)
            }
            Ok(v) => match self.unwrap_async_gen_value(&v) {
                Some(inner) => {
                    g.running_async.set(false);
                    Err(self.stop_iteration(inner))
                }
                None => Ok(v),
            },
        }
    }

    fn awaitable_data<'a>(&self, aw: &'a Value) -> Option<&'a AsyncGenAwaitable> {
        match aw.payload() {
            Some(Payload::AsyncGenAwaitable(a)) => Some(a),
            _ => None,
        }
    }

    /// `awaitable.send(v)`: the value the generator yields on to the event loop, or
    /// StopIteration(result) when the await is over.
    pub fn agen_awaitable_send(&mut self, aw: &Value, arg: Value) -> PyResult<Value> {
        let Some(a) = self.awaitable_data(aw) else {
            return Err(self.type_error("not an async generator awaitable"));
        };
        let gen = a.gen.clone();
        let Payload::Generator(g) = &gen.payload else {
            return Err(self.type_error("not an async generator"));
        };
        match a.kind {
            AwaitKind::Send => {
                if a.state.get() == AwaitState::Closed {
                    return Err(
                        self.runtime_error("cannot reuse already awaited __anext__()/asend()")
                    );
                }
                let mut arg = arg;
                if a.state.get() == AwaitState::Init {
                    if g.running_async.get() {
                        a.state.set(AwaitState::Closed);
                        return Err(self
                            .runtime_error("anext(): asynchronous generator is already running"));
                    }
                    if arg.is_none() {
                        arg = a.value.borrow().clone();
                    }
                    a.state.set(AwaitState::Iter);
                }
                g.running_async.set(true);
                let step = self.agen_step(&gen, Action::Send(arg));
                let r = self.unwrap_step(&gen, step);
                if r.is_err() {
                    a.state.set(AwaitState::Closed);
                }
                r
            }
            AwaitKind::Throw | AwaitKind::Close => {
                let is_close = a.kind == AwaitKind::Close;
                if a.state.get() == AwaitState::Closed {
                    return Err(
                        self.runtime_error("cannot reuse already awaited aclose()/athrow()")
                    );
                }
                if matches!(*g.state.borrow(), GenState::Closed) {
                    a.state.set(AwaitState::Closed);
                    return Err(self.stop_iteration(Value::None));
                }
                let result = if a.state.get() == AwaitState::Init {
                    if g.running_async.get() {
                        a.state.set(AwaitState::Closed);
                        return Err(self.runtime_error(if is_close {
                            "aclose(): asynchronous generator is already running"
                        } else {
                            "athrow(): asynchronous generator is already running"
                        }));
                    }
                    if g.closed.get() {
                        a.state.set(AwaitState::Closed);
                        return Err(self.stop_async_iteration());
                    }
                    if !arg.is_none() {
                        return Err(self.runtime_error(
                            "can't send non-None value to a just-started coroutine",
                        ));
                    }
                    a.state.set(AwaitState::Iter);
                    g.running_async.set(true);
                    if is_close {
                        g.closed.set(true);
                        let exit = self.new_exception(&self.exc.generator_exit.clone(), vec![]);
                        self.agen_step(&gen, Action::Throw(PyErr(exit)))
                    } else {
                        let exc = a.value.borrow().clone();
                        let err = match self
                            .throw_args_to_exception(crate::objects::tuple::tuple_items(&exc))
                        {
                            Ok(e) => e,
                            Err(e) => return Err(e),
                        };
                        let step = self.agen_step(&gen, Action::Throw(err));
                        return self.finish_athrow(a, &gen, step, false);
                    }
                } else {
                    let step = self.agen_step(&gen, Action::Send(arg));
                    if !is_close {
                        return self.finish_athrow(a, &gen, step, false);
                    }
                    step
                };
                self.finish_athrow(a, &gen, result, true)
            }
        }
    }

    /// The end of an `athrow`/`aclose` step (CPython's `yield_close` / `check_error`).
    fn finish_athrow(
        &mut self,
        a: &AsyncGenAwaitable,
        gen: &ObjRef,
        result: PyResult<Value>,
        is_close: bool,
    ) -> PyResult<Value> {
        let Payload::Generator(g) = &gen.payload else {
            return result;
        };
        if !is_close {
            let r = self.unwrap_step(gen, result);
            if r.is_err() {
                a.state.set(AwaitState::Closed);
                g.running_async.set(false);
            }
            return r;
        }
        match result {
            Ok(v) if self.unwrap_async_gen_value(&v).is_some() => {
                g.running_async.set(false);
                a.state.set(AwaitState::Closed);
                Err(self.runtime_error(IGNORED_EXIT))
            }
            Ok(v) => Ok(v),
            Err(e) => {
                g.running_async.set(false);
                a.state.set(AwaitState::Closed);
                let stop_async = self.exc.stop_async_iteration.clone();
                let gexit = self.exc.generator_exit.clone();
                if self.err_matches(&e, &stop_async) || self.err_matches(&e, &gexit) {
                    return Err(self.stop_iteration(Value::None));
                }
                Err(e)
            }
        }
    }

    /// `awaitable.throw(...)`.
    pub fn agen_awaitable_throw(&mut self, aw: &Value, args: &[Value]) -> PyResult<Value> {
        let Some(a) = self.awaitable_data(aw) else {
            return Err(self.type_error("not an async generator awaitable"));
        };
        let gen = a.gen.clone();
        let Payload::Generator(g) = &gen.payload else {
            return Err(self.type_error("not an async generator"));
        };
        let is_send = a.kind == AwaitKind::Send;
        if a.state.get() == AwaitState::Closed {
            return Err(self.runtime_error(if is_send {
                "cannot reuse already awaited __anext__()/asend()"
            } else {
                "cannot reuse already awaited aclose()/athrow()"
            }));
        }
        if a.state.get() == AwaitState::Init {
            if g.running_async.get() {
                a.state.set(AwaitState::Closed);
                return Err(self.runtime_error(match a.kind {
                    AwaitKind::Send => "anext(): asynchronous generator is already running",
                    AwaitKind::Close => "aclose(): asynchronous generator is already running",
                    AwaitKind::Throw => "athrow(): asynchronous generator is already running",
                }));
            }
            a.state.set(AwaitState::Iter);
            g.running_async.set(true);
        }
        let err = self.throw_args_to_exception(args)?;
        let step = self.agen_step(&gen, Action::Throw(err));
        if a.kind == AwaitKind::Close {
            return self.finish_athrow(a, &gen, step, true);
        }
        let r = self.unwrap_step(&gen, step);
        if r.is_err() {
            g.running_async.set(false);
            a.state.set(AwaitState::Closed);
        }
        r
    }

    /// `awaitable.close()`.
    pub fn agen_awaitable_close(&mut self, aw: &Value) {
        if let Some(a) = self.awaitable_data(aw) {
            a.state.set(AwaitState::Closed);
        }
    }
}
