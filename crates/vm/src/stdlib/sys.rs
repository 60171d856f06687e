//! The `sys` module.

use std::rc::Rc;

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::module::Module;
use crate::objects::textio::{Stream, TextIO};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn exit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("exit", &args, 0, 1)?;
    // As CPython's PyErr_SetObject: None gives no arguments, a tuple gives its items.
    let exc_args = match args.values.first() {
        None | Some(Value::None) => vec![],
        Some(v) => match v.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => vec![v.clone()],
        },
    };
    let class = vm.exc.system_exit.clone();
    let exc = vm.call(&Value::Obj(class), Args::new(exc_args))?;
    Err(vm.exception_from_value(exc)?)
}

fn getrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sys.getrecursionlimit", &args, 0, 0)?;
    Ok(Value::Int(vm.recursion_limit as i64))
}

fn get_int_max_str_digits(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sys.get_int_max_str_digits", &args, 0, 0)?;
    Ok(Value::Int(crate::ops::sizes::int_max_str_digits() as i64))
}

/// `sys.set_int_max_str_digits(maxdigits)`: 0 (no limit) or at least 640.
fn set_int_max_str_digits(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if let Some(v) = args.take_kw("maxdigits") {
        args.values.push(v);
    }
    vm.check_args("sys.set_int_max_str_digits", &args, 1, 1)?;
    let n = vm.c_int_arg(&args.values[0])?;
    if n != 0 && n < 640 {
        return Err(vm.value_error("maxdigits must be 0 or larger than 640"));
    }
    crate::ops::sizes::set_int_max_str_digits(n as usize);
    Ok(Value::None)
}

fn setrecursionlimit(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sys.setrecursionlimit", &args, 1, 1)?;
    let n = vm.c_int_arg(&args.values[0])? as i64;
    if n < 1 {
        return Err(vm.value_error("recursion limit must be greater or equal than 1"));
    }
    // CPython's depth counts this call too.
    let depth = vm.frames.len() as i64 + 1;
    if n <= depth {
        return Err(vm.new_error(
            &vm.exc.recursion_error.clone(),
            format!("cannot set the recursion limit to {n} at the recursion depth {depth}: the limit is too low"),
        ));
    }
    vm.recursion_limit = n as usize;
    Ok(Value::None)
}

fn exc_info(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sys.exc_info", &args, 0, 0)?;
    let exc = vm.current_exception();
    if exc.is_none() {
        return Ok(vm.new_tuple(vec![Value::None, Value::None, Value::None]));
    }
    let class = Value::Obj(vm.class_of(&exc).clone());
    let tb = match exc.payload() {
        Some(Payload::Exception(e)) => e.traceback.borrow().clone(),
        _ => Value::None,
    };
    Ok(vm.new_tuple(vec![class, exc, tb]))
}

fn exception(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sys.exception", &args, 0, 0)?;
    Ok(vm.current_exception())
}

/// `sys.getdefaultencoding()` and `sys.getfilesystemencoding()`: always UTF-8.
fn utf8_encoding(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sys.getdefaultencoding", &args, 0, 0)?;
    Ok(vm.new_str("utf-8"))
}

fn getrefcount(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getrefcount", &args, 1, 1)?;
    Ok(Value::Int(match &args.values[0] {
        Value::Obj(o) => Rc::strong_count(o) as i64,
        _ => 1_000_000,
    }))
}

fn intern(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("sys.intern", &args, 1, 1)?;
    let Some(s) = args.values[0].as_str().map(str::to_string) else {
        let name = vm.type_name(&args.values[0]);
        return Err(vm.type_error(format!("intern() argument must be str, not {name}")));
    };
    if !vm.is_exact_str(&args.values[0]) {
        let name = vm.type_name(&args.values[0]);
        return Err(vm.type_error(format!("can't intern {name}")));
    }
    Ok(Value::Obj(vm.intern(&s)))
}

fn getframe(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let depth = match args.values.first() {
        Some(d) => vm.c_int_arg(d)?.max(0) as usize,
        None => 0,
    };
    let n = vm.frames.len();
    if depth >= n {
        return Err(vm.value_error("call stack is not deep enough"));
    }
    let mut back = Value::None;
    for i in 0..n - depth {
        let f = &vm.frames[i];
        let (code, globals, lineno) = (f.code.clone(), f.globals.clone(), f.line());
        // A function frame has no namespace: its `f_locals` is a snapshot of its fast
        // locals, cells and free variables, taken now (see docs/limitations.md).
        let locals = if f.locals.is_null() {
            let fast = f.fast.clone();
            vm.fast_locals_dict(&code, &fast)?
        } else {
            f.locals.clone()
        };
        let info = crate::frame::FrameInfo {
            code,
            globals,
            lineno,
            locals,
            back,
        };
        back = Value::obj(PyObject::new(
            vm.types.frame.clone(),
            Payload::Frame(Box::new(info)),
        ));
    }
    Ok(back)
}

fn set_asyncgen_hooks(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let firstiter = args
        .take_kw("firstiter")
        .or_else(|| args.pos().first().cloned());
    let finalizer = args
        .take_kw("finalizer")
        .or_else(|| args.pos().get(1).cloned());
    if args.n_pos() > 2 {
        return Err(vm.type_error(format!(
            "function takes at most 2 arguments ({} given)",
            args.n_pos()
        )));
    }
    if let Some((name, _)) = args.kwargs().next() {
        return Err(vm.type_error(format!(
            "'{name}' is an invalid keyword argument for this function"
        )));
    }
    if let Some(f) = &firstiter {
        if !f.is_none() && !vm.is_callable(f) {
            return Err(vm.type_error(format!(
                "callable firstiter expected, got {}",
                vm.type_name(f)
            )));
        }
    }
    if let Some(f) = &finalizer {
        if !f.is_none() && !vm.is_callable(f) {
            return Err(vm.type_error(format!(
                "callable finalizer expected, got {}",
                vm.type_name(f)
            )));
        }
    }
    if let Some(f) = firstiter {
        vm.asyncgen_hooks.0 = f;
    }
    if let Some(f) = finalizer {
        vm.asyncgen_hooks.1 = f;
    }
    Ok(Value::None)
}

