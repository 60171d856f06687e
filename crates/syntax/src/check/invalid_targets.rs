//! Assignment, deletion and loop targets that CPython's *parser* rejects but rustpython-parser
//! accepts (`f() = 1`, `del x + 1`, `for 1 in y`, `(a, b): int`, `x = yield = y`, ...).
//! Without this pass they would reach the compiler as if they were valid targets.
//!
//! CPython finds these in its second parsing pass, through the `invalid_*` rules of its grammar
//! (`Grammar/python.gram`: `invalid_assignment`, `invalid_named_expression`, `invalid_del_stmt`,
//! `invalid_for_target`, `invalid_with_item`), and the message depends on which rule matches
//! first, so this pass replays that choice on our tree:
//! - for `t1 = t2 = ... = value`, the parser first reads the start of the statement as an
//!   expression; if the last element of `t1` is a plain name followed by `= <expression>` and no
//!   further `=`, it reports `invalid syntax. Maybe you meant '==' or ':=' instead of '='?`; if
//!   it is another simple expression, `cannot assign to <what> here. Maybe you meant '=='
//!   instead of '='?`; otherwise the first invalid target gets `cannot assign to <what>` (or
//!   `assignment to yield expression not possible` for a bare `yield`);
//! - `x op= value`: `'<what>' is an illegal expression for augmented assignment`;
//! - `t: annotation`: `only single target (not tuple) can be annotated`, `... (not list) ...`,
//!   `illegal target for annotation`;
//! - `del`: `cannot delete <what>`; `for` targets (comprehensions too) and `with ... as`:
//!   `cannot assign to <what>`, located at the innermost offending part (cf.
//!   `_PyPegen_get_invalid_target`), where `<what>` is CPython's `_PyPegen_get_expr_name`.
//!
//! A comprehension's invalid `for` target inside a statement is found as soon as the parser
//! reads it, which may be before the statement's own target error; each candidate error gets
//! the position at which the parser would raise it, and the earliest wins, one per statement.
//!
//! These are parser errors, so columns count characters. The parser needs to know where
//! parentheses are, which our tree drops; they are recovered from the source text.

use crate::ast::*;
use crate::error::{ColumnUnit, SyntaxError, SyntaxErrorKind};
use crate::span::{LineIndex, Span};

/// Where a target appears: the three flavours of `_PyPegen_get_invalid_target`.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    /// Assignment and `with ... as`.
    Star,
    Del,
    /// `for` loops and comprehensions.
    For,
}

/// An error and the offset at which the parser would raise it.
struct Candidate {
    at: u32,
    msg: String,
    span: Span,
}

/// Every invalid target in `module`, at most one per statement, in source order.
pub(super) fn check(
    module: &Module,
    source: &str,
    index: &LineIndex,
    filename: &str,
) -> Vec<SyntaxError> {
    let mut pass = TargetPass {
        source,
        index,
        filename,
        errors: Vec::new(),
        depth: 0,
    };
    pass.stmts(&module.body);
    pass.errors
}

struct TargetPass<'a> {
    source: &'a str,
    index: &'a LineIndex,
    filename: &'a str,
    errors: Vec<SyntaxError>,
    depth: usize,
}

impl<'a> TargetPass<'a> {
    fn stmts(&mut self, stmts: &[Stmt]) {
        for s in stmts {
            if self.depth >= super::MAX_DEPTH {
                return;
            }
            self.depth += 1;
            self.stmt(s);
            self.depth -= 1;
        }
    }

