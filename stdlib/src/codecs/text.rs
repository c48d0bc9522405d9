//! The codecs written in Rust: utf-8, utf-7, utf-16 and utf-32 (with their -le/-be forms),
//! ascii, latin-1, charmap, unicode_escape, raw_unicode_escape, and the bytes escape codec,
//! with CPython 3.12's error positions, reasons and encoding names in its exceptions.
//! Decoders return (text, bytes consumed); with `final` false an incomplete sequence at the
//! end is left unconsumed.

use super::errors::{decode_error, encode_error, surrogate_result_error, DecInput, EncInput, Rep};
use ferrite_runtime::errors::{new_exc, type_error, value_error, Exc, PyErr, PyResult};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::methods::bytes::{bytes_data, new_bytes};
use ferrite_runtime::methods::numbers::is_int_v;
use ferrite_runtime::object::{layout_of, none, Layout};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::ops;
use ferrite_runtime::Value;

// ------------------------------------------------------------------ encoding drivers

/// Encodes `input` one character at a time with `enc` (false: not encodable, nothing
/// written), handing runs of unencodable characters to the error handler; a replacement str
/// is encoded with `enc` too and must be encodable.
fn encode_with(
    encoding: &str,
    input: &EncInput,
    errors: &str,
    reason: &str,
    enc: &mut dyn FnMut(char, &mut Vec<u8>) -> PyResult<bool>,
) -> PyResult<Vec<u8>> {
    let n = input.chars.len();
    let mut out = Vec::with_capacity(n);
    let mut scratch = Vec::new();
    let mut i = 0;
    while i < n {
        if enc(input.chars[i], &mut out)? {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < n {
            scratch.clear();
            if enc(input.chars[j], &mut scratch)? {
                break;
            }
            j += 1;
        }
        let (rep, next) = encode_error(errors, encoding, input, i, j, reason)?;
        match rep {
            Rep::Bytes(b) => out.extend_from_slice(&b),
            Rep::Str(s) => {
                for c in s.chars() {
                    if !enc(c, &mut out)? {
                        return Err(super::errors::encode_exc(encoding, input.obj, i, j, reason));
                    }
                }
            }
        }
        i = next;
    }
    Ok(out)
}

pub fn utf8_encode(input: &EncInput) -> Vec<u8> {
    str_of(builtin_value(input.obj)).as_bytes().to_vec()
}

pub fn ascii_encode(input: &EncInput, errors: &str) -> PyResult<Vec<u8>> {
    if str_of(builtin_value(input.obj)).is_ascii() {
        return Ok(utf8_encode(input));
    }
    encode_with(
        "ascii",
        input,
        errors,
        "ordinal not in range(128)",
        &mut |c, out| {
            if (c as u32) < 0x80 {
                out.push(c as u8);
                Ok(true)
            } else {
                Ok(false)
            }
        },
    )
}

pub fn latin1_encode(input: &EncInput, errors: &str) -> PyResult<Vec<u8>> {
    encode_with(
        "latin-1",
        input,
        errors,
        "ordinal not in range(256)",
        &mut |c, out| {
            if (c as u32) < 0x100 {
                out.push(c as u32 as u8);
                Ok(true)
            } else {
                Ok(false)
            }
        },
    )
}

/// byteorder: 0 native order (little-endian) with a byte order mark, -1 little, 1 big.
pub fn utf16_encode(input: &EncInput, byteorder: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(2 * input.chars.len() + 2);
    let le = byteorder <= 0;
    if byteorder == 0 {
        out.extend_from_slice(&[0xff, 0xfe]);
    }
    let mut buf = [0u16; 2];
    for &c in &input.chars {
        for &u in c.encode_utf16(&mut buf).iter() {
            out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
        }
    }
    out
}

pub fn utf32_encode(input: &EncInput, byteorder: i64) -> Vec<u8> {
    let mut out = Vec::with_capacity(4 * input.chars.len() + 4);
    let le = byteorder <= 0;
    if byteorder == 0 {
        out.extend_from_slice(&[0xff, 0xfe, 0, 0]);
    }
    for &c in &input.chars {
        let u = c as u32;
        out.extend_from_slice(&if le { u.to_le_bytes() } else { u.to_be_bytes() });
    }
    out
}

// ------------------------------------------------------------------ utf-7

/// RFC 2152 classes as CPython's table: 0 set D, 1 set O, 2 whitespace, 3 special.
fn utf7_category(c: u32) -> u8 {
    match c {
        0x09 | 0x0a | 0x0d | 0x20 => 2,
        0x27..=0x29 | 0x2c..=0x2f | 0x3a | 0x3f => 0,
        0x30..=0x39 | 0x41..=0x5a | 0x61..=0x7a => 0,
        0x21..=0x26 | 0x2a | 0x3b..=0x3e | 0x40 | 0x5b | 0x5d..=0x60 | 0x7b..=0x7d => 1,
        _ => 3,
    }
}

fn utf7_direct(c: u32) -> bool {
    c > 0 && c < 128 && utf7_category(c) != 3
}

fn is_base64(c: u32) -> bool {
    c < 128 && ((c as u8).is_ascii_alphanumeric() || c == b'+' as u32 || c == b'/' as u32)
}

const B64: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

fn from_base64(c: u8) -> u32 {
    match c {
        b'A'..=b'Z' => (c - b'A') as u32,
        b'a'..=b'z' => (c - b'a') as u32 + 26,
        b'0'..=b'9' => (c - b'0') as u32 + 52,
        b'+' => 62,
        _ => 63,
    }
}

pub fn utf7_encode(input: &EncInput) -> Vec<u8> {
    let mut out = Vec::new();
    let mut in_shift = false;
    let mut bits: u32 = 0;
    let mut buffer: u64 = 0;
    for &ch in &input.chars {
        let c = ch as u32;
        if in_shift {
            if utf7_direct(c) {
                if bits > 0 {
                    out.push(B64[((buffer << (6 - bits)) & 0x3f) as usize]);
                    buffer = 0;
                    bits = 0;
                }
                in_shift = false;
                if is_base64(c) || c == b'-' as u32 {
                    out.push(b'-');
                }
                out.push(c as u8);
                continue;
            }
        } else if c == b'+' as u32 {
            out.extend_from_slice(b"+-");
            continue;
        } else if utf7_direct(c) {
            out.push(c as u8);
            continue;
        } else {
            out.push(b'+');
            in_shift = true;
        }
        let mut buf = [0u16; 2];
        for &u in ch.encode_utf16(&mut buf).iter() {
            bits += 16;
            buffer = (buffer << 16) | u as u64;
            while bits >= 6 {
                out.push(B64[((buffer >> (bits - 6)) & 0x3f) as usize]);
                bits -= 6;
            }
            buffer &= (1u64 << bits) - 1;
        }
    }
    if bits > 0 {
        out.push(B64[((buffer << (6 - bits)) & 0x3f) as usize]);
    }
    if in_shift {
        out.push(b'-');
    }
    out
}

pub fn utf7_decode(input: &mut DecInput, errors: &str, fin: bool) -> PyResult<(String, usize)> {
    let n = input.data.len();
    let mut out = String::with_capacity(n);
    let mut in_shift = false;
    let mut bits: u32 = 0;
    let mut buffer: u64 = 0;
    let mut surrogate: u32 = 0;
    let mut shift_out_start = 0;
    let mut start = 0;
    let mut s = 0;
    while s < n {
        let ch = input.data[s];
        let reason;
        if in_shift {
            if is_base64(ch as u32) {
                buffer = (buffer << 6) | from_base64(ch) as u64;
                bits += 6;
                s += 1;
                if bits >= 16 {
                    let u = (buffer >> (bits - 16)) as u32 & 0xffff;
                    bits -= 16;
                    buffer &= (1u64 << bits) - 1;
                    if surrogate != 0 {
                        if (0xdc00..0xe000).contains(&u) {
                            let c = 0x10000 + ((surrogate - 0xd800) << 10) + (u - 0xdc00);
                            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
                            surrogate = 0;
                            continue;
                        }
                        return Err(surrogate_result_error(input, "utf7", start, s));
                    }
                    if (0xd800..0xdc00).contains(&u) {
                        surrogate = u;
                    } else if let Some(c) = char::from_u32(u) {
                        out.push(c);
                    } else {
                        return Err(surrogate_result_error(input, "utf7", start, s));
                    }
                }
                continue;
            }
            in_shift = false;
            if bits > 6 {
                s += 1;
                reason = "partial character in shift sequence";
            } else if buffer != 0 {
                s += 1;
                reason = "non-zero padding bits in shift sequence";
            } else {
                if surrogate != 0 {
                    return Err(surrogate_result_error(input, "utf7", start, s));
                }
                if ch == b'-' {
                    s += 1;
                }
                continue;
            }
        } else if ch == b'+' {
            start = s;
            s += 1;
            if s < n && input.data[s] == b'-' {
                s += 1;
                out.push('+');
                continue;
            } else if s < n && !is_base64(input.data[s] as u32) {
                s += 1;
                reason = "ill-formed sequence";
            } else {
                in_shift = true;
                surrogate = 0;
                shift_out_start = out.len();
                bits = 0;
                buffer = 0;
                continue;
            }
        } else if ch < 128 {
            s += 1;
            out.push(ch as char);
            continue;
        } else {
            start = s;
            s += 1;
            reason = "unexpected special character";
        }
        s = decode_error(errors, "utf7", input, start, s, reason, &mut out)?;
    }
    if in_shift && fin {
        if surrogate != 0 || bits >= 6 || (bits > 0 && buffer != 0) {
            let r = decode_error(
                errors,
                "utf7",
                input,
                start,
                n,
                "unterminated shift sequence",
                &mut out,
            )?;
            if r < n {
                let (rest, used) = {
                    let mut sub = DecInput::new(Value::NULL, input.data[r..].to_vec());
                    utf7_decode(&mut sub, errors, fin)?
                };
                out.push_str(&rest);
                return Ok((out, r + used));
            }
        }
        return Ok((out, n));
    }
    if in_shift {
        out.truncate(shift_out_start);
        return Ok((out, start));
    }
    Ok((out, s))
}

// ------------------------------------------------------------------ decoders

pub fn utf8_decode(input: &mut DecInput, errors: &str, fin: bool) -> PyResult<(String, usize)> {
    let n = input.data.len();
    let mut out = String::with_capacity(n);
    let mut pos = 0;
    while pos < n {
        match std::str::from_utf8(&input.data[pos..]) {
            Ok(s) => {
                out.push_str(s);
                pos = n;
            }
            Err(e) => {
                let ok = e.valid_up_to();
                if let Ok(s) = std::str::from_utf8(&input.data[pos..pos + ok]) {
                    out.push_str(s);
                }
                let st = pos + ok;
                let (len, reason) = match e.error_len() {
                    None => {
                        if !fin {
                            return Ok((out, st));
                        }
                        (n - st, "unexpected end of data")
                    }
                    Some(k) => {
                        let first = input.data[st];
                        if (0x80..0xc2).contains(&first) || first >= 0xf5 {
                            (k, "invalid start byte")
                        } else {
                            (k, "invalid continuation byte")
                        }
                    }
                };
                pos = decode_error(errors, "utf-8", input, st, st + len, reason, &mut out)?;
            }
        }
    }
    Ok((out, n))
}

pub fn ascii_decode(input: &mut DecInput, errors: &str) -> PyResult<String> {
    let n = input.data.len();
    let mut out = String::with_capacity(n);
    let mut i = 0;
    while i < n {
        let b = input.data[i];
        if b < 0x80 {
            out.push(b as char);
            i += 1;
        } else {
            i = decode_error(
                errors,
                "ascii",
                input,
                i,
                i + 1,
                "ordinal not in range(128)",
                &mut out,
            )?;
        }
    }
    Ok(out)
}

pub fn latin1_decode(data: &[u8]) -> String {
    data.iter().map(|&b| b as char).collect()
}

/// UTF-16 with `byteorder` (0: detect a byte order mark, else little-endian; -1 little;
/// 1 big): (text, consumed, byte order in force at the end (0 if none was detected)).
pub fn utf16_decode(
    input: &mut DecInput,
    errors: &str,
    byteorder: i64,
    fin: bool,
) -> PyResult<(String, usize, i64)> {
    let n = input.data.len();
    let mut bo = byteorder;
    let mut pos = 0;
    if bo == 0 && n >= 2 {
        match (input.data[0], input.data[1]) {
            (0xff, 0xfe) => {
                bo = -1;
                pos = 2;
            }
            (0xfe, 0xff) => {
                bo = 1;
                pos = 2;
            }
            _ => {}
        }
    }
    let le = bo <= 0;
    let enc = if le { "utf-16-le" } else { "utf-16-be" };
    let unit = |d: &[u8], i: usize| -> u32 {
        if le {
            u16::from_le_bytes([d[i], d[i + 1]]) as u32
        } else {
            u16::from_be_bytes([d[i], d[i + 1]]) as u32
        }
    };
    let mut out = String::with_capacity(n / 2);
    while pos < n {
        if pos + 1 >= n {
            if !fin {
                break;
            }
            pos = decode_error(errors, enc, input, pos, n, "truncated data", &mut out)?;
            continue;
        }
        let u = unit(&input.data, pos);
        if !(0xd800..0xe000).contains(&u) {
            out.push(char::from_u32(u).unwrap_or('\u{fffd}'));
            pos += 2;
            continue;
        }
        if u >= 0xdc00 {
            pos = decode_error(
                errors,
                enc,
                input,
                pos,
                pos + 2,
                "illegal encoding",
                &mut out,
            )?;
            continue;
        }
        if pos + 3 >= n {
            if !fin {
                break;
            }
            pos = decode_error(
                errors,
                enc,
                input,
                pos,
                n,
                "unexpected end of data",
                &mut out,
            )?;
            continue;
        }
        let u2 = unit(&input.data, pos + 2);
        if (0xdc00..0xe000).contains(&u2) {
            let c = 0x10000 + ((u - 0xd800) << 10) + (u2 - 0xdc00);
            out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
            pos += 4;
        } else {
            pos = decode_error(
                errors,
                enc,
                input,
                pos,
                pos + 2,
                "illegal UTF-16 surrogate",
                &mut out,
            )?;
        }
    }
    Ok((out, pos, bo))
}

pub fn utf32_decode(
    input: &mut DecInput,
    errors: &str,
    byteorder: i64,
    fin: bool,
) -> PyResult<(String, usize, i64)> {
    let n = input.data.len();
    let mut bo = byteorder;
    let mut pos = 0;
    if bo == 0 && n >= 4 {
        match &input.data[..4] {
            [0xff, 0xfe, 0, 0] => {
                bo = -1;
                pos = 4;
            }
            [0, 0, 0xfe, 0xff] => {
                bo = 1;
                pos = 4;
            }
            _ => {}
        }
    }
    let le = bo <= 0;
    let enc = if le { "utf-32-le" } else { "utf-32-be" };
    let mut out = String::with_capacity(n / 4);
    while pos < n {
        if pos + 4 > n {
            if !fin {
                break;
            }
            pos = decode_error(errors, enc, input, pos, n, "truncated data", &mut out)?;
            continue;
        }
        let d = &input.data[pos..pos + 4];
        let u = if le {
            u32::from_le_bytes([d[0], d[1], d[2], d[3]])
        } else {
            u32::from_be_bytes([d[0], d[1], d[2], d[3]])
        };
        if let Some(c) = char::from_u32(u) {
            out.push(c);
            pos += 4;
            continue;
        }
        let reason = if u > 0x10ffff {
            "code point not in range(0x110000)"
        } else {
            "code point in surrogate code point range(0xd800, 0xe000)"
        };
        pos = decode_error(errors, enc, input, pos, pos + 4, reason, &mut out)?;
    }
    Ok((out, pos, bo))
}

// ------------------------------------------------------------------ charmap

pub fn charmap_decode(input: &mut DecInput, errors: &str, mapping: Value) -> PyResult<String> {
    let n = input.data.len();
    if mapping.is_null() || mapping == none() {
        return Ok(latin1_decode(&input.data));
    }
    let mut out = String::with_capacity(n);
    let table: Option<Vec<char>> =
        if mapping.is_ptr() && layout_of(builtin_value(mapping)) == Layout::Str {
            Some(str_of(builtin_value(mapping)).chars().collect())
        } else {
            None
        };
    let mut i = 0;
    while i < n {
        let b = input.data[i];
        let ok = match &table {
            Some(t) => match t.get(b as usize) {
                Some(&c) if c != '\u{fffe}' => {
                    out.push(c);
                    true
                }
                _ => false,
            },
            None => {
                let key = new_int(b as i64);
                let r = match ops::getitem(mapping, key) {
                    Ok(r) => Some(r),
                    Err(e) if is_lookup_error(&e) => None,
                    Err(e) => return Err(e),
                };
                match r {
                    None => false,
                    Some(r) if r == none() => false,
                    Some(r) if is_int_v(r) => {
                        let v = ops::index_value(r)?;
                        if !(0..0x110000).contains(&v) {
                            return Err(type_error("character mapping must be in range(0x110000)"));
                        }
                        if v == 0xfffe {
                            false
                        } else {
                            match char::from_u32(v as u32) {
                                Some(c) => {
                                    out.push(c);
                                    true
                                }
                                None => {
                                    return Err(surrogate_result_error(input, "charmap", i, i + 1))
                                }
                            }
                        }
                    }
                    Some(r) if r.is_ptr() && layout_of(builtin_value(r)) == Layout::Str => {
                        let s = str_of(builtin_value(r));
                        if s == "\u{fffe}" {
                            false
                        } else {
                            out.push_str(s);
                            true
                        }
                    }
                    Some(_) => {
                        return Err(type_error(
                            "character mapping must return integer, None or str",
                        ))
                    }
                }
            }
        };
        if ok {
            i += 1;
        } else {
            i = decode_error(
                errors,
                "charmap",
                input,
                i,
                i + 1,
                "character maps to <undefined>",
                &mut out,
            )?;
        }
    }
    Ok(out)
}

fn is_lookup_error(e: &PyErr) -> bool {
    ferrite_runtime::errors::exc_matches(e.0, ferrite_runtime::errors::exc_type(Exc::LookupError))
}

/// One character through an encoding mapping (dict-like: ord -> int, bytes or None).
fn charmap_encode_char(mapping: Value, c: char, out: &mut Vec<u8>) -> PyResult<bool> {
    let key = new_int(c as i64);
    let r = match ops::getitem(mapping, key) {
        Ok(r) => r,
        Err(e) if is_lookup_error(&e) => return Ok(false),
        Err(e) => return Err(e),
    };
    if r == none() {
        return Ok(false);
    }
    if is_int_v(r) {
        let v = ops::index_value(r)?;
        if !(0..256).contains(&v) {
            return Err(type_error("character mapping must be in range(256)"));
        }
        out.push(v as u8);
        return Ok(true);
    }
    if r.is_ptr() && layout_of(builtin_value(r)) == Layout::Bytes {
        out.extend_from_slice(bytes_data(r));
        return Ok(true);
    }
    Err(type_error(format!(
        "character mapping must return integer, bytes or None, not {}",
        ferrite_runtime::types::type_name_of(r)
    )))
}

pub fn charmap_encode(input: &EncInput, errors: &str, mapping: Value) -> PyResult<Vec<u8>> {
    if mapping.is_null() || mapping == none() {
        return latin1_encode(input, errors);
    }
    encode_with(
        "charmap",
        input,
        errors,
        "character maps to <undefined>",
        &mut |c, out| charmap_encode_char(mapping, c, out),
    )
}

// ------------------------------------------------------------------ escape codecs

pub fn unicode_escape_encode(input: &EncInput) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.chars.len());
    for &c in &input.chars {
        let n = c as u32;
        match c {
            '\\' => out.extend_from_slice(b"\\\\"),
            '\t' => out.extend_from_slice(b"\\t"),
            '\n' => out.extend_from_slice(b"\\n"),
            '\r' => out.extend_from_slice(b"\\r"),
            _ if (0x20..0x7f).contains(&n) => out.push(n as u8),
            _ if n < 0x100 => out.extend_from_slice(format!("\\x{n:02x}").as_bytes()),
            _ if n < 0x10000 => out.extend_from_slice(format!("\\u{n:04x}").as_bytes()),
            _ => out.extend_from_slice(format!("\\U{n:08x}").as_bytes()),
        }
    }
    out
}

