//! The data model: calling, attribute access with the descriptor protocol, operators with
//! reflected operands, comparisons, hashing, truthiness, iteration, repr/str.
//!
//! Each operation first tries a fast path for the exact builtin types the interpreter meets
//! most (small int, float, str), then falls back to the generic protocol: look the dunder up on
//! the type's MRO and call it. Builtin types implement their dunders as Rust methods in their
//! type dicts, so the generic path is the same for builtins and user classes.

use crate::errors::*;
use crate::object::*;
use crate::objects::dict::table;
use crate::objects::float::{float_of, new_float};
use crate::objects::function::*;
use crate::objects::instance::has_attr_storage;
use crate::objects::int::{int_hash, is_int, new_int};
use crate::objects::str::{new_str, str_hash, str_of};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::types::{is_subtype, lookup, type_name, type_name_of};
use crate::value::Value;
use std::sync::OnceLock;

/// How runtime code calls a Python function: registered by the interpreter at start-up.
pub type PyCallHook = fn(func: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value>;
static PY_CALL: OnceLock<PyCallHook> = OnceLock::new();
pub fn set_py_call_hook(h: PyCallHook) {
    let _ = PY_CALL.set(h);
}

/// Calls any callable.
/// `callable(v)` (CPython's PyCallable_Check): functions, methods, types, and instances of
/// types that define `__call__`.
pub fn is_callable(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    matches!(
        layout_of(v),
        Layout::Function
            | Layout::BuiltinFunction
            | Layout::MethodDescriptor
            | Layout::BoundMethod
            | Layout::Type
    ) || lookup(type_of(v), "__call__").is_some()
}

pub fn call(f: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::thread::check_recursion()?;
    let r = call_inner(f, args, kwnames);
    crate::thread::leave_call();
    r
}

fn call_inner(f: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if f.is_small_int() {
        return Err(type_error("'int' object is not callable"));
    }
    match layout_of(f) {
        Layout::Function => (PY_CALL.get().expect("interpreter not registered"))(f, args, kwnames),
        Layout::BuiltinFunction => {
            let o = obj::<BuiltinFunctionObject>(f);
            if o.self_.is_null() {
                (o.func)(args, kwnames)
            } else {
                let (func, s, arity, name) = (o.func, o.self_, o.arity, o.name);
                with_self(s, args, |a| {
                    crate::objects::function::check_slot_args(arity, name, a, kwnames)?;
                    func(a, kwnames)
                })
            }
        }
        Layout::MethodDescriptor => {
            let o = obj::<MethodDescrObject>(f);
            if args.len() <= kwnames.len() {
                return Err(type_error(format!(
                    "unbound method {}.{}() needs an argument",
                    type_name(o.owner),
                    o.name
                )));
            }
            if !is_subtype(type_of(args[0]), o.owner) {
                return Err(type_error(format!(
                    "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                    o.name,
                    type_name(o.owner),
                    type_name_of(args[0])
                )));
            }
            crate::objects::function::check_slot_args(o.arity, o.name, args, kwnames)?;
            (o.func)(args, kwnames)
        }
        Layout::BoundMethod => {
            let o = obj::<BoundMethodObject>(f);
            let (func, s) = (o.func, o.self_);
            with_self(s, args, |a| call(func, a, kwnames))
        }
        Layout::Type => call_type(f, args, kwnames),
        _ => {
            if let Some(c) = lookup(type_of(f), "__call__") {
                call_method_obj(c, f, args, kwnames)
            } else {
                Err(type_error(format!(
                    "'{}' object is not callable",
                    type_name_of(f)
                )))
            }
        }
    }
}

/// Runs `k` with `self_` prepended to `args` (on the stack for few arguments; in a rooted
/// buffer otherwise, so the collector sees every value).
pub fn with_self<R>(self_: Value, args: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    if args.len() < 8 {
        let mut buf = [Value::NULL; 8];
        buf[0] = self_;
        buf[1..=args.len()].copy_from_slice(args);
        let r = k(&buf[..=args.len()]);
        std::hint::black_box(&buf);
        r
    } else {
        let mut rv = ferrite_gc::RootedVec::new();
        rv.push(self_.0);
        for a in args {
            rv.push(a.0);
        }
        // SAFETY: Value is repr(transparent) over usize.
        let s: &[Value] =
            unsafe { std::slice::from_raw_parts(rv.as_slice().as_ptr() as *const Value, rv.len()) };
        k(s)
    }
}

/// Calls a function found on a type (descriptor `m`) with `self_` as first argument.
pub fn call_method_obj(
    m: Value,
    self_: Value,
    args: &[Value],
    kwnames: &[Value],
) -> PyResult<Value> {
    match layout_of(m) {
        Layout::Function | Layout::MethodDescriptor => {
            with_self(self_, args, |a| call(m, a, kwnames))
        }
        _ => {
            let bound = bind(m, self_, type_of(self_))?;
            call(bound, args, kwnames)
        }
    }
}

/// Calls `obj.name(*args)` looking `name` up on the type (special-method lookup).
pub fn call_special(o: Value, name: &str, args: &[Value]) -> PyResult<Option<Value>> {
    match lookup(type_of(o), name) {
        Some(m) => Ok(Some(call_method_obj(m, o, args, &[])?)),
        None => Ok(None),
    }
}

/// Calls `obj.name(*args)` through ordinary attribute lookup.
pub fn call_method(o: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = getattr(o, crate::intern::intern(name))?;
    call(f, args, &[])
}

/// `cls(*args, **kw)`: __new__ then __init__.
fn call_type(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    // type(x) with one argument
    if cls == bt(BT::Type) && args.len() == 1 && kwnames.is_empty() {
        return Ok(type_of(args[0]));
    }
    let meta = type_of(cls);
    if meta != bt(BT::Type) {
        if let Some(c) = lookup(meta, "__call__") {
            if layout_of(c) == Layout::Function {
                return with_self(cls, args, |a| call(c, a, kwnames));
            }
        }
    }
    type_call_default(cls, args, kwnames)
}

/// type.__call__: __new__ then __init__ when the result is an instance of cls.
pub fn type_call_default(cls: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let new = lookup(cls, "__new__").ok_or_else(|| type_error("no __new__"))?;
    let inst = with_self(cls, args, |a| call(unwrap_static(new), a, kwnames))?;
    if !is_subtype(type_of(inst), cls) {
        return Ok(inst);
    }
    // int/float/str/tuple themselves keep object.__init__, which ignores the arguments of a
    // type overriding __new__: nothing to call
    if type_of(inst) == cls
        && [BT::Int, BT::Float, BT::Str, BT::Tuple]
            .iter()
            .any(|&b| bt(b) == cls)
    {
        return Ok(inst);
    }
    if let Some(init) = lookup(type_of(inst), "__init__") {
        let r = call_method_obj(init, inst, args, kwnames)?;
        if r != none() {
            return Err(type_error(format!(
                "__init__() should return None, not '{}'",
                type_name_of(r)
            )));
        }
    }
    Ok(inst)
}

fn unwrap_static(v: Value) -> Value {
    if v.is_ptr() && type_of(v) == bt(BT::StaticMethod) {
        obj::<WrapperObject>(v).func
    } else {
        v
    }
}

// ---------------------------------------------------------------- attributes

/// Is `d` (found on a type) a data descriptor?
fn is_data_descr(d: Value) -> bool {
    if d.is_small_int() {
        return false;
    }
    match layout_of(d) {
        Layout::Property | Layout::GetSet | Layout::MemberDescr => true,
        Layout::Instance | Layout::Native => {
            let t = type_of(d);
            lookup(t, "__set__").is_some() || lookup(t, "__delete__").is_some()
        }
        _ => false,
    }
}

/// Binds a descriptor found on type `t` to `inst` (NULL/None for class access).
pub fn bind(d: Value, inst: Value, t: Value) -> PyResult<Value> {
    if d.is_small_int() {
        return Ok(d);
    }
    match layout_of(d) {
        Layout::Function => {
            if inst.is_null() {
                Ok(d)
            } else {
                Ok(new_bound_method(d, inst))
            }
        }
        Layout::MethodDescriptor => {
            if inst.is_null() {
                Ok(d)
            } else {
                let o = obj::<MethodDescrObject>(d);
                let (n, f, arity) = (o.name, o.func, o.arity);
                let b = new_builtin_function(n, f, inst);
                obj::<crate::objects::function::BuiltinFunctionObject>(b).arity = arity;
                Ok(b)
            }
        }
        Layout::ClassMethod => {
            let f = obj::<WrapperObject>(d).func;
            let owner = if t.is_null() { type_of(inst) } else { t };
            if layout_of(f) == Layout::BuiltinFunction {
                let o = obj::<BuiltinFunctionObject>(f);
                let (n, fun) = (o.name, o.func);
                return Ok(new_builtin_function(n, fun, owner));
            }
            Ok(new_bound_method(f, owner))
        }
        Layout::StaticMethod => Ok(obj::<WrapperObject>(d).func),
        Layout::Property => {
            if inst.is_null() {
                return Ok(d);
            }
            let g = obj::<PropertyObject>(d).fget;
            if g.is_null() || g == none() {
                return Err(crate::descr::property_missing(d, inst, "getter"));
            }
            call(g, &[inst], &[])
        }
        Layout::GetSet => crate::descr::getset_get(d, inst, t),
        Layout::MemberDescr => crate::descr::member_get(d, inst),
        _ => {
            if let Some(get) = lookup(type_of(d), "__get__") {
                let i = if inst.is_null() { none() } else { inst };
                call_method_obj(get, d, &[i, t], &[])
            } else {
                Ok(d)
            }
        }
    }
}

/// `object.__getattribute__` without raising: Ok(None) when the attribute is missing.
pub fn generic_getattr(o: Value, name: Value) -> PyResult<Option<Value>> {
    let t = type_of(o);
    let descr = crate::types::lookup_name(t, name);
    if let Some(d) = descr {
        if is_data_descr(d) {
            return bind(d, o, t).map(Some);
        }
    }
    if has_attr_storage(o) {
        if let Some(v) = crate::objects::instance::get_attr(o, name) {
            return Ok(Some(v));
        }
    }
    if let Some(d) = descr {
        return bind(d, o, t).map(Some);
    }
    Ok(None)
}

/// Attribute lookup on a type object (type.__getattribute__).
pub fn type_getattr(t: Value, name: Value) -> PyResult<Option<Value>> {
    let meta = type_of(t);
    let n = str_of(name);
    let meta_d = lookup(meta, n);
    if let Some(d) = meta_d {
        if is_data_descr(d) {
            return bind(d, t, meta).map(Some);
        }
    }
    if let Some(d) = lookup(t, n) {
        return match layout_of(d) {
            Layout::Function | Layout::MethodDescriptor => Ok(Some(d)),
            Layout::Instance => {
                if lookup(type_of(d), "__get__").is_some() {
                    bind(d, Value::NULL, t).map(Some)
                } else {
                    Ok(Some(d))
                }
            }
            Layout::Property => Ok(Some(d)),
            _ => bind(d, Value::NULL, t).map(Some),
        };
    }
    if let Some(d) = meta_d {
        return bind(d, t, meta).map(Some);
    }
    Ok(None)
}

pub fn getattr_opt(o: Value, name: Value) -> PyResult<Option<Value>> {
    let t = type_of(o);
    let flags = as_type(t).flags;
    if flags & type_flags::CUSTOM_GETATTRIBUTE != 0 {
        let ga = lookup(t, "__getattribute__").unwrap();
        match call_method_obj(ga, o, &[name], &[]) {
            Ok(v) => return Ok(Some(v)),
            Err(e) if exc_matches(e.0, exc_type(Exc::AttributeError)) => {
                if flags & type_flags::HAS_GETATTR != 0 {
                    let g = lookup(t, "__getattr__").unwrap();
                    return call_method_obj(g, o, &[name], &[]).map(Some);
                }
                return Err(e);
            }
            Err(e) => return Err(e),
        }
    }
    let r = if layout_of(o) == Layout::Type {
        type_getattr(o, name)
    } else if layout_of(o) == Layout::Module {
        crate::descr::module_getattr(o, name)
    } else if layout_of(o) == Layout::Super {
        crate::objects::super_::super_getattr(o, name)
    } else if layout_of(o) == Layout::BoundMethod {
        // a method forwards unknown attributes to its function (__name__, __doc__, ...)
        match generic_getattr(o, name)? {
            Some(v) => Ok(Some(v)),
            None => getattr_opt(obj::<BoundMethodObject>(o).func, name),
        }
    } else {
        generic_getattr(o, name)
    };
    let r = match r {
        Err(e)
            if flags & type_flags::HAS_GETATTR != 0
                && exc_matches(e.0, exc_type(Exc::AttributeError)) =>
        {
            None
        }
        other => other?,
    };
    if r.is_some() {
        return Ok(r);
    }
    if flags & type_flags::HAS_GETATTR != 0 {
        let g = lookup(t, "__getattr__").unwrap();
        return call_method_obj(g, o, &[name], &[]).map(Some);
    }
    Ok(None)
}

/// `getattr(o, name)` raising AttributeError with CPython's message.
pub fn getattr(o: Value, name: Value) -> PyResult<Value> {
    match getattr_opt(o, name)? {
        Some(v) => Ok(v),
        None => Err(no_attribute(o, name)),
    }
}

pub fn no_attribute(o: Value, name: Value) -> PyErr {
    let msg = if layout_of(o) == Layout::Type {
        format!(
            "type object '{}' has no attribute '{}'",
            str_of(as_type(o).name),
            str_of(name)
        )
    } else if layout_of(o) == Layout::Module {
        let d = obj::<ModuleObject>(o).dict;
        let mn = crate::objects::dict::dict_get_str(d, "__name__")
            .filter(|v| v.is_ptr() && type_of(*v) == bt(BT::Str))
            .map(|v| str_of(v).to_string())
            .unwrap_or_else(|| "?".into());
        format!("module '{}' has no attribute '{}'", mn, str_of(name))
    } else {
        format!(
            "'{}' object has no attribute '{}'",
            type_name_of(o),
            str_of(name)
        )
    };
    let e = attribute_error(msg);
    exc_obj(e.0).extra1 = name;
    exc_obj(e.0).extra2 = o;
    e
}

pub fn getattr_str(o: Value, name: &str) -> PyResult<Value> {
    getattr(o, crate::intern::intern(name))
}

/// `object.__setattr__` (v NULL = delete).
pub fn generic_setattr(o: Value, name: Value, v: Value) -> PyResult<()> {
    let t = type_of(o);
    if let Some(d) = crate::types::lookup_name(t, name) {
        if is_data_descr(d) {
            return crate::descr::descr_set(d, o, v);
        }
        // an instance attribute is about to shadow a class attribute
        note_instance_shadowing(t);
    }
    if has_attr_storage(o) {
        if v.is_null() {
            if !crate::objects::instance::del_attr(o, name)? {
                return Err(no_attribute(o, name));
            }
        } else {
            crate::objects::instance::set_attr(o, name, v)?;
        }
        return Ok(());
    }
    if layout_of(o) == Layout::Type {
        if as_type(o).flags & type_flags::HEAP_TYPE == 0 {
            return Err(type_error(format!(
                "cannot set '{}' attribute of immutable type '{}'",
                str_of(name),
                str_of(as_type(o).name)
            )));
        }
        if v.is_null() {
            if crate::objects::dict::dict_del(as_type(o).dict, name)?.is_none() {
                return Err(no_attribute(o, name));
            }
            crate::types::refresh_flags(o);
            crate::types::invalidate(o);
            return Ok(());
        }
        return crate::types::type_set_attr(o, name, v);
    }
    if lookup(t, str_of(name)).is_some() {
        return Err(attribute_error(format!(
            "'{}' object attribute '{}' is read-only",
            type_name_of(o),
            str_of(name)
        )));
    }
    Err(attribute_error(format!(
        "'{}' object has no attribute '{}'",
        type_name_of(o),
        str_of(name)
    )))
}

pub fn setattr(o: Value, name: Value, v: Value) -> PyResult<()> {
    let t = type_of(o);
    if as_type(t).flags & type_flags::CUSTOM_SETATTR != 0 {
        let (meth, args): (&str, &[Value]) = if v.is_null() {
            ("__delattr__", &[name])
        } else {
            ("__setattr__", &[name, v])
        };
        if let Some(m) = lookup(t, meth) {
            if layout_of(m) == Layout::Function
                || (layout_of(m) == Layout::MethodDescriptor
                    && obj::<crate::objects::function::MethodDescrObject>(m).owner
                        != bt(BT::Object))
            {
                call_method_obj(m, o, args, &[])?;
                return Ok(());
            }
        }
    }
    generic_setattr(o, name, v)
}

// ---------------------------------------------------------------- truth, hash, eq

pub fn truthy(v: Value) -> PyResult<bool> {
    if v.is_small_int() {
        return Ok(v.small() != 0);
    }
    if v == py_true() {
        return Ok(true);
    }
    if v == py_false() || v == none() {
        return Ok(false);
    }
    let t = type_of(v);
    if let Some(m) = lookup(t, "__bool__") {
        let r = call_method_obj(m, v, &[], &[])?;
        if r == py_true() {
            return Ok(true);
        }
        if r == py_false() {
            return Ok(false);
        }
        return Err(type_error(format!(
            "__bool__ should return bool, returned {}",
            type_name_of(r)
        )));
    }
    if let Some(m) = lookup(t, "__len__") {
        let r = call_method_obj(m, v, &[], &[])?;
        let n = index_value(r)?;
        if n < 0 {
            return Err(value_error("__len__() should return >= 0"));
        }
        return Ok(n != 0);
    }
    Ok(true)
}

pub fn hash(v: Value) -> PyResult<isize> {
    if v.is_small_int() {
        return Ok(int_hash(v));
    }
    let t = type_of(v);
    if t == bt(BT::Str) {
        return Ok(str_hash(v));
    }
    match lookup(t, "__hash__") {
        Some(h) if h != none() => {
            let r = call_method_obj(h, v, &[], &[])?;
            if !is_int(r) {
                return Err(type_error("__hash__ method should return an integer"));
            }
            Ok(int_hash(r))
        }
        _ => Err(type_error(format!(
            "unhashable type: '{}'",
            type_name_of(v)
        ))),
    }
}

/// `a == b` as a bool, as containers test it (identity first, as CPython's PyObject_RichCompareBool),
/// with small-int and exact-str answers that need no dispatch; dict and set lookups use it.
pub fn eq_bool(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        // identity implies equality for containers' purposes (as CPython's PyObject_RichCompareBool)
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    if a.is_ptr() && b.is_ptr() {
        let st = bt(BT::Str);
        if type_of(a) == st && type_of(b) == st {
            return Ok(str_of(a).as_bytes() == str_of(b).as_bytes());
        }
    }
    let r = compare(a, b, CmpOp::Eq)?;
    truthy(r)
}

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum CmpOp {
    Lt,
    Le,
    Eq,
    Ne,
    Gt,
    Ge,
}
impl CmpOp {
    pub fn from_index(i: u32) -> CmpOp {
        [
            CmpOp::Lt,
            CmpOp::Le,
            CmpOp::Eq,
            CmpOp::Ne,
            CmpOp::Gt,
            CmpOp::Ge,
        ][i as usize]
    }
    fn dunder(self) -> &'static str {
        match self {
            CmpOp::Lt => "__lt__",
            CmpOp::Le => "__le__",
            CmpOp::Eq => "__eq__",
            CmpOp::Ne => "__ne__",
            CmpOp::Gt => "__gt__",
            CmpOp::Ge => "__ge__",
        }
    }
    fn swapped(self) -> CmpOp {
        match self {
            CmpOp::Lt => CmpOp::Gt,
            CmpOp::Le => CmpOp::Ge,
            CmpOp::Eq => CmpOp::Eq,
            CmpOp::Ne => CmpOp::Ne,
            CmpOp::Gt => CmpOp::Lt,
            CmpOp::Ge => CmpOp::Le,
        }
    }
    pub fn symbol(self) -> &'static str {
        ["<", "<=", "==", "!=", ">", ">="][self as usize]
    }
    pub fn apply<T: PartialOrd>(self, a: T, b: T) -> bool {
        match self {
            CmpOp::Lt => a < b,
            CmpOp::Le => a <= b,
            CmpOp::Eq => a == b,
            CmpOp::Ne => a != b,
            CmpOp::Gt => a > b,
            CmpOp::Ge => a >= b,
        }
    }
}