    /// One statement: its own error (header only, for a compound statement), then the
    /// statements nested in it.
    fn stmt(&mut self, s: &Stmt) {
        let mut found = Vec::new();
        let own = match &s.kind {
            StmtKind::Assign { targets, value } => {
                self.comprehensions(targets, &mut found);
                self.comprehension_targets(value, &mut found);
                self.assign(targets, value)
            }
            StmtKind::AugAssign { target, value, .. } => {
                self.comprehension_targets(target, &mut found);
                self.comprehension_targets(value, &mut found);
                self.aug_assign(target, value)
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                self.comprehension_targets(target, &mut found);
                self.comprehension_targets(annotation, &mut found);
                if let Some(v) = value {
                    self.comprehension_targets(v, &mut found);
                }
                self.ann_assign(target, annotation)
            }
            StmtKind::Delete { targets } => {
                self.comprehensions(targets, &mut found);
                // The parser reads all the targets before looking for a culprit.
                let end = targets.last().map_or(s.span.end, |t| t.span.end);
                targets
                    .iter()
                    .find_map(|t| self.invalid(t, Targets::Del, end))
            }
            StmtKind::For { target, iter, .. } => {
                self.comprehension_targets(target, &mut found);
                self.comprehension_targets(iter, &mut found);
                self.invalid(target, Targets::For, target.span.end)
            }
            StmtKind::With { items, .. } => {
                let mut own = None;
                for item in items {
                    self.comprehension_targets(&item.context_expr, &mut found);
                    if let Some(vars) = &item.optional_vars {
                        self.comprehension_targets(vars, &mut found);
                        own = own.or_else(|| self.invalid(vars, Targets::Star, vars.span.end));
                    }
                }
                own
            }
            _ => {
                self.header_comprehensions(s, &mut found);
                None
            }
        };
        found.extend(own);
        if let Some(first) = found.into_iter().min_by_key(|c| c.at) {
            self.report(first);
        }
        self.bodies(s);
    }

    fn report(&mut self, c: Candidate) {
        self.errors.push(SyntaxError::at_span(
            SyntaxErrorKind::SyntaxError,
            c.msg,
            self.filename,
            self.source,
            self.index,
            c.span,
            ColumnUnit::Chars,
        ));
    }

    /// The statements nested in a compound statement.
    fn bodies(&mut self, s: &Stmt) {
        match &s.kind {
            StmtKind::FunctionDef(def) => self.stmts(&def.body),
            StmtKind::ClassDef(class) => self.stmts(&class.body),
            StmtKind::For { body, orelse, .. }
            | StmtKind::While { body, orelse, .. }
            | StmtKind::If { body, orelse, .. } => {
                self.stmts(body);
                self.stmts(orelse);
            }
            StmtKind::With { body, .. } => self.stmts(body),
            StmtKind::Match { cases, .. } => {
                for case in cases {
                    self.stmts(&case.body);
                }
            }
            StmtKind::Try(t) => {
                self.stmts(&t.body);
                for h in &t.handlers {
                    self.stmts(&h.body);
                }
                self.stmts(&t.orelse);
                self.stmts(&t.finalbody);
            }
            _ => {}
        }
    }

    // ----- statements with targets -----

    /// `t1 = t2 = ... = value` (cf. `invalid_assignment`, `invalid_named_expression`).
    fn assign(&self, targets: &[Expr], value: &Expr) -> Option<Candidate> {
        let first_bad = targets
            .iter()
            .position(|t| !self.is_valid(t, Targets::Star))?;
        let first = targets.first()?;
        let (rhs, rhs_is_value) = match targets.get(1) {
            Some(t2) => (t2, false),
            None => (value, true),
        };
        // The parser first reads the statement's start as expressions, up to the `=` that
        // follows the last one, and looks at the expression after that `=`.
        if let (Some(last), Some((rhs_start, exact))) =
            (self.last_element(first), self.first_bitwise_or(rhs))
        {
            let at = rhs_start.span.end;
            let followed_by_eq = exact && !rhs_is_value;
            if self.is_plain_name(last) {
                if !followed_by_eq {
                    return Some(Candidate {
                        at,
                        msg: "invalid syntax. Maybe you meant '==' or ':=' instead of '='?"
                            .to_string(),
                        span: Span::new(last.span.start, rhs_start.span.end),
                    });
                }
            } else if self.is_bitwise_or(last) && !self.starts_with_display(last) {
                if !followed_by_eq {
                    return Some(Candidate {
                        at,
                        msg: format!(
                            "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                            expr_name(last)
                        ),
                        span: last.span,
                    });
                }
            }
        }
        let bad = targets.get(first_bad)?;
        if matches!(
            bad.kind,
            ExprKind::Yield { .. } | ExprKind::YieldFrom { .. }
        ) && !self.parenthesized(bad)
        {
            return Some(Candidate {
                at: bad.span.end,
                msg: "assignment to yield expression not possible".to_string(),
                span: bad.span,
            });
        }
        self.invalid(bad, Targets::Star, bad.span.end)
    }

