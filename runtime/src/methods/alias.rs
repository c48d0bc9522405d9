//! types.GenericAlias (`list[int]`) and mappingproxy (the read-only view of a type's dict).

use super::{def, def_new, getset};
use crate::errors::*;
use crate::object::*;
use crate::objects::iter::IterObject;
use crate::objects::str::{new_str, str_of};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::ops;
use crate::value::Value;

static ALIAS_TYPE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static UNION_TYPE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub fn union_type() -> Value {
    Value(UNION_TYPE.load(std::sync::atomic::Ordering::Relaxed))
}

fn unionable(v: Value) -> bool {
    v == none() || is_type(v) || (v.is_ptr() && (is_alias(v) || type_of(v) == union_type()))
}

/// `a | b` for types: a types.UnionType with the flattened, de-duplicated arguments.
fn type_or(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (x, y) = (a[0], a[1]);
    if !unionable(x) || !unionable(y) {
        return Ok(not_implemented());
    }
    let l = crate::objects::list::new_list(&[]);
    for v in [x, y] {
        if v.is_ptr() && type_of(v) == union_type() {
            for &t in tuple_items(obj::<IterObject>(v).extra) {
                crate::objects::list::list_push(l, t);
            }
        } else {
            let t = if v == none() { bt(BT::NoneType) } else { v };
            crate::objects::list::list_push(l, t);
        }
    }
    let mut uniq: Vec<Value> = Vec::new();
    for &t in crate::objects::list::list_items(l).clone().iter() {
        if !uniq.contains(&t) {
            uniq.push(t);
        }
    }
    if uniq.len() == 1 {
        return Ok(uniq[0]);
    }
    let args = new_tuple(&uniq);
    Ok(new_obj::<IterObject>(union_type(), |o| o.extra = args))
}
fn union_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut parts = Vec::new();
    for &t in tuple_items(obj::<IterObject>(a[0]).extra) {
        parts.push(if t == bt(BT::NoneType) {
            "None".to_string()
        } else {
            type_repr_short(t)?
        });
    }
    Ok(new_str(&parts.join(" | ")))
}
fn union_args(v: Value) -> PyResult<Value> {
    Ok(obj::<IterObject>(v).extra)
}
fn union_instancecheck(a: &[Value], _: &[Value]) -> PyResult<Value> {
    for &t in tuple_items(obj::<IterObject>(a[0]).extra) {
        if is_alias(t) {
            return Err(type_error(
                "isinstance() argument 2 cannot be a parameterized generic",
            ));
        }
        if crate::types::is_subtype(type_of(a[1]), t) {
            return Ok(py_true());
        }
    }
    Ok(py_false())
}
fn union_subclasscheck(a: &[Value], _: &[Value]) -> PyResult<Value> {
    for &t in tuple_items(obj::<IterObject>(a[0]).extra) {
        if is_type(a[1]) && crate::types::is_subtype(a[1], t) {
            return Ok(py_true());
        }
    }
    Ok(py_false())
}
fn union_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if type_of(a[1]) != union_type() {
        return Ok(not_implemented());
    }
    let x = crate::methods::set::make_set(bt(BT::FrozenSet), obj::<IterObject>(a[0]).extra)?;
    let y = crate::methods::set::make_set(bt(BT::FrozenSet), obj::<IterObject>(a[1]).extra)?;
    ops::compare(x, y, ops::CmpOp::Eq)
}
fn union_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let x = crate::methods::set::make_set(bt(BT::FrozenSet), obj::<IterObject>(a[0]).extra)?;
    Ok(crate::objects::int::new_int(ops::hash(x)? as i64))
}

pub fn alias_type() -> Value {
    Value(ALIAS_TYPE.load(std::sync::atomic::Ordering::Relaxed))
}
/// Is `v` a GenericAlias (or an instance of a Python subclass of it)?
pub fn is_alias(v: Value) -> bool {
    v.is_ptr() && crate::types::is_subtype(type_of(v), alias_type())
}
pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(ALIAS_TYPE.as_ptr());
    t.visit(UNION_TYPE.as_ptr());
}

/// `origin[args]`
pub fn new_alias(origin: Value, args: Value) -> Value {
    new_alias_of(alias_type(), origin, args)
}

/// `cls(origin, args)` for GenericAlias or a subclass (same struct, so the methods apply).
pub fn new_alias_of(cls: Value, origin: Value, args: Value) -> Value {
    let args = if args.is_ptr() && type_of(args) == bt(BT::Tuple) {
        args
    } else {
        new_tuple(&[args])
    };
    new_obj::<IterObject>(cls, |o| {
        o.seq = origin;
        o.extra = args;
    })
}

