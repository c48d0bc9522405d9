//! set and frozenset, on the dict table (values unused).
//! TODO: CPython iterates sets in hash-table order; ours is insertion order.

use super::{builtin_value, def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
use crate::objects::dict::*;
use crate::objects::int::new_int;
use crate::objects::iter::new_dict_iter;
use crate::objects::str::new_str;
use crate::ops;
use crate::types::type_name_of;
use crate::value::Value;

pub fn is_set(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Set
}

pub fn new_set_of(cls: Value) -> Value {
    new_dict_of(cls)
}

pub fn set_add(s: Value, x: Value) -> PyResult<()> {
    let s = builtin_value(s);
    let h = key_hash(x)?;
    table(s).insert(x, h, none())?;
    write_barrier(s);
    Ok(())
}

pub fn set_contains(s: Value, x: Value) -> PyResult<bool> {
    let h = match key_hash(x) {
        Ok(h) => h,
        Err(e) => {
            if is_set(x) {
                // a set is looked up as a frozenset
                let f = make_set(bt(BT::FrozenSet), x)?;
                return set_contains(s, f);
            }
            return Err(e);
        }
    };
    Ok(table(builtin_value(s)).find(x, h)?.is_some())
}

/// A new set/frozenset of class `cls` from an iterable.
pub fn make_set(cls: Value, iterable: Value) -> PyResult<Value> {
    let s = new_set_of(cls);
    if !iterable.is_null() {
        update(s, iterable)?;
    }
    Ok(s)
}

fn update(s: Value, iterable: Value) -> PyResult<()> {
    if is_set(iterable) || (iterable.is_ptr() && layout_of(builtin_value(iterable)) == Layout::Dict) {
        let src = builtin_value(iterable);
        let mut pos = 0;
        while let Some((ix, e)) = table(src).next_from(pos) {
            set_add(s, e.key)?;
            pos = ix + 1;
        }
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    while let Some(x) = ops::next(it)? {
        set_add(s, x)?;
    }
    Ok(())
}

fn keys(s: Value) -> Value {
    // snapshot of the members as a list (GC-visible)
    let l = crate::objects::list::new_list(&[]);
    let mut pos = 0;
    let s = builtin_value(s);
    while let Some((ix, e)) = table(s).next_from(pos) {
        crate::objects::list::list_push(l, e.key);
        pos = ix + 1;
    }
    l
}

fn same_kind(a: Value) -> Value {
    let t = type_of(a);
    if crate::types::is_subtype(t, bt(BT::FrozenSet)) {
        bt(BT::FrozenSet)
    } else {
        bt(BT::Set)
    }
}

fn set_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let l = keys(s);
    let n = crate::objects::list::list_len(l);
    let is_frozen = crate::types::is_subtype(type_of(s), bt(BT::FrozenSet));
    let name = type_name_of(s);
    if n == 0 {
        return Ok(new_str(&format!("{}()", name)));
    }
    let mut parts = Vec::new();
    for i in 0..n {
        parts.push(ops::repr_string(crate::objects::list::list_get(l, i).unwrap())?);
    }
    let body = format!("{{{}}}", parts.join(", "));
    if is_frozen || name != "set" {
        Ok(new_str(&format!("{}({})", name, body)))
    } else {
        Ok(new_str(&body))
    }
}
fn set_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(dict_len(builtin_value(a[0])) as i64))
}
fn set_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_dict_iter(BT::SetIter, builtin_value(a[0])))
}
fn set_contains_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(set_contains(a[0], a[1])?))
}
fn set_add_m(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("set.add", a, kw, 1, 1)?;
    set_add(a[0], a[1])?;
    Ok(none())
}
fn set_discard(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("set.discard", a, kw, 1, 1)?;
    let h = key_hash(a[1])?;
    table(builtin_value(a[0])).remove(a[1], h)?;
    Ok(none())
}
fn set_remove(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("set.remove", a, kw, 1, 1)?;
    let h = key_hash(a[1])?;
    if table(builtin_value(a[0])).remove(a[1], h)?.is_none() {
        return Err(key_error(a[1]));
    }
    Ok(none())
}
fn set_pop(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = builtin_value(a[0]);
    let Some((_, e)) = table(s).next_from(0) else {
        return Err(new_exc(Exc::KeyError, "pop from an empty set"));
    };
    table(s).remove(e.key, e.hash)?;
    Ok(e.key)
}
fn set_clear(a: &[Value], _: &[Value]) -> PyResult<Value> {
    table(builtin_value(a[0])).clear();
    Ok(none())
}
fn set_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    make_set(same_kind(a[0]), a[0])
}
fn set_update(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("update", kw)?;
    for &x in &a[1..] {
        update(a[0], x)?;
    }
    Ok(none())
}
fn binop_check(b: Value) -> bool {
    is_set(b)
}
fn set_or(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    let r = make_set(same_kind(a[0]), a[0])?;
    update(r, a[1])?;
    Ok(r)
}
fn set_union(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = make_set(same_kind(a[0]), a[0])?;
    for &x in &a[1..] {
        update(r, x)?;
    }
    Ok(r)
}
fn intersect(s: Value, other: Value, kind: Value) -> PyResult<Value> {
    let o = if is_set(other) { other } else { make_set(bt(BT::Set), other)? };
    let r = new_set_of(kind);
    let l = keys(s);
    let mut i = 0;
    while let Some(x) = crate::objects::list::list_get(l, i) {
        if set_contains(o, x)? {
            set_add(r, x)?;
        }
        i += 1;
    }
    Ok(r)
}
fn set_and(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    intersect(a[0], a[1], same_kind(a[0]))
}
fn set_intersection(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut r = make_set(same_kind(a[0]), a[0])?;
    for &x in &a[1..] {
        r = intersect(r, x, same_kind(a[0]))?;
    }
    Ok(r)
}
fn difference(s: Value, other: Value, kind: Value) -> PyResult<Value> {
    let o = if is_set(other) { other } else { make_set(bt(BT::Set), other)? };
    let r = new_set_of(kind);
    let l = keys(s);
    let mut i = 0;
    while let Some(x) = crate::objects::list::list_get(l, i) {
        if !set_contains(o, x)? {
            set_add(r, x)?;
        }
        i += 1;
    }
    Ok(r)
}
fn set_sub(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    difference(a[0], a[1], same_kind(a[0]))
}
fn set_difference(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut r = make_set(same_kind(a[0]), a[0])?;
    for &x in &a[1..] {
        r = difference(r, x, same_kind(a[0]))?;
    }
    Ok(r)
}
fn set_xor(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) && a.len() == 2 && !is_set(a[1]) {
        return Ok(not_implemented());
    }
    let x = difference(a[0], a[1], same_kind(a[0]))?;
    let y = difference(a[1], a[0], same_kind(a[0]))?;
    update(x, y)?;
    Ok(x)
}
fn set_sym_diff(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("symmetric_difference", a, kw, 1, 1)?;
    let o = make_set(bt(BT::Set), a[1])?;
    set_xor(&[a[0], o], kw)
}
fn replace_contents(s: Value, r: Value) -> PyResult<()> {
    table(builtin_value(s)).clear();
    update(s, r)
}
fn set_difference_update(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut r = make_set(bt(BT::Set), a[0])?;
    for &x in &a[1..] {
        r = difference(r, x, bt(BT::Set))?;
    }
    replace_contents(a[0], r)?;
    Ok(none())
}
fn set_intersection_update(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let mut r = make_set(bt(BT::Set), a[0])?;
    for &x in &a[1..] {
        r = intersect(r, x, bt(BT::Set))?;
    }
    replace_contents(a[0], r)?;
    Ok(none())
}
fn set_symmetric_difference_update(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("symmetric_difference_update", a, kw, 1, 1)?;
    let o = make_set(bt(BT::Set), a[1])?;
    let r = set_xor(&[a[0], o], kw)?;
    replace_contents(a[0], r)?;
    Ok(none())
}
fn set_ixor(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    let r = set_xor(a, kw)?;
    replace_contents(a[0], r)?;
    Ok(a[0])
}
fn set_ior(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    update(a[0], a[1])?;
    Ok(a[0])
}
fn set_iand(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    let r = intersect(a[0], a[1], bt(BT::Set))?;
    table(builtin_value(a[0])).clear();
    update(a[0], r)?;
    Ok(a[0])
}
fn set_isub(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    let r = difference(a[0], a[1], bt(BT::Set))?;
    table(builtin_value(a[0])).clear();
    update(a[0], r)?;
    Ok(a[0])
}
fn subset(a: Value, b: Value) -> PyResult<bool> {
    let l = keys(a);
    let mut i = 0;
    while let Some(x) = crate::objects::list::list_get(l, i) {
        if !set_contains(b, x)? {
            return Ok(false);
        }
        i += 1;
    }
    Ok(true)
}
fn set_cmp(a: &[Value], op: ops::CmpOp) -> PyResult<Value> {
    if !is_set(a[1]) {
        return Ok(not_implemented());
    }
    let (x, y) = (a[0], a[1]);
    let (lx, ly) = (dict_len(builtin_value(x)), dict_len(builtin_value(y)));
    let r = match op {
        ops::CmpOp::Eq => lx == ly && subset(x, y)?,
        ops::CmpOp::Ne => !(lx == ly && subset(x, y)?),
        ops::CmpOp::Le => subset(x, y)?,
        ops::CmpOp::Lt => lx < ly && subset(x, y)?,
        ops::CmpOp::Ge => subset(y, x)?,
        ops::CmpOp::Gt => lx > ly && subset(y, x)?,
    };
    Ok(py_bool(r))
}
crate::methods::numbers::cmp_fns!(set_cmp, set_lt, set_le, set_eq, set_ne, set_gt, set_ge);
fn set_issubset(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = make_set(bt(BT::Set), a[1])?;
    Ok(py_bool(subset(a[0], o)?))
}
fn set_issuperset(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = make_set(bt(BT::Set), a[1])?;
    Ok(py_bool(subset(o, a[0])?))
}
fn set_isdisjoint(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = make_set(bt(BT::Set), a[1])?;
    let r = intersect(a[0], o, bt(BT::Set))?;
    Ok(py_bool(dict_len(r) == 0))
}
fn frozenset_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    // CPython's frozenset hash (order-independent)
    let mut h: u64 = 0;
    let s = builtin_value(a[0]);
    let mut pos = 0;
    while let Some((ix, e)) = table(s).next_from(pos) {
        let x = e.hash as u64;
        h ^= ((x ^ (x << 16)) ^ 89869747).wrapping_mul(3644798167);
        pos = ix + 1;
    }
    h ^= (dict_len(s) as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = if h as i64 == -1 { 590923713 } else { h as i64 };
    Ok(new_int(r))
}
fn set_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let frozen = crate::types::is_subtype(cls, bt(BT::FrozenSet));
    if frozen {
        check(type_name_of_type(cls), &a[1..], kw, 0, 1)?;
        let it = if a.len() > 1 { a[1] } else { Value::NULL };
        let base = make_set(bt(BT::FrozenSet), it)?;
        if cls == bt(BT::FrozenSet) {
            return Ok(base);
        }
        return Ok(super::new_subclass_instance(cls, base));
    }
    let base = new_set_of(bt(BT::Set));
    if cls == bt(BT::Set) {
        return Ok(base);
    }
    Ok(super::new_subclass_instance(cls, base))
}
fn type_name_of_type(t: Value) -> &'static str {
    crate::types::type_name(t)
}
fn set_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("set", &a[1..], kw, 0, 1)?;
    table(builtin_value(a[0])).clear();
    if a.len() > 1 {
        update(a[0], a[1])?;
    }
    Ok(none())
}

