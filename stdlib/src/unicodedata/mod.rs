//! The `unicodedata` module: Unicode 15.0.0 character properties (as CPython 3.12), from
//! tables generated out of CPython's own unicodedata (tables.rs, by
//! stdlib/tools/gen_unicodedata.py); names from the `unicode_names2` crate, limited to the
//! code points assigned in 15.0; the four normalization forms.
//! `ucd_3_2_0` (the Unicode 3.2.0 database behind IDNA's stringprep) is not implemented: its
//! methods raise NotImplementedError naming it.

mod normalize;
#[rustfmt::skip]
mod tables;

use ferrite_runtime::args::check;
use ferrite_runtime::errors::{key_error, new_exc, type_error, value_error, Exc, PyErr, PyResult};
use ferrite_runtime::methods::{builtin_value, def, getset};
use ferrite_runtime::object::{layout_of, Layout};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::{native_mut, new_native, new_native_type, NativeData};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::sync::OnceLock;

pub const UNIDATA_VERSION: &str = "15.0.0";

/// (category, bidirectional, combining, east_asian_width, mirrored) of `c`.
fn record(c: char) -> (u8, u8, u8, u8, u8) {
    let cp = c as u32;
    let i = match tables::RUNS.binary_search_by_key(&cp, |&(s, _)| s) {
        Ok(i) => i,
        Err(i) => i - 1,
    };
    tables::RECORDS[tables::RUNS[i].1 as usize]
}

pub fn category_of(c: char) -> &'static str {
    tables::CATEGORIES[record(c).0 as usize]
}

pub fn combining_of(c: char) -> u8 {
    record(c).2
}

fn is_unassigned(c: char) -> bool {
    record(c).0 == 0
}

/// The name of `c` (None for unnamed or, in Unicode 15.0, unassigned code points).
pub fn char_name(c: char) -> Option<String> {
    if is_unassigned(c) {
        return None;
    }
    unicode_names2::name(c).map(|n| n.to_string())
}

/// The character called `name` (aliases too); named sequences only when `seq`.
pub fn lookup_name(name: &str, _seq: bool) -> Option<char> {
    let c = unicode_names2::character(name)?;
    if is_unassigned(c) {
        return None;
    }
    Some(c)
}

fn lookup_sequence(name: &str) -> Option<&'static str> {
    let up = name.to_ascii_uppercase();
    tables::NAMED_SEQUENCES
        .binary_search_by(|&(n, _)| n.cmp(up.as_str()))
        .ok()
        .map(|i| tables::NAMED_SEQUENCES[i].1)
}

fn numeric_entry(c: char) -> Option<(i8, i8, f64)> {
    let cp = c as u32;
    tables::NUMERIC
        .binary_search_by_key(&cp, |&(k, ..)| k)
        .ok()
        .map(|i| {
            let (_, d, g, n) = tables::NUMERIC[i];
            (d, g, n)
        })
}

/// unicodedata.decomposition(c) ('' when none).
pub fn decomposition_of(c: char) -> &'static str {
    let cp = c as u32;
    tables::DECOMPOSITIONS
        .binary_search_by_key(&cp, |&(k, _)| k)
        .ok()
        .map(|i| tables::DECOMPOSITIONS[i].1)
        .unwrap_or("")
}

// ------------------------------------------------------------------ arguments

/// The one-character str argument; `numbered` gives "argument 1" (functions taking a
/// default too) rather than "argument".
fn char_arg(fname: &str, v: Value, numbered: bool) -> PyResult<char> {
    if v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str {
        let s = str_of(builtin_value(v));
        let mut it = s.chars();
        if let (Some(c), None) = (it.next(), it.next()) {
            return Ok(c);
        }
    }
    Err(type_error(format!(
        "{fname}() argument{} must be a unicode character, not {}",
        if numbered { " 1" } else { "" },
        type_name_of(v)
    )))
}

/// The arguments after `self` for UCD methods (a UCD instance first), or all.
struct Call<'a> {
    args: &'a [Value],
}

fn ucd_call<'a>(a: &'a [Value], fname: &str) -> PyResult<Call<'a>> {
    if let Some(&first) = a.first() {
        if let Some(u) = native_mut::<Ucd>(first) {
            if u.v320 {
                return Err(new_exc(
                    Exc::NotImplementedError,
                    &format!(
                        "unicodedata.ucd_3_2_0.{fname}(): the Unicode 3.2.0 database is not \
                         implemented in Ferrite"
                    ),
                ));
            }
            return Ok(Call { args: &a[1..] });
        }
    }
    Ok(Call { args: a })
}

fn one_char(a: &[Value], kw: &[Value], fname: &str) -> PyResult<char> {
    let c = ucd_call(a, fname)?;
    check(fname, c.args, kw, 1, 1)?;
    char_arg(fname, c.args[0], false)
}

// ------------------------------------------------------------------ functions

fn u_category(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = one_char(a, kw, "category")?;
    Ok(new_str(category_of(c)))
}

fn u_bidirectional(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = one_char(a, kw, "bidirectional")?;
    Ok(new_str(tables::BIDI_CLASSES[record(c).1 as usize]))
}

fn u_combining(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = one_char(a, kw, "combining")?;
    Ok(new_int(record(c).2 as i64))
}

fn u_east_asian_width(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = one_char(a, kw, "east_asian_width")?;
    Ok(new_str(tables::EAST_ASIAN_WIDTHS[record(c).3 as usize]))
}

fn u_mirrored(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = one_char(a, kw, "mirrored")?;
    Ok(new_int(record(c).4 as i64))
}

fn u_decomposition(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = one_char(a, kw, "decomposition")?;
    Ok(new_str(decomposition_of(c)))
}

