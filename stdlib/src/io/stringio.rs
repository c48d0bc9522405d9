//! `_io.StringIO`: an in-memory text stream of code points, with the newline handling of
//! TextIOWrapper (newline=None translates on input, '' keeps everything, '\r' or '\r\n'
//! translate '\n' on output).

use super::textio::{newlines_value, NlDecoder};
use super::*;

pub struct StringIO {
    buf: Vec<char>,
    pos: usize,
    ok: bool,
    closed: bool,
    /// universal newlines decoder (newline None or '')
    decoder: Option<NlDecoder>,
    /// what '\n' becomes on write ("\r" or "\r\n"), if anything
    writenl: Option<&'static str>,
    /// the line terminator readline looks for when not universal
    readnl: Option<&'static str>,
}

impl NativeData for StringIO {}

fn sio_any(v: Value) -> PyResult<&'static mut StringIO> {
    let s = data::<StringIO>(v)?;
    if !s.ok {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok(s)
}

/// The state, checked open ("I/O operation on closed file", no period, as CPython).
fn sio(v: Value) -> PyResult<&'static mut StringIO> {
    let s = sio_any(v)?;
    if s.closed {
        return Err(value_error("I/O operation on closed file"));
    }
    Ok(s)
}

fn stringio_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_native_for(
        a[0],
        ty(T::StringIO),
        StringIO {
            buf: Vec::new(),
            pos: 0,
            ok: false,
            closed: false,
            decoder: None,
            writenl: None,
            readnl: None,
        },
    ))
}

pub(crate) fn newline_arg(v: Value, fname: &str, use_repr: bool) -> PyResult<Option<&'static str>> {
    if v.is_null() || v == none() {
        return Ok(None);
    }
    if !is_str(v) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "{fname}newline must be str or None, not {}",
            type_name_of(v)
        )));
    }
    Ok(Some(match str_of(v) {
        "" => "",
        "\n" => "\n",
        "\r" => "\r",
        "\r\n" => "\r\n",
        _ => {
            let shown = if use_repr {
                ops::repr_string(v)?
            } else {
                str_of(v).to_string()
            };
            return Err(value_error(format!("illegal newline value: {shown}")));
        }
    }))
}

fn write_str(s: &mut StringIO, text: &str) {
    let translated;
    let mut t: &str = text;
    if let Some(d) = s.decoder.as_mut() {
        translated = d.decode(t, true);
        t = &translated;
    }
    let replaced;
    if let Some(nl) = s.writenl {
        if t.contains('\n') {
            replaced = t.replace('\n', nl);
            t = &replaced;
        }
    }
    let chars: Vec<char> = t.chars().collect();
    if chars.is_empty() {
        return;
    }
    let end = s.pos + chars.len();
    if s.pos > s.buf.len() {
        s.buf.resize(s.pos, '\0');
    }
    if s.pos == s.buf.len() {
        s.buf.extend_from_slice(&chars);
    } else if end >= s.buf.len() {
        s.buf.truncate(s.pos);
        s.buf.extend_from_slice(&chars);
    } else {
        s.buf[s.pos..end].copy_from_slice(&chars);
    }
    s.pos = end;
}

fn stringio_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [init, newline] = parse_args("StringIO", &a[1..], kw, ["initial_value", "newline"], 2, 0)?;
    let nl = if newline.is_null() {
        Some("\n")
    } else {
        newline_arg(newline, "", true)?
    };
    if !init.is_null() && init != none() && !is_str(init) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "initial_value must be str or None, not {}",
            type_name_of(init)
        )));
    }
    let s = data::<StringIO>(a[0])?;
    s.buf.clear();
    s.pos = 0;
    s.closed = false;
    s.ok = true;
    let universal = matches!(nl, None | Some(""));
    s.decoder = universal.then(|| NlDecoder::new(nl.is_none()));
    s.readnl = nl;
    s.writenl = match nl {
        Some("\r") => Some("\r"),
        Some("\r\n") => Some("\r\n"),
        _ => None,
    };
    if !init.is_null() && init != none() {
        let text = str_of(init);
        write_str(s, text);
        s.pos = 0;
    }
    Ok(none())
}

fn to_string(c: &[char]) -> String {
    c.iter().collect()
}

fn read_chars(s: &mut StringIO, n: i64) -> Value {
    let start = s.pos.min(s.buf.len());
    let avail = s.buf.len() - start;
    let k = if n < 0 {
        avail
    } else {
        (n as usize).min(avail)
    };
    s.pos = start + k;
    new_str(&to_string(&s.buf[start..start + k]))
}

fn stringio_read(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read", &a[1..], kw, 0, 1)?;
    let n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    let s = sio(a[0])?;
    Ok(read_chars(s, n))
}

