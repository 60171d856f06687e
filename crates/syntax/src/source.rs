//! Turning a file's bytes into source text the way CPython 3.11 does when it runs a file as a
//! script (`python3 file.py`): UTF-8 by default, a UTF-8 BOM, a `# -*- coding: ... -*-`
//! declaration on line 1 or 2, and CPython's errors for bytes it refuses.
//!
//! The model, after tokenizer.c: the file is read line by line; the first two lines may
//! declare the encoding (the second only if the first holds nothing but a comment or blanks);
//! every line is checked in order, so the first bad line decides the error. Line endings are
//! kept as they are: the tokenizer and the line index read `\r\n` and `\r` as newlines.
//! `compile()` on bytes words a few of these errors differently (see `docs/limitations.md`).

use crate::error::{SyntaxError, SyntaxErrorKind};
use crate::span::Span;

const BOM: &[u8] = b"\xef\xbb\xbf";

/// The encodings pyasync can decode.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Encoding {
    Utf8,
    Latin1,
    Ascii,
}

/// Decodes `bytes` as Python source.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, SyntaxError> {
    let has_bom = bytes.starts_with(BOM);
    let bytes = bytes.strip_prefix(BOM).unwrap_or(bytes);
    let declared = coding_spec(bytes);
    let encoding = match declared.as_deref() {
        None | Some("utf-8") => Encoding::Utf8,
        Some(name) if has_bom => {
            return Err(error(
                filename,
                format!("encoding problem: {name} with BOM"),
                None,
            ));
        }
        Some("iso-8859-1") => Encoding::Latin1,
        Some(name) if is_ascii_alias(name) => Encoding::Ascii,
        Some(name) => return Err(error(filename, format!("encoding problem: {name}"), None)),
    };
    // Each line in turn: its encoding first, then NUL bytes (cf. tok_underflow_file).
    let mut line_no = 0u32;
    for line in lines(bytes) {
        line_no += 1;
        match encoding {
            Encoding::Utf8 => {
                if let Err(e) = std::str::from_utf8(line) {
                    let bad = line.get(e.valid_up_to()).copied().unwrap_or(0);
                    let msg = if declared.is_some() || has_bom {
                        utf8_codec_message(line, e)
                    } else {
                        format!(
                            "Non-UTF-8 code starting with '\\x{bad:02x}' in file {filename} on line \
                             {line_no}, but no encoding declared; see \
                             https://peps.python.org/pep-0263/ for details"
                        )
                    };
                    let at = if declared.is_some() || has_bom {
                        Some(line_no)
                    } else {
                        None
                    };
                    return Err(error(filename, msg, at));
                }
            }
            Encoding::Ascii if !line.is_ascii() => {
                return Err(error(filename, "encoding problem: ascii".into(), None));
            }
            _ => {}
        }
        if line.contains(&0) {
            let mut err = error(
                filename,
                "source code cannot contain null bytes".into(),
                Some(line_no),
            );
            err.offset = 0;
            err.end_offset = 0;
            return Err(err);
        }
    }
    Ok(match encoding {
        Encoding::Latin1 => bytes.iter().map(|&b| b as char).collect(),
        // Checked above, line by line.
        Encoding::Utf8 | Encoding::Ascii => String::from_utf8_lossy(bytes).into_owned(),
    })
}

/// The encoding a file declares on its first two lines, normalized as CPython does
/// (`utf-8`, `iso-8859-1`, or the name as written).
pub fn coding_spec(bytes: &[u8]) -> Option<String> {
    let mut it = lines(bytes);
    let first = it.next()?;
    if let Some(spec) = line_coding_spec(first) {
        return Some(spec);
    }
    let first_is_blank_or_comment = first
        .iter()
        .find(|&&b| !matches!(b, b' ' | b'\t' | b'\x0c'))
        .is_none_or(|&b| matches!(b, b'#' | b'\n' | b'\r'));
    if !first_is_blank_or_comment {
        return None;
    }
    line_coding_spec(it.next()?)
}

