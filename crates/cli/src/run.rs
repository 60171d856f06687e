//! What `pyasync` does once its command line is parsed: find the program (a file, `-c CODE` or
//! stdin), decode and compile-check it, print a `SyntaxError` as CPython does, then run it.
//!
//! The VM does not exist yet, so [`execute`] is the one place that will call it: today it says
//! so on stderr and exits with [`EXIT_NO_VM`], never pretending to have run anything.
//!
//! Errors go to stderr in CPython 3.11's exact format when stderr is not a terminal (pipes, CI,
//! the conformance runner); on a terminal they are drawn by miette, still ending with CPython's
//! `SyntaxError: msg` line.

use crate::args::Args;
use crate::open::{self, OpenFailure, Program, PROG};
use pyasync_syntax::{ast, SyntaxError};
use std::io::{IsTerminal, Write};

/// A SyntaxError (and, later, an uncaught exception) exits with 1, as in CPython.
pub const EXIT_ERROR: i32 = 1;
/// The program compiled but cannot run: the VM is not available yet.
pub const EXIT_NO_VM: i32 = 3;

/// Runs the command line; returns the process exit code.
pub fn run(args: Args) -> i32 {
    if args.check {
        return check_files(&args.rest);
    }
    let mut rest = args.rest.into_iter();
    let (program, argv) = match (args.code, rest.next()) {
        (Some(code), file) => {
            // As in CPython, everything after `-c CODE` belongs to the program.
            let argv = std::iter::once("-c".to_string())
                .chain(file)
                .chain(rest)
                .collect();
            let program = Ok(Program {
                filename: "<string>".to_string(),
                bytes: code.into_bytes(),
            });
            (program, argv)
        }
        (None, Some(file)) => {
            let program = if file == "-" {
                open::read_stdin()
            } else {
                open::read_script(&file)
            };
            let argv = std::iter::once(file).chain(rest).collect();
            (program, argv)
        }
        (None, None) => {
            if std::io::stdin().is_terminal() {
                write_stderr(&format!(
                    "{PROG}: no program given, and the interactive prompt is not available \
                     yet; try '{PROG} --help'\n"
                ));
                return 2;
            }
            (open::read_stdin(), vec![String::new()])
        }
    };
    let program = match program {
        Ok(program) => program,
        Err(OpenFailure { message, exit_code }) => {
            write_stderr(&format!("{message}\n"));
            return exit_code;
        }
    };
    match compile(&program) {
        Ok(module) => execute(&module, &program, &argv),
        Err(failure) => {
            let (err, source) = &*failure;
            report(err, source);
            EXIT_ERROR
        }
    }
}

/// Decodes and checks `program`: its AST, or the error with the source text it was found in
/// (boxed: the pair is large and the error path is cold).
fn compile(program: &Program) -> Result<ast::Module, Box<(SyntaxError, String)>> {
    let source = pyasync_syntax::decode_source(&program.bytes, &program.filename)
        .map_err(|err| Box::new((err, String::new())))?;
    pyasync_syntax::compile_check(&source, &program.filename).map_err(|err| Box::new((err, source)))
}

/// Runs a checked program with `sys.argv == argv`. The VM is not built yet: say so plainly.
fn execute(_module: &ast::Module, program: &Program, _argv: &[String]) -> i32 {
    write_stderr(&format!(
        "{PROG}: {} compiles, but running it needs the virtual machine, which is not \
         available yet\n",
        program.filename
    ));
    EXIT_NO_VM
}

/// `--check`: every diagnostic of every file, in order; 0 when all are clean, else 1.
fn check_files(files: &[String]) -> i32 {
    if files.is_empty() {
        write_stderr(&format!("{PROG}: --check needs at least one FILE\n"));
        return 2;
    }
    let mut failed = false;
    for file in files {
        let bytes = match std::fs::read(file) {
            Ok(bytes) => bytes,
            Err(err) => {
                write_stderr(&format!(
                    "{PROG}: can't open file {}: {}\n",
                    open::py_repr(file),
                    open::errno_text(&err)
                ));
                failed = true;
                continue;
            }
        };
        let errors = match pyasync_syntax::decode_source(&bytes, file) {
            Ok(source) => pyasync_syntax::check_all(&source, file)
                .into_iter()
                .map(|err| (err, source.clone()))
                .collect(),
            Err(err) => vec![(err, String::new())],
        };
        for (err, source) in &errors {
            report(err, source);
            failed = true;
        }
    }
    if failed {
        EXIT_ERROR
    } else {
        0
    }
}

/// Prints `err` on stderr: miette's drawing on a terminal, CPython's exact text otherwise.
fn report(err: &SyntaxError, source: &str) {
    let stderr = std::io::stderr();
    let text = if stderr.is_terminal() && !source.is_empty() {
        let colour = std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty());
        pyasync_syntax::render_graphical(err, source, colour)
    } else {
        pyasync_syntax::render_cpython(err)
    };
    write_stderr(&text);
}

/// Writes to stderr, ignoring failures (a closed stderr must not turn into a panic).
fn write_stderr(text: &str) {
    let mut stderr = std::io::stderr().lock();
    let _ = stderr.write_all(text.as_bytes());
    let _ = stderr.flush();
}
