//! Buffered I/O over a raw stream: BufferedReader, BufferedWriter, BufferedRandom (one Rust
//! struct, with read and/or write sides) and BufferedRWPair (a reader and a writer).
//!
//! Only one side holds data at a time: writing first gives back unread read-ahead (seeking
//! the raw stream back over it), reading first flushes pending writes. When the raw stream
//! is exactly our FileIO, the raw calls go straight to its descriptor.

use super::fileio::{self, fast_fd};
use super::*;
use ferrite_runtime::methods::bytes::{buffer_arg, new_bytearray};
use ferrite_runtime::objects::native::native_object;

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Reader,
    Writer,
    Random,
}

pub struct Buffered {
    raw: Value,
    kind: Kind,
    ok: bool,
    detached: bool,
    buffer_size: usize,
    /// read-ahead: unread bytes are rbuf[rpos..]
    rbuf: Vec<u8>,
    rpos: usize,
    /// pending writes
    wbuf: Vec<u8>,
    /// the raw FileIO's descriptor: pending writes go out if this object dies unclosed
    fd_owner: Option<std::sync::Arc<fileio::FdOwner>>,
}

impl Drop for Buffered {
    fn drop(&mut self) {
        if let Some(o) = self.fd_owner.take() {
            if let Some(fdv) = o.fd() {
                let mut off = 0;
                while off < self.wbuf.len() {
                    match ferrite_runtime::fd::write(fdv, &self.wbuf[off..]) {
                        Ok(n) if n > 0 => off += n,
                        _ => break,
                    }
                }
            }
        }
    }
}

impl NativeData for Buffered {
    fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
        t.visit(Value::slot(&mut self.raw));
    }
}

impl Buffered {
    fn new(kind: Kind) -> Buffered {
        Buffered {
            raw: Value::NULL,
            kind,
            ok: false,
            detached: false,
            buffer_size: DEFAULT_BUFFER_SIZE,
            rbuf: Vec::new(),
            rpos: 0,
            wbuf: Vec::new(),
            fd_owner: None,
        }
    }
    fn unread(&self) -> usize {
        self.rbuf.len() - self.rpos
    }
    fn readable(&self) -> bool {
        self.kind != Kind::Writer
    }
    fn writable(&self) -> bool {
        self.kind != Kind::Reader
    }
}

fn class_name(k: Kind) -> &'static str {
    match k {
        Kind::Reader => "BufferedReader",
        Kind::Writer => "BufferedWriter",
        Kind::Random => "BufferedRandom",
    }
}

/// The state of `v`, checked initialised and attached.
fn buf(v: Value) -> PyResult<&'static mut Buffered> {
    let b = data::<Buffered>(v)?;
    if !b.ok {
        if b.detached {
            return Err(value_error("raw stream has been detached"));
        }
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok(b)
}

fn raw_of(v: Value) -> PyResult<Value> {
    Ok(buf(v)?.raw)
}

// ------------------------------------------------------------------ raw stream calls

fn raw_closed(raw: Value) -> PyResult<bool> {
    if let Some(fdv) = fast_fd(raw) {
        return Ok(fdv < 0);
    }
    is_closed(raw)
}

/// The "<op> of closed file" check of the buffered methods.
fn check_closed_op(v: Value, what: &str) -> PyResult<()> {
    let raw = raw_of(v)?;
    if raw_closed(raw)? {
        // unread buffered data can still be read after the raw stream closed
        let b = buf(v)?;
        if what == "read" && b.unread() > 0 {
            return Ok(());
        }
        return Err(value_error(format!("{what} of closed file")));
    }
    Ok(())
}

/// One raw read into `dst`: Some(n) (0 at EOF), None when it would block.
fn raw_read(raw: Value, dst: &mut [u8]) -> PyResult<Option<usize>> {
    if let Some(fdv) = fast_fd(raw) {
        if fdv >= 0 {
            return fileio::raw_read_into(fdv, dst);
        }
    }
    let ba = new_bytearray(vec![0u8; dst.len()]);
    let mv = ops::call(
        ferrite_runtime::methods::memoryview::memoryview_type(),
        &[ba],
        &[],
    )?;
    let r = ops::call_method(raw, "readinto", &[mv])?;
    if r == none() {
        return Ok(None);
    }
    let n = ops::index_value(r)?;
    if n < 0 || n as usize > dst.len() {
        return Err(new_exc(
            Exc::OSError,
            &format!(
                "raw readinto() returned invalid length {n} (should have been between 0 and {})",
                dst.len()
            ),
        ));
    }
    let n = n as usize;
    dst[..n].copy_from_slice(&ferrite_runtime::methods::bytes::bytearray_vec(ba)[..n]);
    Ok(Some(n))
}

