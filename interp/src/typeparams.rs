//! PEP 695 runtime objects: TypeVar, ParamSpec, TypeVarTuple, TypeAliasType and the implicit
//! `Generic` base of generic classes. CPython implements these in C (`_typing`); here they are
//! instances with attribute dicts, and bounds, constraints and alias values are evaluated
//! lazily through the functions the compiler emits.

use ferrite_runtime::errors::*;
use ferrite_runtime::methods::{def, getset};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_get_str, dict_set_str};
use ferrite_runtime::objects::function::func_obj;
use ferrite_runtime::objects::instance::{
    attr_dict_if_any as instance_dict, instance_dict_or_create, new_instance,
};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::{ops, PyResult, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicUsize = AtomicUsize::new(0);
/// TypeVar, ParamSpec, TypeVarTuple, TypeAliasType, Generic, ParamSpecArgs, ParamSpecKwargs
static TYPES: [AtomicUsize; 7] = [ZERO; 7];
const TYPEVAR: usize = 0;
const PARAMSPEC: usize = 1;
const TYPEVARTUPLE: usize = 2;
const ALIAS: usize = 3;
const GENERIC: usize = 4;
const PS_ARGS: usize = 5;
const PS_KWARGS: usize = 6;

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

/// GenericBase: the implicit base of `class C[T]: ...`: `typing._GenericAlias(Generic,
/// params)` as CPython's `_Py_subscript_generic` (plain Generic if typing cannot be imported).
pub fn generic_base(params: Value) -> Value {
    let params = if params.is_ptr() && layout_of(params) == Layout::Tuple {
        params
    } else {
        ferrite_runtime::objects::tuple::new_tuple(&[params])
    };
    match call_typing("_GenericAlias", &[ty(GENERIC), params], &[]) {
        Ok(v) => v,
        Err(_) => ty(GENERIC),
    }
}

/// Calls `typing.<name>(*args)` (importing typing), as CPython's `call_typing_func_object`.
fn call_typing(name: &str, args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let typing = crate::import::import_module_by_name("typing")?;
    let f = ops::getattr_str(typing, name)?;
    ops::call(f, args, kw)
}

/// SetFunctionTypeParams: `def f[T](...)`.
pub fn set_function_type_params(f: Value, params: Value) {
    if f.is_ptr() && layout_of(f) == Layout::Function {
        func_obj(f).type_params = params;
        write_barrier(f);
    }
}

fn tp_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let name = ops::str_string(attr(a[0], "__name__"))?;
    let t = ferrite_runtime::object::type_of(a[0]);
    if (t == ty(TYPEVAR) || t == ty(PARAMSPEC)) && attr(a[0], "__infer_variance__") != py_true() {
        let prefix = if attr(a[0], "__covariant__") == py_true() {
            "+"
        } else if attr(a[0], "__contravariant__") == py_true() {
            "-"
        } else {
            "~"
        };
        return Ok(new_str(&format!("{prefix}{name}")));
    }
    Ok(new_str(&name))
}
fn tv_bound(o: Value) -> PyResult<Value> {
    if let Some(b) = dict_get_str(instance_dict(o), "_bound") {
        return Ok(b);
    }
    let f = attr(o, "_bound_fn");
    if f == none() {
        return Ok(none());
    }
    ops::call(f, &[], &[])
}
fn tv_constraints(o: Value) -> PyResult<Value> {
    if let Some(c) = dict_get_str(instance_dict(o), "_constraints") {
        return Ok(c);
    }
    let f = attr(o, "_constraints_fn");
    if f == none() {
        return Ok(ferrite_runtime::objects::tuple::new_tuple(&[]));
    }
    let v = ops::call(f, &[], &[])?;
    ops::to_tuple(v)
}
fn alias_value(o: Value) -> PyResult<Value> {
    if let Some(v) = dict_get_str(instance_dict(o), "_value") {
        return Ok(v);
    }
    let f = attr(o, "_compute");
    ops::call(f, &[], &[])
}
fn alias_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(ferrite_runtime::methods::alias::new_alias(a[0], a[1]))
}
/// `Generic.__class_getitem__`: typing's `_generic_class_getitem` (a plain GenericAlias
/// while typing cannot be imported).
fn generic_class_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    match crate::import::import_module_by_name("typing") {
        Ok(t) => {
            let f = ops::getattr_str(t, "_generic_class_getitem")?;
            ops::call(f, &[a[0], a[1]], &[])
        }
        Err(_) => Ok(ferrite_runtime::methods::alias::new_alias(a[0], a[1])),
    }
}
/// `Generic.__init_subclass__`: typing's `_generic_init_subclass`.
fn generic_init_subclass(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    match crate::import::import_module_by_name("typing") {
        Ok(t) => {
            let f = ops::getattr_str(t, "_generic_init_subclass")?;
            ops::call(f, a, kw)
        }
        Err(_) => Ok(none()),
    }
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
        return Err(type_error("__type_params__ must be set to a tuple"));
    }
    func_obj(f).type_params = v;
    write_barrier(f);
    Ok(())
}
pub fn init() {
    let names = [
        "TypeVar",
        "ParamSpec",
        "TypeVarTuple",
        "TypeAliasType",
        "Generic",
        "ParamSpecArgs",
        "ParamSpecKwargs",
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
            ferrite_runtime::methods::def_new(
                t,
                match i {
                    TYPEVAR => typevar_new,
                    PARAMSPEC => paramspec_new,
                    TYPEVARTUPLE => typevartuple_new,
                    ALIAS => alias_new,
                    PS_ARGS => psargs_new,
                    _ => pskwargs_new,
                },
            );
            if i < GENERIC {
                def(t, "__repr__", tp_repr);
                def(t, "__reduce__", tp_reduce);
                def(t, "__mro_entries__", tp_mro_entries);
                def(t, "__or__", tp_or);
                def(t, "__ror__", tp_ror);
            }
        }
    }
    def(ty(TYPEVAR), "__typing_subst__", typevar_subst);
    def(ty(PARAMSPEC), "__typing_subst__", paramspec_subst);
    def(
        ty(PARAMSPEC),
        "__typing_prepare_subst__",
        paramspec_prepare_subst,
    );
    getset(ty(PARAMSPEC), "__bound__", tv_bound);
    getset(ty(PARAMSPEC), "args", |o| {
        Ok(make(PS_ARGS, &[("__origin__", o)]))
    });
    getset(ty(PARAMSPEC), "kwargs", |o| {
        Ok(make(PS_KWARGS, &[("__origin__", o)]))
    });
    def(ty(TYPEVARTUPLE), "__iter__", tvt_iter);
    def(ty(TYPEVARTUPLE), "__typing_subst__", tvt_subst);
    def(
        ty(TYPEVARTUPLE),
        "__typing_prepare_subst__",
        tvt_prepare_subst,
    );
    for t in [PS_ARGS, PS_KWARGS] {
        def(ty(t), "__repr__", psargs_repr);
        def(ty(t), "__eq__", psargs_eq);
        def(ty(t), "__mro_entries__", tp_mro_entries);
        dict_set_str(as_type(ty(t)).dict, "__hash__", none());
    }
    getset(ty(ALIAS), "__parameters__", alias_parameters);
    def(ty(ALIAS), "__reduce__", tp_reduce);
    {
        let f = ferrite_runtime::objects::function::new_builtin_function(
            "__init_subclass__",
            generic_init_subclass,
            Value::NULL,
        );
        let cm = new_obj::<ferrite_runtime::objects::function::WrapperObject>(
            bt(BT::ClassMethod),
            |w| w.func = f,
        );
        dict_set_str(as_type(ty(GENERIC)).dict, "__init_subclass__", cm);
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

// ---- the `_typing` module: direct construction and typing's protocols ----

/// `__name__` of the module whose code calls us (CPython's `caller()`).
fn caller_module() -> Value {
    let f = crate::eval::current_frame();
    if f.is_null() {
        return none();
    }
    let g = obj::<crate::frame::FrameObject>(f).globals;
    if g.is_null() {
        return none();
    }
    dict_get_str(g, "__name__").unwrap_or_else(none)
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && ferrite_runtime::types::is_subtype(type_of(v), bt(BT::Str))
}

/// Binds `cls, name, *rest, **kw` with keyword-only `kwnames` (defaults NULL).
fn parse_new<'a>(
    what: &str,
    a: &'a [Value],
    kw: &[Value],
    kwnames: &[&str],
    varargs: bool,
) -> PyResult<(Value, &'a [Value], Vec<Value>)> {
    let pos = &a[1..a.len() - kw.len()];
    let mut out = vec![Value::NULL; kwnames.len()];
    let mut name = pos.first().copied().unwrap_or(Value::NULL);
    for (i, k) in kw.iter().enumerate() {
        let s = str_of(*k);
        let v = a[a.len() - kw.len() + i];
        if s == "name" && name.is_null() {
            name = v;
            continue;
        }
        match kwnames.iter().position(|n| *n == s) {
            Some(j) => out[j] = v,
            None => {
                return Err(type_error(format!(
                    "{what}() got an unexpected keyword argument '{s}'"
                )))
            }
        }
    }
    if name.is_null() {
        return Err(type_error(format!(
            "{what}() missing required argument 'name' (pos 1)"
        )));
    }
    if !is_str(name) {
        return Err(type_error(format!(
            "{what}() argument 'name' must be str, not {}",
            ferrite_runtime::types::type_name_of(name)
        )));
    }
    let rest = if pos.is_empty() { &pos[..0] } else { &pos[1..] };
    if !varargs && !rest.is_empty() {
        return Err(type_error(format!(
            "{what}() takes at most 1 positional argument ({} given)",
            pos.len()
        )));
    }
    Ok((name, rest, out))
}

