//! `_io.FileIO`: raw, unbuffered I/O on a file descriptor.

use super::*;
use ferrite_runtime::fd;
use ferrite_runtime::methods::bytes::{buffer_arg, bytearray_vec, is_bytes_like};
use ferrite_runtime::methods::getset_rw;
use ferrite_runtime::objects::native::native_object;

pub struct FileIO {
    pub fd: i32,
    pub readable: bool,
    pub writable: bool,
    pub appending: bool,
    pub created: bool,
    pub closefd: bool,
    /// -1 unknown, 0 no, 1 yes
    pub seekable: i8,
    pub blksize: i64,
    /// the `name` attribute (path or descriptor as given), NULL when unset
    pub name: Value,
}

impl NativeData for FileIO {
    fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
        t.visit(Value::slot(&mut self.name));
    }
}

impl Drop for FileIO {
    fn drop(&mut self) {
        // an unclosed file object that dies closes its descriptor (CPython's dealloc)
        if self.fd >= 0 && self.closefd {
            let _ = fd::close(self.fd);
            self.fd = -1;
        }
    }
}

impl FileIO {
    fn empty() -> FileIO {
        FileIO {
            fd: -1,
            readable: false,
            writable: false,
            appending: false,
            created: false,
            closefd: true,
            seekable: -1,
            blksize: 0,
            name: Value::NULL,
        }
    }
}

fn fio(v: Value) -> PyResult<&'static mut FileIO> {
    data::<FileIO>(v)
}

/// The open descriptor of FileIO `v`, or the closed-file ValueError.
fn open_fd(v: Value) -> PyResult<i32> {
    let f = fio(v)?;
    if f.fd < 0 {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(f.fd)
}

fn err_mode(action: &str) -> PyErr {
    unsupported(&format!("File not open for {action}"))
}

/// The block size of FileIO `raw` (for the default buffer size), if it is one of ours.
pub(crate) fn blksize(raw: Value) -> Option<i64> {
    let f = native_mut::<FileIO>(raw)?;
    (f.blksize > 0).then_some(f.blksize)
}

/// Descriptor of `raw` when it is exactly our FileIO (buffered layers call it directly).
pub(crate) fn fast_fd(raw: Value) -> Option<i32> {
    if is_exact(raw, T::FileIO) {
        native_mut::<FileIO>(raw).map(|f| f.fd)
    } else {
        None
    }
}

fn fileio_new(a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_native_for(a[0], ty(T::FileIO), FileIO::empty()))
}

/// The path of a `file` argument (str, bytes or os.PathLike) as bytes for open(2).
fn path_bytes(file: Value) -> PyResult<(Vec<u8>, Value)> {
    let mut p = file;
    if !is_str(p) && !is_bytes(p) {
        if let Some(m) = ferrite_runtime::types::lookup(type_of(p), "__fspath__") {
            p = ops::call_method_obj(m, p, &[], &[])?;
            if !is_str(p) && !is_bytes(p) {
                return Err(ferrite_runtime::errors::type_error(format!(
                    "expected {}.__fspath__() to return str or bytes, not {}",
                    type_name_of(file),
                    type_name_of(p)
                )));
            }
        } else {
            return Err(ferrite_runtime::errors::type_error(format!(
                "expected str, bytes or os.PathLike object, not {}",
                type_name_of(file)
            )));
        }
    }
    let b = if is_str(p) {
        str_of(p).as_bytes().to_vec()
    } else {
        bytes_data(p).to_vec()
    };
    if b.contains(&0) {
        return Err(value_error("embedded null byte"));
    }
    Ok((b, p))
}

