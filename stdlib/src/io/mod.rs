//! The `_io` module: CPython's C implementation of the io stack, in Rust.
//!
//! Layers (as in CPython): raw I/O (`FileIO`, on a file descriptor), buffered I/O
//! (`BufferedReader`/`BufferedWriter`/`BufferedRandom`/`BufferedRWPair` over any raw object),
//! text I/O (`TextIOWrapper` over any buffered object), and the in-memory streams `BytesIO`
//! and `StringIO`. `_IOBase` and its three abstract children carry the generic methods that
//! work through Python-level calls (so user subclasses behave as in CPython); the concrete
//! classes keep their state in Rust (native objects) and take fast paths when the object
//! below them is one of ours.
//!
//! `open()` is `builtins.open` in CPython: the binary wires it (`open` here is public).

pub mod buffered;
pub mod bytesio;
pub mod fileio;
pub mod stringio;
pub mod textio;

use ferrite_runtime::args::{check, positional};
use ferrite_runtime::errors::{exc_type, new_exc, value_error, Exc, PyErr, PyResult};
use ferrite_runtime::methods::bytes::{bytes_data, new_bytes};
use ferrite_runtime::methods::{def, def_new, getset};
use ferrite_runtime::object::{bt, layout_of, none, py_bool, type_of, Layout, BT};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict};
use ferrite_runtime::objects::function::NativeFn;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_len, list_push, new_list};
use ferrite_runtime::objects::native::{native_mut, new_native_for, new_native_type, NativeData};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::ops;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

pub const DEFAULT_BUFFER_SIZE: usize = 8192;

/// The module's classes, by index into TYPES.
#[derive(Clone, Copy)]
#[repr(usize)]
pub(crate) enum T {
    IOBase,
    RawIOBase,
    BufferedIOBase,
    TextIOBase,
    FileIO,
    BytesIO,
    StringIO,
    BufferedReader,
    BufferedWriter,
    BufferedRandom,
    BufferedRWPair,
    TextIOWrapper,
    IncrementalNewlineDecoder,
    /// a heap class (OSError, ValueError): kept alive by ROOTS' dict
    UnsupportedOperation,
    Count,
}

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicUsize = AtomicUsize::new(0);
static TYPES: [AtomicUsize; T::Count as usize] = [ZERO; T::Count as usize];

/// The class object for `t` (type objects never move).
#[inline]
pub(crate) fn ty(t: T) -> Value {
    Value(TYPES[t as usize].load(Ordering::Relaxed))
}

/// Is `v` exactly an instance of our native class `t` (not a Python subclass, which may
/// override methods the fast paths would skip)?
#[inline]
pub(crate) fn is_exact(v: Value, t: T) -> bool {
    v.is_ptr() && type_of(v) == ty(t)
}

// ------------------------------------------------------------------ errors and arguments

pub(crate) fn closed_error() -> PyErr {
    value_error("I/O operation on closed file.")
}

