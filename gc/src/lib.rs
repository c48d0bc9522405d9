//! Ferrite's heap (see `shared/DESIGN.md`, "Garbage collector").
//!
//! Provisional implementation: this first revision lands the public API with a trivially
//! correct, non-collecting allocator (every object is leaked and never moves) so that the
//! runtime can be written against it. The generational collector replaces it behind the
//! same API.
#![allow(clippy::missing_safety_doc)]

use std::alloc::{alloc_zeroed, Layout};
use std::cell::UnsafeCell;
use std::marker::PhantomData;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};

/// A Value word as the runtime stores it: 0 = empty, low bit 1 = tagged small int,
/// otherwise (low 3 bits 0) a pointer to a [`Header`].
pub type Word = usize;

/// The two words at the start of every heap object.
#[repr(C)]
pub struct Header {
    /// Address of the object's class object.
    pub class: AtomicUsize,
    /// Bits 0..16 belong to the gc, bits 16..64 to the runtime.
    pub bits: AtomicUsize,
}

pub const HEADER_SIZE: usize = 16;
/// Byte offset, from a class object's header, of its `&'static Kind`.
pub const KIND_OFFSET: usize = HEADER_SIZE;
/// Set in `Header.bits` of old objects that are not in the remembered set.
pub const BARRIER_BIT: usize = 1 << 1;

/// Layout description of a class's instances.
pub struct Kind {
    pub name: &'static str,
    pub size: unsafe fn(*const Header) -> usize,
    pub trace: unsafe fn(*mut Header, &mut Tracer),
    pub drop: Option<unsafe fn(*mut Header)>,
}

/// Handed to `Kind::trace`; visits reference slots.
pub struct Tracer {
    _private: (),
}

impl Tracer {
    pub fn visit(&mut self, _slot: *mut Word) {}
}

#[inline]
pub fn write_barrier(obj: *mut Header) {
    // SAFETY: the caller passes a live heap object.
    let bits = unsafe { (*obj).bits.load(Ordering::Relaxed) };
    if bits & BARRIER_BIT == 0 {}
}

fn raw_alloc(class: *const Header, size: usize) -> *mut Header {
    let size = (size.max(HEADER_SIZE) + 7) & !7;
    let layout = Layout::from_size_align(size, 16).expect("object size");
    // SAFETY: layout has non-zero size.
    let p = unsafe { alloc_zeroed(layout) } as *mut Header;
    assert!(!p.is_null(), "out of memory");
    // SAFETY: p is a fresh, zeroed allocation of at least HEADER_SIZE bytes.
    unsafe { (*p).class.store(class as usize, Ordering::Relaxed) };
    p
}

pub fn alloc(class: *const Header, size: usize) -> *mut Header {
    raw_alloc(class, size)
}
pub fn alloc_old(class: *const Header, size: usize) -> *mut Header {
    raw_alloc(class, size)
}
pub fn set_root_scanner(_f: fn(&mut Tracer)) {}

pub struct MutatorGuard {
    _not_send: PhantomData<*const ()>,
}
pub fn register_thread() -> MutatorGuard {
    MutatorGuard {
        _not_send: PhantomData,
    }
}
#[inline]
pub fn safepoint() {}
pub fn enter_blocking() {}
pub fn leave_blocking() {}
pub fn blocking<R>(f: impl FnOnce() -> R) -> R {
    f()
}
pub fn collect_minor() {}
pub fn collect_major() {}
pub fn collect() -> usize {
    0
}
static ENABLED: AtomicBool = AtomicBool::new(true);
pub fn enable() {
    ENABLED.store(true, Ordering::Relaxed)
}
pub fn disable() {
    ENABLED.store(false, Ordering::Relaxed)
}
pub fn is_enabled() -> bool {
    ENABLED.load(Ordering::Relaxed)
}

#[derive(Clone, Debug, Default)]
pub struct Stats {
    pub minor_collections: u64,
    pub major_collections: u64,
    pub bytes_allocated: u64,
    pub bytes_promoted: u64,
    pub bytes_freed: u64,
    pub objects_freed: u64,
    pub bytes_in_use: u64,
    pub young_bytes: u64,
    pub old_bytes: u64,
    pub total_pause_ns: u64,
    pub max_pause_ns: u64,
    pub last_pause_ns: u64,
}
pub fn stats() -> Stats {
    Stats::default()
}
pub fn object_id(obj: *const Header) -> usize {
    obj as usize
}
pub fn is_young(_obj: *const Header) -> bool {
    false
}
pub fn register_finalizer(_obj: *mut Header) {}
pub fn pop_finalizable() -> Option<*mut Header> {
    None
}
pub fn register_weak(_weakref_obj: *mut Header, _slot_offset: usize) {}
pub fn pop_cleared_weakref() -> Option<*mut Header> {
    None
}

/// A growable vector of Values registered as a root of the current thread while it lives.
pub struct RootedVec {
    inner: Box<UnsafeCell<Vec<Word>>>,
    _not_send: PhantomData<*const ()>,
}
impl Default for RootedVec {
    fn default() -> Self {
        Self::new()
    }
}
impl RootedVec {
    pub fn new() -> Self {
        RootedVec {
            inner: Box::new(UnsafeCell::new(Vec::new())),
            _not_send: PhantomData,
        }
    }
    fn v(&self) -> &mut Vec<Word> {
        // SAFETY: provisional single-owner access.
        unsafe { &mut *self.inner.get() }
    }
    pub fn push(&mut self, w: Word) {
        self.v().push(w)
    }
    pub fn pop(&mut self) -> Option<Word> {
        self.v().pop()
    }
    pub fn get(&self, i: usize) -> Word {
        self.v()[i]
    }
    pub fn set(&mut self, i: usize, w: Word) {
        self.v()[i] = w
    }
    pub fn len(&self) -> usize {
        self.v().len()
    }
    pub fn is_empty(&self) -> bool {
        self.v().is_empty()
    }
    pub fn clear(&mut self) {
        self.v().clear()
    }
    pub fn truncate(&mut self, n: usize) {
        self.v().truncate(n)
    }
    pub fn as_slice(&self) -> &[Word] {
        self.v().as_slice()
    }
}
