//! Methods of the builtin exceptions: `BaseException` (`args`, `with_traceback`,
//! `add_note`), the classes with extra fields (`StopIteration.value`, `SystemExit.code`,
//! `OSError.errno`, `ImportError.name`, `SyntaxError.lineno`, ...), and exception groups
//! (`ExceptionGroup(msg, excs)`, `split`, `subgroup`, `derive`).

use super::functions::{Args, MethodKind};
use crate::object::{ObjRef, Payload};
use crate::objects::tuple::tuple_items;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn base_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(Value::Obj(cls)) = args.values.first().cloned() else {
        return Err(vm.type_error("BaseException.__new__(): not enough arguments"));
    };
    let pos: Vec<Value> = args.pos()[1..].to_vec();
    let cls = match os_error_subclass(vm, &cls, &pos) {
        Some(sub) => sub,
        None => cls,
    };
    vm.alloc_instance(&cls, &pos)
}

/// `OSError(errno, strerror, ...)` makes the subclass for that errno (Linux numbering), as
/// CPython's `oserror_use_init`/`errnomap` do.
fn os_error_subclass(vm: &mut Vm, cls: &ObjRef, pos: &[Value]) -> Option<ObjRef> {
    if !cls
        .as_type()
        .is_some_and(|t| !t.heap && t.name() == "OSError")
        || pos.len() < 2
    {
        return None;
    }
    let Value::Int(errno) = pos[0] else {
        return None;
    };
    let name = match errno {
        11 | 114 | 115 => "BlockingIOError",
        10 => "ChildProcessError",
        32 | 108 => "BrokenPipeError",
        103 => "ConnectionAbortedError",
        111 => "ConnectionRefusedError",
        104 => "ConnectionResetError",
        17 => "FileExistsError",
        2 => "FileNotFoundError",
        21 => "IsADirectoryError",
        20 => "NotADirectoryError",
        4 => "InterruptedError",
        1 | 13 => "PermissionError",
        3 => "ProcessLookupError",
        110 => "TimeoutError",
        _ => return None,
    };
    let builtins = vm.builtins.clone();
    match vm.dict_get_item_str(&builtins, name) {
        Some(Value::Obj(c)) if c.as_type().is_some() => Some(c),
        _ => None,
    }
}

fn base_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let Some(this) = args.values.first().cloned() else {
        return Ok(Value::None);
    };
    let class = vm.class_of(&this).clone();
    if args.has_kwargs() {
        let class_name = class.as_type().map(|t| t.name()).unwrap_or_default();
        if !accepts_keywords(&class_name) {
            return Err(vm.type_error(format!("{class_name}() takes no keyword arguments")));
        }
    }
    let pos: Vec<Value> = args.pos()[1..].to_vec();
    if let Some(Payload::Exception(e)) = this.payload() {
        *e.args.borrow_mut() = vm.new_tuple(pos.clone());
    }
    let Value::Obj(o) = &this else {
        return Ok(Value::None);
    };
    // Fields of particular classes, by the nearest builtin class in the MRO.
    match fields_of(&class) {
        Fields::StopIteration => {
            vm.set_attr_raw(o, "value", pos.first().cloned().unwrap_or(Value::None))
        }
        Fields::SystemExit => {
            let code = match pos.len() {
                0 => Value::None,
                1 => pos[0].clone(),
                _ => vm.new_tuple(pos.clone()),
            };
            vm.set_attr_raw(o, "code", code);
        }
        Fields::OSError => {
            let (errno, strerror, filename) = if pos.len() >= 2 && pos.len() <= 5 {
                (
                    pos[0].clone(),
                    pos[1].clone(),
                    pos.get(2).cloned().unwrap_or(Value::None),
                )
            } else {
                (Value::None, Value::None, Value::None)
            };
            vm.set_attr_raw(o, "errno", errno);
            vm.set_attr_raw(o, "strerror", strerror);
            vm.set_attr_raw(o, "filename", filename);
            vm.set_attr_raw(o, "filename2", Value::None);
        }
        Fields::ImportError => {
            let name = args
                .kwargs()
                .find(|(k, _)| *k == "name")
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None);
            let path = args
                .kwargs()
                .find(|(k, _)| *k == "path")
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None);
            vm.set_attr_raw(o, "name", name);
            vm.set_attr_raw(o, "path", path);
            vm.set_attr_raw(o, "msg", pos.first().cloned().unwrap_or(Value::None));
        }
        Fields::NameError => {
            let name = args
                .kwargs()
                .find(|(k, _)| *k == "name")
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None);
            vm.set_attr_raw(o, "name", name);
        }
        Fields::AttributeError => {
            let name = args
                .kwargs()
                .find(|(k, _)| *k == "name")
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None);
            let obj = args
                .kwargs()
                .find(|(k, _)| *k == "obj")
                .map(|(_, v)| v.clone())
                .unwrap_or(Value::None);
            vm.set_attr_raw(o, "name", name);
            vm.set_attr_raw(o, "obj", obj);
        }
        Fields::SyntaxError => {
            vm.set_attr_raw(o, "msg", pos.first().cloned().unwrap_or(Value::None));
            let details = pos
                .get(1)
                .map(|d| tuple_items(d).to_vec())
                .unwrap_or_default();
            let field = |i: usize| details.get(i).cloned().unwrap_or(Value::None);
            vm.set_attr_raw(o, "filename", field(0));
            vm.set_attr_raw(o, "lineno", field(1));
            vm.set_attr_raw(o, "offset", field(2));
            vm.set_attr_raw(o, "text", field(3));
            vm.set_attr_raw(o, "end_lineno", field(4));
            vm.set_attr_raw(o, "end_offset", field(5));
            vm.set_attr_raw(o, "print_file_and_line", Value::None);
        }
        _ => {}
    }
    Ok(Value::None)
}

