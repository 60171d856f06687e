//! The conformance corpus as a `cargo test` target: every case under `grammar-tests/` runs on
//! the freshly built `pyasync` and must pass (or be an expected failure listed in
//! `grammar-tests/xfail.txt`). Any failure, panic, timeout or unexpected pass fails the test.
//! The same run from the command line: `cargo run --release -p pyasync-conformance`.

use pyasync_conformance::{run_corpus, Config, Interpreter};
use std::path::Path;
use std::time::Duration;

#[test]
fn grammar_tests_corpus_passes_on_pyasync() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests");
    let config = Config {
        corpus,
        interpreter: Interpreter {
            program: env!("CARGO_BIN_EXE_pyasync").to_string(),
            args: Vec::new(),
        },
        use_xfail: true,
        timeout: Duration::from_secs(10),
        jobs: std::thread::available_parallelism().map_or(1, |n| n.get()),
        filters: Vec::new(),
    };
    let report = match run_corpus(&config) {
        Ok(report) => report,
        Err(e) => panic!("the corpus could not be run: {e}"),
    };
    let counts = report.counts();
    println!("{}{}", report.details(false), report.summary_line());
    assert!(
        counts.passed + counts.xfailed > 0,
        "no case ran: {}",
        report.summary_line()
    );
    assert!(
        report.ok(),
        "{}{}",
        report.details(false),
        report.summary_line()
    );
}
