//! `Value`: what a Python variable holds.
//!
//! Size budget: 16 bytes (a tag and one word). `None`, `True`/`False`, integers that fit in an
//! `i64` and floats live inline and cost no allocation; everything else is a reference-counted
//! [`PyObject`]. Code outside this module should prefer the helper methods to matching on the
//! variants, so the representation can change.

use std::rc::Rc;

use crate::object::{ObjRef, Payload, PyObject};

// A word-sized tag: every payload then sits in the second word, and moving a Value is
// moving two words (with a byte tag, the bool payload at byte 1 made LLVM move values as a
// byte plus overlapping pieces, which stalls later 16-byte loads of them).
#[derive(Default)]
#[repr(u64)]
pub enum Value {
    /// An empty slot: an unbound local, an empty cell, the "no self" of `CallMethod`. Never a
    /// value Python code can see.
    #[default]
    Null = tag::NULL,
    None = tag::NONE,
    Bool(bool) = tag::BOOL,
    /// An `int` that fits in 64 bits; larger ones are heap objects (`Payload::Int`).
    Int(i64) = tag::INT,
    Float(f64) = tag::FLOAT,
    Obj(ObjRef) = tag::OBJ,
}

/// The first word of each variant (`repr(u64)`: the tag, then the payload in the second
/// word), for the eval loop's pushes written word by word (see [`write_words`]).
pub(crate) mod tag {
    pub const NULL: u64 = 0;
    pub const NONE: u64 = 1;
    pub const BOOL: u64 = 2;
    pub const INT: u64 = 3;
    pub const FLOAT: u64 = 4;
    pub const OBJ: u64 = 5;
}

const _: () = assert!(std::mem::size_of::<Value>() == 16);

impl Clone for Value {
    /// A copy of the 16 bytes (plus a reference for an object). The derived `clone` rebuilds
    /// the variant field by field, and the eval loop then reads the pieces back as one
    /// 16-byte value: a stalled store-to-load forward on every `LoadFast`/`LoadConst`.
    #[inline(always)]
    fn clone(&self) -> Value {
        if let Value::Obj(o) = self {
            // The copy below owns this new reference.
            std::mem::forget(Rc::clone(o));
        }
        let mut copy = std::mem::MaybeUninit::<Value>::uninit();
        // SAFETY: a bitwise copy of a Value is a valid Value; the only variant that owns
        // anything, `Obj`, had its strong count raised for the copy just above, so both the
        // original and the copy own one reference.
        unsafe {
            copy_value(self, copy.as_mut_ptr());
            copy.assume_init()
        }
    }
}

/// Copies a value as its two words, one at a time. Values are built word by word (the tag,
/// then the payload); reading one back with a single 16-byte load, which is how a plain copy
/// of 16 bytes is compiled, cannot be served from those two pending stores and stalls the
/// CPU (failed store-to-load forwarding). Copying word by word works whichever way the value
/// was written, so the eval loop's pushes, pops and local loads and stores all use this.
///
/// # Safety
/// `src` must point to a valid Value and `dst` to writable, aligned space for one; the caller
/// then decides which of the two owns it (forgetting or overwriting the other).
#[inline(always)]
pub(crate) unsafe fn copy_value(src: *const Value, dst: *mut Value) {
    use std::mem::MaybeUninit;
    let src = src as *const MaybeUninit<u64>;
    let dst = dst as *mut MaybeUninit<u64>;
    // SAFETY: a Value is two aligned words (size asserted above, `repr(u64)` tag); volatile
    // reads keep the compiler from merging the two copies back into one 16-byte move.
    unsafe {
        let tag = std::ptr::read_volatile(src);
        let payload = std::ptr::read_volatile(src.add(1));
        dst.write(tag);
        dst.add(1).write(payload);
    }
}

