//! Sizes and counts a script hands to builtins, converted the way CPython's argument parsers
//! convert them, and big allocations asked for before they are made.
//!
//! CPython reads such arguments as C integers, and each conversion has its own failure:
//! `Py_ssize_t` parameters (`str.center(width)`, `list.insert(i)`, `split(maxsplit)`) raise
//! `OverflowError: Python int too large to convert to C ssize_t`; C `int` ones
//! (`expandtabs(tabsize)`) `... to C int`; the start and end of a search (`str.find(s, start)`,
//! `list.index(x, start)`) are clamped to the ssize_t range, like slice bounds. Sequence
//! repetition and sized constructors (`[0] * n`, `bytes(n)`) say `cannot fit 'int' into an
//! index-sized integer`.
//!
//! A size that fits still may not fit in memory: CPython raises `MemoryError` when `malloc`
//! fails, while a failed Rust allocation aborts the process. [`Vm::check_alloc`] asks the
//! allocator for a big block first (and gives it back), so an impossible size becomes a
//! `MemoryError` instead.

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use crate::value::Value;
use crate::vm::{PyErr, PyResult, Vm};

/// Blocks below this many bytes are allocated without asking first.
const PROBE_FROM: usize = 1 << 24;

impl Vm {
    /// `MemoryError()` (no message, as CPython raises it).
    pub fn memory_error(&self) -> PyErr {
        PyErr(self.new_exception(&self.exc.memory_error, Vec::new()))
    }

    /// Fails with `MemoryError` unless `items * item_size` bytes can be allocated now.
    pub fn check_alloc(&self, items: usize, item_size: usize) -> PyResult<()> {
        let bytes = items
            .checked_mul(item_size)
            .filter(|&b| b <= isize::MAX as usize)
            .ok_or_else(|| self.memory_error())?;
        if bytes < PROBE_FROM {
            return Ok(());
        }
        let mut probe: Vec<u8> = Vec::new();
        probe
            .try_reserve_exact(bytes)
            .map_err(|_| self.memory_error())
    }

    /// An integer argument read as a C `Py_ssize_t` (`OverflowError` past its range).
    pub fn ssize_arg(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Int(i) = v {
            return Ok(*i);
        }
        let b = self.index_value(v)?;
        b.to_i64()
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C ssize_t"))
    }

    /// An integer argument read as a C `int` (`OverflowError` past its range).
    pub fn c_int_arg(&mut self, v: &Value) -> PyResult<i32> {
        let b = match v {
            Value::Int(i) => BigInt::from(*i),
            _ => self.index_value(v)?,
        };
        b.to_i32()
            .ok_or_else(|| self.overflow_error("Python int too large to convert to C int"))
    }

    /// An integer clamped to the `Py_ssize_t` range, as CPython reads slice bounds and the
    /// start and end of a search.
    pub fn clamped_index(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Int(i) = v {
            return Ok(*i);
        }
        let b = self.index_value(v)?;
        Ok(clamp_i64(&b))
    }

    /// A repeat count or a size (`seq * n`, `bytes(n)`): `OverflowError: cannot fit 'int'
    /// into an index-sized integer` past the ssize_t range; negative counts are returned as
    /// they are.
    pub fn count_arg(&mut self, v: &Value) -> PyResult<i64> {
        if let Value::Int(i) = v {
            return Ok(*i);
        }
        let b = self.index_value(v)?;
        b.to_i64().ok_or_else(|| {
            self.overflow_error(format!(
                "cannot fit '{}' into an index-sized integer",
                self.type_name(v)
            ))
        })
    }
}

/// `b` clamped to the range of an `i64`.
pub fn clamp_i64(b: &BigInt) -> i64 {
    b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX })
}

/// `sys.set_int_max_str_digits()`: the most decimal digits an int/str conversion accepts
/// (0: no limit). One interpreter per process, so a process-wide value.
static INT_MAX_STR_DIGITS: std::sync::atomic::AtomicUsize =
    std::sync::atomic::AtomicUsize::new(4300);

/// The current limit on decimal int/str conversions (0 for none).
pub fn int_max_str_digits() -> usize {
    INT_MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

pub fn set_int_max_str_digits(n: usize) {
    INT_MAX_STR_DIGITS.store(n, std::sync::atomic::Ordering::Relaxed);
}

/// Does a decimal text of `digits` digits pass the limit?
pub fn int_digits_allowed(digits: usize) -> bool {
    let limit = int_max_str_digits();
    limit == 0 || digits <= limit
}

/// CPython's message for an int too long to convert to decimal text.
pub fn int_to_str_limit_message() -> String {
    format!(
        "Exceeds the limit ({} digits) for integer string conversion; \
         use sys.set_int_max_str_digits() to increase the limit",
        int_max_str_digits()
    )
}
