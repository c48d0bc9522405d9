//! `Value`: one machine word, either a tagged small integer or a pointer to a heap object.
//!
//! Why tagging: ints are the most common values in CPU-bound Python; keeping those that fit in
//! 62 bits out of the heap makes arithmetic allocation-free in the interpreter and gives the JIT
//! a trivial unboxed representation. The low bit tells the two apart (heap objects are 8-byte
//! aligned), which is also the convention the collector uses to skip non-pointers.

use ferrite_gc::Header;

#[derive(Clone, Copy, PartialEq, Eq, Hash)]
#[repr(transparent)]
pub struct Value(pub usize);

/// Smallest and largest ints stored inline (63 bits of payload: `a + b` of two small ints never
/// overflows i64, so the fast path only range-checks the result).
pub const SMALL_MIN: i64 = -(1 << 62);
pub const SMALL_MAX: i64 = (1 << 62) - 1;

impl Value {
    /// The empty value: an unset local, a missing optional argument, "no self" in calls.
    pub const NULL: Value = Value(0);

    #[inline]
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    #[inline]
    pub fn is_small_int(self) -> bool {
        self.0 & 1 == 1
    }
    #[inline]
    pub fn is_ptr(self) -> bool {
        self.0 & 1 == 0 && self.0 != 0
    }
    #[inline]
    pub fn fits_small(i: i64) -> bool {
        (SMALL_MIN..=SMALL_MAX).contains(&i)
    }
    /// A small int; the caller guarantees `fits_small(i)`.
    #[inline]
    pub fn from_small(i: i64) -> Value {
        debug_assert!(Value::fits_small(i));
        Value(((i << 1) | 1) as usize)
    }
    #[inline]
    pub fn small(self) -> i64 {
        debug_assert!(self.is_small_int());
        (self.0 as i64) >> 1
    }
    #[inline]
    pub fn ptr(self) -> *mut Header {
        self.0 as *mut Header
    }
    #[inline]
    pub fn from_ptr<T>(p: *const T) -> Value {
        Value(p as usize)
    }
    /// The word as the collector sees a slot.
    #[inline]
    pub fn slot(v: &mut Value) -> *mut usize {
        v as *mut Value as *mut usize
    }
}

/// Runs `k` on a copy of `items` that the collector can see and update, when `items` lives
/// outside the heap (e.g. a list's storage, whose owner might otherwise be unreachable while
/// `k` allocates). Slices inside the heap (frame slots, tuple items) are pinned through the
/// interior pointer on the stack and are passed through as they are.
#[inline]
pub fn with_rooted_slice<R>(items: &[Value], k: impl FnOnce(&[Value]) -> R) -> R {
    if items.is_empty() || ferrite_gc::in_heap(items.as_ptr() as usize) {
        return k(items);
    }
    if items.len() <= 16 {
        // on the native stack: scanned conservatively, so every item is pinned
        let mut buf = [Value::NULL; 16];
        buf[..items.len()].copy_from_slice(items);
        let r = k(&buf[..items.len()]);
        std::hint::black_box(&buf);
        return r;
    }
    let mut rv = ferrite_gc::RootedVec::new();
    for v in items {
        rv.push(v.0);
    }
    // SAFETY: Value is repr(transparent) over usize; the RootedVec outlives the slice.
    let s: &[Value] =
        unsafe { std::slice::from_raw_parts(rv.as_slice().as_ptr() as *const Value, rv.len()) };
    k(s)
}

impl std::fmt::Debug for Value {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.is_null() {
            write!(f, "NULL")
        } else if self.is_small_int() {
            write!(f, "{}", self.small())
        } else {
            write!(f, "<obj {:#x}>", self.0)
        }
    }
}
