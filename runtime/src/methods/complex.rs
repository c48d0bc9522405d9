//! complex: a boxed pair of f64, with CPython 3.12's arithmetic (Objects/complexobject.c):
//! Smith-style division (`c_quot`), `c_pow` via polar form with the exact repeated-squaring
//! path for small integral exponents, repr without ".0", and the string parser of
//! `complex("1+2j")`. Ints and floats mix in by conversion to `complex(x, 0.0)` (3.12 has no
//! mixed-mode arithmetic yet).

use super::{def, def_new, getset};
use crate::args::*;
use crate::errors::*;
use crate::numeric::big_to_f64;
use crate::object::*;
use crate::objects::float::{float_hash, float_of, new_float};
use crate::objects::int::{int_to_big, int_to_i64};
use crate::objects::str::{new_str, str_of};
use crate::types::{is_subtype, type_name_of};
use crate::value::Value;
use ferrite_gc::Header;

#[repr(C)]
pub struct ComplexObject {
    pub header: Header,
    pub re: f64,
    pub im: f64,
}
crate::fixed_kind!(COMPLEX_KIND, "complex", ComplexObject, []);

pub fn new_complex(re: f64, im: f64) -> Value {
    new_obj::<ComplexObject>(bt(BT::Complex), |o| {
        o.re = re;
        o.im = im;
    })
}

/// (re, im) of a complex or complex-subclass instance.
pub fn complex_value(v: Value) -> Option<(f64, f64)> {
    if !v.is_ptr() {
        return None;
    }
    let b = super::builtin_value(v);
    if b.is_ptr() && layout_of(b) == Layout::Complex {
        let o = obj::<ComplexObject>(b);
        return Some((o.re, o.im));
    }
    None
}

fn float_value(v: Value) -> Option<f64> {
    if !v.is_ptr() {
        return None;
    }
    let b = super::builtin_value(v);
    if b.is_ptr() && layout_of(b) == Layout::Float {
        return Some(float_of(b));
    }
    None
}

fn int_f64(v: Value) -> PyResult<f64> {
    let v = super::builtin_value(v);
    match int_to_i64(v) {
        Some(i) => Ok(i as f64),
        None => big_to_f64(&int_to_big(v)),
    }
}

/// An operand of complex arithmetic: complex, float or int (else None -> NotImplemented).
fn operand(v: Value) -> PyResult<Option<(f64, f64)>> {
    if let Some(c) = complex_value(v) {
        return Ok(Some(c));
    }
    if let Some(f) = float_value(v) {
        return Ok(Some((f, 0.0)));
    }
    if crate::methods::numbers::is_int_v(v) {
        return Ok(Some((int_f64(v)?, 0.0)));
    }
    Ok(None)
}

type C = (f64, f64);

fn c_prod(a: C, b: C) -> C {
    (a.0 * b.0 - a.1 * b.1, a.0 * b.1 + a.1 * b.0)
}

/// `_Py_c_quot`: None for division by zero.
fn c_quot(a: C, b: C) -> Option<C> {
    let abs_br = b.0.abs();
    let abs_bi = b.1.abs();
    if abs_br >= abs_bi {
        if abs_br == 0.0 {
            return None;
        }
        let ratio = b.1 / b.0;
        let denom = b.0 + b.1 * ratio;
        Some(((a.0 + a.1 * ratio) / denom, (a.1 - a.0 * ratio) / denom))
    } else if abs_bi >= abs_br {
        let ratio = b.0 / b.1;
        let denom = b.0 * ratio + b.1;
        Some(((a.0 * ratio + a.1) / denom, (a.1 * ratio - a.0) / denom))
    } else {
        Some((f64::NAN, f64::NAN))
    }
}

enum PowErr {
    Dom,
}

fn c_pow(a: C, b: C) -> Result<C, PowErr> {
    if b.0 == 0.0 && b.1 == 0.0 {
        return Ok((1.0, 0.0));
    }
    if a.0 == 0.0 && a.1 == 0.0 {
        if b.1 != 0.0 || b.0 < 0.0 {
            return Err(PowErr::Dom);
        }
        return Ok((0.0, 0.0));
    }
    let vabs = a.0.hypot(a.1);
    let mut len = vabs.powf(b.0);
    let at = a.1.atan2(a.0);
    let mut phase = at * b.0;
    if b.1 != 0.0 {
        len /= (at * b.1).exp();
        phase += b.1 * vabs.ln();
    }
    Ok((len * phase.cos(), len * phase.sin()))
}

