//! Standard streams and files: writing to `sys.stdout`/`sys.stderr` (or any object with a
//! `write` method put in their place), `open()`, and the methods of file objects.

use std::io::Write;
use std::rc::Rc;

use crate::builtins::functions::{Args, MethodKind};
use crate::object::{Payload, PyObject};
use crate::objects::textio::{Stream, TextIO};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Writes text to a stream object: the process's stdout/stderr natively, files natively,
    /// anything else through its `write` method.
    pub fn write_to(&mut self, target: &Value, text: &str) -> PyResult<()> {
        if let Some(Payload::TextIO(t)) = target.payload() {
            match &*t.stream.borrow() {
                Stream::Stdout => {
                    self.stdout_buf.extend_from_slice(text.as_bytes());
                    if self.stdout_is_tty || self.stdout_buf.len() > 64 * 1024 {
                        // A closed pipe raises BrokenPipeError here, as in CPython.
                        self.try_flush_stdout()
                            .map_err(|e| self.os_error_from(&e))?;
                    }
                    return Ok(());
                }
                Stream::Stderr => {
                    self.write_process_stderr(text);
                    return Ok(());
                }
                _ => {}
            }
            if t.binary && t.mode.contains(['w', 'a', 'x', '+']) {
                return Err(self.type_error("a bytes-like object is required, not 'str'"));
            }
            self.check_file_op(t, "write")?;
            return t
                .write_file(text.as_bytes())
                .map_err(|e| self.os_error_from(&e));
        }
        let write = self.getattr_str(target, "write")?;
        self.call(&write, Args::new([self.new_str(text)]))?;
        Ok(())
    }

    pub fn write_stdout(&mut self, text: &str) -> PyResult<()> {
        let out = self.sys_attr("stdout")?;
        self.write_to(&out, text)
    }

    /// Writes to `sys.stderr`, or to the process's standard error when `sys.stderr` is
    /// missing, None or fails (as CPython prints a `SystemExit` message).
    pub fn write_stderr(&mut self, text: &str) {
        if let Ok(s) = self.sys_attr("stderr") {
            if self.write_to(&s, text).is_ok() {
                return;
            }
        }
        self.write_process_stderr(text);
    }

    /// Writes a report to `sys.stderr` as CPython's unraisable hook and `warnings` do:
    /// nothing at all when `sys.stderr` is missing or None, and a failing write is ignored.
    pub fn write_report(&mut self, text: &str) {
        match self.sys_attr("stderr") {
            Ok(Value::None) | Err(_) => {}
            Ok(s) => {
                let _ = self.write_to(&s, text);
            }
        }
    }

    /// Prints an uncaught exception's report `text` as CPython's `PyErr_Display` does:
    /// nothing when `sys.stderr` is None; when it is missing or its `write` fails, a dump
    /// of the exception and "lost sys.stderr" on the process's standard error. Then
    /// `sys.stderr.flush()`, whose failure is ignored.
    pub fn display_exception(&mut self, exc: &Value, text: &str) {
        let stderr = match self.sys_attr("stderr") {
            Ok(Value::None) => return,
            Ok(s) => s,
            Err(_) => {
                self.dump_lost_stderr(exc);
                return;
            }
        };
        if self.write_to(&stderr, text).is_err() {
            self.dump_lost_stderr(exc);
        }
        let _ = self.flush_stream(&stderr);
    }

    /// CPython's `_PyObject_Dump` of an exception it could not print, then "lost sys.stderr".
    fn dump_lost_stderr(&mut self, exc: &Value) {
        let class = self.class_of(exc).clone();
        let refs = exc.as_obj().map_or(1, Rc::strong_count);
        let repr = self
            .repr_string(exc)
            .unwrap_or_else(|_| "<object repr() failed>".into());
        let text = format!(
            "object address  : {:#x}\nobject refcount : {refs}\nobject type     : {:#x}\n\
             object type name: {}\nobject repr     : {repr}\nlost sys.stderr\n",
            exc.identity(),
            Rc::as_ptr(&class) as usize,
            self.type_name(exc),
        );
        self.write_process_stderr(&text);
    }

    /// Writes to the process's standard error (after flushing standard output, so a
    /// terminal shows both in order).
    pub fn write_process_stderr(&mut self, text: &str) {
        self.flush_stdout();
        let mut err = std::io::stderr().lock();
        let _ = err.write_all(text.as_bytes());
        let _ = err.flush();
    }

    /// Writes what is buffered for the process's standard output, ignoring a failure (a
    /// closed pipe): `print` and `flush` raise it instead (`try_flush_stdout`).
    pub fn flush_stdout(&mut self) {
        let _ = self.try_flush_stdout();
    }

    fn try_flush_stdout(&mut self) -> std::io::Result<()> {
        if self.stdout_buf.is_empty() {
            return Ok(());
        }
        let mut out = std::io::stdout().lock();
        let written = out.write_all(&self.stdout_buf).and_then(|()| out.flush());
        self.stdout_buf.clear();
        written
    }

    /// CPython's `flush_std_files` at exit: flushes `sys.stdout` and `sys.stderr` unless
    /// they are None or closed. False when either fails (the exit code becomes 120); a
    /// failure of stdout's is reported as "Exception ignored in: <stdout>".
    pub fn flush_std_files(&mut self) -> bool {
        let mut ok = true;
        for name in ["stdout", "stderr"] {
            let Ok(f) = self.sys_attr(name) else { continue };
            if f.is_none() || self.stream_is_closed(&f) {
                continue;
            }
            let flushed = match f.payload() {
                Some(Payload::TextIO(t)) if matches!(*t.stream.borrow(), Stream::Stdout) => {
                    self.try_flush_stdout().map_err(|e| self.os_error_from(&e))
                }
                _ => self.flush_stream_strict(&f),
            };
            if let Err(e) = flushed {
                ok = false;
                if name == "stdout" {
                    self.write_unraisable(&e, "Exception ignored in", Some(&f));
                }
            }
        }
        ok
    }

    /// `f.closed`, false when it has none or it cannot be read (CPython's `file_is_closed`).
    fn stream_is_closed(&mut self, f: &Value) -> bool {
        if let Some(Payload::TextIO(t)) = f.payload() {
            return t.is_closed();
        }
        match self.lookup_attr_opt(f, "closed") {
            Ok(Some(c)) => self.is_true(&c).unwrap_or(false),
            _ => false,
        }
    }

    /// `f.flush()`, failing when `f` has no `flush` (unlike [`Vm::flush_stream`]).
    fn flush_stream_strict(&mut self, f: &Value) -> PyResult<()> {
        if let Some(Payload::TextIO(_)) = f.payload() {
            return self.flush_stream(f);
        }
        let flush = self.getattr_str(f, "flush")?;
        self.call(&flush, Args::default())?;
        Ok(())
    }

    pub fn flush_stream(&mut self, target: &Value) -> PyResult<()> {
        if let Some(Payload::TextIO(t)) = target.payload() {
            if matches!(*t.stream.borrow(), Stream::Stdout) {
                return self.try_flush_stdout().map_err(|e| self.os_error_from(&e));
            }
            if t.is_closed() {
                return Err(self.closed_file_error(t, "flush"));
            }
            return t.flush_file().map_err(|e| self.os_error_from(&e));
        }
        if let Some(f) = self.lookup_attr_opt(target, "flush")? {
            self.call(&f, Args::default())?;
        }
        Ok(())
    }

    /// `open(fd, mode, closefd=...)`: a file object over an open file descriptor.
    pub fn open_fd(&mut self, fd: i64, mode: &str, closefd: bool) -> PyResult<Value> {
        use std::os::unix::io::FromRawFd;
        self.check_open_mode(mode)?;
        if fd < 0 {
            return Err(self.value_error("negative file descriptor"));
        }
        let Ok(raw) = i32::try_from(fd) else {
            return Err(self.overflow_error("Python int too large to convert to C int"));
        };
        // SAFETY: the program asked for this descriptor, as in CPython; a descriptor that is
        // not open is caught by `metadata` and forgotten without being closed.
        let file = unsafe { std::fs::File::from_raw_fd(raw) };
        if let Err(e) = file.metadata() {
            std::mem::forget(file);
            return Err(self.os_error_from(&e));
        }
        let stream = if mode.contains(['w', 'a', 'x', '+']) {
            Stream::Writer(std::cell::RefCell::new(std::io::BufWriter::new(file)))
        } else {
            Stream::Reader(std::cell::RefCell::new(std::io::BufReader::new(file)))
        };
        let mut t = TextIO::new(&fd.to_string(), mode, stream);
        t.fd = Some(raw);
        t.closefd = closefd;
        let o = Rc::new(PyObject::new(
            self.types.text_io.clone(),
            Payload::TextIO(Box::new(t)),
        ));
        Ok(Value::Obj(o))
    }

    /// `open(path, mode)`.
    pub fn open_file(&mut self, path: &str, mode: &str) -> PyResult<Value> {
        self.check_open_mode(mode)?;
        let stream = if mode.contains('w') || mode.contains('a') || mode.contains('x') {
            let mut opts = std::fs::OpenOptions::new();
            if mode.contains('a') {
                opts.append(true).create(true);
            } else if mode.contains('x') {
                opts.write(true).create_new(true);
            } else {
                opts.write(true).create(true).truncate(true);
            }
            let f = opts.open(path).map_err(|e| self.file_error(&e, path))?;
            Stream::Writer(std::cell::RefCell::new(std::io::BufWriter::new(f)))
        } else {
            let f = std::fs::File::open(path).map_err(|e| self.file_error(&e, path))?;
            if f.metadata().map(|m| m.is_dir()).unwrap_or(false) {
                return Err(self.file_error(&std::io::Error::from_raw_os_error(21), path));
            }
            Stream::Reader(std::cell::RefCell::new(std::io::BufReader::new(f)))
        };
        let o = Rc::new(PyObject::new(
            self.types.text_io.clone(),
            Payload::TextIO(Box::new(TextIO::new(path, mode, stream))),
        ));
        Ok(Value::Obj(o))
    }

    /// `open()`'s checks of its mode string, with CPython's messages (`_io_open_impl`,
    /// then `FileIO`'s when no create/read/write/append letter is given).
    fn check_open_mode(&self, mode: &str) -> PyResult<()> {
        let invalid = mode
            .char_indices()
            .any(|(i, c)| !"axrwb+t".contains(c) || mode[i + c.len_utf8()..].contains(c));
        if invalid {
            return Err(self.value_error(format!("invalid mode: '{mode}'")));
        }
        let has = |c: char| mode.contains(c);
        if has('t') && has('b') {
            return Err(self.value_error("can't have text and binary mode at once"));
        }
        match ['x', 'r', 'w', 'a'].iter().filter(|&&c| has(c)).count() {
            0 => Err(self.value_error(
                "Must have exactly one of create/read/write/append mode and at most one plus",
            )),
            1 => Ok(()),
            _ => Err(self.value_error("must have exactly one of create/read/write/append mode")),
        }
    }

    fn file_error(&self, e: &std::io::Error, path: &str) -> crate::vm::PyErr {
        let err = self.os_error_from(e);
        self.set_attr_raw(&err.0, "filename", self.new_str(path));
        err
    }
}

