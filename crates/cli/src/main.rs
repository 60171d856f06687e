//! The `pyasync` binary: parses the command line and hands it to [`run`], which does the work
//! and returns the process exit code. Kept thin so that the VM can be wired in `run.rs` alone.

mod args;
mod malloc;
mod open;
mod run;

fn main() {
    let args = args::Args::from_env();
    let code = run::run(args);
    std::process::exit(code);
}