fn c_powu(x: C, n: i64) -> C {
    let mut r = (1.0, 0.0);
    let mut p = x;
    let mut mask: i64 = 1;
    while mask > 0 && n >= mask {
        if n & mask != 0 {
            r = c_prod(r, p);
        }
        mask <<= 1;
        p = c_prod(p, p);
    }
    r
}

fn c_powi(x: C, n: i64) -> Result<C, PowErr> {
    if n > 0 {
        Ok(c_powu(x, n))
    } else {
        c_quot((1.0, 0.0), c_powu(x, -n)).ok_or(PowErr::Dom)
    }
}

/// `a ** b` for complex operands, with CPython's errors.
pub fn complex_pow_values(a: C, b: C) -> PyResult<Value> {
    let r = if b.1 == 0.0 && b.0 == b.0.floor() && b.0.abs() <= 100.0 {
        c_powi(a, b.0 as i64)
    } else {
        c_pow(a, b)
    };
    match r {
        Err(PowErr::Dom) => Err(zero_division("0.0 to a negative or complex power")),
        Ok(p) => {
            if p.0.is_infinite() || p.1.is_infinite() {
                return Err(overflow_error("complex exponentiation"));
            }
            Ok(new_complex(p.0, p.1))
        }
    }
}

#[derive(Clone, Copy)]
enum Op {
    Add,
    Sub,
    Mul,
    Div,
    Pow,
}

fn arith(a: C, b: C, op: Op) -> PyResult<Value> {
    let r = match op {
        Op::Add => (a.0 + b.0, a.1 + b.1),
        Op::Sub => (a.0 - b.0, a.1 - b.1),
        Op::Mul => c_prod(a, b),
        Op::Div => c_quot(a, b).ok_or_else(|| zero_division("complex division by zero"))?,
        Op::Pow => return complex_pow_values(a, b),
    };
    Ok(new_complex(r.0, r.1))
}

macro_rules! cbinop {
    ($fname:ident, $op:expr, $reflected:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            check_method("", args, kw, 1, 1)?;
            let (Some(a), Some(b)) = (operand(args[0])?, operand(args[1])?) else {
                return Ok(not_implemented());
            };
            if $reflected {
                arith(b, a, $op)
            } else {
                arith(a, b, $op)
            }
        }
    };
}
cbinop!(c_add, Op::Add, false);
cbinop!(c_radd, Op::Add, true);
cbinop!(c_sub, Op::Sub, false);
cbinop!(c_rsub, Op::Sub, true);
cbinop!(c_mul, Op::Mul, false);
cbinop!(c_rmul, Op::Mul, true);
cbinop!(c_truediv, Op::Div, false);
cbinop!(c_rtruediv, Op::Div, true);
cbinop!(c_rpow, Op::Pow, true);

fn c_pow_m(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__pow__", args, kw, 1, 2)?;
    if !opt_not_none(args, 2).is_null() {
        return Err(value_error("complex modulo"));
    }
    let (Some(a), Some(b)) = (operand(args[0])?, operand(args[1])?) else {
        return Ok(not_implemented());
    };
    complex_pow_values(a, b)
}

fn cself(v: Value) -> C {
    complex_value(v).unwrap_or((0.0, 0.0))
}

