//! The run-time half of `match` statements: the type tests and lookups behind the pattern
//! instructions (cf. `match_keys`, `match_class` and `match_class_attr` in CPython 3.11's
//! `Python/ceval.c`). The compiler (`pyasync_compiler::pattern`) does everything else with
//! ordinary instructions.
//!
//! CPython decides "mapping" and "sequence" by two type flags, inherited from the base that
//! gives a class its layout; here the layout plays that part: `dict` subclasses are mappings,
//! `list` and `tuple` subclasses sequences, and `range` and `mappingproxy` (not subclassable)
//! are recognised by identity. A third flag marks the builtin types whose class pattern
//! `int(x)` matches the subject itself.

use std::rc::Rc;

use crate::builtins::functions::Args;
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::tuple::tuple_items;
use crate::objects::typeobj::Layout;
use crate::value::Value;
use crate::vm::{PyResult, Vm};

impl Vm {
    /// `MatchSequence`: whether `case [...]` may match the subject at all.
    pub(crate) fn match_is_sequence(&self, subject: &Value) -> bool {
        let class = self.class_of(subject);
        Rc::ptr_eq(class, &self.types.range)
            || class
                .as_type()
                .is_some_and(|t| matches!(t.layout, Layout::List | Layout::Tuple))
    }

    /// `MatchMapping`: whether `case {...}` may match the subject at all.
    pub(crate) fn match_is_mapping(&self, subject: &Value) -> bool {
        let class = self.class_of(subject);
        Rc::ptr_eq(class, &self.types.mappingproxy)
            || class.as_type().is_some_and(|t| t.layout == Layout::Dict)
    }

