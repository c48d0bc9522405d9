//! Methods of str.

use super::{builtin_value, def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
use crate::objects::int::new_int;
use crate::objects::list::{list_push, new_list};
use crate::objects::str::*;
use crate::types::type_name_of;
use crate::value::Value;

/// `repr()` of a str value, CPython's quoting rules.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') {
        '"'
    } else {
        '\''
    };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if (c as u32) < 0x20 || c as u32 == 0x7f => {
                out.push_str(&format!("\\x{:02x}", c as u32))
            }
            c if is_printable(c) => out.push(c),
            c if (c as u32) < 0x100 => out.push_str(&format!("\\x{:02x}", c as u32)),
            c if (c as u32) < 0x10000 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push_str(&format!("\\U{:08x}", c as u32)),
        }
    }
    out.push(quote);
    out
}

/// Approximation of Py_UNICODE_ISPRINTABLE (Unicode categories Cc/Cf/Cs/Co/Cn/Zl/Zp/Zs
/// except space are not printable).
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x20 || (0x7f..0xa0).contains(&n) || n == 0xad {
        return false;
    }
    if matches!(n, 0x2028 | 0x2029 | 0x200b..=0x200f | 0x202a..=0x202e | 0x2060..=0x2064 | 0xfeff) {
        return false;
    }
    if (0xd800..0xe000).contains(&n) || (0xe000..0xf900).contains(&n) {
        return false;
    }
    if c.is_whitespace() && c != ' ' {
        return false;
    }
    true
}

fn s(v: Value) -> &'static str {
    str_of(builtin_value(v))
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str
}

fn arg_str(v: Value, what: &str) -> PyResult<&'static str> {
    if is_str(v) {
        Ok(s(v))
    } else {
        Err(type_error(format!(
            "{what} must be str, not {}",
            type_name_of(v)
        )))
    }
}

fn str_repr_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&str_repr(s(a[0]))))
}
fn str_str_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(if type_of(a[0]) == bt(BT::Str) {
        a[0]
    } else {
        new_str(s(a[0]))
    })
}
fn str_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(str_char_len(builtin_value(a[0])) as i64))
}
fn str_hash_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(str_hash(builtin_value(a[0])) as i64))
}
fn str_add(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_str(a[1]) {
        return Err(type_error(format!(
            "can only concatenate str (not \"{}\") to str",
            type_name_of(a[1])
        )));
    }
    let mut r = String::with_capacity(s(a[0]).len() + s(a[1]).len());
    r.push_str(s(a[0]));
    r.push_str(s(a[1]));
    Ok(new_str(&r))
}
fn str_mul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !crate::objects::int::is_int(a[1]) {
        if crate::types::lookup(type_of(a[1]), "__index__").is_none() {
            return Ok(not_implemented());
        }
    }
    let n = crate::ops::index_value(a[1])?;
    if n <= 0 {
        return Ok(new_str(""));
    }
    Ok(new_str(&s(a[0]).repeat(n as usize)))
}
fn str_mod(a: &[Value], _: &[Value]) -> PyResult<Value> {
    crate::format::percent_format(s(a[0]), a[1]).map(|r| new_str(&r))
}
fn str_cmp(a: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    if !is_str(a[1]) {
        return Ok(not_implemented());
    }
    Ok(py_bool(op.apply(s(a[0]), s(a[1]))))
}
crate::methods::numbers::cmp_fns!(str_cmp, str_lt, str_le, str_eq, str_ne, str_gt, str_ge);

fn str_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_str(a[1]) {
        return Err(type_error(format!(
            "'in <string>' requires string as left operand, not {}",
            type_name_of(a[1])
        )));
    }
    Ok(py_bool(s(a[0]).contains(s(a[1]))))
}

fn str_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = builtin_value(a[0]);
    let n = str_char_len(v) as i64;
    let k = a[1];
    if k.is_ptr() && type_of(k) == bt(BT::Slice) {
        let (start, stop, step) = crate::methods::containers::slice_indices(k, n)?;
        let chars: Vec<char> = s(v).chars().collect();
        let mut out = String::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(new_str(&out));
    }
    let i = crate::ops::index_value(k).map_err(|_| {
        type_error(format!(
            "string indices must be integers, not '{}'",
            type_name_of(k)
        ))
    })?;
    let j = if i < 0 { i + n } else { i };
    if j < 0 || j >= n {
        return Err(index_error("string index out of range"));
    }
    Ok(str_char_at(v, j as usize))
}

