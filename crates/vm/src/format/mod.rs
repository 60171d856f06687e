//! Formatting: `format(value, spec)` (and f-string fields) through the format-spec
//! mini-language ([`spec`]), and printf-style `%` formatting ([`printf`]).

mod fields;
pub mod printf;
pub mod spec;

use crate::builtins::functions::Args;
use crate::object::Payload;
use crate::objects::int::{as_bigint, is_int};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

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
        let out = self.native_format(v, spec_text)?;
        Ok(self.new_str(out))
    }

    /// The builtin types' `__format__`.
    pub fn native_format(&mut self, v: &Value, spec_text: &str) -> PyResult<String> {
        let type_name = self.type_name(v);
        let parsed = |vm: &Vm| spec::parse(spec_text).map_err(|m| vm.value_error(m));
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
                // The one overflow among the spec errors: a code point out of range for 'c'.
                if m.starts_with("%c arg") {
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
