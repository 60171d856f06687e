//! The storage behind `dict` (and every namespace: globals, class and instance `__dict__`).
//!
//! An `IndexMap` keeps insertion order. Keys are stored with their Python hash, and the map's
//! hasher just mixes that stored hash, so lookups never re-hash. Comparing keys may need
//! Python code (a user `__eq__`), which must not run while the dict is borrowed: [`Dict::probe`]
//! settles what it can natively (str, int, float, tuple of those, identity) and hands back
//! the candidates it could not decide; the VM compares those outside the borrow
//! (`vm.dict_*` in `ops/mapping.rs`).
//!
//! Deleting leaves a tombstone (CPython does the same) so that `del d[k]` is O(1) and the
//! order of the other entries is kept; tombstones are swept when they outnumber live entries.
//!
//! Every change to the set of keys (an insertion, a deletion, a sweep) gives the dict a new
//! version from one counter shared by all dicts, so a version names one dict's key layout: a
//! cache that remembers "key K is entry i of the dict whose version was V" stays right for as
//! long as the version is V (the `LoadGlobal` cache, `code.rs`). A copy keeps the version,
//! which is harmless: it has the same layout.

use std::cell::Cell;

use std::hash::{BuildHasherDefault, Hash, Hasher};

use indexmap::map::RawEntryApiV1;
use indexmap::IndexMap;

use crate::ops::eq::native_eq;
use crate::value::Value;

/// Passes the stored Python hash through to the table, mixed (hashbrown takes the bucket from
/// the low bits and a 7-bit tag from the top ones, and probes nearby groups, so it needs
/// well spread hashes). The mixing works on blocks of 64 consecutive hashes: the block number
/// is scrambled, the position inside the block kept, so consecutive ints (consecutive Python
/// hashes) share a few cache lines of the table, as in CPython's table, instead of each
/// missing the cache (a fully mixed hash made `d[i] = i` over 2,000,000 keys 3.5 times
/// slower than CPython), while blocks still spread over the whole table (no long runs of
/// full groups for a missing key to probe through).
#[derive(Default)]
pub struct StoredHash(u64);

const TAG_BITS: u64 = 0x7F << 57;

impl Hasher for StoredHash {
    fn finish(&self) -> u64 {
        const K: u64 = 0x9E37_79B9_7F4A_7C15;
        let h = self.0;
        let block = (h >> 6).wrapping_mul(K).rotate_left(26);
        let tag = h.wrapping_mul(K) & TAG_BITS;
        ((block << 6 | (h & 63)) & !TAG_BITS) | tag
    }

    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 << 8) | b as u64;
        }
    }
    fn write_u64(&mut self, n: u64) {
        self.0 = n;
    }
}

type Build = BuildHasherDefault<StoredHash>;

fn mix(hash: i64) -> u64 {
    let mut h = StoredHash::default();
    h.write_u64(hash as u64);
    h.finish()
}

/// A key with its Python hash. `Value::Null` marks a deleted entry.
#[derive(Clone)]
pub struct DictKey {
    pub hash: i64,
    pub key: Value,
}

impl Hash for DictKey {
    fn hash<H: Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash as u64);
    }
}

impl PartialEq for DictKey {
    /// Only identity: real key comparison goes through [`Dict::probe`].
    fn eq(&self, other: &DictKey) -> bool {
        self.hash == other.hash && self.key.is(&other.key)
    }
}

impl Eq for DictKey {}

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

#[derive(Clone, Default)]
pub struct Dict {
    map: IndexMap<DictKey, Value, Build>,
    deleted: usize,
    /// Changed on every insertion or deletion of a key (see the module docs).
    version: u64,
}

impl Dict {
    pub fn new() -> Dict {
        Dict::default()
    }

    pub fn with_capacity(n: usize) -> Dict {
        Dict {
            map: IndexMap::with_capacity_and_hasher(n, Build::default()),
            deleted: 0,
            version: 0,
        }
    }