/// (char, default) of name/decimal/digit/numeric.
fn char_default(a: &[Value], kw: &[Value], fname: &str) -> PyResult<(char, Option<Value>)> {
    let c = ucd_call(a, fname)?;
    check(fname, c.args, kw, 1, 2)?;
    let ch = char_arg(fname, c.args[0], true)?;
    Ok((ch, c.args.get(1).copied()))
}

fn or_default(d: Option<Value>, err: PyErr) -> PyResult<Value> {
    d.ok_or(err)
}

fn u_name(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, d) = char_default(a, kw, "name")?;
    match char_name(c) {
        Some(n) => Ok(new_str(&n)),
        None => or_default(d, value_error("no such name")),
    }
}

fn u_decimal(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, d) = char_default(a, kw, "decimal")?;
    match numeric_entry(c) {
        Some((v, _, _)) if v >= 0 => Ok(new_int(v as i64)),
        _ => or_default(d, value_error("not a decimal")),
    }
}

fn u_digit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, d) = char_default(a, kw, "digit")?;
    match numeric_entry(c) {
        Some((_, v, _)) if v >= 0 => Ok(new_int(v as i64)),
        _ => or_default(d, value_error("not a digit")),
    }
}

fn u_numeric(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (c, d) = char_default(a, kw, "numeric")?;
    match numeric_entry(c) {
        Some((_, _, v)) => Ok(new_float(v)),
        None => or_default(d, value_error("not a numeric character")),
    }
}

fn u_lookup(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let c = ucd_call(a, "lookup")?;
    check("lookup", c.args, kw, 1, 1)?;
    let v = c.args[0];
    let name = if v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str {
        str_of(builtin_value(v)).to_string()
    } else {
        let b = ferrite_runtime::methods::bytes::buffer_arg(v)?;
        b.iter().map(|&x| x as char).collect()
    };
    if name.chars().count() > 256 {
        return Err(key_error(new_str("name too long")));
    }
    if let Some(ch) = lookup_name(&name, true) {
        return Ok(new_str(&ch.to_string()));
    }
    if let Some(s) = lookup_sequence(&name) {
        return Ok(new_str(s));
    }
    Err(key_error(new_str(&format!(
        "undefined character name '{name}'"
    ))))
}

fn form_and_str(a: &[Value], kw: &[Value], fname: &str) -> PyResult<(normalize::Form, String)> {
    let c = ucd_call(a, fname)?;
    check(fname, c.args, kw, 2, 2)?;
    let (f, s) = (c.args[0], c.args[1]);
    let is_str = |v: Value| v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str;
    if !is_str(f) {
        return Err(type_error(format!(
            "{fname}() argument 1 must be str, not {}",
            type_name_of(f)
        )));
    }
    if !is_str(s) {
        return Err(type_error(format!(
            "{fname}() argument 2 must be str, not {}",
            type_name_of(s)
        )));
    }
    let form = match str_of(builtin_value(f)) {
        "NFC" => normalize::Form::Nfc,
        "NFD" => normalize::Form::Nfd,
        "NFKC" => normalize::Form::Nfkc,
        "NFKD" => normalize::Form::Nfkd,
        _ => return Err(value_error("invalid normalization form")),
    };
    Ok((form, str_of(builtin_value(s)).to_string()))
}

fn u_normalize(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (form, s) = form_and_str(a, kw, "normalize")?;
    let n = normalize::normalize(form, &s);
    if n == s {
        // CPython returns the argument itself when it is already normalized
        let c = ucd_call(a, "normalize")?;
        if layout_of(c.args[1]) == Layout::Str {
            return Ok(c.args[1]);
        }
    }
    Ok(new_str(&n))
}

fn u_is_normalized(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (form, s) = form_and_str(a, kw, "is_normalized")?;
    Ok(ferrite_runtime::object::py_bool(
        normalize::normalize(form, &s) == s,
    ))
}

// ------------------------------------------------------------------ the UCD type

struct Ucd {
    v320: bool,
}
impl NativeData for Ucd {}

static UCD_TYPE: OnceLock<usize> = OnceLock::new();

const FUNCTIONS: &[(&str, ferrite_runtime::objects::function::NativeFn)] = &[
    ("lookup", u_lookup),
    ("name", u_name),
    ("decimal", u_decimal),
    ("digit", u_digit),
    ("numeric", u_numeric),
    ("category", u_category),
    ("bidirectional", u_bidirectional),
    ("combining", u_combining),
    ("east_asian_width", u_east_asian_width),
    ("mirrored", u_mirrored),
    ("decomposition", u_decomposition),
    ("normalize", u_normalize),
    ("is_normalized", u_is_normalized),
];

fn ucd_version(v: Value) -> PyResult<Value> {
    let v320 = native_mut::<Ucd>(v).map(|u| u.v320).unwrap_or(false);
    Ok(new_str(if v320 { "3.2.0" } else { UNIDATA_VERSION }))
}

fn ucd_type() -> Value {
    Value(*UCD_TYPE.get_or_init(|| {
        let t = new_native_type("unicodedata", "UCD", Value::NULL, false);
        for &(name, f) in FUNCTIONS {
            def(t, name, f);
        }
        getset(t, "unidata_version", ucd_version);
        t.0
    }))
}

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(d, FUNCTIONS);
    let t = ucd_type();
    dict_set_str(d, "UCD", t);
    let old = new_native(t, Ucd { v320: true });
    dict_set_str(d, "ucd_3_2_0", old);
    dict_set_str(d, "unidata_version", new_str(UNIDATA_VERSION));
    Ok(())
}
