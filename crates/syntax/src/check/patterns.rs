//! `match` statements: the pattern rules CPython's compiler enforces (cf. `compiler_match` and
//! the `compiler_pattern_*` functions, PEP 634).
//!
//! - Only the last case may be irrefutable unless it has a guard: `name capture 'x' makes
//!   remaining patterns unreachable`, `wildcard makes remaining patterns unreachable`; inside an
//!   or-pattern only the last alternative may be irrefutable. Sub-patterns (inside a sequence,
//!   mapping or class pattern) may always be.
//! - One pattern may not bind a name twice: `multiple assignments to name 'x' in pattern`.
//! - The alternatives of an or-pattern bind the same names: `alternative patterns bind
//!   different names`.
//! - At most one starred name per sequence pattern; no duplicate literal keys in a mapping
//!   pattern (`mapping pattern checks duplicate key (...)`, with Python's equality, so `1` and
//!   `True` are the same key); keys and values are literals or dotted names; no keyword
//!   attribute twice in a class pattern.
//!
//! CPython compiles a pattern only until its first error; so do we, then move on to the case's
//! guard and body. Every pattern sets the current location and none restores it, which is why
//! some of these errors point at the last sub-pattern compiled rather than at the culprit.

use super::constants::{fold, str_repr};
use super::context::Checker;
use crate::ast::*;

/// The state of one case's pattern (cf. `pattern_context`).
struct PatternContext {
    /// Names bound so far, in binding order.
    stores: Vec<String>,
    /// Whether an irrefutable pattern is acceptable here.
    allow_irrefutable: bool,
}

/// CPython's limits for `UNPACK_EX` in a sequence pattern.
const MAX_BEFORE_STAR: usize = 1 << 8;
const MAX_AFTER_STAR: usize = (i32::MAX as usize) >> 8;

/// `_`: the wildcard.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

impl<'a> Checker<'a> {
    /// `match subject: cases` (cf. `compiler_match_inner`). A final `case _:` after other
    /// cases is not compiled as a pattern at all.
    pub(super) fn match_stmt(&mut self, subject: &'a Expr, cases: &'a [MatchCase]) {
        self.expr(subject);
        let n = cases.len();
        let has_default = n > 1 && cases.last().is_some_and(|c| is_wildcard(&c.pattern));
        let compiled = n - usize::from(has_default);
        for (i, case) in cases.iter().enumerate() {
            self.set_loc(case.pattern.span);
            if i < compiled {
                let mut pc = PatternContext {
                    stores: Vec::new(),
                    allow_irrefutable: case.guard.is_some() || i + 1 == n,
                };
                self.pattern(&case.pattern, &mut pc);
            }
            if let Some(guard) = &case.guard {
                self.jump_if(guard);
            }
            self.stmts(&case.body);
            self.unset_loc();
        }
    }

    /// One pattern; false when an error stopped it (cf. `compiler_pattern`).
    fn pattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> bool {
        if !self.descend() {
            return false;
        }
        self.set_loc(p.span);
        let ok = match &p.kind {
            PatternKind::MatchValue { value } => self.value_pattern(value),
            PatternKind::MatchSingleton { .. } => true,
            PatternKind::MatchSequence { patterns } => self.sequence_pattern(patterns, pc),
            PatternKind::MatchMapping {
                keys,
                patterns,
                rest,
            } => self.mapping_pattern(keys, patterns, rest.as_deref(), pc),
            PatternKind::MatchClass {
                cls,
                patterns,
                kwd_attrs,
                kwd_patterns,
            } => self.class_pattern(p, cls, patterns, kwd_attrs, kwd_patterns, pc),
            PatternKind::MatchStar { name } => self.capture(name.as_deref(), pc),
            PatternKind::MatchAs { pattern, name } => match pattern {
                None => {
                    if !pc.allow_irrefutable {
                        match name {
                            Some(n) => self.error(format!(
                                "name capture {} makes remaining patterns unreachable",
                                str_repr(n)
                            )),
                            None => self.error("wildcard makes remaining patterns unreachable"),
                        }
                        false
                    } else {
                        self.capture(name.as_deref(), pc)
                    }
                }
                Some(sub) => self.pattern(sub, pc) && self.capture(name.as_deref(), pc),
            },
            PatternKind::MatchOr { patterns } => self.or_pattern(patterns, pc),
        };
        self.ascend();
        ok
    }

    /// A pattern nested in a sequence, mapping or class pattern: irrefutable is fine there
    /// (cf. `compiler_pattern_subpattern`).
    fn subpattern(&mut self, p: &'a Pattern, pc: &mut PatternContext) -> bool {
        let saved = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        let ok = self.pattern(p, pc);
        pc.allow_irrefutable = saved;
        ok
    }

    /// Binding a capture name (cf. `pattern_helper_store_name`).
    fn capture(&mut self, name: Option<&str>, pc: &mut PatternContext) -> bool {
        let Some(name) = name else {
            return true;
        };
        if !self.store_name(name) {
            return false;
        }
        if pc.stores.iter().any(|s| s == name) {
            self.error(format!(
                "multiple assignments to name {} in pattern",
                str_repr(name)
            ));
            return false;
        }
        pc.stores.push(name.to_string());
        true
    }

