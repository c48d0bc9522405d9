//! The per-object lock DESIGN.md gives every heap object: one bit of the header word that
//! belongs to the runtime (bits 16..64 of `Header.bits`; the collector keeps them across
//! moves). Free threads will take it around mutations of lists, dicts, sets, bytearrays and
//! instance attribute storage; today there is one Python thread, and nothing takes it on the
//! hot paths yet.
//!
//! Uncontended, locking is one compare-and-swap and unlocking one `fetch_and`. A contended
//! locker spins briefly, then yields its time slice. Holders must not allocate (a collection
//! could need the holder to reach a safepoint while another thread spins) and must not call
//! Python code; critical sections are a few loads and stores.

use crate::value::Value;
use std::sync::atomic::Ordering;

/// The lock bit in the header word.
pub const LOCK_BIT: usize = 1 << 16;

fn bits(v: Value) -> &'static std::sync::atomic::AtomicUsize {
    debug_assert!(v.is_ptr());
    // SAFETY: v is a live heap object; its header outlives any use of the reference made
    // during a critical section (the object is reachable from the locker's stack).
    unsafe { &(*v.ptr()).bits }
}

/// Holds `v`'s lock until dropped.
pub struct ObjectGuard {
    obj: Value,
}

impl Drop for ObjectGuard {
    fn drop(&mut self) {
        bits(self.obj).fetch_and(!LOCK_BIT, Ordering::Release);
    }
}

/// Tries once to take `v`'s lock.
pub fn try_lock(v: Value) -> Option<ObjectGuard> {
    let b = bits(v);
    let cur = b.load(Ordering::Relaxed);
    if cur & LOCK_BIT == 0
        && b.compare_exchange_weak(cur, cur | LOCK_BIT, Ordering::Acquire, Ordering::Relaxed)
            .is_ok()
    {
        return Some(ObjectGuard { obj: v });
    }
    None
}

/// Takes `v`'s lock, waiting for another holder to let go.
pub fn lock(v: Value) -> ObjectGuard {
    let mut spins = 0u32;
    loop {
        if let Some(g) = try_lock(v) {
            return g;
        }
        spins += 1;
        if spins < 64 {
            std::hint::spin_loop();
        } else {
            std::thread::yield_now();
        }
    }
}

/// Whether someone holds `v`'s lock (for assertions).
pub fn is_locked(v: Value) -> bool {
    bits(v).load(Ordering::Relaxed) & LOCK_BIT != 0
}
