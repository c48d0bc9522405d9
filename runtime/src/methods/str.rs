//! Methods of str.
//!
//! Case mappings and predicates follow CPython's Unicode database: Rust's std supplies the full
//! upper/lower mappings (they agree with CPython's, final sigma included), and
//! `unicode_tables.rs` (generated from CPython 3.12) supplies what std lacks: titlecase,
//! case folding, the Numeric_Type classes, printability and CPython's notion of alphabetic.

use super::unicode_tables as ut;
use super::{builtin_value, def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
use crate::objects::int::new_int;
use crate::objects::list::{list_get, list_len, list_push, new_list};
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

/// Py_UNICODE_ISPRINTABLE: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (space excepted).
pub fn is_printable(c: char) -> bool {
    if c.is_ascii() {
        return (' '..='~').contains(&c);
    }
    !ut::in_table(ut::NONPRINTABLE, c)
}

/// Py_UNICODE_ISSPACE: what str.split()/strip() treat as whitespace.
pub fn is_space(c: char) -> bool {
    if c.is_ascii() {
        return matches!(
            c,
            ' ' | '\t' | '\n' | '\r' | '\x0b' | '\x0c' | '\x1c'..='\x1f'
        );
    }
    c.is_whitespace()
}

fn is_linebreak(c: char) -> bool {
    matches!(
        c,
        '\n' | '\r'
            | '\x0b'
            | '\x0c'
            | '\x1c'
            | '\x1d'
            | '\x1e'
            | '\u{85}'
            | '\u{2028}'
            | '\u{2029}'
    )
}

fn is_title_char(c: char) -> bool {
    ut::in_table(ut::TITLECASE, c)
}
fn is_cased(c: char) -> bool {
    c.is_lowercase() || c.is_uppercase() || is_title_char(c)
}
/// Approximation of the Case_Ignorable property (used by final sigma).
fn is_case_ignorable(c: char) -> bool {
    matches!(
        c,
        '\'' | '.' | ':' | '^' | '`' | '\u{a8}' | '\u{ad}' | '\u{af}' | '\u{b4}' | '\u{b7}'
            | '\u{b8}' | '\u{2018}' | '\u{2019}' | '\u{2024}' | '\u{2027}'
            | '\u{300}'..='\u{36f}' | '\u{2b0}'..='\u{2ff}' | '\u{200b}'..='\u{200f}'
    )
}
fn is_alpha(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphabetic();
    }
    ut::in_table(ut::ALPHA, c)
}
fn is_decimal(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && ut::in_table(ut::DECIMAL, c))
}
fn is_digit(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && ut::in_table(ut::DIGIT, c))
}
fn is_numeric(c: char) -> bool {
    c.is_ascii_digit() || (!c.is_ascii() && ut::in_table(ut::NUMERIC, c))
}
fn is_alnum(c: char) -> bool {
    is_alpha(c) || is_decimal(c) || is_digit(c) || is_numeric(c)
}

/// Lowercase of `cs[i]` with the final-sigma rule.
fn lower_at(cs: &[char], i: usize, out: &mut String) {
    let c = cs[i];
    if c != 'Σ' {
        out.extend(c.to_lowercase());
        return;
    }
    let mut j = i;
    let mut before = false;
    while j > 0 {
        j -= 1;
        if !is_case_ignorable(cs[j]) {
            before = is_cased(cs[j]);
            break;
        }
    }
    let mut after = false;
    let mut k = i + 1;
    while k < cs.len() {
        if !is_case_ignorable(cs[k]) {
            after = is_cased(cs[k]);
            break;
        }
        k += 1;
    }
    out.push(if before && !after { 'ς' } else { 'σ' });
}

fn title_of(c: char, out: &mut String) {
    match ut::lookup_map(ut::TITLEMAP, c) {
        Some(t) => out.push_str(t),
        None => out.extend(c.to_uppercase()),
    }
}

fn s(v: Value) -> &'static str {
    str_of(builtin_value(v))
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str
}

/// `{prefix}must be str, not T` style checks.
fn need_str(v: Value, msg: impl FnOnce() -> String) -> PyResult<&'static str> {
    if is_str(v) {
        Ok(s(v))
    } else {
        Err(type_error(format!("{}, not {}", msg(), type_name_of(v))))
    }
}

