//! Native code that recurses on a script's data (comparing nested containers, `isinstance`
//! with nested tuples of classes) spends recursion depth per level, as CPython's
//! `Py_EnterRecursiveCall` does, so deep data raises `RecursionError` instead of exhausting
//! the Rust stack.

use crate::vm::{PyResult, Vm};

/// Rust stack kept free below a nested level (the same reserve as a nested eval loop's).
pub(crate) const STACK_RESERVE: usize = 256 * 1024;

impl Vm {
    /// Runs `f` one level deeper; past `sys.getrecursionlimit()` (or near the end of the
    /// Rust stack) raises `RecursionError: maximum recursion depth exceeded{context}`, where
    /// `context` is CPython's suffix (`" in comparison"`).
    pub(crate) fn nested_level<T>(
        &mut self,
        context: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<T>,
    ) -> PyResult<T> {
        self.native_depth += 1;
        if self.frame_depth_exceeded() || self.stack_remaining() < STACK_RESERVE {
            self.native_depth -= 1;
            return Err(self.new_error(
                &self.exc.recursion_error,
                format!("maximum recursion depth exceeded{context}"),
            ));
        }
        let r = f(self);
        self.native_depth -= 1;
        r
    }
}