    /// Number of live entries.
    pub fn len(&self) -> usize {
        self.map.len() - self.deleted
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Number of slots including deleted ones: the bound for positional iteration.
    pub fn slots(&self) -> usize {
        self.map.len()
    }

    pub fn version(&self) -> u64 {
        self.version
    }

    /// Looks `key` up natively (see the module docs).
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut undecided: Vec<Value> = Vec::new();
        let found = self.map.raw_entry_v1().from_hash_full(mix(hash), |k| {
            if k.hash != hash || k.key.is_null() {
                return false;
            }
            match native_eq(&k.key, key) {
                Some(eq) => eq,
                None => {
                    undecided.push(k.key.clone());
                    false
                }
            }
        });
        match found {
            Some((i, _, _)) => Probe::Found(i),
            None if undecided.is_empty() => Probe::Missing,
            None => Probe::Undecided(undecided),
        }
    }

    /// The value under `key` when native comparisons settle the lookup: `Some(found)`, or
    /// `None` when a stored key with the same hash needs Python's `==` (the caller then takes
    /// the general path; nothing has run). No allocation, one probe of the table.
    #[inline]
    pub fn get_native(&self, hash: i64, key: &Value) -> Option<Option<&Value>> {
        let mut undecided = false;
        let found = self.map.raw_entry_v1().from_hash(mix(hash), |k| {
            if k.hash != hash || k.key.is_null() {
                return false;
            }
            match native_eq(&k.key, key) {
                Some(eq) => eq,
                None => {
                    undecided = true;
                    false
                }
            }
        });
        match found {
            Some((_, v)) => Some(Some(v)),
            None if undecided => None,
            None => Some(None),
        }
    }

