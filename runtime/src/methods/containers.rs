//! Methods of list, tuple, dict, set, range and slice (the core subset; the rest of each
//! type's API comes with the builtins work of the core interpreter issue).

use super::{builtin_value, def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
use crate::objects::dict::*;
use crate::objects::int::new_int;
use crate::objects::iter::{new_dict_iter, new_iter};
use crate::objects::list::*;
use crate::objects::str::new_str;
use crate::objects::tuple::*;
use crate::ops;
use crate::types::type_name_of;
use crate::value::Value;
use ferrite_gc::Header;

#[repr(C)]
pub struct SliceObject {
    pub header: Header,
    pub start: Value,
    pub stop: Value,
    pub step: Value,
}
crate::fixed_kind!(SLICE_KIND, "slice", SliceObject, [start, stop, step]);

pub fn new_slice(start: Value, stop: Value, step: Value) -> Value {
    new_obj::<SliceObject>(bt(BT::Slice), |o| {
        o.start = start;
        o.stop = stop;
        o.step = step;
    })
}

/// Normalised (start, stop, step) of a slice over a sequence of length n.
pub fn slice_indices(s: Value, n: i64) -> PyResult<(i64, i64, i64)> {
    let o = obj::<SliceObject>(s);
    let (a, b, c) = (o.start, o.stop, o.step);
    let get = |v: Value| -> PyResult<Option<i64>> {
        if v.is_null() || v == none() {
            Ok(None)
        } else {
            ops::index_value(v).map(Some).map_err(|_| {
                type_error("slice indices must be integers or None or have an __index__ method")
            })
        }
    };
    let step = get(c)?.unwrap_or(1);
    if step == 0 {
        return Err(value_error("slice step cannot be zero"));
    }
    let clamp = |v: Option<i64>, def: i64, lo: i64, hi: i64| -> i64 {
        match v {
            None => def,
            Some(i) => {
                let i = if i < 0 { i + n } else { i };
                i.clamp(lo, hi)
            }
        }
    };
    if step > 0 {
        Ok((clamp(get(a)?, 0, 0, n), clamp(get(b)?, n, 0, n), step))
    } else {
        Ok((
            clamp(get(a)?, n - 1, -1, n - 1),
            clamp(get(b)?, -1, -1, n - 1),
            step,
        ))
    }
}

/// The indices a normalised extended slice (start, stop, step) selects, in slice order.
pub fn slice_positions(start: i64, stop: i64, step: i64) -> Vec<usize> {
    let mut idx = Vec::new();
    let mut i = start;
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        idx.push(i as usize);
        i += step;
    }
    idx
}

fn slice_items(items: &[Value], s: Value) -> PyResult<Vec<Value>> {
    let (mut i, stop, step) = slice_indices(s, items.len() as i64)?;
    let len = if step > 0 {
        (stop - i + step - 1).max(0) / step
    } else {
        (i - stop - step - 1).max(0) / -step
    };
    let mut out = Vec::with_capacity(len as usize);
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(items[i as usize]);
        i += step;
    }
    Ok(out)
}

fn norm_index(k: Value, n: usize, what: &str) -> PyResult<usize> {
    let i = ops::index_value(k).map_err(|_| {
        type_error(format!(
            "{what} indices must be integers or slices, not {}",
            type_name_of(k)
        ))
    })?;
    let j = if i < 0 { i + n as i64 } else { i };
    if j < 0 || j >= n as i64 {
        return Err(index_error(format!("{what} index out of range")));
    }
    Ok(j as usize)
}

fn is_slice(v: Value) -> bool {
    v.is_ptr() && type_of(v) == bt(BT::Slice)
}

/// repr of a sequence (callers wrap it in `ops::repr_guard` for cycles).
fn seq_repr(
    open: &str,
    close: &str,
    n: usize,
    get: impl Fn(usize) -> Option<Value>,
) -> PyResult<Value> {
    let mut out = String::from(open);
    for i in 0..n {
        let Some(x) = get(i) else { break };
        if i > 0 {
            out.push_str(", ");
        }
        out.push_str(&ops::repr_string(x)?);
    }
    out.push_str(close);
    Ok(new_str(&out))
}

// ---------------------------------------------------------------- list

fn l(v: Value) -> Value {
    builtin_value(v)
}
fn list_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = l(a[0]);
    ops::repr_guard(v, || seq_repr("[", "]", list_len(v), |i| list_get(v, i)))
        .unwrap_or_else(|| Ok(new_str("[...]")))
}
fn list_len_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(list_len(l(a[0])) as i64))
}
fn list_append(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("list.append", a, kw, 1, 1)?;
    list_push(l(a[0]), a[1]);
    Ok(none())
}
fn list_extend(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("list.extend", a, kw, 1, 1)?;
    let src = ops::to_list(a[1])?;
    let dst = l(a[0]);
    let items = list_items(src).clone();
    list_items(dst).extend_from_slice(&items);
    write_barrier(dst);
    Ok(none())
}
fn list_pop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("pop", a, kw, 0, 1)?;
    let v = l(a[0]);
    let n = list_len(v);
    if n == 0 {
        return Err(index_error("pop from empty list"));
    }
    let i = if a.len() > 1 {
        let i = ops::index_value(a[1])?;
        let j = if i < 0 { i + n as i64 } else { i };
        if j < 0 || j >= n as i64 {
            return Err(index_error("pop index out of range"));
        }
        j as usize
    } else {
        n - 1
    };
    Ok(list_items(v).remove(i))
}
fn list_insert(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("insert", a, kw, 2, 2)?;
    let v = l(a[0]);
    let n = list_len(v) as i64;
    let i = ops::index_value(a[1])?;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    list_items(v).insert(j as usize, a[2]);
    write_barrier(v);
    Ok(none())
}
fn list_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = l(a[0]);
    if is_slice(a[1]) {
        return list_slice(v, a[1]);
    }
    let i = norm_index(a[1], list_len(v), "list")?;
    Ok(list_get(v, i).unwrap())
}

/// `v[s]` for a list `v` and a slice `s`: a new list.
pub fn list_slice(v: Value, s: Value) -> PyResult<Value> {
    let (mut i, stop, step) = slice_indices(s, list_len(v) as i64)?;
    let n = if step > 0 {
        (stop - i + step - 1).max(0) / step
    } else {
        (i - stop - step - 1).max(0) / -step
    };
    let out = crate::objects::list::new_list_of(bt(BT::List), Vec::with_capacity(n as usize));
    // no allocation in the GC heap below: both storages stay put (an `__index__` above may
    // have shrunk the list, hence `get`)
    let (src, dst) = (list_items(v), list_items(out));
    for _ in 0..n {
        match src.get(i as usize) {
            Some(&x) => dst.push(x),
            None => break,
        }
        i += step;
    }
    Ok(out)
}

