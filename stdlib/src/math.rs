//! The `math` module: CPython's functions with its special-value rules ("math domain error"
//! for invalid arguments and singularities, "math range error" for overflow), exact integer
//! functions on big ints, Shewchuk's exact summation for fsum.

use crate::util::{big_of, bind, i64_of, index_big, is_exact_float, tname, to_f64};
use ferrite_runtime::errors::{
    overflow_error, type_error, value_error, zero_division, PyErr, PyResult,
};
use ferrite_runtime::methods::numbers::{float_to_int, is_int_v};
use ferrite_runtime::numeric::{binary_op, NumOp};
use ferrite_runtime::object::{none, py_bool};
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::{new_big, new_int};
use ferrite_runtime::objects::list::{list_get, list_len, list_push, new_list};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::ops;
use ferrite_runtime::Value;
use num_bigint::{BigInt, Sign};
use num_integer::Integer;
use num_traits::{One, Signed, ToPrimitive, Zero};

pub(crate) fn domain() -> PyErr {
    value_error("math domain error")
}
pub(crate) fn range_err() -> PyErr {
    overflow_error("math range error")
}

/// errno-style outcome of a libm-like function.
#[derive(PartialEq, Clone, Copy)]
enum Errno {
    Ok,
    Dom,
    Range,
}

/// CPython's is_error: EDOM is a ValueError, ERANGE an OverflowError unless the result is
/// small (an underflow).
fn is_error(r: f64, e: Errno) -> PyResult<()> {
    match e {
        Errno::Ok => Ok(()),
        Errno::Dom => Err(domain()),
        Errno::Range => {
            if r.abs() < 1.5 {
                Ok(())
            } else {
                Err(range_err())
            }
        }
    }
}

/// math_1: NaN from non-NaN is a domain error; inf from finite is a range error when the
/// function can overflow, else a domain error (a singularity).
fn math_1(x: f64, f: fn(f64) -> f64, can_overflow: bool) -> PyResult<Value> {
    let r = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(if can_overflow { range_err() } else { domain() });
    }
    Ok(new_float(r))
}

/// Positional-count check with 3.12's qualified "math.f() takes no keyword arguments".
fn chk(name: &str, a: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    ferrite_runtime::args::check(name, a, kw, min, max)
}

