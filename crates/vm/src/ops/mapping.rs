//! Dict and set operations that may run Python code (a key's `__hash__` or `__eq__`), and
//! name lookups in namespaces. The storage is in `objects/dict.rs` and `objects/set.rs`;
//! here the native probe is completed by Python comparisons done outside any borrow.

use std::rc::Rc;

use crate::builtins::functions::Args;
use crate::eval::Flow;
use crate::object::{DictViewKind, ObjRef, Payload, PyObject};
use crate::objects::dict::Probe;
use crate::objects::set::Set;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// Finds the index of `key` in a dict: native probe, then Python `==` on candidates.
    fn dict_find(&mut self, d: &ObjRef, hash: i64, key: &Value) -> PyResult<Option<usize>> {
        let Payload::Dict(cell) = &d.payload else {
            return Ok(None);
        };
        loop {
            let probe = cell.borrow().probe(hash, key);
            match probe {
                Probe::Found(i) => return Ok(Some(i)),
                Probe::Missing => return Ok(None),
                Probe::Undecided(candidates) => {
                    let version = cell.borrow().version();
                    for c in candidates {
                        if self.eq(&c, key)? {
                            if let Some(i) = cell.borrow().index_of_identical(hash, &c) {
                                return Ok(Some(i));
                            }
                        }
                    }
                    // A comparison changed the dict: look again, as CPython does.
                    if cell.borrow().version() != version {
                        continue;
                    }
                    return Ok(None);
                }
            }
        }
    }

    /// `d[key]` for a dict object, `None` if absent.
    pub fn dict_get(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let Payload::Dict(cell) = &d.payload else {
            return Ok(None);
        };
        Ok(self
            .dict_find(d, hash, key)?
            .and_then(|i| cell.borrow().value_at(i).cloned()))
    }

    /// `d[key] = value` for a dict object.
    pub fn dict_set(&mut self, d: &ObjRef, key: Value, value: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.dict_set_hashed(d, hash, key, value)
    }

    pub fn dict_set_hashed(
        &mut self,
        d: &ObjRef,
        hash: i64,
        key: Value,
        value: Value,
    ) -> PyResult<()> {
        let Payload::Dict(cell) = &d.payload else {
            return Ok(());
        };
        let native = cell.borrow_mut().set_native(hash, key, value);
        let (key, value) = match native {
            Ok(old) => {
                // Dropped outside the borrow.
                drop(old);
                return Ok(());
            }
            Err(back) => back,
        };
        let found = self.dict_find(d, hash, &key)?;
        if let Payload::Dict(cell) = &d.payload {
            let old = {
                let mut dict = cell.borrow_mut();
                match found {
                    Some(i) => dict.set_value_at(i, value),
                    None => {
                        dict.push(hash, key, value);
                        None
                    }
                }
            };
            drop(old);
        }
        Ok(())
    }

    /// `del d[key]`; false if the key was absent.
    pub fn dict_del(&mut self, d: &ObjRef, key: &Value) -> PyResult<bool> {
        let hash = self.hash(key)?;
        let found = self.dict_find(d, hash, key)?;
        if let (Some(i), Payload::Dict(cell)) = (found, &d.payload) {
            let removed = cell.borrow_mut().remove_at(i);
            drop(removed);
            return Ok(true);
        }
        Ok(false)
    }

    /// `d.pop(key)` without a default: the value, or None if absent.
    pub fn dict_pop(&mut self, d: &ObjRef, key: &Value) -> PyResult<Option<Value>> {
        let hash = self.hash(key)?;
        let found = self.dict_find(d, hash, key)?;
        if let (Some(i), Payload::Dict(cell)) = (found, &d.payload) {
            let removed = cell.borrow_mut().remove_at(i);
            return Ok(removed.map(|(_, v)| v));
        }
        Ok(None)
    }

    /// Looks up a str key in a dict object without running Python code.
    pub fn dict_get_str(&self, d: &ObjRef, key: &ObjRef) -> Option<Value> {
        match (&d.payload, &key.payload) {
            (Payload::Dict(cell), Payload::Str(s)) => {
                cell.borrow().get_name(s.hash(), key).cloned()
            }
            _ => None,
        }
    }

    /// Stores under a str key.
    pub fn dict_set_str(&mut self, d: &ObjRef, key: &ObjRef, value: Value) -> PyResult<()> {
        let hash = match &key.payload {
            Payload::Str(s) => s.hash(),
            _ => return self.dict_set(d, Value::Obj(key.clone()), value),
        };
        self.dict_set_hashed(d, hash, Value::Obj(key.clone()), value)
    }

    pub fn dict_del_str(&mut self, d: &ObjRef, key: &ObjRef) -> PyResult<bool> {
        self.dict_del(d, &Value::Obj(key.clone()))
    }

    /// A str-keyed lookup with a Rust string.
    pub fn dict_get_item_str(&mut self, d: &ObjRef, key: &str) -> Option<Value> {
        let k = self.intern(key);
        self.dict_get_str(d, &k)
    }

    pub fn dict_set_item_str(&mut self, d: &ObjRef, key: &str, value: Value) -> PyResult<()> {
        let k = self.intern(key);
        self.dict_set_str(d, &k, value)
    }

    /// Reads `key` from a namespace mapping (module/class locals): a dict directly, anything
    /// else through `__getitem__`.
    pub(crate) fn mapping_lookup(
        &mut self,
        mapping: &Value,
        key: &ObjRef,
    ) -> PyResult<Option<Value>> {
        match mapping {
            Value::Obj(o) if is_exact_dict(self, o) => Ok(self.dict_get_str(o, key)),
            Value::Obj(o)
                if matches!(o.payload, Payload::Dict(_)) && !self.has_getitem_override(mapping) =>
            {
                self.dict_get(o, &Value::Obj(key.clone()))
            }
            Value::Null | Value::None => Ok(None),
            _ => match self.getitem(mapping, &Value::Obj(key.clone())) {
                Ok(v) => Ok(Some(v)),
                Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Ok(None),
                Err(e) => Err(e),
            },
        }
    }

    fn has_getitem_override(&mut self, v: &Value) -> bool {
        let class = self.class_of(v).clone();
        class.as_type().is_some_and(|t| t.heap)
            && self
                .lookup_type(&class, "__getitem__")
                .is_some_and(|g| matches!(g.payload(), Some(Payload::Function(_))))
    }

    pub(crate) fn mapping_store(
        &mut self,
        mapping: &Value,
        key: &ObjRef,
        value: Value,
    ) -> PyResult<()> {
        match mapping {
            Value::Obj(o) if is_exact_dict(self, o) => self.dict_set_str(o, key, value),
            _ => self.setitem(mapping, Value::Obj(key.clone()), value),
        }
    }

    pub(crate) fn mapping_delete(&mut self, mapping: &Value, key: &ObjRef) -> PyResult<bool> {
        match mapping {
            Value::Obj(o) if is_exact_dict(self, o) => self.dict_del_str(o, key),
            _ => match self.delitem(mapping, &Value::Obj(key.clone())) {
                Ok(()) => Ok(true),
                Err(e) if self.err_matches(&e, &self.exc.key_error.clone()) => Ok(false),
                Err(e) => Err(e),
            },
        }
    }

    /// `{**mapping}` in a dict display.
    pub(crate) fn dict_update_for_display(&mut self, d: &Value, mapping: &Value) -> PyResult<()> {
        let Value::Obj(target) = d else { return Ok(()) };
        if self.dict_update(target, mapping).is_err() {
            return Err(self.type_error(format!(
                "'{}' object is not a mapping",
                self.type_name(mapping)
            )));
        }
        Ok(())
    }

    /// `f(**mapping)`: merges keyword arguments, refusing duplicates and non-str keys.
    pub(crate) fn dict_merge_for_call(
        &mut self,
        d: &Value,
        mapping: &Value,
        callable: &Value,
    ) -> PyResult<()> {
        let Value::Obj(target) = d else { return Ok(()) };
        let fname = self.function_str(callable);
        let pairs = match self.mapping_items(mapping) {
            Ok(p) => p,
            Err(e) => {
                if self.err_matches(&e, &self.exc.attribute_error.clone())
                    || self.err_matches(&e, &self.exc.type_error.clone())
                {
                    return Err(self.type_error(format!(
                        "{}() argument after ** must be a mapping, not {}",
                        fname,
                        self.type_name(mapping)
                    )));
                }
                return Err(e);
            }
        };
        for (k, v) in pairs {
            if self.dict_get(target, &k)?.is_some() {
                return Err(self.type_error(format!(
                    "{}() got multiple values for keyword argument '{}'",
                    fname,
                    k.as_str().unwrap_or("")
                )));
            }
            self.dict_set(target, k, v)?;
        }
        Ok(())
    }

    /// The (key, value) pairs of any mapping (`keys()` + `__getitem__`).
    pub fn mapping_items(&mut self, mapping: &Value) -> PyResult<Vec<(Value, Value)>> {
        if let Some(Payload::Dict(d)) = mapping.payload() {
            if !self.has_getitem_override(mapping) {
                return Ok(d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (k.clone(), v.clone()))
                    .collect());
            }
        }
        let keys_fn = self.getattr_str(mapping, "keys")?;
        let keys = self.call(&keys_fn, Args::default())?;
        let keys = self.collect_iterable(&keys)?;
        let mut out = Vec::with_capacity(keys.len());
        for k in keys {
            let v = self.getitem(mapping, &k)?;
            out.push((k, v));
        }
        Ok(out)
    }

    /// `dict.update(mapping_or_pairs)` into a dict object.
    pub fn dict_update(&mut self, target: &ObjRef, other: &Value) -> PyResult<()> {
        let is_mapping = matches!(other.payload(), Some(Payload::Dict(_)))
            || self.lookup_attr_opt(other, "keys")?.is_some();
        if is_mapping {
            for (k, v) in self.mapping_items(other)? {
                self.dict_set(target, k, v)?;
            }
            return Ok(());
        }
        let items = self.collect_iterable(other)?;
        for (i, item) in items.into_iter().enumerate() {
            let pair = self.collect_iterable(&item).map_err(|_| {
                self.type_error(format!(
                    "cannot convert dictionary update sequence element #{} to a sequence",
                    i
                ))
            })?;
            if pair.len() != 2 {
                return Err(self.value_error(format!(
                    "dictionary update sequence element #{} has length {}; 2 is required",
                    i,
                    pair.len()
                )));
            }
            let mut it = pair.into_iter();
            if let (Some(k), Some(v)) = (it.next(), it.next()) {
                self.dict_set(target, k, v)?;
            }
        }
        Ok(())
    }

    /// `[*iterable]` in a list display or call.
    pub(crate) fn list_extend_for_display(
        &mut self,
        list: &Value,
        iterable: &Value,
    ) -> PyResult<()> {
        let items = match self.collect_iterable(iterable) {
            Ok(items) => items,
            Err(e)
                if self.err_matches(&e, &self.exc.type_error.clone())
                    && !self.is_iterable(iterable) =>
            {
                return Err(self.type_error(format!(
                    "Value after * must be an iterable, not {}",
                    self.type_name(iterable)
                )));
            }
            Err(e) => return Err(e),
        };
        if let Some(Payload::List(l)) = list.payload() {
            l.borrow_mut().extend(items);
        }
        Ok(())
    }

    // ---- sets --------------------------------------------------------------------------------

    fn set_cell<'a>(&self, set: &'a Value) -> Option<&'a crate::gc_slot::TracedCell<Set>> {
        match set.payload() {
            Some(Payload::Set(s)) => Some(s),
            _ => None,
        }
    }

    /// Whether a set (or frozenset) contains `key`.
    pub fn set_contains(&mut self, set: &Value, key: &Value) -> PyResult<bool> {
        let hash = self.hash_for_set(key)?;
        let probe = match set.payload() {
            Some(Payload::Set(s)) => s.borrow().probe(hash, key),
            Some(Payload::FrozenSet(s)) => s.probe(hash, key),
            _ => return Ok(false),
        };
        match probe {
            Probe::Found(_) => Ok(true),
            Probe::Missing => Ok(false),
            Probe::Undecided(candidates) => {
                for c in candidates {
                    if self.eq(&c, key)? {
                        return Ok(true);
                    }
                }
                Ok(false)
            }
        }
    }

    /// A set key's hash; a set used as a key is looked up as the equal frozenset.
    fn hash_for_set(&mut self, key: &Value) -> PyResult<i64> {
        if let Some(Payload::Set(s)) = key.payload() {
            return Ok(s.borrow().frozen_hash());
        }
        self.hash(key)
    }

    /// `set.add(v)`.
    pub fn set_add(&mut self, set: &Value, key: Value) -> PyResult<()> {
        let hash = self.hash(&key)?;
        self.set_add_hashed(set, hash, key)
    }

    pub fn set_add_hashed(&mut self, set: &Value, hash: i64, key: Value) -> PyResult<()> {
        let Some(cell) = self.set_cell(set) else {
            return Ok(());
        };
        let probe = cell.borrow().probe(hash, &key);
        let present = match probe {
            Probe::Found(_) => true,
            Probe::Missing => false,
            Probe::Undecided(candidates) => {
                let mut found = false;
                for c in candidates {
                    if self.eq(&c, &key)? {
                        found = true;
                        break;
                    }
                }
                found
            }
        };
        if !present {
            if let Some(cell) = self.set_cell(set) {
                cell.borrow_mut().insert_new(hash, key);
            }
        }
        Ok(())
    }

    /// Removes `key` from a set; false if absent.
    pub fn set_discard(&mut self, set: &Value, key: &Value) -> PyResult<bool> {
        let hash = self.hash_for_set(key)?;
        let Some(cell) = self.set_cell(set) else {
            return Ok(false);
        };
        let probe = cell.borrow().probe(hash, key);
        let index = match probe {
            Probe::Found(i) => Some(i),
            Probe::Missing => None,
            Probe::Undecided(candidates) => {
                let mut found = None;
                for c in candidates {
                    if self.eq(&c, key)? {
                        found = self
                            .set_cell(set)
                            .and_then(|s| s.borrow().index_of_identical(hash, &c));
                        break;
                    }
                }
                found
            }
        };
        match (index, self.set_cell(set)) {
            (Some(i), Some(cell)) => {
                let removed = cell.borrow_mut().remove_at(i);
                drop(removed);
                Ok(true)
            }
            _ => Ok(false),
        }
    }

    /// `set.update(iterable)` (and `{*iterable}`), with CPython's fast paths for sets and
    /// dicts, which decide the resulting order.
    pub fn set_update(&mut self, set: &Value, iterable: &Value) -> PyResult<()> {
        match iterable.payload() {
            Some(Payload::Set(_)) | Some(Payload::FrozenSet(_)) => {
                if set.is(iterable) {
                    return Ok(());
                }
                let other = match iterable.payload() {
                    Some(Payload::Set(s)) => s.borrow().clone(),
                    Some(Payload::FrozenSet(s)) => s.clone(),
                    _ => Set::new(),
                };
                if let Some(cell) = self.set_cell(set) {
                    if cell.borrow_mut().merge_into_empty(&other) {
                        return Ok(());
                    }
                    cell.borrow_mut().reserve_for(other.len());
                }
                for (h, k) in other.iter_hashed() {
                    self.set_add_hashed(set, h, k.clone())?;
                }
                Ok(())
            }
            Some(Payload::Dict(d)) if !self.has_getitem_override(iterable) => {
                let entries: Vec<(i64, Value)> = d
                    .borrow()
                    .iter_hashed()
                    .map(|(h, k, _)| (h, k.clone()))
                    .collect();
                if let Some(cell) = self.set_cell(set) {
                    cell.borrow_mut().reserve_for(entries.len());
                }
                for (h, k) in entries {
                    self.set_add_hashed(set, h, k)?;
                }
                Ok(())
            }
            _ => {
                let items = self.collect_iterable(iterable)?;
                for item in items {
                    self.set_add(set, item)?;
                }
                Ok(())
            }
        }
    }

    pub fn new_set_obj(&self, s: Set) -> ObjRef {
        let o = Rc::new(PyObject::new(
            self.types.set.clone(),
            Payload::Set(crate::gc_slot::TracedCell::new(s)),
        ));
        self.gc_track(&o);
        o
    }

    pub fn new_frozenset_obj(&self, s: Set) -> ObjRef {
        let o = Rc::new(PyObject::new(
            self.types.frozenset.clone(),
            Payload::FrozenSet(s),
        ));
        self.gc_track(&o);
        o
    }

    /// `BuildSet`: a set of these items, added in order.
    pub(crate) fn new_set_from(&mut self, items: Vec<Value>) -> PyResult<Value> {
        let set = Value::Obj(self.new_set_obj(Set::new()));
        for item in items {
            self.set_add(&set, item)?;
        }
        Ok(set)
    }

    /// A callable as call errors name it: `__main__.f`, `__main__.A.m`, `len` (CPython's
    /// `_PyObject_FunctionStr`, without the parentheses).
    pub fn function_str(&mut self, callable: &Value) -> String {
        let target = match callable.payload() {
            Some(Payload::BoundMethod(m)) => m.func.clone(),
            _ => callable.clone(),
        };
        let qual = match self.lookup_attr_opt(&target, "__qualname__") {
            Ok(Some(q)) if q.as_str().is_some() => q.as_str().unwrap_or("").to_string(),
            _ => return self.callable_name(callable),
        };
        match self.lookup_attr_opt(&target, "__module__") {
            Ok(Some(m)) if m.as_str().is_some_and(|m| m != "builtins") => {
                format!("{}.{}", m.as_str().unwrap_or(""), qual)
            }
            _ => qual,
        }
    }

    /// A readable name of a callable for error messages (`f`, `A.m`).
    pub fn callable_name(&self, callable: &Value) -> String {
        match callable.payload() {
            Some(Payload::Function(f)) => f.qualname.borrow().as_str().unwrap_or("?").to_string(),
            Some(Payload::BuiltinFunction(b)) => b.name.to_string(),
            Some(Payload::BoundMethod(m)) => self.callable_name(&m.func),
            Some(Payload::Type(t)) => t.name(),
            _ => format!("{} object", self.type_name(callable)),
        }
    }
}