/// cf. tokenizer.c `get_coding_spec`: a comment alone on its line containing `coding:` or
/// `coding=` followed by a name.
fn line_coding_spec(line: &[u8]) -> Option<String> {
    let hash = line
        .iter()
        .position(|&b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line.get(hash) != Some(&b'#') {
        return None;
    }
    let mut i = hash;
    while i + 6 < line.len() {
        let rest = line.get(i..).unwrap_or(&[]);
        if rest.starts_with(b"coding") && matches!(rest.get(6), Some(b':' | b'=')) {
            let mut j = 7;
            while matches!(rest.get(j), Some(b' ' | b'\t')) {
                j += 1;
            }
            let begin = j;
            while rest
                .get(j)
                .is_some_and(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
            {
                j += 1;
            }
            if j > begin {
                let name = String::from_utf8_lossy(rest.get(begin..j).unwrap_or(&[])).into_owned();
                return Some(normal_name(&name));
            }
        }
        i += 1;
    }
    None
}

/// cf. tokenizer.c `get_normal_name`.
fn normal_name(name: &str) -> String {
    let lower: String = name
        .chars()
        .take(12)
        .map(|c| {
            if c == '_' {
                '-'
            } else {
                c.to_ascii_lowercase()
            }
        })
        .collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        return "utf-8".into();
    }
    let latin = ["latin-1", "iso-8859-1", "iso-latin-1"];
    if latin
        .iter()
        .any(|l| lower == *l || lower.starts_with(&format!("{l}-")))
    {
        return "iso-8859-1".into();
    }
    name.to_string()
}

fn is_ascii_alias(name: &str) -> bool {
    let n = name.to_ascii_lowercase().replace('_', "-");
    matches!(n.as_str(), "ascii" | "us-ascii" | "646" | "us")
}

/// Lines with their endings (`\n`, `\r\n` or `\r`).
fn lines(bytes: &[u8]) -> impl Iterator<Item = &[u8]> {
    let mut rest = bytes;
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let mut end = rest
            .iter()
            .position(|&b| b == b'\n' || b == b'\r')
            .map_or(rest.len(), |i| i + 1);
        if rest.get(end - 1) == Some(&b'\r') && rest.get(end) == Some(&b'\n') {
            end += 1;
        }
        let (line, tail) = rest.split_at(end);
        rest = tail;
        Some(line)
    })
}

/// The message of Python's UTF-8 codec for the first bad byte of `line`.
fn utf8_codec_message(line: &[u8], e: std::str::Utf8Error) -> String {
    let at = e.valid_up_to();
    let byte = line.get(at).copied().unwrap_or(0);
    let reason = match e.error_len() {
        None => "unexpected end of data",
        Some(_) if (0x80..0xc2).contains(&byte) || byte > 0xf4 => "invalid start byte",
        Some(_) => "invalid continuation byte",
    };
    format!(
        "(unicode error) 'utf-8' codec can't decode byte 0x{byte:02x} in position {at}: {reason}"
    )
}

fn error(filename: &str, msg: String, line: Option<u32>) -> SyntaxError {
    let line = line.unwrap_or(0);
    SyntaxError {
        kind: SyntaxErrorKind::SyntaxError,
        msg,
        filename: filename.to_string(),
        lineno: line,
        offset: 0,
        end_lineno: line,
        end_offset: 0,
        text: None,
        span: Span::default(),
        help: None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn coding_declarations() {
        assert_eq!(
            coding_spec(b"# -*- coding: latin-1 -*-\n").as_deref(),
            Some("iso-8859-1")
        );
        assert_eq!(
            coding_spec(b"#!/bin/py\n# coding=UTF_8\n").as_deref(),
            Some("utf-8")
        );
        assert_eq!(coding_spec(b"x = 1\n# coding: xyz\n"), None);
        assert_eq!(coding_spec(b"x = 1  # coding: xyz\n"), None);
        assert_eq!(coding_spec(b"\n# coding: xyz\n").as_deref(), Some("xyz"));
    }

    #[test]
    fn decodes_latin1_and_bom() {
        let text = decode_source(b"# coding: latin-1\nx = '\xe9'\n", "f.py").ok();
        assert_eq!(text.as_deref(), Some("# coding: latin-1\nx = '\u{e9}'\n"));
        assert_eq!(
            decode_source(b"\xef\xbb\xbfx = 1\n", "f.py")
                .ok()
                .as_deref(),
            Some("x = 1\n")
        );
        assert_eq!(decode_source(b"", "f.py").ok().as_deref(), Some(""));
    }
}
