//! Ctrl-C. The host (the CLI) installs a SIGINT handler that only sets a flag; the eval loop
//! looks at the flag at its safe points (calls and backward jumps, where the collector may run
//! too) and raises `KeyboardInterrupt` in the running frame, as CPython's eval breaker does.
//! So a handler can catch it, `finally` blocks run, and an uncaught one exits with 130.

use std::sync::atomic::{AtomicBool, Ordering};

use crate::vm::{PyResult, Vm};

/// Set by the signal handler, cleared when the interrupt is raised.
static INTERRUPT_PENDING: AtomicBool = AtomicBool::new(false);

/// Asks the running program to raise `KeyboardInterrupt` at its next safe point. Safe to call
/// from a signal handler or another thread.
pub fn request_interrupt() {
    INTERRUPT_PENDING.store(true, Ordering::Relaxed);
}

/// Was Ctrl-C pressed since the last check? (Leaves the flag set.)
#[inline]
pub(crate) fn interrupt_pending() -> bool {
    INTERRUPT_PENDING.load(Ordering::Relaxed)
}

impl Vm {
    /// Raises `KeyboardInterrupt` if Ctrl-C was pressed since the last check.
    #[inline]
    pub(crate) fn check_interrupt(&mut self) -> PyResult<()> {
        if interrupt_pending() {
            return self.raise_interrupt();
        }
        Ok(())
    }

    #[cold]
    fn raise_interrupt(&mut self) -> PyResult<()> {
        INTERRUPT_PENDING.store(false, Ordering::Relaxed);
        let class = self.exc.keyboard_interrupt.clone();
        Err(crate::vm::PyErr(self.new_exception(&class, vec![])))
    }
}
