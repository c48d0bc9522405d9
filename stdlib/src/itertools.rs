//! The `itertools` module. Every iterator is a native type (`itertools.count`, ...) whose
//! state holds Values; each pulls from its inputs only as CPython's does.

use crate::support::{self, clinic, data, positional_only, stop, traced, TypeCell};
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::{def, def_new};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::function::NativeFn;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::{new_native_for, NativeData};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::ops;
use ferrite_runtime::types::{lookup, type_name_of};
use ferrite_runtime::Value;

fn add(a: Value, b: Value) -> PyResult<Value> {
    ferrite_runtime::numeric::binary_op(a, b, ferrite_runtime::numeric::NumOp::Add, false)
}

/// Reads the native state of the iterator `v` (the type guarantees it).
fn st<T: NativeData>(v: Value) -> PyResult<&'static mut T> {
    data::<T>(v, "itertools object")
}

fn alloc<T: NativeData>(cls: Value, cell: &TypeCell, d: T) -> Value {
    new_native_for(cls, cell.get(), d)
}

fn new_tuple_from(items: &[Value]) -> Value {
    ferrite_runtime::value::with_rooted_slice(items, new_tuple)
}

// ---------------------------------------------------------------- count

struct Count {
    cnt: Value,
    step: Value,
}
traced!(Count { cnt, step });
static COUNT: TypeCell = TypeCell::new();

fn is_number(v: Value) -> bool {
    if v.is_small_int() {
        return true;
    }
    if matches!(layout_of(v), Layout::Int | Layout::Float | Layout::Complex) {
        return true;
    }
    let t = type_of(v);
    ["__index__", "__int__", "__float__", "__complex__"]
        .iter()
        .any(|n| lookup(t, n).is_some())
}
fn count_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic("count", &a[1..], kw, &["start", "step"], 0, 2)?;
    let start = if p[0].is_null() { new_int(0) } else { p[0] };
    let step = if p[1].is_null() { new_int(1) } else { p[1] };
    if !is_number(start) || !is_number(step) {
        return Err(type_error("a number is required"));
    }
    Ok(alloc(a[0], &COUNT, Count { cnt: start, step }))
}
fn count_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Count>(a[0])?;
    let (cnt, step) = (s.cnt, s.step);
    let n = add(cnt, step)?;
    st::<Count>(a[0])?.cnt = n;
    write_barrier(ferrite_runtime::methods::builtin_value(a[0]));
    Ok(cnt)
}
fn count_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Count>(a[0])?;
    let (cnt, step) = (s.cnt, s.step);
    let name = support::type_name(a[0]);
    let c = ops::repr_string(cnt)?;
    let unit_step = step.is_small_int() && step.small() == 1 && type_of(step) == bt(BT::Int);
    if unit_step {
        Ok(new_str(&format!("{name}({c})")))
    } else {
        let s = ops::repr_string(step)?;
        Ok(new_str(&format!("{name}({c}, {s})")))
    }
}

// ---------------------------------------------------------------- cycle

struct Cycle {
    it: Value,
    saved: Value,
    index: usize,
    firstpass: bool,
}
traced!(Cycle { it, saved });
static CYCLE: TypeCell = TypeCell::new();

fn cycle_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only("cycle", &a[1..], kw, 1, 1)?;
    let it = ops::iter(a[1])?;
    let saved = ferrite_runtime::objects::list::new_list(&[]);
    Ok(alloc(
        a[0],
        &CYCLE,
        Cycle {
            it,
            saved,
            index: 0,
            firstpass: false,
        },
    ))
}
fn cycle_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    use ferrite_runtime::objects::list::{list_get, list_len, list_push};
    let s = st::<Cycle>(a[0])?;
    let (it, saved) = (s.it, s.saved);
    if !it.is_null() {
        if let Some(x) = ops::next(it)? {
            if !st::<Cycle>(a[0])?.firstpass {
                list_push(saved, x);
            }
            return Ok(x);
        }
        let s = st::<Cycle>(a[0])?;
        s.it = Value::NULL;
    }
    if list_len(saved) == 0 {
        return Err(stop());
    }
    let s = st::<Cycle>(a[0])?;
    let x = list_get(saved, s.index).unwrap();
    s.index += 1;
    if s.index >= list_len(saved) {
        s.index = 0;
    }
    Ok(x)
}

// ---------------------------------------------------------------- repeat

struct Repeat {
    element: Value,
    /// -1: forever
    cnt: i64,
}
traced!(Repeat { element });
static REPEAT: TypeCell = TypeCell::new();

fn repeat_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic("repeat", &a[1..], kw, &["object", "times"], 1, 2)?;
    let cnt = if p[1].is_null() {
        -1
    } else {
        ops::index_value(p[1])?.max(0)
    };
    Ok(alloc(a[0], &REPEAT, Repeat { element: p[0], cnt }))
}
fn repeat_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Repeat>(a[0])?;
    if s.cnt == 0 {
        return Err(stop());
    }
    if s.cnt > 0 {
        s.cnt -= 1;
    }
    Ok(s.element)
}
fn repeat_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Repeat>(a[0])?;
    let (e, cnt) = (s.element, s.cnt);
    let name = support::type_name(a[0]);
    let r = ops::repr_string(e)?;
    Ok(new_str(&if cnt < 0 {
        format!("{name}({r})")
    } else {
        format!("{name}({r}, {cnt})")
    }))
}
fn repeat_length_hint(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Repeat>(a[0])?;
    if s.cnt < 0 {
        return Err(type_error("len() of unsized object"));
    }
    Ok(new_int(s.cnt))
}

