//! The `builtins` module: the functions every program can call without importing.

use std::rc::Rc;

use num_traits::ToPrimitive;

use super::arithmetic::{abs, bin, divmod, hex, oct, pow, round};
use super::exec::{compile, eval, exec, import, input};
use super::functions::{ArgVec, Args};
use super::introspection::{delattr, dir, getattr, globals, hasattr, locals, setattr, vars};
use crate::eval::fold::{Accumulator, FoldEnd};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::iter::IterState;
use crate::objects::module::Module;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(super) fn arg(args: &Args, i: usize) -> Value {
    args.values.get(i).cloned().unwrap_or(Value::None)
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").filter(|v| !v.is_none());
    let end = args.take_kw("end").filter(|v| !v.is_none());
    let file = args.take_kw("file").filter(|v| !v.is_none());
    let flush = args.take_kw("flush");
    vm.reject_kwargs(&args, "print")?;
    let sep = match &sep {
        Some(s) => s.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "sep must be None or a string, not {}",
                vm.type_name(s)
            ))
        })?,
        None => " ".to_string(),
    };
    let end = match &end {
        Some(s) => s.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "end must be None or a string, not {}",
                vm.type_name(s)
            ))
        })?,
        None => "\n".to_string(),
    };
    let target = match file {
        Some(f) => f,
        None => vm.sys_attr("stdout")?,
    };
    // With `sys.stdout` set to None, print does nothing (its arguments are not even str'd).
    if target.is_none() {
        return Ok(Value::None);
    }
    // A Python file object sees each piece as its own write() call, as in CPython; a native
    // stream gets the joined line at once.
    let native = matches!(target.payload(), Some(Payload::TextIO(_)));
    let mut out = String::new();
    for (i, v) in args.values.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
            if !native {
                vm.write_to(&target, &out)?;
                out.clear();
            }
        }
        match v {
            Value::Obj(o) if vm.is_exact_str(v) => out.push_str(o.str_text()),
            Value::Int(n) => out.push_str(&n.to_string()),
            _ => out.push_str(vm.str(v)?.str_text()),
        }
        if !native {
            vm.write_to(&target, &out)?;
            out.clear();
        }
    }
    out.push_str(&end);
    vm.write_to(&target, &out)?;
    if flush.is_some_and(|f| vm.is_true(&f).unwrap_or(false)) {
        vm.flush_stream(&target)?;
    }
    Ok(Value::None)
}

fn len(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("len", &args, 1, 1)?;
    let n = vm.len(&args.values[0])?;
    Ok(Value::Int(n as i64))
}

fn repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("repr", &args, 1, 1)?;
    Ok(Value::Obj(vm.repr(&args.values[0])?))
}

fn ascii(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("ascii", &args, 1, 1)?;
    vm.ascii(&args.values[0])
}

fn format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("format", &args, 1, 2)?;
    let spec = args
        .values
        .get(1)
        .cloned()
        .unwrap_or_else(|| vm.new_str(""));
    let Some(spec) = spec.as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "format() argument 2 must be str, not {}",
            vm.type_name(&spec)
        )));
    };
    vm.format(&args.values[0], &spec)
}

fn isinstance(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("isinstance", &args, 2, 2)?;
    Ok(Value::Bool(
        vm.isinstance(&args.values[0], &args.values[1])?,
    ))
}

fn issubclass(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("issubclass", &args, 2, 2)?;
    Ok(Value::Bool(
        vm.issubclass(&args.values[0], &args.values[1])?,
    ))
}

