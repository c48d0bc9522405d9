//! bytes (immutable, stored inline) and bytearray (mutable, a Vec<u8> owned out of the heap and
//! freed by the collector's drop hook), with the methods they share.
//!
//! Shared methods read the receiver's bytes into a Rust Vec first: a bytearray's storage may be
//! reallocated by Python code that runs during the method (`__index__`, iteration), so no slice
//! into it is kept across such calls. Results take the receiver's type (bytes or bytearray).

use super::{builtin_value, def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
use crate::objects::int::{is_int, new_int};
use crate::objects::list::{list_get, list_len, list_push, new_list};
use crate::objects::str::{new_str, str_of};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::type_name_of;
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

#[repr(C)]
pub struct ByteArrayObject {
    pub header: Header,
    pub data: Vec<u8>,
}
unsafe fn bytearray_size(_: *const Header) -> usize {
    std::mem::size_of::<ByteArrayObject>()
}
unsafe fn bytearray_drop(h: *mut Header) {
    // SAFETY: called once on a dead ByteArrayObject.
    unsafe { std::ptr::drop_in_place(&mut (*(h as *mut ByteArrayObject)).data) }
}
pub static BYTEARRAY_KIND: Kind = Kind {
    name: "bytearray",
    size: bytearray_size,
    trace: bytes_trace,
    drop: Some(bytearray_drop),
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

pub fn new_bytearray(b: Vec<u8>) -> Value {
    new_obj::<ByteArrayObject>(bt(BT::ByteArray), |o| {
        // SAFETY: zeroed body; write without dropping.
        unsafe { std::ptr::write(&mut o.data, b) }
    })
}

/// The storage of a bytearray (layout checked by the caller). Do not hold across Python calls.
pub fn bytearray_vec<'a>(v: Value) -> &'a mut Vec<u8> {
    &mut obj::<ByteArrayObject>(builtin_value(v)).data
}

/// The bytes of a bytes or bytearray object (or a subclass instance of either).
pub fn bytes_data<'a>(v: Value) -> &'a [u8] {
    let v = builtin_value(v);
    if layout_of(v) == Layout::ByteArray {
        return &obj::<ByteArrayObject>(v).data;
    }
    let o = obj::<BytesObject>(v);
    // SAFETY: len bytes follow the header.
    unsafe { std::slice::from_raw_parts(o.data.as_ptr(), o.len) }
}

/// Is `v` a bytes or bytearray (a bytes-like object)?
pub fn is_bytes_like(v: Value) -> bool {
    v.is_ptr()
        && matches!(
            layout_of(builtin_value(v)),
            Layout::Bytes | Layout::ByteArray
        )
}

fn is_bytearray(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::ByteArray
}

/// A copy of a bytes-like argument, or CPython's TypeError.
pub fn buffer_arg(v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        Ok(bytes_data(v).to_vec())
    } else if crate::methods::memoryview::is_memoryview(v) {
        crate::methods::memoryview::view_bytes(v)
    } else {
        Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(v)
        )))
    }
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

/// A result of the receiver's kind.
fn wrap(self_: Value, b: Vec<u8>) -> Value {
    if is_bytearray(self_) {
        new_bytearray(b)
    } else {
        new_bytes(&b)
    }
}

fn d(v: Value) -> Vec<u8> {
    bytes_data(v).to_vec()
}

fn tname(v: Value) -> &'static str {
    if is_bytearray(v) {
        "bytearray"
    } else {
        "bytes"
    }
}

// ------------------------------------------------------------------ construction

fn byte_value(x: Value, what: &str) -> PyResult<u8> {
    let i = crate::ops::index_value(x)?;
    if !(0..256).contains(&i) {
        return Err(value_error(format!("{what} must be in range(0, 256)")));
    }
    Ok(i as u8)
}

/// The bytes `bytes(x)`/`bytearray(x)` build from x (which is not a str nor an int count).
fn from_object(x: Value, cls_name: &str) -> PyResult<Vec<u8>> {
    if is_bytes_like(x) {
        return Ok(d(x));
    }
    let what = if cls_name == "bytes" { "bytes" } else { "byte" };
    if x.is_ptr() && (type_of(x) == bt(BT::List) || type_of(x) == bt(BT::Tuple)) {
        let l = crate::ops::to_list(x)?;
        let mut out = Vec::with_capacity(list_len(l));
        for i in 0..list_len(l) {
            let item = list_get(l, i).unwrap_or(Value::NULL);
            out.push(byte_value(item, what)?);
        }
        return Ok(out);
    }
    let it = match crate::ops::iter(x) {
        Ok(it) => it,
        Err(e) if exc_matches(e.0, exc_type(Exc::TypeError)) => {
            return Err(type_error(format!(
                "cannot convert '{}' object to {}",
                type_name_of(x),
                cls_name
            )))
        }
        Err(e) => return Err(e),
    };
    let mut out = Vec::new();
    while let Some(item) = crate::ops::next(it)? {
        out.push(byte_value(item, what)?);
    }
    Ok(out)
}

fn has_index(v: Value) -> bool {
    is_int(v) || crate::types::lookup(type_of(v), "__index__").is_some()
}

