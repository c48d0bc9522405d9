//! list: a growable array of Values in out-of-heap memory owned by the object.
//!
//! Rust code must not keep a slice of `items` across a call that can run Python code (the
//! callee may resize the list): index afresh each time (see `list_get`).

use crate::object::{bt, new_obj, obj, write_barrier, BT};
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};

#[repr(C)]
pub struct ListObject {
    pub header: Header,
    pub items: Vec<Value>,
}

unsafe fn list_size(_: *const Header) -> usize {
    std::mem::size_of::<ListObject>()
}
unsafe fn list_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a ListObject.
    let o = unsafe { &mut *(h as *mut ListObject) };
    for v in o.items.iter_mut() {
        t.visit(Value::slot(v));
    }
}
unsafe fn list_drop(h: *mut Header) {
    // SAFETY: called once on a dead ListObject.
    unsafe { std::ptr::drop_in_place(&mut (*(h as *mut ListObject)).items) }
}
pub static LIST_KIND: Kind = Kind {
    name: "list",
    size: list_size,
    trace: list_trace,
    drop: Some(list_drop),
};

pub fn new_list_of(cls: Value, items: Vec<Value>) -> Value {
    new_obj::<ListObject>(cls, |o| {
        // SAFETY: zeroed body; write without dropping.
        unsafe { std::ptr::write(&mut o.items, items) }
    })
}

/// A new list holding `items` (copied: the caller's slice may live anywhere).
pub fn new_list(items: &[Value]) -> Value {
    crate::value::with_rooted_slice(items, |items| {
        let l = new_list_of(bt(BT::List), Vec::new());
        list_items(l).extend_from_slice(items);
        l
    })
}

/// The list's storage. Do not hold across calls into Python code.
#[inline]
pub fn list_items<'a>(v: Value) -> &'a mut Vec<Value> {
    &mut obj::<ListObject>(v).items
}

#[inline]
pub fn list_len(v: Value) -> usize {
    obj::<ListObject>(v).items.len()
}

#[inline]
pub fn list_get(v: Value, i: usize) -> Option<Value> {
    obj::<ListObject>(v).items.get(i).copied()
}

#[inline]
pub fn list_push(l: Value, x: Value) {
    let items = &mut obj::<ListObject>(l).items;
    if items.len() == items.capacity() && items.capacity() >= 64 {
        // the storage is about to double outside the heap (counted towards the next major
        // collection; no collection here: callers may hold values in Rust temporaries)
        let _ = ferrite_gc::add_memory_pressure(items.capacity() * 8);
    }
    items.push(x);
    write_barrier(l);
}

pub fn list_set(l: Value, i: usize, x: Value) {
    obj::<ListObject>(l).items[i] = x;
    write_barrier(l);
}