/// Rich comparison with reflected fallback and CPython's default ==/!= by identity.
pub fn compare(a: Value, b: Value, op: CmpOp) -> PyResult<Value> {
    if a.is_small_int() && b.is_small_int() {
        return Ok(py_bool(op.apply(a.small(), b.small())));
    }
    let (ta, tb) = (type_of(a), type_of(b));
    let fl = bt(BT::Float);
    if ta == fl && tb == fl {
        return Ok(py_bool(op.apply(float_of(a), float_of(b))));
    }
    let st = bt(BT::Str);
    if ta == st && tb == st {
        return Ok(py_bool(op.apply(str_of(a), str_of(b))));
    }
    if ta == tb && ta == bt(BT::Tuple) {
        // exact tuples (sort keys, mostly): no dunder dispatch
        return crate::methods::containers::tuple_compare(a, b, op);
    }
    let mut checked_reflected = false;
    if ta != tb && is_subtype(tb, ta) {
        if let Some(m) = lookup(tb, op.swapped().dunder()) {
            checked_reflected = true;
            let r = call_method_obj(m, b, &[a], &[])?;
            if r != not_implemented() {
                return Ok(r);
            }
        }
    }
    if let Some(m) = lookup(ta, op.dunder()) {
        let r = call_method_obj(m, a, &[b], &[])?;
        if r != not_implemented() {
            return Ok(r);
        }
    }
    if !checked_reflected {
        if let Some(m) = lookup(tb, op.swapped().dunder()) {
            let r = call_method_obj(m, b, &[a], &[])?;
            if r != not_implemented() {
                return Ok(r);
            }
        }
    }
    match op {
        CmpOp::Eq => Ok(py_bool(a == b)),
        CmpOp::Ne => Ok(py_bool(a != b)),
        _ => Err(type_error(format!(
            "'{}' not supported between instances of '{}' and '{}'",
            op.symbol(),
            type_name_of(a),
            type_name_of(b)
        ))),
    }
}

