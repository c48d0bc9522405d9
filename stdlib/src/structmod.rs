//! The `_struct` module: packing values to and from C-layout bytes (`struct.py` re-exports
//! it). Formats as CPython's: a byte-order prefix (@ native size and alignment, = < > !
//! standard sizes, no alignment), repeat counts, every format character, CPython's messages.

use crate::util::{bind, is_exact_float, to_f64};
use ferrite_runtime::errors::{new_exc, type_error, Exc, PyErr, PyResult};
use ferrite_runtime::methods::bytes::{bytearray_vec, bytes_data, is_bytes_like, new_bytes};
use ferrite_runtime::methods::numbers::is_int_v;
use ferrite_runtime::methods::{def, def_new, getset};
use ferrite_runtime::object::{bt, layout_of, none, py_bool, type_of, Layout, BT};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict};
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::{new_big, new_int};
use ferrite_runtime::objects::native::{
    native_mut, new_native, new_native_for, new_native_type, NativeData,
};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, new_tuple_uninit, tuple_items_mut};
use ferrite_runtime::ops;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};
use std::sync::OnceLock;

// ------------------------------------------------------------------ format parsing

#[derive(Clone, Copy)]
struct Item {
    code: u8,
    count: usize,
    offset: usize,
    /// bytes per element
    size: usize,
}

#[derive(Clone)]
pub struct Format {
    text: String,
    items: Vec<Item>,
    size: usize,
    /// number of values packed/unpacked
    len: usize,
    little: bool,
    native: bool,
}

fn struct_error(msg: impl AsRef<str>) -> PyErr {
    let e = ferrite_runtime::errors::new_exc_obj(error_type(), new_tuple(&[new_str(msg.as_ref())]));
    PyErr(e)
}

fn code_size(c: u8, native: bool) -> Option<usize> {
    Some(match c {
        b'x' | b'c' | b'b' | b'B' | b'?' | b's' | b'p' => 1,
        b'h' | b'H' | b'e' => 2,
        b'i' | b'I' | b'f' => 4,
        b'l' | b'L' => {
            if native {
                8
            } else {
                4
            }
        }
        b'q' | b'Q' | b'd' => 8,
        b'n' | b'N' | b'P' if native => 8,
        _ => return None,
    })
}

fn parse(text: &str, fmt: &[u8]) -> PyResult<Format> {
    let (little, native, body) = match fmt.first() {
        Some(b'@') => (cfg!(target_endian = "little"), true, &fmt[1..]),
        Some(b'=') => (cfg!(target_endian = "little"), false, &fmt[1..]),
        Some(b'<') => (true, false, &fmt[1..]),
        Some(b'>') | Some(b'!') => (false, false, &fmt[1..]),
        _ => (cfg!(target_endian = "little"), true, fmt),
    };
    let mut items = Vec::new();
    let (mut size, mut len) = (0usize, 0usize);
    let too_long = || struct_error("total struct size too long");
    let mut i = 0;
    while i < body.len() {
        let mut c = body[i];
        i += 1;
        if c.is_ascii_whitespace() {
            continue;
        }
        let num;
        if c.is_ascii_digit() {
            let mut n: usize = (c - b'0') as usize;
            loop {
                if i >= body.len() {
                    return Err(struct_error("repeat count given without format specifier"));
                }
                c = body[i];
                i += 1;
                if !c.is_ascii_digit() {
                    break;
                }
                n = n
                    .checked_mul(10)
                    .and_then(|n| n.checked_add((c - b'0') as usize))
                    .filter(|n| *n <= isize::MAX as usize)
                    .ok_or_else(too_long)?;
            }
            num = n;
        } else {
            num = 1;
        }
        let Some(isz) = code_size(c, native) else {
            return Err(struct_error("bad char in struct format"));
        };
        match c {
            b's' | b'p' => len += 1,
            b'x' => {}
            _ => len += num,
        }
        if native && size > 0 && isz > 1 && !matches!(c, b's' | b'p' | b'x') {
            size = size.div_ceil(isz) * isz;
        }
        let offset = size;
        let total = num.checked_mul(isz).ok_or_else(too_long)?;
        size = size
            .checked_add(total)
            .filter(|s| *s <= isize::MAX as usize)
            .ok_or_else(too_long)?;
        items.push(Item {
            code: c,
            count: num,
            offset,
            size: isz,
        });
    }
    Ok(Format {
        text: text.to_string(),
        items,
        size,
        len,
        little,
        native,
    })
}

