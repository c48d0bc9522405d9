//! The `binascii` module: hex, base64, uuencode and CRC conversions (under `base64.py`,
//! `uu`, `quopri` fallbacks), with CPython 3.12's argument conversions and messages.

use crate::util::bind;
use ferrite_runtime::errors::{
    exc_type, new_exc_obj, type_error, value_error, Exc, PyErr, PyResult,
};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::methods::bytes::{buffer_arg, new_bytes};
use ferrite_runtime::object::{bt, layout_of, Layout, BT};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::ops;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use num_traits::ToPrimitive;
use std::sync::OnceLock;

static ERROR: OnceLock<usize> = OnceLock::new();
static INCOMPLETE: OnceLock<usize> = OnceLock::new();

fn new_class(name: &str, base: Exc) -> Value {
    let ns = new_dict();
    dict_set_str(ns, "__module__", new_str("binascii"));
    let n = new_str(name);
    let bases = new_tuple(&[exc_type(base)]);
    let t = ops::call(bt(BT::Type), &[n, bases, ns], &[]).expect("creating binascii exception");
    ferrite_runtime::init::root_forever(t);
    t
}

fn error_type() -> Value {
    Value(*ERROR.get_or_init(|| new_class("Error", Exc::ValueError).0))
}
fn incomplete_type() -> Value {
    Value(*INCOMPLETE.get_or_init(|| new_class("Incomplete", Exc::Exception).0))
}

fn error(msg: impl AsRef<str>) -> PyErr {
    PyErr(new_exc_obj(
        error_type(),
        new_tuple(&[new_str(msg.as_ref())]),
    ))
}

/// CPython's ascii_buffer_converter: bytes-like objects or ASCII-only str.
fn ascii_data(v: Value) -> PyResult<Vec<u8>> {
    let b = builtin_value(v);
    if b.is_ptr() && layout_of(b) == Layout::Str {
        let s = str_of(b);
        if !s.is_ascii() {
            return Err(value_error(
                "string argument should contain only ASCII characters",
            ));
        }
        return Ok(s.as_bytes().to_vec());
    }
    buffer_arg(v).map_err(|_| {
        type_error(format!(
            "argument should be bytes, buffer or ASCII string, not '{}'",
            type_name_of(v)
        ))
    })
}

fn bool_arg(v: Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    ops::truthy(v)
}

// ------------------------------------------------------------------ hex

fn hex_impl(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(fname, a, kw, &["data", "sep", "bytes_per_sep"], 0, 3, 1)?;
    let data = buffer_arg(p[0])?;
    let mut sep: Option<u8> = None;
    if !p[1].is_null() {
        let n = ops::len(p[1])?;
        if n != 1 {
            return Err(value_error("sep must be length 1."));
        }
        let sb = builtin_value(p[1]);
        let c = if layout_of(sb) == Layout::Str {
            // hexlify returns bytes: any character is taken as its low byte, as CPython's
            str_of(sb).chars().next().unwrap() as u32 as u8
        } else {
            buffer_arg(p[1])?[0]
        };
        sep = Some(c);
    }
    let per = if p[2].is_null() {
        1
    } else {
        ops::index_value(p[2])?
    };
    const HEX: &[u8; 16] = b"0123456789abcdef";
    let mut out = Vec::with_capacity(data.len() * 3);
    let group = per.unsigned_abs() as usize;
    let n = data.len();
    for (i, &byte) in data.iter().enumerate() {
        if let Some(s) = sep {
            if group > 0 && i > 0 {
                let boundary = if per > 0 {
                    (n - i) % group == 0
                } else {
                    i % group == 0
                };
                if boundary {
                    out.push(s);
                }
            }
        }
        out.push(HEX[(byte >> 4) as usize]);
        out.push(HEX[(byte & 15) as usize]);
    }
    Ok(new_bytes(&out))
}

fn b2a_hex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    hex_impl("b2a_hex", a, kw)
}
fn hexlify(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    hex_impl("hexlify", a, kw)
}

