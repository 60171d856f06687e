//! The data of `str`: UTF-8 text that indexes by code point.
//!
//! The number of code points is counted once, when the string is made, so `len()` is O(1)
//! and an ASCII string (bytes == code points) indexes in O(1). The hash is computed on first
//! use and cached; interned names (attribute and variable names) therefore hash once for the
//! life of the program.
//!
//! CPython randomizes str hashes per process unless `PYTHONHASHSEED` is set; ours are always
//! the ones CPython gives under `PYTHONHASHSEED=0`, so runs are reproducible and a printed set
//! of strings has CPython's order when both run with that seed (as the corpus does).

use std::cell::Cell;

pub struct PyStr {
    /// A `String` rather than a `Box<str>` so that `s += t` on a string nobody else holds
    /// can grow it in place with amortized doubling (see `eval/concat.rs`).
    text: String,
    /// -1 until computed (a Python hash is never -1).
    hash: Cell<i64>,
    char_len: usize,
}

impl PyStr {
    /// A str of `text`, scanned once to count its code points.
    pub fn new(text: impl Into<String>) -> PyStr {
        let text: String = text.into();
        let char_len = if text.is_ascii() {
            text.len()
        } else {
            text.chars().count()
        };
        PyStr::with_char_len(text, char_len)
    }

    /// A str whose code point count the caller already knows (an ASCII result, or pieces
    /// whose counts add up), so the text is not scanned again. A `String` with much spare
    /// capacity (a builder that over-reserved) is shrunk, so a str costs about its length.
    #[inline]
    pub fn with_char_len(mut text: String, char_len: usize) -> PyStr {
        debug_assert_eq!(text.chars().count(), char_len);
        if text.capacity() > 2 * text.len() + 32 {
            text.shrink_to_fit();
        }
        PyStr {
            text,
            hash: Cell::new(-1),
            char_len,
        }
    }

    /// The substring at byte range `start..end` (on char boundaries) as a new str; an ASCII
    /// string's pieces are ASCII, so they are not scanned.
    #[inline]
    pub fn substr(&self, start: usize, end: usize) -> PyStr {
        let piece = &self.text[start..end];
        if self.is_ascii() {
            PyStr::with_char_len(piece.to_string(), piece.len())
        } else {
            PyStr::new(piece)
        }
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// Appends `other` (the in-place `s += t` of a string only its one owner can see).
    pub fn push_str(&mut self, other: &PyStr) {
        self.text.push_str(&other.text);
        self.char_len += other.char_len;
        self.hash.set(-1);
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

/// The hash of a str: CPython's SipHash-1-3 over the PEP 393 representation (one byte per
/// character for Latin-1 text, UCS-2 or UCS-4 little-endian otherwise) with the all-zero key
/// CPython uses under `PYTHONHASHSEED=0`, so sets of strings iterate in CPython's order.
/// Never -1; the empty string hashes to 0 (cf. pyhash.c `_Py_HashBytes`).
pub fn str_hash(s: &str) -> i64 {
    if s.is_empty() {
        return 0;
    }
    let h = if s.is_ascii() {
        siphash13(s.bytes())
    } else {
        let widest = s.chars().map(|c| c as u32).max().unwrap_or(0);
        if widest < 0x100 {
            siphash13(s.chars().map(|c| c as u32 as u8))
        } else if widest < 0x10000 {
            siphash13(s.chars().flat_map(|c| (c as u32 as u16).to_le_bytes()))
        } else {
            siphash13(s.chars().flat_map(|c| (c as u32).to_le_bytes()))
        }
    };
    if h == -1 {
        -2
    } else {
        h
    }
}

/// The hash of bytes (`_Py_HashBytes`): SipHash-1-3 with the zero key; 0 for empty bytes.
pub fn bytes_hash(b: &[u8]) -> i64 {
    if b.is_empty() {
        return 0;
    }
    match siphash13(b.iter().copied()) {
        -1 => -2,
        h => h,
    }
}

/// SipHash-1-3 with key (0, 0): one compression round per 8-byte word, three to finish.
fn siphash13(bytes: impl Iterator<Item = u8>) -> i64 {
    let mut v = [
        0x736f_6d65_7073_6575u64,
        0x646f_7261_6e64_6f6d,
        0x6c79_6765_6e65_7261,
        0x7465_6462_7974_6573,
    ];
    fn round(v: &mut [u64; 4]) {
        v[0] = v[0].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(13) ^ v[0];
        v[0] = v[0].rotate_left(32);
        v[2] = v[2].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(16) ^ v[2];
        v[0] = v[0].wrapping_add(v[3]);
        v[3] = v[3].rotate_left(21) ^ v[0];
        v[2] = v[2].wrapping_add(v[1]);
        v[1] = v[1].rotate_left(17) ^ v[2];
        v[2] = v[2].rotate_left(32);
    }
    let mut len: u64 = 0;
    let mut word: u64 = 0;
    for b in bytes {
        word |= (b as u64) << (8 * (len % 8));
        len += 1;
        if len.is_multiple_of(8) {
            v[3] ^= word;
            round(&mut v);
            v[0] ^= word;
            word = 0;
        }
    }
    let last = word | (len << 56);
    v[3] ^= last;
    round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    round(&mut v);
    round(&mut v);
    round(&mut v);
    (v[0] ^ v[1] ^ v[2] ^ v[3]) as i64
}
