//! Weak references: (weakref object, slot offset) pairs. The slot is not traced; after marking,
//! a slot whose referent died is zeroed and the weakref object queued for its callback (see
//! finalize.rs for the order relative to finalizers).

use std::collections::VecDeque;

use crate::header::Header;

#[derive(Default)]
pub(crate) struct WeakRefs {
    /// Registered weak slots whose referent may still be alive.
    pub entries: Vec<(usize, usize)>,
    /// Weakref objects whose referent died; roots until popped.
    pub cleared: VecDeque<*mut Header>,
}

use crate::safepoint::lock_heap;

/// Declares that the word at byte `slot_offset` of `weakref_obj` is a weak reference (its
/// Kind's trace must not visit it). When the referent dies the slot is zeroed and
/// `weakref_obj` queued for `pop_cleared_weakref()`; while both live, the slot is updated if
/// the referent moves.
pub fn register_weak(weakref_obj: *mut Header, slot_offset: usize) {
    lock_heap()
        .weak
        .entries
        .push((weakref_obj as usize, slot_offset));
}

/// Set when a collection queued cleared weakrefs, so the runtime's poll costs one load.
pub(crate) static CLEARED_PENDING: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Did a collection clear weakrefs that nobody popped yet? (cheap: one relaxed load)
#[inline]
pub fn has_cleared_weakrefs() -> bool {
    CLEARED_PENDING.load(std::sync::atomic::Ordering::Relaxed)
}

/// The next weakref object whose referent died (for the runtime to run its callback).
pub fn pop_cleared_weakref() -> Option<*mut Header> {
    let mut h = lock_heap();
    let r = h.weak.cleared.pop_front();
    if h.weak.cleared.is_empty() {
        CLEARED_PENDING.store(false, std::sync::atomic::Ordering::Relaxed);
    }
    r
}
