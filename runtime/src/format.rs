//! String formatting: `%`-formatting (str and bytes), `str.format`/`format_map` and the
//! format-spec mini-language for int, float and str.
//!
//! Everything follows CPython 3.12's Objects/unicodeobject.c (`%`), Objects/stringlib/
//! unicode_format.h (`str.format`) and Python/formatter_unicode.c (specs), including the order
//! in which errors are detected, so that the messages match. Floats are formatted from Rust's
//! correctly rounded `{:.*}`/`{:.*e}` output, then rearranged into Python's forms.
//!
//! `%`-formatting of bytes reuses the str engine: the format is decoded as latin-1 (one char per
//! byte), every conversion produces chars below 256, and the result is encoded back.

use crate::errors::*;
use crate::object::*;
use crate::objects::float::{float_of, float_repr};
use crate::objects::int::{int_to_big, is_int};
use crate::objects::str::{new_str, str_of};
use crate::objects::tuple::{tuple_items, tuple_len};
use crate::types::type_name_of;
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive};

fn is_str(v: Value) -> bool {
    v.is_ptr() && layout_of(crate::methods::builtin_value(v)) == Layout::Str
}
fn sval(v: Value) -> &'static str {
    str_of(crate::methods::builtin_value(v))
}
fn is_float(v: Value) -> bool {
    v.is_ptr() && layout_of(crate::methods::builtin_value(v)) == Layout::Float
}

/// `ascii()` of a repr string: non-ASCII characters escaped.
pub fn ascii_escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        let n = c as u32;
        if n < 0x80 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{n:02x}"));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{n:04x}"));
        } else {
            out.push_str(&format!("\\U{n:08x}"));
        }
    }
    out
}

// ---------------------------------------------------------------------------- % formatting

struct PctState {
    args: Value,
    arglen: i64,
    argidx: i64,
    dict: Value,
}

impl PctState {
    fn next(&mut self) -> PyResult<Value> {
        if self.argidx < self.arglen {
            let i = self.argidx;
            self.argidx += 1;
            if self.arglen < 0 {
                return Ok(self.args);
            }
            return Ok(tuple_items(self.args)[i as usize]);
        }
        Err(type_error("not enough arguments for format string"))
    }
}

/// `fmt % args` for str.
pub fn percent_format(fmt: &str, args: Value) -> PyResult<String> {
    percent_engine(fmt, args, false)
}

/// `fmt % args` for bytes/bytearray.
pub fn percent_format_bytes(fmt: &[u8], args: Value) -> PyResult<Vec<u8>> {
    let f: String = fmt.iter().map(|&b| b as char).collect();
    let r = percent_engine(&f, args, true)?;
    Ok(r.chars().map(|c| c as u32 as u8).collect())
}

fn is_mapping_arg(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    let t = type_of(v);
    if t == bt(BT::Tuple) || is_str(v) {
        return false;
    }
    if crate::types::is_subtype(t, bt(BT::Tuple)) {
        return false;
    }
    crate::types::lookup(t, "__getitem__").is_some()
}

