//! Every program under `examples/` runs under pyasync and prints what python3 prints for it
//! (stdout and exit code), so the examples stay true. A benchmark's `# bench-args: ...` lines
//! give the arguments it is run with (each line one run); without one it runs with none.

use std::path::{Path, PathBuf};
use std::process::Command;

const PYASYNC: &str = env!("CARGO_BIN_EXE_pyasync");

fn examples_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../examples")
}

fn programs(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("read examples/")
        .map(|e| e.expect("directory entry").path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            programs(&path, out);
        } else if path.extension().is_some_and(|e| e == "py") {
            out.push(path);
        }
    }
}

fn argument_sets(source: &str) -> Vec<Vec<String>> {
    let sets: Vec<Vec<String>> = source
        .lines()
        .filter_map(|l| l.strip_prefix("# bench-args:"))
        .map(|rest| rest.split_whitespace().map(str::to_string).collect())
        .collect();
    if sets.is_empty() {
        vec![Vec::new()]
    } else {
        sets
    }
}

fn run(program: &str, script: &Path, args: &[String]) -> (String, Option<i32>) {
    let out = Command::new(program)
        .arg(script)
        .args(args)
        .output()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    (
        String::from_utf8_lossy(&out.stdout).into_owned(),
        out.status.code(),
    )
}

#[test]
fn every_example_prints_what_python3_prints() {
    let mut found = Vec::new();
    programs(&examples_dir(), &mut found);
    assert!(found.len() >= 2, "examples/ has programs");
    for script in found {
        let source = std::fs::read_to_string(&script).expect("read example");
        for args in argument_sets(&source) {
            let ours = run(PYASYNC, &script, &args);
            let theirs = run("python3", &script, &args);
            assert_eq!(ours, theirs, "{} {:?}", script.display(), args);
        }
    }
}
