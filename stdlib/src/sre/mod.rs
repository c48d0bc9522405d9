//! The `_sre` module: the regular expression engine behind CPython's pure-Python `re`
//! package. `re._compiler` turns a pattern into a list of opcodes and calls
//! `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`; the Pattern, Match
//! and Scanner objects here run that code (engine.rs) over str or bytes subjects.

mod casemap;
mod chars;
mod constants;
mod engine;
mod matchobj;
mod pattern;
mod scanner;
mod subject;
mod template;

use ferrite_runtime::args::check;
use ferrite_runtime::errors::{new_exc, overflow_error, type_error, Exc, PyErr, PyResult};
use ferrite_runtime::object::{as_type, bt, new_obj, py_bool, BT};
use ferrite_runtime::objects::dict::{dict_set, dict_set_str};
use ferrite_runtime::objects::function::{new_builtin_function, NativeFn, WrapperObject};
use ferrite_runtime::objects::int::{int_to_i64, is_int, new_int};
use ferrite_runtime::objects::native::new_native_type;
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::ops;
use ferrite_runtime::Value;
use std::sync::atomic::{AtomicUsize, Ordering};

pub(crate) use constants::*;

/// The native types (old-generation, never collected: a Value in a static stays valid).
static PATTERN_T: AtomicUsize = AtomicUsize::new(0);
static MATCH_T: AtomicUsize = AtomicUsize::new(0);
static SCANNER_T: AtomicUsize = AtomicUsize::new(0);
static TEMPLATE_T: AtomicUsize = AtomicUsize::new(0);
static ITER_T: AtomicUsize = AtomicUsize::new(0);

fn ty(s: &AtomicUsize) -> Value {
    Value(s.load(Ordering::Relaxed))
}
pub(crate) fn pattern_type() -> Value {
    ty(&PATTERN_T)
}
pub(crate) fn match_type() -> Value {
    ty(&MATCH_T)
}
pub(crate) fn scanner_type() -> Value {
    ty(&SCANNER_T)
}
pub(crate) fn template_type() -> Value {
    ty(&TEMPLATE_T)
}
pub(crate) fn iter_type() -> Value {
    ty(&ITER_T)
}

/// Argument clinic style parsing of `fname(names...)` with `required` leading required
/// arguments; absent optional ones are NULL. The result lives on the caller's stack.
pub(crate) fn parse_args<const N: usize>(
    fname: &str,
    args: &[Value],
    kwnames: &[Value],
    names: [&str; N],
    required: usize,
) -> PyResult<[Value; N]> {
    let npos = args.len() - kwnames.len();
    let mut out = [Value::NULL; N];
    if npos > N {
        return Err(type_error(format!(
            "{fname}() takes at most {N} argument{} ({npos} given)",
            if N == 1 { "" } else { "s" }
        )));
    }
    out[..npos].copy_from_slice(&args[..npos]);
    for (k, kn) in kwnames.iter().enumerate() {
        let name = str_of(*kn);
        match names.iter().position(|n| *n == name) {
            Some(i) if i < npos => {
                return Err(type_error(format!(
                    "argument for {fname}() given by name ('{name}') and position ({})",
                    i + 1
                )))
            }
            Some(i) => out[i] = args[npos + k],
            None => {
                return Err(type_error(format!(
                    "'{name}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, v) in out.iter().enumerate().take(required) {
        if v.is_null() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{}' (pos {})",
                names[i],
                i + 1
            )));
        }
    }
    Ok(out)
}

/// An optional Py_ssize_t argument (pos/endpos/count/maxsplit).
pub(crate) fn ssize_arg(v: Value, default: i64) -> PyResult<i64> {
    if v.is_null() {
        return Ok(default);
    }
    if !is_int(v)
        && ferrite_runtime::types::lookup(ferrite_runtime::object::type_of(v), "__index__")
            .is_none()
    {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ferrite_runtime::types::type_name_of(v)
        )));
    }
    ops::index_value(v)
}

/// "invalid SRE code" (malformed opcode lists).
pub(crate) fn invalid_code() -> PyErr {
    new_exc(Exc::RuntimeError, "invalid SRE code")
}

