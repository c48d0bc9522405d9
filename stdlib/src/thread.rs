//! The `_thread` module: locks (real ones, that block in a GC safe region), re-entrant locks,
//! thread identity and `_local`. Starting threads is not supported yet (free threads come with
//! the threading issue): `start_new_thread` raises RuntimeError saying so.

use ferrite_runtime::args::*;
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::{def, def_new};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::*;
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::{ops, PyResult, Value};
use std::sync::{Arc, Condvar, Mutex};
use std::time::{Duration, Instant};

static LOCK_TYPE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static RLOCK_TYPE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn lock_type() -> Value {
    Value(LOCK_TYPE.load(std::sync::atomic::Ordering::Relaxed))
}

/// A binary semaphore: the state and the condition waiters sleep on.
#[derive(Default)]
struct RawLock {
    locked: Mutex<bool>,
    cv: Condvar,
}

impl RawLock {
    /// Takes the lock; `timeout` None waits forever. Returns whether it was taken.
    fn acquire(&self, blocking: bool, timeout: Option<Duration>) -> bool {
        let mut g = self.locked.lock().unwrap();
        if !*g {
            *g = true;
            return true;
        }
        if !blocking {
            return false;
        }
        drop(g);
        ferrite_gc::blocking(|| {
            let deadline = timeout.map(|t| Instant::now() + t);
            let mut g = self.locked.lock().unwrap();
            while *g {
                match deadline {
                    None => g = self.cv.wait(g).unwrap(),
                    Some(d) => {
                        let now = Instant::now();
                        if now >= d {
                            return false;
                        }
                        g = self.cv.wait_timeout(g, d - now).unwrap().0;
                    }
                }
            }
            *g = true;
            true
        })
    }
    fn release(&self) -> bool {
        let mut g = self.locked.lock().unwrap();
        if !*g {
            return false;
        }
        *g = false;
        self.cv.notify_one();
        true
    }
    fn is_locked(&self) -> bool {
        *self.locked.lock().unwrap()
    }
}

struct Lock(Arc<RawLock>);
impl NativeData for Lock {}

struct RLock {
    raw: Arc<RawLock>,
    owner: i64,
    count: u64,
}
impl NativeData for RLock {}

pub fn get_ident() -> i64 {
    crate::syscalls::gettid()
}

/// (blocking, timeout) from acquire's arguments, with CPython's checks.
fn acquire_args(a: &[Value], kw: &[Value]) -> PyResult<(bool, Option<Duration>)> {
    only_kwargs("acquire", kw, &["blocking", "timeout"])?;
    let pos = positional(&a[1..], kw);
    let blocking = match kwarg(a, kw, "blocking").or(pos.first().copied()) {
        Some(b) => ops::truthy(b)?,
        None => true,
    };
    let timeout = match kwarg(a, kw, "timeout").or(pos.get(1).copied()) {
        Some(t) => {
            let f = ops::call(bt(BT::Float), &[t], &[])?;
            ferrite_runtime::objects::float::float_of(f)
        }
        None => -1.0,
    };
    if !blocking && timeout != -1.0 {
        return Err(value_error(
            "can't specify a timeout for a non-blocking call",
        ));
    }
    if timeout < 0.0 && timeout != -1.0 {
        return Err(value_error("timeout value must be a non-negative number"));
    }
    Ok((
        blocking,
        (timeout >= 0.0).then(|| Duration::from_secs_f64(timeout)),
    ))
}

fn lock_of(v: Value) -> PyResult<Arc<RawLock>> {
    native_mut::<Lock>(v)
        .map(|l| l.0.clone())
        .ok_or_else(|| type_error("expected a lock"))
}

fn allocate_lock(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_native(lock_type(), Lock(Arc::default())))
}
fn lock_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("lock", &a[1..], kw, 0, 0)?;
    Ok(new_native(lock_type(), Lock(Arc::default())))
}
fn lock_acquire(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, t) = acquire_args(a, kw)?;
    let l = lock_of(a[0])?;
    Ok(py_bool(l.acquire(b, t)))
}
fn lock_enter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let l = lock_of(a[0])?;
    l.acquire(true, None);
    Ok(py_true())
}
fn lock_release(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !lock_of(a[0])?.release() {
        return Err(new_exc(Exc::RuntimeError, "release unlocked lock"));
    }
    Ok(none())
}
fn lock_locked(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(lock_of(a[0])?.is_locked()))
}
fn lock_reinit(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if let Some(l) = native_mut::<Lock>(a[0]) {
        l.0 = Arc::default();
    }
    Ok(none())
}
fn lock_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let locked = lock_of(a[0])?.is_locked();
    Ok(new_str(&format!(
        "<{} _thread.lock object at {:#x}>",
        if locked { "locked" } else { "unlocked" },
        ferrite_gc::object_id(a[0].ptr())
    )))
}

