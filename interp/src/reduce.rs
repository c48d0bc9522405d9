//! `object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`: the default pickling
//! protocol, as CPython's typeobject.c implements it on top of the Lib's `copyreg`.

use ferrite_runtime::args::*;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::types::{lookup, type_name_of};
use ferrite_runtime::{ops, PyResult, Value};

fn copyreg_attr(name: &str) -> PyResult<Value> {
    let m = crate::import::import_module_by_name("copyreg")?;
    ops::getattr(m, ferrite_runtime::intern::intern(name))
}

fn object_dict_entry(name: &str) -> Option<Value> {
    dict_get_str(as_type(bt(BT::Object)).dict, name)
}

/// The instance's state: its __dict__ (None when empty or absent) and its set slots.
fn default_getstate(obj: Value, required: bool) -> PyResult<Value> {
    let t = type_of(obj);
    if required && layout_of(obj) != Layout::Instance && layout_of(obj) != Layout::Exception {
        return Err(type_error(format!(
            "cannot pickle '{}' object",
            type_name_of(obj)
        )));
    }
    let d = instance_state(obj)?;
    let mut state = if d == none() {
        d
    } else {
        ops::call(bt(BT::Dict), &[d], &[])?
    };
    let names = ops::call(copyreg_attr("_slotnames")?, &[t], &[])?;
    let names = ops::to_list(names)?;
    if ops::len(names)? > 0 {
        let slots = new_dict();
        let mut i = 0;
        while let Some(n) = ferrite_runtime::objects::list::list_get(names, i) {
            if let Some(v) = ops::getattr_opt(obj, n)? {
                dict_set(slots, n, v)?;
            }
            i += 1;
        }
        if ops::len(slots)? > 0 {
            state = new_tuple(&[state, slots]);
        }
    }
    Ok(state)
}

fn object_getstate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__getstate__", a, kw, 0, 0)?;
    default_getstate(a[0], false)
}

fn get_state(obj: Value, required: bool) -> PyResult<Value> {
    let gs = lookup(type_of(obj), "__getstate__");
    if gs.is_some() && gs != object_dict_entry("__getstate__") {
        let f = ops::getattr(obj, ferrite_runtime::intern::intern("__getstate__"))?;
        return ops::call(f, &[], &[]);
    }
    default_getstate(obj, required)
}

fn reduce_newobj(obj: Value) -> PyResult<Value> {
    let t = type_of(obj);
    if lookup(t, "__new__").is_none() {
        return Err(type_error(format!(
            "cannot pickle '{}' object",
            type_name_of(obj)
        )));
    }
    let (args, kwargs) = if let Some(f) =
        ops::getattr_opt(obj, ferrite_runtime::intern::intern("__getnewargs_ex__"))?
    {
        let r = ops::call(f, &[], &[])?;
        if !(r.is_ptr() && layout_of(r) == Layout::Tuple) || tuple_items(r).len() != 2 {
            return Err(type_error(format!(
                "__getnewargs_ex__ should return a tuple of length 2, not '{}'",
                type_name_of(r)
            )));
        }
        (tuple_items(r)[0], tuple_items(r)[1])
    } else if let Some(f) =
        ops::getattr_opt(obj, ferrite_runtime::intern::intern("__getnewargs__"))?
    {
        let r = ops::call(f, &[], &[])?;
        if !(r.is_ptr() && layout_of(r) == Layout::Tuple) {
            return Err(type_error(format!(
                "__getnewargs__ should return a tuple, not '{}'",
                type_name_of(r)
            )));
        }
        (r, none())
    } else {
        (new_tuple(&[]), none())
    };
    let has_args = !tuple_items(args).is_empty();
    let (newobj, newargs) = if kwargs == none() || ops::len(kwargs)? == 0 {
        let mut v = vec![t];
        v.extend_from_slice(tuple_items(args));
        let na = ferrite_runtime::value::with_rooted_slice(&v, new_tuple);
        (copyreg_attr("__newobj__")?, na)
    } else {
        (
            copyreg_attr("__newobj_ex__")?,
            new_tuple(&[t, args, kwargs]),
        )
    };
    let is_list = ferrite_runtime::types::is_subtype(t, bt(BT::List));
    let is_dict = ferrite_runtime::types::is_subtype(t, bt(BT::Dict));
    let state = get_state(obj, !(has_args || is_list || is_dict))?;
    let listitems = if is_list { ops::iter(obj)? } else { none() };
    let dictitems = if is_dict {
        let items = ops::getattr(obj, ferrite_runtime::intern::intern("items"))?;
        let it = ops::call(items, &[], &[])?;
        ops::iter(it)?
    } else {
        none()
    };
    Ok(new_tuple(&[newobj, newargs, state, listitems, dictitems]))
}

