//! The storage behind `dict` (and every namespace: globals, class and instance `__dict__`).
//!
//! The layout is CPython's compact dict: the entries (hash, key, value) in insertion order in
//! one vector, and an open-addressing table of `u32` positions into it, probed in CPython's
//! order (the slot `hash & mask`, then `i = 5*i + perturb + 1` with `perturb` shifted down 5
//! bits each step), so consecutive ints (consecutive hashes) sit in consecutive slots, and a
//! lookup is one read of the table and one of the entry before the keys are compared. The
//! stored hash is never recomputed.
//!
//! Comparing keys may need Python code (a user `__eq__`), which must not run while the dict is
//! borrowed: [`Dict::probe`] settles what it can natively (str, int, float, tuple of those,
//! identity) and hands back the candidates it could not decide; the VM compares those outside
//! the borrow (`vm.dict_*` in `ops/mapping.rs`).
//!
//! Deleting leaves a tombstone (CPython does the same) so that `del d[k]` is O(1) and the
//! order of the other entries is kept: the entry's key becomes `Null` and its slot in the
//! table keeps pointing at it; tombstones are swept when they outnumber live entries.
//!
//! Every change to the set of keys (an insertion, a deletion, a sweep) gives the dict a new
//! version from one counter shared by all dicts, so a version names one dict's key layout: a
//! cache that remembers "key K is entry i of the dict whose version was V" stays right for as
//! long as the version is V (the `LoadGlobal` cache, `code.rs`). A copy keeps the version,
//! which is harmless: it has the same layout.

use std::cell::Cell;
use std::rc::Rc;

use crate::object::{ObjRef, Payload};
use crate::ops::eq::{is_builtin_class, native_eq};
use crate::value::Value;

// Positions are `u32`: a dict of more than 4 billion entries (some 160 GB) is out of reach.

/// A table slot that points at no entry: the end of a probe sequence.
const EMPTY: u32 = u32::MAX;
/// A table slot whose entry was removed from the end (`pop_last`): probes go on past it.
const DUMMY: u32 = u32::MAX - 1;
const MIN_SIZE: usize = 8;
const PERTURB_SHIFT: u32 = 5;

/// One entry; a `Null` key marks a deleted one.
#[derive(Clone)]
struct Entry {
    hash: i64,
    key: Value,
    value: Value,
}

/// What a native lookup found.
pub enum Probe {
    /// The entry at this index holds an equal key.
    Found(usize),
    /// No entry has an equal key.
    Missing,
    /// No native match, but these keys with the same hash need Python's `==` to decide.
    Undecided(Vec<Value>),
}

thread_local! {
    static NEXT_VERSION: Cell<u64> = const { Cell::new(1) };
}

/// A version no dict has had yet (never 0: a new, empty dict has version 0).
fn next_version() -> u64 {
    NEXT_VERSION.with(|n| {
        let v = n.get();
        n.set(v + 1);
        v
    })
}

/// How many entries a table of `size` slots takes before it grows (CPython's two thirds).
#[inline]
fn usable(size: usize) -> usize {
    size * 2 / 3
}

/// The table size for `n` entries with room to grow.
fn size_for(n: usize) -> usize {
    let mut size = MIN_SIZE;
    while usable(size) < n && size < 1 << 40 {
        size *= 2;
    }
    size
}

/// `stored == key` for a probe, when natively decidable: ints, the same object, and two strs
/// of the same builtin class are settled here without the general [`native_eq`].
#[inline(always)]
fn key_eq(stored: &Value, key: &Value) -> Option<bool> {
    match (stored, key) {
        (Value::Int(a), Value::Int(b)) => Some(a == b),
        (Value::Obj(a), Value::Obj(b)) => {
            if Rc::ptr_eq(a, b) {
                return Some(true);
            }
            if let (Payload::Str(x), Payload::Str(y)) = (&a.payload, &b.payload) {
                let same_class = match (&*a.class, &*b.class) {
                    (Some(p), Some(q)) => Rc::ptr_eq(p, q),
                    (None, None) => true,
                    _ => false,
                };
                if same_class && is_builtin_class(&a.class) {
                    return Some(x.as_str() == y.as_str());
                }
            }
            native_eq(stored, key)
        }
        _ => native_eq(stored, key),
    }
}

