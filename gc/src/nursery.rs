//! The nursery: per-thread bump allocation in 32 KiB blocks.
//!
//! Each thread owns a TLAB (`Tlab`: cursor and limit, plain data for the JIT) inside one
//! nursery block at a time. The fast path bumps the cursor, zeroes the body and writes both
//! header words: the class and, in gc bits 8..16, the object's allocated size in words. So a
//! nursery block is a walkable sequence of objects, and a young object's extent never depends
//! on a `Kind::size` that may read fields the runtime has not filled in yet.
//!
//! Conservative roots need "which object contains this (possibly interior) address?". A block
//! reserves its first 512 bytes for a *start bitmap* (one bit per 8-byte granule) which is built
//! lazily, by walking the block, only when a stack word first points into it during a
//! collection; lookups are then a backwards bit scan.
//!
//! After a minor collection every young block is either freed (back to a FIFO pool; poisoned
//! in stress mode) or, when a pinned object lives in it, *retained*: it turns into an old-space
//! block whose bitmap lists exactly its live pinned objects, swept by major collections and
//! freed when the last of them dies.

use std::cell::Cell;
use std::collections::VecDeque;

use crate::header::{Header, YOUNG_SIZE_MASK, YOUNG_SIZE_SHIFT};
use crate::region::{block_addr, set_block_kind, Region, BLOCK_MASK, BLOCK_SIZE, KIND_YOUNG};

/// Bytes at the start of a nursery block holding its start bitmap.
pub const BITMAP_BYTES: usize = BLOCK_SIZE / 64;
/// Largest object allocated in the nursery (its size in words must fit 8 header bits); bigger
/// ones go straight to the old generation.
pub const YOUNG_MAX: usize = 255 * 8;
/// Word written over freed memory in stress mode.
pub const POISON: usize = 0xDEAD_BEEF_DEAD_BEEF;

/// A thread's allocation buffer: `[cursor, limit)` is nursery memory owned by the thread (not
/// zeroed: the allocator zeroes each body). `limit == 0` means "no buffer"; the slow path
/// refills it.
#[repr(C)]
pub struct Tlab {
    pub cursor: Cell<usize>,
    pub limit: Cell<usize>,
    /// A class whose Kind has no destructor (0 = none known), so the fast path can skip
    /// reading the Kind. Reset by every collection (classes only die or move in one).
    pub(crate) plain_class: Cell<usize>,
}

thread_local! {
    pub(crate) static TLAB: Tlab = const {
        Tlab { cursor: Cell::new(0), limit: Cell::new(0), plain_class: Cell::new(0) }
    };
}

/// Address of the calling thread's TLAB (stable for the thread's life), for JIT-inlined
/// allocation of a class whose Kind has no destructor (others: call `alloc`), `size` a multiple
/// of 8 in `16..=YOUNG_MAX`: `obj = cursor; if obj + size > limit || STOP != 0 { call alloc }`
/// `cursor = obj + size; zero [obj+16, obj+size); header.class = class;`
/// `header.bits = (size / 8) << YOUNG_SIZE_SHIFT`.
pub fn tlab_address() -> *const Tlab {
    TLAB.with(|t| t as *const Tlab)
}

/// Marks `addr` as an object start in its block's bitmap.
///
/// # Safety
/// `addr` must lie in a young block owned by the calling thread's TLAB.
#[inline(always)]
pub(crate) unsafe fn set_start_bit(addr: usize) {
    let blk = addr & !BLOCK_MASK;
    let g = (addr - blk) >> 3;
    let p = (blk + ((g >> 6) << 3)) as *mut u64;
    // SAFETY: p is inside the block's bitmap, written only by the block's owner (or the
    // collector while the owner is stopped).
    unsafe { *p |= 1u64 << (g & 63) };
}

#[inline]
fn bitmap(blk: usize) -> *mut u64 {
    blk as *mut u64
}

/// Start of the object containing `addr` per the bitmap of block `blk` (or None).
///
/// # Safety
/// `blk` must be a young or retained block.
pub(crate) unsafe fn find_start(blk: usize, addr: usize) -> Option<usize> {
    let g = (addr - blk) >> 3;
    if g < BITMAP_BYTES / 8 {
        return None;
    }
    let bm = bitmap(blk);
    let mut wi = g >> 6;
    let shift = 63 - (g & 63);
    // SAFETY: wi < 64 bitmap words.
    let mut w = unsafe { *bm.add(wi) } << shift >> shift;
    loop {
        if w != 0 {
            let bit = 63 - w.leading_zeros() as usize;
            return Some(blk + (((wi << 6) + bit) << 3));
        }
        if wi == 0 {
            return None;
        }
        wi -= 1;
        // SAFETY: as above.
        w = unsafe { *bm.add(wi) };
    }
}

/// Calls `f` for every object start recorded in block `blk`'s bitmap.
///
/// # Safety
/// `blk` must be a young or retained block.
pub(crate) unsafe fn for_each_start(blk: usize, mut f: impl FnMut(usize)) {
    let bm = bitmap(blk);
    for wi in 0..BLOCK_SIZE / 8 / 64 {
        // SAFETY: wi < 64.
        let mut w = unsafe { *bm.add(wi) };
        while w != 0 {
            let bit = w.trailing_zeros() as usize;
            w &= w - 1;
            f(blk + (((wi << 6) + bit) << 3));
        }
    }
}

