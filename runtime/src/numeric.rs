//! Binary and unary operators: fast paths for int/float, the builtin numeric semantics
//! (floor division and modulo signs, true division, big-int promotion), and generic dispatch to
//! `__op__`/`__rop__`/`__iop__` with CPython's subclass-first rule.

use crate::errors::*;
use crate::object::*;
use crate::objects::float::{float_of, new_float};
use crate::objects::int::{int_to_big, int_to_i64, is_int, new_big, new_int};
use crate::ops::call_method_obj;
use crate::types::{is_subtype, lookup, type_name_of};
use crate::value::Value;
use num_bigint::BigInt;
use num_integer::Integer;
use num_traits::{Signed, ToPrimitive, Zero};

/// Operator numbering shared with the bytecode's BinOp (non-inplace 0..13, inplace +13).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum NumOp {
    Add,
    Sub,
    Mul,
    MatMul,
    TrueDiv,
    FloorDiv,
    Mod,
    Pow,
    LShift,
    RShift,
    And,
    Or,
    Xor,
}
const OPS: [NumOp; 13] = [
    NumOp::Add,
    NumOp::Sub,
    NumOp::Mul,
    NumOp::MatMul,
    NumOp::TrueDiv,
    NumOp::FloorDiv,
    NumOp::Mod,
    NumOp::Pow,
    NumOp::LShift,
    NumOp::RShift,
    NumOp::And,
    NumOp::Or,
    NumOp::Xor,
];
impl NumOp {
    pub fn from_index(i: u32) -> (NumOp, bool) {
        if i >= 13 {
            (OPS[(i - 13) as usize], true)
        } else {
            (OPS[i as usize], false)
        }
    }
    pub fn names(self) -> (&'static str, &'static str, &'static str) {
        match self {
            NumOp::Add => ("__add__", "__radd__", "__iadd__"),
            NumOp::Sub => ("__sub__", "__rsub__", "__isub__"),
            NumOp::Mul => ("__mul__", "__rmul__", "__imul__"),
            NumOp::MatMul => ("__matmul__", "__rmatmul__", "__imatmul__"),
            NumOp::TrueDiv => ("__truediv__", "__rtruediv__", "__itruediv__"),
            NumOp::FloorDiv => ("__floordiv__", "__rfloordiv__", "__ifloordiv__"),
            NumOp::Mod => ("__mod__", "__rmod__", "__imod__"),
            NumOp::Pow => ("__pow__", "__rpow__", "__ipow__"),
            NumOp::LShift => ("__lshift__", "__rlshift__", "__ilshift__"),
            NumOp::RShift => ("__rshift__", "__rrshift__", "__irshift__"),
            NumOp::And => ("__and__", "__rand__", "__iand__"),
            NumOp::Or => ("__or__", "__ror__", "__ior__"),
            NumOp::Xor => ("__xor__", "__rxor__", "__ixor__"),
        }
    }
    pub fn symbol(self, inplace: bool) -> &'static str {
        let s = match self {
            NumOp::Add => "+",
            NumOp::Sub => "-",
            NumOp::Mul => "*",
            NumOp::MatMul => "@",
            NumOp::TrueDiv => "/",
            NumOp::FloorDiv => "//",
            NumOp::Mod => "%",
            NumOp::Pow => "**",
            NumOp::LShift => "<<",
            NumOp::RShift => ">>",
            NumOp::And => "&",
            NumOp::Or => "|",
            NumOp::Xor => "^",
        };
        if inplace {
            match self {
                NumOp::Add => "+=",
                NumOp::Sub => "-=",
                NumOp::Mul => "*=",
                NumOp::MatMul => "@=",
                NumOp::TrueDiv => "/=",
                NumOp::FloorDiv => "//=",
                NumOp::Mod => "%=",
                NumOp::Pow => "**=",
                NumOp::LShift => "<<=",
                NumOp::RShift => ">>=",
                NumOp::And => "&=",
                NumOp::Or => "|=",
                NumOp::Xor => "^=",
            }
        } else if self == NumOp::Pow {
            "** or pow()"
        } else {
            s
        }
    }
}

/// `a op b` (or `a op= b`).
/// One of the core builtin types whose operator methods are fixed (no subclass) and which
/// never override `__class__`.
#[inline]
pub fn plain_builtin(t: Value) -> bool {
    [
        BT::Int,
        BT::Bool,
        BT::Float,
        BT::Str,
        BT::Tuple,
        BT::List,
        BT::Dict,
        BT::NoneType,
    ]
    .iter()
    .any(|&b| bt(b) == t)
}