/// A format argument (str or bytes) parsed.
fn format_arg(v: Value) -> PyResult<Format> {
    let b = ferrite_runtime::methods::builtin_value(v);
    if b.is_ptr() && layout_of(b) == Layout::Str {
        let s = str_of(b);
        let bytes = ferrite_runtime::methods::codecs::encode(s, "ascii", "strict")?;
        return parse(s, &bytes);
    }
    if b.is_ptr() && layout_of(b) == Layout::Bytes {
        let d = bytes_data(b).to_vec();
        let text: String = d.iter().map(|&c| c as char).collect();
        return parse(&text, &d);
    }
    Err(type_error(format!(
        "Struct() argument 1 must be a str or bytes object, not {}",
        type_name_of(v)
    )))
}

// ------------------------------------------------------------------ packing

fn range_error(code: u8, size: usize, signed: bool) -> PyErr {
    let bits = size * 8;
    if signed {
        let max = (1i128 << (bits - 1)) - 1;
        struct_error(format!(
            "'{}' format requires {} <= number <= {}",
            code as char,
            -max - 1,
            max
        ))
    } else {
        let max = (1u128 << bits) - 1;
        struct_error(format!(
            "'{}' format requires 0 <= number <= {}",
            code as char, max
        ))
    }
}

fn int_arg(v: Value) -> PyResult<BigInt> {
    if is_int_v(v) {
        return Ok(crate::util::big_of(v));
    }
    if v.is_ptr() && ferrite_runtime::types::lookup(type_of(v), "__index__").is_some() {
        return crate::util::index_big(v);
    }
    Err(struct_error("required argument is not an integer"))
}

fn float_arg(v: Value) -> PyResult<f64> {
    if is_exact_float(v) {
        return to_f64(v);
    }
    to_f64(v).map_err(|_| struct_error("required argument is not a float"))
}

fn put(out: &mut [u8], bytes_le: &[u8], little: bool) {
    if little {
        out.copy_from_slice(bytes_le);
    } else {
        for (o, b) in out.iter_mut().zip(bytes_le.iter().rev()) {
            *o = *b;
        }
    }
}

/// IEEE half precision, round-half-even; None on overflow.
fn f64_to_half(x: f64) -> Option<u16> {
    let sign: u16 = if x.is_sign_negative() { 0x8000 } else { 0 };
    if x.is_nan() {
        return Some(sign | 0x7e00);
    }
    if x.is_infinite() {
        return Some(sign | 0x7c00);
    }
    let a = x.abs();
    if a == 0.0 {
        return Some(sign);
    }
    // value = m * 2**e with m an integer of 11 bits (normal) or fewer (subnormal)
    let (_, e) = ferrite_runtime::objects::float::frexp(a); // a = f * 2**e, f in [0.5, 1)
    let e = e - 1; // a = g * 2**e, g in [1, 2)
    let exp = e.max(-14);
    // quantum 2**(exp - 10)
    let scaled = libm::ldexp(a, 10 - exp);
    let mut m = scaled.round_ties_even();
    let mut exp = exp;
    if m >= 2048.0 {
        m /= 2.0;
        exp += 1;
    }
    if exp > 15 {
        return None;
    }
    let m = m as u16;
    if m < 1024 {
        return Some(sign | m); // subnormal (or rounded to zero)
    }
    Some(sign | (((exp + 15) as u16) << 10) | (m - 1024))
}

fn half_to_f64(h: u16) -> f64 {
    let sign = if h & 0x8000 != 0 { -1.0 } else { 1.0 };
    let exp = ((h >> 10) & 0x1f) as i32;
    let m = (h & 0x3ff) as f64;
    let v = if exp == 0 {
        libm::ldexp(m, -24)
    } else if exp == 31 {
        if m == 0.0 {
            f64::INFINITY
        } else {
            f64::NAN
        }
    } else {
        libm::ldexp(m + 1024.0, exp - 25)
    };
    sign * v
}