fn fileio_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let [file, mode, closefd, opener] = parse_args(
        "FileIO",
        &a[1..],
        kw,
        ["file", "mode", "closefd", "opener"],
        4,
        1,
    )?;
    // re-initialising closes the previous descriptor
    {
        let f = fio(s)?;
        if f.fd >= 0 {
            if f.closefd {
                let _ = fd::close(f.fd);
            }
            f.fd = -1;
        }
    }
    if file.is_ptr() && type_of(file) == bt(BT::Float) {
        return Err(ferrite_runtime::errors::type_error(
            "integer argument expected, got float",
        ));
    }
    let mut given_fd: i32 = -1;
    if ferrite_runtime::objects::int::is_int(file) {
        let n = ops::index_value(file)?;
        if n < 0 {
            return Err(value_error("negative file descriptor"));
        }
        given_fd = i32::try_from(n)
            .map_err(|_| ferrite_runtime::errors::overflow_error("fd is greater than maximum"))?;
    }
    let mode_s = if mode.is_null() {
        "r"
    } else if is_str(mode) {
        str_of(mode)
    } else {
        return Err(ferrite_runtime::errors::type_error(format!(
            "FileIO() argument 'mode' must be str, not {}",
            type_name_of(mode)
        )));
    };
    let closefd = flag_arg(closefd, true)?;
    let (mut rwa, mut plus) = (false, false);
    let (mut readable, mut writable, mut appending, mut created) = (false, false, false, false);
    let mut flags = 0i32;
    let bad_mode = || {
        value_error("Must have exactly one of create/read/write/append mode and at most one plus")
    };
    for c in mode_s.chars() {
        match c {
            'x' | 'r' | 'w' | 'a' => {
                if rwa {
                    return Err(bad_mode());
                }
                rwa = true;
                match c {
                    'x' => {
                        created = true;
                        writable = true;
                        flags |= fd::flags::O_EXCL | fd::flags::O_CREAT;
                    }
                    'r' => readable = true,
                    'w' => {
                        writable = true;
                        flags |= fd::flags::O_CREAT | fd::flags::O_TRUNC;
                    }
                    _ => {
                        writable = true;
                        appending = true;
                        flags |= fd::flags::O_APPEND | fd::flags::O_CREAT;
                    }
                }
            }
            '+' => {
                if plus {
                    return Err(bad_mode());
                }
                readable = true;
                writable = true;
                plus = true;
            }
            'b' => {}
            _ => return Err(value_error(format!("invalid mode: {mode_s}"))),
        }
    }
    if !rwa {
        return Err(bad_mode());
    }
    flags |= if readable && writable {
        fd::flags::O_RDWR
    } else if readable {
        fd::flags::O_RDONLY
    } else {
        fd::flags::O_WRONLY
    };
    flags |= fd::flags::O_CLOEXEC;

    let (fdv, owned) = if given_fd >= 0 {
        (given_fd, closefd)
    } else {
        if !closefd {
            return Err(value_error("Cannot use closefd=False with file name"));
        }
        let opener = if opener.is_null() { none() } else { opener };
        if opener == none() {
            let (p, _) = path_bytes(file)?;
            let c = std::ffi::CString::new(p).map_err(|_| value_error("embedded null byte"))?;
            let r = ferrite_gc::blocking(|| fd::open(&c, flags, 0o666));
            match r {
                Ok(n) => (n, true),
                Err(e) => return Err(os_error(&e, file)),
            }
        } else {
            let r = ops::call(opener, &[file, new_int(flags as i64)], &[])?;
            if !ferrite_runtime::objects::int::is_int(r) {
                return Err(ferrite_runtime::errors::type_error(
                    "expected integer from opener",
                ));
            }
            let n = ops::index_value(r)?;
            if n < 0 {
                return Err(value_error(format!("opener returned {n}")));
            }
            (n as i32, true)
        }
    };
    // a directory cannot be opened as a file; remember the block size
    let st = match fd::fstat(fdv) {
        Ok(st) => st,
        Err(e) => {
            if owned && given_fd < 0 {
                let _ = fd::close(fdv);
            }
            return Err(os_error(&e, Value::NULL));
        }
    };
    if st.is_dir {
        if given_fd < 0 {
            let _ = fd::close(fdv);
        }
        return Err(os_error_code(21, file));
    }
    if appending {
        let _ = fd::lseek(fdv, 0, 2);
    }
    let f = fio(s)?;
    f.fd = fdv;
    f.readable = readable;
    f.writable = writable;
    f.appending = appending;
    f.created = created;
    f.closefd = closefd;
    f.seekable = -1;
    f.blksize = st.blksize;
    f.name = file;
    if let Some(o) = native_object(s) {
        ferrite_runtime::object::write_barrier(o);
    }
    Ok(none())
}