// ---------------------------------------------------------------- accumulate

struct Accumulate {
    it: Value,
    func: Value,
    total: Value,
    initial: Value,
}
traced!(Accumulate {
    it,
    func,
    total,
    initial
});
static ACCUMULATE: TypeCell = TypeCell::new();

fn accumulate_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic(
        "accumulate",
        &a[1..],
        kw,
        &["iterable", "func", "initial"],
        1,
        2,
    )?;
    let it = ops::iter(p[0])?;
    let func = if p[1] == none() { Value::NULL } else { p[1] };
    let initial = if p[2] == none() { Value::NULL } else { p[2] };
    Ok(alloc(
        a[0],
        &ACCUMULATE,
        Accumulate {
            it,
            func,
            total: Value::NULL,
            initial,
        },
    ))
}
fn accumulate_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Accumulate>(a[0])?;
    if !s.initial.is_null() {
        let t = s.initial;
        s.total = t;
        s.initial = Value::NULL;
        return Ok(t);
    }
    let (it, func, total) = (s.it, s.func, s.total);
    let Some(v) = ops::next(it)? else {
        return Err(stop());
    };
    let n = if total.is_null() {
        v
    } else if func.is_null() {
        add(total, v)?
    } else {
        ops::call(func, &[total, v], &[])?
    };
    st::<Accumulate>(a[0])?.total = n;
    write_barrier(ferrite_runtime::methods::builtin_value(a[0]));
    Ok(n)
}

// ---------------------------------------------------------------- batched

struct Batched {
    it: Value,
    n: usize,
}
traced!(Batched { it });
static BATCHED: TypeCell = TypeCell::new();

fn batched_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic("batched", &a[1..], kw, &["iterable", "n"], 2, 2)?;
    let n = ops::index_value(p[1])?;
    if n < 1 {
        return Err(value_error("n must be at least one"));
    }
    let it = ops::iter(p[0])?;
    Ok(alloc(a[0], &BATCHED, Batched { it, n: n as usize }))
}
fn batched_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Batched>(a[0])?;
    let (it, n) = (s.it, s.n);
    if it.is_null() {
        return Err(stop());
    }
    let l = ferrite_runtime::objects::list::new_list(&[]);
    while ferrite_runtime::objects::list::list_len(l) < n {
        match ops::next(it) {
            Ok(Some(x)) => ferrite_runtime::objects::list::list_push(l, x),
            Ok(None) => break,
            Err(e) => {
                st::<Batched>(a[0])?.it = Value::NULL;
                return Err(e);
            }
        }
    }
    if ferrite_runtime::objects::list::list_len(l) < n {
        st::<Batched>(a[0])?.it = Value::NULL;
    }
    if ferrite_runtime::objects::list::list_len(l) == 0 {
        return Err(stop());
    }
    ops::to_tuple(l)
}

// ---------------------------------------------------------------- chain

struct Chain {
    source: Value,
    active: Value,
}
traced!(Chain { source, active });
static CHAIN: TypeCell = TypeCell::new();

fn chain_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("chain() takes no keyword arguments"));
    }
    let args = new_tuple_from(&a[1..]);
    let source = ops::iter(args)?;
    Ok(alloc(
        a[0],
        &CHAIN,
        Chain {
            source,
            active: Value::NULL,
        },
    ))
}
fn chain_from_iterable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("chain.from_iterable", &a[1..], kw, 1, 1)?;
    let source = ops::iter(a[1])?;
    Ok(alloc(
        a[0],
        &CHAIN,
        Chain {
            source,
            active: Value::NULL,
        },
    ))
}
fn chain_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    loop {
        let s = st::<Chain>(a[0])?;
        let (source, active) = (s.source, s.active);
        if source.is_null() {
            return Err(stop());
        }
        if active.is_null() {
            match ops::next(source)? {
                Some(iterable) => {
                    let it = ops::iter(iterable)?;
                    st::<Chain>(a[0])?.active = it;
                    write_barrier(ferrite_runtime::methods::builtin_value(a[0]));
                    continue;
                }
                None => {
                    st::<Chain>(a[0])?.source = Value::NULL;
                    return Err(stop());
                }
            }
        }
        if let Some(x) = ops::next(active)? {
            return Ok(x);
        }
        st::<Chain>(a[0])?.active = Value::NULL;
    }
}

// ---------------------------------------------------------------- compress

struct Compress {
    data: Value,
    selectors: Value,
}
traced!(Compress { data, selectors });
static COMPRESS: TypeCell = TypeCell::new();

