//! int: small ints live in the Value itself (value.rs); the rest are heap objects holding a
//! num-bigint `BigInt` (its digits are out-of-heap memory, freed by the destructor).

use crate::object::{bt, new_obj, obj, type_of, Layout, BT};
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

#[repr(C)]
pub struct IntObject {
    pub header: Header,
    pub value: BigInt,
}

unsafe fn int_size(_: *const Header) -> usize {
    std::mem::size_of::<IntObject>()
}
unsafe fn int_trace(_: *mut Header, _: &mut Tracer) {}
unsafe fn int_drop(h: *mut Header) {
    // SAFETY: called once by the collector on a dead IntObject.
    unsafe { std::ptr::drop_in_place(&mut (*(h as *mut IntObject)).value) }
}
pub static INT_KIND: Kind = Kind {
    name: "int",
    size: int_size,
    trace: int_trace,
    drop: Some(int_drop),
};

#[inline]
pub fn new_int(i: i64) -> Value {
    if Value::fits_small(i) {
        Value::from_small(i)
    } else {
        new_big_of(bt(BT::Int), BigInt::from(i))
    }
}

pub fn new_big_of(cls: Value, b: BigInt) -> Value {
    // the digits live outside the heap: let the collector know
    if ferrite_gc::add_memory_pressure(b.bits() as usize / 8 + 32) {
        ferrite_gc::collect_minor();
    }
    new_obj::<IntObject>(cls, |o| {
        // SAFETY: the body is zeroed memory; write without dropping the (invalid) old value.
        unsafe { std::ptr::write(&mut o.value, b) }
    })
}

/// An int from a BigInt, small when it fits.
pub fn new_big(b: BigInt) -> Value {
    if let Some(i) = b.to_i64() {
        if Value::fits_small(i) {
            return Value::from_small(i);
        }
    }
    new_big_of(bt(BT::Int), b)
}

/// Is `v` an int (including bool and int subclasses)?
#[inline]
pub fn is_int(v: Value) -> bool {
    v.is_small_int() || crate::object::layout_of(v) == Layout::Int
}

/// Exactly int or bool (not a user subclass).
#[inline]
pub fn is_exact_int(v: Value) -> bool {
    v.is_small_int() || type_of(v) == bt(BT::Int)
}

/// The value of an int object as i64, if it fits.
pub fn int_to_i64(v: Value) -> Option<i64> {
    if v.is_small_int() {
        Some(v.small())
    } else {
        obj::<IntObject>(v).value.to_i64()
    }
}

pub fn int_to_big(v: Value) -> BigInt {
    if v.is_small_int() {
        BigInt::from(v.small())
    } else {
        obj::<IntObject>(v).value.clone()
    }
}

pub fn int_is_zero(v: Value) -> bool {
    if v.is_small_int() {
        v.small() == 0
    } else {
        obj::<IntObject>(v).value.is_zero()
    }
}

/// Python's hash of an int: value modulo 2**61-1, keeping the sign; -1 becomes -2.
pub fn int_hash(v: Value) -> isize {
    const M: i128 = (1i128 << 61) - 1;
    if v.is_small_int() {
        let i = v.small();
        if i > -(M as i64) && i < M as i64 {
            return if i == -1 { -2 } else { i as isize };
        }
    }
    let h: i64 = if let Some(i) = int_to_i64(v) {
        let r = (i as i128).abs() % M;

        (if i < 0 { -r } else { r } as i64)
    } else {
        let b = int_to_big(v);
        let m = BigInt::from(M as i64);
        let r = (num_traits::Signed::abs(&b) % &m).to_i64().unwrap();
        if num_traits::Signed::is_negative(&b) {
            -r
        } else {
            r
        }
    };
    if h == -1 {
        -2
    } else {
        h as isize
    }
}
