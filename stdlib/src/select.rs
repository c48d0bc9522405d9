//! The `select` module: `select.select` over poll(2) (enough for `selectors`' SelectSelector
//! and so asyncio's event loop). `poll`/`epoll` objects are not provided yet, so
//! `selectors.DefaultSelector` is `SelectSelector`.

use ferrite_runtime::errors::{exc_type, Exc, PyResult};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::{ops, Value};

pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "error", exc_type(Exc::OSError));
    dict_set_str(d, "PIPE_BUF", new_int(4096));
    crate::define_functions(d, &[("select", select)]);
    Ok(())
}

/// The fd of a select() argument item: an int or an object with fileno().
fn fd_of(x: Value) -> PyResult<i64> {
    let fd = if x.is_small_int() || ferrite_runtime::methods::numbers::is_int_v(x) {
        ops::index_value(x)?
    } else {
        match ops::getattr_opt(x, ferrite_runtime::intern::intern("fileno"))? {
            Some(m) => ops::index_value(ops::call(m, &[], &[])?)?,
            None => {
                return Err(ferrite_runtime::errors::type_error(
                    "argument must be an int, or have a fileno() method.",
                ))
            }
        }
    };
    if fd < 0 {
        return Err(ferrite_runtime::errors::value_error(format!(
            "file descriptor cannot be a negative integer ({fd})"
        )));
    }
    Ok(fd)
}

/// `select(rlist, wlist, xlist, timeout=None)` over poll(2): the three lists of the ready
/// objects, as CPython's.
fn select(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    use ferrite_runtime::objects::list::{list_get, list_push, new_list};
    crate::support::positional_only("select", a, kw, 3, 4)?;
    // the items, kept in GC lists while we collect their fds
    let lists = new_list(&[]);
    let mut fds: Vec<(i32, i16)> = Vec::new();
    let mut owners: Vec<(usize, usize)> = Vec::new();
    for (k, &l) in a[..3].iter().enumerate() {
        let items = ops::to_list(l)
            .map_err(|_| ferrite_runtime::errors::type_error("arguments 1-3 must be sequences"))?;
        list_push(lists, items);
        let mut i = 0;
        while let Some(x) = list_get(items, i) {
            let fd = fd_of(x)? as i32;
            let ev = match k {
                0 => crate::syscalls::POLLIN,
                1 => crate::syscalls::POLLOUT,
                _ => crate::syscalls::POLLPRI,
            };
            fds.push((fd, ev));
            owners.push((k, i));
            i += 1;
        }
    }
    let timeout_ms = match a.get(3) {
        None => -1,
        Some(&t) if t == ferrite_runtime::object::none() => -1,
        Some(&t) => {
            let f = ops::call(
                ferrite_runtime::object::bt(ferrite_runtime::object::BT::Float),
                &[t],
                &[],
            )
            .map_err(|_| ferrite_runtime::errors::type_error("timeout must be a float or None"))?;
            let secs = ferrite_runtime::objects::float::float_of(f);
            if secs < 0.0 {
                return Err(ferrite_runtime::errors::value_error(
                    "timeout must be non-negative",
                ));
            }
            (secs * 1000.0).ceil().min(i32::MAX as f64) as i32
        }
    };
    let revents = ferrite_gc::blocking(|| crate::syscalls::poll(&fds, timeout_ms))
        .map_err(|e| crate::posix::os_error(&e, None))?;
    let out = [new_list(&[]), new_list(&[]), new_list(&[])];
    for (j, &(k, i)) in owners.iter().enumerate() {
        let r = revents[j];
        let ready = match k {
            0 => {
                r & (crate::syscalls::POLLIN | crate::syscalls::POLLHUP | crate::syscalls::POLLERR)
                    != 0
            }
            1 => r & (crate::syscalls::POLLOUT | crate::syscalls::POLLERR) != 0,
            _ => r & crate::syscalls::POLLPRI != 0,
        };
        if r & crate::syscalls::POLLNVAL != 0 {
            return Err(crate::posix::os_error(
                &std::io::Error::from_raw_os_error(9),
                None,
            ));
        }
        if ready {
            let items = list_get(lists, k).expect("list");
            let x = list_get(items, i).expect("item");
            list_push(out[k], x);
        }
    }
    Ok(ferrite_runtime::objects::tuple::new_tuple(&out))
}