/// `io.UnsupportedOperation(msg)`.
pub(crate) fn unsupported(msg: &str) -> PyErr {
    match ops::call(ty(T::UnsupportedOperation), &[new_str(msg)], &[]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// An OSError subclass chosen by errno (as `OSError(errno, strerror[, filename])` does).
pub(crate) fn os_error(e: &std::io::Error, filename: Value) -> PyErr {
    let code = e.raw_os_error().unwrap_or(5);
    os_error_code(code, filename)
}

pub(crate) fn os_error_code(code: i32, filename: Value) -> PyErr {
    let msg = new_str(&ferrite_runtime::fd::strerror(code));
    let r = if filename.is_null() {
        ops::call(exc_type(Exc::OSError), &[new_int(code as i64), msg], &[])
    } else {
        ops::call(
            exc_type(Exc::OSError),
            &[new_int(code as i64), msg, filename],
            &[],
        )
    };
    match r {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// Keyword-capable argument parsing with Argument Clinic's messages. `args` excludes self;
/// `max_pos` is how many may come by position; the first `required` are required.
/// Missing optional arguments are NULL.
pub(crate) fn parse_args<const N: usize>(
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: [&str; N],
    max_pos: usize,
    required: usize,
) -> PyResult<[Value; N]> {
    let pos = positional(args, kwnames);
    let mut out = [Value::NULL; N];
    if pos.len() > max_pos {
        let msg = if max_pos == 0 {
            format!("{fname}() takes no positional arguments")
        } else {
            format!(
                "{fname}() takes {} {max_pos} positional argument{} ({} given)",
                if required < max_pos {
                    "at most"
                } else {
                    "exactly"
                },
                if max_pos == 1 { "" } else { "s" },
                pos.len()
            )
            .replace(" positional argument", " argument")
        };
        return Err(ferrite_runtime::errors::type_error(msg));
    }
    out[..pos.len()].copy_from_slice(pos);
    for (j, k) in kwnames.iter().enumerate() {
        let name = str_of(*k);
        match names.iter().position(|n| *n == name) {
            Some(i) => {
                if !out[i].is_null() {
                    return Err(ferrite_runtime::errors::type_error(format!(
                        "argument for {fname}() given by name ('{name}') and position ({})",
                        i + 1
                    )));
                }
                out[i] = args[pos.len() + j];
            }
            None => {
                return Err(ferrite_runtime::errors::type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_null() {
            return Err(ferrite_runtime::errors::type_error(format!(
                "{fname}() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// An optional size argument: NULL or None mean -1; otherwise an index-able int.
pub(crate) fn size_arg(v: Value) -> PyResult<i64> {
    if v.is_null() || v == none() {
        return Ok(-1);
    }
    if v.is_small_int() {
        return Ok(v.small());
    }
    if ferrite_runtime::types::lookup(type_of(v), "__index__").is_none() {
        return Err(ferrite_runtime::errors::type_error(format!(
            "argument should be integer or None, not '{}'",
            type_name_of(v)
        )));
    }
    ops::index_value(v)
}

pub(crate) fn is_str(v: Value) -> bool {
    v.is_ptr() && layout_of(v) == Layout::Str
}

pub(crate) fn is_bytes(v: Value) -> bool {
    v.is_ptr() && layout_of(v) == Layout::Bytes
}

/// `bool(v)` for an optional flag argument (NULL: the default).
pub(crate) fn flag_arg(v: Value, default: bool) -> PyResult<bool> {
    if v.is_null() {
        Ok(default)
    } else {
        ops::truthy(v)
    }
}

/// The native data of `v` as a `D`, or the error CPython gives for an object whose
/// `__init__` never ran.
pub(crate) fn data<D: NativeData>(v: Value) -> PyResult<&'static mut D> {
    native_mut::<D>(v).ok_or_else(|| value_error("I/O operation on uninitialized object"))
}

/// `obj.closed` as a bool.
pub(crate) fn is_closed(v: Value) -> PyResult<bool> {
    let c = ops::getattr_str(v, "closed")?;
    ops::truthy(c)
}

pub(crate) fn check_closed(v: Value) -> PyResult<()> {
    if is_closed(v)? {
        Err(closed_error())
    } else {
        Ok(())
    }
}

// ------------------------------------------------------------------ _IOBase and friends

/// State of a plain `_IOBase` (or abstract-base subclass) instance: its closed flag.
#[derive(Default)]
pub struct IOBase {
    pub closed: bool,
}
impl NativeData for IOBase {}

fn base_new_for(t: T) -> impl Fn(&[Value], &[Value]) -> PyResult<Value> {
    move |a: &[Value], _kw: &[Value]| Ok(new_native_for(a[0], ty(t), IOBase::default()))
}
fn iobase_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    base_new_for(T::IOBase)(a, kw)
}
fn rawiobase_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    base_new_for(T::RawIOBase)(a, kw)
}
fn bufferediobase_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    base_new_for(T::BufferedIOBase)(a, kw)
}
fn textiobase_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    base_new_for(T::TextIOBase)(a, kw)
}

fn iobase_closed_get(v: Value) -> PyResult<Value> {
    Ok(py_bool(native_mut::<IOBase>(v).is_some_and(|d| d.closed)))
}

fn iobase_unsupported(name: &'static str) -> PyErr {
    unsupported(name)
}

fn iobase_seek(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(iobase_unsupported("seek"))
}
fn iobase_tell(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("tell", &a[1..], kw, 0, 0)?;
    ops::call_method(a[0], "seek", &[new_int(0), new_int(1)])
}
fn iobase_truncate(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(iobase_unsupported("truncate"))
}
fn iobase_fileno(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(iobase_unsupported("fileno"))
}
fn iobase_flush(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("flush", &a[1..], kw, 0, 0)?;
    check_closed(a[0])?;
    Ok(none())
}
fn iobase_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", &a[1..], kw, 0, 0)?;
    let s = a[0];
    if is_closed(s)? {
        return Ok(none());
    }
    let r = ops::call_method(s, "flush", &[]);
    if let Some(d) = native_mut::<IOBase>(s) {
        d.closed = true;
    }
    r.map(|_| none())
}
fn iobase_false(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let _ = a;
    Ok(py_bool(false))
}
fn iobase_isatty(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("isatty", &a[1..], kw, 0, 0)?;
    check_closed(a[0])?;
    Ok(py_bool(false))
}
fn iobase_check_closed(a: &[Value], _: &[Value]) -> PyResult<Value> {
    check_closed(a[0])?;
    Ok(none())
}
fn check_flag(v: Value, method: &str, msg: &str) -> PyResult<()> {
    let r = ops::call_method(v, method, &[])?;
    if r != py_bool(true) {
        return Err(unsupported(msg));
    }
    Ok(())
}
fn iobase_check_readable(a: &[Value], _: &[Value]) -> PyResult<Value> {
    check_flag(a[0], "readable", "File or stream is not readable.")?;
    Ok(none())
}
fn iobase_check_writable(a: &[Value], _: &[Value]) -> PyResult<Value> {
    check_flag(a[0], "writable", "File or stream is not writable.")?;
    Ok(none())
}
fn iobase_check_seekable(a: &[Value], _: &[Value]) -> PyResult<Value> {
    check_flag(a[0], "seekable", "File or stream is not seekable.")?;
    Ok(none())
}
fn iobase_enter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    check_closed(a[0])?;
    Ok(a[0])
}
fn iobase_exit(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::call_method(a[0], "close", &[])
}
fn iobase_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    check_closed(a[0])?;
    Ok(a[0])
}
fn iobase_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let line = ops::call_method(a[0], "readline", &[])?;
    if ops::len(line)? == 0 {
        return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
    }
    Ok(line)
}
fn iobase_del(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_closed(a[0]).unwrap_or(true) {
        let _ = ops::call_method(a[0], "close", &[]);
    }
    Ok(none())
}

/// `_IOBase.readline`: through `peek` when the object has one, else byte by byte.
fn iobase_readline(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readline", &a[1..], kw, 0, 1)?;
    let s = a[0];
    let limit = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    let has_peek = ops::getattr_opt(s, ferrite_runtime::intern::intern("peek"))?.is_some();
    let mut res: Vec<u8> = Vec::new();
    while limit < 0 || (res.len() as i64) < limit {
        let mut nreadahead = 1i64;
        if has_peek {
            let ra = ops::call_method(s, "peek", &[new_int(1)])?;
            if !is_bytes(ra) {
                return Err(new_exc(
                    Exc::OSError,
                    &format!(
                        "peek() should have returned a bytes object, not '{}'",
                        type_name_of(ra)
                    ),
                ));
            }
            let rb = bytes_data(ra);
            if !rb.is_empty() {
                let mut n = match rb.iter().position(|&c| c == b'\n') {
                    Some(i) => i as i64 + 1,
                    None => rb.len() as i64,
                };
                if limit >= 0 {
                    n = n.min(limit - res.len() as i64);
                }
                nreadahead = n;
            }
        }
        let b = ops::call_method(s, "read", &[new_int(nreadahead)])?;
        if b == none() {
            break;
        }
        if !is_bytes(b) {
            return Err(new_exc(
                Exc::OSError,
                &format!(
                    "read() should have returned a bytes object, not '{}'",
                    type_name_of(b)
                ),
            ));
        }
        let bd = bytes_data(b);
        if bd.is_empty() {
            break;
        }
        res.extend_from_slice(bd);
        if res.last() == Some(&b'\n') {
            break;
        }
    }
    Ok(new_bytes(&res))
}

/// `readlines(hint=-1)` for any iterable stream.
pub(crate) fn iobase_readlines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readlines", &a[1..], kw, 0, 1)?;
    let hint = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    let l = new_list(&[]);
    let it = ops::iter(a[0])?;
    let mut total = 0i64;
    while let Some(line) = ops::next(it)? {
        list_push(l, line);
        if hint > 0 {
            total += ops::len(line)? as i64;
            if total >= hint {
                break;
            }
        }
    }
    let _ = list_len(l);
    Ok(l)
}

fn iobase_writelines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("writelines", &a[1..], kw, 1, 1)?;
    check_closed(a[0])?;
    let it = ops::iter(a[1])?;
    while let Some(line) = ops::next(it)? {
        ops::call_method(a[0], "write", &[line])?;
    }
    Ok(none())
}

fn iobase_dict(_: Value) -> PyResult<Value> {
    Ok(new_dict())
}

// _RawIOBase

fn rawiobase_read(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read", &a[1..], kw, 0, 1)?;
    let n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    if n < 0 {
        return ops::call_method(a[0], "readall", &[]);
    }
    let b = ferrite_runtime::methods::bytes::new_bytearray(vec![0u8; n as usize]);
    let r = ops::call_method(a[0], "readinto", &[b])?;
    if r == none() {
        return Ok(none());
    }
    let got = ops::index_value(r)?;
    if got < 0 || got > n {
        return Err(value_error(format!(
            "readinto returned {got} outside buffer size {n}"
        )));
    }
    let v = ferrite_runtime::methods::bytes::bytearray_vec(b);
    Ok(new_bytes(&v[..got as usize]))
}

fn rawiobase_readall(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readall", &a[1..], kw, 0, 0)?;
    let mut out: Vec<u8> = Vec::new();
    let mut any = false;
    loop {
        let d = ops::call_method(a[0], "read", &[new_int(DEFAULT_BUFFER_SIZE as i64)])?;
        if d == none() {
            if !any {
                return Ok(none());
            }
            break;
        }
        if !is_bytes(d) {
            return Err(ferrite_runtime::errors::type_error(
                "read() should return bytes",
            ));
        }
        let bd = bytes_data(d);
        if bd.is_empty() {
            break;
        }
        any = true;
        out.extend_from_slice(bd);
    }
    Ok(new_bytes(&out))
}

fn rawiobase_readinto(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(new_exc(Exc::NotImplementedError, ""))
}
fn rawiobase_write(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(new_exc(Exc::NotImplementedError, ""))
}

// _BufferedIOBase

fn bufbase_read(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(unsupported("read"))
}
fn bufbase_read1(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(unsupported("read1"))
}
fn bufbase_write(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(unsupported("write"))
}
fn bufbase_detach(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(unsupported("detach"))
}

/// Copies `data` into writable buffer `buf`; returns how many bytes fit.
pub(crate) fn copy_into(buf: Value, data: &[u8]) -> PyResult<usize> {
    match ferrite_runtime::methods::memoryview::writable_parts(buf)? {
        Some((b, s, l)) => {
            let n = data.len().min(l);
            let v = ferrite_runtime::methods::bytes::bytearray_vec(b);
            v[s..s + n].copy_from_slice(&data[..n]);
            Ok(n)
        }
        None => Err(ferrite_runtime::errors::type_error(format!(
            "readinto() argument must be read-write bytes-like object, not {}",
            type_name_of(buf)
        ))),
    }
}

/// Length of a writable buffer argument (TypeError for a read-only one).
pub(crate) fn writable_len(buf: Value, fname: &str) -> PyResult<usize> {
    match ferrite_runtime::methods::memoryview::writable_parts(buf)? {
        Some((_, _, l)) => Ok(l),
        None => Err(ferrite_runtime::errors::type_error(format!(
            "{fname}() argument must be read-write bytes-like object, not {}",
            type_name_of(buf)
        ))),
    }
}

fn bufbase_readinto_generic(
    a: &[Value],
    kw: &[Value],
    name: &str,
    method: &str,
) -> PyResult<Value> {
    check(name, &a[1..], kw, 1, 1)?;
    let n = writable_len(a[1], name)?;
    let d = ops::call_method(a[0], method, &[new_int(n as i64)])?;
    if !is_bytes(d) {
        return Err(ferrite_runtime::errors::type_error(
            "read() should return bytes",
        ));
    }
    let got = copy_into(a[1], bytes_data(d))?;
    Ok(new_int(got as i64))
}
fn bufbase_readinto(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    bufbase_readinto_generic(a, kw, "readinto", "read")
}
fn bufbase_readinto1(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    bufbase_readinto_generic(a, kw, "readinto1", "read1")
}

// _TextIOBase

fn textbase_read(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(unsupported("read"))
}
fn textbase_readline(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(unsupported("readline"))
}
fn textbase_write(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(unsupported("write"))
}
fn textbase_none(_: Value) -> PyResult<Value> {
    Ok(none())
}

// ------------------------------------------------------------------ module functions

/// `open_code(path)`: the file opened for reading in binary mode.
fn io_open_code(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [path] = parse_args("open_code", a, kw, ["path"], 1, 1)?;
    if !is_str(path) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "open_code() argument 'path' must be str, not {}",
            type_name_of(path)
        )));
    }
    ops::call(ty(T::FileIO), &[path, new_str("r")], &[])
}

