//! Methods of int, bool and float.

use super::{def, def_new};
use crate::args::*;
use crate::errors::*;
use crate::numeric::*;
use crate::object::*;
use crate::objects::float::{float_hash, float_of, float_repr, new_float};
use crate::objects::int::*;
use crate::objects::str::{new_str, str_of};
use crate::types::{is_subtype, type_name_of};
use crate::value::Value;
use num_bigint::BigInt;
use num_traits::{Signed, ToPrimitive, Zero};

/// Is `v` an int, bool or an instance of a user subclass of int?
pub fn is_int_v(v: Value) -> bool {
    is_int(v) || (v.is_ptr() && layout_of(v) == Layout::Instance && is_int(super::builtin_value(v)))
}

fn int_self(v: Value) -> Value {
    if v.is_ptr() && layout_of(v) == Layout::Instance {
        crate::objects::instance::base_value(v)
    } else {
        v
    }
}

macro_rules! int_binop {
    ($fname:ident, $op:expr, $reflected:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            check_method("", args, kw, 1, 1)?;
            let (a, b) = (int_self(args[0]), args[1]);
            if !is_int_v(b) {
                return Ok(not_implemented());
            }
            let b = int_self(b);
            let r = if $reflected {
                int_op(b, a, $op)?
            } else {
                int_op(a, b, $op)?
            };
            Ok(r.unwrap_or_else(not_implemented))
        }
    };
}
int_binop!(int_add, NumOp::Add, false);
int_binop!(int_radd, NumOp::Add, true);
int_binop!(int_sub, NumOp::Sub, false);
int_binop!(int_rsub, NumOp::Sub, true);
int_binop!(int_mul, NumOp::Mul, false);
int_binop!(int_rmul, NumOp::Mul, true);
int_binop!(int_truediv, NumOp::TrueDiv, false);
int_binop!(int_rtruediv, NumOp::TrueDiv, true);
int_binop!(int_floordiv, NumOp::FloorDiv, false);
int_binop!(int_rfloordiv, NumOp::FloorDiv, true);
int_binop!(int_mod, NumOp::Mod, false);
int_binop!(int_rmod, NumOp::Mod, true);
int_binop!(int_rpow, NumOp::Pow, true);
int_binop!(int_lshift, NumOp::LShift, false);
int_binop!(int_rlshift, NumOp::LShift, true);
int_binop!(int_rshift, NumOp::RShift, false);
int_binop!(int_rrshift, NumOp::RShift, true);
int_binop!(int_and, NumOp::And, false);
int_binop!(int_rand, NumOp::And, true);
int_binop!(int_or, NumOp::Or, false);
int_binop!(int_ror, NumOp::Or, true);
int_binop!(int_xor, NumOp::Xor, false);
int_binop!(int_rxor, NumOp::Xor, true);

fn int_pow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("pow", args, kw, 1, 2)?;
    let (a, b) = (int_self(args[0]), args[1]);
    if !is_int_v(b) {
        return Ok(not_implemented());
    }
    let m = opt_not_none(args, 2);
    if m.is_null() {
        return Ok(int_op(a, int_self(b), NumOp::Pow)?.unwrap_or_else(not_implemented));
    }
    if !is_int_v(m) {
        return Ok(not_implemented());
    }
    let (x, e, m) = (
        int_to_big(a),
        int_to_big(int_self(b)),
        int_to_big(int_self(m)),
    );
    if m.is_zero() {
        return Err(value_error("pow() 3rd argument cannot be 0"));
    }
    if e.is_negative() {
        // modular inverse
        let inv = mod_inverse(&x, &m)
            .ok_or_else(|| value_error("base is not invertible for the given modulus"))?;
        let r = inv.modpow(&(-e), &m.abs());
        return Ok(new_big(fix_mod_sign(r, &m)));
    }
    let r = x.modpow(&e, &m.abs());
    Ok(new_big(fix_mod_sign(r, &m)))
}

fn fix_mod_sign(r: BigInt, m: &BigInt) -> BigInt {
    let r = ((r % m.abs()) + m.abs()) % m.abs();
    if m.is_negative() && !r.is_zero() {
        r + m
    } else {
        r
    }
}

fn mod_inverse(a: &BigInt, m: &BigInt) -> Option<BigInt> {
    use num_integer::Integer;
    let m = m.abs();
    let e = a.mod_floor(&m).extended_gcd(&m);
    if e.gcd != BigInt::from(1) {
        return None;
    }
    Some(e.x.mod_floor(&m))
}

fn int_neg(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_big(-int_to_big(int_self(args[0]))))
}
fn int_pos(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_big(int_to_big(int_self(args[0]))))
}
fn int_invert(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_big(!int_to_big(int_self(args[0]))))
}
fn int_abs(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_big(int_to_big(int_self(args[0])).abs()))
}
fn int_bool(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(!int_is_zero(int_self(args[0]))))
}
fn int_hash_m(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(int_hash(int_self(args[0])) as i64))
}
fn int_index(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_big(int_to_big(int_self(args[0]))))
}
fn int_float(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_float(big_to_f64(&int_to_big(int_self(args[0])))?))
}
pub fn int_repr_string(v: Value) -> PyResult<String> {
    if v == py_true() {
        return Ok("True".into());
    }
    if v == py_false() {
        return Ok("False".into());
    }
    let v = int_self(v);
    match int_to_i64(v) {
        Some(i) => Ok(i.to_string()),
        None => {
            let b = int_to_big(v);
            let d = super::numformat::int_decimal(&b)?;
            Ok(if b.is_negative() { format!("-{d}") } else { d })
        }
    }
}
fn int_repr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&int_repr_string(args[0])?))
}
fn int_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(spec) = super::numformat::spec_arg(args, kw)? else {
        return crate::ops::str(args[0]);
    };
    let b = int_to_big(int_self(args[0]));
    Ok(new_str(&super::numformat::format_int_spec(
        &b, spec, "int",
    )?))
}
fn int_getnewargs(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::tuple::new_tuple(&[new_big(int_to_big(
        int_self(args[0]),
    ))]))
}

