//! Expressions back to source text, as CPython's `Python/ast_unparse.c` writes them. Under
//! `from __future__ import annotations` an annotation is stored as this string instead of
//! being evaluated, so the text must match CPython's character for character: its spacing,
//! and parentheses only where precedence needs them.

use pyasync_bytecode::repr;
use pyasync_syntax::ast::*;

/// Binding strength, weakest first (CPython's `PR_*` levels). An expression is wrapped in
/// parentheses when the context asks for a stronger level than the expression has.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Level {
    Tuple,
    Test,
    Or,
    And,
    Not,
    Cmp,
    /// `|`, the weakest binary operator.
    BitOr,
    BitXor,
    BitAnd,
    Shift,
    Arith,
    Term,
    Factor,
    Power,
    Await,
    Atom,
}

impl Level {
    /// The next stronger level (`Atom` stays `Atom`).
    fn up(self) -> Level {
        use Level::*;
        match self {
            Tuple => Test,
            Test => Or,
            Or => And,
            And => Not,
            Not => Cmp,
            Cmp => BitOr,
            BitOr => BitXor,
            BitXor => BitAnd,
            BitAnd => Shift,
            Shift => Arith,
            Arith => Term,
            Term => Factor,
            Factor => Power,
            Power => Await,
            Await | Atom => Atom,
        }
    }
}

/// The source text of an annotation, as `from __future__ import annotations` stores it.
pub fn annotation_text(e: &Expr) -> String {
    let mut out = Unparser::default();
    out.expr(e, Level::Test);
    out.text
}

#[derive(Default)]
struct Unparser {
    text: String,
}

impl Unparser {
    fn push(&mut self, s: &str) {
        self.text.push_str(s);
    }

    fn open_if(&mut self, cond: bool) {
        if cond {
            self.text.push('(');
        }
    }

    fn close_if(&mut self, cond: bool) {
        if cond {
            self.text.push(')');
        }
    }

    fn comma_separated(&mut self, items: &[Expr], level: Level) {
        for (i, item) in items.iter().enumerate() {
            if i > 0 {
                self.push(", ");
            }
            self.expr(item, level);
        }
    }