fn get_asyncgen_hooks(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    let (a, b) = vm.asyncgen_hooks.clone();
    let pair = vm.new_tuple(vec![a, b]);
    let class = vm.asyncgen_hooks_type.clone();
    if class.is_none() {
        return Ok(pair);
    }
    vm.call(&class, Args::new([pair]))
}

/// The `_thread` module: enough for code that asks which thread it runs in.
pub fn thread_init(vm: &mut Vm) -> PyResult<ObjRef> {
    fn get_ident(_vm: &mut Vm, _args: Args) -> PyResult<Value> {
        Ok(Value::Int(1))
    }
    let m = vm.new_module("_thread", None);
    if let Payload::Module(md) = &m.payload {
        let d = md.dict.clone();
        vm.add_function(&d, "get_ident", get_ident);
    }
    Ok(m)
}

fn stream(vm: &Vm, name: &str, mode: &str, s: Stream) -> Value {
    let o = Rc::new(PyObject::new(
        vm.types.text_io.clone(),
        Payload::TextIO(Box::new(TextIO::new(name, mode, s))),
    ));
    Value::Obj(o)
}

pub fn install(vm: &mut Vm) {
    let dict = vm.new_dict_obj(Default::default());
    let module = Rc::new(PyObject::new(
        vm.types.module.clone(),
        Payload::Module(Box::new(Module {
            name: "sys".into(),
            dict: dict.clone(),
        })),
    ));
    vm.sys_module = module;
    let modules = vm.new_dict_obj(Default::default());
    vm.modules = modules.clone();
    let d = dict;
    let funcs: &[(&'static str, crate::builtins::functions::NativeFn)] = &[
        ("exit", exit),
        ("getrecursionlimit", getrecursionlimit),
        ("setrecursionlimit", setrecursionlimit),
        ("get_int_max_str_digits", get_int_max_str_digits),
        ("set_int_max_str_digits", set_int_max_str_digits),
        ("exc_info", exc_info),
        ("exception", exception),
        ("getrefcount", getrefcount),
        ("getdefaultencoding", utf8_encoding),
        ("getfilesystemencoding", utf8_encoding),
        ("intern", intern),
        ("_getframe", getframe),
        ("set_asyncgen_hooks", set_asyncgen_hooks),
        ("get_asyncgen_hooks", get_asyncgen_hooks),
    ];
    for (name, f) in funcs {
        vm.add_function(&d, name, *f);
    }
    let set = |vm: &mut Vm, k: &str, v: Value| {
        let _ = vm.dict_set_item_str(&d, k, v);
    };
    set(vm, "__name__", vm.new_str("sys"));
    set(vm, "modules", Value::Obj(modules));
    set(vm, "path", vm.new_list(vec![]));
    set(vm, "argv", vm.new_list(vec![]));
    set(
        vm,
        "platform",
        vm.new_str(if cfg!(target_os = "macos") {
            "darwin"
        } else {
            "linux"
        }),
    );
    set(vm, "byteorder", vm.new_str("little"));
    set(vm, "maxsize", Value::Int(i64::MAX));
    set(vm, "maxunicode", Value::Int(0x10FFFF));
    set(vm, "version", vm.new_str("3.11.7 (pyasync 0.1.0)"));
    set(vm, "executable", vm.new_str(""));
    set(vm, "implementation_name", vm.new_str("pyasync"));
    let vi = vm.new_tuple(vec![
        Value::Int(3),
        Value::Int(11),
        Value::Int(7),
        vm.new_str("final"),
        Value::Int(0),
    ]);
    set(vm, "version_info", vi);
    let hexversion = 0x030B07F0;
    set(vm, "hexversion", Value::Int(hexversion));
    let stdout = stream(vm, "<stdout>", "w", Stream::Stdout);
    let stderr = stream(vm, "<stderr>", "w", Stream::Stderr);
    let stdin = stream(vm, "<stdin>", "r", Stream::Stdin);
    set(vm, "stdout", stdout.clone());
    set(vm, "stderr", stderr.clone());
    set(vm, "stdin", stdin.clone());
    set(vm, "__stdout__", stdout);
    set(vm, "__stderr__", stderr);
    set(vm, "__stdin__", stdin);
    set(vm, "flags", Value::None);
    set(vm, "warnoptions", vm.new_list(vec![]));
    let bm = vm.new_tuple(vec![
        vm.new_str("builtins"),
        vm.new_str("sys"),
        vm.new_str("gc"),
    ]);
    set(vm, "builtin_module_names", bm);
}

impl Vm {
    /// `sys.<name>` (AttributeError-free: RuntimeError if it was deleted).
    pub fn sys_attr(&mut self, name: &str) -> PyResult<Value> {
        let sys = self.sys_module.clone();
        match &sys.payload {
            Payload::Module(m) => {
                let d = m.dict.clone();
                self.dict_get_item_str(&d, name)
                    .ok_or_else(|| self.runtime_error(format!("lost sys.{name}")))
            }
            _ => Err(self.runtime_error("sys is not a module")),
        }
    }

    pub fn set_sys_attr(&mut self, name: &str, v: Value) -> PyResult<()> {
        let sys = self.sys_module.clone();
        if let Payload::Module(m) = &sys.payload {
            let d = m.dict.clone();
            self.dict_set_item_str(&d, name, v)?;
        }
        Ok(())
    }
}