/// `text_encoding(encoding, stacklevel=2, /)`.
fn io_text_encoding(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("text_encoding", a, kw, 1, 2)?;
    if a[0] == none() {
        return Ok(new_str("locale"));
    }
    Ok(a[0])
}

/// `open(file, mode='r', buffering=-1, encoding=None, errors=None, newline=None,
/// closefd=True, opener=None)`: `builtins.open`.
pub fn open(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [file, mode, buffering, encoding, errors, newline, closefd, opener] = parse_args(
        "open",
        a,
        kw,
        [
            "file",
            "mode",
            "buffering",
            "encoding",
            "errors",
            "newline",
            "closefd",
            "opener",
        ],
        8,
        1,
    )?;
    let mode_s = if mode.is_null() {
        "r".to_string()
    } else if is_str(mode) {
        str_of(mode).to_string()
    } else {
        return Err(ferrite_runtime::errors::type_error(format!(
            "open() argument 'mode' must be str, not {}",
            type_name_of(mode)
        )));
    };
    let buffering = if buffering.is_null() {
        -1
    } else {
        if buffering.is_ptr() && type_of(buffering) == bt(BT::Float) {
            return Err(ferrite_runtime::errors::type_error(
                "'float' object cannot be interpreted as an integer",
            ));
        }
        ops::index_value(buffering)?
    };
    let opt = |v: Value| if v.is_null() { none() } else { v };
    let closefd = flag_arg(closefd, true)?;
    open_impl(
        file,
        &mode_s,
        buffering,
        opt(encoding),
        opt(errors),
        opt(newline),
        closefd,
        opt(opener),
    )
}

