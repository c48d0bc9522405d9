//! The `_json` module: the accelerators `json` uses when present — `scanstring`,
//! `make_scanner` (the `_json.Scanner` type), `make_encoder` (the `_json.Encoder` type),
//! `encode_basestring_ascii` and `encode_basestring` — with CPython 3.12's output and errors
//! (JSONDecodeError comes from `json.decoder`, imported when first needed).

use crate::support::{native_type, traced};
use ferrite_runtime::errors::{new_exc, stop_iteration, type_error, value_error, Exc};
use ferrite_runtime::errors::{PyErr, PyResult};
use ferrite_runtime::methods::{builtin_value, def, def_new, getset};
use ferrite_runtime::object::{bt, none, py_bool, py_false, py_true, type_of, BT};
use ferrite_runtime::objects::dict::{dict_set, new_dict, table};
use ferrite_runtime::objects::float::{float_of, float_repr, new_float};
use ferrite_runtime::objects::function::new_builtin_function;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_items, list_len, list_push, new_list};
use ferrite_runtime::objects::native::new_native_for;
use ferrite_runtime::objects::str::{new_str, str_is_ascii, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::types::{is_subtype, type_name_of};
use ferrite_runtime::{ops, Value};
use std::fmt::Write;

static SCANNER_T: crate::support::TypeCell = crate::support::TypeCell::new();
static ENCODER_T: crate::support::TypeCell = crate::support::TypeCell::new();
static STATE: crate::support::StateCell = crate::support::StateCell::new("_json");

fn is_str(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), bt(BT::Str))
}

/// `json.decoder.JSONDecodeError(msg, s, pos)` as a raised error.
fn errmsg(msg: &str, s: Value, pos: usize) -> PyErr {
    let m = match crate::import_module("json.decoder") {
        Ok(m) => m,
        Err(e) => return e,
    };
    let cls = match ops::getattr_str(m, "JSONDecodeError") {
        Ok(c) => c,
        Err(e) => return e,
    };
    match ops::call(cls, &[new_str(msg), s, new_int(pos as i64)], &[]) {
        Ok(e) => PyErr(e),
        Err(e) => e,
    }
}

