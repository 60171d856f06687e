//! Fast entry points for the hottest native methods of builtin types (`s.isdigit()`,
//! `s.endswith("7")`, `d.get(k, 0)`, `lst.append(x)`, `name.upper()`).
//!
//! A method descriptor may carry, besides its general `NativeFn` (which takes an `Args` and
//! checks arity, keywords and the receiver), a [`FastMethod`]: the `CallMethod` fast path
//! calls it with `[receiver, args...]` when the receiver's class is exactly the type defining
//! the method and no keywords were given. It handles only the common shape (the usual
//! number of arguments, an ASCII str, ...) and gives `None` for anything else, so the general
//! function, with all its checks and error texts, still decides every other case.
//!
//! A fast entry runs no Python code (no user `__hash__`, `__eq__`, `__index__`, ...) and
//! leaves the frames alone: it reads its arguments in place on the caller's stack.

use crate::builtins::functions::MethodDescriptor;
use crate::object::{ObjRef, Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A native method's fast entry: `[receiver, args...]` to its result, `None` to defer to the
/// general function (which must then behave as if the fast entry had never been tried).
pub type FastMethod = fn(&mut Vm, &[Value]) -> Option<PyResult<Value>>;

/// Gives the already installed methods of the builtin types their fast entries.
pub fn install(vm: &mut Vm) {
    let str_ = vm.types.str.clone();
    let list = vm.types.list.clone();
    let dict = vm.types.dict.clone();
    let table: &[(&ObjRef, &'static str, FastMethod)] = &[
        (&str_, "isdigit", str_isdigit),
        (&str_, "isalpha", str_isalpha),
        (&str_, "isalnum", str_isalnum),
        (&str_, "upper", str_upper),
        (&str_, "lower", str_lower),
        (&str_, "startswith", str_startswith),
        (&str_, "endswith", str_endswith),
        (&str_, "partition", super::str_split::partition_fast),
        (&list, "append", list_append),
        (&dict, "get", dict_get),
    ];
    for &(class, name, fast) in table {
        set_fast(vm, class, name, fast);
    }
}

/// Replaces `class.name` (a method descriptor) by the same descriptor with `fast`.
fn set_fast(vm: &mut Vm, class: &ObjRef, name: &'static str, fast: FastMethod) {
    let Some(Value::Obj(old)) = vm.lookup_type(class, name) else {
        return;
    };
    let Payload::MethodDescriptor(d) = &old.payload else {
        return;
    };
    let Some(meta) = old.class.as_ref().cloned() else {
        return;
    };
    let descr = PyObject::new(
        meta,
        Payload::MethodDescriptor(Box::new(MethodDescriptor {
            fast: Some(fast),
            ..**d
        })),
    );
    vm.set_type_attr(class, name, Value::obj(descr));
}

/// The receiver's text when it is ASCII (the fast entries leave other text to the general
/// functions, which know Unicode's character classes and case mappings).
#[inline]
fn ascii_receiver(args: &[Value]) -> Option<&str> {
    match args.first()?.payload()? {
        Payload::Str(s) if s.is_ascii() => Some(s.as_str()),
        _ => None,
    }
}

/// An ASCII predicate method taking no arguments: true when the text is not empty and every
/// byte passes.
#[inline]
fn ascii_predicate(args: &[Value], f: fn(&u8) -> bool) -> Option<PyResult<Value>> {
    if args.len() != 1 {
        return None;
    }
    let s = ascii_receiver(args)?;
    Some(Ok(Value::Bool(!s.is_empty() && s.as_bytes().iter().all(f))))
}

fn str_isdigit(_vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    ascii_predicate(args, u8::is_ascii_digit)
}

fn str_isalpha(_vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    ascii_predicate(args, u8::is_ascii_alphabetic)
}

fn str_isalnum(_vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    ascii_predicate(args, u8::is_ascii_alphanumeric)
}

fn str_upper(vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    if args.len() != 1 {
        return None;
    }
    let s = ascii_receiver(args)?;
    Some(Ok(vm.new_str(s.to_ascii_uppercase())))
}

fn str_lower(vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    if args.len() != 1 {
        return None;
    }
    let s = ascii_receiver(args)?;
    Some(Ok(vm.new_str(s.to_ascii_lowercase())))
}

/// `s.startswith(p)` / `s.endswith(p)` with one str argument (no tuple, no start/end).
#[inline]
fn affix(args: &[Value], end: bool) -> Option<PyResult<Value>> {
    let [s, p] = args else {
        return None;
    };
    let (Some(Payload::Str(s)), Some(Payload::Str(p))) = (s.payload(), p.payload()) else {
        return None;
    };
    let (s, p) = (s.as_str(), p.as_str());
    Some(Ok(Value::Bool(if end {
        s.ends_with(p)
    } else {
        s.starts_with(p)
    })))
}

fn str_startswith(_vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    affix(args, false)
}

fn str_endswith(_vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    affix(args, true)
}

fn list_append(_vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    let [lst, x] = args else {
        return None;
    };
    let Some(Payload::List(l)) = lst.payload() else {
        return None;
    };
    l.borrow_mut().push(x.clone());
    Some(Ok(Value::None))
}

/// `d.get(k)` / `d.get(k, default)` for an int or exact str key, when the lookup needs no
/// `__eq__` (the key found by identity or fast equality, or surely missing).
fn dict_get(vm: &mut Vm, args: &[Value]) -> Option<PyResult<Value>> {
    let (d, key, default) = match args {
        [d, key] => (d, key, None),
        [d, key, default] => (d, key, Some(default)),
        _ => return None,
    };
    let hash = crate::eval::dict_hot::native_key_hash(&vm.types.str, key)?;
    let Some(Payload::Dict(cell)) = d.payload() else {
        return None;
    };
    let found = cell.try_borrow().ok()?.get_native(hash, key)?.cloned();
    Some(Ok(
        found.unwrap_or_else(|| default.cloned().unwrap_or(Value::None))
    ))
}