fn percent_engine(fmt: &str, args: Value, bytes_mode: bool) -> PyResult<String> {
    let is_tuple = args.is_ptr() && crate::types::is_subtype(type_of(args), bt(BT::Tuple));
    let targs = crate::methods::builtin_value(args);
    let mut st = if is_tuple {
        PctState {
            args: targs,
            arglen: tuple_len(targs) as i64,
            argidx: 0,
            dict: Value::NULL,
        }
    } else {
        PctState {
            args,
            arglen: -1,
            argidx: -2,
            dict: Value::NULL,
        }
    };
    if is_mapping_arg(args) {
        st.dict = args;
    }
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::with_capacity(fmt.len() + 16);
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c != '%' {
            out.push(c);
            i += 1;
            continue;
        }
        i += 1;
        if i >= cs.len() {
            return Err(value_error("incomplete format"));
        }
        if cs[i] == '%' {
            out.push('%');
            i += 1;
            continue;
        }
        // mapping key
        if cs[i] == '(' {
            if st.dict.is_null() {
                return Err(type_error("format requires a mapping"));
            }
            i += 1;
            let ks = i;
            let mut depth = 1;
            while i < cs.len() {
                if cs[i] == ')' {
                    depth -= 1;
                    if depth == 0 {
                        break;
                    }
                } else if cs[i] == '(' {
                    depth += 1;
                }
                i += 1;
            }
            if i >= cs.len() {
                return Err(value_error("incomplete format key"));
            }
            let key_s: String = cs[ks..i].iter().collect();
            i += 1;
            let key = if bytes_mode {
                let kb: Vec<u8> = key_s.chars().map(|c| c as u32 as u8).collect();
                crate::methods::bytes::new_bytes(&kb)
            } else {
                new_str(&key_s)
            };
            let v = crate::ops::getitem(st.dict, key)?;
            st.args = v;
            st.arglen = -1;
            st.argidx = -2;
        }
        // flags
        let (mut left, mut plus, mut space, mut alt, mut zero) =
            (false, false, false, false, false);
        while i < cs.len() {
            match cs[i] {
                '-' => left = true,
                '+' => plus = true,
                ' ' => space = true,
                '#' => alt = true,
                '0' => zero = true,
                _ => break,
            }
            i += 1;
        }
        // width
        let mut width: i64 = -1;
        if i < cs.len() && cs[i] == '*' {
            let v = st.next()?;
            if !is_int(v) {
                return Err(type_error("* wants int"));
            }
            let w = crate::ops::index_value(v)?;
            if w < 0 {
                left = true;
                width = -w;
            } else {
                width = w;
            }
            i += 1;
        } else {
            let mut w: i64 = 0;
            let mut any = false;
            while i < cs.len() && cs[i].is_ascii_digit() {
                w = w
                    .checked_mul(10)
                    .and_then(|w| w.checked_add(cs[i] as i64 - '0' as i64))
                    .ok_or_else(|| value_error("width too big"))?;
                any = true;
                i += 1;
            }
            if any {
                width = w;
            }
        }
        // precision
        let mut prec: i64 = -1;
        if i < cs.len() && cs[i] == '.' {
            i += 1;
            if i < cs.len() && cs[i] == '*' {
                let v = st.next()?;
                if !is_int(v) {
                    return Err(type_error("* wants int"));
                }
                prec = crate::ops::index_value(v)?.max(0);
                i += 1;
            } else {
                let mut p: i64 = 0;
                while i < cs.len() && cs[i].is_ascii_digit() {
                    p = p
                        .checked_mul(10)
                        .and_then(|p| p.checked_add(cs[i] as i64 - '0' as i64))
                        .ok_or_else(|| value_error("precision too big"))?;
                    i += 1;
                }
                prec = p;
            }
        }
        // length modifiers are accepted and ignored
        while i < cs.len() && matches!(cs[i], 'h' | 'l' | 'L') {
            i += 1;
        }
        if i >= cs.len() {
            return Err(value_error("incomplete format"));
        }
        let conv = cs[i];
        let conv_index = i;
        i += 1;
        if conv == '%' {
            out.push('%');
            continue;
        }
        if !"srabcdiuoxXeEfFgG".contains(conv) || (!bytes_mode && conv == 'b') {
            let shown = if (conv as u32) > 32 && (conv as u32) < 127 {
                conv.to_string()
            } else {
                "?".to_string()
            };
            let _ = shown;
            return Err(value_error(format!(
                "unsupported format character '{}' ({:#x}) at index {}",
                conv, conv as u32, conv_index
            )));
        }
        let v = st.next()?;
        let (mut sign, body): (String, String) = match conv {
            's' | 'r' | 'a' | 'b' => {
                let mut s = if bytes_mode {
                    if conv == 'r' || conv == 'a' {
                        ascii_escape(&crate::ops::repr_string(v)?)
                    } else {
                        bytes_for_percent(v)?
                    }
                } else {
                    match conv {
                        's' => crate::ops::str_string(v)?,
                        'r' => crate::ops::repr_string(v)?,
                        _ => ascii_escape(&crate::ops::repr_string(v)?),
                    }
                };
                if prec >= 0 {
                    s = s.chars().take(prec as usize).collect();
                }
                (String::new(), s)
            }
            'c' => (String::new(), percent_char(v, bytes_mode)?),
            'd' | 'i' | 'u' | 'o' | 'x' | 'X' => {
                let iv = if is_int(v) {
                    crate::methods::builtin_value(v)
                } else if matches!(conv, 'o' | 'x' | 'X') {
                    if crate::types::lookup(type_of(v), "__index__").is_none() {
                        return Err(type_error(format!(
                            "%{conv} format: an integer is required, not {}",
                            type_name_of(v)
                        )));
                    }
                    crate::ops::index(v)?
                } else {
                    let t = type_of(v);
                    if !(is_float(v)
                        || crate::types::lookup(t, "__int__").is_some()
                        || crate::types::lookup(t, "__index__").is_some()
                        || crate::types::lookup(t, "__float__").is_some())
                    {
                        return Err(type_error(format!(
                            "%{conv} format: a real number is required, not {}",
                            type_name_of(v)
                        )));
                    }
                    crate::ops::call(bt(BT::Int), &[v], &[])?
                };
                let b = int_to_big(iv);
                let neg = b.is_negative();
                let a = b.abs();
                let mut digits = match conv {
                    'o' => a.to_str_radix(8),
                    'x' => a.to_str_radix(16),
                    'X' => a.to_str_radix(16).to_uppercase(),
                    _ => a.to_string(),
                };
                if prec >= 0 && (digits.len() as i64) < prec {
                    digits = "0".repeat(prec as usize - digits.len()) + &digits;
                }
                let mut sign = if neg {
                    "-".to_string()
                } else if plus {
                    "+".to_string()
                } else if space {
                    " ".to_string()
                } else {
                    String::new()
                };
                if alt {
                    match conv {
                        'o' => sign.push_str("0o"),
                        'x' => sign.push_str("0x"),
                        'X' => sign.push_str("0X"),
                        _ => {}
                    }
                }
                (sign, digits)
            }
            _ => {
                // e E f F g G
                let x = to_float(v)?;
                let p = if prec < 0 { 6 } else { prec as usize };
                let body = float_body(x.abs(), conv, Some(p), alt, false);
                let sign = if x.is_sign_negative() && !x.is_nan() {
                    "-"
                } else if plus {
                    "+"
                } else if space {
                    " "
                } else {
                    ""
                };
                (sign.to_string(), body)
            }
        };
        let is_num = !matches!(conv, 's' | 'r' | 'a' | 'b' | 'c');
        let n = sign.chars().count() + body.chars().count();
        let w = width.max(0) as usize;
        if n >= w {
            out.push_str(&sign);
            out.push_str(&body);
        } else if left {
            out.push_str(&sign);
            out.push_str(&body);
            out.extend(std::iter::repeat_n(' ', w - n));
        } else if zero && is_num && !body.starts_with(['i', 'n', 'I', 'N']) {
            out.push_str(&sign);
            out.extend(std::iter::repeat_n('0', w - n));
            out.push_str(&body);
        } else {
            out.extend(std::iter::repeat_n(' ', w - n));
            out.push_str(&sign);
            out.push_str(&body);
        }
        sign.clear();
    }
    if st.argidx < st.arglen && st.dict.is_null() {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

/// The bytes for `%s`/`%b` in bytes formatting, as latin-1 chars.
fn bytes_for_percent(v: Value) -> PyResult<String> {
    if crate::methods::bytes::is_bytes_like(v) {
        return Ok(crate::methods::bytes::bytes_data(v)
            .iter()
            .map(|&b| b as char)
            .collect());
    }
    if let Some(m) = crate::types::lookup(type_of(v), "__bytes__") {
        let r = crate::ops::call_method_obj(m, v, &[], &[])?;
        if !crate::methods::bytes::is_bytes_like(r) {
            return Err(type_error(format!(
                "__bytes__ returned non-bytes (type {})",
                type_name_of(r)
            )));
        }
        return Ok(crate::methods::bytes::bytes_data(r)
            .iter()
            .map(|&b| b as char)
            .collect());
    }
    Err(type_error(format!(
        "%b requires a bytes-like object, or an object that implements __bytes__, not '{}'",
        type_name_of(v)
    )))
}

fn percent_char(v: Value, bytes_mode: bool) -> PyResult<String> {
    if bytes_mode {
        if crate::methods::bytes::is_bytes_like(v) {
            let d = crate::methods::bytes::bytes_data(v);
            if d.len() == 1 {
                return Ok((d[0] as char).to_string());
            }
        } else if is_int(v) {
            let b = int_to_big(crate::methods::builtin_value(v));
            return match b.to_u32().filter(|&n| n < 256) {
                Some(n) => Ok(char::from_u32(n).unwrap_or('\0').to_string()),
                None => Err(overflow_error("%c arg not in range(256)")),
            };
        }
        return Err(type_error(
            "%c requires an integer in range(256) or a single byte",
        ));
    }
    if is_str(v) {
        let s = sval(v);
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c.to_string());
        }
        return Err(type_error("%c requires int or char"));
    }
    if is_int(v) {
        let b = int_to_big(crate::methods::builtin_value(v));
        return match b
            .to_u32()
            .filter(|&n| n < 0x110000)
            .and_then(char::from_u32)
        {
            Some(c) => Ok(c.to_string()),
            None => Err(overflow_error("%c arg not in range(0x110000)")),
        };
    }
    Err(type_error("%c requires int or char"))
}