/// METH_NOARGS methods: "str.upper() takes no arguments (1 given)".
fn noargs(name: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "str.{name}() takes no keyword arguments"
        )));
    }
    if a.len() != 1 {
        return Err(type_error(format!(
            "str.{name}() takes no arguments ({} given)",
            a.len() - 1
        )));
    }
    Ok(())
}

/// The `find`-family argument check: "count() takes at least 1 argument (0 given)".
fn finds_args(name: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    let n = a.len() - 1;
    if n < 1 {
        return Err(type_error(format!(
            "{name}() takes at least 1 argument ({n} given)"
        )));
    }
    if n > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 3 arguments ({n} given)"
        )));
    }
    Ok(())
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
    if !crate::objects::int::is_int(a[1])
        && crate::types::lookup(type_of(a[1]), "__index__").is_none()
    {
        let t = type_of(a[1]);
        if as_type(t).flags & type_flags::HEAP_TYPE != 0
            && crate::types::lookup(t, "__rmul__").is_some()
        {
            return Ok(not_implemented());
        }
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            type_name_of(a[1])
        )));
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
        let t = s(v);
        if step == 1 {
            if start >= stop {
                return Ok(new_str(""));
            }
            let ascii = str_is_ascii(v);
            let bs = char_to_byte(t, ascii, start as usize);
            let be = char_to_byte(t, ascii, stop as usize);
            return Ok(new_str(&t[bs..be]));
        }
        let chars: Vec<char> = t.chars().collect();
        let mut out = String::new();
        let mut i = start;
        while (step > 0 && i < stop) || (step < 0 && i > stop) {
            out.push(chars[i as usize]);
            i += step;
        }
        return Ok(new_str(&out));
    }
    if !crate::objects::int::is_int(k) && crate::types::lookup(type_of(k), "__index__").is_none() {
        return Err(type_error(format!(
            "string indices must be integers, not '{}'",
            type_name_of(k)
        )));
    }
    let i = crate::ops::index_value(k)?;
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
    if !kw.is_empty() || a.len() != 2 {
        if !kw.is_empty() {
            return Err(type_error("str.join() takes no keyword arguments"));
        }
        return Err(type_error(format!(
            "str.join() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    // exact lists and tuples are read in place (nothing below runs Python code)
    let it = a[1];
    let src = if it.is_ptr() && (type_of(it) == bt(BT::List) || type_of(it) == bt(BT::Tuple)) {
        it
    } else {
        crate::ops::to_list(it).map_err(|e| {
            if exc_matches(e.0, exc_type(Exc::TypeError)) {
                type_error("can only join an iterable")
            } else {
                e
            }
        })?
    };
    join_items(a[0], src)
}

/// `sep.join(src)` for a list or tuple `src`: sizes first, then one allocation of the result.
fn join_items(sep: Value, src: Value) -> PyResult<Value> {
    let items = || -> &[Value] {
        if type_of(src) == bt(BT::Tuple) {
            crate::objects::tuple::tuple_items(src)
        } else {
            crate::objects::list::list_items(src)
        }
    };
    let n = items().len();
    if n == 1 && items()[0].is_ptr() && type_of(items()[0]) == bt(BT::Str) {
        return Ok(items()[0]);
    }
    let sep = builtin_value(sep);
    let seps = n.saturating_sub(1);
    let mut bytes = str_of(sep).len() * seps;
    let mut chars = str_char_len(sep) * seps;
    let mut ascii = seps == 0 || str_is_ascii(sep);
    for (i, &x) in items().iter().enumerate() {
        if !is_str(x) {
            return Err(type_error(format!(
                "sequence item {i}: expected str instance, {} found",
                type_name_of(x)
            )));
        }
        let x = builtin_value(x);
        bytes += str_of(x).len();
        chars += str_char_len(x);
        ascii &= str_is_ascii(x);
    }
    Ok(new_str_with(bytes, chars, ascii, |buf| {
        // re-read after the allocation: a collection may have moved the items
        let sep = str_of(sep).as_bytes();
        let mut pos = 0;
        for (i, &x) in items().iter().enumerate() {
            if i > 0 {
                buf[pos..pos + sep.len()].copy_from_slice(sep);
                pos += sep.len();
            }
            let b = str_of(builtin_value(x)).as_bytes();
            buf[pos..pos + b.len()].copy_from_slice(b);
            pos += b.len();
        }
    }))
}

fn str_split_impl(a: &[Value], kw: &[Value], name: &str, right: bool) -> PyResult<Value> {
    only_kwargs(name, kw, &["sep", "maxsplit"])?;
    let pos = positional(a, kw);
    if pos.len() > 3 {
        return Err(type_error(format!(
            "{name}() takes at most 2 arguments ({} given)",
            pos.len() - 1
        )));
    }
    let sep = kwarg(a, kw, "sep")
        .or_else(|| pos.get(1).copied())
        .filter(|v| *v != none());
    let maxsplit = match kwarg(a, kw, "maxsplit").or_else(|| pos.get(2).copied()) {
        Some(m) => crate::ops::index_value(m)?,
        None => -1,
    };
    let text = s(a[0]);
    let out = new_list(&[]);
    match sep {
        None => {
            let chars: Vec<char> = text.chars().collect();
            let parts = super::bytes::split_generic(&chars, None, maxsplit, right, is_space);
            for r in parts {
                let p: String = chars[r].iter().collect();
                let v = new_str(&p);
                list_push(out, v);
            }
        }
        Some(sv) => {
            let sep = need_str(sv, || "must be str or None".into())?;
            if sep.is_empty() {
                return Err(value_error("empty separator"));
            }
            let parts = super::bytes::split_generic(
                text.as_bytes(),
                Some(sep.as_bytes()),
                maxsplit,
                right,
                |_| false,
            );
            for r in parts {
                let v = new_str(&text[r]);
                list_push(out, v);
            }
        }
    }
    Ok(out)
}
fn str_split(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    str_split_impl(a, kw, "split", false)
}
fn str_rsplit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    str_split_impl(a, kw, "rsplit", true)
}

fn str_upper(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("upper", a, kw)?;
    Ok(new_str(&s(a[0]).to_uppercase()))
}
fn str_lower(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("lower", a, kw)?;
    Ok(new_str(&s(a[0]).to_lowercase()))
}
fn str_casefold(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("casefold", a, kw)?;
    let mut out = String::new();
    for c in s(a[0]).chars() {
        match ut::lookup_map(ut::CASEFOLD, c) {
            Some(f) => out.push_str(f),
            None => out.extend(c.to_lowercase()),
        }
    }
    Ok(new_str(&out))
}
fn str_swapcase(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("swapcase", a, kw)?;
    let cs: Vec<char> = s(a[0]).chars().collect();
    let mut out = String::new();
    for (i, &c) in cs.iter().enumerate() {
        if c.is_uppercase() {
            lower_at(&cs, i, &mut out);
        } else if c.is_lowercase() {
            out.extend(c.to_uppercase());
        } else {
            out.push(c);
        }
    }
    Ok(new_str(&out))
}
fn str_capitalize(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("capitalize", a, kw)?;
    let cs: Vec<char> = s(a[0]).chars().collect();
    let mut out = String::new();
    for i in 0..cs.len() {
        if i == 0 {
            title_of(cs[0], &mut out);
        } else {
            lower_at(&cs, i, &mut out);
        }
    }
    Ok(new_str(&out))
}
fn str_title(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("title", a, kw)?;
    let cs: Vec<char> = s(a[0]).chars().collect();
    let mut out = String::new();
    let mut prev_cased = false;
    for i in 0..cs.len() {
        let c = cs[i];
        if prev_cased {
            lower_at(&cs, i, &mut out);
        } else {
            title_of(c, &mut out);
        }
        prev_cased = is_cased(c);
    }
    Ok(new_str(&out))
}

fn strip_impl(a: &[Value], kw: &[Value], name: &str, left: bool, right: bool) -> PyResult<Value> {
    check_method(name, a, kw, 0, 1)?;
    let t = s(a[0]);
    let chars = opt_not_none(a, 1);
    let r = if chars.is_null() {
        match (left, right) {
            (true, true) => t.trim_matches(is_space),
            (true, false) => t.trim_start_matches(is_space),
            _ => t.trim_end_matches(is_space),
        }
    } else {
        if !is_str(chars) {
            return Err(type_error(format!("{name} arg must be None or str")));
        }
        let cs: Vec<char> = s(chars).chars().collect();
        let f = |c: char| cs.contains(&c);
        match (left, right) {
            (true, true) => t.trim_matches(f),
            (true, false) => t.trim_start_matches(f),
            _ => t.trim_end_matches(f),
        }
    };
    if r.len() == t.len() && type_of(a[0]) == bt(BT::Str) {
        return Ok(a[0]);
    }
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
    only_kwargs("replace", kw, &["count"])?;
    let pos = positional(a, kw);
    check("replace", &pos[1..], &[], 2, 3)?;
    let old = need_str(pos[1], || "replace() argument 1 must be str".into())?;
    let new = need_str(pos[2], || "replace() argument 2 must be str".into())?;
    let count = match kwarg(a, kw, "count").or_else(|| pos.get(3).copied()) {
        Some(c) => crate::ops::index_value(c)?,
        None => -1,
    };
    let t = s(a[0]);
    Ok(new_str(&if count < 0 {
        t.replace(old, new)
    } else {
        t.replacen(old, new, count as usize)
    }))
}

/// Character bounds [start, end) from optional start/end arguments (CPython's ADJUST_INDICES);
/// start may exceed the length.
fn char_bounds(a: &[Value], i: usize, n: usize) -> PyResult<(i64, i64)> {
    let n = n as i64;
    let norm = |v: Value, dflt: i64| -> PyResult<i64> {
        if v.is_null() || v == none() {
            return Ok(dflt);
        }
        let i = crate::ops::index_value(v).map_err(|_| {
            type_error("slice indices must be integers or None or have an __index__ method")
        })?;
        Ok(if i < 0 { (i + n).max(0) } else { i })
    };
    let st = norm(opt(a, i), 0)?;
    let en = norm(opt(a, i + 1), n)?.min(n);
    Ok((st, en))
}

/// The text between character bounds (valid when start <= end <= len), and the char offset.
fn sub_range(t: &'static str, ascii: bool, st: i64, en: i64) -> &'static str {
    let bs = char_to_byte(t, ascii, st as usize);
    let be = char_to_byte(t, ascii, en as usize);
    &t[bs..be]
}

fn find_impl(a: &[Value], kw: &[Value], name: &str, rev: bool) -> PyResult<Option<usize>> {
    finds_args(name, a, kw)?;
    let sub = need_str(a[1], || "must be str".into())?;
    let v = builtin_value(a[0]);
    let t = s(v);
    let n = str_char_len(v);
    let (st, en) = char_bounds(a, 2, n)?;
    if en - st < sub.chars().count() as i64 {
        return Ok(None);
    }
    let ascii = str_is_ascii(v);
    let hay = sub_range(t, ascii, st, en);
    let r = if rev { hay.rfind(sub) } else { hay.find(sub) };
    Ok(r.map(|b| st as usize + if ascii { b } else { hay[..b].chars().count() }))
}
fn str_find(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        find_impl(a, kw, "find", false)?.map_or(-1, |i| i as i64),
    ))
}
fn str_rfind(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        find_impl(a, kw, "rfind", true)?.map_or(-1, |i| i as i64),
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
    finds_args("count", a, kw)?;
    let sub = need_str(a[1], || "must be str".into())?;
    let v = builtin_value(a[0]);
    let t = s(v);
    let (st, en) = char_bounds(a, 2, str_char_len(v))?;
    if en < st {
        return Ok(new_int(0));
    }
    if sub.is_empty() {
        return Ok(new_int(en - st + 1));
    }
    let hay = sub_range(t, str_is_ascii(v), st, en);
    Ok(new_int(hay.matches(sub).count() as i64))
}

fn affix_impl(a: &[Value], kw: &[Value], name: &str, start: bool) -> PyResult<Value> {
    finds_args(name, a, kw)?;
    let v = builtin_value(a[0]);
    let t = s(v);
    let n = str_char_len(v);
    let (st, en) = char_bounds(a, 2, n)?;
    let ok = st <= n as i64 && st <= en;
    let hay = if ok {
        sub_range(t, str_is_ascii(v), st, en)
    } else {
        ""
    };
    let test = |p: &str| {
        ok && if start {
            hay.starts_with(p)
        } else {
            hay.ends_with(p)
        }
    };
    let x = a[1];
    if x.is_ptr() && type_of(x) == bt(BT::Tuple) {
        for &p in crate::objects::tuple::tuple_items(x) {
            let p = need_str(p, || format!("tuple for {name} must only contain str"))?;
            if test(p) {
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
    ($name:ident, $py:literal, |$c:ident| $e:expr) => {
        fn $name(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            noargs($py, a, kw)?;
            let t = s(a[0]);
            Ok(py_bool(!t.is_empty() && t.chars().all(|$c| $e)))
        }
    };
}
str_pred!(str_isdigit, "isdigit", |c| is_digit(c));
str_pred!(str_isdecimal, "isdecimal", |c| is_decimal(c));
str_pred!(str_isnumeric, "isnumeric", |c| is_numeric(c));
str_pred!(str_isalpha, "isalpha", |c| is_alpha(c));
str_pred!(str_isalnum, "isalnum", |c| is_alnum(c));
str_pred!(str_isspace, "isspace", |c| is_space(c));
fn str_isascii(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("isascii", a, kw)?;
    Ok(py_bool(s(a[0]).is_ascii()))
}
fn str_isprintable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("isprintable", a, kw)?;
    Ok(py_bool(s(a[0]).chars().all(is_printable)))
}
fn str_isupper(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("isupper", a, kw)?;
    let mut cased = false;
    for c in s(a[0]).chars() {
        if c.is_lowercase() || is_title_char(c) {
            return Ok(py_false());
        }
        if c.is_uppercase() {
            cased = true;
        }
    }
    Ok(py_bool(cased))
}
fn str_islower(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("islower", a, kw)?;
    let mut cased = false;
    for c in s(a[0]).chars() {
        if c.is_uppercase() || is_title_char(c) {
            return Ok(py_false());
        }
        if c.is_lowercase() {
            cased = true;
        }
    }
    Ok(py_bool(cased))
}
fn str_istitle(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("istitle", a, kw)?;
    let mut cased = false;
    let mut prev = false;
    for c in s(a[0]).chars() {
        if c.is_uppercase() || is_title_char(c) {
            if prev {
                return Ok(py_false());
            }
            prev = true;
            cased = true;
        } else if c.is_lowercase() {
            if !prev {
                return Ok(py_false());
            }
            prev = true;
            cased = true;
        } else {
            prev = false;
        }
    }
    Ok(py_bool(cased))
}
fn str_isidentifier(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    noargs("isidentifier", a, kw)?;
    let t = s(a[0]);
    let mut cs = t.chars();
    let start = |c: char| c == '_' || is_alpha(c) || (!c.is_ascii() && c.is_alphabetic());
    let cont = |c: char| start(c) || is_decimal(c) || (!c.is_ascii() && c.is_alphanumeric());
    Ok(py_bool(match cs.next() {
        Some(c) => start(c) && cs.all(cont),
        None => false,
    }))
}

fn pad_impl(a: &[Value], kw: &[Value], name: &str, mode: u8) -> PyResult<Value> {
    check_method(name, a, kw, 1, 2)?;
    let t = s(a[0]);
    let w = crate::ops::index_value(a[1])?;
    let fill = if a.len() > 2 {
        let f = need_str(a[2], || {
            format!("{name}() argument 2 must be str of length 1")
        })
        .map_err(|_| {
            type_error(format!(
                "{name}() argument 2 must be str, not {}",
                type_name_of(a[2])
            ))
        })?;
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
    let mut out = String::with_capacity(t.len() + pad);
    out.extend(std::iter::repeat_n(fill, l));
    out.push_str(t);
    out.extend(std::iter::repeat_n(fill, r));
    Ok(new_str(&out))
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
fn str_format_map(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("str.format_map() takes no keyword arguments"));
    }
    if a.len() != 2 {
        return Err(type_error(format!(
            "str.format_map() takes exactly one argument ({} given)",
            a.len() - 1
        )));
    }
    crate::format::str_format_map(s(a[0]), a[1]).map(|r| new_str(&r))
}
fn str_format_spec(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__format__", a, kw, 1, 1)?;
    let spec = need_str(a[1], || "__format__() argument must be str".into())?;
    crate::format::format_str(s(a[0]), spec).map(|r| new_str(&r))
}
fn str_splitlines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("splitlines", kw, &["keepends"])?;
    let keep = match kwarg(a, kw, "keepends").or_else(|| positional(a, kw).get(1).copied()) {
        Some(v) => crate::ops::truthy(v)?,
        None => false,
    };
    let t = s(a[0]);
    let out = new_list(&[]);
    let mut start = 0;
    let mut it = t.char_indices().peekable();
    while let Some((i, c)) = it.next() {
        if is_linebreak(c) {
            let mut end = i + c.len_utf8();
            if c == '\r' {
                if let Some(&(_, '\n')) = it.peek() {
                    it.next();
                    end += 1;
                }
            }
            let line = if keep { &t[start..end] } else { &t[start..i] };
            let sv = new_str(line);
            list_push(out, sv);
            start = end;
        }
    }
    if start < t.len() {
        let sv = new_str(&t[start..]);
        list_push(out, sv);
    }
    Ok(out)
}
fn partition_impl(a: &[Value], kw: &[Value], rev: bool) -> PyResult<Value> {
    check_method(if rev { "rpartition" } else { "partition" }, a, kw, 1, 1)?;
    let t = s(a[0]);
    let sep = need_str(a[1], || "must be str".into())?;
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
    let p = need_str(a[1], || "removeprefix() argument must be str".into())?;
    Ok(new_str(s(a[0]).strip_prefix(p).unwrap_or(s(a[0]))))
}
fn str_removesuffix(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("removesuffix", a, kw, 1, 1)?;
    let p = need_str(a[1], || "removesuffix() argument must be str".into())?;
    Ok(new_str(s(a[0]).strip_suffix(p).unwrap_or(s(a[0]))))
}
fn str_expandtabs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("expandtabs", kw, &["tabsize"])?;
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
                    out.extend(std::iter::repeat_n(' ', n as usize));
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

fn enc_args(
    a: &[Value],
    kw: &[Value],
    fname: &str,
    skip: usize,
) -> PyResult<(&'static str, &'static str)> {
    only_kwargs(fname, kw, &["encoding", "errors"])?;
    let pos = positional(a, kw);
    if pos.len() > skip + 2 {
        return Err(type_error(format!(
            "{fname}() takes at most 2 arguments ({} given)",
            pos.len() - skip
        )));
    }
    let enc = match kwarg(a, kw, "encoding").or_else(|| pos.get(skip).copied()) {
        Some(e) => need_str(e, || format!("{fname}() argument 'encoding' must be str"))?,
        None => "utf-8",
    };
    let errs = match kwarg(a, kw, "errors").or_else(|| pos.get(skip + 1).copied()) {
        Some(e) => need_str(e, || format!("{fname}() argument 'errors' must be str"))?,
        None => "strict",
    };
    Ok((enc, errs))
}

fn str_encode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (enc, errs) = enc_args(a, kw, "encode", 1)?;
    super::codecs::encode_value(a[0], enc, errs)
}

fn str_maketrans(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("maketrans", kw)?;
    if a.is_empty() || a.len() > 3 {
        return Err(type_error(if a.is_empty() {
            "maketrans expected at least 1 argument, got 0".to_string()
        } else {
            format!("maketrans expected at most 3 arguments, got {}", a.len())
        }));
    }
    let d = crate::objects::dict::new_dict();
    if a.len() == 1 {
        let x = a[0];
        if !(x.is_ptr() && layout_of(builtin_value(x)) == Layout::Dict) {
            return Err(type_error(
                "if you give only one argument to maketrans it must be a dict",
            ));
        }
        let items = crate::ops::to_list(crate::ops::call_method(x, "items", &[])?)?;
        for i in 0..list_len(items) {
            let kv = list_get(items, i).unwrap_or(Value::NULL);
            let k = crate::objects::tuple::tuple_items(kv)[0];
            let v = crate::objects::tuple::tuple_items(kv)[1];
            let key = if is_str(k) {
                let ks = s(k);
                let mut cs = ks.chars();
                match (cs.next(), cs.next()) {
                    (Some(c), None) => new_int(c as i64),
                    _ => {
                        return Err(value_error(
                            "string keys in translate table must be of length 1",
                        ))
                    }
                }
            } else if crate::objects::int::is_int(k) {
                k
            } else {
                return Err(type_error(
                    "keys in translate table must be strings or integers",
                ));
            };
            crate::objects::dict::dict_set(d, key, v)?;
        }
        return Ok(d);
    }
    let x = need_str(a[0], || {
        "first maketrans argument must be a string if there is a second argument".into()
    })
    .map_err(|_| {
        type_error("first maketrans argument must be a string if there is a second argument")
    })?;
    let y = need_str(a[1], || "maketrans() argument 2 must be str".into())?;
    if x.chars().count() != y.chars().count() {
        return Err(value_error(
            "the first two maketrans arguments must have equal length",
        ));
    }
    for (c, e) in x.chars().zip(y.chars()) {
        let (k, v) = (new_int(c as i64), new_int(e as i64));
        crate::objects::dict::dict_set(d, k, v)?;
    }
    if a.len() == 3 {
        let z = need_str(a[2], || "maketrans() argument 3 must be str".into())?;
        for c in z.chars() {
            let k = new_int(c as i64);
            crate::objects::dict::dict_set(d, k, none())?;
        }
    }
    Ok(d)
}

fn str_translate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("translate", a, kw, 1, 1)?;
    let table = a[1];
    let src = a[0];
    let n = str_char_len(builtin_value(src));
    let mut out = String::new();
    let lookup_err = exc_type(Exc::LookupError);
    for i in 0..n {
        let c = str_char_at(builtin_value(src), i);
        let ch = s(c).chars().next().unwrap_or('\0');
        let r = crate::ops::getitem(table, new_int(ch as i64));
        match r {
            Err(e) if exc_matches(e.0, lookup_err) => out.push(ch),
            Err(e) => return Err(e),
            Ok(v) if v == none() => {}
            Ok(v) if crate::objects::int::is_int(v) => {
                let k = crate::objects::int::int_to_i64(builtin_value(v)).unwrap_or(-1);
                match u32::try_from(k)
                    .ok()
                    .filter(|&k| k < 0x110000)
                    .and_then(char::from_u32)
                {
                    Some(c) => out.push(c),
                    None => {
                        return Err(value_error("character mapping must be in range(0x110000)"))
                    }
                }
            }
            Ok(v) if is_str(v) => out.push_str(s(v)),
            Ok(_) => {
                return Err(type_error(
                    "character mapping must return integer, None or str",
                ))
            }
        }
    }
    Ok(new_str(&out))
}

