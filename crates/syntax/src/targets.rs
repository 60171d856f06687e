//! Parser-level errors CPython raises for trees rustpython-parser builds without complaint:
//! invalid assignment, deletion, loop and `with` targets, annotation targets, augmented
//! assignment targets, and unparenthesized generator expressions among other arguments.
//!
//! The model is CPython's: `_PyPegen_get_invalid_target` looks through tuples, lists and
//! starred expressions for the first node that cannot be a target, and `_PyPegen_get_expr_name`
//! names it in the message. The first offending statement in source order is reported.

use crate::ast::*;
use crate::error::SyntaxError;
use crate::parse_error::Ctx;

/// The first target error in `module`, if any.
pub fn first_error(ctx: &Ctx, module: &Module) -> Option<SyntaxError> {
    Walker { ctx }.stmts(&module.body)
}

/// `cannot delete X` for the first part of `targets` (a `del` statement's targets parsed as
/// an expression) that cannot be deleted.
pub fn del_error(ctx: &Ctx, targets: &Expr) -> Option<SyntaxError> {
    let bad = invalid_target(targets, Targets::Del)?;
    Some(ctx.range_error(
        bad.span.start,
        bad.span.end,
        format!("cannot delete {}", expr_name(bad)),
    ))
}

/// What a target is for: it decides the message and whether `*x` may appear.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Targets {
    Store,
    For,
    Del,
}

struct Walker<'a, 'b> {
    ctx: &'a Ctx<'b>,
}

type Found = Option<SyntaxError>;

impl Walker<'_, '_> {
    fn err(&self, e: &Expr, msg: String) -> Found {
        Some(self.ctx.range_error(e.span.start, e.span.end, msg))
    }

    fn stmts(&self, stmts: &[Stmt]) -> Found {
        stmts.iter().find_map(|s| self.stmt(s))
    }