fn is_exact_dict(vm: &Vm, o: &ObjRef) -> bool {
    matches!(o.payload, Payload::Dict(_))
        && o.class
            .as_ref()
            .is_some_and(|c| Rc::ptr_eq(c, &vm.types.dict))
}

/// One step of a dict iterator (`IterState::Dict`): the next live entry as (key, value), in
/// insertion order or reversed, `None` at the end, or the message of the RuntimeError when
/// the dict changed under the iterator (cf. dictobject.c `dictiter_iternextkey`). A failed
/// iterator sets `len` to `usize::MAX` so that it keeps failing.
pub(crate) fn dict_iter_step(
    dict: &ObjRef,
    index: &mut usize,
    len: &mut usize,
    remaining: &mut usize,
    reverse: bool,
) -> Result<Option<(Value, Value)>, &'static str> {
    let Payload::Dict(d) = &dict.payload else {
        return Ok(None);
    };
    let d = d.borrow();
    if d.len() != *len {
        *len = usize::MAX;
        return Err("dictionary changed size during iteration");
    }
    let mut found = None;
    if reverse {
        while *index > 0 {
            *index -= 1;
            if let Some(e) = d.entry_at(*index) {
                found = Some((e.0.clone(), e.1.clone()));
                break;
            }
        }
    } else {
        while *index < d.slots() {
            let i = *index;
            *index += 1;
            if let Some(e) = d.entry_at(i) {
                found = Some((e.0.clone(), e.1.clone()));
                break;
            }
        }
    }
    if found.is_some() {
        if *remaining == 0 {
            // An entry beyond the expected count.
            *len = usize::MAX;
            return Err("dictionary keys changed during iteration");
        }
        *remaining -= 1;
    }
    Ok(found)
}

