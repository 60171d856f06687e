//! Python functions, bound methods and properties.

use std::cell::RefCell;
use std::rc::Rc;

use crate::code::Code;
use crate::object::ObjRef;
use crate::value::Value;

/// A function defined by `def` or `lambda` (CPython's `PyFunctionObject`).
pub struct Function {
    pub code: Rc<Code>,
    pub globals: ObjRef,
    pub builtins: ObjRef,
    pub name: RefCell<Value>,
    pub qualname: RefCell<Value>,
    /// `__defaults__`: a tuple or None.
    pub defaults: RefCell<Value>,
    /// `__kwdefaults__`: a dict or None.
    pub kwdefaults: RefCell<Value>,
    /// The cells of the free variables, in `co_freevars` order.
    pub closure: Option<Box<[Value]>>,
    /// How many positional arguments a call binds just by moving them into the first slots,
    /// with nothing else to set up (see `Vm::push_exact_frame`): `co_argcount` for a plain
    /// function (`Code::simple_args`) without a closure, `u32::MAX` (no count) for any other.
    /// Worked out when the function is made (its code and closure never change), so that a
    /// call checks it without reaching the code first. See [`Function::exact_args_for`].
    pub exact_args: u32,
    pub annotations: RefCell<Value>,
    pub doc: RefCell<Value>,
    pub module: RefCell<Value>,
    /// The function's `__dict__`, made on first use.
    pub dict: RefCell<Option<ObjRef>>,
}

impl Function {
    /// The [`Function::exact_args`] of a function with this code and closure.
    pub fn exact_args_for(code: &Code, closure: &Option<Box<[Value]>>) -> u32 {
        if code.simple_args && closure.is_none() {
            code.arg_count
        } else {
            u32::MAX
        }
    }

    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        f(&self.globals);
        f(&self.builtins);
        for cell in [
            &self.name,
            &self.qualname,
            &self.defaults,
            &self.kwdefaults,
            &self.annotations,
            &self.doc,
            &self.module,
        ] {
            match cell.try_borrow() {
                Ok(v) => {
                    if let Value::Obj(o) = &*v {
                        f(o);
                    }
                }
                Err(_) => return false,
            }
        }
        if let Some(cells) = &self.closure {
            for c in cells.iter() {
                if let Value::Obj(o) = c {
                    f(o);
                }
            }
        }
        match self.dict.try_borrow() {
            Ok(d) => {
                if let Some(d) = &*d {
                    f(d);
                }
            }
            Err(_) => return false,
        }
        true
    }

    pub fn clear(&self) {
        for cell in [
            &self.defaults,
            &self.kwdefaults,
            &self.annotations,
            &self.doc,
        ] {
            if let Ok(mut v) = cell.try_borrow_mut() {
                *v = Value::None;
            }
        }
        if let Ok(mut d) = self.dict.try_borrow_mut() {
            *d = None;
        }
    }
}

/// A function bound to an object (`obj.method`).
pub struct BoundMethod {
    pub func: Value,
    pub self_: Value,
}

/// `property(fget, fset, fdel, doc)`.
pub struct Property {
    pub fget: RefCell<Value>,
    pub fset: RefCell<Value>,
    pub fdel: RefCell<Value>,
    pub doc: RefCell<Value>,
    /// The attribute name the property was assigned to (`__set_name__`), for messages.
    pub name: RefCell<Value>,
}

impl Property {
    pub fn trace(&self, f: &mut dyn FnMut(&ObjRef)) -> bool {
        for cell in [&self.fget, &self.fset, &self.fdel, &self.doc, &self.name] {
            match cell.try_borrow() {
                Ok(v) => {
                    if let Value::Obj(o) = &*v {
                        f(o);
                    }
                }
                Err(_) => return false,
            }
        }
        true
    }
}