fn one_arg(name: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "math.{name}() takes no keyword arguments"
        )));
    }
    if a.len() != 1 {
        return Err(type_error(format!(
            "math.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(a[0])
}

macro_rules! func1 {
    ($fname:ident, $name:literal, $f:expr, $ovf:expr) => {
        fn $fname(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            let x = to_f64(one_arg($name, a, kw)?)?;
            math_1(x, $f, $ovf)
        }
    };
}

func1!(m_acos, "acos", f64::acos, false);
func1!(m_acosh, "acosh", libm::acosh, false);
func1!(m_asin, "asin", f64::asin, false);
func1!(m_asinh, "asinh", libm::asinh, false);
func1!(m_atan, "atan", f64::atan, false);
func1!(m_atanh, "atanh", libm::atanh, false);
func1!(m_cbrt, "cbrt", cbrt, false);
func1!(m_cos, "cos", f64::cos, false);
func1!(m_cosh, "cosh", f64::cosh, true);
func1!(m_exp, "exp", f64::exp, true);
func1!(m_exp2, "exp2", f64::exp2, true);
func1!(m_expm1, "expm1", f64::exp_m1, true);
func1!(m_fabs, "fabs", f64::abs, false);
func1!(m_log1p, "log1p", log1p, false);
func1!(m_sin, "sin", f64::sin, false);
func1!(m_sinh, "sinh", f64::sinh, true);
func1!(m_sqrt, "sqrt", f64::sqrt, false);
func1!(m_tan, "tan", f64::tan, false);
func1!(m_tanh, "tanh", f64::tanh, false);

/// Cube root with the platform's (glibc's) rounding: a polynomial first guess on the
/// mantissa, one Halley step, then the exponent scaled back by 2**(e/3).
#[allow(clippy::excessive_precision)]
fn cbrt(x: f64) -> f64 {
    const CBRT2: f64 = 1.259_921_049_894_873_164_8;
    const SQR_CBRT2: f64 = 1.587_401_051_968_199_474_8;
    const FACTOR: [f64; 5] = [1.0 / SQR_CBRT2, 1.0 / CBRT2, 1.0, CBRT2, SQR_CBRT2];
    if x == 0.0 || !x.is_finite() {
        return x + x;
    }
    let (xm, xe) = ferrite_runtime::objects::float::frexp(x.abs());
    let u = 0.354_895_765_043_919_86
        + (1.508_191_937_815_848_96
            + (-2.114_994_941_673_712_87
                + (2.446_931_225_635_344_3
                    + (-1.834_692_774_836_130_86
                        + (0.784_932_344_976_639_262 - 0.145_263_899_385_486_377 * xm) * xm)
                        * xm)
                    * xm)
                * xm)
            * xm;
    let t2 = u * u * u;
    let ym = u * (t2 + 2.0 * xm) / (2.0 * t2 + xm) * FACTOR[(2 + xe % 3) as usize];
    libm::ldexp(ym, xe / 3).copysign(x)
}

fn log1p(x: f64) -> f64 {
    // log1p(-0.0) keeps the sign of zero
    if x == 0.0 {
        return x;
    }
    x.ln_1p()
}

fn m_erf(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("erf", a, kw)?)?;
    Ok(new_float(libm::erf(x)))
}
fn m_erfc(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("erfc", a, kw)?)?;
    Ok(new_float(libm::erfc(x)))
}

// ------------------------------------------------------------------ gamma, lgamma

#[allow(clippy::excessive_precision)]
const LANCZOS_G: f64 = 6.024_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_G_MINUS_HALF: f64 = 5.524_680_040_776_729_583_740_234_375;
#[allow(clippy::excessive_precision)]
const LANCZOS_NUM: [f64; 13] = [
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
];
const LANCZOS_DEN: [f64; 13] = [
    0.0,
    39916800.0,
    120543840.0,
    150917976.0,
    105258076.0,
    45995730.0,
    13339535.0,
    2637558.0,
    357423.0,
    32670.0,
    1925.0,
    66.0,
    1.0,
];
const PI: f64 = std::f64::consts::PI;
#[allow(clippy::excessive_precision)]
const LOGPI: f64 = 1.144_729_885_849_400_174_143_427_351_353_058_711_647;

fn lanczos_sum(x: f64) -> f64 {
    let (mut num, mut den) = (0.0f64, 0.0f64);
    if x < 5.0 {
        for i in (0..13).rev() {
            num = num * x + LANCZOS_NUM[i];
            den = den * x + LANCZOS_DEN[i];
        }
    } else {
        for i in 0..13 {
            num = num / x + LANCZOS_NUM[i];
            den = den / x + LANCZOS_DEN[i];
        }
    }
    num / den
}

/// sin(pi*x), accurate near integers (for the reflection formula).
fn sinpi(x: f64) -> f64 {
    let y = x.abs() % 2.0;
    let n = (2.0 * y).round() as i32;
    let r = match n {
        0 => (PI * y).sin(),
        1 => (PI * (y - 0.5)).cos(),
        2 => (PI * (1.0 - y)).sin(),
        3 => -(PI * (y - 1.5)).cos(),
        _ => (PI * (y - 2.0)).sin(),
    };
    1.0f64.copysign(x) * r
}

fn tgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x == 0.0 {
        return (f64::INFINITY.copysign(x), Errno::Dom);
    }
    if x == x.floor() {
        if x < 0.0 {
            return (f64::NAN, Errno::Dom);
        }
        if x <= 23.0 {
            let mut f = 1.0f64;
            for i in 2..(x as i64) {
                f *= i as f64;
            }
            return (f, Errno::Ok);
        }
    }
    let absx = x.abs();
    if absx < 1e-20 {
        let r = 1.0 / x;
        return (
            r,
            if r.is_infinite() {
                Errno::Range
            } else {
                Errno::Ok
            },
        );
    }
    if absx > 200.0 {
        if x < 0.0 {
            return (0.0 / sinpi(x), Errno::Ok);
        }
        return (f64::INFINITY, Errno::Range);
    }
    let y = absx + LANCZOS_G_MINUS_HALF;
    let z = if absx > LANCZOS_G_MINUS_HALF {
        let q = y - absx;
        q - LANCZOS_G_MINUS_HALF
    } else {
        let q = y - LANCZOS_G_MINUS_HALF;
        q - absx
    };
    let z = z * LANCZOS_G / y;
    let mut r;
    if x < 0.0 {
        r = -PI / sinpi(absx) / absx * y.exp() / lanczos_sum(absx);
        r -= z * r;
        if absx < 140.0 {
            r /= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r /= sp;
            r /= sp;
        }
    } else {
        r = lanczos_sum(absx) / y.exp();
        r += z * r;
        if absx < 140.0 {
            r *= y.powf(absx - 0.5);
        } else {
            let sp = y.powf(absx / 2.0 - 0.25);
            r *= sp;
            r *= sp;
        }
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn lgamma(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() {
            return (x, Errno::Ok);
        }
        return (f64::INFINITY, Errno::Ok);
    }
    if x == x.floor() && x <= 2.0 {
        if x <= 0.0 {
            return (f64::INFINITY, Errno::Dom);
        }
        return (0.0, Errno::Ok);
    }
    let absx = x.abs();
    if absx < 1e-20 {
        return (-absx.ln(), Errno::Ok);
    }
    let mut r = lanczos_sum(absx).ln() - LANCZOS_G;
    r += (absx - 0.5) * ((absx + LANCZOS_G - 0.5).ln() - 1.0);
    if x < 0.0 {
        r = LOGPI - sinpi(absx).abs().ln() - absx.ln() - r;
    }
    (
        r,
        if r.is_infinite() {
            Errno::Range
        } else {
            Errno::Ok
        },
    )
}

fn m_gamma(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("gamma", a, kw)?)?;
    let (r, e) = tgamma(x);
    is_error(r, e)?;
    Ok(new_float(r))
}
fn m_lgamma(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("lgamma", a, kw)?)?;
    let (r, e) = lgamma(x);
    is_error(r, e)?;
    Ok(new_float(r))
}