impl Vm {
    /// `isinstance(v, classinfo)` (with `__instancecheck__` on metaclasses).
    pub fn isinstance(&mut self, v: &Value, classinfo: &Value) -> PyResult<bool> {
        match classinfo.payload() {
            Some(Payload::Tuple(t)) => self.nested_level(" in __instancecheck__", |vm| {
                for c in t.iter() {
                    if vm.isinstance(v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }),
            Some(Payload::Type(_)) => {
                let Value::Obj(c) = classinfo else {
                    return Ok(false);
                };
                if crate::objects::typeobj::is_subtype(self.class_of(v), c) {
                    return Ok(true);
                }
                let meta = self.class_of(classinfo).clone();
                if meta.as_type().is_some_and(|t| t.heap) {
                    if let Some(check) = self.lookup_type(&meta, "__instancecheck__") {
                        let r = self.call(&check, Args::new([classinfo.clone(), v.clone()]))?;
                        return self.is_true(&r);
                    }
                }
                // An instance may claim another class through `__class__` (proxies):
                // CPython's `object_isinstance`.
                let own = self.class_of(v).clone();
                if own.as_type().is_some_and(|t| t.heap) {
                    if let Some(Value::Obj(claimed)) = self.lookup_attr_opt(v, "__class__")? {
                        if !Rc::ptr_eq(&claimed, &own) && claimed.as_type().is_some() {
                            return Ok(crate::objects::typeobj::is_subtype(&claimed, c));
                        }
                    }
                }
                Ok(false)
            }
            _ => {
                let meta = self.class_of(classinfo).clone();
                if let Some(check) = self.lookup_type(&meta, "__instancecheck__") {
                    let r = self.call(&check, Args::new([classinfo.clone(), v.clone()]))?;
                    return self.is_true(&r);
                }
                Err(self
                    .type_error("isinstance() arg 2 must be a type, a tuple of types, or a union"))
            }
        }
    }

    /// `issubclass(cls, classinfo)`.
    pub fn issubclass(&mut self, cls: &Value, classinfo: &Value) -> PyResult<bool> {
        let Some(Payload::Type(_)) = cls.payload() else {
            return Err(self.type_error("issubclass() arg 1 must be a class"));
        };
        match classinfo.payload() {
            Some(Payload::Tuple(t)) => self.nested_level(" in __subclasscheck__", |vm| {
                for c in t.iter() {
                    if vm.issubclass(cls, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }),
            Some(Payload::Type(_)) => {
                let meta = self.class_of(classinfo).clone();
                if meta.as_type().is_some_and(|t| t.heap) {
                    if let Some(check) = self.lookup_type(&meta, "__subclasscheck__") {
                        let r = self.call(&check, Args::new([classinfo.clone(), cls.clone()]))?;
                        return self.is_true(&r);
                    }
                }
                match (cls, classinfo) {
                    (Value::Obj(a), Value::Obj(b)) => Ok(crate::objects::typeobj::is_subtype(a, b)),
                    _ => Ok(false),
                }
            }
            _ => {
                let meta = self.class_of(classinfo).clone();
                if let Some(check) = self.lookup_type(&meta, "__subclasscheck__") {
                    let r = self.call(&check, Args::new([classinfo.clone(), cls.clone()]))?;
                    return self.is_true(&r);
                }
                Err(self.type_error(
                    "issubclass() arg 2 must be a class, a tuple of classes, or a union",
                ))
            }
        }
    }
}

fn iter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("iter", &args, 1, 2)?;
    if args.values.len() == 2 {
        let func = args.values[0].clone();
        if !vm.is_callable(&func) {
            return Err(vm.type_error("iter(v, w): v must be callable"));
        }
        let class = vm.types.callable_iterator.clone();
        return Ok(vm.new_iterator(
            &class,
            IterState::Callable {
                func,
                sentinel: args.values[1].clone(),
            },
        ));
    }
    vm.get_iter(&args.values[0])
}

fn next(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("next", &args, 1, 2)?;
    let it = &args.values[0];
    if !vm.is_iterator(it) {
        return Err(vm.type_error(format!("'{}' object is not an iterator", vm.type_name(it))));
    }
    match vm.iter_next_with_value(it) {
        Ok(Some(v)) => Ok(v),
        Ok(None) => match args.values.get(1) {
            Some(d) => Ok(d.clone()),
            None => Err(vm.stop_iteration(Value::None)),
        },
        Err(e) if args.values.len() == 2 && vm.err_matches(&e, &vm.exc.stop_iteration.clone()) => {
            Ok(args.values[1].clone())
        }
        Err(e) => Err(e),
    }
}

impl Vm {
    /// `next(it)` keeping a StopIteration's value (a generator's return value).
    pub fn iter_next_with_value(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Generator(_)) = it.payload() {
            let Some(gen) = it.as_obj().cloned() else {
                return Ok(None);
            };
            return match self.resume(&gen, crate::eval::resume::Action::Send(Value::None))? {
                crate::eval::Outcome::Yielded(v) => Ok(Some(v)),
                crate::eval::Outcome::Returned(v) => Err(self.stop_iteration(v)),
            };
        }
        if let Some(Payload::Iterator(_)) = it.payload() {
            return self.iter_next(it);
        }
        let class = self.class_of(it).clone();
        let next = self.lookup_type(&class, "__next__").ok_or_else(|| {
            self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            ))
        })?;
        self.call(&next, Args::new([it.clone()])).map(Some)
    }

    pub fn is_callable(&mut self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::Function(_)
                | Payload::BuiltinFunction(_)
                | Payload::MethodDescriptor(_)
                | Payload::BoundMethod(_)
                | Payload::Type(_),
            ) => true,
            _ => {
                let class = self.class_of(v).clone();
                self.lookup_type(&class, "__call__").is_some()
            }
        }
    }
}

