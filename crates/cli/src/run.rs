//! What `pyasync` does once its command line is parsed: find the program (a file, `-c CODE` or
//! stdin), decode and compile-check it, print a `SyntaxError` as CPython does, then run it.
//!
//! [`execute`] hands the checked program to the VM, on a thread with a large stack so that
//! native code calling back into Python (a `key=` function, `__repr__` in `print`) has room;
//! the VM raises RecursionError before that stack runs out.
//!
//! Errors go to stderr in CPython 3.11's exact format when stderr is not a terminal (pipes, CI,
//! the conformance runner); on a terminal they are drawn by miette, still ending with CPython's
//! `SyntaxError: msg` line.

use crate::args::Args;
use crate::open::{self, OpenFailure, Program, PROG};
use pyasync_syntax::{ast, SyntaxError};
use std::io::{IsTerminal, Write};

/// A SyntaxError or an uncaught exception exits with 1, as in CPython.
pub const EXIT_ERROR: i32 = 1;

/// Stack size of the thread the VM runs on. Only the pages actually used are committed.
const VM_STACK_SIZE: usize = 1 << 30;

/// Runs the command line; returns the process exit code.
pub fn run(args: Args) -> i32 {
    if args.check {
        return check_files(&args.rest);
    }
    let dis = args.dis;
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
        Ok((module, source)) if dis => disassemble(module, &source, &program),
        Ok((module, source)) => execute(module, source, &program, argv, args.warnings),
        Err(failure) => {
            let (err, source) = &*failure;
            report(err, source);
            EXIT_ERROR
        }
    }
}

/// Decodes and checks `program`: its AST, or the error with the source text it was found in
/// (boxed: the pair is large and the error path is cold).
fn compile(program: &Program) -> Result<(ast::Module, String), Box<(SyntaxError, String)>> {
    let source = pyasync_syntax::decode_source(&program.bytes, &program.filename)
        .map_err(|err| Box::new((err, String::new())))?;
    match pyasync_syntax::compile_check(&source, &program.filename) {
        Ok(module) => Ok((module, source)),
        Err(err) => {
            // A script file or stdin, not `-c`: CPython's file tokenizer reports some errors
            // at the end of the file differently.
            let err = if program.filename == "<string>" {
                err
            } else {
                pyasync_syntax::as_read_from_file(err, &source)
            };
            Err(Box::new((err, source)))
        }
    }
}

/// Runs a checked program as `__main__` with `sys.argv == argv`.
fn execute(
    module: ast::Module,
    source: String,
    program: &Program,
    argv: Vec<String>,
    warnings: Vec<String>,
) -> i32 {
    let filename = program.filename.clone();
    let path_dir = script_dir(&filename);
    // Ctrl-C raises KeyboardInterrupt in the program. Without the handler (it can fail only
    // if one is installed already), SIGINT keeps its default action and ends the process.
    let _ = ctrlc::set_handler(pyasync_vm::signals::request_interrupt);
    crate::malloc::use_one_arena();
    let worker = std::thread::Builder::new()
        .name("pyasync".into())
        .stack_size(VM_STACK_SIZE)
        .spawn(move || {
            let base = 0u8;
            let base_addr = &base as *const u8 as usize;
            let mut interp = pyasync_vm::Interpreter::new(argv);
            // Keep 1 MiB in reserve below the point where RecursionError is raised.
            interp.set_stack_limit(base_addr.saturating_sub(VM_STACK_SIZE - (1 << 20)));
            interp.set_path(&path_dir);
            for w in &warnings {
                interp.vm.add_warning_option(w);
            }
            interp.run_main_checked(&module, &source, &filename)
        });
    match worker {
        Ok(handle) => handle.join().unwrap_or(EXIT_ERROR),
        Err(err) => {
            write_stderr(&format!(
                "{PROG}: cannot start the interpreter thread: {err}\n"
            ));
            EXIT_ERROR
        }
    }
}

/// `sys.path[0]`: the script's directory, or "" for `-c` and stdin.
fn script_dir(filename: &str) -> String {
    if filename.starts_with('<') {
        return String::new();
    }
    std::path::Path::new(filename)
        .parent()
        .map(|p| p.to_string_lossy().into_owned())
        .unwrap_or_default()
}

/// `--dis`: prints the bytecode of the program and every function in it.
fn disassemble(module: ast::Module, source: &str, program: &Program) -> i32 {
    let index = pyasync_syntax::LineIndex::new(source);
    let table = pyasync_syntax::symtable::build(&module, source, &index, &program.filename);
    match pyasync_compiler::compile_module(
        &module,
        &table,
        source,
        &program.filename,
        pyasync_compiler::Mode::Exec,
    ) {
        Ok(code) => {
            print!("{}", pyasync_bytecode::dis::disassemble(&code));
            0
        }
        Err(err) => {
            write_stderr(&format!("{PROG}: cannot compile: {err:?}\n"));
            EXIT_ERROR
        }
    }
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
