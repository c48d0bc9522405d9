//! The `cmath` module: complex functions with CPython's algorithms for finite arguments
//! (overflow-safe scaling near the extremes, the same branch cuts), C99 Annex G special values
//! for sqrt, exp and log, and "math domain error"/"math range error" where CPython raises.

use crate::math::{domain, range_err};
use crate::util::{bind, tname, to_f64};
use ferrite_runtime::errors::{type_error, value_error, PyResult};
use ferrite_runtime::methods::complex::{complex_value, new_complex};
use ferrite_runtime::object::py_bool;
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::ops;
use ferrite_runtime::Value;
use std::f64::consts::{LN_10, LN_2, PI};

type C = (f64, f64);

const LARGE: f64 = f64::MAX / 4.0;
const SQRT_DBL_MIN: f64 = 1.491_668_146_240_041_3e-154;

fn log_large() -> f64 {
    LARGE.ln()
}
fn sqrt_large() -> f64 {
    LARGE.sqrt()
}

#[derive(PartialEq)]
enum Err {
    Ok,
    Dom,
    Range,
}

/// PyArg "D": complex, `__complex__`, or a real number.
fn carg(v: Value) -> PyResult<C> {
    if let Some(c) = complex_value(v) {
        return Ok(c);
    }
    if v.is_ptr()
        && ferrite_runtime::types::lookup(ferrite_runtime::object::type_of(v), "__complex__")
            .is_some()
    {
        let r = ops::call_special(v, "__complex__", &[])?.unwrap_or(Value::NULL);
        return complex_value(r).ok_or_else(|| {
            type_error(format!(
                "__complex__ returned non-complex (type {})",
                tname(r)
            ))
        });
    }
    Ok((to_f64(v)?, 0.0))
}

fn one(name: &str, a: &[Value], kw: &[Value]) -> PyResult<C> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "cmath.{name}() takes no keyword arguments"
        )));
    }
    if a.len() != 1 {
        return Err(type_error(format!(
            "cmath.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    carg(a[0])
}

fn finish((r, e): (C, Err)) -> PyResult<Value> {
    match e {
        Err::Ok => Ok(new_complex(r.0, r.1)),
        Err::Dom => Err(domain()),
        Err::Range => Err(range_err()),
    }
}

fn finite(z: C) -> bool {
    z.0.is_finite() && z.1.is_finite()
}

fn range_check(r: C) -> (C, Err) {
    if r.0.is_infinite() || r.1.is_infinite() {
        (r, Err::Range)
    } else {
        (r, Err::Ok)
    }
}

fn c_sqrt(z: C) -> C {
    let (x, y) = z;
    if !finite(z) {
        if y.is_infinite() {
            return (f64::INFINITY, y);
        }
        if x == f64::NEG_INFINITY {
            return if y.is_nan() {
                (f64::NAN, f64::INFINITY)
            } else {
                (0.0, f64::INFINITY.copysign(y))
            };
        }
        if x == f64::INFINITY {
            return if y.is_nan() {
                (f64::INFINITY, f64::NAN)
            } else {
                (f64::INFINITY, 0.0f64.copysign(y))
            };
        }
        return (f64::NAN, f64::NAN);
    }
    if x == 0.0 && y == 0.0 {
        return (0.0, y);
    }
    let mut ax = x.abs();
    let ay = y.abs();
    let s = if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        ax = libm::ldexp(ax, 53);
        libm::ldexp((ax + ax.hypot(libm::ldexp(ay, 53))).sqrt(), -27)
    } else {
        ax /= 8.0;
        2.0 * (ax + ax.hypot(ay / 8.0)).sqrt()
    };
    let d = ay / (2.0 * s);
    if x >= 0.0 {
        (s, d.copysign(y))
    } else {
        (d, s.copysign(y))
    }
}

fn c_exp(z: C) -> (C, Err) {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            if x > 0.0 {
                (
                    f64::INFINITY.copysign(y.cos()),
                    f64::INFINITY.copysign(y.sin()),
                )
            } else {
                (0.0f64.copysign(y.cos()), 0.0f64.copysign(y.sin()))
            }
        } else if x.is_nan() {
            (f64::NAN, if y == 0.0 { y } else { f64::NAN })
        } else if x.is_infinite() && y == 0.0 {
            (if x > 0.0 { f64::INFINITY } else { 0.0 }, y)
        } else if x == f64::NEG_INFINITY {
            (0.0, 0.0)
        } else if x == f64::INFINITY {
            (f64::INFINITY, f64::NAN)
        } else {
            (f64::NAN, f64::NAN)
        };
        let e = if y.is_infinite() && (x.is_finite() || x == f64::INFINITY) {
            Err::Dom
        } else {
            Err::Ok
        };
        return (r, e);
    }
    let r = if x > log_large() {
        let l = (x - 1.0).exp();
        (
            l * y.cos() * std::f64::consts::E,
            l * y.sin() * std::f64::consts::E,
        )
    } else {
        let l = x.exp();
        (l * y.cos(), l * y.sin())
    };
    range_check(r)
}

