//! One stop-the-world collection, minor (nursery only) or major (whole heap).
//!
//! Both kinds are a single pass over the roots:
//! 1. Retire every TLAB, so each nursery block knows its allocated end.
//! 2. Conservative roots: every word of every stopped thread's stack. A word pointing into a
//!    young object (interior pointers included, found through the start bitmap) *pins* it: it
//!    keeps its address and is traced in place. In a major collection, words pointing into old
//!    objects mark them. Stack words are never written.
//! 3. Precise roots (the runtime's scanner, `RootedVec`s, the finalizer and weakref queues) and,
//!    in a minor collection, the remembered set. A young object reached precisely is copied
//!    (memcpy of its allocated extent) into an old size-class cell and its husk forwarded; an old
//!    one is marked (major only). Grey objects sit on an explicit stack.
//! 4. Finalizers, weak references and the id table are settled (see finalize.rs, weak.rs).
//! 5. Destructors of dead young objects run (from per-thread lists of young objects whose Kind
//!    has a destructor), then, for a major collection, the two-pass old sweep (oldgen.rs).
//! 6. Nursery blocks are freed, or retained as old space when they hold pinned objects.
//!
//! After a collection there are no young objects, hence no old-to-young references, so every
//! old object gets `BARRIER_BIT` and the remembered set starts empty.

use std::sync::atomic::Ordering;

use crate::header::{
    kind_of, Header, Word, BARRIER_BIT, FINALIZED_BIT, FORWARDED_BIT, FREE_CELL_BIT,
    HAS_FINALIZER_BIT, MARK_BIT, PINNED_BIT, YOUNG_SIZE_MASK,
};
use crate::heap::Heap;
use crate::nursery::{build_start_bitmap, find_start, poison, young_size, BITMAP_BYTES};
use crate::region::{
    block_addr, block_index, block_kind_of, in_heap, set_block_kind, BLOCK_MASK, BLOCK_SIZE,
    KIND_FREE, KIND_LARGE, KIND_RETAINED, KIND_SMALL, KIND_YOUNG,
};
use crate::stack_scan::scan_thread;
use crate::threads::ThreadRecord;

/// Handed to `Kind::trace` and to the root scanner: reports reference slots to the collector.
pub struct Tracer {
    heap: *mut Heap,
    full: bool,
    gray: Vec<*mut Header>,
    pinned: Vec<*mut Header>,
    promoted_bytes: usize,
    promoted_objects: usize,
}

impl Tracer {
    /// Reports a slot holding a Value. The collector may update it (the object moved); slots
    /// holding 0, tagged ints or pointers outside the heap are ignored.
    pub fn visit(&mut self, slot: *mut Word) {
        // SAFETY: the caller passes a valid slot; the world is stopped.
        let w = unsafe { *slot };
        if w & 7 != 0 || !in_heap(w) {
            return;
        }
        match block_kind_of(w) {
            KIND_YOUNG => {
                let obj = w as *mut Header;
                // SAFETY: a precise young pointer is an object start (checked in debug builds).
                unsafe {
                    debug_assert!(
                        self.is_young_start(w),
                        "ferrite-gc: precise slot {slot:p} holds {w:#x}, not a young object start"
                    );
                    let bits = (*obj).load_bits();
                    if bits & FORWARDED_BIT != 0 {
                        *slot = (*obj).class.load(Ordering::Relaxed);
                    } else if bits & PINNED_BIT == 0 {
                        *slot = self.evacuate(obj) as usize;
                    }
                }
            }
            KIND_SMALL | KIND_LARGE | KIND_RETAINED if self.full => {
                self.mark(w as *mut Header);
            }
            _ => {}
        }
    }

    /// Visits `n` consecutive slots starting at `first` (prefetching the objects a few slots
    /// ahead, which hides most cache misses when the referents are scattered).
    pub fn visit_slice(&mut self, first: *mut Word, n: usize) {
        const AHEAD: usize = 8;
        for i in 0..n {
            if i + AHEAD < n {
                // SAFETY: the caller passes n valid consecutive slots.
                prefetch(unsafe { *first.add(i + AHEAD) });
            }
            // SAFETY: as above.
            self.visit(unsafe { first.add(i) });
        }
    }

    #[allow(clippy::mut_from_ref)]
    fn heap(&self) -> &mut Heap {
        // SAFETY: the tracer lives only inside `collect`, which owns the locked heap; the
        // references handed out here are never held across each other.
        unsafe { &mut *self.heap }
    }

    unsafe fn is_young_start(&self, w: usize) -> bool {
        // SAFETY: w is in a young block.
        (unsafe { self.young_object_containing(w) }) == Some(w)
    }

