//! Type objects: the data of `type` instances (every class, builtin or user-defined), the
//! method resolution order (C3 linearization, as CPython's `mro_internal`), and attribute
//! lookup along it.
//!
//! Each type carries a version tag. The VM's method cache (`Vm::lookup_type`) is keyed by
//! (version, name); changing a class attribute gives the class and all its subclasses fresh
//! versions, which invalidates their cached lookups at once (CPython's type version tags).

use std::cell::{Cell, RefCell};
use std::rc::{Rc, Weak};

use crate::object::{ObjRef, PyObject};
use crate::objects::dict::Dict;
use crate::objects::str::str_hash;
use crate::value::Value;

/// Which builtin payload instances of a type carry (inherited from the builtin base).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Object,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    Exception,
    Type,
    Module,
    Property,
    ClassMethod,
    StaticMethod,
    /// A builtin type that cannot be subclassed or instantiated by layout (functions, ...).
    Other,
}

pub struct TypeData {
    pub name: RefCell<String>,
    pub qualname: RefCell<String>,
    pub bases: RefCell<Vec<ObjRef>>,
    /// The method resolution order, starting with the type itself.
    pub mro: RefCell<Vec<ObjRef>>,
    /// The class namespace (`__dict__`).
    pub attrs: RefCell<Dict>,
    pub layout: Layout,
    /// Created by a `class` statement or `type()`, rather than built into the VM.
    pub heap: bool,
    /// May be used as a base class.
    pub basetype: bool,
    /// Instances of a builtin layout get a dict object (their attribute storage).
    pub instance_dict: bool,
    /// Instances have a `__dict__` (false for a class whose `__slots__`, and those of all its
    /// bases, leave it out): they may set attributes other than their slots.
    pub has_dict: bool,
    /// Instances may be weakly referenced (`__weakref__`).
    pub weakrefs: bool,
    pub version: Cell<u32>,
    pub subclasses: RefCell<Vec<Weak<PyObject>>>,
    /// The `member_descriptor`s of every slot of the instances, in slot order: those of the
    /// base with slots first, then the class's own (`builtins/slots.rs`).
    pub slots: RefCell<Vec<ObjRef>>,
    /// How many there are (read without a borrow on every instance creation).
    pub slot_count: Cell<u32>,
    /// Instances have a `__del__` to run when freed (see `objects/finalizer.rs`).
    pub has_del: Cell<bool>,
    /// The version at which calling the class was found to need no generic step (metaclass
    /// `type`, `object.__new__`; see `Vm::simple_init`), 0 if not.
    pub simple_init_version: Cell<u32>,
    /// The version at which its `__init__` was also found to be `object.__init__`, 0 if not.
    pub object_init_version: Cell<u32>,
    /// The version at which an exception class was found plain (`Vm::is_plain_exception_class`:
    /// the builtin `__new__` and `__init__`, instances carrying only `args`), 0 if not.
    pub plain_exception_version: Cell<u32>,
    /// The most attributes an instance has had stored inline (`objects/instance.rs`): new
    /// instances get room for that many at once.
    pub attr_hint: Cell<u8>,
}

impl TypeData {
    pub fn new(name: &str, layout: Layout, heap: bool) -> TypeData {
        TypeData {
            name: RefCell::new(name.to_string()),
            qualname: RefCell::new(name.to_string()),
            bases: RefCell::new(Vec::new()),
            mro: RefCell::new(Vec::new()),
            attrs: RefCell::new(Dict::new()),
            layout,
            heap,
            basetype: true,
            instance_dict: heap,
            has_dict: heap,
            weakrefs: heap,
            version: Cell::new(next_version()),
            subclasses: RefCell::new(Vec::new()),
            slots: RefCell::new(Vec::new()),
            slot_count: Cell::new(0),
            has_del: Cell::new(false),
            simple_init_version: Cell::new(0),
            object_init_version: Cell::new(0),
            plain_exception_version: Cell::new(0),
            attr_hint: Cell::new(0),
        }
    }

    pub fn name(&self) -> String {
        self.name.borrow().clone()
    }

    /// Looks `name` up in this type's own namespace.
    pub fn own_attr(&self, hash: i64, name: &str) -> Option<Value> {
        self.attrs.borrow().get_str(hash, name).cloned()
    }
}

thread_local! {
    static NEXT_VERSION: Cell<u32> = const { Cell::new(1) };
}

fn next_version() -> u32 {
    NEXT_VERSION.with(|v| {
        let n = v.get();
        v.set(n.wrapping_add(1).max(1));
        n
    })
}

/// Gives `class` and every subclass a new version: their cached lookups are stale.
pub fn invalidate(class: &ObjRef) {
    if let Some(t) = class.as_type() {
        t.version.set(next_version());
        let subs: Vec<ObjRef> = t
            .subclasses
            .borrow()
            .iter()
            .filter_map(Weak::upgrade)
            .collect();
        for s in subs {
            invalidate(&s);
        }
    }
}

/// Looks `name` up along the MRO of `class` (no cache; see `Vm::lookup_type`).
pub fn lookup_mro(class: &ObjRef, hash: i64, name: &str) -> Option<Value> {
    let t = class.as_type()?;
    let mro = t.mro.borrow();
    for c in mro.iter() {
        if let Some(ct) = c.as_type() {
            if let Some(v) = ct.own_attr(hash, name) {
                return Some(v);
            }
        }
    }
    None
}

/// True when `sub` is `sup` or derives from it.
pub fn is_subtype(sub: &ObjRef, sup: &ObjRef) -> bool {
    if Rc::ptr_eq(sub, sup) {
        return true;
    }
    sub.as_type()
        .is_some_and(|t| t.mro.borrow().iter().any(|c| Rc::ptr_eq(c, sup)))
}

/// The C3 linearization of a class with these bases, or the bases CPython would complain
/// about (`Cannot create a consistent method resolution order (MRO) for bases A, B`).
pub fn c3_mro(class: &ObjRef, bases: &[ObjRef]) -> Result<Vec<ObjRef>, Vec<ObjRef>> {
    let mut seqs: Vec<Vec<ObjRef>> = bases
        .iter()
        .map(|b| {
            b.as_type()
                .map(|t| t.mro.borrow().clone())
                .unwrap_or_default()
        })
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![class.clone()];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        // The first head that appears in no other sequence's tail.
        let candidate = seqs.iter().map(|s| s[0].clone()).find(|head| {
            !seqs
                .iter()
                .any(|s| s[1..].iter().any(|c| Rc::ptr_eq(c, head)))
        });
        let Some(next) = candidate else {
            let mut blocked: Vec<ObjRef> = Vec::new();
            for s in &seqs {
                if !blocked.iter().any(|b| Rc::ptr_eq(b, &s[0])) {
                    blocked.push(s[0].clone());
                }
            }
            return Err(blocked);
        };
        for s in seqs.iter_mut() {
            if Rc::ptr_eq(&s[0], &next) {
                s.remove(0);
            }
        }
        out.push(next);
    }
}

/// The hash used for class attribute names.
pub fn name_hash(name: &str) -> i64 {
    str_hash(name)
}
