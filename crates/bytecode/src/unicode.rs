//! CPython's Unicode character classes (`str.isalpha`, `isdecimal`, `isprintable`, ...) and the
//! case mappings Rust's std does not provide (title case, case folding), looked up in tables
//! generated from CPython 3.11's own `unicodedata` (`unicode_tables.rs`), so the answers are the
//! Unicode 14 ones CPython gives rather than whatever version std ships.

use crate::unicode_tables as t;

fn in_table(table: &[(u32, u32)], c: char) -> bool {
    let cp = c as u32;
    table
        .binary_search_by(|&(lo, hi)| {
            if hi < cp {
                std::cmp::Ordering::Less
            } else if lo > cp {
                std::cmp::Ordering::Greater
            } else {
                std::cmp::Ordering::Equal
            }
        })
        .is_ok()
}

fn in_map(table: &'static [(u32, &'static str)], c: char) -> Option<&'static str> {
    let cp = c as u32;
    table
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| table[i].1)
}

/// `str.isalpha` for one character (categories L*).
pub fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    in_table(t::ALPHA, c)
}

/// `str.isdecimal` for one character (category Nd).
pub fn is_decimal(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::DECIMAL, c)
}

/// `str.isdigit` for one character (a digit value: Nd and superscripts, circled digits, ...).
pub fn is_digit(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::DIGIT, c)
}

/// `str.isnumeric` for one character (any numeric value).
pub fn is_numeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_digit();
    }
    in_table(t::NUMERIC, c)
}

/// `str.isalnum` for one character.
pub fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_numeric(c)
}

/// `str.isspace` for one character; also what `str.split()` and `str.strip()` split on.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        );
    }
    in_table(t::SPACE, c)
}

/// `str.isprintable` for one character: what `repr` shows unescaped.
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    in_table(t::PRINTABLE, c)
}

/// The decimal value of a character of category Nd (`int('١٢٣')`).
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    if !in_table(t::DECIMAL, c) {
        return None;
    }
    // Every Nd run in Unicode is a block of ten consecutive digits starting at a zero whose
    // code point is the start of its range or a multiple of ten after it.
    let cp = c as u32;
    let (lo, _) = t::DECIMAL
        .iter()
        .copied()
        .find(|&(lo, hi)| lo <= cp && cp <= hi)?;
    Some((cp - lo) % 10)
}

/// Pushes the title case of `c` (CPython's `str.title` for one character).
pub fn push_title(out: &mut String, c: char) {
    match in_map(t::TITLE, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_uppercase()),
    }
}

/// Pushes the case folding of `c` (`str.casefold`).
pub fn push_casefold(out: &mut String, c: char) {
    match in_map(t::CASEFOLD, c) {
        Some(s) => out.push_str(s),
        None => out.extend(c.to_lowercase()),
    }
}

/// Whether `c` is a titlecase letter (category Lt: `ǅ`).
pub fn is_titlecase(c: char) -> bool {
    !c.is_uppercase()
        && !c.is_lowercase()
        && in_map(t::TITLE, c).is_some_and(|s| {
            let mut it = s.chars();
            it.next() == Some(c) && it.next().is_none()
        })
}
