//! The system calls `posix`, `select`, `_socket` and `time` need beyond the fd-level ones in
//! `ferrite_runtime::fd` (read, write, lseek, close, ftruncate, isatty, strerror, which `_io`
//! shares), behind safe functions. This is the one place in stdlib/ with `unsafe`: each call
//! only passes buffers whose length it also passes, and NUL-terminated strings built by
//! `CString`.

use std::ffi::CString;
use std::io;

fn cvt(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}
fn cpath(p: &[u8]) -> io::Result<CString> {
    CString::new(p).map_err(|_| io::Error::new(io::ErrorKind::InvalidInput, "embedded null byte"))
}

/// open(2) of a path given as bytes, with close-on-exec (retries on EINTR in
/// `ferrite_runtime::fd::open`, which holds the fd-level calls shared with `_io`).
pub fn open(path: &[u8], flags: i32, mode: u32) -> io::Result<i32> {
    let c = cpath(path)?;
    ferrite_runtime::fd::open(&c, flags | libc::O_CLOEXEC, mode)
}

pub fn is_valid_fd(fd: i32) -> bool {
    // SAFETY: F_GETFD takes no pointers.
    unsafe { libc::fcntl(fd, libc::F_GETFD) != -1 }
}

pub fn dup(fd: i32) -> io::Result<i32> {
    // SAFETY: no pointers involved.
    cvt(unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) })
}

pub fn dup2(fd: i32, fd2: i32) -> io::Result<i32> {
    // SAFETY: no pointers involved.
    cvt(unsafe { libc::dup2(fd, fd2) })
}

pub fn fsync(fd: i32) -> io::Result<()> {
    // SAFETY: no pointers involved.
    cvt(unsafe { libc::fsync(fd) }).map(|_| ())
}

pub fn pipe() -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors pipe2 writes.
    cvt(unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_CLOEXEC) })?;
    Ok((fds[0], fds[1]))
}

pub fn getpid() -> i64 {
    std::process::id() as i64
}

pub fn getppid() -> i64 {
    // SAFETY: no pointers involved.
    unsafe { libc::getppid() as i64 }
}

pub fn umask(mask: u32) -> u32 {
    // SAFETY: no pointers involved.
    unsafe { libc::umask(mask as libc::mode_t) as u32 }
}

pub fn kill(pid: i64, sig: i32) -> io::Result<()> {
    // SAFETY: no pointers involved.
    cvt(unsafe { libc::kill(pid as libc::pid_t, sig) }).map(|_| ())
}

pub fn access(path: &[u8], mode: i32) -> io::Result<bool> {
    let c = cpath(path)?;
    // SAFETY: `c` is NUL-terminated.
    Ok(unsafe { libc::access(c.as_ptr(), mode) } == 0)
}

pub fn ids() -> (u32, u32, u32, u32) {
    // SAFETY: these getters cannot fail and take no pointers.
    unsafe {
        (
            libc::getuid(),
            libc::geteuid(),
            libc::getgid(),
            libc::getegid(),
        )
    }
}

pub fn gettid() -> i64 {
    // SAFETY: no pointers involved.
    unsafe { libc::gettid() as i64 }
}

/// uname(2) fields: sysname, nodename, release, version, machine.
pub fn uname() -> io::Result<[String; 5]> {
    // SAFETY: utsname is plain data; uname fills it with NUL-terminated strings.
    let mut u: libc::utsname = unsafe { std::mem::zeroed() };
    cvt(unsafe { libc::uname(&mut u) })?;
    let f = |a: &[libc::c_char]| {
        let b: Vec<u8> = a
            .iter()
            .take_while(|&&c| c != 0)
            .map(|&c| c as u8)
            .collect();
        String::from_utf8_lossy(&b).into_owned()
    };
    Ok([
        f(&u.sysname),
        f(&u.nodename),
        f(&u.release),
        f(&u.version),
        f(&u.machine),
    ])
}

