//! Running the corpus: every selected case on the interpreter, in parallel, judged against its
//! expectation, with `xfail.txt` applied; and blessing, which runs the oracle instead and
//! writes the expectations.
//!
//! Both run a case the same way: `INTERPRETER NAME.py` with the case's folder as working
//! directory, `NAME.stdin` (or nothing) on stdin. CPython prints a script's path made absolute
//! (`File "/home/me/grammar-tests/syntax/NAME.py"`), so in both outputs the absolute path of the
//! case's folder followed by `/` is removed before anything is stored or compared: the
//! expectations say `File "NAME.py"` and do not depend on where the corpus was checked out.

use crate::compare::{judge, Outcome, WHOLE_STDERR_MARKER};
use crate::corpus::{self, Case};
use crate::exec::{self, Interpreter, RunOutput};
use crate::expected::Expected;
use crate::results::Results;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;
use std::time::Duration;

/// How to run the corpus.
#[derive(Clone, Debug)]
pub struct Config {
    /// The corpus root (`grammar-tests/`), holding `xfail.txt`.
    pub corpus: PathBuf,
    pub interpreter: Interpreter,
    /// Apply `xfail.txt` (only when the interpreter is pyasync).
    pub use_xfail: bool,
    pub timeout: Duration,
    pub jobs: usize,
    /// Paths or globs selecting cases; empty for all.
    pub filters: Vec<String>,
}

/// One case and what happened to it.
#[derive(Clone, Debug)]
pub struct CaseResult {
    pub case: Case,
    pub outcome: Outcome,
}

/// Counts for the summary line.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub passed: usize,
    pub failed: usize,
    pub panicked: usize,
    pub timed_out: usize,
    pub unexpectedly_passed: usize,
    pub skipped: usize,
    pub xfailed: usize,
}

/// The outcome of a whole run, in case-id order.
#[derive(Clone, Debug, Default)]
pub struct Report {
    pub results: Vec<CaseResult>,
    /// Warnings about the corpus itself (stale `xfail.txt` entries).
    pub warnings: Vec<String>,
}

impl Report {
    pub fn counts(&self) -> Counts {
        let mut c = Counts::default();
        for r in &self.results {
            match &r.outcome {
                Outcome::Passed => c.passed += 1,
                Outcome::Failed(_) => c.failed += 1,
                Outcome::Panicked(_) => {
                    c.failed += 1;
                    c.panicked += 1;
                }
                Outcome::TimedOut => {
                    c.failed += 1;
                    c.timed_out += 1;
                }
                Outcome::UnexpectedlyPassed(_) => {
                    c.failed += 1;
                    c.unexpectedly_passed += 1;
                }
                Outcome::Skipped(_) => c.skipped += 1,
                Outcome::XFailed(_) => c.xfailed += 1,
            }
        }
        c
    }

    /// `N passed, N failed`, then `, N skipped` and `, N xfailed` when nonzero.
    pub fn summary_line(&self) -> String {
        let c = self.counts();
        let mut line = format!("{} passed, {} failed", c.passed, c.failed);
        if c.skipped > 0 {
            line.push_str(&format!(", {} skipped", c.skipped));
        }
        if c.xfailed > 0 {
            line.push_str(&format!(", {} xfailed", c.xfailed));
        }
        line
    }

    /// Whether the run succeeded: nothing failed.
    pub fn ok(&self) -> bool {
        self.counts().failed == 0
    }

    /// One paragraph per case that did not pass (all cases when `verbose`), in id order.
    pub fn details(&self, verbose: bool) -> String {
        let mut out = String::new();
        for r in &self.results {
            let id = &r.case.id;
            let text = match &r.outcome {
                Outcome::Passed if verbose => format!("PASS    {id}\n"),
                Outcome::Passed => continue,
                Outcome::Failed(diffs) => {
                    let mut text = format!("FAIL    {id}\n");
                    for d in diffs {
                        text.push_str(&format!("    {d}\n"));
                    }
                    text
                }
                Outcome::Panicked(msg) => format!("PANIC   {id}\n    {msg}\n"),
                Outcome::TimedOut => format!("TIMEOUT {id}\n"),
                Outcome::UnexpectedlyPassed(reason) => format!(
                    "XPASS   {id}\n    listed in xfail.txt ({reason}) but passed: remove it \
                     from the list\n"
                ),
                Outcome::XFailed(reason) if verbose => format!("XFAIL   {id} ({reason})\n"),
                Outcome::XFailed(_) => continue,
                Outcome::Skipped(why) if verbose => format!("SKIP    {id}: {why}\n"),
                Outcome::Skipped(_) => continue,
            };
            out.push_str(&text);
        }
        for w in &self.warnings {
            out.push_str(&format!("warning: {w}\n"));
        }
        let c = self.counts();
        if c.skipped > 0 && !verbose {
            out.push_str(&format!(
                "{} cases skipped (not blessed: run with --bless; -v lists them)\n",
                c.skipped
            ));
        }
        if c.panicked + c.timed_out + c.unexpectedly_passed > 0 {
            out.push_str(&format!(
                "of the failed: {} panicked, {} timed out, {} unexpectedly passed\n",
                c.panicked, c.timed_out, c.unexpectedly_passed
            ));
        }
        out
    }