fn char_arg(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<u32> {
    check(fname, a, kw, 1, 1)?;
    if !is_int(a[0]) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            ferrite_runtime::types::type_name_of(a[0])
        )));
    }
    match int_to_i64(a[0]) {
        Some(c) if (0..=u32::MAX as i64).contains(&c) => Ok(c as u32),
        _ => Err(overflow_error("Python int too large to convert to C int")),
    }
}

fn m_ascii_iscased(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(chars::ascii_iscased(char_arg(
        "ascii_iscased",
        a,
        kw,
    )?)))
}
fn m_unicode_iscased(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(chars::unicode_iscased(char_arg(
        "unicode_iscased",
        a,
        kw,
    )?)))
}
fn m_ascii_tolower(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        chars::lower_ascii(char_arg("ascii_tolower", a, kw)?) as i64,
    ))
}
fn m_unicode_tolower(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(
        chars::lower_unicode(char_arg("unicode_tolower", a, kw)?) as i64,
    ))
}
fn m_getcodesize(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getcodesize", a, kw, 0, 0)?;
    Ok(new_int(CODESIZE))
}

/// Installs `cls.__class_getitem__` (a classmethod making a types.GenericAlias).
pub(crate) fn def_class_getitem(t: Value) {
    fn class_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
        Ok(ferrite_runtime::methods::alias::new_alias(a[0], a[1]))
    }
    let f = new_builtin_function("__class_getitem__", class_getitem, Value::NULL);
    let cm = new_obj::<WrapperObject>(bt(BT::ClassMethod), |w| w.func = f);
    let _ = dict_set(
        as_type(t).dict,
        ferrite_runtime::intern::intern("__class_getitem__"),
        cm,
    );
}

/// `__new__` of the types Python code cannot instantiate.
fn no_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = a[0];
    let m = ferrite_runtime::objects::dict::dict_get_str(as_type(t).dict, "__module__")
        .map(|v| str_of(v).to_string())
        .unwrap_or_default();
    Err(type_error(format!(
        "cannot create '{}.{}' instances",
        m,
        str_of(as_type(t).name)
    )))
}

fn make_type(
    module: &str,
    name: &str,
    slot: &AtomicUsize,
    methods: &[(&'static str, NativeFn)],
) -> Value {
    let t = new_native_type(module, name, Value::NULL, false);
    slot.store(t.0, Ordering::Relaxed);
    ferrite_runtime::methods::def_new(t, no_new);
    for &(n, f) in methods {
        ferrite_runtime::methods::def(t, n, f);
    }
    t
}

/// Fills a new `_sre` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    if PATTERN_T.load(Ordering::Relaxed) == 0 {
        let t = make_type("re", "Pattern", &PATTERN_T, pattern::METHODS);
        pattern::install(t);
        let t = make_type("re", "Match", &MATCH_T, matchobj::METHODS);
        matchobj::install(t);
        let t = make_type("_sre", "SRE_Scanner", &SCANNER_T, scanner::METHODS);
        scanner::install(t);
        make_type("_sre", "SRE_Template", &TEMPLATE_T, &[]);
        let t = make_type(
            "builtins",
            "callable_iterator",
            &ITER_T,
            scanner::ITER_METHODS,
        );
        ferrite_runtime::types::refresh_flags(t);
    }
    crate::define_functions(
        d,
        &[
            ("compile", pattern::sre_compile),
            ("template", template::sre_template),
            ("getcodesize", m_getcodesize),
            ("ascii_iscased", m_ascii_iscased),
            ("unicode_iscased", m_unicode_iscased),
            ("ascii_tolower", m_ascii_tolower),
            ("unicode_tolower", m_unicode_tolower),
        ],
    );
    dict_set_str(d, "MAGIC", new_int(MAGIC));
    dict_set_str(d, "CODESIZE", new_int(CODESIZE));
    dict_set_str(d, "MAXREPEAT", new_int(MAXREPEAT as i64));
    dict_set_str(d, "MAXGROUPS", new_int(MAXGROUPS));
    dict_set_str(
        d,
        "copyright",
        ferrite_runtime::objects::str::new_str(
            " SRE 2.2.2 Copyright (c) 1997-2002 by Secret Labs AB ",
        ),
    );
    Ok(())
}
