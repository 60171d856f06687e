//! Conversions every part of the VM needs: truth (`bool()`), `str()`, `repr()`, `ascii()`,
//! `len()`. Builtin types convert natively; user classes through `__bool__`/`__len__`,
//! `__str__`, `__repr__`.

use std::rc::Rc;

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload};
use crate::objects::complex::complex_repr;
use crate::objects::float::float_repr;
use crate::objects::int::int_str;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

fn is_user(v: &Value) -> bool {
    match v {
        Value::Obj(o) => o
            .class
            .as_ref()
            .and_then(|c| c.as_type())
            .is_some_and(|t| t.heap),
        _ => false,
    }
}

impl Vm {
    /// `bool(v)`.
    pub fn is_true(&mut self, v: &Value) -> PyResult<bool> {
        match v {
            Value::Bool(b) => return Ok(*b),
            Value::None | Value::Null => return Ok(false),
            Value::Int(i) => return Ok(*i != 0),
            Value::Float(f) => return Ok(*f != 0.0),
            Value::Obj(_) => {}
        }
        if is_user(v) {
            let class = self.class_of(v).clone();
            if let Some(b) = self.lookup_type(&class, "__bool__") {
                let r = self.call(&b, Args::new([v.clone()]))?;
                return match r {
                    Value::Bool(b) => Ok(b),
                    _ => Err(self.type_error(format!(
                        "__bool__ should return bool, returned {}",
                        self.type_name(&r)
                    ))),
                };
            }
            if let Some(l) = self.lookup_type(&class, "__len__") {
                let r = self.call(&l, Args::new([v.clone()]))?;
                let n = self.index_value(&r)?;
                if n < num_bigint::BigInt::from(0) {
                    return Err(self.value_error("__len__() should return >= 0"));
                }
                if num_traits::ToPrimitive::to_i64(&n).is_none() {
                    return Err(self.overflow_error("cannot fit 'int' into an index-sized integer"));
                }
                return Ok(n != num_bigint::BigInt::from(0));
            }
        }
        if let Some(zero) = Vm::number_is_zero(v) {
            return Ok(!zero);
        }
        Ok(match v.payload() {
            Some(Payload::Str(s)) => s.char_len() > 0,
            Some(Payload::Bytes(b)) => !b.is_empty(),
            Some(Payload::ByteArray(b)) => !b.borrow().is_empty(),
            Some(Payload::Tuple(t)) => !t.is_empty(),
            Some(Payload::List(l)) => !l.borrow().is_empty(),
            Some(Payload::Dict(d)) => !d.borrow().is_empty(),
            Some(Payload::Set(s)) => !s.borrow().is_empty(),
            Some(Payload::FrozenSet(s)) => !s.is_empty(),
            Some(Payload::Range(r)) => !r.is_empty(),
            Some(Payload::BigRange(r)) => !num_traits::Zero::is_zero(&r.len),
            Some(Payload::DictView(_, d)) => match &d.payload {
                Payload::Dict(d) => !d.borrow().is_empty(),
                _ => false,
            },
            _ => true,
        })
    }

    /// `len(v)`.
    pub fn len(&mut self, v: &Value) -> PyResult<usize> {
        if !is_user(v) {
            if let Some(n) = builtin_len(v) {
                return Ok(n);
            }
            if let Some(Payload::BigRange(r)) = v.payload() {
                return crate::builtins::range::big_range_len(self, r);
            }
        }
        self.len_slow(v)
    }

