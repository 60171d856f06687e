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

use std::borrow::Cow;
use std::cell::Cell;
use std::rc::Rc;

use crate::object::{ObjRef, Payload, PyObject};

/// Texts up to this many bytes are stored inside the str object itself (`Repr::Inline`), so
/// a short str is one allocation instead of two. The figure is what fits in the 40 bytes a
/// long text takes (its `String` and code point count) beside the tag and the two counts: a
/// `PyStr` is then 48 bytes, no larger than the other payloads (see `object.rs`).
const INLINE: usize = 37;

/// The UTF-8 bytes of a str and their number of code points (opaque outside this module, so
/// only valid UTF-8 gets in and the count always matches).
struct Text(Repr);

enum Repr {
    /// `bytes[..len]`, always a copy of a whole `&str`, of `chars` code points.
    Inline {
        len: u8,
        chars: u8,
        bytes: [u8; INLINE],
    },
    /// A `String` rather than a `Box<str>` so that `s += t` on a string nobody else holds
    /// can grow it in place with amortized doubling (see `eval/concat.rs`).
    Heap { chars: usize, s: String },
}

impl Text {
    #[inline]
    /// A long text (more than `INLINE` bytes) kept in its own allocation.
    fn from_string(mut s: String, chars: usize) -> Text {
        if s.capacity() > 2 * s.len() + 32 {
            s.shrink_to_fit();
        }
        Text(Repr::Heap { chars, s })
    }

    #[inline]
    fn as_str(&self) -> &str {
        match &self.0 {
            Repr::Inline { len, bytes, .. } => {
                // SAFETY: `bytes[..len]` holds whole `&str`s (see `set_str`, `push_str` and
                // `TextSink::push`) and ASCII digits (`TextSink::push_int`): valid UTF-8.
                unsafe { std::str::from_utf8_unchecked(&bytes[..*len as usize]) }
            }
            Repr::Heap { s, .. } => s,
        }
    }

    #[inline]
    fn chars(&self) -> usize {
        match &self.0 {
            Repr::Inline { chars, .. } => *chars as usize,
            Repr::Heap { chars, .. } => *chars,
        }
    }
}

/// What a str can be made from without an extra copy: borrowed text is copied once (into the
/// object when short), owned text is kept when long.
pub trait IntoText {
    /// Makes `dst` (an empty str) hold this text.
    fn fill(self, dst: &mut PyStr);
}

impl IntoText for &str {
    #[inline]
    fn fill(self, dst: &mut PyStr) {
        dst.set_str(self, None);
    }
}

impl IntoText for &mut str {
    fn fill(self, dst: &mut PyStr) {
        dst.set_str(self, None);
    }
}

impl IntoText for &String {
    fn fill(self, dst: &mut PyStr) {
        dst.set_str(self, None);
    }
}

impl IntoText for String {
    #[inline]
    fn fill(self, dst: &mut PyStr) {
        dst.set_string(self, None);
    }
}

impl IntoText for Box<str> {
    fn fill(self, dst: &mut PyStr) {
        dst.set_string(self.into_string(), None);
    }
}

impl IntoText for Cow<'_, str> {
    fn fill(self, dst: &mut PyStr) {
        match self {
            Cow::Borrowed(s) => dst.set_str(s, None),
            Cow::Owned(s) => dst.set_string(s, None),
        }
    }
}

impl IntoText for char {
    fn fill(self, dst: &mut PyStr) {
        dst.set_str(self.encode_utf8(&mut [0u8; 4]), Some(1));
    }
}

/// A new str object of class `class` whose text `fill` writes into it where it lies, on the
/// heap: moving a filled str (its inline bytes written piecemeal) into its allocation
/// afterwards stalled on store-to-load forwarding in profiles.
#[inline]
pub fn str_object(class: &ObjRef, fill: impl FnOnce(&mut PyStr)) -> ObjRef {
    let mut o = Rc::new(PyObject::new(class.clone(), Payload::Str(PyStr::empty())));
    if let Some(PyObject {
        payload: Payload::Str(s),
        ..
    }) = Rc::get_mut(&mut o)
    {
        fill(s);
    }
    o
}