fn str_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    only_kwargs("str", kw, &["object", "encoding", "errors"])?;
    let pos = positional(&a[1..], kw);
    if pos.len() > 3 {
        return Err(type_error(format!(
            "str() takes at most 3 arguments ({} given)",
            pos.len()
        )));
    }
    let x = kwarg(a, kw, "object").or_else(|| pos.first().copied());
    let has_enc =
        kwarg(a, kw, "encoding").is_some() || kwarg(a, kw, "errors").is_some() || pos.len() > 1;
    let r = match x {
        None => new_str(""),
        Some(x) if !has_enc => crate::ops::str(x)?,
        Some(b) => {
            let (enc, errs) = enc_args(&a[1..], kw, "str", 1)?;
            if !crate::methods::bytes::is_bytes_like(b) {
                if is_str(b) {
                    return Err(type_error("decoding str is not supported"));
                }
                return Err(type_error(format!(
                    "decoding to str: need a bytes-like object, {} found",
                    type_name_of(b)
                )));
            }
            super::codecs::decode_value(b, enc, errs)?
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
fn str_getnewargs(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = new_str(s(a[0]));
    Ok(crate::objects::tuple::new_tuple(&[v]))
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
        ("__getnewargs__", str_getnewargs),
        ("join", str_join),
        ("split", str_split),
        ("rsplit", str_rsplit),
        ("upper", str_upper),
        ("lower", str_lower),
        ("casefold", str_casefold),
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
        ("isprintable", str_isprintable),
        ("isupper", str_isupper),
        ("islower", str_islower),
        ("istitle", str_istitle),
        ("isidentifier", str_isidentifier),
        ("ljust", str_ljust),
        ("rjust", str_rjust),
        ("center", str_center),
        ("zfill", str_zfill),
        ("format", str_format_m),
        ("format_map", str_format_map),
        ("splitlines", str_splitlines),
        ("partition", str_partition),
        ("rpartition", str_rpartition),
        ("removeprefix", str_removeprefix),
        ("removesuffix", str_removesuffix),
        ("expandtabs", str_expandtabs),
        ("encode", str_encode),
        ("translate", str_translate),
    ] {
        def(t, n, f);
    }
    let mt =
        crate::objects::function::new_builtin_function("maketrans", str_maketrans, Value::NULL);
    let sm =
        new_obj::<crate::objects::function::WrapperObject>(bt(BT::StaticMethod), |w| w.func = mt);
    let _ = crate::objects::dict::dict_set(as_type(t).dict, crate::intern::intern("maketrans"), sm);
}
