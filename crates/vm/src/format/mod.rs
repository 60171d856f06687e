//! Formatting: `format(value, spec)` (and f-string fields) through the format-spec
//! mini-language ([`spec`]), and printf-style `%` formatting ([`printf`]).

mod fields;
pub mod printf;
pub mod spec;

use std::rc::Rc;

use crate::builtins::functions::Args;
use crate::builtins::number_text::{int_str_object, int_text_len};
use crate::object::{ObjRef, Payload};
use crate::objects::int::{as_bigint, is_int};
use crate::objects::str::str_object;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// The f-string field `{v}` (no conversion, no spec) done in place when it needs no Python
/// code: an exact str stays itself and a machine int becomes its decimal text, or stays an
/// int when the field is a part of a `BuildString` (`in_build`: [`build_string`] writes its
/// text). False leaves `v` unchanged for the general `FormatValue`.
#[inline]
pub(crate) fn format_plain_in_place(str_type: &ObjRef, v: &mut Value, in_build: bool) -> bool {
    match v {
        Value::Int(_) if in_build => true,
        Value::Int(i) => {
            *v = Value::Obj(int_str_object(str_type, *i));
            true
        }
        Value::Obj(o) => {
            matches!(o.payload, Payload::Str(_))
                && o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, str_type))
        }
        _ => false,
    }
}

/// Whether `FormatValue(flags)` leaves `v` as it is, so the hot loop can skip it: a plain
/// field of an exact str, or of a machine int that a `BuildString` will write.
#[inline(always)]
pub(crate) fn field_stays(str_type: &ObjRef, v: &Value, flags: u8) -> bool {
    use pyasync_bytecode::instruction::format_value::IN_BUILD;
    match v {
        Value::Int(_) => flags == IN_BUILD,
        Value::Obj(o) => {
            flags & !IN_BUILD == 0
                && matches!(o.payload, Payload::Str(_))
                && o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, str_type))
        }
        _ => false,
    }
}

/// `BuildString`: the concatenation of the `parts` (strs, and machine ints that a field left
/// for their decimal text), made with one allocation of the right size and without
/// rescanning the text (the parts' code point counts add up).
pub(crate) fn build_string(str_type: &ObjRef, parts: &[Value]) -> Value {
    let (mut bytes, mut chars) = (0, 0);
    for p in parts {
        match p {
            Value::Obj(o) => {
                if let Payload::Str(s) = &o.payload {
                    bytes += s.as_str().len();
                    chars += s.char_len();
                }
            }
            Value::Int(i) => {
                let n = int_text_len(*i);
                bytes += n;
                chars += n;
            }
            _ => {}
        }
    }
    Value::Obj(str_object(str_type, |d| {
        d.set_written(bytes, chars, |out| {
            for p in parts {
                match p {
                    Value::Obj(o) => out.push(o.str_text()),
                    Value::Int(i) => out.push_int(*i),
                    _ => {}
                }
            }
        })
    }))
}

/// `repr(v)` written straight into a new str object when `v` is an exact str of printable
/// ASCII without a quote or backslash (`f"{token!r}"`): `'` + its text + `'`, which
/// `str_repr` would build in a `String` to be copied again. `None` for anything else.
#[inline]
pub(crate) fn plain_str_repr(str_type: &ObjRef, v: &Value) -> Option<ObjRef> {
    let Value::Obj(o) = v else {
        return None;
    };
    let Payload::Str(s) = &o.payload else {
        return None;
    };
    if !o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, str_type)) {
        return None;
    }
    let text = s.as_str();
    let plain = |b: &u8| (0x20..0x7f).contains(b) && *b != b'\'' && *b != b'\\';
    if !text.as_bytes().iter().all(plain) {
        return None;
    }
    let n = text.len() + 2;
    Some(str_object(str_type, |d| {
        d.set_written(n, n, |out| {
            out.push("'");
            out.push(text);
            out.push("'");
        })
    }))
}

