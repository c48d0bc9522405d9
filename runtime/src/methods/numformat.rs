//! `__format__` for int, float and complex: CPython's format-spec mini-language
//! (Python/formatter_unicode.c) and the float-to-text modes of Python/pystrtod.c.
//!
//! A number is laid out as CPython does it: sign, prefix (`0x`), integer digits (grouped),
//! the rest (decimal point, fraction, exponent, `%`), then padded as a whole. Digits come from
//! Rust's float formatting, which is exact (correctly rounded, ties on the exact binary value
//! like David Gay's dtoa), so `'.20f'` and `'.3e'` match CPython digit for digit.

use crate::errors::*;
use crate::objects::float::float_repr;
use num_bigint::BigInt;
use num_traits::Signed;

/// A parsed format spec: `[[fill]align][sign][z][#][0][width][grouping][.precision][type]`.
#[derive(Clone, Debug)]
pub struct NumSpec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    pub no_neg_0: bool,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: char,
}

fn code_repr(c: char) -> String {
    if (c as u32) < 0x20 || c as u32 == 0x7f {
        format!("\\x{:x}", c as u32)
    } else {
        c.to_string()
    }
}

pub fn parse_num_spec(spec: &str, tname: &str) -> PyResult<NumSpec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut p = NumSpec {
        fill: ' ',
        align: None,
        sign: '-',
        no_neg_0: false,
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: '\0',
    };
    let mut fill_given = false;
    if cs.len() >= 2 && "<>=^".contains(cs[1]) {
        p.fill = cs[0];
        p.align = Some(cs[1]);
        fill_given = true;
        i = 2;
    } else if !cs.is_empty() && "<>=^".contains(cs[0]) {
        p.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && "+- ".contains(cs[i]) {
        p.sign = cs[i];
        i += 1;
    }
    if i < cs.len() && cs[i] == 'z' {
        p.no_neg_0 = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        p.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        p.zero = true;
        if !fill_given {
            p.fill = '0';
        }
        if p.align.is_none() {
            p.align = Some('=');
        }
        i += 1;
    }
    let st = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    if i > st {
        p.width = cs[st..i]
            .iter()
            .collect::<String>()
            .parse()
            .map_err(|_| value_error("Too many decimal digits in format string"))?;
    }
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
    if i < cs.len() && cs[i] == ',' && p.grouping == Some('_') {
        return Err(value_error("Cannot specify both ',' and '_'."));
    }
    if i < cs.len() && cs[i] == '.' {
        i += 1;
        let st = i;
        while i < cs.len() && cs[i].is_ascii_digit() {
            i += 1;
        }
        if st == i {
            return Err(value_error("Format specifier missing precision"));
        }
        p.precision = Some(
            cs[st..i]
                .iter()
                .collect::<String>()
                .parse()
                .map_err(|_| value_error("Too many decimal digits in format string"))?,
        );
    }
    if cs.len() - i > 1 {
        return Err(value_error(format!(
            "Invalid format specifier '{}' for object of type '{}'",
            spec, tname
        )));
    }
    if i < cs.len() {
        p.ty = cs[i];
    }
    if let Some(g) = p.grouping {
        match p.ty {
            'd' | 'e' | 'f' | 'g' | 'E' | 'G' | '%' | 'F' | '\0' => {}
            'b' | 'o' | 'x' | 'X' if g == '_' => {}
            t => {
                return Err(value_error(format!(
                    "Cannot specify '{}' with '{}'.",
                    g,
                    code_repr(t)
                )))
            }
        }
    }
    Ok(p)
}

fn unknown_code(t: char, tname: &str) -> PyErr {
    value_error(format!(
        "Unknown format code '{}' for object of type '{}'",
        code_repr(t),
        tname
    ))
}

/// The pieces of one formatted number, before grouping and padding.
struct Parts {
    neg: bool,
    prefix: String,
    digits: String,
    rest: String,
}

/// Inserts `sep` every `n` digits of `d`, padding with zeros up to `min_width` characters
/// (separators included), as CPython's zero padding with grouping does.
fn group(d: &str, sep: Option<char>, n: usize, min_width: usize) -> String {
    let digits: Vec<char> = d.chars().collect();
    let sep = match sep {
        Some(s) if !digits.is_empty() => s,
        _ => {
            let mut s: String =
                std::iter::repeat_n('0', min_width.saturating_sub(digits.len())).collect();
            s.push_str(d);
            return s;
        }
    };
    let mut out: Vec<char> = Vec::new(); // reversed
    let mut idx = digits.len();
    loop {
        let mut len = 0;
        while len < n && idx > 0 {
            out.push(digits[idx - 1]);
            idx -= 1;
            len += 1;
        }
        if idx == 0 {
            while len < n && out.len() < min_width {
                out.push('0');
                len += 1;
            }
            if len == 0 {
                out.push('0');
            }
            if out.len() >= min_width {
                break;
            }
        }
        out.push(sep);
    }
    out.iter().rev().collect()
}

