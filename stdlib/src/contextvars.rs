//! The `_contextvars` module: `ContextVar`, `Token`, `Context`, `copy_context`.
//!
//! A Context is a mapping of ContextVars to values; CPython's is an immutable HAMT shared by
//! copies, ours a dict copied by `copy()`/`copy_context()` (so setting a variable in one
//! context never shows in another). One current context per process (single-threaded).

use crate::support::{data, generic_alias, native_type, set_attr, traced, TypeCell};
use ferrite_runtime::args::check;
use ferrite_runtime::errors::{
    key_error, new_exc, new_exc_args, type_error, value_error, Exc, PyResult,
};
use ferrite_runtime::methods::{def, def_new, getset};
use ferrite_runtime::object::{none, not_implemented, py_bool};
use ferrite_runtime::objects::dict::{dict_del, dict_get, dict_len, dict_set, new_dict, table};
use ferrite_runtime::objects::list::new_list;
use ferrite_runtime::objects::native::{is_native_instance, new_native, NativeData};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{ops, Value};

pub struct Var {
    name: Value,
    default: Value,
}
traced!(Var { name, default });

pub struct Tok {
    ctx: Value,
    var: Value,
    /// NULL: the variable had no value (Token.MISSING)
    old: Value,
    used: bool,
}
traced!(Tok { ctx, var, old });

pub struct Ctx {
    vars: Value,
    prev: Value,
    entered: bool,
}
traced!(Ctx { vars, prev });

struct Missing;
impl NativeData for Missing {}

static VAR_T: TypeCell = TypeCell::new();
static TOKEN_T: TypeCell = TypeCell::new();
static CTX_T: TypeCell = TypeCell::new();
static MISSING_T: TypeCell = TypeCell::new();

fn types() {
    VAR_T.get_or_init(|| {
        let t = native_type("_contextvars", "ContextVar", false);
        def_new(t, var_new);
        def(t, "get", var_get);
        def(t, "set", var_set);
        def(t, "reset", var_reset);
        def(t, "__repr__", var_repr);
        def(t, "__hash__", var_hash);
        getset(t, "name", |v| {
            Ok(data::<Var>(v, "_contextvars.ContextVar")?.name)
        });
        generic_alias(t);
        t
    });
    MISSING_T.get_or_init(|| {
        let t = native_type("_contextvars", "Token.MISSING", false);
        def(t, "__repr__", |_, _| Ok(new_str("<Token.MISSING>")));
        t
    });
    crate::support::state_or_init("contextvars.MISSING", || {
        new_native(MISSING_T.get(), Missing)
    });
    TOKEN_T.get_or_init(|| {
        let t = native_type("_contextvars", "Token", false);
        def_new(t, |_, _| {
            Err(new_exc(
                Exc::RuntimeError,
                "Tokens can only be created by ContextVars",
            ))
        });
        def(t, "__repr__", token_repr);
        getset(t, "var", |v| Ok(data::<Tok>(v, "_contextvars.Token")?.var));
        getset(t, "old_value", |v| {
            let o = data::<Tok>(v, "_contextvars.Token")?.old;
            Ok(if o.is_null() { missing() } else { o })
        });
        set_attr(t, "MISSING", missing());
        generic_alias(t);
        t
    });
    CTX_T.get_or_init(|| {
        let t = native_type("_contextvars", "Context", false);
        def_new(t, ctx_new);
        def(t, "run", ctx_run);
        def(t, "copy", ctx_copy);
        def(t, "get", ctx_get);
        def(t, "keys", ctx_keys);
        def(t, "values", ctx_values);
        def(t, "items", ctx_items);
        def(t, "__getitem__", ctx_getitem);
        def(t, "__contains__", ctx_contains);
        def(t, "__len__", ctx_len);
        def(t, "__iter__", ctx_iter);
        def(t, "__eq__", ctx_eq);
        set_attr(t, "__hash__", none());
        t
    });
}

fn missing() -> Value {
    crate::support::state_get("contextvars.MISSING")
}

pub fn init(d: Value) -> PyResult<()> {
    types();
    use ferrite_runtime::objects::dict::dict_set_str;
    dict_set_str(d, "ContextVar", VAR_T.get());
    dict_set_str(d, "Token", TOKEN_T.get());
    dict_set_str(d, "Context", CTX_T.get());
    crate::define_functions(d, &[("copy_context", copy_context)]);
    Ok(())
}

fn new_ctx(vars: Value) -> Value {
    new_native(
        CTX_T.get(),
        Ctx {
            vars,
            prev: Value::NULL,
            entered: false,
        },
    )
}

