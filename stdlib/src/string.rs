//! The `_string` module: `formatter_parser` and `formatter_field_name_split`, the format
//! string scanners behind `string.Formatter`, with CPython's iterators and messages (errors
//! are raised as iteration reaches them, as CPython's MarkupIterator does).

use ferrite_runtime::args::check;
use ferrite_runtime::errors::{new_exc, type_error, value_error, Exc, PyResult};
use ferrite_runtime::methods::{builtin_value, def};
use ferrite_runtime::object::{layout_of, none, py_bool, Layout};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::{native_mut, new_native, new_native_type, NativeData};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::sync::OnceLock;

struct MarkupIter {
    s: Vec<char>,
    pos: usize,
}
impl NativeData for MarkupIter {}

struct FieldNameIter {
    s: Vec<char>,
    pos: usize,
}
impl NativeData for FieldNameIter {}

static MARKUP_TYPE: OnceLock<usize> = OnceLock::new();
static FIELD_TYPE: OnceLock<usize> = OnceLock::new();

fn markup_type() -> Value {
    Value(*MARKUP_TYPE.get_or_init(|| {
        let t = new_native_type("_string", "formatteriterator", Value::NULL, false);
        def(t, "__iter__", self_iter);
        def(t, "__next__", markup_next);
        t.0
    }))
}

fn field_type() -> Value {
    Value(*FIELD_TYPE.get_or_init(|| {
        let t = new_native_type("_string", "fieldnameiterator", Value::NULL, false);
        def(t, "__iter__", self_iter);
        def(t, "__next__", field_next);
        t.0
    }))
}

fn self_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

fn stop() -> ferrite_runtime::errors::PyErr {
    new_exc(Exc::StopIteration, "")
}

fn sub(s: &[char], a: usize, b: usize) -> Value {
    let t: String = s[a..b].iter().collect();
    new_str(&t)
}

/// CPython's get_integer: the decimal value of an all-digit field, None otherwise.
fn get_integer(s: &[char]) -> PyResult<Option<i64>> {
    if s.is_empty() {
        return Ok(None);
    }
    let mut acc: i64 = 0;
    for &c in s {
        let Some(d) = c.to_digit(10) else {
            return Ok(None);
        };
        if acc > (i64::MAX - d as i64) / 10 {
            return Err(value_error("Too many decimal digits in format string"));
        }
        acc = acc * 10 + d as i64;
    }
    Ok(Some(acc))
}

/// One step of CPython's MarkupIterator: (literal, field name, format spec, conversion).
fn markup_step(s: &[char], pos: &mut usize) -> PyResult<Option<[Value; 4]>> {
    let end = s.len();
    if *pos >= end {
        return Ok(None);
    }
    let start = *pos;
    let mut c = '\0';
    let mut markup_follows = false;
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        if c == '{' || c == '}' {
            markup_follows = true;
            break;
        }
    }
    let at_end = *pos >= end;
    let mut len = *pos - start;
    if c == '}' && markup_follows && (at_end || s[*pos] != '}') {
        return Err(value_error("Single '}' encountered in format string"));
    }
    if at_end && c == '{' && markup_follows {
        return Err(value_error("Single '{' encountered in format string"));
    }
    if !at_end && markup_follows {
        if s[*pos] == c {
            *pos += 1;
            markup_follows = false;
        } else {
            len -= 1;
        }
    }
    let literal = sub(s, start, start + len);
    if !markup_follows {
        return Ok(Some([literal, none(), none(), none()]));
    }
    // parse_field
    let fstart = *pos;
    let mut c = '\0';
    while *pos < end {
        c = s[*pos];
        *pos += 1;
        match c {
            '{' => return Err(value_error("unexpected '{' in field name")),
            '[' => {
                while *pos < end && s[*pos] != ']' {
                    *pos += 1;
                }
                continue;
            }
            '}' | ':' | '!' => break,
            _ => continue,
        }
    }
    let fend = (*pos).saturating_sub(1).max(fstart);
    let mut conversion = none();
    let mut spec = new_str("");
    if c == '!' || c == ':' {
        let field = sub(s, fstart, fend);
        if c == '!' {
            if *pos >= end {
                return Err(value_error(
                    "end of string while looking for conversion specifier",
                ));
            }
            let conv = s[*pos];
            *pos += 1;
            conversion = new_str(&conv.to_string());
            if *pos < end {
                let c2 = s[*pos];
                *pos += 1;
                if c2 == '}' {
                    return Ok(Some([literal, field, spec, conversion]));
                }
                if c2 != ':' {
                    return Err(value_error("expected ':' after conversion specifier"));
                }
            }
        }
        let sstart = *pos;
        let mut count = 1;
        while *pos < end {
            let ch = s[*pos];
            *pos += 1;
            if ch == '{' {
                count += 1;
            } else if ch == '}' {
                count -= 1;
                if count == 0 {
                    spec = sub(s, sstart, *pos - 1);
                    return Ok(Some([literal, field, spec, conversion]));
                }
            }
        }
        return Err(value_error("unmatched '{' in format spec"));
    } else if c != '}' {
        return Err(value_error("expected '}' before end of string"));
    }
    let field = sub(s, fstart, fend);
    Ok(Some([literal, field, spec, conversion]))
}

