//! Codec error handling: the built-in error handlers (strict, ignore, replace,
//! backslashreplace, xmlcharrefreplace, namereplace, surrogateescape, surrogatepass) applied
//! in place by the Rust codecs, and handlers registered with `codecs.register_error`, called
//! with a UnicodeEncodeError/UnicodeDecodeError as CPython does.
//!
//! Ferrite stores str as UTF-8, which cannot hold lone surrogates: where a handler (or a
//! codec) would have to produce one, a UnicodeDecodeError says so in its reason.

use ferrite_runtime::errors::{new_exc, new_exc_args, type_error, Exc, PyErr, PyResult};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::methods::bytes::{bytes_data, is_bytes_like, new_bytes};
use ferrite_runtime::methods::codecs::{char_escape, registry};
use ferrite_runtime::object::{layout_of, none, Layout};
use ferrite_runtime::objects::dict::{dict_get, dict_set};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{tuple_items, tuple_len};
use ferrite_runtime::ops;
use ferrite_runtime::Value;

/// How an `errors` name behaves.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Handler {
    Strict,
    Ignore,
    Replace,
    BackslashReplace,
    XmlCharRefReplace,
    NameReplace,
    SurrogateEscape,
    SurrogatePass,
    /// looked up in the registry when an error happens
    Other,
}

pub fn handler_of(errors: &str) -> Handler {
    match errors {
        "strict" => Handler::Strict,
        "ignore" => Handler::Ignore,
        "replace" => Handler::Replace,
        "backslashreplace" => Handler::BackslashReplace,
        "xmlcharrefreplace" => Handler::XmlCharRefReplace,
        "namereplace" => Handler::NameReplace,
        "surrogateescape" => Handler::SurrogateEscape,
        "surrogatepass" => Handler::SurrogatePass,
        _ => Handler::Other,
    }
}

/// The registered handler called `name` (LookupError when none).
pub fn lookup_error(name: &str) -> PyResult<Value> {
    let (_, _, handlers) = registry();
    super::ensure_builtin_handlers(handlers);
    let k = new_str(name);
    match dict_get(handlers, k)? {
        Some(h) => Ok(h),
        None => Err(new_exc(
            Exc::LookupError,
            &format!("unknown error handler name '{name}'"),
        )),
    }
}

pub fn register_error(name: Value, handler: Value) -> PyResult<()> {
    let (_, _, handlers) = registry();
    super::ensure_builtin_handlers(handlers);
    dict_set(handlers, name, handler)
}

/// `\N{NAME}` of `c` for namereplace, or its `\x`/`\u`/`\U` escape when it has no name.
pub fn name_escape(c: char) -> String {
    match crate::unicodedata::char_name(c) {
        Some(n) => format!("\\N{{{n}}}"),
        None => char_escape(c),
    }
}

/// `&#N;` of each character.
fn xmlref(chars: &[char]) -> String {
    chars.iter().map(|&c| format!("&#{};", c as u32)).collect()
}

fn backslash_chars(chars: &[char]) -> String {
    chars.iter().map(|&c| char_escape(c)).collect()
}

/// What an encode error handler gives back in place of the unencodable characters.
pub enum Rep {
    /// to be encoded by the codec itself
    Str(String),
    /// written as they are
    Bytes(Vec<u8>),
}

/// The str being encoded: its object (for the exception) and its code points.
pub struct EncInput {
    pub obj: Value,
    pub chars: Vec<char>,
}

impl EncInput {
    pub fn new(obj: Value) -> EncInput {
        let chars = str_of(builtin_value(obj)).chars().collect();
        EncInput { obj, chars }
    }
}

pub fn encode_exc(encoding: &str, obj: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let enc = new_str(encoding);
    let (s, e) = (new_int(start as i64), new_int(end as i64));
    let r = new_str(reason);
    new_exc_args(Exc::UnicodeEncodeError, &[enc, obj, s, e, r])
}

pub fn decode_exc(encoding: &str, obj: Value, start: usize, end: usize, reason: &str) -> PyErr {
    let enc = new_str(encoding);
    let (s, e) = (new_int(start as i64), new_int(end as i64));
    let r = new_str(reason);
    new_exc_args(Exc::UnicodeDecodeError, &[enc, obj, s, e, r])
}