// ---------------------------------------------------------------- numbers

/// An int-like value as i64 via `__index__` (OverflowError if too big).
pub fn index_value(v: Value) -> PyResult<i64> {
    if v.is_small_int() {
        return Ok(v.small());
    }
    let iv = index(v)?;
    crate::objects::int::int_to_i64(iv).ok_or_else(|| {
        new_exc(
            Exc::OverflowError,
            "cannot fit 'int' into an index-sized integer",
        )
    })
}

/// `operator.index(v)`: an int.
pub fn index(v: Value) -> PyResult<Value> {
    if v.is_small_int() {
        return Ok(v);
    }
    if layout_of(v) == Layout::Int {
        if type_of(v) == bt(BT::Int) {
            return Ok(v);
        }
        if type_of(v) == bt(BT::Bool) {
            return Ok(new_int((v == py_true()) as i64));
        }
    }
    if let Some(r) = call_special(v, "__index__", &[])? {
        if is_int(r) {
            return Ok(r);
        }
        return Err(type_error(format!(
            "__index__ returned non-int (type {})",
            type_name_of(r)
        )));
    }
    Err(type_error(format!(
        "'{}' object cannot be interpreted as an integer",
        type_name_of(v)
    )))
}

pub fn new_float_v(f: f64) -> Value {
    new_float(f)
}

