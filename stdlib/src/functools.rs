//! The `_functools` module: partial, reduce, cmp_to_key (KeyWrapper objects) and
//! `_lru_cache_wrapper` (the C lru_cache that functools.lru_cache wraps).
//!
//! partial and `_lru_cache_wrapper` instances carry a `__dict__` (update_wrapper writes to
//! it), so they are ordinary instances of builtin types with hidden slots for their state.

use crate::support::{self, data, positional_only, set_slot, slot, slotted_type, traced, TypeCell};
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::{builtin_value, def, def_new, getset_rw};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_del, dict_get, dict_len, dict_set, new_dict, table};
use ferrite_runtime::objects::instance::{instance_attrs, new_instance};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_items, list_push, new_list};
use ferrite_runtime::objects::native::new_native_for;
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::ops::{self, CmpOp};
use ferrite_runtime::types::{is_subtype, type_name_of};
use ferrite_runtime::value::with_rooted_slice;
use ferrite_runtime::Value;

static PARTIAL: TypeCell = TypeCell::new();
static LRU: TypeCell = TypeCell::new();
static KEYWRAPPER: TypeCell = TypeCell::new();
static KWD_MARK: TypeCell = TypeCell::new();

fn is_dict(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Dict
}
fn is_tuple(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Tuple
}

/// Calls `f(*pos, **kw)` where `kw` is a dict with str keys (or NULL).
fn call_with_dict(f: Value, pos: &[Value], kw: Value) -> PyResult<Value> {
    if kw.is_null() || dict_len(kw) == 0 {
        return with_rooted_slice(pos, |p| ops::call(f, p, &[]));
    }
    let vals = new_list(pos);
    let names = new_list(&[]);
    let mut i = 0;
    while let Some((ix, e)) = table(kw).next_from(i) {
        if !(e.key.is_ptr() && layout_of(e.key) == Layout::Str) {
            return Err(type_error("keywords must be strings"));
        }
        list_push(names, e.key);
        list_push(vals, e.value);
        i = ix + 1;
    }
    with_rooted_slice(list_items(vals), |v| {
        with_rooted_slice(list_items(names), |n| ops::call(f, v, n))
    })
}

// ---------------------------------------------------------------- partial

const P_FUNC: usize = 0;
const P_ARGS: usize = 1;
const P_KW: usize = 2;

fn pbase() -> usize {
    as_type(PARTIAL.get()).n_slots - 3
}
fn pget(p: Value, i: usize) -> Value {
    slot(p, pbase() + i)
}
fn pset(p: Value, i: usize, v: Value) {
    set_slot(p, pbase() + i, v)
}
fn is_partial(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), PARTIAL.get())
}
fn pcheck(v: Value) -> PyResult<()> {
    if is_partial(v) {
        Ok(())
    } else {
        Err(type_error(format!(
            "descriptor requires a 'functools.partial' object but received a '{}'",
            type_name_of(v)
        )))
    }
}

