//! The `_signal` module: Python-level signal handlers. The OS side (sigaction, raise, alarm)
//! lives in the interpreter (`ferrite_interp::signals`), which hands its operations over with
//! [`set_os`] and calls [`dispatch`] from its poll for each signal that arrived.
//!
//! Not provided: pthread_sigmask, sigpending, sigwait*, siginterrupt, get/setitimer
//! (`signal.py` only wraps those that exist).

use ferrite_runtime::errors::{
    exc_type, new_exc_args, type_error, value_error, Exc, PyErr, PyResult,
};
use ferrite_runtime::object::none;
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_get, list_set, new_list};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::{ops, Value};
use std::sync::OnceLock;

const NSIG: i64 = 65;
const SIGINT: i64 = 2;

/// The OS operations (from the interpreter). `set_disposition(sig, how)`: how 0 = default,
/// 1 = ignore, 2 = catch (flag for `dispatch`); errors are errno values.
pub struct SignalOs {
    pub set_disposition: fn(i32, u8) -> Result<(), i32>,
    pub raise_signal: fn(i32) -> Result<(), i32>,
    pub alarm: fn(u32) -> u32,
    pub pause: fn(),
    pub set_wakeup_fd: fn(i32) -> i32,
    /// Runs the handlers of signals that arrived (the interpreter's poll).
    pub check: fn() -> PyResult<()>,
}

static OS: OnceLock<SignalOs> = OnceLock::new();

pub fn set_os(os: SignalOs) {
    let _ = OS.set(os);
}

fn os() -> PyResult<&'static SignalOs> {
    OS.get().ok_or_else(|| {
        ferrite_runtime::errors::new_exc(
            Exc::NotImplementedError,
            "signal handling is not available in this embedding",
        )
    })
}

const SIGNALS: &[(&str, i64)] = &[
    ("SIGHUP", 1),
    ("SIGINT", 2),
    ("SIGQUIT", 3),
    ("SIGILL", 4),
    ("SIGTRAP", 5),
    ("SIGABRT", 6),
    ("SIGIOT", 6),
    ("SIGBUS", 7),
    ("SIGFPE", 8),
    ("SIGKILL", 9),
    ("SIGUSR1", 10),
    ("SIGSEGV", 11),
    ("SIGUSR2", 12),
    ("SIGPIPE", 13),
    ("SIGALRM", 14),
    ("SIGTERM", 15),
    ("SIGSTKFLT", 16),
    ("SIGCHLD", 17),
    ("SIGCONT", 18),
    ("SIGSTOP", 19),
    ("SIGTSTP", 20),
    ("SIGTTIN", 21),
    ("SIGTTOU", 22),
    ("SIGURG", 23),
    ("SIGXCPU", 24),
    ("SIGXFSZ", 25),
    ("SIGVTALRM", 26),
    ("SIGPROF", 27),
    ("SIGWINCH", 28),
    ("SIGIO", 29),
    ("SIGPOLL", 29),
    ("SIGPWR", 30),
    ("SIGSYS", 31),
    ("SIGRTMIN", 34),
    ("SIGRTMAX", 64),
];

const DESCRIPTIONS: [&str; 32] = [
    "",
    "Hangup",
    "Interrupt",
    "Quit",
    "Illegal instruction",
    "Trace/breakpoint trap",
    "Aborted",
    "Bus error",
    "Floating point exception",
    "Killed",
    "User defined signal 1",
    "Segmentation fault",
    "User defined signal 2",
    "Broken pipe",
    "Alarm clock",
    "Terminated",
    "Stack fault",
    "Child exited",
    "Continued",
    "Stopped (signal)",
    "Stopped",
    "Stopped (tty input)",
    "Stopped (tty output)",
    "Urgent I/O condition",
    "CPU time limit exceeded",
    "File size limit exceeded",
    "Virtual timer expired",
    "Profiling timer expired",
    "Window changed",
    "I/O possible",
    "Power failure",
    "Bad system call",
];

fn default_int_handler_fn() -> Value {
    crate::support::state_or_init("signal.default_int_handler", || {
        ferrite_runtime::objects::function::new_builtin_function(
            "default_int_handler",
            default_int_handler,
            Value::NULL,
        )
    })
}

/// The Python handler of each signal (SIG_DFL 0, SIG_IGN 1, or a callable), by number.
fn handlers() -> Value {
    crate::support::state_or_init("signal.handlers", || {
        let l = new_list(&[]);
        for sig in 0..NSIG {
            let h = match sig {
                SIGINT => default_int_handler_fn(),
                13 | 25 => new_int(1),
                _ => new_int(0),
            };
            ferrite_runtime::objects::list::list_push(l, h);
        }
        l
    })
}

/// Python-level handling of signal `sig` (called by the interpreter's poll).
pub fn dispatch(sig: i32) -> PyResult<()> {
    let has_table = !crate::support::state_get("signal.handlers").is_null();
    if !has_table {
        if sig as i64 == SIGINT {
            return Err(new_exc_args(Exc::KeyboardInterrupt, &[]));
        }
        return Ok(());
    }
    let h = list_get(handlers(), sig as usize).unwrap_or(Value::NULL);
    if h.is_null() || h.is_small_int() || !crate::is_callable(h) {
        return Ok(());
    }
    ops::call(h, &[new_int(sig as i64), none()], &[])?;
    Ok(())
}