fn pack_one(code: u8, size: usize, v: Value, out: &mut [u8], f: &Format) -> PyResult<()> {
    let little = f.little;
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let x = int_arg(v)?;
            let bits = size * 8;
            let max = BigInt::from((1i128 << (bits - 1)) - 1);
            if x > max || x < -max.clone() - 1 {
                return Err(range_error(code, size, true));
            }
            let n = x.to_i64().unwrap();
            put(out, &n.to_le_bytes()[..size], little);
        }
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' => {
            let x = int_arg(v)?;
            let bits = size * 8;
            if x.is_negative() || x.bits() > bits as u64 {
                return Err(range_error(code, size, false));
            }
            let n = x.to_u64().unwrap();
            put(out, &n.to_le_bytes()[..size], little);
        }
        b'P' => {
            let x = int_arg(v)?;
            let n: u64 = if let Some(u) = x.to_u64() {
                u
            } else if let Some(i) = x.to_i64() {
                i as u64
            } else {
                return Err(struct_error("int too large to convert"));
            };
            put(out, &n.to_le_bytes(), little);
        }
        b'?' => {
            out[0] = ops::truthy(v)? as u8;
        }
        b'c' => {
            let b = ferrite_runtime::methods::builtin_value(v);
            if b.is_ptr() && layout_of(b) == Layout::Bytes && bytes_data(b).len() == 1 {
                out[0] = bytes_data(b)[0];
            } else {
                return Err(struct_error(
                    "char format requires a bytes object of length 1",
                ));
            }
        }
        b'd' => {
            let x = float_arg(v)?;
            put(out, &x.to_le_bytes(), little);
        }
        b'f' => {
            let x = float_arg(v)?;
            let y = x as f32;
            if y.is_infinite() && !x.is_infinite() && !f.native {
                return Err(new_exc(
                    Exc::OverflowError,
                    "float too large to pack with f format",
                ));
            }
            put(out, &y.to_le_bytes(), little);
        }
        b'e' => {
            let x = float_arg(v)?;
            let Some(h) = f64_to_half(x) else {
                return Err(new_exc(
                    Exc::OverflowError,
                    "float too large to pack with e format",
                ));
            };
            put(out, &h.to_le_bytes(), little);
        }
        _ => unreachable!(),
    }
    Ok(())
}

fn pack_into_buf(f: &Format, vals: &[Value], out: &mut [u8], fname: &str) -> PyResult<()> {
    if vals.len() != f.len {
        return Err(struct_error(format!(
            "{fname} expected {} items for packing (got {})",
            f.len,
            vals.len()
        )));
    }
    let mut k = 0;
    for it in &f.items {
        match it.code {
            b'x' => {}
            b's' | b'p' => {
                let v = vals[k];
                k += 1;
                if !is_bytes_like(v) {
                    return Err(struct_error(format!(
                        "argument for '{}' must be a bytes object",
                        it.code as char
                    )));
                }
                let data = bytes_data(v);
                let dst = &mut out[it.offset..it.offset + it.count];
                if it.code == b's' {
                    let n = data.len().min(it.count);
                    dst[..n].copy_from_slice(&data[..n]);
                } else if it.count > 0 {
                    let n = data.len().min(it.count - 1);
                    dst[1..1 + n].copy_from_slice(&data[..n]);
                    dst[0] = n.min(255) as u8;
                }
            }
            code => {
                for j in 0..it.count {
                    let off = it.offset + j * it.size;
                    pack_one(code, it.size, vals[k], &mut out[off..off + it.size], f)?;
                    k += 1;
                }
            }
        }
    }
    Ok(())
}

fn pack_values(f: &Format, vals: &[Value], fname: &str) -> PyResult<Value> {
    let mut out = vec![0u8; f.size];
    pack_into_buf(f, vals, &mut out, fname)?;
    Ok(new_bytes(&out))
}

// ------------------------------------------------------------------ unpacking

fn get(data: &[u8], little: bool) -> [u8; 8] {
    let mut b = [0u8; 8];
    if little {
        b[..data.len()].copy_from_slice(data);
    } else {
        for (i, x) in data.iter().rev().enumerate() {
            b[i] = *x;
        }
    }
    b
}

