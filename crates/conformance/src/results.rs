//! Results files (`--results FILE`): one `OUTCOME  CASE-ID` line per case, sorted by id, and
//! the comparison of two runs (`--compare FILE`): which cases are newly fixed (passed now, not
//! before) and newly broken (passed before, not now).

use std::collections::BTreeMap;

/// Case id → outcome word (`passed`, `failed`, `panicked`, `timeout`, `xfailed`, `xpassed`,
/// `skipped`).
pub type Results = BTreeMap<String, String>;

pub fn write(results: &Results) -> String {
    results
        .iter()
        .map(|(id, word)| format!("{word:<9} {id}\n"))
        .collect()
}

pub fn parse(text: &str) -> Result<Results, String> {
    let mut results = Results::new();
    for (n, line) in text.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let (word, id) = line
            .trim()
            .split_once(char::is_whitespace)
            .ok_or_else(|| format!("results line {}: expected `OUTCOME CASE`", n + 1))?;
        results.insert(id.trim().to_string(), word.to_string());
    }
    Ok(results)
}

/// The difference between an earlier run and this one.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Changes {
    /// Passing now, not before (or new and passing).
    pub fixed: Vec<String>,
    /// Passed before, not now (or gone).
    pub broken: Vec<String>,
}

pub fn compare(before: &Results, now: &Results) -> Changes {
    let passed = |r: &Results, id: &str| r.get(id).is_some_and(|w| w == "passed");
    let mut changes = Changes::default();
    for id in now.keys() {
        if passed(now, id) && !passed(before, id) {
            changes.fixed.push(id.clone());
        }
    }
    for id in before.keys() {
        if passed(before, id) && !passed(now, id) {
            changes.broken.push(id.clone());
        }
    }
    changes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trip_and_compare() {
        let before: Results = [("a.py", "passed"), ("b.py", "failed"), ("c.py", "passed")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        assert_eq!(parse(&write(&before)), Ok(before.clone()));
        let now: Results = [("a.py", "passed"), ("b.py", "passed"), ("c.py", "panicked")]
            .into_iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect();
        let changes = compare(&before, &now);
        assert_eq!(changes.fixed, ["b.py"]);
        assert_eq!(changes.broken, ["c.py"]);
    }
}
