//! The `_weakref` module over the runtime's weak references (runtime/src/objects/weakref.rs).

use ferrite_runtime::args::check;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_del, dict_get, dict_set_str};
use ferrite_runtime::objects::weakref as wr;
use ferrite_runtime::{PyResult, Value};

fn w_getweakrefcount(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getweakrefcount", a, kw, 1, 1)?;
    Err(new_exc(
        Exc::NotImplementedError,
        "ferrite: weakref.getweakrefcount is not supported yet",
    ))
}
fn w_getweakrefs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getweakrefs", a, kw, 1, 1)?;
    Err(new_exc(
        Exc::NotImplementedError,
        "ferrite: weakref.getweakrefs is not supported yet",
    ))
}
/// `_remove_dead_weakref(dict, key)`: deletes dict[key] if it is a dead weakref.
fn w_remove_dead(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_remove_dead_weakref", a, kw, 2, 2)?;
    if let Some(v) = dict_get(a[0], a[1])? {
        if matches!(wr::referent(v), Ok(None)) {
            dict_del(a[0], a[1])?;
        }
    }
    Ok(none())
}

pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "ref", wr::ref_type());
    dict_set_str(d, "ReferenceType", wr::ref_type());
    dict_set_str(d, "ProxyType", wr::proxy_type());
    dict_set_str(d, "CallableProxyType", wr::callable_proxy_type());
    let p = ferrite_runtime::objects::function::new_builtin_function(
        "proxy",
        wr::proxy_fn(),
        Value::NULL,
    );
    dict_set_str(d, "proxy", p);
    crate::define_functions(
        d,
        &[
            ("getweakrefcount", w_getweakrefcount),
            ("getweakrefs", w_getweakrefs),
            ("_remove_dead_weakref", w_remove_dead),
        ],
    );
    Ok(())
}