fn str_or_none(v: Value, fname: &str, what: &str) -> PyResult<()> {
    if v != none() && !is_str(v) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "{fname}() argument '{what}' must be str or None, not {}",
            type_name_of(v)
        )));
    }
    Ok(())
}

#[allow(clippy::too_many_arguments)]
fn open_impl(
    file: Value,
    mode: &str,
    buffering: i64,
    encoding: Value,
    errors: Value,
    newline: Value,
    closefd: bool,
    opener: Value,
) -> PyResult<Value> {
    // file: str, bytes, PathLike or an int descriptor
    let file_ok = is_str(file)
        || is_bytes(file)
        || ferrite_runtime::objects::int::is_int(file)
        || ferrite_runtime::types::lookup(type_of(file), "__fspath__").is_some();
    if !file_ok {
        return Err(ferrite_runtime::errors::type_error(format!(
            "invalid file: {}",
            ops::repr_string(file)?
        )));
    }
    str_or_none(encoding, "open", "encoding")?;
    str_or_none(errors, "open", "errors")?;
    str_or_none(newline, "open", "newline")?;
    let (mut creating, mut reading, mut writing, mut appending, mut updating) =
        (false, false, false, false, false);
    let (mut text, mut binary) = (false, false);
    let mut seen = String::new();
    for c in mode.chars() {
        let dup = seen.contains(c);
        seen.push(c);
        match c {
            'x' if !dup => creating = true,
            'r' if !dup => reading = true,
            'w' if !dup => writing = true,
            'a' if !dup => appending = true,
            '+' if !dup => updating = true,
            't' if !dup => text = true,
            'b' if !dup => binary = true,
            _ => return Err(value_error(format!("invalid mode: '{mode}'"))),
        }
    }
    let mut rawmode = String::new();
    if creating {
        rawmode.push('x');
    }
    if reading {
        rawmode.push('r');
    }
    if writing {
        rawmode.push('w');
    }
    if appending {
        rawmode.push('a');
    }
    if updating {
        rawmode.push('+');
    }
    if text && binary {
        return Err(value_error("can't have text and binary mode at once"));
    }
    if (creating as u8 + reading as u8 + writing as u8 + appending as u8) > 1 {
        return Err(value_error(
            "must have exactly one of create/read/write/append mode",
        ));
    }
    if !(creating || reading || writing || appending) {
        return Err(value_error(
            "Must have exactly one of create/read/write/append mode and at most one plus",
        ));
    }
    if binary && encoding != none() {
        return Err(value_error("binary mode doesn't take an encoding argument"));
    }
    if binary && errors != none() {
        return Err(value_error("binary mode doesn't take an errors argument"));
    }
    if binary && newline != none() {
        return Err(value_error("binary mode doesn't take a newline argument"));
    }
    if binary && buffering == 1 {
        // CPython warns (RuntimeWarning) and falls back to the default buffer size
    }
    let raw = ops::call(
        ty(T::FileIO),
        &[file, new_str(&rawmode), py_bool(closefd), opener],
        &[],
    )?;
    let result = open_layers(
        raw, mode, buffering, binary, updating, creating, writing, appending, reading, encoding,
        errors, newline,
    );
    if result.is_err() {
        let _ = ops::call_method(raw, "close", &[]);
    }
    result
}