pub fn binary_op(a: Value, b: Value, op: NumOp, inplace: bool) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        if let Some(r) = small_int_op(a.small(), b.small(), op)? {
            return Ok(r);
        }
    }
    let (ta, tb) = (type_of(a), type_of(b));
    let fl = bt(BT::Float);
    if ta == fl && tb == fl {
        return float_op(float_of(a), float_of(b), op);
    }
    // exact str % an exact core builtin (which has no __rmod__ taking precedence): formatting
    // without the dunder dispatch
    if op == NumOp::Mod && ta == bt(BT::Str) && plain_builtin(tb) {
        let r = crate::format::percent_format(crate::objects::str::str_of(a), b)?;
        return Ok(crate::objects::str::new_str(&r));
    }
    let (name, rname, iname) = op.names();
    if inplace {
        if let Some(m) = lookup(ta, iname) {
            let r = call_method_obj(m, a, &[b], &[])?;
            if r != not_implemented() {
                return Ok(r);
            }
        }
    }
    // Builtin sequences implement + and * as sq_concat/sq_repeat, not number slots: CPython
    // tries the other operand's number methods first and the sequence operation last.
    let seq_left = matches!(op, NumOp::Add | NumOp::Mul) && is_seq_method(lookup(ta, name));
    let mut tried_reflected = false;
    if ta != tb && (seq_left || is_subtype(tb, ta)) {
        if let Some(rm) = lookup(tb, rname) {
            if lookup(ta, rname) != Some(rm) && !(seq_left && is_seq_method(Some(rm))) {
                tried_reflected = true;
                let r = call_method_obj(rm, b, &[a], &[])?;
                if r != not_implemented() {
                    return Ok(r);
                }
            }
        }
    }
    if let Some(m) = lookup(ta, name) {
        let r = call_method_obj(m, a, &[b], &[])?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    if !tried_reflected && ta != tb && !seq_left {
        if let Some(rm) = lookup(tb, rname) {
            let r = call_method_obj(rm, b, &[a], &[])?;
            if r != not_implemented() {
                return Ok(r);
            }
        }
    }
    if op == NumOp::Mul {
        let other = if is_seq_method(lookup(ta, "__mul__")) {
            Some(b)
        } else if is_seq_method(lookup(tb, "__mul__")) {
            Some(a)
        } else {
            None
        };
        if let Some(o) = other {
            return Err(type_error(format!(
                "can't multiply sequence by non-int of type '{}'",
                type_name_of(o)
            )));
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for {}: '{}' and '{}'",
        op.symbol(inplace),
        type_name_of(a),
        type_name_of(b)
    )))
}

/// Is `m` a method of a builtin sequence type (str, bytes, bytearray, list, tuple)?
fn is_seq_method(m: Option<Value>) -> bool {
    let Some(m) = m else {
        return false;
    };
    if !(m.is_ptr() && layout_of(m) == Layout::MethodDescriptor) {
        return false;
    }
    let owner = obj::<crate::objects::function::MethodDescrObject>(m).owner;
    [BT::Str, BT::Bytes, BT::ByteArray, BT::List, BT::Tuple]
        .iter()
        .any(|&t| owner == bt(t))
}

/// `x op y` for small ints, when the result needs no dunder dispatch (None: leave it to
/// `binary_op`'s general path). Inlined into the eval loop's BinaryOp.
#[inline]
pub fn small_int_op(x: i64, y: i64, op: NumOp) -> PyResult<Option<Value>> {
    let r = match op {
        NumOp::Add => x.checked_add(y),
        NumOp::Sub => x.checked_sub(y),
        NumOp::Mul => x.checked_mul(y),
        NumOp::FloorDiv => {
            if y == 0 {
                return Err(zero_division("integer division or modulo by zero"));
            }
            if y == -1 {
                x.checked_neg()
            } else {
                Some(Integer::div_floor(&x, &y))
            }
        }
        NumOp::Mod => {
            if y == 0 {
                return Err(zero_division("integer modulo by zero"));
            }
            if y == -1 {
                Some(0)
            } else {
                Some(x.mod_floor(&y))
            }
        }
        NumOp::And => Some(x & y),
        NumOp::Or => Some(x | y),
        NumOp::Xor => Some(x ^ y),
        NumOp::TrueDiv => {
            if y == 0 {
                return Err(zero_division("division by zero"));
            }
            if x.unsigned_abs() < (1 << 53) && y.unsigned_abs() < (1 << 53) {
                return Ok(Some(new_float(x as f64 / y as f64)));
            }
            None
        }
        _ => None,
    };
    Ok(r.map(new_int))
}

