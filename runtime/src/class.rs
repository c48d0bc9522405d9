//! The steps after a class object exists: `__set_name__` on descriptors and the parent's
//! `__init_subclass__` (PEP 487), with implicit classmethod/staticmethod wrapping of
//! `__init_subclass__`, `__class_getitem__` and `__new__` as CPython does.

use crate::errors::PyResult;
use crate::object::*;
use crate::objects::dict::{dict_get_str, dict_set, table};
use crate::objects::function::WrapperObject;
use crate::value::Value;

pub fn finish_class(t: Value, kwnames: &[Value], kwvalues: &[Value]) -> PyResult<()> {
    let d = as_type(t).dict;
    for (name, wrap) in [
        ("__init_subclass__", BT::ClassMethod),
        ("__class_getitem__", BT::ClassMethod),
        ("__new__", BT::StaticMethod),
    ] {
        if let Some(f) = dict_get_str(d, name) {
            if layout_of(f) == Layout::Function {
                let w = new_obj::<WrapperObject>(bt(wrap), |o| o.func = f);
                dict_set(d, crate::intern::intern(name), w)?;
            }
        }
    }
    // __set_name__, over a copy of the namespace as CPython (the hooks may change the dict,
    // e.g. enum members replacing themselves)
    let snapshot = crate::ops::call(bt(BT::Dict), &[as_type(t).dict], &[])?;
    let mut pos = 0;
    while let Some((ix, e)) = table(snapshot).next_from(pos) {
        if let Some(m) = crate::types::lookup(type_of(e.value), "__set_name__") {
            if let Err(err) = crate::ops::call_method_obj(m, e.value, &[t, e.key], &[]) {
                let note = crate::objects::str::new_str(&format!(
                    "Error calling __set_name__ on '{}' instance '{}' in '{}'",
                    crate::types::type_name_of(e.value),
                    crate::objects::str::str_of(e.key),
                    crate::objects::str::str_of(as_type(t).name)
                ));
                let _ = crate::ops::call_method(err.0, "add_note", &[note]);
                return Err(err);
            }
        }
        pos = ix + 1;
    }
    crate::types::refresh_flags(t);
    crate::types::invalidate(t);
    // super(t, t).__init_subclass__(**kw)
    let mro = as_type(t).mro;
    let items = crate::objects::tuple::tuple_items(mro);
    for &c in &items[1..] {
        if let Some(f) = dict_get_str(as_type(c).dict, "__init_subclass__") {
            let bound = crate::ops::bind(f, Value::NULL, t)?;
            crate::ops::call(bound, kwvalues, kwnames)?;
            break;
        }
    }
    Ok(())
}