/// Calls the encode error handler `errors` for `input.chars[start..end]`.
pub fn encode_error(
    errors: &str,
    encoding: &str,
    input: &EncInput,
    start: usize,
    end: usize,
    reason: &str,
) -> PyResult<(Rep, usize)> {
    let run = &input.chars[start..end];
    Ok(match handler_of(errors) {
        Handler::Strict | Handler::SurrogateEscape | Handler::SurrogatePass => {
            return Err(encode_exc(encoding, input.obj, start, end, reason))
        }
        Handler::Ignore => (Rep::Bytes(Vec::new()), end),
        Handler::Replace => (Rep::Str("?".repeat(end - start)), end),
        Handler::BackslashReplace => (Rep::Str(backslash_chars(run)), end),
        Handler::XmlCharRefReplace => (Rep::Str(xmlref(run)), end),
        Handler::NameReplace => (Rep::Str(run.iter().map(|&c| name_escape(c)).collect()), end),
        Handler::Other => {
            let h = lookup_error(errors)?;
            let exc = encode_exc(encoding, input.obj, start, end, reason).0;
            let r = ops::call(h, &[exc], &[])?;
            let bad = || type_error("encoding error handler must return (str/bytes, int) tuple");
            let (rep, pos) = handler_result(r, bad)?;
            let rep = if is_str(rep) {
                Rep::Str(str_of(builtin_value(rep)).to_string())
            } else if is_bytes_like(rep) && layout_of(builtin_value(rep)) == Layout::Bytes {
                Rep::Bytes(bytes_data(rep).to_vec())
            } else {
                return Err(bad());
            };
            (rep, new_position(pos, input.chars.len())?)
        }
    })
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str
}

fn handler_result(r: Value, bad: impl Fn() -> PyErr) -> PyResult<(Value, Value)> {
    if !(r.is_ptr() && layout_of(r) == Layout::Tuple && tuple_len(r) == 2) {
        return Err(bad());
    }
    let it = tuple_items(r);
    let (rep, pos) = (it[0], it[1]);
    ops::index_value(pos)?;
    Ok((rep, pos))
}

fn new_position(pos: Value, len: usize) -> PyResult<usize> {
    let p = ops::index_value(pos)?;
    let q = if p < 0 { p + len as i64 } else { p };
    if q < 0 || q > len as i64 {
        return Err(new_exc(
            Exc::IndexError,
            &format!("position {p} from error handler out of bounds"),
        ));
    }
    Ok(q as usize)
}

/// The bytes being decoded, and the bytes object that exceptions carry (made on demand).
pub struct DecInput {
    pub obj: Value,
    pub data: Vec<u8>,
}

impl DecInput {
    pub fn new(obj: Value, data: Vec<u8>) -> DecInput {
        let obj = if obj.is_ptr() && layout_of(builtin_value(obj)) == Layout::Bytes {
            obj
        } else {
            Value::NULL
        };
        DecInput { obj, data }
    }
    fn object(&mut self) -> Value {
        if self.obj.is_null() {
            self.obj = new_bytes(&self.data);
        }
        self.obj
    }
}

fn lone_surrogate_error(
    input: &mut DecInput,
    encoding: &str,
    handler: &str,
    start: usize,
    end: usize,
    reason: &str,
) -> PyErr {
    let o = input.object();
    let why = format!(
        "{reason} (the '{handler}' error handler would produce a lone surrogate, which \
         Ferrite's str cannot hold)"
    );
    decode_exc(encoding, o, start, end, &why)
}

/// Does `data[start..]` start with a surrogate code point encoded in `encoding`'s form?
fn encoded_surrogate(encoding: &str, data: &[u8], start: usize) -> bool {
    let d = &data[start..];
    match encoding {
        "utf-8" => {
            d.len() >= 3 && d[0] == 0xed && (0xa0..0xc0).contains(&d[1]) && d[2] & 0xc0 == 0x80
        }
        "utf-16-le" | "utf-16" if d.len() >= 2 => (0xd8..0xe0).contains(&d[1]),
        "utf-16-be" if d.len() >= 2 => (0xd8..0xe0).contains(&d[0]),
        "utf-32-le" | "utf-32" if d.len() >= 4 => {
            (0xd800..0xe000).contains(&u32::from_le_bytes([d[0], d[1], d[2], d[3]]))
        }
        "utf-32-be" if d.len() >= 4 => {
            (0xd800..0xe000).contains(&u32::from_be_bytes([d[0], d[1], d[2], d[3]]))
        }
        _ => false,
    }
}

