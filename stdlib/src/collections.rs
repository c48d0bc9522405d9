//! The `_collections` module: deque (with its forward and reverse iterators), defaultdict,
//! `_count_elements` (Counter's fast path) and `_tuplegetter` (namedtuple's field descriptor).

use crate::support::{self, data, slotted_type, visit, TypeCell};
use ferrite_gc::Tracer;
use ferrite_runtime::args::{check, check_method, kwarg, only_kwargs, positional};
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::{builtin_value, def, def_new, getset, getset_rw};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_get, dict_set};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::new_list;
use ferrite_runtime::objects::native::{
    is_native_instance, new_native, new_native_for, NativeData,
};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::ops::{self, CmpOp};
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::collections::VecDeque;

// ---------------------------------------------------------------- deque

pub(crate) struct Deque {
    items: VecDeque<Value>,
    /// None: unbounded
    maxlen: Option<usize>,
    /// bumped by every mutation (iterators compare it)
    state: u64,
}
impl NativeData for Deque {
    fn trace(&mut self, t: &mut Tracer) {
        for v in self.items.iter_mut() {
            visit(t, v);
        }
    }
}

struct DequeIter {
    deque: Value,
    /// items already produced
    index: usize,
    /// the deque's length and state when the iterator was made
    len: usize,
    state: u64,
    reverse: bool,
}
impl NativeData for DequeIter {
    fn trace(&mut self, t: &mut Tracer) {
        visit(t, &mut self.deque);
    }
}

static DEQUE: TypeCell = TypeCell::new();
static DEQUE_ITER: TypeCell = TypeCell::new();
static DEQUE_REVITER: TypeCell = TypeCell::new();
static DEFAULTDICT: TypeCell = TypeCell::new();
static TUPLEGETTER: TypeCell = TypeCell::new();

fn dq(v: Value) -> PyResult<&'static mut Deque> {
    data::<Deque>(v, "collections.deque")
}

fn is_deque(v: Value) -> bool {
    is_native_instance(v, DEQUE.get())
}

const MUTATED: &str = "deque mutated during iteration";

/// Appends on the right, dropping from the left when full.
fn push_back(d: Value, x: Value) -> PyResult<()> {
    let q = dq(d)?;
    if q.maxlen == Some(0) {
        return Ok(());
    }
    q.items.push_back(x);
    if let Some(m) = q.maxlen {
        if q.items.len() > m {
            q.items.pop_front();
        }
    }
    q.state += 1;
    write_barrier(builtin_value(d));
    Ok(())
}
fn push_front(d: Value, x: Value) -> PyResult<()> {
    let q = dq(d)?;
    if q.maxlen == Some(0) {
        return Ok(());
    }
    q.items.push_front(x);
    if let Some(m) = q.maxlen {
        if q.items.len() > m {
            q.items.pop_back();
        }
    }
    q.state += 1;
    write_barrier(builtin_value(d));
    Ok(())
}

fn deque_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_native_for(
        a[0],
        DEQUE.get(),
        Deque {
            items: VecDeque::new(),
            maxlen: None,
            state: 0,
        },
    ))
}

fn parse_maxlen(v: Value) -> PyResult<Option<usize>> {
    if v.is_null() || v == none() {
        return Ok(None);
    }
    if layout_of(v) != Layout::Int {
        return Err(type_error("an integer is required"));
    }
    let n = ferrite_runtime::objects::int::int_to_i64(v)
        .ok_or_else(|| overflow_error("Python int too large to convert to C ssize_t"))?;
    if n < 0 {
        return Err(value_error("maxlen must be non-negative"));
    }
    Ok(Some(n as usize))
}

