//! tuple: immutable, items stored inline after the header.

use crate::object::{alloc, bt, obj, singleton, Singleton, BT};
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};

#[repr(C)]
pub struct TupleObject {
    pub header: Header,
    pub len: usize,
    pub items: [Value; 0],
}
const BASE: usize = std::mem::size_of::<TupleObject>();

unsafe fn tuple_size(h: *const Header) -> usize {
    // SAFETY: the collector passes a TupleObject.
    BASE + 8 * unsafe { (*(h as *const TupleObject)).len }
}
unsafe fn tuple_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a TupleObject with `len` items.
    let o = unsafe { &mut *(h as *mut TupleObject) };
    let p = o.items.as_mut_ptr();
    for i in 0..o.len {
        // SAFETY: i < len
        t.visit(unsafe { p.add(i) } as *mut usize);
    }
}
pub static TUPLE_KIND: Kind = Kind {
    name: "tuple",
    size: tuple_size,
    trace: tuple_trace,
    drop: None,
};

/// A tuple of `n` NULL items of class `cls`, to be filled with `tuple_set`.
pub fn new_tuple_uninit(cls: Value, n: usize) -> Value {
    let v = alloc(cls, BASE + 8 * n);
    obj::<TupleObject>(v).len = n;
    v
}

pub fn new_tuple(items: &[Value]) -> Value {
    if items.is_empty() {
        let e = singleton(Singleton::EmptyTuple);
        if !e.is_null() {
            return e;
        }
    }
    crate::value::with_rooted_slice(items, |items| {
        let v = new_tuple_uninit(bt(BT::Tuple), items.len());
        tuple_items_mut(v).copy_from_slice(items);
        v
    })
}

#[inline]
pub fn tuple_len(v: Value) -> usize {
    obj::<TupleObject>(v).len
}

/// The items. The slice stays valid while `v` is pinned (on the stack); tuples never change size.
#[inline]
pub fn tuple_items<'a>(v: Value) -> &'a [Value] {
    let o = obj::<TupleObject>(v);
    // SAFETY: `len` items follow the header.
    unsafe { std::slice::from_raw_parts(o.items.as_ptr(), o.len) }
}

#[inline]
pub fn tuple_items_mut<'a>(v: Value) -> &'a mut [Value] {
    let o = obj::<TupleObject>(v);
    // SAFETY: `len` items follow the header; only used while filling a fresh tuple (young, so
    // no write barrier is needed).
    unsafe { std::slice::from_raw_parts_mut(o.items.as_mut_ptr(), o.len) }
}
