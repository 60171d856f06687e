//! `str.format` and `str.format_map`: replacement fields (`{name!r:spec}`), their field names
//! (`0`, `key`, `a.b`, `a[0]`), conversions and nested specs, with CPython's errors.

use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn str_format(
        &mut self,
        s: &str,
        pos: &[Value],
        kw: &[(String, Value)],
    ) -> PyResult<String> {
        let kw = kw.to_vec();
        self.str_format_with(s, pos, &mut |vm, key| {
            kw.iter()
                .find(|(k, _)| k == key)
                .map(|(_, v)| v.clone())
                .ok_or_else(|| vm.key_error(vm.new_str(key)))
        })
    }

    /// The engine of `str.format`: `{field!conv:spec}` with `{{`/`}}`, automatic and manual
    /// numbering, `.attr` and `[key]` lookups, and nested fields in the spec.
    pub fn str_format_with(
        &mut self,
        s: &str,
        pos: &[Value],
        named: &mut dyn FnMut(&mut Vm, &str) -> PyResult<Value>,
    ) -> PyResult<String> {
        let chars: Vec<char> = s.chars().collect();
        let mut out = String::new();
        let mut auto = 0usize;
        let mut mode: Option<bool> = None; // Some(true) = automatic numbering
        let mut i = 0;
        while i < chars.len() {
            let c = chars[i];
            if c == '}' {
                if chars.get(i + 1) == Some(&'}') {
                    out.push('}');
                    i += 2;
                    continue;
                }
                return Err(self.value_error("Single '}' encountered in format string"));
            }
            if c != '{' {
                out.push(c);
                i += 1;
                continue;
            }
            if chars.get(i + 1) == Some(&'{') {
                out.push('{');
                i += 2;
                continue;
            }
            if i + 1 == chars.len() {
                return Err(self.value_error("Single '{' encountered in format string"));
            }
            // Find the matching close brace (fields may nest once in the spec); inside `[...]`
            // of the field name, braces do not count (cf. MarkupIterator_next).
            let mut depth = 1;
            let mut j = i + 1;
            let mut in_spec = false;
            while j < chars.len() && depth > 0 {
                match chars[j] {
                    '[' if !in_spec && depth == 1 => {
                        while j < chars.len() && chars[j] != ']' {
                            j += 1;
                        }
                        if j == chars.len() {
                            break;
                        }
                    }
                    ':' | '!' if depth == 1 => in_spec = true,
                    '{' => depth += 1,
                    '}' => depth -= 1,
                    _ => {}
                }
                j += 1;
            }
            if depth > 0 {
                return Err(self.value_error("expected '}' before end of string"));
            }
            let field: String = chars[i + 1..j - 1].iter().collect();
            i = j;
            let (name_part, conv, spec) = split_field(&field);
            // cf. MarkupIterator / parse_field: the conversion is one character then ':'.
            if let Some(after) = field_conversion_tail(&field) {
                if after.is_empty() {
                    return Err(self.value_error("unmatched '{' in format spec"));
                }
                if after.chars().nth(1).is_some_and(|c| c != ':') {
                    return Err(self.value_error("expected ':' after conversion specifier"));
                }
            }
            // A replacement field inside a nested spec is one level too deep.
            let mut depth = 0;
            for c in spec.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        if depth > 1 {
                            return Err(self.value_error("Max string recursion exceeded"));
                        }
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            let value = self.format_field_value(&name_part, pos, named, &mut auto, &mut mode)?;
            let value = match conv {
                None => value,
                Some('r') => Value::Obj(self.repr(&value)?),
                Some('s') => Value::Obj(self.str(&value)?),
                Some('a') => self.ascii(&value)?,
                Some(other) => {
                    return Err(self.value_error(format!("Unknown conversion specifier {other}")))
                }
            };
            let spec = if spec.contains('{') {
                self.str_format_nested(&spec, pos, named, &mut auto, &mut mode)?
            } else {
                spec
            };
            let formatted = self.format(&value, &spec)?;
            out.push_str(formatted.as_str().unwrap_or(""));
        }
        Ok(out)
    }

    fn str_format_nested(
        &mut self,
        spec: &str,
        pos: &[Value],
        named: &mut dyn FnMut(&mut Vm, &str) -> PyResult<Value>,
        auto: &mut usize,
        mode: &mut Option<bool>,
    ) -> PyResult<String> {
        let mut out = String::new();
        let mut rest = spec;
        while let Some(start) = rest.find('{') {
            out.push_str(&rest[..start]);
            let Some(end) = rest[start..].find('}') else {
                return Err(self.value_error("unmatched '{' in format spec"));
            };
            let inner = &rest[start + 1..start + end];
            let v = self.format_field_value(inner, pos, named, auto, mode)?;
            out.push_str(&self.str_string(&v)?);
            rest = &rest[start + end + 1..];
        }
        out.push_str(rest);
        Ok(out)
    }

    fn format_field_value(
        &mut self,
        name: &str,
        pos: &[Value],
        named: &mut dyn FnMut(&mut Vm, &str) -> PyResult<Value>,
        auto: &mut usize,
        mode: &mut Option<bool>,
    ) -> PyResult<Value> {
        // The first part is an index or a name, then `.attr` / `[key]` parts.
        let first_end = name.find(['.', '[']).unwrap_or(name.len());
        let first = &name[..first_end];
        let mut value = if first.is_empty() {
            if *mode == Some(false) {
                return Err(self.value_error(
                    "cannot switch from manual field specification to automatic field numbering",
                ));
            }
            *mode = Some(true);
            let idx = *auto;
            *auto += 1;
            pos.get(idx).cloned().ok_or_else(|| {
                self.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                ))
            })?
        } else if let Some(idx) = self.field_integer(first)? {
            let idx = idx as usize;
            if *mode == Some(true) {
                return Err(self.value_error(
                    "cannot switch from automatic field numbering to manual field specification",
                ));
            }
            *mode = Some(false);
            pos.get(idx).cloned().ok_or_else(|| {
                self.index_error(format!(
                    "Replacement index {idx} out of range for positional args tuple"
                ))
            })?
        } else {
            named(self, first)?
        };
        let mut rest = &name[first_end..];
        while !rest.is_empty() {
            if let Some(r) = rest.strip_prefix('.') {
                let end = r.find(['.', '[']).unwrap_or(r.len());
                if end == 0 {
                    return Err(self.value_error("Empty attribute in format string"));
                }
                value = self.getattr_str(&value, &r[..end])?;
                rest = &r[end..];
            } else if let Some(r) = rest.strip_prefix('[') {
                let Some(end) = r.find(']') else {
                    return Err(self.value_error("Missing ']' in format string"));
                };
                let key = &r[..end];
                let k = match self.field_integer(key)? {
                    Some(n) => Value::Int(n),
                    None => self.new_str(key),
                };
                value = self.getitem(&value, &k)?;
                rest = &r[end + 1..];
            } else {
                return Err(
                    self.value_error("Only '.' or '[' may follow ']' in format field specifier")
                );
            }
        }
        Ok(value)
    }
}

