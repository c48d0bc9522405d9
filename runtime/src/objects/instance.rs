//! Instances of user classes, and the attribute storage they share with exceptions.
//!
//! Every object with an attribute dict slot starts with `AttrPrefix`: the header then `dict`.
//! Exceptions, functions and modules keep their attributes in that dict. Instances of user
//! classes keep them through a map (objects/attrmap.rs): `map` names the layout, values sit
//! in inline slots after the `__slots__` entries, and attributes past the map's inline
//! capacity in the `extra` list. Asking for `__dict__`, deleting an attribute, a name that is
//! not an exact str, or more than `MAX_ATTRS` attributes moves the instance to "dict mode"
//! for good: its attributes then live in `dict` and `map` is 0. This file is the only code
//! that knows the storage.
//!
//! Subclasses of builtin types (list, dict, int, str, ...) use this layout too and keep the
//! builtin value they wrap in `base_value`; the builtin methods unwrap it.

use crate::errors::PyResult;
use crate::object::{alloc, as_type, bt, layout_of, obj, type_of, write_barrier, Layout, BT};
use crate::objects::attrmap::{self, AttrMap, MAX_ATTRS, MAX_INLINE};
use crate::objects::dict::{dict_del, dict_get_name, dict_set, new_dict};
use crate::objects::list::{list_items, list_push, new_list};
use crate::objects::str::StrObject;
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};
use std::sync::atomic::Ordering;

#[repr(C)]
pub struct AttrPrefix {
    pub header: Header,
    pub dict: Value,
}

#[repr(C)]
pub struct InstanceObject {
    pub header: Header,
    /// The attributes in dict mode; NULL in map mode.
    pub dict: Value,
    pub base_value: Value,
    /// Address of the instance's AttrMap; 0 in dict mode and for instances without attributes.
    pub map: usize,
    /// list of the attributes past the map's inline capacity (NULL until needed)
    pub extra: Value,
    /// `__slots__` entries followed by the map's inline attribute slots
    pub n_slots: usize,
    pub slots: [Value; 0],
}
const BASE: usize = std::mem::size_of::<InstanceObject>();

/// Byte offsets the JIT and inline caches read.
pub const MAP_OFFSET: usize = std::mem::offset_of!(InstanceObject, map);
pub const SLOTS_OFFSET: usize = std::mem::offset_of!(InstanceObject, slots);

unsafe fn inst_size(h: *const Header) -> usize {
    // SAFETY: the collector passes an InstanceObject.
    BASE + 8 * unsafe { (*(h as *const InstanceObject)).n_slots }
}
unsafe fn inst_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes an InstanceObject with n_slots slots.
    let o = unsafe { &mut *(h as *mut InstanceObject) };
    t.visit(Value::slot(&mut o.dict));
    t.visit(Value::slot(&mut o.base_value));
    t.visit(Value::slot(&mut o.extra));
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
    let tt = as_type(cls);
    let has_dict = tt.flags & crate::object::type_flags::HAS_DICT != 0;
    let cap = if has_dict {
        tt.attr_hint.load(Ordering::Relaxed).min(MAX_INLINE)
    } else {
        0
    };
    let n = tt.n_slots + cap;
    let v = alloc(cls, BASE + 8 * n);
    let o = obj::<InstanceObject>(v);
    o.n_slots = n;
    if has_dict {
        o.map = attrmap::root(cap).addr();
    }
    if tt.flags & crate::object::type_flags::HAS_DEL != 0 {
        ferrite_gc::register_finalizer(v.ptr());
    }
    v
}

/// Does this object carry attributes of its own (a map or an attribute dict)?
#[inline]
pub fn has_attr_storage(v: Value) -> bool {
    if !v.is_ptr() {
        return false;
    }
    match layout_of(v) {
        Layout::Exception | Layout::Function | Layout::Module => true,
        Layout::Instance => {
            let t = type_of(v);
            as_type(t).flags & crate::object::type_flags::HAS_DICT != 0
        }
        _ => false,
    }
}

