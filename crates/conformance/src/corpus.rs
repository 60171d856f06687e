//! The corpus: finding the cases under a root folder, selecting them by path or glob, and the
//! expected-failure list.
//!
//! A case is `NAME.py` with `NAME.expected` beside it (and optionally `NAME.stdin`). Its id is
//! its path relative to the corpus root with `/` separators (`syntax/await_in_def.py`), the
//! form used by `xfail.txt` and results files. Helper modules that a case imports are named
//! `_*.py` (or live in a `_*` folder) and are not cases. A `.py` without its `.expected` is
//! reported as skipped ("not blessed"), so a forgotten `--bless` shows.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// One case of the corpus.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Case {
    /// Relative to the corpus root, `/`-separated.
    pub id: String,
    /// The `.py` file.
    pub path: PathBuf,
}

impl Case {
    pub fn expected_path(&self) -> PathBuf {
        self.path.with_extension("expected")
    }

    pub fn stdin_path(&self) -> PathBuf {
        self.path.with_extension("stdin")
    }
}

/// Every `.py` file under `root`, sorted by id. Folders named `__pycache__` or starting with
/// `.` are skipped, and so are modules named `_*.py` or in a `_*` folder (helpers a case may
/// import).
pub fn discover(root: &Path) -> std::io::Result<Vec<Case>> {
    let mut cases = Vec::new();
    walk(root, root, &mut cases)?;
    cases.sort_by(|a, b| a.id.cmp(&b.id));
    Ok(cases)
}

fn walk(root: &Path, dir: &Path, cases: &mut Vec<Case>) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        if name.starts_with('.') || name.starts_with('_') {
            continue;
        }
        if path.is_dir() {
            walk(root, &path, cases)?;
        } else if name.ends_with(".py") {
            let rel = path.strip_prefix(root).unwrap_or(&path);
            let id = rel
                .components()
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .collect::<Vec<_>>()
                .join("/");
            cases.push(Case { id, path });
        }
    }
    Ok(())
}

/// Keeps the cases selected by `filters`: each is a folder or file path (everything under it;
/// from the working directory or from the corpus root) or a glob (`*`, `**`, `?`) matched against the case's path as written from the working
/// directory or against its id. No filter keeps everything. Returns the filters that selected
/// nothing, so that a typo is reported instead of silently running zero cases.
pub fn select(cases: Vec<Case>, root: &Path, filters: &[String]) -> (Vec<Case>, Vec<String>) {
    if filters.is_empty() {
        return (cases, Vec::new());
    }
    let root_canon = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let mut used = vec![false; filters.len()];
    let kept = cases
        .into_iter()
        .filter(|case| {
            let mut keep = false;
            for (filter, used) in filters.iter().zip(used.iter_mut()) {
                if matches_filter(case, root, &root_canon, filter) {
                    *used = true;
                    keep = true;
                }
            }
            keep
        })
        .collect();
    let unused = filters
        .iter()
        .zip(used)
        .filter(|(_, used)| !used)
        .map(|(f, _)| f.clone())
        .collect();
    (kept, unused)
}

fn matches_filter(case: &Case, root: &Path, root_canon: &Path, filter: &str) -> bool {
    if filter.contains(['*', '?']) {
        let as_written = root.join(&case.id).to_string_lossy().replace('\\', "/");
        let pattern = filter.trim_start_matches("./");
        return glob_match(pattern, as_written.trim_start_matches("./"))
            || glob_match(pattern, &case.id);
    }
    // A path as written from the working directory, else relative to the corpus root.
    let Ok(target) = Path::new(filter)
        .canonicalize()
        .or_else(|_| root.join(filter).canonicalize())
    else {
        return false;
    };
    let case_path = root_canon.join(&case.id);
    case_path.starts_with(&target)
}

