//! The heap's address range and its division into blocks.
//!
//! All collector memory lives in one reserved, `BLOCK_SIZE`-aligned range of virtual memory, so
//! "is this word a heap pointer?" is one subtraction and compare, and the block a word falls in
//! is a shift. A byte per block (`block_kind`, readable without locks) says what the block holds;
//! richer per-block metadata (`BlockMeta`) is only touched under the heap lock. Blocks are handed
//! out first-fit from a coalescing free-run map. Freed runs are not returned to the OS at once
//! (re-faulting pages costs more than reusing them); `release_free` hands them back with
//! `MADV_DONTNEED` once more than max(16 MiB, 1/4 of the blocks in use) sit free. So a run handed
//! out may hold stale bytes: users zero what they need.

use std::collections::BTreeMap;
use std::sync::atomic::{AtomicPtr, AtomicU8, AtomicUsize, Ordering};

pub const BLOCK_SHIFT: u32 = 15;
/// Size and alignment of a heap block (nursery block, size-class page, large-object unit).
pub const BLOCK_SIZE: usize = 1 << BLOCK_SHIFT;
pub(crate) const BLOCK_MASK: usize = BLOCK_SIZE - 1;

/// `block_kind` values.
pub(crate) const KIND_FREE: u8 = 0;
pub(crate) const KIND_YOUNG: u8 = 1;
/// A former nursery block kept because pinned objects (now old) live in it.
pub(crate) const KIND_RETAINED: u8 = 2;
pub(crate) const KIND_SMALL: u8 = 3;
pub(crate) const KIND_LARGE: u8 = 4;
pub(crate) const KIND_LARGE_TAIL: u8 = 5;

static BASE: AtomicUsize = AtomicUsize::new(0);
static LEN: AtomicUsize = AtomicUsize::new(0);
static KINDS: AtomicPtr<AtomicU8> = AtomicPtr::new(std::ptr::null_mut());

const COMMIT_CHUNK_BLOCKS: usize = 128;

/// Whether `w` points into the heap's reserved range.
#[inline(always)]
pub fn in_heap(w: usize) -> bool {
    w.wrapping_sub(BASE.load(Ordering::Relaxed)) < LEN.load(Ordering::Relaxed)
}

#[inline(always)]
pub(crate) fn block_index(w: usize) -> usize {
    (w - BASE.load(Ordering::Relaxed)) >> BLOCK_SHIFT
}

#[inline(always)]
pub(crate) fn block_addr(idx: usize) -> usize {
    BASE.load(Ordering::Relaxed) + (idx << BLOCK_SHIFT)
}

/// The kind of the block holding `w`, which must satisfy `in_heap(w)`.
#[inline(always)]
pub(crate) fn block_kind_of(w: usize) -> u8 {
    let idx = block_index(w);
    // SAFETY: in_heap(w) implies idx < number of blocks, the length of the KINDS table.
    unsafe { (*KINDS.load(Ordering::Relaxed).add(idx)).load(Ordering::Relaxed) }
}

pub(crate) fn set_block_kind(idx: usize, k: u8) {
    // SAFETY: callers pass indices of blocks inside the reserved range.
    unsafe { (*KINDS.load(Ordering::Relaxed).add(idx)).store(k, Ordering::Relaxed) }
}

#[derive(Clone, Copy, Default)]
pub(crate) struct BlockMeta {
    /// Young blocks: end of the allocated part. Large heads: object size.
    pub used_end: usize,
    /// Small pages: size-class index.
    pub size_class: u16,
    /// Large heads: number of blocks in the run. Large tails: index of the head block.
    pub large: u32,
    /// Young blocks: the start bitmap has been built in the current collection.
    pub bitmap_built: bool,
}

pub(crate) struct Region {
    pub base: usize,
    pub nblocks: usize,
    committed: usize,
    hw: usize,
    free_runs: BTreeMap<usize, usize>,
    pub meta: Vec<BlockMeta>,
    /// Blocks currently handed out (for statistics).
    pub blocks_in_use: usize,
    /// Free blocks whose memory has not been returned to the OS.
    unreleased: usize,
}

fn mmap_anon(len: usize, prot: i32) -> Option<usize> {
    // SAFETY: anonymous private mapping; no existing memory is affected.
    let p = unsafe {
        libc::mmap(
            std::ptr::null_mut(),
            len,
            prot,
            libc::MAP_PRIVATE | libc::MAP_ANONYMOUS | libc::MAP_NORESERVE,
            -1,
            0,
        )
    };
    if p == libc::MAP_FAILED {
        None
    } else {
        Some(p as usize)
    }
}

