//! Builtin object layouts, one file per type family (as CPython's Objects/).
pub mod attrmap;
pub mod dict;
pub mod float;
pub mod function;
pub mod instance;
pub mod int;
pub mod iter;
pub mod list;
pub mod native;
pub mod set;
pub mod str;
pub mod super_;
pub mod tuple;
pub mod weakref;
