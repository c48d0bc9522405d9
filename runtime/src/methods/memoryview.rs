//! memoryview over bytes and bytearray (one-dimensional, format 'B'): indexing, slicing
//! (sharing the underlying buffer), assignment into bytearrays, tobytes/tolist/hex, release.

use super::{def, def_new, getset};
use crate::args::*;
use crate::errors::*;
use crate::methods::bytes::{bytearray_vec, bytes_data, is_bytes_like, new_bytes};
use crate::object::*;
use crate::objects::int::new_int;
use crate::objects::iter::IterObject;
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::ops;
use crate::types::type_name_of;
use crate::value::Value;

static MV_TYPE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub fn memoryview_type() -> Value {
    Value(MV_TYPE.load(std::sync::atomic::Ordering::Relaxed))
}
pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(MV_TYPE.as_ptr());
}

/// Is `v` a memoryview?
pub fn is_memoryview(v: Value) -> bool {
    v.is_ptr() && type_of(v) == memoryview_type()
}

fn new_view(base: Value, start: usize, len: usize) -> Value {
    new_obj::<IterObject>(memoryview_type(), |o| {
        o.seq = base;
        o.index = start as i64;
        o.stop = len as i64;
    })
}

/// The bytes a memoryview currently sees (a copy), for `bytes(mv)` and comparisons.
pub fn view_bytes(v: Value) -> PyResult<Vec<u8>> {
    let (base, start, len) = parts(v)?;
    let data = bytes_data(base);
    let end = (start + len).min(data.len());
    Ok(data[start.min(end)..end].to_vec())
}

/// Where a writable buffer's bytes live: (bytearray, start, len) for a bytearray or a
/// memoryview over one (what `readinto` fills: `bytearray_vec(b)[start..start + len]`).
/// None for read-only or non-buffer objects.
pub fn writable_parts(v: Value) -> PyResult<Option<(Value, usize, usize)>> {
    if v.is_ptr() && layout_of(crate::methods::builtin_value(v)) == Layout::ByteArray {
        return Ok(Some((v, 0, bytearray_vec(v).len())));
    }
    if is_memoryview(v) {
        let (b, s, l) = parts(v)?;
        if !readonly(b) {
            let n = bytearray_vec(b).len();
            let s = s.min(n);
            return Ok(Some((b, s, l.min(n - s))));
        }
    }
    Ok(None)
}

fn parts(v: Value) -> PyResult<(Value, usize, usize)> {
    let o = obj::<IterObject>(v);
    if o.step != 0 {
        return Err(value_error(
            "operation forbidden on released memoryview object",
        ));
    }
    Ok((o.seq, o.index as usize, o.stop as usize))
}

fn readonly(base: Value) -> bool {
    layout_of(crate::methods::builtin_value(base)) != Layout::ByteArray
}