fn int_cmp(args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let (a, b) = (int_self(args[0]), args[1]);
    if is_int_v(b) {
        let b = int_self(b);
        if let (Some(x), Some(y)) = (int_to_i64(a), int_to_i64(b)) {
            return Ok(py_bool(op.apply(x, y)));
        }
        return Ok(py_bool(op.apply(int_to_big(a), int_to_big(b))));
    }
    Ok(not_implemented())
}
macro_rules! cmp_fns {
    ($base:ident, $lt:ident, $le:ident, $eq:ident, $ne:ident, $gt:ident, $ge:ident) => {
        fn $lt(a: &[Value], _: &[Value]) -> PyResult<Value> {
            $base(a, crate::ops::CmpOp::Lt)
        }
        fn $le(a: &[Value], _: &[Value]) -> PyResult<Value> {
            $base(a, crate::ops::CmpOp::Le)
        }
        fn $eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
            $base(a, crate::ops::CmpOp::Eq)
        }
        fn $ne(a: &[Value], _: &[Value]) -> PyResult<Value> {
            $base(a, crate::ops::CmpOp::Ne)
        }
        fn $gt(a: &[Value], _: &[Value]) -> PyResult<Value> {
            $base(a, crate::ops::CmpOp::Gt)
        }
        fn $ge(a: &[Value], _: &[Value]) -> PyResult<Value> {
            $base(a, crate::ops::CmpOp::Ge)
        }
    };
}
pub(crate) use cmp_fns;
cmp_fns!(int_cmp, int_lt, int_le, int_eq, int_ne, int_gt, int_ge);

/// Zero code points of the Unicode decimal-digit (Nd) blocks; each block holds 0..9.
const ND_ZEROS: [u32; 66] = [
    0x30, 0x660, 0x6f0, 0x7c0, 0x966, 0x9e6, 0xa66, 0xae6, 0xb66, 0xbe6, 0xc66, 0xce6, 0xd66,
    0xde6, 0xe50, 0xed0, 0xf20, 0x1040, 0x1090, 0x17e0, 0x1810, 0x1946, 0x19d0, 0x1a80, 0x1a90,
    0x1b50, 0x1bb0, 0x1c40, 0x1c50, 0xa620, 0xa8d0, 0xa900, 0xa9d0, 0xa9f0, 0xaa50, 0xabf0, 0xff10,
    0x104a0, 0x10d30, 0x11066, 0x110f0, 0x11136, 0x111d0, 0x112f0, 0x11450, 0x114d0, 0x11650,
    0x116c0, 0x11730, 0x118e0, 0x11950, 0x11c50, 0x11d50, 0x11da0, 0x16a60, 0x16ac0, 0x16b50,
    0x1d7ce, 0x1d7d8, 0x1d7e2, 0x1d7ec, 0x1d7f6, 0x1e140, 0x1e2f0, 0x1e950, 0x1fbf0,
];

/// The decimal value of a Unicode Nd character.
pub fn unicode_decimal(c: char) -> Option<u32> {
    let u = c as u32;
    let i = ND_ZEROS.partition_point(|&z| z <= u);
    if i == 0 {
        return None;
    }
    let d = u - ND_ZEROS[i - 1];
    if d < 10 {
        Some(d)
    } else {
        None
    }
}

/// _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode digits become ASCII digits, Unicode
/// whitespace a space; None if any other non-ASCII character is present.
pub fn unicode_digits_to_ascii(s: &str) -> Option<String> {
    if s.is_ascii() {
        return Some(s.to_string());
    }
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii() {
            out.push(c);
        } else if c.is_whitespace() {
            out.push(' ');
        } else if let Some(d) = unicode_decimal(c) {
            out.push((b'0' + d as u8) as char);
        } else {
            return None;
        }
    }
    Some(out)
}

pub enum ParseIntError {
    Invalid,
    TooManyDigits(usize),
}

/// Parses ASCII text the way int(str, base) does (CPython's _PyLong_FromString).
pub fn parse_int_bytes(s: &[u8], base: u32) -> Result<BigInt, ParseIntError> {
    use ParseIntError::Invalid;
    let mut i = 0;
    let n = s.len();
    let ws = |c: u8| c == b' ' || (9..=13).contains(&c);
    while i < n && ws(s[i]) {
        i += 1;
    }
    let mut neg = false;
    if i < n && (s[i] == b'+' || s[i] == b'-') {
        neg = s[i] == b'-';
        i += 1;
    }
    let at = |k: usize| if k < n { s[k].to_ascii_lowercase() } else { 0 };
    let mut base = base;
    let mut error_if_nonzero = false;
    if base == 0 {
        if at(i) != b'0' {
            base = 10;
        } else {
            match at(i + 1) {
                b'x' => base = 16,
                b'o' => base = 8,
                b'b' => base = 2,
                _ => {
                    error_if_nonzero = true;
                    base = 10;
                }
            }
        }
    }
    if at(i) == b'0'
        && ((base == 16 && at(i + 1) == b'x')
            || (base == 8 && at(i + 1) == b'o')
            || (base == 2 && at(i + 1) == b'b'))
    {
        i += 2;
        if at(i) == b'_' {
            i += 1;
        }
    }
    if at(i) == b'_' {
        return Err(Invalid);
    }
    let digit = |c: u8| -> Option<u32> {
        let d = (c as char).to_digit(36)?;
        if d < base {
            Some(d)
        } else {
            None
        }
    };
    let st = i;
    let mut clean: Vec<u8> = Vec::new();
    let mut prev_us = false;
    while i < n {
        let c = s[i];
        if c == b'_' {
            if prev_us {
                return Err(Invalid);
            }
            prev_us = true;
        } else if digit(c).is_some() {
            clean.push(c);
            prev_us = false;
        } else {
            break;
        }
        i += 1;
    }
    if prev_us || i == st || clean.is_empty() {
        return Err(Invalid);
    }
    while i < n && ws(s[i]) {
        i += 1;
    }
    if i != n {
        return Err(Invalid);
    }
    if !base.is_power_of_two() {
        let lim = crate::numeric::max_str_digits();
        if lim > 0 && clean.len() > lim {
            return Err(ParseIntError::TooManyDigits(clean.len()));
        }
    }
    let v = BigInt::parse_bytes(&clean, base).ok_or(Invalid)?;
    if error_if_nonzero && !v.is_zero() {
        return Err(Invalid);
    }
    Ok(if neg { -v } else { v })
}