impl Vm {
    /// CPython's error for `op` on a closed file. A binary file (a `BufferedReader`,
    /// `BufferedWriter` or `BufferedRandom`) names the operation for the reads, writes and
    /// flushes it does itself; a text file, and the rest, say "I/O operation on closed file."
    /// (without the period for the `IOBase` queries `fileno` and `isatty`).
    pub fn closed_file_error(&self, t: &TextIO, op: &str) -> crate::vm::PyErr {
        let writable = t.mode.contains(['w', 'a', 'x', '+']);
        let text = match op {
            "read" if t.binary => "read of closed file",
            "readline" if t.binary => "readline of closed file",
            "write" if t.binary => "write to closed file",
            "flush" if t.binary && writable => "flush of closed file",
            "fileno" | "isatty" => "I/O operation on closed file",
            _ => "I/O operation on closed file.",
        };
        self.value_error(text)
    }

    /// The checks before `op` ("read", "readline" or "write") on a file, in CPython's order:
    /// a binary file without the operation raises `io.UnsupportedOperation` naming it, then a
    /// closed file its ValueError, then a text file without it "not readable"/"not writable".
    pub fn check_file_op(&mut self, t: &TextIO, op: &str) -> PyResult<()> {
        let allowed = if op == "write" {
            t.mode.contains(['w', 'a', 'x', '+'])
        } else {
            t.mode.contains(['r', '+'])
        };
        if t.binary && !allowed {
            let name = if op == "write" { "write" } else { "read" };
            return Err(self.unsupported_operation(name));
        }
        if t.is_closed() {
            return Err(self.closed_file_error(t, op));
        }
        if !allowed {
            let text = if op == "write" {
                "not writable"
            } else {
                "not readable"
            };
            return Err(self.unsupported_operation(text));
        }
        Ok(())
    }