pub fn float_op(x: f64, y: f64, op: NumOp) -> PyResult<Value> {
    let r = match op {
        NumOp::Add => x + y,
        NumOp::Sub => x - y,
        NumOp::Mul => x * y,
        NumOp::TrueDiv => {
            if y == 0.0 {
                return Err(zero_division("float division by zero"));
            }
            x / y
        }
        NumOp::FloorDiv => {
            if y == 0.0 {
                return Err(zero_division("float floor division by zero"));
            }
            float_divmod(x, y).0
        }
        NumOp::Mod => {
            if y == 0.0 {
                return Err(zero_division("float modulo"));
            }
            float_divmod(x, y).1
        }
        NumOp::Pow => return float_pow(x, y),
        _ => {
            return Err(type_error(format!(
                "unsupported operand type(s) for {}: 'float' and 'float'",
                op.symbol(false)
            )))
        }
    };
    Ok(new_float(r))
}

/// Python's float divmod (floor semantics, sign of the divisor for the remainder).
pub fn float_divmod(x: f64, y: f64) -> (f64, f64) {
    let mut m = x % y;
    let mut div = (x - m) / y;
    if m != 0.0 {
        if (y < 0.0) != (m < 0.0) {
            m += y;
            div -= 1.0;
        }
    } else {
        m = 0.0f64.copysign(y);
    }
    let floordiv = if div != 0.0 {
        let f = div.floor();
        if div - f > 0.5 {
            f + 1.0
        } else {
            f
        }
    } else {
        0.0f64.copysign(x / y)
    };
    (floordiv, m)
}

fn is_odd_integer(y: f64) -> bool {
    y.is_finite() && y % 2.0 != 0.0 && y.fract() == 0.0 && (y % 2.0).abs() == 1.0
}

/// `x ** y` for floats (CPython's float_pow, special cases included); a negative base with a
/// fractional exponent gives a complex.
pub fn float_pow(iv: f64, iw: f64) -> PyResult<Value> {
    if iw == 0.0 {
        return Ok(new_float(1.0));
    }
    if iv.is_nan() {
        return Ok(new_float(iv));
    }
    if iw.is_nan() {
        return Ok(new_float(if iv == 1.0 { 1.0 } else { iw }));
    }
    if iw.is_infinite() {
        let a = iv.abs();
        return Ok(new_float(if a == 1.0 {
            1.0
        } else if (iw > 0.0) == (a > 1.0) {
            iw.abs()
        } else {
            0.0
        }));
    }
    if iv.is_infinite() {
        let odd = is_odd_integer(iw);
        return Ok(new_float(if iw > 0.0 {
            if odd {
                iv
            } else {
                iv.abs()
            }
        } else if odd {
            0.0f64.copysign(iv)
        } else {
            0.0
        }));
    }
    if iv == 0.0 {
        let odd = is_odd_integer(iw);
        if iw < 0.0 {
            return Err(zero_division("0.0 cannot be raised to a negative power"));
        }
        return Ok(new_float(if odd { iv } else { 0.0 }));
    }
    let mut v = iv;
    let mut negate = false;
    if v < 0.0 {
        if iw != iw.floor() {
            return crate::methods::complex::complex_pow_values((iv, 0.0), (iw, 0.0));
        }
        v = -v;
        negate = is_odd_integer(iw);
    }
    if v == 1.0 {
        return Ok(new_float(if negate { -1.0 } else { 1.0 }));
    }
    let r = v.powf(iw);
    if r.is_infinite() {
        return Err(overflow_error("(34, 'Numerical result out of range')"));
    }
    Ok(new_float(if negate { -r } else { r }))
}

static MAX_STR_DIGITS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(4300);

/// sys.get_int_max_str_digits(): 0 means no limit.
pub fn max_str_digits() -> usize {
    MAX_STR_DIGITS.load(std::sync::atomic::Ordering::Relaxed)
}

/// sys.set_int_max_str_digits(n): CPython's ValueError for 0 < n < 640.
pub fn set_max_str_digits(n: i64) -> PyResult<()> {
    if n != 0 && n < 640 {
        return Err(value_error("maxdigits must be 0 or larger than 640"));
    }
    MAX_STR_DIGITS.store(n as usize, std::sync::atomic::Ordering::Relaxed);
    Ok(())
}

