//! Comparing a run with its expectation, and the outcome of a case.
//!
//! The rules: stdout exactly; the exit code exactly; stderr by its last line, except when the
//! expected stderr is a compile-time error report (its last line names `SyntaxError`,
//! `IndentationError` or `TabError` and no line starts with `Traceback`): then the whole stderr,
//! because that report encodes the error's column in its carets; and except when the case asks
//! for the whole stderr with a line `# conformance: whole-stderr` (a case about a traceback's
//! exact text: its frames, source lines, carets and chaining banners). A run that died of a Rust
//! panic (`panicked at` in stderr, or exit code 101 where 101 was not expected) is a panic
//! whatever its output.

use crate::exec::RunOutput;
use crate::expected::Expected;

/// What happened to one case.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Outcome {
    Passed,
    /// The output differs: one entry per differing part.
    Failed(Vec<String>),
    /// The interpreter died of a Rust panic; the panic message.
    Panicked(String),
    /// Killed after the timeout; counts as failed.
    TimedOut,
    /// Failed, and listed in `xfail.txt` with this reason.
    XFailed(String),
    /// Passed although `xfail.txt` lists it (with this reason); counts as failed.
    UnexpectedlyPassed(String),
    /// Not run: no `.expected` file, or the interpreter could not be started.
    Skipped(String),
}

impl Outcome {
    /// The word used in results files.
    pub fn word(&self) -> &'static str {
        match self {
            Outcome::Passed => "passed",
            Outcome::Failed(_) => "failed",
            Outcome::Panicked(_) => "panicked",
            Outcome::TimedOut => "timeout",
            Outcome::XFailed(_) => "xfailed",
            Outcome::UnexpectedlyPassed(_) => "xpassed",
            Outcome::Skipped(_) => "skipped",
        }
    }

    /// Whether this outcome makes the run fail.
    pub fn is_failure(&self) -> bool {
        matches!(
            self,
            Outcome::Failed(_)
                | Outcome::Panicked(_)
                | Outcome::TimedOut
                | Outcome::UnexpectedlyPassed(_)
        )
    }
}

/// The line that makes a case's whole stderr count.
pub const WHOLE_STDERR_MARKER: &str = "# conformance: whole-stderr";

/// Compares one finished run with its expectation (before `xfail.txt` is applied);
/// `whole_stderr` compares all of stderr instead of its last line.
pub fn judge(expected: &Expected, got: &RunOutput, whole_stderr: bool) -> Outcome {
    if got.timed_out {
        return Outcome::TimedOut;
    }
    if let Some(message) = panic_message(expected, got) {
        return Outcome::Panicked(message);
    }
    let mut diffs = Vec::new();
    if got.exit_code != Some(expected.exit_code) {
        let got_code = got
            .exit_code
            .map_or("death by a signal".to_string(), |c| c.to_string());
        diffs.push(format!(
            "exit code: expected {}, got {got_code}",
            expected.exit_code
        ));
    }
    if let Some(diff) = first_difference(&expected.stdout, &got.stdout) {
        diffs.push(format!("stdout {diff}"));
    }
    if whole_stderr || is_compile_error_report(&expected.stderr) {
        if let Some(diff) = first_difference(&expected.stderr, &got.stderr) {
            diffs.push(format!("stderr (compared whole) {diff}"));
        }
    } else {
        let (want, have) = (last_line(&expected.stderr), last_line(&got.stderr));
        if want != have {
            diffs.push(format!(
                "last stderr line:\n      expected: {}\n      got:      {}",
                show(want),
                show(have)
            ));
        }
    }
    if diffs.is_empty() {
        Outcome::Passed
    } else {
        Outcome::Failed(diffs)
    }
}

/// The panic message, if the run died of a Rust panic.
fn panic_message(expected: &Expected, got: &RunOutput) -> Option<String> {
    let stderr = String::from_utf8_lossy(&got.stderr);
    if let Some(line) = stderr.lines().find(|l| l.contains("panicked at")) {
        // The message follows the `panicked at FILE:LINE:COL:` line.
        let mut lines = stderr.lines().skip_while(|l| *l != line);
        let at = lines.next().unwrap_or_default();
        let message = lines.next().unwrap_or_default();
        return Some(
            format!("{} {}", at.trim(), message.trim())
                .trim()
                .to_string(),
        );
    }
    if got.exit_code == Some(101) && expected.exit_code != 101 {
        return Some("exit code 101 (Rust's panic exit code)".to_string());
    }
    None
}

/// Whether `stderr` is CPython's report of an error found before running (no traceback).
pub fn is_compile_error_report(stderr: &[u8]) -> bool {
    let text = String::from_utf8_lossy(stderr);
    if text.lines().any(|l| l.starts_with("Traceback")) {
        return false;
    }
    let last = last_line(stderr);
    ["SyntaxError", "IndentationError", "TabError"]
        .iter()
        .any(|kind| last == kind.as_bytes() || last.starts_with(format!("{kind}: ").as_bytes()))
}

/// The last line of an output, without its newline (empty for empty output).
pub fn last_line(data: &[u8]) -> &[u8] {
    let data = data.strip_suffix(b"\n").unwrap_or(data);
    match data.iter().rposition(|&b| b == b'\n') {
        Some(i) => data.get(i + 1..).unwrap_or(&[]),
        None => data,
    }
}

/// Where two outputs first differ, as a short report; `None` when equal.
fn first_difference(want: &[u8], got: &[u8]) -> Option<String> {
    if want == got {
        return None;
    }
    let want_lines: Vec<&[u8]> = want.split(|&b| b == b'\n').collect();
    let got_lines: Vec<&[u8]> = got.split(|&b| b == b'\n').collect();
    let line = want_lines
        .iter()
        .zip(&got_lines)
        .position(|(a, b)| a != b)
        .unwrap_or(want_lines.len().min(got_lines.len()));
    let pick = |lines: &[&[u8]]| match lines.get(line) {
        Some(l) => show(l),
        None => "(end of output)".to_string(),
    };
    Some(format!(
        "differs at line {}:\n      expected: {}\n      got:      {}",
        line + 1,
        pick(&want_lines),
        pick(&got_lines)
    ))
}