fn c_neg(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    Ok(new_complex(-r, -i))
}
fn c_pos(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    Ok(new_complex(r, i))
}
fn c_conjugate(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("conjugate", args, kw, 0, 0)?;
    let (r, i) = cself(args[0]);
    Ok(new_complex(r, -i))
}
fn c_abs(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    if r.is_infinite() || i.is_infinite() {
        return Ok(new_float(f64::INFINITY));
    }
    if r.is_nan() || i.is_nan() {
        return Ok(new_float(f64::NAN));
    }
    let h = r.hypot(i);
    if h.is_infinite() {
        return Err(overflow_error("absolute value too large"));
    }
    Ok(new_float(h))
}
fn c_bool(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    Ok(py_bool(r != 0.0 || i != 0.0))
}
pub fn complex_hash(r: f64, i: f64) -> isize {
    let hr = float_hash(r) as u64;
    let hi = float_hash(i) as u64;
    let h = hr.wrapping_add(1000003u64.wrapping_mul(hi)) as i64;
    if h == -1 {
        -2
    } else {
        h as isize
    }
}
fn c_hash(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    Ok(crate::objects::int::new_int(complex_hash(r, i) as i64))
}
fn c_repr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    Ok(new_str(&super::numformat::complex_repr(r, i)))
}
fn c_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(spec) = super::numformat::spec_arg(args, kw)? else {
        return crate::ops::str(args[0]);
    };
    let (r, i) = cself(args[0]);
    Ok(new_str(&super::numformat::format_complex_spec(r, i, spec)?))
}
fn c_complex(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = args[0];
    if type_of(v) == bt(BT::Complex) {
        return Ok(v);
    }
    let (r, i) = cself(v);
    Ok(new_complex(r, i))
}
fn c_getnewargs(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    Ok(crate::objects::tuple::new_tuple(&[
        new_float(r),
        new_float(i),
    ]))
}
fn c_get_real(v: Value) -> PyResult<Value> {
    Ok(new_float(cself(v).0))
}
fn c_get_imag(v: Value) -> PyResult<Value> {
    Ok(new_float(cself(v).1))
}

/// Exact comparison of a finite-or-not float with an int value.
fn float_eq_int(f: f64, v: Value) -> PyResult<bool> {
    let r = crate::methods::numbers::float_cmp_value(f, v, crate::ops::CmpOp::Eq)?;
    Ok(r == Some(true))
}

fn c_richcmp(args: &[Value], eq: bool) -> PyResult<Value> {
    let (r, i) = cself(args[0]);
    let o = args[1];
    let equal = if crate::methods::numbers::is_int_v(o) {
        if i != 0.0 {
            false
        } else {
            float_eq_int(r, super::builtin_value(o))?
        }
    } else if let Some(f) = float_value(o) {
        i == 0.0 && r == f
    } else if let Some((r2, i2)) = complex_value(o) {
        r == r2 && i == i2
    } else {
        return Ok(not_implemented());
    };
    Ok(py_bool(equal == eq))
}
fn c_eq(args: &[Value], _: &[Value]) -> PyResult<Value> {
    c_richcmp(args, true)
}
fn c_ne(args: &[Value], _: &[Value]) -> PyResult<Value> {
    c_richcmp(args, false)
}
fn c_order(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(not_implemented())
}

// ---------------------------------------------------------------- parsing

/// Longest prefix of `s` that PyOS_string_to_double accepts: (value, bytes used).
fn float_prefix(s: &[u8]) -> Option<(f64, usize)> {
    let mut i = 0;
    if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
        i += 1;
    }
    let lower: Vec<u8> = s[i..].iter().map(|c| c.to_ascii_lowercase()).collect();
    for (word, val) in [
        (&b"infinity"[..], f64::INFINITY),
        (&b"inf"[..], f64::INFINITY),
        (&b"nan"[..], f64::NAN),
    ] {
        if lower.starts_with(word) {
            let v = if s[0] == b'-' { -val } else { val };
            return Some((v, i + word.len()));
        }
    }
    let st = i;
    let mut nd = 0;
    while i < s.len() && s[i].is_ascii_digit() {
        i += 1;
        nd += 1;
    }
    if i < s.len() && s[i] == b'.' {
        i += 1;
        while i < s.len() && s[i].is_ascii_digit() {
            i += 1;
            nd += 1;
        }
    }
    if nd == 0 {
        return None;
    }
    let _ = st;
    if i < s.len() && (s[i] == b'e' || s[i] == b'E') {
        let mut j = i + 1;
        if j < s.len() && (s[j] == b'+' || s[j] == b'-') {
            j += 1;
        }
        let ds = j;
        while j < s.len() && s[j].is_ascii_digit() {
            j += 1;
        }
        if j > ds {
            i = j;
        }
    }
    let text = std::str::from_utf8(&s[..i]).ok()?;
    Some((text.parse::<f64>().ok()?, i))
}