fn rlock(v: Value) -> PyResult<&'static mut RLock> {
    native_mut::<RLock>(v).ok_or_else(|| type_error("expected an RLock"))
}
fn rlock_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = Value(RLOCK_TYPE.load(std::sync::atomic::Ordering::Relaxed));
    Ok(new_native_for(
        a[0],
        t,
        RLock {
            raw: Arc::default(),
            owner: 0,
            count: 0,
        },
    ))
}
fn rlock_acquire(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (b, t) = acquire_args(a, kw)?;
    let me = get_ident();
    let r = rlock(a[0])?;
    if r.count > 0 && r.owner == me {
        r.count += 1;
        return Ok(py_true());
    }
    let raw = r.raw.clone();
    if !raw.acquire(b, t) {
        return Ok(py_false());
    }
    let r = rlock(a[0])?;
    r.owner = me;
    r.count = 1;
    Ok(py_true())
}
fn rlock_release(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = rlock(a[0])?;
    if r.count == 0 || r.owner != get_ident() {
        return Err(new_exc(
            Exc::RuntimeError,
            "cannot release un-acquired lock",
        ));
    }
    r.count -= 1;
    if r.count == 0 {
        r.owner = 0;
        r.raw.release();
    }
    Ok(none())
}
fn rlock_exit(a: &[Value], _: &[Value]) -> PyResult<Value> {
    rlock_release(&a[..1], &[])
}
fn rlock_is_owned(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = rlock(a[0])?;
    Ok(py_bool(r.count > 0 && r.owner == get_ident()))
}
fn rlock_recursion_count(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = rlock(a[0])?;
    Ok(new_int(if r.owner == get_ident() {
        r.count as i64
    } else {
        0
    }))
}
fn rlock_release_save(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = rlock(a[0])?;
    if r.count == 0 {
        return Err(new_exc(
            Exc::RuntimeError,
            "cannot release un-acquired lock",
        ));
    }
    let (c, o) = (r.count, r.owner);
    r.count = 0;
    r.owner = 0;
    r.raw.release();
    Ok(ferrite_runtime::objects::tuple::new_tuple(&[
        new_int(c as i64),
        new_int(o),
    ]))
}
fn rlock_acquire_restore(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let st = a[1];
    let c = ops::index_value(ops::getitem(st, new_int(0))?)?;
    let o = ops::index_value(ops::getitem(st, new_int(1))?)?;
    let raw = rlock(a[0])?.raw.clone();
    raw.acquire(true, None);
    let r = rlock(a[0])?;
    r.count = c as u64;
    r.owner = o;
    Ok(none())
}
fn rlock_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = rlock(a[0])?;
    let locked = r.count > 0;
    let tn = ferrite_runtime::types::type_name_of(a[0]);
    Ok(new_str(&format!(
        "<{} _thread.{} object owner={} count={} at {:#x}>",
        if locked { "locked" } else { "unlocked" },
        tn,
        r.owner,
        r.count,
        ferrite_gc::object_id(a[0].ptr())
    )))
}

fn t_get_ident(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(get_ident()))
}
fn t_start_new_thread(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(new_exc(
        Exc::RuntimeError,
        "ferrite: starting threads is not supported yet (free threading is a later milestone)",
    ))
}
fn t_count(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(0))
}
fn t_stack_size(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("stack_size", a, kw, 0, 1)?;
    Ok(new_int(0))
}
fn t_true(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_true())
}
fn t_interrupt_main(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(new_exc(
        Exc::NotImplementedError,
        "ferrite: _thread.interrupt_main is not supported yet",
    ))
}

pub fn init(d: Value) -> PyResult<()> {
    let lt = new_native_type("_thread", "lock", Value::NULL, false);
    LOCK_TYPE.store(lt.0, std::sync::atomic::Ordering::Relaxed);
    def_new(lt, lock_new);
    for (n, f) in [
        (
            "acquire",
            lock_acquire as ferrite_runtime::objects::function::NativeFn,
        ),
        ("acquire_lock", lock_acquire),
        ("release", lock_release),
        ("release_lock", lock_release),
        ("locked", lock_locked),
        ("locked_lock", lock_locked),
        ("__enter__", lock_enter),
        ("__exit__", lock_release),
        ("_at_fork_reinit", lock_reinit),
        ("__repr__", lock_repr),
    ] {
        def(lt, n, f);
    }
    dict_set_str(d, "LockType", lt);
    dict_set_str(d, "lock", lt);
    let rt = new_native_type("_thread", "RLock", Value::NULL, true);
    RLOCK_TYPE.store(rt.0, std::sync::atomic::Ordering::Relaxed);
    def_new(rt, rlock_new);
    for (n, f) in [
        (
            "acquire",
            rlock_acquire as ferrite_runtime::objects::function::NativeFn,
        ),
        ("release", rlock_release),
        ("__enter__", rlock_acquire),
        ("__exit__", rlock_exit),
        ("_is_owned", rlock_is_owned),
        ("_recursion_count", rlock_recursion_count),
        ("_release_save", rlock_release_save),
        ("_acquire_restore", rlock_acquire_restore),
        ("__repr__", rlock_repr),
    ] {
        def(rt, n, f);
    }
    dict_set_str(d, "RLock", rt);
    // _local: one thread today, so an object with a plain __dict__ behaves as CPython's
    let ns = ferrite_runtime::objects::dict::new_dict();
    dict_set_str(ns, "__module__", new_str("_thread"));
    let bases = ferrite_runtime::objects::tuple::new_tuple(&[bt(BT::Object)]);
    let local = ops::call(bt(BT::Type), &[new_str("_local"), bases, ns], &[])?;
    ferrite_runtime::init::root_forever(local);
    dict_set_str(d, "_local", local);
    crate::define_functions(
        d,
        &[
            ("allocate_lock", allocate_lock),
            ("allocate", allocate_lock),
            ("_set_sentinel", allocate_lock),
            ("get_ident", t_get_ident),
            ("get_native_id", t_get_ident),
            ("start_new_thread", t_start_new_thread),
            ("start_new", t_start_new_thread),
            ("_count", t_count),
            ("stack_size", t_stack_size),
            ("daemon_threads_allowed", t_true),
            ("_is_main_interpreter", t_true),
            ("interrupt_main", t_interrupt_main),
        ],
    );
    dict_set_str(d, "error", exc_type(Exc::RuntimeError));
    dict_set_str(d, "TIMEOUT_MAX", new_float(9223372036.0));
    Ok(())
}
