//! What may be bound, and how: CPython's compiler rules on names and assignment targets.
//!
//! - `__debug__` can be neither assigned nor deleted, whatever the binding form (assignment,
//!   `for`, `with`, `import`, `def`, `class`, parameter, keyword argument, walrus, pattern
//!   capture, attribute): `cannot assign to __debug__`, `cannot delete __debug__`
//!   (cf. `forbidden_name`). Reading it is fine, and so is `del x.__debug__` and
//!   `x.__debug__ += 1` (CPython checks neither).
//! - A starred target must sit directly in a tuple or list target, at most once per target
//!   (cf. `unpack_helper`, `Starred_kind`); a starred expression anywhere else that is not an
//!   unpacking display or call argument is `can't use starred expression here`.
//! - A keyword argument may not be repeated in one call or class definition
//!   (cf. `validate_keywords`).
//!
//! Each error is located at the current location, which the caller has set to the binding
//! node (a name, an attribute, a tuple target) or left at the enclosing statement (import,
//! `def`, `class`, `except ... as`, parameters).

use super::context::Checker;
use crate::ast::{Arguments, Expr, ExprContext, ExprKind, Keyword};

/// CPython's limits for `UNPACK_EX`: at most 255 targets before the starred one.
const MAX_BEFORE_STAR: usize = 1 << 8;
const MAX_AFTER_STAR: usize = (i32::MAX as usize) >> 8;

impl<'a> Checker<'a> {
    /// Reports binding or deleting `__debug__`; true when it did.
    pub(super) fn forbidden_name(&mut self, name: &str, ctx: ExprContext) -> bool {
        if name != "__debug__" {
            return false;
        }
        match ctx {
            ExprContext::Store => self.error("cannot assign to __debug__"),
            ExprContext::Del => self.error("cannot delete __debug__"),
            ExprContext::Load => return false,
        }
        true
    }

    /// Binding `name` (import, `def`, `class`, `except ... as`, pattern capture).
    pub(super) fn store_name(&mut self, name: &str) -> bool {
        !self.forbidden_name(name, ExprContext::Store)
    }

    /// Parameters named `__debug__` (cf. `compiler_check_debug_args`); CPython reports only the
    /// first, at the `def` or `lambda`.
    pub(super) fn check_debug_args(&mut self, args: &Arguments) {
        for arg in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(args.vararg.iter())
            .chain(&args.kwonlyargs)
            .chain(args.kwarg.iter())
        {
            if !self.store_name(&arg.arg) {
                return;
            }
        }
    }

    /// A tuple or list assignment target (cf. `assignment_helper`).
    pub(super) fn assignment_targets(&mut self, elts: &'a [Expr]) {
        self.check_unpack(elts);
        for elt in elts {
            match &elt.kind {
                ExprKind::Starred { value, .. } => self.expr(value),
                _ => self.expr(elt),
            }
        }
    }

    /// At most one starred target, not too far right (cf. `unpack_helper`).
    fn check_unpack(&mut self, elts: &[Expr]) {
        let n = elts.len();
        let mut seen_star = false;
        for (i, elt) in elts.iter().enumerate() {
            if !matches!(elt.kind, ExprKind::Starred { .. }) {
                continue;
            }
            if seen_star {
                self.error("multiple starred expressions in assignment");
                return;
            }
            if i >= MAX_BEFORE_STAR || n - i > MAX_AFTER_STAR {
                self.error("too many expressions in star-unpacking assignment");
                return;
            }
            seen_star = true;
        }
    }

    /// A starred expression reached on its own, outside any tuple, list, set or call that
    /// unpacks it (cf. `Starred_kind` in `compiler_visit_expr1`).
    pub(super) fn misplaced_starred(&mut self, ctx: ExprContext) {
        match ctx {
            ExprContext::Store => {
                self.error("starred assignment target must be in a list or tuple")
            }
            ExprContext::Load | ExprContext::Del => self.error("can't use starred expression here"),
        }
    }

    /// Keyword arguments of a call or class definition (cf. `validate_keywords`): no
    /// `__debug__=`, no name twice. The repeated one is located at its second occurrence.
    pub(super) fn validate_keywords(&mut self, keywords: &[Keyword]) {
        // CPython moves the location to the repeated keyword and stops compiling; we restore
        // it so that what we examine afterwards is located as usual.
        let saved = self.unit.loc;
        'outer: for (i, key) in keywords.iter().enumerate() {
            let Some(name) = &key.arg else {
                continue;
            };
            if self.forbidden_name(name, ExprContext::Store) {
                break;
            }
            for other in keywords.iter().skip(i + 1) {
                if other.arg.as_deref() == Some(name.as_str()) {
                    self.set_loc(other.span);
                    self.error(format!("keyword argument repeated: {name}"));
                    break 'outer;
                }
            }
        }
        self.unit.loc = saved;
    }

    /// Positional and keyword arguments of a call or class definition, in evaluation order
    /// (cf. `compiler_call_helper`); the keywords were validated by the caller.
    pub(super) fn call_arguments(&mut self, args: &'a [Expr], keywords: &'a [Keyword]) {
        for arg in args {
            match &arg.kind {
                ExprKind::Starred { value, .. } => self.expr(value),
                _ => self.expr(arg),
            }
        }
        for k in keywords {
            self.expr(&k.value);
        }
    }
}
