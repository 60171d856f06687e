//! Finding and reading the program, with CPython's messages when it cannot be read.
//!
//! CPython 3.11 makes a relative script path absolute by prefixing the working directory
//! (`python3 x.py` prints `File "/home/me/x.py"` in tracebacks, and `python3 ./x.py` prints
//! `/home/me/./x.py`: a plain join, not a normalisation). We do the same, so tracebacks and
//! messages match. A script that cannot be opened is reported as
//! `pyasync: can't open file '/abs/x.py': [Errno 2] No such file or directory` with exit code 2,
//! CPython's words with our program name. A directory is what CPython would run as a package
//! (its `__main__.py`, through `runpy`); without a `__main__.py` we print CPython's message and
//! exit 1 as it does; with one we say that running a directory is not supported (exit 2).

use std::io::Read;

/// The program name at the start of every message (CPython prints its own `argv[0]`).
pub const PROG: &str = "pyasync";

/// A program read into memory, with the name tracebacks will show.
pub struct Program {
    /// `File "..."` in tracebacks: the absolute path, `<string>` or `<stdin>`.
    pub filename: String,
    pub bytes: Vec<u8>,
}

/// Why the program could not be read: the message for stderr and the exit code.
pub struct OpenFailure {
    pub message: String,
    pub exit_code: i32,
}

/// The name CPython shows for script `arg`: absolute paths as given, relative ones joined to
/// the working directory.
pub fn display_name(arg: &str) -> String {
    if arg.starts_with('/') {
        return arg.to_string();
    }
    match std::env::current_dir() {
        Ok(cwd) => format!("{}/{}", cwd.display(), arg),
        Err(_) => arg.to_string(),
    }
}

/// Reads script `arg` as `pyasync arg` does.
pub fn read_script(arg: &str) -> Result<Program, OpenFailure> {
    let filename = display_name(arg);
    let path = std::path::Path::new(arg);
    if path.is_dir() {
        let (message, exit_code) = if path.join("__main__.py").is_file() {
            (
                format!(
                    "{PROG}: can't run {}: running a directory's __main__.py is not supported",
                    py_repr(&filename)
                ),
                2,
            )
        } else {
            (
                format!(
                    "{PROG}: can't find '__main__' module in {}",
                    py_repr(&filename)
                ),
                1,
            )
        };
        return Err(OpenFailure { message, exit_code });
    }
    match std::fs::read(path) {
        Ok(bytes) => Ok(Program { filename, bytes }),
        Err(err) => Err(OpenFailure {
            message: format!(
                "{PROG}: can't open file {}: {}",
                py_repr(&filename),
                errno_text(&err)
            ),
            exit_code: 2,
        }),
    }
}

/// Reads the whole program from stdin, named `<stdin>` as CPython names it.
pub fn read_stdin() -> Result<Program, OpenFailure> {
    let mut bytes = Vec::new();
    match std::io::stdin().read_to_end(&mut bytes) {
        Ok(_) => Ok(Program {
            filename: "<stdin>".to_string(),
            bytes,
        }),
        Err(err) => Err(OpenFailure {
            message: format!("{PROG}: can't read <stdin>: {}", errno_text(&err)),
            exit_code: 2,
        }),
    }
}

/// An I/O error the way Python's `OSError` prints it: `[Errno 2] No such file or directory`.
pub fn errno_text(err: &std::io::Error) -> String {
    let text = err.to_string();
    match err.raw_os_error() {
        Some(code) => {
            // Rust appends " (os error N)" to the C library's strerror text; Python does not.
            let suffix = format!(" (os error {code})");
            let detail = text.strip_suffix(&suffix).unwrap_or(&text);
            format!("[Errno {code}] {detail}")
        }
        None => text,
    }
}

/// Python's `repr()` of a `str`: single quotes unless the text holds a `'` and no `"`, with
/// backslash escapes for the quote, backslashes and control characters.
pub fn py_repr(text: &str) -> String {
    let quote = if text.contains('\'') && !text.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(text.len() + 2);
    out.push(quote);
    for c in text.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || (0x7f..0xa0).contains(&(c as u32)) => {
                out.push_str(&format!("\\x{:02x}", c as u32));
            }
            c => out.push(c),
        }
    }
    out.push(quote);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn repr_chooses_quotes_and_escapes_like_python() {
        // Each expectation is what python3 prints for repr() of the same text.
        assert_eq!(py_repr("a.py"), "'a.py'");
        assert_eq!(py_repr("it's.py"), "\"it's.py\"");
        assert_eq!(py_repr("it's \"x\".py"), "'it\\'s \"x\".py'");
        assert_eq!(py_repr("a\\b\n\x01\u{85}é"), "'a\\\\b\\n\\x01\\x85é'");
    }

    #[test]
    fn errno_text_matches_python_oserror() {
        let err = std::io::Error::from_raw_os_error(2);
        assert_eq!(errno_text(&err), "[Errno 2] No such file or directory");
    }

    #[test]
    fn relative_names_are_joined_not_normalised() {
        let cwd = std::env::current_dir().map(|p| p.display().to_string());
        assert_eq!(display_name("/x/./y.py"), "/x/./y.py");
        if let Ok(cwd) = cwd {
            assert_eq!(display_name("./y.py"), format!("{cwd}/./y.py"));
        }
    }
}
