//! The `gc` module: control of Ferrite's collector (`ferrite_gc`) with CPython 3.12's API.
//!
//! Ferrite's heap is generational (a nursery and an old generation) rather than CPython's
//! three generations: generation 0 is the nursery (a minor collection), generations 1 and 2
//! collect the whole heap. Thresholds are kept for `get_threshold`/`set_threshold` but the
//! collector sizes its own generations. The heap cannot enumerate its objects, so
//! `get_objects`, `get_referrers` and `get_referents` raise NotImplementedError.

use crate::util::bind;
use ferrite_runtime::args::check;
use ferrite_runtime::errors::{new_exc, value_error, Exc, PyResult};
use ferrite_runtime::object::{layout_of, none, py_bool, type_of, Layout};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict, table};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_len, new_list};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::{ops, Value};
use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};
use std::sync::Mutex;

static THRESHOLD: Mutex<(i64, i64, i64)> = Mutex::new((700, 10, 10));
static DEBUG: AtomicI64 = AtomicI64::new(0);
static FROZEN: AtomicUsize = AtomicUsize::new(0);
static COLLECTING: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(
        d,
        &[
            ("enable", gc_enable),
            ("disable", gc_disable),
            ("isenabled", gc_isenabled),
            ("collect", gc_collect),
            ("get_stats", gc_get_stats),
            ("get_count", gc_get_count),
            ("get_threshold", gc_get_threshold),
            ("set_threshold", gc_set_threshold),
            ("get_debug", gc_get_debug),
            ("set_debug", gc_set_debug),
            ("is_tracked", gc_is_tracked),
            ("is_finalized", gc_is_finalized),
            ("freeze", gc_freeze),
            ("unfreeze", gc_unfreeze),
            ("get_freeze_count", gc_get_freeze_count),
            ("get_objects", gc_get_objects),
            ("get_referrers", gc_get_referrers),
            ("get_referents", gc_get_referents),
        ],
    );
    for name in ["garbage", "callbacks"] {
        let l = crate::support::state_or_init(&format!("gc.{name}"), || new_list(&[]));
        dict_set_str(d, name, l);
    }
    for (name, v) in [
        ("DEBUG_STATS", 1),
        ("DEBUG_COLLECTABLE", 2),
        ("DEBUG_UNCOLLECTABLE", 4),
        ("DEBUG_SAVEALL", 32),
        ("DEBUG_LEAK", 38),
    ] {
        dict_set_str(d, name, new_int(v));
    }
    Ok(())
}

fn gc_enable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("enable", a, kw, 0, 0)?;
    ferrite_gc::enable();
    Ok(none())
}

fn gc_disable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("disable", a, kw, 0, 0)?;
    ferrite_gc::disable();
    Ok(none())
}

fn gc_isenabled(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("isenabled", a, kw, 0, 0)?;
    Ok(py_bool(ferrite_gc::is_enabled()))
}

/// Calls each of `gc.callbacks` with (phase, info), as CPython's `invoke_gc_callback`
/// (errors are reported as unraisable and the remaining callbacks still run).
fn invoke_callbacks(phase: &str, generation: i64, collected: i64) -> PyResult<()> {
    let l = crate::support::state_get("gc.callbacks");
    if l.is_null() || list_len(l) == 0 {
        return Ok(());
    }
    let info = new_dict();
    dict_set_str(info, "generation", new_int(generation));
    dict_set_str(info, "collected", new_int(collected));
    dict_set_str(info, "uncollectable", new_int(0));
    let phase = new_str(phase);
    // a snapshot: a callback may change the list
    let snapshot = ops::to_tuple(l)?;
    for &cb in tuple_items(snapshot) {
        if let Err(e) = ops::call(cb, &[phase, info], &[]) {
            crate::report_unraisable(e, "Exception ignored in", cb);
        }
    }
    Ok(())
}

fn gc_collect(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [g, ..] = bind("collect", a, kw, &["generation"], 0, 1, 0)?;
    let generation = if g.is_null() {
        2
    } else {
        let v = ops::index_value(g)?;
        if !(0..=2).contains(&v) {
            return Err(value_error("invalid generation"));
        }
        v
    };
    if COLLECTING.swap(true, Ordering::Relaxed) {
        // a collection from a gc callback: CPython does nothing and returns 0
        return Ok(new_int(0));
    }
    let r = (|| {
        invoke_callbacks("start", generation, 0)?;
        let n = if generation == 0 {
            let before = ferrite_gc::stats().objects_freed;
            ferrite_gc::collect_minor();
            (ferrite_gc::stats().objects_freed - before) as i64
        } else {
            ferrite_gc::collect() as i64
        };
        // CPython runs finalizers and weakref callbacks of the garbage before collect()
        // returns
        ferrite_runtime::finalize::run_pending(&|e, what| {
            crate::report_unraisable(e, "Exception ignored in", what)
        });
        ferrite_runtime::objects::weakref::run_cleared_callbacks(&|e, cb| {
            crate::report_unraisable(e, "Exception ignored in", cb)
        });
        invoke_callbacks("stop", generation, n)?;
        Ok(new_int(n))
    })();
    COLLECTING.store(false, Ordering::Relaxed);
    r
}

