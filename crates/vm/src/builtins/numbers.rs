//! `int`, `bool`, `float`, `complex`: constructors, their operator methods (`__add__` &c.,
//! which the operators themselves do not need but `int.__add__(1, 2)`, `super().__add__` and
//! subclasses do), and their other methods.

use num_bigint::BigInt;
use num_traits::{Signed, Zero};
use pyasync_bytecode::{BinaryOperator as B, ComparisonOperator as C};
use std::rc::Rc;

use super::float_round::round_to_digits;
use super::functions::{Args, MethodKind};
use super::number_text::{ascii_digits, check_digit_limit, parse_float, parse_int};
use crate::object::{Payload, PyObject};
use crate::objects::int::{as_bigint, is_int};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn int_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let base_kw = args.take_kw("base");
    vm.reject_kwargs(&args, "int")?;
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    if let Value::Obj(c) = &cls {
        // bool's instances are the two singletons: `int.__new__(bool, x)` would make a third.
        if Rc::ptr_eq(c, &vm.types.bool_) {
            return Err(vm.type_error("int.__new__(bool) is not safe, use bool.__new__()"));
        }
    }
    let pos = args.pos().get(1..).unwrap_or_default();
    if pos.len() > 2 {
        return Err(vm.type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let base = base_kw.or_else(|| pos.get(1).cloned());
    let value = match (pos.first(), base) {
        (None, None) => Value::Int(0),
        (None, Some(_)) => return Err(vm.type_error("int() missing string argument")),
        (Some(x), None) => vm.to_int(x)?,
        (Some(x), Some(b)) => {
            let b = vm.clamped_index(&b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(vm.value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            let text = match x.payload() {
                Some(Payload::Str(s)) => s.as_str().to_string(),
                Some(Payload::Bytes(_) | Payload::ByteArray(_)) => {
                    let b = super::bytes::bytes_like(x).unwrap_or_default();
                    String::from_utf8_lossy(&b).into_owned()
                }
                _ => return Err(vm.type_error("int() can't convert non-string with explicit base")),
            };
            check_digit_limit(vm, &text, b as u32)?;
            match parse_int(&text, b as u32) {
                Some(v) => vm.new_int(v),
                None => {
                    let r = vm.repr_string(x)?;
                    return Err(
                        vm.value_error(format!("invalid literal for int() with base {b}: {r}"))
                    );
                }
            }
        }
    };
    subclass_instance(vm, &cls, value, "int")
}

/// Wraps a builtin value in an instance of a subclass when `cls` is one.
fn subclass_instance(vm: &mut Vm, cls: &Value, value: Value, builtin: &str) -> PyResult<Value> {
    let Value::Obj(c) = cls else { return Ok(value) };
    if c.as_type().is_none_or(|t| !t.heap) {
        return Ok(value);
    }
    let payload = match builtin {
        "int" => Payload::Int(as_bigint(&value).unwrap_or_default()),
        "float" => Payload::Float(match value {
            Value::Float(f) => f,
            _ => 0.0,
        }),
        "complex" => match value.payload() {
            Some(Payload::Complex { re, im }) => Payload::Complex { re: *re, im: *im },
            _ => Payload::Complex { re: 0.0, im: 0.0 },
        },
        _ => return Ok(value),
    };
    let dict = if c.as_type().is_some_and(|t| t.instance_dict) {
        Some(vm.new_dict_obj(Default::default()))
    } else {
        None
    };
    let o = std::rc::Rc::new(PyObject {
        class: Some(c.clone()).into(),
        dict: crate::objects::instance::DictSlot::with(dict),
        payload,
    });
    vm.gc_track(&o);
    Ok(Value::Obj(o))
}

impl Vm {
    /// `int(x)`: ints, floats (truncated), strings, and `__int__`/`__index__`/`__trunc__`.
    pub fn to_int(&mut self, x: &Value) -> PyResult<Value> {
        if let Some(b) = as_bigint(x) {
            return Ok(self.new_int(b));
        }
        match x {
            Value::Float(f) => return self.float_to_int(*f),
            Value::Obj(o) => match &o.payload {
                Payload::Float(f) => return self.float_to_int(*f),
                Payload::Str(s) => {
                    if let Some(v) = super::number_text::parse_small_decimal(s.as_str()) {
                        return Ok(Value::Int(v));
                    }
                    let text = s.as_str().to_string();
                    check_digit_limit(self, &text, 10)?;
                    return match parse_int(&text, 10) {
                        Some(v) => Ok(self.new_int(v)),
                        None => {
                            let r = self.repr_string(x)?;
                            Err(self.value_error(format!(
                                "invalid literal for int() with base 10: {r}"
                            )))
                        }
                    };
                }
                Payload::Bytes(_) | Payload::ByteArray(_) => {
                    let b = crate::builtins::bytes::bytes_like(x).unwrap_or_default();
                    let text = String::from_utf8_lossy(&b).into_owned();
                    check_digit_limit(self, &text, 10)?;
                    return match parse_int(&text, 10) {
                        Some(v) => Ok(self.new_int(v)),
                        None => {
                            let r = self.repr_string(x)?;
                            Err(self.value_error(format!(
                                "invalid literal for int() with base 10: {r}"
                            )))
                        }
                    };
                }
                _ => {}
            },
            _ => {}
        }
        let class = self.class_of(x).clone();
        for m in ["__int__", "__index__", "__trunc__"] {
            if let Some(f) = self.lookup_type(&class, m) {
                let r = self.call(&f, Args::new([x.clone()]))?;
                if !is_int(&r) {
                    return Err(self.type_error(format!(
                        "{} returned non-int (type {})",
                        m,
                        self.type_name(&r)
                    )));
                }
                return Ok(r);
            }
        }
        Err(self.type_error(format!(
            "int() argument must be a string, a bytes-like object or a real number, not '{}'",
            self.type_name(x)
        )))
    }

    fn float_to_int(&self, f: f64) -> PyResult<Value> {
        if f.is_nan() {
            return Err(self.value_error("cannot convert float NaN to integer"));
        }
        if f.is_infinite() {
            return Err(self.overflow_error("cannot convert float infinity to integer"));
        }
        let t = f.trunc();
        if t.abs() < 9.0e18 {
            return Ok(Value::Int(t as i64));
        }
        let b = num_traits::FromPrimitive::from_f64(t).unwrap_or_default();
        Ok(self.new_int(b))
    }

    /// `float(x)`.
    pub fn to_float(&mut self, x: &Value) -> PyResult<f64> {
        match x {
            Value::Float(f) => return Ok(*f),
            Value::Int(i) => return Ok(*i as f64),
            Value::Bool(b) => return Ok(*b as i64 as f64),
            Value::Obj(o) => match &o.payload {
                Payload::Float(f) => return Ok(*f),
                Payload::Int(b) => return crate::objects::int::int_to_f64(self, b),
                Payload::Str(s) => {
                    let text = ascii_digits(s.as_str()).into_owned();
                    return parse_float(&text).ok_or_else(|| {
                        let r = self.repr_string(x).unwrap_or_default();
                        self.value_error(format!("could not convert string to float: {r}"))
                    });
                }
                _ => {}
            },
            _ => {}
        }
        let class = self.class_of(x).clone();
        if let Some(f) = self.lookup_type(&class, "__float__") {
            let r = self.call(&f, Args::new([x.clone()]))?;
            return match r {
                Value::Float(f) => Ok(f),
                _ => match r.payload() {
                    Some(Payload::Float(f)) => Ok(*f),
                    _ => Err(self.type_error(format!(
                        "{}.__float__ returned non-float (type {})",
                        self.type_name(x),
                        self.type_name(&r)
                    ))),
                },
            };
        }
        if let Some(f) = self.lookup_type(&class, "__index__") {
            let r = self.call(&f, Args::new([x.clone()]))?;
            return self.to_float(&r);
        }
        Err(self.type_error(format!(
            "float() argument must be a string or a real number, not '{}'",
            self.type_name(x)
        )))
    }

    /// `round(x, ndigits)`.
    pub fn round(&mut self, x: &Value, ndigits: &Value) -> PyResult<Value> {
        if is_int(x) {
            if ndigits.is_none() {
                return Ok(self.new_int(as_bigint(x).unwrap_or_default()));
            }
            let n = self.clamped_index(ndigits)?;
            if n >= 0 {
                return Ok(self.new_int(as_bigint(x).unwrap_or_default()));
            }
            // Round to a multiple of 10**-n, half to even.
            let v = as_bigint(x).unwrap_or_default();
            // 10**-n > 2*|v|: the nearest multiple is 0 (CPython computes 10**-n anyway).
            if n.unsigned_abs() > v.bits() / 3 + 2 {
                return Ok(Value::Int(0));
            }
            let m = num_traits::pow(BigInt::from(10), (-n) as usize);
            let (q, r) = num_integer::Integer::div_mod_floor(&v, &m);
            let twice = &r * 2;
            let q = if twice > m || (twice == m && num_integer::Integer::is_odd(&q)) {
                q + 1
            } else {
                q
            };
            return Ok(self.new_int(q * m));
        }
        let f = match x {
            Value::Float(f) => Some(*f),
            _ => match x.payload() {
                Some(Payload::Float(f)) => Some(*f),
                _ => None,
            },
        };
        if let Some(f) = f {
            if ndigits.is_none() {
                let r = round_half_even(f);
                return self.float_to_int(r);
            }
            let n = self.clamped_index(ndigits)?;
            return match round_to_digits(f, n) {
                Some(r) => Ok(Value::Float(r)),
                None => Err(self.overflow_error("rounded value too large to represent")),
            };
        }
        let class = self.class_of(x).clone();
        if let Some(m) = self.lookup_type(&class, "__round__") {
            let args = if ndigits.is_none() {
                Args::new([x.clone()])
            } else {
                Args::new([x.clone(), ndigits.clone()])
            };
            return self.call(&m, args);
        }
        Err(self.type_error(format!(
            "type {} doesn't define __round__ method",
            self.type_name(x)
        )))
    }
}

fn round_half_even(f: f64) -> f64 {
    let r = f.round();
    if (f - f.trunc()).abs() == 0.5 {
        2.0 * (f / 2.0).round()
    } else {
        r
    }
}

fn float_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("float() takes no keyword arguments"));
    }
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let v = match args.values.get(1) {
        None => 0.0,
        Some(x) => vm.to_float(x)?,
    };
    if args.values.len() > 2 {
        return Err(vm.type_error(format!(
            "float expected at most 1 argument, got {}",
            args.values.len() - 1
        )));
    }
    subclass_instance(vm, &cls, Value::Float(v), "float")
}

