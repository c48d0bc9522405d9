//! String formatting: `%`-formatting, `str.format` and the format-spec mini-language.
//!
//! Status: the common conversions are here; what is missing raises NotImplementedError naming
//! the feature (never a silently wrong result).

use crate::errors::*;
use crate::object::*;
use crate::objects::float::float_repr;
use crate::objects::int::{int_to_big, is_int};
use crate::objects::str::str_of;
use crate::objects::tuple::tuple_items;
use crate::value::Value;

/// `fmt % args`
pub fn percent_format(fmt: &str, args: Value) -> PyResult<String> {
    let items: Vec<Value> = if args.is_ptr() && type_of(args) == bt(BT::Tuple) {
        tuple_items(args).to_vec()
    } else {
        vec![args]
    };
    let mut out = String::new();
    let mut it = fmt.chars().peekable();
    let mut k = 0;
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let mut spec = String::new();
        while let Some(&d) = it.peek() {
            if d.is_ascii_digit() || "-+ #.".contains(d) {
                spec.push(d);
                it.next();
            } else {
                break;
            }
        }
        let Some(conv) = it.next() else {
            return Err(value_error("incomplete format"));
        };
        if conv == '%' {
            out.push('%');
            continue;
        }
        let Some(&v) = items.get(k) else {
            return Err(type_error("not enough arguments for format string"));
        };
        k += 1;
        let s = match conv {
            's' => crate::ops::str_string(v)?,
            'r' | 'a' => crate::ops::repr_string(v)?,
            'd' | 'i' | 'u' => {
                if !is_int(v) && !(v.is_ptr() && layout_of(v) == Layout::Float) {
                    return Err(type_error(format!(
                        "%{conv} format: a real number is required, not {}",
                        crate::types::type_name_of(v)
                    )));
                }
                let i = crate::ops::call(bt(BT::Int), &[v], &[])?;
                int_to_big(i).to_string()
            }
            'f' | 'F' | 'e' | 'E' | 'g' | 'G' | 'x' | 'X' | 'o' | 'c' => {
                return format_value_spec(v, &format!("{}{}", spec, conv)).map(|s| {
                    out.push_str(&s);
                    String::new()
                });
            }
            _ => {
                return Err(value_error(format!(
                    "unsupported format character '{}' ({:#x}) at index {}",
                    conv, conv as u32, 0
                )))
            }
        };
        out.push_str(&pad_spec(&s, &spec));
    }
    if k < items.len() && !(items.len() == 1 && k == 0) {
        return Err(type_error(
            "not all arguments converted during string formatting",
        ));
    }
    Ok(out)
}

fn pad_spec(s: &str, spec: &str) -> String {
    let left = spec.contains('-');
    let w: usize = spec
        .trim_start_matches(['-', '+', ' ', '#', '0'])
        .split('.')
        .next()
        .unwrap_or("")
        .parse()
        .unwrap_or(0);
    let n = s.chars().count();
    if n >= w {
        return s.to_string();
    }
    if left {
        format!("{}{}", s, " ".repeat(w - n))
    } else {
        format!("{}{}", " ".repeat(w - n), s)
    }
}

/// `format(v, spec)` for a value through `__format__`.
pub fn format_value_spec(v: Value, spec: &str) -> PyResult<String> {
    let r = crate::ops::call_method(v, "__format__", &[crate::objects::str::new_str(spec)])?;
    Ok(str_of(r).to_string())
}

/// str.__format__
pub fn format_str(s: &str, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(s.to_string());
    }
    let p = parse_spec(spec)?;
    let mut body = s.to_string();
    if let Some(prec) = p.precision {
        body = body.chars().take(prec).collect();
    }
    Ok(align(&body, &p, '<'))
}

pub struct Spec {
    pub fill: char,
    pub align: Option<char>,
    pub sign: char,
    pub alt: bool,
    pub zero: bool,
    pub width: usize,
    pub grouping: Option<char>,
    pub precision: Option<usize>,
    pub ty: Option<char>,
}

pub fn parse_spec(spec: &str) -> PyResult<Spec> {
    let cs: Vec<char> = spec.chars().collect();
    let mut i = 0;
    let mut p = Spec {
        fill: ' ',
        align: None,
        sign: '-',
        alt: false,
        zero: false,
        width: 0,
        grouping: None,
        precision: None,
        ty: None,
    };
    if cs.len() >= 2 && "<>=^".contains(cs[1]) {
        p.fill = cs[0];
        p.align = Some(cs[1]);
        i = 2;
    } else if !cs.is_empty() && "<>=^".contains(cs[0]) {
        p.align = Some(cs[0]);
        i = 1;
    }
    if i < cs.len() && "+- ".contains(cs[i]) {
        p.sign = cs[i];
        i += 1;
    }
    if i < cs.len() && cs[i] == '#' {
        p.alt = true;
        i += 1;
    }
    if i < cs.len() && cs[i] == '0' {
        p.zero = true;
        i += 1;
    }
    let st = i;
    while i < cs.len() && cs[i].is_ascii_digit() {
        i += 1;
    }
    p.width = cs[st..i].iter().collect::<String>().parse().unwrap_or(0);
    if i < cs.len() && (cs[i] == ',' || cs[i] == '_') {
        p.grouping = Some(cs[i]);
        i += 1;
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
        p.precision = cs[st..i].iter().collect::<String>().parse().ok();
    }
    if i < cs.len() {
        p.ty = Some(cs[i]);
        i += 1;
    }
    if i != cs.len() {
        return Err(value_error("Invalid format specifier"));
    }
    if p.zero && p.align.is_none() {
        p.fill = '0';
        p.align = Some('=');
    }
    Ok(p)
}