/// The text being scanned, indexable by code point.
trait Src {
    fn len(&self) -> usize;
    fn at(&self, i: usize) -> u32;
    fn push_range(&self, out: &mut String, a: usize, b: usize);
}
impl Src for &[u8] {
    #[inline]
    fn len(&self) -> usize {
        <[u8]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
    fn push_range(&self, out: &mut String, a: usize, b: usize) {
        // ASCII text: every byte is a char
        out.push_str(std::str::from_utf8(&self[a..b]).unwrap_or(""));
    }
}
impl Src for &[char] {
    #[inline]
    fn len(&self) -> usize {
        <[char]>::len(self)
    }
    #[inline]
    fn at(&self, i: usize) -> u32 {
        self[i] as u32
    }
    fn push_range(&self, out: &mut String, a: usize, b: usize) {
        out.extend(&self[a..b]);
    }
}

fn hexval(d: u32) -> Option<u32> {
    char::from_u32(d).and_then(|c| c.to_digit(16))
}

/// scanstring_unicode: the string starting after the quote at `end - 1`; returns the text and
/// the index after the closing quote.
fn scanstring<S: Src>(src: &S, pystr: Value, end: i64, strict: bool) -> PyResult<(Value, usize)> {
    let len = src.len();
    if end < 0 || (len as i64) < end {
        return Err(value_error("end is out of bounds"));
    }
    let mut end = end as usize;
    let begin = end.wrapping_sub(1);
    let mut out = String::new();
    loop {
        let mut next = end;
        let mut c = 0u32;
        while next < len {
            c = src.at(next);
            if c == b'"' as u32 || c == b'\\' as u32 {
                break;
            }
            if c <= 0x1f && strict {
                return Err(errmsg("Invalid control character at", pystr, next));
            }
            next += 1;
        }
        if next >= len || (c != b'"' as u32 && c != b'\\' as u32) {
            return Err(errmsg("Unterminated string starting at", pystr, begin));
        }
        if c == b'"' as u32 && out.is_empty() {
            let mut s = String::with_capacity(next - end);
            src.push_range(&mut s, end, next);
            return Ok((new_str(&s), next + 1));
        }
        src.push_range(&mut out, end, next);
        next += 1;
        if c == b'"' as u32 {
            end = next;
            break;
        }
        if next == len {
            return Err(errmsg("Unterminated string starting at", pystr, begin));
        }
        let mut c = src.at(next);
        if c != b'u' as u32 {
            end = next + 1;
            c = match char::from_u32(c).unwrap_or('\0') {
                '"' => '"' as u32,
                '\\' => '\\' as u32,
                '/' => '/' as u32,
                'b' => 8,
                'f' => 12,
                'n' => 10,
                'r' => 13,
                't' => 9,
                _ => 0,
            };
            if c == 0 {
                return Err(errmsg("Invalid \\escape", pystr, end - 2));
            }
        } else {
            c = 0;
            next += 1;
            end = next + 4;
            if end >= len {
                return Err(errmsg("Invalid \\uXXXX escape", pystr, next - 1));
            }
            while next < end {
                match hexval(src.at(next)) {
                    Some(d) => c = (c << 4) | d,
                    None => return Err(errmsg("Invalid \\uXXXX escape", pystr, end - 5)),
                }
                next += 1;
            }
            if (0xD800..0xDC00).contains(&c)
                && end + 6 < len
                && src.at(next) == b'\\' as u32
                && src.at(next + 1) == b'u' as u32
            {
                next += 2;
                let mut c2 = 0u32;
                end += 6;
                while next < end {
                    match hexval(src.at(next)) {
                        Some(d) => c2 = (c2 << 4) | d,
                        None => return Err(errmsg("Invalid \\uXXXX escape", pystr, end - 5)),
                    }
                    next += 1;
                }
                if (0xDC00..0xE000).contains(&c2) {
                    c = 0x10000 + (((c - 0xD800) << 10) | (c2 - 0xDC00));
                } else {
                    end -= 6;
                }
            }
        }
        // lone surrogates have no representation in ferrite's str: U+FFFD, as str() gives
        out.push(char::from_u32(c).unwrap_or('\u{fffd}'));
    }
    Ok((new_str(&out), end))
}

/// Runs `f` over the text of str `s` as code points.
fn with_src<R>(s: Value, f: impl FnOnce(&dyn SrcDyn) -> R) -> R {
    let inner = builtin_value(s);
    let text = str_of(inner);
    if str_is_ascii(inner) {
        let b: &[u8] = text.as_bytes();
        f(&b)
    } else {
        let chars: Vec<char> = text.chars().collect();
        let c: &[char] = &chars;
        f(&c)
    }
}

/// Object-safe view of `Src` for `with_src`.
trait SrcDyn {
    fn scan_string(&self, pystr: Value, end: i64, strict: bool) -> PyResult<(Value, usize)>;
    fn scan_once(&self, sc: &ScanCtx, pystr: Value, idx: i64) -> PyResult<(Value, usize)>;
}
impl<S: Src> SrcDyn for S {
    fn scan_string(&self, pystr: Value, end: i64, strict: bool) -> PyResult<(Value, usize)> {
        scanstring(self, pystr, end, strict)
    }
    fn scan_once(&self, sc: &ScanCtx, pystr: Value, idx: i64) -> PyResult<(Value, usize)> {
        if idx < 0 {
            return Err(value_error("idx cannot be negative"));
        }
        scan_once(self, sc, pystr, idx as usize, 0)
    }
}

fn j_scanstring(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("scanstring() takes no keyword arguments"));
    }
    crate::support::positional_only("scanstring", a, kw, 2, 3)?;
    let end = ops::index_value(a[1])?;
    let strict = match a.get(2) {
        Some(v) => ops::truthy(*v)?,
        None => true,
    };
    if !is_str(a[0]) {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            type_name_of(a[0])
        )));
    }
    let (v, e) = with_src(a[0], |s| s.scan_string(a[0], end, strict))?;
    Ok(new_tuple(&[v, new_int(e as i64)]))
}

// ---------------------------------------------------------------------------------------------
// scanner

struct Scanner {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}
traced!(Scanner {
    object_hook,
    object_pairs_hook,
    parse_float,
    parse_int,
    parse_constant
});