fn bool_new(vm: &mut Vm, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error("bool() takes no keyword arguments"));
    }
    match args.values.get(1) {
        None => Ok(Value::Bool(false)),
        Some(v) => Ok(Value::Bool(vm.is_true(&v.clone())?)),
    }
}

fn complex_new(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let real_kw = args.take_kw("real");
    let imag_kw = args.take_kw("imag");
    let cls = args.values.first().cloned().unwrap_or(Value::None);
    let real = real_kw.or_else(|| args.values.get(1).cloned());
    let imag = imag_kw.or_else(|| args.values.get(2).cloned());
    let part = |vm: &mut Vm, v: &Value| -> PyResult<(f64, f64)> {
        match v.payload() {
            Some(Payload::Complex { re, im }) => Ok((*re, *im)),
            Some(Payload::Str(_)) => {
                Err(vm.type_error("complex() can't take second arg if first is a string"))
            }
            _ => Ok((vm.to_float(v)?, 0.0)),
        }
    };
    let (mut re, mut im) = (0.0, 0.0);
    if let Some(r) = &real {
        if let Some(s) = r.as_str() {
            if imag.is_some() {
                return Err(vm.type_error("complex() can't take second arg if first is a string"));
            }
            let (a, b) = parse_complex(s)
                .ok_or_else(|| vm.value_error("complex() arg is a malformed string"))?;
            return subclass_instance(vm, &cls, vm.new_complex(a, b), "complex");
        }
        let (a, b) = part(vm, r)?;
        re = a;
        im = b;
    }
    if let Some(i) = &imag {
        // cf. complex_new_impl: only a complex part contributes its imaginary half, so
        // complex(0, -0.0) keeps the negative zero.
        let r_is_complex = real
            .as_ref()
            .is_some_and(|r| matches!(r.payload(), Some(Payload::Complex { .. })));
        let (a, b) = part(vm, i)?;
        if matches!(i.payload(), Some(Payload::Complex { .. })) {
            re -= b;
        }
        im = if r_is_complex { im + a } else { a };
    }
    let c = vm.new_complex(re, im);
    subclass_instance(vm, &cls, c, "complex")
}