/// `v[s] = src` for a list `v` and a slice `s`.
pub fn list_assign_slice(v: Value, s: Value, src: Value) -> PyResult<()> {
    let (start, stop, step) = slice_indices(s, list_len(v) as i64)?;
    // a list or tuple other than `v` itself is read in place; anything else is copied first
    let direct =
        src != v && src.is_ptr() && (type_of(src) == bt(BT::List) || type_of(src) == bt(BT::Tuple));
    let src = if direct {
        src
    } else {
        ops::to_list(src).map_err(|e| {
            if exc_matches(e.0, exc_type(Exc::TypeError)) && ops::iter(src).is_err() {
                type_error("can only assign an iterable")
            } else {
                e
            }
        })?
    };
    // (no allocation in the GC heap from here on: the slices below stay valid)
    let new_items: &[Value] = if type_of(src) == bt(BT::Tuple) {
        crate::objects::tuple::tuple_items(src)
    } else {
        list_items(src)
    };
    if step == 1 {
        let stop = stop.max(start);
        list_items(v).splice(start as usize..stop as usize, new_items.iter().copied());
    } else {
        let idx = slice_positions(start, stop, step);
        if idx.len() != new_items.len() {
            return Err(value_error(format!(
                "attempt to assign sequence of size {} to extended slice of size {}",
                new_items.len(),
                idx.len()
            )));
        }
        for (k, &j) in idx.iter().enumerate() {
            list_items(v)[j] = new_items[k];
        }
    }
    write_barrier(v);
    Ok(())
}

fn list_setitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = l(a[0]);
    if is_slice(a[1]) {
        list_assign_slice(v, a[1], a[2])?;
        return Ok(none());
    }
    let i = norm_index(a[1], list_len(v), "list assignment")?;
    list_set(v, i, a[2]);
    Ok(none())
}
fn list_delitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = l(a[0]);
    if is_slice(a[1]) {
        let (start, stop, step) = slice_indices(a[1], list_len(v) as i64)?;
        if step == 1 {
            if stop > start {
                list_items(v).drain(start as usize..stop as usize);
            }
            return Ok(none());
        }
        let mut idx = slice_positions(start, stop, step);
        idx.sort_unstable();
        for &j in idx.iter().rev() {
            list_items(v).remove(j);
        }
        return Ok(none());
    }
    let i = norm_index(a[1], list_len(v), "list assignment")?;
    list_items(v).remove(i);
    Ok(none())
}
fn list_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_iter(BT::ListIter, l(a[0])))
}
fn list_add(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = a[1];
    if !(b.is_ptr() && layout_of(builtin_value(b)) == Layout::List) {
        return Err(type_error(format!(
            "can only concatenate list (not \"{}\") to list",
            type_name_of(b)
        )));
    }
    let r = new_list(list_items(l(a[0])));
    let extra = list_items(l(b)).clone();
    list_items(r).extend_from_slice(&extra);
    Ok(r)
}
fn list_iadd(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    list_extend(a, kw)?;
    Ok(a[0])
}
fn list_imul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !has_index(a[1]) {
        return Ok(not_implemented());
    }
    let n = ops::index_value(a[1])?.max(0) as usize;
    let v = l(a[0]);
    let src = list_items(v).clone();
    list_items(v).clear();
    for _ in 0..n {
        list_items(v).extend_from_slice(&src);
    }
    write_barrier(v);
    Ok(a[0])
}
fn list_reversed(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = l(a[0]);
    let n = list_len(v) as i64;
    Ok(new_obj::<crate::objects::iter::IterObject>(
        bt(BT::ListRevIter),
        |o| {
            o.seq = v;
            o.index = n - 1;
        },
    ))
}
fn has_index(v: Value) -> bool {
    crate::objects::int::is_int(v) || crate::types::lookup(type_of(v), "__index__").is_some()
}
fn list_mul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !has_index(a[1]) {
        return Ok(not_implemented());
    }
    let n = ops::index_value(a[1])?.max(0) as usize;
    // the new storage lives outside the heap: let the collector free dead lists in time
    if ferrite_gc::add_memory_pressure(n * list_len(l(a[0])) * 8) {
        ferrite_gc::collect_minor();
    }
    // allocate first: a Rust copy of the items must not live across an allocation
    let r = new_list(&[]);
    let src = list_items(l(a[0])).clone();
    for _ in 0..n {
        list_items(r).extend_from_slice(&src);
    }
    Ok(r)
}
/// Rich comparison of two exact tuples.
pub fn tuple_compare(a: Value, b: Value, op: ops::CmpOp) -> PyResult<Value> {
    seq_cmp(tuple_items(a), tuple_items(b), op)
}

