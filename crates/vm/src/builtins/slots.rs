//! `__slots__`: reading a class's `__slots__` when it is made (CPython's `type_new_slots`),
//! the `member_descriptor`s it puts in the class, one per slot name, and reading, setting and
//! deleting a slot through them (`Objects/descrobject.c` `member_get`/`member_set`). The
//! fields of builtin exceptions (`OSError.errno`, ...) are member descriptors too, over
//! `ExceptionData::fields`.
//!
//! A class's slots are numbered: those of its base with slots first, then its own, sorted
//! after name mangling as CPython sorts them. An instance of a class deriving only from
//! `object` keeps its slot values in its own storage (`objects/instance.rs`): the first
//! entries of its attribute vector, one per slot in that order, keyed by the descriptor (not
//! a str, so no lookup by name ever finds them) and `Value::Null` while unset. A descriptor
//! reads its entry by index. An exception keeps its slot values with its builtin fields
//! (`ExceptionData::fields`, by name). Instances of other classes with a builtin base
//! (`class L(list)`) keep slot values in their dict object under the slot name, hidden when
//! the class has no `__dict__` (see docs/limitations.md).

use std::rc::{Rc, Weak};

use super::functions::{Args, MethodKind};
use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::typeobj::{is_subtype, Layout};
use crate::value::Value;
use crate::vm::{PyResult, Vm};

/// What a `member_descriptor` reads and writes.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum MemberKind {
    /// A slot of `__slots__`, at the descriptor's index.
    Slot,
    /// A field of a builtin exception (None while unset).
    Field,
    /// A field of a builtin exception that Python code cannot change
    /// (`BaseExceptionGroup.message`).
    ReadOnlyField,
}

/// A `member_descriptor`: the slot `name` (mangled) of `owner`'s instances, at `index`, or a
/// field of a builtin exception.
pub struct MemberDescriptor {
    /// The slot's name, a str object.
    pub name: ObjRef,
    /// Its position among an instance's slot entries.
    pub index: u32,
    pub kind: MemberKind,
    /// The class whose `__slots__` named it (`__objclass__`); weak, the class holds it.
    pub owner: Weak<PyObject>,
}

/// What a class's own `__slots__` ask for.
pub struct SlotSpec {
    /// The storage slots it adds: mangled, in CPython's sorted order (duplicates kept).
    pub names: Vec<String>,
    /// `'__dict__'` is among them.
    pub add_dict: bool,
    /// `'__weakref__'` is among them.
    pub add_weakref: bool,
}

fn is_identifier(s: &str) -> bool {
    let mut cs = s.chars();
    matches!(cs.next(), Some(c) if c == '_' || unicode_ident::is_xid_start(c))
        && cs.all(unicode_ident::is_xid_continue)
}