fn to_float(v: Value) -> PyResult<f64> {
    if is_float(v) {
        return Ok(float_of(crate::methods::builtin_value(v)));
    }
    if is_int(v) {
        return crate::numeric::big_to_f64(&int_to_big(crate::methods::builtin_value(v)));
    }
    let t = type_of(v);
    if let Some(m) = crate::types::lookup(t, "__float__") {
        let r = crate::ops::call_method_obj(m, v, &[], &[])?;
        if is_float(r) {
            return Ok(float_of(crate::methods::builtin_value(r)));
        }
        return Err(type_error(format!(
            "{}.__float__ returned non-float (type {})",
            type_name_of(v),
            type_name_of(r)
        )));
    }
    if crate::types::lookup(t, "__index__").is_some() {
        let i = crate::ops::index(v)?;
        return crate::numeric::big_to_f64(&int_to_big(i));
    }
    Err(type_error(format!(
        "must be real number, not {}",
        type_name_of(v)
    )))
}

// ---------------------------------------------------------------------------- format specs

/// `format(v, spec)` through `type(v).__format__`, checking the result is a str.
pub fn format_value_spec(v: Value, spec: &str) -> PyResult<String> {
    if spec.is_empty() && v.is_ptr() && type_of(v) == bt(BT::Str) {
        return Ok(str_of(v).to_string());
    }
    let m = crate::types::lookup(type_of(v), "__format__").ok_or_else(|| {
        type_error(format!(
            "Type {} doesn't define __format__",
            type_name_of(v)
        ))
    })?;
    let sp = new_str(spec);
    let r = crate::ops::call_method_obj(m, v, &[sp], &[])?;
    if !is_str(r) {
        return Err(type_error(format!(
            "__format__ must return a str, not {}",
            type_name_of(r)
        )));
    }
    Ok(sval(r).to_string())
}

pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: Option<char>,
    pub no_neg_zero: bool,
    pub alt: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

fn parse_int_digits(cs: &[char], i: &mut usize) -> PyResult<Option<usize>> {
    let st = *i;
    let mut n: usize = 0;
    while *i < cs.len() && cs[*i].is_ascii_digit() {
        n = n
            .checked_mul(10)
            .and_then(|n| n.checked_add(cs[*i] as usize - '0' as usize))
            .filter(|&n| n <= isize::MAX as usize)
            .ok_or_else(|| value_error("Too many decimal digits in format string"))?;
        *i += 1;
    }
    Ok(if *i == st { None } else { Some(n) })
}

/// Parses a format spec as CPython's parse_internal_render_format_spec; `default_align` is
/// '<' for str and '>' for numbers; `tname` names the type in error messages.
pub fn parse_spec_for(spec: &str, default_align: char, tname: &str) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut p = Spec {
        fill: ' ',
        align: None,
        sign: None,
        no_neg_zero: false,
        alt: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    let is_align = |c: char| matches!(c, '<' | '>' | '=' | '^');
    let mut fill_specified = false;
    if cs.len() >= 2 && is_align(cs[1]) {
        p.fill = cs[0];
        p.align = Some(cs[1]);
        fill_specified = true;
        i = 2;
    } else if !cs.is_empty() && is_align(cs[0]) {
        p.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && matches!(cs[i], '+' | '-' | ' ') {
        p.sign = Some(cs[i]);
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        p.no_neg_zero = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        p.alt = true;
        i += 1;
    }
    if !fill_specified && i < cs.len() && cs[i] == '0' {
        p.fill = '0';
        if p.align.is_none() && default_align == '>' {
            p.align = Some('=');
        }
        i += 1;
    }
    p.width = parse_int_digits(&cs, &mut i)?.unwrap_or(0);
    if i < cs.len() && cs[i] == ',' {
        p.grouping = Some(',');
        i += 1;
    }
    if i < cs.len() && cs[i] == '_' {
        if p.grouping.is_some() {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        p.grouping = Some('_');
        i += 1;
    }
    if i < cs.len() && cs[i] == ',' {
        if p.grouping == Some('_') {
            return Err(value_error("Cannot specify both ',' and '_'."));
        }
        return Err(value_error("Cannot specify ',' with ','."));
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        match parse_int_digits(&cs, &mut i)? {
            Some(n) => p.precision = Some(n),
            None => return Err(value_error("Format specifier missing precision")),
        }
    }
    if cs.len() - i > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{spec}' for object of type '{tname}'"
        )));
    }
    if i < cs.len() {
        p.ty = Some(cs[i]);
    }
    if let Some(g) = p.grouping {
        match p.ty {
            None | Some('d' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F') => {}
            Some('b' | 'o' | 'x' | 'X') if g == '_' => {}
            Some(t) => {
                return Err(value_error(format!("Cannot specify '{g}' with '{t}'.")));
            }
        }
    }
    Ok(p)
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    parse_spec_for(spec, '>', "object")
}

