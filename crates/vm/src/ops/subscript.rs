//! Subscripts: `obj[key]`, `obj[key] = v`, `del obj[key]`, including slices, for builtin
//! sequences and mappings natively and for user classes through `__getitem__` & co (and
//! `__class_getitem__` on classes: `list[int]`).

use std::rc::Rc;

use num_traits::ToPrimitive;

use crate::builtins::functions::Args;
use crate::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// A slice resolved against a length: start, stop, step and the number of items
/// (CPython's `PySlice_AdjustIndices`).
#[derive(Clone, Copy, Debug)]
pub struct SliceIndices {
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    pub len: usize,
}

/// A slice's bounds as integers, not yet resolved against a length (`None`: omitted).
#[derive(Clone, Copy, Debug)]
pub struct SliceBounds {
    pub start: Option<i64>,
    pub stop: Option<i64>,
    pub step: i64,
}

impl SliceBounds {
    /// The bounds clipped to a sequence of length `len` (CPython's `PySlice_AdjustIndices`).
    pub fn adjust(&self, len: usize) -> SliceIndices {
        let (len, step) = (len as i64, self.step);
        let (lower, upper) = if step < 0 { (-1, len - 1) } else { (0, len) };
        let clip = |v: Option<i64>, default: i64| match v {
            None => default,
            Some(i) if i < 0 => (i + len).max(lower),
            Some(i) => i.min(upper),
        };
        let start = clip(self.start, if step < 0 { upper } else { lower });
        let stop = clip(self.stop, if step < 0 { lower } else { upper });
        let count = if step < 0 {
            if stop < start {
                (start - stop - 1) / (-step) + 1
            } else {
                0
            }
        } else if start < stop {
            (stop - start - 1) / step + 1
        } else {
            0
        };
        SliceIndices {
            start,
            stop,
            step,
            len: count as usize,
        }
    }
}