#[allow(clippy::too_many_arguments)]
fn open_layers(
    raw: Value,
    mode: &str,
    buffering: i64,
    binary: bool,
    updating: bool,
    creating: bool,
    writing: bool,
    appending: bool,
    reading: bool,
    encoding: Value,
    errors: Value,
    newline: Value,
) -> PyResult<Value> {
    let mut buffering = buffering;
    let mut line_buffering = false;
    let isatty = if buffering == 1 || buffering < 0 {
        let r = ops::call_method(raw, "isatty", &[])?;
        ops::truthy(r)?
    } else {
        false
    };
    if buffering == 1 || (buffering < 0 && isatty) {
        buffering = -1;
        line_buffering = true;
    }
    if buffering < 0 {
        buffering = fileio::blksize(raw).unwrap_or(DEFAULT_BUFFER_SIZE as i64);
        if buffering <= 1 {
            buffering = DEFAULT_BUFFER_SIZE as i64;
        }
    }
    if buffering == 0 {
        if binary {
            return Ok(raw);
        }
        return Err(value_error("can't have unbuffered text I/O"));
    }
    let bclass = if updating {
        ty(T::BufferedRandom)
    } else if creating || writing || appending {
        ty(T::BufferedWriter)
    } else if reading {
        ty(T::BufferedReader)
    } else {
        return Err(value_error(format!("unknown mode: '{mode}'")));
    };
    let buffer = ops::call(bclass, &[raw, new_int(buffering)], &[])?;
    if binary {
        return Ok(buffer);
    }
    let wrapper = ops::call(
        ty(T::TextIOWrapper),
        &[buffer, encoding, errors, newline, py_bool(line_buffering)],
        &[],
    )?;
    ops::setattr(
        wrapper,
        ferrite_runtime::intern::intern("mode"),
        new_str(mode),
    )?;
    Ok(wrapper)
}