fn seq_cmp(a: &[Value], b: &[Value], op: ops::CmpOp) -> PyResult<Value> {
    let n = a.len().min(b.len());
    for i in 0..n {
        if !ops::eq_bool(a[i], b[i])? {
            if op == ops::CmpOp::Eq {
                return Ok(py_false());
            }
            if op == ops::CmpOp::Ne {
                return Ok(py_true());
            }
            return ops::compare(a[i], b[i], op);
        }
    }
    Ok(py_bool(op.apply(a.len(), b.len())))
}
fn list_cmp(a: &[Value], op: ops::CmpOp) -> PyResult<Value> {
    let b = a[1];
    if !(b.is_ptr() && layout_of(builtin_value(b)) == Layout::List) {
        return Ok(not_implemented());
    }
    // index both lists afresh: comparisons may run Python code (which may mutate them or
    // move their items)
    let (x, y) = (l(a[0]), l(b));
    let mut i = 0;
    loop {
        let (p, q) = (list_get(x, i), list_get(y, i));
        let (Some(p), Some(q)) = (p, q) else {
            return Ok(py_bool(op.apply(list_len(x), list_len(y))));
        };
        if !ops::eq_bool(p, q)? {
            if op == ops::CmpOp::Eq {
                return Ok(py_false());
            }
            if op == ops::CmpOp::Ne {
                return Ok(py_true());
            }
            return ops::compare(p, q, op);
        }
        i += 1;
    }
}
crate::methods::numbers::cmp_fns!(list_cmp, list_lt, list_le, list_eq, list_ne, list_gt, list_ge);
fn list_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = l(a[0]);
    let mut i = 0;
    while let Some(x) = list_get(v, i) {
        if ops::eq_bool(x, a[1])? {
            return Ok(py_true());
        }
        i += 1;
    }
    Ok(py_false())
}
fn list_index(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("index", a, kw, 1, 3)?;
    let v = l(a[0]);
    let n = list_len(v) as i64;
    let norm = |x: Value, _d: i64| -> PyResult<i64> {
        let i = ops::index_value(x).map_err(|_| {
            type_error("slice indices must be integers or have an __index__ method")
        })?;
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
    };
    let start = if a.len() > 2 { norm(a[2], 0)? } else { 0 } as usize;
    let stop = if a.len() > 3 { norm(a[3], n)? } else { n } as usize;
    let mut i = start;
    while let Some(x) = list_get(v, i).filter(|_| i < stop) {
        if ops::eq_bool(x, a[1])? {
            return Ok(new_int(i as i64));
        }
        i += 1;
    }
    Err(value_error(format!(
        "{} is not in list",
        ops::repr_string(a[1])?
    )))
}
fn list_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("count", a, kw, 1, 1)?;
    let v = l(a[0]);
    let (mut i, mut c) = (0, 0);
    while let Some(x) = list_get(v, i) {
        if ops::eq_bool(x, a[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(new_int(c))
}
fn list_remove(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("remove", a, kw, 1, 1)?;
    let v = l(a[0]);
    let mut i = 0;
    while let Some(x) = list_get(v, i) {
        if ops::eq_bool(x, a[1])? {
            list_items(v).remove(i);
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error("list.remove(x): x not in list"))
}
fn list_reverse(a: &[Value], _: &[Value]) -> PyResult<Value> {
    list_items(l(a[0])).reverse();
    Ok(none())
}
fn list_clear(a: &[Value], _: &[Value]) -> PyResult<Value> {
    list_items(l(a[0])).clear();
    Ok(none())
}
fn list_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_list(list_items(l(a[0]))))
}
fn list_sort(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("sort", kw, &["key", "reverse"])?;
    if a.len() - kw.len() > 1 {
        return Err(type_error("sort() takes no positional arguments"));
    }
    let key = kwarg(a, kw, "key").filter(|k| *k != none());
    let reverse = match kwarg(a, kw, "reverse") {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    crate::sort::sort_list(l(a[0]), key, reverse)?;
    Ok(none())
}
fn list_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let r = new_list(&[]);
    if cls == bt(BT::List) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(cls, r))
}
fn list_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("list", a, kw, 0, 1)?;
    let v = l(a[0]);
    list_items(v).clear();
    if a.len() > 1 {
        let src = ops::to_list(a[1])?;
        let items = list_items(src).clone();
        list_items(v).extend_from_slice(&items);
        write_barrier(v);
    }
    Ok(none())
}

// ---------------------------------------------------------------- tuple

fn t(v: Value) -> Value {
    builtin_value(v)
}
fn tuple_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = t(a[0]);
    ops::repr_guard(v, || tuple_repr_inner(v)).unwrap_or_else(|| Ok(new_str("(...)")))
}
fn tuple_repr_inner(v: Value) -> PyResult<Value> {
    let n = tuple_len(v);
    if n == 1 {
        return Ok(new_str(&format!(
            "({},)",
            ops::repr_string(tuple_items(v)[0])?
        )));
    }
    seq_repr("(", ")", n, |i| tuple_items(v).get(i).copied())
}
fn tuple_len_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(tuple_len(t(a[0])) as i64))
}
fn tuple_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = t(a[0]);
    if is_slice(a[1]) {
        let items = slice_items(tuple_items(v), a[1])?;
        if items.len() == tuple_len(v)
            && type_of(a[0]) == bt(BT::Tuple)
            && items.as_slice() == tuple_items(v)
        {
            return Ok(a[0]);
        }
        return Ok(new_tuple(&items));
    }
    let i = norm_index(a[1], tuple_len(v), "tuple")?;
    Ok(tuple_items(v)[i])
}
fn tuple_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_iter(BT::TupleIter, t(a[0])))
}
fn tuple_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    // CPython's xxHash-based tuple hash
    const P1: u64 = 11400714785074694791;
    const P2: u64 = 14029467366897019727;
    const P5: u64 = 2870177450012600261;
    let v = t(a[0]);
    let mut acc: u64 = P5;
    for &x in tuple_items(v) {
        let h = ops::hash(x)? as u64;
        acc = acc.wrapping_add(h.wrapping_mul(P2));
        acc = acc.rotate_left(31);
        acc = acc.wrapping_mul(P1);
    }
    acc = acc.wrapping_add((tuple_len(v) as u64) ^ (P5 ^ 3527539));
    let r = if acc as i64 == -1 {
        1546275796
    } else {
        acc as i64
    };
    Ok(new_int(r))
}
fn tuple_cmp(a: &[Value], op: ops::CmpOp) -> PyResult<Value> {
    let b = a[1];
    if !(b.is_ptr() && layout_of(builtin_value(b)) == Layout::Tuple) {
        return Ok(not_implemented());
    }
    seq_cmp(tuple_items(t(a[0])), tuple_items(t(b)), op)
}
crate::methods::numbers::cmp_fns!(
    tuple_cmp, tuple_lt, tuple_le, tuple_eq, tuple_ne, tuple_gt, tuple_ge
);
fn tuple_add(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = a[1];
    if !(b.is_ptr() && layout_of(builtin_value(b)) == Layout::Tuple) {
        return Err(type_error(format!(
            "can only concatenate tuple (not \"{}\") to tuple",
            type_name_of(b)
        )));
    }
    let (x, y) = (t(a[0]), t(b));
    let (nx, ny) = (tuple_len(x), tuple_len(y));
    let r = new_tuple_uninit(bt(BT::Tuple), nx + ny);
    tuple_items_mut(r)[..nx].copy_from_slice(tuple_items(x));
    tuple_items_mut(r)[nx..].copy_from_slice(tuple_items(y));
    Ok(r)
}
fn tuple_mul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !has_index(a[1]) {
        return Ok(not_implemented());
    }
    let n = ops::index_value(a[1])?.max(0) as usize;
    let src = tuple_items(t(a[0]));
    if n == 1 && type_of(a[0]) == bt(BT::Tuple) {
        return Ok(a[0]);
    }
    let l = new_list(&[]);
    for _ in 0..n {
        list_items(l).extend_from_slice(src);
    }
    Ok(new_tuple(list_items(l)))
}
fn tuple_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("tuple.count", a, kw, 1, 1)?;
    let mut c = 0;
    for &x in tuple_items(t(a[0])) {
        if ops::eq_bool(x, a[1])? {
            c += 1;
        }
    }
    Ok(new_int(c))
}
fn tuple_index(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("tuple.index", kw)?;
    check_method("index", a, kw, 1, 3)?;
    let items = tuple_items(t(a[0]));
    let n = items.len() as i64;
    let norm = |x: Value, d: i64| -> PyResult<i64> {
        if x.is_null() {
            return Ok(d);
        }
        let i = ops::index_value(x)?;
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
    };
    let start = norm(opt(a, 2), 0)? as usize;
    let stop = norm(opt(a, 3), n)? as usize;
    for (i, &x) in items.iter().enumerate().take(stop).skip(start) {
        if ops::eq_bool(x, a[1])? {
            return Ok(new_int(i as i64));
        }
    }
    Err(value_error("tuple.index(x): x not in tuple"))
}
fn tuple_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    for &x in tuple_items(t(a[0])) {
        if ops::eq_bool(x, a[1])? {
            return Ok(py_true());
        }
    }
    Ok(py_false())
}
fn tuple_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("tuple", &a[1..], kw, 0, 1)?;
    let r = if a.len() > 1 {
        ops::to_tuple(a[1])?
    } else {
        new_tuple(&[])
    };
    if a[0] == bt(BT::Tuple) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(a[0], r))
}

