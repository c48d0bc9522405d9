//! The `_codecs` module: the codec registry (register, unregister, lookup, encode, decode),
//! the error handler registry (register_error, lookup_error) and the codec functions that
//! `codecs.py` and the `encodings` package build on. It is also the machinery behind
//! `str.encode`/`bytes.decode` for everything but valid UTF-8 (hooks installed at start-up
//! by `install_hooks`).

pub mod errors;
pub mod text;

use errors::{errors_arg, DecInput, EncInput};
use ferrite_runtime::args::check;
use ferrite_runtime::errors::{new_exc, type_error, Exc, PyResult};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::methods::bytes::{buffer_arg, new_bytes};
use ferrite_runtime::methods::codecs::{normalize_encoding, registry};
use ferrite_runtime::object::{layout_of, none, Layout};
use ferrite_runtime::objects::dict::{dict_get, dict_len, dict_set, dict_set_str};
use ferrite_runtime::objects::function::new_builtin_function;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_get, list_items, list_push};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::ops;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::sync::atomic::{AtomicBool, Ordering};

const BUILTIN_HANDLERS: &[(&str, &str, ferrite_runtime::objects::function::NativeFn)] = &[
    ("strict", "strict_errors", errors::strict_errors),
    ("ignore", "ignore_errors", errors::ignore_errors),
    ("replace", "replace_errors", errors::replace_errors),
    (
        "xmlcharrefreplace",
        "xmlcharrefreplace_errors",
        errors::xmlcharrefreplace_errors,
    ),
    (
        "backslashreplace",
        "backslashreplace_errors",
        errors::backslashreplace_errors,
    ),
    (
        "namereplace",
        "namereplace_errors",
        errors::namereplace_errors,
    ),
    (
        "surrogateescape",
        "surrogateescape",
        errors::surrogateescape,
    ),
    ("surrogatepass", "surrogatepass", errors::surrogatepass),
];

/// Puts the built-in error handlers in the registry the first time it is used.
pub(crate) fn ensure_builtin_handlers(handlers: Value) {
    if dict_len(handlers) > 0 {
        return;
    }
    for &(name, fname, f) in BUILTIN_HANDLERS {
        let h = new_builtin_function(fname, f, Value::NULL);
        dict_set_str(handlers, name, h);
    }
}

/// Installs the hooks behind `str.encode`/`bytes.decode` (called at start-up).
pub fn install_hooks() {
    ferrite_runtime::methods::codecs::set_hooks(str_encode_hook, bytes_decode_hook);
}

// ------------------------------------------------------------------ registry

static ENCODINGS_IMPORTED: AtomicBool = AtomicBool::new(false);

/// `codecs.lookup(encoding)`: the CodecInfo its search functions give, cached.
pub fn lookup(encoding: &str) -> PyResult<Value> {
    if !ENCODINGS_IMPORTED.swap(true, Ordering::SeqCst) {
        // CPython imports `encodings` at start-up, which registers its search function
        crate::import_module("encodings")?;
    }
    let (search, cache, _) = registry();
    let norm = normalize_encoding(encoding);
    let key = new_str(&norm);
    if let Some(v) = dict_get(cache, key)? {
        return Ok(v);
    }
    let mut i = 0;
    while let Some(f) = list_get(search, i) {
        i += 1;
        let r = ops::call(f, &[key], &[])?;
        if r == none() {
            continue;
        }
        if !(r.is_ptr()
            && layout_of(builtin_value(r)) == Layout::Tuple
            && tuple_len(builtin_value(r)) == 4)
        {
            return Err(type_error("codec search functions must return 4-tuples"));
        }
        dict_set(cache, key, r)?;
        return Ok(r);
    }
    Err(text::lookup_failed(encoding))
}

fn str_arg(fname: &str, v: Value, pos: usize) -> PyResult<String> {
    if v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str {
        return Ok(str_of(builtin_value(v)).to_string());
    }
    let which = if pos == 0 {
        String::new()
    } else {
        format!(" {pos}")
    };
    Err(type_error(format!(
        "{fname}() argument{which} must be str, not {}",
        type_name_of(v)
    )))
}

fn c_register(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("register", a, kw, 1, 1)?;
    if !ferrite_runtime::ops::is_callable(a[0]) {
        return Err(type_error("argument must be callable"));
    }
    let (search, _, _) = registry();
    list_push(search, a[0]);
    Ok(none())
}