fn raw_write(raw: Value, src: &[u8]) -> PyResult<Option<usize>> {
    if let Some(fdv) = fast_fd(raw) {
        if fdv >= 0 {
            return fileio::raw_write(fdv, src);
        }
    }
    let b = new_bytes(src);
    let r = ops::call_method(raw, "write", &[b])?;
    if r == none() {
        return Ok(None);
    }
    let n = ops::index_value(r)?;
    if n < 0 || n as usize > src.len() {
        return Err(new_exc(
            Exc::OSError,
            &format!(
                "raw write() returned invalid length {n} (should have been between 0 and {})",
                src.len()
            ),
        ));
    }
    Ok(Some(n as usize))
}

fn raw_seek(raw: Value, pos: i64, whence: i32) -> PyResult<i64> {
    if let Some(fdv) = fast_fd(raw) {
        if fdv >= 0 {
            return fileio::raw_seek(fdv, pos, whence);
        }
    }
    let r = ops::call_method(raw, "seek", &[new_int(pos), new_int(whence as i64)])?;
    let n = ops::index_value(r)?;
    if n < 0 {
        return Err(new_exc(
            Exc::OSError,
            &format!("Raw stream returned invalid position {n}"),
        ));
    }
    Ok(n)
}

fn raw_tell(raw: Value) -> PyResult<i64> {
    if let Some(fdv) = fast_fd(raw) {
        if fdv >= 0 {
            return fileio::raw_seek(fdv, 0, 1);
        }
    }
    let r = ops::call_method(raw, "tell", &[])?;
    let n = ops::index_value(r)?;
    if n < 0 {
        return Err(new_exc(
            Exc::OSError,
            &format!("Raw stream returned invalid position {n}"),
        ));
    }
    Ok(n)
}

/// Writes all of `data` to the raw stream.
fn raw_write_all(raw: Value, data: &[u8]) -> PyResult<()> {
    let mut off = 0;
    while off < data.len() {
        match raw_write(raw, &data[off..])? {
            Some(n) => off += n,
            None => {
                return Err(new_exc(
                    Exc::BlockingIOError,
                    "write could not complete without blocking",
                ))
            }
        }
    }
    Ok(())
}

// ------------------------------------------------------------------ internal operations

/// Writes out the pending write buffer.
fn flush_writes(v: Value) -> PyResult<()> {
    let b = buf(v)?;
    if b.wbuf.is_empty() {
        return Ok(());
    }
    let raw = b.raw;
    let pending = std::mem::take(&mut b.wbuf);
    let r = raw_write_all(raw, &pending);
    // keep the allocation for the next writes
    let b = buf(v)?;
    if b.wbuf.is_empty() {
        let mut p = pending;
        p.clear();
        b.wbuf = p;
    }
    r
}

/// Gives back unread read-ahead: the raw stream is moved back to the logical position.
fn drop_readahead(v: Value) -> PyResult<()> {
    let b = buf(v)?;
    let n = b.unread();
    b.rbuf.clear();
    b.rpos = 0;
    if n > 0 {
        let raw = b.raw;
        raw_seek(raw, -(n as i64), 1)?;
    }
    Ok(())
}

/// Refills the read buffer with one raw read: Some(bytes read), None if it would block.
fn fill(v: Value) -> PyResult<Option<usize>> {
    let b = buf(v)?;
    let raw = b.raw;
    let size = b.buffer_size;
    let mut tmp = std::mem::take(&mut b.rbuf);
    tmp.clear();
    tmp.resize(size, 0);
    let r = raw_read(raw, &mut tmp);
    let b = buf(v)?;
    match r {
        Ok(Some(n)) => {
            tmp.truncate(n);
            b.rbuf = tmp;
            b.rpos = 0;
            Ok(Some(n))
        }
        Ok(None) => {
            tmp.clear();
            b.rbuf = tmp;
            b.rpos = 0;
            Ok(None)
        }
        Err(e) => {
            tmp.clear();
            b.rbuf = tmp;
            b.rpos = 0;
            Err(e)
        }
    }
}