/// Parses an int literal the way int(str, base) does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = unicode_digits_to_ascii(s)?;
    parse_int_bytes(t.as_bytes(), base).ok()
}

fn is_strlike(x: Value) -> bool {
    x.is_ptr()
        && matches!(
            layout_of(super::builtin_value(x)),
            Layout::Str | Layout::Bytes | Layout::ByteArray
        )
}

fn int_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    clinic_kwargs("int", kw, &["base"])?;
    let pos = positional(&args[1..], kw);
    if pos.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let kb = kwarg(args, kw, "base");
    if kb.is_some() && pos.len() > 1 {
        return Err(type_error(
            "argument for int() given by name ('base') and position (2)",
        ));
    }
    let base = kb.or_else(|| pos.get(1).copied());
    let r = if pos.is_empty() {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        new_int(0)
    } else {
        let x = pos[0];
        if let Some(b) = base {
            let b = crate::ops::index(b)?;
            let b = int_to_i64(b).unwrap_or(-1);
            if b != 0 && !(2..=36).contains(&b) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            if !is_strlike(x) {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ));
            }
            parse_int_value(super::builtin_value(x), b as u32)?
        } else {
            int_from_object(x)?
        }
    };
    if cls == bt(BT::Int) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(cls, new_big(int_to_big(r))))
}

/// `int(x)` for one argument (PyNumber_Long).
pub fn int_from_object(x: Value) -> PyResult<Value> {
    if is_exact_int(x) {
        return Ok(x);
    }
    if type_of(x) == bt(BT::Bool) {
        return Ok(new_int((x == py_true()) as i64));
    }
    let t = type_of(x);
    if t == bt(BT::Float) {
        return float_to_int(crate::objects::float::float_of(x));
    }
    if let Some(r) = crate::ops::call_special(x, "__int__", &[])? {
        if !is_int_v(r) {
            return Err(type_error(format!(
                "__int__ returned non-int (type {})",
                type_name_of(r)
            )));
        }
        return Ok(new_big(int_to_big(int_self(r))));
    }
    if crate::types::lookup(t, "__index__").is_some() {
        let r = crate::ops::index(x)?;
        return Ok(new_big(int_to_big(int_self(r))));
    }
    if crate::types::lookup(t, "__trunc__").is_some() {
        let r = crate::ops::call_special(x, "__trunc__", &[])?.unwrap_or_else(none);
        if is_int_v(r) {
            return Ok(new_big(int_to_big(int_self(r))));
        }
        if crate::types::lookup(type_of(r), "__index__").is_some() {
            return crate::ops::index(r);
        }
        return Err(type_error(format!(
            "__trunc__ returned non-Integral (type {})",
            type_name_of(r)
        )));
    }
    if is_strlike(x) {
        return parse_int_value(super::builtin_value(x), 10);
    }
    Err(type_error(format!(
        "int() argument must be a string, a bytes-like object or a real number, not '{}'",
        type_name_of(x)
    )))
}

fn parse_int_value(x: Value, base: u32) -> PyResult<Value> {
    let (r, shown) = if layout_of(x) == Layout::Str {
        let s = str_of(x);
        let r = match unicode_digits_to_ascii(s) {
            Some(t) => parse_int_bytes(t.as_bytes(), base),
            None => Err(ParseIntError::Invalid),
        };
        (r, crate::methods::str::str_repr(s))
    } else {
        let d = crate::methods::bytes::bytes_data(x);
        (
            parse_int_bytes(d, base),
            crate::methods::bytes::bytes_repr(d),
        )
    };
    match r {
        Ok(b) => Ok(new_big(b)),
        Err(ParseIntError::TooManyDigits(n)) => Err(value_error(format!(
            "Exceeds the limit ({} digits) for integer string conversion: value has {} digits; use sys.set_int_max_str_digits() to increase the limit",
            crate::numeric::max_str_digits(),
            n
        ))),
        Err(ParseIntError::Invalid) => {
            let shown: String = shown.chars().take(200).collect();
            Err(value_error(format!(
                "invalid literal for int() with base {}: {}",
                base, shown
            )))
        }
    }
}

pub fn float_to_int(f: f64) -> PyResult<Value> {
    if f.is_nan() {
        return Err(value_error("cannot convert float NaN to integer"));
    }
    if f.is_infinite() {
        return Err(overflow_error("cannot convert float infinity to integer"));
    }
    let t = f.trunc();
    if t.abs() < 9.0e18 {
        return Ok(new_int(t as i64));
    }
    Ok(new_big(BigInt::from_f64_exact(t)))
}

pub trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    /// The exact value of an integral finite float.
    fn from_f64_exact(f: f64) -> BigInt {
        let (m, e) = f64_decompose(f);
        let b = BigInt::from(m);
        if e >= 0 {
            b << e as usize
        } else {
            b >> (-e) as usize
        }
    }
}

/// (signed integer mantissa, exponent) with f = m * 2**e exactly, for finite f.
pub fn f64_decompose(f: f64) -> (i64, i32) {
    let bits = f.to_bits();
    let neg = bits >> 63 != 0;
    let exp = ((bits >> 52) & 0x7ff) as i32;
    let frac = (bits & ((1u64 << 52) - 1)) as i64;
    let (m, e) = if exp == 0 {
        (frac, -1074)
    } else {
        (frac | (1i64 << 52), exp - 1075)
    };
    (if neg { -m } else { m }, e)
}

/// Argument Clinic's check: every keyword is one of `allowed`.
pub fn clinic_kwargs(fname: &str, kw: &[Value], allowed: &[&str]) -> PyResult<()> {
    for k in kw {
        let n = str_of(*k);
        if !allowed.contains(&n) {
            return Err(type_error(format!(
                "'{}' is an invalid keyword argument for {}()",
                n, fname
            )));
        }
    }
    Ok(())
}