fn flag(v: Value) -> PyResult<Value> {
    Ok(py_bool(!v.is_null() && ops::truthy(v)?))
}

fn variance(what: &str, cov: Value, contra: Value, infer: Value) -> PyResult<[Value; 3]> {
    let (c, n, i) = (flag(cov)?, flag(contra)?, flag(infer)?);
    if c == py_true() && n == py_true() {
        return Err(value_error("Bivariant types are not supported."));
    }
    if i == py_true() && (c == py_true() || n == py_true()) {
        return Err(value_error(
            "Variance cannot be specified with infer_variance.",
        ));
    }
    let _ = what;
    Ok([c, n, i])
}

fn type_check(v: Value, msg: &str) -> PyResult<Value> {
    call_typing("_type_check", &[v, new_str(msg)], &[])
}

fn typevar_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (name, constraints, o) = parse_new(
        "typevar",
        a,
        kw,
        &["bound", "covariant", "contravariant", "infer_variance"],
        true,
    )?;
    let [c, n, i] = variance("TypeVar", o[1], o[2], o[3])?;
    let mut bound = if o[0].is_null() { none() } else { o[0] };
    if bound != none() {
        bound = type_check(bound, "Bound must be a type.")?;
    }
    if constraints.len() == 1 {
        return Err(type_error("A single constraint is not allowed"));
    }
    if !constraints.is_empty() && bound != none() {
        return Err(type_error("Constraints cannot be combined with bound=..."));
    }
    let cs = ferrite_runtime::objects::list::new_list(&[]);
    for &x in constraints {
        let t = type_check(
            x,
            "TypeVar(name, constraint, ...): constraints must be types.",
        )?;
        ferrite_runtime::objects::list::list_push(cs, t);
    }
    let cs = ops::to_tuple(cs)?;
    let tv = make(
        TYPEVAR,
        &[
            ("__name__", name),
            ("__covariant__", c),
            ("__contravariant__", n),
            ("__infer_variance__", i),
            ("_bound", bound),
            ("_constraints", cs),
            ("__module__", caller_module()),
        ],
    );
    Ok(tv)
}