fn deque_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("deque", kw, &["iterable", "maxlen"])?;
    let pos = positional(a, kw);
    if a.len() > 3 {
        return Err(type_error(format!(
            "deque() takes at most 2 arguments ({} given)",
            a.len() - 1
        )));
    }
    let mut iterable = pos.get(1).copied().unwrap_or(Value::NULL);
    let mut maxlen = pos.get(2).copied().unwrap_or(Value::NULL);
    if let Some(v) = kwarg(a, kw, "iterable") {
        if !iterable.is_null() {
            return Err(type_error(
                "argument for deque() given by name ('iterable') and position (1)",
            ));
        }
        iterable = v;
    }
    if let Some(v) = kwarg(a, kw, "maxlen") {
        if !maxlen.is_null() {
            return Err(type_error(
                "argument for deque() given by name ('maxlen') and position (2)",
            ));
        }
        maxlen = v;
    }
    let m = parse_maxlen(maxlen)?;
    let q = dq(a[0])?;
    q.maxlen = m;
    if !q.items.is_empty() {
        q.items.clear();
        q.state += 1;
    }
    if !iterable.is_null() {
        extend(a[0], iterable, false)?;
    }
    Ok(none())
}

fn extend(d: Value, iterable: Value, left: bool) -> PyResult<()> {
    // extending with itself: iterate over a snapshot
    let src = if iterable == d || builtin_value(iterable) == builtin_value(d) {
        ops::to_list(iterable)?
    } else {
        iterable
    };
    let it = ops::iter(src)?;
    while let Some(x) = ops::next(it)? {
        if left {
            push_front(d, x)?;
        } else {
            push_back(d, x)?;
        }
    }
    Ok(())
}