fn partial_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let npos = a.len() - kw.len();
    if npos < 2 {
        return Err(type_error("type 'partial' takes at least one argument"));
    }
    let mut func = a[1];
    let mut pargs = Value::NULL;
    let mut pkw = Value::NULL;
    if is_partial(func) {
        let d = instance_attrs(func);
        if d.is_null() {
            pargs = pget(func, P_ARGS);
            pkw = pget(func, P_KW);
            func = pget(func, P_FUNC);
        }
    }
    if !crate::collections::callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    let l = new_list(&[]);
    if !pargs.is_null() {
        for &x in tuple_items(pargs) {
            list_push(l, x);
        }
    }
    for &x in &a[2..npos] {
        list_push(l, x);
    }
    let args = ops::to_tuple(l)?;
    let kwd = new_dict();
    if !pkw.is_null() {
        ferrite_runtime::methods::containers::update_from(kwd, pkw)?;
    }
    for (i, k) in kw.iter().enumerate() {
        dict_set(kwd, *k, a[npos + i])?;
    }
    let p = new_instance(cls);
    pset(p, P_FUNC, func);
    pset(p, P_ARGS, args);
    pset(p, P_KW, kwd);
    Ok(p)
}
fn partial_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = a[0];
    pcheck(p)?;
    let (f, pargs, pkw) = (pget(p, P_FUNC), pget(p, P_ARGS), pget(p, P_KW));
    let npos = a.len() - kw.len();
    let l = new_list(tuple_items(pargs));
    for &x in &a[1..npos] {
        list_push(l, x);
    }
    let kwd = if kw.is_empty() {
        pkw
    } else {
        let d = new_dict();
        ferrite_runtime::methods::containers::update_from(d, pkw)?;
        for (i, k) in kw.iter().enumerate() {
            dict_set(d, *k, a[npos + i])?;
        }
        d
    };
    let t = ops::to_tuple(l)?;
    call_with_dict(f, tuple_items(t), kwd)
}
fn partial_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let p = a[0];
    pcheck(p)?;
    let name = ferrite_runtime::types::type_name_of(p);
    let r = ops::repr_guard(p, || -> PyResult<String> {
        let (f, args, kw) = (pget(p, P_FUNC), pget(p, P_ARGS), pget(p, P_KW));
        let mut s = ops::repr_string(f)?;
        for &x in tuple_items(args) {
            s.push_str(", ");
            s.push_str(&ops::repr_string(x)?);
        }
        let mut i = 0;
        while let Some((ix, e)) = table(kw).next_from(i) {
            s.push_str(", ");
            s.push_str(&ops::str_string(e.key)?);
            s.push('=');
            s.push_str(&ops::repr_string(e.value)?);
            i = ix + 1;
        }
        Ok(s)
    });
    match r {
        None => Ok(new_str("...")),
        Some(s) => Ok(new_str(&format!("{name}({})", s?))),
    }
}
fn partial_func(v: Value) -> PyResult<Value> {
    pcheck(v)?;
    Ok(pget(v, P_FUNC))
}
fn partial_args(v: Value) -> PyResult<Value> {
    pcheck(v)?;
    Ok(pget(v, P_ARGS))
}
fn partial_keywords(v: Value) -> PyResult<Value> {
    pcheck(v)?;
    Ok(pget(v, P_KW))
}
fn readonly(_: Value, _: Value) -> PyResult<()> {
    Err(attribute_error("readonly attribute"))
}
fn partial_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let p = a[0];
    pcheck(p)?;
    let (f, args, kw) = (pget(p, P_FUNC), pget(p, P_ARGS), pget(p, P_KW));
    let d = instance_attrs(p);
    let d = if d.is_null() { none() } else { d };
    let kw = if dict_len(kw) == 0 { none() } else { kw };
    Ok(new_tuple(&[
        type_of(p),
        new_tuple(&[f]),
        new_tuple(&[f, args, kw, d]),
    ]))
}
fn partial_setstate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("__setstate__", a, kw, 1, 1)?;
    let (p, state) = (a[0], a[1]);
    pcheck(p)?;
    if !(state.is_ptr() && layout_of(builtin_value(state)) == Layout::Tuple)
        || tuple_len(builtin_value(state)) != 4
    {
        return Err(type_error("invalid partial state"));
    }
    let state = builtin_value(state);
    let s = tuple_items(state);
    let (f, args, kwds, dict) = (s[0], s[1], s[2], s[3]);
    if !crate::collections::callable(f) || !is_tuple(args) || (kwds != none() && !is_dict(kwds)) {
        return Err(type_error("invalid partial state"));
    }
    let args = if type_of(args) == bt(BT::Tuple) {
        args
    } else {
        new_tuple(tuple_items(builtin_value(args)))
    };
    let kwd = new_dict();
    if kwds != none() {
        ferrite_runtime::methods::containers::update_from(kwd, kwds)?;
    }
    pset(p, P_FUNC, f);
    pset(p, P_ARGS, args);
    pset(p, P_KW, kwd);
    if dict == none() {
        if !instance_attrs(p).is_null() {
            let pd = ferrite_runtime::objects::instance::instance_dict_or_create(p);
            table(pd).clear();
        }
    } else {
        let pd = ferrite_runtime::objects::instance::instance_dict_or_create(p);
        table(pd).clear();
        ferrite_runtime::methods::containers::update_from(pd, dict)?;
    }
    Ok(none())
}