    fn expr(&mut self, e: &Expr, level: Level) {
        match &e.kind {
            ExprKind::BoolOp { op, values } => {
                let (pr, word) = match op {
                    BoolOp::And => (Level::And, " and "),
                    BoolOp::Or => (Level::Or, " or "),
                };
                self.open_if(level > pr);
                for (i, v) in values.iter().enumerate() {
                    if i > 0 {
                        self.push(word);
                    }
                    self.expr(v, pr.up());
                }
                self.close_if(level > pr);
            }
            ExprKind::BinOp { left, op, right } => {
                let (pr, text) = binary_operator(*op);
                let right_assoc = *op == Operator::Pow;
                self.open_if(level > pr);
                self.expr(left, if right_assoc { pr.up() } else { pr });
                self.push(text);
                self.expr(right, if right_assoc { pr } else { pr.up() });
                self.close_if(level > pr);
            }
            ExprKind::UnaryOp { op, operand } => {
                let (pr, text) = match op {
                    UnaryOp::Invert => (Level::Factor, "~"),
                    UnaryOp::Not => (Level::Not, "not "),
                    UnaryOp::UAdd => (Level::Factor, "+"),
                    UnaryOp::USub => (Level::Factor, "-"),
                };
                self.open_if(level > pr);
                self.push(text);
                self.expr(operand, pr);
                self.close_if(level > pr);
            }
            ExprKind::Lambda { args, body } => {
                self.open_if(level > Level::Test);
                let has_params = !args.posonlyargs.is_empty()
                    || !args.args.is_empty()
                    || args.vararg.is_some()
                    || !args.kwonlyargs.is_empty()
                    || args.kwarg.is_some();
                self.push(if has_params { "lambda " } else { "lambda" });
                self.parameters(args);
                self.push(": ");
                self.expr(body, Level::Test);
                self.close_if(level > Level::Test);
            }
            ExprKind::IfExp { test, body, orelse } => {
                self.open_if(level > Level::Test);
                self.expr(body, Level::Test.up());
                self.push(" if ");
                self.expr(test, Level::Test.up());
                self.push(" else ");
                self.expr(orelse, Level::Test);
                self.close_if(level > Level::Test);
            }
            ExprKind::Dict { keys, values } => {
                self.push("{");
                for (i, (k, v)) in keys.iter().zip(values).enumerate() {
                    if i > 0 {
                        self.push(", ");
                    }
                    match k {
                        Some(k) => {
                            self.expr(k, Level::Test);
                            self.push(": ");
                            self.expr(v, Level::Test);
                        }
                        None => {
                            self.push("**");
                            self.expr(v, Level::BitOr);
                        }
                    }
                }
                self.push("}");
            }
            ExprKind::Set { elts } => {
                self.push("{");
                self.comma_separated(elts, Level::Test);
                self.push("}");
            }
            ExprKind::ListComp { elt, generators } => {
                self.push("[");
                self.expr(elt, Level::Test);
                self.comprehensions(generators);
                self.push("]");
            }
            ExprKind::SetComp { elt, generators } => {
                self.push("{");
                self.expr(elt, Level::Test);
                self.comprehensions(generators);
                self.push("}");
            }
            ExprKind::DictComp {
                key,
                value,
                generators,
            } => {
                self.push("{");
                self.expr(key, Level::Test);
                self.push(": ");
                self.expr(value, Level::Test);
                self.comprehensions(generators);
                self.push("}");
            }
            ExprKind::GeneratorExp { elt, generators } => {
                self.push("(");
                self.expr(elt, Level::Test);
                self.comprehensions(generators);
                self.push(")");
            }
            ExprKind::Await { value } => {
                self.open_if(level > Level::Await);
                self.push("await ");
                self.expr(value, Level::Atom);
                self.close_if(level > Level::Await);
            }
            ExprKind::Yield { value } => match value {
                None => self.push("(yield)"),
                Some(v) => {
                    self.push("(yield ");
                    self.expr(v, Level::Test);
                    self.push(")");
                }
            },
            ExprKind::YieldFrom { value } => {
                self.push("(yield from ");
                self.expr(value, Level::Test);
                self.push(")");
            }
            ExprKind::Compare {
                left,
                ops,
                comparators,
            } => {
                self.open_if(level > Level::Cmp);
                self.expr(left, Level::Cmp.up());
                for (op, right) in ops.iter().zip(comparators) {
                    self.push(" ");
                    self.push(op.symbol());
                    self.push(" ");
                    self.expr(right, Level::Cmp.up());
                }
                self.close_if(level > Level::Cmp);
            }
            ExprKind::Call {
                func,
                args,
                keywords,
            } => {
                self.expr(func, Level::Atom);
                // A lone generator argument keeps its own parentheses: `f(x for x in y)`.
                if let [only] = args.as_slice() {
                    if keywords.is_empty() && matches!(only.kind, ExprKind::GeneratorExp { .. }) {
                        self.expr(only, Level::Test);
                        return;
                    }
                }
                self.push("(");
                self.comma_separated(args, Level::Test);
                for (i, k) in keywords.iter().enumerate() {
                    if i > 0 || !args.is_empty() {
                        self.push(", ");
                    }
                    match &k.arg {
                        Some(name) => {
                            self.push(name);
                            self.push("=");
                        }
                        None => self.push("**"),
                    }
                    self.expr(&k.value, Level::Test);
                }
                self.push(")");
            }
            ExprKind::FormattedValue { .. } | ExprKind::JoinedStr { .. } => {
                let mut body = String::new();
                fstring_body(e, &mut body);
                self.push("f");
                self.push(&repr::str_repr(&body));
            }
            ExprKind::Constant { value } => self.constant(value),
            ExprKind::Attribute { value, attr, .. } => {
                self.expr(value, Level::Atom);
                // `1.real` would read as a float: an integer needs a space before the dot.
                let int_value = matches!(
                    value.kind,
                    ExprKind::Constant {
                        value: Constant::Int(_) | Constant::BigInt(_)
                    }
                );
                self.push(if int_value { " ." } else { "." });
                self.push(attr);
            }
            ExprKind::Subscript { value, slice, .. } => {
                self.expr(value, Level::Atom);
                self.push("[");
                self.expr(slice, Level::Tuple);
                self.push("]");
            }
            ExprKind::Starred { value, .. } => {
                self.push("*");
                self.expr(value, Level::BitOr);
            }
            ExprKind::Name { id, .. } => self.push(id),
            ExprKind::List { elts, .. } => {
                self.push("[");
                self.comma_separated(elts, Level::Test);
                self.push("]");
            }
            ExprKind::Tuple { elts, .. } => {
                if elts.is_empty() {
                    self.push("()");
                    return;
                }
                self.open_if(level > Level::Tuple);
                self.comma_separated(elts, Level::Test);
                if elts.len() == 1 {
                    self.push(",");
                }
                self.close_if(level > Level::Tuple);
            }
            ExprKind::Slice { lower, upper, step } => {
                if let Some(l) = lower {
                    self.expr(l, Level::Test);
                }
                self.push(":");
                if let Some(u) = upper {
                    self.expr(u, Level::Test);
                }
                if let Some(s) = step {
                    self.push(":");
                    self.expr(s, Level::Test);
                }
            }
            ExprKind::NamedExpr { target, value } => {
                self.open_if(level > Level::Tuple);
                self.expr(target, Level::Atom);
                self.push(" := ");
                self.expr(value, Level::Atom);
                self.close_if(level > Level::Tuple);
            }
        }
    }

