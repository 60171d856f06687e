//! The one module that knows rustpython-parser: it runs the parser and converts its tree into
//! ours ([`crate::ast`]). Swapping the parser means rewriting this file and nothing else.
//!
//! rustpython-parser accepts a little Python 3.12 syntax that CPython 3.11 rejects (`type X =
//! ...`, `def f[T]()`); the conversion refuses it, so that pyasync accepts exactly 3.11.

use rustpython_parser::ast as rp;
use rustpython_parser::text_size::TextRange;
use rustpython_parser::Mode;

use crate::ast::*;
use crate::span::Span;

/// Why parsing failed, before it is turned into CPython's message (see `parse_error.rs`).
#[derive(Debug)]
pub struct RawParseError {
    /// Byte offset rustpython-parser blamed.
    pub offset: u32,
    pub kind: RawParseErrorKind,
}

/// What the parser tripped on; `parse_error.rs` recovers CPython's message from the tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RawParseErrorKind {
    /// A token the grammar does not allow here.
    UnexpectedToken,
    /// An INDENT where none may start.
    UnexpectedIndent,
    /// A DEDENT where the block may not end.
    UnexpectedDedent,
    /// The input ended early.
    UnexpectedEof,
    /// The parser's own lexer refused the text (our tokenizer usually finds it first).
    Lexical,
    /// Python 3.12 syntax: the byte offset of the token CPython 3.11 stops at.
    NewerSyntax,
    /// An error rustpython-parser recognises itself, with CPython's message.
    Named { msg: String, at: NamedAt },
}

/// Where CPython reports a [`RawParseErrorKind::Named`] error.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum NamedAt {
    /// At the token the parser blamed.
    Token,
    /// At the token after the string literal(s) holding the offset: CPython finds f-string
    /// errors while building the string node, after it looked one token past the strings.
    AfterStrings,
    /// At the token closing the call holding the offset (argument order errors).
    CallEnd,
}

/// CPython's message for the errors rustpython-parser names itself.
fn named(e: &rustpython_parser::lexer::LexicalErrorType) -> Option<(String, NamedAt)> {
    use rustpython_parser::lexer::LexicalErrorType as L;
    use rustpython_parser::FStringErrorType as F;
    let fstring = |m: &str| Some((format!("f-string: {m}"), NamedAt::AfterStrings));
    match e {
        L::FStringError(f) => match f {
            F::UnclosedLbrace | F::ExpectedRbrace => fstring("expecting '}'"),
            F::UnopenedRbrace | F::SingleRbrace => fstring("single '}' is not allowed"),
            F::InvalidConversionFlag => {
                fstring("invalid conversion character: expected 's', 'r', or 'a'")
            }
            F::EmptyExpression => fstring("empty expression not allowed"),
            F::ExpressionNestedTooDeeply => fstring("expressions nested too deeply"),
            F::ExpressionCannotInclude('#') => Some((
                "f-string expression part cannot include '#'".into(),
                NamedAt::AfterStrings,
            )),
            F::ExpressionCannotInclude(_) => Some((
                "f-string expression part cannot include a backslash".into(),
                NamedAt::AfterStrings,
            )),
            F::MismatchedDelimiter(open, close) => fstring(&format!(
                "closing parenthesis '{close}' does not match opening parenthesis '{open}'"
            )),
            F::Unmatched(c) => fstring(&format!("unmatched '{c}'")),
            F::InvalidExpression(_) => fstring("invalid syntax"),
            F::UnterminatedString => fstring("unterminated string"),
        },
        L::PositionalArgumentError => Some((
            "positional argument follows keyword argument".into(),
            NamedAt::CallEnd,
        )),
        L::UnpackedArgumentError => Some((
            "iterable argument unpacking follows keyword argument unpacking".into(),
            NamedAt::Token,
        )),
        L::DefaultArgumentError => Some((
            "non-default argument follows default argument".into(),
            NamedAt::Token,
        )),
        L::DuplicateArgumentError(name) => Some((
            format!("duplicate argument '{name}' in function definition"),
            NamedAt::Token,
        )),
        L::DuplicateKeywordArgumentError(name) => {
            Some((format!("keyword argument repeated: {name}"), NamedAt::Token))
        }
        L::OtherError(msg) if msg.contains("cannot mix bytes and nonbytes") => Some((
            "cannot mix bytes and nonbytes literals".into(),
            NamedAt::AfterStrings,
        )),
        _ => None,
    }
}

