//! Weak references (`_weakref.ref`, `_weakref.proxy`). The referent slot is registered with
//! the collector as weak (gc/weak.rs): it is not traced, it follows the referent when that
//! moves, and it is zeroed when the referent dies. Cleared refs queue up in the collector; the
//! interpreter calls `run_cleared_callbacks` at its polls to run their callbacks.
//!
//! A Python subclass of `ref` (weakref.WeakMethod, KeyedRef) gets an instance wrapping a plain
//! ref; the ref remembers that wrapper (`owner`) so callbacks receive what Python created.

use crate::args::*;
use crate::errors::*;
use crate::methods::{def, def_new, getset};
use crate::object::*;
use crate::objects::str::new_str;
use crate::types::type_name_of;
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};
use std::sync::atomic::{AtomicUsize, Ordering};

#[repr(C)]
pub struct WeakRefObject {
    pub header: Header,
    /// weak: zeroed by the collector when the referent dies
    referent: Value,
    callback: Value,
    /// the subclass instance wrapping this ref, if any
    owner: Value,
    /// cached hash of the referent (-1 until computed)
    hash: isize,
    is_proxy: bool,
}

unsafe fn wr_size(_h: *const Header) -> usize {
    std::mem::size_of::<WeakRefObject>()
}
unsafe fn wr_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a WeakRefObject; the referent slot is weak and not visited.
    let o = unsafe { &mut *(h as *mut WeakRefObject) };
    t.visit(Value::slot(&mut o.callback));
    t.visit(Value::slot(&mut o.owner));
}

pub static WEAKREF_KIND: Kind = Kind {
    name: "weakref",
    size: wr_size,
    trace: wr_trace,
    drop: None,
};

static REF_TYPE: AtomicUsize = AtomicUsize::new(0);
static PROXY_TYPE: AtomicUsize = AtomicUsize::new(0);
static CALLABLE_PROXY_TYPE: AtomicUsize = AtomicUsize::new(0);

pub fn ref_type() -> Value {
    Value(REF_TYPE.load(Ordering::Relaxed))
}
pub fn proxy_type() -> Value {
    Value(PROXY_TYPE.load(Ordering::Relaxed))
}
pub fn callable_proxy_type() -> Value {
    Value(CALLABLE_PROXY_TYPE.load(Ordering::Relaxed))
}

pub fn visit_roots(t: &mut Tracer) {
    t.visit(REF_TYPE.as_ptr());
    t.visit(PROXY_TYPE.as_ptr());
    t.visit(CALLABLE_PROXY_TYPE.as_ptr());
}

fn weakrefable(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    !matches!(
        layout_of(v),
        Layout::Int
            | Layout::Float
            | Layout::Complex
            | Layout::Str
            | Layout::Bytes
            | Layout::Tuple
            | Layout::List
            | Layout::Dict
            | Layout::Singleton
            | Layout::Slice
            | Layout::Range
    ) && v != none()
}

fn new_weakref(t: Value, referent: Value, callback: Value, is_proxy: bool) -> PyResult<Value> {
    if !weakrefable(referent) {
        return Err(type_error(format!(
            "cannot create weak reference to '{}' object",
            type_name_of(referent)
        )));
    }
    let cb = if callback.is_null() || callback == none() {
        Value::NULL
    } else {
        callback
    };
    let w = new_obj::<WeakRefObject>(t, |o| {
        o.referent = referent;
        o.callback = cb;
        o.hash = -1;
        o.is_proxy = is_proxy;
    });
    ferrite_gc::register_weak(w.ptr(), std::mem::offset_of!(WeakRefObject, referent));
    Ok(w)
}

fn inner(v: Value) -> PyResult<&'static mut WeakRefObject> {
    let b = crate::methods::builtin_value(v);
    if b.is_ptr() && std::ptr::eq(as_type(type_of(b)).instance_kind, &WEAKREF_KIND) {
        Ok(obj::<WeakRefObject>(b))
    } else {
        Err(type_error(format!(
            "descriptor requires a 'weakref.ReferenceType' object but received '{}'",
            type_name_of(v)
        )))
    }
}

/// The referent of weakref `w`, or None once it died.
pub fn referent(w: Value) -> PyResult<Option<Value>> {
    let r = inner(w)?.referent;
    Ok((!r.is_null()).then_some(r))
}

/// `weakref.ref(obj[, callback])` / its use as a function.
pub fn new_ref(referent_v: Value, callback: Value) -> PyResult<Value> {
    new_weakref(ref_type(), referent_v, callback, false)
}

