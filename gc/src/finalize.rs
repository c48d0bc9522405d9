//! Finalizers (`__del__`), PEP 442 style.
//!
//! Order chosen (documented contract):
//! 1. After tracing from the roots, every registered object not reached is *unreachable
//!    finalizable*. All of them are queued in the same collection, including ones reachable only
//!    from another unreachable finalizable object (CPython calls every finalizer of a garbage
//!    cycle; there is no topological ordering).
//! 2. They are then resurrected: traced as roots, so they and everything they reference survive
//!    this collection. Each is flagged FINALIZED and is never queued again, whatever happens.
//! 3. Weak references are processed *after* this resurrection, so a referent kept alive only by a
//!    pending finalizer is still alive for weak references; they are cleared in the collection
//!    that finds it unreachable again after its finalizer ran (CPython's order for objects freed
//!    by reference counting: `__del__` first, then weakrefs cleared if not resurrected).
//! 4. Queued objects stay roots until the runtime pops them with `pop_finalizable()`.

use std::collections::VecDeque;

use crate::header::Header;

#[derive(Default)]
pub(crate) struct Finalizers {
    /// Objects with a finalizer that has not been queued yet.
    pub registered: Vec<*mut Header>,
    /// Unreachable objects whose finalizer the runtime must run.
    pub queue: VecDeque<*mut Header>,
}

use crate::header::{FINALIZED_BIT, HAS_FINALIZER_BIT};
use crate::safepoint::lock_heap;

/// Declares that `obj` has a finalizer (`__del__`): when it is found unreachable it is kept
/// alive, together with everything it references, and queued for `pop_finalizable()` once.
/// Registering again, or after the finalizer was queued, does nothing.
pub fn register_finalizer(obj: *mut Header) {
    let mut heap = lock_heap();
    // SAFETY: obj is a live heap object.
    let bits = unsafe { (*obj).load_bits() };
    if bits & (HAS_FINALIZER_BIT | FINALIZED_BIT) != 0 {
        return;
    }
    // SAFETY: as above.
    unsafe { (*obj).set_bits(HAS_FINALIZER_BIT) };
    heap.fin.registered.push(obj);
}

/// Whether any object still waits, registered, for its finalizer (cheap: takes the heap lock
/// once); the runtime skips its exit-time collection when none does.
pub fn has_registered_finalizers() -> bool {
    !lock_heap().fin.registered.is_empty()
}

/// Set when a collection queued finalizers, so the runtime's poll costs one load.
pub(crate) static FIN_PENDING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Are there queued finalizers nobody popped yet? (cheap: one relaxed load)
#[inline]
pub fn has_pending_finalizers() -> bool {
    FIN_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// The next object whose finalizer must run (the runtime calls it at a safe point); the
/// object is alive again and is not queued a second time.
pub fn pop_finalizable() -> Option<*mut Header> {
    let mut h = lock_heap();
    let r = h.fin.queue.pop_front();
    if h.fin.queue.is_empty() {
        FIN_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
    }
    r
}