fn m_atan2(y: f64, x: f64) -> f64 {
    if x.is_nan() || y.is_nan() {
        return f64::NAN;
    }
    if y.is_infinite() {
        if x.is_infinite() {
            return if x.is_sign_positive() {
                (0.25 * PI).copysign(y)
            } else {
                (0.75 * PI).copysign(y)
            };
        }
        return (0.5 * PI).copysign(y);
    }
    if x.is_infinite() || y == 0.0 {
        return if x.is_sign_positive() {
            0.0f64.copysign(y)
        } else {
            PI.copysign(y)
        };
    }
    y.atan2(x)
}

fn c_log(z: C) -> (C, Err) {
    let (x, y) = z;
    if !finite(z) {
        let re = if x.is_infinite() || y.is_infinite() {
            f64::INFINITY
        } else {
            f64::NAN
        };
        return ((re, m_atan2(y, x)), Err::Ok);
    }
    let ax = x.abs();
    let ay = y.abs();
    let re = if ax > LARGE || ay > LARGE {
        (ax / 2.0).hypot(ay / 2.0).ln() + LN_2
    } else if ax < f64::MIN_POSITIVE && ay < f64::MIN_POSITIVE {
        if ax > 0.0 || ay > 0.0 {
            libm::ldexp(ax, 53).hypot(libm::ldexp(ay, 53)).ln() - 53.0 * LN_2
        } else {
            return ((f64::NEG_INFINITY, y.atan2(x)), Err::Dom);
        }
    } else {
        let h = ax.hypot(ay);
        if (0.71..=1.73).contains(&h) {
            let (am, an) = if ax > ay { (ax, ay) } else { (ay, ax) };
            ((am - 1.0) * (am + 1.0) + an * an).ln_1p() / 2.0
        } else {
            h.ln()
        }
    };
    ((re, y.atan2(x)), Err::Ok)
}

fn c_asinh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let re = if y >= 0.0 {
            l.copysign(x)
        } else {
            -l.copysign(-x)
        };
        return (re, m_atan2(y, x.abs()));
    }
    let s1 = c_sqrt((1.0 + y, -x));
    let s2 = c_sqrt((1.0 - y, x));
    (
        libm::asinh(s1.0 * s2.1 - s2.0 * s1.1),
        m_atan2(y, s1.0 * s2.0 - s1.1 * s2.1),
    )
}

fn c_asin(z: C) -> C {
    let s = c_asinh((-z.1, z.0));
    (s.1, -s.0)
}

fn c_acos(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        let re = m_atan2(y.abs(), x);
        let l = (x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0;
        let im = if x < 0.0 {
            -l.copysign(y)
        } else {
            l.copysign(-y)
        };
        return (re, im);
    }
    let s1 = c_sqrt((1.0 - x, -y));
    let s2 = c_sqrt((1.0 + x, y));
    (
        2.0 * m_atan2(s1.0, s2.0),
        libm::asinh(s2.0 * s1.1 - s2.1 * s1.0),
    )
}

fn c_acosh(z: C) -> C {
    let (x, y) = z;
    if x.abs() > LARGE || y.abs() > LARGE {
        return ((x / 2.0).hypot(y / 2.0).ln() + LN_2 * 2.0, m_atan2(y, x));
    }
    let s1 = c_sqrt((x - 1.0, y));
    let s2 = c_sqrt((x + 1.0, y));
    (
        libm::asinh(s1.0 * s2.0 + s1.1 * s2.1),
        2.0 * m_atan2(s1.1, s2.0),
    )
}