// ---------------------------------------------------------------- reduce

fn reduce(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only("reduce", a, kw, 2, 3)?;
    let f = a[0];
    let it = ops::iter(a[1]).map_err(|e| {
        if exc_matches(e.0, exc_type(Exc::TypeError)) {
            type_error("reduce() arg 2 must support iteration")
        } else {
            e
        }
    })?;
    let mut acc = if a.len() > 2 { a[2] } else { Value::NULL };
    while let Some(x) = ops::next(it)? {
        acc = if acc.is_null() {
            x
        } else {
            ops::call(f, &[acc, x], &[])?
        };
    }
    if acc.is_null() {
        return Err(type_error(
            "reduce() of empty iterable with no initial value",
        ));
    }
    Ok(acc)
}

// ---------------------------------------------------------------- cmp_to_key

struct KeyWrapper {
    cmp: Value,
    object: Value,
}
traced!(KeyWrapper { cmp, object });

fn kw_data(v: Value) -> PyResult<&'static mut KeyWrapper> {
    data::<KeyWrapper>(v, "functools.KeyWrapper")
}
fn cmp_to_key(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = support::clinic("cmp_to_key", a, kw, &["mycmp"], 1, 1)?;
    let t = KEYWRAPPER.get();
    Ok(new_native_for(
        t,
        t,
        KeyWrapper {
            cmp: p[0],
            object: Value::NULL,
        },
    ))
}
fn key_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = support::clinic("K", &a[1..], kw, &["obj"], 1, 1)?;
    let cmp = kw_data(a[0])?.cmp;
    let t = KEYWRAPPER.get();
    Ok(new_native_for(t, t, KeyWrapper { cmp, object: p[0] }))
}
fn key_obj(v: Value) -> PyResult<Value> {
    let o = kw_data(v)?.object;
    if o.is_null() {
        return Err(attribute_error("obj"));
    }
    Ok(o)
}
fn key_set_obj(v: Value, o: Value) -> PyResult<()> {
    kw_data(v)?.object = o;
    write_barrier(v);
    Ok(())
}
fn key_cmp(a: &[Value], op: CmpOp) -> PyResult<Value> {
    let (x, y) = (a[0], a[1]);
    if !ferrite_runtime::objects::native::is_native_instance(y, KEYWRAPPER.get()) {
        return Err(type_error("other argument must be K instance"));
    }
    let d = kw_data(x)?;
    let (cmp, xo) = (d.cmp, d.object);
    let yo = kw_data(y)?.object;
    if xo.is_null() || yo.is_null() {
        return Err(attribute_error("object"));
    }
    let r = ops::call(cmp, &[xo, yo], &[])?;
    ops::compare(r, new_int(0), op)
}
macro_rules! key_cmp_fns {
    ($($name:ident => $op:ident),*) => {
        $(fn $name(a: &[Value], _: &[Value]) -> PyResult<Value> { key_cmp(a, CmpOp::$op) })*
    };
}
key_cmp_fns!(key_lt => Lt, key_le => Le, key_eq => Eq, key_ne => Ne, key_gt => Gt, key_ge => Ge);

// ---------------------------------------------------------------- _lru_cache_wrapper

const L_FUNC: usize = 0;
const L_CACHE: usize = 1;
/// None, or an int > 0 (bounded), or 0 (no caching)
const L_MAXSIZE: usize = 2;
const L_TYPED: usize = 3;
const L_INFO: usize = 4;
const L_HITS: usize = 5;
const L_MISSES: usize = 6;
const L_N: usize = 7;