fn deque_append(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("append", a, kw, 1, 1)?;
    push_back(a[0], a[1])?;
    Ok(none())
}
fn deque_appendleft(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("appendleft", a, kw, 1, 1)?;
    push_front(a[0], a[1])?;
    Ok(none())
}
fn deque_pop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("pop", a, kw, 0, 0)?;
    let q = dq(a[0])?;
    let v = q
        .items
        .pop_back()
        .ok_or_else(|| index_error("pop from an empty deque"))?;
    q.state += 1;
    Ok(v)
}
fn deque_popleft(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("popleft", a, kw, 0, 0)?;
    let q = dq(a[0])?;
    let v = q
        .items
        .pop_front()
        .ok_or_else(|| index_error("pop from an empty deque"))?;
    q.state += 1;
    Ok(v)
}
fn deque_extend(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("extend", a, kw, 1, 1)?;
    extend(a[0], a[1], false)?;
    Ok(none())
}
fn deque_extendleft(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("extendleft", a, kw, 1, 1)?;
    extend(a[0], a[1], true)?;
    Ok(none())
}
fn deque_rotate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("rotate", a, kw, 0, 1)?;
    let n = if a.len() > 1 {
        ops::index_value(a[1])?
    } else {
        1
    };
    let q = dq(a[0])?;
    let len = q.items.len() as i64;
    if len > 1 {
        let k = n.rem_euclid(len) as usize;
        q.items.rotate_right(k);
        q.state += 1;
    }
    Ok(none())
}
fn deque_clear(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("clear", a, kw, 0, 0)?;
    let q = dq(a[0])?;
    q.items.clear();
    q.state += 1;
    Ok(none())
}
fn deque_reverse(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("reverse", a, kw, 0, 0)?;
    let q = dq(a[0])?;
    q.items.make_contiguous().reverse();
    q.state += 1;
    Ok(none())
}
fn deque_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = a[0];
    let q = dq(d)?;
    let maxlen = q.maxlen;
    if type_of(d) == DEQUE.get() {
        let items = q.items.clone();
        let n = new_native(
            DEQUE.get(),
            Deque {
                items,
                maxlen,
                state: 0,
            },
        );
        return Ok(n);
    }
    match maxlen {
        None => ops::call(type_of(d), &[d], &[]),
        Some(m) => ops::call(type_of(d), &[d, new_int(m as i64)], &[]),
    }
}
fn deque_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("count", a, kw, 1, 1)?;
    let (d, x) = (a[0], a[1]);
    let state = dq(d)?.state;
    let mut n = 0;
    let mut i = 0;
    loop {
        let q = dq(d)?;
        let Some(&y) = q.items.get(i) else { break };
        let eq = ops::eq_bool(y, x)?;
        if dq(d)?.state != state {
            return Err(runtime_error(MUTATED));
        }
        if eq {
            n += 1;
        }
        i += 1;
    }
    Ok(new_int(n))
}
fn clamp_index(v: Value, len: usize) -> PyResult<usize> {
    let i = ops::index_value(v)?;
    let len = len as i64;
    let j = if i < 0 { (i + len).max(0) } else { i.min(len) };
    Ok(j as usize)
}
fn deque_index(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("index", a, kw, 1, 3)?;
    let (d, x) = (a[0], a[1]);
    let len = dq(d)?.items.len();
    let start = if a.len() > 2 {
        clamp_index(a[2], len)?
    } else {
        0
    };
    let stop = if a.len() > 3 {
        clamp_index(a[3], len)?
    } else {
        len
    };
    let state = dq(d)?.state;
    let mut i = start;
    while i < stop {
        let Some(&y) = dq(d)?.items.get(i) else { break };
        let eq = ops::eq_bool(y, x)?;
        if dq(d)?.state != state {
            return Err(runtime_error(MUTATED));
        }
        if eq {
            return Ok(new_int(i as i64));
        }
        i += 1;
    }
    Err(value_error(format!(
        "{} is not in deque",
        ops::repr_string(x)?
    )))
}
fn deque_insert(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("insert", a, kw, 2, 2)?;
    let i = ops::index_value(a[1])?;
    let q = dq(a[0])?;
    let len = q.items.len();
    if q.maxlen == Some(len) {
        return Err(index_error("deque already at its maximum size"));
    }
    let li = len as i64;
    let j = if i < 0 { (i + li).max(0) } else { i.min(li) } as usize;
    q.items.insert(j, a[2]);
    q.state += 1;
    write_barrier(builtin_value(a[0]));
    Ok(none())
}
fn deque_remove(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("remove", a, kw, 1, 1)?;
    let (d, x) = (a[0], a[1]);
    let state = dq(d)?.state;
    let mut i = 0;
    while let Some(&y) = dq(d)?.items.get(i) {
        let eq = ops::eq_bool(y, x)?;
        if dq(d)?.state != state {
            return Err(index_error(MUTATED));
        }
        if eq {
            let q = dq(d)?;
            q.items.remove(i);
            q.state += 1;
            return Ok(none());
        }
        i += 1;
    }
    Err(value_error(format!(
        "{} is not in deque",
        ops::repr_string(x)?
    )))
}
fn item_index(d: Value, k: Value) -> PyResult<usize> {
    if !(k.is_small_int() || (k.is_ptr() && ops::index(k).is_ok())) {
        return Err(type_error(format!(
            "sequence index must be integer, not '{}'",
            type_name_of(k)
        )));
    }
    let i = ops::index_value(k)?;
    let len = dq(d)?.items.len() as i64;
    let j = if i < 0 { i + len } else { i };
    if j < 0 || j >= len {
        return Err(index_error("deque index out of range"));
    }
    Ok(j as usize)
}
fn deque_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let i = item_index(a[0], a[1])?;
    Ok(dq(a[0])?.items[i])
}
fn deque_setitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let i = item_index(a[0], a[1])?;
    dq(a[0])?.items[i] = a[2];
    write_barrier(builtin_value(a[0]));
    Ok(none())
}
fn deque_delitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let i = item_index(a[0], a[1])?;
    let q = dq(a[0])?;
    q.items.remove(i);
    q.state += 1;
    Ok(none())
}
fn deque_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (d, x) = (a[0], a[1]);
    let state = dq(d)?.state;
    let mut i = 0;
    while let Some(&y) = dq(d)?.items.get(i) {
        let eq = ops::eq_bool(y, x)?;
        if dq(d)?.state != state {
            return Err(runtime_error(MUTATED));
        }
        if eq {
            return Ok(py_true());
        }
        i += 1;
    }
    Ok(py_false())
}
fn deque_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(dq(a[0])?.items.len() as i64))
}
fn deque_bool(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(!dq(a[0])?.items.is_empty()))
}
fn new_deque_iter(d: Value, reverse: bool, index: usize) -> PyResult<Value> {
    let q = dq(d)?;
    let (len, state) = (q.items.len(), q.state);
    let t = if reverse {
        DEQUE_REVITER.get()
    } else {
        DEQUE_ITER.get()
    };
    Ok(new_native(
        t,
        DequeIter {
            deque: d,
            index: index.min(len),
            len,
            state,
            reverse,
        },
    ))
}
fn deque_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    new_deque_iter(a[0], false, 0)
}
fn deque_reversed(a: &[Value], _: &[Value]) -> PyResult<Value> {
    new_deque_iter(a[0], true, 0)
}
fn deque_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = a[0];
    let r = ops::repr_guard(builtin_value(d), || -> PyResult<Value> {
        let l = deque_to_list(d)?;
        let body = ops::repr_string(l)?;
        let name = support::type_name(d);
        Ok(new_str(&match dq(d)?.maxlen {
            None => format!("{name}({body})"),
            Some(m) => format!("{name}({body}, maxlen={m})"),
        }))
    });
    r.unwrap_or_else(|| Ok(new_str("[...]")))
}
fn deque_to_list(d: Value) -> PyResult<Value> {
    let l = new_list(&[]);
    let mut i = 0;
    while let Some(&x) = dq(d)?.items.get(i) {
        ferrite_runtime::objects::list::list_push(l, x);
        i += 1;
    }
    Ok(l)
}
fn deque_cmp(a: &[Value], op: CmpOp) -> PyResult<Value> {
    let (v, w) = (a[0], a[1]);
    if !is_deque(v) || !is_deque(w) {
        return Ok(not_implemented());
    }
    let (vs, ws) = (dq(v)?.items.len(), dq(w)?.items.len());
    if op == CmpOp::Eq || op == CmpOp::Ne {
        if builtin_value(v) == builtin_value(w) {
            return Ok(py_bool(op == CmpOp::Eq));
        }
        if vs != ws {
            return Ok(py_bool(op == CmpOp::Ne));
        }
    }
    let (sv, sw) = (dq(v)?.state, dq(w)?.state);
    let mut i = 0;
    loop {
        let (qv, qw) = (dq(v)?, dq(w)?);
        if qv.state != sv || qw.state != sw {
            return Err(runtime_error(MUTATED));
        }
        let (Some(&x), Some(&y)) = (qv.items.get(i), qw.items.get(i)) else {
            break;
        };
        if !ops::eq_bool(x, y)? {
            return ops::compare(x, y, op);
        }
        i += 1;
    }
    let (vs, ws) = (dq(v)?.items.len(), dq(w)?.items.len());
    Ok(py_bool(op.apply(vs, ws)))
}
fn deque_lt(a: &[Value], _: &[Value]) -> PyResult<Value> {
    deque_cmp(a, CmpOp::Lt)
}
fn deque_le(a: &[Value], _: &[Value]) -> PyResult<Value> {
    deque_cmp(a, CmpOp::Le)
}
fn deque_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    deque_cmp(a, CmpOp::Eq)
}
fn deque_ne(a: &[Value], _: &[Value]) -> PyResult<Value> {
    deque_cmp(a, CmpOp::Ne)
}
fn deque_gt(a: &[Value], _: &[Value]) -> PyResult<Value> {
    deque_cmp(a, CmpOp::Gt)
}
fn deque_ge(a: &[Value], _: &[Value]) -> PyResult<Value> {
    deque_cmp(a, CmpOp::Ge)
}
fn deque_add(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_deque(a[1]) {
        return Err(type_error(format!(
            "can only concatenate deque (not \"{}\") to deque",
            type_name_of(a[1])
        )));
    }
    let r = deque_copy(&a[..1], &[])?;
    extend(r, a[1], false)?;
    Ok(r)
}
fn deque_iadd(a: &[Value], _: &[Value]) -> PyResult<Value> {
    extend(a[0], a[1], false)?;
    Ok(a[0])
}
fn repeat_count(v: Value) -> PyResult<Option<i64>> {
    if !(v.is_small_int() || layout_of(v) == Layout::Int || ops::index(v).is_ok()) {
        return Ok(None);
    }
    ops::index_value(v).map(Some)
}
fn repeat_inplace(d: Value, n: i64) -> PyResult<()> {
    let q = dq(d)?;
    if n == 1 || q.items.is_empty() {
        return Ok(());
    }
    if n <= 0 {
        q.items.clear();
        q.state += 1;
        return Ok(());
    }
    let len = q.items.len();
    let total = len as u128 * n as u128;
    let keep = match q.maxlen {
        Some(m) => total.min(m as u128),
        None => {
            if total > (isize::MAX as u128) / 8 {
                return Err(new_exc(Exc::MemoryError, ""));
            }
            total
        }
    } as usize;
    let first = total - keep as u128;
    // no allocation of heap objects below: the deque's own storage is traced
    let unit: Vec<Value> = q.items.iter().copied().collect();
    q.items.clear();
    q.items
        .extend((0..keep).map(|k| unit[((first + k as u128) % len as u128) as usize]));
    q.state += 1;
    write_barrier(builtin_value(d));
    Ok(())
}
fn deque_mul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(n) = repeat_count(a[1])? else {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(a[1])
        )));
    };
    let r = deque_copy(&a[..1], &[])?;
    repeat_inplace(r, n)?;
    Ok(r)
}
fn deque_rmul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(n) = repeat_count(a[1])? else {
        return Ok(not_implemented());
    };
    let r = deque_copy(&a[..1], &[])?;
    repeat_inplace(r, n)?;
    Ok(r)
}
fn deque_imul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(n) = repeat_count(a[1])? else {
        return Ok(not_implemented());
    };
    repeat_inplace(a[0], n)?;
    Ok(a[0])
}
fn deque_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = a[0];
    let state = match ops::getattr_opt(d, ferrite_runtime::intern::intern("__dict__")) {
        Ok(Some(s)) if ferrite_runtime::objects::dict::dict_len(s) > 0 => s,
        _ => none(),
    };
    let it = ops::iter(d)?;
    let args = match dq(d)?.maxlen {
        None => new_tuple(&[]),
        Some(m) => new_tuple(&[new_tuple(&[]), new_int(m as i64)]),
    };
    Ok(new_tuple(&[type_of(d), args, state, it]))
}
fn deque_maxlen(v: Value) -> PyResult<Value> {
    Ok(match dq(v)?.maxlen {
        None => none(),
        Some(m) => new_int(m as i64),
    })
}
fn deque_sizeof(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let q = dq(a[0])?;
    Ok(new_int(
        (std::mem::size_of::<Deque>() + 8 * q.items.capacity()) as i64,
    ))
}

