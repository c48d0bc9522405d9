//! The `_ast` module: CPython 3.12's node classes (from the generated table in ast_nodes.rs),
//! with AST's constructor, `_fields`/`_attributes`/`__match_args__`, optional fields defaulting
//! to None, and pickling support, so `ast`, `inspect` and `dataclasses` import and programs can
//! build and walk trees. Parsing source into these nodes (`ast.parse`,
//! `compile(..., PyCF_ONLY_AST)`) is not supported yet: `compile` says so.

use crate::ast_nodes::{CONSTANTS, NODES};
use ferrite_runtime::args::positional;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_get_str, dict_set, dict_set_str, new_dict};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::{ops, PyResult, Value};

fn str_tuple(names: &[&str]) -> Value {
    let l = ferrite_runtime::objects::list::new_list(&[]);
    for n in names {
        ferrite_runtime::objects::list::list_push(l, ferrite_runtime::intern::intern(n));
    }
    new_tuple(ferrite_runtime::objects::list::list_items(l))
}

fn make_class(name: &str, base: Value, ns: Value) -> PyResult<Value> {
    let bases = new_tuple(&[base]);
    let t = ops::call(bt(BT::Type), &[new_str(name), bases, ns], &[])?;
    ferrite_runtime::init::root_forever(t);
    Ok(t)
}

/// `AST.__init__(self, *args, **kwargs)`: positional arguments fill `_fields` in order.
fn ast_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = a[0];
    let pos = positional(&a[1..], kw);
    let fields = ops::getattr(type_of(this), ferrite_runtime::intern::intern("_fields"))?;
    let fields = ops::to_list(fields)?;
    let nf = ops::len(fields)?;
    if pos.len() > nf {
        return Err(type_error(format!(
            "{} constructor takes at most {} positional argument{}",
            ferrite_runtime::types::type_name_of(this),
            nf,
            if nf == 1 { "" } else { "s" }
        )));
    }
    for (i, &v) in pos.iter().enumerate() {
        let f = ferrite_runtime::objects::list::list_get(fields, i).unwrap_or(none());
        ops::setattr(this, f, v)?;
    }
    let kwv = &a[a.len() - kw.len()..];
    for (i, &k) in kw.iter().enumerate() {
        ops::setattr(this, k, kwv[i])?;
    }
    Ok(none())
}

/// `AST.__reduce__`: (type, (), __dict__), as CPython's ast_type_reduce.
fn ast_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = ops::getattr_opt(a[0], ferrite_runtime::intern::intern("__dict__"))?;
    let empty = new_tuple(&[]);
    Ok(match d {
        Some(d) if ops::len(d)? > 0 => new_tuple(&[type_of(a[0]), empty, d]),
        _ => new_tuple(&[type_of(a[0]), empty]),
    })
}

pub fn init(d: Value) -> PyResult<()> {
    let ns = new_dict();
    dict_set_str(ns, "__module__", new_str("ast"));
    dict_set_str(ns, "_fields", new_tuple(&[]));
    dict_set_str(ns, "_attributes", new_tuple(&[]));
    dict_set_str(ns, "__match_args__", new_tuple(&[]));
    let ast = make_class("AST", bt(BT::Object), ns)?;
    ferrite_runtime::methods::def(ast, "__init__", ast_init);
    ferrite_runtime::methods::def(ast, "__reduce__", ast_reduce);
    ferrite_runtime::types::invalidate(ast);
    dict_set_str(d, "AST", ast);
    for &(name, base, fields, attrs, optional) in NODES {
        let b = dict_get_str(d, base).unwrap_or(ast);
        let ns = new_dict();
        dict_set_str(ns, "__module__", new_str("ast"));
        let f = str_tuple(fields);
        dict_set_str(ns, "_fields", f);
        dict_set_str(ns, "__match_args__", f);
        if !attrs.is_empty() {
            let at = str_tuple(attrs);
            dict_set_str(ns, "_attributes", at);
        }
        for o in optional {
            dict_set(ns, ferrite_runtime::intern::intern(o), none())?;
        }
        let t = make_class(name, b, ns)?;
        dict_set_str(d, name, t);
    }
    for &(n, v) in CONSTANTS {
        dict_set_str(d, n, new_int(v));
    }
    let _ = (str_of, tuple_items);
    Ok(())
}