fn compress_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic("compress", &a[1..], kw, &["data", "selectors"], 2, 2)?;
    let d = ops::iter(p[0])?;
    let s = ops::iter(p[1])?;
    Ok(alloc(
        a[0],
        &COMPRESS,
        Compress {
            data: d,
            selectors: s,
        },
    ))
}
fn compress_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Compress>(a[0])?;
    let (d, sel) = (s.data, s.selectors);
    loop {
        let Some(x) = ops::next(d)? else {
            return Err(stop());
        };
        let Some(y) = ops::next(sel)? else {
            return Err(stop());
        };
        if ops::truthy(y)? {
            return Ok(x);
        }
    }
}

// ---------------------------------------------------------------- dropwhile / takewhile / filterfalse

struct PredIter {
    func: Value,
    it: Value,
    /// dropwhile: dropping finished; takewhile: stopped
    flag: bool,
}
traced!(PredIter { func, it });
static DROPWHILE: TypeCell = TypeCell::new();
static TAKEWHILE: TypeCell = TypeCell::new();
static FILTERFALSE: TypeCell = TypeCell::new();

fn pred_new(name: &str, cell: &TypeCell, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only(name, &a[1..], kw, 2, 2)?;
    let it = ops::iter(a[2])?;
    Ok(alloc(
        a[0],
        cell,
        PredIter {
            func: a[1],
            it,
            flag: false,
        },
    ))
}
fn dropwhile_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_new("dropwhile", &DROPWHILE, a, kw)
}
fn takewhile_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_new("takewhile", &TAKEWHILE, a, kw)
}
fn filterfalse_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pred_new("filterfalse", &FILTERFALSE, a, kw)
}
fn dropwhile_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<PredIter>(a[0])?;
    let (f, it) = (s.func, s.it);
    loop {
        let Some(x) = ops::next(it)? else {
            return Err(stop());
        };
        if st::<PredIter>(a[0])?.flag {
            return Ok(x);
        }
        let r = ops::call(f, &[x], &[])?;
        if !ops::truthy(r)? {
            st::<PredIter>(a[0])?.flag = true;
            return Ok(x);
        }
    }
}
fn takewhile_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<PredIter>(a[0])?;
    let (f, it) = (s.func, s.it);
    if s.flag {
        return Err(stop());
    }
    let Some(x) = ops::next(it)? else {
        return Err(stop());
    };
    let r = ops::call(f, &[x], &[])?;
    if ops::truthy(r)? {
        return Ok(x);
    }
    st::<PredIter>(a[0])?.flag = true;
    Err(stop())
}
fn filterfalse_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<PredIter>(a[0])?;
    let (f, it) = (s.func, s.it);
    loop {
        let Some(x) = ops::next(it)? else {
            return Err(stop());
        };
        let ok = if f == none() {
            ops::truthy(x)?
        } else {
            let r = ops::call(f, &[x], &[])?;
            ops::truthy(r)?
        };
        if !ok {
            return Ok(x);
        }
    }
}

// ---------------------------------------------------------------- groupby

struct GroupBy {
    it: Value,
    keyfunc: Value,
    tgtkey: Value,
    currkey: Value,
    currvalue: Value,
    currgrouper: Value,
}
traced!(GroupBy {
    it,
    keyfunc,
    tgtkey,
    currkey,
    currvalue,
    currgrouper
});
struct Grouper {
    parent: Value,
    tgtkey: Value,
}
traced!(Grouper { parent, tgtkey });
static GROUPBY: TypeCell = TypeCell::new();
static GROUPER: TypeCell = TypeCell::new();

fn groupby_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic("groupby", &a[1..], kw, &["iterable", "key"], 1, 2)?;
    let it = ops::iter(p[0])?;
    let keyfunc = if p[1].is_null() { none() } else { p[1] };
    Ok(alloc(
        a[0],
        &GROUPBY,
        GroupBy {
            it,
            keyfunc,
            tgtkey: Value::NULL,
            currkey: Value::NULL,
            currvalue: Value::NULL,
            currgrouper: Value::NULL,
        },
    ))
}
/// Advances the groupby: false when the input is exhausted.
fn groupby_step(g: Value) -> PyResult<bool> {
    let s = st::<GroupBy>(g)?;
    let (it, kf) = (s.it, s.keyfunc);
    let Some(v) = ops::next(it)? else {
        return Ok(false);
    };
    let k = if kf == none() {
        v
    } else {
        ops::call(kf, &[v], &[])?
    };
    let s = st::<GroupBy>(g)?;
    s.currvalue = v;
    s.currkey = k;
    write_barrier(ferrite_runtime::methods::builtin_value(g));
    Ok(true)
}
fn groupby_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = a[0];
    st::<GroupBy>(g)?.currgrouper = Value::NULL;
    loop {
        let s = st::<GroupBy>(g)?;
        let (ck, tk) = (s.currkey, s.tgtkey);
        if !ck.is_null() && (tk.is_null() || !ops::eq_bool(tk, ck)?) {
            break;
        }
        if !groupby_step(g)? {
            return Err(stop());
        }
    }
    let s = st::<GroupBy>(g)?;
    let key = s.currkey;
    s.tgtkey = key;
    let grouper = new_native_for(
        GROUPER.get(),
        GROUPER.get(),
        Grouper {
            parent: g,
            tgtkey: key,
        },
    );
    st::<GroupBy>(g)?.currgrouper = grouper;
    write_barrier(ferrite_runtime::methods::builtin_value(g));
    Ok(new_tuple(&[key, grouper]))
}
fn grouper_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Grouper>(a[0])?;
    let (g, tk) = (s.parent, s.tgtkey);
    if st::<GroupBy>(g)?.currgrouper != a[0] {
        return Err(stop());
    }
    if st::<GroupBy>(g)?.currvalue.is_null() && !groupby_step(g)? {
        return Err(stop());
    }
    let ck = st::<GroupBy>(g)?.currkey;
    if !ops::eq_bool(tk, ck)? {
        return Err(stop());
    }
    let s = st::<GroupBy>(g)?;
    let r = s.currvalue;
    s.currvalue = Value::NULL;
    s.currkey = Value::NULL;
    Ok(r)
}
fn grouper_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only("_grouper", &a[1..], kw, 2, 2)?;
    if !ferrite_runtime::objects::native::is_native_instance(a[1], GROUPBY.get()) {
        return Err(type_error(format!(
            "_grouper() argument 1 must be itertools.groupby, not {}",
            type_name_of(a[1])
        )));
    }
    Ok(alloc(
        a[0],
        &GROUPER,
        Grouper {
            parent: a[1],
            tgtkey: a[2],
        },
    ))
}

