//! `match` statements (PEP 634), compiled as CPython 3.11 compiles them (`compiler_match`
//! and the `compiler_pattern_*` functions of `Python/compile.c`).
//!
//! Every pattern consumes the value on top of the stack (its subject) and jumps to a failure
//! label when it does not match. Values a pattern captures are not stored at once: each is
//! rotated down beneath everything the enclosing patterns still use, and only when the whole
//! pattern has matched are they stored, so a failed match binds nothing. The stack during a
//! pattern is therefore, from the top: `on_top` working items (sub-subjects, a length, a key
//! tuple), then the captures so far (`stores[0]` nearest the top), then the rest.
//!
//! Failing must pop exactly what sits above the case's own starting depth. The context keeps a
//! ladder of failure labels, `fail_pop[n]` popping n items and falling into `fail_pop[n - 1]`
//! down to `fail_pop[0]`, which is where the next case starts. A failing test jumps to the rung
//! for `on_top + stores.len()`; the ladder is emitted after the case's body.
//!
//! The rules that make a pattern a SyntaxError (irrefutable cases before the last, names bound
//! twice, alternatives binding different names, ...) are reported by the static checker
//! (`pyasync_syntax::check::patterns`) before this runs.

use pyasync_bytecode::{BinaryOperator, ComparisonOperator, Constant, Instruction};
use pyasync_syntax::ast::*;

use crate::builder::Label;
use crate::compiler::{CResult, Compiler};
use crate::expr::{constant, constant_tuple};

/// The state of the pattern being compiled (cf. `pattern_context`).
struct PatternContext<'a> {
    /// The names captured so far, in capture order; their values sit beneath the working
    /// items, `stores[0]` nearest the top.
    stores: Vec<&'a str>,
    /// `fail_pop[n]`: where to jump to fail with n items to pop.
    fail_pop: Vec<Label>,
    /// How many working items sit above the captures.
    on_top: usize,
}

impl<'a> PatternContext<'a> {
    fn new() -> PatternContext<'a> {
        PatternContext {
            stores: Vec::new(),
            fail_pop: Vec::new(),
            on_top: 0,
        }
    }
}

/// `_`.
fn is_wildcard(p: &Pattern) -> bool {
    matches!(
        p.kind,
        PatternKind::MatchAs {
            pattern: None,
            name: None
        }
    )
}

/// `*_`.
fn is_star_wildcard(p: &Pattern) -> bool {
    matches!(p.kind, PatternKind::MatchStar { name: None })
}

/// `match subject: cases` (cf. `compiler_match_inner`).
pub(crate) fn compile_match<'a>(
    c: &mut Compiler<'a>,
    _s: &'a Stmt,
    subject: &'a Expr,
    cases: &'a [MatchCase],
) -> CResult<()> {
    c.expr(subject)?;
    let end = c.new_label();
    let n = cases.len();
    // A trailing `case _:` needs no pattern: whatever reaches it matches.
    let has_default = n > 1 && cases.last().is_some_and(|m| is_wildcard(&m.pattern));
    let compiled = n - usize::from(has_default);
    for (i, m) in cases[..compiled].iter().enumerate() {
        c.set_loc(m.pattern.span);
        // Every case but the last one compiled works on a copy of the subject.
        let last = i + 1 == compiled;
        if !last {
            c.emit(Instruction::Copy(1));
        }
        let mut pc = PatternContext::new();
        pattern(c, &m.pattern, &mut pc)?;
        // It matched: bind the captures (their values are on the stack, first on top).
        for name in &pc.stores {
            c.name_op(name, ExprContext::Store);
        }
        if let Some(guard) = &m.guard {
            let fail = fail_label(c, &mut pc, 0);
            c.jump_if(guard, false, fail)?;
        }
        if !last {
            c.emit(Instruction::PopTop);
        }
        c.stmts(&m.body)?;
        c.jump(Instruction::Jump, end);
        // The failure ladder belongs to the pattern's line, not to the body's last line.
        c.set_loc(m.pattern.span);
        emit_fail_pop(c, &mut pc);
    }
    if has_default {
        let m = &cases[n - 1];
        c.set_loc(m.pattern.span);
        c.emit(Instruction::Nop);
        if let Some(guard) = &m.guard {
            c.jump_if(guard, false, end)?;
        }
        c.stmts(&m.body)?;
    }
    c.bind(end);
    Ok(())
}