/// Writes a value that owns nothing (`None`, a bool, an int or a float) as its tag word and
/// its payload word: two 8-byte stores, which a later word-by-word or 16-byte read of the slot
/// can be served from (building `Value::Bool(b)` stores the payload as one byte, and reading
/// that back as a word stalls; see [`copy_value`]).
///
/// # Safety
/// `dst` must be writable, aligned space for one Value, whose old contents (if any) own
/// nothing or were moved out; `tag` must be one of `tag::NONE`, `tag::BOOL` (payload 0 or 1),
/// `tag::INT` or `tag::FLOAT` with the payload's bits.
#[inline(always)]
pub(crate) unsafe fn write_words(dst: *mut Value, tag: u64, payload: u64) {
    let dst = dst as *mut u64;
    // SAFETY: see above; the layout is two aligned words (`repr(u64)`).
    unsafe {
        dst.write(tag);
        dst.add(1).write(payload);
    }
}

impl Value {
    pub fn obj(o: PyObject) -> Value {
        Value::Obj(Rc::new(o))
    }

    #[inline]
    pub fn is_none(&self) -> bool {
        matches!(self, Value::None)
    }

    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Value::Null)
    }

    #[inline]
    pub fn as_obj(&self) -> Option<&ObjRef> {
        match self {
            Value::Obj(o) => Some(o),
            _ => None,
        }
    }

    #[inline]
    pub fn payload(&self) -> Option<&Payload> {
        match self {
            Value::Obj(o) => Some(&o.payload),
            _ => None,
        }
    }

    /// Python's `is`.
    pub fn is(&self, other: &Value) -> bool {
        match (self, other) {
            (Value::Null, Value::Null) | (Value::None, Value::None) => true,
            (Value::Bool(a), Value::Bool(b)) => a == b,
            (Value::Int(a), Value::Int(b)) => a == b,
            (Value::Float(a), Value::Float(b)) => a.to_bits() == b.to_bits(),
            (Value::Obj(a), Value::Obj(b)) => Rc::ptr_eq(a, b),
            _ => false,
        }
    }

    /// The `str` contents if this is a str (or a str subclass instance).
    pub fn as_str(&self) -> Option<&str> {
        match self.payload() {
            Some(Payload::Str(s)) => Some(s.as_str()),
            _ => None,
        }
    }

    /// The value as an `i64` if it is an int (or bool) that fits.
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Value::Int(i) => Some(*i),
            Value::Bool(b) => Some(*b as i64),
            Value::Obj(o) => match &o.payload {
                Payload::Int(big) => num_traits::ToPrimitive::to_i64(big),
                _ => None,
            },
            _ => None,
        }
    }

    /// An address-like identity, for `id()` and default reprs.
    pub fn identity(&self) -> usize {
        match self {
            Value::Obj(o) => Rc::as_ptr(o) as usize,
            Value::Null => 0,
            Value::None => 0x1000,
            Value::Bool(false) => 0x1010,
            Value::Bool(true) => 0x1020,
            // Inline values have no address; give equal values equal ids.
            Value::Int(i) => 0x7f00_0000_0000usize.wrapping_add((*i as usize) << 4),
            Value::Float(f) => 0x7e00_0000_0000usize ^ (f.to_bits() as usize),
        }
    }
}

impl From<bool> for Value {
    fn from(b: bool) -> Value {
        Value::Bool(b)
    }
}

impl From<i64> for Value {
    fn from(i: i64) -> Value {
        Value::Int(i)
    }
}

impl From<f64> for Value {
    fn from(f: f64) -> Value {
        Value::Float(f)
    }
}

impl From<ObjRef> for Value {
    fn from(o: ObjRef) -> Value {
        Value::Obj(o)
    }
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Value::Null => write!(f, "<NULL>"),
            Value::None => write!(f, "None"),
            Value::Bool(b) => write!(f, "{}", if *b { "True" } else { "False" }),
            Value::Int(i) => write!(f, "{i}"),
            Value::Float(x) => write!(f, "{x:?}"),
            Value::Obj(o) => write!(
                f,
                "<{} object at {:p}>",
                o.payload.kind_name(),
                Rc::as_ptr(o)
            ),
        }
    }
}