    /// The young object containing `w` (any address in a young block), building the block's
    /// start bitmap on first use in this collection.
    unsafe fn young_object_containing(&self, w: usize) -> Option<usize> {
        let blk = w & !BLOCK_MASK;
        let meta = &mut self.heap().region.meta[block_index(w)];
        if w >= meta.used_end {
            return None;
        }
        if !meta.bitmap_built {
            meta.bitmap_built = true;
            // SAFETY: blk is a young block allocated up to used_end, its bitmap zeroed.
            unsafe { build_start_bitmap(blk, meta.used_end) };
        }
        // SAFETY: the bitmap is built.
        unsafe { find_start(blk, w) }
    }

    fn mark(&mut self, obj: *mut Header) {
        // SAFETY: obj is an old object (start of a cell, run or retained object).
        let old = unsafe { (*obj).set_bits(MARK_BIT) };
        debug_assert!(
            old & FREE_CELL_BIT == 0,
            "ferrite-gc: reference to a freed object {obj:p}"
        );
        if old & MARK_BIT == 0 {
            self.gray.push(obj);
        }
    }

    unsafe fn evacuate(&mut self, obj: *mut Header) -> *mut Header {
        let heap = self.heap();
        // SAFETY: obj is an unforwarded young object start.
        let size = unsafe { young_size(obj) };
        let new = heap.old.alloc(&mut heap.region, size);
        // SAFETY: new is a fresh old cell of at least `size` bytes; obj's husk keeps its body
        // (only the class word is overwritten with the forwarding address).
        unsafe {
            if size <= 64 {
                for i in 0..size / 8 {
                    *(new as *mut usize).add(i) = *(obj as *const usize).add(i);
                }
            } else {
                std::ptr::copy_nonoverlapping(obj as *const u8, new as *mut u8, size);
            }
            let b = (*new).load_bits();
            let mut nb =
                (b & !(FORWARDED_BIT | PINNED_BIT | MARK_BIT | FREE_CELL_BIT | YOUNG_SIZE_MASK))
                    | BARRIER_BIT;
            if self.full {
                nb |= MARK_BIT;
            }
            (*new).bits.store(nb, Ordering::Relaxed);
            (*obj).class.store(new as usize, Ordering::Relaxed);
            // Not a locked RMW: an evacuated object is referenced from no stack (it would be
            // pinned), so no thread, not even one in a blocking region, can touch its header.
            (*obj).stw_set_bits(FORWARDED_BIT);
        }
        self.promoted_bytes += size;
        self.promoted_objects += 1;
        self.gray.push(new);
        new
    }

    /// Conservative root: any word, possibly an interior pointer; never written.
    fn conservative(&mut self, w: usize) {
        if !in_heap(w) {
            return;
        }
        match block_kind_of(w) {
            KIND_YOUNG => {
                // SAFETY: w is in a young block.
                if let Some(a) = unsafe { self.young_object_containing(w) } {
                    let obj = a as *mut Header;
                    // SAFETY: a is a young object start.
                    if unsafe { (*obj).set_bits(PINNED_BIT) } & PINNED_BIT == 0 {
                        self.pinned.push(obj);
                        self.gray.push(obj);
                    }
                }
            }
            _ if self.full => {
                let heap = self.heap();
                if let Some(obj) = heap.old.object_at(&heap.region, w) {
                    self.mark(obj);
                }
            }
            _ => {}
        }
    }

    unsafe fn trace_object(&mut self, obj: *mut Header) {
        // SAFETY: obj is a live, unforwarded object; its class slot is a Value slot.
        unsafe {
            self.visit((*obj).class.as_ptr());
            if let Some(k) = kind_of(obj) {
                (k.trace)(obj, self);
            }
        }
    }

    fn drain(&mut self) {
        while let Some(o) = self.gray.pop() {
            // SAFETY: grey objects are live and unforwarded.
            unsafe { self.trace_object(o) };
        }
    }

    /// After tracing: the current address of `w` if its object survives, None if it dies.
    fn resolve(&self, w: usize) -> Option<usize> {
        if w & 7 != 0 || !in_heap(w) {
            return Some(w);
        }
        // SAFETY: w is a heap object start.
        unsafe {
            match block_kind_of(w) {
                KIND_YOUNG => {
                    let obj = w as *mut Header;
                    let bits = (*obj).load_bits();
                    if bits & FORWARDED_BIT != 0 {
                        Some((*obj).class.load(Ordering::Relaxed))
                    } else if bits & PINNED_BIT != 0 {
                        Some(w)
                    } else {
                        None
                    }
                }
                KIND_SMALL | KIND_LARGE | KIND_RETAINED => {
                    if self.full && (*(w as *mut Header)).load_bits() & MARK_BIT == 0 {
                        None
                    } else {
                        Some(w)
                    }
                }
                _ => Some(w),
            }
        }
    }
}