fn str_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::iter::new_iter(
        BT::StrIter,
        builtin_value(a[0]),
    ))
}

fn str_join(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("join", a, kw, 1, 1)?;
    let sep = s(a[0]);
    let l = crate::ops::to_list(a[1])?;
    let n = crate::objects::list::list_len(l);
    let mut out = String::new();
    for i in 0..n {
        let x = crate::objects::list::list_get(l, i).unwrap();
        if !is_str(x) {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name_of(x)
            )));
        }
        if i > 0 {
            out.push_str(sep);
        }
        out.push_str(s(x));
    }
    Ok(new_str(&out))
}

fn str_split_impl(a: &[Value], kw: &[Value], right: bool) -> PyResult<Value> {
    only_kwargs("split", kw, &["sep", "maxsplit"])?;
    let pos = positional(a, kw);
    let sep = kwarg(a, kw, "sep")
        .or_else(|| pos.get(1).copied())
        .filter(|v| *v != none());
    let maxsplit = match kwarg(a, kw, "maxsplit").or_else(|| pos.get(2).copied()) {
        Some(m) => crate::ops::index_value(m)?,
        None => -1,
    };
    let text = s(a[0]);
    let out = new_list(&[]);
    let mut parts: Vec<String> = Vec::new();
    match sep {
        None => {
            let words: Vec<&str> = text.split_whitespace().collect();
            if maxsplit < 0 || (maxsplit as usize) >= words.len() {
                parts = words.iter().map(|w| w.to_string()).collect();
            } else if !right {
                let mut rest = text.trim_start();
                for _ in 0..maxsplit {
                    let end = rest.find(char::is_whitespace).unwrap_or(rest.len());
                    parts.push(rest[..end].to_string());
                    rest = rest[end..].trim_start();
                }
                if !rest.is_empty() {
                    parts.push(rest.to_string());
                }
            } else {
                let mut rest = text.trim_end();
                let mut rev = Vec::new();
                for _ in 0..maxsplit {
                    let start = rest
                        .rfind(char::is_whitespace)
                        .map(|i| i + rest[i..].chars().next().unwrap().len_utf8())
                        .unwrap_or(0);
                    rev.push(rest[start..].to_string());
                    rest = rest[..start].trim_end();
                }
                if !rest.is_empty() {
                    rev.push(rest.to_string());
                }
                rev.reverse();
                parts = rev;
            }
        }
        Some(sv) => {
            let sep = arg_str(sv, "must be str or None")?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            if maxsplit < 0 {
                parts = text.split(sep).map(String::from).collect();
            } else if !right {
                parts = text
                    .splitn(maxsplit as usize + 1, sep)
                    .map(String::from)
                    .collect();
            } else {
                parts = text
                    .rsplitn(maxsplit as usize + 1, sep)
                    .map(String::from)
                    .collect();
                parts.reverse();
            }
        }
    }
    for p in parts {
        let sv = new_str(&p);
        list_push(out, sv);
    }
    Ok(out)
}
fn str_split(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    str_split_impl(a, kw, false)
}
fn str_rsplit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    str_split_impl(a, kw, true)
}

macro_rules! str_map {
    ($name:ident, $pyname:literal, |$t:ident| $e:expr) => {
        fn $name(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            check_method($pyname, a, kw, 0, 0)?;
            let $t = s(a[0]);
            Ok(new_str(&$e))
        }
    };
}
str_map!(str_upper, "upper", |t| t.to_uppercase());
str_map!(str_lower, "lower", |t| t.to_lowercase());
str_map!(str_swapcase, "swapcase", |t| t
    .chars()
    .map(|c| if c.is_uppercase() {
        c.to_lowercase().collect::<String>()
    } else {
        c.to_uppercase().collect()
    })
    .collect::<String>());
str_map!(str_capitalize, "capitalize", |t| {
    let mut cs = t.chars();
    match cs.next() {
        Some(f) => f.to_uppercase().collect::<String>() + &cs.as_str().to_lowercase(),
        None => String::new(),
    }
});
str_map!(str_title, "title", |t| {
    let mut out = String::new();
    let mut prev_cased = false;
    for c in t.chars() {
        if prev_cased {
            out.extend(c.to_lowercase());
        } else {
            out.extend(c.to_uppercase());
        }
        prev_cased = c.is_alphabetic();
    }
    out
});