fn unhex_impl(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind(fname, a, kw, &["hexstr"], 1, 1, 1)?;
    let data = ascii_data(p[0])?;
    if data.len() % 2 != 0 {
        return Err(error("Odd-length string"));
    }
    let mut out = Vec::with_capacity(data.len() / 2);
    for c in data.chunks(2) {
        let hi = (c[0] as char).to_digit(16);
        let lo = (c[1] as char).to_digit(16);
        match (hi, lo) {
            (Some(h), Some(l)) => out.push((h * 16 + l) as u8),
            _ => return Err(error("Non-hexadecimal digit found")),
        }
    }
    Ok(new_bytes(&out))
}
fn a2b_hex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhex_impl("a2b_hex", a, kw)
}
fn unhexlify(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    unhex_impl("unhexlify", a, kw)
}

// ------------------------------------------------------------------ base64

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn b64_value(c: u8) -> Option<u8> {
    match c {
        b'A'..=b'Z' => Some(c - b'A'),
        b'a'..=b'z' => Some(c - b'a' + 26),
        b'0'..=b'9' => Some(c - b'0' + 52),
        b'+' => Some(62),
        b'/' => Some(63),
        _ => None,
    }
}

fn b2a_base64(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("b2a_base64", a, kw, &["data", "newline"], 1, 1, 1)?;
    let data = buffer_arg(p[0])?;
    let newline = if p[1].is_null() {
        true
    } else {
        ops::truthy(p[1])?
    };
    let mut out = Vec::with_capacity(data.len() * 4 / 3 + 4);
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        out.push(B64[(b[0] >> 2) as usize]);
        out.push(B64[(((b[0] & 3) << 4) | (b[1] >> 4)) as usize]);
        if c.len() > 1 {
            out.push(B64[(((b[1] & 15) << 2) | (b[2] >> 6)) as usize]);
        } else {
            out.push(b'=');
        }
        if c.len() > 2 {
            out.push(B64[(b[2] & 63) as usize]);
        } else {
            out.push(b'=');
        }
    }
    if newline {
        out.push(b'\n');
    }
    Ok(new_bytes(&out))
}

fn a2b_base64(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("a2b_base64", a, kw, &["data", "strict_mode"], 1, 1, 1)?;
    let data = ascii_data(p[0])?;
    let strict = bool_arg(p[1])?;
    if strict && data.first() == Some(&b'=') {
        return Err(error("Leading padding not allowed"));
    }
    let mut out = Vec::with_capacity(data.len() / 4 * 3 + 3);
    let (mut quad_pos, mut leftchar, mut pads) = (0u32, 0u8, 0u32);
    let mut padding_started = false;
    for (i, &c) in data.iter().enumerate() {
        if c == b'=' {
            padding_started = true;
            if quad_pos >= 2 {
                pads += 1;
                if quad_pos + pads >= 4 {
                    if strict && i + 1 < data.len() {
                        return Err(error("Excess data after padding"));
                    }
                    return Ok(new_bytes(&out));
                }
            }
            continue;
        }
        let Some(v) = b64_value(c) else {
            if strict {
                return Err(error("Only base64 data is allowed"));
            }
            continue;
        };
        if strict && padding_started {
            return Err(error("Discontinuous padding not allowed"));
        }
        pads = 0;
        match quad_pos {
            0 => {
                quad_pos = 1;
                leftchar = v;
            }
            1 => {
                quad_pos = 2;
                out.push((leftchar << 2) | (v >> 4));
                leftchar = v & 0x0f;
            }
            2 => {
                quad_pos = 3;
                out.push((leftchar << 4) | (v >> 2));
                leftchar = v & 0x03;
            }
            _ => {
                quad_pos = 0;
                out.push((leftchar << 6) | v);
                leftchar = 0;
            }
        }
    }
    if quad_pos == 1 {
        return Err(error(format!(
            "Invalid base64-encoded string: number of data characters ({}) cannot be 1 more than a multiple of 4",
            out.len() / 3 * 4 + 1
        )));
    }
    if quad_pos != 0 {
        return Err(error("Incorrect padding"));
    }
    Ok(new_bytes(&out))
}

// ------------------------------------------------------------------ uuencode

