//! The builtin type objects, made once when the VM starts: `type` and `object` first (`type`
//! is its own class, `object` is its own root), then every other builtin type, then CPython's
//! exception hierarchy from a table.

use std::rc::Rc;

use crate::object::{ObjRef, Payload, PyObject};
use crate::objects::typeobj::{Layout, TypeData};

macro_rules! builtin_types {
    ($($field:ident : $name:literal, $layout:ident, $subclassable:literal;)*) => {
        /// Every builtin type the VM refers to directly.
        pub struct Types {
            pub type_: ObjRef,
            pub object: ObjRef,
            $(pub $field: ObjRef,)*
        }

        impl Types {
            pub fn create() -> Types {
                let type_ = Rc::new(PyObject {
                    class: None.into(),
                    dict: crate::objects::instance::DictSlot::new(),
                    payload: Payload::Type(Box::new(TypeData::new("type", Layout::Type, false)).into()),
                });
                let object = Rc::new(PyObject::new(
                    type_.clone(),
                    Payload::Type(Box::new(TypeData::new("object", Layout::Object, false)).into()),
                ));
                set_mro(&object, &[]);
                set_mro(&type_, std::slice::from_ref(&object));
                $(
                    let $field = new_type(&type_, $name, Layout::$layout, &object, $subclassable);
                )*
                let types = Types { type_, object, $($field,)* };
                // bool is the one builtin type whose base is not object.
                set_mro(&types.bool_, std::slice::from_ref(&types.int));
                types
            }
        }
    };
}

builtin_types! {
    int: "int", Int, true;
    bool_: "bool", Bool, false;
    float: "float", Float, true;
    complex: "complex", Complex, true;
    str: "str", Str, true;
    bytes: "bytes", Bytes, true;
    bytearray: "bytearray", ByteArray, true;
    tuple: "tuple", Tuple, true;
    list: "list", List, true;
    dict: "dict", Dict, true;
    set: "set", Set, true;
    frozenset: "frozenset", FrozenSet, true;
    range: "range", Other, false;
    slice: "slice", Other, false;
    none_type: "NoneType", Other, false;
    not_implemented_type: "NotImplementedType", Other, false;
    ellipsis_type: "ellipsis", Other, false;
    function: "function", Other, false;
    builtin_function: "builtin_function_or_method", Other, false;
    method_descriptor: "method_descriptor", Other, false;
    classmethod_descriptor: "classmethod_descriptor", Other, false;
    method: "method", Other, false;
    classmethod: "classmethod", ClassMethod, true;
    staticmethod: "staticmethod", StaticMethod, true;
    property: "property", Property, true;
    module: "module", Module, true;
    cell: "cell", Other, false;
    code: "code", Other, false;
    generator: "generator", Other, false;
    coroutine: "coroutine", Other, false;
    async_generator: "async_generator", Other, false;
    async_generator_asend: "async_generator_asend", Other, false;
    async_generator_athrow: "async_generator_athrow", Other, false;
    coroutine_wrapper: "coroutine_wrapper", Other, false;
    traceback: "traceback", Other, false;
    frame: "frame", Other, false;
    list_iterator: "list_iterator", Other, false;
    list_reverseiterator: "list_reverseiterator", Other, false;
    tuple_iterator: "tuple_iterator", Other, false;
    range_iterator: "range_iterator", Other, false;
    longrange_iterator: "longrange_iterator", Other, false;
    str_iterator: "str_ascii_iterator", Other, false;
    bytes_iterator: "bytes_iterator", Other, false;
    dict_keyiterator: "dict_keyiterator", Other, false;
    dict_valueiterator: "dict_valueiterator", Other, false;
    dict_itemiterator: "dict_itemiterator", Other, false;
    dict_reversekeyiterator: "dict_reversekeyiterator", Other, false;
    set_iterator: "set_iterator", Other, false;
    enumerate: "enumerate", Other, true;
    zip: "zip", Other, true;
    map: "map", Other, true;
    filter: "filter", Other, true;
    reversed: "reversed", Other, true;
    callable_iterator: "callable_iterator", Other, false;
    seq_iterator: "iterator", Other, false;
    dict_keys: "dict_keys", Other, false;
    dict_values: "dict_values", Other, false;
    dict_items: "dict_items", Other, false;
    super_: "super", Other, true;
    text_io: "TextIOWrapper", Other, false;
    weakref: "weakref", Other, true;
    mappingproxy: "mappingproxy", Other, false;
    getset_descriptor: "getset_descriptor", Other, false;
    member_descriptor: "member_descriptor", Other, false;
    async_gen_wrapped_value: "async_generator_wrapped_value", Other, false;
}

fn set_mro(class: &ObjRef, bases: &[ObjRef]) {
    if let Some(t) = class.as_type() {
        let mut mro = vec![class.clone()];
        if let Some(first) = bases.first() {
            if let Some(bt) = first.as_type() {
                mro.extend(bt.mro.borrow().iter().cloned());
            }
        }
        *t.mro.borrow_mut() = mro;
        let old_bases = std::mem::replace(&mut *t.bases.borrow_mut(), bases.to_vec());
        for b in &old_bases {
            if let Some(bt) = b.as_type() {
                bt.subclasses
                    .borrow_mut()
                    .retain(|w| !std::ptr::eq(w.as_ptr(), Rc::as_ptr(class)));
            }
        }
        for b in bases {
            if let Some(bt) = b.as_type() {
                bt.subclasses.borrow_mut().push(Rc::downgrade(class));
            }
        }
    }
}

/// A builtin type with a single base.
pub fn new_type(
    metatype: &ObjRef,
    name: &str,
    layout: Layout,
    base: &ObjRef,
    subclassable: bool,
) -> ObjRef {
    let mut data = TypeData::new(name, layout, false);
    data.basetype = subclassable;
    let class = Rc::new(PyObject::new(
        metatype.clone(),
        Payload::Type(Box::new(data).into()),
    ));
    set_mro(&class, std::slice::from_ref(base));
    class
}