// deque iterators

fn it_data(v: Value) -> PyResult<&'static mut DequeIter> {
    data::<DequeIter>(v, "_collections._deque_iterator")
}
fn dequeiter_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let it = it_data(a[0])?;
    let d = it.deque;
    let q = dq(d)?;
    if q.state != it.state || q.items.len() != it.len {
        it.len = 0;
        it.index = 0;
        return Err(runtime_error(MUTATED));
    }
    if it.index >= it.len {
        return Err(support::stop());
    }
    let i = if it.reverse {
        it.len - 1 - it.index
    } else {
        it.index
    };
    it.index += 1;
    Ok(q.items[i])
}
fn dequeiter_length_hint(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let it = it_data(a[0])?;
    Ok(new_int(it.len.saturating_sub(it.index) as i64))
}
fn dequeiter_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let it = it_data(a[0])?;
    let (d, i) = (it.deque, it.index);
    Ok(new_tuple(&[
        type_of(a[0]),
        new_tuple(&[d, new_int(i as i64)]),
    ]))
}
fn dequeiter_new_impl(a: &[Value], kw: &[Value], reverse: bool) -> PyResult<Value> {
    let name = if reverse {
        "_deque_reverse_iterator"
    } else {
        "_deque_iterator"
    };
    check(name, &a[1..], kw, 1, 2)?;
    if !is_deque(a[1]) {
        return Err(type_error(format!(
            "{name}() argument 1 must be collections.deque, not {}",
            type_name_of(a[1])
        )));
    }
    let index = if a.len() > 2 {
        ops::index_value(a[2])?
    } else {
        0
    };
    let it = new_deque_iter(a[1], reverse, 0)?;
    let data = it_data(it)?;
    let n = data.len as i64;
    data.index = index.clamp(0, n) as usize;
    Ok(it)
}
fn dequeiter_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    dequeiter_new_impl(a, kw, false)
}
fn dequereviter_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    dequeiter_new_impl(a, kw, true)
}