    fn unsupported_operation(&mut self, msg: &str) -> crate::vm::PyErr {
        let class = self.io_unsupported_operation.clone();
        let arg = self.new_str(msg);
        match self.call(&class, Args::new([arg])) {
            Ok(Value::Obj(e)) => crate::vm::PyErr(e),
            Ok(_) => self.value_error(msg.to_string()),
            Err(e) => e,
        }
    }
}

fn textio<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a TextIO> {
    match v.payload() {
        Some(Payload::TextIO(t)) => Ok(t),
        _ => Err(vm.type_error("not a file object")),
    }
}

fn write(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("write", &args, 2, 2)?;
    let t = textio(vm, &args.values[0])?;
    vm.check_file_op(t, "write")?;
    let n;
    if t.binary {
        let data = match args.values[1].payload() {
            Some(Payload::Bytes(b)) => b.to_vec(),
            Some(Payload::ByteArray(b)) => b.borrow().clone(),
            _ => {
                return Err(vm.type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    vm.type_name(&args.values[1])
                )))
            }
        };
        n = data.len();
        t.write_file(&data).map_err(|e| vm.os_error_from(&e))?;
    } else {
        let Some(s) = args.values[1].as_str().map(str::to_string) else {
            return Err(vm.type_error(format!(
                "write() argument must be str, not {}",
                vm.type_name(&args.values[1])
            )));
        };
        n = s.chars().count();
        let target = args.values[0].clone();
        vm.write_to(&target, &s)?;
    }
    Ok(Value::Int(n as i64))
}

