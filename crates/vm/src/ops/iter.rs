//! The iteration protocol: `iter()`, `next()`, native iterators over builtin containers, and
//! unpacking (`a, *b = seq`).

use std::rc::Rc;

use crate::builtins::functions::Args;
use crate::eval::resume::Action;
use crate::eval::Outcome;
use crate::object::{DictViewKind, ObjRef, Payload, PyObject};
use crate::objects::generator::GenKind;
use crate::objects::iter::IterState;
use crate::ops::mapping::dict_iter_step;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    pub fn new_iterator(&self, class: &ObjRef, state: IterState) -> Value {
        let o = Rc::new(PyObject::new(
            class.clone(),
            Payload::Iterator(crate::gc_slot::TracedCell::new(state)),
        ));
        self.gc_track(&o);
        Value::Obj(o)
    }

    fn is_user_obj(&self, v: &Value) -> bool {
        v.as_obj()
            .and_then(|o| o.class.as_ref())
            .and_then(|c| c.as_type())
            .is_some_and(|t| t.heap)
    }

    /// `iter(v)`.
    pub fn get_iter(&mut self, v: &Value) -> PyResult<Value> {
        if self.is_user_obj(v) {
            return self.user_iter(v);
        }
        let Value::Obj(o) = v else {
            return Err(self.not_iterable(v));
        };
        let t = &self.types;
        let it = match &o.payload {
            Payload::List(_) => self.new_iterator(
                &t.list_iterator,
                IterState::List {
                    list: o.clone(),
                    index: 0,
                },
            ),
            Payload::Tuple(_) => self.new_iterator(
                &t.tuple_iterator,
                IterState::Tuple {
                    tuple: o.clone(),
                    index: 0,
                },
            ),
            Payload::Str(_) => self.new_iterator(
                &t.str_iterator,
                IterState::Str {
                    s: o.clone(),
                    byte_pos: 0,
                },
            ),
            Payload::Bytes(_) | Payload::ByteArray(_) => self.new_iterator(
                &t.bytes_iterator,
                IterState::Bytes {
                    b: o.clone(),
                    index: 0,
                },
            ),
            Payload::Range(r) => self.new_iterator(
                &t.range_iterator,
                IterState::Range {
                    next: r.start,
                    step: r.step,
                    remaining: r.len(),
                },
            ),
            Payload::BigRange(r) => crate::builtins::range::big_range_iter(self, r),
            Payload::Dict(d) => {
                let len = d.borrow().len();
                self.new_iterator(
                    &t.dict_keyiterator,
                    IterState::Dict {
                        dict: o.clone(),
                        index: 0,
                        len,
                        remaining: len,
                        kind: DictViewKind::Keys,
                        reverse: false,
                    },
                )
            }
            Payload::DictView(kind, d) => {
                let len = match &d.payload {
                    Payload::Dict(dd) => dd.borrow().len(),
                    _ => 0,
                };
                let class = match kind {
                    DictViewKind::Keys => &t.dict_keyiterator,
                    DictViewKind::Values => &t.dict_valueiterator,
                    DictViewKind::Items => &t.dict_itemiterator,
                };
                self.new_iterator(
                    class,
                    IterState::Dict {
                        dict: d.clone(),
                        index: 0,
                        len,
                        remaining: len,
                        kind: *kind,
                        reverse: false,
                    },
                )
            }
            Payload::Set(s) => {
                let len = s.borrow().len();
                self.new_iterator(
                    &t.set_iterator,
                    IterState::Set {
                        set: o.clone(),
                        index: 0,
                        len,
                    },
                )
            }
            Payload::FrozenSet(s) => {
                let len = s.len();
                self.new_iterator(
                    &t.set_iterator,
                    IterState::Set {
                        set: o.clone(),
                        index: 0,
                        len,
                    },
                )
            }
            Payload::Iterator(_) | Payload::Generator(_) | Payload::CoroutineWrapper(_) => {
                if let Payload::Generator(g) = &o.payload {
                    if g.kind != GenKind::Generator {
                        return Err(self.not_iterable(v));
                    }
                }
                v.clone()
            }
            Payload::TextIO(t) if t.is_closed() => {
                return Err(self.value_error("I/O operation on closed file."))
            }
            Payload::TextIO(_) => v.clone(),
            _ => return self.user_iter(v),
        };
        Ok(it)
    }

    /// `iter()` through `__iter__` (or the `__getitem__` sequence protocol).
    fn user_iter(&mut self, v: &Value) -> PyResult<Value> {
        let class = self.class_of(v).clone();
        if let Some(m) = self.lookup_type(&class, "__iter__") {
            if m.is_none() {
                return Err(self.not_iterable(v));
            }
            let it = self.call(&m, Args::new([v.clone()]))?;
            if !self.has_next(&it) {
                return Err(self.type_error(format!(
                    "iter() returned non-iterator of type '{}'",
                    self.type_name(&it)
                )));
            }
            return Ok(it);
        }
        if self.lookup_type(&class, "__getitem__").is_some() {
            return Ok(self.new_iterator(
                &self.types.seq_iterator.clone(),
                IterState::Sequence {
                    seq: v.clone(),
                    index: 0,
                },
            ));
        }
        Err(self.not_iterable(v))
    }

    fn has_next(&mut self, it: &Value) -> bool {
        match it.payload() {
            Some(Payload::Iterator(_)) => true,
            Some(Payload::Generator(g)) => g.kind == GenKind::Generator,
            _ => {
                let class = self.class_of(it).clone();
                self.lookup_type(&class, "__next__").is_some()
            }
        }
    }

    pub fn not_iterable(&self, v: &Value) -> crate::vm::PyErr {
        self.type_error(format!("'{}' object is not iterable", self.type_name(v)))
    }

    /// True if `iter(v)` would work.
    pub fn is_iterable(&mut self, v: &Value) -> bool {
        match v.payload() {
            Some(
                Payload::List(_)
                | Payload::Tuple(_)
                | Payload::Str(_)
                | Payload::Bytes(_)
                | Payload::ByteArray(_)
                | Payload::Range(_)
                | Payload::BigRange(_)
                | Payload::Dict(_)
                | Payload::DictView(..)
                | Payload::Set(_)
                | Payload::FrozenSet(_)
                | Payload::Iterator(_),
            ) => true,
            Some(Payload::Generator(g)) => g.kind == GenKind::Generator,
            _ => {
                let class = self.class_of(v).clone();
                self.lookup_type(&class, "__iter__")
                    .is_some_and(|m| !m.is_none())
                    || self.lookup_type(&class, "__getitem__").is_some()
            }
        }
    }

    /// `next(it)`: the next item, or `None` when exhausted.
    pub fn iter_next(&mut self, it: &Value) -> PyResult<Option<Value>> {
        if let Some(Payload::Iterator(state)) = it.payload() {
            if !self.is_user_obj(it) {
                return self.native_next(state);
            }
        }
        if let Some(Payload::Generator(g)) = it.payload() {
            if g.kind == GenKind::Generator {
                let Some(gen) = it.as_obj() else {
                    return Ok(None);
                };
                // (`it` is the caller's, so the generator is borrowed, not cloned.)
                return match self.resume(gen, Action::Send(Value::None)) {
                    Ok(Outcome::Yielded(v)) => Ok(Some(v)),
                    Ok(Outcome::Returned(_)) => Ok(None),
                    Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
                    Err(e) => Err(e),
                };
            }
        }
        if let Some(Payload::TextIO(f)) = it.payload() {
            self.check_file_op(f, "readline")?;
            let line = f.read_line().map_err(|e| self.os_error_from(&e))?;
            if line.is_empty() {
                return Ok(None);
            }
            return Ok(Some(if f.binary {
                self.new_bytes(line)
            } else {
                self.new_str(String::from_utf8_lossy(&line).into_owned())
            }));
        }
        let class = self.class_of(it).clone();
        let Some(next) = self.lookup_type(&class, "__next__") else {
            return Err(self.type_error(format!(
                "'{}' object is not an iterator",
                self.type_name(it)
            )));
        };
        match self.call(&next, Args::new([it.clone()])) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.stop_iteration.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }

    fn native_next(
        &mut self,
        cell: &crate::gc_slot::TracedCell<IterState>,
    ) -> PyResult<Option<Value>> {
        // Steps that need Python code take the state out of the cell first.
        let mut state = cell.borrow_mut();
        let result = match &mut *state {
            IterState::List { list, index } => {
                let item = match &list.payload {
                    Payload::List(l) => l.borrow().get(*index).cloned(),
                    _ => None,
                };
                *index += 1;
                item
            }
            IterState::ListReverse { list, index } => {
                let item = if *index >= 0 {
                    match &list.payload {
                        Payload::List(l) => l.borrow().get(*index as usize).cloned(),
                        _ => None,
                    }
                } else {
                    None
                };
                *index -= 1;
                item
            }
            IterState::Tuple { tuple, index } => {
                let item = match &tuple.payload {
                    Payload::Tuple(t) => t.get(*index).cloned(),
                    _ => None,
                };
                *index += 1;
                item
            }
            IterState::Range {
                next,
                step,
                remaining,
            } => {
                if *remaining > 0 {
                    let v = *next;
                    *next = next.wrapping_add(*step);
                    *remaining -= 1;
                    Some(Value::Int(v))
                } else {
                    None
                }
            }
            IterState::BigRange(it) => crate::builtins::range::big_range_next(self, it),
            IterState::Str { s, byte_pos } => {
                let text = s.str_text();
                match text[*byte_pos..].chars().next() {
                    Some(c) => {
                        *byte_pos += c.len_utf8();
                        let mut buf = [0u8; 4];
                        let piece: &str = c.encode_utf8(&mut buf);
                        Some(Value::Obj(self.single_char(piece)))
                    }
                    None => None,
                }
            }
            IterState::Bytes { b, index } => {
                let byte = match &b.payload {
                    Payload::Bytes(bytes) => bytes.get(*index).copied(),
                    Payload::ByteArray(bytes) => bytes.borrow().get(*index).copied(),
                    _ => None,
                };
                *index += 1;
                byte.map(|x| Value::Int(x as i64))
            }
            IterState::Dict {
                dict,
                index,
                len,
                remaining,
                kind,
                reverse,
            } => {
                let kind = *kind;
                let found = match dict_iter_step(dict, index, len, remaining, *reverse) {
                    Ok(found) => found,
                    Err(msg) => {
                        drop(state);
                        return Err(self.runtime_error(msg));
                    }
                };
                found.map(|(k, v)| match kind {
                    DictViewKind::Keys => k,
                    DictViewKind::Values => v,
                    DictViewKind::Items => self.new_tuple(vec![k, v]),
                })
            }
            IterState::Set { set, index, len } => {
                let current_len = match &set.payload {
                    Payload::Set(s) => s.borrow().len(),
                    Payload::FrozenSet(s) => s.len(),
                    _ => 0,
                };
                if current_len != *len {
                    *len = usize::MAX;
                    drop(state);
                    return Err(self.runtime_error("Set changed size during iteration"));
                }
                let mut found = None;
                let slots = match &set.payload {
                    Payload::Set(s) => s.borrow().slots(),
                    Payload::FrozenSet(s) => s.slots(),
                    _ => 0,
                };
                while *index < slots {
                    let i = *index;
                    *index += 1;
                    let k = match &set.payload {
                        Payload::Set(s) => s.borrow().key_at(i).cloned(),
                        Payload::FrozenSet(s) => s.key_at(i).cloned(),
                        _ => None,
                    };
                    if k.is_some() {
                        found = k;
                        break;
                    }
                }
                found
            }
            IterState::Exhausted => None,
            _ => {
                // map/filter/zip/enumerate chains step their inner iterators natively: a chain
                // millions deep must stop before the Rust stack does (CPython crashes there).
                if self.stack_remaining() < crate::ops::depth::STACK_RESERVE {
                    drop(state);
                    return Err(self.new_error(
                        &self.exc.recursion_error,
                        "maximum recursion depth exceeded",
                    ));
                }
                let mut taken = std::mem::replace(&mut *state, IterState::Exhausted);
                drop(state);
                let result = self.step_lazy(&mut taken);
                *cell.borrow_mut() = taken;
                return result;
            }
        };
        if result.is_none() {
            *state = IterState::Exhausted;
        }
        Ok(result)
    }

    /// Steps of the lazy builtins, which call Python code (the state is out of its cell, so
    /// that code may touch the iterator again). On an error the state stays as the failed step
    /// left it, as CPython's do: `map` and `filter` go on after their function raised.
    fn step_lazy(&mut self, state: &mut IterState) -> PyResult<Option<Value>> {
        let item = match state {
            IterState::Enumerate { iter, count } => match self.iter_next(iter)? {
                Some(v) => {
                    let next = self.binary_op(
                        count.clone(),
                        Value::Int(1),
                        pyasync_bytecode::BinaryOperator::Add,
                    )?;
                    let index = std::mem::replace(count, next);
                    Some(self.new_tuple(vec![index, v]))
                }
                None => None,
            },
            IterState::Zip { iters, strict } => {
                if iters.is_empty() {
                    None
                } else {
                    self.step_zip(iters, *strict)?
                }
            }
            IterState::Map { func, iters } => {
                let mut args = Vec::with_capacity(iters.len());
                let mut ended = false;
                for it in iters.iter() {
                    match self.iter_next(it)? {
                        Some(v) => args.push(v),
                        None => {
                            ended = true;
                            break;
                        }
                    }
                }
                if ended {
                    None
                } else {
                    Some(self.call(func, Args::new(args))?)
                }
            }
            IterState::Filter { func, iter } => loop {
                let Some(v) = self.iter_next(iter)? else {
                    break None;
                };
                let keep = if func.is_none() {
                    self.is_true(&v)?
                } else {
                    let r = self.call(func, Args::new([v.clone()]))?;
                    self.is_true(&r)?
                };
                if keep {
                    break Some(v);
                }
            },
            IterState::Reversed { seq, index } => {
                if *index < 0 {
                    None
                } else {
                    // Any error ends a `reversed` (CPython clears its sequence either way).
                    match self.getitem(seq, &Value::Int(*index as i64)) {
                        Ok(v) => {
                            *index -= 1;
                            Some(v)
                        }
                        Err(e) if self.ends_sequence(&e) => None,
                        Err(e) => {
                            *state = IterState::Exhausted;
                            return Err(e);
                        }
                    }
                }
            }
            IterState::Callable { func, sentinel } => {
                let v = self.call(func, Args::default())?;
                if self.eq(&v, sentinel)? {
                    None
                } else {
                    Some(v)
                }
            }
            IterState::Sequence { seq, index } => {
                match self.getitem(seq, &Value::Int(*index as i64)) {
                    Ok(v) => {
                        *index += 1;
                        Some(v)
                    }
                    Err(e) if self.ends_sequence(&e) => None,
                    Err(e) => return Err(e),
                }
            }
            _ => None,
        };
        if item.is_none() {
            *state = IterState::Exhausted;
        }
        Ok(item)
    }

    /// Whether an error from `seq[i]` ends iteration over a sequence (IndexError, StopIteration).
    fn ends_sequence(&self, e: &crate::vm::PyErr) -> bool {
        self.err_matches(e, &self.exc.index_error) || self.err_matches(e, &self.exc.stop_iteration)
    }

    /// One step of `zip`: a tuple of the next items, or None when an iterator ended (after
    /// `strict=True`'s length check).
    fn step_zip(&mut self, iters: &[Value], strict: bool) -> PyResult<Option<Value>> {
        let mut items = Vec::with_capacity(iters.len());
        for (i, it) in iters.iter().enumerate() {
            if let Some(v) = self.iter_next(it)? {
                items.push(v);
                continue;
            }
            if strict {
                if i > 0 {
                    let plural = if i == 1 { " " } else { "s 1-" };
                    return Err(self.value_error(format!(
                        "zip() argument {} is shorter than argument{}{}",
                        i + 1,
                        plural,
                        i
                    )));
                }
                for (j, other) in iters.iter().enumerate().skip(1) {
                    if self.iter_next(other)?.is_some() {
                        let plural = if j == 1 { " " } else { "s 1-" };
                        return Err(self.value_error(format!(
                            "zip() argument {} is longer than argument{}{}",
                            j + 1,
                            plural,
                            j
                        )));
                    }
                }
            }
            return Ok(None);
        }
        Ok(Some(self.new_tuple(items)))
    }

    /// All items of an iterable.
    pub fn collect_iterable(&mut self, v: &Value) -> PyResult<Vec<Value>> {
        match v.payload() {
            Some(Payload::List(l)) if !self.is_user_obj(v) => return Ok(l.borrow().clone()),
            Some(Payload::Tuple(t)) if !self.is_user_obj(v) => return Ok(t.to_vec()),
            // A range knows its length: too long a one fails before it is walked (cf.
            // CPython's length hint), not after filling the memory.
            Some(Payload::Range(r)) => {
                self.check_alloc(r.len() as usize, std::mem::size_of::<Value>())?
            }
            Some(Payload::BigRange(r)) if !self.is_user_obj(v) => {
                let n = crate::builtins::range::big_range_len(self, r)?;
                self.check_alloc(n, std::mem::size_of::<Value>())?;
            }
            _ => {}
        }
        let it = self.get_iter(v)?;
        if let Some(gen) = crate::eval::fold::foldable(&it) {
            return self.collect_generator(gen);
        }
        let mut out = Vec::new();
        while let Some(x) = self.iter_next(&it)? {
            out.push(x);
        }
        Ok(out)
    }

    /// `a, b, c = seq`.
    pub(crate) fn unpack_exact(&mut self, seq: &Value, n: usize) -> PyResult<Vec<Value>> {
        let fast = match seq.payload() {
            Some(Payload::Tuple(t)) if !self.is_user_obj(seq) => Some(t.to_vec()),
            Some(Payload::List(l)) if !self.is_user_obj(seq) => Some(l.borrow().clone()),
            _ => None,
        };
        if let Some(items) = fast {
            if items.len() == n {
                return Ok(items);
            }
            return Err(if items.len() < n {
                self.value_error(format!(
                    "not enough values to unpack (expected {}, got {})",
                    n,
                    items.len()
                ))
            } else {
                self.value_error(format!("too many values to unpack (expected {n})"))
            });
        }
        if !self.is_iterable(seq) {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let it = self.get_iter(seq)?;
        let mut out = Vec::with_capacity(n);
        while out.len() < n {
            match self.iter_next(&it)? {
                Some(v) => out.push(v),
                None => {
                    return Err(self.value_error(format!(
                        "not enough values to unpack (expected {}, got {})",
                        n,
                        out.len()
                    )))
                }
            }
        }
        if self.iter_next(&it)?.is_some() {
            return Err(self.value_error(format!("too many values to unpack (expected {n})")));
        }
        Ok(out)
    }

    /// `a, *b, c = seq`: the `before` items, a list of the middle, the `after` items.
    pub(crate) fn unpack_ex(
        &mut self,
        seq: &Value,
        before: usize,
        after: usize,
    ) -> PyResult<Vec<Value>> {
        if !self.is_iterable(seq) {
            return Err(self.type_error(format!(
                "cannot unpack non-iterable {} object",
                self.type_name(seq)
            )));
        }
        let mut items = self.collect_iterable(seq)?;
        if items.len() < before + after {
            return Err(self.value_error(format!(
                "not enough values to unpack (expected at least {}, got {})",
                before + after,
                items.len()
            )));
        }
        let tail = items.split_off(items.len() - after);
        let middle = items.split_off(before);
        let mut out = items;
        out.push(self.new_list(middle));
        out.extend(tail);
        Ok(out)
    }
}

