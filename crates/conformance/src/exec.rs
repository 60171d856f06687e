//! Running one program under a time limit: the interpreter as a subprocess in the case's
//! folder, with the given stdin, its stdout and stderr captured whole.
//!
//! The outputs are drained by two threads while the main thread polls for the exit, so a child
//! that writes a lot cannot block on a full pipe. On timeout the child is killed; output
//! already written is kept.

use std::io::{Read, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

/// A command line: the program and its leading arguments (`python3 -X dev` → two parts).
#[derive(Clone, Debug)]
pub struct Interpreter {
    pub program: String,
    pub args: Vec<String>,
}

impl Interpreter {
    /// Splits a command given as one string at whitespace.
    pub fn parse(command: &str) -> Option<Interpreter> {
        let mut parts = command.split_whitespace().map(str::to_string);
        let program = parts.next()?;
        Some(Interpreter {
            program,
            args: parts.collect(),
        })
    }

    /// How to show it in messages.
    pub fn display(&self) -> String {
        std::iter::once(self.program.as_str())
            .chain(self.args.iter().map(String::as_str))
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// What one run produced.
#[derive(Clone, Debug, Default)]
pub struct RunOutput {
    /// `None` when killed by a signal (including our timeout kill).
    pub exit_code: Option<i32>,
    pub stdout: Vec<u8>,
    pub stderr: Vec<u8>,
    pub timed_out: bool,
}

/// Runs `interpreter FILE` in `dir` with `stdin`, killing it after `timeout`.
pub fn run(
    interpreter: &Interpreter,
    dir: &Path,
    file: &str,
    stdin: &[u8],
    timeout: Duration,
) -> std::io::Result<RunOutput> {
    let mut child = Command::new(&interpreter.program)
        .args(&interpreter.args)
        .arg(file)
        .current_dir(dir)
        // Reproducible runs: fixed str hashing, UTF-8 I/O whatever the locale, no
        // __pycache__ written into the corpus.
        .env("PYTHONHASHSEED", "0")
        .env("PYTHONUTF8", "1")
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .env("RUST_BACKTRACE", "0")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()?;

    let stdin_data = stdin.to_vec();
    let stdin_pipe = child.stdin.take();
    std::thread::spawn(move || {
        if let Some(mut pipe) = stdin_pipe {
            // A child that exits without reading its stdin closes the pipe: not an error.
            let _ = pipe.write_all(&stdin_data);
        }
    });
    let stdout = drain(child.stdout.take());
    let stderr = drain(child.stderr.take());

    let start = Instant::now();
    let mut timed_out = false;
    let status = loop {
        if let Some(status) = child.try_wait()? {
            break status;
        }
        if start.elapsed() >= timeout {
            timed_out = true;
            let _ = child.kill();
            break child.wait()?;
        }
        std::thread::sleep(Duration::from_millis(5));
    };
    // A grandchild may still hold the pipes open: do not wait for it forever.
    let grace = if timed_out {
        Duration::from_secs(1)
    } else {
        timeout
    };
    Ok(RunOutput {
        exit_code: status.code(),
        stdout: stdout.recv_timeout(grace).unwrap_or_default(),
        stderr: stderr.recv_timeout(grace).unwrap_or_default(),
        timed_out,
    })
}

/// Reads a pipe to its end on a thread; the bytes arrive on the returned channel.
fn drain<R: Read + Send + 'static>(pipe: Option<R>) -> mpsc::Receiver<Vec<u8>> {
    let (send, receive) = mpsc::channel();
    std::thread::spawn(move || {
        let mut data = Vec::new();
        if let Some(mut pipe) = pipe {
            let _ = pipe.read_to_end(&mut data);
        }
        let _ = send.send(data);
    });
    receive
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sh(script: &str, timeout: Duration) -> RunOutput {
        let interp = Interpreter {
            program: "sh".to_string(),
            args: vec!["-c".to_string(), script.to_string()],
        };
        run(&interp, Path::new("."), "sh", b"input", timeout).unwrap_or_default()
    }

    #[test]
    fn captures_outputs_exit_code_and_stdin() {
        let out = sh("cat; echo err >&2; exit 3", Duration::from_secs(10));
        assert_eq!(out.stdout, b"input");
        assert_eq!(out.stderr, b"err\n");
        assert_eq!(out.exit_code, Some(3));
        assert!(!out.timed_out);
    }

    #[test]
    fn kills_a_program_that_runs_too_long() {
        let start = Instant::now();
        let out = sh("echo started; exec sleep 30", Duration::from_millis(300));
        assert!(out.timed_out);
        assert_eq!(out.stdout, b"started\n");
        assert!(start.elapsed() < Duration::from_secs(10));
    }

    #[test]
    fn large_outputs_do_not_deadlock() {
        let out = sh("head -c 1000000 /dev/zero", Duration::from_secs(10));
        assert_eq!(out.stdout.len(), 1_000_000);
    }
}
