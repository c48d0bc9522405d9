//! Helpers shared by the numeric modules: CPython's argument conversions (PyFloat_AsDouble,
//! PyNumber_Index) and Argument Clinic's keyword binding with its messages.

use ferrite_runtime::errors::{type_error, PyResult};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::methods::numbers::{is_int_v, to_float};
use ferrite_runtime::numeric::big_to_f64;
use ferrite_runtime::object::{as_type, type_of};
use ferrite_runtime::objects::int::{int_to_big, int_to_i64};
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::types::{lookup, type_name_of};
use ferrite_runtime::Value;
use num_bigint::BigInt;

/// The int behind an int, bool or int-subclass instance.
pub fn int_inner(v: Value) -> Value {
    builtin_value(v)
}

/// An int value (int, bool or subclass) as a BigInt.
pub fn big_of(v: Value) -> BigInt {
    int_to_big(int_inner(v))
}

/// An int value as i64 if it fits.
pub fn i64_of(v: Value) -> Option<i64> {
    int_to_i64(int_inner(v))
}

/// `operator.index(v)` as a BigInt.
pub fn index_big(v: Value) -> PyResult<BigInt> {
    let r = ferrite_runtime::ops::index(v)?;
    Ok(big_of(r))
}

/// PyFloat_AsDouble: floats (and subclasses), ints, `__float__`, `__index__`.
pub fn to_f64(v: Value) -> PyResult<f64> {
    if let Some(f) = to_float(v) {
        return Ok(f);
    }
    if is_int_v(v) {
        return int_value_f64(v);
    }
    let t = type_of(v);
    if lookup(t, "__float__").is_some() {
        let r = ferrite_runtime::ops::call_special(v, "__float__", &[])?.unwrap_or(Value::NULL);
        return match to_float(r) {
            Some(f) => Ok(f),
            None => Err(type_error(format!(
                "{}.__float__ returned non-float (type {})",
                type_name_of(v),
                type_name_of(r)
            ))),
        };
    }
    if lookup(t, "__index__").is_some() {
        let r = ferrite_runtime::ops::index(v)?;
        return int_value_f64(r);
    }
    Err(type_error(format!(
        "must be real number, not {}",
        type_name_of(v)
    )))
}

/// An int (or subclass instance) as the nearest float.
pub fn int_value_f64(v: Value) -> PyResult<f64> {
    let b = int_inner(v);
    if let Some(i) = int_to_i64(b) {
        if i.unsigned_abs() <= (1u64 << 53) {
            return Ok(i as f64);
        }
    }
    big_to_f64(&int_to_big(b))
}

/// Is `v` exactly a float (not a subclass)?
pub fn is_exact_float(v: Value) -> bool {
    v.is_ptr() && type_of(v) == ferrite_runtime::object::bt(ferrite_runtime::object::BT::Float)
}

/// Name of `v`'s type.
pub fn tname(v: Value) -> &'static str {
    type_name_of(v)
}

#[allow(dead_code)]
pub fn type_qualname(t: Value) -> String {
    str_of(as_type(t).name).to_string()
}

/// Argument Clinic's binding of `args` (positional then keyword values, names in `kw`) to
/// parameters `names`: the first `posonly` are positional-only, those from `kwonly` on are
/// keyword-only, the first `required` are required. Absent ones are NULL. (An array on the
/// stack: the collector pins what it holds.)
pub fn bind(
    fname: &str,
    args: &[Value],
    kw: &[Value],
    names: &[&str],
    posonly: usize,
    kwonly: usize,
    required: usize,
) -> PyResult<[Value; 8]> {
    let npos = args.len() - kw.len();
    debug_assert!(names.len() <= 8);
    let mut out = [Value::NULL; 8];
    if npos > kwonly {
        let (lo, hi) = (required.min(kwonly), kwonly);
        let how = if lo == hi { "exactly" } else { "at most" };
        return Err(type_error(format!(
            "{fname}() takes {how} {hi} positional argument{} ({npos} given)",
            if hi == 1 { "" } else { "s" }
        )));
    }
    out[..npos].copy_from_slice(&args[..npos]);
    let mut dup = None;
    for (i, k) in kw.iter().enumerate() {
        let s = str_of(*k);
        match names.iter().position(|n| *n == s) {
            Some(j) if j >= posonly => {
                if j < npos {
                    if dup.is_none() {
                        dup = Some(format!(
                            "argument for {fname}() given by name ('{s}') and position ({})",
                            j + 1
                        ));
                    }
                    continue;
                }
                out[j] = args[npos + i];
            }
            _ => {
                return Err(type_error(format!(
                    "'{s}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for j in 0..required {
        if out[j].is_null() {
            if j < posonly {
                let how = if required == kwonly.min(names.len()) {
                    "exactly"
                } else {
                    "at least"
                };
                return Err(type_error(format!(
                    "{fname}() takes {how} {required} positional argument{} ({npos} given)",
                    if required == 1 { "" } else { "s" }
                )));
            }
            return Err(type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[j],
                j + 1
            )));
        }
    }
    if let Some(m) = dup {
        return Err(type_error(m));
    }
    Ok(out)
}