impl Region {
    /// Reserves the address range (once per process) and publishes it to the lock-free checks.
    pub fn reserve(max_heap: usize) -> Region {
        let mut len = (max_heap + BLOCK_MASK) & !BLOCK_MASK;
        let raw = loop {
            if let Some(p) = mmap_anon(len + BLOCK_SIZE, libc::PROT_NONE) {
                break p;
            }
            assert!(
                len > 256 << 20,
                "ferrite-gc: cannot reserve heap address space"
            );
            len /= 2;
        };
        let base = (raw + BLOCK_MASK) & !BLOCK_MASK;
        let nblocks = len >> BLOCK_SHIFT;
        let kinds = mmap_anon(nblocks, libc::PROT_READ | libc::PROT_WRITE)
            .expect("ferrite-gc: cannot map block table");
        KINDS.store(kinds as *mut AtomicU8, Ordering::Relaxed);
        BASE.store(base, Ordering::Relaxed);
        LEN.store(len, Ordering::Release);
        Region {
            base,
            nblocks,
            committed: 0,
            hw: 0,
            free_runs: BTreeMap::new(),
            meta: Vec::new(),
            blocks_in_use: 0,
            unreleased: 0,
        }
    }

    /// Hands out `n` contiguous blocks (contents unspecified); returns the first block's index.
    pub fn alloc_run(&mut self, n: usize) -> usize {
        self.blocks_in_use += n;
        let found = self
            .free_runs
            .iter()
            .find(|(_, &len)| len >= n)
            .map(|(&s, &len)| (s, len));
        if let Some((start, len)) = found {
            // Reusing free blocks (most likely the unreleased, still-resident ones).
            self.unreleased = self.unreleased.saturating_sub(n);
            self.free_runs.remove(&start);
            if len > n {
                self.free_runs.insert(start + n, len - n);
            }
            return start;
        }
        let start = self.hw;
        assert!(
            start + n <= self.nblocks,
            "ferrite-gc: heap exhausted ({} bytes reserved; raise FERRITE_GC_MAX_HEAP)",
            self.nblocks * BLOCK_SIZE
        );
        self.hw += n;
        if self.hw > self.committed {
            let new_commit =
                (self.hw.div_ceil(COMMIT_CHUNK_BLOCKS) * COMMIT_CHUNK_BLOCKS).min(self.nblocks);
            let from = self.base + self.committed * BLOCK_SIZE;
            let len = (new_commit - self.committed) * BLOCK_SIZE;
            // SAFETY: [from, from+len) lies inside our PROT_NONE reservation.
            let rc = unsafe {
                libc::mprotect(
                    from as *mut libc::c_void,
                    len,
                    libc::PROT_READ | libc::PROT_WRITE,
                )
            };
            assert_eq!(rc, 0, "ferrite-gc: out of memory committing heap");
            self.committed = new_commit;
            self.meta.resize(new_commit, BlockMeta::default());
        }
        start
    }

    /// Returns memory of free runs to the OS when too much of it sits unused.
    pub fn release_free(&mut self) {
        // hysteresis: a program whose heap swings (deep recursion promoting frames that die
        // soon after) would otherwise hand pages back and fault them in again every cycle
        let cap = (32 << 20 >> BLOCK_SHIFT).max(self.blocks_in_use);
        if self.unreleased <= cap {
            return;
        }
        for (&s, &n) in &self.free_runs {
            // SAFETY: free runs are committed heap memory that no object occupies.
            unsafe {
                libc::madvise(
                    block_addr(s) as *mut libc::c_void,
                    n * BLOCK_SIZE,
                    libc::MADV_DONTNEED,
                );
            }
        }
        self.unreleased = 0;
    }

    /// Returns a run to the free map and marks its blocks free.
    pub fn free_run(&mut self, start: usize, n: usize) {
        self.blocks_in_use -= n;
        self.unreleased += n;
        for i in start..start + n {
            set_block_kind(i, KIND_FREE);
            self.meta[i] = BlockMeta::default();
        }
        let (mut s, mut len) = (start, n);
        if let Some((&ps, &pl)) = self.free_runs.range(..s).next_back() {
            if ps + pl == s {
                self.free_runs.remove(&ps);
                s = ps;
                len += pl;
            }
        }
        if let Some(&nl) = self.free_runs.get(&(start + n)) {
            self.free_runs.remove(&(start + n));
            len += nl;
        }
        self.free_runs.insert(s, len);
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn free_runs_coalesce() {
        let mut heap = crate::heap::HEAP.lock().unwrap();
        let r = &mut heap.region;
        let used = r.blocks_in_use;
        let a = r.alloc_run(1);
        let b = r.alloc_run(3);
        let c = r.alloc_run(1);
        assert_eq!((b, c), (a + 1, a + 4));
        let runs = r.free_runs.len();
        r.free_run(a, 1);
        r.free_run(c, 1);
        r.free_run(b, 3);
        assert_eq!(r.free_runs.len(), runs + 1);
        assert_eq!(r.alloc_run(5), a);
        assert_eq!(r.blocks_in_use, used + 5);
        r.free_run(a, 5);
    }
}