fn c_unregister(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("unregister", a, kw, 1, 1)?;
    let (search, cache, _) = registry();
    let items = list_items(search);
    if let Some(i) = items.iter().position(|&f| f == a[0]) {
        items.remove(i);
        ferrite_runtime::objects::dict::table(cache).clear();
    }
    Ok(none())
}

fn c_lookup(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("lookup", a, kw, 1, 1)?;
    let name = str_arg("lookup", a[0], 0)?;
    lookup(&name)
}

/// The `i`th function of a CodecInfo (0 encode, 1 decode).
fn codec_fn(info: Value, i: usize) -> Value {
    tuple_items(builtin_value(info))[i]
}

fn call_codec(f: Value, obj: Value, errors: &str, what: &str) -> PyResult<Value> {
    let e = new_str(errors);
    let r = ops::call(f, &[obj, e], &[])?;
    if !(r.is_ptr()
        && layout_of(builtin_value(r)) == Layout::Tuple
        && tuple_len(builtin_value(r)) == 2)
    {
        return Err(type_error(if what == "encoder" {
            "encoder must return a tuple (object, integer)"
        } else {
            "decoder must return a tuple (object,integer)"
        }));
    }
    Ok(tuple_items(builtin_value(r))[0])
}

/// (obj, encoding, errors) of `codecs.encode`/`codecs.decode`.
fn generic_args(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<(Value, String, String)> {
    let b = crate::util::bind(fname, a, kw, &["obj", "encoding", "errors"], 0, 3, 1)?;
    let enc = if b[1].is_null() {
        "utf-8".to_string()
    } else {
        str_arg(fname, b[1], 2)?
    };
    let errs = if b[2].is_null() {
        "strict".to_string()
    } else {
        str_arg(fname, b[2], 3)?
    };
    Ok((b[0], enc, errs))
}

fn c_encode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (obj, enc, errs) = generic_args("encode", a, kw)?;
    let info = lookup(&enc)?;
    call_codec(codec_fn(info, 0), obj, &errs, "encoder")
}

fn c_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (obj, enc, errs) = generic_args("decode", a, kw)?;
    let info = lookup(&enc)?;
    call_codec(codec_fn(info, 1), obj, &errs, "decoder")
}

fn c_register_error(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("register_error", a, kw, 2, 2)?;
    str_arg("register_error", a[0], 1)?;
    if !ferrite_runtime::ops::is_callable(a[1]) {
        return Err(type_error("handler must be callable"));
    }
    errors::register_error(a[0], a[1])?;
    Ok(none())
}

fn c_lookup_error(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("lookup_error", a, kw, 1, 1)?;
    let name = str_arg("lookup_error", a[0], 1)?;
    errors::lookup_error(&name)
}

// ------------------------------------------------------------------ str.encode / bytes.decode

/// The Rust codec behind a normalised encoding name, for the fast paths.
#[derive(Clone, Copy, PartialEq)]
enum Fast {
    Utf8,
    Ascii,
    Latin1,
    Utf16(i64),
    Utf32(i64),
    Utf7,
    UnicodeEscape,
    RawUnicodeEscape,
}

fn fast_codec(norm: &str) -> Option<Fast> {
    Some(match norm {
        "utf_8" | "utf8" | "u8" | "utf" => Fast::Utf8,
        "ascii" | "us_ascii" | "646" => Fast::Ascii,
        "latin_1" | "latin1" | "latin" | "l1" | "iso_8859_1" | "iso8859_1" | "8859" | "cp819" => {
            Fast::Latin1
        }
        "utf_16" | "utf16" | "u16" => Fast::Utf16(0),
        "utf_16_le" | "utf_16le" => Fast::Utf16(-1),
        "utf_16_be" | "utf_16be" => Fast::Utf16(1),
        "utf_32" | "utf32" | "u32" => Fast::Utf32(0),
        "utf_32_le" | "utf_32le" => Fast::Utf32(-1),
        "utf_32_be" | "utf_32be" => Fast::Utf32(1),
        "utf_7" | "utf7" | "u7" => Fast::Utf7,
        "unicode_escape" => Fast::UnicodeEscape,
        "raw_unicode_escape" => Fast::RawUnicodeEscape,
        _ => return None,
    })
}

