//! End-to-end tests of the `pyasync` binary. Wherever CPython has an answer, the expectation is
//! python3's own output for the same input, asked at test time (with CPython's program name
//! replaced by `pyasync` where a message starts with it).

use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

const PYASYNC: &str = env!("CARGO_BIN_EXE_pyasync");

/// A fresh empty folder for one test.
fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::SeqCst);
    let dir = std::env::temp_dir().join(format!("pyasync-cli-{}-{n}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("create scratch folder");
    // Canonical, as the child's getcwd() reports it.
    dir.canonicalize().expect("canonical scratch folder")
}

fn run(program: &str, args: &[&str], dir: &Path, stdin: &[u8]) -> Output {
    use std::io::Write;
    let mut child = Command::new(program)
        .args(args)
        .current_dir(dir)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    if let Some(mut input) = child.stdin.take() {
        let _ = input.write_all(stdin);
    }
    child.wait_with_output().expect("wait for child")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// python3's stderr with its program name (whatever precedes `: can't`) replaced by ours.
fn as_pyasync(python_stderr: &str) -> String {
    python_stderr
        .lines()
        .map(|line| match line.split_once(": can't ") {
            Some((_, rest)) => format!("pyasync: can't {rest}\n"),
            None => format!("{line}\n"),
        })
        .collect()
}

/// Runs `args` under both interpreters in `dir` and checks exit code and stderr agree.
fn same_as_python(args: &[&str], dir: &Path) -> Output {
    let want = run("python3", args, dir, b"");
    let got = run(PYASYNC, args, dir, b"");
    assert_eq!(
        as_pyasync(&stderr(&want)),
        stderr(&got),
        "stderr of {args:?}"
    );
    assert_eq!(
        want.status.code(),
        got.status.code(),
        "exit code of {args:?}"
    );
    got
}

#[test]
fn missing_file_is_reported_as_cpython_does() {
    let dir = scratch("missing");
    same_as_python(&["nope.py"], &dir);
    same_as_python(&["./sub/nope.py"], &dir);
    same_as_python(&[&dir.join("nope.py").to_string_lossy()], &dir);
}

#[test]
fn directory_without_main_is_reported_as_cpython_does() {
    let dir = scratch("directory");
    std::fs::create_dir_all(dir.join("pkg")).expect("mkdir");
    let out = same_as_python(&["pkg"], &dir);
    assert_eq!(out.status.code(), Some(1));
}

#[test]
fn syntax_error_in_a_script_prints_cpythons_report() {
    let dir = scratch("syntax");
    std::fs::write(dir.join("bad.py"), "x = 1\nx = = 2\n").expect("write");
    let out = same_as_python(&["bad.py"], &dir);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    // The absolute path, as CPython shows it.
    assert!(stderr(&out).starts_with(&format!("  File \"{}/bad.py\", line 2\n", dir.display())));
}

#[test]
fn syntax_error_found_after_parsing_prints_cpythons_report() {
    let dir = scratch("symtable");
    std::fs::write(dir.join("bad.py"), "x = 1\nnonlocal x\n").expect("write");
    same_as_python(&["bad.py"], &dir);
}

#[test]
fn syntax_error_in_code_argument_prints_cpythons_report() {
    let dir = scratch("code");
    same_as_python(&["-c", "x = (1 +\n  = 2)"], &dir);
    same_as_python(&["-c", "if True:\n  x = = 1", "--check"], &dir);
}

#[test]
fn syntax_error_on_stdin_prints_cpythons_report() {
    let dir = scratch("stdin");
    let want = run("python3", &["-"], &dir, b"y = 2\ny = = 1\n");
    let got = run(PYASYNC, &["-"], &dir, b"y = 2\ny = = 1\n");
    assert_eq!(stderr(&want), stderr(&got));
    assert_eq!(want.status.code(), got.status.code());
}

#[test]
fn a_valid_program_runs_with_its_own_arguments() {
    let dir = scratch("valid");
    std::fs::write(
        dir.join("ok.py"),
        "import sys\nprint('hello', sys.argv[1:])\n",
    )
    .expect("write");
    // Arguments after the script are the script's, not options: `--check` must not apply.
    let want = run("python3", &["ok.py", "--check"], &dir, b"");
    let got = run(PYASYNC, &["ok.py", "--check"], &dir, b"");
    assert_eq!(
        String::from_utf8_lossy(&want.stdout),
        String::from_utf8_lossy(&got.stdout)
    );
    assert_eq!(want.status.code(), got.status.code());
}

#[test]
fn an_uncaught_exception_exits_1_with_cpythons_last_line() {
    let dir = scratch("uncaught");
    std::fs::write(
        dir.join("boom.py"),
        "def f():\n    raise ValueError('boom')\nf()\n",
    )
    .expect("write");
    let want = run("python3", &["boom.py"], &dir, b"");
    let got = run(PYASYNC, &["boom.py"], &dir, b"");
    assert_eq!(want.status.code(), got.status.code());
    assert_eq!(stderr(&want).lines().last(), stderr(&got).lines().last());
}

#[test]
fn check_lists_every_diagnostic_of_every_file() {
    let dir = scratch("check");
    std::fs::write(dir.join("clean.py"), "async def f():\n    await g()\n").expect("write");
    std::fs::write(dir.join("a.py"), "x = = 1\n").expect("write");
    std::fs::write(dir.join("b.py"), "def f():\n    pass\nnonlocal y\n").expect("write");

    let clean = run(PYASYNC, &["--check", "clean.py"], &dir, b"");
    assert_eq!(clean.status.code(), Some(0));
    assert!(clean.stderr.is_empty() && clean.stdout.is_empty());

    let out = run(
        PYASYNC,
        &["--check", "a.py", "clean.py", "b.py", "missing.py"],
        &dir,
        b"",
    );
    assert_eq!(out.status.code(), Some(1));
    // Each report is CPython's, with the file named as given on the command line.
    let mut want = String::new();
    for file in ["a.py", "b.py", "missing.py"] {
        let python = run("python3", &[file], &dir, b"");
        let prefix = format!("{}/", dir.display());
        want.push_str(&as_pyasync(&stderr(&python).replace(&prefix, "")));
    }
    assert_eq!(stderr(&out), want);
}

#[test]
fn version_and_help() {
    let dir = scratch("version");
    let out = run(PYASYNC, &["--version"], &dir, b"");
    assert_eq!(out.status.code(), Some(0));
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.starts_with("pyasync 0.1.0 (Python 3.11"), "{text}");
    let out = run(PYASYNC, &["--help"], &dir, b"");
    assert_eq!(out.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&out.stdout).contains("--check"));
}