fn ref_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let pos = &a[1..a.len() - kw.len()];
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(format!(
            "__new__ expected at most 2 arguments, got {}",
            pos.len()
        )));
    }
    let cb = pos.get(1).copied().unwrap_or(Value::NULL);
    let w = new_weakref(ref_type(), pos[0], cb, false)?;
    if cls == ref_type() {
        return Ok(w);
    }
    let inst = crate::methods::new_subclass_instance(cls, w);
    obj::<WeakRefObject>(w).owner = inst;
    write_barrier(w);
    Ok(inst)
}
fn ref_init(_a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(none())
}
fn ref_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("weakref", a, kw, 0, 0)?;
    Ok(referent(a[0])?.unwrap_or_else(none))
}
fn ref_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let w = inner(a[0])?;
    if w.hash != -1 {
        return Ok(crate::objects::int::new_int(w.hash as i64));
    }
    let r = w.referent;
    if r.is_null() {
        return Err(type_error("weak object has gone away"));
    }
    let h = crate::ops::hash(r)?;
    inner(a[0])?.hash = h;
    Ok(crate::objects::int::new_int(h as i64))
}
fn ref_eq_impl(a: &[Value], want_eq: bool) -> PyResult<Value> {
    let other = a[1];
    let ob = crate::methods::builtin_value(other);
    if !(ob.is_ptr() && std::ptr::eq(as_type(type_of(ob)).instance_kind, &WEAKREF_KIND)) {
        return Ok(not_implemented());
    }
    let x = inner(a[0])?.referent;
    let y = inner(other)?.referent;
    if x.is_null() || y.is_null() {
        let same = crate::methods::builtin_value(a[0]) == ob;
        return Ok(py_bool(same == want_eq));
    }
    let eq = crate::ops::eq_bool(x, y)?;
    Ok(py_bool(eq == want_eq))
}
fn ref_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ref_eq_impl(a, true)
}
fn ref_ne(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ref_eq_impl(a, false)
}
fn ref_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let w = inner(a[0])?;
    let id = ferrite_gc::object_id(a[0].ptr());
    let r = w.referent;
    if r.is_null() {
        return Ok(new_str(&format!("<weakref at {:#x}; dead>", id)));
    }
    let rid = ferrite_gc::object_id(r.ptr());
    let name = crate::ops::getattr_opt(r, crate::intern::intern("__name__"))
        .ok()
        .flatten();
    let tn = type_name_of(r);
    Ok(new_str(&match name {
        Some(n) if n.is_ptr() && layout_of(n) == Layout::Str => format!(
            "<weakref at {:#x}; to '{}' at {:#x} ({})>",
            id,
            tn,
            rid,
            crate::objects::str::str_of(n)
        ),
        _ => format!("<weakref at {:#x}; to '{}' at {:#x}>", id, tn, rid),
    }))
}
fn ref_callback(v: Value) -> PyResult<Value> {
    let c = inner(v)?.callback;
    Ok(if c.is_null() { none() } else { c })
}
fn ref_class_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::methods::alias::new_alias(a[0], a[1]))
}

// ---------------------------------------------------------------- proxy

fn proxy_target(p: Value) -> PyResult<Value> {
    let r = inner(p)?.referent;
    if r.is_null() {
        return Err(new_exc(
            Exc::ReferenceError,
            "weakly-referenced object no longer exists",
        ));
    }
    Ok(r)
}
fn proxy_new_fn(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("proxy", a, kw, 1, 2)?;
    let cb = a.get(1).copied().unwrap_or(Value::NULL);
    let callable = crate::types::lookup(type_of(a[0]), "__call__").is_some();
    let t = if callable {
        callable_proxy_type()
    } else {
        proxy_type()
    };
    new_weakref(t, a[0], cb, true)
}
fn proxy_getattribute(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::ops::getattr(proxy_target(a[0])?, a[1])
}
fn proxy_setattr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::ops::setattr(proxy_target(a[0])?, a[1], a[2])?;
    Ok(none())
}
fn proxy_delattr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::ops::setattr(proxy_target(a[0])?, a[1], Value::NULL)?;
    Ok(none())
}
fn proxy_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let t = proxy_target(a[0])?;
    crate::ops::call(t, &a[1..], kw)
}
fn proxy_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::ops::str(proxy_target(a[0])?)
}
fn proxy_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let w = inner(a[0])?;
    let id = ferrite_gc::object_id(a[0].ptr());
    let r = w.referent;
    if r.is_null() {
        return Ok(new_str(&format!("<weakproxy at {:#x}; dead>", id)));
    }
    Ok(new_str(&format!(
        "<weakproxy at {:#x}; to '{}' at {:#x}>",
        id,
        type_name_of(r),
        ferrite_gc::object_id(r.ptr())
    )))
}
fn proxy_bool(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(crate::ops::truthy(proxy_target(a[0])?)?))
}
fn proxy_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let n = crate::ops::len(proxy_target(a[0])?)?;
    Ok(crate::objects::int::new_int(n as i64))
}
fn proxy_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::ops::iter(proxy_target(a[0])?)
}
fn proxy_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::ops::getitem(proxy_target(a[0])?, a[1])
}
fn proxy_setitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::ops::setitem(proxy_target(a[0])?, a[1], a[2])?;
    Ok(none())
}
fn proxy_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(crate::ops::contains(proxy_target(a[0])?, a[1])?))
}
fn proxy_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let other = match inner(a[1]) {
        Ok(w) if w.is_proxy => proxy_target(a[1])?,
        _ => a[1],
    };
    crate::ops::compare(proxy_target(a[0])?, other, crate::ops::CmpOp::Eq)
}

