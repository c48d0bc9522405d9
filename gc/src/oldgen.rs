//! The old generation: non-moving mark-sweep.
//!
//! Objects up to `SMALL_MAX` bytes live in size-class pages (one 32 KiB block per page, cells
//! of one size, free cells linked through their `class` word and flagged `FREE_CELL_BIT`).
//! Bigger objects get a run of whole blocks (large-object space). Former nursery blocks that
//! hold pinned survivors ("retained" blocks) are also old space; their start bitmap lists their
//! objects.
//!
//! A dead object's `Kind` must stay readable even when its class died in the same collection.
//! In stress mode (which poisons freed memory) sweeping is two passes: pass 1 runs the
//! destructors of all dead objects while every dead object is intact, pass 2 frees cells,
//! pages, runs and blocks and clears the mark bits of survivors. Otherwise one pass does both,
//! because freeing leaves a class's Kind word in place (see `free_dead`).

use std::sync::atomic::Ordering;

use crate::header::{kind_of, Header, FREE_CELL_BIT, MARK_BIT};
use crate::nursery::{count_starts, find_start, for_each_start, poison, BITMAP_BYTES};
use crate::region::{
    block_addr, block_index, block_kind_of, set_block_kind, Region, BLOCK_MASK, BLOCK_SIZE,
    KIND_LARGE, KIND_LARGE_TAIL, KIND_RETAINED, KIND_SMALL,
};

/// Largest object stored in a size-class page.
pub const SMALL_MAX: usize = 16 * 1024;

pub(crate) struct OldGen {
    sizes: Vec<usize>,
    /// Size class for each size in 8-byte granules.
    class_for: Vec<u16>,
    /// Free-list head per size class (0 = empty).
    free: Vec<usize>,
    pub small_pages: Vec<usize>,
    pub large: Vec<usize>,
    pub retained: Vec<usize>,
    /// Bytes occupied by old objects (cell sizes, large runs, whole retained blocks).
    pub bytes: usize,
}

/// Result of a sweep.
#[derive(Default)]
pub(crate) struct Swept {
    pub objects: usize,
    pub bytes: usize,
}

impl OldGen {
    pub fn new() -> OldGen {
        let mut sizes: Vec<usize> = (2..=16).map(|g| g * 8).collect();
        let mut s = 128;
        while s < SMALL_MAX {
            let step = s / 4;
            for _ in 0..4 {
                s += step;
                sizes.push(s);
            }
        }
        let mut class_for = vec![0u16; SMALL_MAX / 8 + 1];
        let mut c = 0;
        for (g, slot) in class_for.iter_mut().enumerate() {
            while sizes[c] < g * 8 {
                c += 1;
            }
            *slot = c as u16;
        }
        OldGen {
            free: vec![0; sizes.len()],
            sizes,
            class_for,
            small_pages: Vec::new(),
            large: Vec::new(),
            retained: Vec::new(),
            bytes: 0,
        }
    }

    /// Allocates old-space memory for `size` bytes, *not* zeroed (callers
    /// either copy a whole object in or zero it).
    #[inline]
    pub fn alloc(&mut self, region: &mut Region, size: usize) -> *mut Header {
        if size > SMALL_MAX {
            return self.alloc_large(region, size);
        }
        let c = self.class_for[size.div_ceil(8)] as usize;
        if self.free[c] == 0 {
            self.new_page(region, c);
        }
        let cell = self.free[c] as *mut Header;
        // SAFETY: cell is a free cell of a size-class page.
        unsafe {
            self.free[c] = (*cell).class.load(Ordering::Relaxed);
            (*cell).bits.store(0, Ordering::Relaxed);
        }
        self.bytes += self.sizes[c];
        cell
    }

    #[inline(never)]
    fn alloc_large(&mut self, region: &mut Region, size: usize) -> *mut Header {
        let n = size.div_ceil(BLOCK_SIZE);
        let start = region.alloc_run(n);
        set_block_kind(start, KIND_LARGE);
        region.meta[start].used_end = size;
        region.meta[start].large = n as u32;
        for i in start + 1..start + n {
            set_block_kind(i, KIND_LARGE_TAIL);
            region.meta[i].large = start as u32;
        }
        self.large.push(start);
        self.bytes += n * BLOCK_SIZE;
        block_addr(start) as *mut Header
    }