fn common_reduce(obj: Value, proto: i64) -> PyResult<Value> {
    if proto >= 2 {
        return reduce_newobj(obj);
    }
    let f = copyreg_attr("_reduce_ex")?;
    ops::call(
        f,
        &[obj, ferrite_runtime::objects::int::new_int(proto)],
        &[],
    )
}

fn object_reduce(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__reduce__", a, kw, 0, 0)?;
    common_reduce(a[0], 0)
}

fn object_reduce_ex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__reduce_ex__", a, kw, 1, 1)?;
    let proto = ops::index_value(a[1])?;
    let r = lookup(type_of(a[0]), "__reduce__");
    if r.is_some() && r != object_dict_entry("__reduce__") {
        let f = ops::getattr(a[0], ferrite_runtime::intern::intern("__reduce__"))?;
        return ops::call(f, &[], &[]);
    }
    common_reduce(a[0], proto)
}

/// `__getnewargs__` of the immutable value types: (the value itself,).
fn value_getnewargs(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = ferrite_runtime::methods::builtin_value(a[0]);
    let plain = if layout_of(v) == Layout::Tuple {
        ops::call(bt(BT::Tuple), &[v], &[])?
    } else {
        v
    };
    Ok(new_tuple(&[plain]))
}

/// The instance's `__dict__` when it has a non-empty one, else None.
fn instance_state(v: Value) -> PyResult<Value> {
    if ferrite_runtime::objects::instance::has_attr_storage(v) {
        if let Some(d) = ops::getattr_opt(v, ferrite_runtime::intern::intern("__dict__"))? {
            if d.is_ptr() && layout_of(d) == Layout::Dict && ops::len(d)? > 0 {
                return Ok(d);
            }
        }
    }
    Ok(none())
}

/// set/frozenset/bytearray `__reduce__`: (type, (list or bytes of the items,), __dict__).
fn container_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = a[0];
    let inner = ferrite_runtime::methods::builtin_value(v);
    let items = if layout_of(inner) == Layout::ByteArray {
        ops::call(bt(BT::Bytes), &[inner], &[])?
    } else {
        ops::to_list(inner)?
    };
    let state = instance_state(v)?;
    Ok(new_tuple(&[type_of(v), new_tuple(&[items]), state]))
}

/// range/slice `__reduce__`: (type, (start, stop, step)).
fn triple_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = a[0];
    let mut parts = Vec::new();
    for n in ["start", "stop", "step"] {
        parts.push(ops::getattr(v, ferrite_runtime::intern::intern(n))?);
    }
    let args = ferrite_runtime::value::with_rooted_slice(&parts, new_tuple);
    Ok(new_tuple(&[type_of(v), args]))
}

pub fn init() {
    let o = bt(BT::Object);
    ferrite_runtime::methods::def(o, "__reduce_ex__", object_reduce_ex);
    ferrite_runtime::methods::def(o, "__reduce__", object_reduce);
    ferrite_runtime::methods::def(o, "__getstate__", object_getstate);
    for t in [
        BT::Int,
        BT::Float,
        BT::Str,
        BT::Bytes,
        BT::Complex,
        BT::Tuple,
    ] {
        ferrite_runtime::methods::def(bt(t), "__getnewargs__", value_getnewargs);
    }
    for t in [BT::Set, BT::FrozenSet, BT::ByteArray] {
        ferrite_runtime::methods::def(bt(t), "__reduce__", container_reduce);
    }
    for t in [BT::Range, BT::Slice] {
        ferrite_runtime::methods::def(bt(t), "__reduce__", triple_reduce);
    }
}