// ---------------------------------------------------------------- repr / str

thread_local! {
    static REPR_STACK: std::cell::RefCell<Vec<usize>> = const { std::cell::RefCell::new(Vec::new()) };
}

/// Py_ReprEnter/Py_ReprLeave: runs `f` unless `v` is already being repr'd on this thread,
/// in which case it returns `None` (the caller prints `[...]`/`{...}`).
pub fn repr_guard<R>(v: Value, f: impl FnOnce() -> R) -> Option<R> {
    let key = ferrite_gc::object_id(v.ptr());
    let busy = REPR_STACK.with(|s| s.borrow().contains(&key));
    if busy {
        return None;
    }
    REPR_STACK.with(|s| s.borrow_mut().push(key));
    let r = f();
    REPR_STACK.with(|s| {
        let mut s = s.borrow_mut();
        if let Some(p) = s.iter().rposition(|k| *k == key) {
            s.remove(p);
        }
    });
    Some(r)
}

pub fn repr(v: Value) -> PyResult<Value> {
    let r = match call_special(v, "__repr__", &[])? {
        Some(r) => r,
        None => return Ok(new_str(&default_repr(v))),
    };
    if !(r.is_ptr() && is_subtype(type_of(r), bt(BT::Str))) {
        return Err(type_error(format!(
            "__repr__ returned non-string (type {})",
            type_name_of(r)
        )));
    }
    Ok(r)
}

