//! `_io.BytesIO`: an in-memory binary stream. The content lives in a bytearray so that
//! `getbuffer()` can hand out a memoryview sharing it.

use super::*;
use ferrite_runtime::methods::bytes::{buffer_arg, bytearray_vec, new_bytearray};
use ferrite_runtime::objects::native::native_object;

pub struct BytesIO {
    /// a bytearray holding the content (NULL once closed)
    buf: Value,
    pos: usize,
}

impl NativeData for BytesIO {
    fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
        t.visit(Value::slot(&mut self.buf));
    }
}

fn bio(v: Value) -> PyResult<&'static mut BytesIO> {
    let b = data::<BytesIO>(v)?;
    if b.buf.is_null() {
        return Err(closed_error());
    }
    Ok(b)
}

fn content(b: &BytesIO) -> &'static mut Vec<u8> {
    bytearray_vec(b.buf)
}

fn bytesio_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let ba = new_bytearray(Vec::new());
    Ok(new_native_for(
        a[0],
        ty(T::BytesIO),
        BytesIO { buf: ba, pos: 0 },
    ))
}

fn bytesio_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let [init] = parse_args("BytesIO", &a[1..], kw, ["initial_bytes"], 1, 0)?;
    let d = if init.is_null() || init == none() {
        Vec::new()
    } else {
        buffer_arg(init)?
    };
    let ba = new_bytearray(d);
    let b = data::<BytesIO>(s)?;
    b.buf = ba;
    b.pos = 0;
    if let Some(o) = native_object(s) {
        ferrite_runtime::object::write_barrier(o);
    }
    Ok(none())
}

fn read_at(b: &mut BytesIO, n: i64) -> Value {
    let c = content(b);
    let start = b.pos.min(c.len());
    let avail = c.len() - start;
    let k = if n < 0 {
        avail
    } else {
        (n as usize).min(avail)
    };
    b.pos = start + k;
    new_bytes(&c[start..start + k])
}

fn bytesio_read(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read", &a[1..], kw, 0, 1)?;
    let n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    let b = bio(a[0])?;
    Ok(read_at(b, n))
}

fn bytesio_read1(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read1", &a[1..], kw, 0, 1)?;
    let n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    let b = bio(a[0])?;
    Ok(read_at(b, n))
}

fn line_end(c: &[u8], start: usize, limit: i64) -> usize {
    let rest = &c[start..];
    let mut k = match rest.iter().position(|&x| x == b'\n') {
        Some(i) => i + 1,
        None => rest.len(),
    };
    if limit >= 0 {
        k = k.min(limit as usize);
    }
    start + k
}

fn bytesio_readline(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readline", &a[1..], kw, 0, 1)?;
    let limit = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    let b = bio(a[0])?;
    let c = content(b);
    let start = b.pos.min(c.len());
    let end = line_end(c, start, limit);
    b.pos = end;
    Ok(new_bytes(&c[start..end]))
}

fn bytesio_readlines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readlines", &a[1..], kw, 0, 1)?;
    let hint = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    bio(a[0])?;
    let l = new_list(&[]);
    let mut total = 0usize;
    loop {
        let b = bio(a[0])?;
        let c = content(b);
        let start = b.pos.min(c.len());
        if start >= c.len() {
            break;
        }
        let end = line_end(c, start, -1);
        b.pos = end;
        let line = new_bytes(&c[start..end]);
        list_push(l, line);
        total += end - start;
        if hint > 0 && total >= hint as usize {
            break;
        }
    }
    Ok(l)
}

fn bytesio_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    if !is_exact(s, T::BytesIO) {
        let line = ops::call_method(s, "readline", &[])?;
        if ops::len(line)? == 0 {
            return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
        }
        return Ok(line);
    }
    let b = bio(s)?;
    let c = content(b);
    let start = b.pos.min(c.len());
    if start >= c.len() {
        return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
    }
    let end = line_end(c, start, -1);
    b.pos = end;
    Ok(new_bytes(&c[start..end]))
}

fn bytesio_readinto(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readinto", &a[1..], kw, 1, 1)?;
    let n = writable_len(a[1], "readinto")?;
    let b = bio(a[0])?;
    let c = content(b);
    let start = b.pos.min(c.len());
    let k = n.min(c.len() - start);
    let chunk = c[start..start + k].to_vec();
    b.pos = start + k;
    copy_into(a[1], &chunk)?;
    Ok(new_int(k as i64))
}