    fn stmt(&self, s: &Stmt) -> Found {
        match &s.kind {
            StmtKind::Assign { targets, value } => {
                for (i, t) in targets.iter().enumerate() {
                    let lone = i == 0 && targets.len() == 1;
                    let is_yield =
                        matches!(t.kind, ExprKind::Yield { .. } | ExprKind::YieldFrom { .. });
                    if is_yield && !(lone && self.parenthesized(t)) {
                        return self.err(t, "assignment to yield expression not possible".into());
                    }
                    if let Some(bad) = invalid_target(t, Targets::Store) {
                        // cf. invalid_named_expression: a lone `x = value` whose target could
                        // be an operand of `==` gets the hint.
                        let hint = lone && std::ptr::eq(bad, t) && is_bitwise_or(t);
                        let msg = if hint {
                            format!(
                                "cannot assign to {} here. Maybe you meant '==' instead of '='?",
                                expr_name(bad)
                            )
                        } else {
                            format!("cannot assign to {}", expr_name(bad))
                        };
                        return self.err(bad, msg);
                    }
                }
                targets
                    .iter()
                    .find_map(|t| self.expr(t))
                    .or_else(|| self.expr(value))
            }
            StmtKind::AugAssign { target, value, .. } => {
                if !matches!(
                    target.kind,
                    ExprKind::Name { .. } | ExprKind::Attribute { .. } | ExprKind::Subscript { .. }
                ) {
                    let msg = format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_name(target)
                    );
                    return self.err(target, msg);
                }
                self.expr(target).or_else(|| self.expr(value))
            }
            StmtKind::AnnAssign {
                target,
                annotation,
                value,
                ..
            } => {
                let msg = match target.kind {
                    ExprKind::Name { .. }
                    | ExprKind::Attribute { .. }
                    | ExprKind::Subscript { .. } => None,
                    ExprKind::Tuple { .. } => {
                        Some("only single target (not tuple) can be annotated")
                    }
                    ExprKind::List { .. } => Some("only single target (not list) can be annotated"),
                    _ => Some("illegal target for annotation"),
                };
                if let Some(msg) = msg {
                    return self.err(target, msg.into());
                }
                self.expr(target)
                    .or_else(|| self.expr(annotation))
                    .or_else(|| value.as_deref().and_then(|v| self.expr(v)))
            }
            StmtKind::Delete { targets } => {
                for t in targets {
                    if let Some(bad) = invalid_target(t, Targets::Del) {
                        return self.err(bad, format!("cannot delete {}", expr_name(bad)));
                    }
                }
                targets.iter().find_map(|t| self.expr(t))
            }
            StmtKind::For {
                target,
                iter,
                body,
                orelse,
                ..
            } => {
                if let Some(bad) = invalid_target(target, Targets::For) {
                    return self.err(bad, format!("cannot assign to {}", expr_name(bad)));
                }
                self.expr(iter)
                    .or_else(|| self.stmts(body))
                    .or_else(|| self.stmts(orelse))
            }
            StmtKind::With { items, body, .. } => {
                for item in items {
                    if let Some(bad) = item
                        .optional_vars
                        .as_deref()
                        .and_then(|v| invalid_target(v, Targets::Store))
                    {
                        return self.err(bad, format!("cannot assign to {}", expr_name(bad)));
                    }
                    if let Some(e) = self.expr(&item.context_expr) {
                        return Some(e);
                    }
                }
                self.stmts(body)
            }
            StmtKind::FunctionDef(f) => f
                .decorator_list
                .iter()
                .find_map(|d| self.expr(d))
                .or_else(|| self.arguments(&f.args))
                .or_else(|| f.returns.as_ref().and_then(|r| self.expr(r)))
                .or_else(|| self.stmts(&f.body)),
            StmtKind::ClassDef(c) => c
                .decorator_list
                .iter()
                .find_map(|d| self.expr(d))
                .or_else(|| c.bases.iter().find_map(|b| self.expr(b)))
                .or_else(|| c.keywords.iter().find_map(|k| self.expr(&k.value)))
                .or_else(|| self.stmts(&c.body)),
            StmtKind::Return { value } => value.as_deref().and_then(|v| self.expr(v)),
            StmtKind::While { test, body, orelse } | StmtKind::If { test, body, orelse } => self
                .expr(test)
                .or_else(|| self.stmts(body))
                .or_else(|| self.stmts(orelse)),
            StmtKind::Match { subject, cases } => self.expr(subject).or_else(|| {
                cases.iter().find_map(|c| {
                    c.guard
                        .as_deref()
                        .and_then(|g| self.expr(g))
                        .or_else(|| self.stmts(&c.body))
                })
            }),
            StmtKind::Raise { exc, cause } => exc
                .as_deref()
                .and_then(|e| self.expr(e))
                .or_else(|| cause.as_deref().and_then(|c| self.expr(c))),
            StmtKind::Try(t) => self
                .stmts(&t.body)
                .or_else(|| {
                    t.handlers.iter().find_map(|h| {
                        h.type_
                            .as_ref()
                            .and_then(|e| self.expr(e))
                            .or_else(|| self.stmts(&h.body))
                    })
                })
                .or_else(|| self.stmts(&t.orelse))
                .or_else(|| self.stmts(&t.finalbody)),
            StmtKind::Assert { test, msg } => self
                .expr(test)
                .or_else(|| msg.as_deref().and_then(|m| self.expr(m))),
            StmtKind::Expr { value } => self.expr(value),
            _ => None,
        }
    }

    fn arguments(&self, a: &Arguments) -> Found {
        a.defaults
            .iter()
            .find_map(|d| self.expr(d))
            .or_else(|| a.kw_defaults.iter().flatten().find_map(|d| self.expr(d)))
    }

    fn comprehensions(&self, gens: &[Comprehension]) -> Found {
        for g in gens {
            if let Some(bad) = invalid_target(&g.target, Targets::For) {
                return self.err(bad, format!("cannot assign to {}", expr_name(bad)));
            }
            if let Some(e) = self
                .expr(&g.iter)
                .or_else(|| g.ifs.iter().find_map(|i| self.expr(i)))
            {
                return Some(e);
            }
        }
        None
    }

    /// Errors inside an expression: comprehension targets and call arguments.
    fn expr(&self, e: &Expr) -> Found {
        use ExprKind as K;
        match &e.kind {
            K::Call {
                func,
                args,
                keywords,
            } => {
                if args.len() + keywords.len() > 1 {
                    if let Some(g) = args
                        .iter()
                        .find(|a| matches!(a.kind, K::GeneratorExp { .. }) && !self.own_parens(a))
                    {
                        return self.err(g, "Generator expression must be parenthesized".into());
                    }
                }
                self.expr(func)
                    .or_else(|| args.iter().find_map(|a| self.expr(a)))
                    .or_else(|| keywords.iter().find_map(|k| self.expr(&k.value)))
            }
            K::ListComp { elt, generators }
            | K::SetComp { elt, generators }
            | K::GeneratorExp { elt, generators } => {
                self.comprehensions(generators).or_else(|| self.expr(elt))
            }
            K::DictComp {
                key,
                value,
                generators,
            } => self
                .comprehensions(generators)
                .or_else(|| self.expr(key))
                .or_else(|| self.expr(value)),
            K::BoolOp { values, .. } => values.iter().find_map(|v| self.expr(v)),
            K::NamedExpr { value, .. } => self.expr(value),
            K::BinOp { left, right, .. } => self.expr(left).or_else(|| self.expr(right)),
            K::UnaryOp { operand, .. } => self.expr(operand),
            K::Lambda { args, body } => self.arguments(args).or_else(|| self.expr(body)),
            K::IfExp { test, body, orelse } => self
                .expr(body)
                .or_else(|| self.expr(test))
                .or_else(|| self.expr(orelse)),
            K::Dict { keys, values } => keys
                .iter()
                .flatten()
                .find_map(|k| self.expr(k))
                .or_else(|| values.iter().find_map(|v| self.expr(v))),
            K::Set { elts } | K::List { elts, .. } | K::Tuple { elts, .. } => {
                elts.iter().find_map(|x| self.expr(x))
            }
            K::Await { value } | K::YieldFrom { value } => self.expr(value),
            K::Yield { value } => value.as_deref().and_then(|v| self.expr(v)),
            K::Compare {
                left, comparators, ..
            } => self
                .expr(left)
                .or_else(|| comparators.iter().find_map(|c| self.expr(c))),
            K::Attribute { value, .. } | K::Starred { value, .. } => self.expr(value),
            K::Subscript { value, slice, .. } => self.expr(value).or_else(|| self.expr(slice)),
            _ => None,
        }
    }

    /// Whether a generator expression's span starts with its own parenthesis.
    fn own_parens(&self, e: &Expr) -> bool {
        self.ctx.source.as_bytes().get(e.span.start as usize) == Some(&b'(')
    }

    /// Whether an expression has its own parentheses (for a generator expression, its span
    /// includes them; for others, the text just before it opens one).
    fn parenthesized(&self, e: &Expr) -> bool {
        let bytes = self.ctx.source.as_bytes();
        if bytes.get(e.span.start as usize) == Some(&b'(') {
            return true;
        }
        let before = self.ctx.source.get(..e.span.start as usize).unwrap_or("");
        before.trim_end().ends_with('(')
    }
}