/// Calls the decode error handler `errors` for `input.data[start..end]`, appending its
/// replacement to `out`; returns where decoding resumes.
pub fn decode_error(
    errors: &str,
    encoding: &str,
    input: &mut DecInput,
    start: usize,
    end: usize,
    reason: &str,
    out: &mut String,
) -> PyResult<usize> {
    match handler_of(errors) {
        Handler::Strict => {
            let o = input.object();
            Err(decode_exc(encoding, o, start, end, reason))
        }
        Handler::Ignore => Ok(end),
        Handler::Replace => {
            out.push('\u{fffd}');
            Ok(end)
        }
        Handler::BackslashReplace => {
            for &b in &input.data[start..end] {
                out.push_str(&format!("\\x{b:02x}"));
            }
            Ok(end)
        }
        Handler::XmlCharRefReplace | Handler::NameReplace => Err(type_error(
            "don't know how to handle UnicodeDecodeError in error callback",
        )),
        Handler::SurrogateEscape => {
            if input.data[start..end].iter().any(|&b| b >= 0x80) {
                Err(lone_surrogate_error(
                    input, encoding, errors, start, end, reason,
                ))
            } else {
                let o = input.object();
                Err(decode_exc(encoding, o, start, end, reason))
            }
        }
        Handler::SurrogatePass => {
            if encoded_surrogate(encoding, &input.data, start) {
                Err(lone_surrogate_error(
                    input, encoding, errors, start, end, reason,
                ))
            } else {
                let o = input.object();
                Err(decode_exc(encoding, o, start, end, reason))
            }
        }
        Handler::Other => {
            let h = lookup_error(errors)?;
            let o = input.object();
            let exc = decode_exc(encoding, o, start, end, reason).0;
            let r = ops::call(h, &[exc], &[])?;
            let bad = || type_error("decoding error handler must return (str, int) tuple");
            let (rep, pos) = handler_result(r, bad)?;
            if !is_str(rep) {
                return Err(bad());
            }
            out.push_str(str_of(builtin_value(rep)));
            new_position(pos, input.data.len())
        }
    }
}

/// Raised where a codec itself would produce a lone surrogate.
pub fn surrogate_result_error(
    input: &mut DecInput,
    encoding: &str,
    start: usize,
    end: usize,
) -> PyErr {
    let o = input.object();
    decode_exc(
        encoding,
        o,
        start,
        end,
        "decodes to a lone surrogate, which Ferrite's str cannot hold",
    )
}

// ------------------------------------------------------------------ the handlers as functions

fn exc_arg(a: &[Value], name: &str) -> PyResult<Value> {
    ferrite_runtime::args::check(name, a, &[], 1, 1)?;
    let e = a[0];
    Ok(e)
}

fn exc_kind(e: Value) -> Option<Exc> {
    if !ferrite_runtime::errors::is_exception(e) {
        return None;
    }
    [
        Exc::UnicodeEncodeError,
        Exc::UnicodeDecodeError,
        Exc::UnicodeTranslateError,
    ]
    .into_iter()
    .find(|&k| ferrite_runtime::errors::exc_matches(e, ferrite_runtime::errors::exc_type(k)))
}

fn wrong_exc(e: Value) -> PyErr {
    type_error(format!(
        "don't know how to handle {} in error callback",
        ferrite_runtime::types::type_name_of(e)
    ))
}

fn get_attr(e: Value, name: &str) -> PyResult<Value> {
    ops::getattr_str(e, name)
}

fn range_of(e: Value) -> PyResult<(usize, usize)> {
    let s = ops::index_value(get_attr(e, "start")?)?.max(0) as usize;
    let en = ops::index_value(get_attr(e, "end")?)?.max(0) as usize;
    Ok((s, en.max(s)))
}

fn object_chars(e: Value) -> PyResult<Vec<char>> {
    let o = get_attr(e, "object")?;
    if !is_str(o) {
        return Err(type_error("object attribute must be unicode"));
    }
    Ok(str_of(builtin_value(o)).chars().collect())
}

fn pair(s: &str, end: usize) -> Value {
    let a = new_str(s);
    let b = new_int(end as i64);
    ferrite_runtime::objects::tuple::new_tuple(&[a, b])
}

fn clip(chars: &[char], s: usize, e: usize) -> &[char] {
    let e = e.min(chars.len());
    &chars[s.min(e)..e]
}

