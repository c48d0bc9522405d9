//! set and frozenset on the CPython-compatible set table (objects/set.rs). Each operation
//! follows CPython's algorithm (which operand is iterated, when a copy is made) because that
//! decides the iteration order of the result.

use super::{builtin_value, def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
use crate::objects::dict::{key_hash, table as dict_table};
use crate::objects::int::new_int;
use crate::objects::set::{new_set_object, set_table, SetTable};
use crate::objects::str::new_str;
use crate::ops;
use crate::types::type_name_of;
use crate::value::Value;

pub fn is_set(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Set
}

fn is_dict(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Dict
}

pub fn new_set_of(cls: Value) -> Value {
    new_set_object(cls)
}

fn tab<'a>(s: Value) -> &'a mut SetTable {
    set_table(builtin_value(s))
}

pub fn set_len(s: Value) -> usize {
    tab(s).used
}

pub fn set_add(s: Value, x: Value) -> PyResult<()> {
    let h = key_hash(x)?;
    crate::objects::set::set_add_value(builtin_value(s), x, h)?;
    Ok(())
}

fn hash_for_lookup(x: Value) -> PyResult<Result<isize, Value>> {
    match key_hash(x) {
        Ok(h) => Ok(Ok(h)),
        Err(e) => {
            if is_set(x) && type_of(x) != bt(BT::FrozenSet) {
                // a set is looked up as the equal frozenset
                let f = make_set(bt(BT::FrozenSet), x)?;
                return Ok(Err(f));
            }
            Err(e)
        }
    }
}

pub fn set_contains(s: Value, x: Value) -> PyResult<bool> {
    match hash_for_lookup(x)? {
        Ok(h) => crate::objects::set::set_find_value(builtin_value(s), x, h),
        Err(f) => set_contains(s, f),
    }
}

fn set_discard_value(s: Value, x: Value) -> PyResult<bool> {
    match hash_for_lookup(x)? {
        Ok(h) => crate::objects::set::set_discard_key(builtin_value(s), x, h),
        Err(f) => set_discard_value(s, f),
    }
}

/// A new set/frozenset of class `cls` from an iterable.
pub fn make_set(cls: Value, iterable: Value) -> PyResult<Value> {
    let s = new_set_of(cls);
    if !iterable.is_null() {
        update(s, iterable)?;
    }
    Ok(s)
}

/// CPython's set_update_internal.
fn update(s: Value, iterable: Value) -> PyResult<()> {
    let so = builtin_value(s);
    if is_set(iterable) {
        let other = builtin_value(iterable);
        if other == so {
            return Ok(());
        }
        crate::objects::set::set_merge(so, other)?;
        return Ok(());
    }
    if is_dict(iterable) {
        let d = builtin_value(iterable);
        let n = dict_table(d).used;
        let t = set_table(so);
        if (t.fill + n) * 5 >= (t.slots.len() - 1) * 3 {
            let u = t.used;
            t.resize((u + n) * 2);
        }
        let mut pos = 0;
        while let Some((ix, e)) = dict_table(d).next_from(pos) {
            crate::objects::set::set_add_value(so, e.key, e.hash)?;
            pos = ix + 1;
        }
        write_barrier(so);
        return Ok(());
    }
    let it = ops::iter(iterable)?;
    while let Some(x) = ops::next(it)? {
        set_add(so, x)?;
    }
    Ok(())
}

/// The members in table order, as a GC-visible list.
fn keys(s: Value) -> Value {
    let l = crate::objects::list::new_list(&[]);
    let mut pos = 0;
    while let Some((ix, e)) = tab(s).next_from(pos) {
        crate::objects::list::list_push(l, e.key);
        pos = ix + 1;
    }
    l
}

fn same_kind(a: Value) -> Value {
    if crate::types::is_subtype(type_of(a), bt(BT::FrozenSet)) {
        bt(BT::FrozenSet)
    } else {
        bt(BT::Set)
    }
}

fn copy_of(s: Value, kind: Value) -> PyResult<Value> {
    let r = new_set_of(kind);
    update(r, s)?;
    Ok(r)
}

fn set_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    ops::repr_guard(builtin_value(s), || set_repr_inner(s))
        .unwrap_or_else(|| Ok(new_str(&format!("{}(...)", type_name_of(s)))))
}
fn set_repr_inner(s: Value) -> PyResult<Value> {
    let l = keys(s);
    let n = crate::objects::list::list_len(l);
    let is_frozen = crate::types::is_subtype(type_of(s), bt(BT::FrozenSet));
    let name = type_name_of(s);
    if n == 0 {
        return Ok(new_str(&format!("{}()", name)));
    }
    let mut parts = Vec::new();
    for i in 0..n {
        parts.push(ops::repr_string(
            crate::objects::list::list_get(l, i).unwrap(),
        )?);
    }
    let body = format!("{{{}}}", parts.join(", "));
    if is_frozen || name != "set" {
        Ok(new_str(&format!("{}({})", name, body)))
    } else {
        Ok(new_str(&body))
    }
}
fn set_len_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(set_len(a[0]) as i64))
}
fn set_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = builtin_value(a[0]);
    let n = set_table(s).used;
    Ok(new_obj::<crate::objects::iter::IterObject>(
        bt(BT::SetIter),
        |o| {
            o.seq = s;
            o.len = n;
        },
    ))
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
    set_discard_value(a[0], a[1])?;
    Ok(none())
}
fn set_remove(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("set.remove", a, kw, 1, 1)?;
    if !set_discard_value(a[0], a[1])? {
        return Err(key_error(a[1]));
    }
    Ok(none())
}
fn set_pop(a: &[Value], _: &[Value]) -> PyResult<Value> {
    match tab(a[0]).pop() {
        Some(k) => Ok(k),
        None => Err(new_exc(Exc::KeyError, "pop from an empty set")),
    }
}
fn set_clear(a: &[Value], _: &[Value]) -> PyResult<Value> {
    tab(a[0]).clear();
    Ok(none())
}
fn set_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    copy_of(a[0], same_kind(a[0]))
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
    if !binop_check(a[0]) || !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    let r = copy_of(a[0], same_kind(a[0]))?;
    update(r, a[1])?;
    Ok(r)
}
fn set_union(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = copy_of(a[0], same_kind(a[0]))?;
    for &x in &a[1..] {
        update(r, x)?;
    }
    Ok(r)
}
/// CPython's set_intersection: iterate the smaller set (or the iterable).
fn intersect(so: Value, other: Value, kind: Value) -> PyResult<Value> {
    let r = new_set_of(kind);
    if is_set(other) {
        let (mut small, mut big) = (other, so);
        if set_len(other) > set_len(so) {
            small = so;
            big = other;
        }
        let l = keys(small);
        let mut i = 0;
        while let Some(x) = crate::objects::list::list_get(l, i) {
            if set_contains(big, x)? {
                set_add(r, x)?;
            }
            i += 1;
        }
        return Ok(r);
    }
    let it = ops::iter(other)?;
    while let Some(x) = ops::next(it)? {
        if set_contains(so, x)? {
            set_add(r, x)?;
        }
    }
    Ok(r)
}
fn set_and(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[0]) || !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    intersect(a[0], a[1], same_kind(a[0]))
}
fn set_intersection(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if a.len() == 1 {
        return copy_of(a[0], same_kind(a[0]));
    }
    let mut r = a[0];
    for &x in &a[1..] {
        r = intersect(r, x, same_kind(a[0]))?;
    }
    Ok(r)
}
/// CPython's set_difference_update_internal.
fn difference_update_internal(so: Value, other: Value) -> PyResult<()> {
    if builtin_value(so) == builtin_value(other) {
        tab(so).clear();
        return Ok(());
    }
    if is_set(other) {
        let l = keys(other);
        let mut i = 0;
        while let Some(x) = crate::objects::list::list_get(l, i) {
            set_discard_value(so, x)?;
            i += 1;
        }
        return Ok(());
    }
    let it = ops::iter(other)?;
    while let Some(x) = ops::next(it)? {
        set_discard_value(so, x)?;
    }
    Ok(())
}
/// CPython's set_difference.
fn difference(so: Value, other: Value, kind: Value) -> PyResult<Value> {
    let other_len = if is_set(other) {
        Some(set_len(other))
    } else if is_dict(other) {
        Some(dict_table(builtin_value(other)).used)
    } else {
        None
    };
    match other_len {
        Some(n) if (set_len(so) >> 2) <= n => {
            let r = new_set_of(kind);
            let l = keys(so);
            let mut i = 0;
            while let Some(x) = crate::objects::list::list_get(l, i) {
                let present = if is_dict(other) {
                    crate::objects::dict::dict_get(builtin_value(other), x)?.is_some()
                } else {
                    set_contains(other, x)?
                };
                if !present {
                    set_add(r, x)?;
                }
                i += 1;
            }
            Ok(r)
        }
        _ => {
            let r = copy_of(so, kind)?;
            difference_update_internal(r, other)?;
            Ok(r)
        }
    }
}
fn set_sub(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[0]) || !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    difference(a[0], a[1], same_kind(a[0]))
}
fn set_difference(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if a.len() == 1 {
        return copy_of(a[0], same_kind(a[0]));
    }
    let r = difference(a[0], a[1], same_kind(a[0]))?;
    for &x in &a[2..] {
        difference_update_internal(r, x)?;
    }
    Ok(r)
}
/// CPython's set_symmetric_difference_update on a set argument.
fn sym_diff_update_set(so: Value, other: Value) -> PyResult<()> {
    let l = keys(other);
    let mut i = 0;
    while let Some(x) = crate::objects::list::list_get(l, i) {
        if !set_discard_value(so, x)? {
            set_add(so, x)?;
        }
        i += 1;
    }
    Ok(())
}
fn symmetric_difference(so: Value, other: Value, kind: Value) -> PyResult<Value> {
    let o = if is_set(other) {
        other
    } else {
        make_set(bt(BT::Set), other)?
    };
    let r = copy_of(so, kind)?;
    sym_diff_update_set(r, o)?;
    Ok(r)
}
fn set_xor(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[0]) || !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    symmetric_difference(a[0], a[1], same_kind(a[0]))
}
fn set_sym_diff(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("symmetric_difference", a, kw, 1, 1)?;
    symmetric_difference(a[0], a[1], same_kind(a[0]))
}
/// Gives `s` the contents (and table layout) of `r` (CPython's set_swap_bodies).
fn replace_contents(s: Value, r: Value) {
    let rt = std::mem::take(set_table(builtin_value(r)));
    *tab(s) = rt;
    write_barrier(builtin_value(s));
}
fn set_difference_update(a: &[Value], _: &[Value]) -> PyResult<Value> {
    for &x in &a[1..] {
        difference_update_internal(a[0], x)?;
    }
    Ok(none())
}
fn set_intersection_update(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let r = set_intersection(a, k)?;
    replace_contents(a[0], r);
    Ok(none())
}
fn set_symmetric_difference_update(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("symmetric_difference_update", a, kw, 1, 1)?;
    if builtin_value(a[0]) == builtin_value(a[1]) {
        tab(a[0]).clear();
        return Ok(none());
    }
    let o = if is_set(a[1]) {
        a[1]
    } else {
        make_set(bt(BT::Set), a[1])?
    };
    sym_diff_update_set(a[0], o)?;
    Ok(none())
}
fn set_ixor(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    set_symmetric_difference_update(a, kw)?;
    Ok(a[0])
}
fn set_ior(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    update(a[0], a[1])?;
    Ok(a[0])
}
fn set_iand(a: &[Value], k: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    set_intersection_update(a, k)?;
    Ok(a[0])
}
fn set_isub(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !binop_check(a[1]) {
        return Ok(not_implemented());
    }
    difference_update_internal(a[0], a[1])?;
    Ok(a[0])
}
fn subset(a: Value, b: Value) -> PyResult<bool> {
    if set_len(a) > set_len(b) {
        return Ok(false);
    }
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
    let (lx, ly) = (set_len(x), set_len(y));
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
    let o = if is_set(a[1]) {
        a[1]
    } else {
        make_set(bt(BT::Set), a[1])?
    };
    Ok(py_bool(subset(a[0], o)?))
}
fn set_issuperset(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = if is_set(a[1]) {
        a[1]
    } else {
        make_set(bt(BT::Set), a[1])?
    };
    Ok(py_bool(subset(o, a[0])?))
}
fn set_isdisjoint(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let it = ops::iter(a[1])?;
    while let Some(x) = ops::next(it)? {
        if set_contains(a[0], x)? {
            return Ok(py_false());
        }
    }
    Ok(py_true())
}
fn frozenset_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    // CPython's frozenset hash (order-independent)
    let mut h: u64 = 0;
    let mut pos = 0;
    while let Some((ix, e)) = tab(a[0]).next_from(pos) {
        let x = e.hash as u64;
        h ^= ((x ^ (x << 16)) ^ 89869747).wrapping_mul(3644798167);
        pos = ix + 1;
    }
    h ^= (set_len(a[0]) as u64 + 1).wrapping_mul(1927868237);
    h ^= (h >> 11) ^ (h >> 25);
    h = h.wrapping_mul(69069).wrapping_add(907133923);
    let r = if h as i64 == -1 { 590923713 } else { h as i64 };
    Ok(new_int(r))
}
fn set_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let frozen = crate::types::is_subtype(cls, bt(BT::FrozenSet));
    if frozen {
        check(crate::types::type_name(cls), &a[1..], kw, 0, 1)?;
        let it = if a.len() > 1 { a[1] } else { Value::NULL };
        if cls == bt(BT::FrozenSet) && !it.is_null() && type_of(it) == bt(BT::FrozenSet) {
            return Ok(it);
        }
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
fn set_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("set", &a[1..], kw, 0, 1)?;
    tab(a[0]).clear();
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
            ("__len__", set_len_m),
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
                (
                    "symmetric_difference_update",
                    set_symmetric_difference_update,
                ),
            ] {
                def(ty, n, f);
            }
            crate::objects::dict::dict_set_str(as_type(ty).dict, "__hash__", none());
        } else {
            def(ty, "__hash__", frozenset_hash);
        }
    }
}