fn mv_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("memoryview", &a[1..], kw, 1, 1)?;
    let x = a[1];
    if is_memoryview(x) {
        let (b, s, l) = parts(x)?;
        return Ok(new_view(b, s, l));
    }
    if !is_bytes_like(x) {
        return Err(type_error(format!(
            "memoryview: a bytes-like object is required, not '{}'",
            type_name_of(x)
        )));
    }
    let n = bytes_data(x).len();
    Ok(new_view(x, 0, n))
}
/// The element format of a view made by `cast` ('B' when `extra` is unset).
fn fmt_of(v: Value) -> char {
    let e = obj::<IterObject>(v).extra;
    if e.is_null() {
        'B'
    } else {
        crate::objects::str::str_of(e).chars().next().unwrap_or('B')
    }
}
fn item_size(f: char) -> usize {
    match f {
        'b' | 'B' | 'c' | '?' => 1,
        'h' | 'H' | 'e' => 2,
        'i' | 'I' | 'f' => 4,
        _ => 8,
    }
}
/// Item `i` of a view whose bytes are `data`, decoded by format `f` (native little-endian).
fn decode_item(f: char, data: &[u8]) -> Value {
    let mut b8 = [0u8; 8];
    b8[..data.len()].copy_from_slice(data);
    let u = u64::from_le_bytes(b8);
    match f {
        'B' => new_int(data[0] as i64),
        'b' => new_int(data[0] as i8 as i64),
        'c' => crate::methods::bytes::new_bytes(&data[..1]),
        '?' => py_bool(data[0] != 0),
        'H' => new_int(u as u16 as i64),
        'h' => new_int(u as u16 as i16 as i64),
        'I' => new_int(u as u32 as i64),
        'i' => new_int(u as u32 as i32 as i64),
        'f' => crate::objects::float::new_float(f32::from_bits(u as u32) as f64),
        'd' => crate::objects::float::new_float(f64::from_bits(u)),
        'q' | 'l' | 'n' => new_int(u as i64),
        _ => match i64::try_from(u) {
            Ok(x) => new_int(x),
            Err(_) => crate::objects::int::new_big(u.into()),
        },
    }
}
fn mv_cast(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::args::check_method("cast", a, kw, 1, 2)?;
    let (b, s, l) = parts(a[0])?;
    let f = a[1];
    if !(f.is_ptr() && layout_of(f) == Layout::Str) {
        return Err(type_error(format!(
            "cast() argument 'format' must be str, not {}",
            type_name_of(f)
        )));
    }
    let fs = crate::objects::str::str_of(f);
    let fc = fs.trim_start_matches('@');
    if fc.len() != 1 || !"bBcHhIiLlQqnNfd?".contains(fc) {
        return Err(value_error(
            "memoryview: destination format must be a native single character format prefixed with an optional '@'",
        ));
    }
    if a.len() > 2 {
        return Err(not_supported("memoryview.cast with a shape"));
    }
    let c = fc.chars().next().unwrap();
    if l % item_size(c) != 0 {
        return Err(type_error(
            "memoryview: length is not a multiple of itemsize",
        ));
    }
    let v = new_view(b, s, l);
    let fv = new_str(fc);
    obj::<IterObject>(v).extra = fv;
    write_barrier(v);
    Ok(v)
}
fn mv_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (_, _, l) = parts(a[0])?;
    Ok(new_int((l / item_size(fmt_of(a[0]))) as i64))
}
fn mv_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (b, s, l) = parts(a[0])?;
    let k = a[1];
    if k.is_ptr() && type_of(k) == bt(BT::Slice) {
        let (start, stop, step) = crate::methods::containers::slice_indices(k, l as i64)?;
        if step != 1 {
            return Err(not_supported("memoryview slices with a step"));
        }
        let n = (stop - start).max(0) as usize;
        return Ok(new_view(b, s + start as usize, n));
    }
    let i = ops::index_value(k).map_err(|_| type_error("memoryview: invalid slice key"))?;
    let f = fmt_of(a[0]);
    let sz = item_size(f);
    let n = (l / sz) as i64;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    let at = s + j as usize * sz;
    Ok(decode_item(f, &bytes_data(b)[at..at + sz]))
}
fn mv_setitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let (b, s, l) = parts(a[0])?;
    if readonly(b) {
        return Err(type_error("cannot modify read-only memory"));
    }
    let k = a[1];
    if k.is_ptr() && type_of(k) == bt(BT::Slice) {
        let (start, stop, step) = crate::methods::containers::slice_indices(k, l as i64)?;
        if step != 1 {
            return Err(not_supported("memoryview slices with a step"));
        }
        let src = if is_memoryview(a[2]) {
            view_bytes(a[2])?
        } else {
            crate::methods::bytes::buffer_arg(a[2])?
        };
        let n = (stop - start).max(0) as usize;
        if src.len() != n {
            return Err(value_error(
                "memoryview assignment: lvalue and rvalue have different structures",
            ));
        }
        let v = bytearray_vec(b);
        v[s + start as usize..s + start as usize + n].copy_from_slice(&src);
        return Ok(none());
    }
    let i = ops::index_value(k)?;
    let j = if i < 0 { i + l as i64 } else { i };
    if j < 0 || j >= l as i64 {
        return Err(index_error("index out of bounds on dimension 1"));
    }
    let x = ops::index_value(a[2])
        .map_err(|_| type_error("memoryview: invalid type for format 'B'"))?;
    if !(0..256).contains(&x) {
        return Err(value_error("memoryview: invalid value for format 'B'"));
    }
    bytearray_vec(b)[s + j as usize] = x as u8;
    Ok(none())
}
/// `hash(memoryview)`: the hash of its bytes, for read-only byte views (as CPython).
fn mv_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let base = parts(a[0])?.0;
    if !readonly(base) {
        return Err(value_error("cannot hash writable memoryview object"));
    }
    if !matches!(fmt_of(a[0]), 'B' | 'b' | 'c') {
        return Err(value_error(
            "memoryview: hashing is restricted to formats 'B', 'b' or 'c'",
        ));
    }
    let b = new_bytes(&view_bytes(a[0])?);
    Ok(new_int(ops::hash(b)? as i64))
}
fn mv_tobytes(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_bytes(&view_bytes(a[0])?))
}
fn mv_tolist(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let l = crate::objects::list::new_list(&[]);
    let f = fmt_of(a[0]);
    let sz = item_size(f);
    for chunk in view_bytes(a[0])?.chunks(sz) {
        let v = decode_item(f, chunk);
        crate::objects::list::list_push(l, v);
    }
    Ok(l)
}
fn mv_hex(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s: String = view_bytes(a[0])?
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(new_str(&s))
}
fn mv_release(a: &[Value], _: &[Value]) -> PyResult<Value> {
    obj::<IterObject>(a[0]).step = 1;
    Ok(none())
}
fn mv_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let mine = match view_bytes(a[0]) {
        Ok(b) => b,
        Err(_) => return Ok(py_bool(a[0] == a[1])),
    };
    let other = if is_memoryview(a[1]) {
        view_bytes(a[1])?
    } else if is_bytes_like(a[1]) {
        bytes_data(a[1]).to_vec()
    } else {
        return Ok(not_implemented());
    };
    Ok(py_bool(mine == other))
}
fn mv_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let released = obj::<IterObject>(a[0]).step != 0;
    Ok(new_str(&format!(
        "<{}memory at {:#x}>",
        if released { "released " } else { "" },
        ferrite_gc::object_id(a[0].ptr())
    )))
}
fn mv_enter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    parts(a[0])?;
    Ok(a[0])
}
fn mv_exit(a: &[Value], _: &[Value]) -> PyResult<Value> {
    obj::<IterObject>(a[0]).step = 1;
    Ok(py_false())
}
fn mv_obj(v: Value) -> PyResult<Value> {
    Ok(parts(v)?.0)
}
fn mv_readonly(v: Value) -> PyResult<Value> {
    Ok(py_bool(readonly(parts(v)?.0)))
}
fn mv_nbytes(v: Value) -> PyResult<Value> {
    Ok(new_int(parts(v)?.2 as i64))
}
fn mv_format(v: Value) -> PyResult<Value> {
    Ok(new_str(&fmt_of(v).to_string()))
}
fn mv_itemsize(v: Value) -> PyResult<Value> {
    Ok(new_int(item_size(fmt_of(v)) as i64))
}
fn mv_ndim(_: Value) -> PyResult<Value> {
    Ok(new_int(1))
}
fn mv_shape(v: Value) -> PyResult<Value> {
    Ok(new_tuple(&[new_int(
        (parts(v)?.2 / item_size(fmt_of(v))) as i64,
    )]))
}

