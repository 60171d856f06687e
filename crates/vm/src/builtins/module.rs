//! The `builtins` module: the functions every program can call without importing.

use std::rc::Rc;

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};
use pyasync_compiler::Mode;

use super::functions::Args;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::int::{as_bigint, is_int};
use crate::objects::iter::IterState;
use crate::objects::module::Module;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn arg(args: &Args, i: usize) -> Value {
    args.values.get(i).cloned().unwrap_or(Value::None)
}

fn print(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let sep = args.take_kw("sep").filter(|v| !v.is_none());
    let end = args.take_kw("end").filter(|v| !v.is_none());
    let file = args.take_kw("file").filter(|v| !v.is_none());
    let flush = args.take_kw("flush");
    if let Some((k, _)) = args.kwargs().next() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for print()")));
    }
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
            Some(Payload::Tuple(t)) => {
                for c in t.iter() {
                    if self.isinstance(v, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
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
            Some(Payload::Tuple(t)) => {
                for c in t.iter() {
                    if self.issubclass(cls, c)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
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

fn abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("abs", &args, 1, 1)?;
    vm.abs(&args.values[0])
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

fn radix_fn(vm: &mut Vm, args: Args, name: &str, radix: u32, prefix: &str) -> PyResult<Value> {
    vm.check_args(name, &args, 1, 1)?;
    let n = vm.index_value(&args.values[0])?;
    let digits = n.abs().to_str_radix(radix);
    let sign = if n.is_negative() { "-" } else { "" };
    Ok(vm.new_str(format!("{sign}{prefix}{digits}")))
}

fn hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_fn(vm, args, "hex", 16, "0x")
}

fn oct(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_fn(vm, args, "oct", 8, "0o")
}

fn bin(vm: &mut Vm, args: Args) -> PyResult<Value> {
    radix_fn(vm, args, "bin", 2, "0b")
}

fn divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("divmod", &args, 2, 2)?;
    let (a, b) = (args.values[0].clone(), args.values[1].clone());
    if let (Some(_), true) = (as_bigint(&a), is_int(&b)) {
        if as_bigint(&b).is_some_and(|x| x.is_zero()) {
            return Err(vm.zero_division_error("integer division or modulo by zero"));
        }
    }
    let is_zero = match b {
        Value::Float(f) => f == 0.0,
        Value::Int(i) => i == 0,
        Value::Bool(x) => !x,
        _ => false,
    };
    let floats = matches!(a, Value::Float(_)) || matches!(b, Value::Float(_));
    if is_zero && floats && (is_int(&a) || is_int(&b) || matches!(a, Value::Float(_))) {
        return Err(vm.zero_division_error("float divmod()"));
    }
    let user = |v: &Value| {
        v.as_obj()
            .and_then(|o| o.class.as_ref())
            .and_then(|c| c.as_type())
            .is_some_and(|t| t.heap)
    };
    if user(&a) || user(&b) {
        let class = vm.class_of(&a).clone();
        if let Some(m) = vm.lookup_type(&class, "__divmod__") {
            let r = vm.call(&m, Args::new([a.clone(), b.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        let class = vm.class_of(&b).clone();
        if let Some(m) = vm.lookup_type(&class, "__rdivmod__") {
            let r = vm.call(&m, Args::new([b.clone(), a.clone()]))?;
            if !vm.is_not_implemented(&r) {
                return Ok(r);
            }
        }
        return Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&a),
            vm.type_name(&b)
        )));
    }
    use pyasync_bytecode::BinaryOperator as B;
    let q = vm.native_binary(B::FloorDivide, &a, &b);
    let r = vm.native_binary(B::Remainder, &a, &b);
    match (q, r) {
        (Some(q), Some(r)) => {
            let (q, r) = (q?, r?);
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => Err(vm.type_error(format!(
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            vm.type_name(&a),
            vm.type_name(&b)
        ))),
    }
}

/// An int, bool or float (or an instance of their subclasses).
fn is_number(v: &Value) -> bool {
    matches!(v, Value::Int(_) | Value::Bool(_) | Value::Float(_))
        || matches!(v.payload(), Some(Payload::Int(_) | Payload::Float(_)))
}

fn pow(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let modulus = args.take_kw("mod");
    let Some(base) = args
        .take_kw("base")
        .or_else(|| args.values.first().cloned())
    else {
        return Err(vm.type_error("pow() missing required argument 'base' (pos 1)"));
    };
    let Some(exp) = args.take_kw("exp").or_else(|| args.values.get(1).cloned()) else {
        return Err(vm.type_error("pow() missing required argument 'exp' (pos 2)"));
    };
    let modulus = modulus
        .or_else(|| args.values.get(2).cloned())
        .filter(|m| !m.is_none());
    match modulus {
        None => vm.binary_op(base, exp, pyasync_bytecode::BinaryOperator::Power),
        Some(m) if !is_number(&base) => {
            // Three-argument pow on other types: their __pow__(exp, mod) (no reflection).
            let class = vm.class_of(&base).clone();
            if class.as_type().is_some_and(|t| t.heap) {
                if let Some(f) = vm.lookup_type(&class, "__pow__") {
                    let r = vm.call(&f, Args::new([base.clone(), exp.clone(), m.clone()]))?;
                    if !vm.is_not_implemented(&r) {
                        return Ok(r);
                    }
                }
            }
            Err(vm.type_error(format!(
                "unsupported operand type(s) for ** or pow(): '{}', '{}', '{}'",
                vm.type_name(&base),
                vm.type_name(&exp),
                vm.type_name(&m)
            )))
        }
        Some(m) => {
            let (Some(b), Some(e), Some(m)) = (as_bigint(&base), as_bigint(&exp), as_bigint(&m))
            else {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            };
            if m.is_zero() {
                return Err(vm.value_error("pow() 3rd argument cannot be 0"));
            }
            let r = if e.is_negative() {
                let inv = modinv(&b, &m).ok_or_else(|| {
                    vm.value_error("base is not invertible for the given modulus")
                })?;
                inv.modpow(&(-e), &m)
            } else {
                b.modpow(&e, &m)
            };
            // Python's result has the sign of the modulus.
            let r = if !r.is_zero() && (r.is_negative() != m.is_negative()) {
                r + &m
            } else {
                r
            };
            Ok(vm.new_int(r))
        }
    }
}

fn modinv(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let e = a.extended_gcd(m);
    if e.gcd != BigInt::from(1) && e.gcd != BigInt::from(-1) {
        return None;
    }
    Some(e.x.mod_floor(m))
}

fn round(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let ndigits = args
        .take_kw("ndigits")
        .or_else(|| args.values.get(1).cloned())
        .unwrap_or(Value::None);
    let Some(number) = args
        .take_kw("number")
        .or_else(|| args.values.first().cloned())
    else {
        return Err(vm.type_error("round() missing required argument 'number' (pos 1)"));
    };
    vm.round(&number, &ndigits)
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
    if let Some((k, _)) = args.kwargs().next() {
        return Err(vm.type_error(format!("'{k}' is an invalid keyword argument for {name}()")));
    }
    let items = match args.values.len() {
        0 => return Err(vm.type_error(format!("{name} expected at least 1 argument, got 0"))),
        1 => vm.collect_iterable(&args.values[0])?,
        _ => {
            if default.is_some() {
                return Err(vm.type_error(format!(
                    "Cannot specify a default for {name}() with multiple positional arguments"
                )));
            }
            args.values.to_vec()
        }
    };
    let mut best: Option<(Value, Value)> = None;
    for item in items {
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
    let start = args
        .take_kw("start")
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
    while let Some(v) = vm.iter_next(&it)? {
        total = match (&total, &v) {
            (Value::Int(a), Value::Int(b)) if a.checked_add(*b).is_some() => Value::Int(a + b),
            (Value::Float(a), Value::Float(b)) => Value::Float(a + b),
            _ => vm.binary_op(total, v, pyasync_bytecode::BinaryOperator::Add)?,
        };
    }
    Ok(total)
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

fn getattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("getattr", &args, 2, 3)?;
    let Some(name) = args.values[1]
        .as_obj()
        .filter(|o| matches!(o.payload, Payload::Str(_)))
        .cloned()
    else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.values[1])
        )));
    };
    let name = vm.intern(name.str_text());
    match vm.getattr(&args.values[0], &name) {
        Ok(v) => Ok(v),
        Err(e) if args.values.len() == 3 && vm.err_matches(&e, &vm.exc.attribute_error.clone()) => {
            Ok(args.values[2].clone())
        }
        Err(e) => Err(e),
    }
}