/// The instance's map, if it is in map mode.
#[inline]
fn map_of(v: Value) -> Option<&'static AttrMap> {
    if layout_of(v) != Layout::Instance {
        return None;
    }
    let m = obj::<InstanceObject>(v).map;
    if m == 0 {
        None
    } else {
        Some(attrmap::from_addr(m))
    }
}

/// The address maps key `name` by: its interned copy (None if it has none, or is not an
/// exact str, whose attributes live only in dicts).
#[inline]
fn name_key(name: Value) -> Option<usize> {
    if !name.is_ptr() || type_of(name) != bt(BT::Str) {
        return None;
    }
    let s = obj::<StrObject>(name);
    if s.interned {
        return Some(name.0);
    }
    crate::intern::find_interned(crate::objects::str::str_of(name)).map(|v| v.0)
}

/// Attribute `i` of the map-mode instance `v`.
#[inline]
fn read_slot(v: Value, m: &AttrMap, i: usize) -> Value {
    let o = obj::<InstanceObject>(v);
    if i < m.capacity {
        let base = o.n_slots - m.capacity;
        // SAFETY: base + i < n_slots: the instance reserved `capacity` inline slots.
        unsafe { *o.slots.as_ptr().add(base + i) }
    } else {
        list_items(o.extra)[i - m.capacity]
    }
}

/// Stores attribute `i` (an existing one, or the next one) of the map-mode instance `v`.
fn write_slot(v: Value, m: &AttrMap, i: usize, x: Value) {
    if i < m.capacity {
        let o = obj::<InstanceObject>(v);
        let base = o.n_slots - m.capacity;
        // SAFETY: base + i < n_slots: the instance reserved `capacity` inline slots.
        unsafe { *o.slots.as_mut_ptr().add(base + i) = x };
        write_barrier(v);
        return;
    }
    let j = i - m.capacity;
    if obj::<InstanceObject>(v).extra.is_null() {
        let l = new_list(&[]);
        obj::<InstanceObject>(v).extra = l;
        write_barrier(v);
    }
    let l = obj::<InstanceObject>(v).extra;
    if j < list_items(l).len() {
        crate::objects::list::list_set(l, j, x);
    } else {
        list_push(l, x);
    }
}

/// Instance attribute `name` (not looking at the type).
pub fn get_attr(v: Value, name: Value) -> Option<Value> {
    if let Some(m) = map_of(v) {
        let i = m.index_of(name_key(name)?)?;
        return Some(read_slot(v, m, i));
    }
    let d = obj::<AttrPrefix>(v).dict;
    if d.is_null() {
        None
    } else {
        dict_get_name(d, name)
    }
}

/// Sets instance attribute `name`.
pub fn set_attr(v: Value, name: Value, x: Value) -> PyResult<()> {
    if let Some(m) = map_of(v) {
        let key = if name.is_ptr() && type_of(name) == bt(BT::Str) {
            Some(if obj::<StrObject>(name).interned {
                name.0
            } else {
                crate::intern::intern(crate::objects::str::str_of(name)).0
            })
        } else {
            None
        };
        if let Some(key) = key {
            if let Some(i) = m.index_of(key) {
                write_slot(v, m, i, x);
                return Ok(());
            }
            if m.len() < MAX_ATTRS {
                let i = m.len();
                let next = m.with_attr(key);
                write_slot(v, m, i, x);
                obj::<InstanceObject>(v).map = next.addr();
                // later instances of this class reserve room for every attribute seen
                let hint = &as_type(type_of(v)).attr_hint;
                if hint.load(Ordering::Relaxed) < next.len() {
                    hint.store(next.len().min(MAX_INLINE), Ordering::Relaxed);
                }
                return Ok(());
            }
        }
    }
    let d = instance_dict_or_create(v);
    dict_set(d, name, x)
}

/// Deletes instance attribute `name`; false if there was none.
pub fn del_attr(v: Value, name: Value) -> PyResult<bool> {
    if let Some(m) = map_of(v) {
        match name_key(name).and_then(|k| m.index_of(k)) {
            None => return Ok(false),
            Some(_) => {
                materialize(v);
            }
        }
    }
    let d = obj::<AttrPrefix>(v).dict;
    if d.is_null() {
        return Ok(false);
    }
    Ok(dict_del(d, name)?.is_some())
}