// ---------------------------------------------------------------- dict

fn d(v: Value) -> Value {
    builtin_value(v)
}
fn dict_repr(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let v = d(a[0]);
    ops::repr_guard(v, || dict_repr_inner(v, k)).unwrap_or_else(|| Ok(new_str("{...}")))
}
fn dict_repr_inner(v: Value, _: &[Value]) -> PyResult<Value> {
    let mut out = String::from("{");
    let mut pos = 0;
    let mut first = true;
    while let Some((ix, e)) = table(v).next_from(pos) {
        if !first {
            out.push_str(", ");
        }
        first = false;
        out.push_str(&ops::repr_string(e.key)?);
        out.push_str(": ");
        out.push_str(&ops::repr_string(e.value)?);
        pos = ix + 1;
    }
    out.push('}');
    Ok(new_str(&out))
}
fn dict_len_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(dict_len(d(a[0])) as i64))
}
fn dict_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    match dict_get(d(a[0]), a[1])? {
        Some(v) => Ok(v),
        None => {
            if type_of(a[0]) != bt(BT::Dict) {
                if let Some(r) = ops::call_special(a[0], "__missing__", &[a[1]])? {
                    return Ok(r);
                }
            }
            Err(key_error(a[1]))
        }
    }
}
fn dict_setitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    dict_set(d(a[0]), a[1], a[2])?;
    Ok(none())
}
fn dict_delitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    match dict_del(d(a[0]), a[1])? {
        Some(_) => Ok(none()),
        None => Err(key_error(a[1])),
    }
}
fn dict_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(dict_get(d(a[0]), a[1])?.is_some()))
}
fn dict_get_m(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("dict.get", kw)?;
    check_method("get", a, kw, 1, 2)?;
    Ok(dict_get(d(a[0]), a[1])?.unwrap_or_else(|| if a.len() > 2 { a[2] } else { none() }))
}
fn dict_setdefault(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("setdefault", a, kw, 1, 2)?;
    if let Some(v) = dict_get(d(a[0]), a[1])? {
        return Ok(v);
    }
    let dv = if a.len() > 2 { a[2] } else { none() };
    dict_set(d(a[0]), a[1], dv)?;
    Ok(dv)
}
fn dict_pop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("pop", a, kw, 1, 2)?;
    match dict_del(d(a[0]), a[1])? {
        Some(v) => Ok(v),
        None if a.len() > 2 => Ok(a[2]),
        None => Err(key_error(a[1])),
    }
}
fn dict_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_dict_iter(BT::DictKeyIter, d(a[0])))
}
fn dict_keys(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::iter::new_iter(BT::DictKeys, d(a[0])))
}
fn dict_values(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::iter::new_iter(BT::DictValues, d(a[0])))
}
fn dict_items(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::iter::new_iter(BT::DictItems, d(a[0])))
}
fn dict_update(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_update_named(a, kw, "update")
}
fn dict_update_named(a: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    let target = d(a[0]);
    let pos = positional(a, kw);
    if pos.len() > 2 {
        return Err(type_error(format!(
            "{name} expected at most 1 argument, got {}",
            pos.len() - 1
        )));
    }
    if pos.len() == 2 {
        update_from(target, pos[1])?;
    }
    let base = a.len() - kw.len();
    for (i, k) in kw.iter().enumerate() {
        dict_set(target, *k, a[base + i])?;
    }
    Ok(none())
}
pub fn update_from(target: Value, src: Value) -> PyResult<()> {
    if src.is_ptr() && layout_of(builtin_value(src)) == Layout::Dict {
        let s = builtin_value(src);
        let mut pos = 0;
        while let Some((ix, e)) = table(s).next_from(pos) {
            dict_set(target, e.key, e.value)?;
            pos = ix + 1;
        }
        return Ok(());
    }
    if crate::types::lookup(type_of(src), "keys").is_some() {
        let keys = ops::to_list(ops::call_method(src, "keys", &[])?)?;
        let mut i = 0;
        while let Some(k) = list_get(keys, i) {
            let v = ops::getitem(src, k)?;
            dict_set(target, k, v)?;
            i += 1;
        }
        return Ok(());
    }
    let it = ops::iter(src)?;
    let mut n = 0;
    while let Some(item) = ops::next(it)? {
        let pair = ops::to_tuple(item).map_err(|_| {
            type_error(format!(
                "cannot convert dictionary update sequence element #{n} to a sequence"
            ))
        })?;
        if tuple_len(pair) != 2 {
            return Err(value_error(format!(
                "dictionary update sequence element #{n} has length {}; 2 is required",
                tuple_len(pair)
            )));
        }
        dict_set(target, tuple_items(pair)[0], tuple_items(pair)[1])?;
        n += 1;
    }
    Ok(())
}
fn dict_popitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = d(a[0]);
    let tab = table(v);
    let last = tab.entries.iter().rposition(|e| !e.key.is_null());
    match last {
        Some(ix) => {
            let e = tab.entries[ix];
            tab.remove(e.key, e.hash)?;
            Ok(new_tuple(&[e.key, e.value]))
        }
        None => Err(new_exc_args(
            Exc::KeyError,
            &[new_str("popitem(): dictionary is empty")],
        )),
    }
}
fn is_dict(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Dict
}
fn dict_or(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_dict(a[1]) {
        return Ok(not_implemented());
    }
    let r = ops::call_method(a[0], "copy", &[])?;
    update_from(builtin_value(r), a[1])?;
    Ok(r)
}
fn dict_ror(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_dict(a[1]) {
        return Ok(not_implemented());
    }
    let r = new_dict();
    update_from(r, a[1])?;
    update_from(r, a[0])?;
    Ok(r)
}
fn dict_ior(a: &[Value], _: &[Value]) -> PyResult<Value> {
    update_from(d(a[0]), a[1])?;
    Ok(a[0])
}
fn dict_reversed(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let keys = ops::to_list(d(a[0]))?;
    list_items(keys).reverse();
    Ok(new_iter(BT::ListIter, keys))
}
fn dict_ne(a: &[Value], k: &[Value]) -> PyResult<Value> {
    let r = dict_eq(a, k)?;
    if r == not_implemented() {
        return Ok(r);
    }
    Ok(py_bool(r == py_false()))
}
fn view_set(v: Value) -> PyResult<Value> {
    crate::methods::set::make_set(bt(BT::Set), v)
}
fn view_binop(a: &[Value], name: &str) -> PyResult<Value> {
    let x = view_set(a[0])?;
    let is_iterable = ops::iter(a[1]).is_ok();
    if !is_iterable {
        return Ok(not_implemented());
    }
    let y = view_set(a[1])?;
    ops::call_method(x, name, &[y])
}
fn view_and(a: &[Value], _: &[Value]) -> PyResult<Value> {
    view_binop(a, "__and__")
}
fn view_or(a: &[Value], _: &[Value]) -> PyResult<Value> {
    view_binop(a, "__or__")
}
fn view_sub(a: &[Value], _: &[Value]) -> PyResult<Value> {
    view_binop(a, "__sub__")
}
fn view_rsub(a: &[Value], _: &[Value]) -> PyResult<Value> {
    view_binop(&[a[1], a[0]], "__sub__")
}
fn view_xor(a: &[Value], _: &[Value]) -> PyResult<Value> {
    view_binop(a, "__xor__")
}
fn view_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<crate::objects::iter::IterObject>(a[0]);
    let (dv, cls) = (o.seq, type_of(a[0]));
    if cls == bt(BT::DictKeys) {
        return Ok(py_bool(dict_get(dv, a[1])?.is_some()));
    }
    if cls == bt(BT::DictItems) {
        let x = a[1];
        if !(x.is_ptr() && type_of(x) == bt(BT::Tuple) && tuple_len(x) == 2) {
            return Ok(py_false());
        }
        let (k, v) = (tuple_items(x)[0], tuple_items(x)[1]);
        return Ok(py_bool(match dict_get(dv, k)? {
            Some(w) => ops::eq_bool(w, v)?,
            None => false,
        }));
    }
    let l = ops::to_list(a[0])?;
    list_contains(&[l, a[1]], &[])
}
fn view_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if type_of(a[0]) == bt(BT::DictValues) {
        return Ok(py_bool(a[0] == a[1]));
    }
    let x = view_set(a[0])?;
    if !(crate::methods::set::is_set(a[1])
        || matches!(layout_of(a[1]), Layout::Iter)
            && [bt(BT::DictKeys), bt(BT::DictItems)].contains(&type_of(a[1])))
    {
        return Ok(not_implemented());
    }
    let y = view_set(a[1])?;
    ops::compare(x, y, ops::CmpOp::Eq)
}
fn view_reversed(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let l = ops::to_list(a[0])?;
    list_items(l).reverse();
    Ok(new_iter(BT::ListIter, l))
}
fn view_isdisjoint(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let x = view_set(a[0])?;
    ops::call_method(x, "isdisjoint", &[a[1]])
}
fn dict_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = new_dict();
    update_from(r, d(a[0]))?;
    Ok(r)
}
fn dict_clear(a: &[Value], _: &[Value]) -> PyResult<Value> {
    table(d(a[0])).clear();
    Ok(none())
}
fn dict_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (x, y) = (d(a[0]), a[1]);
    if !(y.is_ptr() && layout_of(builtin_value(y)) == Layout::Dict) {
        return Ok(not_implemented());
    }
    let y = builtin_value(y);
    if dict_len(x) != dict_len(y) {
        return Ok(py_false());
    }
    let mut pos = 0;
    while let Some((ix, e)) = table(x).next_from(pos) {
        match dict_get(y, e.key)? {
            Some(v) if ops::eq_bool(e.value, v)? => {}
            _ => return Ok(py_false()),
        }
        pos = ix + 1;
    }
    Ok(py_true())
}
fn dict_fromkeys(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("fromkeys", a, kw, 1, 2)?;
    let v = if a.len() > 2 { a[2] } else { none() };
    let d = ops::call(a[0], &[], &[])?;
    let keys = ops::to_list(a[1])?;
    let mut i = 0;
    while let Some(k) = list_get(keys, i) {
        ops::setitem(d, k, v)?;
        i += 1;
    }
    Ok(d)
}
fn dict_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = new_dict();
    if a[0] == bt(BT::Dict) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(a[0], r))
}
fn dict_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    dict_update_named(a, kw, "dict")
}
fn view_mapping(v: Value) -> PyResult<Value> {
    Ok(crate::methods::alias::new_mappingproxy(
        obj::<crate::objects::iter::IterObject>(v).seq,
    ))
}
fn view_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<crate::objects::iter::IterObject>(a[0]);
    let cls = type_of(a[0]);
    let it = if cls == bt(BT::DictKeys) {
        BT::DictKeyIter
    } else if cls == bt(BT::DictValues) {
        BT::DictValueIter
    } else {
        BT::DictItemIter
    };
    Ok(new_dict_iter(it, o.seq))
}
fn view_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        dict_len(obj::<crate::objects::iter::IterObject>(a[0]).seq) as i64,
    ))
}
fn view_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let l = ops::to_list(a[0])?;
    let inner = list_repr(&[l], &[])?;
    Ok(new_str(&format!(
        "{}({})",
        type_name_of(a[0]),
        crate::objects::str::str_of(inner)
    )))
}
fn iter_self(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
fn iter_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    match crate::objects::iter::fast_next(a[0])? {
        Some(Some(v)) => Ok(v),
        _ => Err(stop_iteration(Value::NULL)),
    }
}