fn fast_encode(codec: Fast, input: &EncInput, errors: &str) -> PyResult<Vec<u8>> {
    Ok(match codec {
        Fast::Utf8 => text::utf8_encode(input),
        Fast::Ascii => text::ascii_encode(input, errors)?,
        Fast::Latin1 => text::latin1_encode(input, errors)?,
        Fast::Utf16(bo) => text::utf16_encode(input, bo),
        Fast::Utf32(bo) => text::utf32_encode(input, bo),
        Fast::Utf7 => text::utf7_encode(input),
        Fast::UnicodeEscape => text::unicode_escape_encode(input),
        Fast::RawUnicodeEscape => text::raw_unicode_escape_encode(input),
    })
}

fn fast_decode(codec: Fast, input: &mut DecInput, errors: &str) -> PyResult<String> {
    Ok(match codec {
        Fast::Utf8 => text::utf8_decode(input, errors, true)?.0,
        Fast::Ascii => text::ascii_decode(input, errors)?,
        Fast::Latin1 => text::latin1_decode(&input.data),
        Fast::Utf16(bo) => text::utf16_decode(input, errors, bo, true)?.0,
        Fast::Utf32(bo) => text::utf32_decode(input, errors, bo, true)?.0,
        Fast::Utf7 => text::utf7_decode(input, errors, true)?.0,
        Fast::UnicodeEscape => text::unicode_escape_decode(input, errors, true)?.0,
        Fast::RawUnicodeEscape => text::raw_unicode_escape_decode(input, errors, true)?.0,
    })
}

/// A CodecInfo's `_is_text_encoding` (true when absent).
fn is_text_encoding(info: Value) -> PyResult<bool> {
    match ops::getattr_opt(info, new_str("_is_text_encoding"))? {
        Some(v) => ops::truthy(v),
        None => Ok(true),
    }
}

fn str_encode_hook(s: Value, encoding: &str, errors: &str) -> PyResult<Value> {
    let norm = normalize_encoding(encoding);
    if let Some(c) = fast_codec(&norm) {
        let input = EncInput::new(s);
        return Ok(new_bytes(&fast_encode(c, &input, errors)?));
    }
    let info = lookup(encoding)?;
    if !is_text_encoding(info)? {
        return Err(new_exc(
            Exc::LookupError,
            &format!(
                "'{encoding}' is not a text encoding; use codecs.encode() to handle arbitrary codecs"
            ),
        ));
    }
    let r = call_codec(codec_fn(info, 0), s, errors, "encoder")?;
    let rb = builtin_value(r);
    if rb.is_ptr() && layout_of(rb) == Layout::Bytes {
        return Ok(r);
    }
    if ferrite_runtime::methods::bytes::is_bytes_like(r) {
        return Ok(new_bytes(&buffer_arg(r)?));
    }
    Err(type_error(format!(
        "'{encoding}' encoder returned '{}' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
        type_name_of(r)
    )))
}

fn bytes_decode_hook(b: Value, encoding: &str, errors: &str) -> PyResult<Value> {
    let norm = normalize_encoding(encoding);
    if let Some(c) = fast_codec(&norm) {
        let mut input = DecInput::new(b, buffer_arg(b)?);
        return Ok(new_str(&fast_decode(c, &mut input, errors)?));
    }
    let info = lookup(encoding)?;
    if !is_text_encoding(info)? {
        return Err(new_exc(
            Exc::LookupError,
            &format!(
                "'{encoding}' is not a text encoding; use codecs.decode() to handle arbitrary codecs"
            ),
        ));
    }
    // CPython hands Python decoders a memoryview of the bytes
    let mv = ferrite_runtime::methods::memoryview::memoryview_type();
    let view = ops::call(mv, &[b], &[])?;
    let r = call_codec(codec_fn(info, 1), view, errors, "decoder")?;
    if r.is_ptr() && layout_of(builtin_value(r)) == Layout::Str {
        return Ok(r);
    }
    Err(type_error(format!(
        "'{encoding}' decoder returned '{}' instead of 'str'; use codecs.decode() to decode to arbitrary types",
        type_name_of(r)
    )))
}

// ------------------------------------------------------------------ codec functions

fn pair(a: Value, n: usize) -> Value {
    let n = new_int(n as i64);
    new_tuple(&[a, n])
}