fn take_unread(b: &mut Buffered, n: usize) -> &[u8] {
    let n = n.min(b.unread());
    let s = b.rpos;
    b.rpos += n;
    &b.rbuf[s..s + n]
}

fn prepare_read(v: Value, what: &str) -> PyResult<()> {
    let b = buf(v)?;
    if !b.readable() {
        return Err(unsupported("read"));
    }
    check_closed_op(v, what)?;
    if !buf(v)?.wbuf.is_empty() {
        flush_writes(v)?;
    }
    Ok(())
}

/// Everything up to EOF (None when the raw stream would block with nothing read).
fn read_all(v: Value) -> PyResult<Value> {
    let b = buf(v)?;
    let mut out: Vec<u8> = take_unread(b, usize::MAX).to_vec();
    b.rbuf.clear();
    b.rpos = 0;
    let raw = b.raw;
    if let Some(fdv) = fast_fd(raw) {
        if fdv >= 0 {
            return match ferrite_gc::blocking(|| fileio::read_to_end(fdv, &mut out)) {
                Ok(false) if out.is_empty() => Ok(none()),
                Ok(_) => Ok(new_bytes(&out)),
                Err(e) => Err(os_error(&e, Value::NULL)),
            };
        }
    }
    if ops::getattr_opt(raw, ferrite_runtime::intern::intern("readall"))?.is_some() {
        let r = ops::call_method(raw, "readall", &[])?;
        if r == none() {
            return Ok(if out.is_empty() {
                none()
            } else {
                new_bytes(&out)
            });
        }
        if !is_bytes(r) {
            return Err(ferrite_runtime::errors::type_error(
                "readall() should return bytes",
            ));
        }
        if out.is_empty() {
            return Ok(r);
        }
        out.extend_from_slice(bytes_data(r));
        return Ok(new_bytes(&out));
    }
    loop {
        let r = ops::call_method(raw, "read", &[])?;
        if r == none() {
            return Ok(if out.is_empty() {
                none()
            } else {
                new_bytes(&out)
            });
        }
        if !is_bytes(r) {
            return Err(ferrite_runtime::errors::type_error(
                "read() should return bytes",
            ));
        }
        let d = bytes_data(r);
        if d.is_empty() {
            return Ok(new_bytes(&out));
        }
        out.extend_from_slice(d);
    }
}

/// Up to `n` bytes, reading until EOF or `n` (None if nothing could be read without blocking).
fn read_n(v: Value, n: usize) -> PyResult<Value> {
    let b = buf(v)?;
    if b.unread() >= n {
        let d = take_unread(b, n);
        return Ok(new_bytes(d));
    }
    let mut out: Vec<u8> = Vec::with_capacity(n);
    out.extend_from_slice(take_unread(b, n));
    let (raw, size) = (b.raw, b.buffer_size);
    while out.len() < n {
        let remaining = n - out.len();
        if remaining >= size {
            // large reads go straight into the result
            let start = out.len();
            out.resize(n, 0);
            let r = raw_read(raw, &mut out[start..]);
            match r {
                Ok(Some(0)) => {
                    out.truncate(start);
                    break;
                }
                Ok(Some(k)) => out.truncate(start + k),
                Ok(None) => {
                    out.truncate(start);
                    if out.is_empty() {
                        return Ok(none());
                    }
                    break;
                }
                Err(e) => return Err(e),
            }
        } else {
            match fill(v)? {
                Some(0) => break,
                Some(_) => {
                    let b = buf(v)?;
                    out.extend_from_slice(take_unread(b, remaining));
                }
                None => {
                    if out.is_empty() {
                        return Ok(none());
                    }
                    break;
                }
            }
        }
    }
    Ok(new_bytes(&out))
}

// ------------------------------------------------------------------ methods

fn buffered_new_kind(a: &[Value], k: Kind, t: T) -> PyResult<Value> {
    Ok(new_native_for(a[0], ty(t), Buffered::new(k)))
}
fn reader_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    buffered_new_kind(a, Kind::Reader, T::BufferedReader)
}
fn writer_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    buffered_new_kind(a, Kind::Writer, T::BufferedWriter)
}
fn random_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    buffered_new_kind(a, Kind::Random, T::BufferedRandom)
}

