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
use num_traits::{Num, Signed, ToPrimitive, Zero};

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
            if !is_int(b) {
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
    if !is_int(b) {
        return Ok(not_implemented());
    }
    let m = opt_not_none(args, 2);
    if m.is_null() {
        return Ok(int_op(a, int_self(b), NumOp::Pow)?.unwrap_or_else(not_implemented));
    }
    if !is_int(m) {
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
pub fn int_repr_string(v: Value) -> String {
    if v == py_true() {
        return "True".into();
    }
    if v == py_false() {
        return "False".into();
    }
    let v = int_self(v);
    match int_to_i64(v) {
        Some(i) => i.to_string(),
        None => int_to_big(v).to_string(),
    }
}
fn int_repr(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = args[0];
    if type_of(v) == bt(BT::Bool) || !is_subtype(type_of(v), bt(BT::Bool)) {
        return Ok(new_str(&int_repr_string(v)));
    }
    Ok(new_str(&int_repr_string(v)))
}

fn int_cmp(args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let (a, b) = (int_self(args[0]), args[1]);
    if is_int(b) {
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

/// Parses an int literal the way int(str, base) does.
pub fn parse_int(s: &str, base: u32) -> Option<BigInt> {
    let t = s.trim();
    let (neg, t) = if let Some(r) = t.strip_prefix('-') {
        (true, r)
    } else if let Some(r) = t.strip_prefix('+') {
        (false, r)
    } else {
        (false, t)
    };
    let mut base = base;
    let lower = t.to_ascii_lowercase();
    let mut digits: &str = t;
    for (p, b) in [("0x", 16), ("0o", 8), ("0b", 2)] {
        if lower.starts_with(p) && (base == 0 || base == b) {
            base = b;
            digits = &t[2..];
            digits = digits.strip_prefix('_').unwrap_or(digits);
            break;
        }
    }
    if base == 0 {
        if t.len() > 1 && t.starts_with('0') && t.chars().any(|c| c != '0' && c != '_') {
            return None;
        }
        base = 10;
    }
    if digits.is_empty()
        || digits.starts_with('_')
        || digits.ends_with('_')
        || digits.contains("__")
    {
        return None;
    }
    let clean: String = digits.chars().filter(|&c| c != '_').collect();
    if !clean.chars().all(|c| c.is_ascii_alphanumeric()) {
        return None;
    }
    let v = BigInt::from_str_radix(&clean, base).ok()?;
    Some(if neg { -v } else { v })
}

fn int_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = args[0];
    only_kwargs("int", kw, &["base"])?;
    let pos = positional(&args[1..], kw);
    let base = kwarg(args, kw, "base").or_else(|| pos.get(1).copied());
    if pos.len() > 2 {
        return Err(type_error(format!(
            "int() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let r = if pos.is_empty() {
        if base.is_some() {
            return Err(type_error("int() missing string argument"));
        }
        new_int(0)
    } else {
        let x = pos[0];
        if let Some(b) = base {
            let b = crate::ops::index_value(b)?;
            if b != 0 && !(2..=36).contains(&b) {
                return Err(value_error("int() base must be >= 2 and <= 36, or 0"));
            }
            if !(x.is_ptr() && (layout_of(x) == Layout::Str || layout_of(x) == Layout::Bytes)) {
                return Err(type_error(
                    "int() can't convert non-string with explicit base",
                ));
            }
            parse_int_value(x, b as u32)?
        } else if is_int(x) {
            new_big(int_to_big(int_self(x)))
        } else if x.is_ptr() && layout_of(x) == Layout::Float {
            float_to_int(float_of(x))?
        } else if x.is_ptr() && (layout_of(x) == Layout::Str || layout_of(x) == Layout::Bytes) {
            parse_int_value(x, 10)?
        } else if let Some(r) = crate::ops::call_special(x, "__int__", &[])? {
            r
        } else if let Some(r) = crate::ops::call_special(x, "__index__", &[])? {
            r
        } else if let Some(r) = crate::ops::call_special(x, "__trunc__", &[])? {
            r
        } else {
            return Err(type_error(format!(
                "int() argument must be a string, a bytes-like object or a real number, not '{}'",
                type_name_of(x)
            )));
        }
    };
    if cls == bt(BT::Int) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(cls, r))
}

fn parse_int_value(x: Value, base: u32) -> PyResult<Value> {
    let s = if layout_of(x) == Layout::Str {
        str_of(x).to_string()
    } else {
        String::from_utf8_lossy(crate::methods::bytes::bytes_data(x)).into_owned()
    };
    match parse_int(&s, base) {
        Some(b) => Ok(new_big(b)),
        None => Err(value_error(format!(
            "invalid literal for int() with base {}: {}",
            base,
            crate::methods::str::str_repr(&s)
        ))),
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
    Ok(new_big(
        num_bigint::BigInt::from(num_traits::FromPrimitive::from_f64(t).unwrap_or(0i64))
            .max(BigInt::from_f64_exact(t)),
    ))
}

trait FromF64Exact {
    fn from_f64_exact(f: f64) -> BigInt;
}
impl FromF64Exact for BigInt {
    fn from_f64_exact(f: f64) -> BigInt {
        let (m, e) = crate::objects::float::frexp(f);
        let mant = (m * (1u64 << 53) as f64) as i64;
        let b = BigInt::from(mant);
        let sh = e - 53;
        if sh >= 0 {
            b << sh as usize
        } else {
            b >> (-sh) as usize
        }
    }
}

fn int_bit_length(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("bit_length", args, kw, 0, 0)?;
    Ok(new_int(int_to_big(int_self(args[0])).bits() as i64))
}
fn int_bit_count(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("bit_count", args, kw, 0, 0)?;
    let b = int_to_big(int_self(args[0])).abs();
    Ok(new_int(
        b.to_u64_digits()
            .1
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
    let nd = crate::ops::index_value(n)?;
    if nd >= 0 {
        return Ok(new_big(v));
    }
    let p = num_traits::pow(BigInt::from(10), (-nd) as usize);
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
    if !is_int(args[1]) {
        return Ok(not_implemented());
    }
    let (a, b) = (int_self(args[0]), int_self(args[1]));
    let q = int_op(a, b, NumOp::FloorDiv)?.unwrap();
    let r = int_op(a, b, NumOp::Mod)?.unwrap();
    Ok(crate::objects::tuple::new_tuple(&[q, r]))
}
fn int_rdivmod(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__rdivmod__", args, kw, 1, 1)?;
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
    if v.is_ptr() && layout_of(v) == Layout::Float {
        Some(float_self(v))
    } else {
        None
    }
}
fn float_self(v: Value) -> f64 {
    if layout_of(v) == Layout::Instance {
        float_of(crate::objects::instance::base_value(v))
    } else {
        float_of(v)
    }
}

fn operand_f64(v: Value) -> PyResult<Option<f64>> {
    if let Some(f) = to_float(v) {
        return Ok(Some(f));
    }
    if is_int(v) {
        let v = int_self(v);
        return match int_to_i64(v) {
            Some(i) => Ok(Some(i as f64)),
            None => big_to_f64(&int_to_big(v)).map(Some),
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
            let r = float_mixed_op(new_float(x), new_float(y), $op)?;
            Ok(r.unwrap_or_else(not_implemented))
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
float_binop!(float_pow, NumOp::Pow, false);
float_binop!(float_rpow, NumOp::Pow, true);

fn float_cmp(args: &[Value], op: crate::ops::CmpOp) -> PyResult<Value> {
    let a = float_self(args[0]);
    let b = args[1];
    if let Some(f) = to_float(b) {
        return Ok(py_bool(op.apply(a, f)));
    }
    if is_int(b) {
        let b = int_self(b);
        if let Some(i) = int_to_i64(b) {
            if i.abs() < (1 << 53) {
                return Ok(py_bool(op.apply(a, i as f64)));
            }
        }
        // exact comparison of a float with a big int
        if a.is_nan() {
            return Ok(py_bool(op == crate::ops::CmpOp::Ne));
        }
        if a.is_infinite() {
            return Ok(py_bool(
                op.apply(a, 0.0)
                    || (op.apply(a, f64::MAX) && a > 0.0)
                    || (op.apply(a, f64::MIN) && a < 0.0),
            ));
        }
        let ai = BigInt::from_f64_exact(a.trunc());
        let bi = int_to_big(b);
        let ord = if ai != bi {
            ai.cmp(&bi)
        } else if a.fract() > 0.0 {
            std::cmp::Ordering::Greater
        } else if a.fract() < 0.0 {
            std::cmp::Ordering::Less
        } else {
            std::cmp::Ordering::Equal
        };
        return Ok(py_bool(op.apply(ord, std::cmp::Ordering::Equal)));
    }
    Ok(not_implemented())
}
cmp_fns!(float_cmp, float_lt, float_le, float_eq, float_ne, float_gt, float_ge);

fn float_repr_m(args: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&float_repr(float_self(args[0]))))
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
    Ok(new_float(float_self(args[0])))
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
    let (m, e) = crate::objects::float::frexp(f);
    let mut mant = m;
    let mut exp = e;
    let mut i = 0;
    while mant != mant.floor() && i < 300 {
        mant *= 2.0;
        exp -= 1;
        i += 1;
    }
    let mut num = BigInt::from(mant as i64);
    let mut den = BigInt::from(1);
    if exp > 0 {
        num <<= exp as usize;
    } else {
        den <<= (-exp) as usize;
    }
    Ok(crate::objects::tuple::new_tuple(&[
        new_big(num),
        new_big(den),
    ]))
}
fn float_hex(args: &[Value], _: &[Value]) -> PyResult<Value> {
    let f = float_self(args[0]);
    if f.is_nan() {
        return Ok(new_str("nan"));
    }
    if f.is_infinite() {
        return Ok(new_str(if f > 0.0 { "inf" } else { "-inf" }));
    }
    let sign = if f.is_sign_negative() { "-" } else { "" };
    if f == 0.0 {
        return Ok(new_str(&format!("{sign}0x0.0p+0")));
    }
    let bits = f.abs().to_bits();
    let mut exp = ((bits >> 52) & 0x7ff) as i64;
    let mut mant = bits & ((1u64 << 52) - 1);
    let lead;
    if exp == 0 {
        // subnormal: normalise like CPython (0x0.xxxp-1022)
        lead = 0;
        exp = -1022;
    } else {
        lead = 1;
        exp -= 1023;
    }
    let mut s = format!("{:013x}", mant);
    while s.len() > 1 && s.ends_with('0') {
        s.pop();
    }
    mant = 0;
    let _ = mant;
    Ok(new_str(&format!(
        "{sign}0x{lead}.{s}p{}{}",
        if exp >= 0 { "+" } else { "-" },
        exp.abs()
    )))
}
fn float_round(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__round__", args, kw, 0, 1)?;
    let f = float_self(args[0]);
    let n = opt_not_none(args, 1);
    if n.is_null() {
        let r = f.round();
        let r = if (f - f.trunc()).abs() == 0.5 {
            2.0 * (f / 2.0).round()
        } else {
            r
        };
        return float_to_int(r);
    }
    let nd = crate::ops::index_value(n)?;
    if !f.is_finite() {
        return Ok(new_float(f));
    }
    // correctly rounded via the shortest decimal string
    let s = format!("{:.*}", nd.clamp(0, 400) as usize, f);
    if nd >= 0 {
        return Ok(new_float(
            round_half_even_decimal(f, nd as i32).unwrap_or_else(|| s.parse().unwrap_or(f)),
        ));
    }
    let p = 10f64.powi((-nd) as i32);
    let y = f / p;
    let mut r = y.round();
    if (y - y.trunc()).abs() == 0.5 {
        r = 2.0 * (y / 2.0).round();
    }
    Ok(new_float(r * p))
}

/// Rounds `f` to `nd` decimal places, ties to even on the exact binary value.
fn round_half_even_decimal(f: f64, nd: i32) -> Option<f64> {
    if nd > 22 {
        return Some(f);
    }
    let s = format!("{:.*e}", 40, f);
    let _ = s;
    let exact = format!("{:.*}", (nd + 30) as usize, f);
    let (ip, fp) = exact.split_once('.')?;
    let keep = &fp[..nd as usize];
    let rest = &fp[nd as usize..];
    let neg = ip.starts_with('-');
    let digits = format!("{}{}", ip.trim_start_matches('-'), keep);
    let mut n: BigInt = digits.parse().ok()?;
    let first = rest.as_bytes().first().copied().unwrap_or(b'0');
    let tail_nonzero = rest.bytes().skip(1).any(|b| b != b'0');
    use num_integer::Integer;
    if first > b'5' || (first == b'5' && (tail_nonzero || n.is_odd())) {
        n += 1;
    }
    let s = format!("{}{}e-{}", if neg { "-" } else { "" }, n, nd);
    s.parse().ok()
}

fn float_new(args: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("float", &args[1..], kw, 0, 1)?;
    let cls = args[0];
    let r = if args.len() == 1 {
        new_float(0.0)
    } else {
        let x = args[1];
        if let Some(f) = to_float(x) {
            new_float(f)
        } else if is_int(x) {
            new_float(big_to_f64(&int_to_big(int_self(x)))?)
        } else if x.is_ptr() && layout_of(x) == Layout::Str {
            new_float(parse_float(str_of(x)).ok_or_else(|| {
                value_error(format!(
                    "could not convert string to float: {}",
                    crate::methods::str::str_repr(str_of(x))
                ))
            })?)
        } else if let Some(r) = crate::ops::call_special(x, "__float__", &[])? {
            r
        } else if let Some(r) = crate::ops::call_special(x, "__index__", &[])? {
            new_float(big_to_f64(&int_to_big(r))?)
        } else {
            return Err(type_error(format!(
                "float() argument must be a string or a real number, not '{}'",
                type_name_of(x)
            )));
        }
    };
    if cls == bt(BT::Float) {
        return Ok(r);
    }
    Ok(super::new_subclass_instance(cls, r))
}

pub fn parse_float(s: &str) -> Option<f64> {
    let t = s.trim();
    let l = t.to_ascii_lowercase();
    let body = l.trim_start_matches(['+', '-']);
    let neg = l.starts_with('-');
    let special = match body {
        "inf" | "infinity" => Some(f64::INFINITY),
        "nan" => Some(f64::NAN),
        _ => None,
    };
    if let Some(v) = special {
        return Some(if neg { -v } else { v });
    }
    if t.contains("__") || t.starts_with('_') || t.ends_with('_') {
        return None;
    }
    let clean: String = t.chars().filter(|&c| c != '_').collect();
    if !clean
        .chars()
        .all(|c| c.is_ascii_digit() || "+-.eE".contains(c))
    {
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
    ] {
        def(int, n, f);
    }
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
        ("__pow__", float_pow),
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
        ("conjugate", float_conjugate),
    ] {
        def(fl, n, f);
    }
    super::getset(fl, "real", float_get_real);
    super::getset(fl, "imag", float_get_imag);
}