fn unpack_one(code: u8, size: usize, d: &[u8], little: bool) -> Value {
    let b = get(d, little);
    match code {
        b'b' | b'h' | b'i' | b'l' | b'q' | b'n' => {
            let u = u64::from_le_bytes(b);
            let shift = 64 - size * 8;
            new_int(((u << shift) as i64) >> shift)
        }
        b'B' | b'H' | b'I' | b'L' | b'Q' | b'N' | b'P' => {
            let u = u64::from_le_bytes(b);
            if u <= i64::MAX as u64 {
                new_int(u as i64)
            } else {
                new_big(BigInt::from(u))
            }
        }
        b'?' => py_bool(d[0] != 0),
        b'c' => new_bytes(&d[..1]),
        b'd' => new_float(f64::from_le_bytes(b)),
        b'f' => new_float(f32::from_le_bytes([b[0], b[1], b[2], b[3]]) as f64),
        b'e' => new_float(half_to_f64(u16::from_le_bytes([b[0], b[1]]))),
        _ => unreachable!(),
    }
}

fn unpack_buf(f: &Format, data: &[u8]) -> Value {
    let t = new_tuple_uninit(bt(BT::Tuple), f.len);
    let mut k = 0;
    for it in &f.items {
        match it.code {
            b'x' => {}
            b's' => {
                let v = new_bytes(&data[it.offset..it.offset + it.count]);
                set_item(t, k, v);
                k += 1;
            }
            b'p' => {
                let d = &data[it.offset..it.offset + it.count];
                let v = if it.count == 0 {
                    new_bytes(&[])
                } else {
                    let n = (d[0] as usize).min(it.count - 1);
                    new_bytes(&d[1..1 + n])
                };
                set_item(t, k, v);
                k += 1;
            }
            code => {
                for j in 0..it.count {
                    let off = it.offset + j * it.size;
                    let v = unpack_one(code, it.size, &data[off..off + it.size], f.little);
                    set_item(t, k, v);
                    k += 1;
                }
            }
        }
    }
    t
}

fn set_item(t: Value, k: usize, v: Value) {
    tuple_items_mut(t)[k] = v;
    ferrite_runtime::object::write_barrier(t);
}

fn read_buffer(v: Value) -> PyResult<Vec<u8>> {
    ferrite_runtime::methods::bytes::buffer_arg(v)
}

fn do_unpack(f: &Format, buf: Value) -> PyResult<Value> {
    let data = read_buffer(buf)?;
    if data.len() != f.size {
        return Err(struct_error(format!(
            "unpack requires a buffer of {} bytes",
            f.size
        )));
    }
    Ok(unpack_buf(f, &data))
}

fn do_unpack_from(f: &Format, buf: Value, offset: Value) -> PyResult<Value> {
    let data = read_buffer(buf)?;
    let mut off = if offset.is_null() {
        0
    } else {
        ops::index_value(offset)?
    };
    let n = data.len() as i64;
    if off < 0 {
        if off + n < 0 {
            return Err(struct_error(format!(
                "offset {off} out of range for {n}-byte buffer"
            )));
        }
        if off + (f.size as i64) > 0 {
            return Err(struct_error(format!(
                "not enough data to unpack {} bytes at offset {off}",
                f.size
            )));
        }
        off += n;
    }
    if n - off < f.size as i64 {
        return Err(struct_error(format!(
            "unpack_from requires a buffer of at least {} bytes for unpacking {} bytes at offset {} (actual buffer size is {})",
            f.size as i64 + off,
            f.size,
            off,
            n
        )));
    }
    let off = off as usize;
    Ok(unpack_buf(f, &data[off..off + f.size]))
}

/// Writes into a writable buffer (bytearray or a memoryview of one).
fn do_pack_into(f: &Format, buf: Value, offset: Value, vals: &[Value]) -> PyResult<Value> {
    let Some((target, start, blen)) = ferrite_runtime::methods::memoryview::writable_parts(buf)?
    else {
        return Err(type_error(format!(
            "argument must be read-write bytes-like object, not {}",
            type_name_of(buf)
        )));
    };
    let mut off = ops::index_value(offset)?;
    let n = blen as i64;
    if off < 0 {
        if off + n < 0 {
            return Err(struct_error(format!(
                "offset {off} out of range for {n}-byte buffer"
            )));
        }
        if off + (f.size as i64) > 0 {
            return Err(struct_error(format!(
                "no space to pack {} bytes at offset {off}",
                f.size
            )));
        }
        off += n;
    }
    if n - off < f.size as i64 {
        return Err(struct_error(format!(
            "pack_into requires a buffer of at least {} bytes for packing {} bytes at offset {} (actual buffer size is {})",
            f.size as i64 + off,
            f.size,
            off,
            n
        )));
    }
    let mut out = vec![0u8; f.size];
    pack_into_buf(f, vals, &mut out, "pack_into")?;
    let v = bytearray_vec(target);
    let s = start + off as usize;
    if s + f.size <= v.len() {
        v[s..s + f.size].copy_from_slice(&out);
    }
    Ok(none())
}

