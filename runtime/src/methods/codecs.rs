//! The built-in text codecs behind `str.encode`, `bytes.decode` and `str(b, encoding)`:
//! utf-8, ascii, latin-1, utf-16 and utf-32 (with their -le/-be forms), with the error
//! handlers strict, ignore, replace, xmlcharrefreplace, backslashreplace and (for decoding)
//! surrogateescape approximated by replace (a UTF-8 str cannot hold lone surrogates).
//! Messages follow CPython's UnicodeError formatting exactly.

use crate::errors::*;
use crate::object::*;
use crate::objects::int::new_int;
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

fn codec_name(c: Codec) -> &'static str {
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

fn check_errors(errors: &str) -> PyResult<()> {
    match errors {
        "strict" | "ignore" | "replace" | "xmlcharrefreplace" | "backslashreplace"
        | "surrogateescape" | "surrogatepass" | "namereplace" => Ok(()),
        _ => Err(new_exc(
            Exc::LookupError,
            &format!("unknown error handler name '{errors}'"),
        )),
    }
}

/// `repr`-style escape of one character as CPython writes it in UnicodeEncodeError messages.
fn char_escape(c: char) -> String {
    let n = c as u32;
    if n < 0x100 {
        format!("\\x{n:02x}")
    } else if n < 0x10000 {
        format!("\\u{n:04x}")
    } else {
        format!("\\U{n:08x}")
    }
}

/// `s.encode(encoding, errors)`.
pub fn encode(s: &str, encoding: &str, errors: &str) -> PyResult<Vec<u8>> {
    let codec = lookup(encoding)?;
    let limit: u32 = match codec {
        Codec::Ascii => 0x80,
        Codec::Latin1 => 0x100,
        Codec::Utf8 => return Ok(s.as_bytes().to_vec()),
        Codec::Utf16(e) => {
            let mut out = Vec::new();
            let le = e != Endian::Be;
            if e == Endian::Native {
                out.extend_from_slice(&[0xff, 0xfe]);
            }
            for u in s.encode_utf16() {
                let b = if le { u.to_le_bytes() } else { u.to_be_bytes() };
                out.extend_from_slice(&b);
            }
            return Ok(out);
        }
        Codec::Utf32(e) => {
            let mut out = Vec::new();
            let le = e != Endian::Be;
            if e == Endian::Native {
                out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
            }
            for c in s.chars() {
                let u = c as u32;
                let b = if le { u.to_le_bytes() } else { u.to_be_bytes() };
                out.extend_from_slice(&b);
            }
            return Ok(out);
        }
    };
    check_errors(errors)?;
    let chars: Vec<char> = s.chars().collect();
    let mut out = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        if (c as u32) < limit {
            out.push(c as u32 as u8);
            i += 1;
            continue;
        }
        let mut j = i;
        while j < chars.len() && chars[j] as u32 >= limit {
            j += 1;
        }
        match errors {
            "ignore" => {}
            "replace" => out.extend(std::iter::repeat_n(b'?', j - i)),
            "xmlcharrefreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(format!("&#{};", c as u32).as_bytes());
                }
            }
            "backslashreplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            "namereplace" => {
                for &c in &chars[i..j] {
                    out.extend_from_slice(char_escape(c).as_bytes());
                }
            }
            _ => {
                let what = if limit == 0x80 { "128" } else { "256" };
                let _ = c;
                return Err(unicode_exc(
                    Exc::UnicodeEncodeError,
                    codec,
                    new_str(s),
                    i,
                    j,
                    &format!("ordinal not in range({what})"),
                ));
            }
        }
        i = j;
    }
    Ok(out)
}

fn decode_error(codec: Codec, b: &[u8], start: usize, end: usize, reason: &str) -> PyErr {
    let o = crate::methods::bytes::new_bytes(b);
    unicode_exc(Exc::UnicodeDecodeError, codec, o, start, end, reason)
}