fn gc_get_stats(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_stats", a, kw, 0, 0)?;
    let s = ferrite_gc::stats();
    let gens = [
        (s.minor_collections, s.minor_objects_freed),
        (0, 0),
        (s.major_collections, s.major_objects_freed),
    ];
    let l = new_list(&[]);
    for (collections, collected) in gens {
        let d = new_dict();
        dict_set_str(d, "collections", new_int(collections as i64));
        dict_set_str(d, "collected", new_int(collected as i64));
        dict_set_str(d, "uncollectable", new_int(0));
        ferrite_runtime::objects::list::list_push(l, d);
    }
    Ok(l)
}

fn gc_get_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_count", a, kw, 0, 0)?;
    let s = ferrite_gc::stats();
    // generation 0 counts allocations since the last collection: approximated by the nursery's
    // bytes in 64-byte units (a typical small object)
    let young = (s.young_bytes / 64) as i64;
    Ok(new_tuple(&[
        new_int(young),
        new_int(s.minor_since_major as i64),
        new_int(0),
    ]))
}

fn gc_get_threshold(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_threshold", a, kw, 0, 0)?;
    let t = *THRESHOLD.lock().unwrap();
    Ok(new_tuple(&[new_int(t.0), new_int(t.1), new_int(t.2)]))
}

fn gc_set_threshold(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(ferrite_runtime::errors::type_error(
            "set_threshold() takes no keyword arguments",
        ));
    }
    if a.is_empty() || a.len() > 3 {
        return Err(ferrite_runtime::errors::type_error(format!(
            "set_threshold() takes {} ({} given)",
            if a.is_empty() {
                "at least 1 argument"
            } else {
                "at most 3 arguments"
            },
            a.len()
        )));
    }
    let mut vals = [0i64; 3];
    for (i, &v) in a.iter().enumerate() {
        vals[i] = int_arg(v)?;
    }
    let mut t = THRESHOLD.lock().unwrap();
    t.0 = vals[0];
    if a.len() > 1 {
        t.1 = vals[1];
    }
    if a.len() > 2 {
        t.2 = vals[2];
    }
    Ok(none())
}

use crate::support::c_int_arg as int_arg;

fn gc_get_debug(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_debug", a, kw, 0, 0)?;
    Ok(new_int(DEBUG.load(Ordering::Relaxed)))
}

fn gc_set_debug(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [f, ..] = bind("set_debug", a, kw, &["flags"], 1, 1, 1)?;
    DEBUG.store(int_arg(f)?, Ordering::Relaxed);
    Ok(none())
}

/// Whether CPython's collector would track `v`: atoms (numbers, strings, bytes, None...) are
/// never tracked; a dict is tracked once it holds a tracked key or value; other containers and
/// instances are.
fn tracked(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    match layout_of(v) {
        Layout::Int
        | Layout::Float
        | Layout::Complex
        | Layout::Str
        | Layout::Bytes
        | Layout::ByteArray
        | Layout::Singleton
        | Layout::Range
        | Layout::Code => false,
        Layout::Tuple => !tuple_items(v).is_empty(),
        Layout::Dict => {
            if type_of(v) != ferrite_runtime::object::bt(ferrite_runtime::object::BT::Dict) {
                return true;
            }
            table(v).iter().any(|e| tracked(e.key) || tracked(e.value))
        }
        _ => true,
    }
}

fn gc_is_tracked(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("is_tracked", a, kw, 1, 1)?;
    Ok(py_bool(tracked(a[0])))
}

fn gc_is_finalized(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("is_finalized", a, kw, 1, 1)?;
    // Ferrite does not run __del__ finalizers through the collector yet: no object is ever
    // marked finalized
    Ok(py_bool(false))
}

fn gc_freeze(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("freeze", a, kw, 0, 0)?;
    // Ferrite's old generation is not scanned by minor collections anyway; freezing only
    // records that it was asked (the count of frozen objects is not known)
    FROZEN.store(1, Ordering::Relaxed);
    Ok(none())
}

fn gc_unfreeze(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("unfreeze", a, kw, 0, 0)?;
    FROZEN.store(0, Ordering::Relaxed);
    Ok(none())
}

fn gc_get_freeze_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_freeze_count", a, kw, 0, 0)?;
    Ok(new_int(0))
}

fn not_enumerable(name: &str) -> PyResult<Value> {
    Err(new_exc(
        Exc::NotImplementedError,
        &format!("gc.{name}() is not supported: Ferrite's heap cannot enumerate its objects"),
    ))
}

fn gc_get_objects(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [g, ..] = bind("get_objects", a, kw, &["generation"], 0, 1, 0)?;
    if !g.is_null() && g != none() {
        let v = ops::index_value(g)?;
        if v >= 3 {
            return Err(value_error(
                "generation parameter must be less than the number of available generations (3)",
            ));
        }
        if v < 0 {
            return Err(value_error("generation parameter cannot be negative"));
        }
    }
    not_enumerable("get_objects")
}

fn gc_get_referrers(_a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::no_kwargs("get_referrers", kw)?;
    not_enumerable("get_referrers")
}

fn gc_get_referents(_a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::no_kwargs("get_referents", kw)?;
    not_enumerable("get_referents")
}