/// The `UnpackSequence` fast path: an exact tuple of exactly `n` items on top of the stack
/// is replaced by its items (the first on top), with no intermediate vector. False (nothing
/// changed) for anything else, including a wrong length, whose error the general path
/// reports.
#[inline]
pub(crate) fn unpack_tuple_in_place(
    tuple_type: &ObjRef,
    frame: &mut crate::frame::Frame,
    n: usize,
) -> bool {
    let tuple = match frame.stack.last() {
        Some(Value::Obj(o))
            if matches!(&o.payload, Payload::Tuple(t) if t.len() == n)
                && o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, tuple_type)) =>
        {
            frame.pop()
        }
        _ => return false,
    };
    let Value::Obj(mut tuple) = tuple else {
        return true;
    };
    // A tuple nobody else holds (just returned by `s.partition(sep)`, `divmod`, a function's
    // `return a, b`) gives its items up instead of copying them.
    if let Some(PyObject {
        payload: Payload::Tuple(items),
        ..
    }) = Rc::get_mut(&mut tuple)
    {
        let items = std::mem::take(&mut **items).into_vec();
        frame.stack.extend(items.into_iter().rev());
    } else if let Payload::Tuple(items) = &tuple.payload {
        frame.stack.extend(items.iter().rev().cloned());
    }
    true
}