fn os_error(errno: i32) -> PyErr {
    let msg = ferrite_runtime::fd::strerror(errno);
    match ops::call(
        exc_type(Exc::OSError),
        &[new_int(errno as i64), new_str(&msg)],
        &[],
    ) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

pub fn init(d: Value) -> PyResult<()> {
    for &(k, v) in SIGNALS {
        dict_set_str(d, k, new_int(v));
    }
    dict_set_str(d, "NSIG", new_int(NSIG));
    dict_set_str(d, "SIG_DFL", new_int(0));
    dict_set_str(d, "SIG_IGN", new_int(1));
    dict_set_str(d, "default_int_handler", default_int_handler_fn());
    handlers();
    crate::define_functions(
        d,
        &[
            ("signal", signal),
            ("getsignal", getsignal),
            ("raise_signal", raise_signal),
            ("strsignal", strsignal),
            ("valid_signals", valid_signals),
            ("alarm", alarm),
            ("pause", pause),
            ("set_wakeup_fd", set_wakeup_fd),
        ],
    );
    Ok(())
}

fn default_int_handler(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("default_int_handler", a, kw, 0, usize::MAX)?;
    Err(new_exc_args(Exc::KeyboardInterrupt, &[]))
}

fn int_arg(v: Value) -> PyResult<i64> {
    if ferrite_runtime::methods::numbers::to_float(v).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    ops::index_value(v)
}

fn signum_arg(v: Value) -> PyResult<i64> {
    let s = int_arg(v)?;
    if !(1..NSIG).contains(&s) {
        return Err(value_error("signal number out of range"));
    }
    Ok(s)
}

fn signal(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("signal", a, kw, 2, 2)?;
    let sig = signum_arg(a[0])?;
    let h = a[1];
    let how = if ops::eq_bool(h, new_int(1)).unwrap_or(false) && !crate::is_callable(h) {
        1
    } else if ops::eq_bool(h, new_int(0)).unwrap_or(false) && !crate::is_callable(h) {
        0
    } else if crate::is_callable(h) {
        2
    } else {
        return Err(type_error(
            "signal handler must be signal.SIG_IGN, signal.SIG_DFL, or a callable object",
        ));
    };
    // the default SIGINT handler stays caught (it raises KeyboardInterrupt from the poll)
    let how = if h == default_int_handler_fn() {
        2
    } else {
        how
    };
    (os()?.set_disposition)(sig as i32, how).map_err(os_error)?;
    let l = handlers();
    let old = list_get(l, sig as usize).unwrap_or_else(none);
    let stored = match how {
        0 => new_int(0),
        1 => new_int(1),
        _ => h,
    };
    list_set(l, sig as usize, stored);
    Ok(old)
}

fn getsignal(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("getsignal", a, kw, 1, 1)?;
    let sig = signum_arg(a[0])?;
    Ok(list_get(handlers(), sig as usize).unwrap_or_else(none))
}

fn raise_signal(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("raise_signal", a, kw, 1, 1)?;
    let sig = int_arg(a[0])?;
    if !(i32::MIN as i64..=i32::MAX as i64).contains(&sig) {
        return Err(ferrite_runtime::errors::overflow_error(
            "signed integer is greater than maximum",
        ));
    }
    let os = os()?;
    (os.raise_signal)(sig as i32).map_err(os_error)?;
    (os.check)()?;
    Ok(none())
}

fn strsignal(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("strsignal", a, kw, 1, 1)?;
    let sig = signum_arg(a[0])?;
    Ok(match sig {
        1..=31 => new_str(DESCRIPTIONS[sig as usize]),
        34..=64 => new_str(&format!("Real-time signal {}", sig - 34)),
        _ => none(),
    })
}

fn valid_signals(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("valid_signals", a, kw, 0, 0)?;
    let l = new_list(&[]);
    for s in (1..32).chain(34..NSIG) {
        ferrite_runtime::objects::list::list_push(l, new_int(s));
    }
    ops::call(
        ferrite_runtime::object::bt(ferrite_runtime::object::BT::Set),
        &[l],
        &[],
    )
}

fn alarm(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("alarm", a, kw, 1, 1)?;
    let secs = int_arg(a[0])?;
    if secs < 0 || secs > u32::MAX as i64 {
        return Err(ferrite_runtime::errors::overflow_error(
            "Python int too large to convert to C unsigned long",
        ));
    }
    Ok(new_int((os()?.alarm)(secs as u32) as i64))
}

fn pause(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("pause", a, kw, 0, 0)?;
    let os = os()?;
    (os.pause)();
    (os.check)()?;
    Ok(none())
}

fn set_wakeup_fd(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [fd, _warn, ..] = crate::util::bind(
        "set_wakeup_fd",
        a,
        kw,
        &["fd", "warn_on_full_buffer"],
        1,
        1,
        1,
    )?;
    let fd = int_arg(fd)?;
    if fd != -1 {
        if fd < 0 || fd > i32::MAX as i64 {
            return Err(value_error(format!("fd {fd} is out of range")));
        }
        if let Err(e) = ferrite_runtime::fd::fstat(fd as i32) {
            return Err(os_error(e.raw_os_error().unwrap_or(9)));
        }
    }
    Ok(new_int((os()?.set_wakeup_fd)(fd as i32) as i64))
}
