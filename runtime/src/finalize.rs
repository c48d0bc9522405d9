//! Running the finalizers the collector queued (gc/src/finalize.rs): `__del__` of instances
//! whose class defines it, and `close()` of generators found unreachable while suspended
//! inside a `try`/`with` block. They run at the interpreter's polls, after `gc.collect()`,
//! and at exit, never inside a collection.

use crate::errors::PyErr;
use crate::object::{layout_of, type_of, Layout};
use crate::value::Value;

/// Runs every queued finalizer; `report(error, what)` prints an error one of them raised
/// ("Exception ignored in: <what>").
pub fn run_pending(report: &dyn Fn(PyErr, Value)) {
    while let Some(h) = ferrite_gc::pop_finalizable() {
        let v = Value::from_ptr(h);
        if layout_of(v) == Layout::Generator {
            if let Err(e) = crate::ops::call_method(v, "close", &[]) {
                report(e, v);
            }
        } else if let Some(del) = crate::types::lookup(type_of(v), "__del__") {
            if let Err(e) = crate::ops::call_method_obj(del, v, &[], &[]) {
                report(e, del);
            }
        }
    }
}