fn pad(body: String, spec: &NumSpec, default_align: char) -> String {
    let n = body.chars().count();
    if n >= spec.width {
        return body;
    }
    let k = spec.width - n;
    let f = |k: usize| std::iter::repeat_n(spec.fill, k).collect::<String>();
    match spec.align.unwrap_or(default_align) {
        '<' => body + &f(k),
        '^' => format!("{}{}{}", f(k / 2), body, f(k - k / 2)),
        _ => f(k) + &body,
    }
}

fn sign_str(neg: bool, sign: char) -> &'static str {
    if neg {
        "-"
    } else {
        match sign {
            '+' => "+",
            ' ' => " ",
            _ => "",
        }
    }
}

/// Joins sign, prefix, grouped digits and rest, padding per spec (numbers align right).
fn render(p: Parts, spec: &NumSpec, group_n: usize, sign: char) -> String {
    let lead = format!("{}{}", sign_str(p.neg, sign), p.prefix);
    if spec.align == Some('=') {
        let used = lead.chars().count() + p.rest.chars().count();
        let min = spec.width.saturating_sub(used);
        if spec.fill == '0' {
            let d = group(&p.digits, spec.grouping, group_n, min);
            return format!("{}{}{}", lead, d, p.rest);
        }
        let d = group(&p.digits, spec.grouping, group_n, 0);
        let n = lead.chars().count() + d.chars().count() + p.rest.chars().count();
        let fill: String = std::iter::repeat_n(spec.fill, spec.width.saturating_sub(n)).collect();
        return format!("{}{}{}{}", lead, fill, d, p.rest);
    }
    let d = group(&p.digits, spec.grouping, group_n, 0);
    pad(format!("{}{}{}", lead, d, p.rest), spec, '>')
}

/// Decimal digits of an int, honouring the int/str conversion limit.
pub fn int_decimal(b: &BigInt) -> PyResult<String> {
    let s = b.abs().to_string();
    let lim = crate::numeric::max_str_digits();
    if lim > 0 && s.len() > lim {
        return Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit",
            lim
        )));
    }
    Ok(s)
}

pub fn format_int_spec(b: &BigInt, spec: &str, tname: &str) -> PyResult<String> {
    let p = parse_num_spec(spec, tname)?;
    let ty = if p.ty == '\0' { 'd' } else { p.ty };
    match ty {
        'b' | 'c' | 'd' | 'o' | 'x' | 'X' | 'n' => {}
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' | '%' => {
            let f = crate::numeric::big_to_f64(b)?;
            return format_float_parsed(f, p);
        }
        t => return Err(unknown_code(t, tname)),
    }
    if p.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if p.no_neg_0 {
        return Err(value_error(
            "Negative zero coercion (z) not allowed in integer format specifier",
        ));
    }
    let neg = b.is_negative();
    let a = b.abs();
    let (prefix, digits, gn) = match ty {
        'c' => {
            if p.sign != '-' {
                return Err(value_error(
                    "Sign not allowed with integer format specifier 'c'",
                ));
            }
            if p.alt {
                return Err(value_error(
                    "Alternate form (#) not allowed with integer format specifier 'c'",
                ));
            }
            let c = num_traits::ToPrimitive::to_u32(b)
                .filter(|&c| c <= 0x10ffff)
                .and_then(char::from_u32)
                .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
            return Ok(pad(c.to_string(), &p, '<'));
        }
        'x' => ("0x", a.to_str_radix(16), 4),
        'X' => ("0X", a.to_str_radix(16).to_uppercase(), 4),
        'o' => ("0o", a.to_str_radix(8), 4),
        'b' => ("0b", a.to_str_radix(2), 4),
        _ => ("", int_decimal(&a)?, 3),
    };
    let parts = Parts {
        neg,
        prefix: if p.alt {
            prefix.to_string()
        } else {
            String::new()
        },
        digits,
        rest: String::new(),
    };
    let sign = p.sign;
    Ok(render(parts, &p, gn, sign))
}

/// Digits and decimal exponent for `x` (finite, >= 0) rounded to `n` significant digits.
fn sig_digits(x: f64, n: usize) -> (String, i32) {
    let s = format!("{:.*e}", n.saturating_sub(1), x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, e.parse().unwrap_or(0))
}

/// Shortest round-trip digits and exponent of `x` (finite, > 0).
fn short_digits(x: f64) -> (String, i32) {
    let s = format!("{:e}", x);
    let (m, e) = s.split_once('e').unwrap_or((&s, "0"));
    let digits: String = m.chars().filter(|c| c.is_ascii_digit()).collect();
    (digits, e.parse().unwrap_or(0))
}

