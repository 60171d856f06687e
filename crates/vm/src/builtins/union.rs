//! `X | Y` on classes (PEP 604): a `types.UnionType` whose members are kept as a tuple
//! payload, so `isinstance`/`issubclass` accept it wherever they accept a tuple of classes.

use crate::object::{Payload, PyObject};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    fn is_union(&self, v: &Value) -> bool {
        v.as_obj()
            .and_then(|o| o.class.as_ref())
            .is_some_and(|c| std::rc::Rc::ptr_eq(c, &self.types.union_type))
    }

    /// The members `v` contributes to a union, or None when it cannot be part of one.
    fn union_members(&self, v: &Value) -> Option<Vec<Value>> {
        if v.is_none() {
            return Some(vec![Value::Obj(self.types.none_type.clone())]);
        }
        if self.is_union(v) {
            return Some(crate::objects::tuple::tuple_items(v).to_vec());
        }
        match v.payload() {
            Some(Payload::Type(_)) => Some(vec![v.clone()]),
            _ => None,
        }
    }

    /// `a | b` when both sides are classes, None or unions (`type.__or__`); None otherwise.
    pub fn type_union(&mut self, a: &Value, b: &Value) -> Option<PyResult<Value>> {
        let either_type = |v: &Value| matches!(v.payload(), Some(Payload::Type(_)));
        if !(either_type(a) || either_type(b) || self.is_union(a) || self.is_union(b)) {
            return None;
        }
        let mut members = self.union_members(a)?;
        for m in self.union_members(b)? {
            if !members.iter().any(|x| x.is(&m)) {
                members.push(m);
            }
        }
        if members.len() == 1 {
            return members.pop().map(Ok);
        }
        let o = std::rc::Rc::new(PyObject::new(
            self.types.union_type.clone(),
            Payload::Tuple(members.into_boxed_slice()),
        ));
        Some(Ok(Value::Obj(o)))
    }

    /// `repr(int | None)`: `int | None`, if `v` is a union.
    pub fn union_repr(&mut self, v: &Value) -> Option<PyResult<String>> {
        if !self.is_union(v) {
            return None;
        }
        let mut parts = Vec::new();
        for m in crate::objects::tuple::tuple_items(v).to_vec() {
            let text = match m.as_obj() {
                Some(c) if std::rc::Rc::ptr_eq(c, &self.types.none_type) => "None".to_string(),
                Some(c) if c.as_type().is_some() => {
                    let t = c.as_type().map(|t| t.qualname.borrow().clone());
                    let module = self.type_module(c);
                    let qual = t.unwrap_or_default();
                    if module == "builtins" {
                        qual
                    } else {
                        format!("{module}.{qual}")
                    }
                }
                _ => match self.repr_string(&m) {
                    Ok(s) => s,
                    Err(e) => return Some(Err(e)),
                },
            };
            parts.push(text);
        }
        Some(Ok(parts.join(" | ")))
    }
}