pub fn default_repr(v: Value) -> String {
    let t = type_of(v);
    let module = crate::objects::dict::dict_get_str(as_type(t).dict, "__module__");
    let qn = str_of(as_type(t).qualname);
    let id = ferrite_gc::object_id(v.ptr());
    match module {
        Some(m) if m.is_ptr() && type_of(m) == bt(BT::Str) && str_of(m) != "builtins" => {
            format!("<{}.{} object at {:#x}>", str_of(m), qn, id)
        }
        _ => format!("<{} object at {:#x}>", qn, id),
    }
}

pub fn repr_string(v: Value) -> PyResult<String> {
    Ok(str_of(repr(v)?).to_string())
}

pub fn str(v: Value) -> PyResult<Value> {
    if v.is_ptr() && type_of(v) == bt(BT::Str) {
        return Ok(v);
    }
    let r = match call_special(v, "__str__", &[])? {
        Some(r) => r,
        None => return repr(v),
    };
    if !(r.is_ptr() && is_subtype(type_of(r), bt(BT::Str))) {
        return Err(type_error(format!(
            "__str__ returned non-string (type {})",
            type_name_of(r)
        )));
    }
    Ok(r)
}

pub fn str_string(v: Value) -> PyResult<String> {
    Ok(str_of(str(v)?).to_string())
}

