//! Mutator thread registration and per-thread collector state.

use std::cell::{Cell, UnsafeCell};
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, AtomicU8, AtomicUsize, Ordering};
use std::sync::Arc;

use crate::header::{Header, Word};
use crate::nursery::{Tlab, TLAB};
use crate::safepoint::lock_heap;
use crate::stack_scan::{current_stack_base, NREGS};

pub(crate) const RUNNING: u8 = 0;
/// Stopped at a safepoint for a collection.
pub(crate) const PARKED: u8 = 1;
/// In a safe region (blocking call, waiting for the heap lock): will not touch the heap.
pub(crate) const SAFE: u8 = 2;

pub(crate) type RootCell = UnsafeCell<Vec<Word>>;

/// State of one registered mutator thread. The `UnsafeCell` fields are written only by the
/// owning thread while it runs, and read (or updated) by the collector only while the owner is
/// stopped; the stop protocol orders the two.
pub(crate) struct ThreadRecord {
    pub stack_base: usize,
    pub state: AtomicU8,
    pub sp: AtomicUsize,
    pub regs: UnsafeCell<[usize; NREGS]>,
    pub regs_valid: AtomicBool,
    pub tlab: *const Tlab,
    pub tlab_start: Cell<usize>,
    pub roots: UnsafeCell<Vec<*const RootCell>>,
    pub remset: UnsafeCell<Vec<*mut Header>>,
    pub young_drop: UnsafeCell<Vec<*mut Header>>,
}

// SAFETY: see the type's documentation: cross-thread access is ordered by the stop protocol.
unsafe impl Sync for ThreadRecord {}
// SAFETY: as above.
unsafe impl Send for ThreadRecord {}

thread_local! {
    static CURRENT: Cell<*const ThreadRecord> = const { Cell::new(std::ptr::null()) };
    static DEPTH: Cell<usize> = const { Cell::new(0) };
}

/// The calling thread's record, if registered.
#[inline]
pub(crate) fn current() -> Option<&'static ThreadRecord> {
    let p = CURRENT.with(|c| c.get());
    // SAFETY: a registered thread's record is kept alive (by the registry's Arc) until the
    // thread unregisters, which also clears CURRENT.
    unsafe { p.as_ref() }
}

pub(crate) fn current_or_panic() -> &'static ThreadRecord {
    current().expect(
        "ferrite-gc: this thread must call ferrite_gc::register_thread() before using the heap",
    )
}

/// Keeps the calling thread registered as a mutator; unregisters it when dropped (nested
/// registrations are counted).
pub struct MutatorGuard {
    _not_send: PhantomData<*const ()>,
}

/// Registers the calling OS thread as a mutator (records its stack bounds for conservative
/// scanning). Every thread that touches heap objects must hold a guard.
pub fn register_thread() -> MutatorGuard {
    let depth = DEPTH.with(|d| {
        d.set(d.get() + 1);
        d.get()
    });
    if depth == 1 {
        let rec = Arc::new(ThreadRecord {
            stack_base: current_stack_base(),
            state: AtomicU8::new(RUNNING),
            sp: AtomicUsize::new(0),
            regs: UnsafeCell::new([0; NREGS]),
            regs_valid: AtomicBool::new(false),
            tlab: crate::nursery::tlab_address(),
            tlab_start: Cell::new(0),
            roots: UnsafeCell::new(Vec::new()),
            remset: UnsafeCell::new(Vec::new()),
            young_drop: UnsafeCell::new(Vec::new()),
        });
        let mut heap = lock_heap();
        CURRENT.with(|c| c.set(Arc::as_ptr(&rec)));
        heap.threads.push(rec);
    }
    MutatorGuard {
        _not_send: PhantomData,
    }
}

impl Drop for MutatorGuard {
    fn drop(&mut self) {
        let depth = DEPTH.with(|d| {
            d.set(d.get() - 1);
            d.get()
        });
        if depth > 0 {
            return;
        }
        let rec = current_or_panic();
        let mut heap = lock_heap();
        heap.retire_tlab(rec);
        // SAFETY: the owner (this thread) holds the heap lock, so no collection runs.
        unsafe {
            heap.remset.append(&mut *rec.remset.get());
            heap.young_drop.append(&mut *rec.young_drop.get());
        }
        let p = rec as *const ThreadRecord;
        heap.threads.retain(|r| Arc::as_ptr(r) != p);
        CURRENT.with(|c| c.set(std::ptr::null()));
        drop(heap);
        TLAB.with(|t| {
            t.cursor.set(0);
            t.limit.set(0);
        });
    }
}

impl ThreadRecord {
    /// # Safety
    /// Only the owning thread while running, or the collector while the owner is stopped.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn remset_mut(&self) -> &mut Vec<*mut Header> {
        // SAFETY: per the function contract.
        unsafe { &mut *self.remset.get() }
    }
    /// # Safety
    /// As for `remset_mut`.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn young_drop_mut(&self) -> &mut Vec<*mut Header> {
        // SAFETY: per the function contract.
        unsafe { &mut *self.young_drop.get() }
    }
    /// # Safety
    /// As for `remset_mut`.
    #[allow(clippy::mut_from_ref)]
    pub unsafe fn roots_mut(&self) -> &mut Vec<*const RootCell> {
        // SAFETY: per the function contract.
        unsafe { &mut *self.roots.get() }
    }
    pub fn tlab(&self) -> &Tlab {
        // SAFETY: the TLAB is a thread-local of the owning thread, alive while it is registered.
        unsafe { &*self.tlab }
    }
}

pub(crate) fn record_state(rec: &ThreadRecord, st: u8) {
    rec.state.store(st, Ordering::Release);
}