/// A copy of the scanner's settings on the Rust stack for one call.
struct ScanCtx {
    strict: bool,
    object_hook: Value,
    object_pairs_hook: Value,
    parse_float: Value,
    parse_int: Value,
    parse_constant: Value,
}

fn scanner_type() -> Value {
    SCANNER_T.get_or_init(|| {
        let t = native_type("_json", "Scanner", true);
        def_new(t, scanner_new);
        def(t, "__call__", scanner_call);
        getset(t, "strict", |v| Ok(py_bool(scanner_of(v)?.strict)));
        getset(t, "object_hook", |v| Ok(scanner_of(v)?.object_hook));
        getset(t, "object_pairs_hook", |v| {
            Ok(scanner_of(v)?.object_pairs_hook)
        });
        getset(t, "parse_float", |v| Ok(scanner_of(v)?.parse_float));
        getset(t, "parse_int", |v| Ok(scanner_of(v)?.parse_int));
        getset(t, "parse_constant", |v| Ok(scanner_of(v)?.parse_constant));
        t
    })
}

fn scanner_of(v: Value) -> PyResult<&'static mut Scanner> {
    crate::support::data::<Scanner>(v, "_json.Scanner")
}

fn scanner_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = crate::support::clinic("make_scanner", &a[1..], kw, &["context"], 1, 1)?;
    let ctx = r[0];
    let strict = ops::truthy(ops::getattr_str(ctx, "strict")?)?;
    let object_hook = ops::getattr_str(ctx, "object_hook")?;
    let object_pairs_hook = ops::getattr_str(ctx, "object_pairs_hook")?;
    let parse_float = ops::getattr_str(ctx, "parse_float")?;
    let parse_int = ops::getattr_str(ctx, "parse_int")?;
    let parse_constant = ops::getattr_str(ctx, "parse_constant")?;
    Ok(new_native_for(
        a[0],
        scanner_type(),
        Scanner {
            strict,
            object_hook,
            object_pairs_hook,
            parse_float,
            parse_int,
            parse_constant,
        },
    ))
}

fn scanner_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = crate::support::clinic("scan_once", &a[1..], kw, &["string", "idx"], 2, 2)?;
    let idx = ops::index_value(r[1])?;
    let sc = {
        let s = scanner_of(a[0])?;
        ScanCtx {
            strict: s.strict,
            object_hook: s.object_hook,
            object_pairs_hook: s.object_pairs_hook,
            parse_float: s.parse_float,
            parse_int: s.parse_int,
            parse_constant: s.parse_constant,
        }
    };
    let pystr = r[0];
    if !is_str(pystr) {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            type_name_of(pystr)
        )));
    }
    let (v, end) = with_src(pystr, |s| s.scan_once(&sc, pystr, idx))?;
    Ok(new_tuple(&[v, new_int(end as i64)]))
}

#[inline]
fn is_ws(c: u32) -> bool {
    c == b' ' as u32 || c == b'\t' as u32 || c == b'\n' as u32 || c == b'\r' as u32
}

fn skip_ws<S: Src>(src: &S, mut idx: usize) -> usize {
    let len = src.len();
    while idx < len && is_ws(src.at(idx)) {
        idx += 1;
    }
    idx
}

fn matches<S: Src>(src: &S, idx: usize, word: &str) -> bool {
    idx + word.len() <= src.len()
        && word
            .bytes()
            .enumerate()
            .all(|(i, b)| src.at(idx + i) == b as u32)
}

const MAX_DEPTH: usize = 990;

fn recursion_error(what: &str) -> PyErr {
    new_exc(
        Exc::RecursionError,
        &format!("maximum recursion depth exceeded{what}"),
    )
}