fn parse_complex(s: &str) -> Option<(f64, f64)> {
    let t = s.trim();
    let t = t
        .strip_prefix('(')
        .and_then(|x| x.strip_suffix(')'))
        .unwrap_or(t)
        .trim();
    if let Some(body) = t.strip_suffix(['j', 'J']) {
        // Find the split between real and imaginary parts.
        let bytes = body.as_bytes();
        let mut split = None;
        for i in (1..bytes.len()).rev() {
            if (bytes[i] == b'+' || bytes[i] == b'-') && !matches!(bytes[i - 1], b'e' | b'E') {
                split = Some(i);
                break;
            }
        }
        let im_text = |x: &str| -> Option<f64> {
            match x {
                "" | "+" => Some(1.0),
                "-" => Some(-1.0),
                _ => parse_float(x),
            }
        };
        return match split {
            Some(i) => Some((parse_float(&body[..i])?, im_text(&body[i..])?)),
            None => Some((0.0, im_text(body)?)),
        };
    }
    Some((parse_float(t)?, 0.0))
}

/// int (and bool) < float < complex: which builtin number type can absorb which.
fn number_rank(v: &Value) -> Option<u8> {
    match v {
        Value::Int(_) | Value::Bool(_) => Some(0),
        Value::Float(_) => Some(1),
        _ => match v.payload() {
            Some(Payload::Int(_)) => Some(0),
            Some(Payload::Float(_)) => Some(1),
            Some(Payload::Complex { .. }) => Some(2),
            _ => None,
        },
    }
}