/// Binds `(pos..., kw...)` to `names`: a slot per name (NULL when absent), CPython's errors.
fn bind_args(
    fname: &str,
    args: &[Value],
    kw: &[Value],
    names: &[&str],
    max_pos: usize,
) -> PyResult<Vec<Value>> {
    let pos = positional(args, kw);
    if pos.len() > max_pos {
        return Err(type_error(format!(
            "{}() takes at most {} positional argument{} ({} given)",
            fname,
            max_pos,
            if max_pos == 1 { "" } else { "s" },
            pos.len()
        )));
    }
    let mut out = vec![Value::NULL; names.len()];
    out[..pos.len()].copy_from_slice(pos);
    for (k, &name) in kw.iter().enumerate() {
        let n = str_of(name);
        match names.iter().position(|x| *x == n) {
            Some(i) => {
                if !out[i].is_null() {
                    return Err(type_error(format!(
                        "argument for {}() given by name ('{}') and position ({})",
                        fname,
                        n,
                        i + 1
                    )));
                }
                out[i] = args[pos.len() + k];
            }
            None => {
                return Err(type_error(format!(
                    "'{}' is an invalid keyword argument for {}()",
                    n, fname
                )))
            }
        }
    }
    Ok(out)
}

fn byteorder_arg(fname: &str, v: Value) -> PyResult<bool> {
    if v.is_null() {
        return Ok(false);
    }
    if !(v.is_ptr() && is_subtype(type_of(v), bt(BT::Str))) {
        return Err(type_error(format!(
            "{}() argument 'byteorder' must be str, not {}",
            fname,
            type_name_of(v)
        )));
    }
    match str_of(super::builtin_value(v)) {
        "little" => Ok(true),
        "big" => Ok(false),
        _ => Err(value_error("byteorder must be either 'little' or 'big'")),
    }
}

fn int_to_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    // args are bound without the receiver: the values here outlive this call in `args`.
    let b = bind_args(
        "to_bytes",
        &args[1..],
        kw,
        &["length", "byteorder", "signed"],
        2,
    )?;
    let length = if b[0].is_null() {
        1
    } else {
        crate::ops::index_value(b[0])?
    };
    if length < 0 {
        return Err(value_error("length argument must be non-negative"));
    }
    let little = byteorder_arg("to_bytes", b[1])?;
    let signed = !b[2].is_null() && crate::ops::truthy(b[2])?;
    let v = int_to_big(int_self(args[0]));
    if v.is_negative() && !signed {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    let mut bytes = if signed {
        v.to_signed_bytes_le()
    } else {
        v.to_bytes_le().1
    };
    if v.is_zero() {
        bytes.clear();
    }
    let length = length as usize;
    if bytes.len() > length {
        return Err(overflow_error("int too big to convert"));
    }
    let fill = if v.is_negative() { 0xff } else { 0 };
    bytes.resize(length, fill);
    if !little {
        bytes.reverse();
    }
    Ok(crate::methods::bytes::new_bytes(&bytes))
}

fn int_from_bytes(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    let b = bind_args(
        "from_bytes",
        &args[1..],
        kw,
        &["bytes", "byteorder", "signed"],
        2,
    )?;
    if b[0].is_null() {
        return Err(type_error(
            "from_bytes() missing required argument 'bytes' (pos 1)",
        ));
    }
    let little = byteorder_arg("from_bytes", b[1])?;
    let signed = !b[2].is_null() && crate::ops::truthy(b[2])?;
    let src = b[0];
    let mut data = if crate::methods::bytes::is_bytes_like(src) {
        crate::methods::bytes::bytes_data(src).to_vec()
    } else {
        let bv = crate::ops::call(bt(BT::Bytes), &[src], &[])?;
        crate::methods::bytes::bytes_data(bv).to_vec()
    };
    if !little {
        data.reverse();
    }
    let v = if signed {
        BigInt::from_signed_bytes_le(&data)
    } else {
        BigInt::from_bytes_le(num_bigint::Sign::Plus, &data)
    };
    let r = new_big(v);
    if cls == bt(BT::Int) {
        return Ok(r);
    }
    crate::ops::call(cls, &[r], &[])
}

fn int_bit_length(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("bit_length", args, kw, 0, 0)?;
    Ok(new_int(int_to_big(int_self(args[0])).bits() as i64))
}
fn int_bit_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("bit_count", args, kw, 0, 0)?;
    let b = int_to_big(int_self(args[0]));
    Ok(new_int(
        b.magnitude()
            .to_u64_digits()
            .iter()
            .map(|d| d.count_ones() as i64)
            .sum(),
    ))
}
fn int_conjugate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_big(int_to_big(int_self(args[0]))))
}
fn int_is_integer(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_true())
}
fn int_as_integer_ratio(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::tuple::new_tuple(&[
        new_big(int_to_big(int_self(args[0]))),
        new_int(1),
    ]))
}
fn int_round(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__round__", args, kw, 0, 1)?;
    let n = opt_not_none(args, 1);
    let v = int_to_big(int_self(args[0]));
    if n.is_null() {
        return Ok(new_big(v));
    }
    let nd = ndigits_arg(n)?;
    if nd >= 0 {
        return Ok(new_big(v));
    }
    let k = nd.unsigned_abs();
    if k > (v.bits() as f64 * std::f64::consts::LOG10_2) as u64 + 2 {
        return Ok(new_int(0));
    }
    let p = num_traits::pow(BigInt::from(10), k as usize);
    use num_integer::Integer;
    let (q, r) = v.div_mod_floor(&p);
    let twice = &r * 2;
    let q = if twice > p || (twice == p && q.is_odd()) {
        q + 1
    } else {
        q
    };
    Ok(new_big(q * p))
}
fn int_trunc(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_big(int_to_big(int_self(args[0]))))
}
fn int_divmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__divmod__", args, kw, 1, 1)?;
    if !is_int_v(args[1]) {
        return Ok(not_implemented());
    }
    let (a, b) = (int_self(args[0]), int_self(args[1]));
    let q = int_op(a, b, NumOp::FloorDiv)?.unwrap_or_else(not_implemented);
    let r = int_op(a, b, NumOp::Mod)?.unwrap_or_else(not_implemented);
    Ok(crate::objects::tuple::new_tuple(&[q, r]))
}
fn int_rdivmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__rdivmod__", args, kw, 1, 1)?;
    if !is_int_v(args[1]) {
        return Ok(not_implemented());
    }
    int_divmod(&[args[1], args[0]], kw)
}
fn int_get_real(v: Value) -> PyResult<Value> {
    Ok(new_big(int_to_big(int_self(v))))
}
fn int_get_imag(_: Value) -> PyResult<Value> {
    Ok(new_int(0))
}
fn int_get_one(_: Value) -> PyResult<Value> {
    Ok(new_int(1))
}

