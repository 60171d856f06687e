//! The storage behind `set` and `frozenset`.
//!
//! Unlike dicts, sets iterate in hash-table order, and programs print sets all the time:
//! `print({3, 1, 2})` shows `{1, 2, 3}` in CPython because small ints hash to themselves and
//! land in slots 1, 2, 3. To print what CPython prints, this table follows CPython 3.11's
//! `Objects/setobject.c` probing exactly: open addressing with 9 linear probes, then
//! perturbed jumps; growth when 3/5 full, to 4× the used count (2× past 50,000); deleted
//! slots become dummies. (Dicts probe as CPython's dicts do, without the linear probes, and keep
//! their insertion order in a separate entry vector.)
//!
//! As in `dict.rs`, comparisons that need Python code are left to the VM: [`Set::probe`]
//! returns the undecided candidates.

use crate::objects::dict::Probe;
use crate::ops::eq::native_eq;
use crate::value::Value;

const MIN_SIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;

#[derive(Clone, Default)]
enum Slot {
    #[default]
    Empty,
    Dummy,
    Active(i64, Value),
}

#[derive(Clone)]
pub struct Set {
    /// A boxed slice, not a `Vec`: its length is its capacity, and the 8 bytes saved keep a
    /// set within `Payload`'s size.
    table: Box<[Slot]>,
    /// Active plus dummy slots.
    fill: usize,
    /// Active slots.
    used: usize,
    /// Where `pop()` starts looking.
    finger: usize,
}

impl Default for Set {
    fn default() -> Set {
        Set::new()
    }
}

impl Set {
    pub fn new() -> Set {
        Set {
            table: vec![Slot::Empty; MIN_SIZE].into_boxed_slice(),
            fill: 0,
            used: 0,
            finger: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.used
    }

    pub fn is_empty(&self) -> bool {
        self.used == 0
    }

    fn mask(&self) -> usize {
        self.table.len() - 1
    }

    /// Slots to look at for `hash`, in CPython's probe order (an endless sequence).
    fn probe_sequence(hash: i64, mask: usize) -> impl Iterator<Item = usize> {
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        let mut pending: Vec<usize> = Vec::new();
        std::iter::from_fn(move || loop {
            if let Some(j) = pending.pop() {
                return Some(j);
            }
            let base = i;
            let probes = if base + LINEAR_PROBES <= mask {
                LINEAR_PROBES
            } else {
                0
            };
            // Visit base, base+1, .., base+probes (pending pops from the end).
            pending.extend((base..=base + probes).rev());
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        })
    }

    /// Looks `key` up natively (see the module docs).
    pub fn probe(&self, hash: i64, key: &Value) -> Probe {
        let mut undecided = Vec::new();
        for i in Self::probe_sequence(hash, self.mask()) {
            match &self.table[i] {
                Slot::Empty => break,
                Slot::Dummy => continue,
                Slot::Active(h, k) => {
                    if *h != hash {
                        continue;
                    }
                    match native_eq(k, key) {
                        Some(true) => return Probe::Found(i),
                        Some(false) => {}
                        None => undecided.push(k.clone()),
                    }
                }
            }
        }
        if undecided.is_empty() {
            Probe::Missing
        } else {
            Probe::Undecided(undecided)
        }
    }

    /// The slot holding exactly `key` (identity).
    pub fn index_of_identical(&self, hash: i64, key: &Value) -> Option<usize> {
        for i in Self::probe_sequence(hash, self.mask()) {
            match &self.table[i] {
                Slot::Empty => return None,
                Slot::Active(h, k) if *h == hash && k.is(key) => return Some(i),
                _ => {}
            }
        }
        None
    }

    /// Adds a key known to be absent (CPython's `set_add_entry` after its search failed: the
    /// first dummy met on the way is reused).
    pub fn insert_new(&mut self, hash: i64, key: Value) {
        let mut freeslot = None;
        let mut target = 0;
        for i in Self::probe_sequence(hash, self.mask()) {
            match &self.table[i] {
                Slot::Empty => {
                    target = i;
                    break;
                }
                Slot::Dummy => {
                    if freeslot.is_none() {
                        freeslot = Some(i);
                    }
                }
                Slot::Active(..) => {}
            }
        }
        if let Some(f) = freeslot {
            self.table[f] = Slot::Active(hash, key);
            self.used += 1;
            return;
        }
        self.table[target] = Slot::Active(hash, key);
        self.fill += 1;
        self.used += 1;
        if self.fill * 5 >= self.mask() * 3 {
            let minused = if self.used > 50_000 {
                self.used * 2
            } else {
                self.used * 4
            };
            self.resize(minused);
        }
    }

    /// Rebuilds the table with room for `minused` entries, dropping dummies.
    fn resize(&mut self, minused: usize) {
        let mut size = MIN_SIZE;
        while size <= minused {
            size <<= 1;
        }
        let old = std::mem::replace(&mut self.table, vec![Slot::Empty; size].into_boxed_slice());
        self.fill = self.used;
        for slot in old.into_vec() {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(h, k);
            }
        }
    }