fn raw_error(e: rustpython_parser::ParseError) -> RawParseError {
    use rustpython_parser::{ParseErrorType as P, Tok};
    let kind = match e.error {
        P::UnrecognizedToken(Tok::Indent, _) | P::ExtraToken(Tok::Indent) => {
            RawParseErrorKind::UnexpectedIndent
        }
        P::UnrecognizedToken(Tok::Dedent, _) | P::ExtraToken(Tok::Dedent) => {
            RawParseErrorKind::UnexpectedDedent
        }
        P::UnrecognizedToken(Tok::EndOfFile, _) | P::Eof | P::InvalidToken => {
            RawParseErrorKind::UnexpectedEof
        }
        P::UnrecognizedToken(..) | P::ExtraToken(_) => RawParseErrorKind::UnexpectedToken,
        P::Lexical(ref l) => match named(l) {
            Some((msg, at)) => RawParseErrorKind::Named { msg, at },
            None => RawParseErrorKind::Lexical,
        },
    };
    RawParseError {
        offset: e.offset.to_u32(),
        kind,
    }
}

/// Parses a whole file into our AST.
pub fn parse_module(source: &str) -> Result<Module, RawParseError> {
    let parsed = rustpython_parser::parse(source, Mode::Module, "<source>").map_err(raw_error)?;
    let body = match parsed {
        rp::Mod::Module(m) => m.body,
        // `Mode::Module` always yields a module.
        rp::Mod::Interactive(m) => m.body,
        rp::Mod::Expression(e) => vec![rp::Stmt::Expr(rp::StmtExpr {
            range: e.body.range(),
            value: e.body,
        })],
        rp::Mod::FunctionType(_) => Vec::new(),
    };
    let mut conv = Converter;
    Ok(Module {
        body: conv.stmts(body)?,
    })
}

/// Parses a single expression (what `eval()` takes).
pub fn parse_expression(source: &str) -> Result<Expr, RawParseError> {
    let parsed =
        rustpython_parser::parse(source, Mode::Expression, "<source>").map_err(raw_error)?;
    match parsed {
        rp::Mod::Expression(e) => Converter.expr(*e.body),
        _ => Err(RawParseError {
            offset: 0,
            kind: RawParseErrorKind::NewerSyntax,
        }),
    }
}

fn span(r: TextRange) -> Span {
    Span::new(r.start().to_u32(), r.end().to_u32())
}

trait Ranged {
    fn range(&self) -> TextRange;
}

impl Ranged for rp::Expr {
    fn range(&self) -> TextRange {
        rustpython_parser::ast::Ranged::range(self)
    }
}

/// Stateless for now; a struct so that conversion context (e.g. interning) has a home.
struct Converter;

type R<T> = Result<T, RawParseError>;

fn newer_syntax(offset: u32) -> RawParseError {
    RawParseError {
        offset,
        kind: RawParseErrorKind::NewerSyntax,
    }
}

impl Converter {
    fn stmts(&mut self, stmts: Vec<rp::Stmt>) -> R<Vec<Stmt>> {
        stmts.into_iter().map(|s| self.stmt(s)).collect()
    }

    fn exprs(&mut self, exprs: Vec<rp::Expr>) -> R<Vec<Expr>> {
        exprs.into_iter().map(|e| self.expr(e)).collect()
    }

    fn boxed(&mut self, e: rp::Expr) -> R<Box<Expr>> {
        Ok(Box::new(self.expr(e)?))
    }

    fn opt_boxed(&mut self, e: Option<Box<rp::Expr>>) -> R<Option<Box<Expr>>> {
        e.map(|e| self.boxed(*e)).transpose()
    }

