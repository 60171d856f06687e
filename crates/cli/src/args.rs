//! The command line, as clap derives it. CPython's conventions where they apply: the script's
//! own arguments follow its name untouched (`pyasync x.py -c y` passes `-c y` to the script),
//! `-c CODE` runs a string, and a usage error exits with 2.

use clap::Parser;

/// Run an asyncio Python program the way CPython 3.11 runs it.
#[derive(Parser, Debug)]
#[command(
    name = "pyasync",
    version = concat!(env!("CARGO_PKG_VERSION"), " (Python 3.11 compatible)"),
    about = "An interpreter for the async part of Python, compatible with CPython 3.11",
    after_help = "Exit codes: 0 success (or the code given to sys.exit); 1 SyntaxError or \
                  uncaught exception (and --check found errors); 2 usage error or unreadable \
                  script."
)]
pub struct Args {
    /// Program passed in as a string (terminates the option list, as in CPython).
    #[arg(
        short = 'c',
        value_name = "CODE",
        conflicts_with = "check",
        allow_hyphen_values = true
    )]
    pub code: Option<String>,

    /// Only compile: report every SyntaxError in each FILE, run nothing. Exit 0 when all are
    /// clean, 1 otherwise.
    #[arg(long)]
    pub check: bool,

    /// Print the bytecode of FILE instead of running it.
    #[arg(long, conflicts_with = "check")]
    pub dis: bool,

    /// Warning control, as CPython's -W (e.g. `-W error`, `-W ignore::DeprecationWarning`).
    #[arg(short = 'W', value_name = "ARG")]
    pub warnings: Vec<String>,

    /// The script to run (`-` reads it from stdin) and the arguments it gets as
    /// `sys.argv[1:]`; with --check, the files to check.
    #[arg(value_name = "FILE [ARGS]", trailing_var_arg = true)]
    pub rest: Vec<String>,
}

impl Args {
    /// Parses the process's command line. As in CPython, option parsing stops at the script name
    /// and right after `-c CODE`: what follows belongs to the program, even `--check`.
    pub fn from_env() -> Args {
        Args::parse_from(stop_options_after_code(std::env::args_os().collect()))
    }
}

/// Inserts `--` after the value of `-c` (`-c CODE` or `-cCODE`) when it comes before any
/// positional argument, so clap reads the rest as the program's arguments.
fn stop_options_after_code(mut argv: Vec<std::ffi::OsString>) -> Vec<std::ffi::OsString> {
    let mut i = 1;
    while let Some(arg) = argv.get(i) {
        let arg = arg.to_string_lossy();
        if arg == "--" || !arg.starts_with('-') || arg == "-" {
            break;
        }
        if arg.starts_with("-c") {
            let end = if arg == "-c" { i + 2 } else { i + 1 };
            if end <= argv.len() {
                argv.insert(end, "--".into());
            }
            break;
        }
        i += 1;
    }
    argv
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(args: &[&str]) -> Args {
        let argv = args.iter().map(std::ffi::OsString::from).collect();
        Args::parse_from(stop_options_after_code(argv))
    }

    #[test]
    fn arguments_after_the_script_belong_to_it() {
        let args = parse(&["pyasync", "x.py", "-c", "y", "--check"]);
        assert_eq!(args.rest, ["x.py", "-c", "y", "--check"]);
        assert!(args.code.is_none() && !args.check);
    }

    #[test]
    fn arguments_after_code_belong_to_it() {
        let args = parse(&["pyasync", "-c", "pass", "--check", "a"]);
        assert_eq!(args.code.as_deref(), Some("pass"));
        assert_eq!(args.rest, ["--check", "a"]);
        let args = parse(&["pyasync", "-cpass", "-x"]);
        assert_eq!(args.code.as_deref(), Some("pass"));
        assert_eq!(args.rest, ["-x"]);
    }

    #[test]
    fn check_takes_many_files() {
        let args = parse(&["pyasync", "--check", "a.py", "b.py"]);
        assert!(args.check);
        assert_eq!(args.rest, ["a.py", "b.py"]);
    }
}