/// Pads `body` (sign and prefix already in `prefix`) to the spec's width.
fn pad(prefix: &str, body: &str, p: &Spec, default: char) -> String {
    let n = prefix.chars().count() + body.chars().count();
    let mut out = String::with_capacity(p.width.max(n));
    if n >= p.width {
        out.push_str(prefix);
        out.push_str(body);
        return out;
    }
    let padn = p.width - n;
    let f = |out: &mut String, k: usize| out.extend(std::iter::repeat_n(p.fill, k));
    match p.align.unwrap_or(default) {
        '<' => {
            out.push_str(prefix);
            out.push_str(body);
            f(&mut out, padn);
        }
        '^' => {
            f(&mut out, padn / 2);
            out.push_str(prefix);
            out.push_str(body);
            f(&mut out, padn - padn / 2);
        }
        '=' => {
            out.push_str(prefix);
            f(&mut out, padn);
            out.push_str(body);
        }
        _ => {
            f(&mut out, padn);
            out.push_str(prefix);
            out.push_str(body);
        }
    }
    out
}

/// Back-compat helper: aligns a finished body (sign included) per spec.
pub fn align(body: &str, p: &Spec, default: char) -> String {
    let (sign, rest) = if p.align == Some('=') && body.starts_with(['-', '+', ' ']) {
        body.split_at(1)
    } else {
        ("", body)
    };
    pad(sign, rest, p, default)
}

/// str.__format__
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let p = parse_spec_for(spec, '<', "str")?;
    match p.ty {
        None | Some('s') => {}
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type 'str'"
            )))
        }
    }
    if let Some(sg) = p.sign {
        return Err(value_error(if sg == ' ' {
            "Space not allowed in string format specifier"
        } else {
            "Sign not allowed in string format specifier"
        }));
    }
    if p.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in format specifier",
        ));
    }
    if p.alt {
        return Err(value_error(
            "Alternate form (#) not allowed in string format specifier",
        ));
    }
    if p.align == Some('=') {
        return Err(value_error(
            "'=' alignment not allowed in string format specifier",
        ));
    }
    let body: String = match p.precision {
        Some(prec) => s.chars().take(prec).collect(),
        None => s.to_string(),
    };
    Ok(pad("", &body, &p, '<'))
}

/// Inserts `sep` every `every` digits of `digits` (all digits), padding with zeros up to
/// `min_len` characters when zero padding asks for it (CPython never starts with a separator).
fn group(digits: &str, sep: char, every: usize, min_len: usize) -> String {
    let mut n = digits.len();
    let grouped_len = |n: usize| n + (n.max(1) - 1) / every;
    while grouped_len(n) < min_len {
        n += 1;
    }
    let padded: String = "0".repeat(n - digits.len()) + digits;
    let mut out = String::with_capacity(grouped_len(n));
    for (i, c) in padded.chars().enumerate() {
        if i > 0 && (n - i).is_multiple_of(every) {
            out.push(sep);
        }
        out.push(c);
    }
    out
}

fn sign_str(neg: bool, p: &Spec) -> &'static str {
    if neg {
        "-"
    } else {
        match p.sign {
            Some('+') => "+",
            Some(' ') => " ",
            _ => "",
        }
    }
}

/// Formats an int per spec (int.__format__).
pub fn format_int(v: Value, spec: &str) -> PyResult<String> {
    let b = int_to_big(v);
    if spec.is_empty() {
        return Ok(b.to_string());
    }
    let tname = type_name_of(v);
    let p = parse_spec_for(spec, '>', tname)?;
    format_big(&b, &p, tname)
}

