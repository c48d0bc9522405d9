//! Helpers shared by the modules that define types (itertools, _collections, _functools,
//! _operator): type creation, classmethods, iterator boilerplate.

use ferrite_runtime::errors::{stop_iteration, type_error, PyErr, PyResult};
use ferrite_runtime::object::{as_type, bt, new_obj, type_flags, BT};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict};
use ferrite_runtime::objects::function::{new_builtin_function, NativeFn, WrapperObject};
use ferrite_runtime::objects::native::{new_native_type, NativeData};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::Value;
use std::sync::OnceLock;

/// A type created once per process (module re-imports reuse it), stored as its address:
/// type objects never move, and `keep_alive` makes the ones that are not native types roots.
pub(crate) struct TypeCell(OnceLock<usize>);
impl TypeCell {
    pub const fn new() -> TypeCell {
        TypeCell(OnceLock::new())
    }
    pub fn get_or_init(&self, f: impl FnOnce() -> Value) -> Value {
        Value(*self.0.get_or_init(|| f().0))
    }
    /// The type, if created.
    pub fn try_get(&self) -> Option<Value> {
        self.0.get().map(|&a| Value(a))
    }
    /// The type (must have been created).
    pub fn get(&self) -> Value {
        Value(*self.0.get().expect("type not initialised"))
    }
}

/// Keeps `v` alive for the whole process (a permanent root; types never move).
pub(crate) fn keep_alive(v: Value) {
    ferrite_runtime::init::root_forever(v);
}

/// A builtin (immutable) type `module.name` whose instances are ordinary instances
/// (Layout::Instance) of `base` with `n_slots` hidden Value slots for the type's state
/// (read with `slot`/`set_slot`), and a `__dict__` when `has_dict`. Subclassable.
pub(crate) fn slotted_type(
    module: &str,
    name: &str,
    base: Value,
    n_slots: usize,
    has_dict: bool,
) -> Value {
    let ns = new_dict();
    dict_set_str(ns, "__module__", new_str(module));
    if !has_dict {
        dict_set_str(ns, "__slots__", new_tuple(&[]));
    }
    let base = if base.is_null() { bt(BT::Object) } else { base };
    let t = ferrite_runtime::types::new_heap_type(bt(BT::Type), new_str(name), &[base], ns)
        .expect("builtin type creation");
    let full = new_str(&format!("{module}.{name}"));
    let o = as_type(t);
    o.name = full;
    ferrite_runtime::object::write_barrier(t);
    let o = as_type(t);
    o.flags &= !type_flags::HEAP_TYPE;
    o.n_slots += n_slots;
    keep_alive(t);
    t
}

/// Index of the first hidden slot of `t`'s own state (slots of the bases come first).
pub(crate) fn slot(inst: Value, i: usize) -> Value {
    let p = ferrite_runtime::objects::instance::slot_ptr(inst, i);
    // SAFETY: slot_ptr bounds-checks; the instance is live (it is on our stack).
    unsafe { *p }
}
pub(crate) fn set_slot(inst: Value, i: usize, v: Value) {
    let p = ferrite_runtime::objects::instance::slot_ptr(inst, i);
    // SAFETY: as for `slot`.
    unsafe { *p = v };
    ferrite_runtime::object::write_barrier(inst);
}

/// Installs `f` as classmethod `name` of `t`.
pub(crate) fn classmethod(t: Value, name: &'static str, f: NativeFn) {
    let bf = new_builtin_function(name, f, Value::NULL);
    let cm = new_obj::<WrapperObject>(bt(BT::ClassMethod), |w| w.func = bf);
    dict_set_str(as_type(t).dict, name, cm);
}

/// Installs `__class_getitem__` (types.GenericAlias) on `t`.
pub(crate) fn generic_alias(t: Value) {
    classmethod(t, "__class_getitem__", class_getitem);
}
fn class_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(ferrite_runtime::methods::alias::new_alias(a[0], a[1]))
}

/// Installs a static value in a type's dict (`__hash__ = None`, `__doc__`...).
pub(crate) fn set_attr(t: Value, name: &str, v: Value) {
    dict_set_str(as_type(t).dict, name, v);
}