fn exp_suffix(e: i32, upper: bool) -> String {
    format!(
        "{}{}{:02}",
        if upper { 'E' } else { 'e' },
        if e < 0 { '-' } else { '+' },
        e.abs()
    )
}

/// Lays out `digits` (first digit has weight 10**exp) as fixed or exponent notation:
/// returns (integer digits, rest).
fn layout(
    digits: &str,
    exp: i32,
    use_exp: bool,
    min_frac: usize,
    force_point: bool,
    upper: bool,
) -> (String, String) {
    if use_exp {
        let (first, frac) = digits.split_at(1.min(digits.len()));
        let mut frac = frac.to_string();
        while frac.len() < min_frac {
            frac.push('0');
        }
        let point = if !frac.is_empty() || force_point {
            "."
        } else {
            ""
        };
        return (
            first.to_string(),
            format!("{}{}{}", point, frac, exp_suffix(exp, upper)),
        );
    }
    let decpt = exp + 1;
    let (int, mut frac) = if decpt <= 0 {
        let mut f = "0".repeat((-decpt) as usize);
        f.push_str(digits);
        ("0".to_string(), f)
    } else if decpt as usize >= digits.len() {
        let mut i = digits.to_string();
        i.push_str(&"0".repeat(decpt as usize - digits.len()));
        (i, String::new())
    } else {
        (
            digits[..decpt as usize].to_string(),
            digits[decpt as usize..].to_string(),
        )
    };
    while frac.len() < min_frac {
        frac.push('0');
    }
    let point = if !frac.is_empty() || force_point {
        "."
    } else {
        ""
    };
    (int, format!("{}{}", point, frac))
}

/// PyOS_double_to_string for a finite x >= 0: (integer digits, rest). `ty` is one of
/// e E f F g G r; `add_dot_0` gives "1.0" for integral values in r/g modes.
fn float_body(x: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool) -> (String, String) {
    let upper = ty.is_ascii_uppercase();
    match ty {
        'f' | 'F' => {
            let s = format!("{:.*}", prec, x);
            let (i, f) = match s.split_once('.') {
                Some((i, f)) => (i.to_string(), format!(".{}", f)),
                None => (s.clone(), if alt { ".".into() } else { String::new() }),
            };
            (i, f)
        }
        'e' | 'E' => {
            let (d, e) = sig_digits(x, prec + 1);
            let e = if x == 0.0 { 0 } else { e };
            layout(&d, e, true, prec, alt, upper)
        }
        'g' | 'G' => {
            let p = prec.max(1);
            let (mut d, mut e) = if x == 0.0 {
                ("0".to_string(), 0)
            } else {
                sig_digits(x, p)
            };
            if x == 0.0 {
                e = 0;
            }
            let decpt = e + 1;
            let limit = if add_dot_0 { p as i32 - 1 } else { p as i32 };
            let use_exp = decpt <= -4 || decpt > limit;
            if !alt {
                let t = d.trim_end_matches('0');
                d = if t.is_empty() { "0".into() } else { t.into() };
            }
            let min_frac = if alt {
                if use_exp {
                    p - 1
                } else {
                    (p as i32 - decpt).max(0) as usize
                }
            } else {
                0
            };
            let (i, mut r) = layout(&d, e, use_exp, min_frac, alt, upper);
            if add_dot_0 && !use_exp && !r.contains('.') {
                r.insert_str(0, ".0");
            }
            (i, r)
        }
        _ => {
            // 'r': shortest repr
            if x == 0.0 {
                return (
                    "0".into(),
                    if add_dot_0 {
                        ".0".into()
                    } else {
                        String::new()
                    },
                );
            }
            let (d, e) = short_digits(x);
            let decpt = e + 1;
            let use_exp = decpt <= -4 || decpt > 16;
            let (i, mut r) = layout(&d, e, use_exp, 0, alt, false);
            if add_dot_0 && !use_exp && !r.contains('.') {
                r.insert_str(0, ".0");
            }
            (i, r)
        }
    }
}

/// One float as (negative?, integer digits, rest) in mode `ty`, with z-coercion.
fn float_parts(x: f64, ty: char, prec: usize, alt: bool, add_dot_0: bool, no_neg_0: bool) -> Parts {
    if x.is_nan() || x.is_infinite() {
        let upper = ty.is_ascii_uppercase();
        let s = match (x.is_nan(), upper) {
            (true, false) => "nan",
            (true, true) => "NAN",
            (false, false) => "inf",
            (false, true) => "INF",
        };
        return Parts {
            neg: x.is_infinite() && x < 0.0,
            prefix: String::new(),
            digits: String::new(),
            rest: s.to_string(),
        };
    }
    let (digits, rest) = float_body(x.abs(), ty, prec, alt, add_dot_0);
    let mut neg = x.is_sign_negative();
    if neg
        && no_neg_0
        && digits.bytes().all(|b| b == b'0')
        && !rest
            .split(['e', 'E'])
            .next()
            .unwrap_or("")
            .bytes()
            .any(|b| b.is_ascii_digit() && b != b'0')
    {
        neg = false;
    }
    Parts {
        neg,
        prefix: String::new(),
        digits,
        rest,
    }
}