/// Number of object starts in block `blk`.
///
/// # Safety
/// `blk` must be a young or retained block.
pub(crate) unsafe fn count_starts(blk: usize) -> usize {
    let bm = bitmap(blk);
    // SAFETY: 64 bitmap words.
    (0..BLOCK_SIZE / 8 / 64)
        .map(|i| unsafe { *bm.add(i) }.count_ones() as usize)
        .sum()
}

/// Fills `[from, to)` with the poison word.
///
/// # Safety
/// The range must be heap memory no live object occupies.
pub(crate) unsafe fn poison(from: usize, to: usize) {
    let mut p = from;
    while p < to {
        // SAFETY: per the function contract.
        unsafe { *(p as *mut usize) = POISON };
        p += 8;
    }
}

pub(crate) struct Nursery {
    /// Blocks currently holding young objects.
    pub young: Vec<usize>,
    /// Freed nursery blocks kept for reuse (FIFO, so stress mode reuses memory late).
    pub pool: VecDeque<usize>,
}

impl Nursery {
    pub fn new() -> Nursery {
        Nursery {
            young: Vec::new(),
            pool: VecDeque::new(),
        }
    }

    /// Gets a zeroed block for a TLAB and records it as young.
    pub fn take_block(&mut self, region: &mut Region) -> usize {
        let idx = match self.pool.pop_front() {
            Some(idx) => idx,
            None => region.alloc_run(1),
        };
        // SAFETY: the block is unused heap memory (pooled or fresh from the region). Only the
        // start bitmap is cleared here: allocation zeroes each object's body itself.
        unsafe { std::ptr::write_bytes(block_addr(idx) as *mut u8, 0, BITMAP_BYTES) };
        set_block_kind(idx, KIND_YOUNG);
        region.meta[idx].used_end = block_addr(idx) + BITMAP_BYTES;
        region.meta[idx].bitmap_built = false;
        self.young.push(idx);
        idx
    }
}

/// The allocated size of young object `obj` (from its header).
///
/// # Safety
/// `obj` must be a young object start.
#[inline]
pub(crate) unsafe fn young_size(obj: *const Header) -> usize {
    // SAFETY: per the function contract.
    ((unsafe { (*obj).load_bits() } & YOUNG_SIZE_MASK) >> YOUNG_SIZE_SHIFT) << 3
}

/// Builds block `blk`'s start bitmap by walking its objects up to `end`.
///
/// # Safety
/// `blk` must be a young block allocated up to `end`, with a zeroed bitmap.
pub(crate) unsafe fn build_start_bitmap(blk: usize, end: usize) {
    let mut p = blk + BITMAP_BYTES;
    while p < end {
        // SAFETY: p is an object start inside the allocated part of the block.
        let size = unsafe { young_size(p as *const Header) };
        if size == 0 {
            debug_assert!(false, "ferrite-gc: young object {p:#x} without a size");
            break;
        }
        // SAFETY: as above.
        unsafe { set_start_bit(p) };
        p += size;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[repr(align(32768))]
    struct Block([u8; BLOCK_SIZE]);

    #[test]
    fn start_bitmap_lookup() {
        let mut b = Box::new(Block([0; BLOCK_SIZE]));
        let blk = b.0.as_mut_ptr() as usize;
        let starts = [
            BITMAP_BYTES,
            BITMAP_BYTES + 16,
            BITMAP_BYTES + 4096,
            BLOCK_SIZE - 24,
        ];
        for &s in &starts {
            // SAFETY: inside our aligned test block.
            unsafe { set_start_bit(blk + s) };
        }
        // SAFETY: blk is a block-shaped buffer.
        unsafe {
            assert_eq!(count_starts(blk), 4);
            assert_eq!(find_start(blk, blk + 8), None);
            assert_eq!(
                find_start(blk, blk + BITMAP_BYTES + 7),
                Some(blk + BITMAP_BYTES)
            );
            assert_eq!(
                find_start(blk, blk + BITMAP_BYTES + 16),
                Some(blk + BITMAP_BYTES + 16)
            );
            assert_eq!(
                find_start(blk, blk + BITMAP_BYTES + 4000),
                Some(blk + BITMAP_BYTES + 16)
            );
            assert_eq!(
                find_start(blk, blk + BLOCK_SIZE - 1),
                Some(blk + BLOCK_SIZE - 24)
            );
            let mut seen = Vec::new();
            for_each_start(blk, |a| seen.push(a - blk));
            assert_eq!(seen, starts);
        }
    }

    #[test]
    fn bitmap_built_from_header_sizes() {
        let mut b = Box::new(Block([0; BLOCK_SIZE]));
        let blk = b.0.as_mut_ptr() as usize;
        let sizes = [16usize, 24, 2040, 32, 16];
        let mut p = blk + BITMAP_BYTES;
        for &sz in &sizes {
            // SAFETY: writing a fake header inside our test block.
            unsafe { *((p + 8) as *mut usize) = (sz / 8) << YOUNG_SIZE_SHIFT };
            p += sz;
        }
        // SAFETY: blk is block-shaped with a zeroed bitmap.
        unsafe {
            build_start_bitmap(blk, p);
            assert_eq!(count_starts(blk), sizes.len());
            let third = blk + BITMAP_BYTES + 40;
            assert_eq!(find_start(blk, third + 2000), Some(third));
            assert_eq!(young_size(third as *const Header), 2040);
        }
    }
}