/// Glob matching on `/`-separated paths: `*` and `?` stay within one path component, `**`
/// spans any number of them (`a/**/b` also matches `a/b`). Dynamic programming over
/// (pattern position, text position), so no pattern can take exponential time.
pub fn glob_match(pattern: &str, text: &str) -> bool {
    let p: Vec<char> = pattern.chars().collect();
    let t: Vec<char> = text.chars().collect();
    // reach[j]: the first i pattern characters can match the first j text characters.
    let mut reach = vec![false; t.len() + 1];
    reach[0] = true;
    let mut i = 0;
    while i < p.len() {
        let mut next = vec![false; t.len() + 1];
        let c = p[i];
        if c == '*' && p.get(i + 1) == Some(&'*') {
            // `**/` also matches nothing at all (`a/**/b` matches `a/b`).
            let slash_follows = p.get(i + 2) == Some(&'/');
            let mut any = false;
            for j in 0..=t.len() {
                any |= reach[j];
                next[j] = any;
            }
            if slash_follows {
                // Either `**/` matches a prefix ending in `/`, or nothing.
                let mut after = vec![false; t.len() + 1];
                for j in 0..=t.len() {
                    after[j] = reach[j] || (j > 0 && next[j - 1] && t[j - 1] == '/');
                }
                next = after;
                i += 3;
            } else {
                i += 2;
            }
        } else if c == '*' {
            let mut carry = false;
            for j in 0..=t.len() {
                carry = reach[j] || (carry && j > 0 && t[j - 1] != '/');
                next[j] = carry;
            }
            i += 1;
        } else {
            for j in 1..=t.len() {
                next[j] = reach[j - 1] && (c == t[j - 1] || (c == '?' && t[j - 1] != '/'));
            }
            i += 1;
        }
        reach = next;
    }
    reach[t.len()]
}

/// `xfail.txt`: case id → reason. One `path/to/case.py  reason` per line; `#` starts a
/// comment line; blank lines are ignored.
pub fn parse_xfail(text: &str) -> Result<BTreeMap<String, String>, String> {
    let mut map = BTreeMap::new();
    for (n, line) in text.lines().enumerate() {
        let line = line.trim();
        if line.is_empty() || line.starts_with('#') {
            continue;
        }
        let (id, reason) = match line.split_once(char::is_whitespace) {
            Some((id, reason)) => (id, reason.trim()),
            None => (line, ""),
        };
        if reason.is_empty() {
            return Err(format!("xfail.txt line {}: {id} has no reason", n + 1));
        }
        if map.insert(id.to_string(), reason.to_string()).is_some() {
            return Err(format!("xfail.txt line {}: {id} is listed twice", n + 1));
        }
    }
    Ok(map)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn globs() {
        assert!(glob_match(
            "grammar-tests/**/await_*",
            "grammar-tests/syntax/await_x.py"
        ));
        assert!(glob_match(
            "grammar-tests/**/await_*",
            "grammar-tests/a/b/await_x.py"
        ));
        assert!(glob_match(
            "grammar-tests/**/await_*",
            "grammar-tests/await_x.py"
        ));
        assert!(!glob_match(
            "grammar-tests/*/await_*",
            "grammar-tests/a/b/await_x.py"
        ));
        assert!(glob_match("syntax/*.py", "syntax/x.py"));
        assert!(!glob_match("syntax/*.py", "syntax/sub/x.py"));
        assert!(glob_match("s?ntax/**", "syntax/sub/x.py"));
        assert!(!glob_match("s?ntax", "s/ntax"));
        assert!(glob_match("**", "anything/at/all"));
        assert!(!glob_match(
            "a*b*c*d*e*f*g",
            "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"
        ));
    }

    #[test]
    fn xfail_lines() {
        let map = parse_xfail("# comment\n\nsyntax/a.py  needs the VM\nlang/b.py\tslow  really\n");
        let map = map.unwrap_or_default();
        assert_eq!(
            map.get("syntax/a.py").map(String::as_str),
            Some("needs the VM")
        );
        assert_eq!(
            map.get("lang/b.py").map(String::as_str),
            Some("slow  really")
        );
        assert!(parse_xfail("a.py\n").is_err());
        assert!(parse_xfail("a.py x\na.py y\n").is_err());
    }
}
