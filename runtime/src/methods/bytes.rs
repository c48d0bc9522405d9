//! bytes: immutable byte strings stored inline (bytearray comes with the stdlib issue).

use super::def;
use crate::errors::*;
use crate::object::*;
use crate::objects::int::new_int;
use crate::objects::str::new_str;
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};

#[repr(C)]
pub struct BytesObject {
    pub header: Header,
    pub len: usize,
    pub hash: isize,
    pub data: [u8; 0],
}
const BASE: usize = std::mem::size_of::<BytesObject>();
unsafe fn bytes_size(h: *const Header) -> usize {
    // SAFETY: the collector passes a BytesObject.
    (BASE + unsafe { (*(h as *const BytesObject)).len } + 7) & !7
}
unsafe fn bytes_trace(_: *mut Header, _: &mut Tracer) {}
pub static BYTES_KIND: Kind = Kind {
    name: "bytes",
    size: bytes_size,
    trace: bytes_trace,
    drop: None,
};

pub fn new_bytes(b: &[u8]) -> Value {
    let v = alloc(bt(BT::Bytes), (BASE + b.len() + 7) & !7);
    let o = obj::<BytesObject>(v);
    o.len = b.len();
    o.hash = -1;
    // SAFETY: room for len bytes was allocated.
    unsafe { std::ptr::copy_nonoverlapping(b.as_ptr(), o.data.as_mut_ptr(), b.len()) };
    v
}

pub fn bytes_data<'a>(v: Value) -> &'a [u8] {
    let o = obj::<BytesObject>(v);
    // SAFETY: len bytes follow the header.
    unsafe { std::slice::from_raw_parts(o.data.as_ptr(), o.len) }
}

pub fn bytes_repr(b: &[u8]) -> String {
    let quote = if b.contains(&b'\'') && !b.contains(&b'"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::from("b");
    out.push(quote);
    for &c in b {
        match c {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            c if c as char == quote => {
                out.push('\\');
                out.push(quote)
            }
            0x20..=0x7e => out.push(c as char),
            _ => out.push_str(&format!("\\x{:02x}", c)),
        }
    }
    out.push(quote);
    out
}

fn b_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&bytes_repr(bytes_data(a[0]))))
}
fn b_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(bytes_data(a[0]).len() as i64))
}
fn b_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = bytes_data(a[0]);
    let i = crate::ops::index_value(a[1])?;
    let n = d.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("index out of range"));
    }
    Ok(new_int(d[j as usize] as i64))
}
fn b_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !(a[1].is_ptr() && layout_of(a[1]) == Layout::Bytes) {
        return Ok(not_implemented());
    }
    Ok(py_bool(bytes_data(a[0]) == bytes_data(a[1])))
}
fn b_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        crate::objects::str::hash_bytes(bytes_data(a[0])) as i64
    ))
}
fn b_decode(a: &[Value], _: &[Value]) -> PyResult<Value> {
    match std::str::from_utf8(bytes_data(a[0])) {
        Ok(s) => Ok(new_str(s)),
        Err(e) => Err(new_exc(
            Exc::UnicodeDecodeError,
            &format!(
                "'utf-8' codec can't decode byte 0x{:02x} in position {}: invalid start byte",
                bytes_data(a[0])[e.valid_up_to()],
                e.valid_up_to()
            ),
        )),
    }
}

pub fn init() {
    let t = bt(BT::Bytes);
    def(t, "__repr__", b_repr);
    def(t, "__len__", b_len);
    def(t, "__getitem__", b_getitem);
    def(t, "__eq__", b_eq);
    def(t, "__hash__", b_hash);
    def(t, "decode", b_decode);
}