fn b2a_uu(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("b2a_uu", a, kw, &["data", "backtick"], 1, 1, 1)?;
    let data = buffer_arg(p[0])?;
    let backtick = bool_arg(p[1])?;
    if data.len() > 45 {
        return Err(error("At most 45 bytes at once"));
    }
    let enc = |v: u8| -> u8 {
        if backtick && v == 0 {
            b'`'
        } else {
            b' ' + v
        }
    };
    let mut out = vec![enc(data.len() as u8 & 0x3f)];
    for c in data.chunks(3) {
        let b = [c[0], *c.get(1).unwrap_or(&0), *c.get(2).unwrap_or(&0)];
        out.push(enc(b[0] >> 2));
        out.push(enc(((b[0] & 3) << 4) | (b[1] >> 4)));
        out.push(enc(((b[1] & 15) << 2) | (b[2] >> 6)));
        out.push(enc(b[2] & 63));
    }
    out.push(b'\n');
    Ok(new_bytes(&out))
}

fn a2b_uu(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("a2b_uu", a, kw, &["data"], 1, 1, 1)?;
    let data = ascii_data(p[0])?;
    let first = data.first().copied().unwrap_or(0);
    let mut bin_len = (first.wrapping_sub(b' ') & 0x3f) as usize;
    let rest = if data.is_empty() {
        &data[..]
    } else {
        &data[1..]
    };
    let mut out = Vec::with_capacity(bin_len);
    let (mut leftchar, mut leftbits) = (0u32, 0u32);
    let mut i = 0;
    while bin_len > 0 {
        let c = rest.get(i).copied();
        let v = match c {
            None | Some(b'\n') | Some(b'\r') => 0,
            Some(c) => {
                if !(b' '..=b' ' + 64).contains(&c) {
                    return Err(error("Illegal char"));
                }
                ((c - b' ') & 0x3f) as u32
            }
        };
        leftchar = (leftchar << 6) | v;
        leftbits += 6;
        if leftbits >= 8 {
            leftbits -= 8;
            out.push(((leftchar >> leftbits) & 0xff) as u8);
            leftchar &= (1 << leftbits) - 1;
            bin_len -= 1;
        }
        i += 1;
    }
    while i < rest.len() {
        let c = rest[i];
        if c != b' ' && c != b' ' + 64 && c != b'\n' && c != b'\r' {
            return Err(error("Trailing garbage"));
        }
        i += 1;
    }
    Ok(new_bytes(&out))
}

// ------------------------------------------------------------------ CRCs

fn crc32_update(mut crc: u32, data: &[u8]) -> u32 {
    crc = !crc;
    for &b in data {
        crc ^= b as u32;
        for _ in 0..8 {
            crc = if crc & 1 != 0 {
                (crc >> 1) ^ 0xedb8_8320
            } else {
                crc >> 1
            };
        }
    }
    !crc
}

/// An int argument reduced modulo 2**bits (C's unsigned conversion with wrap-around).
fn masked(v: Value, bits: u32) -> PyResult<u32> {
    let b = crate::util::index_big(v)?;
    let m = num_bigint::BigInt::from(1u64 << bits);
    let r = ((b % &m) + &m) % &m;
    Ok(r.to_u32().unwrap_or(0))
}

fn crc32(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("crc32", a, kw, 1, 2)?;
    let data = buffer_arg(a[0])?;
    let crc = if a.len() > 1 { masked(a[1], 32)? } else { 0 };
    Ok(new_int(crc32_update(crc, &data) as i64))
}

fn crc_hqx(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("crc_hqx", a, kw, 2, 2)?;
    let data = buffer_arg(a[0])?;
    let mut crc = masked(a[1], 32)? & 0xffff;
    for &b in &data {
        crc ^= (b as u32) << 8;
        for _ in 0..8 {
            crc = if crc & 0x8000 != 0 {
                ((crc << 1) ^ 0x1021) & 0xffff
            } else {
                (crc << 1) & 0xffff
            };
        }
    }
    Ok(new_int(crc as i64))
}

/// Fills a new `binascii` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "Error", error_type());
    dict_set_str(d, "Incomplete", incomplete_type());
    crate::define_functions(
        d,
        &[
            ("hexlify", hexlify),
            ("b2a_hex", b2a_hex),
            ("unhexlify", unhexlify),
            ("a2b_hex", a2b_hex),
            ("b2a_base64", b2a_base64),
            ("a2b_base64", a2b_base64),
            ("b2a_uu", b2a_uu),
            ("a2b_uu", a2b_uu),
            ("crc32", crc32),
            ("crc_hqx", crc_hqx),
        ],
    );
    Ok(())
}
