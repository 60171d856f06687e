//! The state of every native iterator: over lists, tuples, ranges, strings, dicts and sets,
//! and the lazy builtins (`enumerate`, `zip`, `map`, `filter`, `reversed`, `iter(f, sentinel)`,
//! and the `__getitem__` protocol). Each kind has its own Python type (`list_iterator`, ...).
//! Stepping them is in `ops/iter.rs`.

use num_bigint::BigInt;

use crate::object::ObjRef;
use crate::value::Value;

/// The state of a `longrange_iterator`: `remaining` more ints from `next`, by `step`.
pub struct BigRangeIter {
    pub next: BigInt,
    pub step: BigInt,
    pub remaining: BigInt,
}

pub enum IterState {
    /// Over a list (which may change while iterated, as in CPython).
    List {
        list: ObjRef,
        index: usize,
    },
    ListReverse {
        list: ObjRef,
        index: isize,
    },
    Tuple {
        tuple: ObjRef,
        index: usize,
    },
    Range {
        next: i64,
        step: i64,
        remaining: i64,
    },
    /// A range iterator past 64 bits (`longrange_iterator`).
    BigRange(Box<BigRangeIter>),
    Str {
        s: ObjRef,
        byte_pos: usize,
    },
    Bytes {
        b: ObjRef,
        index: usize,
    },
    /// Over a dict's keys, values or items: `len` (the size when iteration began) detects a
    /// change of size, `remaining` (entries still expected) a change of keys at the same size.
    Dict {
        dict: ObjRef,
        index: usize,
        len: usize,
        remaining: usize,
        kind: crate::object::DictViewKind,
        reverse: bool,
    },
    Set {
        set: ObjRef,
        index: usize,
        len: usize,
    },
    Enumerate {
        iter: Value,
        count: Value,
    },
    Zip {
        iters: Vec<Value>,
        strict: bool,
    },
    Map {
        func: Value,
        /// Boxed, not a `Vec`, to keep `IterState` within `Payload`'s size.
        iters: Box<[Value]>,
    },
    Filter {
        func: Value,
        iter: Value,
    },
    /// `reversed(seq)` through `__len__`/`__getitem__`.
    Reversed {
        seq: Value,
        index: isize,
    },
    /// `iter(callable, sentinel)`.
    Callable {
        func: Value,
        sentinel: Value,
    },
    /// `iter(obj)` where obj only has `__getitem__`.
    Sequence {
        seq: Value,
        index: usize,
    },
    /// A finished iterator (dropped its source).
    Exhausted,
}

impl IterState {
    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) {
        let mut v = |v: &Value| {
            if let Value::Obj(o) = v {
                f(o);
            }
        };
        match self {
            IterState::List { list, .. } | IterState::ListReverse { list, .. } => {
                v(&Value::Obj(list.clone()))
            }
            IterState::Tuple { tuple, .. } => v(&Value::Obj(tuple.clone())),
            IterState::Str { s, .. } => v(&Value::Obj(s.clone())),
            IterState::Bytes { b, .. } => v(&Value::Obj(b.clone())),
            IterState::Dict { dict, .. } => v(&Value::Obj(dict.clone())),
            IterState::Set { set, .. } => v(&Value::Obj(set.clone())),
            IterState::Enumerate { iter, count } => {
                v(iter);
                v(count);
            }
            IterState::Zip { iters, .. } => iters.iter().for_each(v),
            IterState::Map { func, iters } => {
                v(func);
                iters.iter().for_each(v);
            }
            IterState::Filter { func, iter } => {
                v(func);
                v(iter);
            }
            IterState::Reversed { seq, .. } | IterState::Sequence { seq, .. } => v(seq),
            IterState::Callable { func, sentinel } => {
                v(func);
                v(sentinel);
            }
            IterState::Range { .. } | IterState::BigRange(_) | IterState::Exhausted => {}
        }
    }

    pub fn clear(&mut self) {
        *self = IterState::Exhausted;
    }
}
