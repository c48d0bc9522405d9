//! The module type: `module(name, doc=None)`, its repr (CPython's, from `__spec__`/`__file__`),
//! and `__dir__` (the module dict, or the module's own `__dir__`).

use super::{def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
use crate::objects::dict::{dict_get_str, dict_set_str, new_dict};
use crate::objects::function::ModuleObject;
use crate::objects::str::{new_str, str_of};
use crate::ops;
use crate::value::Value;

/// importlib's `_module_repr`, once the import machinery is installed.
static MODULE_REPR: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Makes module reprs come from `f` (importlib._bootstrap._module_repr), as in CPython.
pub fn set_repr_function(f: Value) {
    MODULE_REPR.store(f.0, std::sync::atomic::Ordering::Relaxed);
}

/// The function may move: the collector updates this slot in place.
pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(MODULE_REPR.as_ptr());
}

fn module_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let d = new_dict();
    Ok(new_obj::<ModuleObject>(cls, |o| o.dict = d))
}

fn module_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("module", kw, &["name", "doc"])?;
    let pos = positional(&a[1..], kw);
    if pos.len() > 2 {
        return Err(type_error(format!(
            "module() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let name = kwarg(a, kw, "name")
        .or(pos.first().copied())
        .ok_or_else(|| type_error("module() missing required argument 'name' (pos 1)"))?;
    if !(name.is_ptr() && crate::types::is_subtype(type_of(name), bt(BT::Str))) {
        return Err(type_error(format!(
            "module.__init__() argument 'name' must be str, not {}",
            crate::types::type_name_of(name)
        )));
    }
    let doc = kwarg(a, kw, "doc")
        .or(pos.get(1).copied())
        .unwrap_or(none());
    let d = obj::<ModuleObject>(a[0]).dict;
    dict_set_str(d, "__name__", name);
    dict_set_str(d, "__doc__", doc);
    dict_set_str(d, "__package__", none());
    dict_set_str(d, "__loader__", none());
    dict_set_str(d, "__spec__", none());
    Ok(none())
}

fn module_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = a[0];
    let d = obj::<ModuleObject>(m).dict;
    // importlib's _module_repr does exactly CPython's logic (spec, loader, __file__)
    let f = MODULE_REPR.load(std::sync::atomic::Ordering::Relaxed);
    if f != 0 {
        return ops::call(Value(f), &[m], &[]);
    }
    let name = dict_get_str(d, "__name__")
        .map(|n| str_of(ops::repr(n).unwrap_or(n)).to_string())
        .unwrap_or_else(|| "'?'".into());
    Ok(new_str(&match dict_get_str(d, "__file__") {
        Some(f) if f.is_ptr() && layout_of(f) == Layout::Str => {
            format!("<module {} from '{}'>", name, str_of(f))
        }
        _ => format!("<module {}>", name),
    }))
}

fn module_dir(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = obj::<ModuleObject>(a[0]).dict;
    if let Some(f) = dict_get_str(d, "__dir__") {
        return ops::call(f, &[], &[]);
    }
    let l = ops::to_list(d)?;
    Ok(l)
}

fn module_dict(m: Value) -> PyResult<Value> {
    Ok(obj::<ModuleObject>(m).dict)
}

pub fn init() {
    let t = bt(BT::Module);
    def_new(t, module_new);
    def(t, "__init__", module_init);
    def(t, "__repr__", module_repr);
    def(t, "__dir__", module_dir);
    super::getset(t, "__dict__", module_dict);
    let _ = new_str;
}