/// Removes underscores that sit between two digits; None when one is misplaced.
fn strip_underscores(s: &str) -> Option<String> {
    if !s.contains('_') {
        return Some(s.to_string());
    }
    let b = s.as_bytes();
    let mut out = String::new();
    for (k, &c) in b.iter().enumerate() {
        if c == b'_' {
            let prev_ok = k > 0 && b[k - 1].is_ascii_digit();
            let next_ok = k + 1 < b.len() && b[k + 1].is_ascii_digit();
            if !(prev_ok && next_ok) {
                return None;
            }
        } else {
            out.push(c as char);
        }
    }
    Some(out)
}

pub fn parse_complex(s: &str) -> Option<C> {
    let t = crate::methods::numbers::unicode_digits_to_ascii(s)?;
    let t = strip_underscores(&t)?;
    let b = t.trim().as_bytes();
    let mut s: &[u8] = b;
    let mut bracket = false;
    if s.first() == Some(&b'(') {
        if s.last() != Some(&b')') {
            return None;
        }
        s = &s[1..s.len() - 1];
        bracket = true;
        let st = s
            .iter()
            .position(|c| !c.is_ascii_whitespace())
            .unwrap_or(s.len());
        let en = s
            .iter()
            .rposition(|c| !c.is_ascii_whitespace())
            .map(|p| p + 1)
            .unwrap_or(st);
        s = &s[st..en.max(st)];
    }
    let _ = bracket;
    let (mut x, mut y) = (0.0, 0.0);
    let mut i;
    if let Some((z, n)) = float_prefix(s) {
        i = n;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            x = z;
            match float_prefix(&s[i..]) {
                Some((w, m)) => {
                    y = w;
                    i += m;
                }
                None => {
                    y = if s[i] == b'+' { 1.0 } else { -1.0 };
                    i += 1;
                }
            }
            if !(i < s.len() && (s[i] == b'j' || s[i] == b'J')) {
                return None;
            }
            i += 1;
        } else if i < s.len() && (s[i] == b'j' || s[i] == b'J') {
            i += 1;
            y = z;
        } else {
            x = z;
        }
    } else {
        i = 0;
        if i < s.len() && (s[i] == b'+' || s[i] == b'-') {
            y = if s[i] == b'+' { 1.0 } else { -1.0 };
            i += 1;
        } else {
            y = 1.0;
        }
        if !(i < s.len() && (s[i] == b'j' || s[i] == b'J')) {
            return None;
        }
        i += 1;
    }
    if i != s.len() {
        return None;
    }
    Some((x, y))
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), bt(BT::Str))
}

/// A real number for the constructor: float(v) semantics, or None if v is not a number.
fn real_arg(v: Value) -> PyResult<Option<f64>> {
    if let Some(f) = float_value(v) {
        return Ok(Some(f));
    }
    if crate::methods::numbers::is_int_v(v) {
        return int_f64(v).map(Some);
    }
    let t = type_of(v);
    if crate::types::lookup(t, "__float__").is_some() {
        let r = crate::ops::call_method(v, "__float__", &[])?;
        return match float_value(r) {
            Some(f) => Ok(Some(f)),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name_of(v),
                type_name_of(r)
            ))),
        };
    }
    if crate::types::lookup(t, "__index__").is_some() {
        let r = crate::ops::index(v)?;
        return int_f64(r).map(Some);
    }
    Ok(None)
}