/// `__iter__` returning self.
pub(crate) fn iter_self(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

/// The StopIteration a Rust `__next__` raises at the end.
pub(crate) fn stop() -> PyErr {
    stop_iteration(Value::NULL)
}

/// The Rust data of `v` as a `T`, or CPython's "descriptor requires" TypeError.
pub(crate) fn data<T: NativeData>(v: Value, what: &str) -> PyResult<&'static mut T> {
    ferrite_runtime::objects::native::native_mut::<T>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '{what}' object but received a '{}'",
            ferrite_runtime::types::type_name_of(v)
        ))
    })
}

/// Visits a Value slot of native data.
#[inline]
pub(crate) fn visit(t: &mut ferrite_gc::Tracer, v: &mut Value) {
    if v.is_ptr() {
        t.visit(Value::slot(v));
    }
}

/// The name CPython's reprs use for the type of `v` (`_PyType_Name`: the part after the last
/// dot of tp_name, i.e. `__name__`).
pub(crate) fn type_name(v: Value) -> &'static str {
    let n = ferrite_runtime::types::type_name_of(v);
    n.rsplit('.').next().unwrap_or(n)
}

/// A native type whose tp_name is `module.name` (shown in error messages, as CPython's static
/// types), `__name__`/`__qualname__` `name` and `__module__` `module`.
pub(crate) fn native_type(module: &str, name: &str, subclassable: bool) -> Value {
    let full = if module == "builtins" {
        name.to_string()
    } else {
        format!("{module}.{name}")
    };
    let t = new_native_type(module, &full, Value::NULL, subclassable);
    as_type(t).qualname = new_str(name);
    ferrite_runtime::object::write_barrier(t);
    t
}

/// `_PyArg_NoKeywords` + `_PyArg_CheckPositional`: "f() takes no keyword arguments",
/// "f expected 2 arguments, got 1", "f expected at least 1 argument, got 0"...
pub(crate) fn positional_only(
    fname: &str,
    a: &[Value],
    kw: &[Value],
    min: usize,
    max: usize,
) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{fname}() takes no keyword arguments")));
    }
    let n = a.len();
    if n >= min && n <= max {
        return Ok(());
    }
    let (how, k) = if min == max {
        ("", min)
    } else if n < min {
        ("at least ", min)
    } else {
        ("at most ", max)
    };
    Err(type_error(format!(
        "{fname} expected {how}{k} argument{}, got {n}",
        if k == 1 { "" } else { "s" }
    )))
}