fn scan_once<S: Src>(
    src: &S,
    sc: &ScanCtx,
    pystr: Value,
    idx: usize,
    depth: usize,
) -> PyResult<(Value, usize)> {
    let len = src.len();
    if idx >= len {
        return Err(stop_iteration(new_int(idx as i64)));
    }
    match src.at(idx) {
        0x22 => return scanstring(src, pystr, idx as i64 + 1, sc.strict),
        0x7b => {
            if depth > MAX_DEPTH {
                return Err(recursion_error(
                    " while decoding a JSON object from a unicode string",
                ));
            }
            return parse_object(src, sc, pystr, idx + 1, depth + 1);
        }
        0x5b => {
            if depth > MAX_DEPTH {
                return Err(recursion_error(
                    " while decoding a JSON array from a unicode string",
                ));
            }
            return parse_array(src, sc, pystr, idx + 1, depth + 1);
        }
        0x6e if matches(src, idx, "null") => return Ok((none(), idx + 4)),
        0x74 if matches(src, idx, "true") => return Ok((py_true(), idx + 4)),
        0x66 if matches(src, idx, "false") => return Ok((py_false(), idx + 5)),
        0x4e if matches(src, idx, "NaN") => {
            let v = ops::call(sc.parse_constant, &[new_str("NaN")], &[])?;
            return Ok((v, idx + 3));
        }
        0x49 if matches(src, idx, "Infinity") => {
            let v = ops::call(sc.parse_constant, &[new_str("Infinity")], &[])?;
            return Ok((v, idx + 8));
        }
        0x2d if matches(src, idx, "-Infinity") => {
            let v = ops::call(sc.parse_constant, &[new_str("-Infinity")], &[])?;
            return Ok((v, idx + 9));
        }
        _ => {}
    }
    match_number(src, sc, idx)
}

fn parse_object<S: Src>(
    src: &S,
    sc: &ScanCtx,
    pystr: Value,
    idx: usize,
    depth: usize,
) -> PyResult<(Value, usize)> {
    let len = src.len();
    let pairs = sc.object_pairs_hook != none();
    let rval = if pairs { new_list(&[]) } else { new_dict() };
    let mut idx = skip_ws(src, idx);
    if idx >= len || src.at(idx) != b'}' as u32 {
        loop {
            if idx >= len || src.at(idx) != b'"' as u32 {
                return Err(errmsg(
                    "Expecting property name enclosed in double quotes",
                    pystr,
                    idx,
                ));
            }
            let (key, next) = scanstring(src, pystr, idx as i64 + 1, sc.strict)?;
            idx = skip_ws(src, next);
            if idx >= len || src.at(idx) != b':' as u32 {
                return Err(errmsg("Expecting ':' delimiter", pystr, idx));
            }
            idx = skip_ws(src, idx + 1);
            let (val, next) = scan_once(src, sc, pystr, idx, depth)?;
            if pairs {
                list_push(rval, new_tuple(&[key, val]));
            } else {
                dict_set(rval, key, val)?;
            }
            idx = skip_ws(src, next);
            if idx < len && src.at(idx) == b'}' as u32 {
                break;
            }
            if idx >= len || src.at(idx) != b',' as u32 {
                return Err(errmsg("Expecting ',' delimiter", pystr, idx));
            }
            idx = skip_ws(src, idx + 1);
        }
    }
    let end = idx + 1;
    if pairs {
        return Ok((ops::call(sc.object_pairs_hook, &[rval], &[])?, end));
    }
    if sc.object_hook != none() {
        return Ok((ops::call(sc.object_hook, &[rval], &[])?, end));
    }
    Ok((rval, end))
}

fn parse_array<S: Src>(
    src: &S,
    sc: &ScanCtx,
    pystr: Value,
    idx: usize,
    depth: usize,
) -> PyResult<(Value, usize)> {
    let len = src.len();
    let rval = new_list(&[]);
    let mut idx = skip_ws(src, idx);
    if idx >= len || src.at(idx) != b']' as u32 {
        loop {
            let (val, next) = scan_once(src, sc, pystr, idx, depth)?;
            list_push(rval, val);
            idx = skip_ws(src, next);
            if idx < len && src.at(idx) == b']' as u32 {
                break;
            }
            if idx >= len || src.at(idx) != b',' as u32 {
                return Err(errmsg("Expecting ',' delimiter", pystr, idx));
            }
            idx = skip_ws(src, idx + 1);
        }
    }
    if idx >= len {
        return Err(errmsg("Expecting value", pystr, len.saturating_sub(1)));
    }
    Ok((rval, idx + 1))
}

#[inline]
fn is_digit(c: u32) -> bool {
    (b'0' as u32..=b'9' as u32).contains(&c)
}