fn setattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("setattr", &args, 3, 3)?;
    let Some(name) = args.values[1].as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.values[1])
        )));
    };
    let name = vm.intern(&name);
    vm.setattr(&args.values[0], &name, args.values[2].clone())?;
    Ok(Value::None)
}

fn delattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("delattr", &args, 2, 2)?;
    let Some(name) = args.values[1].as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.values[1])
        )));
    };
    let name = vm.intern(&name);
    vm.delattr(&args.values[0], &name)?;
    Ok(Value::None)
}

fn hasattr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("hasattr", &args, 2, 2)?;
    let Some(name) = args.values[1].as_str().map(str::to_string) else {
        return Err(vm.type_error(format!(
            "attribute name must be string, not '{}'",
            vm.type_name(&args.values[1])
        )));
    };
    Ok(Value::Bool(
        vm.lookup_attr_opt(&args.values[0], &name)?.is_some(),
    ))
}

fn globals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    match vm.frames.last() {
        Some(f) => Ok(Value::Obj(f.globals.clone())),
        None => Ok(Value::Obj(vm.new_dict_obj(Default::default()))),
    }
}

fn locals(vm: &mut Vm, _args: Args) -> PyResult<Value> {
    vm.frame_locals()
}

impl Vm {
    /// `locals()` of the calling frame: its namespace, or a dict of its fast locals.
    pub fn frame_locals(&mut self) -> PyResult<Value> {
        let Some(f) = self.frames.last() else {
            return Ok(self.new_dict());
        };
        if !f.locals.is_null() {
            return Ok(f.locals.clone());
        }
        let code = f.code.clone();
        let fast = f.fast.clone();
        self.fast_locals_dict(&code, &fast)
    }