// ------------------------------------------------------------------ init

fn make_type(slot: T, name: &str, base: Value) -> Value {
    let t = new_native_type("_io", name, base, true);
    TYPES[slot as usize].store(t.0, Ordering::Relaxed);
    t
}

pub(crate) fn defs(t: Value, methods: &[(&'static str, NativeFn)]) {
    for &(n, f) in methods {
        def(t, n, f);
    }
}

fn create_types() -> PyResult<()> {
    let iobase = make_type(T::IOBase, "_IOBase", Value::NULL);
    def_new(iobase, iobase_new);
    defs(
        iobase,
        &[
            ("seek", iobase_seek),
            ("tell", iobase_tell),
            ("truncate", iobase_truncate),
            ("flush", iobase_flush),
            ("close", iobase_close),
            ("seekable", iobase_false),
            ("readable", iobase_false),
            ("writable", iobase_false),
            ("_checkClosed", iobase_check_closed),
            ("_checkSeekable", iobase_check_seekable),
            ("_checkReadable", iobase_check_readable),
            ("_checkWritable", iobase_check_writable),
            ("fileno", iobase_fileno),
            ("isatty", iobase_isatty),
            ("__enter__", iobase_enter),
            ("__exit__", iobase_exit),
            ("__iter__", iobase_iter),
            ("__next__", iobase_next),
            ("__del__", iobase_del),
            ("readline", iobase_readline),
            ("readlines", iobase_readlines),
            ("writelines", iobase_writelines),
        ],
    );
    getset(iobase, "closed", iobase_closed_get);
    let _ = iobase_dict;

    let raw = make_type(T::RawIOBase, "_RawIOBase", iobase);
    def_new(raw, rawiobase_new);
    defs(
        raw,
        &[
            ("read", rawiobase_read),
            ("readall", rawiobase_readall),
            ("readinto", rawiobase_readinto),
            ("write", rawiobase_write),
        ],
    );

    let buf = make_type(T::BufferedIOBase, "_BufferedIOBase", iobase);
    def_new(buf, bufferediobase_new);
    defs(
        buf,
        &[
            ("read", bufbase_read),
            ("read1", bufbase_read1),
            ("readinto", bufbase_readinto),
            ("readinto1", bufbase_readinto1),
            ("write", bufbase_write),
            ("detach", bufbase_detach),
        ],
    );

    let text = make_type(T::TextIOBase, "_TextIOBase", iobase);
    def_new(text, textiobase_new);
    defs(
        text,
        &[
            ("read", textbase_read),
            ("readline", textbase_readline),
            ("write", textbase_write),
            ("detach", bufbase_detach),
        ],
    );
    getset(text, "encoding", textbase_none);
    getset(text, "newlines", textbase_none);
    getset(text, "errors", textbase_none);

    fileio::init_type(make_type(T::FileIO, "FileIO", raw));
    bytesio::init_type(make_type(T::BytesIO, "BytesIO", buf));
    stringio::init_type(make_type(T::StringIO, "StringIO", text));
    buffered::init_types(
        make_type(T::BufferedReader, "BufferedReader", buf),
        make_type(T::BufferedWriter, "BufferedWriter", buf),
        make_type(T::BufferedRandom, "BufferedRandom", buf),
        make_type(T::BufferedRWPair, "BufferedRWPair", buf),
    );
    textio::init_types(
        make_type(T::TextIOWrapper, "TextIOWrapper", text),
        make_type(
            T::IncrementalNewlineDecoder,
            "IncrementalNewlineDecoder",
            Value::NULL,
        ),
    );

    // io.UnsupportedOperation(OSError, ValueError); kept alive by a never-collected native
    // type's dict (native types are roots)
    let ns = new_dict();
    dict_set_str(ns, "__module__", new_str("io"));
    let bases = new_tuple(&[exc_type(Exc::OSError), exc_type(Exc::ValueError)]);
    let uo = ops::call(
        bt(BT::Type),
        &[new_str("UnsupportedOperation"), bases, ns],
        &[],
    )?;
    let roots = new_native_type("_io", "_roots", Value::NULL, false);
    dict_set_str(
        ferrite_runtime::object::as_type(roots).dict,
        "UnsupportedOperation",
        uo,
    );
    TYPES[T::UnsupportedOperation as usize].store(uo.0, Ordering::Relaxed);
    Ok(())
}

static INIT: std::sync::Mutex<bool> = std::sync::Mutex::new(false);

/// Fills a new `_io` module's namespace.
pub fn init(module_dict: Value) -> PyResult<()> {
    {
        let mut done = INIT.lock().unwrap();
        if !*done {
            create_types()?;
            *done = true;
        }
    }
    let d = module_dict;
    dict_set_str(
        d,
        "DEFAULT_BUFFER_SIZE",
        new_int(DEFAULT_BUFFER_SIZE as i64),
    );
    dict_set_str(d, "BlockingIOError", exc_type(Exc::BlockingIOError));
    dict_set_str(d, "UnsupportedOperation", ty(T::UnsupportedOperation));
    for (name, t) in [
        ("_IOBase", T::IOBase),
        ("_RawIOBase", T::RawIOBase),
        ("_BufferedIOBase", T::BufferedIOBase),
        ("_TextIOBase", T::TextIOBase),
        ("FileIO", T::FileIO),
        ("BytesIO", T::BytesIO),
        ("StringIO", T::StringIO),
        ("BufferedReader", T::BufferedReader),
        ("BufferedWriter", T::BufferedWriter),
        ("BufferedRandom", T::BufferedRandom),
        ("BufferedRWPair", T::BufferedRWPair),
        ("TextIOWrapper", T::TextIOWrapper),
        ("IncrementalNewlineDecoder", T::IncrementalNewlineDecoder),
    ] {
        dict_set_str(d, name, ty(t));
    }
    crate::define_functions(
        d,
        &[
            ("open", open),
            ("open_code", io_open_code),
            ("text_encoding", io_text_encoding),
        ],
    );
    Ok(())
}