    fn stmt(&mut self, s: rp::Stmt) -> R<Stmt> {
        use rp::Stmt as S;
        let (kind, range) = match s {
            S::FunctionDef(f) => {
                if let Some(tp) = f.type_params.first() {
                    return Err(newer_syntax(type_param_offset(tp)));
                }
                let def = FunctionDef {
                    is_async: false,
                    name: f.name.to_string(),
                    args: self.arguments(*f.args)?,
                    body: self.stmts(f.body)?,
                    decorator_list: self.exprs(f.decorator_list)?,
                    returns: f.returns.map(|e| self.expr(*e)).transpose()?,
                };
                (StmtKind::FunctionDef(Box::new(def)), f.range)
            }
            S::AsyncFunctionDef(f) => {
                if let Some(tp) = f.type_params.first() {
                    return Err(newer_syntax(type_param_offset(tp)));
                }
                let def = FunctionDef {
                    is_async: true,
                    name: f.name.to_string(),
                    args: self.arguments(*f.args)?,
                    body: self.stmts(f.body)?,
                    decorator_list: self.exprs(f.decorator_list)?,
                    returns: f.returns.map(|e| self.expr(*e)).transpose()?,
                };
                (StmtKind::FunctionDef(Box::new(def)), f.range)
            }
            S::ClassDef(c) => {
                if let Some(tp) = c.type_params.first() {
                    return Err(newer_syntax(type_param_offset(tp)));
                }
                let def = ClassDef {
                    name: c.name.to_string(),
                    bases: self.exprs(c.bases)?,
                    keywords: self.keywords(c.keywords)?,
                    body: self.stmts(c.body)?,
                    decorator_list: self.exprs(c.decorator_list)?,
                };
                (StmtKind::ClassDef(Box::new(def)), c.range)
            }
            S::Return(r) => (
                StmtKind::Return {
                    value: self.opt_boxed(r.value)?,
                },
                r.range,
            ),
            S::Delete(d) => (
                StmtKind::Delete {
                    targets: self.exprs(d.targets)?,
                },
                d.range,
            ),
            S::Assign(a) => (
                StmtKind::Assign {
                    targets: self.exprs(a.targets)?,
                    value: self.boxed(*a.value)?,
                },
                a.range,
            ),
            S::TypeAlias(t) => {
                // CPython 3.11 reads `type` as a name and stops at the next one.
                return Err(newer_syntax(span(t.name.range()).start));
            }
            S::AugAssign(a) => (
                StmtKind::AugAssign {
                    target: self.boxed(*a.target)?,
                    op: operator(a.op),
                    value: self.boxed(*a.value)?,
                },
                a.range,
            ),
            S::AnnAssign(a) => (
                StmtKind::AnnAssign {
                    target: self.boxed(*a.target)?,
                    annotation: self.boxed(*a.annotation)?,
                    value: self.opt_boxed(a.value)?,
                    simple: a.simple,
                },
                a.range,
            ),
            S::For(f) => (
                StmtKind::For {
                    is_async: false,
                    target: self.boxed(*f.target)?,
                    iter: self.boxed(*f.iter)?,
                    body: self.stmts(f.body)?,
                    orelse: self.stmts(f.orelse)?,
                },
                f.range,
            ),
            S::AsyncFor(f) => (
                StmtKind::For {
                    is_async: true,
                    target: self.boxed(*f.target)?,
                    iter: self.boxed(*f.iter)?,
                    body: self.stmts(f.body)?,
                    orelse: self.stmts(f.orelse)?,
                },
                f.range,
            ),
            S::While(w) => (
                StmtKind::While {
                    test: self.boxed(*w.test)?,
                    body: self.stmts(w.body)?,
                    orelse: self.stmts(w.orelse)?,
                },
                w.range,
            ),
            S::If(i) => (
                StmtKind::If {
                    test: self.boxed(*i.test)?,
                    body: self.stmts(i.body)?,
                    orelse: self.stmts(i.orelse)?,
                },
                i.range,
            ),
            S::With(w) => (
                StmtKind::With {
                    is_async: false,
                    items: self.with_items(w.items)?,
                    body: self.stmts(w.body)?,
                },
                w.range,
            ),
            S::AsyncWith(w) => (
                StmtKind::With {
                    is_async: true,
                    items: self.with_items(w.items)?,
                    body: self.stmts(w.body)?,
                },
                w.range,
            ),
            S::Match(m) => {
                let cases = m
                    .cases
                    .into_iter()
                    .map(|c| {
                        Ok(MatchCase {
                            pattern: self.pattern(c.pattern)?,
                            guard: self.opt_boxed(c.guard)?,
                            body: self.stmts(c.body)?,
                        })
                    })
                    .collect::<R<Vec<_>>>()?;
                (
                    StmtKind::Match {
                        subject: self.boxed(*m.subject)?,
                        cases,
                    },
                    m.range,
                )
            }
            S::Raise(r) => (
                StmtKind::Raise {
                    exc: self.opt_boxed(r.exc)?,
                    cause: self.opt_boxed(r.cause)?,
                },
                r.range,
            ),
            S::Try(t) => (
                StmtKind::Try(Box::new(Try {
                    is_star: false,
                    body: self.stmts(t.body)?,
                    handlers: self.handlers(t.handlers)?,
                    orelse: self.stmts(t.orelse)?,
                    finalbody: self.stmts(t.finalbody)?,
                })),
                t.range,
            ),
            S::TryStar(t) => (
                StmtKind::Try(Box::new(Try {
                    is_star: true,
                    body: self.stmts(t.body)?,
                    handlers: self.handlers(t.handlers)?,
                    orelse: self.stmts(t.orelse)?,
                    finalbody: self.stmts(t.finalbody)?,
                })),
                t.range,
            ),
            S::Assert(a) => (
                StmtKind::Assert {
                    test: self.boxed(*a.test)?,
                    msg: self.opt_boxed(a.msg)?,
                },
                a.range,
            ),
            S::Import(i) => (
                StmtKind::Import {
                    names: aliases(i.names),
                },
                i.range,
            ),
            S::ImportFrom(i) => (
                StmtKind::ImportFrom {
                    module: i.module.map(|m| m.to_string()),
                    names: aliases(i.names),
                    level: i.level.map_or(0, |l| l.to_u32()),
                },
                i.range,
            ),
            S::Global(g) => (
                StmtKind::Global {
                    names: g.names.into_iter().map(|n| n.to_string()).collect(),
                },
                g.range,
            ),
            S::Nonlocal(n) => (
                StmtKind::Nonlocal {
                    names: n.names.into_iter().map(|n| n.to_string()).collect(),
                },
                n.range,
            ),
            S::Expr(e) => (
                StmtKind::Expr {
                    value: self.boxed(*e.value)?,
                },
                e.range,
            ),
            S::Pass(p) => (StmtKind::Pass, p.range),
            S::Break(b) => (StmtKind::Break, b.range),
            S::Continue(c) => (StmtKind::Continue, c.range),
        };
        Ok(Stmt {
            kind,
            span: span(range),
        })
    }