// ---------------------------------------------------------------- defaultdict

/// defaultdict's state: slot `ff` (default_factory) after dict's (none).
fn ff_index() -> usize {
    ferrite_runtime::object::as_type(DEFAULTDICT.get()).n_slots - 1
}
fn factory(dd: Value) -> Value {
    let f = support::slot(dd, ff_index());
    if f.is_null() {
        none()
    } else {
        f
    }
}
fn is_defaultdict(v: Value) -> bool {
    v.is_ptr() && ferrite_runtime::types::is_subtype(type_of(v), DEFAULTDICT.get())
}
fn dd_check(v: Value) -> PyResult<()> {
    if is_defaultdict(v) {
        Ok(())
    } else {
        Err(type_error(format!(
            "descriptor requires a 'collections.defaultdict' object but received a '{}'",
            type_name_of(v)
        )))
    }
}
fn dd_get_factory(v: Value) -> PyResult<Value> {
    dd_check(v)?;
    Ok(factory(v))
}
fn dd_set_factory(v: Value, f: Value) -> PyResult<()> {
    dd_check(v)?;
    support::set_slot(v, ff_index(), f);
    Ok(())
}
fn dd_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    dd_check(a[0])?;
    let pos = positional(a, kw);
    let mut rest_start = 1;
    let mut f = none();
    if pos.len() > 1 {
        f = pos[1];
        if f != none() && !callable(f) {
            return Err(type_error("first argument must be callable or None"));
        }
        rest_start = 2;
    }
    support::set_slot(a[0], ff_index(), f);
    // dict.__init__(self, *rest, **kw)
    let init = ferrite_runtime::types::lookup(bt(BT::Dict), "__init__").unwrap();
    let mut args: Vec<Value> = vec![a[0]];
    args.extend_from_slice(&a[rest_start..]);
    ferrite_runtime::value::with_rooted_slice(&args, |s| ops::call(init, s, kw))?;
    Ok(none())
}
pub(crate) use ferrite_runtime::ops::is_callable as callable;
fn dd_missing(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__missing__", a, kw, 1, 1)?;
    dd_check(a[0])?;
    let f = factory(a[0]);
    if f == none() {
        return Err(key_error(a[1]));
    }
    let v = ops::call(f, &[], &[])?;
    ops::setitem(a[0], a[1], v)?;
    Ok(v)
}
fn dd_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let dd = a[0];
    dd_check(dd)?;
    let dict_repr = ferrite_runtime::types::lookup(bt(BT::Dict), "__repr__").unwrap();
    let body = ops::call(dict_repr, &[dd], &[])?;
    let f = factory(dd);
    let fr = if f == none() {
        "None".to_string()
    } else {
        match ops::repr_guard(f, || ops::repr_string(f)) {
            Some(r) => r?,
            None => "...".to_string(),
        }
    };
    Ok(new_str(&format!(
        "{}({}, {})",
        support::type_name(dd),
        fr,
        ferrite_runtime::objects::str::str_of(body)
    )))
}
fn dd_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    dd_check(a[0])?;
    let f = factory(a[0]);
    ops::call(type_of(a[0]), &[f, a[0]], &[])
}
fn dd_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    dd_check(a[0])?;
    let f = factory(a[0]);
    let args = if f == none() {
        new_tuple(&[])
    } else {
        new_tuple(&[f])
    };
    let items = ops::call_method(a[0], "items", &[])?;
    let it = ops::iter(items)?;
    Ok(new_tuple(&[type_of(a[0]), args, none(), none(), it]))
}
fn dd_or(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (left, right) = (a[0], a[1]);
    let (this, other) = if is_defaultdict(left) {
        (left, right)
    } else {
        (right, left)
    };
    if !(other.is_ptr() && layout_of(builtin_value(other)) == Layout::Dict) {
        return Ok(not_implemented());
    }
    let f = factory(this);
    let new = ops::call(type_of(this), &[f, left], &[])?;
    ferrite_runtime::methods::containers::update_from(builtin_value(new), right)?;
    Ok(new)
}
fn dd_ror(a: &[Value], _: &[Value]) -> PyResult<Value> {
    dd_or(&[a[1], a[0]], &[])
}