    #[inline(never)]
    fn new_page(&mut self, region: &mut Region, c: usize) {
        let idx = region.alloc_run(1);
        set_block_kind(idx, KIND_SMALL);
        region.meta[idx].size_class = c as u16;
        self.small_pages.push(idx);
        let base = block_addr(idx);
        let cs = self.sizes[c];
        let n = BLOCK_SIZE / cs;
        for i in (0..n).rev() {
            let cell = (base + i * cs) as *mut Header;
            // SAFETY: cell lies inside the fresh page.
            unsafe {
                (*cell).class.store(self.free[c], Ordering::Relaxed);
                (*cell).bits.store(FREE_CELL_BIT, Ordering::Relaxed);
            }
            self.free[c] = cell as usize;
        }
    }

    /// The old object containing heap address `w`, if any (for conservative roots).
    pub fn object_at(&self, region: &Region, w: usize) -> Option<*mut Header> {
        let idx = block_index(w);
        let blk = w & !BLOCK_MASK;
        match block_kind_of(w) {
            KIND_SMALL => {
                let cs = self.sizes[region.meta[idx].size_class as usize];
                let i = (w - blk) / cs;
                if i >= BLOCK_SIZE / cs {
                    return None;
                }
                let cell = (blk + i * cs) as *mut Header;
                // SAFETY: cell is a cell header of a size-class page.
                let bits = unsafe { (*cell).load_bits() };
                (bits & FREE_CELL_BIT == 0).then_some(cell)
            }
            KIND_LARGE => Some(blk as *mut Header),
            KIND_LARGE_TAIL => Some(block_addr(region.meta[idx].large as usize) as *mut Header),
            // SAFETY: retained blocks keep a start bitmap of their live objects.
            KIND_RETAINED => unsafe { find_start(blk, w) }.map(|a| a as *mut Header),
            _ => None,
        }
    }

    /// Pass 1 of a major sweep: runs the destructor of every unmarked object.
    pub fn run_dead_destructors(&self, region: &Region) {
        let run = |obj: *mut Header| {
            // SAFETY: obj is an allocated old object; dead objects stay intact until pass 2.
            unsafe {
                let bits = (*obj).load_bits();
                if bits & (MARK_BIT | FREE_CELL_BIT) == 0 {
                    if let Some(d) = kind_of(obj).and_then(|k| k.drop) {
                        d(obj);
                    }
                }
            }
        };
        for &p in &self.small_pages {
            let cs = self.sizes[region.meta[p].size_class as usize];
            let base = block_addr(p);
            for i in 0..BLOCK_SIZE / cs {
                run((base + i * cs) as *mut Header);
            }
        }
        for &l in &self.large {
            run(block_addr(l) as *mut Header);
        }
        for &r in &self.retained {
            // SAFETY: r is a retained block.
            unsafe { for_each_start(block_addr(r), |a| run(a as *mut Header)) };
        }
    }

