//! Tuning of glibc's allocator for the interpreter's pattern of allocation.
//!
//! The program runs on its own thread (for a larger stack, `run.rs`), and glibc gives a
//! second thread its own arena, which grows with one `mprotect` call per 4 KiB page: building
//! 400,000 short strs made 12,600 of those calls, a third of the run's CPU time in the kernel.
//! With a single arena every thread allocates from the main heap, which `brk` grows 128 KiB at
//! a time. The interpreter thread is the only one that allocates much, so sharing costs no
//! contention.

/// Limits glibc to one arena; call before any other thread starts.
pub fn use_one_arena() {
    #[cfg(all(target_os = "linux", target_env = "gnu"))]
    // SAFETY: `mallopt` only sets an allocator parameter; it is called before the other
    // threads exist, and an unknown or refused setting just returns 0.
    unsafe {
        libc::mallopt(libc::M_ARENA_MAX, 1);
    }
}