/// End (exclusive) of the line starting at `start`.
fn line_end(s: &StringIO, start: usize, limit: i64) -> usize {
    let rest = &s.buf[start.min(s.buf.len())..];
    let max = if limit >= 0 {
        (limit as usize).min(rest.len())
    } else {
        rest.len()
    };
    let rest = &rest[..max];
    let k = match s.readnl {
        // universal: \r, \n or \r\n (after translation only \n is left)
        None | Some("") => {
            let mut k = rest.len();
            for (i, &c) in rest.iter().enumerate() {
                if c == '\n' {
                    k = i + 1;
                    break;
                }
                if c == '\r' {
                    k = if rest.get(i + 1) == Some(&'\n') {
                        i + 2
                    } else {
                        i + 1
                    };
                    break;
                }
            }
            k
        }
        Some(nl) => {
            let pat: Vec<char> = nl.chars().collect();
            let mut k = rest.len();
            if !pat.is_empty() && rest.len() >= pat.len() {
                for i in 0..=rest.len() - pat.len() {
                    if rest[i..i + pat.len()] == pat[..] {
                        k = i + pat.len();
                        break;
                    }
                }
            }
            k
        }
    };
    start + k
}

fn stringio_readline(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readline", &a[1..], kw, 0, 1)?;
    let limit = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    let s = sio(a[0])?;
    let start = s.pos.min(s.buf.len());
    let end = line_end(s, start, limit);
    s.pos = end;
    Ok(new_str(&to_string(&s.buf[start..end])))
}

fn stringio_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = a[0];
    let line = if is_exact(v, T::StringIO) {
        let s = sio(v)?;
        let start = s.pos.min(s.buf.len());
        let end = line_end(s, start, -1);
        s.pos = end;
        new_str(&to_string(&s.buf[start..end]))
    } else {
        let l = ops::call_method(v, "readline", &[])?;
        if !is_str(l) {
            return Err(ferrite_runtime::errors::type_error(format!(
                "readline() should have returned a str object, not '{}'",
                type_name_of(l)
            )));
        }
        l
    };
    if ops::len(line)? == 0 {
        return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
    }
    Ok(line)
}

fn stringio_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("StringIO.write", &a[1..], kw, 1, 1)?;
    sio(a[0])?;
    let x = a[1];
    if !is_str(x) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "string argument expected, got '{}'",
            type_name_of(x)
        )));
    }
    let n = ferrite_runtime::objects::str::str_char_len(x);
    let s = sio(a[0])?;
    write_str(s, str_of(x));
    Ok(new_int(n as i64))
}

fn stringio_seek(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("seek", &a[1..], kw, 1, 2)?;
    let pos = ops::index_value(a[1])?;
    let whence = if a.len() > 2 {
        ops::index_value(a[2])?
    } else {
        0
    };
    let s = sio(a[0])?;
    if !(0..=2).contains(&whence) {
        return Err(value_error(format!(
            "Invalid whence ({whence}, should be 0, 1 or 2)"
        )));
    }
    if pos < 0 && whence == 0 {
        return Err(value_error(format!("Negative seek position {pos}")));
    }
    if whence != 0 && pos != 0 {
        return Err(new_exc(Exc::OSError, "Can't do nonzero cur-relative seeks"));
    }
    let p = match whence {
        0 => pos as usize,
        1 => s.pos,
        _ => s.buf.len(),
    };
    s.pos = p;
    Ok(new_int(p as i64))
}

fn stringio_tell(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("tell", &a[1..], kw, 0, 0)?;
    Ok(new_int(sio(a[0])?.pos as i64))
}

fn stringio_truncate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("truncate", &a[1..], kw, 0, 1)?;
    let s = sio(a[0])?;
    let size = match a.get(1) {
        Some(&v) if v != none() => ops::index_value(v)?,
        _ => s.pos as i64,
    };
    if size < 0 {
        return Err(value_error(format!("Negative size value {size}")));
    }
    let s = sio(a[0])?;
    if (size as usize) < s.buf.len() {
        s.buf.truncate(size as usize);
    }
    Ok(new_int(size))
}

fn stringio_getvalue(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getvalue", &a[1..], kw, 0, 0)?;
    let s = sio(a[0])?;
    Ok(new_str(&to_string(&s.buf)))
}

fn stringio_true(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readable", &a[1..], kw, 0, 0)?;
    sio(a[0])?;
    Ok(py_bool(true))
}

fn stringio_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", &a[1..], kw, 0, 0)?;
    let s = data::<StringIO>(a[0])?;
    s.closed = true;
    s.buf = Vec::new();
    Ok(none())
}

fn stringio_closed(v: Value) -> PyResult<Value> {
    Ok(py_bool(sio_any(v)?.closed))
}
fn stringio_line_buffering(v: Value) -> PyResult<Value> {
    sio(v)?;
    Ok(py_bool(false))
}
fn stringio_newlines(v: Value) -> PyResult<Value> {
    let s = sio(v)?;
    Ok(match &s.decoder {
        Some(d) => newlines_value(d.seennl),
        None => none(),
    })
}

fn stringio_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&ops::default_repr(a[0])))
}

pub(crate) fn init_type(t: Value) {
    def_new(t, stringio_new);
    defs(
        t,
        &[
            ("__init__", stringio_init),
            ("read", stringio_read),
            ("readline", stringio_readline),
            ("write", stringio_write),
            ("seek", stringio_seek),
            ("tell", stringio_tell),
            ("truncate", stringio_truncate),
            ("getvalue", stringio_getvalue),
            ("readable", stringio_true),
            ("writable", stringio_true),
            ("seekable", stringio_true),
            ("close", stringio_close),
            ("__next__", stringio_next),
            ("__repr__", stringio_repr),
        ],
    );
    getset(t, "closed", stringio_closed);
    getset(t, "line_buffering", stringio_line_buffering);
    getset(t, "newlines", stringio_newlines);
}