    /// Places a key in the first empty slot of its probe sequence (no dummies exist).
    fn insert_clean(&mut self, hash: i64, key: Value) {
        let mask = self.mask();
        let mut perturb = hash as u64 as usize;
        let mut i = (hash as u64 as usize) & mask;
        loop {
            if matches!(self.table[i], Slot::Empty) {
                self.table[i] = Slot::Active(hash, key);
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for j in 1..=LINEAR_PROBES {
                    if matches!(self.table[i + j], Slot::Empty) {
                        self.table[i + j] = Slot::Active(hash, key);
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i.wrapping_mul(5).wrapping_add(1).wrapping_add(perturb)) & mask;
        }
    }

    /// Prepares for adding about `extra` keys at once (CPython resizes before bulk updates).
    pub fn reserve_for(&mut self, extra: usize) {
        if (self.fill + extra) * 5 >= self.mask() * 3 {
            self.resize((self.used + extra) * 2);
        }
    }

    /// Copies `other` into this set when it is empty (CPython's `set_merge` fast paths), so
    /// a copy iterates in the same order as the original.
    pub fn merge_into_empty(&mut self, other: &Set) -> bool {
        if self.fill != 0 {
            return false;
        }
        self.reserve_for(other.used);
        if self.table.len() == other.table.len() && other.fill == other.used {
            self.table = other.table.clone();
            self.fill = other.fill;
            self.used = other.used;
            return true;
        }
        for slot in &other.table {
            if let Slot::Active(h, k) = slot {
                self.insert_clean(*h, k.clone());
            }
        }
        self.fill = other.used;
        self.used = other.used;
        true
    }

    pub fn remove_at(&mut self, i: usize) -> Option<Value> {
        match std::mem::replace(&mut self.table[i], Slot::Dummy) {
            Slot::Active(_, k) => {
                self.used -= 1;
                Some(k)
            }
            other => {
                self.table[i] = other;
                None
            }
        }
    }

    /// Removes an arbitrary element (`set.pop()`), as CPython chooses it.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while !matches!(self.table[i], Slot::Active(..)) {
            i = if i >= mask { 0 } else { i + 1 };
        }
        self.finger = i + 1;
        self.remove_at(i)
    }

    pub fn clear(&mut self) {
        *self = Set::new();
    }

    pub fn key_at(&self, i: usize) -> Option<&Value> {
        match self.table.get(i) {
            Some(Slot::Active(_, k)) => Some(k),
            _ => None,
        }
    }

    /// Number of slots, the bound for positional iteration.
    pub fn slots(&self) -> usize {
        self.table.len()
    }

    pub fn iter(&self) -> impl Iterator<Item = &Value> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(_, k) => Some(k),
            _ => None,
        })
    }

    pub fn iter_hashed(&self) -> impl Iterator<Item = (i64, &Value)> {
        self.table.iter().filter_map(|s| match s {
            Slot::Active(h, k) => Some((*h, k)),
            _ => None,
        })
    }

    /// CPython's `frozenset.__hash__`: independent of order, from the entries' hashes.
    pub fn frozen_hash(&self) -> i64 {
        fn shuffle(h: u64) -> u64 {
            ((h ^ 89_869_747) ^ (h << 16)).wrapping_mul(3_644_798_167)
        }
        let mut hash: u64 = 0;
        for slot in &self.table {
            let h = match slot {
                Slot::Empty => 0,
                Slot::Dummy => -1i64 as u64,
                Slot::Active(h, _) => *h as u64,
            };
            hash ^= shuffle(h);
        }
        let empties = self.table.len() - self.fill;
        if empties & 1 == 1 {
            hash ^= shuffle(0);
        }
        if (self.fill - self.used) & 1 == 1 {
            hash ^= shuffle(-1i64 as u64);
        }
        hash ^= (self.used as u64 + 1).wrapping_mul(1_927_868_237);
        hash ^= (hash >> 11) ^ (hash >> 25);
        hash = hash.wrapping_mul(69_069).wrapping_add(907_133_923);
        if hash == u64::MAX {
            hash = 590_923_713;
        }
        hash as i64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn order(keys: &[i64]) -> Vec<i64> {
        let mut s = Set::new();
        for &k in keys {
            if !matches!(s.probe(k, &Value::Int(k)), Probe::Found(_)) {
                s.insert_new(k, Value::Int(k));
            }
        }
        s.iter().filter_map(|v| v.as_i64()).collect()
    }

    #[test]
    fn small_ints_iterate_like_cpython() {
        // s = set(); s.add(k) for each k; print(s) under python3
        assert_eq!(order(&[3, 1, 2]), vec![1, 2, 3]);
        assert_eq!(order(&[10, 1]), vec![1, 10]);
        assert_eq!(order(&[100, 5, 37, 8]), vec![8, 37, 100, 5]);
    }

    #[test]
    fn growth_keeps_everything() {
        let keys: Vec<i64> = (0..1000).map(|i| i * 7919 % 10007).collect();
        let got = order(&keys);
        assert_eq!(got.len(), 1000);
    }
}