/// The number of code points of `t`.
#[inline]
fn count_chars(t: &str) -> usize {
    if t.is_ascii() {
        t.len()
    } else {
        t.chars().count()
    }
}

/// Where [`PyStr::set_written`] puts the pieces of a new text: the object's inline bytes,
/// or the `String` of a long text.
pub enum TextSink<'a> {
    Inline { buf: &'a mut [u8], at: usize },
    Heap(String),
}

impl TextSink<'_> {
    /// Appends `piece`; a piece that would pass the length announced is left out whole.
    #[inline]
    pub fn push(&mut self, piece: &str) {
        match self {
            TextSink::Inline { buf, at } => {
                if let Some(dst) = buf.get_mut(*at..*at + piece.len()) {
                    dst.copy_from_slice(piece.as_bytes());
                    *at += piece.len();
                }
            }
            TextSink::Heap(s) => s.push_str(piece),
        }
    }

    /// Appends the decimal text of `i`, written straight into the text (no `&str` to check).
    #[inline]
    pub fn push_int(&mut self, i: i64) {
        let mut digits = [0u8; 20];
        let start = crate::builtins::number_text::int_digits(i, &mut digits);
        let digits = &digits[start..];
        match self {
            TextSink::Inline { buf, at } => {
                // ASCII digits and a sign keep the inline bytes valid UTF-8.
                if let Some(dst) = buf.get_mut(*at..*at + digits.len()) {
                    dst.copy_from_slice(digits);
                    *at += digits.len();
                }
            }
            TextSink::Heap(s) => s.extend(digits.iter().map(|&b| b as char)),
        }
    }
}

pub struct PyStr {
    /// -1 until computed (a Python hash is never -1).
    hash: Cell<i64>,
    text: Text,
}

impl PyStr {
    /// The empty str, to be filled (`set_str`, `set_string`, `set_concat`).
    #[inline]
    pub fn empty() -> PyStr {
        PyStr {
            hash: Cell::new(-1),
            text: Text(Repr::Inline {
                len: 0,
                chars: 0,
                bytes: [0u8; INLINE],
            }),
        }
    }

    /// Makes this str hold a copy of `t`, with `char_len` code points (counted if `None`).
    #[inline]
    pub fn set_str(&mut self, t: &str, char_len: Option<usize>) {
        let n = char_len.unwrap_or_else(|| count_chars(t));
        if t.len() > INLINE {
            self.text = Text(Repr::Heap {
                chars: n,
                s: t.to_string(),
            });
        } else {
            if !matches!(self.text.0, Repr::Inline { .. }) {
                self.text = PyStr::empty().text;
            }
            if let Repr::Inline { len, chars, bytes } = &mut self.text.0 {
                bytes[..t.len()].copy_from_slice(t.as_bytes());
                *len = t.len() as u8;
                *chars = n as u8;
            }
        }
        self.hash.set(-1);
    }

    /// Makes this str hold `t` (kept when long, copied inline when short).
    #[inline]
    pub fn set_string(&mut self, t: String, char_len: Option<usize>) {
        if t.len() <= INLINE {
            return self.set_str(&t, char_len);
        }
        let n = char_len.unwrap_or_else(|| count_chars(&t));
        self.text = Text::from_string(t, n);
        self.hash.set(-1);
    }