// ---------------------------------------------------------------- containers

pub fn len(v: Value) -> PyResult<usize> {
    // exact builtin containers: no dunder dispatch (subclasses may override __len__)
    if v.is_ptr() {
        let t = type_of(v);
        if t == bt(BT::Str) {
            return Ok(crate::objects::str::str_char_len(v));
        }
        if t == bt(BT::List) {
            return Ok(crate::objects::list::list_len(v));
        }
        if t == bt(BT::Tuple) {
            return Ok(tuple_items(v).len());
        }
        if t == bt(BT::Dict) {
            return Ok(table(v).used);
        }
    }
    match call_special(v, "__len__", &[])? {
        Some(r) => {
            let n = index_value(r)?;
            if n < 0 {
                return Err(value_error("__len__() should return >= 0"));
            }
            Ok(n as usize)
        }
        None => Err(type_error(format!(
            "object of type '{}' has no len()",
            type_name_of(v)
        ))),
    }
}

pub fn getitem(c: Value, k: Value) -> PyResult<Value> {
    if let Some(r) = call_special(c, "__getitem__", &[k])? {
        return Ok(r);
    }
    if layout_of(c) == Layout::Type {
        if let Some(cg) = lookup(c, "__class_getitem__") {
            let f = bind(cg, Value::NULL, c)?;
            let f = if layout_of(f) == Layout::Function {
                new_bound_method(f, c)
            } else {
                f
            };
            return call(f, &[k], &[]);
        }
        return Err(type_error(format!(
            "type '{}' is not subscriptable",
            str_of(as_type(c).name)
        )));
    }
    Err(type_error(format!(
        "'{}' object is not subscriptable",
        type_name_of(c)
    )))
}