// ---------------------------------------------------------------- islice

struct ISlice {
    it: Value,
    next: i64,
    /// -1: no stop
    stop: i64,
    step: i64,
    cnt: i64,
}
traced!(ISlice { it });
static ISLICE: TypeCell = TypeCell::new();

/// PyNumber_AsSsize_t(v, OverflowError) with any error mapped to -1.
fn as_ssize(v: Value) -> i64 {
    ops::index_value(v).unwrap_or(-1)
}
fn islice_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("islice() takes no keyword arguments"));
    }
    positional_only("islice", &a[1..], kw, 2, 4)?;
    let seq = a[1];
    let (mut start, mut stop, mut step) = (0i64, -1i64, 1i64);
    const STOP_MSG: &str =
        "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.";
    if a.len() == 3 {
        if a[2] != none() {
            stop = as_ssize(a[2]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    } else {
        if a[2] != none() {
            start = as_ssize(a[2]);
        }
        if a[3] != none() {
            stop = as_ssize(a[3]);
            if stop == -1 {
                return Err(value_error(STOP_MSG));
            }
        }
    }
    if start < 0 || stop < -1 {
        return Err(value_error(
            "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.",
        ));
    }
    if a.len() == 5 {
        if a[4] != none() {
            step = as_ssize(a[4]);
        }
        if step < 1 {
            return Err(value_error(
                "Step for islice() must be a positive integer or None.",
            ));
        }
    }
    let it = ops::iter(seq)?;
    Ok(alloc(
        a[0],
        &ISLICE,
        ISlice {
            it,
            next: start,
            stop,
            step,
            cnt: 0,
        },
    ))
}
fn islice_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<ISlice>(a[0])?;
    let it = s.it;
    if it.is_null() {
        return Err(stop());
    }
    loop {
        let s = st::<ISlice>(a[0])?;
        if s.cnt >= s.next {
            break;
        }
        match ops::next(it) {
            Ok(Some(_)) => st::<ISlice>(a[0])?.cnt += 1,
            Ok(None) => {
                st::<ISlice>(a[0])?.it = Value::NULL;
                return Err(stop());
            }
            Err(e) => return Err(e),
        }
    }
    let s = st::<ISlice>(a[0])?;
    if s.stop != -1 && s.cnt >= s.stop {
        s.it = Value::NULL;
        return Err(stop());
    }
    let Some(x) = ops::next(it)? else {
        st::<ISlice>(a[0])?.it = Value::NULL;
        return Err(stop());
    };
    let s = st::<ISlice>(a[0])?;
    s.cnt += 1;
    let old = s.next;
    s.next = s.next.saturating_add(s.step);
    if s.next < old || (s.stop != -1 && s.next > s.stop) {
        s.next = s.stop;
    }
    Ok(x)
}

// ---------------------------------------------------------------- pairwise

struct Pairwise {
    it: Value,
    old: Value,
}
traced!(Pairwise { it, old });
static PAIRWISE: TypeCell = TypeCell::new();

fn pairwise_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only("pairwise", &a[1..], kw, 1, 1)?;
    let it = ops::iter(a[1])?;
    Ok(alloc(
        a[0],
        &PAIRWISE,
        Pairwise {
            it,
            old: Value::NULL,
        },
    ))
}
fn pairwise_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Pairwise>(a[0])?;
    let (it, mut old) = (s.it, s.old);
    if it.is_null() {
        return Err(stop());
    }
    if old.is_null() {
        match ops::next(it)? {
            Some(x) => {
                old = x;
                st::<Pairwise>(a[0])?.old = x;
                write_barrier(ferrite_runtime::methods::builtin_value(a[0]));
            }
            None => {
                st::<Pairwise>(a[0])?.it = Value::NULL;
                return Err(stop());
            }
        }
    }
    match ops::next(it)? {
        Some(new) => {
            st::<Pairwise>(a[0])?.old = new;
            write_barrier(ferrite_runtime::methods::builtin_value(a[0]));
            Ok(new_tuple(&[old, new]))
        }
        None => {
            let s = st::<Pairwise>(a[0])?;
            s.it = Value::NULL;
            s.old = Value::NULL;
            Err(stop())
        }
    }
}