    /// Pass 2 of a major sweep: frees unmarked objects, clears marks, rebuilds free lists and
    /// returns empty pages/runs/blocks to the region. With `run_drops` it also runs the
    /// destructors of dead objects itself (then pass 1 is skipped): that is sound because freeing
    /// only rewrites a cell's two header words and nothing is poisoned, unmapped or reused
    /// before the sweep ends, so a dead class's `Kind` (at offset 16) stays readable.
    pub fn free_dead(&mut self, region: &mut Region, stress: bool, run_drops: bool) -> Swept {
        let drop_dead = |obj: *mut Header| {
            if run_drops {
                // SAFETY: obj is a dead object, intact but for possibly its class being freed
                // (whose Kind word survives, see above).
                unsafe {
                    if let Some(d) = kind_of(obj).and_then(|k| k.drop) {
                        d(obj);
                    }
                }
            }
        };
        let mut swept = Swept::default();
        for f in self.free.iter_mut() {
            *f = 0;
        }
        let pages = std::mem::take(&mut self.small_pages);
        for p in pages {
            let c = region.meta[p].size_class as usize;
            let cs = self.sizes[c];
            let base = block_addr(p);
            let n = BLOCK_SIZE / cs;
            let mut live = 0;
            for i in 0..n {
                let cell = (base + i * cs) as *mut Header;
                // SAFETY: cell header inside a size-class page.
                let bits = unsafe { (*cell).load_bits() };
                if bits & FREE_CELL_BIT != 0 {
                    continue;
                }
                if bits & MARK_BIT != 0 {
                    live += 1;
                } else {
                    drop_dead(cell);
                    swept.objects += 1;
                    swept.bytes += cs;
                    self.bytes -= cs;
                }
            }
            if live == 0 {
                region.free_run(p, 1);
                continue;
            }
            for i in (0..n).rev() {
                let cell = (base + i * cs) as *mut Header;
                // SAFETY: cell header inside a live size-class page.
                unsafe {
                    let bits = (*cell).load_bits();
                    if bits & MARK_BIT != 0 && bits & FREE_CELL_BIT == 0 {
                        (*cell).clear_bits(MARK_BIT);
                        continue;
                    }
                    if stress && bits & FREE_CELL_BIT == 0 {
                        poison(cell as usize + 16, cell as usize + cs);
                    }
                    (*cell).class.store(self.free[c], Ordering::Relaxed);
                    (*cell).bits.store(FREE_CELL_BIT, Ordering::Relaxed);
                }
                self.free[c] = cell as usize;
            }
            self.small_pages.push(p);
        }
        let large = std::mem::take(&mut self.large);
        for l in large {
            let obj = block_addr(l) as *mut Header;
            // SAFETY: obj heads a large run.
            let bits = unsafe { (*obj).load_bits() };
            if bits & MARK_BIT != 0 {
                // SAFETY: as above.
                unsafe { (*obj).clear_bits(MARK_BIT) };
                self.large.push(l);
            } else {
                drop_dead(obj);
                let n = region.meta[l].large as usize;
                swept.objects += 1;
                swept.bytes += n * BLOCK_SIZE;
                self.bytes -= n * BLOCK_SIZE;
                region.free_run(l, n);
            }
        }
        let retained = std::mem::take(&mut self.retained);
        for r in retained {
            let blk = block_addr(r);
            let mut dead = Vec::new();
            // SAFETY: r is a retained block.
            unsafe {
                for_each_start(blk, |a| {
                    let obj = a as *mut Header;
                    if (*obj).load_bits() & MARK_BIT != 0 {
                        (*obj).clear_bits(MARK_BIT);
                    } else {
                        dead.push(a);
                    }
                })
            };
            for a in dead {
                drop_dead(a as *mut Header);
                swept.objects += 1;
                let g = (a - blk) >> 3;
                // SAFETY: clearing the dead object's bit in the block's bitmap.
                unsafe { *((blk + ((g >> 6) << 3)) as *mut u64) &= !(1u64 << (g & 63)) };
            }
            // SAFETY: r is a retained block.
            if unsafe { count_starts(blk) } == 0 {
                swept.bytes += BLOCK_SIZE - BITMAP_BYTES;
                self.bytes -= BLOCK_SIZE;
                region.free_run(r, 1);
            } else {
                self.retained.push(r);
            }
        }
        swept
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn size_classes_cover_every_small_size() {
        let o = OldGen::new();
        for size in (16..=SMALL_MAX).step_by(8) {
            let c = o.class_for[size.div_ceil(8)] as usize;
            assert!(o.sizes[c] >= size, "size {size} -> class {}", o.sizes[c]);
            if c > 0 {
                assert!(o.sizes[c - 1] < size);
            }
            // Internal fragmentation stays under 25% above 128 bytes.
            assert!(size <= 128 || o.sizes[c] * 4 <= size * 5 + 32);
        }
        assert_eq!(*o.sizes.last().unwrap(), SMALL_MAX);
    }
}
