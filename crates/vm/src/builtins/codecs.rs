//! Text encodings: `str.encode` and `bytes.decode` with their error handlers, for UTF-8, ASCII
//! and Latin-1 under the aliases CPython accepts.

use super::bytes::receiver;
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

pub(super) fn decode(vm: &mut Vm, mut args: Args) -> PyResult<Value> {
    let enc_kw = args.take_kw("encoding");
    let err_kw = args.take_kw("errors");
    vm.check_bound_args("bytes.decode", &args, 1, 3)?;
    let data = receiver(vm, &args, "decode")?;
    let encoding = enc_kw.or_else(|| args.values.get(1).cloned());
    let errors = err_kw.or_else(|| args.values.get(2).cloned());
    let text_arg = |vm: &Vm, v: Option<Value>, what: &str, default: &str| match v {
        None => Ok(default.to_string()),
        Some(e) => e.as_str().map(str::to_string).ok_or_else(|| {
            vm.type_error(format!(
                "decode() argument '{what}' must be str, not {}",
                vm.type_name(&e)
            ))
        }),
    };
    let encoding = text_arg(vm, encoding, "encoding", "utf-8")?;
    let errors = text_arg(vm, errors, "errors", "strict")?;
    decode_bytes(vm, &data, &encoding, &errors).map(|s| vm.new_str(s))
}

/// Decodes with one of the codecs pyasync has (utf-8, ascii, latin-1) and an error handler
/// (strict, ignore, replace, backslashreplace).
pub fn decode_bytes(vm: &mut Vm, data: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = super::codecs::normalize_encoding(encoding);
    let mut out = String::with_capacity(data.len());
    let bad = |vm: &Vm, codec: &str, i: usize, j: usize, why: &str| {
        let what = if j - i == 1 {
            format!("byte 0x{:02x} in position {i}", data[i])
        } else {
            format!("bytes in position {}-{}", i, j - 1)
        };
        vm.new_error(
            &vm.exc.unicode_decode_error.clone(),
            format!("'{codec}' codec can't decode {what}: {why}"),
        )
    };
    match codec.as_str() {
        "latin-1" => return Ok(data.iter().map(|&b| b as char).collect()),
        "ascii" => {
            for (i, &b) in data.iter().enumerate() {
                if b < 128 {
                    out.push(b as char);
                    continue;
                }
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => out.push_str(&format!("\\x{b:02x}")),
                    _ => return Err(bad(vm, "ascii", i, i + 1, "ordinal not in range(128)")),
                }
            }
            return Ok(out);
        }
        "utf-8" => {}
        _ => {
            return Err(vm.new_error(
                &vm.exc.lookup_error.clone(),
                format!("unknown encoding: {encoding}"),
            ))
        }
    }
    let mut rest = data;
    let mut pos = 0;
    loop {
        match std::str::from_utf8(rest) {
            Ok(s) => {
                out.push_str(s);
                return Ok(out);
            }
            Err(e) => {
                let good = e.valid_up_to();
                out.push_str(std::str::from_utf8(&rest[..good]).unwrap_or(""));
                let n = e.error_len().unwrap_or(rest.len() - good);
                let i = pos + good;
                match errors {
                    "ignore" => {}
                    "replace" => out.push('\u{FFFD}'),
                    "backslashreplace" => {
                        for b in &rest[good..good + n] {
                            out.push_str(&format!("\\x{b:02x}"));
                        }
                    }
                    _ => {
                        let first = rest[good];
                        let why = if e.error_len().is_none() {
                            "unexpected end of data"
                        } else if (0x80..0xC0).contains(&first)
                            || first >= 0xF5
                            || n == 1 && first < 0xC2
                        {
                            "invalid start byte"
                        } else {
                            "invalid continuation byte"
                        };
                        let j = if e.error_len().is_none() {
                            data.len()
                        } else {
                            i + n
                        };
                        let j = if why == "invalid start byte" {
                            i + 1
                        } else {
                            j
                        };
                        return Err(bad(vm, "utf-8", i, j, why));
                    }
                }
                rest = &rest[good + n..];
                pos = i + n;
            }
        }
    }
}