    /// A value pattern: a literal (a signed or complex number included) or a dotted name.
    fn value_pattern(&mut self, value: &'a Expr) -> bool {
        let literal = fold(value).is_some();
        if !literal && !matches!(value.kind, ExprKind::Attribute { .. }) {
            self.error("patterns may only match literals and attribute lookups");
            return false;
        }
        self.expr(value);
        true
    }

    /// `[p1, *rest, p2]` (cf. `compiler_pattern_sequence`).
    fn sequence_pattern(&mut self, patterns: &'a [Pattern], pc: &mut PatternContext) -> bool {
        let mut star = None;
        let mut only_wildcard = true;
        let mut star_wildcard = false;
        for (i, p) in patterns.iter().enumerate() {
            if let PatternKind::MatchStar { name } = &p.kind {
                if star.is_some() {
                    self.error("multiple starred names in sequence pattern");
                    return false;
                }
                star_wildcard = name.is_none();
                only_wildcard &= star_wildcard;
                star = Some(i);
                continue;
            }
            only_wildcard &= is_wildcard(p);
        }
        if only_wildcard {
            return true;
        }
        if star_wildcard {
            // Matched by indexing: wildcards and the starred wildcard compile to nothing.
            for (i, p) in patterns.iter().enumerate() {
                if is_wildcard(p) || Some(i) == star {
                    continue;
                }
                if !self.subpattern(p, pc) {
                    return false;
                }
            }
            return true;
        }
        if let Some(i) = star {
            if i >= MAX_BEFORE_STAR || patterns.len() - i > MAX_AFTER_STAR {
                self.error("too many expressions in star-unpacking sequence pattern");
                return false;
            }
        }
        patterns.iter().all(|p| self.subpattern(p, pc))
    }

    /// `{key: p, **rest}` (cf. `compiler_pattern_mapping`).
    fn mapping_pattern(
        &mut self,
        keys: &'a [Expr],
        patterns: &'a [Pattern],
        rest: Option<&str>,
        pc: &mut PatternContext,
    ) -> bool {
        if keys.is_empty() && rest.is_none() {
            return true;
        }
        let mut seen = Vec::new();
        for key in keys {
            if let Some(v) = fold(key) {
                if seen.iter().any(|s: &super::constants::Value| s.py_eq(&v)) {
                    self.error(format!(
                        "mapping pattern checks duplicate key ({})",
                        v.repr()
                    ));
                    return false;
                }
                seen.push(v);
            } else if !matches!(key.kind, ExprKind::Attribute { .. }) {
                self.error("mapping pattern keys may only match literals and attribute lookups");
                return false;
            }
            self.expr(key);
        }
        if !patterns.iter().all(|p| self.subpattern(p, pc)) {
            return false;
        }
        self.capture(rest, pc)
    }

    /// `Cls(p1, attr=p2)` (cf. `compiler_pattern_class`, `validate_kwd_attrs`): keyword
    /// attribute errors are located at the keyword's pattern.
    fn class_pattern(
        &mut self,
        p: &'a Pattern,
        cls: &'a Expr,
        patterns: &'a [Pattern],
        kwd_attrs: &'a [String],
        kwd_patterns: &'a [Pattern],
        pc: &mut PatternContext,
    ) -> bool {
        if !kwd_attrs.is_empty() {
            for (i, (attr, attr_pattern)) in kwd_attrs.iter().zip(kwd_patterns).enumerate() {
                self.set_loc(attr_pattern.span);
                if !self.store_name(attr) {
                    return false;
                }
                let repeated = kwd_attrs
                    .iter()
                    .zip(kwd_patterns)
                    .skip(i + 1)
                    .find(|(other, _)| *other == attr);
                if let Some((_, other_pattern)) = repeated {
                    self.set_loc(other_pattern.span);
                    self.error(format!("attribute name repeated in class pattern: {attr}"));
                    return false;
                }
            }
            self.set_loc(p.span);
        }
        self.expr(cls);
        for sub in patterns.iter().chain(kwd_patterns) {
            if is_wildcard(sub) {
                continue;
            }
            if !self.subpattern(sub, pc) {
                return false;
            }
        }
        true
    }

    /// `p1 | p2 | p3` (cf. `compiler_pattern_or`): each alternative binds the same names;
    /// the names then join those already bound by the enclosing pattern.
    fn or_pattern(&mut self, alts: &'a [Pattern], pc: &mut PatternContext) -> bool {
        let outer_stores = std::mem::take(&mut pc.stores);
        let outer_allow = pc.allow_irrefutable;
        let mut control: Option<Vec<String>> = None;
        let mut ok = true;
        for (i, alt) in alts.iter().enumerate() {
            self.set_loc(alt.span);
            pc.stores = Vec::new();
            pc.allow_irrefutable = i + 1 == alts.len() && outer_allow;
            if !self.pattern(alt, pc) {
                ok = false;
                break;
            }
            match &control {
                None => control = Some(pc.stores.clone()),
                Some(names) => {
                    let same = names.len() == pc.stores.len()
                        && names.iter().all(|n| pc.stores.contains(n));
                    if !same {
                        self.error("alternative patterns bind different names");
                        ok = false;
                        break;
                    }
                }
            }
        }
        pc.stores = outer_stores;
        pc.allow_irrefutable = outer_allow;
        if !ok {
            return false;
        }
        for name in control.unwrap_or_default() {
            if pc.stores.contains(&name) {
                self.error(format!(
                    "multiple assignments to name {} in pattern",
                    str_repr(&name)
                ));
                return false;
            }
            pc.stores.push(name);
        }
        true
    }
}