fn bool_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("bool", &args[1..], kw, 0, 1)?;
    if args.len() == 1 {
        return Ok(py_false());
    }
    Ok(py_bool(crate::ops::truthy(args[1])?))
}
fn bool_and(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if is_bool(args[0]) && is_bool(args[1]) {
        return Ok(py_bool(args[0] == py_true() && args[1] == py_true()));
    }
    int_and(args, kw)
}
fn bool_or(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if is_bool(args[0]) && is_bool(args[1]) {
        return Ok(py_bool(args[0] == py_true() || args[1] == py_true()));
    }
    int_or(args, kw)
}
fn bool_xor(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    if is_bool(args[0]) && is_bool(args[1]) {
        return Ok(py_bool((args[0] == py_true()) != (args[1] == py_true())));
    }
    int_xor(args, kw)
}
fn is_bool(v: Value) -> bool {
    v == py_true() || v == py_false()
}

// ---------------------------------------------------------------- float

pub fn to_float(v: Value) -> Option<f64> {
    if !v.is_ptr() {
        return None;
    }
    let b = super::builtin_value(v);
    if b.is_ptr() && layout_of(b) == Layout::Float {
        Some(float_of(b))
    } else {
        None
    }
}
fn float_self(v: Value) -> f64 {
    to_float(v).unwrap_or(0.0)
}

fn operand_f64(v: Value) -> PyResult<Option<f64>> {
    if let Some(f) = to_float(v) {
        return Ok(Some(f));
    }
    if is_int_v(v) {
        let v = int_self(v);
        return match int_to_i64(v) {
            Some(i) if i.unsigned_abs() < (1 << 53) => Ok(Some(i as f64)),
            _ => big_to_f64(&int_to_big(v)).map(Some),
        };
    }
    Ok(None)
}

macro_rules! float_binop {
    ($fname:ident, $op:expr, $reflected:expr) => {
        fn $fname(args: &[Value], kw: &[Value]) -> PyResult<Value> {
            check_method("", args, kw, 1, 1)?;
            let a = float_self(args[0]);
            let Some(b) = operand_f64(args[1])? else {
                return Ok(not_implemented());
            };
            let (x, y) = if $reflected { (b, a) } else { (a, b) };
            float_op(x, y, $op)
        }
    };
}
float_binop!(float_add, NumOp::Add, false);
float_binop!(float_radd, NumOp::Add, true);
float_binop!(float_sub, NumOp::Sub, false);
float_binop!(float_rsub, NumOp::Sub, true);
float_binop!(float_mul, NumOp::Mul, false);
float_binop!(float_rmul, NumOp::Mul, true);
float_binop!(float_truediv, NumOp::TrueDiv, false);
float_binop!(float_rtruediv, NumOp::TrueDiv, true);
float_binop!(float_floordiv, NumOp::FloorDiv, false);
float_binop!(float_rfloordiv, NumOp::FloorDiv, true);
float_binop!(float_mod, NumOp::Mod, false);
float_binop!(float_rmod, NumOp::Mod, true);

fn float_pow_m(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__pow__", args, kw, 1, 2)?;
    if !opt_not_none(args, 2).is_null() {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let a = float_self(args[0]);
    let Some(b) = operand_f64(args[1])? else {
        return Ok(not_implemented());
    };
    crate::numeric::float_pow(a, b)
}
fn float_rpow(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__rpow__", args, kw, 1, 2)?;
    if !opt_not_none(args, 2).is_null() {
        return Err(type_error(
            "pow() 3rd argument not allowed unless all arguments are integers",
        ));
    }
    let a = float_self(args[0]);
    let Some(b) = operand_f64(args[1])? else {
        return Ok(not_implemented());
    };
    crate::numeric::float_pow(b, a)
}

/// Exact comparison of float `a` with int `b`: None when `op` is an ordering and a is NaN is
/// not needed (NaN compares false, != true).
pub fn float_cmp_value(a: f64, b: Value, op: crate::ops::CmpOp) -> PyResult<Option<bool>> {
    use std::cmp::Ordering;
    let b = int_self(b);
    if let Some(i) = int_to_i64(b) {
        if i.unsigned_abs() < (1 << 53) {
            return Ok(Some(op.apply(a, i as f64)));
        }
    }
    if a.is_nan() {
        return Ok(Some(op == crate::ops::CmpOp::Ne));
    }
    let ord = if a.is_infinite() {
        if a > 0.0 {
            Ordering::Greater
        } else {
            Ordering::Less
        }
    } else {
        let (m, e) = f64_decompose(a);
        let bi = int_to_big(b);
        if e >= 0 {
            (BigInt::from(m) << e as usize).cmp(&bi)
        } else {
            BigInt::from(m).cmp(&(bi << (-e) as usize))
        }
    };
    Ok(Some(op.apply(ord, Ordering::Equal)))
}

fn float_cmp(args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let a = float_self(args[0]);
    let b = args[1];
    if let Some(f) = to_float(b) {
        return Ok(py_bool(op.apply(a, f)));
    }
    if is_int_v(b) {
        return Ok(py_bool(float_cmp_value(a, b, op)? == Some(true)));
    }
    Ok(not_implemented())
}
cmp_fns!(float_cmp, float_lt, float_le, float_eq, float_ne, float_gt, float_ge);

fn float_repr_m(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&float_repr(float_self(args[0]))))
}
fn float_format(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let Some(spec) = super::numformat::spec_arg(args, kw)? else {
        return crate::ops::str(args[0]);
    };
    Ok(new_str(&super::numformat::format_float_spec(
        float_self(args[0]),
        spec,
    )?))
}
fn float_neg(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_float(-float_self(args[0])))
}
fn float_pos(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_float(float_self(args[0])))
}
fn float_abs(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_float(float_self(args[0]).abs()))
}
fn float_bool(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(float_self(args[0]) != 0.0))
}
fn float_hash_m(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(float_hash(float_self(args[0])) as i64))
}
fn float_int(args: &[Value], _: &[Value]) -> PyResult<Value> {
    float_to_int(float_self(args[0]))
}
fn float_float(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = args[0];
    if type_of(v) == bt(BT::Float) {
        return Ok(v);
    }
    Ok(new_float(float_self(v)))
}
fn float_getnewargs(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::tuple::new_tuple(&[new_float(float_self(
        args[0],
    ))]))
}
fn float_is_integer(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let f = float_self(args[0]);
    Ok(py_bool(f.is_finite() && f.fract() == 0.0))
}
fn float_as_integer_ratio(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let f = float_self(args[0]);
    if f.is_infinite() {
        return Err(overflow_error("cannot convert Infinity to integer ratio"));
    }
    if f.is_nan() {
        return Err(value_error("cannot convert NaN to integer ratio"));
    }
    let (mut m, mut e) = f64_decompose(f);
    if m == 0 {
        e = 0;
    } else {
        let tz = m.trailing_zeros() as i32;
        m >>= tz;
        e += tz;
    }
    let mut num = BigInt::from(m);
    let mut den = BigInt::from(1);
    if e > 0 {
        num <<= e as usize;
    } else {
        den <<= (-e) as usize;
    }
    Ok(crate::objects::tuple::new_tuple(&[
        new_big(num),
        new_big(den),
    ]))
}
fn float_hex(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&float_hex_string(float_self(args[0]))))
}