macro_rules! binary_dunders {
    ($($name:ident: $op:expr, $reflected:expr;)*) => {
        $(
            fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.check_args(stringify!($name), &args, 2, 2)?;
                // int.__add__(1.0) is NotImplemented: a method never widens its receiver.
                if let (Some(me), Some(other)) = (number_rank(&args.values[0]), number_rank(&args.values[1])) {
                    if other > me {
                        return Ok(vm.not_implemented());
                    }
                }
                let (a, b) = if $reflected {
                    (args.values[1].clone(), args.values[0].clone())
                } else {
                    (args.values[0].clone(), args.values[1].clone())
                };
                match vm.native_binary($op, &a, &b) {
                    Some(r) => r,
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

binary_dunders! {
    num_add: B::Add, false;
    num_radd: B::Add, true;
    num_sub: B::Subtract, false;
    num_rsub: B::Subtract, true;
    num_mul: B::Multiply, false;
    num_rmul: B::Multiply, true;
    num_truediv: B::TrueDivide, false;
    num_rtruediv: B::TrueDivide, true;
    num_floordiv: B::FloorDivide, false;
    num_rfloordiv: B::FloorDivide, true;
    num_mod: B::Remainder, false;
    num_rmod: B::Remainder, true;
    num_pow: B::Power, false;
    num_rpow: B::Power, true;
    num_lshift: B::Lshift, false;
    num_rlshift: B::Lshift, true;
    num_rshift: B::Rshift, false;
    num_rrshift: B::Rshift, true;
    num_and: B::And, false;
    num_rand: B::And, true;
    num_or: B::Or, false;
    num_ror: B::Or, true;
    num_xor: B::Xor, false;
    num_rxor: B::Xor, true;
}

macro_rules! compare_dunders {
    ($($name:ident: $op:expr;)*) => {
        $(
            /// A rich comparison of builtin values (NotImplemented when unsupported).
            pub fn $name(vm: &mut Vm, args: Args) -> PyResult<Value> {
                vm.check_args(stringify!($name), &args, 2, 2)?;
                match vm.native_compare($op, &args.values[0], &args.values[1])? {
                    Some(b) => Ok(Value::Bool(b)),
                    None => Ok(vm.not_implemented()),
                }
            }
        )*
    };
}

compare_dunders! {
    cmp_lt: C::Less;
    cmp_le: C::LessEqual;
    cmp_eq: C::Equal;
    cmp_ne: C::NotEqual;
    cmp_gt: C::Greater;
    cmp_ge: C::GreaterEqual;
}

fn num_neg(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    match as_bigint(&v) {
        Some(b) if !matches!(v, Value::Int(_)) => Ok(vm.new_int(-b)),
        _ => match v.payload() {
            Some(Payload::Float(f)) => Ok(Value::Float(-f)),
            _ => vm.neg(&v),
        },
    }
}

fn num_pos(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    match (as_bigint(&v), v.payload()) {
        (Some(b), _) => Ok(vm.new_int(b)),
        (None, Some(Payload::Float(f))) => Ok(Value::Float(*f)),
        _ => vm.pos(&v),
    }
}

fn num_abs(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    match (as_bigint(&v), v.payload()) {
        (Some(b), _) => Ok(vm.new_int(b.abs())),
        (None, Some(Payload::Float(f))) => Ok(Value::Float(f.abs())),
        _ => vm.abs(&v),
    }
}

fn num_invert(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match as_bigint(&args.values[0]) {
        Some(b) => Ok(vm.new_int(!b)),
        None => Ok(vm.not_implemented()),
    }
}

fn num_bool(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let zero = Vm::number_is_zero(&args.values[0]).unwrap_or(false);
    let _ = vm;
    Ok(Value::Bool(!zero))
}

fn num_int(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    match (as_bigint(&v), v.payload()) {
        (Some(b), _) => Ok(vm.new_int(b)),
        (None, Some(Payload::Float(f))) => vm.float_to_int(*f),
        _ => match v {
            Value::Float(f) => vm.float_to_int(f),
            _ => vm.to_int(&v),
        },
    }
}

/// `int.__ceil__()` and `int.__floor__()`: an int is its own floor and ceiling (as a plain
/// int, for a subclass); `math.floor`/`math.ceil` call these.
fn int_ceil(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_as_itself(vm, "int.__ceil__", args)
}

fn int_floor(vm: &mut Vm, args: Args) -> PyResult<Value> {
    int_as_itself(vm, "int.__floor__", args)
}

fn int_as_itself(vm: &mut Vm, name: &str, args: Args) -> PyResult<Value> {
    if args.has_kwargs() {
        return Err(vm.type_error(format!("{name}() takes no keyword arguments")));
    }
    if args.values.len() != 1 {
        let n = args.values.len().saturating_sub(1);
        return Err(vm.type_error(format!("{name}() takes no arguments ({n} given)")));
    }
    num_int(vm, args)
}

fn num_float(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    Ok(Value::Float(vm.to_float(&v)?))
}

fn num_index(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match as_bigint(&args.values[0]) {
        Some(b) => Ok(vm.new_int(b)),
        None => Err(vm.type_error("__index__ requires an int")),
    }
}

fn num_hash(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    let h = match (as_bigint(&v), v.payload()) {
        (Some(b), _) => crate::ops::hash::bigint_hash(&b),
        (None, Some(Payload::Float(f))) => crate::ops::hash::float_hash(*f),
        _ => {
            // Hash the plain builtin value.
            match v {
                Value::Float(f) => crate::ops::hash::float_hash(f),
                _ => vm.hash(&v)?,
            }
        }
    };
    Ok(Value::Int(h))
}

fn num_repr(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let v = args.values[0].clone();
    let s = vm.native_repr(&v)?;
    Ok(vm.new_str(s))
}

/// `int.__str__` and friends: CPython's numbers have no `__str__` of their own, so `str()` of a
/// subclass instance is its (possibly overridden) `repr()`.
fn num_str(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__str__", &args, 1, 1)?;
    Ok(Value::Obj(vm.repr(&args.values[0])?))
}

fn num_format(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__format__", &args, 2, 2)?;
    let spec = args.values[1].as_str().unwrap_or("").to_string();
    // An empty spec is str(self) (cf. long__format__), which a subclass's __repr__ decides.
    if spec.is_empty() {
        let is_sub = args.values[0]
            .as_obj()
            .and_then(|o| o.class.as_ref())
            .and_then(|c| c.as_type())
            .is_some_and(|t| t.heap);
        if is_sub {
            return Ok(Value::Obj(vm.str(&args.values[0])?));
        }
    }
    let s = vm.native_format(&args.values[0], &spec)?;
    Ok(vm.new_str(s))
}

fn num_round(vm: &mut Vm, args: Args) -> PyResult<Value> {
    let nd = args.values.get(1).cloned().unwrap_or(Value::None);
    let v = args.values[0].clone();
    let plain = match (as_bigint(&v), v.payload()) {
        (Some(b), _) => vm.new_int(b),
        (None, Some(Payload::Float(f))) => Value::Float(*f),
        _ => v,
    };
    vm.round(&plain, &nd)
}

fn num_divmod(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__divmod__", &args, 2, 2)?;
    let q = vm.native_binary(B::FloorDivide, &args.values[0], &args.values[1]);
    let r = vm.native_binary(B::Remainder, &args.values[0], &args.values[1]);
    match (q, r) {
        (Some(q), Some(r)) => {
            let (q, r) = (q?, r?);
            Ok(vm.new_tuple(vec![q, r]))
        }
        _ => Ok(vm.not_implemented()),
    }
}

fn int_bit_length(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("int.bit_length", &args, 1, 1)?;
    let b = as_bigint(&args.values[0]).unwrap_or_default();
    let _ = vm;
    Ok(Value::Int(b.abs().bits() as i64))
}

fn int_bit_count(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("int.bit_count", &args, 1, 1)?;
    let b = as_bigint(&args.values[0]).unwrap_or_default();
    let _ = vm;
    let count: u64 = b
        .abs()
        .to_u64_digits()
        .1
        .iter()
        .map(|d| d.count_ones() as u64)
        .sum();
    Ok(Value::Int(count as i64))
}

fn int_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("int.conjugate", &args, 1, 1)?;
    Ok(vm.new_int(as_bigint(&args.values[0]).unwrap_or_default()))
}

fn int_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("int.as_integer_ratio", &args, 1, 1)?;
    let n = vm.new_int(as_bigint(&args.values[0]).unwrap_or_default());
    Ok(vm.new_tuple(vec![n, Value::Int(1)]))
}

fn int_to_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let signed = args
        .take_kw("signed")
        .map(|v| vm.is_true(&v))
        .transpose()?
        .unwrap_or(false);
    let byteorder = args.take_kw("byteorder");
    let length = args.take_kw("length");
    vm.reject_kwargs(&args, "to_bytes")?;
    if args.values.len() > 3 {
        return Err(vm.type_error(format!(
            "to_bytes() takes at most 2 positional arguments ({} given)",
            args.values.len() - 1
        )));
    }
    let n = as_bigint(&args.values[0]).unwrap_or_default();
    let length = match length.or_else(|| args.values.get(1).cloned()) {
        Some(l) => {
            let l = vm.ssize_arg(&l)?;
            if l < 0 {
                return Err(vm.value_error("length argument must be non-negative"));
            }
            vm.check_alloc(l as usize, 1)?;
            l as usize
        }
        None => 1,
    };
    let order = byteorder
        .or_else(|| args.values.get(2).cloned())
        .unwrap_or_else(|| vm.new_str("big"));
    let big = match order.as_str() {
        Some("big") => true,
        Some("little") => false,
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    };
    if n.is_negative() && !signed {
        return Err(vm.overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        n.to_signed_bytes_le()
    } else {
        n.to_bytes_le().1
    };
    if n.is_zero() {
        bytes = vec![0];
    }
    if bytes.len() > length {
        // Zero is representable in 0 bytes only when length is 0.
        if length != 0 || !n.is_zero() {
            return Err(vm.overflow_error("int too big to convert"));
        }
        bytes.clear();
    }
    let fill = if n.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if big {
        bytes.reverse();
    }
    Ok(vm.new_bytes(bytes))
}

fn int_from_bytes(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let signed = args
        .take_kw("signed")
        .map(|v| vm.is_true(&v))
        .transpose()?
        .unwrap_or(false);
    let byteorder = args.take_kw("byteorder");
    let data = args.values.get(1).cloned().unwrap_or(Value::None);
    let order = byteorder
        .or_else(|| args.values.get(2).cloned())
        .unwrap_or_else(|| vm.new_str("big"));
    let mut bytes: Vec<u8> = match data.payload() {
        Some(Payload::Bytes(b)) => b.to_vec(),
        Some(Payload::ByteArray(b)) => b.borrow().clone(),
        _ => {
            let items = vm.collect_iterable(&data)?;
            items
                .iter()
                .map(|v| v.as_i64().unwrap_or(0) as u8)
                .collect()
        }
    };
    match order.as_str() {
        Some("big") => bytes.reverse(),
        Some("little") => {}
        _ => return Err(vm.value_error("byteorder must be either 'little' or 'big'")),
    }
    let n = if signed {
        BigInt::from_signed_bytes_le(&bytes)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes)
    };
    Ok(vm.new_int(n))
}

fn float_fromhex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("fromhex", &args, 2, 2)?;
    let Some(text) = args.values[1].as_str() else {
        return Err(vm.type_error(format!(
            "bad argument type for built-in operation: {}",
            vm.type_name(&args.values[1])
        )));
    };
    match crate::objects::float::parse_float_hex(text) {
        Ok(f) => Ok(Value::Float(f)),
        Err(true) => Err(vm.overflow_error("hexadecimal value too large to represent as a float")),
        Err(false) => Err(vm.value_error("invalid hexadecimal floating-point string")),
    }
}