// ---------------------------------------------------------------- starmap

struct Starmap {
    func: Value,
    it: Value,
}
traced!(Starmap { func, it });
static STARMAP: TypeCell = TypeCell::new();

fn starmap_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only("starmap", &a[1..], kw, 2, 2)?;
    let it = ops::iter(a[2])?;
    Ok(alloc(a[0], &STARMAP, Starmap { func: a[1], it }))
}
fn starmap_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Starmap>(a[0])?;
    let (f, it) = (s.func, s.it);
    let Some(args) = ops::next(it)? else {
        return Err(stop());
    };
    let t = ops::to_tuple(args)?;
    ops::call(f, tuple_items(t), &[])
}

// ---------------------------------------------------------------- tee

const LINKCELLS: usize = 57;

struct TeeData {
    it: Value,
    values: Vec<Value>,
    nextlink: Value,
    running: bool,
}
traced!(TeeData { it, nextlink }, [values]);
struct Tee {
    dataobj: Value,
    index: usize,
}
traced!(Tee { dataobj });
static TEE: TypeCell = TypeCell::new();
static TEEDATA: TypeCell = TypeCell::new();

fn new_teedata(it: Value) -> Value {
    new_native_for(
        TEEDATA.get(),
        TEEDATA.get(),
        TeeData {
            it,
            values: Vec::with_capacity(LINKCELLS),
            nextlink: Value::NULL,
            running: false,
        },
    )
}
fn tee_from_iterable(iterable: Value) -> PyResult<Value> {
    let it = ops::iter(iterable)?;
    if ferrite_runtime::objects::native::is_native_instance(it, TEE.get()) {
        return tee_copy_of(it);
    }
    let d = new_teedata(it);
    Ok(new_native_for(
        TEE.get(),
        TEE.get(),
        Tee {
            dataobj: d,
            index: 0,
        },
    ))
}
fn tee_copy_of(t: Value) -> PyResult<Value> {
    let s = st::<Tee>(t)?;
    let (d, i) = (s.dataobj, s.index);
    Ok(new_native_for(
        TEE.get(),
        TEE.get(),
        Tee {
            dataobj: d,
            index: i,
        },
    ))
}
fn tee_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only("_tee", &a[1..], kw, 1, 1)?;
    tee_from_iterable(a[1])
}
fn tee_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    tee_copy_of(a[0])
}
fn tee_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Tee>(a[0])?;
    let (mut d, mut i) = (s.dataobj, s.index);
    if i >= LINKCELLS {
        let td = st::<TeeData>(d)?;
        if td.nextlink.is_null() {
            let it = td.it;
            let n = new_teedata(it);
            st::<TeeData>(d)?.nextlink = n;
            write_barrier(d);
        }
        d = st::<TeeData>(d)?.nextlink;
        i = 0;
        let s = st::<Tee>(a[0])?;
        s.dataobj = d;
        s.index = 0;
        write_barrier(ferrite_runtime::methods::builtin_value(a[0]));
    }
    let td = st::<TeeData>(d)?;
    let v = if i < td.values.len() {
        td.values[i]
    } else {
        if td.running {
            return Err(runtime_error("cannot re-enter the tee iterator"));
        }
        td.running = true;
        let it = td.it;
        let r = ops::next(it);
        st::<TeeData>(d)?.running = false;
        let Some(v) = r? else {
            return Err(stop());
        };
        st::<TeeData>(d)?.values.push(v);
        write_barrier(d);
        v
    };
    st::<Tee>(a[0])?.index = i + 1;
    Ok(v)
}
fn tee_fn(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    positional_only("tee", a, kw, 1, 2)?;
    let n = if a.len() > 1 {
        ops::index_value(a[1])?
    } else {
        2
    };
    if n < 0 {
        return Err(value_error("n must be >= 0"));
    }
    let it = ops::iter(a[0])?;
    if n == 0 {
        return Ok(new_tuple(&[]));
    }
    let l = ferrite_runtime::objects::list::new_list(&[]);
    let copyfunc = ops::getattr_opt(it, ferrite_runtime::intern::intern("__copy__"))?;
    let first = match copyfunc {
        Some(_) => it,
        None => tee_from_iterable(it)?,
    };
    ferrite_runtime::objects::list::list_push(l, first);
    let copyfunc = match copyfunc {
        Some(c) => c,
        None => ops::getattr_str(first, "__copy__")?,
    };
    for _ in 1..n {
        let c = ops::call(copyfunc, &[], &[])?;
        ferrite_runtime::objects::list::list_push(l, c);
    }
    ops::to_tuple(l)
}

// ---------------------------------------------------------------- zip_longest

