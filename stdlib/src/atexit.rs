//! The `atexit` module: functions called when the interpreter exits, last registered first.
//! The `ferrite` binary calls [`run_exitfuncs`] after the main module finishes.

use ferrite_runtime::args::check;
use ferrite_runtime::errors::{type_error, PyResult};
use ferrite_runtime::object::none;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_items, list_len, new_list};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::{ops, Value};

/// The registered callbacks: a list of (func, args, kwnames) tuples, where the keyword
/// values are the last len(kwnames) entries of args.
fn callbacks() -> Value {
    crate::support::state_or_init("atexit.callbacks", || new_list(&[]))
}

pub fn init(d: Value) -> PyResult<()> {
    callbacks();
    crate::define_functions(
        d,
        &[
            ("register", atexit_register),
            ("unregister", atexit_unregister),
            ("_run_exitfuncs", atexit_run_exitfuncs),
            ("_clear", atexit_clear),
            ("_ncallbacks", atexit_ncallbacks),
        ],
    );
    Ok(())
}

fn atexit_register(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos == 0 {
        return Err(type_error("register() takes at least 1 argument (0 given)"));
    }
    let f = a[0];
    if !crate::is_callable(f) {
        return Err(type_error("the first argument must be callable"));
    }
    let entry = new_tuple(&[f, new_tuple(&a[1..]), new_tuple(kw)]);
    ferrite_runtime::objects::list::list_push(callbacks(), entry);
    Ok(f)
}

fn atexit_unregister(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("unregister", a, kw, 1, 1)?;
    // as CPython, a removed callback leaves an empty slot (still counted by _ncallbacks)
    let l = callbacks();
    let mut i = 0;
    while i < list_len(l) {
        let entry = list_items(l)[i];
        i += 1;
        if entry == none() {
            continue;
        }
        let f = tuple_items(entry)[0];
        // the comparison may run Python code that changes the list
        let eq = ops::eq_bool(f, a[0])?;
        let items = list_items(l);
        if eq && i - 1 < items.len() && items[i - 1] == entry {
            ferrite_runtime::objects::list::list_set(l, i - 1, none());
        }
    }
    Ok(none())
}

fn atexit_clear(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_clear", a, kw, 0, 0)?;
    list_items(callbacks()).clear();
    Ok(none())
}

fn atexit_ncallbacks(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_ncallbacks", a, kw, 0, 0)?;
    Ok(new_int(list_len(callbacks()) as i64))
}

fn atexit_run_exitfuncs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_run_exitfuncs", a, kw, 0, 0)?;
    run_exitfuncs();
    Ok(none())
}

/// Runs the registered callbacks, last registered first, and forgets them. An exception in a
/// callback is reported as CPython does ("Exception ignored in atexit callback: ...", then the
/// traceback) and the others still run.
pub fn run_exitfuncs() {
    let l = crate::support::state_get("atexit.callbacks");
    if l.is_null() {
        return;
    }
    // CPython copies the callbacks and clears the list first (a callback may register more,
    // which then do not run)
    let snapshot = new_list(list_items(l));
    list_items(l).clear();
    let n = list_len(snapshot);
    for i in (0..n).rev() {
        let entry = list_items(snapshot)[i];
        if entry == none() {
            continue;
        }
        let t = tuple_items(entry);
        let (f, args, kwnames) = (t[0], t[1], t[2]);
        if let Err(e) = ops::call(f, tuple_items(args), tuple_items(kwnames)) {
            crate::report_unraisable(e, "Exception ignored in atexit callback", f);
        }
    }
}