fn float_is_integer(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("float.is_integer", &args, 1, 1)?;
    let f = vm.to_float(&args.values[0])?;
    Ok(Value::Bool(f.is_finite() && f.fract() == 0.0))
}

fn float_as_integer_ratio(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("float.as_integer_ratio", &args, 1, 1)?;
    let f = vm.to_float(&args.values[0])?;
    if f.is_nan() {
        return Err(vm.value_error("cannot convert NaN to integer ratio"));
    }
    if f.is_infinite() {
        return Err(vm.overflow_error("cannot convert Infinity to integer ratio"));
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = if exp == 0 {
        (bits & ((1 << 52) - 1)) << 1
    } else {
        (bits & ((1 << 52) - 1)) | (1 << 52)
    };
    let mut num = BigInt::from(mant);
    let mut e = exp - 1075;
    if f < 0.0 {
        num = -num;
    }
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        while e < 0 && num_integer::Integer::is_even(&num) && !num.is_zero() {
            num >>= 1;
            e += 1;
        }
        den <<= (-e) as usize;
    }
    if num.is_zero() {
        den = BigInt::from(1);
    }
    let (n, d) = (vm.new_int(num), vm.new_int(den));
    Ok(vm.new_tuple(vec![n, d]))
}

fn float_hex(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_bound_args("float.hex", &args, 1, 1)?;
    let f = vm.to_float(&args.values[0])?;
    let s = if f.is_nan() {
        "nan".to_string()
    } else if f.is_infinite() {
        if f > 0.0 {
            "inf".into()
        } else {
            "-inf".into()
        }
    } else if f == 0.0 {
        if f.is_sign_negative() {
            "-0x0.0p+0".into()
        } else {
            "0x0.0p+0".into()
        }
    } else {
        let bits = f.to_bits();
        let sign = if f < 0.0 { "-" } else { "" };
        let exp = ((bits >> 52) & 0x7ff) as i64;
        let mant = bits & ((1 << 52) - 1);
        let (lead, e) = if exp == 0 {
            (0, -1022)
        } else {
            (1, exp - 1023)
        };
        format!("{sign}0x{lead}.{mant:013x}p{e:+}")
    };
    Ok(vm.new_str(s))
}