fn construct(a: &[Value], kw: &[Value], cls_name: &str) -> PyResult<Vec<u8>> {
    only_kwargs(cls_name, kw, &["source", "encoding", "errors"])?;
    let pos = positional(a, kw);
    if pos.len() > 3 {
        return Err(type_error(format!(
            "{cls_name}() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let x = kwarg(a, kw, "source").or_else(|| pos.first().copied());
    let enc = kwarg(a, kw, "encoding").or_else(|| pos.get(1).copied());
    let errs = kwarg(a, kw, "errors").or_else(|| pos.get(2).copied());
    let Some(x) = x else {
        if enc.is_some() {
            return Err(type_error("encoding without a string argument"));
        }
        if errs.is_some() {
            return Err(type_error("errors without a string argument"));
        }
        return Ok(Vec::new());
    };
    let is_str = x.is_ptr() && layout_of(builtin_value(x)) == Layout::Str;
    if enc.is_some() || errs.is_some() {
        if !is_str {
            return Err(type_error(if enc.is_some() {
                "encoding without a string argument"
            } else {
                "errors without a string argument"
            }));
        }
        let e = match enc {
            Some(e) => str_arg_named(e, cls_name, "encoding")?,
            None => "utf-8",
        };
        let r = match errs {
            Some(r) => str_arg_named(r, cls_name, "errors")?,
            None => "strict",
        };
        let b = super::codecs::encode_value(x, e, r)?;
        return Ok(bytes_data(b).to_vec());
    }
    if is_str {
        return Err(type_error("string argument without an encoding"));
    }
    if cls_name == "bytes" {
        if let Some(m) = crate::types::lookup(type_of(x), "__bytes__") {
            let r = crate::ops::call_method_obj(m, x, &[], &[])?;
            if !(r.is_ptr() && layout_of(builtin_value(r)) == Layout::Bytes) {
                return Err(type_error(format!(
                    "__bytes__ returned non-bytes (type {})",
                    type_name_of(r)
                )));
            }
            return Ok(d(r));
        }
    }
    if !is_bytes_like(x) && has_index(x) {
        let n = crate::ops::index_value(x)?;
        if n < 0 {
            return Err(value_error("negative count"));
        }
        return Ok(vec![0; n as usize]);
    }
    from_object(x, cls_name)
}

fn str_arg_named(v: Value, f: &str, name: &str) -> PyResult<&'static str> {
    if v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str {
        Ok(str_of(builtin_value(v)))
    } else {
        Err(type_error(format!(
            "{f}() argument '{name}' must be str, not {}",
            type_name_of(v)
        )))
    }
}

fn bytes_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    if cls == bt(BT::Bytes) && a.len() == 2 && kw.is_empty() && type_of(a[1]) == bt(BT::Bytes) {
        return Ok(a[1]);
    }
    let b = construct(&a[1..], kw, "bytes")?;
    let v = new_bytes(&b);
    if cls == bt(BT::Bytes) {
        Ok(v)
    } else {
        Ok(super::new_subclass_instance(cls, v))
    }
}

fn bytearray_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let b = construct(&a[1..], kw, "bytearray")?;
    let v = new_bytearray(b);
    if cls == bt(BT::ByteArray) {
        Ok(v)
    } else {
        Ok(super::new_subclass_instance(cls, v))
    }
}

fn bytearray_init(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(none())
}

// ------------------------------------------------------------------ protocol

fn b_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let r = bytes_repr(bytes_data(a[0]));
    if is_bytearray(a[0]) {
        let t = crate::types::type_name_of(a[0]);
        return Ok(new_str(&format!("{t}({r})")));
    }
    Ok(new_str(&r))
}
fn b_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(bytes_data(a[0]).len() as i64))
}
fn b_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let k = a[1];
    if k.is_ptr() && type_of(k) == bt(BT::Slice) {
        let n = bytes_data(a[0]).len() as i64;
        let (start, stop, step) = crate::methods::containers::slice_indices(k, n)?;
        let data = bytes_data(a[0]);
        let mut out = Vec::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(data[i as usize]);
            i += step;
        }
        return Ok(wrap(a[0], out));
    }
    if !has_index(k) {
        return Err(type_error(format!(
            "{} indices must be integers or slices, not {}",
            tname(a[0]),
            type_name_of(k)
        )));
    }
    let i = crate::ops::index_value(k)?;
    let data = bytes_data(a[0]);
    let n = data.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error(if is_bytearray(a[0]) {
            "bytearray index out of range"
        } else {
            "index out of range"
        }));
    }
    Ok(new_int(data[j as usize] as i64))
}
static BYTEARRAY_ITER: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(BYTEARRAY_ITER.as_ptr());
}
fn b_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if is_bytearray(a[0]) {
        let cls = Value(BYTEARRAY_ITER.load(std::sync::atomic::Ordering::Relaxed));
        let seq = a[0];
        return Ok(new_obj::<crate::objects::iter::IterObject>(cls, |o| {
            o.seq = seq
        }));
    }
    Ok(crate::objects::iter::new_iter(BT::BytesIter, a[0]))
}
fn bytesiter_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<crate::objects::iter::IterObject>(a[0]);
    if o.seq.is_null() {
        return Err(stop_iteration(Value::NULL));
    }
    let data = bytes_data(o.seq);
    let i = o.index as usize;
    if i < data.len() {
        o.index += 1;
        Ok(new_int(data[i] as i64))
    } else {
        o.seq = Value::NULL;
        Err(stop_iteration(Value::NULL))
    }
}
fn iter_self(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

fn b_cmp(a: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    if !is_bytes_like(a[1]) {
        return Ok(not_implemented());
    }
    Ok(py_bool(op.apply(bytes_data(a[0]), bytes_data(a[1]))))
}
crate::methods::numbers::cmp_fns!(b_cmp, b_lt, b_le, b_eq, b_ne, b_gt, b_ge);

fn b_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        crate::objects::str::hash_bytes(bytes_data(a[0])) as i64
    ))
}
fn b_add(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_bytes_like(a[1]) {
        return Err(type_error(format!(
            "can't concat {} to {}",
            type_name_of(a[1]),
            tname(a[0])
        )));
    }
    let mut r = d(a[0]);
    r.extend_from_slice(bytes_data(a[1]));
    Ok(wrap(a[0], r))
}
fn b_mul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !has_index(a[1]) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(a[1])
        )));
    }
    let n = crate::ops::index_value(a[1])?;
    let r = if n <= 0 {
        Vec::new()
    } else {
        bytes_data(a[0]).repeat(n as usize)
    };
    Ok(wrap(a[0], r))
}
fn b_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let x = a[1];
    if is_bytes_like(x) {
        let n = d(x);
        return Ok(py_bool(find_sub(bytes_data(a[0]), &n, 0, false).is_some()));
    }
    if !has_index(x) {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(x)
        )));
    }
    let v = byte_value(x, "byte")?;
    Ok(py_bool(bytes_data(a[0]).contains(&v)))
}
fn b_mod(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let fmt = d(a[0]);
    let r = crate::format::percent_format_bytes(&fmt, a[1])?;
    Ok(wrap(a[0], r))
}
fn b_rmod(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(not_implemented())
}
fn b_bytes(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = builtin_value(a[0]);
    if type_of(a[0]) == bt(BT::Bytes) {
        return Ok(a[0]);
    }
    Ok(new_bytes(bytes_data(v)))
}
fn b_getnewargs(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = new_bytes(bytes_data(a[0]));
    Ok(new_tuple(&[b]))
}