    /// `target op= value`: a name, attribute or subscript only.
    fn aug_assign(&self, target: &Expr, value: &Expr) -> Option<Candidate> {
        if matches!(
            target.kind,
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
        ) {
            return None;
        }
        Some(Candidate {
            at: value.span.end,
            msg: format!(
                "'{}' is an illegal expression for augmented assignment",
                expr_name(target)
            ),
            span: target.span,
        })
    }

    /// `target: annotation`: a single name, attribute or subscript only.
    fn ann_assign(&self, target: &Expr, annotation: &Expr) -> Option<Candidate> {
        let msg = match &target.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => {
                return None
            }
            ExprKind::List { .. } => "only single target (not list) can be annotated",
            ExprKind::Tuple { .. } => "only single target (not tuple) can be annotated",
            _ => "illegal target for annotation",
        };
        Some(Candidate {
            at: annotation.span.end,
            msg: msg.to_string(),
            span: target.span,
        })
    }

    /// The error for an invalid target `e`, raised once the parser has read up to `at`.
    fn invalid(&self, e: &Expr, kind: Targets, at: u32) -> Option<Candidate> {
        if self.is_valid(e, kind) {
            return None;
        }
        let verb = if kind == Targets::Del {
            "delete"
        } else {
            "assign to"
        };
        match invalid_part(e, kind) {
            Some(bad) => Some(Candidate {
                at,
                msg: format!("cannot {verb} {}", expr_name(bad)),
                span: bad.span,
            }),
            // A comparison in a `for` target: CPython finds no culprit and reports the `in`
            // that follows the target.
            None => Some(Candidate {
                at,
                msg: "invalid syntax".to_string(),
                span: self.in_keyword_after(e),
            }),
        }
    }

    /// Whether `e` is a valid target of this kind.
    fn is_valid(&self, e: &Expr, kind: Targets) -> bool {
        match &e.kind {
            ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => true,
            ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
                elts.iter().all(|elt| self.is_valid(elt, kind))
            }
            ExprKind::Starred { value, .. } => kind != Targets::Del && self.is_valid(value, kind),
            _ => false,
        }
    }

    // ----- comprehension targets -----

    fn comprehensions(&self, exprs: &[Expr], found: &mut Vec<Candidate>) {
        for e in exprs {
            self.comprehension_targets(e, found);
        }
    }

    /// The expressions in a statement's header (not its body).
    fn header_comprehensions(&self, s: &Stmt, found: &mut Vec<Candidate>) {
        match &s.kind {
            StmtKind::FunctionDef(def) => {
                self.comprehensions(&def.decorator_list, found);
                self.comprehensions(&def.args.defaults, found);
                for d in def.args.kw_defaults.iter().flatten() {
                    self.comprehension_targets(d, found);
                }
                for a in def.args.all() {
                    if let Some(ann) = &a.annotation {
                        self.comprehension_targets(ann, found);
                    }
                }
                if let Some(r) = &def.returns {
                    self.comprehension_targets(r, found);
                }
            }
            StmtKind::ClassDef(class) => {
                self.comprehensions(&class.decorator_list, found);
                self.comprehensions(&class.bases, found);
                for k in &class.keywords {
                    self.comprehension_targets(&k.value, found);
                }
            }
            StmtKind::Return { value: Some(v) } | StmtKind::Expr { value: v } => {
                self.comprehension_targets(v, found)
            }
            StmtKind::While { test, .. } | StmtKind::If { test, .. } => {
                self.comprehension_targets(test, found)
            }
            StmtKind::Match { subject, cases } => {
                self.comprehension_targets(subject, found);
                for case in cases {
                    if let Some(g) = &case.guard {
                        self.comprehension_targets(g, found);
                    }
                }
            }
            StmtKind::Raise { exc, cause } => {
                for e in exc.iter().chain(cause.iter()) {
                    self.comprehension_targets(e, found);
                }
            }
            StmtKind::Try(t) => {
                for h in &t.handlers {
                    if let Some(ty) = &h.type_ {
                        self.comprehension_targets(ty, found);
                    }
                }
            }
            StmtKind::Assert { test, msg } => {
                self.comprehension_targets(test, found);
                if let Some(m) = msg {
                    self.comprehension_targets(m, found);
                }
            }
            _ => {}
        }
    }

    /// Invalid `for` targets of the comprehensions inside `e`, in source order.
    fn comprehension_targets(&self, e: &Expr, found: &mut Vec<Candidate>) {
        let mut stack = vec![e];
        let mut depth = 0;
        while let Some(e) = stack.pop() {
            depth += 1;
            if depth > 100_000 {
                return;
            }
            if let ExprKind::ListComp { generators, .. }
            | ExprKind::SetComp { generators, .. }
            | ExprKind::DictComp { generators, .. }
            | ExprKind::GeneratorExp { generators, .. } = &e.kind
            {
                for gen in generators {
                    found.extend(self.invalid(&gen.target, Targets::For, gen.target.span.end));
                }
            }
            let mut children = Vec::new();
            children_of(e, &mut children);
            // Popped in source order.
            stack.extend(children.into_iter().rev());
        }
    }

    // ----- what the parser sees: parentheses and expression levels -----

    /// Whether `e` is wrapped in (grouping) parentheses in the source.
    fn parenthesized(&self, e: &Expr) -> bool {
        self.prev_char(e.span.start) == Some('(') && self.next_char(e.span.end) == Some(')')
    }

    /// The start of `e` including any grouping parentheses around it.
    fn outer_start(&self, e: &Expr) -> u32 {
        let (mut start, mut end) = (e.span.start, e.span.end);
        while let (Some(('(', p)), Some((')', n))) = (self.prev(start), self.next(end)) {
            start = p;
            end = n + 1;
        }
        start
    }

    /// The end of `e` including any grouping parentheses around it.
    fn outer_end(&self, e: &Expr) -> u32 {
        let (mut start, mut end) = (e.span.start, e.span.end);
        while let (Some(('(', p)), Some((')', n))) = (self.prev(start), self.next(end)) {
            start = p;
            end = n + 1;
        }
        end
    }

    /// The element of the first target the parser reads just before the first `=`: the last
    /// element of an unparenthesized tuple, else the target itself; none after a trailing
    /// comma (`a, b, = ...`), where a comma, not the `=`, follows the last element.
    fn last_element<'e>(&self, target: &'e Expr) -> Option<&'e Expr> {
        match &target.kind {
            ExprKind::Tuple { elts, .. } if self.is_bare_tuple(target) => {
                let last = elts.last()?;
                match self.next(self.outer_end(last)) {
                    Some((',', _)) => None,
                    _ => Some(last),
                }
            }
            _ => Some(target),
        }
    }

    /// A tuple written without parentheses around it.
    fn is_bare_tuple(&self, e: &Expr) -> bool {
        match &e.kind {
            ExprKind::Tuple { elts, .. } => elts
                .first()
                .is_some_and(|first| self.outer_start(first) == e.span.start),
            _ => false,
        }
    }

    /// A name written as a plain identifier (not in parentheses).
    fn is_plain_name(&self, e: &Expr) -> bool {
        matches!(e.kind, ExprKind::Name { .. }) && !self.parenthesized(e)
    }

    /// Whether `e` is at the grammar's `bitwise_or` level or tighter: everything but
    /// comparisons, `not`, `and`/`or`, conditional expressions, lambdas, `yield`, starred
    /// expressions and bare tuples, unless parenthesized.
    fn is_bitwise_or(&self, e: &Expr) -> bool {
        if self.parenthesized(e) {
            return true;
        }
        match &e.kind {
            ExprKind::Compare { .. }
            | ExprKind::BoolOp { .. }
            | ExprKind::IfExp { .. }
            | ExprKind::Lambda { .. }
            | ExprKind::Yield { .. }
            | ExprKind::YieldFrom { .. }
            | ExprKind::Starred { .. }
            | ExprKind::NamedExpr { .. } => false,
            ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
            ExprKind::Tuple { .. } => !self.is_bare_tuple(e),
            _ => true,
        }
    }

    /// The `bitwise_or` expression the parser reads at the start of `e`, and whether it is
    /// all of `e`.
    fn first_bitwise_or<'e>(&self, e: &'e Expr) -> Option<(&'e Expr, bool)> {
        if self.is_bitwise_or(e) {
            return Some((e, true));
        }
        let inner = match &e.kind {
            ExprKind::Tuple { elts, .. } => elts.first()?,
            ExprKind::Compare { left, .. } => left,
            ExprKind::BoolOp { values, .. } => values.first()?,
            ExprKind::IfExp { body, .. } => body,
            _ => return None,
        };
        self.first_bitwise_or(inner).map(|(b, _)| (b, false))
    }

    /// Whether `e` starts with a list display, a tuple, a generator expression, `True`,
    /// `False` or `None` (the parser's `!(list|tuple|genexp|'True'|'None'|'False')`).
    fn starts_with_display(&self, e: &Expr) -> bool {
        let mut e = e;
        loop {
            if self.parenthesized(e) {
                return false;
            }
            e = match &e.kind {
                ExprKind::BinOp { left, .. } => left,
                ExprKind::Call { func, .. } => func,
                ExprKind::Attribute { value, .. } | ExprKind::Subscript { value, .. } => value,
                ExprKind::List { .. } | ExprKind::Tuple { .. } | ExprKind::GeneratorExp { .. } => {
                    return true
                }
                ExprKind::Constant { value } => {
                    return matches!(value, Constant::None | Constant::Bool(_))
                }
                _ => return false,
            };
        }
    }

    /// The span of the `in` keyword after a `for` target (past any closing parentheses).
    fn in_keyword_after(&self, target: &Expr) -> Span {
        let mut pos = target.span.end;
        while let Some((c, at)) = self.next(pos) {
            if c == ')' {
                pos = at + 1;
                continue;
            }
            if self
                .source
                .get(at as usize..)
                .is_some_and(|t| t.starts_with("in"))
            {
                return Span::new(at, at + 2);
            }
            break;
        }
        target.span
    }

    /// The nearest non-blank character before `offset`, and its offset. A comment ending a
    /// previous line is skipped (approximately: from its first `#`).
    fn prev(&self, offset: u32) -> Option<(char, u32)> {
        let text = self.source.get(..offset as usize)?;
        let mut rest = text;
        loop {
            let trimmed = rest.trim_end_matches([' ', '\t', '\x0c', '\\']);
            if let Some(line_end) = trimmed.strip_suffix(['\n', '\r']) {
                let line_start = line_end.rfind(['\n', '\r']).map_or(0, |i| i + 1);
                let line = &line_end[line_start..];
                rest = match line.find('#') {
                    Some(hash) => &line_end[..line_start + hash],
                    None => line_end,
                };
                continue;
            }
            let c = trimmed.chars().next_back()?;
            return Some((c, (trimmed.len() - c.len_utf8()) as u32));
        }
    }

    /// The nearest non-blank character at or after `offset`, and its offset.
    fn next(&self, offset: u32) -> Option<(char, u32)> {
        let text = self.source.get(offset as usize..)?;
        let mut chars = text.char_indices().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                ' ' | '\t' | '\x0c' | '\n' | '\r' | '\\' => continue,
                '#' => {
                    // Skip the comment to the end of its line.
                    while chars.next_if(|(_, c)| *c != '\n' && *c != '\r').is_some() {}
                }
                _ => return Some((c, offset + i as u32)),
            }
        }
        None
    }

    fn prev_char(&self, offset: u32) -> Option<char> {
        self.prev(offset).map(|(c, _)| c)
    }

    fn next_char(&self, offset: u32) -> Option<char> {
        self.next(offset).map(|(c, _)| c)
    }
}