fn check_raw(raw: Value, method: &str, msg: &str) -> PyResult<()> {
    let r = ops::call_method(raw, method, &[])?;
    if r != py_bool(true) {
        return Err(unsupported(msg));
    }
    Ok(())
}

fn buffered_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let kind = data::<Buffered>(s)?.kind;
    let [raw, size] = parse_args(class_name(kind), &a[1..], kw, ["raw", "buffer_size"], 2, 1)?;
    {
        let b = data::<Buffered>(s)?;
        b.ok = false;
        b.detached = false;
    }
    if kind == Kind::Random {
        check_raw(raw, "seekable", "File or stream is not seekable.")?;
    }
    if kind != Kind::Writer {
        check_raw(raw, "readable", "File or stream is not readable.")?;
    }
    if kind != Kind::Reader {
        check_raw(raw, "writable", "File or stream is not writable.")?;
    }
    let size = if size.is_null() {
        DEFAULT_BUFFER_SIZE as i64
    } else {
        ops::index_value(size)?
    };
    if size <= 0 {
        return Err(value_error("buffer size must be strictly positive"));
    }
    let b = data::<Buffered>(s)?;
    b.raw = raw;
    b.buffer_size = size as usize;
    b.rbuf = Vec::new();
    b.rpos = 0;
    b.wbuf = Vec::with_capacity(if kind == Kind::Reader {
        0
    } else {
        size as usize
    });
    b.fd_owner = if kind == Kind::Reader {
        None
    } else {
        fileio::owner_of(raw)
    };
    b.ok = true;
    if let Some(o) = native_object(s) {
        ferrite_runtime::object::write_barrier(o);
    }
    if kind != Kind::Reader {
        register_writer(s)?;
    }
    Ok(none())
}

fn buffered_read(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read", &a[1..], kw, 0, 1)?;
    let s = a[0];
    let n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    if n < -1 {
        return Err(value_error("read length must be non-negative or -1"));
    }
    prepare_read(s, "read")?;
    if n < 0 {
        read_all(s)
    } else {
        read_n(s, n as usize)
    }
}

fn buffered_read1(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read1", &a[1..], kw, 0, 1)?;
    let s = a[0];
    let mut n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    prepare_read(s, "read")?;
    let b = buf(s)?;
    if n < 0 {
        n = b.buffer_size as i64;
    }
    if n == 0 {
        return Ok(new_bytes(b""));
    }
    if b.unread() > 0 {
        let d = take_unread(b, n as usize);
        return Ok(new_bytes(d));
    }
    let raw = b.raw;
    if n as usize > b.buffer_size {
        let mut tmp = vec![0u8; n as usize];
        return match raw_read(raw, &mut tmp)? {
            Some(k) => Ok(new_bytes(&tmp[..k])),
            None => Ok(new_bytes(b"")),
        };
    }
    match fill(s)? {
        Some(_) => {
            let b = buf(s)?;
            Ok(new_bytes(take_unread(b, n as usize)))
        }
        None => Ok(new_bytes(b"")),
    }
}

fn buffered_peek(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("peek", &a[1..], kw, 0, 1)?;
    let s = a[0];
    prepare_read(s, "peek")?;
    if buf(s)?.unread() == 0 {
        fill(s)?;
    }
    let b = buf(s)?;
    Ok(new_bytes(&b.rbuf[b.rpos..]))
}

fn readinto_common(a: &[Value], kw: &[Value], name: &str, one: bool) -> PyResult<Value> {
    check(name, &a[1..], kw, 1, 1)?;
    let s = a[0];
    let n = writable_len(a[1], name)?;
    prepare_read(s, name)?;
    let d = if one {
        let b = buf(s)?;
        if b.unread() > 0 {
            new_bytes(take_unread(b, n))
        } else if n == 0 {
            new_bytes(b"")
        } else {
            let raw = b.raw;
            let mut tmp = vec![0u8; n];
            match raw_read(raw, &mut tmp)? {
                Some(k) => new_bytes(&tmp[..k]),
                None => new_bytes(b""),
            }
        }
    } else {
        read_n(s, n)?
    };
    if d == none() {
        return Ok(none());
    }
    let got = copy_into(a[1], bytes_data(d))?;
    Ok(new_int(got as i64))
}
fn buffered_readinto(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    readinto_common(a, kw, "readinto", false)
}
fn buffered_readinto1(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    readinto_common(a, kw, "readinto1", true)
}