/// times(2): (user, system, children_user, children_system, elapsed) in seconds.
pub fn times() -> io::Result<[f64; 5]> {
    // SAFETY: tms is plain data that times fills.
    let mut t: libc::tms = unsafe { std::mem::zeroed() };
    let r = unsafe { libc::times(&mut t) };
    if r == (-1i64) as libc::clock_t {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: sysconf takes no pointers.
    let hz = unsafe { libc::sysconf(libc::_SC_CLK_TCK) } as f64;
    Ok([
        t.tms_utime as f64 / hz,
        t.tms_stime as f64 / hz,
        t.tms_cutime as f64 / hz,
        t.tms_cstime as f64 / hz,
        r as f64 / hz,
    ])
}

/// Terminal size of `fd` (columns, lines).
pub fn terminal_size(fd: i32) -> io::Result<(u16, u16)> {
    // SAFETY: winsize is plain data; TIOCGWINSZ writes exactly one winsize.
    let mut w: libc::winsize = unsafe { std::mem::zeroed() };
    cvt(unsafe { libc::ioctl(fd, libc::TIOCGWINSZ, &mut w) })?;
    Ok((w.ws_col, w.ws_row))
}

pub fn exit_now(code: i32) -> ! {
    // SAFETY: _exit ends the process without running destructors, which is its documented use.
    unsafe { libc::_exit(code) }
}

pub fn sysconf(name: i32) -> i64 {
    // SAFETY: no pointers involved.
    unsafe { libc::sysconf(name) as i64 }
}

/// The process's environment as raw bytes (what `posix.environ` holds).
pub fn environ() -> Vec<(Vec<u8>, Vec<u8>)> {
    use std::os::unix::ffi::OsStringExt;
    std::env::vars_os()
        .map(|(k, v)| (k.into_vec(), v.into_vec()))
        .collect()
}

pub fn putenv(k: &[u8], v: &[u8]) -> io::Result<()> {
    let kc = cpath(k)?;
    let vc = cpath(v)?;
    // SAFETY: both strings are NUL-terminated; setenv copies them.
    cvt(unsafe { libc::setenv(kc.as_ptr(), vc.as_ptr(), 1) }).map(|_| ())
}

pub fn unsetenv(k: &[u8]) -> io::Result<()> {
    let kc = cpath(k)?;
    // SAFETY: NUL-terminated string.
    cvt(unsafe { libc::unsetenv(kc.as_ptr()) }).map(|_| ())
}

extern "C" {
    /// C library's tzset(3) (not exported by the libc crate): reads TZ into the local zone.
    fn tzset();
}

/// Broken-down time: (year, month 1-12, mday, hour, min, sec, wday Mon=0, yday 1-366, isdst,
/// utc offset seconds, zone name).
pub type Tm = (i64, i64, i64, i64, i64, i64, i64, i64, i64, i64, String);

fn tm_of(t: &libc::tm) -> Tm {
    let zone = if t.tm_zone.is_null() {
        String::new()
    } else {
        // SAFETY: tm_zone points to a NUL-terminated static string owned by libc's tz data.
        unsafe { std::ffi::CStr::from_ptr(t.tm_zone) }
            .to_string_lossy()
            .into_owned()
    };
    (
        t.tm_year as i64 + 1900,
        t.tm_mon as i64 + 1,
        t.tm_mday as i64,
        t.tm_hour as i64,
        t.tm_min as i64,
        t.tm_sec as i64,
        (t.tm_wday as i64 + 6) % 7,
        t.tm_yday as i64 + 1,
        t.tm_isdst as i64,
        t.tm_gmtoff,
        zone,
    )
}

/// gmtime_r / localtime_r of `secs` since the epoch.
pub fn broken_down(secs: i64, local: bool) -> io::Result<Tm> {
    // SAFETY: tm is plain data filled by the reentrant libc call; `t` outlives the call.
    let mut out: libc::tm = unsafe { std::mem::zeroed() };
    let t = secs as libc::time_t;
    let r = unsafe {
        if local {
            tzset();
            libc::localtime_r(&t, &mut out)
        } else {
            libc::gmtime_r(&t, &mut out)
        }
    };
    if r.is_null() {
        return Err(io::Error::from_raw_os_error(libc::EOVERFLOW));
    }
    Ok(tm_of(&out))
}

/// mktime(3) of a local broken-down time (fields as `Tm`, isdst -1 = unknown).
pub fn mktime(y: i64, mon: i64, d: i64, h: i64, mi: i64, s: i64, isdst: i64) -> io::Result<f64> {
    // SAFETY: tm is plain data; mktime normalises it in place.
    let mut t: libc::tm = unsafe { std::mem::zeroed() };
    t.tm_year = (y - 1900) as i32;
    t.tm_mon = (mon - 1) as i32;
    t.tm_mday = d as i32;
    t.tm_hour = h as i32;
    t.tm_min = mi as i32;
    t.tm_sec = s as i32;
    t.tm_isdst = isdst as i32;
    t.tm_wday = -1;
    let r = unsafe {
        tzset();
        libc::mktime(&mut t)
    };
    if r == -1 && t.tm_wday == -1 {
        return Err(io::Error::from_raw_os_error(libc::EOVERFLOW));
    }
    Ok(r as f64)
}

/// (timezone, altzone, daylight, tzname std, tzname dst) as C's tzset leaves them, derived
/// from January and July of the current year as CPython does.
pub fn tz_info() -> (i64, i64, i64, String, String) {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs() as i64)
        .unwrap_or(0);
    let year_start = now - (now % (365 * 86400));
    let jan = broken_down(year_start, true).ok();
    let jul = broken_down(year_start + 182 * 86400, true).ok();
    match (jan, jul) {
        (Some(j), Some(u)) => {
            let (std, dst) = if j.9 <= u.9 { (j, u) } else { (u, j) };
            (-std.9, -dst.9, (std.9 != dst.9) as i64, std.10, dst.10)
        }
        _ => (0, 0, 0, "UTC".into(), "UTC".into()),
    }
}