pub fn init() {
    use crate::objects::function::NativeFn;
    for (ty, mutable) in [(bt(BT::Set), true), (bt(BT::FrozenSet), false)] {
        def_new(ty, set_new);
        for (n, f) in [
            ("__repr__", set_repr as NativeFn),
            ("__len__", set_len),
            ("__iter__", set_iter),
            ("__contains__", set_contains_m),
            ("__or__", set_or),
            ("__ror__", set_or),
            ("__and__", set_and),
            ("__rand__", set_and),
            ("__sub__", set_sub),
            ("__xor__", set_xor),
            ("__lt__", set_lt),
            ("__le__", set_le),
            ("__eq__", set_eq),
            ("__ne__", set_ne),
            ("__gt__", set_gt),
            ("__ge__", set_ge),
            ("copy", set_copy),
            ("union", set_union),
            ("intersection", set_intersection),
            ("difference", set_difference),
            ("symmetric_difference", set_sym_diff),
            ("issubset", set_issubset),
            ("issuperset", set_issuperset),
            ("isdisjoint", set_isdisjoint),
        ] {
            def(ty, n, f);
        }
        if mutable {
            def(ty, "__init__", set_init);
            for (n, f) in [
                ("add", set_add_m as NativeFn),
                ("discard", set_discard),
                ("remove", set_remove),
                ("pop", set_pop),
                ("clear", set_clear),
                ("update", set_update),
                ("__ior__", set_ior),
                ("__iand__", set_iand),
                ("__isub__", set_isub),
                ("__ixor__", set_ixor),
                ("difference_update", set_difference_update),
                ("intersection_update", set_intersection_update),
                ("symmetric_difference_update", set_symmetric_difference_update),
            ] {
                def(ty, n, f);
            }
            let _ = dict_set(as_type(ty).dict, crate::intern::intern("__hash__"), none());
        } else {
            def(ty, "__hash__", frozenset_hash);
        }
    }
}
