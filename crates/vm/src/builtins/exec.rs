//! The builtin functions that read or run code: `input`, `exec`, `eval`, `compile`,
//! `__import__`.

use pyasync_compiler::Mode;

use super::functions::Args;
use super::module::arg;
use crate::object::Payload;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(super) fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("input", &args, 0, 1)?;
    if let Some(prompt) = args.values.first() {
        let s = vm.str_string(prompt)?;
        let out = vm.sys_attr("stdout")?;
        vm.write_to(&out, &s)?;
    }
    vm.flush_stdout();
    let stdin = vm.sys_attr("stdin")?;
    let line = match stdin.payload() {
        Some(Payload::TextIO(t)) => t.read_line().map_err(|e| vm.os_error_from(&e))?,
        _ => {
            let readline = vm.getattr_str(&stdin, "readline")?;
            let r = vm.call(&readline, Args::default())?;
            r.as_str().unwrap_or("").as_bytes().to_vec()
        }
    };
    if line.is_empty() {
        return Err(vm.new_error(&vm.exc.eof_error.clone(), "EOF when reading a line"));
    }
    let mut s = String::from_utf8_lossy(&line).into_owned();
    if s.ends_with('\n') {
        s.pop();
        if s.ends_with('\r') {
            s.pop();
        }
    }
    Ok(vm.new_str(s))
}

pub(super) fn exec_or_eval(vm: &mut Vm, args: Args, is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    vm.check_args(name, &args, 1, 3)?;
    let source = args.values[0].clone();
    if let Some(l) = args.values.get(2).filter(|l| !l.is_none()) {
        let class = vm.class_of(l).clone();
        if !matches!(l.payload(), Some(Payload::Dict(_)))
            && vm.lookup_type(&class, "__getitem__").is_none()
        {
            return Err(vm.type_error(if is_eval {
                "locals must be a mapping".to_string()
            } else {
                format!("locals must be a mapping or None, not {}", vm.type_name(l))
            }));
        }
    }
    let (globals, locals) = match (args.values.get(1), args.values.get(2)) {
        (Some(g), l) if !g.is_none() => {
            let is_dict = matches!(g.payload(), Some(Payload::Dict(_)));
            let (Value::Obj(gd), true) = (g, is_dict) else {
                // eval() and exec() word it differently (cf. builtin_eval_impl).
                return Err(vm.type_error(if is_eval {
                    "globals must be a dict".to_string()
                } else {
                    format!("exec() globals must be a dict, not {}", vm.type_name(g))
                }));
            };
            if vm.dict_get_item_str(gd, "__builtins__").is_none() {
                let b = Value::Obj(vm.builtins_module.clone());
                vm.dict_set_item_str(gd, "__builtins__", b)?;
            }
            let locals = l
                .filter(|l| !l.is_none())
                .cloned()
                .unwrap_or_else(|| g.clone());
            (gd.clone(), locals)
        }
        _ => {
            let Some(f) = vm.frames.last() else {
                return Err(vm.system_error("exec() without a frame"));
            };
            let g = f.globals.clone();
            let l = if f.locals.is_null() {
                vm.frame_locals()?
            } else {
                f.locals.clone()
            };
            (g, l)
        }
    };
    let code = match source.payload() {
        Some(Payload::Code(c)) => c.clone(),
        Some(Payload::Str(s)) => {
            let text = s.as_str().to_string();
            if is_eval {
                vm.compile_expression(&text, "<string>")?
            } else {
                vm.compile_source(&text, "<string>", Mode::Exec)?
            }
        }
        Some(Payload::Bytes(b)) => {
            let text = String::from_utf8_lossy(b).into_owned();
            if is_eval {
                vm.compile_expression(&text, "<string>")?
            } else {
                vm.compile_source(&text, "<string>", Mode::Exec)?
            }
        }
        _ => {
            return Err(vm.type_error(format!(
                "{}() arg 1 must be a string, bytes or code object",
                name
            )))
        }
    };
    let builtins = match vm.dict_get_item_str(&globals, "__builtins__") {
        Some(Value::Obj(b)) => match &b.payload {
            Payload::Module(m) => m.dict.clone(),
            Payload::Dict(_) => b.clone(),
            _ => vm.builtins.clone(),
        },
        _ => vm.builtins.clone(),
    };
    let frame = vm.new_frame(code, globals, builtins, locals);
    let r = vm.run_frame(frame)?;
    Ok(if is_eval { r } else { Value::None })
}

pub(super) fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, false)
}

pub(super) fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, true)
}

pub(super) fn compile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let source = args.take_kw("source").unwrap_or_else(|| arg(&args, 0));
    let filename = args.take_kw("filename").unwrap_or_else(|| arg(&args, 1));
    let mode = args.take_kw("mode").unwrap_or_else(|| arg(&args, 2));
    let filename = vm.str_string(&filename)?;
    let mode = mode.as_str().unwrap_or("").to_string();
    let text = match source.payload() {
        Some(Payload::Str(s)) => s.as_str().to_string(),
        Some(Payload::Bytes(b)) => {
            pyasync_syntax::decode_source(b, &filename).map_err(|e| vm.syntax_error(&e))?
        }
        _ => return Err(vm.type_error("compile() arg 1 must be a string, bytes or AST object")),
    };
    let code = match mode.as_str() {
        "exec" => vm.compile_source(&text, &filename, Mode::Exec)?,
        "single" => vm.compile_source(&text, &filename, Mode::Single)?,
        "eval" => vm.compile_expression(&text, &filename)?,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    Ok(vm.new_code_object(code))
}

pub(super) fn import(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let name = args.take_kw("name").unwrap_or_else(|| arg(&args, 0));
    let globals = args
        .take_kw("globals")
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::None);
    let fromlist = args
        .take_kw("fromlist")
        .or_else(|| args.values.get(3).cloned())
        .unwrap_or(Value::None);
    let level = args
        .take_kw("level")
        .or_else(|| args.values.get(4).cloned())
        .unwrap_or(Value::Int(0));
    let Some(name) = name.as_str().map(str::to_string) else {
        return Err(vm.type_error("__import__() argument 1 must be str"));
    };
    let name = vm.intern(&name);
    let globals = match globals {
        Value::Obj(g) if matches!(g.payload, Payload::Dict(_)) => g,
        _ => vm.new_dict_obj(Default::default()),
    };
    let fromlist = match fromlist.payload() {
        Some(Payload::List(l)) => vm.new_tuple(l.borrow().clone()),
        _ => fromlist,
    };
    vm.import_name(&name, &globals, &fromlist, &level)
}