/// The slots a probe for `hash` visits, in order (endless; the caller stops at an `EMPTY`).
struct ProbeSeq {
    i: usize,
    perturb: u64,
    mask: usize,
}

impl ProbeSeq {
    #[inline(always)]
    fn new(hash: i64, mask: usize) -> ProbeSeq {
        ProbeSeq {
            i: hash as u64 as usize & mask,
            perturb: hash as u64,
            mask,
        }
    }

    #[inline(always)]
    fn advance(&mut self) {
        self.perturb >>= PERTURB_SHIFT;
        self.i = (self.i * 5 + self.perturb as usize + 1) & self.mask;
    }
}

#[derive(Clone, Default)]
pub struct Dict {
    entries: Vec<Entry>,
    /// Positions into `entries` (or `EMPTY`, `DUMMY`); empty until the first insertion,
    /// else a power of two long.
    table: Vec<u32>,
    /// Slots of `table` that are not `EMPTY`.
    filled: usize,
    deleted: usize,
    /// Changed on every insertion or deletion of a key (see the module docs).
    version: u64,
}

/// Where a lookup ended: at the entry holding the key, or at the empty slot where it would go.
enum Found {
    Entry(usize),
    Vacant(usize),
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        let mut d = Dict::default();
        if n > 0 {
            d.entries.reserve_exact(n);
            d.table = vec![EMPTY; size_for(n)];
        }
        d
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.entries.len() - self.deleted
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of slots including deleted ones: the bound for positional iteration.
    pub fn slots(&self) -> usize {
        self.entries.len()
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// The probe loop: stops at the first live entry with this hash whose key `eq` accepts,
    /// or at an empty slot. `eq` sees only live keys with an equal hash.
    #[inline(always)]
    fn find(&self, hash: i64, mut eq: impl FnMut(&Value) -> bool) -> Found {
        if self.table.is_empty() {
            return Found::Vacant(0);
        }
        let mut seq = ProbeSeq::new(hash, self.table.len() - 1);
        loop {
            let ix = self.table[seq.i];
            if ix == EMPTY {
                return Found::Vacant(seq.i);
            }
            if let Some(e) = self.entries.get(ix as usize) {
                if e.hash == hash && !e.key.is_null() && eq(&e.key) {
                    return Found::Entry(ix as usize);
                }
            }
            seq.advance();
        }
    }

    /// Looks `key` up natively (see the module docs).
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut undecided: Vec<Value> = Vec::new();
        let found = self.find(hash, |k| match key_eq(k, key) {
            Some(eq) => eq,
            None => {
                undecided.push(k.clone());
                false
            }
        });
        match found {
            Found::Entry(i) => Probe::Found(i),
            Found::Vacant(_) if undecided.is_empty() => Probe::Missing,
            Found::Vacant(_) => Probe::Undecided(undecided),
        }
    }

    /// The value under `key` when native comparisons settle the lookup: `Some(found)`, or
    /// `None` when a stored key with the same hash needs Python's `==` (the caller then takes
    /// the general path; nothing has run). No allocation, one probe of the table.
    #[inline]
    pub fn get_native(&self, hash: i64, key: &Value) -> Option<Option<&Value>> {
        let mut undecided = false;
        let found = self.find(hash, |k| match key_eq(k, key) {
            Some(eq) => eq,
            None => {
                undecided = true;
                false
            }
        });
        match found {
            Found::Entry(i) => Some(self.entries.get(i).map(|e| &e.value)),
            Found::Vacant(_) if undecided => None,
            Found::Vacant(_) => Some(None),
        }
    }