// ------------------------------------------------------------------ codecs, hex

fn b_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("decode", kw, &["encoding", "errors"])?;
    let pos = positional(a, kw);
    if pos.len() > 3 {
        return Err(type_error(format!(
            "decode() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let enc = match kwarg(a, kw, "encoding").or_else(|| pos.get(1).copied()) {
        Some(e) => str_arg_named(e, "decode", "encoding")?,
        None => "utf-8",
    };
    let errs = match kwarg(a, kw, "errors").or_else(|| pos.get(2).copied()) {
        Some(e) => str_arg_named(e, "decode", "errors")?,
        None => "strict",
    };
    super::codecs::decode_value(a[0], enc, errs)
}

fn b_hex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("hex", kw, &["sep", "bytes_per_sep"])?;
    let pos = positional(a, kw);
    let data = d(a[0]);
    let sep = kwarg(a, kw, "sep").or_else(|| pos.get(1).copied());
    let per = match kwarg(a, kw, "bytes_per_sep").or_else(|| pos.get(2).copied()) {
        Some(v) => crate::ops::index_value(v)?,
        None => 1,
    };
    let sep: Option<char> = match sep {
        None => None,
        Some(s) => {
            let t: String = if s.is_ptr() && layout_of(builtin_value(s)) == Layout::Str {
                str_of(builtin_value(s)).to_string()
            } else if is_bytes_like(s) {
                bytes_data(s).iter().map(|&b| b as char).collect()
            } else {
                return Err(type_error(format!(
                    "sep must be str or bytes, not {}",
                    type_name_of(s)
                )));
            };
            let mut cs = t.chars();
            match (cs.next(), cs.next()) {
                (Some(c), None) if c.is_ascii() => Some(c),
                (Some(_), None) => return Err(value_error("sep must be ASCII.")),
                _ => return Err(value_error("sep must be length 1.")),
            }
        }
    };
    let hexes: Vec<String> = data.iter().map(|b| format!("{b:02x}")).collect();
    let Some(sep) = sep.filter(|_| per != 0 && !data.is_empty()) else {
        return Ok(new_str(&hexes.concat()));
    };
    let k = per.unsigned_abs() as usize;
    let n = hexes.len();
    let mut out = String::new();
    for (i, h) in hexes.iter().enumerate() {
        // groups counted from the right for positive bytes_per_sep, from the left otherwise
        if i > 0 {
            let boundary = if per > 0 {
                (n - i).is_multiple_of(k)
            } else {
                i % k == 0
            };
            if boundary {
                out.push(sep);
            }
        }
        out.push_str(h);
    }
    Ok(new_str(&out))
}

fn fromhex_impl(cls: Value, s: Value) -> PyResult<Value> {
    if !(s.is_ptr() && layout_of(builtin_value(s)) == Layout::Str) {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name_of(s)
        )));
    }
    let t = str_of(builtin_value(s));
    let cs: Vec<char> = t.chars().collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < cs.len() {
        if cs[i].is_ascii_whitespace() {
            i += 1;
            continue;
        }
        let hi = cs[i].to_digit(16).filter(|_| cs[i].is_ascii());
        let Some(hi) = hi else {
            return Err(value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {i}"
            )));
        };
        let lo = cs
            .get(i + 1)
            .and_then(|c| c.to_digit(16).filter(|_| c.is_ascii()));
        let Some(lo) = lo else {
            return Err(value_error(format!(
                "non-hexadecimal number found in fromhex() arg at position {}",
                i + 1
            )));
        };
        out.push((hi * 16 + lo) as u8);
        i += 2;
    }
    let base_is_ba = crate::types::is_subtype(cls, bt(BT::ByteArray));
    let v = if base_is_ba {
        new_bytearray(out)
    } else {
        new_bytes(&out)
    };
    if cls == bt(BT::Bytes) || cls == bt(BT::ByteArray) {
        Ok(v)
    } else {
        crate::ops::call(cls, &[v], &[])
    }
}
fn b_fromhex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("fromhex", &a[1..], kw, 1, 1)?;
    fromhex_impl(a[0], a[1])
}

fn b_maketrans(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    // static method: no self
    check("maketrans", a, kw, 2, 2)?;
    let from = buffer_arg(a[0])?;
    let to = buffer_arg(a[1])?;
    if from.len() != to.len() {
        return Err(value_error("maketrans arguments must have same length"));
    }
    let mut table: Vec<u8> = (0..=255u8).collect();
    for (f, t) in from.iter().zip(to.iter()) {
        table[*f as usize] = *t;
    }
    Ok(new_bytes(&table))
}