fn lbase() -> usize {
    as_type(LRU.get()).n_slots - L_N
}
fn lget(w: Value, i: usize) -> Value {
    slot(w, lbase() + i)
}
fn lset(w: Value, i: usize, v: Value) {
    set_slot(w, lbase() + i, v)
}
fn lcheck(v: Value) -> PyResult<()> {
    if v.is_ptr() && is_subtype(type_of(v), LRU.get()) {
        Ok(())
    } else {
        Err(type_error(format!(
            "descriptor requires a 'functools._lru_cache_wrapper' object but received a '{}'",
            type_name_of(v)
        )))
    }
}
fn bump(w: Value, i: usize) {
    let n = lget(w, i);
    lset(w, i, new_int(n.small() + 1));
}

fn lru_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = support::clinic(
        "_lru_cache_wrapper",
        &a[1..],
        kw,
        &["user_function", "maxsize", "typed", "cache_info_type"],
        4,
        4,
    )?;
    let (func, maxsize_o, typed, info) = (p[0], p[1], p[2], p[3]);
    if !crate::collections::callable(func) {
        return Err(type_error("the first argument must be callable"));
    }
    let maxsize = if maxsize_o == none() {
        none()
    } else if maxsize_o.is_small_int()
        || layout_of(maxsize_o) == Layout::Int
        || ferrite_runtime::types::lookup(type_of(maxsize_o), "__index__").is_some()
    {
        let n = ops::index_value(maxsize_o)?;
        new_int(n.max(0))
    } else {
        return Err(type_error("maxsize should be integer or None"));
    };
    let typed = py_bool(ops::truthy(typed)?);
    let w = new_instance(a[0]);
    lset(w, L_FUNC, func);
    let cache = new_dict();
    lset(w, L_CACHE, cache);
    lset(w, L_MAXSIZE, maxsize);
    lset(w, L_TYPED, typed);
    lset(w, L_INFO, info);
    lset(w, L_HITS, new_int(0));
    lset(w, L_MISSES, new_int(0));
    Ok(w)
}
fn make_key(args: &[Value], kwnames: &[Value], typed: bool) -> PyResult<Value> {
    let npos = args.len() - kwnames.len();
    if !typed && kwnames.is_empty() {
        if npos == 1 {
            let k = args[0];
            let t = type_of(k);
            if t == bt(BT::Str) || t == bt(BT::Int) {
                return Ok(k);
            }
        }
        return Ok(new_tuple(args));
    }
    let l = new_list(&args[..npos]);
    if !kwnames.is_empty() {
        list_push(l, KWD_MARK.get());
        for (i, k) in kwnames.iter().enumerate() {
            list_push(l, *k);
            list_push(l, args[npos + i]);
        }
    }
    if typed {
        for &x in &args[..npos] {
            list_push(l, type_of(x));
        }
        for i in 0..kwnames.len() {
            list_push(l, type_of(args[npos + i]));
        }
    }
    ops::to_tuple(l)
}
fn lru_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let w = a[0];
    lcheck(w)?;
    let func = lget(w, L_FUNC);
    let maxsize = lget(w, L_MAXSIZE);
    let args = &a[1..];
    if maxsize == new_int(0) {
        bump(w, L_MISSES);
        return ops::call(func, args, kw);
    }
    let typed = lget(w, L_TYPED) == py_true();
    let key = make_key(args, kw, typed)?;
    let cache = lget(w, L_CACHE);
    if let Some(v) = dict_get(cache, key)? {
        bump(w, L_HITS);
        if maxsize != none() {
            // move to the most recently used end
            dict_del(cache, key)?;
            dict_set(cache, key, v)?;
        }
        return Ok(v);
    }
    bump(w, L_MISSES);
    let r = ops::call(func, args, kw)?;
    let cache = lget(w, L_CACHE);
    if maxsize == none() {
        dict_set(cache, key, r)?;
        return Ok(r);
    }
    if dict_get(cache, key)?.is_some() {
        // a recursive call already cached it
        return Ok(r);
    }
    let max = maxsize.small() as usize;
    while dict_len(cache) >= max {
        let Some((_, e)) = table(cache).next_from(0) else {
            break;
        };
        dict_del(cache, e.key)?;
    }
    dict_set(cache, key, r)?;
    Ok(r)
}
fn lru_cache_info(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let w = a[0];
    lcheck(w)?;
    let info = lget(w, L_INFO);
    let n = dict_len(lget(w, L_CACHE));
    let (h, m, ms) = (lget(w, L_HITS), lget(w, L_MISSES), lget(w, L_MAXSIZE));
    ops::call(info, &[h, m, ms, new_int(n as i64)], &[])
}
fn lru_cache_clear(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let w = a[0];
    lcheck(w)?;
    table(lget(w, L_CACHE)).clear();
    lset(w, L_HITS, new_int(0));
    lset(w, L_MISSES, new_int(0));
    Ok(none())
}
fn lru_get(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let inst = a.get(1).copied().unwrap_or(none());
    if inst == none() {
        return Ok(a[0]);
    }
    Ok(ferrite_runtime::objects::function::new_bound_method(
        a[0], inst,
    ))
}
fn lru_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
fn lru_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::getattr_str(a[0], "__qualname__")
}