pub fn format_float_spec(x: f64, spec: &str) -> PyResult<String> {
    let p = parse_num_spec(spec, "float")?;
    format_float_parsed(x, p)
}

fn format_float_parsed(mut x: f64, p: NumSpec) -> PyResult<String> {
    let mut ty = p.ty;
    let mut add_dot_0 = false;
    let mut default_prec = 6;
    let mut pct = false;
    match ty {
        '\0' => {
            add_dot_0 = true;
            ty = 'r';
            default_prec = 0;
        }
        'n' => ty = 'g',
        '%' => {
            ty = 'f';
            x *= 100.0;
            pct = true;
        }
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {}
        t => return Err(unknown_code(t, "float")),
    }
    let prec = match p.precision {
        None => default_prec,
        Some(pr) => {
            if ty == 'r' {
                ty = 'g';
            }
            pr
        }
    };
    let mut parts = float_parts(x, ty, prec, p.alt, add_dot_0, p.no_neg_0);
    if pct {
        parts.rest.push('%');
    }
    let sign = p.sign;
    Ok(render(parts, &p, 3, sign))
}

/// `repr(complex)` pieces: a float in 'r' mode without the ".0".
pub fn complex_part_repr(x: f64) -> String {
    let s = float_repr(x);
    match s.strip_suffix(".0") {
        Some(t) => t.to_string(),
        None => s,
    }
}

pub fn complex_repr(re: f64, im: f64) -> String {
    if re == 0.0 && re.is_sign_positive() {
        format!("{}j", complex_part_repr(im))
    } else {
        let ims = complex_part_repr(im);
        let ims = if ims.starts_with('-') {
            ims
        } else {
            format!("+{}", ims)
        };
        format!("({}{}j)", complex_part_repr(re), ims)
    }
}

pub fn format_complex_spec(re: f64, im: f64, spec: &str) -> PyResult<String> {
    let p = parse_num_spec(spec, "complex")?;
    let mut ty = p.ty;
    let mut default_prec = 6;
    let mut skip_re = false;
    let mut parens = false;
    match ty {
        '\0' => {
            ty = 'r';
            default_prec = 0;
            if re == 0.0 && re.is_sign_positive() {
                skip_re = true;
            } else {
                parens = true;
            }
        }
        'n' => ty = 'g',
        'e' | 'E' | 'f' | 'F' | 'g' | 'G' => {}
        t => return Err(unknown_code(t, "complex")),
    }
    if p.zero {
        return Err(value_error(
            "Zero padding is not allowed in complex format specifier",
        ));
    }
    if p.align == Some('=') {
        return Err(value_error(
            "'=' alignment flag is not allowed in complex format specifier",
        ));
    }
    let prec = match p.precision {
        None => default_prec,
        Some(pr) => {
            if ty == 'r' {
                ty = 'g';
            }
            pr
        }
    };
    let mut inner = p.clone();
    inner.width = 0;
    inner.align = None;
    inner.fill = ' ';
    let rp = float_parts(re, ty, prec, p.alt, false, p.no_neg_0);
    let ip = float_parts(im, ty, prec, p.alt, false, p.no_neg_0);
    let rs = if skip_re {
        String::new()
    } else {
        render(rp, &inner, 3, p.sign)
    };
    let is = render(ip, &inner, 3, if skip_re { p.sign } else { '+' });
    let body = if parens {
        format!("({}{}j)", rs, is)
    } else {
        format!("{}{}j", rs, is)
    };
    Ok(pad(body, &p, '>'))
}

/// The spec argument of a numeric `__format__(self, spec)` call (CPython's checks and
/// message); `None` for an empty spec, which formats as `str(self)`.
pub fn spec_arg(
    args: &[crate::value::Value],
    kw: &[crate::value::Value],
) -> crate::errors::PyResult<Option<&'static str>> {
    use crate::object::{bt, type_of, BT};
    crate::args::check_method("__format__", args, kw, 1, 1)?;
    let spec = args[1];
    if !(spec.is_ptr() && crate::types::is_subtype(type_of(spec), bt(BT::Str))) {
        return Err(crate::errors::type_error(format!(
            "__format__() argument must be str, not {}",
            crate::types::type_name_of(spec)
        )));
    }
    let s = crate::objects::str::str_of(spec);
    Ok(if s.is_empty() { None } else { Some(s) })
}