fn strip_impl(a: &[Value], kw: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_method(name, a, kw, 0, 1)?;
    let t = s(a[0]);
    let chars = opt_not_none(a, 1);
    let r = if chars.is_null() {
        match (left, right) {
            (true, true) => t.trim(),
            (true, false) => t.trim_start(),
            _ => t.trim_end(),
        }
    } else {
        let cs: Vec<char> = arg_str(chars, &format!("{name} arg"))?.chars().collect();
        let f = |c: char| cs.contains(&c);
        match (left, right) {
            (true, true) => t.trim_matches(f),
            (true, false) => t.trim_start_matches(f),
            _ => t.trim_end_matches(f),
        }
    };
    Ok(new_str(r))
}
fn str_strip(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(a, kw, "strip", true, true)
}
fn str_lstrip(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(a, kw, "lstrip", true, false)
}
fn str_rstrip(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    strip_impl(a, kw, "rstrip", false, true)
}

fn str_replace(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("replace", a, kw, 2, 3)?;
    let old = arg_str(a[1], "replace() argument 1")?;
    let new = arg_str(a[2], "replace() argument 2")?;
    let count = if a.len() > 3 {
        crate::ops::index_value(a[3])?
    } else {
        -1
    };
    let t = s(a[0]);
    Ok(new_str(&if count < 0 {
        t.replace(old, new)
    } else {
        t.replacen(old, new, count as usize)
    }))
}

fn find_impl(a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    check_method(name, a, kw, 1, 3)?;
    let t = s(a[0]);
    let sub = arg_str(a[1], "must be str")?;
    let n = t.chars().count() as i64;
    let norm = |v: Value, d: i64| -> PyResult<i64> {
        if v.is_null() || v == none() {
            return Ok(d);
        }
        let i = crate::ops::index_value(v)?;
        Ok(if i < 0 { (i + n).max(0) } else { i.min(n) })
    };
    let start = norm(opt(a, 2), 0)?;
    let end = norm(opt(a, 3), n)?;
    if start > end {
        return Ok(None);
    }
    let ascii = t.is_ascii();
    let bs = char_to_byte(t, ascii, start as usize);
    let be = char_to_byte(t, ascii, end as usize);
    let hay = &t[bs..be];
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|b| start as usize + if ascii { b } else { hay[..b].chars().count() }))
}
fn str_find(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        find_impl(a, kw, "find", false)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}
fn str_rfind(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        find_impl(a, kw, "rfind", true)?
            .map(|i| i as i64)
            .unwrap_or(-1),
    ))
}
fn str_index(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(a, kw, "index", false)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}
fn str_rindex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    match find_impl(a, kw, "rindex", true)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("substring not found")),
    }
}
fn str_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("count", a, kw, 1, 3)?;
    let sub = arg_str(a[1], "must be str")?;
    let t = s(a[0]);
    if sub.is_empty() {
        return Ok(new_int(t.chars().count() as i64 + 1));
    }
    Ok(new_int(t.matches(sub).count() as i64))
}

fn affix_impl(a: &[Value], kw: &[Value], name: &str, start: bool) -> PyResult<Value> {
    check_method(name, a, kw, 1, 3)?;
    let t = s(a[0]);
    let test = |p: &str| {
        if start {
            t.starts_with(p)
        } else {
            t.ends_with(p)
        }
    };
    let x = a[1];
    if x.is_ptr() && type_of(x) == bt(BT::Tuple) {
        for &p in crate::objects::tuple::tuple_items(x) {
            if test(arg_str(p, "tuple for startswith must only contain str")?) {
                return Ok(py_true());
            }
        }
        return Ok(py_false());
    }
    if !is_str(x) {
        return Err(type_error(format!(
            "{name} first arg must be str or a tuple of str, not {}",
            type_name_of(x)
        )));
    }
    Ok(py_bool(test(s(x))))
}
fn str_startswith(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_impl(a, kw, "startswith", true)
}
fn str_endswith(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    affix_impl(a, kw, "endswith", false)
}

macro_rules! str_pred {
    ($name:ident, |$c:ident| $e:expr) => {
        fn $name(a: &[Value], _: &[Value]) -> PyResult<Value> {
            let t = s(a[0]);
            Ok(py_bool(!t.is_empty() && t.chars().all(|$c| $e)))
        }
    };
}
str_pred!(str_isdigit, |c| c.is_ascii_digit()
    || c.is_numeric() && c.to_digit(10).is_some());