fn b_translate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("translate", kw, &["delete"])?;
    let pos = positional(a, kw);
    if pos.len() < 2 {
        return Err(type_error(
            "translate() takes at least 1 argument (0 given)",
        ));
    }
    let data = d(a[0]);
    let table = if pos[1] == none() {
        None
    } else {
        let t = buffer_arg(pos[1])?;
        if t.len() != 256 {
            return Err(value_error("translation table must be 256 characters long"));
        }
        Some(t)
    };
    let del = match kwarg(a, kw, "delete").or_else(|| pos.get(2).copied()) {
        Some(v) => buffer_arg(v)?,
        None => Vec::new(),
    };
    let out: Vec<u8> = data
        .iter()
        .filter(|b| !del.contains(b))
        .map(|&b| match &table {
            Some(t) => t[b as usize],
            None => b,
        })
        .collect();
    Ok(wrap(a[0], out))
}

// ------------------------------------------------------------------ searching

/// Position of `sub` in `hay[start..]`, from the left or the right.
fn find_sub(hay: &[u8], sub: &[u8], start: usize, rev: bool) -> Option<usize> {
    if sub.len() > hay.len().saturating_sub(start) {
        return None;
    }
    let last = hay.len() - sub.len();
    if rev {
        (start..=last)
            .rev()
            .find(|&i| &hay[i..i + sub.len()] == sub)
    } else {
        (start..=last).find(|&i| &hay[i..i + sub.len()] == sub)
    }
}

/// Normalised (start, end) slice bounds from optional arguments.
fn bounds(a: &[Value], i: usize, n: usize) -> PyResult<(usize, usize, bool)> {
    let n = n as i64;
    let norm = |v: Value, dflt: i64| -> PyResult<i64> {
        if v.is_null() || v == none() {
            return Ok(dflt);
        }
        let i = crate::ops::index_value(v).map_err(|_| {
            type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        Ok(if i < 0 { (i + n).max(0) } else { i })
    };
    let s = norm(opt(a, i), 0)?;
    let e = norm(opt(a, i + 1), n)?.min(n);
    Ok((s as usize, e.max(0) as usize, s <= e && s <= n))
}

/// The needle of find/count/index: bytes-like or an int in range(256).
fn needle(v: Value) -> PyResult<Vec<u8>> {
    if is_bytes_like(v) {
        return Ok(d(v));
    }
    if has_index(v) {
        return Ok(vec![byte_value(v, "byte")?]);
    }
    Err(type_error(format!(
        "argument should be integer or bytes-like object, not '{}'",
        type_name_of(v)
    )))
}

fn find_impl(a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    no_kwargs(name, kw)?;
    if a.len() < 2 || a.len() > 4 {
        return Err(arg_count(name, a.len() - 1, 1, 3));
    }
    let sub = needle(a[1])?;
    let data = d(a[0]);
    let (s, e, ok) = bounds(a, 2, data.len())?;
    if !ok {
        return Ok(None);
    }
    Ok(find_sub(&data[..e], &sub, s, rev))
}

fn arg_count(name: &str, n: usize, min: usize, max: usize) -> PyErr {
    if n < min {
        type_error(format!(
            "{name}() takes at least {min} argument{} ({n} given)",
            if min == 1 { "" } else { "s" }
        ))
    } else {
        type_error(format!(
            "{name}() takes at most {max} argument{} ({n} given)",
            if max == 1 { "" } else { "s" }
        ))
    }
}

fn b_find(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        find_impl(a, kw, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn b_rfind(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        find_impl(a, kw, "rfind", true)?.map_or(-1, |i| i as i64),
    ))
}
fn b_index(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(a, kw, "index", false)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}
fn b_rindex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(a, kw, "rindex", true)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("subsection not found")),
    }
}
fn b_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("count", kw)?;
    if a.len() < 2 || a.len() > 4 {
        return Err(arg_count("count", a.len() - 1, 1, 3));
    }
    let sub = needle(a[1])?;
    let data = d(a[0]);
    let (s, e, ok) = bounds(a, 2, data.len())?;
    if !ok {
        return Ok(new_int(0));
    }
    let hay = &data[s..e];
    if sub.is_empty() {
        return Ok(new_int(hay.len() as i64 + 1));
    }
    let mut n = 0;
    let mut i = 0;
    while let Some(j) = find_sub(hay, &sub, i, false) {
        n += 1;
        i = j + sub.len();
    }
    Ok(new_int(n))
}

fn affix(a: &[Value], kw: &[Value], name: &str, start: bool) -> PyResult<Value> {
    no_kwargs(name, kw)?;
    if a.len() < 2 || a.len() > 4 {
        return Err(arg_count(name, a.len() - 1, 1, 3));
    }
    let data = d(a[0]);
    let (s, e, ok) = bounds(a, 2, data.len())?;
    let test = |p: &[u8]| -> bool {
        if !ok {
            return false;
        }
        let hay = &data[s..e];
        if start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    let x = a[1];
    if x.is_ptr() && type_of(x) == bt(BT::Tuple) {
        for &p in tuple_items(x) {
            if !is_bytes_like(p) {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name_of(p)
                )));
            }
            if test(bytes_data(p)) {
                return Ok(py_true());
            }
        }
        return Ok(py_false());
    }
    if !is_bytes_like(x) {
        return Err(type_error(format!(
            "{name} first arg must be bytes or a tuple of bytes, not {}",
            type_name_of(x)
        )));
    }
    let p = d(x);
    Ok(py_bool(test(&p)))
}
fn b_startswith(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(a, kw, "startswith", true)
}
fn b_endswith(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix(a, kw, "endswith", false)
}

// ------------------------------------------------------------------ splitting, joining

fn is_space(b: u8) -> bool {
    matches!(b, b' ' | b'\t' | b'\n' | b'\r' | 0x0b | 0x0c)
}

fn opt_sep(v: Option<Value>) -> PyResult<Option<Vec<u8>>> {
    match v {
        None => Ok(None),
        Some(v) if v == none() => Ok(None),
        Some(v) => {
            let s = buffer_arg(v)?;
            if s.is_empty() {
                return Err(value_error("empty separator"));
            }
            Ok(Some(s))
        }
    }
}