// ------------------------------------------------------------------ two-argument functions

/// math_2's error rules.
fn math_2(x: f64, y: f64, r: f64) -> PyResult<Value> {
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() && y.is_finite() {
        return Err(range_err());
    }
    Ok(new_float(r))
}

fn two_args(name: &str, a: &[Value], kw: &[Value]) -> PyResult<(f64, f64)> {
    chk(name, a, kw, 2, 2)?;
    Ok((to_f64(a[0])?, to_f64(a[1])?))
}

fn atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            if x.is_sign_positive() {
                return (0.25 * PI).copysign(y);
            }
            return (0.75 * PI).copysign(y);
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        if x.is_sign_positive() {
            return 0.0f64.copysign(y);
        }
        return PI.copysign(y);
    }
    y.atan2(x)
}

fn m_atan2(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (y, x) = two_args("atan2", a, kw)?;
    math_2(y, x, atan2(y, x))
}
fn m_copysign(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args("copysign", a, kw)?;
    math_2(x, y, x.copysign(y))
}

pub(crate) fn remainder(x: f64, y: f64) -> f64 {
    if x.is_finite() && y.is_finite() {
        if y == 0.0 {
            return f64::NAN;
        }
        let absx = x.abs();
        let absy = y.abs();
        let m = absx % absy;
        let c = absy - m;
        let r = if m < c {
            m
        } else if m > c {
            -c
        } else {
            m - 2.0 * ((0.5 * (absx - m)) % absy)
        };
        return 1.0f64.copysign(x) * r;
    }
    if x.is_nan() {
        return x;
    }
    if y.is_nan() {
        return y;
    }
    if x.is_infinite() {
        return f64::NAN;
    }
    x
}

fn m_remainder(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args("remainder", a, kw)?;
    math_2(x, y, remainder(x, y))
}

fn m_fmod(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args("fmod", a, kw)?;
    if y.is_infinite() && x.is_finite() {
        return Ok(new_float(x));
    }
    let r = x % y;
    if r.is_nan() && !x.is_nan() && !y.is_nan() {
        return Err(domain());
    }
    Ok(new_float(r))
}

fn m_pow(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (x, y) = two_args("pow", a, kw)?;
    let mut err = Errno::Ok;
    let r;
    if !x.is_finite() || !y.is_finite() {
        if x.is_nan() {
            r = if y == 0.0 { 1.0 } else { x };
        } else if y.is_nan() {
            r = if x == 1.0 { 1.0 } else { y };
        } else if x.is_infinite() {
            let odd_y = y.is_finite() && (y.abs() % 2.0) == 1.0;
            r = if y > 0.0 {
                if odd_y {
                    x
                } else {
                    x.abs()
                }
            } else if y == 0.0 {
                1.0
            } else if odd_y {
                0.0f64.copysign(x)
            } else {
                0.0
            };
        } else if x.abs() == 1.0 {
            r = 1.0;
        } else if y > 0.0 && x.abs() > 1.0 {
            r = y;
        } else if y < 0.0 && x.abs() < 1.0 {
            r = -y;
        } else {
            r = 0.0;
        }
    } else {
        r = x.powf(y);
        if r.is_nan() {
            err = Errno::Dom;
        } else if r.is_infinite() {
            err = if x == 0.0 { Errno::Dom } else { Errno::Range };
        }
    }
    is_error(r, err)?;
    Ok(new_float(r))
}

