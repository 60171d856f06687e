//! printf-style formatting: `"%s: %5.2f" % (name, x)` and `b"%d" % n`
//! (CPython's `PyUnicode_Format`).

use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

use super::spec::{format_float, format_int, Spec};
use crate::object::Payload;
use crate::objects::int::{as_bigint, is_int};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

struct Conversion {
    key: Option<String>,
    flags: Flags,
    width: Option<usize>,
    precision: Option<usize>,
    kind: char,
}

#[derive(Default, Clone, Copy)]
struct Flags {
    left: bool,
    plus: bool,
    space: bool,
    alternate: bool,
    zero: bool,
}

enum Args<'a> {
    Tuple(&'a [Value], usize),
    Single(Option<&'a Value>),
    /// The mapping and whether its one positional use is spent (a `%(key)` lookup spends it,
    /// as in CPython's unicode_format_getnextarg).
    Mapping(&'a Value, bool),
}

impl Vm {
    pub(crate) fn printf_format_str(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let text = fmt.as_str().unwrap_or("").to_string();
        let mut whole = None;
        let out = self.printf(&text, args, false, &mut whole)?;
        if let Some(made) = whole {
            return Ok(Value::Obj(made));
        }
        Ok(self.new_str(out))
    }

    pub(crate) fn printf_format_bytes(&mut self, fmt: &Value, args: &Value) -> PyResult<Value> {
        let text = match fmt.payload() {
            Some(Payload::Bytes(b)) => b.iter().map(|&c| c as char).collect::<String>(),
            _ => String::new(),
        };
        let out = self.printf(&text, args, true, &mut None)?;
        Ok(self.new_bytes(out.chars().map(|c| c as u32 as u8).collect()))
    }

    /// The formatted text; `whole` is set to the str object that is the entire result when
    /// the format is one `%s`/`%r`/`%a` whose text goes in unchanged: CPython's writer then
    /// hands back that very object, even an instance of a str subclass.
    fn printf(
        &mut self,
        fmt: &str,
        args: &Value,
        bytes: bool,
        whole: &mut Option<crate::object::ObjRef>,
    ) -> PyResult<String> {
        let tuple_items: Vec<Value> = match args.payload() {
            Some(Payload::Tuple(t)) => t.to_vec(),
            _ => Vec::new(),
        };
        let is_mapping = !matches!(args.payload(), Some(Payload::Tuple(_) | Payload::Str(_)))
            && (matches!(args.payload(), Some(Payload::Dict(_)))
                || self
                    .lookup_type(&self.class_of(args).clone(), "__getitem__")
                    .is_some());
        let mut source = if matches!(args.payload(), Some(Payload::Tuple(_))) {
            Args::Tuple(&tuple_items, 0)
        } else if is_mapping {
            Args::Mapping(args, false)
        } else {
            Args::Single(Some(args))
        };
        let chars: Vec<char> = fmt.chars().collect();
        let mut out = String::with_capacity(fmt.len());
        let mut i = 0;
        let mut used_mapping = false;
        while i < chars.len() {
            if chars[i] != '%' {
                out.push(chars[i]);
                i += 1;
                continue;
            }
            let start = i;
            i += 1;
            let conv = self.parse_conversion(&chars, &mut i, start, &mut source)?;
            if conv.kind == '%' {
                out.push('%');
                continue;
            }
            let value = match &conv.key {
                Some(k) => {
                    used_mapping = true;
                    let Args::Mapping(m, spent) = &mut source else {
                        return Err(self.type_error("format requires a mapping"));
                    };
                    *spent = true;
                    let m = (*m).clone();
                    self.getitem(&m, &self.new_str(k.as_str()))?
                }
                None => self.next_arg(&mut source)?,
            };
            if !bytes && start == 0 && i == chars.len() {
                if let Some(made) = self.whole_conversion(&conv, &value)? {
                    *whole = Some(made);
                    continue;
                }
            }
            let piece = self.convert_one(&conv, &value, bytes)?;
            out.push_str(&piece);
        }
        let leftover = match &source {
            Args::Tuple(items, used) => *used < items.len(),
            Args::Single(Some(_)) => true,
            _ => false,
        };
        if leftover && !used_mapping {
            return Err(self.type_error(if bytes {
                "not all arguments converted during bytes formatting"
            } else {
                "not all arguments converted during string formatting"
            }));
        }
        Ok(out)
    }

    /// The str object a lone `%s`/`%r`/`%a` of `value` gives, when its text is the result
    /// as it is (no padding, no cut; cf. `unicode_format_arg_output`'s fast path).
    fn whole_conversion(
        &mut self,
        conv: &Conversion,
        value: &Value,
    ) -> PyResult<Option<crate::object::ObjRef>> {
        let made = match conv.kind {
            's' => self.str(value)?,
            'r' => self.repr(value)?,
            'a' => {
                let r = self.repr(value)?;
                if !r.str_text().is_ascii() {
                    return Ok(None);
                }
                r
            }
            _ => return Ok(None),
        };
        let len = made.str_text().chars().count();
        let fits = conv.width.is_none_or(|w| w <= len)
            && conv.precision.is_none_or(|p| p >= len)
            && !conv.flags.plus
            && !conv.flags.space;
        Ok(fits.then_some(made))
    }

    fn next_arg(&mut self, source: &mut Args) -> PyResult<Value> {
        match source {
            Args::Tuple(items, used) => {
                let v = items.get(*used).cloned();
                *used += 1;
                v.ok_or_else(|| self.type_error("not enough arguments for format string"))
            }
            Args::Single(v) => v
                .take()
                .cloned()
                .ok_or_else(|| self.type_error("not enough arguments for format string")),
            Args::Mapping(m, spent) => {
                if *spent {
                    return Err(self.type_error("not enough arguments for format string"));
                }
                *spent = true;
                Ok((*m).clone())
            }
        }
    }

    fn parse_conversion(
        &mut self,
        chars: &[char],
        i: &mut usize,
        start: usize,
        source: &mut Args,
    ) -> PyResult<Conversion> {
        let mut key = None;
        if *i < chars.len() && chars[*i] == '(' {
            let mut depth = 1;
            let k0 = *i + 1;
            *i += 1;
            while *i < chars.len() && depth > 0 {
                match chars[*i] {
                    '(' => depth += 1,
                    ')' => depth -= 1,
                    _ => {}
                }
                *i += 1;
            }
            if depth > 0 {
                return Err(self.value_error("incomplete format key"));
            }
            key = Some(chars[k0..*i - 1].iter().collect());
        }
        let mut flags = Flags::default();
        while *i < chars.len() {
            match chars[*i] {
                '-' => flags.left = true,
                '+' => flags.plus = true,
                ' ' => flags.space = true,
                '#' => flags.alternate = true,
                '0' => flags.zero = true,
                _ => break,
            }
            *i += 1;
        }
        // A width or precision: digits (CPython refuses more than a ssize_t for the width and
        // a C int for the precision), or `*` taking the next argument.
        let number = |vm: &mut Vm,
                      i: &mut usize,
                      source: &mut Args,
                      what: &str,
                      limit: u64|
         -> PyResult<Option<i64>> {
            if *i < chars.len() && chars[*i] == '*' {
                *i += 1;
                let v = vm.next_arg(source)?;
                if !crate::objects::int::is_int(&v) {
                    return Err(vm.type_error("* wants int"));
                }
                return vm.ssize_arg(&v).map(Some);
            }
            let s = *i;
            while *i < chars.len() && chars[*i].is_ascii_digit() {
                *i += 1;
            }
            if *i > s {
                let t: String = chars[s..*i].iter().collect();
                return match t.parse::<u64>().ok().filter(|&n| n <= limit) {
                    Some(n) => Ok(Some(n as i64)),
                    None => Err(vm.value_error(format!("{what} too big"))),
                };
            }
            Ok(None)
        };
        let width = number(self, i, source, "width", i64::MAX as u64)?;
        // A negative `*` width left-justifies (cf. `F_LJUST` in unicode_format_arg_parse).
        if width.is_some_and(|w| w < 0) {
            flags.left = true;
        }
        let width = width.map(|w| w.unsigned_abs() as usize);
        if let Some(w) = width {
            self.check_alloc(w, 1)?;
        }
        let mut precision = None;
        if *i < chars.len() && chars[*i] == '.' {
            *i += 1;
            let p = number(self, i, source, "precision", i32::MAX as u64)?.unwrap_or(0);
            precision = Some(p.max(0) as usize);
        }
        while *i < chars.len() && matches!(chars[*i], 'h' | 'l' | 'L') {
            *i += 1;
        }
        let Some(&kind) = chars.get(*i) else {
            return Err(self.value_error("incomplete format"));
        };
        *i += 1;
        if !"diouxXeEfFgGcrsa%b".contains(kind) {
            return Err(self.value_error(format!(
                "unsupported format character '{}' (0x{:x}) at index {}",
                kind,
                kind as u32,
                *i - 1
            )));
        }
        let _ = start;
        Ok(Conversion {
            key,
            flags,
            width,
            precision,
            kind,
        })
    }

    fn convert_one(&mut self, c: &Conversion, v: &Value, bytes: bool) -> PyResult<String> {
        let pad_to = |body: String, prefix: String, numeric: bool| -> String {
            let len = body.chars().count() + prefix.chars().count();
            let width = c.width.unwrap_or(0);
            if len >= width {
                return prefix + &body;
            }
            let n = width - len;
            if c.flags.left {
                prefix + &body + &" ".repeat(n)
            } else if c.flags.zero && numeric {
                prefix + &"0".repeat(n) + &body
            } else {
                " ".repeat(n) + &prefix + &body
            }
        };
        let sign = |negative: bool| -> String {
            if negative {
                "-".into()
            } else if c.flags.plus {
                "+".into()
            } else if c.flags.space {
                " ".into()
            } else {
                String::new()
            }
        };
        match c.kind {
            's' | 'r' | 'a' | 'b' => {
                let mut text = match c.kind {
                    'r' => self.repr_string(v)?,
                    'a' => {
                        let a = self.ascii(v)?;
                        a.as_str().unwrap_or("").to_string()
                    }
                    _ if bytes => match crate::builtins::bytes::bytes_like(v) {
                        Some(b) => b.iter().map(|&x| x as char).collect(),
                        None => {
                            return Err(self.type_error(format!(
                                "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
                                self.type_name(v)
                            )))
                        }
                    },
                    _ => self.str_string(v)?,
                };
                if let Some(p) = c.precision {
                    text = text.chars().take(p).collect();
                }
                Ok(pad_to(text, String::new(), false))
            }
            'c' if bytes => {
                let byte = match crate::builtins::bytes::bytes_like(v) {
                    Some(b) if b.len() == 1 => b[0],
                    Some(_) => {
                        return Err(self
                            .type_error("%c requires an integer in range(256) or a single byte"))
                    }
                    None => {
                        let n = self.index_i64(v).map_err(|_| {
                            self.type_error("%c requires an integer in range(256) or a single byte")
                        })?;
                        u8::try_from(n)
                            .map_err(|_| self.overflow_error("%c arg not in range(256)"))?
                    }
                };
                Ok(pad_to((byte as char).to_string(), String::new(), false))
            }
            'c' => {
                let ch = match v {
                    Value::Obj(o) if matches!(o.payload, Payload::Str(_)) => {
                        let s = o.str_text();
                        if s.chars().count() != 1 {
                            return Err(self.type_error("%c requires int or char"));
                        }
                        s.to_string()
                    }
                    _ => {
                        let n = self.index_i64(v).map_err(|_| {
                            if is_int(v) {
                                self.overflow_error("%c arg not in range(0x110000)")
                            } else {
                                self.type_error("%c requires int or char")
                            }
                        })?;
                        match u32::try_from(n).ok().and_then(char::from_u32) {
                            Some(ch) => ch.to_string(),
                            None => {
                                return Err(self.overflow_error("%c arg not in range(0x110000)"))
                            }
                        }
                    }
                };
                Ok(pad_to(ch, String::new(), false))
            }
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let float = match (v, v.payload()) {
                    (Value::Float(f), _) | (_, Some(Payload::Float(f))) => Some(*f),
                    _ => None,
                };
                let n: BigInt = if is_int(v) {
                    as_bigint(v).unwrap_or_default()
                } else if let Some(f) = float.filter(|_| matches!(c.kind, 'd' | 'i' | 'u')) {
                    if !f.is_finite() {
                        return Err(if f.is_nan() {
                            self.value_error("cannot convert float NaN to integer")
                        } else {
                            self.overflow_error("cannot convert float infinity to integer")
                        });
                    }
                    num_traits::FromPrimitive::from_f64(f.trunc()).unwrap_or_default()
                } else if matches!(c.kind, 'd' | 'i' | 'u') {
                    let class = self.class_of(v).clone();
                    if self.lookup_type(&class, "__int__").is_some()
                        || self.lookup_type(&class, "__index__").is_some()
                    {
                        self.index_value(v)?
                    } else {
                        return Err(self.type_error(format!(
                            "%{} format: a real number is required, not {}",
                            c.kind,
                            self.type_name(v)
                        )));
                    }
                } else {
                    self.index_value(v).map_err(|_| {
                        self.type_error(format!(
                            "%{} format: an integer is required, not {}",
                            c.kind,
                            self.type_name(v)
                        ))
                    })?
                };
                let (radix, pre) = match c.kind {
                    'o' => (8, "0o"),
                    'x' => (16, "0x"),
                    'X' => (16, "0X"),
                    _ => (10, ""),
                };
                let mut digits = n.abs().to_str_radix(radix);
                if radix == 10 && !crate::ops::sizes::int_digits_allowed(digits.len()) {
                    return Err(self.value_error(crate::ops::sizes::int_to_str_limit_message()));
                }
                if c.kind == 'X' {
                    digits = digits.to_uppercase();
                }
                if let Some(p) = c.precision {
                    while digits.len() < p {
                        digits.insert(0, '0');
                    }
                }
                let mut prefix = sign(n.is_negative());
                if c.flags.alternate {
                    prefix.push_str(pre);
                }
                Ok(pad_to(digits, prefix, true))
            }
            'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {
                let x = match v {
                    Value::Float(f) => *f,
                    _ => match v.payload() {
                        Some(Payload::Float(f)) => *f,
                        _ if is_int(v) => as_bigint(v)
                            .and_then(|b| b.to_f64())
                            .unwrap_or(f64::INFINITY),
                        _ => {
                            let class = self.class_of(v).clone();
                            match self.lookup_type(&class, "__float__") {
                                Some(m) => {
                                    let r = self.call(
                                        &m,
                                        crate::builtins::functions::Args::new([v.clone()]),
                                    )?;
                                    match r {
                                        Value::Float(f) => f,
                                        _ => return Err(self.type_error("must be real number")),
                                    }
                                }
                                None => {
                                    return Err(self.type_error(format!(
                                        "must be real number, not {}",
                                        self.type_name(v)
                                    )))
                                }
                            }
                        }
                    },
                };
                let spec = Spec {
                    precision: Some(c.precision.unwrap_or(6)),
                    kind: Some(c.kind),
                    alternate: c.flags.alternate,
                    ..Spec::default()
                };
                let body =
                    format_float(x.abs(), &spec, "float").map_err(|m| self.value_error(m))?;
                let negative = x.is_sign_negative() && !x.is_nan();
                Ok(pad_to(body, sign(negative), x.is_finite()))
            }
            other => {
                let spec = Spec {
                    kind: Some(other),
                    ..Spec::default()
                };
                let n = as_bigint(v).unwrap_or_default();
                format_int(&n, &spec, "int").map_err(|m| self.value_error(m))
            }
        }
    }
}