fn accepts_keywords(name: &str) -> bool {
    matches!(
        name,
        "ImportError" | "ModuleNotFoundError" | "NameError" | "AttributeError"
    )
}

/// The builtin exception classes whose instances carry more than `args`, grouped by what they
/// carry (a subclass of OSError has OSError's fields, and so on).
#[derive(Clone, Copy, PartialEq, Eq)]
enum Fields {
    /// Only `args`.
    Plain,
    StopIteration,
    SystemExit,
    OSError,
    ImportError,
    NameError,
    AttributeError,
    SyntaxError,
    UnicodeDecodeError,
    Group,
}

/// What instances of `class` carry, by the nearest builtin class in its MRO.
fn fields_of(class: &ObjRef) -> Fields {
    let Some(t) = class.as_type() else {
        return Fields::Plain;
    };
    let mro = t.mro.borrow();
    let Some(builtin) = mro.iter().filter_map(|c| c.as_type()).find(|ct| !ct.heap) else {
        return Fields::Plain;
    };
    let name = builtin.name.borrow();
    match name.as_str() {
        "StopIteration" => Fields::StopIteration,
        "SystemExit" => Fields::SystemExit,
        "ImportError" | "ModuleNotFoundError" => Fields::ImportError,
        "NameError" | "UnboundLocalError" => Fields::NameError,
        "AttributeError" => Fields::AttributeError,
        "SyntaxError" | "IndentationError" | "TabError" => Fields::SyntaxError,
        "UnicodeDecodeError" => Fields::UnicodeDecodeError,
        "BaseExceptionGroup" | "ExceptionGroup" => Fields::Group,
        other if is_os_error(other) => Fields::OSError,
        _ => Fields::Plain,
    }
}

fn is_os_error(name: &str) -> bool {
    matches!(
        name,
        "OSError"
            | "BlockingIOError"
            | "ChildProcessError"
            | "ConnectionError"
            | "BrokenPipeError"
            | "ConnectionAbortedError"
            | "ConnectionRefusedError"
            | "ConnectionResetError"
            | "FileExistsError"
            | "FileNotFoundError"
            | "InterruptedError"
            | "IsADirectoryError"
            | "NotADirectoryError"
            | "PermissionError"
            | "ProcessLookupError"
            | "TimeoutError"
    )
}

impl Vm {
    /// `C(args)` without keywords for an exception class whose `__new__` and `__init__` are
    /// `BaseException`'s and whose instances carry only `args` (see
    /// [`Vm::is_plain_exception_class`]): the instance is made at once, as those two would
    /// make it, with no calls through the generic machinery. `None` for every other class.
    pub(crate) fn new_plain_exception(&mut self, cls: &ObjRef, args: &Args) -> Option<Value> {
        if args.has_kwargs() || !self.is_plain_exception_class(cls) {
            return None;
        }
        self.alloc_instance(cls, &args.values).ok()
    }