fn c_atanh(z: C) -> (C, Err) {
    let (x, y) = z;
    if x < 0.0 {
        let (r, e) = c_atanh((-x, -y));
        return ((-r.0, -r.1), e);
    }
    if !finite(z) {
        if x.is_nan() || y.is_nan() {
            if x.is_infinite() || y.is_infinite() {
                return (
                    (
                        0.0f64.copysign(x),
                        if y.is_infinite() {
                            (PI / 2.0).copysign(y)
                        } else {
                            f64::NAN
                        },
                    ),
                    Err::Ok,
                );
            }
            return ((f64::NAN, f64::NAN), Err::Ok);
        }
        return ((0.0, (PI / 2.0).copysign(y)), Err::Ok);
    }
    let ay = y.abs();
    if x > sqrt_large() || ay > sqrt_large() {
        let h = (x / 2.0).hypot(y / 2.0);
        return ((x / 4.0 / h / h, -(PI / 2.0).copysign(-y)), Err::Ok);
    }
    if x == 1.0 && ay < SQRT_DBL_MIN {
        if ay == 0.0 {
            return ((f64::INFINITY, y), Err::Dom);
        }
        return (
            (
                -(ay.sqrt() / ay.hypot(2.0).sqrt()).ln(),
                (m_atan2(2.0, -ay) / 2.0).copysign(y),
            ),
            Err::Ok,
        );
    }
    (
        (
            (4.0 * x / ((1.0 - x) * (1.0 - x) + ay * ay)).ln_1p() / 4.0,
            -m_atan2(-2.0 * y, (1.0 - x) * (1.0 + x) - ay * ay) / 2.0,
        ),
        Err::Ok,
    )
}

fn c_atan(z: C) -> (C, Err) {
    let (s, e) = c_atanh((-z.1, z.0));
    ((s.1, -s.0), e)
}

fn c_cosh(z: C) -> (C, Err) {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            (
                f64::INFINITY.copysign(y.cos()),
                f64::INFINITY.copysign(y.sin()) * x.signum(),
            )
        } else if y == 0.0 {
            (
                if x.is_infinite() {
                    f64::INFINITY
                } else {
                    f64::NAN
                },
                if x.is_nan() {
                    y
                } else {
                    0.0f64.copysign(x * y)
                },
            )
        } else {
            (
                if x.is_infinite() {
                    f64::INFINITY
                } else {
                    f64::NAN
                },
                f64::NAN,
            )
        };
        let e = if y.is_infinite() && !x.is_nan() {
            Err::Dom
        } else {
            Err::Ok
        };
        return (r, e);
    }
    let r = if x.abs() > log_large() {
        let xm = x - 1.0f64.copysign(x);
        (
            y.cos() * xm.cosh() * std::f64::consts::E,
            y.sin() * xm.sinh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.cosh(), y.sin() * x.sinh())
    };
    range_check(r)
}

fn c_sinh(z: C) -> (C, Err) {
    let (x, y) = z;
    if !finite(z) {
        let r = if x.is_infinite() && y.is_finite() && y != 0.0 {
            (
                f64::INFINITY.copysign(y.cos()) * x.signum(),
                f64::INFINITY.copysign(y.sin()),
            )
        } else if y == 0.0 {
            (x, y)
        } else {
            (if x.is_infinite() { x } else { f64::NAN }, f64::NAN)
        };
        let e = if y.is_infinite() && !x.is_nan() {
            Err::Dom
        } else {
            Err::Ok
        };
        return (r, e);
    }
    let r = if x.abs() > log_large() {
        let xm = x - 1.0f64.copysign(x);
        (
            y.cos() * xm.sinh() * std::f64::consts::E,
            y.sin() * xm.cosh() * std::f64::consts::E,
        )
    } else {
        (y.cos() * x.sinh(), y.sin() * x.cosh())
    };
    range_check(r)
}