// ---------------------------------------------------------------- _count_elements

fn count_elements(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_count_elements", a, kw, 2, 2)?;
    let (mapping, iterable) = (a[0], a[1]);
    let it = ops::iter(iterable)?;
    let mt = type_of(mapping);
    let fast = mapping.is_ptr()
        && layout_of(builtin_value(mapping)) == Layout::Dict
        && ferrite_runtime::types::lookup(mt, "get")
            == ferrite_runtime::types::lookup(bt(BT::Dict), "get")
        && ferrite_runtime::types::lookup(mt, "__setitem__")
            == ferrite_runtime::types::lookup(bt(BT::Dict), "__setitem__");
    if fast {
        let d = builtin_value(mapping);
        while let Some(k) = ops::next(it)? {
            let n = match dict_get(d, k)? {
                Some(old) => ferrite_runtime::numeric::binary_op(
                    old,
                    new_int(1),
                    ferrite_runtime::numeric::NumOp::Add,
                    false,
                )?,
                None => new_int(1),
            };
            dict_set(d, k, n)?;
        }
    } else {
        let get = ops::getattr_str(mapping, "get")?;
        while let Some(k) = ops::next(it)? {
            let old = ops::call(get, &[k, new_int(0)], &[])?;
            let n = ferrite_runtime::numeric::binary_op(
                old,
                new_int(1),
                ferrite_runtime::numeric::NumOp::Add,
                false,
            )?;
            ops::setitem(mapping, k, n)?;
        }
    }
    Ok(none())
}

