//! Safe wrappers over the POSIX file-descriptor calls the `_io` module (FileIO) needs: a
//! Python file object owns a raw integer descriptor (it may come from `os.open`, a pipe or
//! the standard streams), which std's `File` cannot borrow without `unsafe`. Every function
//! returns the OS error (errno) on failure; none of them takes ownership of memory.

use std::io;

fn check(r: libc::c_int) -> io::Result<libc::c_int> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r)
    }
}

fn check_size(r: libc::ssize_t) -> io::Result<usize> {
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r as usize)
    }
}

/// `read(2)` into `buf`, retrying on EINTR.
pub fn read(fd: i32, buf: &mut [u8]) -> io::Result<usize> {
    loop {
        // SAFETY: `buf` is a valid writable region of `buf.len()` bytes.
        let r = unsafe { libc::read(fd, buf.as_mut_ptr() as *mut libc::c_void, buf.len()) };
        match check_size(r) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// `write(2)` of `buf` (one call: may write less), retrying on EINTR.
pub fn write(fd: i32, buf: &[u8]) -> io::Result<usize> {
    loop {
        // SAFETY: `buf` is a valid readable region of `buf.len()` bytes.
        let r = unsafe { libc::write(fd, buf.as_ptr() as *const libc::c_void, buf.len()) };
        match check_size(r) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// `lseek(2)`; `whence` is 0 (SEEK_SET), 1 (SEEK_CUR) or 2 (SEEK_END).
pub fn lseek(fd: i32, pos: i64, whence: i32) -> io::Result<i64> {
    // SAFETY: plain system call on integers.
    let r = unsafe { libc::lseek(fd, pos as libc::off_t, whence) };
    if r < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(r as i64)
    }
}

/// `close(2)`.
pub fn close(fd: i32) -> io::Result<()> {
    // SAFETY: plain system call on an integer; the caller gives up the descriptor.
    check(unsafe { libc::close(fd) }).map(|_| ())
}

/// `ftruncate(2)`.
pub fn ftruncate(fd: i32, len: i64) -> io::Result<()> {
    // SAFETY: plain system call on integers.
    check(unsafe { libc::ftruncate(fd, len as libc::off_t) }).map(|_| ())
}

/// `isatty(3)`.
pub fn isatty(fd: i32) -> bool {
    // SAFETY: plain call on an integer.
    unsafe { libc::isatty(fd) == 1 }
}

/// What `fstat(2)` tells the io module: (is a directory, size in bytes, block size).
pub struct FdStat {
    pub is_dir: bool,
    pub size: i64,
    pub blksize: i64,
}

pub fn fstat(fd: i32) -> io::Result<FdStat> {
    // SAFETY: `st` is a plain C struct that fstat fills; zeroed is a valid initial value.
    let mut st: libc::stat = unsafe { std::mem::zeroed() };
    // SAFETY: `st` is a valid, writable stat struct.
    check(unsafe { libc::fstat(fd, &mut st) })?;
    Ok(FdStat {
        is_dir: st.st_mode & libc::S_IFMT == libc::S_IFDIR,
        size: st.st_size as i64,
        blksize: st.st_blksize as i64,
    })
}

/// `open(2)` of a path with raw flags and mode (O_CLOEXEC is the caller's choice).
pub fn open(path: &std::ffi::CStr, flags: i32, mode: u32) -> io::Result<i32> {
    loop {
        // SAFETY: `path` is a NUL-terminated string that outlives the call.
        let r = unsafe { libc::open(path.as_ptr(), flags, mode as libc::c_uint) };
        match check(r) {
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            r => return r,
        }
    }
}

/// Open flags with their Linux values, for `opener` callables and mode strings.
pub mod flags {
    pub const O_RDONLY: i32 = libc::O_RDONLY;
    pub const O_WRONLY: i32 = libc::O_WRONLY;
    pub const O_RDWR: i32 = libc::O_RDWR;
    pub const O_CREAT: i32 = libc::O_CREAT;
    pub const O_EXCL: i32 = libc::O_EXCL;
    pub const O_TRUNC: i32 = libc::O_TRUNC;
    pub const O_APPEND: i32 = libc::O_APPEND;
    pub const O_CLOEXEC: i32 = libc::O_CLOEXEC;
}

/// The C library's message for errno `e` ("No such file or directory").
pub fn strerror(e: i32) -> String {
    let s = io::Error::from_raw_os_error(e).to_string();
    match s.rfind(" (os error ") {
        Some(i) => s[..i].to_string(),
        None => s,
    }
}