/// `float.hex()`: "0x1.<13 hex digits>p<exp>", subnormals as "0x0.<...>p-1022".
pub fn float_hex_string(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return format!("{sign}0x0.0p+0");
    }
    let bits = f.abs().to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i64;
    let mant = bits & ((1u64 << 52) - 1);
    let (lead, e) = if exp == 0 {
        (0, -1022)
    } else {
        (1, exp - 1023)
    };
    format!(
        "{sign}0x{lead}.{:013x}p{}{}",
        mant,
        if e >= 0 { "+" } else { "-" },
        e.abs()
    )
}

/// `float.fromhex(s)` (CPython's float_fromhex).
pub fn float_from_hex(s: &str) -> PyResult<f64> {
    let invalid = || value_error("invalid hexadecimal floating-point string");
    let b = s.as_bytes();
    let n = b.len();
    let ws = |c: u8| c == b' ' || (9..=13).contains(&c);
    let mut i = 0;
    while i < n && ws(b[i]) {
        i += 1;
    }
    let mut neg = false;
    if i < n && (b[i] == b'+' || b[i] == b'-') {
        neg = b[i] == b'-';
        i += 1;
    }
    let rest_lower: String = s[i..].to_ascii_lowercase();
    let rl = rest_lower.trim_end_matches(|c: char| c.is_ascii_whitespace());
    if rl == "inf" || rl == "infinity" || rl == "nan" {
        let v = if rl == "nan" { f64::NAN } else { f64::INFINITY };
        return Ok(if neg { -v } else { v });
    }
    if i + 1 < n && b[i] == b'0' && (b[i + 1] == b'x' || b[i + 1] == b'X') {
        i += 2;
    }
    let mut mant = num_bigint::BigUint::from(0u32);
    let mut ndigits = 0usize;
    let mut frac_digits: i64 = 0;
    while i < n && (b[i] as char).is_ascii_hexdigit() {
        mant = (mant << 4u32) + ((b[i] as char).to_digit(16).unwrap_or(0));
        ndigits += 1;
        i += 1;
    }
    if i < n && b[i] == b'.' {
        i += 1;
        while i < n && (b[i] as char).is_ascii_hexdigit() {
            mant = (mant << 4u32) + ((b[i] as char).to_digit(16).unwrap_or(0));
            ndigits += 1;
            frac_digits += 1;
            i += 1;
        }
    }
    if ndigits == 0 {
        return Err(invalid());
    }
    let mut exp: i64 = 0;
    if i < n && (b[i] == b'p' || b[i] == b'P') {
        i += 1;
        let mut eneg = false;
        if i < n && (b[i] == b'+' || b[i] == b'-') {
            eneg = b[i] == b'-';
            i += 1;
        }
        if !(i < n && b[i].is_ascii_digit()) {
            return Err(invalid());
        }
        while i < n && b[i].is_ascii_digit() {
            exp = (exp * 10 + (b[i] - b'0') as i64).min(1 << 40);
            i += 1;
        }
        if eneg {
            exp = -exp;
        }
    }
    while i < n && ws(b[i]) {
        i += 1;
    }
    if i != n {
        return Err(invalid());
    }
    let v = if mant.is_zero() {
        0.0
    } else {
        crate::numeric::scaled_to_f64(&mant, exp - 4 * frac_digits, false)
            .ok_or_else(|| overflow_error("hexadecimal value too large to represent as a float"))?
    };
    Ok(if neg { -v } else { v })
}

fn float_fromhex(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("fromhex", args, kw, 1, 1)?;
    let s = args[1];
    if !(s.is_ptr() && is_subtype(type_of(s), bt(BT::Str))) {
        return Err(type_error(format!(
            "fromhex() argument must be str, not {}",
            type_name_of(s)
        )));
    }
    let f = new_float(float_from_hex(str_of(super::builtin_value(s)))?);
    if args[0] == bt(BT::Float) {
        return Ok(f);
    }
    crate::ops::call(args[0], &[f], &[])
}

fn float_getformat(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__getformat__", args, kw, 1, 1)?;
    let s = args[1];
    if !(s.is_ptr() && is_subtype(type_of(s), bt(BT::Str))) {
        return Err(type_error(format!(
            "__getformat__() argument must be str, not {}",
            type_name_of(s)
        )));
    }
    match str_of(super::builtin_value(s)) {
        "double" | "float" => Ok(new_str("IEEE, little-endian")),
        _ => Err(value_error(
            "__getformat__() argument 1 must be 'double' or 'float'",
        )),
    }
}