// ---------------------------------------------------------------- _tuplegetter

struct TupleGetter {
    index: usize,
    doc: Value,
}
impl NativeData for TupleGetter {
    fn trace(&mut self, t: &mut Tracer) {
        visit(t, &mut self.doc);
    }
}
fn tg(v: Value) -> PyResult<&'static mut TupleGetter> {
    data::<TupleGetter>(v, "_collections._tuplegetter")
}
fn tg_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_tuplegetter", &a[1..], kw, 2, 2)?;
    let i = ops::index_value(a[1])?;
    if i < 0 {
        return Err(value_error("index must be non-negative"));
    }
    Ok(new_native_for(
        a[0],
        TUPLEGETTER.get(),
        TupleGetter {
            index: i as usize,
            doc: a[2],
        },
    ))
}
fn tg_get(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let inst = a.get(1).copied().unwrap_or(none());
    let index = tg(a[0])?.index;
    if inst == none() {
        return Ok(a[0]);
    }
    let t = builtin_value(inst);
    if !(t.is_ptr() && layout_of(t) == Layout::Tuple) {
        return Err(type_error(format!(
            "descriptor for index '{index}' for tuple subclasses doesn't apply to '{}' object",
            type_name_of(inst)
        )));
    }
    tuple_items(t)
        .get(index)
        .copied()
        .ok_or_else(|| index_error("tuple index out of range"))
}
fn tg_set(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(attribute_error("can't set attribute"))
}
fn tg_delete(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(attribute_error("can't delete attribute"))
}
fn tg_doc(v: Value) -> PyResult<Value> {
    let d = tg(v)?.doc;
    Ok(if d.is_null() { none() } else { d })
}
fn tg_set_doc(v: Value, d: Value) -> PyResult<()> {
    tg(v)?.doc = d;
    write_barrier(builtin_value(v));
    Ok(())
}
fn tg_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = tg(a[0])?;
    let (i, d) = (g.index, g.doc);
    let d = if d.is_null() { none() } else { d };
    let r = ops::repr_string(d)?;
    Ok(new_str(&format!("{}({i}, {r})", support::type_name(a[0]))))
}
fn tg_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = tg(a[0])?;
    let (i, d) = (g.index, g.doc);
    let d = if d.is_null() { none() } else { d };
    Ok(new_tuple(&[
        type_of(a[0]),
        new_tuple(&[new_int(i as i64), d]),
    ]))
}

// ---------------------------------------------------------------- module