fn c_tanh(z: C) -> (C, Err) {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() && y.is_finite() {
            return (
                (1.0f64.copysign(x), 0.0f64.copysign(2.0 * y.sin() * y.cos())),
                Err::Ok,
            );
        }
        if x.is_nan() && y == 0.0 {
            return ((f64::NAN, y), Err::Ok);
        }
        let e = if y.is_infinite() && x.is_finite() {
            Err::Dom
        } else {
            Err::Ok
        };
        if x.is_infinite() {
            return ((1.0f64.copysign(x), 0.0), Err::Ok);
        }
        return ((f64::NAN, f64::NAN), e);
    }
    if x.abs() > log_large() {
        return (
            (
                1.0f64.copysign(x),
                4.0 * y.sin() * y.cos() * (-2.0 * x.abs()).exp(),
            ),
            Err::Ok,
        );
    }
    let tx = x.tanh();
    let ty = y.tan();
    let cx = 1.0 / x.cosh();
    let txty = tx * ty;
    let denom = 1.0 + txty * txty;
    (
        (tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx),
        Err::Ok,
    )
}

fn rot_in(z: C) -> C {
    (-z.1, z.0)
}
fn rot_out(s: C) -> C {
    (s.1, -s.0)
}

macro_rules! cfunc {
    ($fname:ident, $name:literal, |$z:ident| $body:expr) => {
        fn $fname(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            let $z = one($name, a, kw)?;
            finish($body)
        }
    };
}

cfunc!(cm_sqrt, "sqrt", |z| (c_sqrt(z), Err::Ok));
cfunc!(cm_exp, "exp", |z| c_exp(z));
cfunc!(cm_asinh, "asinh", |z| (c_asinh(z), Err::Ok));
cfunc!(cm_asin, "asin", |z| (c_asin(z), Err::Ok));
cfunc!(cm_acos, "acos", |z| (c_acos(z), Err::Ok));
cfunc!(cm_acosh, "acosh", |z| (c_acosh(z), Err::Ok));
cfunc!(cm_atanh, "atanh", |z| c_atanh(z));
cfunc!(cm_atan, "atan", |z| c_atan(z));
cfunc!(cm_cosh, "cosh", |z| c_cosh(z));
cfunc!(cm_sinh, "sinh", |z| c_sinh(z));
cfunc!(cm_tanh, "tanh", |z| c_tanh(z));
cfunc!(cm_cos, "cos", |z| c_cosh(rot_in(z)));
cfunc!(cm_sin, "sin", |z| {
    let (s, e) = c_sinh(rot_in(z));
    (rot_out(s), e)
});
cfunc!(cm_tan, "tan", |z| {
    let (s, e) = c_tanh(rot_in(z));
    (rot_out(s), e)
});
cfunc!(cm_log10, "log10", |z| {
    let (r, e) = c_log(z);
    ((r.0 / LN_10, r.1 / LN_10), e)
});

fn cm_log(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("cmath.log() takes no keyword arguments"));
    }
    ferrite_runtime::args::check("log", a, kw, 1, 2)?;
    let (x, e) = c_log(carg(a[0])?);
    if e == Err::Dom {
        return Err(domain());
    }
    if a.len() == 1 {
        return Ok(new_complex(x.0, x.1));
    }
    let (y, e) = c_log(carg(a[1])?);
    if e == Err::Dom {
        return Err(domain());
    }
    // complex division (CPython's _Py_c_quot, scaled by the larger denominator part)
    let (a_, b_, c_, d_) = (x.0, x.1, y.0, y.1);
    let (abs_c, abs_d) = (c_.abs(), d_.abs());
    let r = if abs_c >= abs_d {
        if abs_c == 0.0 {
            return Err(domain());
        }
        let ratio = d_ / c_;
        let denom = c_ + d_ * ratio;
        ((a_ + b_ * ratio) / denom, (b_ - a_ * ratio) / denom)
    } else if abs_d >= abs_c {
        let ratio = c_ / d_;
        let denom = c_ * ratio + d_;
        ((a_ * ratio + b_) / denom, (b_ * ratio - a_) / denom)
    } else {
        (f64::NAN, f64::NAN)
    };
    Ok(new_complex(r.0, r.1))
}

fn cm_phase(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one("phase", a, kw)?;
    Ok(new_float(m_atan2(z.1, z.0)))
}

fn c_abs(z: C) -> PyResult<f64> {
    let (x, y) = z;
    if !finite(z) {
        if x.is_infinite() || y.is_infinite() {
            return Ok(f64::INFINITY);
        }
        return Ok(f64::NAN);
    }
    let r = x.hypot(y);
    if r.is_infinite() {
        return Err(range_err());
    }
    Ok(r)
}