/// int op int for any ints (bool and big included); None for ops int does not support.
pub fn int_op(a: Value, b: Value, op: NumOp) -> PyResult<Option<Value>> {
    if let (Some(x), Some(y)) = (int_to_i64(a), int_to_i64(b)) {
        if let Some(r) = small_i64_op(x, y, op)? {
            return Ok(Some(r));
        }
    }
    let (x, y) = (int_to_big(a), int_to_big(b));
    let r = match op {
        NumOp::Add => x + y,
        NumOp::Sub => x - y,
        NumOp::Mul => x * y,
        NumOp::FloorDiv => {
            if y.is_zero() {
                return Err(zero_division("integer division or modulo by zero"));
            }
            x.div_floor(&y)
        }
        NumOp::Mod => {
            if y.is_zero() {
                return Err(zero_division("integer modulo by zero"));
            }
            x.mod_floor(&y)
        }
        NumOp::TrueDiv => {
            if y.is_zero() {
                return Err(zero_division("division by zero"));
            }
            return Ok(Some(new_float(big_true_div(&x, &y)?)));
        }
        NumOp::Pow => {
            if y.is_negative() {
                let xf = big_to_f64(&x)?;
                let yf = big_to_f64(&y)?;
                return float_pow(xf, yf).map(Some);
            }
            match y.to_u32() {
                Some(e) => num_traits::Pow::pow(x, e),
                None => {
                    if x.is_zero() || x == BigInt::from(1) {
                        x
                    } else if x == BigInt::from(-1) {
                        if y.is_odd() {
                            x
                        } else {
                            BigInt::from(1)
                        }
                    } else {
                        return Err(crate::errors::new_exc(Exc::MemoryError, ""));
                    }
                }
            }
        }
        NumOp::LShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            let s = y
                .to_usize()
                .ok_or_else(|| overflow_error("too many digits in integer"))?;
            x << s
        }
        NumOp::RShift => {
            if y.is_negative() {
                return Err(value_error("negative shift count"));
            }
            match y.to_usize() {
                Some(s) => x >> s,
                None => {
                    if x.is_negative() {
                        BigInt::from(-1)
                    } else {
                        BigInt::zero()
                    }
                }
            }
        }
        NumOp::And => x & y,
        NumOp::Or => x | y,
        NumOp::Xor => x ^ y,
        NumOp::MatMul => return Ok(None),
    };
    Ok(Some(new_big(r)))
}

fn small_i64_op(x: i64, y: i64, op: NumOp) -> PyResult<Option<Value>> {
    match op {
        NumOp::Pow => {
            if (0..64).contains(&y) {
                if let Some(r) = x.checked_pow(y as u32) {
                    return Ok(Some(new_int(r)));
                }
            }
            Ok(None)
        }
        NumOp::LShift => {
            if (0..62).contains(&y) {
                if let Some(r) = x.checked_mul(1i64 << y) {
                    return Ok(Some(new_int(r)));
                }
            }
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Ok(None)
        }
        NumOp::RShift => {
            if y < 0 {
                return Err(value_error("negative shift count"));
            }
            Ok(Some(new_int(if y >= 64 {
                if x < 0 {
                    -1
                } else {
                    0
                }
            } else {
                x >> y
            })))
        }
        _ => small_int_op(x, y, op),
    }
}

/// An int as the nearest float (ties to even), or "int too large to convert to float".
pub fn big_to_f64(x: &BigInt) -> PyResult<f64> {
    if let Some(i) = x.to_i64() {
        if i.unsigned_abs() <= (1u64 << 53) {
            return Ok(i as f64);
        }
    }
    match scaled_to_f64(x.magnitude(), 0, false) {
        Some(f) => Ok(if x.is_negative() { -f } else { f }),
        None => Err(overflow_error("int too large to convert to float")),
    }
}