fn callable(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("callable", &args, 1, 1)?;
    Ok(Value::Bool(vm.is_callable(&args.values[0])))
}

fn id(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("id", &args, 1, 1)?;
    Ok(Value::Int(args.values[0].identity() as i64))
}

fn hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("hash", &args, 1, 1)?;
    Ok(Value::Int(vm.hash(&args.values[0])?))
}

fn chr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("chr", &args, 1, 1)?;
    let n = vm.index_value(&args.values[0])?;
    if n.to_i32().is_none() {
        return Err(vm.overflow_error("Python int too large to convert to C int"));
    }
    match n.to_u32().and_then(char::from_u32) {
        Some(c) => Ok(vm.new_str(c.to_string())),
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn ord(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("ord", &args, 1, 1)?;
    let v = &args.values[0];
    match v.payload() {
        Some(Payload::Str(s)) => {
            if s.char_len() != 1 {
                return Err(vm.type_error(format!(
                    "ord() expected a character, but string of length {} found",
                    s.char_len()
                )));
            }
            Ok(Value::Int(
                s.as_str().chars().next().map_or(0, |c| c as i64),
            ))
        }
        Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
            let b = super::bytes::bytes_like(v).unwrap_or_default();
            if b.len() == 1 {
                return Ok(Value::Int(b[0] as i64));
            }
            Err(vm.type_error(format!(
                "ord() expected a character, but string of length {} found",
                b.len()
            )))
        }
        _ => Err(vm.type_error(format!(
            "ord() expected string of length 1, but {} found",
            vm.type_name(v)
        ))),
    }
}

fn min(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(vm, args, "min", pyasync_bytecode::ComparisonOperator::Less)
}

fn max(vm: &mut Vm, args: Args) -> PyResult<Value> {
    min_max(
        vm,
        args,
        "max",
        pyasync_bytecode::ComparisonOperator::Greater,
    )
}

fn min_max(
    vm: &mut Vm,
    mut args: Args,
    name: &str,
    op: pyasync_bytecode::ComparisonOperator,
) -> PyResult<Value> {
    let key = args.take_kw("key").filter(|k| !k.is_none());
    let default = args.take_kw("default");
    vm.reject_kwargs(&args, name)?;
    // One iterable is stepped as it is compared (a key function or a comparison may
    // mutate what is left of it); several arguments are the candidates themselves.
    let (it, mut rest) = match args.values.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => (
            Some(vm.get_iter(&args.values[0])?),
            ArgVec::new().into_iter(),
        ),
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            (None, std::mem::take(&mut args.values).into_iter())
        }
    };
    let mut best: Option<(Value, Value)> = None;
    loop {
        let item = match &it {
            Some(it) => vm.iter_next(it)?,
            None => rest.next(),
        };
        let Some(item) = item else { break };
        let k = match &key {
            Some(f) => vm.call1(f, item.clone())?,
            None => item.clone(),
        };
        best = match best {
            None => Some((item, k)),
            Some((bi, bk)) => {
                let r = vm.rich_compare(k.clone(), bk.clone(), op)?;
                if vm.is_true(&r)? {
                    Some((item, k))
                } else {
                    Some((bi, bk))
                }
            }
        };
    }
    match best {
        Some((v, _)) => Ok(v),
        None => default.ok_or_else(|| vm.value_error(format!("{name}() arg is an empty sequence"))),
    }
}

fn sum(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    if args.n_pos() == 0 {
        return Err(vm.type_error(format!(
            "sum() takes at least 1 positional argument ({} given)",
            args.n_pos()
        )));
    }
    let start_kw = args.take_kw("start");
    vm.reject_kwargs(&args, "sum")?;
    let start = start_kw
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::Int(0));
    if start.as_str().is_some() {
        return Err(vm.type_error("sum() can't sum strings [use ''.join(seq) instead]"));
    }
    if matches!(start.payload(), Some(Payload::Bytes(_))) {
        return Err(vm.type_error("sum() can't sum bytes [use b''.join(seq) instead]"));
    }
    let iterable = arg(&args, 0);
    let it = vm.get_iter(&iterable)?;
    let mut total = start;
    // A generator summed while the total is a number: its frame runs on, adding each int
    // or float it yields (`eval/fold.rs`); any other item comes back here.
    if let Some(gen) = crate::eval::fold::foldable(&it) {
        while matches!(total, Value::Int(_) | Value::Float(_)) {
            let mut acc = Accumulator::Sum(total);
            let end = vm.fold_generator(gen, &mut acc)?;
            total = match acc {
                Accumulator::Sum(t) => t,
                _ => return Err(vm.system_error("a fold lost its total")),
            };
            match end {
                FoldEnd::Exhausted => return Ok(total),
                FoldEnd::Item(v) => total = sum_add(vm, total, v)?,
            }
        }
    }
    while let Some(v) = vm.iter_next(&it)? {
        total = sum_add(vm, total, v)?;
    }
    Ok(total)
}