impl SliceIndices {
    pub fn indices(&self) -> impl Iterator<Item = usize> {
        let (start, step) = (self.start, self.step);
        (0..self.len).map(move |i| (start + i as i64 * step) as usize)
    }
}

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
    pub fn new_slice(&self, start: Value, stop: Value, step: Value) -> Value {
        Value::obj(PyObject::new(
            self.types.slice.clone(),
            Payload::Slice(Box::new([start, stop, step])),
        ))
    }

    /// Resolves a slice object against a sequence of length `len`.
    pub fn slice_indices(&mut self, slice: &[Value; 3], len: usize) -> PyResult<SliceIndices> {
        Ok(self.slice_unpack(slice)?.adjust(len))
    }

    /// A slice's step, start and stop as integers, in that order (CPython's
    /// `PySlice_Unpack`); each may run `__index__`, so a mutable sequence reads its length
    /// only afterwards.
    pub fn slice_unpack(&mut self, slice: &[Value; 3]) -> PyResult<SliceBounds> {
        let step = if slice[2].is_none() {
            1
        } else {
            let s = self.slice_bound(&slice[2])?;
            if s == 0 {
                return Err(self.value_error("slice step cannot be zero"));
            }
            s
        };
        let mut bound = |v: &Value| -> PyResult<Option<i64>> {
            if v.is_none() {
                Ok(None)
            } else {
                self.slice_bound(v).map(Some)
            }
        };
        let start = bound(&slice[0])?;
        let stop = bound(&slice[1])?;
        Ok(SliceBounds { start, stop, step })
    }

    /// A slice bound as an i64, clamped like CPython's `_PyEval_SliceIndex`.
    fn slice_bound(&mut self, v: &Value) -> PyResult<i64> {
        let b = self.index_value(v).map_err(|_| {
            self.type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        Ok(b.to_i64()
            .unwrap_or(if b.sign() == num_bigint::Sign::Minus {
                i64::MIN / 2
            } else {
                i64::MAX / 2
            }))
    }

    /// Normalizes an index for a sequence of length `len` (negative counts from the end).
    pub fn seq_index(&mut self, key: &Value, len: usize, what: &str) -> PyResult<usize> {
        let i = self.seq_index_int(key, what)?;
        self.seq_bound(i, len, what)
    }

    /// An index as an integer (through `__index__`), before the length is looked at: the
    /// length of a list or bytearray is read after it, since `__index__` may change it.
    pub fn seq_index_int(&mut self, key: &Value, what: &str) -> PyResult<i64> {
        Ok(match key {
            Value::Int(i) => *i,
            _ => {
                // An `__index__` that raised keeps its own error.
                let class = self.class_of(key).clone();
                let has_index = self.lookup_type(&class, "__index__").is_some();
                let b = self.index_value(key).map_err(|e| match what {
                    _ if has_index => e,
                    "str" => self.type_error(format!(
                        "string indices must be integers, not '{}'",
                        self.type_name(key)
                    )),
                    _ => self.type_error(format!(
                        "{} indices must be integers or slices, not {}",
                        match what {
                            "bytes" => "byte",
                            "range object" => "range",
                            other => other,
                        },
                        self.type_name(key)
                    )),
                })?;
                match b.to_i64() {
                    Some(i) => i,
                    None => {
                        return Err(self.new_error(
                            &self.exc.index_error,
                            format!(
                                "cannot fit '{}' into an index-sized integer",
                                self.type_name(key)
                            ),
                        ))
                    }
                }
            }
        })
    }

    /// `i` checked against `len` (negative counts from the end).
    fn seq_bound(&self, i: i64, len: usize, what: &str) -> PyResult<usize> {
        let j = if i < 0 { i + len as i64 } else { i };
        if j < 0 || j >= len as i64 {
            return Err(self.index_error(match what {
                "str" => "string index out of range".to_string(),
                "bytes" => "index out of range".to_string(),
                other => format!("{other} index out of range"),
            }));
        }
        Ok(j as usize)
    }

    /// `container[key]`.
    pub fn getitem(&mut self, container: &Value, key: &Value) -> PyResult<Value> {
        if !is_user(container) {
            if let Some(r) = self.native_getitem(container, key)? {
                return Ok(r);
            }
        }
        let class = self.class_of(container).clone();
        if let Some(m) = self.lookup_type(&class, "__getitem__") {
            return self.call(&m, Args::new([container.clone(), key.clone()]));
        }
        if let Some(Payload::Type(_)) = container.payload() {
            if let Some(cg) = self.lookup_attr_opt(container, "__class_getitem__")? {
                return self.call(&cg, Args::new([key.clone()]));
            }
            // `type[int]`: `type` itself, as CPython's PyObject_GetItem special-cases it.
            if container
                .as_obj()
                .is_some_and(|t| Rc::ptr_eq(t, &self.types.type_))
            {
                return self.generic_alias(container.clone(), key.clone());
            }
            return Err(self.type_error(format!(
                "type '{}' is not subscriptable",
                container
                    .as_obj()
                    .and_then(|o| o.as_type())
                    .map(|t| t.name())
                    .unwrap_or_default()
            )));
        }
        Err(self.type_error(format!(
            "'{}' object is not subscriptable",
            self.type_name(container)
        )))
    }

    fn native_getitem(&mut self, container: &Value, key: &Value) -> PyResult<Option<Value>> {
        let Value::Obj(o) = container else {
            return Ok(None);
        };
        Ok(Some(match &o.payload {
            Payload::List(l) => {
                if let Some(Payload::Slice(s)) = key.payload() {
                    let bounds = self.slice_unpack(s)?;
                    let items = l.borrow();
                    let idx = bounds.adjust(items.len());
                    let out: Vec<Value> = idx
                        .indices()
                        .filter_map(|i| items.get(i).cloned())
                        .collect();
                    drop(items);
                    return Ok(Some(self.new_list(out)));
                }
                let i = self.seq_index_int(key, "list")?;
                let len = l.borrow().len();
                let i = self.seq_bound(i, len, "list")?;
                l.borrow().get(i).cloned().unwrap_or_default()
            }
            Payload::Tuple(t) => {
                if let Some(Payload::Slice(s)) = key.payload() {
                    let idx = self.slice_indices(s, t.len())?;
                    if idx.step == 1 && idx.len == t.len() {
                        return Ok(Some(container.clone()));
                    }
                    let out: Vec<Value> = idx.indices().filter_map(|i| t.get(i).cloned()).collect();
                    return Ok(Some(self.new_tuple(out)));
                }
                let i = self.seq_index(key, t.len(), "tuple")?;
                t[i].clone()
            }
            Payload::Str(s) => {
                if let Some(Payload::Slice(sl)) = key.payload() {
                    let idx = self.slice_indices(sl, s.char_len())?;
                    if idx.step == 1 {
                        let start = idx.start.max(0) as usize;
                        let end = (start + idx.len).min(s.char_len());
                        let (b0, b1) = (s.byte_offset(start), s.byte_offset(end.max(start)));
                        let piece = crate::objects::str::str_object(&self.types.str, |d| {
                            d.set_substr(s, b0, b1)
                        });
                        return Ok(Some(Value::Obj(piece)));
                    }
                    let chars: Vec<char> = s.as_str().chars().collect();
                    let out: String = idx.indices().filter_map(|i| chars.get(i)).collect();
                    return Ok(Some(self.new_str(out)));
                }
                let i = self.seq_index(key, s.char_len(), "str")?;
                let c = s.char_at(i).unwrap_or(' ');
                let mut buf = [0u8; 4];
                Value::Obj(self.single_char(c.encode_utf8(&mut buf)))
            }
            Payload::Bytes(b) => {
                if let Some(Payload::Slice(sl)) = key.payload() {
                    let idx = self.slice_indices(sl, b.len())?;
                    let out: Vec<u8> = idx.indices().filter_map(|i| b.get(i).copied()).collect();
                    return Ok(Some(self.new_bytes(out)));
                }
                let i = self.seq_index(key, b.len(), "bytes")?;
                Value::Int(b[i] as i64)
            }
            Payload::ByteArray(b) => {
                if let Some(Payload::Slice(sl)) = key.payload() {
                    let bounds = self.slice_unpack(sl)?;
                    let bytes = b.borrow().clone();
                    let idx = bounds.adjust(bytes.len());
                    let out: Vec<u8> = idx
                        .indices()
                        .filter_map(|i| bytes.get(i).copied())
                        .collect();
                    return Ok(Some(self.new_bytearray(out)));
                }
                let i = self.seq_index_int(key, "bytearray")?;
                let len = b.borrow().len();
                let i = self.seq_bound(i, len, "bytearray")?;
                Value::Int(b.borrow()[i] as i64)
            }
            Payload::Range(_) | Payload::BigRange(_) => {
                crate::builtins::range::range_getitem(self, &o.payload, key)?
            }
            Payload::Dict(_) => {
                let d = o.clone();
                match self.dict_get(&d, key)? {
                    Some(v) => v,
                    None => return Err(self.key_error(key.clone())),
                }
            }
            _ => return Ok(None),
        }))
    }

    /// `container[key] = value`.
    pub fn setitem(&mut self, container: &Value, key: Value, value: Value) -> PyResult<()> {
        if !is_user(container) {
            match container.payload() {
                Some(Payload::List(l)) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let s = s.clone();
                        return self.list_set_slice(container, &s, value);
                    }
                    let i = self.seq_index_int(&key, "list")?;
                    let len = l.borrow().len();
                    let i = self.seq_bound(i, len, "list").map_err(|e| {
                        if self.err_matches(&e, &self.exc.index_error.clone()) {
                            self.index_error("list assignment index out of range")
                        } else {
                            e
                        }
                    })?;
                    let old = std::mem::replace(&mut l.borrow_mut()[i], value);
                    drop(old);
                    return Ok(());
                }
                Some(Payload::Dict(_)) => {
                    if let Value::Obj(d) = container {
                        return self.dict_set(d, key, value);
                    }
                }
                Some(Payload::ByteArray(b)) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let s = s.clone();
                        return self.bytearray_set_slice(container, &s, value);
                    }
                    // The index, then the byte, then the bounds (both may run `__index__`,
                    // which may resize the bytearray; cf. CPython's gh-91153).
                    let i = self.seq_index_int(&key, "bytearray")?;
                    let byte = self.clamped_index(&value)?;
                    if !(0..=255).contains(&byte) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    let len = b.borrow().len();
                    let i = self.seq_bound(i, len, "bytearray")?;
                    b.borrow_mut()[i] = byte as u8;
                    return Ok(());
                }
                _ => {}
            }
        }
        let class = self.class_of(container).clone();
        if let Some(m) = self.lookup_type(&class, "__setitem__") {
            self.call(&m, Args::new([container.clone(), key, value]))?;
            return Ok(());
        }
        Err(self.type_error(format!(
            "'{}' object does not support item assignment",
            self.type_name(container)
        )))
    }

    /// `del container[key]`.
    pub fn delitem(&mut self, container: &Value, key: &Value) -> PyResult<()> {
        if !is_user(container) {
            match container.payload() {
                Some(Payload::List(l)) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let bounds = self.slice_unpack(s)?;
                        let len = l.borrow().len();
                        let idx = bounds.adjust(len);
                        let mut remove: Vec<usize> = idx.indices().collect();
                        remove.sort_unstable();
                        let mut items = l.borrow_mut();
                        let mut keep = Vec::with_capacity(items.len().saturating_sub(remove.len()));
                        let mut r = remove.into_iter().peekable();
                        for (i, v) in items.drain(..).enumerate() {
                            if r.peek() == Some(&i) {
                                r.next();
                            } else {
                                keep.push(v);
                            }
                        }
                        *items = keep;
                        return Ok(());
                    }
                    let i = self.seq_index_int(key, "list")?;
                    let len = l.borrow().len();
                    let i = self.seq_bound(i, len, "list").map_err(|e| {
                        if self.err_matches(&e, &self.exc.index_error.clone()) {
                            self.index_error("list assignment index out of range")
                        } else {
                            e
                        }
                    })?;
                    let removed = l.borrow_mut().remove(i);
                    drop(removed);
                    return Ok(());
                }
                Some(Payload::ByteArray(b)) => {
                    if let Some(Payload::Slice(s)) = key.payload() {
                        let bounds = self.slice_unpack(s)?;
                        let idx = bounds.adjust(b.borrow().len());
                        let remove: std::collections::HashSet<usize> = idx.indices().collect();
                        let mut data = b.borrow_mut();
                        let kept: Vec<u8> = data
                            .iter()
                            .enumerate()
                            .filter(|(i, _)| !remove.contains(i))
                            .map(|(_, &x)| x)
                            .collect();
                        *data = kept;
                        return Ok(());
                    }
                    let i = self.seq_index_int(key, "bytearray")?;
                    let len = b.borrow().len();
                    let i = self.seq_bound(i, len, "bytearray")?;
                    b.borrow_mut().remove(i);
                    return Ok(());
                }
                Some(Payload::Dict(_)) => {
                    if let Value::Obj(d) = container {
                        if !self.dict_del(d, key)? {
                            return Err(self.key_error(key.clone()));
                        }
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        let class = self.class_of(container).clone();
        if let Some(m) = self.lookup_type(&class, "__delitem__") {
            self.call(&m, Args::new([container.clone(), key.clone()]))?;
            return Ok(());
        }
        // CPython words it "doesn't" when the type has sequence slots (every class, and the
        // builtin sequences and sets) and the key is an index (PySequence_DelItem), else
        // "does not" (PyObject_DelItem).
        let sequence_slots = self.class_of(container).as_type().is_some_and(|t| t.heap)
            || matches!(
                container.payload(),
                Some(
                    Payload::Str(_)
                        | Payload::Bytes(_)
                        | Payload::Tuple(_)
                        | Payload::Range(_)
                        | Payload::BigRange(_)
                        | Payload::Set(_)
                        | Payload::FrozenSet(_)
                        | Payload::DictView(..)
                )
            );
        let index_key = match key {
            Value::Int(_) | Value::Bool(_) => true,
            _ => {
                let key_class = self.class_of(key).clone();
                matches!(key.payload(), Some(Payload::Int(_)))
                    || self.lookup_type(&key_class, "__index__").is_some()
            }
        };
        let does = if sequence_slots && index_key {
            "doesn't"
        } else {
            "does not"
        };
        Err(self.type_error(format!(
            "'{}' object {does} support item deletion",
            self.type_name(container)
        )))
    }

    /// `lst[a:b:c] = iterable`.
    fn list_set_slice(&mut self, list: &Value, slice: &[Value; 3], value: Value) -> PyResult<()> {
        let Some(Payload::List(l)) = list.payload() else {
            return Ok(());
        };
        let new_items = if value.is(list) {
            l.borrow().clone()
        } else {
            self.collect_iterable(&value)
                .map_err(|_| self.type_error("can only assign an iterable"))?
        };
        let bounds = self.slice_unpack(slice)?;
        let len = l.borrow().len();
        let idx = bounds.adjust(len);
        let mut items = l.borrow_mut();
        if idx.step == 1 {
            let start = idx.start.clamp(0, len as i64) as usize;
            let end = (start + idx.len).min(items.len());
            items.splice(start..end, new_items);
            return Ok(());
        }
        if new_items.len() != idx.len {
            let n = idx.len;
            drop(items);
            return Err(self.value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                n
            )));
        }
        for (i, v) in idx.indices().zip(new_items) {
            items[i] = v;
        }
        Ok(())
    }

    /// `ba[a:b:c] = bytes_like_or_iterable_of_ints`.
    fn bytearray_set_slice(
        &mut self,
        ba: &Value,
        slice: &[Value; 3],
        value: Value,
    ) -> PyResult<()> {
        let Some(Payload::ByteArray(b)) = ba.payload() else {
            return Ok(());
        };
        let new_bytes = match crate::builtins::bytes::bytes_like(&value) {
            Some(d) => d,
            None if crate::objects::int::is_int(&value) || value.as_str().is_some() => {
                return Err(self.type_error(
                    "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
                ))
            }
            None => {
                let items = self.collect_iterable(&value)?;
                let mut d = Vec::with_capacity(items.len());
                for v in &items {
                    let n = self.clamped_index(v)?;
                    if !(0..=255).contains(&n) {
                        return Err(self.value_error("byte must be in range(0, 256)"));
                    }
                    d.push(n as u8);
                }
                d
            }
        };
        let bounds = self.slice_unpack(slice)?;
        let len = b.borrow().len();
        let idx = bounds.adjust(len);
        if idx.step == 1 {
            let start = idx.start.clamp(0, len as i64) as usize;
            let end = (start + idx.len).min(len);
            b.borrow_mut().splice(start..end, new_bytes);
            return Ok(());
        }
        if new_bytes.len() != idx.len {
            return Err(self.value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                new_bytes.len(),
                idx.len
            )));
        }
        let mut data = b.borrow_mut();
        for (i, v) in idx.indices().zip(new_bytes) {
            data[i] = v;
        }
        Ok(())
    }

    pub fn new_bytearray(&self, b: Vec<u8>) -> Value {
        Value::obj(PyObject::new(
            self.types.bytearray.clone(),
            Payload::ByteArray(std::cell::RefCell::new(b)),
        ))
    }

    /// `origin[args]` for a builtin generic class: a `types.GenericAlias` (a Python class
    /// from the startup helpers).
    pub fn generic_alias(&mut self, origin: Value, args: Value) -> PyResult<Value> {
        let class = self.generic_alias_type.clone();
        self.call(&class, Args::new([origin, args]))
    }
}
