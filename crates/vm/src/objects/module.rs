//! Module objects: a name and a namespace dict.

use crate::object::ObjRef;

pub struct Module {
    pub name: String,
    /// The module's globals (a dict object).
    pub dict: ObjRef,
}