fn markup_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let it =
        native_mut::<MarkupIter>(a[0]).ok_or_else(|| type_error("expected formatteriterator"))?;
    let s = std::mem::take(&mut it.s);
    let mut pos = it.pos;
    let r = markup_step(&s, &mut pos);
    let it =
        native_mut::<MarkupIter>(a[0]).ok_or_else(|| type_error("expected formatteriterator"))?;
    it.s = s;
    it.pos = if r.is_err() { it.s.len() } else { pos };
    match r? {
        Some(items) => Ok(new_tuple(&items)),
        None => Err(stop()),
    }
}

fn field_step(s: &[char], pos: &mut usize) -> PyResult<Option<(bool, Value)>> {
    let end = s.len();
    if *pos >= end {
        return Ok(None);
    }
    let c = s[*pos];
    *pos += 1;
    let (is_attr, a, b) = match c {
        '.' => {
            let a = *pos;
            while *pos < end && s[*pos] != '.' && s[*pos] != '[' {
                *pos += 1;
            }
            (true, a, *pos)
        }
        '[' => {
            let a = *pos;
            while *pos < end && s[*pos] != ']' {
                *pos += 1;
            }
            if *pos >= end {
                return Err(value_error("Missing ']' in format string"));
            }
            let b = *pos;
            *pos += 1;
            (false, a, b)
        }
        _ => {
            return Err(value_error(
                "Only '.' or '[' may follow ']' in format field specifier",
            ))
        }
    };
    if a == b {
        return Err(value_error("Empty attribute in format string"));
    }
    let v = if is_attr {
        sub(s, a, b)
    } else {
        match get_integer(&s[a..b])? {
            Some(n) => new_int(n),
            None => sub(s, a, b),
        }
    };
    Ok(Some((is_attr, v)))
}

fn field_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let it = native_mut::<FieldNameIter>(a[0])
        .ok_or_else(|| type_error("expected fieldnameiterator"))?;
    let mut pos = it.pos;
    let r = field_step(&it.s, &mut pos);
    it.pos = if r.is_err() { it.s.len() } else { pos };
    match r? {
        Some((is_attr, v)) => {
            let b = py_bool(is_attr);
            Ok(new_tuple(&[b, v]))
        }
        None => Err(stop()),
    }
}

fn str_chars(v: Value) -> PyResult<Vec<char>> {
    if v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str {
        return Ok(str_of(builtin_value(v)).chars().collect());
    }
    Err(type_error(format!("expected str, got {}", type_name_of(v))))
}

fn formatter_parser(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("formatter_parser", a, kw, 1, 1)?;
    let s = str_chars(a[0])?;
    Ok(new_native(markup_type(), MarkupIter { s, pos: 0 }))
}

fn formatter_field_name_split(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("formatter_field_name_split", a, kw, 1, 1)?;
    let s = str_chars(a[0])?;
    let i = s
        .iter()
        .position(|&c| c == '.' || c == '[')
        .unwrap_or(s.len());
    let first = match get_integer(&s[..i])? {
        Some(n) => new_int(n),
        None => sub(&s, 0, i),
    };
    let rest = new_native(field_type(), FieldNameIter { s, pos: i });
    Ok(new_tuple(&[first, rest]))
}

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(
        d,
        &[
            ("formatter_parser", formatter_parser),
            ("formatter_field_name_split", formatter_field_name_split),
        ],
    );
    Ok(())
}
