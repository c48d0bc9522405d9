//! Per-thread interpreter state: call depth against the recursion limit, a native-stack guard,
//! and the roots the interpreter registers (frames, the exception being handled).
//!
//! Today only one mutator thread runs Python (threads come with the free-threading issue); the
//! state is thread-local and the collector's root scanner visits the collecting thread's state.

use crate::errors::{new_exc, Exc, PyResult};
use crate::value::Value;
use std::cell::Cell;
use std::sync::atomic::{AtomicUsize, Ordering};

static RECURSION_LIMIT: AtomicUsize = AtomicUsize::new(1000);

pub fn recursion_limit() -> usize {
    RECURSION_LIMIT.load(Ordering::Relaxed)
}
pub fn set_recursion_limit(n: usize) {
    RECURSION_LIMIT.store(n, Ordering::Relaxed);
}

thread_local! {
    static DEPTH: Cell<usize> = const { Cell::new(0) };
    static STACK_BASE: Cell<usize> = const { Cell::new(0) };
    static STACK_SIZE: Cell<usize> = const { Cell::new(0) };
    /// A root list the interpreter maintains (frames, current exception...), visited by the
    /// collector through `visit_thread_roots`.
    static ROOTS: Cell<usize> = const { Cell::new(0) };
}

/// Records the native stack of this thread: `size` bytes below the caller's frame.
pub fn set_native_stack(size: usize) {
    let here = 0usize;
    STACK_BASE.with(|b| b.set(&here as *const usize as usize));
    STACK_SIZE.with(|s| s.set(size));
}

/// Enters one level of Python call; RecursionError past the limit or near the end of the
/// native stack (so deep recursion never overflows the native stack).
#[inline]
pub fn check_recursion() -> PyResult<()> {
    let d = DEPTH.with(|d| {
        let n = d.get() + 1;
        d.set(n);
        n
    });
    if d > recursion_limit() {
        DEPTH.with(|x| x.set(x.get() - 1));
        return Err(new_exc(
            Exc::RecursionError,
            "maximum recursion depth exceeded",
        ));
    }
    if d & 15 == 0 {
        let here = 0usize;
        let sp = &here as *const usize as usize;
        let base = STACK_BASE.with(|b| b.get());
        let size = STACK_SIZE.with(|s| s.get());
        if base != 0 && base.saturating_sub(sp) + 256 * 1024 > size {
            DEPTH.with(|x| x.set(x.get() - 1));
            return Err(new_exc(
                Exc::RecursionError,
                "maximum recursion depth exceeded",
            ));
        }
    }
    Ok(())
}

#[inline]
pub fn leave_call() {
    DEPTH.with(|d| d.set(d.get().saturating_sub(1)));
}

pub fn depth() -> usize {
    DEPTH.with(|d| d.get())
}

/// Registers the interpreter's thread-root visitor data (an opaque pointer it owns).
pub fn set_roots_ptr(p: usize) {
    ROOTS.with(|r| r.set(p));
}
pub fn roots_ptr() -> usize {
    ROOTS.with(|r| r.get())
}

/// Helper for tests: a value survives as long as it is on the stack.
pub fn keep(v: Value) -> Value {
    std::hint::black_box(v)
}