/// Splits `t` like bytes.split / str.split (shared algorithm over any element type).
pub fn split_generic<T: PartialEq + Copy>(
    t: &[T],
    sep: Option<&[T]>,
    maxsplit: i64,
    right: bool,
    space: impl Fn(T) -> bool,
) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    let mut left = maxsplit;
    match sep {
        None => {
            if !right {
                let mut i = 0;
                let n = t.len();
                loop {
                    while i < n && space(t[i]) {
                        i += 1;
                    }
                    if i >= n {
                        break;
                    }
                    if left == 0 {
                        out.push(i..n);
                        break;
                    }
                    let st = i;
                    while i < n && !space(t[i]) {
                        i += 1;
                    }
                    out.push(st..i);
                    left -= 1;
                }
            } else {
                let mut i = t.len();
                loop {
                    while i > 0 && space(t[i - 1]) {
                        i -= 1;
                    }
                    if i == 0 {
                        break;
                    }
                    if left == 0 {
                        out.push(0..i);
                        break;
                    }
                    let en = i;
                    while i > 0 && !space(t[i - 1]) {
                        i -= 1;
                    }
                    out.push(i..en);
                    left -= 1;
                }
                out.reverse();
            }
        }
        Some(sep) => {
            let m = sep.len();
            let matches = |i: usize| i + m <= t.len() && &t[i..i + m] == sep;
            if !right {
                let mut st = 0;
                let mut i = 0;
                while i + m <= t.len() && left != 0 {
                    if matches(i) {
                        out.push(st..i);
                        i += m;
                        st = i;
                        left -= 1;
                    } else {
                        i += 1;
                    }
                }
                out.push(st..t.len());
            } else {
                let mut en = t.len();
                let mut i = t.len();
                while i >= m && left != 0 {
                    if matches(i - m) {
                        out.push(i..en);
                        i -= m;
                        en = i;
                        left -= 1;
                    } else {
                        i -= 1;
                    }
                }
                out.push(0..en);
                out.reverse();
            }
        }
    }
    out
}

fn split_impl(a: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    only_kwargs(name, kw, &["sep", "maxsplit"])?;
    let pos = positional(a, kw);
    if pos.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let sep = opt_sep(kwarg(a, kw, "sep").or_else(|| pos.get(1).copied()))?;
    let maxsplit = match kwarg(a, kw, "maxsplit").or_else(|| pos.get(2).copied()) {
        Some(m) => crate::ops::index_value(m)?,
        None => -1,
    };
    let data = d(a[0]);
    let parts = split_generic(&data, sep.as_deref(), maxsplit, right, is_space);
    let out = new_list(&[]);
    for r in parts {
        let p = wrap(a[0], data[r].to_vec());
        list_push(out, p);
    }
    Ok(out)
}
fn b_split(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(a, kw, "split", false)
}
fn b_rsplit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    split_impl(a, kw, "rsplit", true)
}

fn b_splitlines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("splitlines", kw, &["keepends"])?;
    let keep = match kwarg(a, kw, "keepends").or_else(|| positional(a, kw).get(1).copied()) {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let b = d(a[0]);
    let out = new_list(&[]);
    let mut start = 0;
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                end += 1;
            }
            let line = if keep { &b[start..end] } else { &b[start..i] };
            let v = wrap(a[0], line.to_vec());
            list_push(out, v);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < b.len() {
        let v = wrap(a[0], b[start..].to_vec());
        list_push(out, v);
    }
    Ok(out)
}

fn b_join(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("join", a, kw, 1, 1)?;
    let l = crate::ops::to_list(a[1]).map_err(|e| {
        if exc_matches(e.0, exc_type(Exc::TypeError)) {
            type_error("can only join an iterable")
        } else {
            e
        }
    })?;
    let sep = d(a[0]);
    let mut out = Vec::new();
    for i in 0..list_len(l) {
        let x = list_get(l, i).unwrap_or(Value::NULL);
        if !is_bytes_like(x) {
            return Err(type_error(format!(
                "sequence item {i}: expected a bytes-like object, {} found",
                type_name_of(x)
            )));
        }
        if i > 0 {
            out.extend_from_slice(&sep);
        }
        out.extend_from_slice(bytes_data(x));
    }
    Ok(wrap(a[0], out))
}

fn partition_impl(a: &[Value], kw: &[Value], rev: bool) -> PyResult<Value> {
    check_method(if rev { "rpartition" } else { "partition" }, a, kw, 1, 1)?;
    let sep = buffer_arg(a[1])?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let t = d(a[0]);
    let r = find_sub(&t, &sep, 0, rev);
    let (x, y, z) = match r {
        Some(i) => (t[..i].to_vec(), sep.clone(), t[i + sep.len()..].to_vec()),
        None if rev => (Vec::new(), Vec::new(), t.clone()),
        None => (t.clone(), Vec::new(), Vec::new()),
    };
    let x = wrap(a[0], x);
    let y = wrap(a[0], y);
    let z = wrap(a[0], z);
    Ok(new_tuple(&[x, y, z]))
}
fn b_partition(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(a, kw, false)
}
fn b_rpartition(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(a, kw, true)
}

