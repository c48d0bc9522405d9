//! The generational write barrier.
//!
//! Every old object outside the remembered set carries `BARRIER_BIT`. After storing a reference
//! into an object the runtime calls `write_barrier(obj)`: the inline fast path is one load and
//! test (young objects and objects already remembered never have the bit). The slow path
//! atomically clears the bit (so racing threads add the object once) and appends the object to
//! the calling thread's remembered-set buffer; the next minor collection traces remembered
//! objects as roots and sets their bit again. JIT code: test `BARRIER_BIT` in the word at byte
//! offset 8 of the object, and call `write_barrier_slow` when set.

use std::sync::atomic::Ordering;

use crate::header::{Header, BARRIER_BIT};
use crate::safepoint::lock_heap;
use crate::threads::current;

/// Call after storing a reference into `obj`.
#[inline(always)]
pub fn write_barrier(obj: *mut Header) {
    // SAFETY: the caller passes a live heap object (or any readable header).
    if unsafe { (*obj).bits.load(Ordering::Relaxed) } & BARRIER_BIT != 0 {
        write_barrier_slow(obj);
    }
}

/// Slow path of `write_barrier` (for JIT code after its inline bit test).
#[cold]
#[inline(never)]
pub extern "C" fn write_barrier_slow(obj: *mut Header) {
    // SAFETY: as for write_barrier.
    let old = unsafe { (*obj).clear_bits(BARRIER_BIT) };
    if old & BARRIER_BIT == 0 {
        return;
    }
    match current() {
        // SAFETY: the owner (this thread) is running.
        Some(rec) => unsafe { rec.remset_mut().push(obj) },
        None => lock_heap().remset.push(obj),
    }
}