/// One line (up to `limit` bytes when limit >= 0) as a Rust vector.
pub(crate) fn readline_bytes(s: Value, limit: i64) -> PyResult<Vec<u8>> {
    let mut out: Vec<u8> = Vec::new();
    loop {
        let b = buf(s)?;
        let avail = &b.rbuf[b.rpos..];
        let want = if limit >= 0 {
            (limit as usize).saturating_sub(out.len())
        } else {
            usize::MAX
        };
        let scan = &avail[..avail.len().min(want)];
        if let Some(i) = scan.iter().position(|&c| c == b'\n') {
            out.extend_from_slice(&scan[..=i]);
            b.rpos += i + 1;
            return Ok(out);
        }
        let k = scan.len();
        out.extend_from_slice(scan);
        b.rpos += k;
        if limit >= 0 && out.len() >= limit as usize {
            return Ok(out);
        }
        match fill(s)? {
            Some(0) | None => return Ok(out),
            Some(_) => {}
        }
    }
}

fn buffered_readline(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readline", &a[1..], kw, 0, 1)?;
    let s = a[0];
    let limit = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    prepare_read(s, "readline")?;
    let line = readline_bytes(s, limit)?;
    Ok(new_bytes(&line))
}

fn buffered_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    if !is_exact(s, T::BufferedReader) && !is_exact(s, T::BufferedRandom) {
        let line = ops::call_method(s, "readline", &[])?;
        if ops::len(line)? == 0 {
            return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
        }
        return Ok(line);
    }
    prepare_read(s, "readline")?;
    let line = readline_bytes(s, -1)?;
    if line.is_empty() {
        return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
    }
    Ok(new_bytes(&line))
}

fn buffered_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("write", &a[1..], kw, 1, 1)?;
    let s = a[0];
    let b = buf(s)?;
    if !b.writable() {
        return Err(unsupported("write"));
    }
    let x = a[1];
    let owned;
    // bytes are immutable; a bytearray could change under a Python-level raw call: copy it
    let d: &[u8] = if is_bytes(x) {
        bytes_data(x)
    } else {
        owned = buffer_arg(x)?;
        &owned
    };
    let n = d.len();
    let raw = b.raw;
    if raw_closed(raw)? {
        return Err(value_error("write to closed file"));
    }
    if buf(s)?.unread() > 0 {
        drop_readahead(s)?;
    }
    buffer_bytes(s, d)?;
    Ok(new_int(n as i64))
}

/// CPython's write algorithm: data that fits in the free space is buffered (even if that
/// fills the buffer); otherwise the buffer is flushed, raw writes take all but the last
/// buffer-size bytes, and the rest is buffered.
fn buffer_bytes(s: Value, d: &[u8]) -> PyResult<()> {
    let b = buf(s)?;
    if b.wbuf.len() + d.len() <= b.buffer_size {
        b.wbuf.extend_from_slice(d);
        return Ok(());
    }
    flush_writes(s)?;
    let b = buf(s)?;
    let (raw, size) = (b.raw, b.buffer_size);
    let mut off = 0;
    while d.len() - off > size {
        match raw_write(raw, &d[off..])? {
            Some(k) => off += k,
            None => {
                return Err(new_exc(
                    Exc::BlockingIOError,
                    "write could not complete without blocking",
                ))
            }
        }
    }
    buf(s)?.wbuf.extend_from_slice(&d[off..]);
    Ok(())
}

/// Pending writes out and read-ahead given back (the raw position is the logical one).
fn flush_and_rewind(s: Value) -> PyResult<()> {
    flush_writes(s)?;
    if buf(s)?.unread() > 0 {
        drop_readahead(s)?;
    }
    Ok(())
}

fn buffered_flush(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("flush", &a[1..], kw, 0, 0)?;
    let s = a[0];
    let b = buf(s)?;
    if b.kind == Kind::Reader {
        // BufferedReader.flush is the raw stream's
        let raw = b.raw;
        return ops::call_method(raw, "flush", &[]);
    }
    if raw_closed(b.raw)? {
        return Err(value_error("flush of closed file"));
    }
    flush_writes(s)?;
    if buf(s)?.kind == Kind::Random && buf(s)?.unread() > 0 {
        drop_readahead(s)?;
    }
    Ok(none())
}