/// A new dict of the map-mode instance's attributes, in map order.
fn map_to_dict(v: Value, m: &AttrMap) -> Value {
    let d = new_dict();
    for (i, &n) in m.names().iter().enumerate() {
        let x = read_slot(v, m, i);
        // interned str keys: cannot fail
        let _ = dict_set(d, Value(n), x);
    }
    d
}

/// Moves a map-mode instance to dict mode.
fn materialize(v: Value) {
    let Some(m) = map_of(v) else { return };
    let d = map_to_dict(v, m);
    let o = obj::<InstanceObject>(v);
    let base = o.n_slots - m.capacity;
    for i in base..o.n_slots {
        // SAFETY: i < n_slots
        unsafe { *o.slots.as_mut_ptr().add(i) = Value::NULL };
    }
    o.extra = Value::NULL;
    o.map = 0;
    o.dict = d;
    write_barrier(v);
}

/// The object's live attribute dict, created (and the instance moved to dict mode) if needed:
/// for `__dict__` and for code that keeps private state in the dict.
pub fn instance_dict_or_create(v: Value) -> Value {
    materialize(v);
    let p = obj::<AttrPrefix>(v);
    if p.dict.is_null() {
        let d = new_dict();
        obj::<AttrPrefix>(v).dict = d;
        write_barrier(v);
    }
    obj::<AttrPrefix>(v).dict
}

/// Replaces the object's attributes by the dict `d` (`obj.__dict__ = d`).
pub fn set_instance_dict(v: Value, d: Value) {
    materialize(v);
    obj::<AttrPrefix>(v).dict = d;
    write_barrier(v);
}

/// The object's attributes as a dict, for reading: the live dict in dict mode, a new dict in
/// map mode; NULL when it has none.
pub fn instance_attrs(v: Value) -> Value {
    if let Some(m) = map_of(v) {
        if m.is_empty() {
            return Value::NULL;
        }
        return map_to_dict(v, m);
    }
    obj::<AttrPrefix>(v).dict
}

/// The existing attribute dict of an object that keeps its attributes in one (exceptions,
/// functions, modules, dict-mode instances); NULL otherwise.
pub fn attr_dict_if_any(v: Value) -> Value {
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

/// What an inline cache remembers about where an instance keeps an attribute: the map
/// address with the absolute inline slot index in its low 8 bits (maps are 256-aligned).
/// None when the attribute is not inline (overflow list or dict mode).
#[inline]
pub fn inline_slot_key(v: Value, name: Value) -> Option<u64> {
    let m = map_of(v)?;
    let i = m.index_of(name_key(name)?)?;
    if i >= m.capacity {
        return None;
    }
    let abs = obj::<InstanceObject>(v).n_slots - m.capacity + i;
    (abs < 256).then_some(m.addr() as u64 | abs as u64)
}

/// The current map address of an instance (0 in dict mode), for cache checks.
#[inline]
pub fn map_addr(v: Value) -> usize {
    obj::<InstanceObject>(v).map
}

/// Reads inline slot `abs` of an instance whose map a cache has checked.
#[inline]
pub fn read_inline(v: Value, abs: usize) -> Value {
    let o = obj::<InstanceObject>(v);
    debug_assert!(abs < o.n_slots);
    // SAFETY: the cache that produced `abs` checked the map, which fixes the inline capacity,
    // and the slot count of the type.
    unsafe { *o.slots.as_ptr().add(abs) }
}

/// Writes inline slot `abs` (and moves to map `new_map` when non-zero) of an instance whose
/// map a cache has checked.
#[inline]
pub fn write_inline(v: Value, abs: usize, x: Value, new_map: usize) {
    let o = obj::<InstanceObject>(v);
    debug_assert!(abs < o.n_slots);
    // SAFETY: as in read_inline.
    unsafe { *o.slots.as_mut_ptr().add(abs) = x };
    if new_map != 0 {
        o.map = new_map;
    }
    write_barrier(v);
}

/// The parent map of the map at `addr` (0 for a root), for transition caches.
#[inline]
pub fn parent_map_addr(addr: usize) -> usize {
    attrmap::from_addr(addr).parent().map_or(0, |p| p.addr())
}