/// An ndigits argument clamped to i64 (PyNumber_AsSsize_t with no error on overflow).
fn ndigits_arg(n: Value) -> PyResult<i64> {
    let i = crate::ops::index(n)?;
    let b = int_to_big(int_self(i));
    Ok(b.to_i64()
        .unwrap_or(if b.is_negative() { i64::MIN } else { i64::MAX }))
}

/// Rounds `x` to `nd` decimal digits, correctly (ties to even on the exact value).
pub fn round_float_digits(x: f64, nd: i64) -> PyResult<f64> {
    if nd > 323 {
        return Ok(x);
    }
    if nd < -308 {
        return Ok(0.0 * x);
    }
    if x == 0.0 || !x.is_finite() {
        return Ok(x);
    }
    let r = if nd >= 0 {
        let s = format!("{:.*}", nd as usize, x);
        s.parse::<f64>().unwrap_or(x)
    } else {
        // exact: x = m * 2**e; round to a multiple of 10**k, k = -nd
        use num_integer::Integer;
        let (m, e) = f64_decompose(x);
        let p = num_traits::pow(BigInt::from(10), (-nd) as usize);
        let (num, den) = if e >= 0 {
            (BigInt::from(m) << e as usize, p.clone())
        } else {
            (BigInt::from(m), &p << (-e) as usize)
        };
        let (q, r) = num.div_mod_floor(&den);
        let twice: BigInt = &r * 2;
        let q = if twice > den || (twice == den && q.is_odd()) {
            q + 1
        } else {
            q
        };
        let v = q * p;
        let f = big_to_f64(&v).unwrap_or(f64::INFINITY);
        if v.is_zero() {
            0.0f64.copysign(x)
        } else {
            f
        }
    };
    if r.is_infinite() {
        return Err(overflow_error("rounded value too large to represent"));
    }
    Ok(r)
}

fn float_round(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__round__", args, kw, 0, 1)?;
    let f = float_self(args[0]);
    let n = opt_not_none(args, 1);
    if n.is_null() {
        let mut r = f.round();
        if (f - r).abs() == 0.5 {
            r = 2.0 * (f / 2.0).round();
        }
        return float_to_int(r);
    }
    let nd = ndigits_arg(n)?;
    Ok(new_float(round_float_digits(f, nd)?))
}

fn float_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    check("float", &args[1..], kw, 0, 1)?;
    let r = if args.len() == 1 {
        new_float(0.0)
    } else {
        float_from_object(args[1])?
    };
    if cls == bt(BT::Float) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(cls, new_float(float_self(r))))
}

/// `float(x)` for one argument (PyNumber_Float).
pub fn float_from_object(x: Value) -> PyResult<Value> {
    if x.is_ptr() && type_of(x) == bt(BT::Float) {
        return Ok(x);
    }
    if is_exact_int(x) || (x.is_ptr() && type_of(x) == bt(BT::Bool)) {
        return Ok(new_float(operand_f64(x)?.unwrap_or(0.0)));
    }
    let bx = super::builtin_value(x);
    if bx.is_ptr() && layout_of(bx) == Layout::Str {
        let s = str_of(bx);
        return parse_float(s).map(new_float).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                crate::methods::str::str_repr(s)
            ))
        });
    }
    let t = type_of(x);
    if crate::types::lookup(t, "__float__").is_some() {
        let r = crate::ops::call_special(x, "__float__", &[])?.unwrap_or_else(none);
        return match to_float(r) {
            Some(f) => Ok(new_float(f)),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name_of(x),
                type_name_of(r)
            ))),
        };
    }
    if crate::types::lookup(t, "__index__").is_some() {
        let r = crate::ops::index(x)?;
        return Ok(new_float(operand_f64(r)?.unwrap_or(0.0)));
    }
    if bx.is_ptr() && matches!(layout_of(bx), Layout::Bytes | Layout::ByteArray) {
        let d = crate::methods::bytes::bytes_data(bx);
        let parsed = std::str::from_utf8(d).ok().and_then(parse_float);
        return parsed.map(new_float).ok_or_else(|| {
            value_error(format!(
                "could not convert string to float: {}",
                crate::methods::bytes::bytes_repr(d)
            ))
        });
    }
    Err(type_error(format!(
        "float() argument must be a string or a real number, not '{}'",
        type_name_of(x)
    )))
}

/// Parses text the way float(str) does: Unicode digits, surrounding whitespace, underscores
/// between digits, inf/infinity/nan in any case.
pub fn parse_float(s: &str) -> Option<f64> {
    let t = unicode_digits_to_ascii(s)?;
    let t = t.trim_matches(|c: char| c.is_ascii_whitespace());
    if t.is_empty() {
        return None;
    }
    let clean: String = if t.contains('_') {
        let b = t.as_bytes();
        for (k, &c) in b.iter().enumerate() {
            if c == b'_'
                && !(k > 0
                    && b[k - 1].is_ascii_digit()
                    && k + 1 < b.len()
                    && b[k + 1].is_ascii_digit())
            {
                return None;
            }
        }
        t.chars().filter(|&c| c != '_').collect()
    } else {
        t.to_string()
    };
    let body = clean.trim_start_matches(['+', '-']);
    if clean.len() - body.len() > 1 {
        return None;
    }
    let lower = body.to_ascii_lowercase();
    let special = lower == "inf" || lower == "infinity" || lower == "nan";
    let numeric = body
        .bytes()
        .all(|c| c.is_ascii_digit() || matches!(c, b'.' | b'e' | b'E' | b'+' | b'-'));
    if !special && !numeric {
        return None;
    }
    clean.parse().ok()
}