fn paramspec_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (name, _, o) = parse_new(
        "paramspec",
        a,
        kw,
        &["bound", "covariant", "contravariant", "infer_variance"],
        false,
    )?;
    let [c, n, i] = variance("ParamSpec", o[1], o[2], o[3])?;
    let mut bound = if o[0].is_null() { none() } else { o[0] };
    if bound != none() {
        bound = type_check(bound, "Bound must be a type.")?;
    }
    Ok(make(
        PARAMSPEC,
        &[
            ("__name__", name),
            ("__covariant__", c),
            ("__contravariant__", n),
            ("__infer_variance__", i),
            ("_bound", bound),
            ("__module__", caller_module()),
        ],
    ))
}

fn typevartuple_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (name, _, _) = parse_new("typevartuple", a, kw, &[], false)?;
    Ok(make(
        TYPEVARTUPLE,
        &[("__name__", name), ("__module__", caller_module())],
    ))
}

fn alias_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = &a[1..a.len() - kw.len()];
    let mut name = pos.first().copied().unwrap_or(Value::NULL);
    let mut value = pos.get(1).copied().unwrap_or(Value::NULL);
    let mut params = Value::NULL;
    if pos.len() > 2 {
        return Err(type_error(format!(
            "typealias() takes at most 2 positional arguments ({} given)",
            pos.len()
        )));
    }
    for (i, k) in kw.iter().enumerate() {
        let v = a[a.len() - kw.len() + i];
        match str_of(*k) {
            "name" => name = v,
            "value" => value = v,
            "type_params" => params = v,
            s => {
                return Err(type_error(format!(
                    "typealias() got an unexpected keyword argument '{s}'"
                )))
            }
        }
    }
    if name.is_null() {
        return Err(type_error(
            "typealias() missing required argument 'name' (pos 1)",
        ));
    }
    if value.is_null() {
        return Err(type_error(
            "typealias() missing required argument 'value' (pos 2)",
        ));
    }
    if !is_str(name) {
        return Err(type_error(format!(
            "typealias() argument 'name' must be str, not {}",
            ferrite_runtime::types::type_name_of(name)
        )));
    }
    let params = if params.is_null() {
        ferrite_runtime::objects::tuple::new_tuple(&[])
    } else if params.is_ptr() && layout_of(params) == Layout::Tuple {
        params
    } else {
        return Err(type_error("type_params must be a tuple"));
    };
    Ok(make(
        ALIAS,
        &[
            ("__name__", name),
            ("__type_params__", params),
            ("_value", value),
            ("__module__", caller_module()),
        ],
    ))
}