/// m * 2**e (plus a sticky "more nonzero bits below" flag) correctly rounded to a float,
/// ties to even, subnormals included; None if the result overflows.
pub fn scaled_to_f64(m: &num_bigint::BigUint, e: i64, sticky: bool) -> Option<f64> {
    use num_bigint::BigUint;
    if m.is_zero() {
        return Some(0.0);
    }
    let bits = m.bits() as i64;
    // exponent of the least significant kept bit
    let lsb = (bits + e - 53).max(-1074);
    let shift = lsb - e;
    let q: u64 = if shift > 0 {
        let sh = shift as u64;
        let q = m >> sh;
        let rem = m - (&q << sh);
        let half = BigUint::from(1u32) << (sh - 1);
        let mut q = q.to_u64().unwrap_or(u64::MAX);
        let round_up = match rem.cmp(&half) {
            std::cmp::Ordering::Greater => true,
            std::cmp::Ordering::Equal => sticky || q & 1 == 1,
            std::cmp::Ordering::Less => false,
        };
        if round_up {
            q += 1;
        }
        q
    } else {
        (m << (-shift) as u64).to_u64().unwrap_or(u64::MAX)
    };
    // q < 2**54; value = q * 2**lsb
    let qbits = 64 - q.leading_zeros() as i64;
    if qbits + lsb > 1024 {
        return None;
    }
    Some(ldexp(q as f64, lsb))
}

/// x * 2**e, exact when the result is representable.
fn ldexp(mut x: f64, mut e: i64) -> f64 {
    while e > 1000 {
        x *= f64::from_bits((1023u64 + 1000) << 52);
        e -= 1000;
    }
    while e < -1000 {
        x *= f64::from_bits((1023u64 - 1000) << 52);
        e += 1000;
    }
    if e >= -1022 {
        x * f64::from_bits(((1023 + e) as u64) << 52)
    } else {
        // two steps keep the intermediate normal, so only the final product rounds
        x * f64::from_bits(((1023 + e + 60) as u64) << 52) * f64::from_bits((1023u64 - 60) << 52)
    }
}

/// int / int correctly rounded (CPython's long_true_divide).
fn big_true_div(x: &BigInt, y: &BigInt) -> PyResult<f64> {
    if let (Some(a), Some(b)) = (x.to_i64(), y.to_i64()) {
        if a.unsigned_abs() <= (1 << 53) && b.unsigned_abs() <= (1 << 53) {
            return Ok(a as f64 / b as f64);
        }
    }
    let neg = x.is_negative() != y.is_negative();
    let (a, b) = (x.magnitude(), y.magnitude());
    if a.is_zero() {
        return Ok(if neg { -0.0 } else { 0.0 });
    }
    // scale so the quotient has at least 55 significant bits
    let shift = a.bits() as i64 - b.bits() as i64 - 55;
    let (n, d) = if shift >= 0 {
        (a.clone(), b << shift as u64)
    } else {
        (a << (-shift) as u64, b.clone())
    };
    let (q, r) = n.div_rem(&d);
    match scaled_to_f64(&q, shift, !r.is_zero()) {
        Some(f) => Ok(if neg { -f } else { f }),
        None => Err(overflow_error(
            "integer division result too large for a float",
        )),
    }
}

/// float op with one side an int: converts the int.
pub fn float_mixed_op(a: Value, b: Value, op: NumOp) -> PyResult<Option<Value>> {
    let x = to_f64_operand(a)?;
    let y = to_f64_operand(b)?;
    match (x, y) {
        (Some(x), Some(y)) => {
            if matches!(
                op,
                NumOp::LShift | NumOp::RShift | NumOp::And | NumOp::Or | NumOp::Xor | NumOp::MatMul
            ) {
                return Ok(None);
            }
            float_op(x, y, op).map(Some)
        }
        _ => Ok(None),
    }
}

fn to_f64_operand(v: Value) -> PyResult<Option<f64>> {
    if is_int(v) {
        if let Some(i) = int_to_i64(v) {
            return Ok(Some(i as f64));
        }
        return big_to_f64(&int_to_big(v)).map(Some);
    }
    if v.is_ptr() && layout_of(v) == Layout::Float {
        return Ok(Some(float_of(v)));
    }
    Ok(None)
}

/// Unary minus/plus/invert.
pub fn unary_op(v: Value, which: u32) -> PyResult<Value> {
    match which {
        3 => Ok(py_bool(!crate::ops::truthy(v)?)),
        _ => {
            if v.is_small_int() {
                let x = v.small();
                return Ok(match which {
                    0 => new_int(-x),
                    1 => v,
                    _ => new_int(!x),
                });
            }
            let (name, sym) = match which {
                0 => ("__neg__", "-"),
                1 => ("__pos__", "+"),
                _ => ("__invert__", "~"),
            };
            match crate::ops::call_special(v, name, &[])? {
                Some(r) => Ok(r),
                None => Err(type_error(format!(
                    "bad operand type for unary {}: '{}'",
                    sym,
                    type_name_of(v)
                ))),
            }
        }
    }
}
