//! The allocator setting the interpreter thread needs.
//!
//! The VM runs on its own thread (see `run.rs`), and glibc's malloc gives a thread that is not
//! the main one an arena of its own: a 64 MiB reservation made usable a few pages at a time
//! with `mprotect`, and shrunk again the same way as blocks are freed. A program that makes
//! and drops many objects then spends a tenth of its time in those calls (`strings.py`: about
//! 9,500 `mprotect`s). With one arena the thread shares the main one, which grows with `brk`
//! and a padding of its own (under 300 calls for the same run). Only one thread allocates
//! much, so sharing costs no contention.

/// Makes every thread allocate from glibc's main arena (`mallopt(M_ARENA_MAX, 1)`). Call it
/// before the interpreter thread starts. Does nothing with other C libraries.
pub fn use_one_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    {
        /// glibc's `M_ARENA_MAX` (malloc.h).
        const M_ARENA_MAX: std::ffi::c_int = -8;
        extern "C" {
            fn mallopt(param: std::ffi::c_int, value: std::ffi::c_int) -> std::ffi::c_int;
        }
        // SAFETY: `mallopt` is glibc's, takes two ints and only changes a malloc setting; a
        // refused setting (return value 0) leaves the default arenas, which are merely slower.
        unsafe {
            mallopt(M_ARENA_MAX, 1);
        }
    }
}