fn bytesio_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("BytesIO.write", &a[1..], kw, 1, 1)?;
    bio(a[0])?;
    let x = a[1];
    let owned;
    let d: &[u8] = if is_bytes(x) {
        bytes_data(x)
    } else {
        owned = buffer_arg(x)?;
        &owned
    };
    let b = bio(a[0])?;
    let c = content(b);
    let n = d.len();
    if n == 0 {
        return Ok(new_int(0));
    }
    let end = b.pos + n;
    if b.pos > c.len() {
        c.resize(b.pos, 0);
    }
    if end > c.len() {
        let overlap = c.len() - b.pos;
        c[b.pos..].copy_from_slice(&d[..overlap]);
        c.extend_from_slice(&d[overlap..]);
    } else {
        c[b.pos..end].copy_from_slice(d);
    }
    b.pos = end;
    Ok(new_int(n as i64))
}

fn bytesio_writelines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("writelines", &a[1..], kw, 1, 1)?;
    bio(a[0])?;
    let it = ops::iter(a[1])?;
    while let Some(x) = ops::next(it)? {
        bytesio_write(&[a[0], x], &[])?;
    }
    Ok(none())
}

fn bytesio_seek(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("seek", &a[1..], kw, 1, 2)?;
    let pos = ops::index_value(a[1])?;
    let whence = if a.len() > 2 {
        ops::index_value(a[2])?
    } else {
        0
    };
    let b = bio(a[0])?;
    let len = content(b).len() as i64;
    let newpos = match whence {
        0 => {
            if pos < 0 {
                return Err(value_error(format!("negative seek value {pos}")));
            }
            pos
        }
        1 => (b.pos as i64 + pos).max(0),
        2 => (len + pos).max(0),
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    };
    b.pos = newpos as usize;
    Ok(new_int(newpos))
}

fn bytesio_tell(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("tell", &a[1..], kw, 0, 0)?;
    Ok(new_int(bio(a[0])?.pos as i64))
}

fn bytesio_truncate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("truncate", &a[1..], kw, 0, 1)?;
    let b = bio(a[0])?;
    let size = match a.get(1) {
        Some(&v) if v != none() => ops::index_value(v)?,
        _ => b.pos as i64,
    };
    if size < 0 {
        return Err(value_error(format!("negative size value {size}")));
    }
    let b = bio(a[0])?;
    let c = content(b);
    if (size as usize) < c.len() {
        c.truncate(size as usize);
    }
    Ok(new_int(size))
}

fn bytesio_getvalue(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getvalue", &a[1..], kw, 0, 0)?;
    let b = bio(a[0])?;
    Ok(new_bytes(content(b)))
}

fn bytesio_getbuffer(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getbuffer", &a[1..], kw, 0, 0)?;
    let ba = bio(a[0])?.buf;
    ops::call(
        ferrite_runtime::methods::memoryview::memoryview_type(),
        &[ba],
        &[],
    )
}

fn bytesio_true(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readable", &a[1..], kw, 0, 0)?;
    bio(a[0])?;
    Ok(py_bool(true))
}

fn bytesio_flush(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("flush", &a[1..], kw, 0, 0)?;
    bio(a[0])?;
    Ok(none())
}

fn bytesio_isatty(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("isatty", &a[1..], kw, 0, 0)?;
    bio(a[0])?;
    Ok(py_bool(false))
}

fn bytesio_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", &a[1..], kw, 0, 0)?;
    let b = data::<BytesIO>(a[0])?;
    b.buf = Value::NULL;
    Ok(none())
}

fn bytesio_closed(v: Value) -> PyResult<Value> {
    Ok(py_bool(data::<BytesIO>(v)?.buf.is_null()))
}

fn bytesio_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    bio(a[0])?;
    Ok(a[0])
}

fn bytesio_getstate(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = bio(a[0])?;
    let v = new_bytes(content(b));
    let pos = new_int(b.pos as i64);
    let d = ops::getattr_opt(a[0], ferrite_runtime::intern::intern("__dict__"))?.unwrap_or(none());
    Ok(new_tuple(&[v, pos, d]))
}

pub(crate) fn init_type(t: Value) {
    def_new(t, bytesio_new);
    defs(
        t,
        &[
            ("__init__", bytesio_init),
            ("read", bytesio_read),
            ("read1", bytesio_read1),
            ("readline", bytesio_readline),
            ("readlines", bytesio_readlines),
            ("readinto", bytesio_readinto),
            ("write", bytesio_write),
            ("writelines", bytesio_writelines),
            ("seek", bytesio_seek),
            ("tell", bytesio_tell),
            ("truncate", bytesio_truncate),
            ("getvalue", bytesio_getvalue),
            ("getbuffer", bytesio_getbuffer),
            ("readable", bytesio_true),
            ("writable", bytesio_true),
            ("seekable", bytesio_true),
            ("flush", bytesio_flush),
            ("isatty", bytesio_isatty),
            ("close", bytesio_close),
            ("__iter__", bytesio_iter),
            ("__next__", bytesio_next),
            ("__getstate__", bytesio_getstate),
        ],
    );
    getset(t, "closed", bytesio_closed);
}