// ------------------------------------------------------------------ Struct and the iterator

impl NativeData for Format {}

struct UnpackIter {
    fmt: Format,
    data: Vec<u8>,
    pos: usize,
}
impl NativeData for UnpackIter {}

static STRUCT_TYPE: OnceLock<usize> = OnceLock::new();
static ITER_TYPE: OnceLock<usize> = OnceLock::new();
static ERROR_TYPE: OnceLock<usize> = OnceLock::new();

fn error_type() -> Value {
    Value(*ERROR_TYPE.get_or_init(|| {
        let ns = new_dict();
        dict_set_str(ns, "__module__", new_str("struct"));
        let name = new_str("error");
        let bases = new_tuple(&[ferrite_runtime::errors::exc_type(Exc::Exception)]);
        let t = ops::call(bt(BT::Type), &[name, bases, ns], &[]).expect("creating struct.error");
        ferrite_runtime::init::root_forever(t);
        t.0
    }))
}

fn struct_type() -> Value {
    Value(*STRUCT_TYPE.get_or_init(|| {
        let t = new_native_type("_struct", "Struct", Value::NULL, true);
        def_new(t, struct_new);
        def(t, "__init__", struct_init);
        def(t, "pack", s_pack);
        def(t, "pack_into", s_pack_into);
        def(t, "unpack", s_unpack);
        def(t, "unpack_from", s_unpack_from);
        def(t, "iter_unpack", s_iter_unpack);
        def(t, "__sizeof__", s_sizeof);
        getset(t, "format", s_format);
        getset(t, "size", s_size);
        t.0
    }))
}

fn iter_type() -> Value {
    Value(*ITER_TYPE.get_or_init(|| {
        let t = new_native_type("_struct", "unpack_iterator", Value::NULL, false);
        def(t, "__iter__", it_iter);
        def(t, "__next__", it_next);
        def(t, "__length_hint__", it_length_hint);
        t.0
    }))
}

fn fmt_of(v: Value) -> PyResult<Format> {
    native_mut::<Format>(v)
        .cloned()
        .ok_or_else(|| type_error("descriptor requires a '_struct.Struct' object"))
}

fn struct_format_arg(a: &[Value], kw: &[Value]) -> PyResult<Format> {
    let n = a.len() - kw.len();
    if n > 1 {
        return Err(type_error(format!(
            "Struct() takes at most 1 argument ({n} given)"
        )));
    }
    let p = bind("Struct", a, kw, &["format"], 0, 1, 1)?;
    format_arg(p[0])
}

/// `Struct.__new__` only allocates (any arguments); `__init__` parses the format, as in 3.12.
fn struct_new(a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = Format {
        text: String::new(),
        items: Vec::new(),
        size: 0,
        len: 0,
        little: cfg!(target_endian = "little"),
        native: true,
    };
    Ok(new_native_for(a[0], struct_type(), f))
}

fn struct_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = struct_format_arg(&a[1..], kw)?;
    if let Some(d) = native_mut::<Format>(a[0]) {
        *d = f;
    }
    Ok(none())
}

fn no_kw(name: &str, kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    Ok(())
}

fn s_pack(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw("pack", kw)?;
    let f = fmt_of(a[0])?;
    pack_values(&f, &a[1..], "pack")
}