pub fn init() {
    let t = crate::types::alloc_type(
        bt(BT::Type),
        "memoryview",
        Layout::Iter,
        &crate::objects::iter::ITER_KIND,
        type_flags::SEQUENCE,
    );
    crate::types::set_single_base(t, bt(BT::Object));
    MV_TYPE.store(t.0, std::sync::atomic::Ordering::Relaxed);
    def_new(t, mv_new);
    for (n, f) in [
        ("__len__", mv_len as crate::objects::function::NativeFn),
        ("__getitem__", mv_getitem),
        ("__setitem__", mv_setitem),
        ("tobytes", mv_tobytes),
        ("tolist", mv_tolist),
        ("cast", mv_cast),
        ("hex", mv_hex),
        ("release", mv_release),
        ("__eq__", mv_eq),
        ("__repr__", mv_repr),
        ("__enter__", mv_enter),
        ("__exit__", mv_exit),
    ] {
        def(t, n, f);
    }
    def(t, "__hash__", mv_hash);
    for (n, g) in [
        ("obj", mv_obj as crate::descr::GetFn),
        ("readonly", mv_readonly),
        ("nbytes", mv_nbytes),
        ("format", mv_format),
        ("itemsize", mv_itemsize),
        ("ndim", mv_ndim),
        ("shape", mv_shape),
    ] {
        getset(t, n, g);
    }
    crate::types::refresh_flags(t);
}