fn buffered_seek(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("seek", &a[1..], kw, 1, 2)?;
    let s = a[0];
    let mut pos = fileio::pos_arg(a[1])?;
    let whence = if a.len() > 2 {
        ops::index_value(a[2])?
    } else {
        0
    };
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!("whence value {whence} unsupported")));
    }
    let raw = raw_of(s)?;
    if raw_closed(raw)? {
        return Err(value_error("seek of closed file"));
    }
    let r = ops::call_method(raw, "seekable", &[])?;
    if !ops::truthy(r)? {
        return Err(unsupported("File or stream is not seekable."));
    }
    // a seek within the read-ahead needs no system call
    let b = buf(s)?;
    if whence != 2 && b.wbuf.is_empty() && b.unread() > 0 {
        let cur = raw_tell(raw)?;
        let b = buf(s)?;
        let buf_start = cur - b.rbuf.len() as i64;
        let logical = cur - b.unread() as i64;
        let target = if whence == 0 { pos } else { logical + pos };
        if target >= buf_start && target <= cur {
            b.rpos = (target - buf_start) as usize;
            return Ok(new_int(target));
        }
    }
    flush_writes(s)?;
    let b = buf(s)?;
    if whence == 1 {
        pos -= b.unread() as i64;
    }
    b.rbuf.clear();
    b.rpos = 0;
    let p = raw_seek(raw, pos, whence as i32)?;
    Ok(new_int(p))
}

fn buffered_tell(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("tell", &a[1..], kw, 0, 0)?;
    let s = a[0];
    let raw = raw_of(s)?;
    let p = raw_tell(raw)?;
    let b = buf(s)?;
    let p = p - b.unread() as i64 + b.wbuf.len() as i64;
    Ok(new_int(p.max(0)))
}

fn buffered_truncate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("truncate", &a[1..], kw, 0, 1)?;
    let s = a[0];
    let raw = raw_of(s)?;
    if raw_closed(raw)? {
        return Err(value_error("truncate of closed file"));
    }
    if !buf(s)?.writable() {
        return Err(unsupported("truncate"));
    }
    flush_and_rewind(s)?;
    let pos = match a.get(1) {
        Some(&p) if p != none() => p,
        _ => new_int(raw_tell(raw)?),
    };
    ops::call_method(raw, "truncate", &[pos])
}

fn buffered_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", &a[1..], kw, 0, 0)?;
    let s = a[0];
    let raw = raw_of(s)?;
    if raw_closed(raw)? {
        return Ok(none());
    }
    let flushed = if buf(s)?.writable() {
        if is_exact(s, T::BufferedWriter) || is_exact(s, T::BufferedRandom) {
            flush_writes(s)
        } else {
            ops::call_method(s, "flush", &[]).map(|_| ())
        }
    } else {
        Ok(())
    };
    if let Ok(b) = buf(s) {
        b.rbuf.clear();
        b.rpos = 0;
    }
    let closed = ops::call_method(raw, "close", &[]);
    match (flushed, closed) {
        (Err(e), Err(e2)) => {
            ferrite_runtime::errors::exc_obj(e2.0).context = e.0;
            ferrite_runtime::object::write_barrier(e2.0);
            Err(e2)
        }
        (Err(e), _) => Err(e),
        (_, Err(e)) => Err(e),
        _ => Ok(none()),
    }
}

fn buffered_detach(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("detach", &a[1..], kw, 0, 0)?;
    let s = a[0];
    let raw = raw_of(s)?;
    ops::call_method(s, "flush", &[])?;
    flush_and_rewind(s).ok();
    let b = buf(s)?;
    b.ok = false;
    b.detached = true;
    b.raw = Value::NULL;
    b.fd_owner = None;
    Ok(raw)
}

fn delegate(a: &[Value], kw: &[Value], name: &'static str) -> PyResult<Value> {
    check(name, &a[1..], kw, 0, 0)?;
    let raw = raw_of(a[0])?;
    ops::call_method(raw, name, &[])
}
fn buffered_fileno(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "fileno")
}
fn buffered_isatty(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "isatty")
}
fn buffered_readable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "readable")
}
fn buffered_writable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "writable")
}
fn buffered_seekable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "seekable")
}

