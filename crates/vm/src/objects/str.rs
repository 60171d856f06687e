//! The data of `str`: UTF-8 text that indexes by code point.
//!
//! The number of code points is counted once, when the string is made, so `len()` is O(1)
//! and an ASCII string (bytes == code points) indexes in O(1). The hash is computed on first
//! use and cached; interned names (attribute and variable names) therefore hash once for the
//! life of the program.
//!
//! CPython randomizes str hashes per process, so no program can depend on their values; ours
//! are deterministic, which makes runs reproducible.

use std::cell::Cell;

pub struct PyStr {
    text: Box<str>,
    /// -1 until computed (a Python hash is never -1).
    hash: Cell<i64>,
    char_len: usize,
}

impl PyStr {
    pub fn new(text: impl Into<Box<str>>) -> PyStr {
        let text: Box<str> = text.into();
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr {
            text,
            hash: Cell::new(-1),
            char_len,
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        self.char_len == self.text.len()
    }

    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = str_hash(&self.text);
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0 ≤ i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.text.as_bytes().get(i).map(|&b| b as char)
        } else {
            self.text.chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.text.len())
        } else {
            self.text
                .char_indices()
                .nth(i)
                .map_or(self.text.len(), |(b, _)| b)
        }
    }

    /// The substring of code points `start..end`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.text[b0..b1]
    }
}

/// The hash of a str: a word-at-a-time multiplicative hash, never -1.
pub fn str_hash(s: &str) -> i64 {
    const K: u64 = 0x517c_c1b7_2722_0a95;
    let bytes = s.as_bytes();
    let mut h: u64 = 0xcbf2_9ce4_8422_2325 ^ bytes.len() as u64;
    let mut chunks = bytes.chunks_exact(8);
    for c in &mut chunks {
        let mut w = [0u8; 8];
        w.copy_from_slice(c);
        h = (h.rotate_left(5) ^ u64::from_le_bytes(w)).wrapping_mul(K);
    }
    for &b in chunks.remainder() {
        h = (h.rotate_left(5) ^ b as u64).wrapping_mul(K);
    }
    // Final avalanche so short strings differ in the high bits too.
    h ^= h >> 33;
    h = h.wrapping_mul(0xff51_afd7_ed55_8ccd);
    h ^= h >> 33;
    let h = h as i64;
    if h == -1 {
        -2
    } else {
        h
    }
}