/// Hints the CPU to fetch the header `w` points to (any value: a prefetch never faults).
#[inline(always)]
fn prefetch(w: Word) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: prefetch instructions have no architectural effect and never fault.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(w as *const i8)
    };
    #[cfg(not(target_arch = "x86_64"))]
    let _ = w;
}

/// Runs a collection with the world stopped. `me`: the collecting thread and its recorded
/// stack pointer, if it is a registered mutator. Returns the number of objects freed.
pub(crate) fn collect(heap: &mut Heap, full: bool, me: Option<(&ThreadRecord, usize)>) -> usize {
    let hp: *mut Heap = heap;
    let mut tr = Tracer {
        heap: hp,
        full,
        gray: Vec::new(),
        pinned: Vec::new(),
        promoted_bytes: 0,
        promoted_objects: 0,
    };
    let h = || tr_heap(hp);

    // 1. Retire TLABs; gather per-thread remembered sets and young destructor lists.
    let threads = h().threads.clone();
    let mut remset = std::mem::take(&mut h().remset);
    let mut young_drop = std::mem::take(&mut h().young_drop);
    for t in &threads {
        h().retire_tlab(t);
        // SAFETY: every other thread is stopped; `me` is this thread.
        unsafe {
            remset.append(t.remset_mut());
            young_drop.append(t.young_drop_mut());
        }
    }
    let mut young_blocks = std::mem::take(&mut h().nursery.young);
    young_blocks.sort_unstable();
    // 2. Conservative roots.
    for t in &threads {
        let sp = match me {
            Some((r, sp)) if std::ptr::eq(r, &**t) => sp,
            _ => t.sp.load(Ordering::Relaxed),
        };
        // SAFETY: t is stopped (or is this thread) with `sp` recorded.
        unsafe { scan_thread(t, sp, |w| tr.conservative(w)) };
    }

    // 3. Precise roots and the remembered set.
    if let Some(scan) = h().root_scanner {
        scan(&mut tr);
    }
    for t in &threads {
        // SAFETY: t is stopped; its root list and rooted vectors are not being mutated.
        unsafe {
            for &cell in t.roots_mut().iter() {
                let v = &mut *(*cell).get();
                tr.visit_slice(v.as_mut_ptr(), v.len());
            }
        }
    }
    for q in h().fin.queue.iter_mut() {
        tr.visit(q as *mut *mut Header as *mut Word);
    }
    for q in h().weak.cleared.iter_mut() {
        tr.visit(q as *mut *mut Header as *mut Word);
    }
    if !full {
        for &o in &remset {
            // SAFETY: remembered objects are live old objects.
            unsafe { tr.trace_object(o) };
        }
    }
    tr.drain();

    // 4a. Finalizers: queue every unreachable registered object, then resurrect them all.
    let registered = std::mem::take(&mut h().fin.registered);
    let mut still = Vec::with_capacity(registered.len());
    let mut doomed = Vec::new();
    for o in registered {
        match tr.resolve(o as usize) {
            Some(n) => still.push(n as *mut Header),
            None => doomed.push(o),
        }
    }
    for &o in &doomed {
        // SAFETY: o is an intact (unreachable) object.
        unsafe {
            (*o).clear_bits(HAS_FINALIZER_BIT);
            (*o).set_bits(FINALIZED_BIT);
        }
    }
    for o in doomed {
        let mut w = o as Word;
        tr.visit(&mut w);
        h().fin.queue.push_back(w as *mut Header);
        h().stats.finalizers_queued += 1;
        crate::finalize::FIN_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    tr.drain();
    h().fin.registered = still;

    // 4b. Weak references.
    let entries = std::mem::take(&mut h().weak.entries);
    let mut keep = Vec::with_capacity(entries.len());
    for (wo, off) in entries {
        let Some(nwo) = tr.resolve(wo) else { continue };
        let slot = (nwo + off) as *mut Word;
        // SAFETY: the weakref object survived; its weak slot lies inside it.
        let r = unsafe { *slot };
        if r == 0 {
            continue;
        }
        match tr.resolve(r) {
            Some(nr) => {
                // SAFETY: as above.
                unsafe { *slot = nr };
                keep.push((nwo, off));
            }
            None => {
                // SAFETY: as above.
                unsafe { *slot = 0 };
                h().weak.cleared.push_back(nwo as *mut Header);
                crate::weak::CLEARED_PENDING.store(true, std::sync::atomic::Ordering::Relaxed);
                h().stats.weakrefs_cleared += 1;
            }
        }
    }
    h().weak.entries = keep;

    // 4c. Identity table.
    let young_ids = std::mem::take(&mut h().ids.young);
    for (k, id) in young_ids {
        if let Some(n) = tr.resolve(k) {
            h().ids.old.insert(n, id);
        }
    }
    if full {
        let mut old = std::mem::take(&mut h().ids.old);
        old.retain(|&k, _| tr.resolve(k).is_some());
        h().ids.old = old;
    }

    // 5. Destructors of dead young objects (all dead objects are still intact).
    let mut young_dropped = 0;
    for o in young_drop {
        if tr.resolve(o as usize).is_none() {
            // SAFETY: o is a dead, unforwarded young object; its class is readable (a forwarded
            // class husk keeps its body, and old classes are not freed before step 6).
            unsafe {
                if let Some(d) = kind_of(o).and_then(|k| k.drop) {
                    d(o);
                    young_dropped += 1;
                }
            }
        }
    }
    for o in remset {
        // SAFETY: remembered objects are old objects, not freed before the sweep below.
        unsafe { (*o).set_bits(BARRIER_BIT) };
    }
    let mut freed_objects = 0;
    let mut freed_bytes = 0;
    if full {
        let hh = h();
        let stress = hh.cfg.stress;
        if stress {
            hh.old.run_dead_destructors(&hh.region);
        }
        let swept = hh.old.free_dead(&mut hh.region, stress, !stress);
        freed_objects += swept.objects;
        freed_bytes += swept.bytes;
    }

    // 6. Nursery blocks: retain the ones holding pinned objects, free the rest.
    let mut pinned = std::mem::take(&mut tr.pinned);
    pinned.sort_unstable();
    let stress = h().cfg.stress;
    let pool_max = h().nursery_limit_blocks();
    let mut young_used = 0;
    let mut pi = 0;
    for &b in &young_blocks {
        let blk = block_addr(b);
        let end = h().region.meta[b].used_end;
        young_used += end - blk - BITMAP_BYTES;
        let first = pi;
        while pi < pinned.len() && (pinned[pi] as usize) < blk + BLOCK_SIZE {
            pi += 1;
        }
        let pins = &pinned[first..pi];
        debug_assert!(pins.iter().all(|&p| p as usize >= blk + BITMAP_BYTES));
        if pins.is_empty() {
            set_block_kind(b, KIND_FREE);
            if stress {
                // SAFETY: nothing live remains in the block.
                unsafe { poison(blk, blk + BLOCK_SIZE) };
            }
            if h().nursery.pool.len() < pool_max {
                h().nursery.pool.push_back(b);
            } else {
                h().region.free_run(b, 1);
            }
            continue;
        }
        // SAFETY: blk is a young block; pins are object starts in it.
        unsafe {
            let extents: Vec<(usize, usize)> = pins
                .iter()
                .map(|&p| (p as usize, p as usize + young_size(p)))
                .collect();
            if stress {
                let mut from = blk + BITMAP_BYTES;
                for &(s, e) in &extents {
                    poison(from, s);
                    from = e;
                }
                poison(from, blk + BLOCK_SIZE);
            }
            std::ptr::write_bytes(blk as *mut u8, 0, BITMAP_BYTES);
            for &(s, _) in &extents {
                crate::nursery::set_start_bit(s);
                let o = s as *mut Header;
                (*o).clear_bits(PINNED_BIT | MARK_BIT | YOUNG_SIZE_MASK);
                (*o).set_bits(BARRIER_BIT);
            }
        }
        set_block_kind(b, KIND_RETAINED);
        h().old.retained.push(b);
        h().old.bytes += BLOCK_SIZE;
    }

    h().region.release_free();

    // Statistics and the next major threshold.
    // Young objects are not counted one by one (that would mean walking the nursery): only
    // their bytes, and the ones with destructors, are.
    freed_objects += young_dropped;
    freed_bytes += young_used.saturating_sub(tr.promoted_bytes);
    let hh = h();
    let s = &mut hh.stats;
    s.bytes_promoted += tr.promoted_bytes as u64;
    s.objects_promoted += tr.promoted_objects as u64;
    s.objects_pinned += pinned.len() as u64;
    s.objects_freed += freed_objects as u64;
    s.bytes_freed += freed_bytes as u64;
    crate::heap::YOUNG_PRESSURE.store(0, std::sync::atomic::Ordering::Relaxed);
    if full {
        s.major_objects_freed += freed_objects as u64;
        s.major_collections += 1;
        s.minor_since_major = 0;
        hh.next_major =
            ((hh.old.bytes as f64 * hh.cfg.major_factor) as usize).max(hh.cfg.min_major);
        crate::heap::MEMORY_PRESSURE.store(0, std::sync::atomic::Ordering::Relaxed);
    } else {
        s.minor_objects_freed += freed_objects as u64;
        s.minor_collections += 1;
        s.minor_since_major += 1;
    }
    freed_objects
}

fn tr_heap<'a>(hp: *mut Heap) -> &'a mut Heap {
    // SAFETY: `collect` owns the locked heap for its whole run; each use is short-lived.
    unsafe { &mut *hp }
}
