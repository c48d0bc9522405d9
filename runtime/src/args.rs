//! Argument checking for Rust functions callable from Python, with CPython's messages.

use crate::errors::{type_error, PyResult};
use crate::object::none;
use crate::objects::str::str_of;
use crate::value::Value;

/// Positional arguments (without keyword values).
#[inline]
pub fn positional<'a>(args: &'a [Value], kwnames: &[Value]) -> &'a [Value] {
    &args[..args.len() - kwnames.len()]
}

/// Rejects keyword arguments: "f() takes no keyword arguments".
#[inline]
pub fn no_kwargs(name: &str, kwnames: &[Value]) -> PyResult<()> {
    if !kwnames.is_empty() {
        return Err(no_kwargs_error(name));
    }
    Ok(())
}

#[cold]
#[inline(never)]
fn no_kwargs_error(name: &str) -> crate::errors::PyErr {
    type_error(format!("{name}() takes no keyword arguments"))
}

/// Checks `min..=max` positional arguments and no keywords; messages as CPython's
/// "f() takes exactly one argument (2 given)", "expected at most 2 arguments, got 3"...
#[inline]
pub fn check(
    name: &str,
    args: &[Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    no_kwargs(name, kwnames)?;
    let n = args.len();
    if n >= min && n <= max {
        return Ok(());
    }
    Err(count_error(name, n, min, max))
}

#[cold]
#[inline(never)]
fn count_error(name: &str, n: usize, min: usize, max: usize) -> crate::errors::PyErr {
    let msg = if min == max {
        match min {
            0 => format!("{name}() takes no arguments ({n} given)"),
            1 => format!("{name}() takes exactly one argument ({n} given)"),
            _ => format!("{name} expected {min} arguments, got {n}"),
        }
    } else if n < min {
        format!(
            "{name} expected at least {min} argument{}, got {n}",
            if min == 1 { "" } else { "s" }
        )
    } else {
        format!(
            "{name} expected at most {max} argument{}, got {n}",
            if max == 1 { "" } else { "s" }
        )
    };
    type_error(msg)
}

/// Method form: args[0] is self; counts exclude it.
#[inline]
pub fn check_method(
    name: &str,
    args: &[Value],
    kwnames: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    check(name, &args[1..], kwnames, min, max)
}

/// Optional argument `i` (NULL when absent or None when `none_is_absent`).
pub fn opt(args: &[Value], i: usize) -> Value {
    args.get(i).copied().unwrap_or(Value::NULL)
}

pub fn opt_not_none(args: &[Value], i: usize) -> Value {
    match args.get(i) {
        Some(&v) if v != none() => v,
        _ => Value::NULL,
    }
}

/// Splits keyword arguments by name: returns the value for `name` if given.
pub fn kwarg(args: &[Value], kwnames: &[Value], name: &str) -> Option<Value> {
    let base = args.len() - kwnames.len();
    kwnames
        .iter()
        .position(|k| str_of(*k) == name)
        .map(|i| args[base + i])
}

/// Checks that every keyword is one of `allowed`.
pub fn only_kwargs(fname: &str, kwnames: &[Value], allowed: &[&str]) -> PyResult<()> {
    for k in kwnames {
        let s = str_of(*k);
        if !allowed.contains(&s) {
            return Err(type_error(format!(
                "'{s}' is an invalid keyword argument for {fname}()"
            )));
        }
    }
    Ok(())
}