impl Vm {
    /// `format(v, spec)`.
    pub fn format(&mut self, v: &Value, spec_text: &str) -> PyResult<Value> {
        let class = self.class_of(v).clone();
        if class.as_type().is_some_and(|t| t.heap) {
            if let Some(m) = self.lookup_type(&class, "__format__") {
                if !matches!(m.payload(), Some(Payload::MethodDescriptor(_))) {
                    let r = self.call(&m, Args::new([v.clone(), self.new_str(spec_text)]))?;
                    if r.as_str().is_none() {
                        return Err(self.type_error(format!(
                            "__format__ must return a str, not {}",
                            self.type_name(&r)
                        )));
                    }
                    return Ok(r);
                }
            }
        }
        // `format(x, '')` is `str(x)`, whatever str subclass that gives (`object.__format__`,
        // and the builtin types' for their subclasses).
        let plain_object = !matches!(
            v.payload(),
            None | Some(
                Payload::Int(_) | Payload::Float(_) | Payload::Complex { .. } | Payload::Str(_)
            )
        );
        let subclass = class.as_type().is_some_and(|t| t.heap);
        if spec_text.is_empty() && (plain_object || subclass) {
            return Ok(Value::Obj(self.str(v)?));
        }
        let out = self.native_format(v, spec_text)?;
        Ok(self.new_str(out))
    }

    /// The builtin types' `__format__`.
    pub fn native_format(&mut self, v: &Value, spec_text: &str) -> PyResult<String> {
        let type_name = self.type_name(v);
        let parsed = |vm: &Vm| {
            let s = spec::parse(spec_text).map_err(|m| {
                if m == "Invalid format specifier" {
                    // CPython 3.11 names the spec and the type.
                    vm.value_error(format!(
                        "Invalid format specifier '{spec_text}' for object of type '{type_name}'"
                    ))
                } else {
                    vm.value_error(m)
                }
            })?;
            // The padding is built in one piece: too wide a field is a MemoryError.
            let fill_len = s.fill.map_or(1, char::len_utf8);
            vm.check_alloc(s.width.unwrap_or(0), fill_len)?;
            Ok(s)
        };
        if matches!(v, Value::Bool(_)) && spec_text.is_empty() {
            return self.str_string(v);
        }
        if is_int(v) {
            if spec_text.is_empty() {
                return self.str_string(v);
            }
            let s = parsed(self)?;
            let b = as_bigint(v).unwrap_or_default();
            return spec::format_int(&b, &s, &type_name).map_err(|m| {
                // The overflows among the spec errors: a code point out of range for 'c', or
                // an int past a C long.
                if m.starts_with("%c arg") || m.starts_with("Python int too large") {
                    self.overflow_error(m)
                } else {
                    self.value_error(m)
                }
            });
        }
        match (v, v.payload()) {
            (Value::Float(x), _) | (_, Some(Payload::Float(x))) => {
                let x = *x;
                if spec_text.is_empty() {
                    return self.str_string(v);
                }
                let s = parsed(self)?;
                if s.precision.is_some_and(|p| p <= i32::MAX as usize) {
                    self.check_alloc(s.precision.unwrap_or(0), 1)?;
                }
                spec::format_float(x, &s, &type_name).map_err(|m| self.value_error(m))
            }
            (_, Some(Payload::Complex { re, im })) => {
                let (re, im) = (*re, *im);
                if spec_text.is_empty() {
                    return self.str_string(v);
                }
                let s = parsed(self)?;
                spec::format_complex(re, im, &s).map_err(|m| self.value_error(m))
            }
            (_, Some(Payload::Str(_))) => {
                let text = self.str_string(v)?;
                if spec_text.is_empty() {
                    return Ok(text);
                }
                let s = parsed(self)?;
                spec::format_str(&text, &s).map_err(|m| self.value_error(m))
            }
            _ => {
                if !spec_text.is_empty() {
                    return Err(self.type_error(format!(
                        "unsupported format string passed to {}.__format__",
                        type_name
                    )));
                }
                self.str_string(v)
            }
        }
    }
}