    /// Case id → outcome word, for a results file.
    pub fn results(&self) -> Results {
        self.results
            .iter()
            .map(|r| (r.case.id.clone(), r.outcome.word().to_string()))
            .collect()
    }
}

/// The selected cases of `config.corpus`, or why there are none.
pub fn selected_cases(config: &Config) -> Result<Vec<Case>, String> {
    let all = corpus::discover(&config.corpus)
        .map_err(|e| format!("cannot read the corpus {}: {e}", config.corpus.display()))?;
    let (cases, unused) = corpus::select(all, &config.corpus, &config.filters);
    if !unused.is_empty() {
        return Err(format!("no case matches {}", unused.join(", ")));
    }
    Ok(cases)
}

/// Runs the selected cases and judges them.
pub fn run_corpus(config: &Config) -> Result<Report, String> {
    let cases = selected_cases(config)?;
    let xfail = if config.use_xfail {
        load_xfail(&config.corpus)?
    } else {
        BTreeMap::new()
    };
    let mut warnings = Vec::new();
    if config.filters.is_empty() {
        for id in xfail.keys() {
            if !cases.iter().any(|c| &c.id == id) {
                warnings.push(format!("xfail.txt lists {id}, which is not a case"));
            }
        }
    }
    let outcomes = parallel_map(&cases, config.jobs, |case| {
        let outcome = run_case(case, config);
        match (xfail.get(&case.id), outcome) {
            (Some(reason), Outcome::Passed) => Outcome::UnexpectedlyPassed(reason.clone()),
            (Some(reason), Outcome::Failed(_) | Outcome::TimedOut) => {
                Outcome::XFailed(reason.clone())
            }
            // A panic is never an expected failure: pyasync must not panic on any program.
            (_, outcome) => outcome,
        }
    });
    let results = cases
        .into_iter()
        .zip(outcomes)
        .map(|(case, outcome)| CaseResult { case, outcome })
        .collect();
    Ok(Report { results, warnings })
}

fn load_xfail(corpus: &Path) -> Result<BTreeMap<String, String>, String> {
    match std::fs::read_to_string(corpus.join("xfail.txt")) {
        Ok(text) => corpus::parse_xfail(&text),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(BTreeMap::new()),
        Err(e) => Err(format!("cannot read xfail.txt: {e}")),
    }
}

/// Runs one case on the configured interpreter and judges it (xfail not applied).
fn run_case(case: &Case, config: &Config) -> Outcome {
    let bytes = match std::fs::read(case.expected_path()) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Outcome::Skipped("not blessed (no .expected file): run with --bless".into())
        }
        Err(e) => return Outcome::Failed(vec![format!("cannot read the expectation: {e}")]),
    };
    let expected = match Expected::parse(&bytes) {
        Ok(expected) => expected,
        Err(e) => return Outcome::Failed(vec![format!("damaged .expected file: {e}")]),
    };
    let whole_stderr = std::fs::read_to_string(&case.path)
        .is_ok_and(|source| source.lines().any(|l| l.trim_end() == WHOLE_STDERR_MARKER));
    match execute(case, &config.interpreter, config.timeout) {
        Ok(out) => judge(&expected, &out, whole_stderr),
        Err(e) => Outcome::Failed(vec![e]),
    }
}

/// Runs `interpreter` on `case` and normalises the case folder's absolute path away.
pub fn execute(
    case: &Case,
    interpreter: &Interpreter,
    timeout: Duration,
) -> Result<RunOutput, String> {
    let folder = case.path.parent().unwrap_or(Path::new("."));
    let folder = folder
        .canonicalize()
        .map_err(|e| format!("cannot find the folder of {}: {e}", case.id))?;
    let file = case
        .path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let stdin = std::fs::read(case.stdin_path()).unwrap_or_default();
    let mut out = exec::run(interpreter, &folder, &file, &stdin, timeout)
        .map_err(|e| format!("cannot start {}: {e}", interpreter.display()))?;
    let prefix = format!("{}/", folder.display());
    out.stdout = replace_all(&out.stdout, prefix.as_bytes());
    out.stderr = replace_all(&out.stderr, prefix.as_bytes());
    Ok(out)
}