fn format_big(b: &BigInt, p: &Spec, tname: &str) -> PyResult<String> {
    match p.ty {
        None | Some('d' | 'n' | 'b' | 'o' | 'x' | 'X' | 'c') => {}
        Some('e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%') => {
            let f = crate::numeric::big_to_f64(b)?;
            return format_float_spec(f, p);
        }
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type '{tname}'"
            )))
        }
    }
    if p.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if p.no_neg_zero {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    if p.ty == Some('c') {
        if p.sign.is_some() {
            return Err(value_error(
                "Sign not allowed with integer format specifier 'c'",
            ));
        }
        if p.alt {
            return Err(value_error(
                "Alternate form (#) not allowed with integer format specifier 'c'",
            ));
        }
        let c = b
            .to_u32()
            .filter(|&n| n < 0x110000)
            .and_then(char::from_u32)
            .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
        return Ok(pad("", &c.to_string(), p, '>'));
    }
    let neg = b.is_negative();
    let a = b.abs();
    let (digits, prefix, every) = match p.ty {
        Some('x') => (a.to_str_radix(16), "0x", 4),
        Some('X') => (a.to_str_radix(16).to_uppercase(), "0X", 4),
        Some('o') => (a.to_str_radix(8), "0o", 4),
        Some('b') => (a.to_str_radix(2), "0b", 4),
        _ => (a.to_string(), "", 3),
    };
    let mut pre = sign_str(neg, p).to_string();
    if p.alt {
        pre.push_str(prefix);
    }
    let body = match p.grouping {
        Some(g) => {
            let min = if p.fill == '0' && p.align == Some('=') {
                p.width.saturating_sub(pre.len())
            } else {
                0
            };
            group(&digits, g, every, min)
        }
        None => digits,
    };
    Ok(pad(&pre, &body, p, '>'))
}

/// Rust's correctly rounded `{:.*e}` as (mantissa digits with point, exponent).
fn sci_parts(x: f64, prec: usize) -> (String, i32) {
    let s = format!("{:.*e}", prec, x);
    match s.split_once('e') {
        Some((m, e)) => (m.to_string(), e.parse().unwrap_or(0)),
        None => (s, 0),
    }
}

fn exp_str(e: i32) -> String {
    format!("{}{:02}", if e < 0 { '-' } else { '+' }, e.abs())
}

/// The digits of non-negative finite-or-not `x` for presentation type `ty` (lowercase forms;
/// the caller upper-cases). `repr_style`: the None presentation type (at least one digit after
/// the point in fixed notation).
fn float_body(x: f64, ty: char, prec: Option<usize>, alt: bool, repr_style: bool) -> String {
    let upper = ty.is_ascii_uppercase();
    let pct = if ty == '%' { "%" } else { "" };
    if x.is_nan() {
        return format!("{}{pct}", if upper { "NAN" } else { "nan" });
    }
    if x.is_infinite() {
        return format!("{}{pct}", if upper { "INF" } else { "inf" });
    }
    let s = match ty.to_ascii_lowercase() {
        'f' => {
            let s = format!("{:.*}", prec.unwrap_or(6), x);
            if alt && !s.contains('.') {
                s + "."
            } else {
                s
            }
        }
        'e' => {
            let (m, e) = sci_parts(x, prec.unwrap_or(6));
            let m = if alt && !m.contains('.') { m + "." } else { m };
            format!("{m}e{}", exp_str(e))
        }
        '%' => {
            let s = format!("{:.*}", prec.unwrap_or(6), x * 100.0);
            let s = if alt && !s.contains('.') { s + "." } else { s };
            s + "%"
        }
        _ => {
            // g / n / None
            let pr = match prec {
                Some(0) => 1,
                Some(p) => p,
                None => 6,
            };
            let (m, e) = sci_parts(x, pr - 1);
            // the None presentation type switches to exponent form one digit earlier
            let limit = if repr_style { pr as i32 - 1 } else { pr as i32 };
            if e < -4 || e >= limit {
                let m = if alt {
                    if m.contains('.') {
                        m
                    } else {
                        m + "."
                    }
                } else if m.contains('.') {
                    m.trim_end_matches('0').trim_end_matches('.').to_string()
                } else {
                    m
                };
                format!("{m}e{}", exp_str(e))
            } else {
                let s = format!("{:.*}", (pr as i32 - 1 - e).max(0) as usize, x);
                if alt {
                    if s.contains('.') {
                        s
                    } else {
                        s + "."
                    }
                } else if s.contains('.') {
                    let t = s.trim_end_matches('0').trim_end_matches('.').to_string();
                    if repr_style && !t.contains('.') {
                        t + ".0"
                    } else {
                        t
                    }
                } else if repr_style {
                    s + ".0"
                } else {
                    s
                }
            }
        }
    };
    if upper {
        s.to_uppercase()
    } else {
        s
    }
}

/// Formats a float per spec (float.__format__).
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let p = parse_spec_for(spec, '>', "float")?;
    format_float_spec(x, &p)
}