fn cm_polar(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one("polar", a, kw)?;
    let r = c_abs(z)?;
    let rv = new_float(r);
    let pv = new_float(m_atan2(z.1, z.0));
    Ok(new_tuple(&[rv, pv]))
}

fn cm_rect(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("cmath.rect() takes no keyword arguments"));
    }
    ferrite_runtime::args::check("rect", a, kw, 2, 2)?;
    let r = to_f64(a[0])?;
    let phi = to_f64(a[1])?;
    if r.is_finite() && phi.is_finite() {
        if phi == 0.0 {
            return Ok(new_complex(r, r * phi));
        }
        return Ok(new_complex(r * phi.cos(), r * phi.sin()));
    }
    if r.is_infinite() && phi.is_finite() && phi != 0.0 {
        let (re, im) = if r > 0.0 {
            (
                f64::INFINITY.copysign(phi.cos()),
                f64::INFINITY.copysign(phi.sin()),
            )
        } else {
            (
                -f64::INFINITY.copysign(phi.cos()),
                -f64::INFINITY.copysign(phi.sin()),
            )
        };
        return Ok(new_complex(re, im));
    }
    if phi.is_infinite() && !r.is_nan() && r != 0.0 {
        return Err(domain());
    }
    if r.is_nan() {
        return Ok(new_complex(
            f64::NAN,
            if phi == 0.0 { phi } else { f64::NAN },
        ));
    }
    if r == 0.0 {
        return Ok(new_complex(0.0, 0.0));
    }
    if phi == 0.0 {
        return Ok(new_complex(r, phi));
    }
    Ok(new_complex(r.abs(), f64::NAN))
}

fn cm_isfinite(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one("isfinite", a, kw)?;
    Ok(py_bool(finite(z)))
}
fn cm_isnan(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one("isnan", a, kw)?;
    Ok(py_bool(z.0.is_nan() || z.1.is_nan()))
}
fn cm_isinf(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let z = one("isinf", a, kw)?;
    Ok(py_bool(z.0.is_infinite() || z.1.is_infinite()))
}

fn cm_isclose(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = bind("isclose", a, kw, &["a", "b", "rel_tol", "abs_tol"], 0, 2, 2)?;
    let x = carg(p[0])?;
    let y = carg(p[1])?;
    let rel = if p[2].is_null() { 1e-9 } else { to_f64(p[2])? };
    let abs = if p[3].is_null() { 0.0 } else { to_f64(p[3])? };
    if rel < 0.0 || abs < 0.0 {
        return Err(value_error("tolerances must be non-negative"));
    }
    if x == y {
        return Ok(py_bool(true));
    }
    if x.0.is_infinite() || x.1.is_infinite() || y.0.is_infinite() || y.1.is_infinite() {
        return Ok(py_bool(false));
    }
    let diff = (x.0 - y.0).hypot(x.1 - y.1);
    let close = diff <= rel * y.0.hypot(y.1) || diff <= rel * x.0.hypot(x.1) || diff <= abs;
    Ok(py_bool(close))
}

/// Fills a new `cmath` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "pi", new_float(PI));
    dict_set_str(d, "e", new_float(std::f64::consts::E));
    dict_set_str(d, "tau", new_float(std::f64::consts::TAU));
    dict_set_str(d, "inf", new_float(f64::INFINITY));
    dict_set_str(d, "nan", new_float(f64::NAN));
    dict_set_str(d, "infj", new_complex(0.0, f64::INFINITY));
    dict_set_str(d, "nanj", new_complex(0.0, f64::NAN));
    crate::define_functions(
        d,
        &[
            ("acos", cm_acos),
            ("acosh", cm_acosh),
            ("asin", cm_asin),
            ("asinh", cm_asinh),
            ("atan", cm_atan),
            ("atanh", cm_atanh),
            ("cos", cm_cos),
            ("cosh", cm_cosh),
            ("exp", cm_exp),
            ("isclose", cm_isclose),
            ("isfinite", cm_isfinite),
            ("isinf", cm_isinf),
            ("isnan", cm_isnan),
            ("log", cm_log),
            ("log10", cm_log10),
            ("phase", cm_phase),
            ("polar", cm_polar),
            ("rect", cm_rect),
            ("sin", cm_sin),
            ("sinh", cm_sinh),
            ("sqrt", cm_sqrt),
            ("tan", cm_tan),
            ("tanh", cm_tanh),
        ],
    );
    Ok(())
}