// ------------------------------------------------------------------ floor / ceil / trunc

fn m_floor(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("floor", a, kw)?;
    if is_exact_float(v) {
        return float_to_int(to_f64(v)?.floor());
    }
    if let Some(r) = ops::call_special(v, "__floor__", &[])? {
        return Ok(r);
    }
    float_to_int(to_f64(v)?.floor())
}
fn m_ceil(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("ceil", a, kw)?;
    if is_exact_float(v) {
        return float_to_int(to_f64(v)?.ceil());
    }
    if let Some(r) = ops::call_special(v, "__ceil__", &[])? {
        return Ok(r);
    }
    float_to_int(to_f64(v)?.ceil())
}
fn m_trunc(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("trunc", a, kw)?;
    if is_exact_float(v) {
        return float_to_int(to_f64(v)?.trunc());
    }
    if let Some(r) = ops::call_special(v, "__trunc__", &[])? {
        return Ok(r);
    }
    Err(type_error(format!(
        "type {} doesn't define __trunc__ method",
        tname(v)
    )))
}

// ------------------------------------------------------------------ float decomposition

fn m_frexp(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("frexp", a, kw)?)?;
    let (m, e) = if x.is_nan() || x.is_infinite() || x == 0.0 {
        (x, 0)
    } else {
        ferrite_runtime::objects::float::frexp(x)
    };
    let mv = new_float(m);
    Ok(new_tuple(&[mv, new_int(e as i64)]))
}

fn m_ldexp(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    chk("ldexp", a, kw, 2, 2)?;
    let x = to_f64(a[0])?;
    if !is_int_v(a[1]) {
        return Err(type_error("Expected an int as second argument to ldexp."));
    }
    let exp = match i64_of(a[1]) {
        Some(e) => e,
        None => {
            if big_of(a[1]).is_negative() {
                i64::MIN
            } else {
                i64::MAX
            }
        }
    };
    let r = if x == 0.0 || !x.is_finite() {
        x
    } else if exp > i32::MAX as i64 {
        return Err(range_err());
    } else if exp < i32::MIN as i64 {
        0.0f64.copysign(x)
    } else {
        let r = libm::ldexp(x, exp as i32);
        if r.is_infinite() {
            return Err(range_err());
        }
        r
    };
    Ok(new_float(r))
}

fn m_modf(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("modf", a, kw)?)?;
    let (f, i) = if x.is_infinite() {
        (0.0f64.copysign(x), x)
    } else if x.is_nan() {
        (x, x)
    } else {
        let i = x.trunc();
        ((x - i).copysign(x), i)
    };
    let fv = new_float(f);
    let iv = new_float(i);
    Ok(new_tuple(&[fv, iv]))
}

fn m_nextafter(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() - kw.len() != 2 || !kw.is_empty() {
        if !kw.is_empty() {
            let s = ferrite_runtime::objects::str::str_of(kw[0]);
            return Err(type_error(format!(
                "'{s}' is an invalid keyword argument for nextafter()"
            )));
        }
        return Err(type_error(format!(
            "nextafter() takes exactly 2 positional arguments ({} given)",
            a.len()
        )));
    }
    let (x, y) = (to_f64(a[0])?, to_f64(a[1])?);
    Ok(new_float(libm::nextafter(x, y)))
}

fn m_ulp(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("ulp", a, kw)?)?;
    if x.is_nan() {
        return Ok(new_float(x));
    }
    let x = x.abs();
    if x.is_infinite() {
        return Ok(new_float(x));
    }
    let x2 = libm::nextafter(x, f64::INFINITY);
    if x2.is_infinite() {
        let x2 = libm::nextafter(x, f64::NEG_INFINITY);
        return Ok(new_float(x - x2));
    }
    Ok(new_float(x2 - x))
}

fn m_degrees(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("degrees", a, kw)?)?;
    Ok(new_float(x * (180.0 / PI)))
}
fn m_radians(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("radians", a, kw)?)?;
    Ok(new_float(x * (PI / 180.0)))
}
fn m_isfinite(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("isfinite", a, kw)?)?;
    Ok(py_bool(x.is_finite()))
}
fn m_isnan(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("isnan", a, kw)?)?;
    Ok(py_bool(x.is_nan()))
}
fn m_isinf(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let x = to_f64(one_arg("isinf", a, kw)?)?;
    Ok(py_bool(x.is_infinite()))
}

