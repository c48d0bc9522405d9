//! The `select` module, as far as `import selectors` needs: `select.error` and `select()`.
//! Waiting on file descriptors needs poll(2)/select(2), which Ferrite does not offer to
//! built-in modules yet: `select.select` raises NotImplementedError (and `poll`/`epoll` are
//! absent, so `selectors.DefaultSelector` is `SelectSelector`).

use ferrite_runtime::errors::{exc_type, new_exc, Exc, PyResult};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::{ops, Value};

pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "error", exc_type(Exc::OSError));
    dict_set_str(d, "PIPE_BUF", new_int(4096));
    crate::define_functions(d, &[("select", select)]);
    Ok(())
}

/// `select(rlist, wlist, xlist, timeout=None)`: the arguments are checked as CPython does
/// (iterables of fds or objects with fileno()), then NotImplementedError.
fn select(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("select", a, kw, 3, 4)?;
    for &l in &a[..3] {
        let it = ops::iter(l)
            .map_err(|_| ferrite_runtime::errors::type_error("arguments 1-3 must be sequences"))?;
        while let Some(x) = ops::next(it)? {
            let fd = if x.is_small_int() || ferrite_runtime::methods::numbers::is_int_v(x) {
                ops::index_value(x)?
            } else {
                let f = ops::call_method(x, "fileno", &[])?;
                ops::index_value(f)?
            };
            if fd < 0 {
                return Err(ferrite_runtime::errors::value_error(format!(
                    "file descriptor cannot be a negative integer ({fd})"
                )));
            }
        }
    }
    if let Some(&t) = a.get(3) {
        if t != ferrite_runtime::object::none() {
            let secs = crate::util::to_f64(t).map_err(|_| {
                ferrite_runtime::errors::type_error("timeout must be a float or None")
            })?;
            if secs < 0.0 {
                return Err(ferrite_runtime::errors::value_error(
                    "timeout must be non-negative",
                ));
            }
        }
    }
    Err(new_exc(
        Exc::NotImplementedError,
        "select.select() is not supported by Ferrite yet (no poll(2) access for built-in modules)",
    ))
}
