//! Compares the front end with CPython itself on every case in `grammar-tests/syntax/`: for each
//! file, `python3`'s `compile()` and `pyasync_syntax::compile_check` must agree on whether it
//! compiles and, if not, on the exception class, message, line, column, end line and end column.
//!
//! The expectations are never stored: python3 is asked at test time, so they cannot drift.

use std::path::{Path, PathBuf};
use std::process::Command;

/// What compiling one file gave: `None` when it compiled.
#[derive(Debug, PartialEq)]
struct Outcome {
    class: String,
    msg: String,
    lineno: i64,
    offset: i64,
    end_lineno: i64,
    end_offset: i64,
}

const ORACLE: &str = r#"
import sys
for path in sys.argv[1:]:
    src = open(path, 'rb').read()
    try:
        compile(src, path, 'exec')
        print('ok')
    except SyntaxError as e:
        fields = [type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset]
        print('\x1f'.join('' if f is None else str(f).replace('\n', '\\n') for f in fields))
    except Exception as e:
        print('other\x1f' + type(e).__name__ + ': ' + str(e).replace('\n', '\\n'))
"#;

fn corpus_files() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../grammar-tests/syntax");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn parse_line(line: &str) -> Option<Outcome> {
    if line == "ok" {
        return None;
    }
    let f: Vec<&str> = line.split('\x1f').collect();
    let num = |i: usize| f.get(i).and_then(|s| s.parse::<i64>().ok()).unwrap_or(0);
    Some(Outcome {
        class: f.first().unwrap_or(&"").to_string(),
        msg: f.get(1).unwrap_or(&"").replace("\\n", "\n"),
        lineno: num(2),
        offset: num(3),
        end_lineno: num(4),
        end_offset: num(5),
    })
}

fn pyasync_outcome(path: &Path) -> Option<Outcome> {
    let bytes = std::fs::read(path).unwrap_or_default();
    let name = path.to_string_lossy();
    let result = pyasync_syntax::decode_source(&bytes, &name)
        .and_then(|text| pyasync_syntax::compile_check(&text, &name).map(|_| ()));
    result.err().map(|e| Outcome {
        class: e.kind.name().to_string(),
        msg: e.msg,
        lineno: e.lineno as i64,
        offset: e.offset,
        end_lineno: e.end_lineno as i64,
        end_offset: e.end_offset,
    })
}

#[test]
fn syntax_corpus_matches_cpython_compile() {
    let files = corpus_files();
    if files.is_empty() {
        return;
    }
    let output = Command::new("python3")
        .arg("-c")
        .arg(ORACLE)
        .args(&files)
        .output()
        .expect("python3 must be installed: it is the oracle");
    assert!(output.status.success(), "the oracle script failed");
    let stdout = String::from_utf8_lossy(&output.stdout);
    let expected: Vec<&str> = stdout.lines().collect();
    assert_eq!(
        expected.len(),
        files.len(),
        "python3 answered for every file"
    );

    let mut mismatches = Vec::new();
    for (path, line) in files.iter().zip(expected) {
        let want = parse_line(line);
        let got = pyasync_outcome(path);
        if want != got {
            mismatches.push(format!(
                "{}\n  python3: {:?}\n  pyasync: {:?}",
                path.file_name()
                    .map(|n| n.to_string_lossy())
                    .unwrap_or_default(),
                want,
                got
            ));
        }
    }
    assert!(
        mismatches.is_empty(),
        "{} of {} files differ from CPython:\n{}",
        mismatches.len(),
        files.len(),
        mismatches.join("\n")
    );
}