/// The label that fails with `pops` items to pop, creating the ladder's rungs up to it
/// (cf. `ensure_fail_pop`).
fn fail_label(c: &mut Compiler<'_>, pc: &mut PatternContext<'_>, pops: usize) -> Label {
    while pc.fail_pop.len() <= pops {
        let label = c.new_label();
        pc.fail_pop.push(label);
    }
    pc.fail_pop[pops]
}

/// Fails with `make` (a conditional or unconditional jump), popping the working items and the
/// captures (cf. `jump_to_fail_pop`).
fn jump_to_fail_pop(
    c: &mut Compiler<'_>,
    pc: &mut PatternContext<'_>,
    make: fn(u32) -> Instruction,
) {
    let pops = pc.on_top + pc.stores.len();
    let label = fail_label(c, pc, pops);
    c.jump(make, label);
}

/// Emits the failure ladder, ending where `fail_pop[0]` points, and empties it
/// (cf. `emit_and_reset_fail_pop`).
fn emit_fail_pop(c: &mut Compiler<'_>, pc: &mut PatternContext<'_>) {
    let ladder = std::mem::take(&mut pc.fail_pop);
    for (pops, label) in ladder.iter().enumerate().rev() {
        c.bind(*label);
        if pops > 0 {
            c.emit(Instruction::PopTop);
        }
    }
}

/// Moves the top of the stack down to depth `count` (1 = the top), shifting the items above
/// it up: CPython 3.10's `ROT_N`, done with swaps (cf. `pattern_helper_rotate`).
fn rotate(c: &mut Compiler<'_>, count: usize) {
    for n in (2..=count).rev() {
        c.emit(Instruction::Swap(n as u32));
    }
}

/// Captures the value on top of the stack as `name`, or drops it for `_` / `*_`
/// (cf. `pattern_helper_store_name`).
fn store_name<'a>(
    c: &mut Compiler<'a>,
    name: Option<&'a str>,
    pc: &mut PatternContext<'a>,
    span: pyasync_syntax::Span,
) -> CResult<()> {
    let Some(name) = name else {
        c.emit(Instruction::PopTop);
        return Ok(());
    };
    if pc.stores.contains(&name) {
        return Err(c.error(
            format!("multiple assignments to name '{name}' in pattern"),
            span,
        ));
    }
    rotate(c, pc.on_top + pc.stores.len() + 1);
    pc.stores.push(name);
    Ok(())
}