    /// A dict of a frame's fast locals, cells and free variables (the bound ones).
    pub fn fast_locals_dict(
        &mut self,
        code: &crate::code::Code,
        fast: &[Value],
    ) -> PyResult<Value> {
        let d = self.new_dict_obj(Default::default());
        let co = &code.obj;
        for (i, v) in fast.iter().enumerate() {
            let value = if i < co.varnames.len() {
                v.clone()
            } else {
                match v.payload() {
                    Some(Payload::Cell(c)) => c.borrow().clone(),
                    _ => Value::Null,
                }
            };
            if !value.is_null() {
                let name = co.slot_name(i).to_string();
                self.dict_set_item_str(&d, &name, value)?;
            }
        }
        Ok(Value::Obj(d))
    }
}

fn vars(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("vars", &args, 0, 1)?;
    match args.values.first() {
        None => vm.frame_locals(),
        Some(v) => match vm.lookup_attr_opt(v, "__dict__")? {
            Some(d) => Ok(d),
            None => Err(vm.type_error("vars() argument must have __dict__ attribute")),
        },
    }
}

fn dir(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("dir", &args, 0, 1)?;
    let names: Vec<String> = match args.values.first() {
        None => {
            let l = vm.frame_locals()?;
            let keys = vm.collect_iterable(&l)?;
            keys.iter()
                .filter_map(|k| k.as_str().map(str::to_string))
                .collect()
        }
        Some(v) => {
            let class = vm.class_of(v).clone();
            if class.as_type().is_some_and(|t| t.heap) {
                if let Some(d) = vm.lookup_type(&class, "__dir__") {
                    if matches!(d.payload(), Some(Payload::Function(_))) {
                        let r = vm.call(&d, Args::new([v.clone()]))?;
                        let items = vm.collect_iterable(&r)?;
                        let mut names: Vec<String> = items
                            .iter()
                            .filter_map(|k| k.as_str().map(str::to_string))
                            .collect();
                        names.sort();
                        let list = names.into_iter().map(|n| vm.new_str(n)).collect();
                        return Ok(vm.new_list(list));
                    }
                }
            }
            vm.dir_names(v)
        }
    };
    let mut names = names;
    names.sort();
    names.dedup();
    let list = names.into_iter().map(|n| vm.new_str(n)).collect();
    Ok(vm.new_list(list))
}

impl Vm {
    /// The default `dir(obj)`: instance dict, class and bases (or a module's namespace).
    pub(crate) fn dir_names(&mut self, v: &Value) -> Vec<String> {
        let mut names = Vec::new();
        let add_dict = |d: &ObjRef, names: &mut Vec<String>| {
            if let Payload::Dict(d) = &d.payload {
                names.extend(
                    d.borrow()
                        .keys()
                        .filter_map(|k| k.as_str().map(str::to_string)),
                );
            }
        };
        match v.payload() {
            Some(Payload::Module(m)) => {
                add_dict(&m.dict, &mut names);
                return names;
            }
            Some(Payload::Type(t)) => {
                for c in t.mro.borrow().iter() {
                    if let Some(ct) = c.as_type() {
                        names.extend(
                            ct.attrs
                                .borrow()
                                .keys()
                                .filter_map(|k| k.as_str().map(str::to_string)),
                        );
                    }
                }
                return names;
            }
            _ => {}
        }
        if let Value::Obj(o) = v {
            if let Some(d) = &o.dict {
                add_dict(d, &mut names);
            }
        }
        let class = self.class_of(v).clone();
        if let Some(t) = class.as_type() {
            for c in t.mro.borrow().iter() {
                if let Some(ct) = c.as_type() {
                    names.extend(
                        ct.attrs
                            .borrow()
                            .keys()
                            .filter_map(|k| k.as_str().map(str::to_string)),
                    );
                }
            }
        }
        names
    }
}

fn input(vm: &mut Vm, args: Args) -> PyResult<Value> {
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

fn exec_or_eval(vm: &mut Vm, args: Args, is_eval: bool) -> PyResult<Value> {
    let name = if is_eval { "eval" } else { "exec" };
    vm.check_args(name, &args, 1, 3)?;
    let source = args.values[0].clone();
    let (globals, locals) = match (args.values.get(1), args.values.get(2)) {
        (Some(g), l) if !g.is_none() => {
            let Value::Obj(gd) = g else {
                return Err(vm.type_error("globals must be a dict"));
            };
            if !matches!(gd.payload, Payload::Dict(_)) {
                return Err(
                    vm.type_error(format!("globals must be a dict, not {}", vm.type_name(g)))
                );
            }
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

fn exec(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, false)
}

fn eval(vm: &mut Vm, args: Args) -> PyResult<Value> {
    exec_or_eval(vm, args, true)
}

fn compile(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
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

fn import(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
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
    let path = vm.str_string(&file)?;
    let mode = mode.as_str().unwrap_or("r").to_string();
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

#[allow(dead_code)]
fn _bigint_unused(_: BigInt) {}