/// The current context (the one `copy_context` copies and ContextVars read).
pub fn current() -> Value {
    types();
    crate::support::state_or_init("contextvars.current", || new_ctx(new_dict()))
}

fn set_current(c: Value) {
    crate::support::state_set("contextvars.current", c);
}

fn ctx_of(v: Value) -> PyResult<&'static mut Ctx> {
    data::<Ctx>(v, "_contextvars.Context")
}

fn copy_dict(d: Value) -> PyResult<Value> {
    let n = new_dict();
    let mut pos = 0;
    while let Some((next, e)) = table(d).next_from(pos) {
        pos = next + 1;
        dict_set(n, e.key, e.value)?;
    }
    Ok(n)
}

fn copy_context(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("copy_context", a, kw, 0, 0)?;
    let vars = ctx_of(current())?.vars;
    let n = copy_dict(vars)?;
    Ok(new_ctx(n))
}

// ---- ContextVar ----

fn var_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = &a[1..];
    let npos = args.len() - kw.len();
    let mut default = Value::NULL;
    let mut name = if npos >= 1 { args[0] } else { Value::NULL };
    if npos > 1 {
        return Err(type_error(format!(
            "ContextVar() takes at most 1 positional argument ({npos} given)"
        )));
    }
    for (i, k) in kw.iter().enumerate() {
        let v = args[npos + i];
        match str_of(*k) {
            "name" if name.is_null() => name = v,
            "name" => {
                return Err(type_error(
                    "argument for ContextVar() given by name ('name') and position (1)",
                ))
            }
            "default" => default = v,
            s => {
                return Err(type_error(format!(
                    "'{s}' is an invalid keyword argument for ContextVar()"
                )))
            }
        }
    }
    if name.is_null() {
        return Err(type_error(
            "ContextVar() takes exactly 1 positional argument (0 given)",
        ));
    }
    if !ferrite_runtime::types::is_subtype(
        ferrite_runtime::object::type_of(name),
        ferrite_runtime::object::bt(ferrite_runtime::object::BT::Str),
    ) {
        return Err(type_error("context variable name must be a str"));
    }
    Ok(new_native(VAR_T.get(), Var { name, default }))
}

fn var_of(v: Value) -> PyResult<&'static mut Var> {
    data::<Var>(v, "_contextvars.ContextVar")
}

fn var_get(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::no_kwargs("get", kw)?;
    if a.len() > 2 {
        return Err(type_error(format!(
            "get expected at most 1 argument, got {}",
            a.len() - 1
        )));
    }
    let var = a[0];
    var_of(var)?;
    let vars = ctx_of(current())?.vars;
    if let Some(v) = dict_get(vars, var)? {
        return Ok(v);
    }
    if a.len() == 2 {
        return Ok(a[1]);
    }
    let d = var_of(var)?.default;
    if !d.is_null() {
        return Ok(d);
    }
    Err(new_exc_args(Exc::LookupError, &[var]))
}

fn var_set(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("set", a, kw, 1, 1)?;
    let var = a[0];
    var_of(var)?;
    let ctx = current();
    let vars = ctx_of(ctx)?.vars;
    let old = dict_get(vars, var)?.unwrap_or(Value::NULL);
    dict_set(vars, var, a[1])?;
    Ok(new_native(
        TOKEN_T.get(),
        Tok {
            ctx,
            var,
            old,
            used: false,
        },
    ))
}

fn var_reset(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("reset", a, kw, 1, 1)?;
    let var = a[0];
    var_of(var)?;
    let tok = a[1];
    if !is_native_instance(tok, TOKEN_T.get()) {
        return Err(type_error(format!(
            "expected an instance of Token, got {}",
            ops::repr_string(tok)?
        )));
    }
    let t = data::<Tok>(tok, "_contextvars.Token")?;
    if t.used {
        return Err(new_exc(
            Exc::RuntimeError,
            &format!("{} has already been used once", ops::repr_string(tok)?),
        ));
    }
    if t.var != var {
        return Err(value_error(format!(
            "{} was created by a different ContextVar",
            ops::repr_string(tok)?
        )));
    }
    let ctx = current();
    if t.ctx != ctx {
        return Err(value_error(format!(
            "{} was created in a different Context",
            ops::repr_string(tok)?
        )));
    }
    t.used = true;
    let old = t.old;
    let vars = ctx_of(ctx)?.vars;
    if old.is_null() {
        dict_del(vars, var)?;
    } else {
        dict_set(vars, var, old)?;
    }
    Ok(none())
}

fn addr(v: Value) -> String {
    format!("{:#x}", ferrite_gc::object_id(v.ptr()))
}

