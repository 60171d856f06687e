//! The conformance runner: runs every case of the `grammar-tests/` corpus on an interpreter and
//! compares what it prints with what CPython 3.11 printed, recorded by `--bless`.
//!
//! - [`corpus`] finds cases (`NAME.py` + `NAME.expected`), selects them, reads `xfail.txt`;
//! - [`expected`] is the `.expected` file format;
//! - [`exec`] runs one program under a timeout;
//! - [`compare`] holds the comparison rules and the outcomes;
//! - [`runner`] runs a whole selection in parallel, and blesses;
//! - [`results`] writes results files and compares two runs.
//!
//! The binary `pyasync-conformance` is the command-line face of [`runner`]; the `cargo test`
//! target `crates/cli/tests/conformance.rs` calls [`runner::run_corpus`] directly.

pub mod compare;
pub mod corpus;
pub mod exec;
pub mod expected;
pub mod results;
pub mod runner;

pub use compare::Outcome;
pub use exec::Interpreter;
pub use runner::{bless, run_corpus, Config, Report};