pub fn strict_errors(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = exc_arg(a, "strict_errors")?;
    if ferrite_runtime::errors::is_exception(e) {
        return Err(PyErr(e));
    }
    Err(type_error("codec must pass exception instance"))
}

pub fn ignore_errors(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = exc_arg(a, "ignore_errors")?;
    exc_kind(e).ok_or_else(|| wrong_exc(e))?;
    let (_, end) = range_of(e)?;
    Ok(pair("", end))
}

pub fn replace_errors(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = exc_arg(a, "replace_errors")?;
    let k = exc_kind(e).ok_or_else(|| wrong_exc(e))?;
    let (s, end) = range_of(e)?;
    let r = match k {
        Exc::UnicodeEncodeError => "?".repeat(end - s),
        Exc::UnicodeDecodeError => "\u{fffd}".to_string(),
        _ => "\u{fffd}".repeat(end - s),
    };
    Ok(pair(&r, end))
}

pub fn backslashreplace_errors(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = exc_arg(a, "backslashreplace_errors")?;
    let k = exc_kind(e).ok_or_else(|| wrong_exc(e))?;
    let (s, end) = range_of(e)?;
    if k == Exc::UnicodeDecodeError {
        let o = get_attr(e, "object")?;
        let data = ferrite_runtime::methods::bytes::buffer_arg(o)?;
        let end2 = end.min(data.len());
        let r: String = data[s.min(end2)..end2]
            .iter()
            .map(|b| format!("\\x{b:02x}"))
            .collect();
        return Ok(pair(&r, end));
    }
    let chars = object_chars(e)?;
    Ok(pair(&backslash_chars(clip(&chars, s, end)), end))
}

pub fn xmlcharrefreplace_errors(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = exc_arg(a, "xmlcharrefreplace_errors")?;
    if exc_kind(e) != Some(Exc::UnicodeEncodeError) {
        return Err(wrong_exc(e));
    }
    let (s, end) = range_of(e)?;
    let chars = object_chars(e)?;
    Ok(pair(&xmlref(clip(&chars, s, end)), end))
}

pub fn namereplace_errors(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = exc_arg(a, "namereplace_errors")?;
    if exc_kind(e) != Some(Exc::UnicodeEncodeError) {
        return Err(wrong_exc(e));
    }
    let (s, end) = range_of(e)?;
    let chars = object_chars(e)?;
    let r: String = clip(&chars, s, end)
        .iter()
        .map(|&c| name_escape(c))
        .collect();
    Ok(pair(&r, end))
}

fn surrogate_handler(a: &[Value], name: &str) -> PyResult<Value> {
    let e = exc_arg(a, name)?;
    match exc_kind(e) {
        // a Ferrite str holds no surrogates: nothing for these handlers to encode
        Some(Exc::UnicodeEncodeError) => Err(PyErr(e)),
        Some(Exc::UnicodeDecodeError) => {
            let o = get_attr(e, "object")?;
            let data = ferrite_runtime::methods::bytes::buffer_arg(o)?;
            let (s, end) = range_of(e)?;
            let enc = ops::str_string(get_attr(e, "encoding")?)?;
            let applies = if name == "surrogateescape" {
                data[s.min(data.len())..end.min(data.len())]
                    .iter()
                    .any(|&b| b >= 0x80)
            } else {
                s < data.len() && encoded_surrogate(&enc, &data, s)
            };
            if applies {
                let reason = ops::str_string(get_attr(e, "reason")?)?;
                let mut inp = DecInput::new(o, data);
                Err(lone_surrogate_error(&mut inp, &enc, name, s, end, &reason))
            } else {
                Err(PyErr(e))
            }
        }
        _ => Err(wrong_exc(e)),
    }
}

pub fn surrogateescape(a: &[Value], _: &[Value]) -> PyResult<Value> {
    surrogate_handler(a, "surrogateescape")
}

pub fn surrogatepass(a: &[Value], _: &[Value]) -> PyResult<Value> {
    surrogate_handler(a, "surrogatepass")
}

/// None or the handler name's str (Argument Clinic's `str(accept={str, NoneType})`).
pub fn errors_arg(fname: &str, v: Value, pos: usize) -> PyResult<String> {
    if v.is_null() || v == none() {
        return Ok("strict".to_string());
    }
    if is_str(v) {
        return Ok(str_of(builtin_value(v)).to_string());
    }
    Err(type_error(format!(
        "{fname}() argument {pos} must be str or None, not {}",
        ferrite_runtime::types::type_name_of(v)
    )))
}