/// A line shown unambiguously: Rust's debug quoting (escapes, visible trailing spaces).
fn show(line: &[u8]) -> String {
    const LIMIT: usize = 200;
    let text = String::from_utf8_lossy(line);
    if text.chars().count() > LIMIT {
        let cut: String = text.chars().take(LIMIT).collect();
        format!("{cut:?}…")
    } else {
        format!("{text:?}")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn expected(exit_code: i32, stdout: &str, stderr: &str) -> Expected {
        Expected {
            oracle: "Python 3.11.7".to_string(),
            exit_code,
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
        }
    }

    fn run(exit_code: i32, stdout: &str, stderr: &str) -> RunOutput {
        RunOutput {
            exit_code: Some(exit_code),
            stdout: stdout.as_bytes().to_vec(),
            stderr: stderr.as_bytes().to_vec(),
            timed_out: false,
        }
    }

    const TRACEBACK: &str =
        "Traceback (most recent call last):\n  File \"x.py\", line 1, in <module>\nValueError: boom\n";
    const SYNTAX: &str =
        "  File \"x.py\", line 1\n    x = = 1\n        ^\nSyntaxError: invalid syntax\n";

    #[test]
    fn identical_runs_pass() {
        let e = expected(1, "out\n", TRACEBACK);
        assert_eq!(
            judge(&e, &run(1, "out\n", TRACEBACK), false),
            Outcome::Passed
        );
    }

    #[test]
    fn stdout_and_exit_code_are_exact() {
        let e = expected(0, "a\nb\n", "");
        assert!(matches!(
            judge(&e, &run(0, "a\nb", ""), false),
            Outcome::Failed(_)
        ));
        assert!(matches!(
            judge(&e, &run(0, "a\nc\n", ""), false),
            Outcome::Failed(_)
        ));
        assert!(matches!(
            judge(&e, &run(1, "a\nb\n", ""), false),
            Outcome::Failed(_)
        ));
    }

    #[test]
    fn a_case_can_ask_for_its_whole_traceback() {
        let e = expected(1, "", TRACEBACK);
        let other_frames =
            "Traceback (most recent call last):\n  File \"x.py\", line 9\nValueError: boom\n";
        assert_eq!(judge(&e, &run(1, "", TRACEBACK), true), Outcome::Passed);
        assert!(matches!(
            judge(&e, &run(1, "", other_frames), true),
            Outcome::Failed(_)
        ));
    }

    #[test]
    fn a_traceback_is_compared_by_its_last_line() {
        let e = expected(1, "", TRACEBACK);
        let other_frames =
            "Traceback (most recent call last):\n  File \"x.py\", line 9\nValueError: boom\n";
        assert_eq!(judge(&e, &run(1, "", other_frames), false), Outcome::Passed);
        assert_eq!(
            judge(&e, &run(1, "", "ValueError: boom"), false),
            Outcome::Passed
        );
        let Outcome::Failed(diffs) = judge(&e, &run(1, "", "ValueError: bang\n"), false) else {
            panic!("a different message must fail");
        };
        assert!(
            diffs.iter().any(|d| d.contains("last stderr line")),
            "{diffs:?}"
        );
    }

    #[test]
    fn a_syntax_error_report_is_compared_whole() {
        let e = expected(1, "", SYNTAX);
        assert_eq!(judge(&e, &run(1, "", SYNTAX), false), Outcome::Passed);
        let caret_moved = SYNTAX.replace("        ^", "       ^");
        assert!(matches!(
            judge(&e, &run(1, "", &caret_moved), false),
            Outcome::Failed(_)
        ));
        assert!(is_compile_error_report(
            b"IndentationError: unexpected indent\n"
        ));
        assert!(is_compile_error_report(b"TabError: inconsistent\n"));
        // A SyntaxError raised at run time has a traceback: last line only.
        let runtime = format!("Traceback (most recent call last):\n{SYNTAX}");
        assert!(!is_compile_error_report(runtime.as_bytes()));
        assert!(!is_compile_error_report(b"SyntaxErrorX: no\n"));
    }

    #[test]
    fn panics_and_timeouts_are_their_own_outcomes() {
        let e = expected(0, "", "");
        let panic = "thread 'main' panicked at src/x.rs:1:2:\nindex out of bounds\n";
        assert_eq!(
            judge(&e, &run(101, "", panic), false),
            Outcome::Panicked("thread 'main' panicked at src/x.rs:1:2: index out of bounds".into())
        );
        assert!(matches!(
            judge(&e, &run(101, "", ""), false),
            Outcome::Panicked(_)
        ));
        // A program that exits with 101 on purpose is no panic.
        let e101 = expected(101, "", "");
        assert_eq!(judge(&e101, &run(101, "", ""), false), Outcome::Passed);
        let mut hung = run(0, "", "");
        hung.timed_out = true;
        assert_eq!(judge(&e, &hung, false), Outcome::TimedOut);
        assert!(Outcome::TimedOut.is_failure() && Outcome::Panicked(String::new()).is_failure());
    }

    #[test]
    fn last_line_ignores_one_final_newline() {
        assert_eq!(last_line(b"a\nb\n"), b"b");
        assert_eq!(last_line(b"a\nb"), b"b");
        assert_eq!(last_line(b""), b"");
        assert_eq!(last_line(b"a\n\n"), b"");
    }
}