/// One pattern: consumes its subject, jumps to the failure ladder if it does not match
/// (cf. `compiler_pattern`).
fn pattern<'a>(c: &mut Compiler<'a>, p: &'a Pattern, pc: &mut PatternContext<'a>) -> CResult<()> {
    c.set_loc(p.span);
    match &p.kind {
        PatternKind::MatchValue { value } => {
            c.expr(value)?;
            c.emit(Instruction::CompareOp(ComparisonOperator::Equal));
            jump_to_fail_pop(c, pc, Instruction::PopJumpIfFalse);
        }
        PatternKind::MatchSingleton { value } => match value {
            pyasync_syntax::ast::Constant::None => {
                jump_to_fail_pop(c, pc, Instruction::PopJumpIfNotNone)
            }
            _ => {
                c.load_const(constant(value));
                c.emit(Instruction::IsOp(false));
                jump_to_fail_pop(c, pc, Instruction::PopJumpIfFalse);
            }
        },
        PatternKind::MatchSequence { patterns } => sequence(c, p, patterns, pc)?,
        PatternKind::MatchMapping {
            keys,
            patterns,
            rest,
        } => mapping(c, p, keys, patterns, rest.as_deref(), pc)?,
        PatternKind::MatchClass {
            cls,
            patterns,
            kwd_attrs,
            kwd_patterns,
        } => class(c, cls, patterns, kwd_attrs, kwd_patterns, pc)?,
        PatternKind::MatchStar { name } => store_name(c, name.as_deref(), pc, p.span)?,
        PatternKind::MatchAs {
            pattern: None,
            name,
        } => store_name(c, name.as_deref(), pc, p.span)?,
        PatternKind::MatchAs {
            pattern: Some(sub),
            name,
        } => {
            // Keep a copy to capture once the sub-pattern has matched.
            pc.on_top += 1;
            c.emit(Instruction::Copy(1));
            pattern(c, sub, pc)?;
            pc.on_top -= 1;
            store_name(c, name.as_deref(), pc, p.span)?;
        }
        PatternKind::MatchOr { patterns } => or(c, p, patterns, pc)?,
    }
    Ok(())
}

/// `[p1, p2, *rest, p3]` / `(p1, p2)` (cf. `compiler_pattern_sequence`).
fn sequence<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    patterns: &'a [Pattern],
    pc: &mut PatternContext<'a>,
) -> CResult<()> {
    let size = patterns.len();
    let mut star = None;
    for (i, sub) in patterns.iter().enumerate() {
        if matches!(sub.kind, PatternKind::MatchStar { .. }) {
            if star.is_some() {
                return Err(c.error("multiple starred names in sequence pattern", p.span));
            }
            star = Some(i);
        }
    }
    let star_wildcard = star.is_some_and(|i| is_star_wildcard(&patterns[i]));
    let only_wildcard = patterns
        .iter()
        .all(|sub| is_wildcard(sub) || is_star_wildcard(sub));
    // The subject stays on top during the type and length checks.
    pc.on_top += 1;
    c.emit(Instruction::MatchSequence);
    jump_to_fail_pop(c, pc, Instruction::PopJumpIfFalse);
    let length_check = match star {
        None => Some((size, ComparisonOperator::Equal)),
        Some(_) if size > 1 => Some((size - 1, ComparisonOperator::GreaterEqual)),
        Some(_) => None,
    };
    if let Some((len, op)) = length_check {
        c.emit(Instruction::GetLen);
        c.load_const(Constant::Int(len as i64));
        c.emit(Instruction::CompareOp(op));
        jump_to_fail_pop(c, pc, Instruction::PopJumpIfFalse);
    }
    pc.on_top -= 1;
    if only_wildcard {
        c.emit(Instruction::PopTop);
    } else if let (Some(star), true) = (star, star_wildcard) {
        sequence_subscr(c, patterns, star, pc)?;
    } else {
        sequence_unpack(c, p, patterns, star, pc)?;
    }
    Ok(())
}

/// Matches the items by unpacking the subject (cf. `pattern_helper_sequence_unpack`).
fn sequence_unpack<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    patterns: &'a [Pattern],
    star: Option<usize>,
    pc: &mut PatternContext<'a>,
) -> CResult<()> {
    let size = patterns.len();
    match star {
        Some(i) => {
            let after = size - i - 1;
            if i >= 1 << 8 || after >= (i32::MAX as usize) >> 8 {
                return Err(c.error(
                    "too many expressions in star-unpacking sequence pattern",
                    p.span,
                ));
            }
            c.emit(Instruction::UnpackEx {
                before: i as u16,
                after: after as u16,
            });
        }
        None => c.emit(Instruction::UnpackSequence(size as u32)),
    }
    // The items are new subjects on the stack, the first on top; each is consumed in turn.
    pc.on_top += size;
    for sub in patterns {
        pc.on_top -= 1;
        subpattern(c, sub, pc)?;
    }
    Ok(())
}

