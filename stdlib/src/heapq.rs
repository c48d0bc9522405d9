//! The `_heapq` module: the binary-heap primitives under `heapq.py`, with CPython's sift
//! order (so the same comparisons run in the same order) and its checks that the list did not
//! change size during a comparison.

use ferrite_runtime::errors::{index_error, runtime_error, type_error, PyResult};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::object::{layout_of, none, Layout};
use ferrite_runtime::objects::list::{list_get, list_len, list_push, list_set};
use ferrite_runtime::ops::{self, CmpOp};
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;

/// The list behind `v` (a list or an instance of a list subclass).
fn heap_list(v: Value, what: &str) -> PyResult<Value> {
    let b = builtin_value(v);
    if b.is_ptr() && layout_of(b) == Layout::List {
        return Ok(b);
    }
    Err(type_error(format!(
        "{what} must be list, not {}",
        type_name_of(v)
    )))
}

fn lt(a: Value, b: Value) -> PyResult<bool> {
    let r = ops::compare(a, b, CmpOp::Lt)?;
    ops::truthy(r)
}

/// `a < b` for a min-heap, `b < a` for a max-heap.
fn less(a: Value, b: Value, max: bool) -> PyResult<bool> {
    if max {
        lt(b, a)
    } else {
        lt(a, b)
    }
}

fn changed() -> ferrite_runtime::errors::PyErr {
    runtime_error("list changed size during iteration")
}

fn get(h: Value, i: usize) -> PyResult<Value> {
    list_get(h, i).ok_or_else(changed)
}

fn swap(h: Value, i: usize, j: usize) -> PyResult<()> {
    let (a, b) = (get(h, i)?, get(h, j)?);
    list_set(h, i, b);
    list_set(h, j, a);
    Ok(())
}

/// Moves the item at `pos` up towards `start` while it is smaller than its parent.
fn siftdown(h: Value, start: usize, mut pos: usize, max: bool) -> PyResult<()> {
    let size = list_len(h);
    if pos >= size {
        return Err(changed());
    }
    while pos > start {
        let parentpos = (pos - 1) >> 1;
        let newitem = get(h, pos)?;
        let parent = get(h, parentpos)?;
        let c = less(newitem, parent, max)?;
        if size != list_len(h) {
            return Err(changed());
        }
        if !c {
            break;
        }
        swap(h, parentpos, pos)?;
        pos = parentpos;
    }
    Ok(())
}

/// Moves the smaller child up until a leaf is reached, then sifts the item down into place.
fn siftup(h: Value, mut pos: usize, max: bool) -> PyResult<()> {
    let end = list_len(h);
    let start = pos;
    if pos >= end {
        return Err(changed());
    }
    let limit = end >> 1;
    while pos < limit {
        let mut child = 2 * pos + 1;
        if child + 1 < end {
            let c = less(get(h, child)?, get(h, child + 1)?, max)?;
            if end != list_len(h) {
                return Err(changed());
            }
            if !c {
                child += 1;
            }
        }
        swap(h, child, pos)?;
        pos = child;
    }
    siftdown(h, start, pos, max)
}

fn args2(name: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "_heapq.{name}() takes no keyword arguments"
        )));
    }
    ferrite_runtime::args::check(name, a, kw, 2, 2)
}

fn arg1(name: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "_heapq.{name}() takes no keyword arguments"
        )));
    }
    if a.len() != 1 {
        return Err(type_error(format!(
            "_heapq.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    heap_list(a[0], &format!("{name}() argument"))
}

fn heappush(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args2("heappush", a, kw)?;
    let h = heap_list(a[0], "heappush() argument 1")?;
    list_push(h, a[1]);
    siftdown(h, 0, list_len(h) - 1, false)?;
    Ok(none())
}

fn pop(h: Value, max: bool) -> PyResult<Value> {
    let n = list_len(h);
    if n == 0 {
        return Err(index_error("index out of range"));
    }
    let last = get(h, n - 1)?;
    ferrite_runtime::objects::list::list_items(h).truncate(n - 1);
    if n == 1 {
        return Ok(last);
    }
    let ret = get(h, 0)?;
    list_set(h, 0, last);
    siftup(h, 0, max)?;
    Ok(ret)
}

fn heappop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let h = arg1("heappop", a, kw)?;
    pop(h, false)
}
fn heappop_max(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let h = arg1("_heappop_max", a, kw)?;
    pop(h, true)
}

fn replace(h: Value, item: Value, max: bool) -> PyResult<Value> {
    if list_len(h) == 0 {
        return Err(index_error("index out of range"));
    }
    let ret = get(h, 0)?;
    list_set(h, 0, item);
    siftup(h, 0, max)?;
    Ok(ret)
}

fn heapreplace(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args2("heapreplace", a, kw)?;
    let h = heap_list(a[0], "heapreplace() argument 1")?;
    replace(h, a[1], false)
}
fn heapreplace_max(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args2("_heapreplace_max", a, kw)?;
    let h = heap_list(a[0], "_heapreplace_max() argument 1")?;
    replace(h, a[1], true)
}

fn heappushpop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args2("heappushpop", a, kw)?;
    let h = heap_list(a[0], "heappushpop() argument 1")?;
    let item = a[1];
    if list_len(h) == 0 {
        return Ok(item);
    }
    let top = get(h, 0)?;
    if !lt(top, item)? {
        return Ok(item);
    }
    if list_len(h) == 0 {
        return Err(index_error("index out of range"));
    }
    let ret = get(h, 0)?;
    list_set(h, 0, item);
    siftup(h, 0, false)?;
    Ok(ret)
}

fn heapify_impl(h: Value, max: bool) -> PyResult<Value> {
    let n = list_len(h);
    for i in (0..n / 2).rev() {
        siftup(h, i, max)?;
    }
    Ok(none())
}

fn heapify(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let h = arg1("heapify", a, kw)?;
    heapify_impl(h, false)
}
fn heapify_max(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let h = arg1("_heapify_max", a, kw)?;
    heapify_impl(h, true)
}

/// Fills a new `_heapq` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(
        d,
        &[
            ("heappush", heappush),
            ("heappop", heappop),
            ("heapreplace", heapreplace),
            ("heappushpop", heappushpop),
            ("heapify", heapify),
            ("_heappop_max", heappop_max),
            ("_heapreplace_max", heapreplace_max),
            ("_heapify_max", heapify_max),
        ],
    );
    ferrite_runtime::objects::dict::dict_set_str(
        d,
        "__about__",
        ferrite_runtime::objects::str::new_str("Heap queues"),
    );
    Ok(())
}
