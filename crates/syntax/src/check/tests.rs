//! Several errors in one file: the full list `pyasync --check` prints, in order.
//!
//! CPython reports only the first error. Each expected list below was obtained from python3 by
//! fixing the reported error and compiling again, until the file compiled (the files are built
//! so that fixing one error leaves the others in place); the grammar-tests corpus checks the
//! first error of many more files against python3 directly.

use crate::check_all;

/// (message, line, offset, end line, end offset) of one error.
type Found = (String, u32, i64, u32, i64);

/// Every error in `source`.
fn errors(source: &str) -> Vec<Found> {
    check_all(source, "t.py")
        .into_iter()
        .map(|e| (e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset))
        .collect()
}

fn e(msg: &str, line: u32, col: i64, end_line: u32, end_col: i64) -> Found {
    (msg.to_string(), line, col, end_line, end_col)
}

#[test]
fn symbol_table_errors_come_before_compiler_errors() {
    let src = "\
import os
from __future__ import annotations
await setup()
def main():
    nonlocal state
class Config(await base):
    value = await x
";
    assert_eq!(
        errors(src),
        vec![
            e("no binding for nonlocal 'state' found", 5, 5, 5, 19),
            e(
                "from __future__ imports must occur at the beginning of the file",
                2,
                1,
                2,
                35
            ),
            e("'await' outside function", 3, 1, 3, 14),
            // A class body is compiled before its bases.
            e("'await' outside function", 7, 13, 7, 20),
            e("'await' outside function", 6, 14, 6, 24),
        ]
    );
}

#[test]
fn future_errors_come_first_of_all() {
    // python3 reports `not a chance`; with line 1 importing a real feature instead, it
    // reports line 2; with both fixed, the nonlocal error.
    let src = "\
from __future__ import braces
from __future__ import annotations, unknown
x = 1
def main():
    nonlocal y
";
    assert_eq!(
        errors(src),
        vec![
            e("not a chance", 1, 1, 1, 0),
            e("future feature unknown is not defined", 2, 1, 2, 0),
            e("no binding for nonlocal 'y' found", 5, 5, 5, 15),
        ]
    );
}

#[test]
fn async_rules_in_each_context() {
    let src = "\
async def fetch(session):
    yield from session.stream()
def sync_helper():
    await fetch(None)
    async for item in source:
        pass
    return lambda: await item
class Holder:
    results = [r async for r in source]
    pending = (await r for r in source)
";
    assert_eq!(
        errors(src),
        vec![
            e("'yield from' inside async function", 2, 5, 2, 32),
            e("'await' outside async function", 4, 5, 4, 22),
            e("'async for' outside async function", 5, 5, 6, 13),
            e("'await' outside async function", 7, 20, 7, 30),
            e(
                "asynchronous comprehension outside of an asynchronous function",
                9,
                15,
                9,
                40
            ),
        ]
    );
}

#[test]
fn finally_body_is_compiled_where_break_leaves_it() {
    let src = "\
for item in items:
    try:
        break
    finally:
        await cleanup()
    await after
def worker():
    try:
        pass
    except* ValueError:
        return 1
continue
";
    assert_eq!(
        errors(src),
        vec![
            e("'await' outside function", 5, 9, 5, 24),
            e("'await' outside function", 6, 5, 6, 16),
            // A constant return value on the `return` line locates the error.
            e(
                "'break', 'continue' and 'return' cannot appear in an except* block",
                11,
                16,
                11,
                17
            ),
            e("'continue' not properly in loop", 12, 1, 12, 9),
        ]
    );
}

#[test]
fn code_compiled_twice_reports_once() {
    // CPython compiles a `while` test twice and a `finally` body twice (normal and
    // exceptional exit); python3 reports line 1, then line 6.
    let src = "\
while (await ready):
    pass
try:
    pass
finally:
    await done
";
    assert_eq!(
        errors(src),
        vec![
            e("'await' outside function", 1, 8, 1, 19),
            e("'await' outside function", 6, 5, 6, 15),
        ]
    );
}

#[test]
fn one_error_per_match_case_pattern() {
    // Each `match` statement on its own gives python3's error for it.
    let src = "\
match command:
    case [first, first]:
        pass
match command:
    case {'k': a, 'k': b}:
        pass
match command:
    case Point(x=1, x=2):
        pass
    case other:
        pass
    case 1:
        pass
";
    assert_eq!(
        errors(src),
        vec![
            e(
                "multiple assignments to name 'first' in pattern",
                2,
                18,
                2,
                23
            ),
            e("mapping pattern checks duplicate key ('k')", 5, 10, 5, 26),
            e("attribute name repeated in class pattern: x", 8, 23, 8, 24),
            e(
                "name capture 'other' makes remaining patterns unreachable",
                10,
                10,
                10,
                15
            ),
        ]
    );
}

/// Runs `errors` on a thread with a large stack, as the parser needs one for deep trees.
fn errors_on_big_stack(src: String) -> Option<Vec<Found>> {
    let handle = std::thread::Builder::new()
        .stack_size(256 << 20)
        .spawn(move || errors(&src));
    handle.ok().and_then(|h| h.join().ok())
}

#[test]
fn deep_nesting_within_cpython_limits_is_checked() {
    // 2,500 levels of `+`, the `await` at the bottom: python3 reports it.
    let src = format!("x = (await y) + {}\n", vec!["a"; 2500].join(" + "));
    assert_eq!(
        errors_on_big_stack(src),
        Some(vec![e("'await' outside function", 1, 6, 1, 13)])
    );
}

#[test]
fn nesting_beyond_cpython_limits_does_not_exhaust_the_stack() {
    // python3 gives up on this with RecursionError; the checker must simply return.
    let src = format!("x = {}await y\n", "not ".repeat(4000));
    assert!(errors_on_big_stack(src).is_some());
}

#[test]
fn valid_async_code_has_no_errors() {
    let src = "\
async def main(lock, source, rows):
    async with lock as held:
        async for item in source:
            yield [[await v async for v in row] for row in rows]
    class C:
        pending = (await v for v in source)
    def helper(default=await lock):
        return (v async for v in source)
    return
";
    assert_eq!(errors(src), vec![]);
}