/// `data` with every occurrence of `needle` removed.
fn replace_all(data: &[u8], needle: &[u8]) -> Vec<u8> {
    if needle.is_empty() {
        return data.to_vec();
    }
    let mut out = Vec::with_capacity(data.len());
    let mut rest = data;
    while !rest.is_empty() {
        if rest.starts_with(needle) {
            rest = rest.get(needle.len()..).unwrap_or(&[]);
        } else {
            out.extend_from_slice(rest.get(..1).unwrap_or(&[]));
            rest = rest.get(1..).unwrap_or(&[]);
        }
    }
    out
}

/// Applies `f` to every item on `jobs` threads; results in input order.
fn parallel_map<T: Sync, R: Send>(items: &[T], jobs: usize, f: impl Fn(&T) -> R + Sync) -> Vec<R> {
    let next = AtomicUsize::new(0);
    let slots: Mutex<Vec<Option<R>>> = Mutex::new((0..items.len()).map(|_| None).collect());
    std::thread::scope(|scope| {
        for _ in 0..jobs.clamp(1, items.len().max(1)) {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::SeqCst);
                let Some(item) = items.get(i) else { break };
                let result = f(item);
                if let Ok(mut slots) = slots.lock() {
                    if let Some(slot) = slots.get_mut(i) {
                        *slot = Some(result);
                    }
                }
            });
        }
    });
    slots
        .into_inner()
        .unwrap_or_default()
        .into_iter()
        .flatten()
        .collect()
}

/// The oracle's version as it prints it (`Python 3.11.7`).
pub fn oracle_version(oracle: &Interpreter) -> Result<String, String> {
    let out = std::process::Command::new(&oracle.program)
        .args(&oracle.args)
        .arg("--version")
        .output()
        .map_err(|e| format!("cannot start the oracle {}: {e}", oracle.display()))?;
    let text = String::from_utf8_lossy(&out.stdout).trim().to_string();
    let text = if text.is_empty() {
        String::from_utf8_lossy(&out.stderr).trim().to_string()
    } else {
        text
    };
    if !out.status.success() || text.is_empty() {
        return Err(format!("{} --version failed", oracle.display()));
    }
    Ok(text)
}

/// Writes the `.expected` file of every selected case from the oracle's run. Returns one line
/// per case and whether all were blessed.
pub fn bless(config: &Config, oracle: &Interpreter) -> Result<(String, bool), String> {
    let cases = selected_cases(config)?;
    let version = oracle_version(oracle)?;
    let lines = parallel_map(&cases, config.jobs, |case| {
        match execute(case, oracle, config.timeout) {
            Ok(out) if out.timed_out => Err(format!("{}: timed out under the oracle", case.id)),
            Ok(out) => {
                let Some(exit_code) = out.exit_code else {
                    return Err(format!("{}: the oracle was killed by a signal", case.id));
                };
                let expected = Expected {
                    oracle: version.clone(),
                    exit_code,
                    stdout: out.stdout,
                    stderr: out.stderr,
                };
                std::fs::write(case.expected_path(), expected.to_bytes())
                    .map(|()| format!("blessed {} (exit {exit_code})", case.id))
                    .map_err(|e| format!("{}: cannot write the expectation: {e}", case.id))
            }
            Err(e) => Err(format!("{}: {e}", case.id)),
        }
    });
    let ok = lines.iter().all(Result::is_ok);
    let blessed = lines.iter().filter(|l| l.is_ok()).count();
    let mut text: String = lines
        .into_iter()
        .map(|l| match l {
            Ok(line) => format!("{line}\n"),
            Err(e) => format!("error: {e}\n"),
        })
        .collect();
    text.push_str(&format!(
        "{blessed} blessed from {version}, {} failed\n",
        cases.len() - blessed
    ));
    Ok((text, ok))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(outcomes: Vec<Outcome>) -> Report {
        let results = outcomes
            .into_iter()
            .enumerate()
            .map(|(i, outcome)| CaseResult {
                case: Case {
                    id: format!("c{i}.py"),
                    path: PathBuf::from(format!("c{i}.py")),
                },
                outcome,
            })
            .collect();
        Report {
            results,
            warnings: Vec::new(),
        }
    }

    #[test]
    fn summary_line_mentions_skipped_and_xfailed_only_when_nonzero() {
        assert_eq!(
            report(vec![Outcome::Passed]).summary_line(),
            "1 passed, 0 failed"
        );
        let r = report(vec![
            Outcome::Passed,
            Outcome::Panicked("boom".into()),
            Outcome::TimedOut,
            Outcome::UnexpectedlyPassed("needs the VM".into()),
            Outcome::Skipped("not blessed".into()),
            Outcome::XFailed("needs the VM".into()),
        ]);
        assert_eq!(r.summary_line(), "1 passed, 3 failed, 1 skipped, 1 xfailed");
        assert!(!r.ok());
        assert!(r.details(false).contains("XPASS   c3.py"));
    }

    #[test]
    fn removes_the_case_folder_from_output() {
        let out = replace_all(b"File \"/a/b/x.py\", /a/b/", b"/a/b/");
        assert_eq!(out, b"File \"x.py\", ");
    }

    #[test]
    fn parallel_map_keeps_order() {
        let items: Vec<usize> = (0..50).collect();
        assert_eq!(
            parallel_map(&items, 4, |x| x * 2),
            (0..50).map(|x| x * 2).collect::<Vec<_>>()
        );
        assert!(parallel_map(&Vec::<usize>::new(), 4, |x| *x).is_empty());
    }
}