fn m_isclose(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let x = to_f64(p[0])?;
    let y = to_f64(p[1])?;
    let rel = if p[2].is_null() { 1e-9 } else { to_f64(p[2])? };
    let abs = if p[3].is_null() { 0.0 } else { to_f64(p[3])? };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    Ok(py_bool(isclose(x, y, rel, abs)))
}

fn isclose(x: f64, y: f64, rel: f64, abs: f64) -> bool {
    if x == y {
        return true;
    }
    if x.is_infinite() || y.is_infinite() {
        return false;
    }
    let diff = (y - x).abs();
    diff <= (rel * y).abs() || diff <= (rel * x).abs() || diff <= abs
}

// ------------------------------------------------------------------ logarithms

fn m_log_f(x: f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (x.ln(), Errno::Ok);
        }
        return (
            if x == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            },
            Errno::Dom,
        );
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::Ok);
    }
    (f64::NAN, Errno::Dom)
}
fn m_log2_f(x: f64) -> (f64, Errno) {
    if !x.is_finite() {
        if x.is_nan() || x > 0.0 {
            return (x, Errno::Ok);
        }
        return (f64::NAN, Errno::Dom);
    }
    if x > 0.0 {
        return (x.log2(), Errno::Ok);
    }
    (
        if x == 0.0 {
            f64::NEG_INFINITY
        } else {
            f64::NAN
        },
        Errno::Dom,
    )
}
fn m_log10_f(x: f64) -> (f64, Errno) {
    if x.is_finite() {
        if x > 0.0 {
            return (x.log10(), Errno::Ok);
        }
        return (
            if x == 0.0 {
                f64::NEG_INFINITY
            } else {
                f64::NAN
            },
            Errno::Dom,
        );
    }
    if x.is_nan() || x > 0.0 {
        return (x, Errno::Ok);
    }
    (f64::NAN, Errno::Dom)
}

/// CPython's loghelper: ints of any size are handled exactly (via frexp for huge ones).
fn loghelper(v: Value, f: fn(f64) -> (f64, Errno)) -> PyResult<f64> {
    if is_int_v(v) {
        let b = big_of(v);
        if b.sign() != Sign::Plus {
            return Err(domain());
        }
        return match ferrite_runtime::numeric::big_to_f64(&b) {
            Ok(x) => Ok(f(x).0),
            Err(_) => {
                let bits = b.bits() as i64;
                let shift = bits - 64;
                let top = b.magnitude() >> (shift as usize);
                let sticky = !(b.magnitude()
                    & ((num_bigint::BigUint::one() << shift as usize)
                        - num_bigint::BigUint::one()))
                .is_zero();
                let mut m =
                    ferrite_runtime::numeric::scaled_to_f64(&top, -64, sticky).unwrap_or(1.0);
                let mut e = bits;
                if m >= 1.0 {
                    m *= 0.5;
                    e += 1;
                }
                Ok(f(m).0 + f(2.0).0 * e as f64)
            }
        };
    }
    let x = to_f64(v)?;
    let (r, _) = f(x);
    if r.is_nan() && !x.is_nan() {
        return Err(domain());
    }
    if r.is_infinite() && x.is_finite() {
        return Err(domain());
    }
    Ok(r)
}

fn m_log(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    chk("log", a, kw, 1, 2)?;
    let num = loghelper(a[0], m_log_f)?;
    if a.len() == 1 {
        return Ok(new_float(num));
    }
    let den = loghelper(a[1], m_log_f)?;
    if den == 0.0 {
        return Err(zero_division("float division by zero"));
    }
    Ok(new_float(num / den))
}
fn m_log2(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("log2", a, kw)?;
    Ok(new_float(loghelper(v, m_log2_f)?))
}
fn m_log10(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("log10", a, kw)?;
    Ok(new_float(loghelper(v, m_log10_f)?))
}

// ------------------------------------------------------------------ sums and norms

/// Shewchuk's exact summation with CPython's final half-even correction.
pub(crate) struct FSum {
    partials: Vec<f64>,
    special: f64,
    inf: f64,
}