fn make_types() {
    DEQUE.get_or_init(|| {
        let t = support::native_type("collections", "deque", true);
        // matches sequence patterns (Py_TPFLAGS_SEQUENCE)
        as_type(t).flags |= ferrite_runtime::object::type_flags::SEQUENCE;
        def_new(t, deque_new);
        def(t, "__init__", deque_init);
        def(t, "append", deque_append);
        def(t, "appendleft", deque_appendleft);
        def(t, "pop", deque_pop);
        def(t, "popleft", deque_popleft);
        def(t, "extend", deque_extend);
        def(t, "extendleft", deque_extendleft);
        def(t, "rotate", deque_rotate);
        def(t, "clear", deque_clear);
        def(t, "reverse", deque_reverse);
        def(t, "copy", deque_copy);
        def(t, "__copy__", deque_copy);
        def(t, "count", deque_count);
        def(t, "index", deque_index);
        def(t, "insert", deque_insert);
        def(t, "remove", deque_remove);
        def(t, "__getitem__", deque_getitem);
        def(t, "__setitem__", deque_setitem);
        def(t, "__delitem__", deque_delitem);
        def(t, "__contains__", deque_contains);
        def(t, "__len__", deque_len);
        def(t, "__bool__", deque_bool);
        def(t, "__iter__", deque_iter);
        def(t, "__reversed__", deque_reversed);
        def(t, "__repr__", deque_repr);
        def(t, "__lt__", deque_lt);
        def(t, "__le__", deque_le);
        def(t, "__eq__", deque_eq);
        def(t, "__ne__", deque_ne);
        def(t, "__gt__", deque_gt);
        def(t, "__ge__", deque_ge);
        def(t, "__add__", deque_add);
        def(t, "__iadd__", deque_iadd);
        def(t, "__mul__", deque_mul);
        def(t, "__rmul__", deque_rmul);
        def(t, "__imul__", deque_imul);
        def(t, "__reduce__", deque_reduce);
        def(t, "__sizeof__", deque_sizeof);
        getset(t, "maxlen", deque_maxlen);
        support::set_attr(t, "__hash__", none());
        support::set_attr(
            t,
            "__doc__",
            new_str("A list-like sequence optimized for data accesses near its endpoints."),
        );
        support::generic_alias(t);
        t
    });
    for (cell, name, new) in [
        (
            &DEQUE_ITER,
            "_deque_iterator",
            dequeiter_new as ferrite_runtime::objects::function::NativeFn,
        ),
        (&DEQUE_REVITER, "_deque_reverse_iterator", dequereviter_new),
    ] {
        cell.get_or_init(|| {
            let t = support::native_type("collections", name, false);
            def_new(t, new);
            def(t, "__iter__", support::iter_self);
            def(t, "__next__", dequeiter_next);
            def(t, "__length_hint__", dequeiter_length_hint);
            def(t, "__reduce__", dequeiter_reduce);
            t
        });
    }
    DEFAULTDICT.get_or_init(|| {
        let t = slotted_type("collections", "defaultdict", bt(BT::Dict), 1, false);
        def(t, "__init__", dd_init);
        def(t, "__missing__", dd_missing);
        def(t, "__repr__", dd_repr);
        def(t, "copy", dd_copy);
        def(t, "__copy__", dd_copy);
        def(t, "__reduce__", dd_reduce);
        def(t, "__or__", dd_or);
        def(t, "__ror__", dd_ror);
        getset_rw(t, "default_factory", dd_get_factory, dd_set_factory);
        support::generic_alias(t);
        t
    });
    TUPLEGETTER.get_or_init(|| {
        let t = support::native_type("collections", "_tuplegetter", false);
        def_new(t, tg_new);
        def(t, "__get__", tg_get);
        def(t, "__set__", tg_set);
        def(t, "__delete__", tg_delete);
        def(t, "__reduce__", tg_reduce);
        def(t, "__repr__", tg_repr);
        getset_rw(t, "__doc__", tg_doc, tg_set_doc);
        t
    });
}

/// Fills a new `_collections` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    make_types();
    use ferrite_runtime::objects::dict::dict_set_str;
    dict_set_str(d, "deque", DEQUE.get());
    dict_set_str(d, "_deque_iterator", DEQUE_ITER.get());
    dict_set_str(d, "_deque_reverse_iterator", DEQUE_REVITER.get());
    dict_set_str(d, "defaultdict", DEFAULTDICT.get());
    dict_set_str(d, "_tuplegetter", TUPLEGETTER.get());
    crate::define_functions(d, &[("_count_elements", count_elements)]);
    Ok(())
}
