//! "Did you mean: 'name'?" for an uncaught AttributeError or NameError (CPython's
//! `Python/suggestions.c`): the closest name by a Levenshtein distance where a case change
//! costs less than any other edit, among `dir(obj)` or the frame's locals, globals and builtins.

use crate::object::Payload;
use crate::value::Value;
use crate::vm::Vm;

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if a & 31 != b & 31 {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

/// The edit distance of `a` and `b` (bytes), or `max_cost + 1` once it must exceed `max_cost`.
fn levenshtein_distance(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while let (Some(x), Some(y)) = (a.first(), b.first()) {
        if x != y {
            break;
        }
        a = &a[1..];
        b = &b[1..];
    }
    while let (Some(x), Some(y)) = (a.last(), b.last()) {
        if x != y {
            break;
        }
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut row: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (b_index, &code) in b.iter().enumerate() {
        let mut distance = b_index * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (index, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = row[index];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            row[index] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The candidate closest to `name`, if one is close enough (`calculate_suggestions`).
fn closest<'a>(candidates: &'a [String], name: &str) -> Option<&'a str> {
    if candidates.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<(&str, usize)> = None;
    for item in candidates {
        if item == name {
            continue;
        }
        let mut max_distance = (name.len() + item.len() + 3) * MOVE_COST / 6;
        if let Some((_, d)) = best {
            max_distance = max_distance.min(d.saturating_sub(1));
        }
        let d = levenshtein_distance(name.as_bytes(), item.as_bytes(), max_distance);
        if d > max_distance {
            continue;
        }
        if best.is_none_or(|(_, bd)| d < bd) {
            best = Some((item, d));
        }
    }
    best.map(|(s, _)| s)
}

impl Vm {
    /// The name to suggest for an AttributeError or NameError exception, if any.
    pub fn suggestion_for(&mut self, exc: &Value) -> Option<String> {
        let o = exc.as_obj()?;
        let name = self.get_attr_raw(o, "name")?;
        let name = name.as_str()?.to_string();
        if self.value_is_instance(exc, &self.exc.attribute_error.clone()) {
            let obj = self.get_attr_raw(o, "obj")?;
            if obj.is_null() {
                return None;
            }
            let mut dir = self.dir_names(&obj);
            dir.sort();
            dir.dedup();
            return closest(&dir, &name).map(str::to_string);
        }
        if !self.value_is_instance(exc, &self.exc.name_error.clone()) {
            return None;
        }
        // The innermost frame of the traceback: its variables, globals, builtins.
        let mut tb = match &o.payload {
            Payload::Exception(e) => e.traceback.borrow().clone(),
            _ => return None,
        };
        loop {
            let next = match tb.payload() {
                Some(Payload::Traceback(t)) => t.next(),
                _ => return None,
            };
            if !matches!(next.payload(), Some(Payload::Traceback(_))) {
                break;
            }
            tb = next;
        }
        let Some(Payload::Traceback(t)) = tb.payload() else {
            return None;
        };
        let varnames: Vec<String> = t.code.obj.varnames.iter().map(|n| n.to_string()).collect();
        if let Some(s) = closest(&varnames, &name) {
            return Some(s.to_string());
        }
        let builtins = self.builtins.clone();
        for dict in [t.globals.clone(), builtins] {
            let keys: Vec<String> = match &dict.payload {
                Payload::Dict(d) => d
                    .borrow()
                    .keys()
                    .filter_map(|k| k.as_str().map(str::to_string))
                    .collect(),
                _ => continue,
            };
            if let Some(s) = closest(&keys, &name) {
                return Some(s.to_string());
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_follow_cpython() {
        let names = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        assert_eq!(closest(&names(&["name", "area"]), "nme"), Some("name"));
        assert_eq!(closest(&names(&["print"]), "pritn"), Some("print"));
        assert_eq!(closest(&names(&["Print"]), "print"), Some("Print"));
        assert_eq!(closest(&names(&["zzzz"]), "a"), None);
    }
}