#[test]
fn usage_errors_exit_with_2_as_in_cpython() {
    let dir = scratch("usage");
    let want = run("python3", &["--no-such-option"], &dir, b"");
    let got = run(PYASYNC, &["--no-such-option"], &dir, b"");
    assert_eq!(want.status.code(), got.status.code());
    let got = run(PYASYNC, &["--check"], &dir, b"");
    assert_eq!(got.status.code(), Some(2));
}

/// Runs `script` under `program`, waits for it to print `ready`, sends SIGINT, and when it
/// prints `ready` again sends another; returns its output.
fn run_interrupted(program: &str, script: &Path) -> Output {
    use std::io::{BufRead, BufReader, Read};
    let mut child = Command::new(program)
        .arg(script)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap_or_else(|e| panic!("cannot start {program}: {e}"));
    let mut reader = BufReader::new(child.stdout.take().expect("stdout"));
    let mut seen = String::new();
    let mut line = String::new();
    while reader.read_line(&mut line).expect("read stdout") > 0 {
        seen.push_str(&line);
        if line.trim() == "ready" {
            let pid = libc::pid_t::try_from(child.id()).expect("pid fits");
            // SAFETY: kill(2) only sends a signal to our own child process.
            let sent = unsafe { libc::kill(pid, libc::SIGINT) };
            assert_eq!(sent, 0, "kill(SIGINT) failed");
        }
        line.clear();
    }
    let mut rest = String::new();
    let _ = reader.read_to_string(&mut rest);
    seen.push_str(&rest);
    let mut out = child.wait_with_output().expect("wait for child");
    out.stdout = seen.into_bytes();
    out
}

#[test]
fn ctrl_c_raises_keyboard_interrupt() {
    use std::os::unix::process::ExitStatusExt;
    let dir = scratch("sigint");
    let script = dir.join("spin.py");
    std::fs::write(
        &script,
        "import sys\n\
         def spin():\n    print('ready', flush=True)\n    while True:\n        pass\n\
         try:\n    spin()\nexcept KeyboardInterrupt as e:\n    print('caught', repr(e))\n\
         try:\n    spin()\nfinally:\n    print('finally', flush=True)\n",
    )
    .expect("write script");
    let ours = run_interrupted(PYASYNC, &script);
    let theirs = run_interrupted("python3", &script);
    assert_eq!(
        String::from_utf8_lossy(&ours.stdout),
        String::from_utf8_lossy(&theirs.stdout)
    );
    assert_eq!(stderr(&ours).lines().last(), Some("KeyboardInterrupt"));
    assert_eq!(stderr(&ours).lines().last(), stderr(&theirs).lines().last());
    // CPython ends itself with SIGINT after the traceback; a shell shows that as 128 + 2.
    let signal = theirs.status.signal().expect("python3 dies by SIGINT");
    assert_eq!(ours.status.code(), Some(128 + signal));
}