impl Vm {
    /// The `ForIter` fast path for a dict iterator (keys, values or items) on top of the
    /// stack: the next entry is pushed directly, and for an items iterator followed by
    /// `UnpackSequence 2` (`for k, v in d.items()`) the key and value are pushed as that
    /// instruction would leave them and it is skipped, so no tuple is made (CPython reuses
    /// the tuple instead when nothing else holds it). `None` for any other iterator.
    pub(crate) fn for_iter_dict(&mut self, target: u32) -> Option<PyResult<Flow>> {
        use crate::objects::iter::IterState;
        let frame = self.frames.last()?;
        let it = match frame.stack.last() {
            Some(Value::Obj(o)) if matches!(o.payload, Payload::Iterator(_)) => o.clone(),
            _ => return None,
        };
        let Payload::Iterator(cell) = &it.payload else {
            return None;
        };
        let mut state = cell.try_borrow_mut().ok()?;
        let IterState::Dict {
            dict,
            index,
            len,
            remaining,
            kind,
            reverse,
        } = &mut *state
        else {
            return None;
        };
        let kind = *kind;
        let step = dict_iter_step(dict, index, len, remaining, *reverse);
        drop(state);
        let found = match step {
            Ok(found) => found,
            Err(msg) => return Some(Err(self.runtime_error(msg))),
        };
        let unpack_next = {
            let frame = self.frames.last()?;
            frame.code.instructions.get(frame.pc as usize)
                == Some(&pyasync_bytecode::Instruction::UnpackSequence(2))
        };
        let item = match (found, kind) {
            (None, _) => None,
            (Some((k, _)), DictViewKind::Keys) => Some(k),
            (Some((_, v)), DictViewKind::Values) => Some(v),
            (Some((k, v)), DictViewKind::Items) if unpack_next => {
                let frame = self.frames.last_mut()?;
                frame.push(v);
                frame.push(k);
                frame.pc += 1;
                return Some(Ok(Flow::Next));
            }
            (Some((k, v)), DictViewKind::Items) => Some(self.new_tuple(vec![k, v])),
        };
        let frame = self.frames.last_mut()?;
        match item {
            Some(v) => frame.push(v),
            None => {
                frame.pop();
                frame.pc = target;
            }
        }
        Some(Ok(Flow::Next))
    }
}