/// The innermost offending part of an invalid target (cf. `_PyPegen_get_invalid_target`);
/// `None` for a comparison in a `for` target, where CPython finds none.
fn invalid_part(e: &Expr, kind: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|elt| invalid_part(elt, kind))
        }
        ExprKind::Starred { value, .. } => {
            if kind == Targets::Del {
                Some(e)
            } else {
                invalid_part(value, kind)
            }
        }
        ExprKind::Compare { left, ops, .. } if kind == Targets::For => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_part(left, kind)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. } => None,
        _ => Some(e),
    }
}

/// How CPython's parser names an expression in its messages (cf. `_PyPegen_get_expr_name`).
fn expr_name(e: &Expr) -> &'static str {
    match &e.kind {
        ExprKind::Attribute { .. } => "attribute",
        ExprKind::Subscript { .. } => "subscript",
        ExprKind::Starred { .. } => "starred",
        ExprKind::Name { .. } => "name",
        ExprKind::List { .. } => "list",
        ExprKind::Tuple { .. } => "tuple",
        ExprKind::Lambda { .. } => "lambda",
        ExprKind::Call { .. } => "function call",
        ExprKind::BoolOp { .. } | ExprKind::BinOp { .. } | ExprKind::UnaryOp { .. } => "expression",
        ExprKind::GeneratorExp { .. } => "generator expression",
        ExprKind::Yield { .. } | ExprKind::YieldFrom { .. } => "yield expression",
        ExprKind::Await { .. } => "await expression",
        ExprKind::ListComp { .. } => "list comprehension",
        ExprKind::SetComp { .. } => "set comprehension",
        ExprKind::DictComp { .. } => "dict comprehension",
        ExprKind::Dict { .. } => "dict literal",
        ExprKind::Set { .. } => "set display",
        ExprKind::JoinedStr { .. } | ExprKind::FormattedValue { .. } => "f-string expression",
        ExprKind::Constant { value } => match value {
            Constant::None => "None",
            Constant::Bool(false) => "False",
            Constant::Bool(true) => "True",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        ExprKind::Compare { .. } => "comparison",
        ExprKind::IfExp { .. } => "conditional expression",
        ExprKind::NamedExpr { .. } => "named expression",
        ExprKind::Slice { .. } => "slice",
    }
}