fn s_pack_into(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw("pack_into", kw)?;
    let f = fmt_of(a[0])?;
    if a.len() < 3 {
        return Err(struct_error(if a.len() < 2 {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    do_pack_into(&f, a[1], a[2], &a[3..])
}

fn s_unpack(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw("unpack", kw)?;
    ferrite_runtime::args::check("unpack", &a[1..], kw, 1, 1)?;
    let f = fmt_of(a[0])?;
    do_unpack(&f, a[1])
}

fn s_unpack_from(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("unpack_from", &a[1..], kw, &["buffer", "offset"], 0, 2, 1)?;
    let f = fmt_of(a[0])?;
    do_unpack_from(&f, p[0], p[1])
}

fn new_unpack_iter(f: Format, buf: Value) -> PyResult<Value> {
    if f.size == 0 {
        return Err(struct_error(
            "cannot iteratively unpack with a struct of length 0",
        ));
    }
    let data = read_buffer(buf)?;
    if data.len() % f.size != 0 {
        return Err(struct_error(format!(
            "iterative unpacking requires a buffer of a multiple of {} bytes",
            f.size
        )));
    }
    Ok(new_native(
        iter_type(),
        UnpackIter {
            fmt: f,
            data,
            pos: 0,
        },
    ))
}

fn s_iter_unpack(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("iter_unpack", &a[1..], kw, 1, 1)?;
    let f = fmt_of(a[0])?;
    new_unpack_iter(f, a[1])
}

fn s_sizeof(a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let f = fmt_of(a[0])?;
    Ok(new_int((64 + f.items.len() * 32) as i64))
}

fn s_format(v: Value) -> PyResult<Value> {
    Ok(new_str(&fmt_of(v)?.text))
}
fn s_size(v: Value) -> PyResult<Value> {
    Ok(new_int(fmt_of(v)?.size as i64))
}

fn it_iter(a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

fn it_next(a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(it) = native_mut::<UnpackIter>(a[0]) else {
        return Err(type_error("expected an unpack_iterator"));
    };
    if it.pos + it.fmt.size > it.data.len() {
        return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
    }
    let start = it.pos;
    it.pos += it.fmt.size;
    let (fmt, chunk) = (it.fmt.clone(), it.data[start..start + it.fmt.size].to_vec());
    Ok(unpack_buf(&fmt, &chunk))
}

fn it_length_hint(a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    let Some(it) = native_mut::<UnpackIter>(a[0]) else {
        return Err(type_error("expected an unpack_iterator"));
    };
    Ok(new_int(((it.data.len() - it.pos) / it.fmt.size) as i64))
}

// ------------------------------------------------------------------ module functions

fn m_pack(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw("pack", kw)?;
    if a.is_empty() {
        return Err(type_error("pack expected at least 1 argument, got 0"));
    }
    let f = format_arg(a[0])?;
    pack_values(&f, &a[1..], "pack")
}

fn m_pack_into(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kw("pack_into", kw)?;
    if a.is_empty() {
        return Err(type_error("pack_into expected at least 1 argument, got 0"));
    }
    let f = format_arg(a[0])?;
    if a.len() < 3 {
        return Err(struct_error(if a.len() < 2 {
            "pack_into expected buffer argument"
        } else {
            "pack_into expected offset argument"
        }));
    }
    do_pack_into(&f, a[1], a[2], &a[3..])
}

fn m_unpack(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("unpack", a, kw, 2, 2)?;
    let f = format_arg(a[0])?;
    do_unpack(&f, a[1])
}

fn m_unpack_from(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(
        "unpack_from",
        a,
        kw,
        &["format", "buffer", "offset"],
        1,
        3,
        2,
    )?;
    let f = format_arg(p[0])?;
    do_unpack_from(&f, p[1], p[2])
}

fn m_iter_unpack(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("iter_unpack", a, kw, 2, 2)?;
    let f = format_arg(a[0])?;
    new_unpack_iter(f, a[1])
}

fn m_calcsize(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("calcsize", a, kw, 1, 1)?;
    let f = format_arg(a[0])?;
    Ok(new_int(f.size as i64))
}

fn m_clearcache(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("_clearcache", a, kw, 0, 0)?;
    Ok(none())
}

/// Fills a new `_struct` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "Struct", struct_type());
    dict_set_str(d, "error", error_type());
    dict_set_str(
        d,
        "__doc__",
        new_str("Functions to convert between Python values and C structs."),
    );
    crate::define_functions(
        d,
        &[
            ("pack", m_pack),
            ("pack_into", m_pack_into),
            ("unpack", m_unpack),
            ("unpack_from", m_unpack_from),
            ("iter_unpack", m_iter_unpack),
            ("calcsize", m_calcsize),
            ("_clearcache", m_clearcache),
        ],
    );
    let _ = iter_type();
    Ok(())
}