fn match_number<S: Src>(src: &S, sc: &ScanCtx, start: usize) -> PyResult<(Value, usize)> {
    let len = src.len();
    let end_idx = len - 1;
    let mut idx = start;
    let mut is_float = false;
    if src.at(idx) == b'-' as u32 {
        idx += 1;
        if idx > end_idx {
            return Err(stop_iteration(new_int(start as i64)));
        }
    }
    let c = src.at(idx);
    if (b'1' as u32..=b'9' as u32).contains(&c) {
        idx += 1;
        while idx <= end_idx && is_digit(src.at(idx)) {
            idx += 1;
        }
    } else if c == b'0' as u32 {
        idx += 1;
    } else {
        return Err(stop_iteration(new_int(start as i64)));
    }
    if idx < end_idx && src.at(idx) == b'.' as u32 && is_digit(src.at(idx + 1)) {
        is_float = true;
        idx += 2;
        while idx <= end_idx && is_digit(src.at(idx)) {
            idx += 1;
        }
    }
    if idx < end_idx && (src.at(idx) == b'e' as u32 || src.at(idx) == b'E' as u32) {
        let e_start = idx;
        idx += 1;
        if idx < end_idx && (src.at(idx) == b'-' as u32 || src.at(idx) == b'+' as u32) {
            idx += 1;
        }
        while idx <= end_idx && is_digit(src.at(idx)) {
            idx += 1;
        }
        if is_digit(src.at(idx - 1)) {
            is_float = true;
        } else {
            idx = e_start;
        }
    }
    let mut text = String::with_capacity(idx - start);
    src.push_range(&mut text, start, idx);
    let custom = if is_float && sc.parse_float != bt(BT::Float) {
        sc.parse_float
    } else if !is_float && sc.parse_int != bt(BT::Int) {
        sc.parse_int
    } else {
        Value::NULL
    };
    let v = if !custom.is_null() {
        ops::call(custom, &[new_str(&text)], &[])?
    } else if is_float {
        new_float(text.parse::<f64>().unwrap_or(f64::NAN))
    } else if text.len() <= 18 {
        new_int(text.parse::<i64>().unwrap_or(0))
    } else {
        ops::call(bt(BT::Int), &[new_str(&text)], &[])?
    };
    Ok((v, idx))
}

// ---------------------------------------------------------------------------------------------
// encoder

#[derive(Clone, Copy, PartialEq, Eq)]
enum Fast {
    No,
    Ascii,
    Unicode,
}

struct Encoder {
    markers: Value,
    default: Value,
    encoder: Value,
    indent: Value,
    key_separator: Value,
    item_separator: Value,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    fast: Fast,
}
traced!(Encoder {
    markers,
    default,
    encoder,
    indent,
    key_separator,
    item_separator
});

fn encoder_type() -> Value {
    ENCODER_T.get_or_init(|| {
        let t = native_type("_json", "Encoder", true);
        def_new(t, encoder_new);
        def(t, "__call__", encoder_call);
        getset(t, "markers", |v| Ok(encoder_of(v)?.markers));
        getset(t, "default", |v| Ok(encoder_of(v)?.default));
        getset(t, "encoder", |v| Ok(encoder_of(v)?.encoder));
        getset(t, "indent", |v| Ok(encoder_of(v)?.indent));
        getset(t, "key_separator", |v| Ok(encoder_of(v)?.key_separator));
        getset(t, "item_separator", |v| Ok(encoder_of(v)?.item_separator));
        getset(t, "sort_keys", |v| Ok(py_bool(encoder_of(v)?.sort_keys)));
        getset(t, "skipkeys", |v| Ok(py_bool(encoder_of(v)?.skipkeys)));
        t
    })
}

fn encoder_of(v: Value) -> PyResult<&'static mut Encoder> {
    crate::support::data::<Encoder>(v, "_json.Encoder")
}

const ENC_KWS: [&str; 9] = [
    "markers",
    "default",
    "encoder",
    "indent",
    "key_separator",
    "item_separator",
    "sort_keys",
    "skipkeys",
    "allow_nan",
];