fn buffered_raw(v: Value) -> PyResult<Value> {
    raw_of(v)
}
fn buffered_closed(v: Value) -> PyResult<Value> {
    let raw = raw_of(v)?;
    ops::getattr_str(raw, "closed")
}
fn buffered_name(v: Value) -> PyResult<Value> {
    let raw = raw_of(v)?;
    ops::getattr_str(raw, "name")
}
fn buffered_mode(v: Value) -> PyResult<Value> {
    let raw = raw_of(v)?;
    ops::getattr_str(raw, "mode")
}

fn buffered_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let tname = format!(
        "{}.{}",
        ops::str_string(ops::getattr_str(type_of(s), "__module__")?)?,
        type_name_of(s)
    );
    let name = match ops::getattr_opt(s, ferrite_runtime::intern::intern("name")) {
        Ok(Some(n)) => n,
        Ok(None) => return Ok(new_str(&format!("<{tname}>"))),
        Err(e) => {
            if ferrite_runtime::errors::exc_matches(e.0, exc_type(Exc::ValueError))
                || ferrite_runtime::errors::exc_matches(e.0, exc_type(Exc::AttributeError))
            {
                return Ok(new_str(&format!("<{tname}>")));
            }
            return Err(e);
        }
    };
    match ops::repr_guard(s, || ops::repr_string(name)) {
        Some(r) => Ok(new_str(&format!("<{tname} name={}>", r?))),
        None => Err(ferrite_runtime::errors::runtime_error(format!(
            "reentrant call inside {tname}.__repr__"
        ))),
    }
}

fn buffered_getstate(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(ferrite_runtime::errors::type_error(format!(
        "cannot pickle '{}' instances",
        type_name_of(a[0])
    )))
}

/// Writes out any pending buffered output of `v` if it is one of our writers (TextIOWrapper's
/// fast path). Returns false when `v` is not ours.
pub(crate) fn fast_write(v: Value, d: &[u8]) -> PyResult<bool> {
    if !(is_exact(v, T::BufferedWriter) || is_exact(v, T::BufferedRandom)) {
        return Ok(false);
    }
    let b = buf(v)?;
    let raw = b.raw;
    if raw_closed(raw)? {
        return Err(value_error("write to closed file"));
    }
    if buf(v)?.unread() > 0 {
        drop_readahead(v)?;
    }
    buffer_bytes(v, d)?;
    Ok(true)
}

/// Whether our buffered object (or BytesIO) `v` is closed, without Python calls; None for
/// other objects.
pub(crate) fn fast_closed(v: Value) -> Option<bool> {
    if is_exact(v, T::BufferedReader)
        || is_exact(v, T::BufferedWriter)
        || is_exact(v, T::BufferedRandom)
    {
        let b = native_mut::<Buffered>(v)?;
        if !b.ok {
            return None;
        }
        return fast_fd(b.raw).map(|fd| fd < 0);
    }
    None
}

/// Reads everything left from our reader `v` (TextIOWrapper.read() fast path); None if `v`
/// is not exactly one of our readers.
pub(crate) fn fast_read_all(v: Value) -> PyResult<Option<Value>> {
    if !(is_exact(v, T::BufferedReader) || is_exact(v, T::BufferedRandom)) {
        return Ok(None);
    }
    prepare_read(v, "read")?;
    read_all(v).map(Some)
}

// ------------------------------------------------------------------ BufferedRWPair

pub struct RWPair {
    reader: Value,
    writer: Value,
}
impl NativeData for RWPair {
    fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
        t.visit(Value::slot(&mut self.reader));
        t.visit(Value::slot(&mut self.writer));
    }
}

fn pair_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_native_for(
        a[0],
        ty(T::BufferedRWPair),
        RWPair {
            reader: Value::NULL,
            writer: Value::NULL,
        },
    ))
}

fn pair_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = a[0];
    ferrite_runtime::args::no_kwargs("BufferedRWPair", kw)?;
    check("BufferedRWPair", &a[1..], kw, 2, 3)?;
    let (r, w) = (a[1], a[2]);
    let size = a.get(3).copied().unwrap_or(Value::NULL);
    check_raw(r, "readable", "File or stream is not readable.")?;
    check_raw(w, "writable", "File or stream is not writable.")?;
    let mut args = vec![r];
    if !size.is_null() {
        args.push(size);
    }
    let reader = ops::call(ty(T::BufferedReader), &args, &[])?;
    let mut args = vec![w];
    if !size.is_null() {
        args.push(size);
    }
    let writer = ops::call(ty(T::BufferedWriter), &args, &[])?;
    let p = data::<RWPair>(s)?;
    p.reader = reader;
    p.writer = writer;
    if let Some(o) = native_object(s) {
        ferrite_runtime::object::write_barrier(o);
    }
    Ok(none())
}