/// The str argument of an encoder.
fn enc_input(fname: &str, v: Value) -> PyResult<EncInput> {
    str_arg(fname, v, 1)?;
    Ok(EncInput::new(v))
}

/// The bytes-like argument of a decoder.
fn dec_input(v: Value) -> PyResult<DecInput> {
    let data = buffer_arg(v)?;
    Ok(DecInput::new(v, data))
}

/// Like `dec_input`, also taking a str (its UTF-8 bytes), as the escape codecs do.
fn dec_input_or_str(v: Value) -> PyResult<DecInput> {
    if v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str {
        let data = str_of(builtin_value(v)).as_bytes().to_vec();
        return Ok(DecInput::new(Value::NULL, data));
    }
    dec_input(v)
}

fn opt(a: &[Value], i: usize) -> Value {
    a.get(i).copied().unwrap_or(Value::NULL)
}

fn final_arg(a: &[Value], i: usize, default: bool) -> PyResult<bool> {
    match a.get(i) {
        Some(&v) => ops::truthy(v),
        None => Ok(default),
    }
}

fn int_arg(a: &[Value], i: usize) -> PyResult<i64> {
    match a.get(i) {
        None => Ok(0),
        Some(&v) if ferrite_runtime::methods::numbers::is_int_v(v) => ops::index_value(v),
        Some(&v) => Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(v)
        ))),
    }
}

macro_rules! encoder {
    ($name:ident, $py:literal, |$inp:ident, $errs:ident, $a:ident| $body:expr) => {
        fn $name($a: &[Value], kw: &[Value]) -> PyResult<Value> {
            check($py, $a, kw, 1, 2)?;
            let $inp = enc_input($py, $a[0])?;
            let $errs = errors_arg($py, opt($a, 1), 2)?;
            let _ = &$errs;
            let out: Vec<u8> = $body;
            Ok(pair(new_bytes(&out), $inp.chars.len()))
        }
    };
}

encoder!(utf_8_encode, "utf_8_encode", |i, _e, a| text::utf8_encode(
    &i
));
encoder!(utf_7_encode, "utf_7_encode", |i, _e, a| text::utf7_encode(
    &i
));
encoder!(ascii_encode, "ascii_encode", |i, e, a| text::ascii_encode(
    &i, &e
)?);
encoder!(latin_1_encode, "latin_1_encode", |i, e, a| {
    text::latin1_encode(&i, &e)?
});
encoder!(utf_16_le_encode, "utf_16_le_encode", |i, _e, a| {
    text::utf16_encode(&i, -1)
});
encoder!(utf_16_be_encode, "utf_16_be_encode", |i, _e, a| {
    text::utf16_encode(&i, 1)
});
encoder!(utf_32_le_encode, "utf_32_le_encode", |i, _e, a| {
    text::utf32_encode(&i, -1)
});
encoder!(utf_32_be_encode, "utf_32_be_encode", |i, _e, a| {
    text::utf32_encode(&i, 1)
});
encoder!(
    unicode_escape_encode,
    "unicode_escape_encode",
    |i, _e, a| { text::unicode_escape_encode(&i) }
);
encoder!(
    raw_unicode_escape_encode,
    "raw_unicode_escape_encode",
    |i, _e, a| { text::raw_unicode_escape_encode(&i) }
);

fn utf_16_encode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("utf_16_encode", a, kw, 1, 3)?;
    let i = enc_input("utf_16_encode", a[0])?;
    errors_arg("utf_16_encode", opt(a, 1), 2)?;
    let bo = int_arg(a, 2)?;
    let out = text::utf16_encode(&i, bo.signum());
    Ok(pair(new_bytes(&out), i.chars.len()))
}

fn utf_32_encode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("utf_32_encode", a, kw, 1, 3)?;
    let i = enc_input("utf_32_encode", a[0])?;
    errors_arg("utf_32_encode", opt(a, 1), 2)?;
    let bo = int_arg(a, 2)?;
    let out = text::utf32_encode(&i, bo.signum());
    Ok(pair(new_bytes(&out), i.chars.len()))
}

fn charmap_encode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("charmap_encode", a, kw, 1, 3)?;
    let i = enc_input("charmap_encode", a[0])?;
    let e = errors_arg("charmap_encode", opt(a, 1), 2)?;
    let out = text::charmap_encode(&i, &e, opt(a, 2))?;
    Ok(pair(new_bytes(&out), i.chars.len()))
}