    fn len_slow(&mut self, v: &Value) -> PyResult<usize> {
        let class = self.class_of(v).clone();
        if let Some(l) = self.lookup_type(&class, "__len__") {
            let r = self.call(&l, Args::new([v.clone()]))?;
            let n = self.index_value(&r).map_err(|_| {
                self.type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    self.type_name(&r)
                ))
            })?;
            if n < num_bigint::BigInt::from(0) {
                return Err(self.value_error("__len__() should return >= 0"));
            }
            return num_traits::ToPrimitive::to_usize(&n).ok_or_else(|| {
                self.overflow_error("cannot fit 'int' into an index-sized integer")
            });
        }
        Err(self.type_error(format!(
            "object of type '{}' has no len()",
            self.type_name(v)
        )))
    }

    /// `str(v)` as a str object.
    pub fn str(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Value::Obj(o) = v {
            if let Payload::Str(_) = &o.payload {
                if self.is_exact_str(v) {
                    return Ok(o.clone());
                }
            }
        }
        if is_user(v) {
            let class = self.class_of(v).clone();
            if let Some(m) = self.lookup_type(&class, "__str__") {
                // int and float have no `__str__` of their own in CPython: str() of their
                // subclasses is repr(), which may be the subclass's `__repr__`.
                let is_default = matches!(m.payload(), Some(Payload::MethodDescriptor(d))
                    if matches!(d.owner, "object" | "int" | "float" | "bool" | "complex"));
                if !is_default {
                    let r = self.call(&m, Args::new([v.clone()]))?;
                    return self.expect_str(r, "__str__");
                }
            }
            return self.repr(v);
        }
        let s = match v {
            Value::Int(_) | Value::Bool(_) | Value::Float(_) | Value::None => return self.repr(v),
            Value::Obj(o) => match &o.payload {
                Payload::Str(s) => s.as_str().to_string(),
                Payload::Exception(_) => {
                    let r = crate::builtins::exceptions::exception_to_str(self, v)?;
                    return self.expect_str(r, "__str__");
                }
                Payload::MappingProxy(_) => {
                    let target = self.proxy_target(v);
                    return self.str(&target);
                }
                _ => return self.repr(v),
            },
            Value::Null => "<NULL>".to_string(),
        };
        Ok(self.new_str_obj(s))
    }

    /// The text of `str(v)`.
    pub fn str_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.str(v)?.str_text().to_string())
    }

    fn expect_str(&self, r: Value, method: &str) -> PyResult<ObjRef> {
        match &r {
            Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => Ok(o.clone()),
            _ => Err(self.type_error(format!(
                "{} returned non-string (type {})",
                method,
                self.type_name(&r)
            ))),
        }
    }

    pub fn is_exact_str(&self, v: &Value) -> bool {
        match v {
            Value::Obj(o) => {
                matches!(o.payload, Payload::Str(_))
                    && o.class
                        .as_ref()
                        .is_some_and(|c| Rc::ptr_eq(c, &self.types.str))
            }
            _ => false,
        }
    }

    /// `repr(v)` as a str object.
    pub fn repr(&mut self, v: &Value) -> PyResult<ObjRef> {
        if let Some(o) = crate::format::plain_str_repr(&self.types.str, v) {
            return Ok(o);
        }
        if is_user(v) {
            let class = self.class_of(v).clone();
            if let Some(m) = self.lookup_type(&class, "__repr__") {
                let is_native = matches!(m.payload(), Some(Payload::MethodDescriptor(_)));
                if !is_native {
                    // CPython charges a level for `PyObject_Repr` and one for the METH_O
                    // call of `repr` (the latter is the one that usually trips).
                    let r = self.nested_level(" while calling a Python object", |vm| {
                        vm.call(&m, Args::new([v.clone()]))
                    })?;
                    return self.expect_str(r, "__repr__");
                }
            }
        }
        let s = self.native_repr(v)?;
        Ok(self.new_str_obj(s))
    }

    pub fn repr_string(&mut self, v: &Value) -> PyResult<String> {
        Ok(self.repr(v)?.str_text().to_string())
    }

    /// The repr of a builtin value (for a user class instance: of its builtin base, or the
    /// default `<X object at 0x...>`).
    pub fn native_repr(&mut self, v: &Value) -> PyResult<String> {
        Ok(match v {
            Value::None | Value::Null => "None".into(),
            Value::Bool(true) => "True".into(),
            Value::Bool(false) => "False".into(),
            Value::Int(i) => i.to_string(),
            Value::Float(f) => float_repr(*f),
            Value::Obj(o) => {
                let id = Rc::as_ptr(o) as usize;
                match &o.payload {
                    Payload::Str(s) => str_repr(s.as_str()),
                    Payload::Int(b) => {
                        // CPython 3.11's limit on decimal conversion (4300 digits unless
                        // `sys.set_int_max_str_digits()` changed it). An int of `bits` bits
                        // has more than (bits - 1) * log10(2) digits.
                        let limit = crate::ops::sizes::int_max_str_digits();
                        let surely_long = limit != 0
                            && (b.bits().saturating_sub(1) as f64) * std::f64::consts::LOG10_2
                                >= limit as f64 + 1.0;
                        if !surely_long {
                            let s = int_str(v);
                            let n = s.trim_start_matches('-').len();
                            if crate::ops::sizes::int_digits_allowed(n) {
                                return Ok(s);
                            }
                        }
                        return Err(self.value_error(crate::ops::sizes::int_to_str_limit_message()));
                    }
                    Payload::Float(f) => float_repr(*f),
                    Payload::Complex { re, im } => complex_repr(*re, *im),
                    Payload::Bytes(b) => bytes_repr(b),
                    Payload::ByteArray(b) => {
                        // A subclass shows its own name, as CPython's bytearray_repr does.
                        let name = self.type_name(v);
                        format!("{name}({})", bytes_repr(&b.borrow()))
                    }
                    Payload::List(l) => {
                        let items = l.borrow().clone();
                        self.guarded_repr(id, "[...]", |vm| {
                            Ok(format!("[{}]", vm.join_reprs(&items)?))
                        })?
                    }
                    Payload::Tuple(t) => {
                        let items = t.to_vec();
                        self.guarded_repr(id, "(...)", |vm| {
                            Ok(if items.len() == 1 {
                                format!("({},)", vm.repr_string(&items[0])?)
                            } else {
                                format!("({})", vm.join_reprs(&items)?)
                            })
                        })?
                    }
                    Payload::Dict(d) => {
                        let items: Vec<(Value, Value)> = d
                            .borrow()
                            .iter()
                            .map(|(k, v)| (k.clone(), v.clone()))
                            .collect();
                        self.guarded_repr(id, "{...}", |vm| {
                            let mut parts = Vec::with_capacity(items.len());
                            for (k, v) in &items {
                                parts.push(format!(
                                    "{}: {}",
                                    vm.repr_string(k)?,
                                    vm.repr_string(v)?
                                ));
                            }
                            Ok(format!("{{{}}}", parts.join(", ")))
                        })?
                    }
                    Payload::Set(s) => {
                        let items: Vec<Value> = s.borrow().iter().cloned().collect();
                        let name = self.type_name(v);
                        self.guarded_repr(id, &format!("{name}(...)"), |vm| {
                            Ok(if items.is_empty() {
                                format!("{name}()")
                            } else if name == "set" {
                                format!("{{{}}}", vm.join_reprs(&items)?)
                            } else {
                                format!("{name}({{{}}})", vm.join_reprs(&items)?)
                            })
                        })?
                    }
                    Payload::FrozenSet(s) => {
                        let items: Vec<Value> = s.iter().cloned().collect();
                        let name = self.type_name(v);
                        self.guarded_repr(id, &format!("{name}(...)"), |vm| {
                            Ok(if items.is_empty() {
                                format!("{name}()")
                            } else {
                                format!("{name}({{{}}})", vm.join_reprs(&items)?)
                            })
                        })?
                    }
                    Payload::Range(_) | Payload::BigRange(_) => {
                        crate::builtins::range::range_repr(&o.payload)
                    }
                    Payload::Slice(parts) => {
                        let parts = parts.to_vec();
                        format!(
                            "slice({}, {}, {})",
                            self.repr_string(&parts[0])?,
                            self.repr_string(&parts[1])?,
                            self.repr_string(&parts[2])?
                        )
                    }
                    Payload::Type(t) => {
                        let module = self.type_module(o);
                        let qual = t.qualname.borrow().clone();
                        if module == "builtins" {
                            format!("<class '{qual}'>")
                        } else {
                            format!("<class '{module}.{qual}'>")
                        }
                    }
                    Payload::Function(f) => {
                        format!(
                            "<function {} at {:#x}>",
                            f.qualname.borrow().as_str().unwrap_or("?"),
                            id
                        )
                    }
                    Payload::BuiltinFunction(b) => match &b.self_ {
                        Some(s) if !matches!(s.payload(), Some(Payload::Module(_))) => format!(
                            "<built-in method {} of {} object at {:#x}>",
                            b.name,
                            self.type_name(s),
                            s.identity()
                        ),
                        _ => format!("<built-in function {}>", b.name),
                    },
                    Payload::MethodDescriptor(d) => {
                        format!("<method '{}' of '{}' objects>", d.name, d.owner)
                    }
                    Payload::BoundMethod(m) => {
                        let func_name = match m.func.payload() {
                            Some(Payload::Function(f)) => {
                                f.qualname.borrow().as_str().unwrap_or("?").to_string()
                            }
                            _ => self.callable_name(&m.func),
                        };
                        let self_repr = self.repr_string(&m.self_)?;
                        format!("<bound method {func_name} of {self_repr}>")
                    }
                    Payload::Module(m) => {
                        let file =
                            self.get_attr_raw(o, "__file__")
                                .or_else(|| match &m.dict.payload {
                                    Payload::Dict(d) => d
                                        .borrow()
                                        .get_str(
                                            crate::objects::str::str_hash("__file__"),
                                            "__file__",
                                        )
                                        .cloned(),
                                    _ => None,
                                });
                        match file.as_ref().and_then(|f| f.as_str()) {
                            Some(f) => format!("<module '{}' from '{}'>", m.name, f),
                            None if self.native_modules.contains_key(m.name.as_str())
                                || self.frozen.contains_key(m.name.as_str())
                                || m.name == "builtins" =>
                            {
                                format!("<module '{}' (built-in)>", m.name)
                            }
                            None => format!("<module '{}'>", m.name),
                        }
                    }
                    Payload::Generator(g) => {
                        let qual = g.qualname.borrow().as_str().unwrap_or("?").to_string();
                        format!(
                            "<{} object {} at {:#x}>",
                            g.kind.word().replace(' ', "_"),
                            qual,
                            id
                        )
                    }
                    Payload::Exception(_) => self.exception_repr(v)?,
                    Payload::Cell(c) => {
                        let inner = c.borrow().clone();
                        if inner.is_null() {
                            format!("<cell at {id:#x}: empty>")
                        } else {
                            format!(
                                "<cell at {:#x}: {} object at {:#x}>",
                                id,
                                self.type_name(&inner),
                                inner.identity()
                            )
                        }
                    }
                    Payload::Code(c) => format!(
                        "<code object {} at {:#x}, file \"{}\", line {}>",
                        c.obj.name, id, c.obj.filename, c.obj.first_line
                    ),
                    Payload::NotImplemented => "NotImplemented".into(),
                    Payload::Ellipsis => "Ellipsis".into(),
                    Payload::Property(_) => format!("<property object at {id:#x}>"),
                    Payload::ClassMethod(_) => format!("<classmethod object at {id:#x}>"),
                    Payload::StaticMethod(_) => format!("<staticmethod object at {id:#x}>"),
                    Payload::Member(d) => self.member_repr(d),
                    Payload::GetSet(d) => {
                        let owner = d.owner.upgrade();
                        let owner = owner.as_ref().and_then(|c| c.as_type()).map(|t| t.name());
                        format!(
                            "<attribute '{}' of '{}' objects>",
                            d.name,
                            owner.unwrap_or_default()
                        )
                    }
                    Payload::MappingProxy(_) => {
                        let target = self.proxy_target(v);
                        format!("mappingproxy({})", self.repr_string(&target)?)
                    }
                    Payload::DictView(kind, d) => {
                        let name = match kind {
                            crate::object::DictViewKind::Keys => "dict_keys",
                            crate::object::DictViewKind::Values => "dict_values",
                            crate::object::DictViewKind::Items => "dict_items",
                        };
                        let items = self.collect_iterable(v)?;
                        let _ = d;
                        format!("{}([{}])", name, self.join_reprs(&items)?)
                    }
                    Payload::TextIO(t) if t.fd.is_some() => format!(
                        "<_io.TextIOWrapper name={} mode='{}' encoding='utf-8'>",
                        t.name, t.mode
                    ),
                    Payload::TextIO(t) => format!(
                        "<_io.TextIOWrapper name='{}' mode='{}' encoding='utf-8'>",
                        t.name, t.mode
                    ),
                    Payload::Super(s) => format!(
                        "<super: <class '{}'>, <{} object>>",
                        s.this.as_type().map(|t| t.name()).unwrap_or_default(),
                        self.type_name(&s.obj)
                    ),
                    Payload::Frame(f) => format!(
                        "<frame at {:#x}, file '{}', line {}, code {}>",
                        id, f.code.obj.filename, f.lineno, f.code.obj.name
                    ),
                    _ => self.object_repr(v),
                }
            }
        })
    }

    /// `object.__repr__`: `<module.Qualname object at 0x...>`.
    pub fn object_repr(&self, v: &Value) -> String {
        let id = v.identity();
        let class = self.class_of(v);
        let module = self.type_module(class);
        let qual = class
            .as_type()
            .map(|t| t.qualname.borrow().clone())
            .unwrap_or_default();
        if module == "builtins" {
            format!("<{qual} object at {id:#x}>")
        } else {
            format!("<{module}.{qual} object at {id:#x}>")
        }
    }

    /// The `__module__` of a class ("builtins" for builtin types).
    pub fn type_module(&self, class: &ObjRef) -> String {
        match class.as_type() {
            Some(t) if t.heap => t
                .own_attr(crate::objects::str::str_hash("__module__"), "__module__")
                .and_then(|m| m.as_str().map(str::to_string))
                .unwrap_or_else(|| "builtins".to_string()),
            _ => "builtins".to_string(),
        }
    }

    fn join_reprs(&mut self, items: &[Value]) -> PyResult<String> {
        let mut out = String::new();
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                out.push_str(", ");
            }
            out.push_str(&self.repr_string(item)?);
        }
        Ok(out)
    }

    /// Runs `f` unless object `id` is already being repr'd higher up (a self-referencing
    /// container), in which case `placeholder` is the repr.
    fn guarded_repr(
        &mut self,
        id: usize,
        placeholder: &str,
        f: impl FnOnce(&mut Vm) -> PyResult<String>,
    ) -> PyResult<String> {
        if self.repr_stack.contains(&id) {
            return Ok(placeholder.to_string());
        }
        // Nested reprs spend recursion depth, as CPython's `PyObject_Repr` does.
        self.native_depth += 1;
        if self.frame_depth_exceeded() || self.stack_remaining() < crate::ops::depth::STACK_RESERVE
        {
            self.native_depth -= 1;
            return Err(self.new_error(
                &self.exc.recursion_error,
                "maximum recursion depth exceeded while getting the repr of an object",
            ));
        }
        self.repr_stack.push(id);
        let r = f(self);
        self.repr_stack.pop();
        self.native_depth -= 1;
        r
    }

    /// `ascii(v)`: the repr with non-ASCII characters escaped.
    pub fn ascii(&mut self, v: &Value) -> PyResult<Value> {
        let r = self.repr_string(v)?;
        Ok(self.new_str(ascii_escape(&r)))
    }

    /// A cached one-character string (for iteration and indexing).
    pub fn single_char(&mut self, piece: &str) -> ObjRef {
        if piece.len() == 1 {
            let b = piece.as_bytes()[0] as usize;
            if let Some(Some(o)) = self.char_cache.get(b) {
                return o.clone();
            }
            let o = self.intern(piece);
            if b < self.char_cache.len() {
                self.char_cache[b] = Some(o.clone());
            }
            return o;
        }
        self.new_str_obj(piece)
    }
}