/// cf. `_PyPegen_get_invalid_target`.
fn invalid_target(e: &Expr, targets: Targets) -> Option<&Expr> {
    match &e.kind {
        ExprKind::List { elts, .. } | ExprKind::Tuple { elts, .. } => {
            elts.iter().find_map(|x| invalid_target(x, targets))
        }
        ExprKind::Starred { value, .. } => {
            if targets == Targets::Del {
                Some(e)
            } else {
                invalid_target(value, targets)
            }
        }
        ExprKind::Compare { left, ops, .. } if targets == Targets::For => {
            if ops.first() == Some(&CmpOp::In) {
                invalid_target(left, targets)
            } else {
                None
            }
        }
        ExprKind::Name { .. } | ExprKind::Subscript { .. } | ExprKind::Attribute { .. } => None,
        _ => Some(e),
    }
}

/// Whether CPython's `bitwise_or` rule can produce `e` without parentheses being needed for
/// a comparison operand (so `f() = 1` reads as a mistyped `f() == 1`).
fn is_bitwise_or(e: &Expr) -> bool {
    match &e.kind {
        ExprKind::Constant { value } => !matches!(value, Constant::None | Constant::Bool(_)),
        ExprKind::UnaryOp { op, .. } => *op != UnaryOp::Not,
        ExprKind::BoolOp { .. }
        | ExprKind::Compare { .. }
        | ExprKind::IfExp { .. }
        | ExprKind::Lambda { .. }
        | ExprKind::NamedExpr { .. }
        | ExprKind::Starred { .. }
        | ExprKind::Tuple { .. }
        | ExprKind::List { .. }
        | ExprKind::GeneratorExp { .. } => false,
        _ => true,
    }
}

/// cf. `_PyPegen_get_expr_name`.
pub fn expr_name(e: &Expr) -> &'static str {
    use ExprKind as K;
    match &e.kind {
        K::Attribute { .. } => "attribute",
        K::Subscript { .. } => "subscript",
        K::Starred { .. } => "starred",
        K::Name { .. } => "name",
        K::List { .. } => "list",
        K::Tuple { .. } => "tuple",
        K::Lambda { .. } => "lambda",
        K::Call { .. } => "function call",
        K::BoolOp { .. } | K::BinOp { .. } | K::UnaryOp { .. } => "expression",
        K::GeneratorExp { .. } => "generator expression",
        K::Yield { .. } | K::YieldFrom { .. } => "yield expression",
        K::Await { .. } => "await expression",
        K::ListComp { .. } => "list comprehension",
        K::SetComp { .. } => "set comprehension",
        K::DictComp { .. } => "dict comprehension",
        K::Dict { .. } => "dict literal",
        K::Set { .. } => "set display",
        K::JoinedStr { .. } | K::FormattedValue { .. } => "f-string expression",
        K::Constant { value } => match value {
            Constant::None => "None",
            Constant::Bool(true) => "True",
            Constant::Bool(false) => "False",
            Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        K::Compare { .. } => "comparison",
        K::IfExp { .. } => "conditional expression",
        K::NamedExpr { .. } => "named expression",
        _ => "expression",
    }
}