/// Matches the items by indexing, for patterns with a `*_` (`[first, *_, last]`): only the
/// items that matter are fetched, the last ones through non-negative indices computed from
/// the length (cf. `pattern_helper_sequence_subscr`).
fn sequence_subscr<'a>(
    c: &mut Compiler<'a>,
    patterns: &'a [Pattern],
    star: usize,
    pc: &mut PatternContext<'a>,
) -> CResult<()> {
    let size = patterns.len();
    pc.on_top += 1;
    for (i, sub) in patterns.iter().enumerate() {
        if i == star || is_wildcard(sub) {
            continue;
        }
        c.emit(Instruction::Copy(1));
        if i < star {
            c.load_const(Constant::Int(i as i64));
        } else {
            c.emit(Instruction::GetLen);
            c.load_const(Constant::Int((size - i) as i64));
            c.emit(Instruction::BinaryOp(BinaryOperator::Subtract));
        }
        c.emit(Instruction::BinarySubscr);
        subpattern(c, sub, pc)?;
    }
    pc.on_top -= 1;
    c.emit(Instruction::PopTop);
    Ok(())
}

/// A pattern inside a sequence, mapping or class pattern (cf. `compiler_pattern_subpattern`;
/// irrefutability only matters to the checker).
fn subpattern<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    pc: &mut PatternContext<'a>,
) -> CResult<()> {
    pattern(c, p, pc)
}

/// `{k1: p1, k2: p2, **rest}` (cf. `compiler_pattern_mapping`).
fn mapping<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    keys: &'a [Expr],
    patterns: &'a [Pattern],
    rest: Option<&'a str>,
    pc: &mut PatternContext<'a>,
) -> CResult<()> {
    let size = keys.len();
    // The subject stays on top during the type and length checks.
    pc.on_top += 1;
    c.emit(Instruction::MatchMapping);
    jump_to_fail_pop(c, pc, Instruction::PopJumpIfFalse);
    if size == 0 && rest.is_none() {
        // `{}` matches any mapping.
        pc.on_top -= 1;
        c.emit(Instruction::PopTop);
        return Ok(());
    }
    if size > 0 {
        c.emit(Instruction::GetLen);
        c.load_const(Constant::Int(size as i64));
        c.emit(Instruction::CompareOp(ComparisonOperator::GreaterEqual));
        jump_to_fail_pop(c, pc, Instruction::PopJumpIfFalse);
    }
    // The keys are literals or dotted names; literals only make one constant tuple.
    match constant_tuple(keys) {
        Some(t) => c.load_const(t),
        None => {
            for key in keys {
                c.expr(key)?;
            }
            c.set_loc(p.span);
            c.emit(Instruction::BuildTuple(size as u32));
        }
    }
    c.emit(Instruction::MatchKeys);
    // The key tuple and the value tuple (or None) are now on top of the subject.
    pc.on_top += 2;
    c.emit(Instruction::Copy(1));
    jump_to_fail_pop(c, pc, Instruction::PopJumpIfNone);
    c.emit(Instruction::UnpackSequence(size as u32));
    pc.on_top += size;
    pc.on_top -= 1;
    for sub in patterns {
        pc.on_top -= 1;
        subpattern(c, sub, pc)?;
    }
    // A match: what follows consumes the key tuple and the subject.
    pc.on_top -= 2;
    match rest {
        Some(name) => {
            c.set_loc(p.span);
            c.emit(Instruction::CopyDictWithoutKeys);
            store_name(c, Some(name), pc, p.span)?;
        }
        None => {
            c.emit(Instruction::PopTop);
            c.emit(Instruction::PopTop);
        }
    }
    Ok(())
}

