//! The entry points behind `str.encode`, `bytes.decode` and `str(b, encoding)`, and the
//! UnicodeError attributes. Valid UTF-8 takes a fast path here; everything else (the other
//! built-in codecs, error handlers, codecs registered from Python) is the codec machinery of
//! the `_codecs` module (stdlib crate), reached through hooks it installs at start-up.
//! The codec registry's state (search functions, lookup cache, error handlers) lives here so
//! that the collector sees it. Messages follow CPython's UnicodeError formatting exactly.

use crate::errors::*;
use crate::object::*;
use crate::objects::str::{new_str, str_of};
use crate::objects::tuple::{tuple_items, tuple_len};
use crate::value::Value;

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Codec {
    Utf8,
    Ascii,
    Latin1,
    Utf16(Endian),
    Utf32(Endian),
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Endian {
    Native,
    Le,
    Be,
}

/// Looks an encoding name up as CPython's codec registry normalises it.
pub fn lookup(name: &str) -> PyResult<Codec> {
    let n: String = name
        .trim()
        .to_ascii_lowercase()
        .chars()
        .map(|c| if c == ' ' || c == '-' { '_' } else { c })
        .collect();
    Ok(match n.as_str() {
        "utf_8" | "utf8" | "u8" | "utf" | "cp65001" | "utf8_ucs2" | "utf8_ucs4" => Codec::Utf8,
        "ascii" | "us_ascii" | "646" | "us" | "ansi_x3.4_1968" | "iso646_us" => Codec::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819"
        | "iso_ir_100" => Codec::Latin1,
        "utf_16" | "utf16" | "u16" => Codec::Utf16(Endian::Native),
        "utf_16_le" | "utf_16le" => Codec::Utf16(Endian::Le),
        "utf_16_be" | "utf_16be" => Codec::Utf16(Endian::Be),
        "utf_32" | "utf32" | "u32" => Codec::Utf32(Endian::Native),
        "utf_32_le" | "utf_32le" => Codec::Utf32(Endian::Le),
        "utf_32_be" | "utf_32be" => Codec::Utf32(Endian::Be),
        _ => {
            return Err(new_exc(
                Exc::LookupError,
                &format!("unknown encoding: {name}"),
            ))
        }
    })
}

pub fn codec_name(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(Endian::Native) => "utf-16",
        Codec::Utf16(Endian::Le) => "utf-16-le",
        Codec::Utf16(Endian::Be) => "utf-16-be",
        Codec::Utf32(Endian::Native) => "utf-32",
        Codec::Utf32(Endian::Le) => "utf-32-le",
        Codec::Utf32(Endian::Be) => "utf-32-be",
    }
}

/// CPython's `_Py_normalize_encoding`: lower-case ASCII letters, digits and '.' kept, every
/// run of other characters turned into one '_' (none at the start or the end).
pub fn normalize_encoding(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    let mut punct = false;
    for c in name.chars() {
        if c.is_ascii_alphanumeric() || c == '.' {
            if punct && !out.is_empty() {
                out.push('_');
            }
            punct = false;
            out.push(c.to_ascii_lowercase());
        } else {
            punct = true;
        }
    }
    out
}

fn is_utf8_name(name: &str) -> bool {
    matches!(name, "utf-8" | "utf8" | "UTF-8" | "UTF8")
        || matches!(normalize_encoding(name).as_str(), "utf_8" | "utf8")
}

/// (str object, encoding, errors) -> bytes object.
pub type EncodeHook = fn(Value, &str, &str) -> PyResult<Value>;
/// (bytes-like object, encoding, errors) -> str object.
pub type DecodeHook = fn(Value, &str, &str) -> PyResult<Value>;

static ENCODE_HOOK: std::sync::OnceLock<EncodeHook> = std::sync::OnceLock::new();
static DECODE_HOOK: std::sync::OnceLock<DecodeHook> = std::sync::OnceLock::new();

/// Installs the codec machinery (done by the `_codecs` module's registration).
pub fn set_hooks(enc: EncodeHook, dec: DecodeHook) {
    let _ = ENCODE_HOOK.set(enc);
    let _ = DECODE_HOOK.set(dec);
}

fn no_machinery(encoding: &str) -> PyErr {
    new_exc(
        Exc::LookupError,
        &format!("unknown encoding: {encoding} (the codec machinery is not set up)"),
    )
}