struct ZipLongest {
    iters: Vec<Value>,
    numactive: usize,
    fillvalue: Value,
}
traced!(ZipLongest { fillvalue }, [iters]);
static ZIP_LONGEST: TypeCell = TypeCell::new();

fn zip_longest_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut fillvalue = none();
    if !kw.is_empty() {
        if kw.len() == 1 && ferrite_runtime::objects::str::str_of(kw[0]) == "fillvalue" {
            fillvalue = a[a.len() - 1];
        } else {
            return Err(type_error(
                "zip_longest() got an unexpected keyword argument",
            ));
        }
    }
    let pos = &a[1..a.len() - kw.len()];
    let l = ferrite_runtime::objects::list::new_list(&[]);
    for &x in pos {
        let it = ops::iter(x)?;
        ferrite_runtime::objects::list::list_push(l, it);
    }
    let z = alloc(
        a[0],
        &ZIP_LONGEST,
        ZipLongest {
            iters: Vec::new(),
            numactive: 0,
            fillvalue,
        },
    );
    // no allocation between copying the iterators out of `l` and storing them in traced data
    let iters = ferrite_runtime::objects::list::list_items(l).clone();
    let s = st::<ZipLongest>(z)?;
    s.numactive = iters.len();
    s.iters = iters;
    write_barrier(ferrite_runtime::methods::builtin_value(z));
    Ok(z)
}

fn zip_longest_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<ZipLongest>(a[0])?;
    let n = s.iters.len();
    if n == 0 || s.numactive == 0 {
        return Err(stop());
    }
    let l = ferrite_runtime::objects::list::new_list(&[]);
    for i in 0..n {
        let s = st::<ZipLongest>(a[0])?;
        let (it, fill) = (s.iters[i], s.fillvalue);
        let x = if it.is_null() {
            fill
        } else {
            match ops::next(it)? {
                Some(x) => x,
                None => {
                    let s = st::<ZipLongest>(a[0])?;
                    s.numactive -= 1;
                    if s.numactive == 0 {
                        return Err(stop());
                    }
                    s.iters[i] = Value::NULL;
                    fill
                }
            }
        };
        ferrite_runtime::objects::list::list_push(l, x);
    }
    ops::to_tuple(l)
}

// ---------------------------------------------------------------- product

struct Product {
    pools: Vec<Value>,
    indices: Vec<usize>,
    started: bool,
    stopped: bool,
}
traced!(Product {}, [pools]);
static PRODUCT: TypeCell = TypeCell::new();

fn product_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut repeat = 1i64;
    for (i, k) in kw.iter().enumerate() {
        let s = ferrite_runtime::objects::str::str_of(*k);
        if s != "repeat" {
            return Err(type_error(format!(
                "'{s}' is an invalid keyword argument for product()"
            )));
        }
        repeat = ops::index_value(a[a.len() - kw.len() + i])?;
    }
    if repeat < 0 {
        return Err(value_error("repeat argument cannot be negative"));
    }
    let pos = &a[1..a.len() - kw.len()];
    let l = ferrite_runtime::objects::list::new_list(&[]);
    for &x in pos {
        let t = ops::to_tuple(x)?;
        ferrite_runtime::objects::list::list_push(l, t);
    }
    let p = alloc(
        a[0],
        &PRODUCT,
        Product {
            pools: Vec::new(),
            indices: Vec::new(),
            started: false,
            stopped: false,
        },
    );
    // no allocation from here on: the pools go straight from `l` into traced data
    let base = ferrite_runtime::objects::list::list_items(l);
    let s = st::<Product>(p)?;
    for _ in 0..repeat {
        s.pools.extend_from_slice(base);
    }
    s.indices = vec![0; s.pools.len()];
    write_barrier(ferrite_runtime::methods::builtin_value(p));
    Ok(p)
}

fn product_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Product>(a[0])?;
    if s.stopped {
        return Err(stop());
    }
    if !s.started {
        s.started = true;
        if s.pools.iter().any(|p| tuple_len(*p) == 0) {
            s.stopped = true;
            return Err(stop());
        }
    } else {
        let mut i = s.pools.len();
        loop {
            if i == 0 {
                s.stopped = true;
                return Err(stop());
            }
            i -= 1;
            s.indices[i] += 1;
            if s.indices[i] < tuple_len(s.pools[i]) {
                break;
            }
            s.indices[i] = 0;
        }
    }
    let n = s.pools.len();
    let t = new_tuple_uninit_items(n);
    let s = st::<Product>(a[0])?;
    for i in 0..n {
        let x = tuple_items(s.pools[i])[s.indices[i]];
        ferrite_runtime::objects::tuple::tuple_items_mut(t)[i] = x;
    }
    write_barrier(t);
    Ok(t)
}
fn new_tuple_uninit_items(n: usize) -> Value {
    let t = ferrite_runtime::objects::tuple::new_tuple_uninit(bt(BT::Tuple), n);
    for x in ferrite_runtime::objects::tuple::tuple_items_mut(t).iter_mut() {
        *x = none();
    }
    t
}

// ---------------------------------------------------------------- combinatorics