pub fn align(body: &str, p: &Spec, default: char) -> String {
    let n = body.chars().count();
    if n >= p.width {
        return body.to_string();
    }
    let pad = p.width - n;
    let f = |k: usize| std::iter::repeat(p.fill).take(k).collect::<String>();
    match p.align.unwrap_or(default) {
        '<' => format!("{}{}", body, f(pad)),
        '>' => format!("{}{}", f(pad), body),
        '^' => format!("{}{}{}", f(pad / 2), body, f(pad - pad / 2)),
        _ => {
            // '=': padding after the sign
            let (sign, rest) = if body.starts_with(['-', '+', ' ']) {
                body.split_at(1)
            } else {
                ("", body)
            };
            format!("{}{}{}", sign, f(pad), rest)
        }
    }
}

/// Formats a float per spec (the common presentation types).
pub fn format_float(x: f64, spec: &str) -> PyResult<String> {
    if spec.is_empty() {
        return Ok(float_repr(x));
    }
    let p = parse_spec(spec)?;
    let prec = p.precision.unwrap_or(6);
    let mut body = match p.ty {
        Some('f') | Some('F') => format!("{:.*}", prec, x.abs()),
        Some('e') | Some('E') => {
            let s = format!("{:.*e}", prec, x.abs());
            let (m, e) = s.split_once('e').unwrap();
            let e: i32 = e.parse().unwrap();
            format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
        }
        Some('%') => format!("{:.*}%", prec, x.abs() * 100.0),
        None | Some('g') | Some('G') => {
            if p.ty.is_none() && p.precision.is_none() {
                float_repr(x.abs())
            } else {
                let pr = if prec == 0 { 1 } else { prec };
                let exp = if x == 0.0 {
                    0
                } else {
                    x.abs().log10().floor() as i32
                };
                if exp < -4 || exp >= pr as i32 {
                    let s = format!("{:.*e}", pr - 1, x.abs());
                    let (m, e) = s.split_once('e').unwrap();
                    let m = if p.alt {
                        m.to_string()
                    } else {
                        m.trim_end_matches('0').trim_end_matches('.').to_string()
                    };
                    let e: i32 = e.parse().unwrap();
                    format!("{}e{}{:02}", m, if e < 0 { '-' } else { '+' }, e.abs())
                } else {
                    let s = format!("{:.*}", (pr as i32 - 1 - exp).max(0) as usize, x.abs());
                    if p.alt || !s.contains('.') {
                        s
                    } else {
                        s.trim_end_matches('0').trim_end_matches('.').to_string()
                    }
                }
            }
        }
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{}' for object of type 'float'",
                t
            )))
        }
    };
    if matches!(p.ty, Some('F') | Some('E') | Some('G')) {
        body = body.to_uppercase();
    }
    if x.is_nan() {
        body = if p.ty.map(|c| c.is_uppercase()).unwrap_or(false) {
            "NAN".into()
        } else {
            "nan".into()
        };
    } else if x.is_infinite() {
        body = if p.ty.map(|c| c.is_uppercase()).unwrap_or(false) {
            "INF".into()
        } else {
            "inf".into()
        };
    }
    if let Some(g) = p.grouping {
        body = group_digits(&body, g);
    }
    let neg = x.is_sign_negative() && !(x == 0.0 && false) && !x.is_nan();
    let sign = if neg {
        "-"
    } else if p.sign == '+' {
        "+"
    } else if p.sign == ' ' {
        " "
    } else {
        ""
    };
    Ok(align(&format!("{sign}{body}"), &p, '>'))
}

/// Formats an int per spec.
pub fn format_int(v: Value, spec: &str) -> PyResult<String> {
    let b = int_to_big(v);
    if spec.is_empty() {
        return Ok(b.to_string());
    }
    let p = parse_spec(spec)?;
    let neg = num_traits::Signed::is_negative(&b);
    let a = num_traits::Signed::abs(&b);
    let mut body = match p.ty {
        None | Some('d') | Some('n') => a.to_string(),
        Some('x') => format!("{}{:x}", if p.alt { "0x" } else { "" }, a),
        Some('X') => format!("{}{:X}", if p.alt { "0X" } else { "" }, a),
        Some('o') => format!("{}{:o}", if p.alt { "0o" } else { "" }, a),
        Some('b') => format!("{}{:b}", if p.alt { "0b" } else { "" }, a),
        Some('c') => {
            let c = num_traits::ToPrimitive::to_u32(&b)
                .and_then(char::from_u32)
                .ok_or_else(|| overflow_error("%c arg not in range(0x110000)"))?;
            c.to_string()
        }
        Some('e') | Some('E') | Some('f') | Some('F') | Some('g') | Some('G') | Some('%') => {
            let f = crate::numeric::big_to_f64(&b)?;
            return format_float(f, spec);
        }
        Some(t) => {
            return Err(value_error(format!(
                "Unknown format code '{}' for object of type 'int'",
                t
            )))
        }
    };
    if p.precision.is_some() {
        return Err(value_error(
            "Precision not allowed in integer format specifier",
        ));
    }
    if let Some(g) = p.grouping {
        body = group_digits(&body, g);
    }
    let sign = if neg {
        "-"
    } else if p.sign == '+' {
        "+"
    } else if p.sign == ' ' {
        " "
    } else {
        ""
    };
    Ok(align(&format!("{sign}{body}"), &p, '>'))
}

