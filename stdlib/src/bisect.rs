//! The `_bisect` module: binary search and insertion into sorted sequences (`bisect.py`
//! re-exports it), with `lo`/`hi`/`key` as CPython's.

use crate::util::bind;
use ferrite_runtime::errors::{value_error, PyResult};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::object::{bt, layout_of, none, type_of, Layout, BT};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::ops::{self, CmpOp};
use ferrite_runtime::Value;

const NAMES: &[&str] = &["a", "x", "lo", "hi", "key"];

fn search(
    fname: &str,
    a: &[Value],
    kw: &[Value],
    right: bool,
    keyed_x: bool,
) -> PyResult<(usize, [Value; 8])> {
    let p = bind(fname, a, kw, NAMES, 0, 4, 2)?;
    let (seq, x, lo_v, hi_v, key) = (p[0], p[1], p[2], p[3], p[4]);
    let key = if key.is_null() || key == none() {
        Value::NULL
    } else {
        key
    };
    let mut lo = if lo_v.is_null() {
        0
    } else {
        ops::index_value(lo_v)?
    };
    if lo < 0 {
        return Err(value_error("lo must be non-negative"));
    }
    let mut hi = if hi_v.is_null() || hi_v == none() {
        ops::len(seq)? as i64
    } else {
        ops::index_value(hi_v)?
    };
    // insort compares key(x) against key(item)
    let xk = if keyed_x && !key.is_null() {
        ops::call(key, &[x], &[])?
    } else {
        x
    };
    while lo < hi {
        let mid = ((lo as u64 + hi as u64) / 2) as i64;
        let mut item = ops::getitem(seq, new_int(mid))?;
        if !key.is_null() {
            item = ops::call(key, &[item], &[])?;
        }
        let res = if right {
            ops::compare(xk, item, CmpOp::Lt)?
        } else {
            ops::compare(item, xk, CmpOp::Lt)?
        };
        let res = ops::truthy(res)?;
        if res == right {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    Ok((lo as usize, p))
}

fn bisect_right(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (i, _) = search("bisect_right", a, kw, true, false)?;
    Ok(new_int(i as i64))
}
fn bisect_left(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (i, _) = search("bisect_left", a, kw, false, false)?;
    Ok(new_int(i as i64))
}

fn insert(seq: Value, i: usize, x: Value) -> PyResult<Value> {
    let b = builtin_value(seq);
    if seq.is_ptr() && type_of(seq) == bt(BT::List) && layout_of(b) == Layout::List {
        let items = ferrite_runtime::objects::list::list_items(b);
        let i = i.min(items.len());
        items.insert(i, x);
        ferrite_runtime::object::write_barrier(b);
        return Ok(none());
    }
    ops::call_method(seq, "insert", &[new_int(i as i64), x])?;
    Ok(none())
}

fn insort_right(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (i, p) = search("insort_right", a, kw, true, true)?;
    insert(p[0], i, p[1])
}
fn insort_left(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (i, p) = search("insort_left", a, kw, false, true)?;
    insert(p[0], i, p[1])
}

/// Fills a new `_bisect` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(
        d,
        &[
            ("bisect_right", bisect_right),
            ("bisect_left", bisect_left),
            ("insort_right", insort_right),
            ("insort_left", insort_left),
        ],
    );
    Ok(())
}