#[derive(Clone, Copy, PartialEq)]
enum Comb {
    Permutations,
    Combinations,
    WithReplacement,
}
struct Combinatoric {
    pool: Value,
    r: usize,
    indices: Vec<usize>,
    cycles: Vec<usize>,
    started: bool,
    stopped: bool,
    kind: Comb,
}
traced!(Combinatoric { pool });
static PERMUTATIONS: TypeCell = TypeCell::new();
static COMBINATIONS: TypeCell = TypeCell::new();
static CWR: TypeCell = TypeCell::new();

fn comb_make(cls: Value, cell: &TypeCell, pool: Value, r: usize, kind: Comb) -> Value {
    let n = tuple_len(pool);
    let (indices, cycles) = match kind {
        Comb::Permutations => ((0..n).collect(), (0..r).map(|i| n - i).collect()),
        Comb::Combinations => ((0..r).collect(), Vec::new()),
        Comb::WithReplacement => (vec![0; r], Vec::new()),
    };
    alloc(
        cls,
        cell,
        Combinatoric {
            pool,
            r,
            indices,
            cycles,
            started: false,
            stopped: false,
            kind,
        },
    )
}
fn r_arg(v: Value) -> PyResult<usize> {
    let r = ops::index_value(v)?;
    if r < 0 {
        return Err(value_error("r must be non-negative"));
    }
    Ok(r as usize)
}
fn permutations_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic("permutations", &a[1..], kw, &["iterable", "r"], 1, 2)?;
    let pool = ops::to_tuple(p[0])?;
    let r = if p[1].is_null() || p[1] == none() {
        tuple_len(pool)
    } else {
        if !(p[1].is_small_int() || layout_of(p[1]) == Layout::Int) {
            return Err(type_error("Expected int as r"));
        }
        r_arg(p[1])?
    };
    Ok(comb_make(a[0], &PERMUTATIONS, pool, r, Comb::Permutations))
}
fn combinations_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic("combinations", &a[1..], kw, &["iterable", "r"], 2, 2)?;
    let pool = ops::to_tuple(p[0])?;
    let r = r_arg(p[1])?;
    Ok(comb_make(a[0], &COMBINATIONS, pool, r, Comb::Combinations))
}
fn cwr_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = clinic(
        "combinations_with_replacement",
        &a[1..],
        kw,
        &["iterable", "r"],
        2,
        2,
    )?;
    let pool = ops::to_tuple(p[0])?;
    let r = r_arg(p[1])?;
    Ok(comb_make(a[0], &CWR, pool, r, Comb::WithReplacement))
}
/// Advances the index state; false when exhausted.
fn comb_advance(s: &mut Combinatoric, n: usize) -> bool {
    let r = s.r;
    match s.kind {
        Comb::Permutations => {
            if n == 0 {
                return false;
            }
            let mut i = r;
            loop {
                if i == 0 {
                    return false;
                }
                i -= 1;
                s.cycles[i] -= 1;
                if s.cycles[i] == 0 {
                    let x = s.indices.remove(i);
                    s.indices.push(x);
                    s.cycles[i] = n - i;
                } else {
                    let j = s.cycles[i];
                    s.indices.swap(i, n - j);
                    return true;
                }
            }
        }
        Comb::Combinations => {
            let mut i = r;
            loop {
                if i == 0 {
                    return false;
                }
                i -= 1;
                if s.indices[i] != i + n - r {
                    break;
                }
            }
            s.indices[i] += 1;
            for j in i + 1..r {
                s.indices[j] = s.indices[j - 1] + 1;
            }
            true
        }
        Comb::WithReplacement => {
            let mut i = r;
            loop {
                if i == 0 {
                    return false;
                }
                i -= 1;
                if s.indices[i] != n - 1 {
                    break;
                }
            }
            let v = s.indices[i] + 1;
            for j in i..r {
                s.indices[j] = v;
            }
            true
        }
    }
}
fn comb_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = st::<Combinatoric>(a[0])?;
    if s.stopped {
        return Err(stop());
    }
    let n = tuple_len(s.pool);
    if !s.started {
        s.started = true;
        let empty = match s.kind {
            Comb::Permutations | Comb::Combinations => s.r > n,
            Comb::WithReplacement => n == 0 && s.r > 0,
        };
        if empty {
            s.stopped = true;
            return Err(stop());
        }
    } else if !comb_advance(s, n) {
        s.stopped = true;
        return Err(stop());
    }
    let r = s.r;
    let t = new_tuple_uninit_items(r);
    let s = st::<Combinatoric>(a[0])?;
    for i in 0..r {
        let x = tuple_items(s.pool)[s.indices[i]];
        ferrite_runtime::objects::tuple::tuple_items_mut(t)[i] = x;
    }
    write_barrier(t);
    Ok(t)
}

// ---------------------------------------------------------------- module

type TypeSpec = (
    &'static TypeCell,
    &'static str,
    NativeFn,
    NativeFn,
    bool,
    &'static str,
);