impl FSum {
    pub(crate) fn new() -> FSum {
        FSum {
            partials: Vec::new(),
            special: 0.0,
            inf: 0.0,
        }
    }
    pub(crate) fn add(&mut self, mut x: f64) -> PyResult<()> {
        let xsave = x;
        let mut i = 0;
        for j in 0..self.partials.len() {
            let mut y = self.partials[j];
            if x.abs() < y.abs() {
                std::mem::swap(&mut x, &mut y);
            }
            let hi = x + y;
            let yr = hi - x;
            let lo = y - yr;
            if lo != 0.0 {
                self.partials[i] = lo;
                i += 1;
            }
            x = hi;
        }
        self.partials.truncate(i);
        if x != 0.0 {
            if !x.is_finite() {
                if xsave.is_finite() {
                    return Err(overflow_error("intermediate overflow in fsum"));
                }
                if xsave.is_infinite() {
                    self.inf += xsave;
                }
                self.special += xsave;
                self.partials.clear();
            } else {
                self.partials.push(x);
            }
        }
        Ok(())
    }
    pub(crate) fn result(&self) -> PyResult<f64> {
        if self.special != 0.0 {
            if self.inf.is_nan() {
                return Err(value_error("-inf + inf in fsum"));
            }
            return Ok(self.special);
        }
        let p = &self.partials;
        let mut n = p.len();
        let mut hi = 0.0;
        if n > 0 {
            n -= 1;
            hi = p[n];
            let mut lo = 0.0;
            while n > 0 {
                let x = hi;
                n -= 1;
                let y = p[n];
                hi = x + y;
                let yr = hi - x;
                lo = y - yr;
                if lo != 0.0 {
                    break;
                }
            }
            if n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0)) {
                let y = lo * 2.0;
                let x = hi + y;
                let yr = x - hi;
                if y == yr {
                    hi = x;
                }
            }
        }
        Ok(hi)
    }
}

fn m_fsum(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let seq = one_arg("fsum", a, kw)?;
    let it = ops::iter(seq)?;
    let mut acc = FSum::new();
    while let Some(item) = ops::next(it)? {
        acc.add(to_f64(item)?)?;
    }
    Ok(new_float(acc.result()?))
}

fn vector_norm(vec: &[f64], max: f64, found_nan: bool) -> f64 {
    const T27: f64 = 134217729.0;
    let n = vec.len();
    if max.is_infinite() {
        return max;
    }
    if found_nan {
        return f64::NAN;
    }
    if max == 0.0 || n <= 1 {
        return max;
    }
    let (_, max_e) = ferrite_runtime::objects::float::frexp(max);
    let (mut csum, mut frac1, mut frac2, mut frac3) = (1.0f64, 0.0f64, 0.0f64, 0.0f64);
    if max_e >= -1023 {
        let scale = libm::ldexp(1.0, -max_e);
        for &v in vec {
            let x = v * scale;
            let t = x * T27;
            let hi = t - (t - x);
            let lo = x - hi;
            let x = hi * hi;
            let old = csum;
            csum += x;
            frac1 += (old - csum) + x;
            let x = 2.0 * hi * lo;
            let old = csum;
            csum += x;
            frac2 += (old - csum) + x;
            frac3 += lo * lo;
        }
        let h = (csum - 1.0 + (frac1 + frac2 + frac3)).sqrt();
        let x = h;
        let t = x * T27;
        let hi = t - (t - x);
        let lo = x - hi;
        let x = -hi * hi;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
        let x = -2.0 * hi * lo;
        let old = csum;
        csum += x;
        frac2 += (old - csum) + x;
        let x = -lo * lo;
        let old = csum;
        csum += x;
        frac3 += (old - csum) + x;
        let x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    for &v in vec {
        let x = v / max;
        let x = x * x;
        let old = csum;
        csum += x;
        frac1 += (old - csum) + x;
    }
    max * (csum - 1.0 + frac1).sqrt()
}

fn m_hypot(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("math.hypot() takes no keyword arguments"));
    }
    let mut coords = Vec::with_capacity(a.len());
    let (mut max, mut nan) = (0.0f64, false);
    for &v in a {
        let x = to_f64(v)?.abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        coords.push(x);
    }
    Ok(new_float(vector_norm(&coords, max, nan)))
}

fn m_dist(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    chk("dist", a, kw, 2, 2)?;
    let p = ops::to_tuple(a[0])?;
    let q = ops::to_tuple(a[1])?;
    let (ps, qs) = (tuple_items(p), tuple_items(q));
    if ps.len() != qs.len() {
        return Err(value_error(
            "both points must have the same number of dimensions",
        ));
    }
    let mut diffs = Vec::with_capacity(ps.len());
    let (mut max, mut nan) = (0.0f64, false);
    for i in 0..ps.len() {
        let px = to_f64(tuple_items(p)[i])?;
        let qx = to_f64(tuple_items(q)[i])?;
        let x = (px - qx).abs();
        nan |= x.is_nan();
        if x > max {
            max = x;
        }
        diffs.push(x);
    }
    Ok(new_float(vector_norm(&diffs, max, nan)))
}

