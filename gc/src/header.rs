//! The object header shared with the runtime, the `Kind` layout descriptor, and the
//! collector's private header bits.

use std::sync::atomic::{AtomicUsize, Ordering};

use crate::collector::Tracer;

/// A Value word as the runtime stores it: 0 = empty, low bit 1 = tagged small int (not a
/// pointer), otherwise (low 3 bits 0) a pointer to a [`Header`]. Pointers that are not into the
/// GC heap (statics, for example) are ignored by the collector.
pub type Word = usize;

/// The two words at the start of every heap object.
#[repr(C)]
pub struct Header {
    /// Address of the object's class object. The class object stores, at byte offset
    /// [`KIND_OFFSET`] from its own header, a `&'static Kind` describing its instances.
    pub class: AtomicUsize,
    /// Bits 0..16 belong to the gc (changed only with atomic `fetch_or`/`fetch_and`); bits
    /// 16..64 belong to the runtime and the gc preserves them (also across moves).
    pub bits: AtomicUsize,
}

pub const HEADER_SIZE: usize = 16;
/// Byte offset, from a class object's header, of the `&'static Kind` of its instances.
pub const KIND_OFFSET: usize = HEADER_SIZE;
/// Bits of `Header.bits` reserved for the collector.
pub const GC_BITS_MASK: usize = 0xFFFF;

/// Set on every old object that is *not* in the remembered set; `write_barrier`'s inline fast
/// path returns at once when it is clear (young objects never have it).
pub const BARRIER_BIT: usize = 1 << 1;
/// Old-generation mark bit (clear outside a major collection).
pub(crate) const MARK_BIT: usize = 1 << 0;
/// Young object that was evacuated; its `class` word holds the new address.
pub(crate) const FORWARDED_BIT: usize = 1 << 2;
/// Young object found by the conservative stack scan in the current collection.
pub(crate) const PINNED_BIT: usize = 1 << 3;
/// Object registered with `register_finalizer`, finalizer not yet queued.
pub(crate) const HAS_FINALIZER_BIT: usize = 1 << 4;
/// Object whose finalizer was queued once; it is never queued again.
pub(crate) const FINALIZED_BIT: usize = 1 << 5;
/// Object whose `object_id` was taken while young (its id lives in a side table).
pub(crate) const HAS_ID_BIT: usize = 1 << 6;
/// Free cell of a size-class page (its `class` word links the free list).
pub(crate) const FREE_CELL_BIT: usize = 1 << 7;
/// Young objects keep their allocated size, in 8-byte units, in gc bits 8..16 (written by the
/// allocation fast path together with the class word); nursery blocks are walkable with it.
pub const YOUNG_SIZE_SHIFT: usize = 8;
pub(crate) const YOUNG_SIZE_MASK: usize = 0xFF << YOUNG_SIZE_SHIFT;

/// Describes the layout of the instances of one class.
pub struct Kind {
    pub name: &'static str,
    /// Total size in bytes of the object including the header (a multiple of 8).
    pub size: unsafe fn(*const Header) -> usize,
    /// Visits every strong reference slot of the object (not the class word: the gc handles
    /// that one itself). Must not allocate or call back into the gc other than `Tracer::visit`.
    pub trace: unsafe fn(*mut Header, &mut Tracer),
    /// Runs exactly once when the object is found dead (young or old); frees memory outside
    /// the heap that the object owns. Must not touch other heap objects or call into the gc.
    pub drop: Option<unsafe fn(*mut Header)>,
}

impl Header {
    #[inline]
    pub(crate) fn load_bits(&self) -> usize {
        self.bits.load(Ordering::Relaxed)
    }
    #[inline]
    pub(crate) fn set_bits(&self, b: usize) -> usize {
        self.bits.fetch_or(b, Ordering::AcqRel)
    }
    #[inline]
    pub(crate) fn clear_bits(&self, b: usize) -> usize {
        self.bits.fetch_and(!b, Ordering::AcqRel)
    }
    /// `set_bits` for a header no other thread can be using (see the caller's argument): a
    /// relaxed load and store instead of a locked read-modify-write.
    #[inline]
    pub(crate) fn stw_set_bits(&self, b: usize) -> usize {
        let old = self.bits.load(Ordering::Relaxed);
        self.bits.store(old | b, Ordering::Relaxed);
        old
    }
}

/// The `Kind` stored in a class object.
///
/// # Safety
/// `class` must be the address of a live (or not yet overwritten) class object.
#[inline]
pub(crate) unsafe fn class_kind(class: usize) -> &'static Kind {
    // SAFETY: per the contract, a class object stores a `&'static Kind` at KIND_OFFSET.
    unsafe { *((class + KIND_OFFSET) as *const &'static Kind) }
}

/// The `Kind` of an object, `None` while its class is still null (bootstrapping).
///
/// # Safety
/// `obj` must be a heap object that is not forwarded.
#[inline]
pub(crate) unsafe fn kind_of(obj: *const Header) -> Option<&'static Kind> {
    // SAFETY: the caller guarantees obj is a readable object header.
    let class = unsafe { (*obj).class.load(Ordering::Relaxed) };
    if class == 0 {
        None
    } else {
        // SAFETY: a non-null class word points at a class object.
        Some(unsafe { class_kind(class) })
    }
}
