//! Bad and huge input never crashes the front end: each case must come back as a module or a
//! `SyntaxError`, on the test harness's ordinary 2 MB thread. The big inputs are generated
//! here, never committed. Where CPython gives a `SyntaxError`, python3 is asked for it.

use std::process::Command;

use pyasync_syntax::{compile_check, decode_source, SyntaxError};

fn check(src: &str) -> Result<(), SyntaxError> {
    compile_check(src, "big.py").map(|_| ())
}

/// What `python3 -c "compile(...)"` reports for `src`: `ok` or `Class: msg line offset`.
fn cpython_compile(src: &str) -> String {
    let script = r#"
import sys
src = sys.stdin.buffer.read()
try:
    compile(src, 'big.py', 'exec')
    print('ok')
except SyntaxError as e:
    print(f'{type(e).__name__}: {e.msg} {e.lineno} {e.offset}')
except Exception as e:
    print(f'{type(e).__name__}')
"#;
    let mut child = Command::new("python3")
        .args(["-c", script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("python3 is the oracle");
    if let Some(mut stdin) = child.stdin.take() {
        use std::io::Write;
        stdin.write_all(src.as_bytes()).expect("write to python3");
    }
    let out = child.wait_with_output().expect("python3 ran");
    String::from_utf8_lossy(&out.stdout).trim().to_string()
}

fn ours(src: &str) -> String {
    match check(src) {
        Ok(()) => "ok".into(),
        Err(e) => format!("{}: {} {} {}", e.kind.name(), e.msg, e.lineno, e.offset),
    }
}

#[test]
fn fifty_thousand_lines() {
    let src = "x = 1\nif x:\n    y = [x, 2]\n".repeat(17_000);
    assert!(check(&src).is_ok());
}

#[test]
fn one_megabyte_line() {
    let list = format!("x = [{}]\n", "1, ".repeat(350_000));
    assert!(list.len() > 1_000_000);
    assert!(check(&list).is_ok());
    let string = format!("x = '{}'\n", "a".repeat(1_000_000));
    assert!(check(&string).is_ok());
}

#[test]
fn five_thousand_nested_parentheses() {
    let src = format!("x = {}1{}\n", "(".repeat(5000), ")".repeat(5000));
    assert_eq!(ours(&src), cpython_compile(&src));
}

#[test]
fn two_hundred_nested_parentheses_are_fine() {
    let src = format!("x = {}1{}\n", "(".repeat(200), ")".repeat(200));
    assert!(check(&src).is_ok());
}

#[test]
fn one_hundred_twenty_nested_blocks() {
    let mut src: String = (0..120)
        .map(|i| format!("{}if x:\n", " ".repeat(i)))
        .collect();
    src.push_str(&" ".repeat(120));
    src.push_str("pass\n");
    assert_eq!(ours(&src), cpython_compile(&src));
}

#[test]
fn deep_expressions_python_accepts() {
    // CPython 3.11 compiles these; so must we, without overflowing.
    for src in [
        format!("x = 1{}\n", "+1".repeat(2000)),
        format!("x = a{}\n", ".b".repeat(2000)),
        format!("x = {}1\n", "-".repeat(2000)),
        format!("x = f{}\n", "(1)".repeat(1500)),
    ] {
        assert_eq!(cpython_compile(&src), "ok");
        assert!(check(&src).is_ok(), "{}", &src[..20]);
    }
}

#[test]
fn deep_expressions_python_refuses() {
    // CPython raises RecursionError or MemoryError; we refuse them with a SyntaxError.
    for src in [
        format!("x = 1{}\n", "+1".repeat(100_000)),
        format!("x = a{}\n", ".b".repeat(100_000)),
        format!("x = {}1\n", "-".repeat(100_000)),
        format!("x = {}1\n", "not ".repeat(5000)),
        format!("x = {}1\n", "lambda:".repeat(5000)),
        format!("x = 1{}\n", "**1".repeat(5000)),
    ] {
        assert_ne!(cpython_compile(&src), "ok");
        let err = check(&src).expect_err("too deep");
        assert_eq!(
            err.msg,
            "maximum recursion depth exceeded during compilation"
        );
    }
}

#[test]
fn long_flat_chains_are_fine() {
    for src in [
        format!("x = 1{}\n", " and 1".repeat(50_000)),
        format!("x = 1{}\n", " < 1".repeat(50_000)),
        format!("x = {}\n", "'a' ".repeat(50_000)),
    ] {
        assert_eq!(cpython_compile(&src), "ok");
        assert!(check(&src).is_ok());
    }
}

/// The last line python3 prints when it runs `bytes` as a script.
fn cpython_script_error(bytes: &[u8]) -> (String, String) {
    let dir = std::env::temp_dir().join(format!("pyasync-input-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("case{}.py", bytes.len()));
    std::fs::write(&path, bytes).expect("write case");
    let out = Command::new("python3")
        .arg(&path)
        .output()
        .expect("python3 ran");
    let stderr = String::from_utf8_lossy(&out.stderr).into_owned();
    let last = stderr.lines().last().unwrap_or("").to_string();
    (last, path.to_string_lossy().into_owned())
}

fn decode_summary(bytes: &[u8], path: &str) -> String {
    match decode_source(bytes, path) {
        Ok(text) => match compile_check(&text, path) {
            Ok(_) => "ok".into(),
            Err(e) => e.summary(),
        },
        Err(e) => e.summary(),
    }
}

#[test]
fn decoding_errors_match_python_scripts() {
    let cases: [&[u8]; 8] = [
        b"x = 1\n\xff = 2\n",
        b"x = 1\n# caf\xc3\n",
        b"x = 1\ny = 2\nz = \x00\n",
        b"# coding: xyz\nx = 1\n",
        b"\xef\xbb\xbf# coding: latin-1\nx = 1\n",
        b"# coding: ascii\nx = '\xc3\xa9'\n",
        b"\n# -*- coding: latin-1 -*-\nx = '\xe9'\n",
        b"\xef\xbb\xbfx = 1\r\ny = 2\r\n",
    ];
    for bytes in cases {
        let (want, path) = cpython_script_error(bytes);
        let want = if want.is_empty() {
            "ok".to_string()
        } else {
            want
        };
        assert_eq!(
            decode_summary(bytes, &path),
            want,
            "{:?}",
            String::from_utf8_lossy(bytes)
        );
    }
}

#[test]
fn random_garbage_is_an_error_not_a_crash() {
    // A cheap deterministic generator: bytes drawn from Python's punctuation and keywords.
    let pieces = [
        "(", ")", "[", "]", "{", "}", ":", "\n", "    ", "\t", "if ", "def ", "lambda ", "'", "\"",
        "f'{", "}", "=", "+", "*", "**", "x", "1", "0x", "\\", "#", ",", ".", "async ", "await ",
        "é", "€", "\u{200b}", "\r", "yield ", "match ", "case ",
    ];
    let mut state = 0x2545_f491u32;
    for _ in 0..2000 {
        let mut src = String::new();
        for _ in 0..40 {
            state ^= state << 13;
            state ^= state >> 17;
            state ^= state << 5;
            src.push_str(pieces[state as usize % pieces.len()]);
        }
        let _ = check(&src);
    }
}