/// Decoders taking (data, errors=None, final=False) and returning (str, consumed).
macro_rules! decoder {
    ($name:ident, $py:literal, $fin_default:expr, $input:ident, |$inp:ident, $errs:ident, $fin:ident| $body:expr) => {
        fn $name(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            check($py, a, kw, 1, 3)?;
            let mut $inp = $input(a[0])?;
            let $errs = errors_arg($py, opt(a, 1), 2)?;
            let $fin = final_arg(a, 2, $fin_default)?;
            let _ = $fin;
            let (s, n): (String, usize) = $body;
            Ok(pair(new_str(&s), n))
        }
    };
}

decoder!(utf_8_decode, "utf_8_decode", false, dec_input, |i, e, f| {
    text::utf8_decode(&mut i, &e, f)?
});
decoder!(utf_7_decode, "utf_7_decode", false, dec_input, |i, e, f| {
    text::utf7_decode(&mut i, &e, f)?
});
decoder!(
    utf_16_le_decode,
    "utf_16_le_decode",
    false,
    dec_input,
    |i, e, f| {
        let (s, n, _) = text::utf16_decode(&mut i, &e, -1, f)?;
        (s, n)
    }
);
decoder!(
    utf_16_be_decode,
    "utf_16_be_decode",
    false,
    dec_input,
    |i, e, f| {
        let (s, n, _) = text::utf16_decode(&mut i, &e, 1, f)?;
        (s, n)
    }
);
decoder!(
    utf_16_decode,
    "utf_16_decode",
    false,
    dec_input,
    |i, e, f| {
        let (s, n, _) = text::utf16_decode(&mut i, &e, 0, f)?;
        (s, n)
    }
);
decoder!(
    utf_32_le_decode,
    "utf_32_le_decode",
    false,
    dec_input,
    |i, e, f| {
        let (s, n, _) = text::utf32_decode(&mut i, &e, -1, f)?;
        (s, n)
    }
);
decoder!(
    utf_32_be_decode,
    "utf_32_be_decode",
    false,
    dec_input,
    |i, e, f| {
        let (s, n, _) = text::utf32_decode(&mut i, &e, 1, f)?;
        (s, n)
    }
);
decoder!(
    utf_32_decode,
    "utf_32_decode",
    false,
    dec_input,
    |i, e, f| {
        let (s, n, _) = text::utf32_decode(&mut i, &e, 0, f)?;
        (s, n)
    }
);
decoder!(
    unicode_escape_decode,
    "unicode_escape_decode",
    true,
    dec_input_or_str,
    |i, e, f| { text::unicode_escape_decode(&mut i, &e, f)? }
);
decoder!(
    raw_unicode_escape_decode,
    "raw_unicode_escape_decode",
    true,
    dec_input_or_str,
    |i, e, f| { text::raw_unicode_escape_decode(&mut i, &e, f)? }
);

fn ascii_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("ascii_decode", a, kw, 1, 2)?;
    let mut i = dec_input(a[0])?;
    let e = errors_arg("ascii_decode", opt(a, 1), 2)?;
    let s = text::ascii_decode(&mut i, &e)?;
    Ok(pair(new_str(&s), i.data.len()))
}

fn latin_1_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("latin_1_decode", a, kw, 1, 2)?;
    let i = dec_input(a[0])?;
    errors_arg("latin_1_decode", opt(a, 1), 2)?;
    Ok(pair(new_str(&text::latin1_decode(&i.data)), i.data.len()))
}

fn charmap_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("charmap_decode", a, kw, 1, 3)?;
    let mut i = dec_input(a[0])?;
    let e = errors_arg("charmap_decode", opt(a, 1), 2)?;
    let s = text::charmap_decode(&mut i, &e, opt(a, 2))?;
    Ok(pair(new_str(&s), i.data.len()))
}

