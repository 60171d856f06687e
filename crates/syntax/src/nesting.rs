//! A guard against nesting deep enough to exhaust the stack, checked on the tokens before
//! anything builds or walks a tree.
//!
//! CPython refuses such programs too: brackets deeper than 200 in its tokenizer, indentation
//! deeper than 100, and any expression whose tree is deeper than about 3,000 in its parser
//! (`MemoryError`) or compiler (`RecursionError: maximum recursion depth exceeded during
//! compilation`). Our parser builds its tree without recursing, but converting, checking,
//! compiling and even dropping a tree recurse once per level, so a depth CPython refuses must be
//! refused here before any of that happens.
//!
//! The bound is computed on one bracket group at a time. An expression's tree gains a level
//! only through an operator token: a binary or unary operator, `.`, a call's or subscript's
//! bracket, `if`, `lambda`, `await`, `yield`, `:=`, `*`, `=`. So a comma-separated item is at
//! most as deep as the number of such tokens in it, plus the deepest bracket group inside it.
//! Comparisons and `and`/`or` chains are flat in the tree (one node for the whole chain); they
//! count once per item. The bound is never below the true depth, and equals it for the
//! long chains that matter (`a.b.c...`, `1+1+...`, `- - - x`).

use crate::tokenize::{TokKind, Token};

/// Deepest expression accepted: CPython 3.11 refuses trees of depth about 2,990 and more
/// (measured with `1+1+...`, `a.b.b...`, `---x`, `f(1)(1)...`).
pub const MAX_EXPR_DEPTH: u32 = 2990;

/// The first token at which the depth bound passes [`MAX_EXPR_DEPTH`], if any.
pub fn too_deep(source: &str, tokens: &[Token]) -> Option<usize> {
    // One frame per open bracket group: the bound of the item being read (operators so far),
    // whether a flat chain was already counted, and the deepest bound of the group's items.
    struct Frame {
        ops: u32,
        chain_counted: bool,
        inner: u32,
        best: u32,
    }
    let new_frame = || Frame {
        ops: 0,
        chain_counted: false,
        inner: 0,
        best: 0,
    };
    let mut stack = vec![new_frame()];
    let mut after_operand = false;
    for (i, tok) in tokens.iter().enumerate() {
        let text = source
            .get(tok.start as usize..tok.end as usize)
            .unwrap_or("");
        let top = stack.last_mut()?;
        match (tok.kind, text) {
            (TokKind::Newline | TokKind::Indent | TokKind::Dedent | TokKind::EndMarker, _) => {
                // A new statement: the statement bound is done (it was checked as it grew).
                stack.truncate(1);
                if let Some(f) = stack.last_mut() {
                    *f = new_frame();
                }
                continue;
            }
            (TokKind::Op, "(" | "[" | "{") => {
                // A bracket after an operand is a call or subscript: one more level.
                if after_operand {
                    top.ops += 1;
                }
                stack.push(new_frame());
            }
            (TokKind::Op, ")" | "]" | "}") => {
                let done = stack.pop().map_or(0, |f| f.best.max(f.ops + f.inner));
                if let Some(parent) = stack.last_mut() {
                    parent.inner = parent.inner.max(done + 1);
                } else {
                    stack.push(new_frame());
                }
            }
            (TokKind::Op, "," | ";") => {
                top.best = top.best.max(top.ops + top.inner);
                top.ops = 0;
                top.inner = 0;
                top.chain_counted = false;
            }
            (TokKind::Op, "<" | ">" | "==" | ">=" | "<=" | "!=" | ":")
            | (TokKind::Name, "and" | "or" | "in" | "is")
                if !top.chain_counted =>
            {
                top.chain_counted = true;
                top.ops += 2;
            }
            (TokKind::Op, "<" | ">" | "==" | ">=" | "<=" | "!=" | ":")
            | (TokKind::Name, "and" | "or" | "in" | "is") => {}
            (TokKind::Op, _) => top.ops += 1,
            (TokKind::Name, "not" | "if" | "lambda" | "await" | "yield" | "for") => top.ops += 1,
            _ => {}
        }
        after_operand = matches!(tok.kind, TokKind::Name | TokKind::Number | TokKind::String)
            || matches!(text, ")" | "]" | "}");
        // The bound so far: this item plus every enclosing group's current item.
        let depth: u32 = stack.iter().map(|f| f.ops + f.inner + 1).sum();
        if depth > MAX_EXPR_DEPTH {
            return Some(i);
        }
    }
    None
}