impl Vm {
    /// Reads the `__slots__` value `slots` of a class named `class` with builtin layout
    /// `layout`, whose bases already give instances a `__dict__` (`base_dict`) or weak
    /// references (`base_weak`); `has_attr` tells whether the namespace has a name.
    /// CPython's checks, in its order and words.
    pub(crate) fn read_slots(
        &mut self,
        class: &str,
        slots: &Value,
        layout: Layout,
        layout_base: &str,
        (base_dict, base_weak): (bool, bool),
        has_attr: &dyn Fn(&str) -> bool,
    ) -> PyResult<SlotSpec> {
        let items = match slots.as_str() {
            Some(_) => vec![slots.clone()],
            None => self.collect_iterable(slots)?,
        };
        // Variable-sized builtin layouts (CPython's `tp_itemsize != 0`) have no room for
        // slots; the message names the base that carries the layout.
        let variable_size = matches!(
            layout,
            Layout::Int | Layout::Bool | Layout::Tuple | Layout::Bytes | Layout::Type
        );
        if !items.is_empty() && variable_size {
            let base = layout_base;
            return Err(self.type_error(format!(
                "nonempty __slots__ not supported for subtype of '{base}'"
            )));
        }
        let mut spec = SlotSpec {
            names: Vec::new(),
            add_dict: false,
            add_weakref: false,
        };
        let mut raw: Vec<String> = Vec::with_capacity(items.len());
        for item in &items {
            let Some(s) = item.as_str() else {
                return Err(self.type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    self.type_name(item)
                )));
            };
            if !is_identifier(s) {
                return Err(self.type_error("__slots__ must be identifiers"));
            }
            if s == "__dict__" {
                if base_dict || spec.add_dict {
                    return Err(self.type_error("__dict__ slot disallowed: we already got one"));
                }
                spec.add_dict = true;
            } else if s == "__weakref__" {
                if base_weak || spec.add_weakref {
                    return Err(self.type_error(
                        "__weakref__ slot disallowed: either we already got one, or __itemsize__ != 0",
                    ));
                }
                spec.add_weakref = true;
            }
            raw.push(s.to_string());
        }
        for s in raw {
            if s == "__dict__" || s == "__weakref__" {
                continue;
            }
            // Private names are mangled as the compiler mangles them (`_Py_Mangle`).
            let name = pyasync_syntax::symtable::mangle_name(Some(class), &s);
            if has_attr(&name) {
                return Err(self.value_error(format!(
                    "'{name}' in __slots__ conflicts with class variable"
                )));
            }
            spec.names.push(name);
        }
        spec.names.sort();
        Ok(spec)
    }

    /// The slots a class with these bases inherits: those of its base with the most, which
    /// every other base with slots must share (CPython's "solid base" rule), and none when
    /// the class has a builtin layout (slots of a plain class cannot be combined with one).
    pub(crate) fn base_slots(&self, bases: &[ObjRef], layout: Layout) -> PyResult<Vec<ObjRef>> {
        let mut best: Vec<ObjRef> = Vec::new();
        for b in bases {
            let Some(bt) = b.as_type() else { continue };
            let slots = bt.slots.borrow();
            if slots.is_empty() {
                continue;
            }
            let (short, long) = if slots.len() > best.len() {
                (&best[..], &slots[..])
            } else {
                (&slots[..], &best[..])
            };
            let shared = short.iter().zip(long).all(|(a, b)| Rc::ptr_eq(a, b));
            if !shared || (bt.layout == Layout::Object && layout != Layout::Object) {
                return Err(self.type_error("multiple bases have instance lay-out conflict"));
            }
            if slots.len() > best.len() {
                best = slots.clone();
            }
        }
        Ok(best)
    }

    /// A `member_descriptor` for slot `name` at `index` of `owner`'s instances.
    pub(crate) fn new_member(&mut self, name: &str, index: usize, owner: &ObjRef) -> ObjRef {
        let name = self.intern(name);
        Rc::new(PyObject::new(
            self.types.member_descriptor.clone(),
            Payload::Member(Box::new(MemberDescriptor {
                name,
                index: index as u32,
                kind: MemberKind::Slot,
                owner: Rc::downgrade(owner),
            })),
        ))
    }

    /// Puts a `member_descriptor` for each of `fields` in the builtin exception class
    /// `class` (CPython's `PyMemberDef`s of `Objects/exceptions.c`).
    pub(crate) fn add_exception_fields(
        &mut self,
        class: &ObjRef,
        fields: &[&str],
        kind: MemberKind,
    ) {
        for name in fields {
            let key = self.intern(name);
            let d = PyObject::new(
                self.types.member_descriptor.clone(),
                Payload::Member(Box::new(MemberDescriptor {
                    name: key,
                    index: 0,
                    kind,
                    owner: Rc::downgrade(class),
                })),
            );
            self.set_type_attr(class, name, Value::obj(d));
        }
    }

    /// The TypeError for a descriptor used on an object of another class, if `obj` is not
    /// an instance of the descriptor's class.
    fn member_check(&self, d: &MemberDescriptor, obj: &Value) -> PyResult<()> {
        let Some(owner) = d.owner.upgrade() else {
            return Ok(());
        };
        if is_subtype(self.class_of(obj), &owner) {
            return Ok(());
        }
        Err(self.type_error(format!(
            "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
            d.name.str_text(),
            owner.as_type().map(|t| t.name()).unwrap_or_default(),
            self.type_name(obj)
        )))
    }

    /// `obj.slot` (`member_get`): its value, or CPython's AttributeError when unset.
    pub fn member_get(&mut self, d: &MemberDescriptor, obj: &Value) -> PyResult<Value> {
        self.member_check(d, obj)?;
        let found = match obj {
            Value::Obj(o) => match &o.payload {
                Payload::Exception(e) if d.kind != MemberKind::Slot => {
                    Some(e.field(d.name.str_text()).unwrap_or(Value::None))
                }
                // An exception's slots are kept with its fields, unset while absent.
                Payload::Exception(e) => e.field(d.name.str_text()),
                Payload::Instance(inst) => inst.slot(d.index as usize),
                _ => self
                    .object_dict(o)
                    .and_then(|dict| self.dict_get_str(&dict, &d.name)),
            },
            _ => None,
        };
        match found {
            Some(v) => Ok(v),
            None => Err(self.no_attribute(obj, &d.name)),
        }
    }

    /// `obj.slot = value` (`Some`) or `del obj.slot` (`None`; AttributeError when unset).
    pub fn member_set(
        &mut self,
        d: &MemberDescriptor,
        obj: &Value,
        value: Option<Value>,
    ) -> PyResult<()> {
        self.member_check(d, obj)?;
        let Value::Obj(o) = obj else {
            return Err(self.attribute_error(d.name.str_text().to_string()));
        };
        let deleting = value.is_none();
        let done = match &o.payload {
            Payload::Exception(_) if d.kind == MemberKind::ReadOnlyField => {
                return Err(self.attribute_error("readonly attribute"));
            }
            Payload::Exception(e) if d.kind == MemberKind::Field => {
                if let Some(v) = &value {
                    e.note_field(o, v, &self.gc);
                }
                e.set_field(&d.name, value);
                true
            }
            Payload::Exception(e) => {
                if let Some(v) = &value {
                    e.note_field(o, v, &self.gc);
                }
                let had = e.field(d.name.str_text()).is_some();
                e.set_field(&d.name, value);
                !deleting || had
            }
            Payload::Instance(inst) => {
                if let Some(v) = &value {
                    inst.note_store(o, v, &self.gc);
                }
                match inst.set_slot(d.index as usize, value.unwrap_or(Value::Null)) {
                    Err(_) => {
                        return Err(self.runtime_error("instance attributes changed during access"))
                    }
                    Ok(old) => !deleting || old.is_some(),
                }
            }
            _ => match (self.object_dict(o), value) {
                (Some(dict), Some(v)) => {
                    self.dict_set_str(&dict, &d.name, v)?;
                    true
                }
                (Some(dict), None) => self.dict_del_str(&dict, &d.name)?,
                (None, _) => false,
            },
        };
        if done {
            Ok(())
        } else {
            Err(self.attribute_error(d.name.str_text().to_string()))
        }
    }

    /// The attributes of a `member_descriptor` (`__name__`, `__objclass__`, ...).
    pub(crate) fn member_attr(&mut self, d: &MemberDescriptor, name: &str) -> Option<Value> {
        let owner = d.owner.upgrade();
        Some(match name {
            "__name__" => Value::Obj(d.name.clone()),
            "__qualname__" => {
                let q = owner
                    .as_ref()
                    .and_then(|c| c.as_type())
                    .map(|t| t.qualname.borrow().clone())
                    .unwrap_or_default();
                self.new_str(format!("{q}.{}", d.name.str_text()))
            }
            "__doc__" => Value::None,
            "__objclass__" => owner.map_or(Value::None, Value::Obj),
            _ => return None,
        })
    }

    /// `repr()` of a `member_descriptor`.
    pub(crate) fn member_repr(&self, d: &MemberDescriptor) -> String {
        let owner = d.owner.upgrade();
        let owner = owner.as_ref().and_then(|c| c.as_type()).map(|t| t.name());
        format!(
            "<member '{}' of '{}' objects>",
            d.name.str_text(),
            owner.unwrap_or_default()
        )
    }
}