    /// Makes this str hold the concatenation of `pieces`, whose lengths add up to `bytes`
    /// and whose code points add up to `chars`.
    pub fn set_concat<'a>(
        &mut self,
        pieces: impl Iterator<Item = &'a str>,
        bytes: usize,
        chars: usize,
    ) {
        self.set_written(bytes, chars, |out| pieces.for_each(|p| out.push(p)));
    }

    /// Makes this str hold the text `write` pushes into a [`TextSink`], which the caller
    /// says is `bytes` bytes of `chars` code points long. Should the pieces not add up to
    /// `bytes`, the text still holds only whole pieces and its code points are counted.
    #[inline]
    pub fn set_written(&mut self, bytes: usize, chars: usize, write: impl FnOnce(&mut TextSink)) {
        if bytes > INLINE {
            let mut sink = TextSink::Heap(String::with_capacity(bytes));
            write(&mut sink);
            let s = match sink {
                TextSink::Heap(s) => s,
                TextSink::Inline { .. } => String::new(),
            };
            let chars = if s.len() == bytes {
                chars
            } else {
                count_chars(&s)
            };
            self.text = Text(Repr::Heap { chars, s });
        } else {
            if !matches!(self.text.0, Repr::Inline { .. }) {
                self.text = PyStr::empty().text;
            }
            if let Repr::Inline {
                len,
                chars: n,
                bytes: buf,
            } = &mut self.text.0
            {
                let mut sink = TextSink::Inline {
                    buf: &mut buf[..bytes],
                    at: 0,
                };
                write(&mut sink);
                let at = match sink {
                    TextSink::Inline { at, .. } => at,
                    TextSink::Heap(_) => 0,
                };
                *len = at as u8;
                *n = if at == bytes {
                    chars as u8
                } else {
                    std::str::from_utf8(&buf[..at]).map_or(0, count_chars) as u8
                };
            }
        }
        self.hash.set(-1);
    }

    /// A str of `text`, scanned once to count its code points.
    pub fn new(text: impl IntoText) -> PyStr {
        let mut s = PyStr::empty();
        text.fill(&mut s);
        s
    }

    /// A str whose code point count the caller already knows (an ASCII result, or pieces
    /// whose counts add up), so the text is not scanned again.
    #[inline]
    pub fn with_char_len(text: String, char_len: usize) -> PyStr {
        debug_assert_eq!(text.chars().count(), char_len);
        let mut s = PyStr::empty();
        s.set_string(text, Some(char_len));
        s
    }

    /// Makes this str hold the piece `start..end` (byte offsets on char boundaries) of
    /// `src`; a piece of an ASCII str is ASCII, so it is not scanned.
    #[inline]
    pub fn set_substr(&mut self, src: &PyStr, start: usize, end: usize) {
        let piece = &src.as_str()[start..end];
        let ascii = src.is_ascii();
        self.set_str(piece, ascii.then_some(piece.len()));
    }

    #[inline]
    pub fn as_str(&self) -> &str {
        self.text.as_str()
    }

    /// Appends `other` (the in-place `s += t` of a string only its one owner can see).
    pub fn push_str(&mut self, other: &PyStr) {
        let add = other.as_str();
        let add_chars = other.char_len();
        match &mut self.text.0 {
            Repr::Inline { len, chars, bytes } if *len as usize + add.len() <= INLINE => {
                let at = *len as usize;
                bytes[at..at + add.len()].copy_from_slice(add.as_bytes());
                *len += add.len() as u8;
                *chars += add_chars as u8;
            }
            Repr::Inline { chars, .. } => {
                let total = *chars as usize + add_chars;
                let old = self.text.as_str();
                let mut s = String::with_capacity(2 * (old.len() + add.len()));
                s.push_str(old);
                s.push_str(add);
                self.text = Text(Repr::Heap { chars: total, s });
            }
            Repr::Heap { chars, s } => {
                s.push_str(add);
                *chars += add_chars;
            }
        }
        self.hash.set(-1);
    }

    /// Length in code points.
    #[inline]
    pub fn char_len(&self) -> usize {
        self.text.chars()
    }

    #[inline]
    pub fn is_ascii(&self) -> bool {
        match &self.text.0 {
            Repr::Inline { len, chars, .. } => len == chars,
            Repr::Heap { chars, s } => *chars == s.len(),
        }
    }

    #[inline]
    pub fn hash(&self) -> i64 {
        let h = self.hash.get();
        if h != -1 {
            return h;
        }
        let h = str_hash(self.as_str());
        self.hash.set(h);
        h
    }

    /// The code point at index `i` (0 ≤ i < char_len).
    pub fn char_at(&self, i: usize) -> Option<char> {
        if self.is_ascii() {
            self.as_str().as_bytes().get(i).map(|&b| b as char)
        } else {
            self.as_str().chars().nth(i)
        }
    }

    /// Byte offset of code point `i` (i may equal char_len).
    pub fn byte_offset(&self, i: usize) -> usize {
        if self.is_ascii() {
            i.min(self.as_str().len())
        } else {
            let text = self.as_str();
            text.char_indices().nth(i).map_or(text.len(), |(b, _)| b)
        }
    }

    /// The substring of code points `start..end`.
    pub fn slice_chars(&self, start: usize, end: usize) -> &str {
        if end <= start {
            return "";
        }
        let b0 = self.byte_offset(start);
        let b1 = self.byte_offset(end);
        &self.as_str()[b0..b1]
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
        siphash13_slice(s.as_bytes())
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
    match siphash13_slice(b) {
        -1 => -2,
        h => h,
    }
}