    fn expr(&mut self, e: rp::Expr) -> R<Expr> {
        use rp::Expr as E;
        let (kind, range) = match e {
            E::BoolOp(b) => (
                ExprKind::BoolOp {
                    op: match b.op {
                        rp::BoolOp::And => BoolOp::And,
                        rp::BoolOp::Or => BoolOp::Or,
                    },
                    values: self.exprs(b.values)?,
                },
                b.range,
            ),
            E::NamedExpr(n) => (
                ExprKind::NamedExpr {
                    target: self.boxed(*n.target)?,
                    value: self.boxed(*n.value)?,
                },
                n.range,
            ),
            E::BinOp(b) => (
                ExprKind::BinOp {
                    left: self.boxed(*b.left)?,
                    op: operator(b.op),
                    right: self.boxed(*b.right)?,
                },
                b.range,
            ),
            E::UnaryOp(u) => (
                ExprKind::UnaryOp {
                    op: match u.op {
                        rp::UnaryOp::Invert => UnaryOp::Invert,
                        rp::UnaryOp::Not => UnaryOp::Not,
                        rp::UnaryOp::UAdd => UnaryOp::UAdd,
                        rp::UnaryOp::USub => UnaryOp::USub,
                    },
                    operand: self.boxed(*u.operand)?,
                },
                u.range,
            ),
            E::Lambda(l) => (
                ExprKind::Lambda {
                    args: Box::new(self.arguments(*l.args)?),
                    body: self.boxed(*l.body)?,
                },
                l.range,
            ),
            E::IfExp(i) => (
                ExprKind::IfExp {
                    test: self.boxed(*i.test)?,
                    body: self.boxed(*i.body)?,
                    orelse: self.boxed(*i.orelse)?,
                },
                i.range,
            ),
            E::Dict(d) => (
                ExprKind::Dict {
                    keys: d
                        .keys
                        .into_iter()
                        .map(|k| k.map(|k| self.expr(k)).transpose())
                        .collect::<R<_>>()?,
                    values: self.exprs(d.values)?,
                },
                d.range,
            ),
            E::Set(s) => (
                ExprKind::Set {
                    elts: self.exprs(s.elts)?,
                },
                s.range,
            ),
            E::ListComp(c) => (
                ExprKind::ListComp {
                    elt: self.boxed(*c.elt)?,
                    generators: self.comprehensions(c.generators)?,
                },
                c.range,
            ),
            E::SetComp(c) => (
                ExprKind::SetComp {
                    elt: self.boxed(*c.elt)?,
                    generators: self.comprehensions(c.generators)?,
                },
                c.range,
            ),
            E::DictComp(c) => (
                ExprKind::DictComp {
                    key: self.boxed(*c.key)?,
                    value: self.boxed(*c.value)?,
                    generators: self.comprehensions(c.generators)?,
                },
                c.range,
            ),
            E::GeneratorExp(c) => (
                ExprKind::GeneratorExp {
                    elt: self.boxed(*c.elt)?,
                    generators: self.comprehensions(c.generators)?,
                },
                c.range,
            ),
            E::Await(a) => (
                ExprKind::Await {
                    value: self.boxed(*a.value)?,
                },
                a.range,
            ),
            E::Yield(y) => (
                ExprKind::Yield {
                    value: self.opt_boxed(y.value)?,
                },
                y.range,
            ),
            E::YieldFrom(y) => (
                ExprKind::YieldFrom {
                    value: self.boxed(*y.value)?,
                },
                y.range,
            ),
            E::Compare(c) => (
                ExprKind::Compare {
                    left: self.boxed(*c.left)?,
                    ops: c.ops.into_iter().map(cmp_op).collect(),
                    comparators: self.exprs(c.comparators)?,
                },
                c.range,
            ),
            E::Call(c) => (
                ExprKind::Call {
                    func: self.boxed(*c.func)?,
                    args: self.exprs(c.args)?,
                    keywords: self.keywords(c.keywords)?,
                },
                c.range,
            ),
            E::FormattedValue(f) => (
                ExprKind::FormattedValue {
                    value: self.boxed(*f.value)?,
                    conversion: match f.conversion {
                        rp::ConversionFlag::None => Conversion::None,
                        rp::ConversionFlag::Str => Conversion::Str,
                        rp::ConversionFlag::Repr => Conversion::Repr,
                        rp::ConversionFlag::Ascii => Conversion::Ascii,
                    },
                    format_spec: self.opt_boxed(f.format_spec)?,
                },
                f.range,
            ),
            E::JoinedStr(j) => (
                ExprKind::JoinedStr {
                    values: self.exprs(j.values)?,
                },
                j.range,
            ),
            E::Constant(c) => (
                ExprKind::Constant {
                    value: constant(c.value),
                },
                c.range,
            ),
            E::Attribute(a) => (
                ExprKind::Attribute {
                    value: self.boxed(*a.value)?,
                    attr: a.attr.to_string(),
                    ctx: context(a.ctx),
                },
                a.range,
            ),
            E::Subscript(s) => (
                ExprKind::Subscript {
                    value: self.boxed(*s.value)?,
                    slice: self.boxed(*s.slice)?,
                    ctx: context(s.ctx),
                },
                s.range,
            ),
            E::Starred(s) => (
                ExprKind::Starred {
                    value: self.boxed(*s.value)?,
                    ctx: context(s.ctx),
                },
                s.range,
            ),
            E::Name(n) => (
                ExprKind::Name {
                    id: n.id.to_string(),
                    ctx: context(n.ctx),
                },
                n.range,
            ),
            E::List(l) => (
                ExprKind::List {
                    elts: self.exprs(l.elts)?,
                    ctx: context(l.ctx),
                },
                l.range,
            ),
            E::Tuple(t) => (
                ExprKind::Tuple {
                    elts: self.exprs(t.elts)?,
                    ctx: context(t.ctx),
                },
                t.range,
            ),
            E::Slice(s) => (
                ExprKind::Slice {
                    lower: self.opt_boxed(s.lower)?,
                    upper: self.opt_boxed(s.upper)?,
                    step: self.opt_boxed(s.step)?,
                },
                s.range,
            ),
        };
        Ok(Expr {
            kind,
            span: span(range),
        })
    }