/// Runs the callbacks of weakrefs whose referents died (called at the interpreter's polls).
/// Errors in callbacks are reported as unraisable, as CPython does.
pub fn run_cleared_callbacks(report: &dyn Fn(PyErr, Value)) {
    while let Some(h) = ferrite_gc::pop_cleared_weakref() {
        let w = Value::from_ptr(h);
        let o = obj::<WeakRefObject>(w);
        let cb = o.callback;
        if cb.is_null() {
            continue;
        }
        o.callback = Value::NULL;
        let arg = if o.owner.is_null() { w } else { o.owner };
        if let Err(e) = crate::ops::call(cb, &[arg], &[]) {
            report(e, cb);
        }
    }
}

pub fn init() {
    let t = crate::types::alloc_type(
        bt(BT::Type),
        "ReferenceType",
        Layout::Other,
        &WEAKREF_KIND,
        type_flags::BASETYPE,
    );
    crate::types::set_single_base(t, bt(BT::Object));
    REF_TYPE.store(t.0, Ordering::Relaxed);
    crate::objects::dict::dict_set_str(as_type(t).dict, "__module__", new_str("weakref"));
    def_new(t, ref_new);
    def(t, "__init__", ref_init);
    def(t, "__call__", ref_call);
    def(t, "__hash__", ref_hash);
    def(t, "__eq__", ref_eq);
    def(t, "__ne__", ref_ne);
    def(t, "__repr__", ref_repr);
    getset(t, "__callback__", ref_callback);
    let cg = crate::objects::function::new_builtin_function(
        "__class_getitem__",
        ref_class_getitem,
        Value::NULL,
    );
    let cm =
        new_obj::<crate::objects::function::WrapperObject>(bt(BT::ClassMethod), |w| w.func = cg);
    crate::objects::dict::dict_set_str(as_type(t).dict, "__class_getitem__", cm);

    for (slot, name, callable) in [
        (&PROXY_TYPE, "ProxyType", false),
        (&CALLABLE_PROXY_TYPE, "CallableProxyType", true),
    ] {
        let p = crate::types::alloc_type(bt(BT::Type), name, Layout::Other, &WEAKREF_KIND, 0);
        crate::types::set_single_base(p, bt(BT::Object));
        slot.store(p.0, Ordering::Relaxed);
        crate::objects::dict::dict_set_str(as_type(p).dict, "__module__", new_str("weakref"));
        def(p, "__getattribute__", proxy_getattribute);
        def(p, "__getattr__", proxy_getattribute);
        def(p, "__setattr__", proxy_setattr);
        def(p, "__delattr__", proxy_delattr);
        def(p, "__str__", proxy_str);
        def(p, "__repr__", proxy_repr);
        def(p, "__bool__", proxy_bool);
        def(p, "__len__", proxy_len);
        def(p, "__iter__", proxy_iter);
        def(p, "__getitem__", proxy_getitem);
        def(p, "__setitem__", proxy_setitem);
        def(p, "__contains__", proxy_contains);
        def(p, "__eq__", proxy_eq);
        crate::objects::dict::dict_set_str(as_type(p).dict, "__hash__", none());
        if callable {
            def(p, "__call__", proxy_call);
        }
    }
    let _ = proxy_new_fn;
}

/// `_weakref.proxy(obj[, callback])`.
pub fn proxy_fn() -> crate::objects::function::NativeFn {
    proxy_new_fn
}