// ---------------------------------------------------------------- range

#[repr(C)]
pub struct RangeObject {
    pub header: Header,
    pub start: i64,
    pub stop: i64,
    pub step: i64,
    /// (start, stop, step) as int objects when a bound does not fit in 64 bits; NULL otherwise
    pub big: Value,
}
crate::fixed_kind!(RANGE_KIND, "range", RangeObject, [big]);

/// A range with a bound beyond 64 bits: the operations CPython's users meet with such ranges
/// (len, indexing, `in`, repr, attributes) on big ints; the rest raise NotImplementedError.
mod big_range {
    use super::*;
    use crate::objects::int::{int_to_big, new_big};
    use num_bigint::BigInt;
    use num_traits::{Signed, ToPrimitive, Zero};

    pub fn parts(r: Value) -> (BigInt, BigInt, BigInt) {
        let t = obj::<RangeObject>(r).big;
        let it = tuple_items(t);
        (int_to_big(it[0]), int_to_big(it[1]), int_to_big(it[2]))
    }
    pub fn len(r: Value) -> BigInt {
        let (a, b, s) = parts(r);
        if s.is_positive() && a < b {
            (&b - &a - 1) / &s + 1
        } else if s.is_negative() && a > b {
            (&a - &b - 1) / (-&s) + 1
        } else {
            BigInt::zero()
        }
    }
    /// `longrange_iterator`: iteration over a range with a bound beyond 64 bits.
    struct LongRangeIter {
        range: Value,
        index: BigInt,
        len: BigInt,
    }
    impl crate::objects::native::NativeData for LongRangeIter {
        fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
            t.visit(Value::slot(&mut self.range));
        }
    }
    static ITER_TYPE: std::sync::OnceLock<usize> = std::sync::OnceLock::new();
    fn iter_type() -> Value {
        Value(*ITER_TYPE.get_or_init(|| {
            let t = crate::objects::native::new_native_type(
                "builtins",
                "longrange_iterator",
                Value::NULL,
                false,
            );
            crate::methods::def(t, "__next__", iter_next);
            crate::methods::def(t, "__iter__", iter_self);
            crate::methods::def(t, "__length_hint__", iter_len);
            t.0
        }))
    }
    fn lri(v: Value) -> PyResult<&'static mut LongRangeIter> {
        crate::objects::native::native_mut::<LongRangeIter>(v)
            .ok_or_else(|| type_error("expected a longrange_iterator"))
    }
    fn iter_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
        let it = lri(a[0])?;
        if it.index >= it.len {
            return Err(new_exc_args(Exc::StopIteration, &[]));
        }
        let i = new_big(it.index.clone());
        it.index += 1;
        let r = lri(a[0])?.range;
        getitem(r, i)
    }
    fn iter_self(a: &[Value], _: &[Value]) -> PyResult<Value> {
        Ok(a[0])
    }
    fn iter_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
        let it = lri(a[0])?;
        Ok(new_big(&it.len - &it.index))
    }
    pub fn new_iter(r: Value) -> Value {
        let t = iter_type();
        crate::objects::native::new_native(
            t,
            LongRangeIter {
                range: r,
                index: BigInt::from(0),
                len: len(r),
            },
        )
    }
    pub fn len_value(r: Value) -> PyResult<Value> {
        len(r)
            .to_i64()
            .map(new_int)
            .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))
    }
    pub fn getitem(r: Value, k: Value) -> PyResult<Value> {
        if is_slice(k) {
            return Err(not_supported("slicing ranges beyond 64-bit bounds"));
        }
        let i = int_to_big(ops::index(k)?);
        let n = len(r);
        let j = if i.is_negative() { &i + &n } else { i };
        if j.is_negative() || j >= n {
            return Err(index_error("range object index out of range"));
        }
        let (a, _, s) = parts(r);
        Ok(new_big(a + j * s))
    }
    pub fn contains(r: Value, x: Value) -> PyResult<bool> {
        if !crate::objects::int::is_int(x) {
            return Ok(false);
        }
        let v = int_to_big(x);
        let (a, b, s) = parts(r);
        let inside = if s.is_positive() {
            v >= a && v < b
        } else {
            v <= a && v > b
        };
        Ok(inside && ((&v - &a) % &s).is_zero())
    }
    pub fn repr(r: Value) -> String {
        let (a, b, s) = parts(r);
        if s == BigInt::from(1) {
            format!("range({a}, {b})")
        } else {
            format!("range({a}, {b}, {s})")
        }
    }
}

