//! Conservative roots: native stacks and callee-saved registers.
//!
//! A thread that stops for the collector (safepoint, safe region, waiting for the heap lock, or
//! collecting itself) first spills its callee-saved registers into an array in the frame of
//! `with_spilled_registers` and records that array's address as its stack pointer. Everything a
//! caller could still hold (caller-saved registers are dead across the call) is then in
//! `[sp, stack_base)`, which the collector reads word by word, never writing to it.

use crate::threads::ThreadRecord;

#[cfg(any(target_arch = "x86_64", target_arch = "aarch64"))]
use std::arch::asm;

/// Number of words spilled.
pub(crate) const NREGS: usize = 12;

/// Stores the callee-saved registers into `regs`.
#[inline(always)]
pub(crate) fn spill_registers(regs: &mut [usize; NREGS]) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: only stores register values into the 12-word array `regs` points to.
    unsafe {
        asm!(
            "mov [{0}], rbx",
            "mov [{0} + 8], rbp",
            "mov [{0} + 16], r12",
            "mov [{0} + 24], r13",
            "mov [{0} + 32], r14",
            "mov [{0} + 40], r15",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
    #[cfg(target_arch = "aarch64")]
    // SAFETY: only stores register values into the 12-word array `regs` points to.
    unsafe {
        asm!(
            "stp x19, x20, [{0}]",
            "stp x21, x22, [{0}, #16]",
            "stp x23, x24, [{0}, #32]",
            "stp x25, x26, [{0}, #48]",
            "stp x27, x28, [{0}, #64]",
            "stp x29, x30, [{0}, #80]",
            in(reg) regs.as_mut_ptr(),
            options(nostack, preserves_flags),
        );
    }
    #[cfg(not(any(target_arch = "x86_64", target_arch = "aarch64")))]
    {
        let _ = regs;
    }
}

/// Spills the callee-saved registers into this frame and runs `f(sp)`, where `sp` bounds from
/// below every stack word (and spilled register) the callers may hold.
#[inline(never)]
pub(crate) fn with_spilled_registers<R>(f: impl FnOnce(usize) -> R) -> R {
    let mut regs = [0usize; NREGS];
    spill_registers(&mut regs);
    let regs = std::hint::black_box(regs);
    let sp = &regs as *const _ as usize;
    let r = f(sp);
    std::hint::black_box(&regs);
    r
}

/// Overwrites a stretch of dead stack below the caller with zeros, so stale pointers left by
/// returned calls are not found by the conservative scan.
#[inline(never)]
pub(crate) fn clear_dead_stack() {
    let mut buf = [0usize; 2048];
    for w in buf.iter_mut() {
        // SAFETY: writing our own local array.
        unsafe { std::ptr::write_volatile(w, 0) };
    }
    std::hint::black_box(&buf);
}

/// The highest address of the calling thread's stack.
pub(crate) fn current_stack_base() -> usize {
    // SAFETY: pthread_getattr_np fills `attr` for the calling thread; we destroy it after use.
    unsafe {
        let mut attr: libc::pthread_attr_t = std::mem::zeroed();
        if libc::pthread_getattr_np(libc::pthread_self(), &mut attr) != 0 {
            panic!("ferrite-gc: pthread_getattr_np failed");
        }
        let mut addr: *mut libc::c_void = std::ptr::null_mut();
        let mut size: libc::size_t = 0;
        let rc = libc::pthread_attr_getstack(&attr, &mut addr, &mut size);
        libc::pthread_attr_destroy(&mut attr);
        assert_eq!(rc, 0, "ferrite-gc: pthread_attr_getstack failed");
        addr as usize + size
    }
}

/// Calls `f` with every word a stopped thread's stack (and register snapshot) holds.
///
/// # Safety
/// The thread must be stopped (parked, in a safe region, or the caller itself) with `sp`
/// recorded.
pub(crate) unsafe fn scan_thread(rec: &ThreadRecord, sp: usize, mut f: impl FnMut(usize)) {
    let mut p = (sp + 7) & !7;
    while p < rec.stack_base {
        // SAFETY: [sp, stack_base) is the stopped thread's live stack, mapped and readable.
        f(unsafe { std::ptr::read_volatile(p as *const usize) });
        p += 8;
    }
    if rec.regs_valid.load(std::sync::atomic::Ordering::Acquire) {
        // SAFETY: the owner is in a blocking region and does not write the snapshot.
        let regs = unsafe { *rec.regs.get() };
        for w in regs {
            f(w);
        }
    }
}