str_pred!(str_isdecimal, |c| c.is_ascii_digit());
str_pred!(str_isnumeric, |c| c.is_numeric());
str_pred!(str_isalpha, |c| c.is_alphabetic());
str_pred!(str_isalnum, |c| c.is_alphanumeric());
str_pred!(str_isspace, |c| c.is_whitespace());
str_pred!(str_isascii_nonempty, |c| c.is_ascii());
fn str_isascii(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(s(a[0]).is_ascii()))
}
fn str_isupper(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = s(a[0]);
    Ok(py_bool(
        t.chars().any(|c| c.is_uppercase()) && !t.chars().any(|c| c.is_lowercase()),
    ))
}
fn str_islower(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = s(a[0]);
    Ok(py_bool(
        t.chars().any(|c| c.is_lowercase()) && !t.chars().any(|c| c.is_uppercase()),
    ))
}
fn str_isidentifier(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = s(a[0]);
    let mut cs = t.chars();
    Ok(py_bool(match cs.next() {
        Some(c) => (c.is_alphabetic() || c == '_') && cs.all(|c| c.is_alphanumeric() || c == '_'),
        None => false,
    }))
}

fn pad_impl(a: &[Value], kw: &[Value], name: &str, mode: u8) -> PyResult<Value> {
    check_method(name, a, kw, 1, 2)?;
    let t = s(a[0]);
    let w = crate::ops::index_value(a[1])?;
    let fill = if a.len() > 2 {
        let f = arg_str(a[2], "The fill character")?;
        let mut cs = f.chars();
        match (cs.next(), cs.next()) {
            (Some(c), None) => c,
            _ => {
                return Err(type_error(
                    "The fill character must be exactly one character long",
                ))
            }
        }
    } else {
        ' '
    };
    let n = t.chars().count() as i64;
    if w <= n {
        return Ok(new_str(t));
    }
    let pad = (w - n) as usize;
    let (l, r) = match mode {
        0 => (0, pad),
        1 => (pad, 0),
        _ => {
            let l = pad / 2 + (pad & (w as usize) & 1);
            (l, pad - l)
        }
    };
    let f: String = std::iter::repeat(fill).take(l).collect();
    let g: String = std::iter::repeat(fill).take(r).collect();
    Ok(new_str(&format!("{f}{t}{g}")))
}
fn str_ljust(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(a, kw, "ljust", 0)
}
fn str_rjust(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(a, kw, "rjust", 1)
}
fn str_center(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    pad_impl(a, kw, "center", 2)
}
fn str_zfill(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("zfill", a, kw, 1, 1)?;
    let t = s(a[0]);
    let w = crate::ops::index_value(a[1])?;
    let n = t.chars().count() as i64;
    if w <= n {
        return Ok(new_str(t));
    }
    let pad = "0".repeat((w - n) as usize);
    if let Some(r) = t.strip_prefix(['+', '-']) {
        return Ok(new_str(&format!("{}{}{}", &t[..1], pad, r)));
    }
    Ok(new_str(&format!("{pad}{t}")))
}
fn str_format_m(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::format::str_format(s(a[0]), &a[1..], kw).map(|r| new_str(&r))
}
fn str_format_spec(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__format__", a, kw, 1, 1)?;
    let spec = arg_str(a[1], "format spec")?;
    crate::format::format_str(s(a[0]), spec).map(|r| new_str(&r))
}
fn str_splitlines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let keep = match kwarg(a, kw, "keepends").or_else(|| positional(a, kw).get(1).copied()) {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let t = s(a[0]);
    let out = new_list(&[]);
    let mut start = 0;
    let b = t.as_bytes();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        if c == b'\n' || c == b'\r' {
            let mut end = i + 1;
            if c == b'\r' && i + 1 < b.len() && b[i + 1] == b'\n' {
                end += 1;
            }
            let line = if keep { &t[start..end] } else { &t[start..i] };
            let sv = new_str(line);
            list_push(out, sv);
            start = end;
            i = end;
        } else {
            i += 1;
        }
    }
    if start < t.len() {
        let sv = new_str(&t[start..]);
        list_push(out, sv);
    }
    Ok(out)
}
fn partition_impl(a: &[Value], kw: &[Value], rev: bool) -> PyResult<Value> {
    check_method("partition", a, kw, 1, 1)?;
    let t = s(a[0]);
    let sep = arg_str(a[1], "must be str")?;
    if sep.is_empty() {
        return Err(value_error("empty separator"));
    }
    let pos = if rev { t.rfind(sep) } else { t.find(sep) };
    let (x, y, z) = match pos {
        Some(i) => (&t[..i], sep, &t[i + sep.len()..]),
        None if rev => ("", "", t),
        None => (t, "", ""),
    };
    let (x, y, z) = (new_str(x), new_str(y), new_str(z));
    Ok(crate::objects::tuple::new_tuple(&[x, y, z]))
}
fn str_partition(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(a, kw, false)
}
fn str_rpartition(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    partition_impl(a, kw, true)
}
fn str_removeprefix(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("removeprefix", a, kw, 1, 1)?;
    let p = arg_str(a[1], "removeprefix() argument")?;
    Ok(new_str(s(a[0]).strip_prefix(p).unwrap_or(s(a[0]))))
}
fn str_removesuffix(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("removesuffix", a, kw, 1, 1)?;
    let p = arg_str(a[1], "removesuffix() argument")?;
    Ok(new_str(s(a[0]).strip_suffix(p).unwrap_or(s(a[0]))))
}
fn str_expandtabs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let ts = match positional(a, kw)
        .get(1)
        .copied()
        .or_else(|| kwarg(a, kw, "tabsize"))
    {
        Some(v) => crate::ops::index_value(v)?,
        None => 8,
    };
    let mut out = String::new();
    let mut col = 0i64;
    for c in s(a[0]).chars() {
        match c {
            '\t' => {
                if ts > 0 {
                    let n = ts - col % ts;
                    out.push_str(&" ".repeat(n as usize));
                    col += n;
                }
            }
            '\n' | '\r' => {
                out.push(c);
                col = 0;
            }
            _ => {
                out.push(c);
                col += 1;
            }
        }
    }
    Ok(new_str(&out))
}
fn str_encode(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::methods::bytes::new_bytes(s(a[0]).as_bytes()))
}

