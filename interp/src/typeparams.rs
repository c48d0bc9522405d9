//! PEP 695 runtime objects: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and the implicit
//! `Generic` base of generic classes. CPython implements these in C (`_typing`); here they are
//! instances with attribute dicts, and bounds, constraints and alias values are evaluated
//! lazily through the functions the compiler emits.

use ferrite_runtime::errors::*;
use ferrite_runtime::methods::{def, getset};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_get_str, dict_set_str};
use ferrite_runtime::objects::function::func_obj;
use ferrite_runtime::objects::instance::{instance_dict, instance_dict_or_create, new_instance};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::{ops, PyResult, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicUsize = AtomicUsize::new(0);
/// TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic
static TYPES: [AtomicUsize; 5] = [ZERO; 5];
const TYPEVAR: usize = 0;
const PARAMSPEC: usize = 1;
const TYPEVARTUPLE: usize = 2;
const ALIAS: usize = 3;
const GENERIC: usize = 4;

fn ty(i: usize) -> Value {
    Value(TYPES[i].load(Ordering::Relaxed))
}

pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    for s in TYPES.iter() {
        t.visit(s.as_ptr());
    }
}

fn attr(o: Value, name: &str) -> Value {
    let d = instance_dict(o);
    if d.is_null() {
        return none();
    }
    dict_get_str(d, name).unwrap_or_else(none)
}

fn make(t: usize, fields: &[(&str, Value)]) -> Value {
    let o = new_instance(ty(t));
    let d = instance_dict_or_create(o);
    for &(k, v) in fields {
        dict_set_str(d, k, v);
    }
    o
}

/// MakeTypeParam: arg 0 TypeVar, 1 ParamSpec, 2 TypeVarTuple, 3 TypeVar with a lazily
/// evaluated bound, 4 TypeVar with lazily evaluated constraints.
pub fn make_type_param(kind: u32, name: Value, lazy: Value) -> Value {
    let t = match kind {
        1 => PARAMSPEC,
        2 => TYPEVARTUPLE,
        _ => TYPEVAR,
    };
    let o = make(
        t,
        &[
            ("__name__", name),
            ("__covariant__", py_false()),
            ("__contravariant__", py_false()),
            ("__infer_variance__", py_true()),
        ],
    );
    let d = instance_dict(o);
    match kind {
        3 => dict_set_str(d, "_bound_fn", lazy),
        4 => dict_set_str(d, "_constraints_fn", lazy),
        _ => {}
    }
    o
}

/// MakeTypeAlias: `type Name[params] = value`.
pub fn make_type_alias(name: Value, params: Value, compute: Value) -> Value {
    let params = if params.is_null() || params == none() {
        ferrite_runtime::objects::tuple::new_tuple(&[])
    } else {
        params
    };
    make(
        ALIAS,
        &[
            ("__name__", name),
            ("__type_params__", params),
            ("_compute", compute),
        ],
    )
}

/// GenericBase: the implicit base of `class C[T]: ...`.
pub fn generic_base(_params: Value) -> Value {
    ty(GENERIC)
}

/// SetFunctionTypeParams: `def f[T](...)`.
pub fn set_function_type_params(f: Value, params: Value) {
    if f.is_ptr() && layout_of(f) == Layout::Function {
        func_obj(f).type_params = params;
        write_barrier(f);
    }
}

fn tp_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::str(attr(a[0], "__name__"))
}
fn tv_bound(o: Value) -> PyResult<Value> {
    let f = attr(o, "_bound_fn");
    if f == none() {
        return Ok(none());
    }
    ops::call(f, &[], &[])
}
fn tv_constraints(o: Value) -> PyResult<Value> {
    let f = attr(o, "_constraints_fn");
    if f == none() {
        return Ok(ferrite_runtime::objects::tuple::new_tuple(&[]));
    }
    let v = ops::call(f, &[], &[])?;
    ops::to_tuple(v)
}
fn alias_value(o: Value) -> PyResult<Value> {
    let f = attr(o, "_compute");
    ops::call(f, &[], &[])
}
fn alias_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(ferrite_runtime::methods::alias::new_alias(a[0], a[1]))
}
fn generic_class_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(ferrite_runtime::methods::alias::new_alias(a[0], a[1]))
}
fn function_type_params(f: Value) -> PyResult<Value> {
    let p = func_obj(f).type_params;
    Ok(if p.is_null() {
        ferrite_runtime::objects::tuple::new_tuple(&[])
    } else {
        p
    })
}
fn function_set_type_params(f: Value, v: Value) -> PyResult<()> {
    if v.is_null() || !(v.is_ptr() && layout_of(v) == Layout::Tuple) {
        return Err(type_error(
            "__type_params__ must be set to a tuple",
        ));
    }
    func_obj(f).type_params = v;
    write_barrier(f);
    Ok(())
}
fn no_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(not_supported(&format!(
        "creating {} objects directly (use the PEP 695 syntax)",
        str_of(as_type(a[0]).name)
    )))
}

pub fn init() {
    let names = [
        "TypeVar",
        "ParamSpec",
        "TypeVarTuple",
        "TypeAliasType",
        "Generic",
    ];
    for (i, n) in names.iter().enumerate() {
        let t = ferrite_runtime::types::alloc_type(
            bt(BT::Type),
            n,
            Layout::Instance,
            &ferrite_runtime::objects::instance::INSTANCE_KIND,
            type_flags::HAS_DICT
                | if i == GENERIC {
                    type_flags::BASETYPE
                } else {
                    0
                },
        );
        ferrite_runtime::types::set_single_base(t, bt(BT::Object));
        dict_set_str(as_type(t).dict, "__module__", new_str("typing"));
        TYPES[i].store(t.0, Ordering::Relaxed);
        if i != GENERIC {
            ferrite_runtime::methods::def_new(t, no_new);
            def(t, "__repr__", tp_repr);
        }
    }
    getset(ty(TYPEVAR), "__bound__", tv_bound);
    getset(ty(TYPEVAR), "__constraints__", tv_constraints);
    getset(ty(ALIAS), "__value__", alias_value);
    def(ty(ALIAS), "__getitem__", alias_getitem);
    let cg = ferrite_runtime::objects::function::new_builtin_function(
        "__class_getitem__",
        generic_class_getitem,
        Value::NULL,
    );
    let cm =
        new_obj::<ferrite_runtime::objects::function::WrapperObject>(bt(BT::ClassMethod), |w| {
            w.func = cg
        });
    dict_set_str(as_type(ty(GENERIC)).dict, "__class_getitem__", cm);
    ferrite_runtime::methods::getset_rw(
        bt(BT::Function),
        "__type_params__",
        function_type_params,
        function_set_type_params,
    );
    for i in 0..names.len() {
        ferrite_runtime::types::refresh_flags(ty(i));
    }
}