fn type_repr_short(v: Value) -> PyResult<String> {
    if v == singleton(Singleton::Ellipsis) {
        return Ok("...".into());
    }
    if is_type(v) {
        let t = as_type(v);
        let m = crate::objects::dict::dict_get_str(t.dict, "__module__");
        return Ok(match m {
            Some(m) if m.is_ptr() && layout_of(m) == Layout::Str && str_of(m) != "builtins" => {
                format!("{}.{}", str_of(m), str_of(t.qualname))
            }
            _ => str_of(t.qualname).to_string(),
        });
    }
    ops::repr_string(v)
}

fn alias_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (origin, args) = (o.seq, o.extra);
    let mut parts = Vec::new();
    for &x in tuple_items(args) {
        parts.push(type_repr_short(x)?);
    }
    let inner = if parts.is_empty() {
        "()".to_string()
    } else {
        parts.join(", ")
    };
    Ok(new_str(&format!("{}[{}]", type_repr_short(origin)?, inner)))
}
fn alias_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let origin = obj::<IterObject>(a[0]).seq;
    ops::call(origin, &a[1..], kw)
}
fn alias_origin(v: Value) -> PyResult<Value> {
    Ok(obj::<IterObject>(v).seq)
}
fn alias_args(v: Value) -> PyResult<Value> {
    Ok(obj::<IterObject>(v).extra)
}
fn alias_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_alias(a[1]) {
        return Ok(not_implemented());
    }
    let (x, y) = (obj::<IterObject>(a[0]), obj::<IterObject>(a[1]));
    let (xo, xa, yo, ya) = (x.seq, x.extra, y.seq, y.extra);
    Ok(py_bool(xo == yo && ops::eq_bool(xa, ya)?))
}
fn alias_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (origin, args) = (o.seq, o.extra);
    Ok(crate::objects::int::new_int(
        (ops::hash(origin)? ^ ops::hash(args)?) as i64,
    ))
}
fn alias_getattr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    // attribute lookups fall through to the origin (list[int].append is list.append)
    let origin = obj::<IterObject>(a[0]).seq;
    ops::getattr(origin, a[1])
}
fn alias_instancecheck(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(type_error(
        "isinstance() argument 2 cannot be a parameterized generic",
    ))
}
fn alias_subclasscheck(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(type_error(
        "issubclass() argument 2 cannot be a parameterized generic",
    ))
}
fn alias_mro_entries(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_tuple(&[obj::<IterObject>(a[0]).seq]))
}
fn alias_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::check("GenericAlias", &a[1..], kw, 2, 2)?;
    Ok(new_alias_of(a[0], a[1], a[2]))
}

/// `cls.__class_getitem__(item)` for builtin generics.
fn class_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_alias(a[0], a[1]))
}

// ---------------------------------------------------------------- mappingproxy

pub fn new_mappingproxy(d: Value) -> Value {
    new_obj::<IterObject>(bt(BT::MappingProxy), |o| o.seq = d)
}
fn mp_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::only_kwargs("mappingproxy", kw, &["mapping"])?;
    let pos = crate::args::positional(&a[1..], kw);
    let m = crate::args::kwarg(a, kw, "mapping")
        .or(pos.first().copied())
        .ok_or_else(|| type_error("mappingproxy() missing required argument 'mapping' (pos 1)"))?;
    let is_mapping = crate::types::lookup(type_of(m), "__getitem__").is_some()
        && !matches!(layout_of(m), Layout::List | Layout::Tuple)
        && crate::types::lookup(type_of(m), "keys").is_some();
    if !is_mapping {
        return Err(type_error(format!(
            "mappingproxy() argument must be a mapping, not {}",
            crate::types::type_name_of(m)
        )));
    }
    Ok(new_mappingproxy(m))
}
fn mp_or(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let x = if type_of(a[0]) == bt(BT::MappingProxy) {
        mp(a[0])
    } else {
        a[0]
    };
    let y = if type_of(a[1]) == bt(BT::MappingProxy) {
        mp(a[1])
    } else {
        a[1]
    };
    crate::numeric::binary_op(x, y, crate::numeric::NumOp::Or, false)
}
fn mp_ror(a: &[Value], _: &[Value]) -> PyResult<Value> {
    mp_or(&[a[1], a[0]], &[])
}
fn mp(v: Value) -> Value {
    obj::<IterObject>(v).seq
}
fn mp_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::getitem(mp(a[0]), a[1])
}
fn mp_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::int::new_int(ops::len(mp(a[0]))? as i64))
}
fn mp_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::iter(mp(a[0]))
}
fn mp_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(ops::contains(mp(a[0]), a[1])?))
}
fn mp_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&format!(
        "mappingproxy({})",
        ops::repr_string(mp(a[0]))?
    )))
}
fn mp_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::str(mp(a[0]))
}
fn mp_forward(a: &[Value], name: &str) -> PyResult<Value> {
    ops::call_method(mp(a[0]), name, &a[1..])
}
fn mp_keys(a: &[Value], _: &[Value]) -> PyResult<Value> {
    mp_forward(a, "keys")
}
fn mp_values(a: &[Value], _: &[Value]) -> PyResult<Value> {
    mp_forward(a, "values")
}
fn mp_items(a: &[Value], _: &[Value]) -> PyResult<Value> {
    mp_forward(a, "items")
}
fn mp_get(a: &[Value], _: &[Value]) -> PyResult<Value> {
    mp_forward(a, "get")
}
fn mp_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    mp_forward(a, "copy")
}
fn mp_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::compare(mp(a[0]), a[1], ops::CmpOp::Eq)
}