fn format_float_spec(x: f64, p: &Spec) -> PyResult<String> {
    let ty = match p.ty {
        None => None,
        Some(t @ ('e' | 'E' | 'f' | 'F' | 'g' | 'G' | 'n' | '%')) => Some(t),
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{t}' for object of type 'float'"
            )))
        }
    };
    let mut body = match (ty, p.precision) {
        (None, None) => {
            let r = float_repr(x.abs());
            if p.alt && !r.contains(['.', 'e', 'n', 'i']) {
                r + "."
            } else {
                r
            }
        }
        (None, prec) => float_body(x.abs(), 'g', prec, p.alt, true),
        (Some('n'), prec) => float_body(x.abs(), 'g', prec, p.alt, false),
        (Some(t), prec) => float_body(x.abs(), t, prec, p.alt, false),
    };
    let mut neg = x.is_sign_negative() && !x.is_nan();
    if neg && p.no_neg_zero && body.chars().all(|c| !c.is_ascii_digit() || c == '0') {
        neg = false;
    }
    let pre = sign_str(neg, p);
    if let Some(g) = p.grouping {
        let split = body
            .find(|c: char| !c.is_ascii_digit())
            .unwrap_or(body.len());
        let (ip, rest) = body.split_at(split);
        if !ip.is_empty() {
            let min = if p.fill == '0' && p.align == Some('=') {
                p.width.saturating_sub(pre.len() + rest.chars().count())
            } else {
                0
            };
            body = group(ip, g, 3, min) + rest;
        }
    }
    Ok(pad(pre, &body, p, '>'))
}

// ---------------------------------------------------------------------------- str.format

/// Where `str.format` finds its arguments.
pub struct FormatArgs<'a> {
    pub pos: &'a [Value],
    /// keyword names and values (str.format) ...
    pub kwnames: &'a [Value],
    pub kwvalues: &'a [Value],
    /// ... or a mapping (format_map)
    pub mapping: Value,
}

struct AutoState {
    auto: Option<bool>,
    next: usize,
}

/// `str.format(*args, **kwargs)`.
pub fn str_format(fmt: &str, args: &[Value], kwnames: &[Value]) -> PyResult<String> {
    let npos = args.len() - kwnames.len();
    let fa = FormatArgs {
        pos: &args[..npos],
        kwnames,
        kwvalues: &args[npos..],
        mapping: Value::NULL,
    };
    vformat(fmt, &fa)
}

/// `str.format_map(mapping)`.
pub fn str_format_map(fmt: &str, mapping: Value) -> PyResult<String> {
    let fa = FormatArgs {
        pos: &[],
        kwnames: &[],
        kwvalues: &[],
        mapping,
    };
    vformat(fmt, &fa)
}

pub fn vformat(fmt: &str, fa: &FormatArgs) -> PyResult<String> {
    let mut st = AutoState {
        auto: None,
        next: 0,
    };
    let cs: Vec<char> = fmt.chars().collect();
    let mut out = String::new();
    render(&cs, fa, &mut st, 2, &mut out)?;
    Ok(out)
}