    fn arguments(&mut self, a: rp::Arguments) -> R<Arguments> {
        let mut out = Arguments::default();
        for p in a.posonlyargs {
            if let Some(d) = p.default {
                out.defaults.push(self.expr(*d)?);
            }
            out.posonlyargs.push(self.arg(p.def)?);
        }
        for p in a.args {
            if let Some(d) = p.default {
                out.defaults.push(self.expr(*d)?);
            }
            out.args.push(self.arg(p.def)?);
        }
        out.vararg = a.vararg.map(|v| self.arg(*v)).transpose()?;
        for p in a.kwonlyargs {
            out.kw_defaults
                .push(p.default.map(|d| self.expr(*d)).transpose()?);
            out.kwonlyargs.push(self.arg(p.def)?);
        }
        out.kwarg = a.kwarg.map(|v| self.arg(*v)).transpose()?;
        Ok(out)
    }

    fn arg(&mut self, a: rp::Arg) -> R<Arg> {
        Ok(Arg {
            arg: a.arg.to_string(),
            annotation: self.opt_boxed(a.annotation)?,
            span: span(a.range),
        })
    }

    fn keywords(&mut self, kws: Vec<rp::Keyword>) -> R<Vec<Keyword>> {
        kws.into_iter()
            .map(|k| {
                Ok(Keyword {
                    arg: k.arg.map(|a| a.to_string()),
                    value: self.expr(k.value)?,
                    span: span(k.range),
                })
            })
            .collect()
    }

