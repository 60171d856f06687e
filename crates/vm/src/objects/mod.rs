//! The data of the builtin types (their methods are in `builtins/`).

pub mod class_slot;
pub mod complex;
pub mod dict;
pub mod exception;
pub mod finalizer;
pub mod float;
pub mod function;
pub mod generator;
pub mod instance;
pub mod int;
pub mod iter;
pub mod module;
pub mod range;
pub mod set;
pub mod str;
pub mod textio;
pub mod traceback;
pub mod trashcan;
pub mod tuple;
pub mod typeobj;
