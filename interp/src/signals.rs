//! Signal delivery to Python code: SIGINT -> KeyboardInterrupt.
//!
//! `install` sets a process-wide SIGINT handler that only raises a flag (the one thing a
//! signal handler may safely do); `check`, the poll the eval loop calls at back-edges and
//! calls, turns a raised flag into a KeyboardInterrupt in the Python thread. An uncaught
//! KeyboardInterrupt ends the process the way CPython's does: traceback, then death by SIGINT
//! (`exit_by_sigint`), so the parent sees the signal.

use ferrite_runtime::errors::{new_exc_args, Exc};
use ferrite_runtime::PyResult;
use std::sync::atomic::{AtomicBool, Ordering};

static PENDING: AtomicBool = AtomicBool::new(false);

extern "C" fn on_sigint(_sig: libc::c_int) {
    PENDING.store(true, Ordering::Relaxed);
}

/// Installs the SIGINT handler (call once at start-up, before running Python).
pub fn install() {
    // SAFETY: `sa` is fully initialised (zeroed, then the handler and an empty mask) before
    // sigaction reads it; the handler only stores to an atomic, which is async-signal-safe.
    unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = on_sigint as extern "C" fn(libc::c_int) as usize;
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = libc::SA_RESTART;
        libc::sigaction(libc::SIGINT, &sa, std::ptr::null_mut());
    }
}

/// Raises KeyboardInterrupt if SIGINT arrived since the last poll.
#[inline]
pub fn check() -> PyResult<()> {
    if ferrite_gc::has_cleared_weakrefs() {
        run_weakref_callbacks();
    }
    if PENDING.load(Ordering::Relaxed) {
        PENDING.store(false, Ordering::Relaxed);
        return Err(new_exc_args(Exc::KeyboardInterrupt, &[]));
    }
    Ok(())
}

/// Ends the process by SIGINT with the default action (after an uncaught KeyboardInterrupt).
pub fn exit_by_sigint() -> ! {
    // SAFETY: restoring the default disposition and raising a signal at ourselves has no
    // memory-safety preconditions.
    unsafe {
        libc::signal(libc::SIGINT, libc::SIG_DFL);
        libc::raise(libc::SIGINT);
    }
    std::process::exit(130)
}

/// Runs the callbacks of weakrefs the collector cleared; an error in one is printed as
/// CPython prints unraisable exceptions, and does not propagate.
#[cold]
pub fn run_weakref_callbacks() {
    ferrite_runtime::objects::weakref::run_cleared_callbacks(&|e, cb| {
        crate::sysmod::flush_stdout();
        let what = ferrite_runtime::ops::repr(cb)
            .map(|r| ferrite_runtime::objects::str::str_of(r).to_string())
            .unwrap_or_default();
        eprintln!("Exception ignored in: {}", what);
        crate::traceback::print_exception(e.0);
    });
}