    /// The index of the entry whose key *is* `key` (identity), used after a Python `==`
    /// decided an undecided candidate.
    pub fn index_of_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        match self.find(hash, |k| k.is(key)) {
            Found::Entry(i) => Some(i),
            Found::Vacant(_) => None,
        }
    }

    /// The index of a str key's entry, for caches of where a name is (see the module docs).
    #[inline]
    pub fn index_of_str(&self, hash: i64, key: &str) -> Option<usize> {
        match self.find(hash, |k| k.as_str() == Some(key)) {
            Found::Entry(i) => Some(i),
            Found::Vacant(_) => None,
        }
    }

    /// Finds an interned str (a name): a stored key that is the same object matches without
    /// comparing text.
    #[inline(always)]
    fn find_name(&self, hash: i64, name: &ObjRef) -> Found {
        let text = name.str_text();
        self.find(hash, |k| match k {
            Value::Obj(o) => Rc::ptr_eq(o, name) || o.str_text_opt() == Some(text),
            _ => false,
        })
    }

    /// Looks up an interned str (a name; see `find_name`).
    #[inline]
    pub fn get_name(&self, hash: i64, name: &ObjRef) -> Option<&Value> {
        match self.find_name(hash, name) {
            Found::Entry(i) => self.entries.get(i).map(|e| &e.value),
            Found::Vacant(_) => None,
        }
    }

    /// Stores under an interned str (see `get_name`); returns the value replaced, if any.
    pub fn set_name(&mut self, hash: i64, name: &ObjRef, value: Value) -> Option<Value> {
        match self.find_name(hash, name) {
            Found::Entry(i) => self.set_value_at(i, value),
            Found::Vacant(slot) => {
                self.insert_at(slot, hash, Value::Obj(name.clone()), value);
                None
            }
        }
    }

    /// Looks up a str key natively (strings never need Python's `==`).
    pub fn get_str(&self, hash: i64, key: &str) -> Option<&Value> {
        match self.find(hash, |k| k.as_str() == Some(key)) {
            Found::Entry(i) => self.entries.get(i).map(|e| &e.value),
            Found::Vacant(_) => None,
        }
    }

    /// `d[key] = value` decided natively in one probe of the table (CPython's `insertdict`):
    /// an equal key gets the new value (the old one is returned), a new key is added in the
    /// slot the probe ended at. When a stored key with the same hash needs Python's `==`,
    /// nothing changes and the key and value come back for the general path.
    pub fn set_native(
        &mut self,
        hash: i64,
        key: Value,
        value: Value,
    ) -> Result<Option<Value>, (Value, Value)> {
        let mut undecided = false;
        let found = self.find(hash, |k| match key_eq(k, &key) {
            Some(eq) => eq,
            None => {
                undecided = true;
                false
            }
        });
        match found {
            Found::Entry(i) => Ok(self.set_value_at(i, value)),
            Found::Vacant(_) if undecided => Err((key, value)),
            Found::Vacant(slot) => {
                self.insert_at(slot, hash, key, value);
                Ok(None)
            }
        }
    }

    /// Adds a key known to be absent.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        let slot = match self.find(hash, |_| false) {
            Found::Vacant(slot) => slot,
            // `|_| false` accepts no entry.
            Found::Entry(_) => return,
        };
        self.insert_at(slot, hash, key, value);
    }

    /// Appends a new entry, its position written at `slot` (the empty slot a probe for `hash`
    /// ended at) unless the table must grow first, which places it anew.
    #[inline]
    fn insert_at(&mut self, slot: usize, hash: i64, key: Value, value: Value) {
        let at = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.version = next_version();
        if self.filled + 1 > usable(self.table.len()) {
            self.rebuild(self.grown_size());
            return;
        }
        if let Some(s) = self.table.get_mut(slot) {
            *s = at as u32;
            self.filled += 1;
        }
    }

    /// The table size after a growth: three times the live entries (CPython's growth rate),
    /// and always room for one more entry than the vector holds (tombstones included).
    fn grown_size(&self) -> usize {
        (3 * self.len())
            .max(2 * self.entries.len())
            .next_power_of_two()
            .max(MIN_SIZE)
    }

    /// Makes a table of `size` slots (a power of two) for the entries as they are.
    fn rebuild(&mut self, size: usize) {
        let mut table = vec![EMPTY; size];
        let mask = size - 1;
        for (at, e) in self.entries.iter().enumerate() {
            let mut seq = ProbeSeq::new(e.hash, mask);
            while table[seq.i] != EMPTY {
                seq.advance();
            }
            table[seq.i] = at as u32;
        }
        self.table = table;
        self.filled = self.entries.len();
    }

    /// The table slot that points at entry `at`.
    fn slot_of(&self, at: usize) -> Option<usize> {
        let hash = self.entries.get(at)?.hash;
        if self.table.is_empty() {
            return None;
        }
        let mut seq = ProbeSeq::new(hash, self.table.len() - 1);
        loop {
            match self.table[seq.i] {
                EMPTY => return None,
                ix if ix as usize == at => return Some(seq.i),
                _ => seq.advance(),
            }
        }
    }

    pub fn entry_at(&self, i: usize) -> Option<(&Value, &Value)> {
        self.entries
            .get(i)
            .filter(|e| !e.key.is_null())
            .map(|e| (&e.key, &e.value))
    }

    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entry_at(i).map(|(_, v)| v)
    }

    pub fn set_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        self.entries
            .get_mut(i)
            .map(|e| std::mem::replace(&mut e.value, value))
    }

    /// The stored hash of entry `i`.
    pub fn hash_at(&self, i: usize) -> Option<i64> {
        self.entries.get(i).map(|e| e.hash)
    }

    /// Deletes entry `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        let e = self.entries.get_mut(i)?;
        if e.key.is_null() {
            return None;
        }
        let key = std::mem::take(&mut e.key);
        let value = std::mem::replace(&mut e.value, Value::Null);
        self.deleted += 1;
        self.version = next_version();
        if self.deleted > 8 && self.deleted * 2 > self.entries.len() {
            self.entries.retain(|e| !e.key.is_null());
            self.deleted = 0;
            self.rebuild(self.grown_size());
        }
        Some((key, value))
    }

    /// Removes and returns the last live entry (`dict.popitem()`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some(last) = self.entries.len().checked_sub(1) {
            if let Some(slot) = self.slot_of(last) {
                self.table[slot] = DUMMY;
            }
            let e = self.entries.pop()?;
            if e.key.is_null() {
                self.deleted -= 1;
                continue;
            }
            self.version = next_version();
            return Some((e.key, e.value));
        }
        None
    }

    pub fn clear(&mut self) {
        self.entries = Vec::new();
        self.table = Vec::new();
        self.filled = 0;
        self.deleted = 0;
        self.version = next_version();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (&e.key, &e.value))
    }

    /// Live entries with their hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value, &Value)> {
        self.entries
            .iter()
            .filter(|e| !e.key.is_null())
            .map(|e| (e.hash, &e.key, &e.value))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(_, v)| v)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(v: &Value) -> i64 {
        match v {
            Value::Int(i) => *i,
            _ => -1,
        }
    }

    fn index_of(d: &Dict, k: i64) -> Option<usize> {
        match d.probe(k, &Value::Int(k)) {
            Probe::Found(i) => Some(i),
            _ => None,
        }
    }

    /// Random insertions, replacements, deletions, pops and clears against a plain vector of
    /// (key, value) in insertion order; keys collide in the table (hash = key, few slots).
    #[test]
    fn matches_an_ordered_vector() {
        let mut d = Dict::new();
        let mut model: Vec<(i64, i64)> = Vec::new();
        let mut seed: u64 = 12345;
        for step in 0..200_000i64 {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            let r = seed >> 33;
            let k = (r % 700) as i64 - 50 + ((r >> 20) % 3) as i64 * 1024;
            match r % 13 {
                0..=6 => {
                    let old = d.set_native(k, Value::Int(k), Value::Int(step));
                    assert!(old.is_ok());
                    match model.iter_mut().find(|(mk, _)| *mk == k) {
                        Some(e) => e.1 = step,
                        None => model.push((k, step)),
                    }
                }
                7..=10 => {
                    let i = index_of(&d, k);
                    let removed = i.and_then(|i| d.remove_at(i));
                    let at = model.iter().position(|(mk, _)| *mk == k);
                    assert_eq!(removed.is_some(), at.is_some());
                    if let Some(at) = at {
                        model.remove(at);
                    }
                }
                11 => {
                    let popped = d.pop_last().map(|(k, v)| (key(&k), key(&v)));
                    assert_eq!(popped, model.pop());
                }
                _ if r % 1000 == 12 => {
                    d.clear();
                    model.clear();
                }
                _ => {
                    let got = d.get_native(k, &Value::Int(k)).map(|v| v.map(key));
                    let want = model.iter().find(|(mk, _)| *mk == k).map(|e| e.1);
                    assert_eq!(got, Some(want));
                }
            }
            assert_eq!(d.len(), model.len());
            if step % 5000 == 0 {
                let items: Vec<(i64, i64)> = d.iter().map(|(k, v)| (key(k), key(v))).collect();
                assert_eq!(items, model);
            }
        }
        let items: Vec<(i64, i64)> = d.iter().map(|(k, v)| (key(k), key(v))).collect();
        assert_eq!(items, model);
    }
}