fn range_len_of(r: &RangeObject) -> i64 {
    if r.step > 0 && r.start < r.stop {
        (r.stop - r.start - 1) / r.step + 1
    } else if r.step < 0 && r.start > r.stop {
        (r.start - r.stop - 1) / (-r.step) + 1
    } else {
        0
    }
}
fn range_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("range", kw)?;
    let args = &a[1..];
    // bounds beyond 64 bits get the big-int representation
    if args.len() <= 3 && args.iter().all(|v| crate::objects::int::is_int(*v)) {
        let big = args
            .iter()
            .any(|v| crate::objects::int::int_to_i64(*v).is_none());
        if big {
            let one = new_int(1);
            let (start, stop, step) = match args.len() {
                1 => (new_int(0), args[0], one),
                2 => (args[0], args[1], one),
                _ => (args[0], args[1], args[2]),
            };
            if crate::objects::int::int_is_zero(step) {
                return Err(value_error("range() arg 3 must not be zero"));
            }
            let t = new_tuple(&[start, stop, step]);
            return Ok(new_obj::<RangeObject>(bt(BT::Range), |o| o.big = t));
        }
    }
    let idx = |v: Value| ops::index_value(v);
    let (start, stop, step) = match args.len() {
        1 => (0, idx(args[0])?, 1),
        2 => (idx(args[0])?, idx(args[1])?, 1),
        3 => (idx(args[0])?, idx(args[1])?, idx(args[2])?),
        0 => return Err(type_error("range expected at least 1 argument, got 0")),
        n => {
            return Err(type_error(format!(
                "range expected at most 3 arguments, got {n}"
            )))
        }
    };
    if step == 0 {
        return Err(value_error("range() arg 3 must not be zero"));
    }
    Ok(new_obj::<RangeObject>(bt(BT::Range), |o| {
        o.start = start;
        o.stop = stop;
        o.step = step;
    }))
}
fn range_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return Ok(big_range::new_iter(a[0]));
    }
    let r = obj::<RangeObject>(a[0]);
    Ok(crate::objects::iter::new_range_iter(
        r.start, r.stop, r.step,
    ))
}
fn range_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return big_range::len_value(a[0]);
    }
    Ok(new_int(range_len_of(obj::<RangeObject>(a[0]))))
}
fn range_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return Ok(new_str(&big_range::repr(a[0])));
    }
    let r = obj::<RangeObject>(a[0]);
    Ok(new_str(&if r.step == 1 {
        format!("range({}, {})", r.start, r.stop)
    } else {
        format!("range({}, {}, {})", r.start, r.stop, r.step)
    }))
}
fn range_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return big_range::getitem(a[0], a[1]);
    }
    let r = obj::<RangeObject>(a[0]);
    let n = range_len_of(r);
    if is_slice(a[1]) {
        let (s, e, st) = slice_indices(a[1], n)?;
        let (rs, rst) = (r.start, r.step);
        return Ok(new_obj::<RangeObject>(bt(BT::Range), |o| {
            o.start = rs + s * rst;
            o.stop = rs + e * rst;
            o.step = st * rst;
        }));
    }
    let i = norm_index(a[1], n as usize, "range object")?;
    Ok(new_int(r.start + i as i64 * r.step))
}
fn range_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return Ok(py_bool(big_range::contains(a[0], a[1])?));
    }
    let r = obj::<RangeObject>(a[0]);
    if let Some(x) =
        crate::objects::int::int_to_i64(a[1]).filter(|_| crate::objects::int::is_int(a[1]))
    {
        let inr = if r.step > 0 {
            x >= r.start && x < r.stop
        } else {
            x <= r.start && x > r.stop
        };
        return Ok(py_bool(inr && (x - r.start) % r.step == 0));
    }
    Ok(py_false())
}