/// poll(2) over (fd, events) pairs; returns each fd's revents. `timeout_ms` < 0 waits forever.
pub fn poll(fds: &[(i32, i16)], timeout_ms: i32) -> io::Result<Vec<i16>> {
    let mut p: Vec<libc::pollfd> = fds
        .iter()
        .map(|&(fd, events)| libc::pollfd {
            fd,
            events,
            revents: 0,
        })
        .collect();
    loop {
        // SAFETY: `p` holds p.len() initialised pollfd structs that poll may update.
        let r = unsafe { libc::poll(p.as_mut_ptr(), p.len() as libc::nfds_t, timeout_ms) };
        if r < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        return Ok(p.iter().map(|x| x.revents).collect());
    }
}

pub const POLLIN: i16 = libc::POLLIN;
pub const POLLOUT: i16 = libc::POLLOUT;
pub const POLLPRI: i16 = libc::POLLPRI;
pub const POLLERR: i16 = libc::POLLERR;
pub const POLLHUP: i16 = libc::POLLHUP;
pub const POLLNVAL: i16 = libc::POLLNVAL;

/// socket(2) with close-on-exec.
pub fn socket(family: i32, ty: i32, proto: i32) -> io::Result<i32> {
    // SAFETY: no pointers involved.
    cvt(unsafe { libc::socket(family, ty | libc::SOCK_CLOEXEC, proto) })
}

/// socketpair(2) with close-on-exec.
pub fn socketpair(family: i32, ty: i32, proto: i32) -> io::Result<(i32, i32)> {
    let mut fds = [0 as libc::c_int; 2];
    // SAFETY: `fds` has room for the two descriptors socketpair writes.
    cvt(unsafe { libc::socketpair(family, ty | libc::SOCK_CLOEXEC, proto, fds.as_mut_ptr()) })?;
    Ok((fds[0], fds[1]))
}

/// Sets or clears O_NONBLOCK.
pub fn set_nonblocking(fd: i32, on: bool) -> io::Result<()> {
    // SAFETY: F_GETFL/F_SETFL take no pointers.
    let fl = cvt(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    let nf = if on {
        fl | libc::O_NONBLOCK
    } else {
        fl & !libc::O_NONBLOCK
    };
    cvt(unsafe { libc::fcntl(fd, libc::F_SETFL, nf) }).map(|_| ())
}

pub fn is_nonblocking(fd: i32) -> io::Result<bool> {
    // SAFETY: F_GETFL takes no pointers.
    let fl = cvt(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    Ok(fl & libc::O_NONBLOCK != 0)
}

pub fn shutdown(fd: i32, how: i32) -> io::Result<()> {
    // SAFETY: no pointers involved.
    cvt(unsafe { libc::shutdown(fd, how) }).map(|_| ())
}

/// waitpid(2): (pid, status).
pub fn waitpid(pid: i64, options: i32) -> io::Result<(i64, i32)> {
    let mut status: libc::c_int = 0;
    loop {
        // SAFETY: `status` is a valid out-pointer for the call.
        let r = unsafe { libc::waitpid(pid as libc::pid_t, &mut status, options) };
        if r < 0 {
            let e = io::Error::last_os_error();
            if e.kind() == io::ErrorKind::Interrupted {
                continue;
            }
            return Err(e);
        }
        return Ok((r as i64, status));
    }
}