/// Argument-clinic parsing of positional-or-keyword parameters `names` (the first
/// `max_pos` may be positional, the first `required` are required), with CPython's messages.
/// Missing optional arguments are NULL. At most 4 names.
pub(crate) fn clinic(
    fname: &str,
    a: &[Value],
    kw: &[Value],
    names: &[&str],
    required: usize,
    max_pos: usize,
) -> PyResult<[Value; 4]> {
    let mut out = [Value::NULL; 4];
    let npos = a.len() - kw.len();
    let total = a.len();
    if total > names.len() {
        return Err(type_error(format!(
            "{fname}() takes at most {} argument{} ({total} given)",
            names.len(),
            if names.len() == 1 { "" } else { "s" }
        )));
    }
    if npos > max_pos {
        return Err(type_error(format!(
            "{fname}() takes at most {max_pos} positional argument{} ({npos} given)",
            if max_pos == 1 { "" } else { "s" }
        )));
    }
    out[..npos].copy_from_slice(&a[..npos]);
    for (i, k) in kw.iter().enumerate() {
        let s = ferrite_runtime::objects::str::str_of(*k);
        match names.iter().position(|n| *n == s) {
            Some(j) => {
                if j < npos {
                    return Err(type_error(format!(
                        "argument for {fname}() given by name ('{s}') and position ({})",
                        j + 1
                    )));
                }
                out[j] = a[npos + i];
            }
            None => {
                return Err(type_error(format!(
                    "'{s}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    for (i, n) in names.iter().enumerate().take(required) {
        if out[i].is_null() {
            return Err(type_error(format!(
                "{fname}() missing required argument '{n}' (pos {})",
                i + 1
            )));
        }
    }
    Ok(out)
}

/// Declares NativeData for a struct whose listed fields are Values and listed vec fields are
/// `Vec<Value>`/`VecDeque<Value>`.
macro_rules! traced {
    ($t:ident { $($f:ident),* } $(, [$($vf:ident),*])?) => {
        impl ferrite_runtime::objects::native::NativeData for $t {
            #[allow(unused_variables)]
            fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
                $( $crate::support::visit(t, &mut self.$f); )*
                $($( for v in self.$vf.iter_mut() { $crate::support::visit(t, v); } )*)?
            }
        }
    };
}
pub(crate) use traced;

/// Process-wide Values of the modules (`gc.callbacks`, atexit's list, the current context...),
/// kept in the dict of a never-collected native type: statics cannot hold object addresses,
/// since the collector moves objects.
static STATE: TypeCell = TypeCell::new();

fn state_dict() -> Value {
    let t = STATE.get_or_init(|| {
        ferrite_runtime::objects::native::new_native_type("_ferrite", "_state", Value::NULL, false)
    });
    as_type(t).dict
}

/// The process-wide value `name` (NULL if never set).
pub(crate) fn state_get(name: &str) -> Value {
    ferrite_runtime::objects::dict::dict_get_str(state_dict(), name).unwrap_or(Value::NULL)
}

/// Sets process-wide value `name`.
pub(crate) fn state_set(name: &str, v: Value) {
    dict_set_str(state_dict(), name, v);
}

/// The process-wide value `name`, created by `f` on first use.
pub(crate) fn state_or_init(name: &str, f: impl FnOnce() -> Value) -> Value {
    let v = state_get(name);
    if !v.is_null() {
        return v;
    }
    let v = f();
    state_set(name, v);
    v
}

/// Module state that must survive moving collections: values kept in the dict of a hidden
/// native type (types never move and are roots; the dict's slot is traced and kept current).
pub(crate) struct StateCell(TypeCell, &'static str);
impl StateCell {
    pub const fn new(module: &'static str) -> StateCell {
        StateCell(TypeCell::new(), module)
    }
    fn holder(&self) -> Value {
        self.0
            .get_or_init(|| new_native_type(self.1, "_state", Value::NULL, false))
    }
    /// The value stored under `name`, creating it with `f` the first time.
    pub fn get_or_init(&self, name: &str, f: impl FnOnce() -> Value) -> Value {
        let t = self.holder();
        if let Some(v) = ferrite_runtime::objects::dict::dict_get_str(as_type(t).dict, name) {
            return v;
        }
        let v = f();
        dict_set_str(as_type(t).dict, name, v);
        v
    }
}

/// PyArg "i" conversion: an int (via __index__), no floats.
pub(crate) fn c_int_arg(v: Value) -> PyResult<i64> {
    if ferrite_runtime::methods::numbers::to_float(v).is_some() {
        return Err(ferrite_runtime::errors::type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let i = ferrite_runtime::ops::index_value(v)?;
    if i > i32::MAX as i64 {
        return Err(ferrite_runtime::errors::overflow_error(
            "signed integer is greater than maximum",
        ));
    }
    if i < i32::MIN as i64 {
        return Err(ferrite_runtime::errors::overflow_error(
            "signed integer is less than minimum",
        ));
    }
    Ok(i)
}

/// The bytes of a buffer-protocol object (bytes, bytearray, memoryview, array), copied; None
/// for anything else (callers word their own TypeError).
pub(crate) fn buffer_data(v: Value) -> PyResult<Option<Vec<u8>>> {
    if ferrite_runtime::methods::bytes::is_bytes_like(v) {
        return Ok(Some(
            ferrite_runtime::methods::bytes::bytes_data(v).to_vec(),
        ));
    }
    if ferrite_runtime::methods::memoryview::is_memoryview(v) {
        return ferrite_runtime::methods::memoryview::view_bytes(v).map(Some);
    }
    Ok(crate::array::buffer_bytes(v))
}