fn render(
    cs: &[char],
    fa: &FormatArgs,
    st: &mut AutoState,
    depth: i32,
    out: &mut String,
) -> PyResult<()> {
    if depth <= 0 {
        return Err(value_error("Max string recursion exceeded"));
    }
    let mut i = 0;
    while i < cs.len() {
        let c = cs[i];
        if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        }
        if c != '{' {
            out.push(c);
            i += 1;
            continue;
        }
        if i + 1 >= cs.len() {
            return Err(value_error("Single '{' encountered in format string"));
        }
        if cs[i + 1] == '{' {
            out.push('{');
            i += 2;
            continue;
        }
        i += 1;
        // parse_field
        let fs = i;
        let mut term = '\0';
        while i < cs.len() {
            let ch = cs[i];
            i += 1;
            match ch {
                '{' => return Err(value_error("unexpected '{' in field name")),
                '[' => {
                    while i < cs.len() && cs[i] != ']' {
                        i += 1;
                    }
                    continue;
                }
                '}' | ':' | '!' => {
                    term = ch;
                    break;
                }
                _ => continue,
            }
        }
        let field_end = if term == '\0' { i } else { i - 1 };
        let field: &[char] = &cs[fs..field_end];
        let mut conversion: Option<char> = None;
        let mut spec: &[char] = &[];
        let mut spec_nested = false;
        if term == '!' || term == ':' {
            let mut done = false;
            if term == '!' {
                if i >= cs.len() {
                    return Err(value_error(
                        "end of string while looking for conversion specifier",
                    ));
                }
                conversion = Some(cs[i]);
                i += 1;
                if i < cs.len() {
                    let ch = cs[i];
                    i += 1;
                    if ch == '}' {
                        done = true;
                    } else if ch != ':' {
                        return Err(value_error("expected ':' after conversion specifier"));
                    }
                }
            }
            if !done {
                let ss = i;
                let mut count = 1;
                let mut closed = false;
                while i < cs.len() {
                    let ch = cs[i];
                    i += 1;
                    if ch == '{' {
                        spec_nested = true;
                        count += 1;
                    } else if ch == '}' {
                        count -= 1;
                        if count == 0 {
                            spec = &cs[ss..i - 1];
                            closed = true;
                            break;
                        }
                    }
                }
                if !closed {
                    return Err(value_error("unmatched '{' in format spec"));
                }
            }
        } else if term != '}' {
            return Err(value_error("expected '}' before end of string"));
        }
        let v = get_field(field, fa, st)?;
        let v = match conversion {
            None => v,
            Some('r') => crate::ops::repr(v)?,
            Some('s') => crate::ops::str(v)?,
            Some('a') => new_str(&ascii_escape(&crate::ops::repr_string(v)?)),
            Some(c) => {
                return Err(value_error(if (c as u32) > 32 && (c as u32) < 127 {
                    format!("Unknown conversion specifier {c}")
                } else {
                    format!("Unknown conversion specifier \\x{:x}", c as u32)
                }))
            }
        };
        let spec_s: String = if spec_nested {
            let mut s = String::new();
            render(spec, fa, st, depth - 1, &mut s)?;
            s
        } else {
            spec.iter().collect()
        };
        out.push_str(&format_value_spec(v, &spec_s)?);
    }
    Ok(())
}

fn get_field(field: &[char], fa: &FormatArgs, st: &mut AutoState) -> PyResult<Value> {
    let first_end = field
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(field.len());
    let head: String = field[..first_end].iter().collect();
    let mut v = if head.is_empty() {
        if st.auto == Some(false) {
            return Err(value_error(
                "cannot switch from manual field specification to automatic field numbering",
            ));
        }
        st.auto = Some(true);
        let k = st.next;
        st.next += 1;
        positional_arg(fa, k)?
    } else if let Some(k) = head
        .chars()
        .all(|c| c.is_ascii_digit())
        .then(|| head.parse::<usize>().ok())
        .flatten()
    {
        if st.auto == Some(true) {
            return Err(value_error(
                "cannot switch from automatic field numbering to manual field specification",
            ));
        }
        st.auto = Some(false);
        positional_arg(fa, k)?
    } else if !fa.mapping.is_null() {
        crate::ops::getitem(fa.mapping, new_str(&head))?
    } else {
        match fa.kwnames.iter().position(|n| str_of(*n) == head) {
            Some(j) => fa.kwvalues[j],
            None => return Err(key_error(new_str(&head))),
        }
    };
    let mut i = first_end;
    while i < field.len() {
        if field[i] == '.' {
            i += 1;
            let s = i;
            while i < field.len() && field[i] != '.' && field[i] != '[' {
                i += 1;
            }
            if s == i {
                return Err(value_error("Empty attribute in format string"));
            }
            let name: String = field[s..i].iter().collect();
            v = crate::ops::getattr_str(v, &name)?;
        } else if field[i] == '[' {
            i += 1;
            let s = i;
            while i < field.len() && field[i] != ']' {
                i += 1;
            }
            if i >= field.len() {
                return Err(value_error("Missing ']' in format string"));
            }
            if s == i {
                return Err(value_error("Empty attribute in format string"));
            }
            let key: String = field[s..i].iter().collect();
            i += 1;
            let k = if key.chars().all(|c| c.is_ascii_digit()) {
                match key.parse::<i64>() {
                    Ok(n) => crate::objects::int::new_int(n),
                    Err(_) => new_str(&key),
                }
            } else {
                new_str(&key)
            };
            v = crate::ops::getitem(v, k)?;
            if i < field.len() && field[i] != '.' && field[i] != '[' {
                return Err(value_error(
                    "Only '.' or '[' may follow ']' in format field specifier",
                ));
            }
        } else {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ));
        }
    }
    Ok(v)
}

fn positional_arg(fa: &FormatArgs, k: usize) -> PyResult<Value> {
    if !fa.mapping.is_null() {
        return Err(value_error("Format string contains positional fields"));
    }
    fa.pos.get(k).copied().ok_or_else(|| {
        index_error(format!(
            "Replacement index {k} out of range for positional args tuple"
        ))
    })
}