    fn comprehensions(&mut self, gens: Vec<rp::Comprehension>) -> R<Vec<Comprehension>> {
        gens.into_iter()
            .map(|g| {
                Ok(Comprehension {
                    target: self.expr(g.target)?,
                    iter: self.expr(g.iter)?,
                    ifs: self.exprs(g.ifs)?,
                    is_async: g.is_async,
                })
            })
            .collect()
    }

    fn handlers(&mut self, hs: Vec<rp::ExceptHandler>) -> R<Vec<ExceptHandler>> {
        hs.into_iter()
            .map(|h| {
                let rp::ExceptHandler::ExceptHandler(h) = h;
                Ok(ExceptHandler {
                    type_: h.type_.map(|t| self.expr(*t)).transpose()?,
                    name: h.name.map(|n| n.to_string()),
                    body: self.stmts(h.body)?,
                    span: span(h.range),
                })
            })
            .collect()
    }

    fn with_items(&mut self, items: Vec<rp::WithItem>) -> R<Vec<WithItem>> {
        items
            .into_iter()
            .map(|i| {
                Ok(WithItem {
                    context_expr: self.expr(i.context_expr)?,
                    optional_vars: self.opt_boxed(i.optional_vars)?,
                })
            })
            .collect()
    }

    fn patterns(&mut self, ps: Vec<rp::Pattern>) -> R<Vec<Pattern>> {
        ps.into_iter().map(|p| self.pattern(p)).collect()
    }

    fn pattern(&mut self, p: rp::Pattern) -> R<Pattern> {
        use rp::Pattern as P;
        let (kind, range) = match p {
            P::MatchValue(v) => (
                PatternKind::MatchValue {
                    value: self.boxed(*v.value)?,
                },
                v.range,
            ),
            P::MatchSingleton(s) => (
                PatternKind::MatchSingleton {
                    value: constant(s.value),
                },
                s.range,
            ),
            P::MatchSequence(s) => (
                PatternKind::MatchSequence {
                    patterns: self.patterns(s.patterns)?,
                },
                s.range,
            ),
            P::MatchMapping(m) => (
                PatternKind::MatchMapping {
                    keys: self.exprs(m.keys)?,
                    patterns: self.patterns(m.patterns)?,
                    rest: m.rest.map(|r| r.to_string()),
                },
                m.range,
            ),
            P::MatchClass(c) => (
                PatternKind::MatchClass {
                    cls: self.boxed(*c.cls)?,
                    patterns: self.patterns(c.patterns)?,
                    kwd_attrs: c.kwd_attrs.into_iter().map(|a| a.to_string()).collect(),
                    kwd_patterns: self.patterns(c.kwd_patterns)?,
                },
                c.range,
            ),
            P::MatchStar(s) => (
                PatternKind::MatchStar {
                    name: s.name.map(|n| n.to_string()),
                },
                s.range,
            ),
            P::MatchAs(a) => (
                PatternKind::MatchAs {
                    pattern: a
                        .pattern
                        .map(|p| self.pattern(*p).map(Box::new))
                        .transpose()?,
                    name: a.name.map(|n| n.to_string()),
                },
                a.range,
            ),
            P::MatchOr(o) => (
                PatternKind::MatchOr {
                    patterns: self.patterns(o.patterns)?,
                },
                o.range,
            ),
        };
        Ok(Pattern {
            kind,
            span: span(range),
        })
    }
}