fn range_index(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return Err(not_supported(
            "this operation on ranges beyond 64-bit bounds",
        ));
    }
    let r = obj::<RangeObject>(a[0]);
    if let Some(x) =
        crate::objects::int::int_to_i64(a[1]).filter(|_| crate::objects::int::is_int(a[1]))
    {
        let inr = if r.step > 0 {
            x >= r.start && x < r.stop
        } else {
            x <= r.start && x > r.stop
        };
        if inr && (x - r.start) % r.step == 0 {
            return Ok(new_int((x - r.start) / r.step));
        }
    }
    Err(value_error(format!(
        "{} is not in range",
        ops::repr_string(a[1])?
    )))
}
fn range_count(a: &[Value], k: &[Value]) -> PyResult<Value> {
    Ok(new_int(match range_index(a, k) {
        Ok(_) => 1,
        Err(_) => 0,
    }))
}
fn range_get_start(v: Value) -> PyResult<Value> {
    let big = obj::<RangeObject>(v).big;
    if !big.is_null() {
        return Ok(tuple_items(big)[0]);
    }
    Ok(new_int(obj::<RangeObject>(v).start))
}
fn range_get_stop(v: Value) -> PyResult<Value> {
    let big = obj::<RangeObject>(v).big;
    if !big.is_null() {
        return Ok(tuple_items(big)[1]);
    }
    Ok(new_int(obj::<RangeObject>(v).stop))
}
fn range_get_step(v: Value) -> PyResult<Value> {
    let big = obj::<RangeObject>(v).big;
    if !big.is_null() {
        return Ok(tuple_items(big)[2]);
    }
    Ok(new_int(obj::<RangeObject>(v).step))
}
fn range_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return Err(not_supported(
            "this operation on ranges beyond 64-bit bounds",
        ));
    }
    if type_of(a[1]) != bt(BT::Range) {
        return Ok(not_implemented());
    }
    if !obj::<RangeObject>(a[1]).big.is_null() {
        return Ok(py_false());
    }
    let (x, y) = (obj::<RangeObject>(a[0]), obj::<RangeObject>(a[1]));
    let (nx, ny) = (range_len_of(x), range_len_of(y));
    Ok(py_bool(
        nx == ny && (nx == 0 || (x.start == y.start && (nx == 1 || x.step == y.step))),
    ))
}
fn range_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return Err(not_supported(
            "this operation on ranges beyond 64-bit bounds",
        ));
    }
    let x = obj::<RangeObject>(a[0]);
    let n = range_len_of(x);
    let t = if n == 0 {
        new_tuple(&[new_int(0), none(), none()])
    } else if n == 1 {
        new_tuple(&[new_int(1), new_int(x.start), none()])
    } else {
        new_tuple(&[new_int(n), new_int(x.start), new_int(x.step)])
    };
    Ok(new_int(ops::hash(t)? as i64))
}
fn range_reversed(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        return Err(not_supported(
            "this operation on ranges beyond 64-bit bounds",
        ));
    }
    let r = obj::<RangeObject>(a[0]);
    let n = range_len_of(r);
    let last = r.start + (n - 1) * r.step;
    Ok(crate::objects::iter::new_range_iter(
        last,
        r.start - r.step,
        -r.step,
    ))
}
fn range_bool(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !obj::<RangeObject>(a[0]).big.is_null() {
        use num_traits::Zero;
        return Ok(py_bool(!big_range::len(a[0]).is_zero()));
    }
    Ok(py_bool(range_len_of(obj::<RangeObject>(a[0])) > 0))
}
fn slice_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("slice", &a[1..], kw, 1, 3)?;
    let args = &a[1..];
    Ok(match args.len() {
        1 => new_slice(none(), args[0], none()),
        2 => new_slice(args[0], args[1], none()),
        _ => new_slice(args[0], args[1], args[2]),
    })
}
fn slice_get_start(v: Value) -> PyResult<Value> {
    Ok(obj::<SliceObject>(v).start)
}
fn slice_get_stop(v: Value) -> PyResult<Value> {
    Ok(obj::<SliceObject>(v).stop)
}
fn slice_get_step(v: Value) -> PyResult<Value> {
    Ok(obj::<SliceObject>(v).step)
}
fn slice_indices_m(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("indices", a, kw, 1, 1)?;
    let n = ops::index_value(a[1])?;
    if n < 0 {
        return Err(value_error("length should not be negative"));
    }
    let (x, y, z) = slice_indices(a[0], n)?;
    Ok(new_tuple(&[new_int(x), new_int(y), new_int(z)]))
}
fn slice_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if type_of(a[1]) != bt(BT::Slice) {
        return Ok(not_implemented());
    }
    let (x, y) = (obj::<SliceObject>(a[0]), obj::<SliceObject>(a[1]));
    let (t1, t2) = (
        new_tuple(&[x.start, x.stop, x.step]),
        new_tuple(&[y.start, y.stop, y.step]),
    );
    ops::compare(t1, t2, ops::CmpOp::Eq)
}
fn slice_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<SliceObject>(a[0]);
    let (x, y, z) = (o.start, o.stop, o.step);
    Ok(new_str(&format!(
        "slice({}, {}, {})",
        ops::repr_string(x)?,
        ops::repr_string(y)?,
        ops::repr_string(z)?
    )))
}