    /// A builtin exception class such as ValueError, or a Python subclass overriding
    /// neither `__new__` nor `__init__`, whose metaclass is `type` and whose instances carry
    /// nothing but `args` (no `StopIteration.value`, `OSError.errno`, ...).
    pub(crate) fn is_plain_exception_class(&mut self, cls: &ObjRef) -> bool {
        let Some(t) = cls.as_type() else {
            return false;
        };
        if t.layout != crate::objects::typeobj::Layout::Exception
            || !cls
                .class
                .as_ref()
                .is_some_and(|meta| std::rc::Rc::ptr_eq(meta, &self.types.type_))
        {
            return false;
        }
        let version = t.version.get();
        if t.plain_exception_version.get() == version {
            return true;
        }
        let is_native = |v: &Option<Value>, f: super::functions::NativeFn| {
            matches!(v.as_ref().and_then(|v| v.payload()),
                Some(Payload::MethodDescriptor(d)) if std::ptr::fn_addr_eq(d.func, f))
        };
        let new = self.lookup_name(cls, |n| &n.new);
        if !is_native(&new, base_new) {
            return false;
        }
        let init = self.lookup_name(cls, |n| &n.init);
        let plain = is_native(&init, base_init) && fields_of(cls) == Fields::Plain;
        if plain {
            t.plain_exception_version.set(version);
        }
        plain
    }
}

/// `str(exception)`, with the formats of OSError, SyntaxError and exception groups.
pub fn exception_to_str(vm: &mut Vm, this: &Value) -> PyResult<Value> {
    let this = this.clone();
    let class = vm.class_of(&this).clone();
    let Value::Obj(o) = &this else {
        return Ok(vm.new_str(""));
    };
    match fields_of(&class) {
        Fields::OSError => {
            let errno = vm.get_attr_raw(o, "errno").unwrap_or(Value::None);
            let strerror = vm.get_attr_raw(o, "strerror").unwrap_or(Value::None);
            let filename = vm.get_attr_raw(o, "filename").unwrap_or(Value::None);
            if !errno.is_none() && !strerror.is_none() {
                let s = if filename.is_none() {
                    format!(
                        "[Errno {}] {}",
                        vm.str_string(&errno)?,
                        vm.str_string(&strerror)?
                    )
                } else {
                    format!(
                        "[Errno {}] {}: {}",
                        vm.str_string(&errno)?,
                        vm.str_string(&strerror)?,
                        vm.repr_string(&filename)?
                    )
                };
                return Ok(vm.new_str(s));
            }
        }
        Fields::SyntaxError => {
            let msg = vm.get_attr_raw(o, "msg").unwrap_or(Value::None);
            let filename = vm.get_attr_raw(o, "filename").unwrap_or(Value::None);
            let lineno = vm.get_attr_raw(o, "lineno").unwrap_or(Value::None);
            let msg_s = if msg.is_none() {
                String::new()
            } else {
                vm.str_string(&msg)?
            };
            let file = filename
                .as_str()
                .map(|f| f.rsplit('/').next().unwrap_or(f).to_string());
            let s = match (file, lineno.as_i64()) {
                (Some(f), Some(l)) => format!("{msg_s} ({f}, line {l})"),
                (Some(f), None) => format!("{msg_s} ({f})"),
                (None, Some(l)) => format!("{msg_s} (line {l})"),
                (None, None) => msg_s,
            };
            return Ok(vm.new_str(s));
        }
        Fields::UnicodeDecodeError => {
            // (encoding, object, start, end, reason), as `UnicodeDecodeError.__str__`.
            let args = match o.payload {
                crate::object::Payload::Exception(ref e) => e.args.borrow().clone(),
                _ => Value::None,
            };
            let items = tuple_items(&args).to_vec();
            if let [enc, Value::Obj(obj), Value::Int(start), Value::Int(end), reason] =
                items.as_slice()
            {
                if let (Some(enc), Payload::Bytes(b), Some(reason)) =
                    (enc.as_str(), &obj.payload, reason.as_str())
                {
                    let (start, end) = (*start, *end);
                    let s = if end == start + 1 && (start as usize) < b.len() {
                        format!(
                            "'{enc}' codec can't decode byte {:#04x} in position {start}: {reason}",
                            b[start as usize]
                        )
                    } else {
                        format!(
                            "'{enc}' codec can't decode bytes in position {start}-{}: {reason}",
                            end - 1
                        )
                    };
                    return Ok(vm.new_str(s));
                }
            }
        }
        Fields::Group => {
            let msg = vm.get_attr_raw(o, "message").unwrap_or(Value::None);
            let excs = vm.get_attr_raw(o, "exceptions").unwrap_or(Value::None);
            let n = tuple_items(&excs).len();
            let s = format!(
                "{} ({} sub-exception{})",
                vm.str_string(&msg)?,
                n,
                if n == 1 { "" } else { "s" }
            );
            return Ok(vm.new_str(s));
        }
        _ => {}
    }
    Ok(Value::Obj(vm.exception_str(&this)?))
}