    /// `MatchKeys`: the subject's values for `keys` as a tuple, or None when one is missing.
    /// Values are fetched with `subject.get(key, missing)`, so a `__missing__` is never run;
    /// an exact dict is read directly, which is the same thing.
    pub(crate) fn match_keys(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let keys = tuple_items(keys).to_vec();
        if keys.is_empty() {
            return Ok(self.new_tuple(Vec::new()));
        }
        let exact_dict = match subject {
            Value::Obj(o) if Rc::ptr_eq(self.class_of(subject), &self.types.dict) => {
                Some(o.clone())
            }
            _ => None,
        };
        let get = match exact_dict {
            Some(_) => None,
            None => Some(self.getattr_str(subject, "get")?),
        };
        let missing = Value::Obj(Rc::new(PyObject::new(
            self.types.object.clone(),
            Payload::Plain,
        )));
        let mut seen: Vec<(i64, Value)> = Vec::with_capacity(keys.len());
        let mut values = Vec::with_capacity(keys.len());
        for key in keys {
            let hash = self.hash(&key)?;
            for (h, other) in &seen {
                if *h == hash && (other.is(&key) || self.eq(other, &key)?) {
                    let r = self.repr_string(&key)?;
                    return Err(
                        self.value_error(format!("mapping pattern checks duplicate key ({r})"))
                    );
                }
            }
            seen.push((hash, key.clone()));
            let value = match (&exact_dict, &get) {
                (Some(d), _) => self.dict_get(d, &key)?,
                (None, Some(get)) => {
                    let v = self.call(get, Args::new([key, missing.clone()]))?;
                    (!v.is(&missing)).then_some(v)
                }
                (None, None) => None,
            };
            match value {
                Some(v) => values.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(values))
    }

    /// `CopyDictWithoutKeys`: the `**rest` of a mapping pattern.
    pub(crate) fn match_rest(&mut self, subject: &Value, keys: &Value) -> PyResult<Value> {
        let rest = self.new_dict();
        self.dict_update_for_display(&rest, subject)?;
        for key in tuple_items(keys).to_vec() {
            self.delitem(&rest, &key)?;
        }
        Ok(rest)
    }

    /// `MatchClass(nargs)`: the attributes a class pattern matches its sub-patterns against,
    /// or None when the subject is not an instance of `cls` or lacks one of them.
    pub(crate) fn match_class(
        &mut self,
        subject: &Value,
        cls: &Value,
        nargs: usize,
        kw_names: &Value,
    ) -> PyResult<Value> {
        let Value::Obj(class) = cls else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        let Some(data) = class.as_type() else {
            return Err(self.type_error("called match pattern must be a type"));
        };
        let class_name = data.name();
        let matches_self = matches!(
            data.layout,
            Layout::Int
                | Layout::Bool
                | Layout::Float
                | Layout::Str
                | Layout::Bytes
                | Layout::ByteArray
                | Layout::Tuple
                | Layout::List
                | Layout::Dict
                | Layout::Set
                | Layout::FrozenSet
        );
        if !self.isinstance(subject, cls)? {
            return Ok(Value::None);
        }
        let mut seen: Vec<ObjRef> = Vec::new();
        let mut attrs: Vec<Value> = Vec::new();
        if nargs > 0 {
            let (match_args, match_self) = match self.getattr_str(cls, "__match_args__") {
                Ok(args) => {
                    let exact_tuple = matches!(args.payload(), Some(Payload::Tuple(_)))
                        && Rc::ptr_eq(self.class_of(&args), &self.types.tuple);
                    if !exact_tuple {
                        return Err(self.type_error(format!(
                            "{class_name}.__match_args__ must be a tuple (got {})",
                            self.type_name(&args)
                        )));
                    }
                    (tuple_items(&args).to_vec(), false)
                }
                Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => {
                    // Only a class without `__match_args__` matches itself, so a subclass
                    // that defines one loses the behaviour.
                    (Vec::new(), matches_self)
                }
                Err(e) => return Err(e),
            };
            let allowed = if match_self { 1 } else { match_args.len() };
            if allowed < nargs {
                let plural = if allowed == 1 { "" } else { "s" };
                return Err(self.type_error(format!(
                    "{class_name}() accepts {allowed} positional sub-pattern{plural} ({nargs} given)"
                )));
            }
            if match_self {
                attrs.push(subject.clone());
            } else {
                for name in &match_args[..nargs] {
                    let exact_str = matches!(name.payload(), Some(Payload::Str(_)))
                        && Rc::ptr_eq(self.class_of(name), &self.types.str);
                    let (Value::Obj(name), true) = (name, exact_str) else {
                        return Err(self.type_error(format!(
                            "__match_args__ elements must be strings (got {})",
                            self.type_name(name)
                        )));
                    };
                    match self.match_class_attr(subject, &class_name, name, &mut seen)? {
                        Some(v) => attrs.push(v),
                        None => return Ok(Value::None),
                    }
                }
            }
        }
        for name in tuple_items(kw_names).to_vec() {
            let Value::Obj(name) = name else { continue };
            match self.match_class_attr(subject, &class_name, &name, &mut seen)? {
                Some(v) => attrs.push(v),
                None => return Ok(Value::None),
            }
        }
        Ok(self.new_tuple(attrs))
    }

    /// One attribute of a class pattern; None when the subject lacks it.
    fn match_class_attr(
        &mut self,
        subject: &Value,
        class_name: &str,
        name: &ObjRef,
        seen: &mut Vec<ObjRef>,
    ) -> PyResult<Option<Value>> {
        if seen.iter().any(|s| s.str_text() == name.str_text()) {
            let r = self.repr_string(&Value::Obj(name.clone()))?;
            return Err(self.type_error(format!(
                "{class_name}() got multiple sub-patterns for attribute {r}"
            )));
        }
        seen.push(name.clone());
        let key = self.intern(name.str_text());
        match self.getattr(subject, &key) {
            Ok(v) => Ok(Some(v)),
            Err(e) if self.err_matches(&e, &self.exc.attribute_error.clone()) => Ok(None),
            Err(e) => Err(e),
        }
    }
}
