//! Ferrite's object model: values, type objects, builtin types, attribute lookup, the data
//! model (operators, comparisons, hashing) and exceptions. See docs/ARCHITECTURE.md.
pub mod descr;
pub mod errors;
pub mod fd;
pub mod finalize;
pub mod intern;
pub mod numeric;
pub mod object;
pub mod objects;
pub mod objlock;
pub mod ops;
pub mod thread;
pub mod types;
pub mod value;

pub use errors::{PyErr, PyResult};
pub use value::Value;
pub mod args;
pub mod class;
pub mod format;
pub mod init;
pub mod methods;
pub mod sort;
pub mod structseq;