fn base_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.values.first().cloned().unwrap_or_default();
    exception_to_str(vm, &this)
}

fn base_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let this = args.values.first().cloned().unwrap_or_default();
    let s = vm.exception_repr(&this)?;
    Ok(vm.new_str(s))
}

fn with_traceback(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("with_traceback", &args, 2, 2)?;
    let tb = args.values[1].clone();
    if !tb.is_none() && !matches!(tb.payload(), Some(Payload::Traceback(_))) {
        return Err(vm.type_error("__traceback__ must be a traceback or None"));
    }
    if let Some(Payload::Exception(e)) = args.values[0].payload() {
        *e.traceback.borrow_mut() = tb;
    }
    Ok(args.values[0].clone())
}

fn add_note(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("add_note", &args, 2, 2)?;
    let note = &args.values[1];
    if note.as_str().is_none() {
        return Err(vm.type_error(format!("note must be a str, not '{}'", vm.type_name(note))));
    }
    let Value::Obj(o) = &args.values[0] else {
        return Ok(Value::None);
    };
    let notes = match vm.get_attr_raw(o, "__notes__") {
        Some(n) => n,
        None => {
            let l = vm.new_list(vec![]);
            vm.set_attr_raw(o, "__notes__", l.clone());
            l
        }
    };
    match notes.payload() {
        Some(Payload::List(l)) => l.borrow_mut().push(note.clone()),
        _ => return Err(vm.type_error("Cannot add note: __notes__ is not a list")),
    }
    Ok(Value::None)
}

/// `BaseException.__reduce__`: `(type(e), e.args)`, plus `e.__dict__` when it is not empty.
fn base_reduce(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__reduce__", &args, 1, 1)?;
    let e = &args.values[0];
    let class = Value::Obj(vm.class_of(e).clone());
    let exc_args = vm.getattr_str(e, "args")?;
    let mut parts = vec![class, exc_args];
    // (The fields CPython keeps in C, `StopIteration.value` and the like, are not in it.)
    if let Some(d) = vm.lookup_attr_opt(e, "__dict__")? {
        if matches!(d.payload(), Some(Payload::Dict(m)) if !m.borrow().is_empty()) {
            parts.push(d);
        }
    }
    Ok(vm.new_tuple(parts))
}

/// `BaseException.__setstate__(state)`: sets the attributes a `__reduce__` dict recorded.
fn base_setstate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__setstate__", &args, 2, 2)?;
    let state = &args.values[1];
    if state.is_none() {
        return Ok(Value::None);
    }
    let Some(Payload::Dict(d)) = state.payload() else {
        return Err(vm.type_error("state is not a dictionary"));
    };
    let items: Vec<(Value, Value)> = d
        .borrow()
        .iter()
        .map(|(k, v)| (k.clone(), v.clone()))
        .collect();
    for (k, v) in items {
        let Some(name) = k.as_obj().filter(|o| matches!(o.payload, Payload::Str(_))) else {
            return Err(vm.type_error(format!(
                "attribute name must be string, not '{}'",
                vm.type_name(&k)
            )));
        };
        let name = vm.intern(name.str_text());
        vm.setattr(&args.values[0], &name, v)?;
    }
    Ok(Value::None)
}

// ---- exception groups ----------------------------------------------------------------------

