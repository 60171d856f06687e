//! The `pyasync` binary: parses the command line and hands it to [`run`], which does the work
//! and returns the process exit code. Kept thin so that the VM can be wired in `run.rs` alone.

mod args;
mod malloc;
mod open;
mod run;
mod small_blocks;

/// Small blocks recycled through free lists (`small_blocks.rs`).
#[global_allocator]
static ALLOCATOR: small_blocks::SmallBlocks = small_blocks::SmallBlocks;

fn main() {
    malloc::use_one_arena();
    let args = args::Args::from_env();
    let code = run::run(args);
    std::process::exit(code);
}