/// The direct sub-expressions of `e`, in source order.
fn children_of<'e>(e: &'e Expr, out: &mut Vec<&'e Expr>) {
    match &e.kind {
        ExprKind::BoolOp { values, .. } => out.extend(values),
        ExprKind::NamedExpr { target, value } => out.extend([&**target, &**value]),
        ExprKind::BinOp { left, right, .. } => out.extend([&**left, &**right]),
        ExprKind::UnaryOp { operand, .. } => out.push(operand),
        ExprKind::Lambda { args, body } => {
            out.extend(&args.defaults);
            out.extend(args.kw_defaults.iter().flatten());
            out.push(body);
        }
        ExprKind::IfExp { test, body, orelse } => out.extend([&**body, &**test, &**orelse]),
        ExprKind::Dict { keys, values } => {
            for (k, v) in keys.iter().zip(values) {
                out.extend(k.iter());
                out.push(v);
            }
        }
        ExprKind::Set { elts } | ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            out.extend(elts)
        }
        ExprKind::ListComp { elt, generators }
        | ExprKind::SetComp { elt, generators }
        | ExprKind::GeneratorExp { elt, generators } => {
            out.push(elt);
            for g in generators {
                out.push(&g.iter);
                out.extend(&g.ifs);
            }
        }
        ExprKind::DictComp {
            key,
            value,
            generators,
        } => {
            out.extend([&**key, &**value]);
            for g in generators {
                out.push(&g.iter);
                out.extend(&g.ifs);
            }
        }
        ExprKind::Await { value } | ExprKind::YieldFrom { value } => out.push(value),
        ExprKind::Yield { value } => out.extend(value.as_deref()),
        ExprKind::Compare {
            left, comparators, ..
        } => {
            out.push(left);
            out.extend(comparators);
        }
        ExprKind::Call {
            func,
            args,
            keywords,
        } => {
            out.push(func);
            out.extend(args);
            out.extend(keywords.iter().map(|k| &k.value));
        }
        ExprKind::FormattedValue {
            value, format_spec, ..
        } => {
            out.push(value);
            out.extend(format_spec.as_deref());
        }
        ExprKind::JoinedStr { values } => out.extend(values),
        ExprKind::Attribute { value, .. } | ExprKind::Starred { value, .. } => out.push(value),
        ExprKind::Subscript { value, slice, .. } => out.extend([&**value, &**slice]),
        ExprKind::Slice { lower, upper, step } => {
            out.extend(lower.as_deref());
            out.extend(upper.as_deref());
            out.extend(step.as_deref());
        }
        ExprKind::Constant { .. } | ExprKind::Name { .. } => {}
    }
}