fn float_get_real(v: Value) -> PyResult<Value> {
    Ok(new_float(float_self(v)))
}
fn float_get_imag(_: Value) -> PyResult<Value> {
    Ok(new_float(0.0))
}
fn float_trunc(args: &[Value], _: &[Value]) -> PyResult<Value> {
    float_to_int(float_self(args[0]))
}
fn float_floor(args: &[Value], _: &[Value]) -> PyResult<Value> {
    float_to_int(float_self(args[0]).floor())
}
fn float_ceil(args: &[Value], _: &[Value]) -> PyResult<Value> {
    float_to_int(float_self(args[0]).ceil())
}
fn float_divmod(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let a = float_self(args[0]);
    let Some(b) = operand_f64(args[1])? else {
        return Ok(not_implemented());
    };
    float_divmod_values(a, b)
}
fn float_rdivmod(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let a = float_self(args[0]);
    let Some(b) = operand_f64(args[1])? else {
        return Ok(not_implemented());
    };
    float_divmod_values(b, a)
}
fn float_divmod_values(a: f64, b: f64) -> PyResult<Value> {
    if b == 0.0 {
        return Err(zero_division("float divmod()"));
    }
    let (q, r) = crate::numeric::float_divmod(a, b);
    Ok(crate::objects::tuple::new_tuple(&[
        new_float(q),
        new_float(r),
    ]))
}
fn float_conjugate(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_float(float_self(args[0])))
}

fn classmethod(t: Value, name: &'static str, f: crate::objects::function::NativeFn) {
    let fk = crate::objects::function::new_builtin_function(name, f, Value::NULL);
    let cm =
        new_obj::<crate::objects::function::WrapperObject>(bt(BT::ClassMethod), |w| w.func = fk);
    let _ = crate::objects::dict::dict_set(as_type(t).dict, crate::intern::intern(name), cm);
}

pub fn init() {
    let int = bt(BT::Int);
    def_new(int, int_new);
    for (n, f) in [
        ("__add__", int_add as crate::objects::function::NativeFn),
        ("__radd__", int_radd),
        ("__sub__", int_sub),
        ("__rsub__", int_rsub),
        ("__mul__", int_mul),
        ("__rmul__", int_rmul),
        ("__truediv__", int_truediv),
        ("__rtruediv__", int_rtruediv),
        ("__floordiv__", int_floordiv),
        ("__rfloordiv__", int_rfloordiv),
        ("__mod__", int_mod),
        ("__rmod__", int_rmod),
        ("__pow__", int_pow),
        ("__rpow__", int_rpow),
        ("__lshift__", int_lshift),
        ("__rlshift__", int_rlshift),
        ("__rshift__", int_rshift),
        ("__rrshift__", int_rrshift),
        ("__and__", int_and),
        ("__rand__", int_rand),
        ("__or__", int_or),
        ("__ror__", int_ror),
        ("__xor__", int_xor),
        ("__rxor__", int_rxor),
        ("__neg__", int_neg),
        ("__pos__", int_pos),
        ("__invert__", int_invert),
        ("__abs__", int_abs),
        ("__bool__", int_bool),
        ("__hash__", int_hash_m),
        ("__index__", int_index),
        ("__int__", int_index),
        ("__float__", int_float),
        ("__repr__", int_repr),
        ("__lt__", int_lt),
        ("__le__", int_le),
        ("__eq__", int_eq),
        ("__ne__", int_ne),
        ("__gt__", int_gt),
        ("__ge__", int_ge),
        ("bit_length", int_bit_length),
        ("bit_count", int_bit_count),
        ("conjugate", int_conjugate),
        ("is_integer", int_is_integer),
        ("as_integer_ratio", int_as_integer_ratio),
        ("__round__", int_round),
        ("__trunc__", int_trunc),
        ("__floor__", int_trunc),
        ("__ceil__", int_trunc),
        ("__divmod__", int_divmod),
        ("__rdivmod__", int_rdivmod),
        ("__format__", int_format),
        ("__getnewargs__", int_getnewargs),
        ("to_bytes", int_to_bytes),
    ] {
        def(int, n, f);
    }
    classmethod(int, "from_bytes", int_from_bytes);
    super::getset(int, "real", int_get_real);
    super::getset(int, "numerator", int_get_real);
    super::getset(int, "imag", int_get_imag);
    super::getset(int, "denominator", int_get_one);

    let b = bt(BT::Bool);
    def_new(b, bool_new);
    def(b, "__repr__", int_repr);
    def(b, "__and__", bool_and);
    def(b, "__rand__", bool_and);
    def(b, "__or__", bool_or);
    def(b, "__ror__", bool_or);
    def(b, "__xor__", bool_xor);
    def(b, "__rxor__", bool_xor);

    let fl = bt(BT::Float);
    def_new(fl, float_new);
    for (n, f) in [
        ("__add__", float_add as crate::objects::function::NativeFn),
        ("__radd__", float_radd),
        ("__sub__", float_sub),
        ("__rsub__", float_rsub),
        ("__mul__", float_mul),
        ("__rmul__", float_rmul),
        ("__truediv__", float_truediv),
        ("__rtruediv__", float_rtruediv),
        ("__floordiv__", float_floordiv),
        ("__rfloordiv__", float_rfloordiv),
        ("__mod__", float_mod),
        ("__rmod__", float_rmod),
        ("__pow__", float_pow_m),
        ("__rpow__", float_rpow),
        ("__lt__", float_lt),
        ("__le__", float_le),
        ("__eq__", float_eq),
        ("__ne__", float_ne),
        ("__gt__", float_gt),
        ("__ge__", float_ge),
        ("__repr__", float_repr_m),
        ("__neg__", float_neg),
        ("__pos__", float_pos),
        ("__abs__", float_abs),
        ("__bool__", float_bool),
        ("__hash__", float_hash_m),
        ("__int__", float_int),
        ("__float__", float_float),
        ("is_integer", float_is_integer),
        ("as_integer_ratio", float_as_integer_ratio),
        ("hex", float_hex),
        ("__round__", float_round),
        ("__trunc__", float_trunc),
        ("__floor__", float_floor),
        ("__ceil__", float_ceil),
        ("__divmod__", float_divmod),
        ("__rdivmod__", float_rdivmod),
        ("conjugate", float_conjugate),
        ("__format__", float_format),
        ("__getnewargs__", float_getnewargs),
    ] {
        def(fl, n, f);
    }
    classmethod(fl, "fromhex", float_fromhex);
    classmethod(fl, "__getformat__", float_getformat);
    super::getset(fl, "real", float_get_real);
    super::getset(fl, "imag", float_get_imag);
}