fn strip_impl(a: &[Value], kw: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_method(name, a, kw, 0, 1)?;
    let t = d(a[0]);
    let chars = opt_not_none(a, 1);
    let set: Option<Vec<u8>> = if chars.is_null() {
        None
    } else {
        Some(buffer_arg(chars)?)
    };
    let strip = |b: u8| match &set {
        None => is_space(b),
        Some(s) => s.contains(&b),
    };
    let mut s = 0;
    let mut e = t.len();
    if left {
        while s < e && strip(t[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(t[e - 1]) {
            e -= 1;
        }
    }
    Ok(wrap(a[0], t[s..e].to_vec()))
}
fn b_strip(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(a, kw, "strip", true, true)
}
fn b_lstrip(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(a, kw, "lstrip", true, false)
}
fn b_rstrip(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(a, kw, "rstrip", false, true)
}

fn b_replace(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("replace", a, kw, 2, 3)?;
    let old = buffer_arg(a[1])?;
    let new = buffer_arg(a[2])?;
    let mut count = if a.len() > 3 {
        crate::ops::index_value(a[3])?
    } else {
        -1
    };
    let t = d(a[0]);
    let mut out = Vec::new();
    if old.is_empty() {
        for (k, &b) in t.iter().enumerate() {
            if count != 0 {
                out.extend_from_slice(&new);
                count -= 1;
            }
            let _ = k;
            out.push(b);
        }
        if count != 0 {
            out.extend_from_slice(&new);
        }
        return Ok(wrap(a[0], out));
    }
    let mut i = 0;
    while i < t.len() {
        if count != 0 && t[i..].starts_with(&old) {
            out.extend_from_slice(&new);
            i += old.len();
            count -= 1;
        } else {
            out.push(t[i]);
            i += 1;
        }
    }
    Ok(wrap(a[0], out))
}

fn fill_byte(v: Value, name: &str) -> PyResult<u8> {
    if is_bytes_like(v) && bytes_data(v).len() == 1 {
        return Ok(bytes_data(v)[0]);
    }
    Err(type_error(format!(
        "{name}() argument 2 must be a byte string of length 1, not {}",
        type_name_of(v)
    )))
}

fn pad_impl(a: &[Value], kw: &[Value], name: &str, mode: u8) -> PyResult<Value> {
    check_method(name, a, kw, 1, 2)?;
    let w = crate::ops::index_value(a[1])?;
    let fill = if a.len() > 2 {
        fill_byte(a[2], name)?
    } else {
        b' '
    };
    let t = d(a[0]);
    let n = t.len() as i64;
    if w <= n {
        return Ok(wrap(a[0], t));
    }
    let pad = (w - n) as usize;
    let (l, r) = match mode {
        0 => (0, pad),
        1 => (pad, 0),
        _ => {
            let l = pad / 2 + (pad & (w as usize) & 1);
            (l, pad - l)
        }
    };
    let mut out = vec![fill; l];
    out.extend_from_slice(&t);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(wrap(a[0], out))
}
fn b_ljust(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(a, kw, "ljust", 0)
}
fn b_rjust(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(a, kw, "rjust", 1)
}
fn b_center(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(a, kw, "center", 2)
}
fn b_zfill(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("zfill", a, kw, 1, 1)?;
    let w = crate::ops::index_value(a[1])?;
    let t = d(a[0]);
    let n = t.len() as i64;
    if w <= n {
        return Ok(wrap(a[0], t));
    }
    let pad = (w - n) as usize;
    let mut out = Vec::new();
    let rest = if !t.is_empty() && (t[0] == b'+' || t[0] == b'-') {
        out.push(t[0]);
        &t[1..]
    } else {
        &t[..]
    };
    out.extend(std::iter::repeat_n(b'0', pad));
    out.extend_from_slice(rest);
    Ok(wrap(a[0], out))
}
fn b_expandtabs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("expandtabs", kw, &["tabsize"])?;
    let ts = match positional(a, kw)
        .get(1)
        .copied()
        .or_else(|| kwarg(a, kw, "tabsize"))
    {
        Some(v) => crate::ops::index_value(v)?,
        None => 8,
    };
    let mut out = Vec::new();
    let mut col = 0i64;
    for c in d(a[0]) {
        match c {
            b'\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.extend(std::iter::repeat_n(b' ', n as usize));
                    col += n;
                }
            }
            b'\n' | b'\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(wrap(a[0], out))
}
fn b_removeprefix(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("removeprefix", a, kw, 1, 1)?;
    let p = buffer_arg(a[1])?;
    let t = d(a[0]);
    let r = t.strip_prefix(&p[..]).unwrap_or(&t).to_vec();
    Ok(wrap(a[0], r))
}
fn b_removesuffix(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("removesuffix", a, kw, 1, 1)?;
    let p = buffer_arg(a[1])?;
    let t = d(a[0]);
    let r = t.strip_suffix(&p[..]).unwrap_or(&t).to_vec();
    Ok(wrap(a[0], r))
}

// ------------------------------------------------------------------ case, predicates

macro_rules! bmap {
    ($name:ident, $py:literal, |$t:ident| $e:expr) => {
        fn $name(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            check_method($py, a, kw, 0, 0)?;
            let $t = d(a[0]);
            let r: Vec<u8> = $e;
            Ok(wrap(a[0], r))
        }
    };
}
bmap!(b_upper, "upper", |t| t.to_ascii_uppercase());
bmap!(b_lower, "lower", |t| t.to_ascii_lowercase());
bmap!(b_swapcase, "swapcase", |t| t
    .iter()
    .map(|&c| if c.is_ascii_uppercase() {
        c.to_ascii_lowercase()
    } else {
        c.to_ascii_uppercase()
    })
    .collect());
bmap!(b_capitalize, "capitalize", |t| t
    .iter()
    .enumerate()
    .map(|(i, &c)| if i == 0 {
        c.to_ascii_uppercase()
    } else {
        c.to_ascii_lowercase()
    })
    .collect());
bmap!(b_title, "title", |t| {
    let mut prev = false;
    t.iter()
        .map(|&c| {
            let r = if prev {
                c.to_ascii_lowercase()
            } else {
                c.to_ascii_uppercase()
            };
            prev = c.is_ascii_alphabetic();
            r
        })
        .collect()
});

macro_rules! bpred {
    ($name:ident, |$c:ident| $e:expr) => {
        fn $name(a: &[Value], _: &[Value]) -> PyResult<Value> {
            let t = bytes_data(a[0]);
            Ok(py_bool(!t.is_empty() && t.iter().all(|&$c| $e)))
        }
    };
}
bpred!(b_isalpha, |c| c.is_ascii_alphabetic());
bpred!(b_isalnum, |c| c.is_ascii_alphanumeric());
bpred!(b_isdigit, |c| c.is_ascii_digit());
bpred!(b_isspace, |c| is_space(c));
fn b_isascii(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(bytes_data(a[0]).is_ascii()))
}
fn b_islower(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = bytes_data(a[0]);
    Ok(py_bool(
        t.iter().any(|c| c.is_ascii_lowercase()) && !t.iter().any(|c| c.is_ascii_uppercase()),
    ))
}
fn b_isupper(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = bytes_data(a[0]);
    Ok(py_bool(
        t.iter().any(|c| c.is_ascii_uppercase()) && !t.iter().any(|c| c.is_ascii_lowercase()),
    ))
}
fn b_istitle(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = bytes_data(a[0]);
    let mut cased = false;
    let mut prev = false;
    for &c in t {
        if c.is_ascii_uppercase() {
            if prev {
                return Ok(py_false());
            }
            prev = true;
            cased = true;
        } else if c.is_ascii_lowercase() {
            if !prev {
                return Ok(py_false());
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(py_bool(cased))
}

// ------------------------------------------------------------------ bytearray mutation

fn ba(v: Value) -> &'static mut Vec<u8> {
    bytearray_vec(v)
}

fn ba_setitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (s, k, x) = (a[0], a[1], a[2]);
    if k.is_ptr() && type_of(k) == bt(BT::Slice) {
        let src: Vec<u8> = if is_bytes_like(x) {
            d(x)
        } else if has_index(x) && !(x.is_ptr() && layout_of(x) == Layout::Str) {
            return Err(type_error(
                "can assign only bytes, buffers, or iterables of ints in range(0, 256)",
            ));
        } else {
            from_object(x, "bytearray")?
        };
        let n = ba(s).len() as i64;
        let (start, stop, step) = crate::methods::containers::slice_indices(k, n)?;
        if step == 1 {
            let stop = stop.max(start);
            ba(s).splice(start as usize..stop as usize, src);
            return Ok(none());
        }
        let idx = crate::methods::containers::slice_positions(start, stop, step);
        if idx.len() != src.len() {
            return Err(value_error(format!(
                "attempt to assign bytes of size {} to extended slice of size {}",
                src.len(),
                idx.len()
            )));
        }
        let v = ba(s);
        for (j, b) in idx.into_iter().zip(src) {
            v[j] = b;
        }
        return Ok(none());
    }
    if !has_index(k) {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name_of(k)
        )));
    }
    let i = crate::ops::index_value(k)?;
    let b = byte_value(x, "byte")?;
    let v = ba(s);
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("bytearray index out of range"));
    }
    v[j as usize] = b;
    Ok(none())
}