pub use pyasync_bytecode::repr::{bytes_repr, is_printable, str_repr};

/// Escapes every non-ASCII character (`ascii()`).
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let cp = c as u32;
        if cp < 0x80 {
            out.push(c);
        } else if cp < 0x100 {
            out.push_str(&format!("\\x{cp:02x}"));
        } else if cp < 0x10000 {
            out.push_str(&format!("\\u{cp:04x}"));
        } else {
            out.push_str(&format!("\\U{cp:08x}"));
        }
    }
    out
}

/// The length of a builtin container by its payload, whatever its class (the builtin
/// `__len__` methods use this, so a subclass's `len()` does not loop through itself).
pub fn builtin_len(v: &Value) -> Option<usize> {
    match v.payload()? {
        Payload::Str(s) => Some(s.char_len()),
        Payload::Bytes(b) => Some(b.len()),
        Payload::ByteArray(b) => Some(b.borrow().len()),
        Payload::Tuple(t) => Some(t.len()),
        Payload::List(l) => Some(l.borrow().len()),
        Payload::Dict(d) => Some(d.borrow().len()),
        Payload::Set(s) => Some(s.borrow().len()),
        Payload::FrozenSet(s) => Some(s.len()),
        Payload::Range(r) => Some(r.len() as usize),
        Payload::BigRange(r) => num_traits::ToPrimitive::to_i64(&r.len).map(|n| n as usize),
        Payload::DictView(_, d) => match &d.payload {
            Payload::Dict(d) => Some(d.borrow().len()),
            _ => Some(0),
        },
        _ => None,
    }
}