fn encoder_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = &a[1..];
    let npos = args.len() - kw.len();
    if args.len() > 9 {
        return Err(type_error(format!(
            "make_encoder() takes at most 9 arguments ({} given)",
            args.len()
        )));
    }
    let mut v = [Value::NULL; 9];
    v[..npos].copy_from_slice(&args[..npos]);
    for (i, k) in kw.iter().enumerate() {
        let s = str_of(*k);
        match ENC_KWS.iter().position(|n| *n == s) {
            Some(j) if j < npos => {
                return Err(type_error(format!(
                    "argument for make_encoder() given by name ('{s}') and position ({})",
                    j + 1
                )))
            }
            Some(j) => v[j] = args[npos + i],
            None => {
                return Err(type_error(format!(
                    "'{s}' is an invalid keyword argument for make_encoder()"
                )))
            }
        }
    }
    for (j, n) in ENC_KWS.iter().enumerate() {
        if v[j].is_null() {
            return Err(type_error(format!(
                "make_encoder() missing required argument '{n}' (pos {})",
                j + 1
            )));
        }
    }
    for j in [4, 5] {
        if !is_str(v[j]) {
            return Err(type_error(format!(
                "make_encoder() argument {} must be str, not {}",
                j + 1,
                type_name_of(v[j])
            )));
        }
    }
    let sort_keys = ops::truthy(v[6])?;
    let skipkeys = ops::truthy(v[7])?;
    let allow_nan = ops::truthy(v[8])?;
    if v[0] != none() && !(v[0].is_ptr() && is_subtype(type_of(v[0]), bt(BT::Dict))) {
        return Err(type_error(format!(
            "make_encoder() argument 1 must be dict or None, not {}",
            type_name_of(v[0])
        )));
    }
    let fast = if v[2] == enc_ascii() {
        Fast::Ascii
    } else if v[2] == enc_unicode() {
        Fast::Unicode
    } else {
        Fast::No
    };
    Ok(new_native_for(
        a[0],
        encoder_type(),
        Encoder {
            markers: v[0],
            default: v[1],
            encoder: v[2],
            indent: v[3],
            key_separator: v[4],
            item_separator: v[5],
            sort_keys,
            skipkeys,
            allow_nan,
            fast,
        },
    ))
}

/// The settings of one encoding run, on the Rust stack.
struct EncCtx {
    check_circular: bool,
    default: Value,
    encoder: Value,
    key_sep: String,
    item_sep: String,
    sort_keys: bool,
    skipkeys: bool,
    allow_nan: bool,
    fast: Fast,
    /// addresses of the containers being encoded (they are pinned: each is on the stack)
    markers: std::collections::HashSet<usize>,
}

fn encoder_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = crate::support::clinic(
        "_iterencode",
        &a[1..],
        kw,
        &["obj", "_current_indent_level"],
        2,
        2,
    )?;
    let _level = ops::index_value(r[1])?;
    let mut cx = {
        let e = encoder_of(a[0])?;
        EncCtx {
            check_circular: e.markers != none(),
            default: e.default,
            encoder: e.encoder,
            key_sep: str_of(builtin_value(e.key_separator)).to_string(),
            item_sep: str_of(builtin_value(e.item_separator)).to_string(),
            sort_keys: e.sort_keys,
            skipkeys: e.skipkeys,
            allow_nan: e.allow_nan,
            fast: e.fast,
            markers: Default::default(),
        }
    };
    let mut out = String::new();
    encode_obj(&mut cx, &mut out, r[0], 0)?;
    Ok(new_tuple(&[new_str(&out)]))
}

fn encode_float(cx: &EncCtx, f: f64) -> PyResult<String> {
    if !f.is_finite() {
        if !cx.allow_nan {
            return Err(value_error(format!(
                "Out of range float values are not JSON compliant: {}",
                float_repr(f)
            )));
        }
        return Ok(if f > 0.0 {
            "Infinity"
        } else if f < 0.0 {
            "-Infinity"
        } else {
            "NaN"
        }
        .into());
    }
    Ok(float_repr(f))
}

fn encode_string(cx: &EncCtx, out: &mut String, s: Value) -> PyResult<()> {
    match cx.fast {
        Fast::Ascii => escape_ascii(out, str_of(builtin_value(s))),
        Fast::Unicode => escape_unicode(out, str_of(builtin_value(s))),
        Fast::No => {
            let r = ops::call(cx.encoder, &[s], &[])?;
            if !is_str(r) {
                return Err(type_error(format!(
                    "encoder() must return a string, not {}",
                    type_name_of(r)
                )));
            }
            out.push_str(str_of(builtin_value(r)));
        }
    }
    Ok(())
}

