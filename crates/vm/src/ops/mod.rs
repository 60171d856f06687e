//! The object protocols every instruction builds on.

pub mod attr;
pub mod attr_cache;
pub mod awaitable;
pub mod compare;
pub mod convert;
pub mod depth;
pub mod eq;
pub mod exceptions;
pub mod hash;
pub mod import;
pub mod iter;
pub mod local_attr;
pub mod mapping;
pub mod matching;
pub mod native_method;
pub mod number;
pub mod sizes;
pub mod subscript;