fn fileio_read(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read", &a[1..], kw, 0, 1)?;
    let fdv = open_fd(a[0])?;
    if !fio(a[0])?.readable {
        return Err(err_mode("reading"));
    }
    let n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    if n < 0 {
        return readall_fd(fdv);
    }
    let mut buf = vec![0u8; n as usize];
    match ferrite_gc::blocking(|| fd::read(fdv, &mut buf)) {
        Ok(got) => Ok(new_bytes(&buf[..got])),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(none()),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

/// Reads to end of file from `fdv`, sizing the buffer from fstat when possible.
pub(crate) fn read_to_end(fdv: i32, out: &mut Vec<u8>) -> std::io::Result<bool> {
    let hint = match (fd::fstat(fdv), fd::lseek(fdv, 0, 1)) {
        (Ok(st), Ok(pos)) if st.size >= pos => (st.size - pos) as usize + 1,
        _ => DEFAULT_BUFFER_SIZE,
    };
    out.reserve(hint);
    loop {
        if out.capacity() - out.len() < 64 {
            out.reserve(out.capacity().max(DEFAULT_BUFFER_SIZE));
        }
        let start = out.len();
        let cap = out.capacity();
        out.resize(cap, 0);
        match fd::read(fdv, &mut out[start..]) {
            Ok(0) => {
                out.truncate(start);
                return Ok(true);
            }
            Ok(n) => out.truncate(start + n),
            Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                out.truncate(start);
                return Ok(false);
            }
            Err(e) => {
                out.truncate(start);
                return Err(e);
            }
        }
    }
}

fn readall_fd(fdv: i32) -> PyResult<Value> {
    let mut out = Vec::new();
    match ferrite_gc::blocking(|| read_to_end(fdv, &mut out)) {
        Ok(true) => Ok(new_bytes(&out)),
        Ok(false) if out.is_empty() => Ok(none()),
        Ok(false) => Ok(new_bytes(&out)),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

fn fileio_readall(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readall", &a[1..], kw, 0, 0)?;
    let fdv = open_fd(a[0])?;
    readall_fd(fdv)
}

fn fileio_readinto(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readinto", &a[1..], kw, 1, 1)?;
    let fdv = open_fd(a[0])?;
    if !fio(a[0])?.readable {
        return Err(err_mode("reading"));
    }
    let n = writable_len(a[1], "readinto")?;
    let mut buf = vec![0u8; n];
    match ferrite_gc::blocking(|| fd::read(fdv, &mut buf)) {
        Ok(got) => {
            copy_into(a[1], &buf[..got])?;
            Ok(new_int(got as i64))
        }
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(none()),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

/// One write(2) of a bytes-like object; None when it would block.
fn fileio_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("write", &a[1..], kw, 1, 1)?;
    let fdv = open_fd(a[0])?;
    if !fio(a[0])?.writable {
        return Err(err_mode("writing"));
    }
    let b = a[1];
    let r = if is_bytes_like(b) {
        let d = bytes_data(b);
        ferrite_gc::blocking(|| fd::write(fdv, d))
    } else {
        let d = buffer_arg(b)?;
        ferrite_gc::blocking(|| fd::write(fdv, &d))
    };
    match r {
        Ok(n) => Ok(new_int(n as i64)),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(none()),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

pub(crate) fn pos_arg(v: Value) -> PyResult<i64> {
    if v.is_ptr() && type_of(v) == bt(BT::Float) {
        return Err(ferrite_runtime::errors::type_error(
            "an integer is required",
        ));
    }
    ops::index_value(v)
}

fn fileio_seek(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("seek", &a[1..], kw, 1, 2)?;
    let fdv = open_fd(a[0])?;
    let pos = pos_arg(a[1])?;
    let whence = if a.len() > 2 {
        ops::index_value(a[2])?
    } else {
        0
    };
    match fd::lseek(fdv, pos, whence as i32) {
        Ok(p) => Ok(new_int(p)),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

fn fileio_tell(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("tell", &a[1..], kw, 0, 0)?;
    let fdv = open_fd(a[0])?;
    match fd::lseek(fdv, 0, 1) {
        Ok(p) => Ok(new_int(p)),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

fn fileio_truncate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("truncate", &a[1..], kw, 0, 1)?;
    let fdv = open_fd(a[0])?;
    if !fio(a[0])?.writable {
        return Err(err_mode("writing"));
    }
    let size = match a.get(1) {
        Some(&v) if v != none() => pos_arg(v)?,
        _ => fd::lseek(fdv, 0, 1).map_err(|e| os_error(&e, Value::NULL))?,
    };
    fd::ftruncate(fdv, size).map_err(|e| os_error(&e, Value::NULL))?;
    Ok(new_int(size))
}

fn fileio_seekable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("seekable", &a[1..], kw, 0, 0)?;
    let fdv = open_fd(a[0])?;
    let f = fio(a[0])?;
    if f.seekable < 0 {
        f.seekable = fd::lseek(fdv, 0, 1).is_ok() as i8;
    }
    Ok(py_bool(f.seekable == 1))
}
fn fileio_readable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readable", &a[1..], kw, 0, 0)?;
    open_fd(a[0])?;
    Ok(py_bool(fio(a[0])?.readable))
}
fn fileio_writable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("writable", &a[1..], kw, 0, 0)?;
    open_fd(a[0])?;
    Ok(py_bool(fio(a[0])?.writable))
}
fn fileio_fileno(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("fileno", &a[1..], kw, 0, 0)?;
    Ok(new_int(open_fd(a[0])? as i64))
}
fn fileio_isatty(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("isatty", &a[1..], kw, 0, 0)?;
    let fdv = open_fd(a[0])?;
    Ok(py_bool(fd::isatty(fdv)))
}

fn fileio_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", &a[1..], kw, 0, 0)?;
    let s = a[0];
    // a subclass may override flush: _RawIOBase.close calls it first
    let flushed = if is_exact(s, T::FileIO) {
        Ok(none())
    } else if fio(s)?.fd >= 0 {
        ops::call_method(s, "flush", &[])
    } else {
        Ok(none())
    };
    let f = fio(s)?;
    let fdv = f.fd;
    f.fd = -1;
    if fdv >= 0 && f.closefd {
        if let Err(e) = fd::close(fdv) {
            flushed?;
            return Err(os_error(&e, Value::NULL));
        }
    }
    flushed.map(|_| none())
}

fn fileio_closed(v: Value) -> PyResult<Value> {
    Ok(py_bool(fio(v)?.fd < 0))
}
fn fileio_closefd(v: Value) -> PyResult<Value> {
    Ok(py_bool(fio(v)?.closefd))
}
pub(crate) fn mode_string(f: &FileIO) -> &'static str {
    if f.created {
        if f.readable {
            "xb+"
        } else {
            "xb"
        }
    } else if f.appending {
        if f.readable {
            "ab+"
        } else {
            "ab"
        }
    } else if f.readable {
        if f.writable {
            "rb+"
        } else {
            "rb"
        }
    } else {
        "wb"
    }
}
fn fileio_mode(v: Value) -> PyResult<Value> {
    Ok(new_str(mode_string(fio(v)?)))
}
fn fileio_name_get(v: Value) -> PyResult<Value> {
    let n = fio(v)?.name;
    if n.is_null() {
        return Err(ferrite_runtime::errors::attribute_error(
            "'_io.FileIO' object has no attribute 'name'",
        ));
    }
    Ok(n)
}
fn fileio_name_set(v: Value, x: Value) -> PyResult<()> {
    fio(v)?.name = x;
    if let Some(o) = native_object(v) {
        ferrite_runtime::object::write_barrier(o);
    }
    Ok(())
}
fn fileio_blksize(v: Value) -> PyResult<Value> {
    Ok(new_int(fio(v)?.blksize))
}

fn fileio_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let tname = format!(
        "{}.{}",
        ops::str_string(ops::getattr_str(type_of(s), "__module__")?)?,
        ferrite_runtime::types::type_name_of(s)
    );
    let f = fio(s)?;
    if f.fd < 0 {
        return Ok(new_str(&format!("<{tname} [closed]>")));
    }
    let (name, mode, closefd) = (f.name, mode_string(f), f.closefd);
    let closefd = if closefd { "True" } else { "False" };
    if name.is_null() {
        let fdv = f.fd;
        return Ok(new_str(&format!(
            "<{tname} fd={fdv} mode='{mode}' closefd={closefd}>"
        )));
    }
    let r = ops::repr_guard(s, || ops::repr_string(name));
    match r {
        Some(r) => Ok(new_str(&format!(
            "<{tname} name={} mode='{mode}' closefd={closefd}>",
            r?
        ))),
        None => Err(ferrite_runtime::errors::runtime_error(format!(
            "reentrant call inside {tname}.__repr__"
        ))),
    }
}

fn fileio_getstate(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(ferrite_runtime::errors::type_error(format!(
        "cannot pickle '{}' instances",
        ferrite_runtime::types::type_name_of(a[0])
    )))
}

/// Reads from `raw` (our FileIO) straight into `buf`: used by the buffered layers.
pub(crate) fn raw_read_into(fdv: i32, buf: &mut [u8]) -> PyResult<Option<usize>> {
    match ferrite_gc::blocking(|| fd::read(fdv, buf)) {
        Ok(n) => Ok(Some(n)),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

pub(crate) fn raw_write(fdv: i32, buf: &[u8]) -> PyResult<Option<usize>> {
    match ferrite_gc::blocking(|| fd::write(fdv, buf)) {
        Ok(n) => Ok(Some(n)),
        Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => Ok(None),
        Err(e) => Err(os_error(&e, Value::NULL)),
    }
}

pub(crate) fn raw_seek(fdv: i32, pos: i64, whence: i32) -> PyResult<i64> {
    fd::lseek(fdv, pos, whence).map_err(|e| os_error(&e, Value::NULL))
}

pub(crate) fn init_type(t: Value) {
    def_new(t, fileio_new);
    defs(
        t,
        &[
            ("__init__", fileio_init),
            ("read", fileio_read),
            ("readall", fileio_readall),
            ("readinto", fileio_readinto),
            ("write", fileio_write),
            ("seek", fileio_seek),
            ("tell", fileio_tell),
            ("truncate", fileio_truncate),
            ("seekable", fileio_seekable),
            ("readable", fileio_readable),
            ("writable", fileio_writable),
            ("fileno", fileio_fileno),
            ("isatty", fileio_isatty),
            ("close", fileio_close),
            ("__repr__", fileio_repr),
            ("__getstate__", fileio_getstate),
        ],
    );
    getset(t, "closed", fileio_closed);
    getset(t, "closefd", fileio_closefd);
    getset(t, "mode", fileio_mode);
    getset(t, "_blksize", fileio_blksize);
    getset_rw(t, "name", fileio_name_get, fileio_name_set);
    let _ = bytearray_vec;
}