fn enter(cx: &mut EncCtx, o: Value) -> PyResult<()> {
    if cx.check_circular && !cx.markers.insert(o.0) {
        return Err(value_error("Circular reference detected"));
    }
    Ok(())
}
fn leave(cx: &mut EncCtx, o: Value) {
    if cx.check_circular {
        cx.markers.remove(&o.0);
    }
}

fn encode_obj(cx: &mut EncCtx, out: &mut String, o: Value, depth: usize) -> PyResult<()> {
    if o == none() {
        out.push_str("null");
    } else if o == py_true() {
        out.push_str("true");
    } else if o == py_false() {
        out.push_str("false");
    } else if is_str(o) {
        encode_string(cx, out, o)?;
    } else if ferrite_runtime::methods::numbers::is_int_v(o) {
        out.push_str(&ferrite_runtime::methods::numbers::int_repr_string(o)?);
    } else if o.is_ptr() && is_subtype(type_of(o), bt(BT::Float)) {
        let f = float_of(builtin_value(o));
        out.push_str(&encode_float(cx, f)?);
    } else if o.is_ptr()
        && (is_subtype(type_of(o), bt(BT::List)) || is_subtype(type_of(o), bt(BT::Tuple)))
    {
        if depth > MAX_DEPTH {
            return Err(recursion_error(" while encoding a JSON object"));
        }
        encode_list(cx, out, o, depth + 1)?;
    } else if o.is_ptr() && is_subtype(type_of(o), bt(BT::Dict)) {
        if depth > MAX_DEPTH {
            return Err(recursion_error(" while encoding a JSON object"));
        }
        encode_dict(cx, out, o, depth + 1)?;
    } else {
        enter(cx, o)?;
        let newobj = ops::call(cx.default, &[o], &[])?;
        if depth > MAX_DEPTH {
            return Err(recursion_error(" while encoding a JSON object"));
        }
        encode_obj(cx, out, newobj, depth + 1)?;
        leave(cx, o);
    }
    Ok(())
}

fn seq_item(seq: Value, is_list: bool, i: usize) -> Option<Value> {
    if is_list {
        list_items(seq).get(i).copied()
    } else {
        tuple_items(seq).get(i).copied()
    }
}

fn encode_list(cx: &mut EncCtx, out: &mut String, o: Value, depth: usize) -> PyResult<()> {
    let seq = builtin_value(o);
    let is_list = type_of(seq) == bt(BT::List);
    let n = if is_list {
        list_len(seq)
    } else {
        tuple_len(seq)
    };
    if n == 0 {
        out.push_str("[]");
        return Ok(());
    }
    enter(cx, o)?;
    out.push('[');
    let mut i = 0;
    while let Some(item) = seq_item(seq, is_list, i) {
        if i > 0 {
            out.push_str(&cx.item_sep);
        }
        encode_obj(cx, out, item, depth)?;
        i += 1;
    }
    leave(cx, o);
    out.push(']');
    Ok(())
}

fn encode_dict(cx: &mut EncCtx, out: &mut String, o: Value, depth: usize) -> PyResult<()> {
    let d = builtin_value(o);
    if table(d).used == 0 {
        out.push_str("{}");
        return Ok(());
    }
    enter(cx, o)?;
    out.push('{');
    let mut first = true;
    if cx.sort_keys || type_of(o) != bt(BT::Dict) {
        let items = ops::call_method(o, "items", &[])?;
        let items = ops::to_list(items)?;
        if cx.sort_keys {
            ops::call_method(items, "sort", &[])?;
        }
        let mut i = 0;
        while let Some(item) = list_items(items).get(i).copied() {
            if !(item.is_ptr() && type_of(item) == bt(BT::Tuple) && tuple_len(item) == 2) {
                return Err(value_error("items must return tuples of length 2"));
            }
            let (k, v) = (tuple_items(item)[0], tuple_items(item)[1]);
            encode_kv(cx, out, &mut first, k, v, depth)?;
            i += 1;
        }
    } else {
        let mut pos = 0;
        while let Some((p, e)) = table(d).next_from(pos) {
            encode_kv(cx, out, &mut first, e.key, e.value, depth)?;
            pos = p + 1;
        }
    }
    leave(cx, o);
    out.push('}');
    Ok(())
}