pub fn raw_unicode_escape_encode(input: &EncInput) -> Vec<u8> {
    let mut out = Vec::with_capacity(input.chars.len());
    for &c in &input.chars {
        let n = c as u32;
        if n < 0x100 {
            out.push(n as u8);
        } else if n < 0x10000 {
            out.extend_from_slice(format!("\\u{n:04x}").as_bytes());
        } else {
            out.extend_from_slice(format!("\\U{n:08x}").as_bytes());
        }
    }
    out
}

fn hex_val(b: u8) -> Option<u32> {
    (b as char).to_digit(16)
}

/// Where an escape ended: a character to write, an error, or the input ran out.
enum Esc {
    Char(u32),
    Error(usize, &'static str),
    Incomplete(&'static str),
}

/// `count` hex digits from `data[s..]`.
fn hex_escape(data: &[u8], s: &mut usize, count: usize, msg: &'static str) -> Esc {
    let mut v: u32 = 0;
    for _ in 0..count {
        if *s >= data.len() {
            return Esc::Incomplete(msg);
        }
        match hex_val(data[*s]) {
            Some(d) => v = (v << 4) | d,
            None => return Esc::Error(*s, msg),
        }
        *s += 1;
    }
    Esc::Char(v)
}

fn push_code(
    input: &mut DecInput,
    out: &mut String,
    v: u32,
    enc: &str,
    st: usize,
    end: usize,
) -> PyResult<()> {
    match char::from_u32(v) {
        Some(c) => {
            out.push(c);
            Ok(())
        }
        None => Err(surrogate_result_error(input, enc, st, end)),
    }
}

pub fn unicode_escape_decode(
    input: &mut DecInput,
    errors: &str,
    fin: bool,
) -> PyResult<(String, usize)> {
    const ENC: &str = "unicodeescape";
    let n = input.data.len();
    let mut out = String::with_capacity(n);
    let mut s = 0;
    while s < n {
        let b = input.data[s];
        if b != b'\\' {
            out.push(b as char);
            s += 1;
            continue;
        }
        let st = s;
        s += 1;
        let esc = if s >= n {
            Esc::Incomplete("\\ at end of string")
        } else {
            let c = input.data[s];
            s += 1;
            match c {
                b'\n' => continue,
                b'\\' => Esc::Char('\\' as u32),
                b'\'' => Esc::Char('\'' as u32),
                b'"' => Esc::Char('"' as u32),
                b'b' => Esc::Char(8),
                b'f' => Esc::Char(12),
                b't' => Esc::Char(9),
                b'n' => Esc::Char(10),
                b'r' => Esc::Char(13),
                b'v' => Esc::Char(11),
                b'a' => Esc::Char(7),
                b'0'..=b'7' => {
                    let mut v = (c - b'0') as u32;
                    for _ in 0..2 {
                        if s < n && (b'0'..=b'7').contains(&input.data[s]) {
                            v = (v << 3) + (input.data[s] - b'0') as u32;
                            s += 1;
                        } else {
                            break;
                        }
                    }
                    Esc::Char(v)
                }
                b'x' => hex_escape(&input.data, &mut s, 2, "truncated \\xXX escape"),
                b'u' => hex_escape(&input.data, &mut s, 4, "truncated \\uXXXX escape"),
                b'U' => match hex_escape(&input.data, &mut s, 8, "truncated \\UXXXXXXXX escape") {
                    Esc::Char(v) if v > 0x10ffff => Esc::Error(s, "illegal Unicode character"),
                    e => e,
                },
                b'N' => {
                    let msg = "malformed \\N character escape";
                    if s >= n {
                        Esc::Incomplete(msg)
                    } else if input.data[s] == b'{' {
                        s += 1;
                        let name_start = s;
                        while s < n && input.data[s] != b'}' {
                            s += 1;
                        }
                        if s >= n {
                            Esc::Incomplete(msg)
                        } else if s == name_start {
                            Esc::Error(s, msg)
                        } else {
                            let name =
                                String::from_utf8_lossy(&input.data[name_start..s]).to_string();
                            s += 1;
                            match crate::unicodedata::lookup_name(&name, false) {
                                Some(c) => Esc::Char(c as u32),
                                None => Esc::Error(s, "unknown Unicode character name"),
                            }
                        }
                    } else {
                        Esc::Error(s, msg)
                    }
                }
                _ => {
                    out.push('\\');
                    out.push(c as char);
                    continue;
                }
            }
        };
        match esc {
            Esc::Char(v) => push_code(input, &mut out, v, ENC, st, s)?,
            Esc::Incomplete(_) if !fin => return Ok((out, st)),
            Esc::Incomplete(msg) => {
                s = decode_error(errors, ENC, input, st, s.min(n), msg, &mut out)?;
            }
            Esc::Error(end, msg) => {
                s = decode_error(errors, ENC, input, st, end, msg, &mut out)?;
            }
        }
    }
    Ok((out, n))
}

pub fn raw_unicode_escape_decode(
    input: &mut DecInput,
    errors: &str,
    fin: bool,
) -> PyResult<(String, usize)> {
    const ENC: &str = "rawunicodeescape";
    let n = input.data.len();
    let mut out = String::with_capacity(n);
    let mut s = 0;
    while s < n {
        let b = input.data[s];
        s += 1;
        if b != b'\\' {
            out.push(b as char);
            continue;
        }
        let st = s - 1;
        if s >= n {
            if !fin {
                return Ok((out, st));
            }
            out.push('\\');
            continue;
        }
        let c = input.data[s];
        s += 1;
        let esc = match c {
            b'u' => hex_escape(&input.data, &mut s, 4, "truncated \\uXXXX escape"),
            b'U' => match hex_escape(&input.data, &mut s, 8, "truncated \\UXXXXXXXX escape") {
                Esc::Char(v) if v > 0x10ffff => Esc::Error(s, "\\Uxxxxxxxx out of range"),
                e => e,
            },
            _ => {
                out.push('\\');
                out.push(c as char);
                continue;
            }
        };
        match esc {
            Esc::Char(v) => push_code(input, &mut out, v, ENC, st, s)?,
            Esc::Incomplete(_) if !fin => return Ok((out, st)),
            Esc::Incomplete(msg) => {
                s = decode_error(errors, ENC, input, st, s.min(n), msg, &mut out)?;
            }
            Esc::Error(end, msg) => {
                s = decode_error(errors, ENC, input, st, end, msg, &mut out)?;
            }
        }
    }
    Ok((out, n))
}

/// `codecs.escape_encode`: bytes as in a bytes literal's repr, without the quotes.
pub fn escape_encode(data: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(data.len());
    for &b in data {
        match b {
            b'\\' => out.extend_from_slice(b"\\\\"),
            b'\'' => out.extend_from_slice(b"\\'"),
            b'\t' => out.extend_from_slice(b"\\t"),
            b'\n' => out.extend_from_slice(b"\\n"),
            b'\r' => out.extend_from_slice(b"\\r"),
            0x20..=0x7e => out.push(b),
            _ => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
        }
    }
    out
}

/// `codecs.escape_decode`: a bytes literal's escapes.
pub fn escape_decode(data: &[u8], errors: &str) -> PyResult<Vec<u8>> {
    let n = data.len();
    let mut out = Vec::with_capacity(n);
    let mut s = 0;
    while s < n {
        let b = data[s];
        s += 1;
        if b != b'\\' {
            out.push(b);
            continue;
        }
        if s >= n {
            return Err(value_error("Trailing \\ in string"));
        }
        let c = data[s];
        s += 1;
        match c {
            b'\n' => {}
            b'\\' => out.push(b'\\'),
            b'\'' => out.push(b'\''),
            b'"' => out.push(b'"'),
            b'b' => out.push(8),
            b'f' => out.push(12),
            b't' => out.push(9),
            b'n' => out.push(10),
            b'r' => out.push(13),
            b'v' => out.push(11),
            b'a' => out.push(7),
            b'0'..=b'7' => {
                let mut v = (c - b'0') as u32;
                for _ in 0..2 {
                    if s < n && (b'0'..=b'7').contains(&data[s]) {
                        v = (v << 3) + (data[s] - b'0') as u32;
                        s += 1;
                    } else {
                        break;
                    }
                }
                out.push(v as u8);
            }
            b'x' => {
                if s + 1 < n {
                    if let (Some(h), Some(l)) = (hex_val(data[s]), hex_val(data[s + 1])) {
                        out.push((h * 16 + l) as u8);
                        s += 2;
                        continue;
                    }
                }
                match errors {
                    "strict" => {
                        return Err(value_error(format!(
                            "invalid \\x escape at position {}",
                            s - 2
                        )))
                    }
                    "replace" => out.push(b'?'),
                    "ignore" => {}
                    _ => {
                        return Err(value_error(format!(
                            "decoding error; unknown error handling code: {errors}"
                        )))
                    }
                }
                if s < n && hex_val(data[s]).is_some() {
                    s += 1;
                }
            }
            _ => {
                out.push(b'\\');
                out.push(c);
            }
        }
    }
    Ok(out)
}

/// `bytes` object of `data`.
pub fn bytes_value(data: &[u8]) -> Value {
    new_bytes(data)
}

pub fn lookup_failed(name: &str) -> PyErr {
    new_exc(Exc::LookupError, &format!("unknown encoding: {name}"))
}