fn m_prod(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("prod", a, kw, &["iterable", "start"], 1, 1, 1)?;
    let mut result = if p[1].is_null() { new_int(1) } else { p[1] };
    let it = ops::iter(p[0])?;
    while let Some(item) = ops::next(it)? {
        result = binary_op(result, item, NumOp::Mul, false)?;
    }
    Ok(result)
}

fn is_plain_int(v: Value) -> bool {
    v.is_small_int() || ferrite_runtime::objects::int::is_int(v)
}

fn m_sumprod(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    chk("sumprod", a, kw, 2, 2)?;
    let pi = ops::iter(a[0])?;
    let qi = ops::iter(a[1])?;
    let pairs = new_list(&[]);
    loop {
        let x = ops::next(pi)?;
        let y = ops::next(qi)?;
        match (x, y) {
            (None, None) => break,
            (Some(x), Some(y)) => {
                list_push(pairs, x);
                list_push(pairs, y);
            }
            _ => return Err(value_error("Inputs are not the same length")),
        }
    }
    let n = list_len(pairs);
    let items = |i: usize| list_get(pairs, i).unwrap();
    if (0..n).all(|i| is_plain_int(items(i))) {
        let mut total = BigInt::zero();
        for i in (0..n).step_by(2) {
            total += big_of(items(i)) * big_of(items(i + 1));
        }
        return Ok(new_big(total));
    }
    let numeric = (0..n).all(|i| is_exact_float(items(i)) || is_plain_int(items(i)));
    if numeric {
        // exact products (two-product via fma), summed exactly, rounded once
        let mut vals = Vec::with_capacity(n);
        let mut ok = true;
        for i in 0..n {
            let v = items(i);
            let f = if is_exact_float(v) {
                to_f64(v)?
            } else {
                match i64_of(v) {
                    Some(k) if k.unsigned_abs() <= (1u64 << 53) => k as f64,
                    _ => {
                        ok = false;
                        break;
                    }
                }
            };
            vals.push(f);
        }
        if ok {
            let mut acc = FSum::new();
            let mut plain = 0.0f64;
            let mut finite = true;
            for c in vals.chunks(2) {
                let p = c[0] * c[1];
                plain += p;
                if !p.is_finite() {
                    finite = false;
                    continue;
                }
                let err = c[0].mul_add(c[1], -p);
                if acc.add(p).is_err() || acc.add(err).is_err() {
                    finite = false;
                }
            }
            if finite {
                if let Ok(r) = acc.result() {
                    return Ok(new_float(r));
                }
            }
            return Ok(new_float(plain));
        }
    }
    let mut total = new_int(0);
    for i in (0..n).step_by(2) {
        let prod = binary_op(items(i), items(i + 1), NumOp::Mul, false)?;
        total = binary_op(total, prod, NumOp::Add, false)?;
    }
    Ok(total)
}

// ------------------------------------------------------------------ integer functions

fn m_gcd(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("math.gcd() takes no keyword arguments"));
    }
    if a.is_empty() {
        return Ok(new_int(0));
    }
    let mut res = index_big(a[0])?.abs();
    for &v in &a[1..] {
        let x = index_big(v)?;
        if !res.is_one() {
            res = res.gcd(&x);
        }
    }
    Ok(new_big(res))
}

fn m_lcm(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("math.lcm() takes no keyword arguments"));
    }
    if a.is_empty() {
        return Ok(new_int(1));
    }
    let mut res = index_big(a[0])?.abs();
    for &v in &a[1..] {
        let x = index_big(v)?;
        if res.is_zero() {
            continue;
        }
        if x.is_zero() {
            res = BigInt::zero();
            continue;
        }
        let g = res.gcd(&x);
        res = (&res / g * x).abs();
    }
    Ok(new_big(res))
}

fn m_isqrt(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = index_big(one_arg("isqrt", a, kw)?)?;
    if n.is_negative() {
        return Err(value_error("isqrt() argument must be nonnegative"));
    }
    Ok(new_big(n.sqrt()))
}

/// Product of the integers in [lo, hi) by binary splitting.
fn range_prod(lo: &BigInt, hi: &BigInt) -> BigInt {
    let n = hi - lo;
    if n <= BigInt::from(16) {
        let mut r = BigInt::one();
        let mut i = lo.clone();
        while &i < hi {
            r *= &i;
            i += 1;
        }
        return r;
    }
    let mid: BigInt = lo + (n >> 1usize);
    range_prod(lo, &mid) * range_prod(&mid, hi)
}

