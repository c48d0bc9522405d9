//! The nursery: per-thread bump allocation in 32 KiB blocks.
//!
//! Each thread owns a TLAB (`Tlab`: cursor and limit, plain data for the JIT) inside one
//! nursery block at a time. Besides bumping the cursor, the fast path sets the object's bit in
//! the block's *start bitmap* (the block's first 512 bytes: one bit per 8-byte granule). The
//! bitmap is what lets the collector turn an ambiguous (conservative, possibly interior) word
//! into an object start, and gives each young object's allocated extent (up to the next start
//! bit) without trusting a `Kind::size` that may read fields the runtime has not filled yet.
//! The fast path zeroes the object's body itself (only the bitmap is cleared when a block is
//! handed out): zeroing right before use touches each cache line once instead of twice.
//!
//! After a minor collection every young block is either freed (back to a FIFO pool; poisoned
//! in stress mode) or, when a pinned object lives in it, *retained*: it turns into an old-space
//! block whose bitmap lists exactly its live pinned objects, swept by major collections and
//! freed when the last of them dies.

use std::cell::Cell;
use std::collections::VecDeque;

use crate::header::Header;
use crate::region::{block_addr, set_block_kind, Region, BLOCK_MASK, BLOCK_SIZE, KIND_YOUNG};

/// Bytes at the start of a nursery block holding its start bitmap.
pub const BITMAP_BYTES: usize = BLOCK_SIZE / 64;
/// Largest object allocated in the nursery; bigger ones go straight to the old generation.
pub const YOUNG_MAX: usize = 4096;
/// Word written over freed memory in stress mode.
pub const POISON: usize = 0xDEAD_BEEF_DEAD_BEEF;

/// A thread's allocation buffer: `[cursor, limit)` is nursery memory owned by the thread (not
/// zeroed: the allocator zeroes each body). `limit == 0` means "no buffer"; the slow path
/// refills it.
#[repr(C)]
pub struct Tlab {
    pub cursor: Cell<usize>,
    pub limit: Cell<usize>,
}

thread_local! {
    pub(crate) static TLAB: Tlab = const { Tlab { cursor: Cell::new(0), limit: Cell::new(0) } };
}

/// Address of the calling thread's TLAB (stable for the thread's life), for JIT-inlined
/// allocation of a class whose Kind has no destructor (others: call `alloc`):
/// `obj = cursor; if obj + size > limit || STOP != 0 { call alloc } cursor = obj + size;`
/// `zero [obj+8, obj+size); header.class = class;` then set the start bit: with
/// `blk = obj & !(BLOCK_SIZE-1)` and `g = (obj - blk) >> 3`, `*(blk as *mut u64).add(g >> 6) |=
/// 1 << (g & 63)`.
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

/// Address of the next object start after `obj` in block `blk`, or `end`.
///
/// # Safety
/// `blk` must be a young block and `obj` an object start in it.
pub(crate) unsafe fn next_start(blk: usize, obj: usize, end: usize) -> usize {
    let g = ((obj - blk) >> 3) + 1;
    let bm = bitmap(blk);
    let mut wi = g >> 6;
    if wi >= BLOCK_SIZE / 8 / 64 {
        return end;
    }
    // SAFETY: wi < 64.
    let mut w = unsafe { *bm.add(wi) } & (!0u64 << (g & 63));
    loop {
        if w != 0 {
            let a = blk + (((wi << 6) + w.trailing_zeros() as usize) << 3);
            return a.min(end);
        }
        wi += 1;
        if wi >= BLOCK_SIZE / 8 / 64 {
            return end;
        }
        // SAFETY: wi < 64.
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
        self.young.push(idx);
        idx
    }
}

/// The extent of young object `obj`: from it to the next object start (or the block's end of
/// allocation).
///
/// # Safety
/// `obj` must be a young object start.
pub(crate) unsafe fn young_extent(region: &Region, obj: *const Header) -> usize {
    let a = obj as usize;
    let blk = a & !BLOCK_MASK;
    let end = region.meta[crate::region::block_index(a)].used_end;
    // SAFETY: obj is a young object start in blk.
    unsafe { next_start(blk, a, end) - a }
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
            let end = blk + BLOCK_SIZE;
            assert_eq!(
                next_start(blk, blk + BITMAP_BYTES, end),
                blk + BITMAP_BYTES + 16
            );
            assert_eq!(
                next_start(blk, blk + BITMAP_BYTES + 16, end),
                blk + BITMAP_BYTES + 4096
            );
            assert_eq!(next_start(blk, blk + BLOCK_SIZE - 24, end), end);
            assert_eq!(
                next_start(blk, blk + BITMAP_BYTES + 4096, blk + 5000),
                blk + 5000
            );
            let mut seen = Vec::new();
            for_each_start(blk, |a| seen.push(a - blk));
            assert_eq!(seen, starts);
        }
    }
}