fn alias_parameters(o: Value) -> PyResult<Value> {
    Ok(attr(o, "__type_params__"))
}

fn psargs_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() != 2 || !kw.is_empty() {
        return Err(type_error("ParamSpecArgs() takes exactly one argument"));
    }
    Ok(make(PS_ARGS, &[("__origin__", a[1])]))
}
fn pskwargs_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() != 2 || !kw.is_empty() {
        return Err(type_error("ParamSpecKwargs() takes exactly one argument"));
    }
    Ok(make(PS_KWARGS, &[("__origin__", a[1])]))
}
fn psargs_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let origin = attr(a[0], "__origin__");
    let which = if type_of(a[0]) == ty(PS_ARGS) {
        "args"
    } else {
        "kwargs"
    };
    let oname = if type_of(origin) == ty(PARAMSPEC) {
        ops::str_string(attr(origin, "__name__"))?
    } else {
        ops::repr_string(origin)?
    };
    Ok(new_str(&format!("{oname}.{which}")))
}
fn psargs_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !a[1].is_ptr() || type_of(a[1]) != type_of(a[0]) {
        return Ok(not_implemented());
    }
    ops::compare(
        attr(a[0], "__origin__"),
        attr(a[1], "__origin__"),
        ops::CmpOp::Eq,
    )
}

fn tp_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(attr(a[0], "__name__"))
}
fn tp_mro_entries(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(type_error(format!(
        "Cannot subclass an instance of {}",
        str_of(as_type(type_of(a[0])).qualname)
    )))
}
fn union_of(x: Value, y: Value) -> PyResult<Value> {
    let typing = crate::import::import_module_by_name("typing")?;
    let u = ops::getattr_str(typing, "Union")?;
    ops::getitem(u, ferrite_runtime::objects::tuple::new_tuple(&[x, y]))
}
fn tp_or(a: &[Value], _: &[Value]) -> PyResult<Value> {
    union_of(a[0], a[1])
}
fn tp_ror(a: &[Value], _: &[Value]) -> PyResult<Value> {
    union_of(a[1], a[0])
}
fn typevar_subst(a: &[Value], _: &[Value]) -> PyResult<Value> {
    call_typing("_typevar_subst", &[a[0], a[1]], &[])
}
fn paramspec_subst(a: &[Value], _: &[Value]) -> PyResult<Value> {
    call_typing("_paramspec_subst", &[a[0], a[1]], &[])
}
fn paramspec_prepare_subst(a: &[Value], _: &[Value]) -> PyResult<Value> {
    call_typing("_paramspec_prepare_subst", &[a[0], a[1], a[2]], &[])
}
fn tvt_subst(_a: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(type_error(
        "Substitution of bare TypeVarTuple is not supported",
    ))
}
fn tvt_prepare_subst(a: &[Value], _: &[Value]) -> PyResult<Value> {
    call_typing("_typevartuple_prepare_subst", &[a[0], a[1], a[2]], &[])
}
fn tvt_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let typing = crate::import::import_module_by_name("typing")?;
    let unpack = ops::getattr_str(typing, "Unpack")?;
    let u = ops::getitem(unpack, a[0])?;
    ops::iter(ferrite_runtime::objects::tuple::new_tuple(&[u]))
}

fn idfunc(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("_idfunc", a, kw, 1, 1)?;
    Ok(a[0])
}

/// Fills the `_typing` module (what typing.py imports from C).
pub fn init_module(d: Value) -> PyResult<()> {
    let names = [
        ("TypeVar", TYPEVAR),
        ("ParamSpec", PARAMSPEC),
        ("TypeVarTuple", TYPEVARTUPLE),
        ("TypeAliasType", ALIAS),
        ("Generic", GENERIC),
        ("ParamSpecArgs", PS_ARGS),
        ("ParamSpecKwargs", PS_KWARGS),
    ];
    for (n, i) in names {
        dict_set_str(d, n, ty(i));
    }
    let f =
        ferrite_runtime::objects::function::new_builtin_function("_idfunc", idfunc, Value::NULL);
    dict_set_str(d, "_idfunc", f);
    Ok(())
}