/// The whole runner on a small corpus whose "programs" are shell scripts run by `sh`, so that
/// every outcome can be produced on purpose.
#[cfg(test)]
mod corpus_tests {
    use super::*;

    fn write(dir: &Path, name: &str, text: &str) {
        let _ = std::fs::write(dir.join(name), text);
    }

    fn expect(dir: &Path, name: &str, stdout: &str) {
        let e = Expected {
            oracle: "Python 3.11.7".into(),
            exit_code: 0,
            stdout: stdout.as_bytes().to_vec(),
            stderr: Vec::new(),
        };
        let _ = std::fs::write(dir.join(name), e.to_bytes());
    }

    #[test]
    fn xfail_is_strict_and_never_hides_a_panic() {
        let dir = std::env::temp_dir().join(format!("pyasync-conf-{}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        let _ = std::fs::create_dir_all(dir.join("sub"));
        write(&dir, "passes.py", "echo hi");
        expect(&dir, "passes.expected", "hi\n");
        write(&dir, "listed_passes.py", "echo hi");
        expect(&dir, "listed_passes.expected", "hi\n");
        write(&dir, "listed_fails.py", "echo no");
        expect(&dir, "listed_fails.expected", "hi\n");
        write(
            &dir,
            "listed_panics.py",
            "echo \"thread 'main' panicked at a.rs:1:1:\" >&2; exit 101",
        );
        expect(&dir, "listed_panics.expected", "");
        write(&dir, "sub/fails.py", "pwd");
        expect(&dir, "sub/fails.expected", "elsewhere\n");
        write(&dir, "sub/hangs.py", "exec sleep 20");
        expect(&dir, "sub/hangs.expected", "");
        write(&dir, "unblessed.py", "echo hi");
        write(
            &dir,
            "xfail.txt",
            "listed_passes.py  reason one\nlisted_fails.py  reason two\nlisted_panics.py  three\n",
        );
        let mut config = Config {
            corpus: dir.clone(),
            interpreter: Interpreter {
                program: "sh".into(),
                args: Vec::new(),
            },
            use_xfail: true,
            timeout: Duration::from_millis(500),
            jobs: 2,
            filters: Vec::new(),
        };
        let report = run_corpus(&config).unwrap_or_default();
        let words: Vec<(String, &str)> = report
            .results
            .iter()
            .map(|r| (r.case.id.clone(), r.outcome.word()))
            .collect();
        let expected_words = [
            ("listed_fails.py", "xfailed"),
            ("listed_panics.py", "panicked"),
            ("listed_passes.py", "xpassed"),
            ("passes.py", "passed"),
            ("sub/fails.py", "failed"),
            ("sub/hangs.py", "timeout"),
            ("unblessed.py", "skipped"),
        ];
        let expected_words: Vec<(String, &str)> = expected_words
            .iter()
            .map(|(a, b)| (a.to_string(), *b))
            .collect();
        assert_eq!(words, expected_words);
        assert_eq!(
            report.summary_line(),
            "1 passed, 4 failed, 1 skipped, 1 xfailed"
        );

        // The diff names the part that differs and shows the expected line.
        let fails = report.results.iter().find(|r| r.case.id == "sub/fails.py");
        let Some(Outcome::Failed(diffs)) = fails.map(|r| &r.outcome) else {
            panic!("sub/fails.py must fail");
        };
        assert!(diffs[0].contains("expected: \"elsewhere\""), "{diffs:?}");

        // Without xfail.txt (another interpreter), the listed cases are judged plainly.
        config.use_xfail = false;
        config.filters = vec!["listed_*".to_string()];
        let report = run_corpus(&config).unwrap_or_default();
        assert_eq!(report.summary_line(), "1 passed, 2 failed");
        let _ = std::fs::remove_dir_all(&dir);
    }
}