impl Vm {
    /// A field name or index made only of digits is a number (cf. `get_integer`: past a
    /// ssize_t it is a ValueError); anything else (`-1`, ` 1`) is a name or a str key.
    fn field_integer(&self, text: &str) -> PyResult<Option<i64>> {
        if text.is_empty() || !text.bytes().all(|b| b.is_ascii_digit()) {
            return Ok(None);
        }
        text.parse::<i64>()
            .map(Some)
            .map_err(|_| self.value_error("Too many decimal digits in format string"))
    }
}

/// Splits `name!conv:spec`.
/// The text after a field's top-level `!` (its conversion and the rest), if it has one.
fn field_conversion_tail(field: &str) -> Option<&str> {
    let mut bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            '!' if !bracket => return Some(&field[i + 1..]),
            ':' | '{' if !bracket => return None,
            _ => {}
        }
    }
    None
}

fn split_field(field: &str) -> (String, Option<char>, String) {
    let mut depth = 0;
    let mut bracket = false;
    for (i, c) in field.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            '{' => depth += 1,
            '}' => depth -= 1,
            '!' if depth == 0 && !bracket => {
                let rest = &field[i + 1..];
                let conv = rest.chars().next();
                let spec = rest
                    .find(':')
                    .map(|p| rest[p + 1..].to_string())
                    .unwrap_or_default();
                return (field[..i].to_string(), conv, spec);
            }
            ':' if depth == 0 && !bracket => {
                return (field[..i].to_string(), None, field[i + 1..].to_string());
            }
            _ => {}
        }
    }
    (field.to_string(), None, String::new())
}