/// `Cls(p1, p2, attr=p3)` (cf. `compiler_pattern_class`).
fn class<'a>(
    c: &mut Compiler<'a>,
    cls: &'a Expr,
    patterns: &'a [Pattern],
    kwd_attrs: &'a [String],
    kwd_patterns: &'a [Pattern],
    pc: &mut PatternContext<'a>,
) -> CResult<()> {
    let nargs = patterns.len();
    let nattrs = kwd_attrs.len();
    c.expr(cls)?;
    let names = kwd_attrs.iter().map(|a| Constant::Str(a.clone())).collect();
    c.load_const(Constant::Tuple(names));
    c.emit(Instruction::MatchClass(nargs as u32));
    // On top: the tuple of the attributes to match (or None).
    c.emit(Instruction::Copy(1));
    pc.on_top += 1;
    jump_to_fail_pop(c, pc, Instruction::PopJumpIfNone);
    c.emit(Instruction::UnpackSequence((nargs + nattrs) as u32));
    pc.on_top += nargs + nattrs;
    pc.on_top -= 1;
    for sub in patterns.iter().chain(kwd_patterns) {
        pc.on_top -= 1;
        if is_wildcard(sub) {
            c.emit(Instruction::PopTop);
            continue;
        }
        subpattern(c, sub, pc)?;
    }
    Ok(())
}

/// `p1 | p2 | p3` (cf. `compiler_pattern_or`). Each alternative matches a copy of the subject
/// with a context of its own; its captures are then put in the first alternative's order, so
/// that after the alternatives they can join the enclosing pattern's captures.
fn or<'a>(
    c: &mut Compiler<'a>,
    p: &'a Pattern,
    alternatives: &'a [Pattern],
    pc: &mut PatternContext<'a>,
) -> CResult<()> {
    let end = c.new_label();
    // The names the first alternative binds, in its order.
    let mut control: Option<Vec<&'a str>> = None;
    for alt in alternatives {
        c.set_loc(alt.span);
        let mut alt_pc = PatternContext::new();
        c.emit(Instruction::Copy(1));
        pattern(c, alt, &mut alt_pc)?;
        match &control {
            None => control = Some(alt_pc.stores.clone()),
            Some(names) => {
                if names.len() != alt_pc.stores.len() {
                    return Err(c.error("alternative patterns bind different names", alt.span));
                }
                reorder_captures(c, names, &mut alt_pc.stores, alt.span)?;
            }
        }
        c.jump(Instruction::Jump, end);
        emit_fail_pop(c, &mut alt_pc);
    }
    // No alternative matched: drop the subject and fail.
    c.emit(Instruction::PopTop);
    jump_to_fail_pop(c, pc, Instruction::Jump);
    c.bind(end);
    // Stack: the captures, the subject, the working items, the earlier captures. Move each
    // new capture beneath the earlier ones.
    let control = control.unwrap_or_default();
    let rotations = control.len() + 1 + pc.on_top + pc.stores.len();
    for name in control {
        rotate(c, rotations);
        if pc.stores.contains(&name) {
            return Err(c.error(
                format!("multiple assignments to name '{name}' in pattern"),
                p.span,
            ));
        }
        pc.stores.push(name);
    }
    c.emit(Instruction::PopTop);
    Ok(())
}

/// Puts an alternative's captures (on the stack and in `stores`) in the order of `control`,
/// fixing the deepest position first.
fn reorder_captures<'a>(
    c: &mut Compiler<'a>,
    control: &[&'a str],
    stores: &mut Vec<&'a str>,
    span: pyasync_syntax::Span,
) -> CResult<()> {
    for (want, name) in control.iter().enumerate().rev() {
        let Some(have) = stores.iter().position(|s| s == name) else {
            return Err(c.error("alternative patterns bind different names", span));
        };
        if have == want {
            continue;
        }
        // Positions past `want` are already right, so `have < want`. Move the `have + 1`
        // captures nearest the top beneath the next `want - have` ones, one at a time.
        let moved: Vec<&'a str> = stores.drain(..=have).collect();
        let at = want - have;
        stores.splice(at..at, moved);
        for _ in 0..=have {
            rotate(c, want + 1);
        }
    }
    Ok(())
}