fn group_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("BaseExceptionGroup.__new__() takes no keyword arguments"));
    }
    let pos = args.pos().to_vec();
    let Some(Value::Obj(cls)) = pos.first().cloned() else {
        return Err(vm.type_error("BaseExceptionGroup.__new__(): not enough arguments"));
    };
    if pos.len() != 3 {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() takes exactly 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let message = pos[1].clone();
    if message.as_str().is_none() {
        return Err(vm.type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            vm.type_name(&message)
        )));
    }
    let seq = pos[2].clone();
    let is_sequence = matches!(seq.payload(), Some(Payload::Tuple(_) | Payload::List(_)));
    if !is_sequence {
        return Err(vm.type_error("second argument (exceptions) must be a sequence"));
    }
    let excs = vm.collect_iterable(&seq)?;
    if excs.is_empty() {
        return Err(vm.value_error("second argument (exceptions) must be a non-empty sequence"));
    }
    let mut all_exceptions = true;
    for (i, e) in excs.iter().enumerate() {
        if !vm.is_exception_instance(e) {
            return Err(vm.value_error(format!(
                "Item {i} of second argument (exceptions) is not an exception"
            )));
        }
        if !vm.value_is_instance(e, &vm.exc.exception.clone()) {
            all_exceptions = false;
        }
    }
    let base_group = vm.exc.base_exception_group.clone();
    let eg = vm.exc.exception_group.clone();
    let mut cls = cls;
    if std::rc::Rc::ptr_eq(&cls, &base_group) {
        if all_exceptions {
            cls = eg.clone();
        }
    } else if crate::objects::typeobj::is_subtype(&cls, &eg) {
        if !all_exceptions {
            if std::rc::Rc::ptr_eq(&cls, &eg) {
                return Err(vm.type_error("Cannot nest BaseExceptions in an ExceptionGroup"));
            }
            let name = cls.as_type().map(|t| t.name()).unwrap_or_default();
            return Err(vm.type_error(format!("Cannot nest BaseExceptions in '{name}'")));
        }
    } else if !all_exceptions {
        // A user subclass of BaseExceptionGroup may hold anything.
    } else if !crate::objects::typeobj::is_subtype(&cls, &vm.exc.exception.clone()) {
        // fine
    }
    let inst = vm.alloc_instance(&cls, &pos[1..])?;
    if let Value::Obj(o) = &inst {
        vm.set_attr_raw(o, "message", message);
        let t = vm.new_tuple(excs);
        vm.set_attr_raw(o, "exceptions", t);
    }
    Ok(inst)
}

/// `BaseExceptionGroup.__init__`: the work is done in `__new__`; keywords are refused as
/// `BaseException.__init__` refuses them.
fn group_init(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        let name = args
            .values
            .first()
            .map(|v| vm.type_name(v))
            .unwrap_or_default();
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    // As BaseException.__init__: args are what the class was called with.
    if let Some(Payload::Exception(e)) = args.values.first().and_then(|v| v.payload()) {
        *e.args.borrow_mut() = vm.new_tuple(args.values[1..].to_vec());
    }
    Ok(Value::None)
}

fn group_derive(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("derive", &args, 2, 2)?;
    let this = args.values[0].clone();
    let msg = this
        .as_obj()
        .and_then(|o| vm.get_attr_raw(o, "message"))
        .unwrap_or(Value::None);
    let group = vm.exc.base_exception_group.clone();
    vm.call(&Value::Obj(group), Args::new([msg, args.values[1].clone()]))
}

/// Whether an exception matches a `split`/`subgroup` condition (a class, a tuple of classes,
/// or a predicate).
fn matches_condition(vm: &mut Vm, e: &Value, cond: &Value) -> PyResult<bool> {
    if vm.is_exception_class(cond) || matches!(cond.payload(), Some(Payload::Tuple(_))) {
        return vm.exception_matches(e, cond);
    }
    let r = vm.call(cond, Args::new([e.clone()]))?;
    vm.is_true(&r)
}