fn var_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = var_of(a[0])?;
    let (name, default) = (v.name, v.default);
    let mut s = format!("<ContextVar name={}", ops::repr_string(name)?);
    if !default.is_null() {
        s.push_str(&format!(" default={}", ops::repr_string(default)?));
    }
    s.push_str(&format!(" at {}>", addr(a[0])));
    Ok(new_str(&s))
}

fn var_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    var_of(a[0])?;
    let id = ferrite_gc::object_id(a[0].ptr()) as i64;
    Ok(ferrite_runtime::objects::int::new_int(id.rotate_right(4)))
}

fn token_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = data::<Tok>(a[0], "_contextvars.Token")?;
    let used = if t.used { " used" } else { "" };
    let var = t.var;
    Ok(new_str(&format!(
        "<Token{used} var={} at {}>",
        ops::repr_string(var)?,
        addr(a[0])
    )))
}

// ---- Context ----

fn ctx_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        return Err(type_error("Context() does not accept any arguments"));
    }
    Ok(new_ctx(new_dict()))
}

fn ctx_run(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() - kw.len() < 2 {
        return Err(type_error("run() missing 1 required positional argument"));
    }
    let ctx = a[0];
    let c = ctx_of(ctx)?;
    if c.entered {
        return Err(new_exc(
            Exc::RuntimeError,
            &format!(
                "cannot enter context: {} is already entered",
                ops::repr_string(ctx)?
            ),
        ));
    }
    let prev = current();
    c.prev = prev;
    c.entered = true;
    ferrite_runtime::object::write_barrier(ctx);
    set_current(ctx);
    let r = ops::call(a[1], &a[2..], kw);
    let c = ctx_of(ctx)?;
    c.entered = false;
    c.prev = Value::NULL;
    set_current(prev);
    r
}

fn ctx_copy(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("copy", a, kw, 0, 0)?;
    let vars = ctx_of(a[0])?.vars;
    let n = copy_dict(vars)?;
    Ok(new_ctx(n))
}

fn key_check(k: Value) -> PyResult<()> {
    if !is_native_instance(k, VAR_T.get()) {
        return Err(type_error(format!(
            "a ContextVar key was expected, got {}",
            ops::repr_string(k)?
        )));
    }
    Ok(())
}

fn ctx_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let vars = ctx_of(a[0])?.vars;
    key_check(a[1])?;
    match dict_get(vars, a[1])? {
        Some(v) => Ok(v),
        None => Err(key_error(a[1])),
    }
}

fn ctx_get(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::no_kwargs("get", kw)?;
    let n = a.len() - 1;
    if !(1..=2).contains(&n) {
        return Err(type_error(if n == 0 {
            "get expected at least 1 argument, got 0".to_string()
        } else {
            format!("get expected at most 2 arguments, got {n}")
        }));
    }
    let vars = ctx_of(a[0])?.vars;
    key_check(a[1])?;
    Ok(match dict_get(vars, a[1])? {
        Some(v) => v,
        None => a.get(2).copied().unwrap_or_else(none),
    })
}

fn ctx_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let vars = ctx_of(a[0])?.vars;
    key_check(a[1])?;
    Ok(py_bool(dict_get(vars, a[1])?.is_some()))
}

fn ctx_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let vars = ctx_of(a[0])?.vars;
    Ok(ferrite_runtime::objects::int::new_int(dict_len(vars) as i64))
}

/// (keys, values or items) of the context as a list.
fn ctx_list(ctx: Value, what: u8) -> PyResult<Value> {
    let vars = ctx_of(ctx)?.vars;
    let l = new_list(&[]);
    let mut pos = 0;
    while let Some((next, e)) = table(vars).next_from(pos) {
        pos = next + 1;
        let v = match what {
            0 => e.key,
            1 => e.value,
            _ => new_tuple(&[e.key, e.value]),
        };
        ferrite_runtime::objects::list::list_push(l, v);
    }
    Ok(l)
}

fn ctx_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::iter(ctx_list(a[0], 0)?)
}
fn ctx_keys(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("keys", a, kw, 0, 0)?;
    ops::iter(ctx_list(a[0], 0)?)
}
fn ctx_values(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("values", a, kw, 0, 0)?;
    ops::iter(ctx_list(a[0], 1)?)
}
fn ctx_items(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("items", a, kw, 0, 0)?;
    ops::iter(ctx_list(a[0], 2)?)
}

fn ctx_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_native_instance(a[1], CTX_T.get()) {
        return Ok(not_implemented());
    }
    let (x, y) = (ctx_of(a[0])?.vars, ctx_of(a[1])?.vars);
    ops::compare(x, y, ops::CmpOp::Eq)
}