pub fn init() {
    let t = crate::types::alloc_type(
        bt(BT::Type),
        "GenericAlias",
        Layout::Iter,
        &crate::objects::iter::ITER_KIND,
        type_flags::BASETYPE,
    );
    crate::types::set_single_base(t, bt(BT::Object));
    ALIAS_TYPE.store(t.0, std::sync::atomic::Ordering::Relaxed);
    crate::objects::dict::dict_set_str(as_type(t).dict, "__module__", new_str("types"));
    def_new(t, alias_new);
    def(t, "__repr__", alias_repr);
    def(t, "__call__", alias_call);
    def(t, "__eq__", alias_eq);
    def(t, "__hash__", alias_hash);
    def(t, "__getattr__", alias_getattr);
    def(t, "__instancecheck__", alias_instancecheck);
    def(t, "__subclasscheck__", alias_subclasscheck);
    def(t, "__mro_entries__", alias_mro_entries);
    getset(t, "__origin__", alias_origin);
    getset(t, "__args__", alias_args);
    crate::types::refresh_flags(t);
    for b in [
        BT::List,
        BT::Dict,
        BT::Tuple,
        BT::Set,
        BT::FrozenSet,
        BT::Type,
    ] {
        let f = crate::objects::function::new_builtin_function(
            "__class_getitem__",
            class_getitem,
            Value::NULL,
        );
        let cm =
            new_obj::<crate::objects::function::WrapperObject>(bt(BT::ClassMethod), |w| w.func = f);
        let _ = crate::objects::dict::dict_set(
            as_type(bt(b)).dict,
            crate::intern::intern("__class_getitem__"),
            cm,
        );
    }
    let u = crate::types::alloc_type(
        bt(BT::Type),
        "UnionType",
        Layout::Iter,
        &crate::objects::iter::ITER_KIND,
        0,
    );
    crate::types::set_single_base(u, bt(BT::Object));
    UNION_TYPE.store(u.0, std::sync::atomic::Ordering::Relaxed);
    crate::objects::dict::dict_set_str(as_type(u).dict, "__module__", new_str("types"));
    def(u, "__repr__", union_repr);
    def(u, "__instancecheck__", union_instancecheck);
    def(u, "__subclasscheck__", union_subclasscheck);
    def(u, "__eq__", union_eq);
    def(u, "__hash__", union_hash);
    def(u, "__or__", type_or);
    def(u, "__ror__", type_or);
    getset(u, "__args__", union_args);
    crate::types::refresh_flags(u);
    def(t, "__or__", type_or);
    def(t, "__ror__", type_or);
    def(bt(BT::Type), "__or__", type_or);
    def(bt(BT::Type), "__ror__", type_or);
    def(bt(BT::NoneType), "__or__", type_or);
    def(bt(BT::NoneType), "__ror__", type_or);
    let m = bt(BT::MappingProxy);
    def_new(m, mp_new);
    def(m, "__or__", mp_or);
    def(m, "__ror__", mp_ror);
    def(m, "__getitem__", mp_getitem);
    def(m, "__len__", mp_len);
    def(m, "__iter__", mp_iter);
    def(m, "__contains__", mp_contains);
    def(m, "__repr__", mp_repr);
    def(m, "__str__", mp_str);
    def(m, "keys", mp_keys);
    def(m, "values", mp_values);
    def(m, "items", mp_items);
    def(m, "get", mp_get);
    def(m, "copy", mp_copy);
    def(m, "__eq__", mp_eq);
}
