//! float: a boxed f64 (the JIT unboxes), with CPython's shortest round-trip repr.

use crate::object::{bt, new_obj, obj, BT};
use crate::value::Value;
use ferrite_gc::Header;

#[repr(C)]
pub struct FloatObject {
    pub header: Header,
    pub value: f64,
}
crate::fixed_kind!(FLOAT_KIND, "float", FloatObject, []);

#[inline]
pub fn new_float(f: f64) -> Value {
    new_obj::<FloatObject>(bt(BT::Float), |o| o.value = f)
}

#[inline]
pub fn float_of(v: Value) -> f64 {
    obj::<FloatObject>(v).value
}

/// `repr(float)`: the shortest string that round-trips, in CPython's format ('r' mode).
pub fn float_repr(f: f64) -> String {
    if f.is_nan() {
        return "nan".into();
    }
    if f.is_infinite() {
        return if f > 0.0 { "inf".into() } else { "-inf".into() };
    }
    if f == 0.0 {
        return if f.is_sign_negative() {
            "-0.0".into()
        } else {
            "0.0".into()
        };
    }
    // Rust's `{:e}` gives the shortest round-trip digits; re-lay them out the way CPython's
    // float_repr_style='short' does: exponent notation below 1e-4 or from 1e16 up.
    let e = format!("{:e}", f);
    let (mant, exp) = e.split_once('e').unwrap();
    let exp: i32 = exp.parse().unwrap();
    let neg = mant.starts_with('-');
    let digits: String = mant.chars().filter(|c| c.is_ascii_digit()).collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if (-4..16).contains(&exp) {
        if exp >= 0 {
            let int_len = exp as usize + 1;
            if digits.len() <= int_len {
                out.push_str(&digits);
                for _ in digits.len()..int_len {
                    out.push('0');
                }
                out.push_str(".0");
            } else {
                out.push_str(&digits[..int_len]);
                out.push('.');
                out.push_str(&digits[int_len..]);
            }
        } else {
            out.push_str("0.");
            for _ in 0..(-exp - 1) {
                out.push('0');
            }
            out.push_str(&digits);
        }
    } else {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        if exp < 0 {
            out.push('-');
        } else {
            out.push('+');
        }
        out.push_str(&format!("{:02}", exp.abs()));
    }
    out
}

/// Python's hash of a float (numeric hash consistent with int for integral values).
pub fn float_hash(f: f64) -> isize {
    if f.is_nan() {
        return 0;
    }
    if f.is_infinite() {
        return if f > 0.0 { 314159 } else { -314159 };
    }
    if f.fract() == 0.0 && f.abs() < 9.2e18 {
        return crate::objects::int::int_hash(crate::objects::int::new_int(f as i64));
    }
    const M: u64 = (1u64 << 61) - 1;
    let (mut m, mut e) = frexp(f.abs());
    let mut x: u64 = 0;
    while m != 0.0 {
        x = ((x << 28) & M) | (x >> (61 - 28));
        m *= 268435456.0;
        e -= 28;
        let y = m as u64;
        m -= y as f64;
        x += y;
        if x >= M {
            x -= M;
        }
    }
    let e = if e >= 0 {
        e % 61
    } else {
        61 - 1 - ((-1 - e) % 61)
    };
    x = ((x << e) & M) | (x >> (61 - e));
    let mut r = x as i64;
    if f < 0.0 {
        r = -r;
    }
    if r == -1 {
        r = -2;
    }
    r as isize
}

/// (mantissa in [0.5, 1), exponent) with f = m * 2**e, for finite non-zero f.
pub fn frexp(f: f64) -> (f64, i32) {
    if f == 0.0 || !f.is_finite() {
        return (f, 0);
    }
    let bits = f.to_bits();
    let exp = ((bits >> 52) & 0x7ff) as i32;
    if exp == 0 {
        let (m, e) = frexp(f * (1u64 << 54) as f64);
        return (m, e - 54);
    }
    let m = f64::from_bits((bits & !(0x7ffu64 << 52)) | (1022u64 << 52));
    (m, exp - 1022)
}
