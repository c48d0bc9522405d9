//! Stable object identity (`id()`) for objects that move.
//!
//! An old object never moves, so its id is its address. When `object_id` is asked about a young
//! object, which will move when promoted, it hands out a number from a counter outside any
//! possible address range (>= 2^60, still a positive 63-bit int) and records it in a side table
//! keyed by the object's current address; the object is flagged `HAS_ID_BIT`. Collections rekey
//! the table as objects move and drop entries of dead objects.

use std::collections::HashMap;

pub(crate) const ID_BASE: usize = 1 << 60;

pub(crate) struct Ids {
    pub young: HashMap<usize, usize>,
    pub old: HashMap<usize, usize>,
    pub next: usize,
}

impl Ids {
    pub fn new() -> Ids {
        Ids {
            young: HashMap::new(),
            old: HashMap::new(),
            // a per-process start, so ids (and names built from them, such as importlib's
            // temporary `.pyc` files) differ between runs
            next: ID_BASE + ((std::process::id() as usize & 0xF_FFFF) << 36),
        }
    }
}

use crate::header::{Header, HAS_ID_BIT};
use crate::region::{block_kind_of, in_heap, KIND_YOUNG};
use crate::safepoint::lock_heap;

/// A stable identity for Python's `id()`: the same value for the object's whole life even if
/// it moves, unique among live objects (addresses for old and non-heap objects, numbers
/// >= 2^60 for objects first asked about while young).
pub fn object_id(obj: *const Header) -> usize {
    let a = obj as usize;
    if !in_heap(a) {
        return a;
    }
    // SAFETY: obj is a live heap object.
    let bits = unsafe { (*obj).load_bits() };
    if block_kind_of(a) != KIND_YOUNG {
        if bits & HAS_ID_BIT == 0 {
            return a;
        }
        return lock_heap().ids.old.get(&a).copied().unwrap_or(a);
    }
    let mut heap = lock_heap();
    // Waiting for the lock may have let a collection run; `obj` (held on our stack) was then
    // pinned and promoted in place, so it is now old.
    if block_kind_of(a) != KIND_YOUNG {
        return heap.ids.old.get(&a).copied().unwrap_or(a);
    }
    if let Some(&id) = heap.ids.young.get(&a) {
        return id;
    }
    let id = heap.ids.next;
    heap.ids.next += 16;
    heap.ids.young.insert(a, id);
    // SAFETY: as above.
    unsafe { (*obj).set_bits(HAS_ID_BIT) };
    id
}

/// Whether `obj` is in the nursery (it may still move).
#[inline]
pub fn is_young(obj: *const Header) -> bool {
    let a = obj as usize;
    in_heap(a) && block_kind_of(a) == KIND_YOUNG
}