/// One step of `sum()`: `total + v`.
fn sum_add(vm: &mut Vm, total: Value, v: Value) -> PyResult<Value> {
    Ok(match (&total, &v) {
        (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
        (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
        _ => vm.binary_op(total, v, pyasync_bytecode::BinaryOperator::Add)?,
    })
}

fn any(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("any", &args, 1, 1)?;
    let it = vm.get_iter(&args.values[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if vm.is_true(&v)? {
            return Ok(Value::Bool(true));
        }
    }
    Ok(Value::Bool(false))
}

fn all(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("all", &args, 1, 1)?;
    let it = vm.get_iter(&args.values[0])?;
    while let Some(v) = vm.iter_next(&it)? {
        if !vm.is_true(&v)? {
            return Ok(Value::Bool(false));
        }
    }
    Ok(Value::Bool(true))
}

fn sorted(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let key = args.take_kw("key");
    let reverse = args.take_kw("reverse");
    vm.reject_kwargs(&args, "sort")?;
    if args.values.len() != 1 {
        return Err(vm.type_error(format!(
            "sorted expected 1 argument, got {}",
            args.values.len()
        )));
    }
    let items = vm.collect_iterable(&args.values[0])?;
    let list = vm.new_list(items);
    vm.list_sort(&list, key, reverse)?;
    Ok(list)
}

fn aiter(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("aiter", &args, 1, 1)?;
    let v = &args.values[0];
    let class = vm.class_of(v).clone();
    if matches!(v.payload(), Some(Payload::Generator(g)) if g.kind == crate::objects::generator::GenKind::AsyncGenerator)
    {
        return Ok(v.clone());
    }
    let Some(m) = vm.lookup_type(&class, "__aiter__") else {
        return Err(vm.type_error(format!(
            "'{}' object is not an async iterable",
            vm.type_name(v)
        )));
    };
    let it = vm.call(&m, Args::new([v.clone()]))?;
    let is_agen = matches!(it.payload(), Some(Payload::Generator(g)) if g.kind == crate::objects::generator::GenKind::AsyncGenerator);
    let it_class = vm.class_of(&it).clone();
    if !is_agen && vm.lookup_type(&it_class, "__anext__").is_none() {
        return Err(vm.type_error(format!(
            "aiter() returned not an async iterator of type '{}'",
            vm.type_name(&it)
        )));
    }
    Ok(it)
}

fn anext(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("anext", &args, 1, 2)?;
    let v = &args.values[0];
    let is_agen = matches!(v.payload(), Some(Payload::Generator(g)) if g.kind == crate::objects::generator::GenKind::AsyncGenerator);
    let awaitable = if is_agen {
        match v.as_obj() {
            Some(g) => vm.async_gen_asend(g, Value::None)?,
            None => Value::None,
        }
    } else {
        let class = vm.class_of(v).clone();
        let Some(m) = vm.lookup_type(&class, "__anext__") else {
            return Err(vm.type_error(format!(
                "'{}' object is not an async iterator",
                vm.type_name(v)
            )));
        };
        vm.call(&m, Args::new([v.clone()]))?
    };
    match args.values.get(1) {
        None => Ok(awaitable),
        Some(default) => vm.anext_with_default(awaitable, default.clone()),
    }
}

fn open(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let file = args.take_kw("file").unwrap_or_else(|| arg(&args, 0));
    let mode = args
        .take_kw("mode")
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or_else(|| vm.new_str("r"));
    let closefd = match args.take_kw("closefd") {
        Some(v) => vm.is_true(&v)?,
        None => true,
    };
    let mode = mode.as_str().unwrap_or("r").to_string();
    let path = match file.payload() {
        _ if file.as_str().is_some() => file.as_str().unwrap_or_default().to_string(),
        Some(Payload::Bytes(b)) => String::from_utf8_lossy(b).into_owned(),
        _ => {
            if crate::objects::int::is_int(&file) {
                let fd = vm.clamped_index(&file)?;
                if i32::try_from(fd).is_ok() {
                    return vm.open_fd(fd, &mode, closefd);
                }
            }
            return Err(vm.type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                vm.type_name(&file)
            )));
        }
    };
    if !closefd {
        return Err(vm.value_error("Cannot use closefd=False with file name"));
    }
    vm.open_file(&path, &mode)
}

/// `breakpoint()` and similar debugger hooks are not supported: they raise clearly.
fn not_supported(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    Err(vm.not_implemented_error("pyasync does not support this builtin"))
}

pub fn install(vm: &mut Vm) {
    let module_dict = vm.new_dict_obj(Default::default());
    let module = Rc::new(PyObject::new(
        vm.types.module.clone(),
        Payload::Module(Box::new(Module {
            name: "builtins".into(),
            dict: module_dict.clone(),
        })),
    ));
    vm.builtins_module = module.clone();
    vm.builtins = module_dict.clone();
    let d = module_dict;
    let funcs: &[(&'static str, super::functions::NativeFn)] = &[
        ("print", print),
        ("len", len),
        ("repr", repr),
        ("ascii", ascii),
        ("format", format),
        ("isinstance", isinstance),
        ("issubclass", issubclass),
        ("iter", iter),
        ("next", next),
        ("callable", callable),
        ("abs", abs),
        ("id", id),
        ("hash", hash),
        ("chr", chr),
        ("ord", ord),
        ("hex", hex),
        ("oct", oct),
        ("bin", bin),
        ("divmod", divmod),
        ("pow", pow),
        ("round", round),
        ("min", min),
        ("max", max),
        ("sum", sum),
        ("any", any),
        ("all", all),
        ("sorted", sorted),
        ("getattr", getattr),
        ("setattr", setattr),
        ("delattr", delattr),
        ("hasattr", hasattr),
        ("globals", globals),
        ("locals", locals),
        ("vars", vars),
        ("dir", dir),
        ("input", input),
        ("exec", exec),
        ("eval", eval),
        ("compile", compile),
        ("__import__", import),
        ("__build_class__", super::class::build_class),
        ("aiter", aiter),
        ("anext", anext),
        ("open", open),
        ("breakpoint", not_supported),
    ];
    for (name, f) in funcs {
        vm.add_function(&d, name, *f);
    }
    let t = &vm.types;
    let classes: Vec<(&str, ObjRef)> = vec![
        ("object", t.object.clone()),
        ("type", t.type_.clone()),
        ("int", t.int.clone()),
        ("bool", t.bool_.clone()),
        ("float", t.float.clone()),
        ("complex", t.complex.clone()),
        ("str", t.str.clone()),
        ("bytes", t.bytes.clone()),
        ("bytearray", t.bytearray.clone()),
        ("tuple", t.tuple.clone()),
        ("list", t.list.clone()),
        ("dict", t.dict.clone()),
        ("set", t.set.clone()),
        ("frozenset", t.frozenset.clone()),
        ("range", t.range.clone()),
        ("slice", t.slice.clone()),
        ("enumerate", t.enumerate.clone()),
        ("zip", t.zip.clone()),
        ("map", t.map.clone()),
        ("filter", t.filter.clone()),
        ("reversed", t.reversed.clone()),
        ("super", t.super_.clone()),
        ("property", t.property.clone()),
        ("classmethod", t.classmethod.clone()),
        ("staticmethod", t.staticmethod.clone()),
    ];
    for (name, c) in classes {
        let _ = vm.dict_set_item_str(&d, name, Value::Obj(c));
    }
    let all: Vec<(&str, ObjRef)> = vm.exc.all.clone();
    for (name, c) in all {
        let _ = vm.dict_set_item_str(&d, name, Value::Obj(c));
    }
    for alias in ["EnvironmentError", "IOError"] {
        let os = Value::Obj(vm.exc.os_error.clone());
        let _ = vm.dict_set_item_str(&d, alias, os);
    }
    let ni = vm.not_implemented();
    let _ = vm.dict_set_item_str(&d, "NotImplemented", ni);
    let el = vm.ellipsis();
    let _ = vm.dict_set_item_str(&d, "Ellipsis", el);
    let _ = vm.dict_set_item_str(&d, "None", Value::None);
    let _ = vm.dict_set_item_str(&d, "True", Value::Bool(true));
    let _ = vm.dict_set_item_str(&d, "False", Value::Bool(false));
    let _ = vm.dict_set_item_str(&d, "__debug__", Value::Bool(true));
    let _ = vm.dict_set_item_str(&d, "__name__", vm.new_str("builtins"));
    let _ = vm.dict_set_item_str(&d, "__doc__", Value::None);
    let _ = vm.dict_set_item_str(
        &d,
        "__build_class__",
        vm.new_builtin_function("__build_class__", super::class::build_class),
    );
}