fn flush(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let target = args.values[0].clone();
    vm.flush_stream(&target)?;
    Ok(Value::None)
}

fn read(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = textio(vm, &args.values[0])?;
    vm.check_file_op(t, "read")?;
    let data = t.read_all().map_err(|e| vm.os_error_from(&e))?;
    if t.binary {
        return Ok(vm.new_bytes(data));
    }
    Ok(vm.new_str(String::from_utf8_lossy(&data).into_owned()))
}

fn readline(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = textio(vm, &args.values[0])?;
    vm.check_file_op(t, "readline")?;
    if matches!(*t.stream.borrow(), Stream::Stdin) {
        vm.flush_stdout();
    }
    let line = t.read_line().map_err(|e| vm.os_error_from(&e))?;
    if t.binary {
        return Ok(vm.new_bytes(line));
    }
    Ok(vm.new_str(String::from_utf8_lossy(&line).into_owned()))
}

fn readlines(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let it = args.values[0].clone();
    if textio(vm, &it)?.is_closed() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    let mut lines = Vec::new();
    while let Some(l) = vm.iter_next(&it)? {
        lines.push(l);
    }
    Ok(vm.new_list(lines))
}

fn close(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = textio(vm, &args.values[0])?;
    t.close().map_err(|e| vm.os_error_from(&e))?;
    Ok(Value::None)
}

/// `__enter__` and `__iter__`: the file itself, once it is checked to be open.
fn enter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if textio(vm, &args.values[0])?.is_closed() {
        return Err(vm.value_error("I/O operation on closed file."));
    }
    Ok(args.values[0].clone())
}

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = textio(vm, &args.values[0])?;
    t.close().map_err(|e| vm.os_error_from(&e))?;
    Ok(Value::None)
}

fn iter_next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match vm.iter_next(&args.values[0])? {
        Some(v) => Ok(v),
        None => Err(vm.stop_iteration(Value::None)),
    }
}

fn fileno(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let t = textio(vm, &args.values[0])?;
    if t.is_closed() {
        return Err(vm.closed_file_error(t, "fileno"));
    }
    Ok(Value::Int(t.raw_fd().unwrap_or(-1) as i64))
}

fn isatty(vm: &mut Vm, args: Args) -> PyResult<Value> {
    use std::io::IsTerminal;
    let t = textio(vm, &args.values[0])?;
    if t.is_closed() {
        return Err(vm.closed_file_error(t, "isatty"));
    }
    Ok(Value::Bool(match &*t.stream.borrow() {
        Stream::Stdin => std::io::stdin().is_terminal(),
        Stream::Stdout => std::io::stdout().is_terminal(),
        Stream::Stderr => std::io::stderr().is_terminal(),
        _ => false,
    }))
}

pub fn install_methods(vm: &mut Vm) {
    let t = vm.types.text_io.clone();
    let methods: &[(&'static str, crate::builtins::functions::NativeFn)] = &[
        ("write", write),
        ("flush", flush),
        ("read", read),
        ("readline", readline),
        ("readlines", readlines),
        ("close", close),
        ("__enter__", enter),
        ("__exit__", exit),
        ("__iter__", enter),
        ("__next__", iter_next),
        ("fileno", fileno),
        ("isatty", isatty),
    ];
    for (name, f) in methods {
        vm.add_method(&t, name, *f, MethodKind::Instance);
    }
}