/// `str.encode(encoding, errors)` on str object `v`: a bytes object.
pub fn encode_value(v: Value, encoding: &str, errors: &str) -> PyResult<Value> {
    if is_utf8_name(encoding) {
        let s = str_of(crate::methods::builtin_value(v));
        return Ok(crate::methods::bytes::new_bytes(s.as_bytes()));
    }
    let (enc, errs) = (encoding.to_string(), errors.to_string());
    match ENCODE_HOOK.get() {
        Some(f) => f(v, &enc, &errs),
        None => Err(no_machinery(&enc)),
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    if is_utf8_name(encoding) {
        return Ok(s.as_bytes().to_vec());
    }
    let b = encode_value(new_str(s), encoding, errors)?;
    Ok(crate::methods::bytes::bytes_data(b).to_vec())
}

/// `bytes.decode(encoding, errors)` on bytes-like object `v`: a str object.
pub fn decode_value(v: Value, encoding: &str, errors: &str) -> PyResult<Value> {
    if is_utf8_name(encoding) {
        if let Ok(s) = std::str::from_utf8(crate::methods::bytes::bytes_data(v)) {
            let s = s.to_string();
            return Ok(new_str(&s));
        }
    }
    let (enc, errs) = (encoding.to_string(), errors.to_string());
    match DECODE_HOOK.get() {
        Some(f) => f(v, &enc, &errs),
        None => Err(no_machinery(&enc)),
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    if is_utf8_name(encoding) {
        if let Ok(s) = std::str::from_utf8(b) {
            return Ok(s.to_string());
        }
    }
    let v = decode_value(crate::methods::bytes::new_bytes(b), encoding, errors)?;
    Ok(str_of(crate::methods::builtin_value(v)).to_string())
}

// ------------------------------------------------------------------ codec registry state

static REG_SEARCH: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static REG_CACHE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static REG_ERRORS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The codec registry's state: (list of search functions, dict normalised name -> CodecInfo,
/// dict error handler name -> handler), created empty on first use.
pub fn registry() -> (Value, Value, Value) {
    use std::sync::atomic::Ordering::Relaxed;
    if REG_SEARCH.load(Relaxed) == 0 {
        let l = crate::objects::list::new_list(&[]);
        REG_SEARCH.store(l.0, Relaxed);
        let c = crate::objects::dict::new_dict();
        REG_CACHE.store(c.0, Relaxed);
        let e = crate::objects::dict::new_dict();
        REG_ERRORS.store(e.0, Relaxed);
    }
    (
        Value(REG_SEARCH.load(Relaxed)),
        Value(REG_CACHE.load(Relaxed)),
        Value(REG_ERRORS.load(Relaxed)),
    )
}

pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    for slot in [&REG_SEARCH, &REG_CACHE, &REG_ERRORS] {
        if slot.load(std::sync::atomic::Ordering::Relaxed) != 0 {
            t.visit(slot.as_ptr());
        }
    }
}

// ------------------------------------------------------------------ UnicodeError attributes

/// `repr`-style escape of one character as CPython writes it in UnicodeError messages.
pub fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// Where attribute `name` sits in the args of a UnicodeEncodeError/UnicodeDecodeError
/// (encoding, object, start, end, reason) or a UnicodeTranslateError (object, start, end,
/// reason).
fn attr_index(e: Value, name: &str) -> Option<usize> {
    let translate = crate::types::is_subtype(type_of(e), exc_type(Exc::UnicodeTranslateError));
    let names: &[&str] = if translate {
        &["object", "start", "end", "reason"]
    } else {
        &["encoding", "object", "start", "end", "reason"]
    };
    names.iter().position(|&n| n == name)
}

fn is_tuple(v: Value) -> bool {
    v.is_ptr() && layout_of(v) == Layout::Tuple
}

fn attr_count(e: Value) -> usize {
    if attr_index(e, "encoding").is_some() {
        5
    } else {
        4
    }
}

/// The attributes' values: the tuple `extra1` holds once one was assigned (CPython keeps
/// them apart from `args`), else the constructor's args when they have the right length.
fn attrs_tuple(e: Value) -> Option<Value> {
    let x = exc_obj(e).extra1;
    if !x.is_null() && is_tuple(x) {
        return Some(x);
    }
    let args = exc_obj(e).args;
    if is_tuple(args) && tuple_len(args) == attr_count(e) {
        Some(args)
    } else {
        None
    }
}

fn uattr(e: Value, name: &str) -> Option<Value> {
    let i = attr_index(e, name)?;
    Some(tuple_items(attrs_tuple(e)?)[i])
}

fn set_uattr(e: Value, name: &str, v: Value) -> PyResult<()> {
    let Some(i) = attr_index(e, name) else {
        return Ok(());
    };
    let mut items: Vec<Value> = match attrs_tuple(e) {
        Some(a) => tuple_items(a).to_vec(),
        None => vec![none(); attr_count(e)],
    };
    items[i] = v;
    let t = crate::value::with_rooted_slice(&items, crate::objects::tuple::new_tuple);
    exc_obj(e).extra1 = t;
    write_barrier(e);
    Ok(())
}

macro_rules! uattr_fns {
    ($($get:ident $set:ident $name:literal),*) => {$(
        fn $get(e: Value) -> PyResult<Value> {
            Ok(uattr(e, $name).unwrap_or(none()))
        }
        fn $set(e: Value, v: Value) -> PyResult<()> {
            set_uattr(e, $name, v)
        }
    )*};
}
uattr_fns!(
    u_encoding set_encoding "encoding",
    u_object set_object "object",
    u_start set_start "start",
    u_end set_end "end",
    u_reason set_reason "reason"
);

fn u_str(a: &[Value], kind: u8) -> PyResult<Value> {
    let e = a[0];
    let (Some(o), Some(st), Some(en), Some(r)) = (
        uattr(e, "object"),
        uattr(e, "start"),
        uattr(e, "end"),
        uattr(e, "reason"),
    ) else {
        return Ok(new_str(&crate::methods::object::exc_str_string(e)?));
    };
    let enc = match uattr(e, "encoding") {
        Some(v) => crate::ops::str_string(v)?,
        None => String::new(),
    };
    let reason = crate::ops::str_string(r)?;
    let st = crate::ops::index_value(st)?;
    let en = crate::ops::index_value(en)?;
    let len = crate::ops::len(o)? as i64;
    let single = st >= 0 && st < len && en == st + 1;
    let is_str = o.is_ptr() && layout_of(crate::methods::builtin_value(o)) == Layout::Str;
    let msg = match kind {
        b'd' if single && crate::methods::bytes::is_bytes_like(o) => {
            let b = crate::methods::bytes::bytes_data(o)[st as usize];
            format!("'{enc}' codec can't decode byte 0x{b:02x} in position {st}: {reason}")
        }
        b'd' => format!(
            "'{enc}' codec can't decode bytes in position {st}-{}: {reason}",
            en - 1
        ),
        _ if single && is_str => {
            let c = str_of(crate::methods::builtin_value(o))
                .chars()
                .nth(st as usize)
                .unwrap_or('\0');
            if kind == b'e' {
                format!(
                    "'{enc}' codec can't encode character '{}' in position {st}: {reason}",
                    char_escape(c)
                )
            } else {
                format!(
                    "can't translate character '{}' in position {st}: {reason}",
                    char_escape(c)
                )
            }
        }
        b'e' => format!(
            "'{enc}' codec can't encode characters in position {st}-{}: {reason}",
            en - 1
        ),
        _ => format!(
            "can't translate characters in position {st}-{}: {reason}",
            en - 1
        ),
    };
    Ok(new_str(&msg))
}
fn u_encode_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    u_str(a, b'e')
}
fn u_decode_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    u_str(a, b'd')
}
fn u_translate_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    u_str(a, b't')
}

pub fn init() {
    for (t, f) in [
        (
            Exc::UnicodeEncodeError,
            u_encode_str as crate::objects::function::NativeFn,
        ),
        (Exc::UnicodeDecodeError, u_decode_str),
        (Exc::UnicodeTranslateError, u_translate_str),
    ] {
        let ty = exc_type(t);
        super::def(ty, "__str__", f);
        if t != Exc::UnicodeTranslateError {
            super::getset_rw(ty, "encoding", u_encoding, set_encoding);
        }
        super::getset_rw(ty, "object", u_object, set_object);
        super::getset_rw(ty, "start", u_start, set_start);
        super::getset_rw(ty, "end", u_end, set_end);
        super::getset_rw(ty, "reason", u_reason, set_reason);
    }
}
