//! The `_warnings` module. CPython's C accelerator keeps the filters; Ferrite leaves them to
//! the pure-Python `warnings` module (it falls back when `_warnings` lacks `filters`), and this
//! module's `warn` — which importlib's bootstrap calls — hands over to `warnings.warn`.

use ferrite_runtime::errors::PyResult;
use ferrite_runtime::{ops, Value};

fn w_warn(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = crate::import_module("warnings")?;
    let f = ops::getattr(m, ferrite_runtime::intern::intern("warn"))?;
    ops::call(f, a, kw)
}

fn w_warn_explicit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = crate::import_module("warnings")?;
    let f = ops::getattr(m, ferrite_runtime::intern::intern("warn_explicit"))?;
    ops::call(f, a, kw)
}

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(d, &[("warn", w_warn), ("warn_explicit", w_warn_explicit)]);
    Ok(())
}