fn member_of<'a>(vm: &Vm, v: &'a Value) -> PyResult<&'a MemberDescriptor> {
    match v.payload() {
        Some(Payload::Member(d)) => Ok(d),
        _ => Err(vm.type_error(format!(
            "descriptor requires a 'member_descriptor' object but received a '{}'",
            vm.type_name(v)
        ))),
    }
}

/// `descr.__get__(obj, type=None)`: the descriptor itself for `obj` None.
fn member_dunder_get(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__get__", &args, 2, 3)?;
    let d = member_of(vm, &args.values[0])?;
    if args.values[1].is_none() {
        return Ok(args.values[0].clone());
    }
    vm.member_get(d, &args.values[1])
}

/// `descr.__set__(obj, value)`.
fn member_dunder_set(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__set__", &args, 3, 3)?;
    let d = member_of(vm, &args.values[0])?;
    vm.member_set(d, &args.values[1], Some(args.values[2].clone()))?;
    Ok(Value::None)
}

/// `descr.__delete__(obj)`.
fn member_dunder_delete(vm: &mut Vm, args: Args) -> PyResult<Value> {
    vm.check_args("__delete__", &args, 2, 2)?;
    let d = member_of(vm, &args.values[0])?;
    vm.member_set(d, &args.values[1], None)?;
    Ok(Value::None)
}

pub fn install(vm: &mut Vm) {
    let member = vm.types.member_descriptor.clone();
    vm.add_method(&member, "__get__", member_dunder_get, MethodKind::Instance);
    vm.add_method(&member, "__set__", member_dunder_set, MethodKind::Instance);
    vm.add_method(
        &member,
        "__delete__",
        member_dunder_delete,
        MethodKind::Instance,
    );
}