    /// The index of the entry whose key *is* `key` (identity), used after a Python `==`
    /// decided an undecided candidate.
    pub fn index_of_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        self.map
            .raw_entry_v1()
            .from_hash_full(mix(hash), |k| k.hash == hash && k.key.is(key))
            .map(|(i, _, _)| i)
    }

    /// The index of a str key's entry, for caches of where a name is (see the module docs).
    #[inline]
    pub fn index_of_str(&self, hash: i64, key: &str) -> Option<usize> {
        self.map
            .raw_entry_v1()
            .from_hash_full(mix(hash), |k| k.hash == hash && k.key.as_str() == Some(key))
            .map(|(i, _, _)| i)
    }

    /// Looks up an interned str (a name): a stored key that is the same object matches
    /// without comparing text.
    #[inline]
    pub fn get_name(&self, hash: i64, name: &crate::object::ObjRef) -> Option<&Value> {
        let text = name.str_text();
        self.map
            .raw_entry_v1()
            .from_hash(mix(hash), |k| {
                k.hash == hash
                    && match &k.key {
                        Value::Obj(o) => {
                            std::rc::Rc::ptr_eq(o, name) || o.str_text_opt() == Some(text)
                        }
                        _ => false,
                    }
            })
            .map(|(_, v)| v)
    }

    /// Stores under an interned str (see `get_name`); returns the value replaced, if any.
    pub fn set_name(
        &mut self,
        hash: i64,
        name: &crate::object::ObjRef,
        value: Value,
    ) -> Option<Value> {
        let text = name.str_text();
        let found = self.map.raw_entry_v1().from_hash_full(mix(hash), |k| {
            k.hash == hash
                && match &k.key {
                    Value::Obj(o) => std::rc::Rc::ptr_eq(o, name) || o.str_text_opt() == Some(text),
                    _ => false,
                }
        });
        match found {
            Some((i, _, _)) => self.set_value_at(i, value),
            None => {
                self.push(hash, Value::Obj(name.clone()), value);
                None
            }
        }
    }

    /// Looks up a str key natively (strings never need Python's `==`).
    pub fn get_str(&self, hash: i64, key: &str) -> Option<&Value> {
        self.map
            .raw_entry_v1()
            .from_hash(mix(hash), |k| k.hash == hash && k.key.as_str() == Some(key))
            .map(|(_, v)| v)
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
        use indexmap::map::raw_entry_v1::RawEntryMut;
        let mut undecided = false;
        let entry = self.map.raw_entry_mut_v1().from_hash(mix(hash), |k| {
            if k.hash != hash || k.key.is_null() {
                return false;
            }
            match native_eq(&k.key, &key) {
                Some(eq) => eq,
                None => {
                    undecided = true;
                    false
                }
            }
        });
        match entry {
            RawEntryMut::Occupied(mut e) => Ok(Some(std::mem::replace(e.get_mut(), value))),
            RawEntryMut::Vacant(_) if undecided => Err((key, value)),
            RawEntryMut::Vacant(v) => {
                v.insert_hashed_nocheck(mix(hash), DictKey { hash, key }, value);
                self.version = next_version();
                Ok(None)
            }
        }
    }

    /// Adds a key known to be absent.
    pub fn push(&mut self, hash: i64, key: Value, value: Value) {
        use indexmap::map::raw_entry_v1::RawEntryMut;
        match self.map.raw_entry_mut_v1().from_hash(mix(hash), |_| false) {
            RawEntryMut::Vacant(v) => {
                v.insert_hashed_nocheck(mix(hash), DictKey { hash, key }, value);
            }
            // `|_| false` matches nothing, so the entry is always vacant.
            RawEntryMut::Occupied(_) => {}
        }
        self.version = next_version();
    }

    pub fn entry_at(&self, i: usize) -> Option<(&Value, &Value)> {
        self.map
            .get_index(i)
            .filter(|(k, _)| !k.key.is_null())
            .map(|(k, v)| (&k.key, v))
    }

    pub fn value_at(&self, i: usize) -> Option<&Value> {
        self.entry_at(i).map(|(_, v)| v)
    }

    pub fn set_value_at(&mut self, i: usize, value: Value) -> Option<Value> {
        self.map
            .get_index_mut(i)
            .map(|(_, v)| std::mem::replace(v, value))
    }

    /// The stored hash of entry `i`.
    pub fn hash_at(&self, i: usize) -> Option<i64> {
        self.map.get_index(i).map(|(k, _)| k.hash)
    }

    /// Deletes entry `i`, returning its key and value.
    pub fn remove_at(&mut self, i: usize) -> Option<(Value, Value)> {
        use indexmap::map::MutableKeys;
        let (k, v) = self.map.get_index_mut2(i)?;
        if k.key.is_null() {
            return None;
        }
        let key = std::mem::take(&mut k.key);
        let value = std::mem::replace(v, Value::Null);
        self.deleted += 1;
        self.version = next_version();
        if self.deleted > 8 && self.deleted * 2 > self.map.len() {
            self.map.retain(|k, _| !k.key.is_null());
            self.deleted = 0;
        }
        Some((key, value))
    }

    /// Removes and returns the last live entry (`dict.popitem()`).
    pub fn pop_last(&mut self) -> Option<(Value, Value)> {
        while let Some((k, v)) = self.map.pop() {
            if k.key.is_null() {
                self.deleted -= 1;
                continue;
            }
            self.version = next_version();
            return Some((k.key, v));
        }
        None
    }

    pub fn clear(&mut self) {
        self.map.clear();
        self.deleted = 0;
        self.version = next_version();
    }

    /// Live entries in insertion order.
    pub fn iter(&self) -> impl Iterator<Item = (&Value, &Value)> {
        self.map
            .iter()
            .filter(|(k, _)| !k.key.is_null())
            .map(|(k, v)| (&k.key, v))
    }

    /// Live entries with their hashes.
    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value, &Value)> {
        self.map
            .iter()
            .filter(|(k, _)| !k.key.is_null())
            .map(|(k, v)| (k.hash, &k.key, v))
    }

    pub fn keys(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(k, _)| k)
    }

    pub fn values(&self) -> impl Iterator<Item = &Value> {
        self.iter().map(|(_, v)| v)
    }
}