fn pair(v: Value) -> PyResult<(Value, Value)> {
    let p = data::<RWPair>(v)?;
    if p.reader.is_null() {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok((p.reader, p.writer))
}

fn pair_forward(a: &[Value], kw: &[Value], name: &'static str, to_reader: bool) -> PyResult<Value> {
    ferrite_runtime::args::no_kwargs(name, kw)?;
    let (r, w) = pair(a[0])?;
    let target = if to_reader { r } else { w };
    ops::call_method(target, name, &a[1..])
}

macro_rules! pair_methods {
    ($($f:ident => $name:literal, $reader:expr;)*) => {
        $(fn $f(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            pair_forward(a, kw, $name, $reader)
        })*
    };
}
pair_methods! {
    pair_read => "read", true;
    pair_peek => "peek", true;
    pair_read1 => "read1", true;
    pair_readinto => "readinto", true;
    pair_readinto1 => "readinto1", true;
    pair_readable => "readable", true;
    pair_write => "write", false;
    pair_flush => "flush", false;
    pair_writable => "writable", false;
}

fn pair_isatty(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("isatty", &a[1..], kw, 0, 0)?;
    let (r, w) = pair(a[0])?;
    let x = ops::call_method(w, "isatty", &[])?;
    if ops::truthy(x)? {
        return Ok(x);
    }
    ops::call_method(r, "isatty", &[])
}

fn pair_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", &a[1..], kw, 0, 0)?;
    let (r, w) = pair(a[0])?;
    let e1 = ops::call_method(w, "close", &[]);
    let e2 = ops::call_method(r, "close", &[]);
    match (e1, e2) {
        (Err(e), Err(e2)) => {
            ferrite_runtime::errors::exc_obj(e2.0).context = e.0;
            ferrite_runtime::object::write_barrier(e2.0);
            Err(e2)
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
        _ => Ok(none()),
    }
}

fn pair_closed(v: Value) -> PyResult<Value> {
    let (_, w) = pair(v)?;
    ops::getattr_str(w, "closed")
}

pub(crate) fn init_types(reader: Value, writer: Value, random: Value, rwpair: Value) {
    def_new(reader, reader_new);
    def_new(writer, writer_new);
    def_new(random, random_new);
    let common: &[(&'static str, NativeFn)] = &[
        ("__init__", buffered_init),
        ("flush", buffered_flush),
        ("close", buffered_close),
        ("detach", buffered_detach),
        ("seek", buffered_seek),
        ("tell", buffered_tell),
        ("fileno", buffered_fileno),
        ("isatty", buffered_isatty),
        ("readable", buffered_readable),
        ("writable", buffered_writable),
        ("seekable", buffered_seekable),
        ("__repr__", buffered_repr),
        ("__getstate__", buffered_getstate),
    ];
    let reading: &[(&'static str, NativeFn)] = &[
        ("read", buffered_read),
        ("read1", buffered_read1),
        ("peek", buffered_peek),
        ("readinto", buffered_readinto),
        ("readinto1", buffered_readinto1),
        ("readline", buffered_readline),
        ("__next__", buffered_next),
    ];
    let writing: &[(&'static str, NativeFn)] =
        &[("write", buffered_write), ("truncate", buffered_truncate)];
    for t in [reader, writer, random] {
        defs(t, common);
        getset(t, "raw", buffered_raw);
        getset(t, "closed", buffered_closed);
        getset(t, "name", buffered_name);
        getset(t, "mode", buffered_mode);
    }
    defs(reader, reading);
    defs(random, reading);
    defs(writer, writing);
    defs(random, writing);

    def_new(rwpair, pair_new);
    defs(
        rwpair,
        &[
            ("__init__", pair_init),
            ("read", pair_read),
            ("peek", pair_peek),
            ("read1", pair_read1),
            ("readinto", pair_readinto),
            ("readinto1", pair_readinto1),
            ("readable", pair_readable),
            ("write", pair_write),
            ("flush", pair_flush),
            ("writable", pair_writable),
            ("isatty", pair_isatty),
            ("close", pair_close),
        ],
    );
    getset(rwpair, "closed", pair_closed);
}