/// Applies a decode error handler to bytes `b[start..end]`; Err for strict.
fn decode_handle(
    codec: Codec,
    b: &[u8],
    start: usize,
    end: usize,
    reason: &str,
    errors: &str,
    out: &mut String,
) -> PyResult<()> {
    match errors {
        "ignore" => Ok(()),
        "replace" | "surrogateescape" => {
            out.push('\u{fffd}');
            Ok(())
        }
        "backslashreplace" => {
            for &x in &b[start..end] {
                out.push_str(&format!("\\x{x:02x}"));
            }
            Ok(())
        }
        "strict" => Err(decode_error(codec, b, start, end, reason)),
        _ => {
            check_errors(errors)?;
            Err(decode_error(codec, b, start, end, reason))
        }
    }
}

/// `b.decode(encoding, errors)`.
pub fn decode(b: &[u8], encoding: &str, errors: &str) -> PyResult<String> {
    let codec = lookup(encoding)?;
    let mut out = String::with_capacity(b.len());
    match codec {
        Codec::Utf8 => {
            let mut rest = b;
            let mut base = 0;
            loop {
                match std::str::from_utf8(rest) {
                    Ok(s) => {
                        out.push_str(s);
                        break;
                    }
                    Err(e) => {
                        let ok = e.valid_up_to();
                        // SAFETY-free: from_utf8 said these bytes are valid.
                        out.push_str(std::str::from_utf8(&rest[..ok]).unwrap_or(""));
                        let (n, reason) = match e.error_len() {
                            None => (rest.len() - ok, "unexpected end of data"),
                            Some(n) => {
                                let first = rest[ok];
                                if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                                    (n, "invalid start byte")
                                } else {
                                    (n, "invalid continuation byte")
                                }
                            }
                        };
                        decode_handle(
                            codec,
                            b,
                            base + ok,
                            base + ok + n,
                            reason,
                            errors,
                            &mut out,
                        )?;
                        base += ok + n;
                        rest = &rest[ok + n..];
                    }
                }
            }
        }
        Codec::Ascii => {
            for (i, &x) in b.iter().enumerate() {
                if x < 0x80 {
                    out.push(x as char);
                } else {
                    decode_handle(
                        codec,
                        b,
                        i,
                        i + 1,
                        "ordinal not in range(128)",
                        errors,
                        &mut out,
                    )?;
                }
            }
        }
        Codec::Latin1 => out.extend(b.iter().map(|&x| x as char)),
        Codec::Utf16(e) => {
            let mut data = b;
            let mut le = e != Endian::Be;
            if e == Endian::Native && data.len() >= 2 {
                if data[..2] == [0xff, 0xfe] {
                    data = &data[2..];
                } else if data[..2] == [0xfe, 0xff] {
                    data = &data[2..];
                    le = false;
                }
            }
            let off = b.len() - data.len();
            let units: Vec<u16> = data
                .chunks_exact(2)
                .map(|c| {
                    if le {
                        u16::from_le_bytes([c[0], c[1]])
                    } else {
                        u16::from_be_bytes([c[0], c[1]])
                    }
                })
                .collect();
            for r in char::decode_utf16(units.iter().copied()) {
                match r {
                    Ok(c) => out.push(c),
                    Err(_) => out.push('\u{fffd}'),
                }
            }
            if data.len() % 2 == 1 {
                let st = off + data.len() - 1;
                decode_handle(codec, b, st, b.len(), "truncated data", errors, &mut out)?;
            }
        }
        Codec::Utf32(e) => {
            let mut data = b;
            let mut le = e != Endian::Be;
            if e == Endian::Native && data.len() >= 4 {
                if data[..4] == [0xff, 0xfe, 0, 0] {
                    data = &data[4..];
                } else if data[..4] == [0, 0, 0xfe, 0xff] {
                    data = &data[4..];
                    le = false;
                }
            }
            let off = b.len() - data.len();
            for (k, c) in data.chunks(4).enumerate() {
                let st = off + 4 * k;
                if c.len() < 4 {
                    decode_handle(codec, b, st, b.len(), "truncated data", errors, &mut out)?;
                    break;
                }
                let u = if le {
                    u32::from_le_bytes([c[0], c[1], c[2], c[3]])
                } else {
                    u32::from_be_bytes([c[0], c[1], c[2], c[3]])
                };
                match char::from_u32(u) {
                    Some(ch) => out.push(ch),
                    None => decode_handle(
                        codec,
                        b,
                        st,
                        st + 4,
                        "code point not in range(0x110000)",
                        errors,
                        &mut out,
                    )?,
                }
            }
        }
    }
    Ok(out)
}