pub fn setitem(c: Value, k: Value, v: Value) -> PyResult<()> {
    if call_special(c, "__setitem__", &[k, v])?.is_some() {
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object does not support item assignment",
        type_name_of(c)
    )))
}

pub fn delitem(c: Value, k: Value) -> PyResult<()> {
    if call_special(c, "__delitem__", &[k])?.is_some() {
        return Ok(());
    }
    Err(type_error(format!(
        "'{}' object doesn't support item deletion",
        type_name_of(c)
    )))
}

pub fn contains(c: Value, x: Value) -> PyResult<bool> {
    if let Some(r) = str_contains_fast(c, x) {
        return Ok(r);
    }
    if let Some(r) = call_special(c, "__contains__", &[x])? {
        return truthy(r);
    }
    // fall back to iteration
    let it = match iter(c) {
        Ok(it) => it,
        Err(_) => {
            return Err(type_error(format!(
                "argument of type '{}' is not iterable",
                type_name_of(c)
            )))
        }
    };
    while let Some(y) = next(it)? {
        if eq_bool(y, x)? {
            return Ok(true);
        }
    }
    Ok(false)
}

/// `x in c` for an exact str `c` and exact str `x`: a substring search without dispatch.
#[inline]
pub fn str_contains_fast(c: Value, x: Value) -> Option<bool> {
    let st = bt(BT::Str);
    if !(c.is_ptr() && x.is_ptr() && type_of(c) == st && type_of(x) == st) {
        return None;
    }
    let (hay, needle) = (str_of(c).as_bytes(), str_of(x).as_bytes());
    Some(match needle.len() {
        0 => true,
        // a UTF-8 byte below 0x80 never occurs inside a multi-byte character
        1 => hay.contains(&needle[0]),
        _ => str_of(c).contains(str_of(x)),
    })
}

