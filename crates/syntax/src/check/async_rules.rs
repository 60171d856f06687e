//! The rules on `await`, `yield`, `return`, `async for`, `async with` and asynchronous
//! comprehensions: where each may appear, as CPython's compiler decides it from the kind of the
//! unit being compiled and the generator/coroutine flags of its scope (`scopes.rs`).
//!
//! | construct | allowed in | error elsewhere |
//! | --- | --- | --- |
//! | `await` | an `async def`, a comprehension | `'await' outside function` at module or class level, else `'await' outside async function` |
//! | `yield`, `yield from` | any function-like scope | `'yield' outside function` (for `yield from` too) |
//! | `yield from` | not in an `async def` | `'yield from' inside async function` |
//! | `return` | any function | `'return' outside function`; with a value in an async generator: `'return' with value in async generator` |
//! | `async for`, `async with` | an `async def` | `'async for' outside async function`, ... |
//! | asynchronous comprehension (list, set, dict) | an `async def` or another comprehension | `asynchronous comprehension outside of an asynchronous function` |
//!
//! "Comprehension" in the table is the unit kind, so an `await` inside a comprehension passes
//! the `await` rule and is then judged by the comprehension rule: a generator expression may be
//! asynchronous anywhere (it simply becomes an async generator), a list comprehension only where
//! it can be awaited. Each check returns whether the construct was accepted.

use super::context::{Checker, UnitKind};

impl<'a> Checker<'a> {
    /// `await` (cf. `compiler_visit_expr1`, `Await_kind`).
    pub(super) fn check_await(&mut self) -> bool {
        let kind = self.unit.kind;
        if !kind.is_function_block() {
            self.error("'await' outside function");
            return false;
        }
        if kind != UnitKind::AsyncFunction && kind != UnitKind::Comprehension {
            self.error("'await' outside async function");
            return false;
        }
        true
    }

    /// `yield` and `yield from` (cf. `Yield_kind`, `YieldFrom_kind`).
    pub(super) fn check_yield(&mut self, is_from: bool) -> bool {
        if !self.unit.kind.is_function_block() {
            self.error("'yield' outside function");
            return false;
        }
        if is_from && self.unit.kind == UnitKind::AsyncFunction {
            self.error("'yield from' inside async function");
            return false;
        }
        true
    }

    /// `async for` and `async with` (cf. `compiler_async_for`, `compiler_async_with`);
    /// `what` is `"for"` or `"with"`.
    pub(super) fn check_async_statement(&mut self, what: &str) -> bool {
        if self.unit.kind != UnitKind::AsyncFunction {
            self.error(format!("'async {what}' outside async function"));
            return false;
        }
        true
    }

    /// `return` (cf. `compiler_return`): where it may appear and whether it may carry a value.
    pub(super) fn check_return(&mut self, has_value: bool) -> bool {
        if !self.unit.kind.is_function_block() {
            self.error("'return' outside function");
            return false;
        }
        let flags = self.unit.flags;
        if has_value && flags.coroutine && flags.generator {
            self.error("'return' with value in async generator");
            return false;
        }
        true
    }

    /// A comprehension whose unit was just entered (cf. `compiler_comprehension`): `outer` is
    /// the kind of the unit it appears in.
    pub(super) fn check_async_comprehension(&mut self, outer: UnitKind, is_genexp: bool) -> bool {
        let is_async = self.unit.flags.coroutine;
        if is_async
            && !is_genexp
            && outer != UnitKind::AsyncFunction
            && outer != UnitKind::Comprehension
        {
            self.error("asynchronous comprehension outside of an asynchronous function");
            return false;
        }
        true
    }
}