/// utf_16_ex_decode / utf_32_ex_decode: (data, errors=None, byteorder=0, final=False) ->
/// (str, consumed, byteorder).
fn ex_decode(a: &[Value], kw: &[Value], fname: &str, wide: bool) -> PyResult<Value> {
    check(fname, a, kw, 1, 4)?;
    let mut i = dec_input(a[0])?;
    let e = errors_arg(fname, opt(a, 1), 2)?;
    let bo = int_arg(a, 2)?;
    let fin = final_arg(a, 3, false)?;
    let (s, n, bo) = if wide {
        text::utf32_decode(&mut i, &e, bo.signum(), fin)?
    } else {
        text::utf16_decode(&mut i, &e, bo.signum(), fin)?
    };
    let s = new_str(&s);
    let n = new_int(n as i64);
    let bo = new_int(bo);
    Ok(new_tuple(&[s, n, bo]))
}

fn utf_16_ex_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ex_decode(a, kw, "utf_16_ex_decode", false)
}

fn utf_32_ex_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ex_decode(a, kw, "utf_32_ex_decode", true)
}

fn charmap_build(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("charmap_build", a, kw, 1, 1)?;
    let s = str_arg("charmap_build", a[0], 1)?;
    let d = ferrite_runtime::objects::dict::new_dict();
    for (i, c) in s.chars().enumerate() {
        let k = new_int(c as i64);
        let v = new_int(i as i64);
        dict_set(d, k, v)?;
    }
    Ok(d)
}

fn escape_encode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("escape_encode", a, kw, 1, 2)?;
    let v = a[0];
    if !(v.is_ptr() && layout_of(builtin_value(v)) == Layout::Bytes) {
        return Err(type_error(format!(
            "escape_encode() argument 1 must be bytes, not {}",
            type_name_of(v)
        )));
    }
    errors_arg("escape_encode", opt(a, 1), 2)?;
    let data = buffer_arg(v)?;
    Ok(pair(new_bytes(&text::escape_encode(&data)), data.len()))
}

fn escape_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("escape_decode", a, kw, 1, 2)?;
    let i = dec_input_or_str(a[0])?;
    let e = errors_arg("escape_decode", opt(a, 1), 2)?;
    let out = text::escape_decode(&i.data, &e)?;
    Ok(pair(new_bytes(&out), i.data.len()))
}

fn readbuffer_encode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readbuffer_encode", a, kw, 1, 2)?;
    let i = dec_input_or_str(a[0])?;
    errors_arg("readbuffer_encode", opt(a, 1), 2)?;
    Ok(pair(new_bytes(&i.data), i.data.len()))
}

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(
        d,
        &[
            ("register", c_register),
            ("unregister", c_unregister),
            ("lookup", c_lookup),
            ("encode", c_encode),
            ("decode", c_decode),
            ("register_error", c_register_error),
            ("lookup_error", c_lookup_error),
            ("utf_8_encode", utf_8_encode),
            ("utf_8_decode", utf_8_decode),
            ("utf_7_encode", utf_7_encode),
            ("utf_7_decode", utf_7_decode),
            ("utf_16_encode", utf_16_encode),
            ("utf_16_decode", utf_16_decode),
            ("utf_16_le_encode", utf_16_le_encode),
            ("utf_16_le_decode", utf_16_le_decode),
            ("utf_16_be_encode", utf_16_be_encode),
            ("utf_16_be_decode", utf_16_be_decode),
            ("utf_16_ex_decode", utf_16_ex_decode),
            ("utf_32_encode", utf_32_encode),
            ("utf_32_decode", utf_32_decode),
            ("utf_32_le_encode", utf_32_le_encode),
            ("utf_32_le_decode", utf_32_le_decode),
            ("utf_32_be_encode", utf_32_be_encode),
            ("utf_32_be_decode", utf_32_be_decode),
            ("utf_32_ex_decode", utf_32_ex_decode),
            ("latin_1_encode", latin_1_encode),
            ("latin_1_decode", latin_1_decode),
            ("ascii_encode", ascii_encode),
            ("ascii_decode", ascii_decode),
            ("charmap_encode", charmap_encode),
            ("charmap_decode", charmap_decode),
            ("charmap_build", charmap_build),
            ("unicode_escape_encode", unicode_escape_encode),
            ("unicode_escape_decode", unicode_escape_decode),
            ("raw_unicode_escape_encode", raw_unicode_escape_encode),
            ("raw_unicode_escape_decode", raw_unicode_escape_decode),
            ("escape_encode", escape_encode),
            ("escape_decode", escape_decode),
            ("readbuffer_encode", readbuffer_encode),
        ],
    );
    Ok(())
}