fn type_param_offset(tp: &rp::TypeParam) -> u32 {
    let r = match tp {
        rp::TypeParam::TypeVar(t) => t.range,
        rp::TypeParam::ParamSpec(t) => t.range,
        rp::TypeParam::TypeVarTuple(t) => t.range,
    };
    // CPython 3.11 stops at the `[` just before the first parameter; `parse_error.rs` refines.
    span(r).start.saturating_sub(1)
}

fn aliases(names: Vec<rp::Alias>) -> Vec<Alias> {
    names
        .into_iter()
        .map(|a| Alias {
            name: a.name.to_string(),
            asname: a.asname.map(|n| n.to_string()),
            span: span(a.range),
        })
        .collect()
}

fn context(c: rp::ExprContext) -> ExprContext {
    match c {
        rp::ExprContext::Load => ExprContext::Load,
        rp::ExprContext::Store => ExprContext::Store,
        rp::ExprContext::Del => ExprContext::Del,
    }
}

fn operator(op: rp::Operator) -> Operator {
    use rp::Operator as O;
    match op {
        O::Add => Operator::Add,
        O::Sub => Operator::Sub,
        O::Mult => Operator::Mult,
        O::MatMult => Operator::MatMult,
        O::Div => Operator::Div,
        O::Mod => Operator::Mod,
        O::Pow => Operator::Pow,
        O::LShift => Operator::LShift,
        O::RShift => Operator::RShift,
        O::BitOr => Operator::BitOr,
        O::BitXor => Operator::BitXor,
        O::BitAnd => Operator::BitAnd,
        O::FloorDiv => Operator::FloorDiv,
    }
}

fn cmp_op(op: rp::CmpOp) -> CmpOp {
    use rp::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::NotEq,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::LtE,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::GtE,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
    }
}

fn constant(c: rp::Constant) -> Constant {
    match c {
        rp::Constant::None => Constant::None,
        rp::Constant::Bool(b) => Constant::Bool(b),
        rp::Constant::Str(s) => Constant::Str(s),
        rp::Constant::Bytes(b) => Constant::Bytes(b),
        rp::Constant::Int(i) => {
            let digits = i.to_string();
            match digits.parse::<i64>() {
                Ok(v) => Constant::Int(v),
                Err(_) => Constant::BigInt(digits),
            }
        }
        rp::Constant::Tuple(items) => Constant::Tuple(items.into_iter().map(constant).collect()),
        rp::Constant::Float(f) => Constant::Float(f),
        rp::Constant::Complex { real, imag } => Constant::Complex { real, imag },
        rp::Constant::Ellipsis => Constant::Ellipsis,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn converts_async_function() {
        let m = parse_module("async def f(a, b=1, *c, d, **e):\n    await a\n").expect("parses");
        let StmtKind::FunctionDef(f) = &m.body[0].kind else {
            panic!("not a def")
        };
        assert!(f.is_async);
        assert_eq!(f.args.args.len(), 2);
        assert_eq!(f.args.defaults.len(), 1);
        assert_eq!(f.args.kw_defaults, vec![None]);
        assert!(matches!(
            &f.body[0].kind,
            StmtKind::Expr { value } if matches!(value.kind, ExprKind::Await { .. })
        ));
    }

    #[test]
    fn big_ints_keep_digits() {
        let m = parse_module("x = 123456789012345678901234567890\n").expect("parses");
        let StmtKind::Assign { value, .. } = &m.body[0].kind else {
            panic!("not an assignment")
        };
        assert_eq!(
            value.kind,
            ExprKind::Constant {
                value: Constant::BigInt("123456789012345678901234567890".into())
            }
        );
    }

    #[test]
    fn rejects_312_syntax() {
        assert!(matches!(
            parse_module("type X = int\n"),
            Err(RawParseError {
                kind: RawParseErrorKind::NewerSyntax,
                ..
            })
        ));
        assert!(parse_module("def f[T](x): pass\n").is_err());
    }
}