    fn constant(&mut self, c: &Constant) {
        let text = match c {
            Constant::Ellipsis => "...".to_string(),
            Constant::None => "None".into(),
            Constant::Bool(true) => "True".into(),
            Constant::Bool(false) => "False".into(),
            Constant::Str(s) => repr::str_repr(s),
            Constant::Bytes(b) => repr::bytes_repr(b),
            Constant::Int(i) => i.to_string(),
            Constant::BigInt(digits) => digits.clone(),
            // An infinite literal (`1e400`) reads back from `1e309`, the first power of ten
            // beyond the largest float.
            Constant::Float(f) => repr::float_repr(*f).replace("inf", "1e309"),
            Constant::Complex { real, imag } => {
                repr::complex_repr(*real, *imag).replace("inf", "1e309")
            }
            Constant::Tuple(items) => {
                let parts: Vec<String> = items
                    .iter()
                    .map(|item| {
                        let mut inner = Unparser::default();
                        inner.constant(item);
                        inner.text
                    })
                    .collect();
                if parts.len() == 1 {
                    format!("({},)", parts[0])
                } else {
                    format!("({})", parts.join(", "))
                }
            }
        };
        self.push(&text);
    }

    fn comprehensions(&mut self, generators: &[Comprehension]) {
        for g in generators {
            self.push(if g.is_async { " async for " } else { " for " });
            self.expr(&g.target, Level::Tuple);
            self.push(" in ");
            self.expr(&g.iter, Level::Test.up());
            for cond in &g.ifs {
                self.push(" if ");
                self.expr(cond, Level::Test.up());
            }
        }
    }

    /// A lambda's parameter list (lambdas have no annotations).
    fn parameters(&mut self, args: &Arguments) {
        let mut first = true;
        let mut sep = |u: &mut Unparser| {
            if !first {
                u.push(", ");
            }
            first = false;
        };
        let positional: Vec<&Arg> = args.posonlyargs.iter().chain(&args.args).collect();
        // Defaults belong to the last positional parameters.
        let first_default = positional.len().saturating_sub(args.defaults.len());
        for (i, a) in positional.iter().enumerate() {
            sep(self);
            self.push(&a.arg);
            if i >= first_default {
                self.push("=");
                self.expr(&args.defaults[i - first_default], Level::Test);
            }
            if i + 1 == args.posonlyargs.len() {
                self.push(", /");
            }
        }
        if args.vararg.is_some() || !args.kwonlyargs.is_empty() {
            sep(self);
            self.push("*");
            if let Some(v) = &args.vararg {
                self.push(&v.arg);
            }
        }
        for (a, default) in args.kwonlyargs.iter().zip(&args.kw_defaults) {
            sep(self);
            self.push(&a.arg);
            if let Some(d) = default {
                self.push("=");
                self.expr(d, Level::Test);
            }
        }
        if let Some(k) = &args.kwarg {
            sep(self);
            self.push("**");
            self.push(&k.arg);
        }
    }
}

fn binary_operator(op: Operator) -> (Level, &'static str) {
    match op {
        Operator::Add => (Level::Arith, " + "),
        Operator::Sub => (Level::Arith, " - "),
        Operator::Mult => (Level::Term, " * "),
        Operator::MatMult => (Level::Term, " @ "),
        Operator::Div => (Level::Term, " / "),
        Operator::Mod => (Level::Term, " % "),
        Operator::FloorDiv => (Level::Term, " // "),
        Operator::LShift => (Level::Shift, " << "),
        Operator::RShift => (Level::Shift, " >> "),
        Operator::BitOr => (Level::BitOr, " | "),
        Operator::BitXor => (Level::BitXor, " ^ "),
        Operator::BitAnd => (Level::BitAnd, " & "),
        Operator::Pow => (Level::Power, " ** "),
    }
}

/// The text between an f-string's quotes: literal parts with braces doubled, and each field
/// as `{expr!conversion:spec}`. A format spec is itself such a body.
fn fstring_body(e: &Expr, out: &mut String) {
    match &e.kind {
        ExprKind::JoinedStr { values } => {
            for v in values {
                fstring_body(v, out);
            }
        }
        ExprKind::Constant {
            value: Constant::Str(s),
        } => {
            out.push_str(&s.replace('{', "{{").replace('}', "}}"));
        }
        ExprKind::FormattedValue {
            value,
            conversion,
            format_spec,
        } => {
            let mut inner = Unparser::default();
            inner.expr(value, Level::Test.up());
            out.push('{');
            // `{{` would read as an escaped brace.
            if inner.text.starts_with('{') {
                out.push(' ');
            }
            out.push_str(&inner.text);
            match conversion {
                Conversion::None => {}
                Conversion::Str => out.push_str("!s"),
                Conversion::Repr => out.push_str("!r"),
                Conversion::Ascii => out.push_str("!a"),
            }
            if let Some(spec) = format_spec {
                out.push(':');
                fstring_body(spec, out);
            }
            out.push('}');
        }
        _ => {
            let mut inner = Unparser::default();
            inner.expr(e, Level::Test);
            out.push_str(&inner.text);
        }
    }
}