fn ba_delitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (s, k) = (a[0], a[1]);
    let n = ba(s).len() as i64;
    if k.is_ptr() && type_of(k) == bt(BT::Slice) {
        let (start, stop, step) = crate::methods::containers::slice_indices(k, n)?;
        let mut del = vec![false; n as usize];
        for i in crate::methods::containers::slice_positions(start, stop, step) {
            del[i] = true;
        }
        let v = ba(s);
        let mut j = 0;
        v.retain(|_| {
            let keep = !del[j];
            j += 1;
            keep
        });
        return Ok(none());
    }
    if !has_index(k) {
        return Err(type_error(format!(
            "bytearray indices must be integers or slices, not {}",
            type_name_of(k)
        )));
    }
    let i = crate::ops::index_value(k)?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("bytearray index out of range"));
    }
    ba(s).remove(j as usize);
    Ok(none())
}

fn ba_append(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("append", a, kw, 1, 1)?;
    let b = byte_value(a[1], "byte")?;
    ba(a[0]).push(b);
    Ok(none())
}
fn ba_extend(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("extend", a, kw, 1, 1)?;
    let x = a[1];
    if x.is_ptr() && layout_of(builtin_value(x)) == Layout::Str {
        return Err(type_error("expected iterable of integers; got: 'str'"));
    }
    let src = if is_bytes_like(x) {
        d(x)
    } else {
        from_object(x, "bytearray").map_err(|e| {
            if exc_matches(e.0, exc_type(Exc::TypeError)) && crate::ops::iter(x).is_err() {
                type_error(format!("can't extend bytearray with {}", type_name_of(x)))
            } else {
                e
            }
        })?
    };
    ba(a[0]).extend_from_slice(&src);
    Ok(none())
}
fn ba_iadd(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_bytes_like(a[1]) {
        return Err(type_error(format!(
            "can't concat {} to bytearray",
            type_name_of(a[1])
        )));
    }
    let src = d(a[1]);
    ba(a[0]).extend_from_slice(&src);
    Ok(a[0])
}
fn ba_imul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !has_index(a[1]) {
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(a[1])
        )));
    }
    let n = crate::ops::index_value(a[1])?;
    let v = ba(a[0]);
    *v = if n <= 0 {
        Vec::new()
    } else {
        v.repeat(n as usize)
    };
    Ok(a[0])
}
fn ba_pop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("pop", a, kw, 0, 1)?;
    let i = if a.len() > 1 {
        crate::ops::index_value(a[1])?
    } else {
        -1
    };
    let v = ba(a[0]);
    if v.is_empty() {
        return Err(index_error("pop from empty bytearray"));
    }
    let n = v.len() as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("pop index out of range"));
    }
    Ok(new_int(v.remove(j as usize) as i64))
}
fn ba_insert(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("insert", a, kw, 2, 2)?;
    let i = crate::ops::index_value(a[1])?;
    let b = byte_value(a[2], "byte")?;
    let v = ba(a[0]);
    let n = v.len() as i64;
    let j = if i < 0 { (i + n).max(0) } else { i.min(n) };
    v.insert(j as usize, b);
    Ok(none())
}
fn ba_remove(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("remove", a, kw, 1, 1)?;
    let b = byte_value(a[1], "byte")?;
    let v = ba(a[0]);
    match v.iter().position(|&x| x == b) {
        Some(i) => {
            v.remove(i);
            Ok(none())
        }
        None => Err(value_error("value not found in bytearray")),
    }
}
fn ba_reverse(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("reverse", a, kw, 0, 0)?;
    ba(a[0]).reverse();
    Ok(none())
}
fn ba_clear(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("clear", a, kw, 0, 0)?;
    ba(a[0]).clear();
    Ok(none())
}
fn ba_copy(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("copy", a, kw, 0, 0)?;
    Ok(new_bytearray(d(a[0])))
}
fn ba_alloc(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(ba(a[0]).capacity() as i64 + 1))
}

