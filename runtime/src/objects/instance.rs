//! Instances of user classes, and the attribute storage they share with exceptions.
//!
//! Every object with the HAS_DICT flag starts with `AttrPrefix`: the header then a `dict`
//! slot. Today instance attributes live in that dict (created on first store).
//! TODO(maps): DESIGN.md's hidden-class maps with inline slots replace the per-instance dict;
//! the attribute API below (`instance_dict`, `get_instance_attr`, `set_instance_attr`) is the
//! only code that knows the storage, so the switch is local.
//!
//! Subclasses of builtin types (list, dict, int, str, ...) use this layout too and keep the
//! builtin value they wrap in `base_value`; the builtin methods unwrap it.

use crate::object::{alloc, obj, Layout};
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};

#[repr(C)]
pub struct AttrPrefix {
    pub header: Header,
    pub dict: Value,
}

#[repr(C)]
pub struct InstanceObject {
    pub header: Header,
    pub dict: Value,
    pub base_value: Value,
    pub n_slots: usize,
    pub slots: [Value; 0],
}
const BASE: usize = std::mem::size_of::<InstanceObject>();

unsafe fn inst_size(h: *const Header) -> usize {
    // SAFETY: the collector passes an InstanceObject.
    BASE + 8 * unsafe { (*(h as *const InstanceObject)).n_slots }
}
unsafe fn inst_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes an InstanceObject with n_slots slots.
    let o = unsafe { &mut *(h as *mut InstanceObject) };
    t.visit(Value::slot(&mut o.dict));
    t.visit(Value::slot(&mut o.base_value));
    let p = o.slots.as_mut_ptr();
    for i in 0..o.n_slots {
        // SAFETY: i < n_slots
        t.visit(unsafe { p.add(i) } as *mut usize);
    }
}
pub static INSTANCE_KIND: Kind = Kind {
    name: "instance",
    size: inst_size,
    trace: inst_trace,
    drop: None,
};

pub fn new_instance(cls: Value) -> Value {
    let n = crate::object::as_type(cls).n_slots;
    let v = alloc(cls, BASE + 8 * n);
    obj::<InstanceObject>(v).n_slots = n;
    v
}

/// Does this object carry an attribute dict slot?
#[inline]
pub fn has_attr_storage(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    match crate::object::layout_of(v) {
        Layout::Exception | Layout::Function | Layout::Module => true,
        Layout::Instance => {
            let t = crate::object::type_of(v);
            crate::object::as_type(t).flags & crate::object::type_flags::HAS_DICT != 0
        }
        _ => false,
    }
}

/// The object's attribute dict (None if it has none yet), for layouts with an AttrPrefix.
/// Functions, modules and types keep their dict elsewhere and are handled by their own code.
pub fn instance_dict(v: Value) -> Value {
    obj::<AttrPrefix>(v).dict
}

pub fn instance_dict_or_create(v: Value) -> Value {
    let p = obj::<AttrPrefix>(v);
    if p.dict.is_null() {
        let d = crate::objects::dict::new_dict();
        obj::<AttrPrefix>(v).dict = d;
        crate::object::write_barrier(v);
    }
    obj::<AttrPrefix>(v).dict
}

pub fn base_value(v: Value) -> Value {
    obj::<InstanceObject>(v).base_value
}

pub fn slot_ptr(v: Value, i: usize) -> *mut Value {
    let o = obj::<InstanceObject>(v);
    assert!(i < o.n_slots);
    // SAFETY: i < n_slots, checked.
    unsafe { o.slots.as_mut_ptr().add(i) }
}
