//! Ferrite's heap: a generational, moving, stop-the-world garbage collector with conservative
//! stack scanning (see `shared/DESIGN.md`, "Garbage collector").
//!
//! Layout of the crate, one concern per module:
//! - `header`: object header, `Kind`, gc header bits.
//! - `region`: the reserved address range and its 32 KiB blocks.
//! - `nursery`: per-thread TLAB bump allocation, start bitmaps.
//! - `oldgen`: size-class pages, large objects, retained (pinned) blocks, sweeping.
//! - `collector`: the tracer and the collection algorithm.
//! - `threads`, `safepoint`, `stack_scan`: mutator registration, stop-the-world, conservative
//!   roots.
//! - `roots`, `barrier`, `weak`, `finalize`, `ids`, `stats`, `config`.
//!
//! Design in brief:
//! - Young objects are bump-allocated in per-thread 32 KiB nursery blocks (TLAB, see
//!   [`tlab_address`]); a minor collection copies the live ones into the old generation (a
//!   memcpy of the allocated size; out-of-heap memory they own goes with them), except objects a
//!   native stack may point to (*pinned*), which are promoted in place and keep their block
//!   alive until they die. The old generation is a non-moving mark-sweep over size-class pages
//!   (<= 16 KiB) and whole-block large objects; a major collection runs when it reaches
//!   `FERRITE_GC_MAJOR_FACTOR` (1.8) times its size after the previous one (see `config`).
//! - Every collection stops the world: the collector raises a flag that [`safepoint`] and the
//!   allocator poll; threads in a safe region ([`blocking`]) do not hold it up.
//! - Weak references and finalizers follow the order documented in `finalize`: a referent
//!   kept alive only by a pending finalizer counts as alive; weakrefs are cleared when it dies
//!   for good, after its finalizer ran.
//! - [`object_id`]: the address for old objects, a side-table number (>= 2^60, multiple of 16)
//!   for objects first asked about while young.
//!
//! Rules for the runtime: every thread that touches the heap holds a [`MutatorGuard`]; values
//! live in stack/registers (conservatively found, pinned), in objects, in the root scanner's
//! slots or in a [`RootedVec`] -- never only in Rust heap memory; call [`write_barrier`] after
//! storing a reference into an object; poll [`safepoint`] regularly and wrap blocking calls in
//! [`blocking`] (or `enter_blocking`/`leave_blocking`). `Kind::trace`/`drop` and the root
//! scanner run during collection and must not call back into the heap. Precise slots hold
//! object starts (interior pointers are only understood on native stacks). A thread must drop
//! its [`MutatorGuard`] before it exits.

// The API contract takes raw object pointers in safe functions (the runtime's Values are raw
// words); the pointers are required to be live heap objects, as documented per function.
#![allow(clippy::not_unsafe_ptr_arg_deref)]

mod barrier;
mod collector;
mod config;
mod finalize;
mod header;
mod heap;
mod ids;
mod nursery;
mod oldgen;
mod region;
mod roots;
mod safepoint;
mod stack_scan;
mod stats;
mod threads;
mod weak;

use std::sync::atomic::Ordering;

pub use barrier::{write_barrier, write_barrier_slow};
pub use collector::Tracer;
pub use finalize::{
    has_pending_finalizers, has_registered_finalizers, pop_finalizable, register_finalizer,
};
pub use header::{Header, Kind, Word, BARRIER_BIT, GC_BITS_MASK, HEADER_SIZE, KIND_OFFSET};
pub use heap::{add_memory_pressure, alloc, alloc_old};
pub use ids::{is_young, object_id};
pub use nursery::{tlab_address, Tlab, BITMAP_BYTES, POISON, YOUNG_MAX};
pub use oldgen::SMALL_MAX;
pub use region::{in_heap, BLOCK_SIZE};
pub use roots::{set_root_scanner, RootedVec};
pub use safepoint::{blocking, enter_blocking, leave_blocking, safepoint, safepoint_flag_address};
pub use stats::Stats;
pub use threads::{register_thread, MutatorGuard};
pub use weak::{has_cleared_weakrefs, pop_cleared_weakref, register_weak};

use heap::{run_collection, ENABLED};
use safepoint::lock_heap;

/// Collects the nursery only.
pub fn collect_minor() {
    let mut heap = lock_heap();
    run_collection(&mut heap, false);
}

/// Collects the whole heap.
pub fn collect_major() {
    let mut heap = lock_heap();
    run_collection(&mut heap, true);
}

/// Full collection (Python's `gc.collect()`); returns the number of objects freed.
pub fn collect() -> usize {
    let mut heap = lock_heap();
    run_collection(&mut heap, true)
}

/// Re-enables automatic collections.
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed)
}

/// Stops automatic collections (explicit `collect*()` calls still collect).
pub fn disable() {
    ENABLED.store(false, Ordering::Relaxed)
}

pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

/// Whether the heap runs in stress mode (`FERRITE_GC_STRESS=1`).
pub fn is_stress_mode() -> bool {
    lock_heap().cfg.stress
}

/// A snapshot of the collector's statistics.
pub fn stats() -> Stats {
    let heap = lock_heap();
    let mut s = heap.stats.clone();
    s.young_bytes = heap.young_bytes() as u64;
    s.old_bytes = heap.old.bytes as u64;
    s.bytes_in_use = s.young_bytes + s.old_bytes;
    s.next_major_bytes = heap.next_major as u64;
    s
}