fn group_digits(s: &str, sep: char) -> String {
    let (int_part, rest) = match s.find(|c: char| !c.is_ascii_digit()) {
        Some(i) => s.split_at(i),
        None => (s, ""),
    };
    let mut out = String::new();
    for (i, c) in int_part.chars().enumerate() {
        if i > 0 && (int_part.len() - i) % 3 == 0 {
            out.push(sep);
        }
        out.push(c);
    }
    out + rest
}

/// `str.format(*args, **kwargs)`: fields by position/name with attribute and index access,
/// conversions and nested specs.
pub fn str_format(fmt: &str, args: &[Value], kwnames: &[Value]) -> PyResult<String> {
    let npos = args.len() - kwnames.len();
    let mut out = String::new();
    let cs: Vec<char> = fmt.chars().collect();
    let mut i = 0;
    let mut auto = 0usize;
    while i < cs.len() {
        let c = cs[i];
        if c == '{' {
            if i + 1 < cs.len() && cs[i + 1] == '{' {
                out.push('{');
                i += 2;
                continue;
            }
            let mut depth = 1;
            let st = i + 1;
            i += 1;
            while i < cs.len() && depth > 0 {
                if cs[i] == '{' {
                    depth += 1;
                } else if cs[i] == '}' {
                    depth -= 1;
                }
                i += 1;
            }
            if depth != 0 {
                return Err(value_error("expected '}' before end of string"));
            }
            let field: String = cs[st..i - 1].iter().collect();
            let (name_conv, spec) = match field.find(':') {
                Some(k) => (&field[..k], &field[k + 1..]),
                None => (&field[..], ""),
            };
            let (name, conv) = match name_conv.find('!') {
                Some(k) => (&name_conv[..k], Some(&name_conv[k + 1..])),
                None => (name_conv, None),
            };
            let first_end = name.find(['.', '[']).unwrap_or(name.len());
            let head = &name[..first_end];
            let mut v = if head.is_empty() {
                let k = auto;
                auto += 1;
                *args.get(k).filter(|_| k < npos).ok_or_else(|| {
                    new_exc(
                        Exc::IndexError,
                        &format!("Replacement index {k} out of range for positional args tuple"),
                    )
                })?
            } else if let Ok(k) = head.parse::<usize>() {
                if k >= npos {
                    return Err(index_error(format!(
                        "Replacement index {k} out of range for positional args tuple"
                    )));
                }
                args[k]
            } else {
                match kwnames.iter().position(|n| str_of(*n) == head) {
                    Some(j) => args[npos + j],
                    None => return Err(key_error(crate::objects::str::new_str(head))),
                }
            };
            let mut rest = &name[first_end..];
            while !rest.is_empty() {
                if let Some(r) = rest.strip_prefix('.') {
                    let e = r.find(['.', '[']).unwrap_or(r.len());
                    v = crate::ops::getattr_str(v, &r[..e])?;
                    rest = &r[e..];
                } else if let Some(r) = rest.strip_prefix('[') {
                    let e = r
                        .find(']')
                        .ok_or_else(|| value_error("Missing ']' in format string"))?;
                    let key = &r[..e];
                    let k = match key.parse::<i64>() {
                        Ok(n) => crate::objects::int::new_int(n),
                        Err(_) => crate::objects::str::new_str(key),
                    };
                    v = crate::ops::getitem(v, k)?;
                    rest = &r[e + 1..];
                } else {
                    break;
                }
            }
            let v = match conv {
                None => v,
                Some("r") => crate::ops::repr(v)?,
                Some("s") => crate::ops::str(v)?,
                Some("a") => crate::ops::repr(v)?,
                Some(c) => return Err(value_error(format!("Unknown conversion specifier {c}"))),
            };
            let spec = if spec.contains('{') {
                str_format(spec, args, kwnames)?
            } else {
                spec.to_string()
            };
            out.push_str(&format_value_spec(v, &spec)?);
        } else if c == '}' {
            if i + 1 < cs.len() && cs[i + 1] == '}' {
                out.push('}');
                i += 2;
                continue;
            }
            return Err(value_error("Single '}' encountered in format string"));
        } else {
            out.push(c);
            i += 1;
        }
    }
    Ok(out)
}