pub fn init() {
    use crate::objects::function::NativeFn;
    let lt = bt(BT::List);
    def_new(lt, list_new);
    for (n, f) in [
        ("__init__", list_init as NativeFn),
        ("__repr__", list_repr),
        ("__len__", list_len_m),
        ("__getitem__", list_getitem),
        ("__setitem__", list_setitem),
        ("__delitem__", list_delitem),
        ("__iter__", list_iter),
        ("__add__", list_add),
        ("__iadd__", list_iadd),
        ("__imul__", list_imul),
        ("__reversed__", list_reversed),
        ("__mul__", list_mul),
        ("__rmul__", list_mul),
        ("__contains__", list_contains),
        ("__lt__", list_lt),
        ("__le__", list_le),
        ("__eq__", list_eq),
        ("__ne__", list_ne),
        ("__gt__", list_gt),
        ("__ge__", list_ge),
        ("append", list_append),
        ("extend", list_extend),
        ("pop", list_pop),
        ("insert", list_insert),
        ("index", list_index),
        ("count", list_count),
        ("remove", list_remove),
        ("reverse", list_reverse),
        ("clear", list_clear),
        ("copy", list_copy),
        ("sort", list_sort),
    ] {
        def(lt, n, f);
    }
    let _ = dict_set(as_type(lt).dict, crate::intern::intern("__hash__"), none());
    let tt = bt(BT::Tuple);
    def_new(tt, tuple_new);
    for (n, f) in [
        ("__repr__", tuple_repr as NativeFn),
        ("__len__", tuple_len_m),
        ("__getitem__", tuple_getitem),
        ("__iter__", tuple_iter),
        ("__hash__", tuple_hash),
        ("__add__", tuple_add),
        ("__mul__", tuple_mul),
        ("__rmul__", tuple_mul),
        ("count", tuple_count),
        ("index", tuple_index),
        ("__contains__", tuple_contains),
        ("__lt__", tuple_lt),
        ("__le__", tuple_le),
        ("__eq__", tuple_eq),
        ("__ne__", tuple_ne),
        ("__gt__", tuple_gt),
        ("__ge__", tuple_ge),
    ] {
        def(tt, n, f);
    }
    let dt = bt(BT::Dict);
    def_new(dt, dict_new);
    for (n, f) in [
        ("__init__", dict_init as NativeFn),
        ("__repr__", dict_repr),
        ("__len__", dict_len_m),
        ("__getitem__", dict_getitem),
        ("__setitem__", dict_setitem),
        ("__delitem__", dict_delitem),
        ("__contains__", dict_contains),
        ("__iter__", dict_iter),
        ("__eq__", dict_eq),
        ("get", dict_get_m),
        ("popitem", dict_popitem),
        ("__or__", dict_or),
        ("__ror__", dict_ror),
        ("__ior__", dict_ior),
        ("__ne__", dict_ne),
        ("__reversed__", dict_reversed),
        ("setdefault", dict_setdefault),
        ("pop", dict_pop),
        ("keys", dict_keys),
        ("values", dict_values),
        ("items", dict_items),
        ("update", dict_update),
        ("copy", dict_copy),
        ("clear", dict_clear),
    ] {
        def(dt, n, f);
    }
    let _ = dict_set(as_type(dt).dict, crate::intern::intern("__hash__"), none());
    let fk = crate::objects::function::new_builtin_function("fromkeys", dict_fromkeys, Value::NULL);
    let cm =
        new_obj::<crate::objects::function::WrapperObject>(bt(BT::ClassMethod), |w| w.func = fk);
    let _ = dict_set(as_type(dt).dict, crate::intern::intern("fromkeys"), cm);
    for v in [BT::DictKeys, BT::DictValues, BT::DictItems] {
        def(bt(v), "__contains__", view_contains);
        super::getset(bt(v), "mapping", view_mapping);
        def(bt(v), "__reversed__", view_reversed);
        def(bt(v), "__eq__", view_eq);
        if v != BT::DictValues {
            // set-like views compare by content: unhashable
            let _ = dict_set(
                as_type(bt(v)).dict,
                crate::intern::intern("__hash__"),
                none(),
            );
            def(bt(v), "__and__", view_and);
            def(bt(v), "__rand__", view_and);
            def(bt(v), "__or__", view_or);
            def(bt(v), "__ror__", view_or);
            def(bt(v), "__sub__", view_sub);
            def(bt(v), "__rsub__", view_rsub);
            def(bt(v), "__xor__", view_xor);
            def(bt(v), "__rxor__", view_xor);
            def(bt(v), "isdisjoint", view_isdisjoint);
        }
        def(bt(v), "__iter__", view_iter);
        def(bt(v), "__len__", view_len);
        def(bt(v), "__repr__", view_repr);
    }
    for it in [
        BT::ListIter,
        BT::ListRevIter,
        BT::TupleIter,
        BT::StrIter,
        BT::RangeIter,
        BT::DictKeyIter,
        BT::DictValueIter,
        BT::DictItemIter,
        BT::SetIter,
        BT::SeqIter,
    ] {
        def(bt(it), "__iter__", iter_self);
        def(bt(it), "__next__", iter_next);
    }
    let rt = bt(BT::Range);
    def_new(rt, range_new);
    def(rt, "__iter__", range_iter);
    def(rt, "__len__", range_len);
    def(rt, "__repr__", range_repr);
    def(rt, "__getitem__", range_getitem);
    def(rt, "__contains__", range_contains);
    def(rt, "index", range_index);
    def(rt, "count", range_count);
    def(rt, "__eq__", range_eq);
    def(rt, "__hash__", range_hash);
    def(rt, "__reversed__", range_reversed);
    def(rt, "__bool__", range_bool);
    super::getset(rt, "start", range_get_start);
    super::getset(rt, "stop", range_get_stop);
    super::getset(rt, "step", range_get_step);
    let st = bt(BT::Slice);
    def_new(st, slice_new);
    def(st, "__repr__", slice_repr);
    def(st, "indices", slice_indices_m);
    def(st, "__eq__", slice_eq);
    super::getset(st, "start", slice_get_start);
    super::getset(st, "stop", slice_get_stop);
    super::getset(st, "step", slice_get_step);
}