fn complex_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    crate::methods::numbers::clinic_kwargs("complex", kw, &["real", "imag"])?;
    let pos = positional(&args[1..], kw);
    if pos.len() > 2 {
        return Err(type_error(format!(
            "complex() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let mut r = pos.first().copied();
    let mut i = pos.get(1).copied();
    if let Some(v) = kwarg(args, kw, "real") {
        if r.is_some() {
            return Err(type_error(
                "argument for complex() given by name ('real') and position (1)",
            ));
        }
        r = Some(v);
    }
    if let Some(v) = kwarg(args, kw, "imag") {
        if i.is_some() {
            return Err(type_error(
                "argument for complex() given by name ('imag') and position (2)",
            ));
        }
        i = Some(v);
    }
    let (re, im) = complex_from_args(r, i)?;
    if cls == bt(BT::Complex) {
        if let (Some(rv), None) = (r, i) {
            if type_of(rv) == bt(BT::Complex) {
                return Ok(rv);
            }
        }
        return Ok(new_complex(re, im));
    }
    Ok(super::new_subclass_instance(cls, new_complex(re, im)))
}

fn complex_from_args(r: Option<Value>, i: Option<Value>) -> PyResult<C> {
    let Some(r) = r else {
        return match i {
            None => Ok((0.0, 0.0)),
            Some(i) => complex_from_args(Some(crate::objects::int::new_int(0)), Some(i)),
        };
    };
    if is_str(r) {
        if i.is_some() {
            return Err(type_error(
                "complex() can't take second arg if first is a string",
            ));
        }
        let s = str_of(super::builtin_value(r));
        if s.contains('_') {
            let bad = crate::methods::numbers::unicode_digits_to_ascii(s)
                .map(|t| strip_underscores(&t).is_none())
                .unwrap_or(false);
            if bad {
                return Err(value_error(format!(
                    "could not convert string to complex: {}",
                    crate::methods::str::str_repr(s)
                )));
            }
        }
        return parse_complex(s).ok_or_else(|| value_error("complex() arg is a malformed string"));
    }
    if let Some(iv) = i {
        if is_str(iv) {
            return Err(type_error("complex() second arg can't be a string"));
        }
    }
    // __complex__ first
    let mut cr: C;
    let mut cr_is_complex = false;
    let t = type_of(r);
    if complex_value(r).is_none() && crate::types::lookup(t, "__complex__").is_some() {
        let v = crate::ops::call_method(r, "__complex__", &[])?;
        match complex_value(v) {
            Some(c) => {
                cr = c;
                cr_is_complex = true;
            }
            None => {
                return Err(type_error(format!(
                    "__complex__ returned non-complex (type {})",
                    type_name_of(v)
                )))
            }
        }
    } else if let Some(c) = complex_value(r) {
        cr = c;
        cr_is_complex = true;
    } else {
        match real_arg(r)? {
            Some(f) => cr = (f, 0.0),
            None => {
                return Err(type_error(format!(
                    "complex() first argument must be a string or a number, not '{}'",
                    type_name_of(r)
                )))
            }
        }
    }
    let mut ci: C = (0.0, 0.0);
    let mut ci_is_complex = false;
    match i {
        None => ci.0 = cr.1,
        Some(iv) => {
            if let Some(c) = complex_value(iv) {
                ci = c;
                ci_is_complex = true;
            } else {
                match real_arg(iv)? {
                    Some(f) => ci.0 = f,
                    None => {
                        return Err(type_error(format!(
                            "complex() second argument must be a number, not '{}'",
                            type_name_of(iv)
                        )))
                    }
                }
            }
        }
    }
    if ci_is_complex {
        cr.0 -= ci.1;
    }
    if cr_is_complex && i.is_some() {
        ci.0 += cr.1;
    }
    Ok((cr.0, ci.0))
}

pub fn init() {
    let c = bt(BT::Complex);
    as_type(c).instance_kind = &COMPLEX_KIND;
    def_new(c, complex_new);
    for (n, f) in [
        ("__add__", c_add as crate::objects::function::NativeFn),
        ("__radd__", c_radd),
        ("__sub__", c_sub),
        ("__rsub__", c_rsub),
        ("__mul__", c_mul),
        ("__rmul__", c_rmul),
        ("__truediv__", c_truediv),
        ("__rtruediv__", c_rtruediv),
        ("__pow__", c_pow_m),
        ("__rpow__", c_rpow),
        ("__neg__", c_neg),
        ("__pos__", c_pos),
        ("__abs__", c_abs),
        ("__bool__", c_bool),
        ("__hash__", c_hash),
        ("__repr__", c_repr),
        ("__format__", c_format),
        ("__complex__", c_complex),
        ("__getnewargs__", c_getnewargs),
        ("__eq__", c_eq),
        ("__ne__", c_ne),
        ("__lt__", c_order),
        ("__le__", c_order),
        ("__gt__", c_order),
        ("__ge__", c_order),
        ("conjugate", c_conjugate),
    ] {
        def(c, n, f);
    }
    getset(c, "real", c_get_real);
    getset(c, "imag", c_get_imag);
}