// ---------------------------------------------------------------- module

fn make_types() {
    PARTIAL.get_or_init(|| {
        let t = slotted_type("functools", "partial", Value::NULL, 3, true);
        def_new(t, partial_new);
        def(t, "__call__", partial_call);
        def(t, "__repr__", partial_repr);
        def(t, "__reduce__", partial_reduce);
        def(t, "__setstate__", partial_setstate);
        getset_rw(t, "func", partial_func, readonly);
        getset_rw(t, "args", partial_args, readonly);
        getset_rw(t, "keywords", partial_keywords, readonly);
        support::generic_alias(t);
        support::set_attr(t, "__doc__", new_str("partial(func, *args, **keywords) - new function with partial application\n    of the given arguments and keywords.\n"));
        t
    });
    LRU.get_or_init(|| {
        let t = slotted_type("functools", "_lru_cache_wrapper", Value::NULL, L_N, true);
        def_new(t, lru_new);
        def(t, "__call__", lru_call);
        def(t, "cache_info", lru_cache_info);
        def(t, "cache_clear", lru_cache_clear);
        def(t, "__get__", lru_get);
        def(t, "__copy__", lru_copy);
        def(t, "__deepcopy__", lru_copy);
        def(t, "__reduce__", lru_reduce);
        t
    });
    KEYWRAPPER.get_or_init(|| {
        let t = support::native_type("functools", "KeyWrapper", false);
        def(t, "__call__", key_call);
        def(t, "__lt__", key_lt);
        def(t, "__le__", key_le);
        def(t, "__eq__", key_eq);
        def(t, "__ne__", key_ne);
        def(t, "__gt__", key_gt);
        def(t, "__ge__", key_ge);
        getset_rw(t, "obj", key_obj, key_set_obj);
        support::set_attr(t, "__hash__", none());
        t
    });
    // a unique sentinel that never moves (type objects are not moved by the collector)
    KWD_MARK.get_or_init(|| support::native_type("functools", "_kwd_mark", false));
}

/// functools.partial (for `operator.methodcaller.__reduce__`).
pub(crate) fn partial_type() -> Value {
    make_types();
    PARTIAL.get()
}

/// Fills a new `_functools` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    make_types();
    use ferrite_runtime::objects::dict::dict_set_str;
    dict_set_str(d, "partial", PARTIAL.get());
    dict_set_str(d, "_lru_cache_wrapper", LRU.get());
    crate::define_functions(d, &[("reduce", reduce), ("cmp_to_key", cmp_to_key)]);
    Ok(())
}
