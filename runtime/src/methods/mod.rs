//! The Rust methods of builtin types, installed into their type dicts at start-up.
pub mod alias;
pub mod bytes;
pub mod codecs;
pub mod complex;
pub mod containers;
pub mod memoryview;
pub mod module;
pub mod numbers;
pub mod numformat;
pub mod object;
pub mod set;
pub mod str;
pub mod unicode_tables;

use crate::object::*;
use crate::objects::dict::dict_set;
use crate::objects::function::{new_builtin_function, new_method_descr, NativeFn};
use crate::value::Value;

/// Installs a method (descriptor) `name` on builtin type `t`.
pub fn def(t: Value, name: &'static str, f: NativeFn) {
    let d = new_method_descr(t, name, f);
    let _ = dict_set(as_type(t).dict, crate::intern::intern(name), d);
}

/// Installs `__new__` (a plain builtin function taking cls first, as CPython's tp_new wrapper).
pub fn def_new(t: Value, f: NativeFn) {
    let d = new_builtin_function("__new__", f, Value::NULL);
    let _ = dict_set(as_type(t).dict, crate::intern::intern("__new__"), d);
}

/// Installs a read-only computed attribute.
pub fn getset(t: Value, name: &'static str, get: crate::descr::GetFn) {
    let d = crate::descr::new_getset(t, name, get, None);
    let _ = dict_set(as_type(t).dict, crate::intern::intern(name), d);
}

pub fn getset_rw(t: Value, name: &'static str, get: crate::descr::GetFn, set: crate::descr::SetFn) {
    let d = crate::descr::new_getset(t, name, get, Some(set));
    let _ = dict_set(as_type(t).dict, crate::intern::intern(name), d);
}

/// An instance of user subclass `cls` of a builtin, wrapping builtin value `v`.
pub fn new_subclass_instance(cls: Value, v: Value) -> Value {
    let inst = crate::objects::instance::new_instance(cls);
    obj::<crate::objects::instance::InstanceObject>(inst).base_value = v;
    inst
}

/// The builtin value behind `v` (itself, or the wrapped value of a subclass instance).
#[inline]
pub fn builtin_value(v: Value) -> Value {
    if v.is_ptr() && layout_of(v) == Layout::Instance {
        let b = crate::objects::instance::base_value(v);
        if !b.is_null() {
            return b;
        }
    }
    v
}

pub fn init_all() {
    object::init();
    numbers::init();
    complex::init();
    str::init();
    bytes::init();
    codecs::init();
    containers::init();
    set::init();
    alias::init();
    memoryview::init();
    module::init();
    crate::objects::weakref::init();
}