// ------------------------------------------------------------------ UnicodeError attributes

/// The exception CPython raises: args are (encoding, object, start, end, reason).
fn unicode_exc(
    t: Exc,
    codec: Codec,
    object: Value,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let enc = new_str(codec_name(codec));
    let (s, e) = (new_int(start as i64), new_int(end as i64));
    let r = new_str(reason);
    new_exc_args(t, &[enc, object, s, e, r])
}

fn uarg(e: Value, i: usize) -> Option<Value> {
    let args = exc_obj(e).args;
    if args.is_ptr() && layout_of(args) == Layout::Tuple && tuple_len(args) == 5 {
        Some(tuple_items(args)[i])
    } else {
        None
    }
}
fn u_encoding(e: Value) -> PyResult<Value> {
    Ok(uarg(e, 0).unwrap_or(none()))
}
fn u_object(e: Value) -> PyResult<Value> {
    Ok(uarg(e, 1).unwrap_or(none()))
}
fn u_start(e: Value) -> PyResult<Value> {
    Ok(uarg(e, 2).unwrap_or(none()))
}
fn u_end(e: Value) -> PyResult<Value> {
    Ok(uarg(e, 3).unwrap_or(none()))
}
fn u_reason(e: Value) -> PyResult<Value> {
    Ok(uarg(e, 4).unwrap_or(none()))
}

fn u_str(a: &[Value], decode: bool) -> PyResult<Value> {
    let e = a[0];
    let (Some(enc), Some(o), Some(st), Some(en), Some(r)) =
        (uarg(e, 0), uarg(e, 1), uarg(e, 2), uarg(e, 3), uarg(e, 4))
    else {
        return Ok(new_str(&crate::methods::object::exc_str_string(e)?));
    };
    let enc = crate::ops::str_string(enc)?;
    let reason = crate::ops::str_string(r)?;
    let st = crate::ops::index_value(st)?;
    let en = crate::ops::index_value(en)?;
    let len = crate::ops::len(o)? as i64;
    let single = st >= 0 && st < len && en == st + 1;
    let msg = if decode {
        if single && crate::methods::bytes::is_bytes_like(o) {
            let b = crate::methods::bytes::bytes_data(o)[st as usize];
            format!("'{enc}' codec can't decode byte 0x{b:02x} in position {st}: {reason}")
        } else {
            format!(
                "'{enc}' codec can't decode bytes in position {st}-{}: {reason}",
                en - 1
            )
        }
    } else if single && o.is_ptr() && layout_of(crate::methods::builtin_value(o)) == Layout::Str {
        let c = str_of(crate::methods::builtin_value(o))
            .chars()
            .nth(st as usize)
            .unwrap_or('\0');
        format!(
            "'{enc}' codec can't encode character '{}' in position {st}: {reason}",
            char_escape(c)
        )
    } else {
        format!(
            "'{enc}' codec can't encode characters in position {st}-{}: {reason}",
            en - 1
        )
    };
    Ok(new_str(&msg))
}
fn u_encode_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    u_str(a, false)
}
fn u_decode_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    u_str(a, true)
}

pub fn init() {
    for (t, f) in [
        (
            Exc::UnicodeEncodeError,
            u_encode_str as crate::objects::function::NativeFn,
        ),
        (Exc::UnicodeDecodeError, u_decode_str),
    ] {
        let ty = exc_type(t);
        super::def(ty, "__str__", f);
        super::getset(ty, "encoding", u_encoding);
        super::getset(ty, "object", u_object);
        super::getset(ty, "start", u_start);
        super::getset(ty, "end", u_end);
        super::getset(ty, "reason", u_reason);
    }
}