/// Splits a group into (matching, rest), either None when empty, keeping the nesting and
/// copying traceback, cause, context and notes to derived groups (CPython's
/// `exceptiongroup_split_recursive`).
fn split_group(vm: &mut Vm, group: &Value, cond: &Value) -> PyResult<(Value, Value)> {
    if matches_condition(vm, group, cond)? {
        return Ok((group.clone(), Value::None));
    }
    if !vm.value_is_instance(group, &vm.exc.base_exception_group.clone()) {
        return Ok((Value::None, group.clone()));
    }
    let excs = group
        .as_obj()
        .and_then(|o| vm.get_attr_raw(o, "exceptions"))
        .unwrap_or(Value::None);
    let mut matched = Vec::new();
    let mut rest = Vec::new();
    for e in tuple_items(&excs).to_vec() {
        let (m, r) = split_group(vm, &e, cond)?;
        if !m.is_none() {
            matched.push(m);
        }
        if !r.is_none() {
            rest.push(r);
        }
    }
    let derive = |vm: &mut Vm, items: Vec<Value>| -> PyResult<Value> {
        if items.is_empty() {
            return Ok(Value::None);
        }
        let d = vm.getattr_str(group, "derive")?;
        let l = vm.new_list(items);
        let g = vm.call(&d, Args::new([l]))?;
        if let (Some(Payload::Exception(ge)), Some(Payload::Exception(oe))) =
            (g.payload(), group.payload())
        {
            *ge.traceback.borrow_mut() = oe.traceback.borrow().clone();
            *ge.cause.borrow_mut() = oe.cause.borrow().clone();
            *ge.context.borrow_mut() = oe.context.borrow().clone();
        }
        if let Value::Obj(o) = &g {
            crate::objects::exception::note_links(o, &vm.gc);
        }
        if let (Some(go), Some(oo)) = (g.as_obj(), group.as_obj()) {
            if let Some(notes) = vm.get_attr_raw(oo, "__notes__") {
                vm.set_attr_raw(go, "__notes__", notes);
            }
        }
        Ok(g)
    };
    let m = derive(vm, matched)?;
    let r = derive(vm, rest)?;
    Ok((m, r))
}

fn group_split(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("split", &args, 2, 2)?;
    let (m, r) = split_group(vm, &args.values[0], &args.values[1])?;
    Ok(vm.new_tuple(vec![m, r]))
}

fn group_subgroup(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("subgroup", &args, 2, 2)?;
    let (m, _) = split_group(vm, &args.values[0], &args.values[1])?;
    Ok(m)
}

pub fn install(vm: &mut Vm) {
    use super::slots::MemberKind;
    let x = &vm.exc;
    let fields: [(ObjRef, &[&str], MemberKind); 8] = [
        (x.stop_iteration.clone(), &["value"], MemberKind::Field),
        (x.system_exit.clone(), &["code"], MemberKind::Field),
        (
            x.import_error.clone(),
            &["msg", "name", "path"],
            MemberKind::Field,
        ),
        (x.name_error.clone(), &["name"], MemberKind::Field),
        (
            x.attribute_error.clone(),
            &["name", "obj"],
            MemberKind::Field,
        ),
        (
            x.os_error.clone(),
            &["errno", "strerror", "filename", "filename2"],
            MemberKind::Field,
        ),
        (
            x.syntax_error.clone(),
            &[
                "msg",
                "filename",
                "lineno",
                "offset",
                "text",
                "end_lineno",
                "end_offset",
                "print_file_and_line",
            ],
            MemberKind::Field,
        ),
        (
            x.base_exception_group.clone(),
            &["message", "exceptions"],
            MemberKind::ReadOnlyField,
        ),
    ];
    for (class, names, kind) in fields {
        vm.add_exception_fields(&class, names, kind);
    }
    let base = vm.exc.base_exception.clone();
    vm.add_method(&base, "__new__", base_new, MethodKind::Static);
    vm.add_method(&base, "__init__", base_init, MethodKind::Instance);
    vm.add_method(&base, "__str__", base_str, MethodKind::Instance);
    vm.add_method(&base, "__repr__", base_repr, MethodKind::Instance);
    vm.add_method(
        &base,
        "with_traceback",
        with_traceback,
        MethodKind::Instance,
    );
    vm.add_method(&base, "add_note", add_note, MethodKind::Instance);
    vm.add_method(&base, "__reduce__", base_reduce, MethodKind::Instance);
    vm.add_method(&base, "__setstate__", base_setstate, MethodKind::Instance);
    let group = vm.exc.base_exception_group.clone();
    vm.add_method(&group, "__new__", group_new, MethodKind::Static);
    vm.add_method(&group, "__init__", group_init, MethodKind::Instance);
    vm.add_method(&group, "derive", group_derive, MethodKind::Instance);
    vm.add_method(&group, "split", group_split, MethodKind::Instance);
    vm.add_method(&group, "subgroup", group_subgroup, MethodKind::Instance);
}