pub fn iter(v: Value) -> PyResult<Value> {
    let t = type_of(v);
    // exact builtin sequences: their own iterator, without dispatch
    if v.is_ptr() {
        use crate::objects::iter::{new_dict_iter, new_iter};
        if t == bt(BT::List) {
            return Ok(new_iter(BT::ListIter, v));
        }
        if t == bt(BT::Tuple) {
            return Ok(new_iter(BT::TupleIter, v));
        }
        if t == bt(BT::Str) {
            return Ok(new_iter(BT::StrIter, v));
        }
        if t == bt(BT::Dict) {
            return Ok(new_dict_iter(BT::DictKeyIter, v));
        }
    }
    if let Some(m) = lookup(t, "__iter__") {
        if m == none() {
            return Err(type_error(format!(
                "'{}' object is not iterable",
                type_name_of(v)
            )));
        }
        let it = call_method_obj(m, v, &[], &[])?;
        if lookup(type_of(it), "__next__").is_none() {
            return Err(type_error(format!(
                "iter() returned non-iterator of type '{}'",
                type_name_of(it)
            )));
        }
        return Ok(it);
    }
    if lookup(t, "__getitem__").is_some() {
        return Ok(crate::objects::iter::new_seq_iter(v));
    }
    Err(type_error(format!(
        "'{}' object is not iterable",
        type_name_of(v)
    )))
}

/// `next(it)`: Ok(None) when exhausted (StopIteration swallowed).
pub fn next(it: Value) -> PyResult<Option<Value>> {
    if let Some(r) = crate::objects::iter::fast_next(it)? {
        return Ok(r);
    }
    let m = match lookup(type_of(it), "__next__") {
        Some(m) => m,
        None => {
            return Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name_of(it)
            )))
        }
    };
    match call_method_obj(m, it, &[], &[]) {
        Ok(v) => Ok(Some(v)),
        Err(e) if exc_matches(e.0, exc_type(Exc::StopIteration)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// Collects an iterable into a new list.
pub fn to_list(v: Value) -> PyResult<Value> {
    let l = crate::objects::list::new_list(&[]);
    let t = type_of(v);
    if t == bt(BT::List) || t == bt(BT::Tuple) {
        let items: &[Value] = if t == bt(BT::List) {
            crate::objects::list::list_items(v)
        } else {
            tuple_items(v)
        };
        crate::objects::list::list_items(l).extend_from_slice(items);
        return Ok(l);
    }
    let it = iter(v)?;
    while let Some(x) = next(it)? {
        crate::objects::list::list_push(l, x);
    }
    Ok(l)
}

/// Collects an iterable into a new tuple.
pub fn to_tuple(v: Value) -> PyResult<Value> {
    if v.is_ptr() && type_of(v) == bt(BT::Tuple) {
        return Ok(v);
    }
    let l = to_list(v)?;
    Ok(new_tuple(crate::objects::list::list_items(l)))
}

/// Number of entries in a dict (for kwargs handling).
pub fn dict_size(d: Value) -> usize {
    table(d).used
}

pub fn float_v(f: f64) -> Value {
    new_float(f)
}