fn str_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let pos = positional(&a[1..], kw);
    let r = if pos.is_empty() && kw.is_empty() {
        new_str("")
    } else if pos.len() == 1 && kw.is_empty() {
        crate::ops::str(pos[0])?
    } else {
        // str(bytes, encoding[, errors])
        let b = pos[0];
        if layout_of(b) != Layout::Bytes && layout_of(b) != Layout::ByteArray {
            return Err(type_error(format!(
                "decoding to str: need a bytes-like object, {} found",
                type_name_of(b)
            )));
        }
        let data = crate::methods::bytes::bytes_data(b);
        match std::str::from_utf8(data) {
            Ok(t) => new_str(t),
            Err(_) => return Err(not_supported("decoding non-UTF-8 bytes in str()")),
        }
    };
    if cls == bt(BT::Str) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(cls, r))
}

fn str_rmod(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(not_implemented())
}

pub fn init() {
    let t = bt(BT::Str);
    def_new(t, str_new);
    use crate::objects::function::NativeFn;
    for (n, f) in [
        ("__repr__", str_repr_m as NativeFn),
        ("__str__", str_str_m),
        ("__len__", str_len),
        ("__hash__", str_hash_m),
        ("__add__", str_add),
        ("__mul__", str_mul),
        ("__rmul__", str_mul),
        ("__mod__", str_mod),
        ("__rmod__", str_rmod),
        ("__lt__", str_lt),
        ("__le__", str_le),
        ("__eq__", str_eq),
        ("__ne__", str_ne),
        ("__gt__", str_gt),
        ("__ge__", str_ge),
        ("__contains__", str_contains),
        ("__getitem__", str_getitem),
        ("__iter__", str_iter),
        ("__format__", str_format_spec),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_lower),
        ("swapcase", str_swapcase),
        ("capitalize", str_capitalize),
        ("title", str_title),
        ("strip", str_strip),
        ("lstrip", str_lstrip),
        ("rstrip", str_rstrip),
        ("replace", str_replace),
        ("find", str_find),
        ("rfind", str_rfind),
        ("index", str_index),
        ("rindex", str_rindex),
        ("count", str_count),
        ("startswith", str_startswith),
        ("endswith", str_endswith),
        ("isdigit", str_isdigit),
        ("isdecimal", str_isdecimal),
        ("isnumeric", str_isnumeric),
        ("isalpha", str_isalpha),
        ("isalnum", str_isalnum),
        ("isspace", str_isspace),
        ("isascii", str_isascii),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("isidentifier", str_isidentifier),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("format", str_format_m),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
    ] {
        def(t, n, f);
    }
    let _ = str_isascii_nonempty;
}