fn encode_kv(
    cx: &mut EncCtx,
    out: &mut String,
    first: &mut bool,
    key: Value,
    value: Value,
    depth: usize,
) -> PyResult<()> {
    let keystr: Value = if is_str(key) {
        key
    } else if key.is_ptr() && is_subtype(type_of(key), bt(BT::Float)) {
        new_str(&encode_float(cx, float_of(builtin_value(key)))?)
    } else if key == py_true() {
        new_str("true")
    } else if key == py_false() {
        new_str("false")
    } else if key == none() {
        new_str("null")
    } else if ferrite_runtime::methods::numbers::is_int_v(key) {
        new_str(&ferrite_runtime::methods::numbers::int_repr_string(key)?)
    } else if cx.skipkeys {
        return Ok(());
    } else {
        return Err(type_error(format!(
            "keys must be str, int, float, bool or None, not {}",
            type_name_of(key)
        )));
    };
    if *first {
        *first = false;
    } else {
        out.push_str(&cx.item_sep);
    }
    encode_string(cx, out, keystr)?;
    out.push_str(&cx.key_sep);
    encode_obj(cx, out, value, depth)
}

fn escape_ascii(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            ' '..='~' => out.push(c),
            _ => {
                let u = c as u32;
                if u >= 0x10000 {
                    let v = u - 0x10000;
                    let hi = 0xD800 | ((v >> 10) & 0x3ff);
                    let lo = 0xDC00 | (v & 0x3ff);
                    let _ = write!(out, "\\u{hi:04x}\\u{lo:04x}");
                } else {
                    let _ = write!(out, "\\u{u:04x}");
                }
            }
        }
    }
    out.push('"');
}

fn escape_unicode(out: &mut String, s: &str) {
    out.push('"');
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            '\u{8}' => out.push_str("\\b"),
            '\u{c}' => out.push_str("\\f"),
            '\0'..='\u{1f}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            _ => out.push(c),
        }
    }
    out.push('"');
}

fn basestring_arg(a: &[Value], kw: &[Value], name: &str) -> PyResult<Value> {
    crate::support::positional_only(name, a, kw, 1, 1).map_err(|_| {
        if !kw.is_empty() {
            type_error(format!("{name}() takes no keyword arguments"))
        } else {
            type_error(format!(
                "{name}() takes exactly one argument ({} given)",
                a.len()
            ))
        }
    })?;
    if !is_str(a[0]) {
        return Err(type_error(format!(
            "first argument must be a string, not {}",
            type_name_of(a[0])
        )));
    }
    Ok(a[0])
}

fn j_encode_basestring_ascii(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = basestring_arg(a, kw, "encode_basestring_ascii")?;
    let mut out = String::new();
    escape_ascii(&mut out, str_of(builtin_value(s)));
    Ok(new_str(&out))
}

fn j_encode_basestring(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = basestring_arg(a, kw, "encode_basestring")?;
    let mut out = String::new();
    escape_unicode(&mut out, str_of(builtin_value(s)));
    Ok(new_str(&out))
}

fn enc_ascii() -> Value {
    STATE.get_or_init("ascii", || {
        new_builtin_function(
            "encode_basestring_ascii",
            j_encode_basestring_ascii,
            Value::NULL,
        )
    })
}

fn enc_unicode() -> Value {
    STATE.get_or_init("unicode", || {
        new_builtin_function("encode_basestring", j_encode_basestring, Value::NULL)
    })
}

/// Fills a new `_json` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let ascii = enc_ascii();
    let uni = enc_unicode();
    use ferrite_runtime::objects::dict::dict_set_str;
    dict_set_str(d, "encode_basestring_ascii", ascii);
    dict_set_str(d, "encode_basestring", uni);
    dict_set_str(d, "make_scanner", scanner_type());
    dict_set_str(d, "make_encoder", encoder_type());
    dict_set_str(d, "__doc__", new_str("json speedups\n"));
    crate::define_functions(d, &[("scanstring", j_scanstring)]);
    Ok(())
}