fn complex_conjugate(vm: &mut Vm, args: Args) -> PyResult<Value> {
    match args.values[0].payload() {
        Some(Payload::Complex { re, im }) => Ok(vm.new_complex(*re, -im)),
        _ => Err(vm.type_error("not a complex")),
    }
}

pub fn install(vm: &mut Vm) {
    let numeric = [
        vm.types.int.clone(),
        vm.types.float.clone(),
        vm.types.complex.clone(),
    ];
    let binary: &[(&'static str, super::functions::NativeFn)] = &[
        ("__add__", num_add),
        ("__radd__", num_radd),
        ("__sub__", num_sub),
        ("__rsub__", num_rsub),
        ("__mul__", num_mul),
        ("__rmul__", num_rmul),
        ("__truediv__", num_truediv),
        ("__rtruediv__", num_rtruediv),
        ("__pow__", num_pow),
        ("__rpow__", num_rpow),
        ("__eq__", cmp_eq),
        ("__ne__", cmp_ne),
        ("__hash__", num_hash),
        ("__repr__", num_repr),
        ("__str__", num_str),
        ("__format__", num_format),
        ("__bool__", num_bool),
        ("__neg__", num_neg),
        ("__pos__", num_pos),
        ("__abs__", num_abs),
    ];
    for t in &numeric {
        for (name, f) in binary {
            vm.add_method(t, name, *f, MethodKind::Instance);
        }
    }
    let ordered: &[(&'static str, super::functions::NativeFn)] = &[
        ("__lt__", cmp_lt),
        ("__le__", cmp_le),
        ("__gt__", cmp_gt),
        ("__ge__", cmp_ge),
        ("__floordiv__", num_floordiv),
        ("__rfloordiv__", num_rfloordiv),
        ("__mod__", num_mod),
        ("__rmod__", num_rmod),
        ("__divmod__", num_divmod),
        ("__int__", num_int),
        ("__float__", num_float),
        ("__round__", num_round),
        ("__trunc__", num_int),
    ];
    for t in &numeric[..2] {
        for (name, f) in ordered {
            vm.add_method(t, name, *f, MethodKind::Instance);
        }
    }
    let int = vm.types.int.clone();
    let int_only: &[(&'static str, super::functions::NativeFn)] = &[
        ("__lshift__", num_lshift),
        ("__rlshift__", num_rlshift),
        ("__rshift__", num_rshift),
        ("__rrshift__", num_rrshift),
        ("__and__", num_and),
        ("__rand__", num_rand),
        ("__or__", num_or),
        ("__ror__", num_ror),
        ("__xor__", num_xor),
        ("__rxor__", num_rxor),
        ("__invert__", num_invert),
        ("__index__", num_index),
        ("__ceil__", int_ceil),
        ("__floor__", int_floor),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("as_integer_ratio", int_as_integer_ratio),
        ("to_bytes", int_to_bytes),
    ];
    for (name, f) in int_only {
        vm.add_method(&int, name, *f, MethodKind::Instance);
    }
    vm.add_method(&int, "from_bytes", int_from_bytes, MethodKind::Class);
    vm.add_method(&int, "__new__", int_new, MethodKind::Static);
    let float = vm.types.float.clone();
    vm.add_method(&float, "__new__", float_new, MethodKind::Static);
    vm.add_method(&float, "is_integer", float_is_integer, MethodKind::Instance);
    vm.add_method(
        &float,
        "as_integer_ratio",
        float_as_integer_ratio,
        MethodKind::Instance,
    );
    vm.add_method(&float, "hex", float_hex, MethodKind::Instance);
    vm.add_method(&float, "fromhex", float_fromhex, MethodKind::Class);
    vm.add_method(&float, "conjugate", num_pos, MethodKind::Instance);
    let b = vm.types.bool_.clone();
    vm.add_method(&b, "__new__", bool_new, MethodKind::Static);
    vm.add_method(&b, "__repr__", num_repr, MethodKind::Instance);
    vm.add_method(&b, "__str__", num_str, MethodKind::Instance);
    let complex = vm.types.complex.clone();
    vm.add_method(&complex, "__new__", complex_new, MethodKind::Static);
    vm.add_method(
        &complex,
        "conjugate",
        complex_conjugate,
        MethodKind::Instance,
    );
}
