//! Stop-the-world coordination.
//!
//! Protocol: a collector first takes the heap lock (so at most one collection runs), then, under
//! the small `STW` mutex, raises `STOP` and waits until every other registered thread is PARKED
//! (it reached `safepoint()` or an allocation slow path) or SAFE (blocking region, or waiting for
//! the heap lock). Before either state a thread spills its registers and records its stack
//! pointer, so the collector can scan its stack. A thread leaves SAFE only while `STOP` is clear
//! (checked under `STW`), and the collector clears `STOP` only when it is done. A thread that
//! wants the heap lock while another thread holds it waits in the SAFE state, which is how an
//! allocation that races with a collection waits for it instead of deadlocking.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Condvar, Mutex, MutexGuard};

use crate::heap::{Heap, HEAP};
use crate::stack_scan::{spill_registers, with_spilled_registers};
use crate::threads::{current, record_state, ThreadRecord, PARKED, RUNNING, SAFE};

/// Non-zero while a collection wants every mutator stopped. The JIT polls this word.
pub(crate) static STOP: AtomicUsize = AtomicUsize::new(0);
static STW: Mutex<()> = Mutex::new(());
static PARKED_CV: Condvar = Condvar::new();
static RESUME_CV: Condvar = Condvar::new();

thread_local! {
    static IN_GC: std::cell::Cell<bool> = const { std::cell::Cell::new(false) };
}

pub(crate) fn in_gc() -> bool {
    IN_GC.with(|c| c.get())
}
pub(crate) fn set_in_gc(v: bool) {
    IN_GC.with(|c| c.set(v))
}

fn stw_lock() -> MutexGuard<'static, ()> {
    STW.lock().unwrap_or_else(|e| e.into_inner())
}

/// Address of the word `safepoint()` polls (non-zero: call `safepoint()`), for JIT code.
pub fn safepoint_flag_address() -> *const AtomicUsize {
    &STOP
}

/// Cheap poll: stops the calling thread here if a collection is requested.
#[inline(always)]
pub fn safepoint() {
    if STOP.load(Ordering::Relaxed) != 0 {
        park();
    }
}

#[cold]
#[inline(never)]
fn park() {
    let Some(rec) = current() else { return };
    if in_gc() {
        return;
    }
    with_spilled_registers(|sp| {
        rec.sp.store(sp, Ordering::Relaxed);
        let mut g = stw_lock();
        while STOP.load(Ordering::Acquire) != 0 {
            record_state(rec, PARKED);
            PARKED_CV.notify_all();
            g = RESUME_CV.wait(g).unwrap_or_else(|e| e.into_inner());
        }
        record_state(rec, RUNNING);
    });
}

fn enter_safe(rec: &ThreadRecord, sp: usize) {
    rec.sp.store(sp, Ordering::Relaxed);
    let _g = stw_lock();
    record_state(rec, SAFE);
    PARKED_CV.notify_all();
}

fn leave_safe(rec: &ThreadRecord) {
    let mut g = stw_lock();
    while STOP.load(Ordering::Acquire) != 0 {
        g = RESUME_CV.wait(g).unwrap_or_else(|e| e.into_inner());
    }
    record_state(rec, RUNNING);
    rec.regs_valid.store(false, Ordering::Release);
}

/// Enters a safe region around a blocking call: the thread must not touch the heap until
/// `leave_blocking()`. Prefer [`blocking`], which also keeps this frame's spilled registers
/// alive on the stack; here they are snapshotted into the thread record instead.
#[inline(never)]
pub fn enter_blocking() {
    let Some(rec) = current() else { return };
    let mut regs = [0usize; crate::stack_scan::NREGS];
    spill_registers(&mut regs);
    // SAFETY: only the owner writes its register snapshot, and only while running.
    unsafe { *rec.regs.get() = regs };
    rec.regs_valid.store(true, Ordering::Release);
    let sp = &regs as *const _ as usize;
    enter_safe(rec, sp);
}

/// Leaves the safe region entered by `enter_blocking()`; waits if a collection is running.
pub fn leave_blocking() {
    if let Some(rec) = current() {
        leave_safe(rec);
    }
}

/// Runs `f` (a blocking call that does not touch the heap) in a safe region.
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    let Some(rec) = current() else { return f() };
    with_spilled_registers(|sp| {
        enter_safe(rec, sp);
        let r = f();
        leave_safe(rec);
        r
    })
}

/// Locks the heap; a registered thread waits for it in the SAFE state.
pub(crate) fn lock_heap() -> MutexGuard<'static, Heap> {
    assert!(
        !in_gc(),
        "ferrite-gc: heap used from inside a collection (Kind::trace/drop or the root scanner)"
    );
    match HEAP.try_lock() {
        Ok(g) => return g,
        Err(std::sync::TryLockError::Poisoned(e)) => return e.into_inner(),
        Err(std::sync::TryLockError::WouldBlock) => {}
    }
    let Some(rec) = current() else {
        return HEAP.lock().unwrap_or_else(|e| e.into_inner());
    };
    with_spilled_registers(|sp| {
        enter_safe(rec, sp);
        let g = HEAP.lock().unwrap_or_else(|e| e.into_inner());
        // Holding the heap lock, no collection can be running or requested.
        leave_safe(rec);
        g
    })
}

/// Stops every other registered thread. Called with the heap lock held.
pub(crate) fn stop_the_world(heap: &Heap, me: Option<&ThreadRecord>) {
    let me = me.map(|r| r as *const ThreadRecord);
    let mut g = stw_lock();
    STOP.store(1, Ordering::SeqCst);
    loop {
        let all = heap.threads.iter().all(|t| {
            Some(std::sync::Arc::as_ptr(t)) == me || t.state.load(Ordering::Acquire) != RUNNING
        });
        if all {
            break;
        }
        g = PARKED_CV.wait(g).unwrap_or_else(|e| e.into_inner());
    }
}

/// Lets the stopped threads go.
pub(crate) fn resume_the_world() {
    let _g = stw_lock();
    STOP.store(0, Ordering::SeqCst);
    RESUME_CV.notify_all();
}