/// [`siphash13`] over a byte slice, a whole 8-byte word at a time (ASCII strs and bytes,
/// the common case: byte by byte showed in profiles of dicts with new str keys).
fn siphash13_slice(bytes: &[u8]) -> i64 {
    let mut v = SIP_INIT;
    let mut words = bytes.chunks_exact(8);
    for w in &mut words {
        let mut word = [0u8; 8];
        word.copy_from_slice(w);
        let word = u64::from_le_bytes(word);
        v[3] ^= word;
        sip_round(&mut v);
        v[0] ^= word;
    }
    let mut last = (bytes.len() as u64) << 56;
    for (i, &b) in words.remainder().iter().enumerate() {
        last |= (b as u64) << (8 * i);
    }
    sip_finish(v, last)
}

const SIP_INIT: [u64; 4] = [
    0x736f_6d65_7073_6575,
    0x646f_7261_6e64_6f6d,
    0x6c79_6765_6e65_7261,
    0x7465_6462_7974_6573,
];

fn sip_round(v: &mut [u64; 4]) {
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

/// The last block (the remaining bytes and the length in the top byte) and the finish.
fn sip_finish(mut v: [u64; 4], last: u64) -> i64 {
    v[3] ^= last;
    sip_round(&mut v);
    v[0] ^= last;
    v[2] ^= 0xff;
    sip_round(&mut v);
    sip_round(&mut v);
    sip_round(&mut v);
    (v[0] ^ v[1] ^ v[2] ^ v[3]) as i64
}

/// SipHash-1-3 with key (0, 0): one compression round per 8-byte word, three to finish.
fn siphash13(bytes: impl Iterator<Item = u8>) -> i64 {
    let mut v = SIP_INIT;
    let mut len: u64 = 0;
    let mut word: u64 = 0;
    for b in bytes {
        word |= (b as u64) << (8 * (len % 8));
        len += 1;
        if len.is_multiple_of(8) {
            v[3] ^= word;
            sip_round(&mut v);
            v[0] ^= word;
            word = 0;
        }
    }
    sip_finish(v, word | (len << 56))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_hash_matches_byte_hash() {
        for n in 0..40 {
            let text: String = (0..n)
                .map(|i| (b'a' + (i * 7 % 26) as u8) as char)
                .collect();
            assert_eq!(siphash13_slice(text.as_bytes()), siphash13(text.bytes()));
        }
        // CPython 3.11, PYTHONHASHSEED=0: hash("abc"), hash(b"hello world!").
        assert_eq!(str_hash("abc"), -4_594_863_902_769_663_758);
        assert_eq!(bytes_hash(b"hello world!"), 839_851_713_330_019_024);
    }
}
