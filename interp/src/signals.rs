//! Signal delivery to Python code.
//!
//! The OS-level handler only raises a per-signal flag (the one thing a signal handler may
//! safely do); `check`, the poll the eval loop calls at back-edges and calls, runs what the
//! Python side wants for each flagged signal: the `_signal` module's dispatcher when one is
//! registered (`set_dispatch`: Python handlers, `default_int_handler`), else SIGINT ->
//! KeyboardInterrupt. An uncaught KeyboardInterrupt ends the process the way CPython's does:
//! traceback, then death by SIGINT (`exit_by_sigint`), so the parent sees the signal.
//!
//! The OS operations the `_signal` module needs (`set_disposition`, `raise_signal`, `alarm`,
//! `pause`, `set_wakeup_fd`: `unsafe` libc calls, which the stdlib crate does not make itself)
//! are handed to it by the binary.

use ferrite_runtime::errors::{new_exc_args, Exc};
use ferrite_runtime::PyResult;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Signal numbers are below this (Linux's NSIG).
pub const NSIG: usize = 65;

#[allow(clippy::declare_interior_mutable_const)]
const FALSE: AtomicBool = AtomicBool::new(false);
static PENDING: [AtomicBool; NSIG] = [FALSE; NSIG];
static ANY_PENDING: AtomicBool = AtomicBool::new(false);
static DISPATCH: OnceLock<fn(i32) -> PyResult<()>> = OnceLock::new();
static WAKEUP_FD: std::sync::atomic::AtomicI32 = std::sync::atomic::AtomicI32::new(-1);

extern "C" fn on_signal(sig: libc::c_int) {
    if (sig as usize) < NSIG {
        PENDING[sig as usize].store(true, Ordering::Relaxed);
        ANY_PENDING.store(true, Ordering::Relaxed);
        let fd = WAKEUP_FD.load(Ordering::Relaxed);
        if fd >= 0 {
            let b = sig as u8;
            // SAFETY: write(2) is async-signal-safe; the buffer is a live local byte.
            unsafe {
                libc::write(fd, &b as *const u8 as *const libc::c_void, 1);
            }
        }
    }
}

/// What the OS does on a signal.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Disposition {
    Default,
    Ignore,
    /// Flag it for `check` (Python-level handling).
    Catch,
}

/// Sets the OS disposition of `sig`; Err(errno) if refused (SIGKILL, SIGSTOP, bad number).
pub fn set_disposition(sig: i32, d: Disposition) -> Result<(), i32> {
    // SAFETY: `sa` is fully initialised (zeroed, then the handler and an empty mask) before
    // sigaction reads it; the handler only stores to atomics and calls write(2), which are
    // async-signal-safe.
    let r = unsafe {
        let mut sa: libc::sigaction = std::mem::zeroed();
        sa.sa_sigaction = match d {
            Disposition::Default => libc::SIG_DFL,
            Disposition::Ignore => libc::SIG_IGN,
            Disposition::Catch => on_signal as extern "C" fn(libc::c_int) as usize,
        };
        libc::sigemptyset(&mut sa.sa_mask);
        sa.sa_flags = libc::SA_RESTART;
        libc::sigaction(sig, &sa, std::ptr::null_mut())
    };
    if r == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EINVAL))
    }
}

/// Sends `sig` to the process itself (`signal.raise_signal`).
pub fn raise_signal(sig: i32) -> Result<(), i32> {
    // SAFETY: raise(3) has no memory-safety preconditions.
    if unsafe { libc::raise(sig) } == 0 {
        Ok(())
    } else {
        Err(std::io::Error::last_os_error()
            .raw_os_error()
            .unwrap_or(libc::EINVAL))
    }
}

/// `alarm(2)`: schedules SIGALRM in `secs` seconds; returns the seconds left of the previous.
pub fn alarm(secs: u32) -> u32 {
    // SAFETY: alarm(2) has no memory-safety preconditions.
    unsafe { libc::alarm(secs) }
}

/// `pause(2)`: waits for a signal.
pub fn pause() {
    ferrite_gc::blocking(|| {
        // SAFETY: pause(2) has no memory-safety preconditions.
        unsafe {
            libc::pause();
        }
    });
}

/// Sets the fd a byte (the signal number) is written to when a signal arrives; returns the
/// previous one (-1: none).
pub fn set_wakeup_fd(fd: i32) -> i32 {
    WAKEUP_FD.swap(fd, Ordering::Relaxed)
}

/// Lets the `_signal` module run Python-level handling of a flagged signal.
pub fn set_dispatch(f: fn(i32) -> PyResult<()>) {
    let _ = DISPATCH.set(f);
}

/// Installs the SIGINT handler (call once at start-up, before running Python), and ignores
/// SIGXFSZ as CPython does (SIGPIPE is already ignored by the Rust runtime).
pub fn install() {
    let _ = set_disposition(libc::SIGINT, Disposition::Catch);
    let _ = set_disposition(libc::SIGXFSZ, Disposition::Ignore);
}

/// Runs the handling of signals that arrived since the last poll (SIGINT: KeyboardInterrupt
/// unless Python installed another handler).
#[inline]
pub fn check() -> PyResult<()> {
    if ferrite_gc::has_cleared_weakrefs() {
        run_weakref_callbacks();
    }
    if ferrite_gc::has_pending_finalizers() {
        run_finalizers();
    }
    if ANY_PENDING.load(Ordering::Relaxed) {
        return run_pending();
    }
    Ok(())
}

#[cold]
fn run_pending() -> PyResult<()> {
    ANY_PENDING.store(false, Ordering::Relaxed);
    for sig in 1..NSIG {
        if !PENDING[sig].swap(false, Ordering::Relaxed) {
            continue;
        }
        let r = match DISPATCH.get() {
            Some(f) => f(sig as i32),
            None if sig as i32 == libc::SIGINT => Err(new_exc_args(Exc::KeyboardInterrupt, &[])),
            None => Ok(()),
        };
        if let Err(e) = r {
            // the other flagged signals are handled at the next poll
            if PENDING[sig + 1..].iter().any(|p| p.load(Ordering::Relaxed)) {
                ANY_PENDING.store(true, Ordering::Relaxed);
            }
            return Err(e);
        }
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

/// Runs queued `__del__` methods and generator closes; errors are printed as unraisable.
/// The exception being handled, if any, is the same afterwards.
#[cold]
pub fn run_finalizers() {
    let saved = crate::eval::handled_exception();
    ferrite_runtime::finalize::run_pending(&|e, what| {
        crate::sysmod::flush_stdout();
        let what = ferrite_runtime::ops::repr(what)
            .map(|r| ferrite_runtime::objects::str::str_of(r).to_string())
            .unwrap_or_default();
        eprintln!("Exception ignored in: {}", what);
        crate::traceback::print_exception(e.0);
    });
    crate::eval::set_handled_exception(saved);
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