fn factorial_big(n: u64) -> BigInt {
    range_prod(&BigInt::from(1), &BigInt::from(n + 1))
}

fn m_factorial(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let v = one_arg("factorial", a, kw)?;
    let n = index_big(v)?;
    if n.is_negative() {
        return Err(value_error("factorial() not defined for negative values"));
    }
    let Some(n) = n.to_i64() else {
        return Err(overflow_error(format!(
            "factorial() argument should not exceed {}",
            i64::MAX
        )));
    };
    Ok(new_big(factorial_big(n as u64)))
}

fn m_perm(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    chk("perm", a, kw, 1, 2)?;
    if a.len() == 1 || a[1] == none() {
        return m_factorial(&a[..1], &[]);
    }
    let n = index_big(a[0])?;
    let k = index_big(a[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if n < k {
        return Ok(new_int(0));
    }
    if k.to_i64().is_none() {
        return Err(overflow_error(format!("k must not exceed {}", i64::MAX)));
    }
    let lo = &n - &k + 1;
    Ok(new_big(range_prod(&lo, &(n + 1))))
}

fn m_comb(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    chk("comb", a, kw, 2, 2)?;
    let n = index_big(a[0])?;
    let k = index_big(a[1])?;
    if n.is_negative() {
        return Err(value_error("n must be a non-negative integer"));
    }
    if k.is_negative() {
        return Err(value_error("k must be a non-negative integer"));
    }
    if k > n {
        return Ok(new_int(0));
    }
    let nk = &n - &k;
    let k = if nk < k { nk } else { k };
    let Some(ki) = k.to_u64() else {
        return Err(overflow_error(format!(
            "min(n - k, k) must not exceed {}",
            i64::MAX
        )));
    };
    if ki == 0 {
        return Ok(new_int(1));
    }
    let lo = &n - &k + 1;
    let num = range_prod(&lo, &(n + 1));
    Ok(new_big(num / factorial_big(ki)))
}

/// Fills a new `math` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    use ferrite_runtime::objects::dict::dict_set_str;
    dict_set_str(d, "pi", new_float(PI));
    dict_set_str(d, "e", new_float(std::f64::consts::E));
    dict_set_str(d, "tau", new_float(std::f64::consts::TAU));
    dict_set_str(d, "inf", new_float(f64::INFINITY));
    dict_set_str(d, "nan", new_float(f64::NAN));
    crate::define_functions(
        d,
        &[
            ("acos", m_acos),
            ("acosh", m_acosh),
            ("asin", m_asin),
            ("asinh", m_asinh),
            ("atan", m_atan),
            ("atan2", m_atan2),
            ("atanh", m_atanh),
            ("cbrt", m_cbrt),
            ("ceil", m_ceil),
            ("comb", m_comb),
            ("copysign", m_copysign),
            ("cos", m_cos),
            ("cosh", m_cosh),
            ("degrees", m_degrees),
            ("dist", m_dist),
            ("erf", m_erf),
            ("erfc", m_erfc),
            ("exp", m_exp),
            ("exp2", m_exp2),
            ("expm1", m_expm1),
            ("fabs", m_fabs),
            ("factorial", m_factorial),
            ("floor", m_floor),
            ("fmod", m_fmod),
            ("frexp", m_frexp),
            ("fsum", m_fsum),
            ("gamma", m_gamma),
            ("gcd", m_gcd),
            ("hypot", m_hypot),
            ("isclose", m_isclose),
            ("isfinite", m_isfinite),
            ("isinf", m_isinf),
            ("isnan", m_isnan),
            ("isqrt", m_isqrt),
            ("lcm", m_lcm),
            ("ldexp", m_ldexp),
            ("lgamma", m_lgamma),
            ("log", m_log),
            ("log10", m_log10),
            ("log1p", m_log1p),
            ("log2", m_log2),
            ("modf", m_modf),
            ("nextafter", m_nextafter),
            ("perm", m_perm),
            ("pow", m_pow),
            ("prod", m_prod),
            ("radians", m_radians),
            ("remainder", m_remainder),
            ("sin", m_sin),
            ("sinh", m_sinh),
            ("sqrt", m_sqrt),
            ("sumprod", m_sumprod),
            ("tan", m_tan),
            ("tanh", m_tanh),
            ("trunc", m_trunc),
            ("ulp", m_ulp),
        ],
    );
    Ok(())
}
