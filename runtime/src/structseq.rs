//! Struct sequences (`os.stat_result`, `os.terminal_size`, `time.struct_time`...): tuple
//! subclasses whose first `n_sequence_fields` fields are the tuple's items, with every field
//! also readable as an attribute.

use crate::args::positional;
use crate::errors::{type_error, PyResult};
use crate::object::*;
use crate::objects::dict::{dict_get_str, dict_set_str, new_dict};
use crate::objects::instance::instance_dict_or_create;
use crate::objects::int::new_int;
use crate::objects::str::{new_str, str_of};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::{ops, Value};

/// Creates the type `module.name` with field names `fields`, the first `n_visible` of which
/// are sequence items.
pub fn new_type(module: &str, name: &str, fields: &[&str], n_visible: usize) -> PyResult<Value> {
    let ns = new_dict();
    dict_set_str(ns, "__module__", new_str(module));
    dict_set_str(ns, "__slots__", new_tuple(&[]));
    // a GC list holds the names while more are allocated (a Vec<Value> is not traced)
    let names = crate::objects::list::new_list(&[]);
    for f in fields {
        let s = new_str(f);
        crate::objects::list::list_push(names, s);
    }
    let names_t = new_tuple(crate::objects::list::list_items(names));
    dict_set_str(ns, "_ferrite_fields", names_t);
    dict_set_str(ns, "n_sequence_fields", new_int(n_visible as i64));
    dict_set_str(ns, "n_fields", new_int(fields.len() as i64));
    dict_set_str(ns, "n_unnamed_fields", new_int(0));
    let ma = new_tuple(&tuple_items(names_t)[..n_visible]);
    dict_set_str(ns, "__match_args__", ma);
    let bases = new_tuple(&[bt(BT::Tuple)]);
    let t = ops::call(bt(BT::Type), &[new_str(name), bases, ns], &[])?;
    crate::init::root_forever(t);
    // instances carry their non-sequence fields in a dict
    as_type(t).flags |= type_flags::HAS_DICT;
    crate::methods::def_new(t, ss_new);
    crate::methods::def(t, "__repr__", ss_repr);
    crate::methods::def(t, "__getattr__", ss_getattr);
    crate::methods::def(t, "__reduce__", ss_reduce);
    crate::types::invalidate(t);
    crate::types::refresh_flags(t);
    Ok(t)
}

fn fields_of(t: Value) -> (Value, usize) {
    let f = dict_get_str(as_type(t).dict, "_ferrite_fields")
        .or_else(|| crate::types::lookup(t, "_ferrite_fields"))
        .unwrap_or_else(|| new_tuple(&[]));
    let n = crate::types::lookup(t, "n_sequence_fields")
        .and_then(crate::objects::int::int_to_i64)
        .unwrap_or(0) as usize;
    (f, n)
}

/// A new instance of struct sequence type `t` from all its field values.
pub fn new_instance(t: Value, values: &[Value]) -> Value {
    // `values` may be a list's storage whose owner is otherwise unreachable: root a copy
    crate::value::with_rooted_slice(values, |values| new_instance_rooted(t, values))
}

fn new_instance_rooted(t: Value, values: &[Value]) -> Value {
    let (fields, n) = fields_of(t);
    let seq = new_tuple(&values[..n.min(values.len())]);
    let inst = crate::methods::new_subclass_instance(t, seq);
    if values.len() > n {
        let d = instance_dict_or_create(inst);
        for (i, &v) in values.iter().enumerate().skip(n) {
            let k = tuple_items(fields)[i];
            let _ = crate::objects::dict::dict_set(d, k, v);
        }
    }
    inst
}

fn ss_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let pos = positional(&a[1..], kw);
    if pos.is_empty() {
        return Err(type_error(format!(
            "{}() missing required argument 'sequence' (pos 1)",
            str_of(as_type(cls).name)
        )));
    }
    // a fresh GC list: its items stay traced while we allocate below
    let items = ops::to_list(pos[0])?;
    let nvals = crate::objects::list::list_items(items).len();
    let (fields, n) = fields_of(cls);
    let total = tuple_items(fields).len();
    let qn = format!(
        "{}.{}",
        dict_get_str(as_type(cls).dict, "__module__")
            .map(|m| str_of(m).to_string())
            .unwrap_or_default(),
        str_of(as_type(cls).name)
    );
    if nvals < n {
        return Err(type_error(format!(
            "{qn}() takes an at least {n}-sequence ({}-sequence given)",
            nvals
        )));
    }
    if nvals > total {
        return Err(type_error(format!(
            "{qn}() takes an at most {total}-sequence ({}-sequence given)",
            nvals
        )));
    }
    for _ in nvals..total {
        crate::objects::list::list_push(items, none());
    }
    Ok(new_instance(cls, crate::objects::list::list_items(items)))
}

fn ss_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    let (fields, _) = fields_of(t);
    let seq = crate::methods::builtin_value(a[0]);
    let module = crate::types::lookup(t, "__module__")
        .map(|m| str_of(m).to_string())
        .unwrap_or_default();
    let mut s = format!("{}.{}(", module, str_of(as_type(t).name));
    for (i, &v) in tuple_items(seq).iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(str_of(tuple_items(fields)[i]));
        s.push('=');
        s.push_str(str_of(ops::repr(v)?));
    }
    s.push(')');
    Ok(new_str(&s))
}

fn ss_getattr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    let (fields, n) = fields_of(t);
    let name = a[1];
    if let Some(i) = tuple_items(fields)[..n]
        .iter()
        .position(|&f| str_of(f) == str_of(name))
    {
        let seq = crate::methods::builtin_value(a[0]);
        return Ok(tuple_items(seq)[i]);
    }
    Err(crate::errors::attribute_error(format!(
        "'{}' object has no attribute '{}'",
        str_of(as_type(t).name),
        str_of(name)
    )))
}

fn ss_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let seq = crate::methods::builtin_value(a[0]);
    let d = instance_dict_or_create(a[0]);
    Ok(new_tuple(&[type_of(a[0]), new_tuple(&[seq, d])]))
}
