//! Builtin descriptors: getset (computed attributes of builtin types such as `__class__`,
//! `__dict__`, `__name__`, exception `args`) and member descriptors (`__slots__` entries);
//! plus attribute lookup on modules.

use crate::errors::*;
use crate::object::*;
use crate::objects::dict::dict_get_name;
use crate::objects::function::{ModuleObject, PropertyObject};
use crate::objects::instance::slot_ptr;
use crate::objects::str::str_of;
use crate::types::type_name_of;
use crate::value::Value;
use ferrite_gc::Header;

pub type GetFn = fn(Value) -> PyResult<Value>;
pub type SetFn = fn(Value, Value) -> PyResult<()>;

#[repr(C)]
pub struct GetSetObject {
    pub header: Header,
    pub owner: Value,
    pub name: &'static str,
    pub get: GetFn,
    pub set: Option<SetFn>,
}
crate::fixed_kind!(GETSET_KIND, "getset_descriptor", GetSetObject, [owner]);

pub fn new_getset(owner: Value, name: &'static str, get: GetFn, set: Option<SetFn>) -> Value {
    new_obj::<GetSetObject>(bt(BT::GetSetDescriptor), |o| {
        o.owner = owner;
        o.name = name;
        o.get = get;
        o.set = set;
    })
}

#[repr(C)]
pub struct MemberObject {
    pub header: Header,
    pub owner: Value,
    pub name: Value,
    pub index: usize,
}
crate::fixed_kind!(
    MEMBER_KIND,
    "member_descriptor",
    MemberObject,
    [owner, name]
);

pub fn new_member(owner: Value, name: Value, index: usize) -> Value {
    new_obj::<MemberObject>(bt(BT::MemberDescriptor), |o| {
        o.owner = owner;
        o.name = name;
        o.index = index;
    })
}

pub fn getset_get(d: Value, inst: Value, _t: Value) -> PyResult<Value> {
    if inst.is_null() {
        return Ok(d);
    }
    let f = obj::<GetSetObject>(d).get;
    f(inst)
}

pub fn member_get(d: Value, inst: Value) -> PyResult<Value> {
    if inst.is_null() {
        return Ok(d);
    }
    let m = obj::<MemberObject>(d);
    // SAFETY: slot_ptr bounds-checks the index.
    let v = unsafe { *slot_ptr(inst, m.index) };
    if v.is_null() {
        let e = attribute_error(format!(
            "'{}' object has no attribute '{}'",
            type_name_of(inst),
            str_of(m.name)
        ));
        return Err(e);
    }
    Ok(v)
}

/// Assignment (v non-NULL) or deletion (v NULL) through a data descriptor.
pub fn descr_set(d: Value, inst: Value, v: Value) -> PyResult<()> {
    match layout_of(d) {
        Layout::Property => {
            let p = obj::<PropertyObject>(d);
            let (f, what) = if v.is_null() {
                (p.fdel, "deleter")
            } else {
                (p.fset, "setter")
            };
            if f.is_null() || f == none() {
                return Err(property_missing(d, inst, what));
            }
            if v.is_null() {
                crate::ops::call(f, &[inst], &[])?;
            } else {
                crate::ops::call(f, &[inst, v], &[])?;
            }
            Ok(())
        }
        Layout::GetSet => {
            let g = obj::<GetSetObject>(d);
            match g.set {
                Some(s) => s(inst, v),
                None => Err(attribute_error(format!(
                    "attribute '{}' of '{}' objects is not writable",
                    g.name,
                    str_of(as_type(g.owner).name)
                ))),
            }
        }
        Layout::MemberDescr => {
            let m = obj::<MemberObject>(d);
            let p = slot_ptr(inst, m.index);
            // SAFETY: slot_ptr bounds-checked; the instance is live.
            unsafe {
                if v.is_null() && (*p).is_null() {
                    return Err(attribute_error(str_of(m.name)));
                }
                *p = v;
            }
            write_barrier(inst);
            Ok(())
        }
        _ => {
            let t = type_of(d);
            let (name, args): (&str, Vec<Value>) = if v.is_null() {
                ("__delete__", vec![inst])
            } else {
                ("__set__", vec![inst, v])
            };
            match crate::types::lookup(t, name) {
                Some(m) => {
                    crate::ops::call_method_obj(m, d, &args, &[])?;
                    Ok(())
                }
                None => Err(attribute_error(format!(
                    "__{}__",
                    if v.is_null() { "delete" } else { "set" }
                ))),
            }
        }
    }
}

/// Module attribute: the module dict, then the module type's attributes, then `__getattr__`
/// from the module dict (PEP 562).
pub fn module_getattr(m: Value, name: Value) -> PyResult<Option<Value>> {
    let d = obj::<ModuleObject>(m).dict;
    if let Some(v) = dict_get_name(d, name) {
        return Ok(Some(v));
    }
    if let Some(v) = crate::ops::generic_getattr(m, name)? {
        return Ok(Some(v));
    }
    if let Some(g) = crate::objects::dict::dict_get_str(d, "__getattr__") {
        return crate::ops::call(g, &[name], &[]).map(Some);
    }
    Ok(None)
}

/// CPython's error for a property without the getter, setter or deleter asked for: it names
/// the property (when `__set_name__` gave it one) and the instance's type by qualname.
pub fn property_missing(prop: Value, inst: Value, what: &str) -> crate::errors::PyErr {
    let name = obj::<PropertyObject>(prop).name;
    let qual =
        crate::objects::str::str_of(crate::object::as_type(crate::object::type_of(inst)).qualname);
    let msg = if name.is_null() || name == none() {
        format!("property of '{qual}' object has no {what}")
    } else {
        format!(
            "property '{}' of '{qual}' object has no {what}",
            crate::objects::str::str_of(name)
        )
    };
    attribute_error(msg)
}