fn make_types() {
    let specs: &[TypeSpec] = &[
        (&COUNT, "count", count_new, count_next, true, "Return a count object whose .__next__() method returns consecutive values."),
        (&CYCLE, "cycle", cycle_new, cycle_next, true, "Return elements from the iterable until it is exhausted. Then repeat the sequence indefinitely."),
        (&REPEAT, "repeat", repeat_new, repeat_next, true, "repeat(object [,times]) -> create an iterator which returns the object\nfor the specified number of times.  If not specified, returns the object\nendlessly."),
        (&ACCUMULATE, "accumulate", accumulate_new, accumulate_next, true, "Return series of accumulated sums (or other binary function results)."),
        (&BATCHED, "batched", batched_new, batched_next, true, "Batch data into tuples of length n. The last batch may be shorter than n."),
        (&CHAIN, "chain", chain_new, chain_next, true, "Return a chain object whose .__next__() method returns elements from the\nfirst iterable until it is exhausted, then elements from the next\niterable, until all of the iterables are exhausted."),
        (&COMPRESS, "compress", compress_new, compress_next, true, "Return data elements corresponding to true selector elements."),
        (&DROPWHILE, "dropwhile", dropwhile_new, dropwhile_next, true, "Drop items from the iterable while predicate(item) is true."),
        (&TAKEWHILE, "takewhile", takewhile_new, takewhile_next, true, "Return successive entries from an iterable as long as the predicate evaluates to true for each entry."),
        (&FILTERFALSE, "filterfalse", filterfalse_new, filterfalse_next, true, "Return those items of iterable for which function(item) is false."),
        (&GROUPBY, "groupby", groupby_new, groupby_next, true, "make an iterator that returns consecutive keys and groups from the iterable"),
        (&GROUPER, "_grouper", grouper_new, grouper_next, false, ""),
        (&ISLICE, "islice", islice_new, islice_next, true, "islice(iterable, stop) --> islice object\nislice(iterable, start, stop[, step]) --> islice object"),
        (&PAIRWISE, "pairwise", pairwise_new, pairwise_next, true, "Return an iterator of overlapping pairs taken from the input iterator."),
        (&STARMAP, "starmap", starmap_new, starmap_next, true, "Return an iterator whose values are returned from the function evaluated with an argument tuple taken from the given sequence."),
        (&TEE, "_tee", tee_new, tee_next, false, "Iterator wrapped to make it copyable."),
        (&ZIP_LONGEST, "zip_longest", zip_longest_new, zip_longest_next, true, "Return a zip_longest object whose .__next__() method returns a tuple where\nthe i-th element comes from the i-th iterable argument."),
        (&PRODUCT, "product", product_new, product_next, true, "Cartesian product of input iterables.  Equivalent to nested for-loops."),
        (&PERMUTATIONS, "permutations", permutations_new, comb_next, true, "Return successive r-length permutations of elements in the iterable."),
        (&COMBINATIONS, "combinations", combinations_new, comb_next, true, "Return successive r-length combinations of elements in the iterable."),
        (&CWR, "combinations_with_replacement", cwr_new, comb_next, true, "Return successive r-length combinations of elements in the iterable allowing individual elements to have successive repeats."),
    ];
    for &(cell, name, new, next, subclassable, doc) in specs {
        cell.get_or_init(|| {
            let t = support::native_type("itertools", name, subclassable);
            def_new(t, new);
            def(t, "__iter__", support::iter_self);
            def(t, "__next__", next);
            if !doc.is_empty() {
                support::set_attr(t, "__doc__", new_str(doc));
            }
            t
        });
    }
    TEEDATA.get_or_init(|| support::native_type("itertools", "_tee_dataobject", false));
    def(COUNT.get(), "__repr__", count_repr);
    def(REPEAT.get(), "__repr__", repeat_repr);
    def(REPEAT.get(), "__length_hint__", repeat_length_hint);
    def(TEE.get(), "__copy__", tee_copy);
    support::classmethod(CHAIN.get(), "from_iterable", chain_from_iterable);
    support::generic_alias(CHAIN.get());
}

/// Fills a new `itertools` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    make_types();
    use ferrite_runtime::objects::dict::dict_set_str;
    for (name, cell) in [
        ("count", &COUNT),
        ("cycle", &CYCLE),
        ("repeat", &REPEAT),
        ("accumulate", &ACCUMULATE),
        ("batched", &BATCHED),
        ("chain", &CHAIN),
        ("compress", &COMPRESS),
        ("dropwhile", &DROPWHILE),
        ("takewhile", &TAKEWHILE),
        ("filterfalse", &FILTERFALSE),
        ("groupby", &GROUPBY),
        ("_grouper", &GROUPER),
        ("islice", &ISLICE),
        ("pairwise", &PAIRWISE),
        ("starmap", &STARMAP),
        ("_tee", &TEE),
        ("_tee_dataobject", &TEEDATA),
        ("zip_longest", &ZIP_LONGEST),
        ("product", &PRODUCT),
        ("permutations", &PERMUTATIONS),
        ("combinations", &COMBINATIONS),
        ("combinations_with_replacement", &CWR),
    ] {
        dict_set_str(d, name, cell.get());
    }
    crate::define_functions(d, &[("tee", tee_fn)]);
    dict_set_str(
        d,
        "__doc__",
        new_str("Functional tools for creating and using iterators."),
    );
    Ok(())
}
