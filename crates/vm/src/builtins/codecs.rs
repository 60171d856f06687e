//! Text encodings: `str.encode` with its error handlers, and the codec names shared with
//! `bytes.decode` (UTF-8, ASCII and Latin-1, under the aliases CPython accepts).

use super::functions::Args;
use super::strings::{must_be_str_named, text};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

pub(super) fn encode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let encoding = args.take_kw("encoding");
    let errors = args.take_kw("errors");
    vm.check_bound_args("str.encode", &args, 1, 3)?;
    let s = text(vm, &args.values[0], "encode")?.to_string();
    let encoding = encoding.or_else(|| args.values.get(1).cloned());
    let errors = errors.or_else(|| args.values.get(2).cloned());
    let enc = match &encoding {
        None => "utf-8".to_string(),
        Some(e) => must_be_str_named(vm, e, "encode() argument 'encoding'")?,
    };
    let errors = match &errors {
        None => "strict".to_string(),
        Some(e) => must_be_str_named(vm, e, "encode() argument 'errors'")?,
    };
    let limit: u32 = match normalize_encoding(&enc).as_str() {
        "utf-8" => return Ok(vm.new_bytes(s.into_bytes())),
        "ascii" => 128,
        "latin-1" => 256,
        _ => {
            return Err(vm.new_error(
                &vm.exc.lookup_error.clone(),
                format!("unknown encoding: {enc}"),
            ))
        }
    };
    let codec = if limit == 128 { "ascii" } else { "latin-1" };
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(s.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        match errors.as_str() {
            "ignore" => {}
            "replace" => out.push(b'?'),
            "backslashreplace" => out.extend(char_escape(c).bytes()),
            "xmlcharrefreplace" => out.extend(format!("&#{};", c as u32).bytes()),
            "strict" => {
                // cf. the codecs' error reporting: a run of unencodable characters is one error.
                let end = chars[i..]
                    .iter()
                    .position(|&d| (d as u32) < limit)
                    .map_or(chars.len(), |n| i + n);
                let what = if end - i == 1 {
                    format!("character '{}' in position {}", char_escape(c), i)
                } else {
                    format!("characters in position {}-{}", i, end - 1)
                };
                return Err(vm.new_error(
                    &vm.exc.unicode_encode_error.clone(),
                    format!("'{codec}' codec can't encode {what}: ordinal not in range({limit})"),
                ));
            }
            other => {
                return Err(vm.new_error(
                    &vm.exc.lookup_error.clone(),
                    format!("unknown error handler name '{other}'"),
                ))
            }
        }
        i += 1;
    }
    Ok(vm.new_bytes(out))
}

/// The codec names CPython's `encodings` package accepts for the three codecs we have.
pub fn normalize_encoding(enc: &str) -> String {
    let e = enc.to_ascii_lowercase().replace('_', "-");
    match e.as_str() {
        "utf-8" | "utf8" | "u8" | "utf" | "cp65001" => "utf-8".into(),
        "ascii" | "us-ascii" | "646" => "ascii".into(),
        "latin-1" | "latin1" | "latin" | "iso-8859-1" | "iso8859-1" | "l1" | "8859" | "cp819" => {
            "latin-1".into()
        }
        _ => e,
    }
}

/// `\xe9`, `\u20ac`, `\U0001f600`: how codec errors and backslashreplace show a character.
fn char_escape(c: char) -> String {
    let cp = c as u32;
    if cp < 0x100 {
        format!("\\x{cp:02x}")
    } else if cp < 0x10000 {
        format!("\\u{cp:04x}")
    } else {
        format!("\\U{cp:08x}")
    }
}