pub fn init() {
    as_type(bt(BT::ByteArray)).instance_kind = &BYTEARRAY_KIND;
    use crate::objects::function::NativeFn;
    let shared: &[(&'static str, NativeFn)] = &[
        ("__repr__", b_repr),
        ("__len__", b_len),
        ("__getitem__", b_getitem),
        ("__iter__", b_iter),
        ("__lt__", b_lt),
        ("__le__", b_le),
        ("__eq__", b_eq),
        ("__ne__", b_ne),
        ("__gt__", b_gt),
        ("__ge__", b_ge),
        ("__add__", b_add),
        ("__mul__", b_mul),
        ("__rmul__", b_mul),
        ("__contains__", b_contains),
        ("__mod__", b_mod),
        ("__rmod__", b_rmod),
        ("decode", b_decode),
        ("hex", b_hex),
        ("translate", b_translate),
        ("find", b_find),
        ("rfind", b_rfind),
        ("index", b_index),
        ("rindex", b_rindex),
        ("count", b_count),
        ("startswith", b_startswith),
        ("endswith", b_endswith),
        ("split", b_split),
        ("rsplit", b_rsplit),
        ("splitlines", b_splitlines),
        ("join", b_join),
        ("partition", b_partition),
        ("rpartition", b_rpartition),
        ("strip", b_strip),
        ("lstrip", b_lstrip),
        ("rstrip", b_rstrip),
        ("replace", b_replace),
        ("ljust", b_ljust),
        ("rjust", b_rjust),
        ("center", b_center),
        ("zfill", b_zfill),
        ("expandtabs", b_expandtabs),
        ("removeprefix", b_removeprefix),
        ("removesuffix", b_removesuffix),
        ("upper", b_upper),
        ("lower", b_lower),
        ("swapcase", b_swapcase),
        ("capitalize", b_capitalize),
        ("title", b_title),
        ("isalpha", b_isalpha),
        ("isalnum", b_isalnum),
        ("isdigit", b_isdigit),
        ("isspace", b_isspace),
        ("isascii", b_isascii),
        ("islower", b_islower),
        ("isupper", b_isupper),
        ("istitle", b_istitle),
    ];
    for t in [bt(BT::Bytes), bt(BT::ByteArray)] {
        for &(n, f) in shared {
            def(t, n, f);
        }
        let fh = crate::objects::function::new_builtin_function("fromhex", b_fromhex, Value::NULL);
        let cm = new_obj::<crate::objects::function::WrapperObject>(bt(BT::ClassMethod), |w| {
            w.func = fh
        });
        let _ =
            crate::objects::dict::dict_set(as_type(t).dict, crate::intern::intern("fromhex"), cm);
        let mt =
            crate::objects::function::new_builtin_function("maketrans", b_maketrans, Value::NULL);
        let sm = new_obj::<crate::objects::function::WrapperObject>(bt(BT::StaticMethod), |w| {
            w.func = mt
        });
        let _ =
            crate::objects::dict::dict_set(as_type(t).dict, crate::intern::intern("maketrans"), sm);
    }
    let b = bt(BT::Bytes);
    def_new(b, bytes_new);
    def(b, "__hash__", b_hash);
    def(b, "__bytes__", b_bytes);
    def(b, "__getnewargs__", b_getnewargs);
    let t = bt(BT::ByteArray);
    def_new(t, bytearray_new);
    def(t, "__init__", bytearray_init);
    let _ =
        crate::objects::dict::dict_set(as_type(t).dict, crate::intern::intern("__hash__"), none());
    for (n, f) in [
        ("__setitem__", ba_setitem as NativeFn),
        ("__delitem__", ba_delitem),
        ("__iadd__", ba_iadd),
        ("__imul__", ba_imul),
        ("append", ba_append),
        ("extend", ba_extend),
        ("pop", ba_pop),
        ("insert", ba_insert),
        ("remove", ba_remove),
        ("reverse", ba_reverse),
        ("clear", ba_clear),
        ("copy", ba_copy),
        ("__alloc__", ba_alloc),
    ] {
        def(t, n, f);
    }
    let it = bt(BT::BytesIter);
    def(it, "__next__", bytesiter_next);
    def(it, "__iter__", iter_self);
    let bai = crate::types::alloc_type(
        bt(BT::Type),
        "bytearray_iterator",
        Layout::Iter,
        &crate::objects::iter::ITER_KIND,
        0,
    );
    crate::types::set_single_base(bai, bt(BT::Object));
    BYTEARRAY_ITER.store(bai.0, std::sync::atomic::Ordering::Relaxed);
    def(bai, "__next__", bytesiter_next);
    def(bai, "__iter__", iter_self);
    let _ = (str_of, new_str);
}
