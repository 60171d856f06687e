//! `key in d`, `d[key]`, `d[key] = value`, `d.get(key)` and a dict comprehension's `MapAdd`
//! from the hot loop (`hot.rs`), for an exact
//! `dict` (not a subclass: no `__missing__`, `__getitem__` or `__contains__` of its own) and
//! an int or exact str key, whose hash needs no Python code.
//!
//! Each case looks the key up once with native comparisons ([`Dict::get_native`],
//! [`Dict::set_native`]). When that does not settle it (a stored key of a user class with the
//! same hash, a missing key for `d[key]`, which raises KeyError) the stack is left as it was
//! and the instruction goes to `exec`, which has the general semantics and every error;
//! the native probe ran no Python code, so repeating the lookup there changes nothing.
//!
//! [`Dict::get_native`]: crate::objects::dict::Dict::get_native
//! [`Dict::set_native`]: crate::objects::dict::Dict::set_native

use std::cell::RefCell;
use std::rc::Rc;

use crate::frame::Frame;
use crate::object::{ObjRef, Payload};
use crate::objects::dict::Dict;
use crate::ops::hash::int_hash;
use crate::types::Types;
use crate::value::Value;

/// The dict of an exact `dict` object.
#[inline(always)]
fn exact_dict<'a>(types: &Types, v: &'a Value) -> Option<&'a RefCell<Dict>> {
    let Value::Obj(o) = v else { return None };
    match &o.payload {
        Payload::Dict(cell) if o.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, &types.dict)) => {
            Some(cell)
        }
        _ => None,
    }
}

/// The hash of an int or exact str key (a str caches its hash); `None` for other keys.
#[inline(always)]
pub fn native_key_hash(str_type: &ObjRef, key: &Value) -> Option<i64> {
    match key {
        Value::Int(i) => Some(int_hash(*i)),
        Value::Obj(k) => match &k.payload {
            Payload::Str(s) if k.class.as_ref().is_some_and(|c| Rc::ptr_eq(c, str_type)) => {
                Some(s.hash())
            }
            _ => None,
        },
        _ => None,
    }
}

/// `ContainsOp`: `item in d` (`not in` when `invert`), the item below the dict.
#[inline(always)]
pub(super) fn contains(types: &Types, frame: &mut Frame, invert: bool) -> bool {
    let found = {
        let (Some(cell), Some(hash)) = (
            exact_dict(types, frame.peek(1)),
            native_key_hash(&types.str, frame.peek(2)),
        ) else {
            return false;
        };
        let Ok(dict) = cell.try_borrow() else {
            return false;
        };
        match dict.get_native(hash, frame.peek(2)) {
            Some(found) => found.is_some(),
            None => return false,
        }
    };
    let container = frame.pop();
    let item = frame.pop();
    frame.push_bool(found != invert);
    drop(container);
    drop(item);
    true
}

/// `BinarySubscr`: `d[key]` for a key that is present, the key on top.
#[inline(always)]
pub(super) fn subscr(types: &Types, frame: &mut Frame) -> bool {
    let value = {
        let (Some(cell), Some(hash)) = (
            exact_dict(types, frame.peek(2)),
            native_key_hash(&types.str, frame.peek(1)),
        ) else {
            return false;
        };
        let Ok(dict) = cell.try_borrow() else {
            return false;
        };
        match dict.get_native(hash, frame.peek(1)) {
            Some(Some(v)) => v.clone(),
            _ => return false,
        }
    };
    let key = frame.pop();
    let container = frame.pop();
    frame.push(value);
    drop(key);
    drop(container);
    true
}

/// `StoreSubscr`: `d[key] = value` (stack: value, dict, key on top). Returns the value
/// replaced, if any, for the caller to drop (and then run what that queued, as `exec` does);
/// `Err(())` when the general path must decide.
#[inline(always)]
pub(super) fn store_subscr(types: &Types, frame: &mut Frame) -> Result<Option<Value>, ()> {
    let hash = {
        let (Some(cell), Some(hash)) = (
            exact_dict(types, frame.peek(2)),
            native_key_hash(&types.str, frame.peek(1)),
        ) else {
            return Err(());
        };
        if cell.try_borrow_mut().is_err() {
            return Err(());
        }
        hash
    };
    let key = frame.pop();
    let container = frame.pop();
    let value = frame.pop();
    let Some(cell) = exact_dict(types, &container) else {
        // (Checked above.)
        frame.push(value);
        frame.push(container);
        frame.push(key);
        return Err(());
    };
    let stored = cell.borrow_mut().set_native(hash, key, value);
    match stored {
        Ok(old) => {
            drop(container);
            Ok(old)
        }
        Err((key, value)) => {
            frame.push(value);
            frame.push(container);
            frame.push(key);
            Err(())
        }
    }
}

/// `CallMethod` of `d.get(key)` / `d.get(key, default)` (stack: the `dict.get` descriptor, the
/// dict, the key, the default if given): the lookup done in place, as `fast_methods::dict_get`
/// does, without the call machinery or leaving the hot loop. False when the general path must
/// decide (nothing changed); the caller runs what dropping the arguments queued.
#[inline(always)]
pub(super) fn call_get(types: &Types, frame: &mut Frame, nargs: u32) -> bool {
    let n = nargs as usize;
    if n != 1 && n != 2 {
        return false;
    }
    let value = {
        let Value::Obj(m) = frame.peek(n + 2) else {
            return false;
        };
        let Payload::MethodDescriptor(d) = &m.payload else {
            return false;
        };
        if d.owner_id != Rc::as_ptr(&types.dict) as usize || d.name != "get" {
            return false;
        }
        let key = frame.peek(n);
        let (Some(cell), Some(hash)) = (
            exact_dict(types, frame.peek(n + 1)),
            native_key_hash(&types.str, key),
        ) else {
            return false;
        };
        let Ok(dict) = cell.try_borrow() else {
            return false;
        };
        match dict.get_native(hash, key) {
            Some(Some(v)) => v.clone(),
            Some(None) if n == 2 => frame.peek(1).clone(),
            Some(None) => Value::None,
            None => return false,
        }
    };
    // Dropped one by one where they are read (the caller then runs what a drop queued).
    for _ in 0..n + 2 {
        let v = frame.pop();
        drop(v);
    }
    frame.push(value);
    true
}

/// `MapAdd`: a dict comprehension's `{key: value}` store (stack: the dict `i` below the key,
/// then key and value on top). Returns the value replaced, if any, for the caller to drop
/// (and then run what that queued); `Err(())` (stack unchanged) when the general path must
/// decide.
#[inline(always)]
pub(super) fn map_add(types: &Types, frame: &mut Frame, i: u32) -> Result<Option<Value>, ()> {
    let below = i as usize + 2;
    let hash = {
        let (Some(cell), Some(hash)) = (
            exact_dict(types, frame.peek(below)),
            native_key_hash(&types.str, frame.peek(2)),
        ) else {
            return Err(());
        };
        if cell.try_borrow_mut().is_err() {
            return Err(());
        }
        hash
    };
    let value = frame.pop();
    let key = frame.pop();
    let stored = match exact_dict(types, frame.peek(i as usize)) {
        Some(cell) => cell.borrow_mut().set_native(hash, key, value),
        // (Checked above.)
        None => Err((key, value)),
    };
    match stored {
        Ok(old) => Ok(old),
        Err((key, value)) => {
            frame.push(key);
            frame.push(value);
            Err(())
        }
    }
}
