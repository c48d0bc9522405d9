//! The process-global heap state (behind one mutex) and the allocation slow paths.

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, LazyLock, Mutex};
use std::time::Instant;

use crate::collector::{collect, Tracer};
use crate::config::Config;
use crate::finalize::Finalizers;
use crate::header::{class_kind, Header, HEADER_SIZE, YOUNG_SIZE_SHIFT};
use crate::ids::Ids;
use crate::nursery::{Nursery, Tlab, BITMAP_BYTES, TLAB, YOUNG_MAX};
use crate::oldgen::OldGen;
use crate::region::{block_addr, block_index, Region, BLOCK_SIZE};
use crate::safepoint::{lock_heap, resume_the_world, safepoint, set_in_gc, stop_the_world, STOP};
use crate::stack_scan::{clear_dead_stack, with_spilled_registers};
use crate::stats::Stats;
use crate::threads::{current, current_or_panic, ThreadRecord};
use crate::weak::WeakRefs;

pub(crate) struct Heap {
    pub cfg: Config,
    pub region: Region,
    pub nursery: Nursery,
    pub old: OldGen,
    pub threads: Vec<Arc<ThreadRecord>>,
    /// Remembered-set entries and young destructor candidates of unregistered threads.
    pub remset: Vec<*mut Header>,
    pub young_drop: Vec<*mut Header>,
    pub fin: Finalizers,
    pub weak: WeakRefs,
    pub ids: Ids,
    pub stats: Stats,
    pub root_scanner: Option<fn(&mut Tracer)>,
    pub next_major: usize,
    pub collections: u64,
}

// SAFETY: the raw pointers in Heap are heap-object addresses, meaningful from any thread; all
// access goes through the HEAP mutex.
unsafe impl Send for Heap {}

pub(crate) static HEAP: LazyLock<Mutex<Heap>> = LazyLock::new(|| Mutex::new(Heap::new()));
pub(crate) static ENABLED: AtomicBool = AtomicBool::new(true);

/// Bytes the runtime allocated outside the heap (big-int digits, list storage) since the last
/// major collection. Objects owning such memory are small in the heap, so without this the
/// old generation would look small while the process grows; counting it towards the major
/// threshold makes dead owners (and their memory) get collected in time.
pub(crate) static MEMORY_PRESSURE: AtomicUsize = AtomicUsize::new(0);

/// The same, counted since the last collection of any kind.
pub(crate) static YOUNG_PRESSURE: AtomicUsize = AtomicUsize::new(0);

/// Out-of-heap bytes allocated since the last collection past which the caller should
/// collect the nursery early (young owners of big buffers die young, but only a collection
/// frees their buffers).
const YOUNG_PRESSURE_LIMIT: usize = 32 << 20;

/// Reports `bytes` of memory allocated outside the heap and owned by a heap object. Returns
/// true when enough has accumulated since the last collection that the caller should run
/// `collect_minor()` now.
pub fn add_memory_pressure(bytes: usize) -> bool {
    MEMORY_PRESSURE.fetch_add(bytes, Ordering::Relaxed);
    YOUNG_PRESSURE.fetch_add(bytes, Ordering::Relaxed) + bytes > YOUNG_PRESSURE_LIMIT
        && ENABLED.load(Ordering::Relaxed)
}

impl Heap {
    fn new() -> Heap {
        let cfg = Config::from_env();
        let region = Region::reserve(cfg.max_heap);
        Heap {
            next_major: cfg.min_major,
            cfg,
            region,
            nursery: Nursery::new(),
            old: OldGen::new(),
            threads: Vec::new(),
            remset: Vec::new(),
            young_drop: Vec::new(),
            fin: Finalizers::default(),
            weak: WeakRefs::default(),
            ids: Ids::new(),
            stats: Stats::default(),
            root_scanner: None,
            collections: 0,
        }
    }

    /// Closes `rec`'s TLAB: records how far its block is allocated.
    pub fn retire_tlab(&mut self, rec: &ThreadRecord) {
        let t = rec.tlab();
        let limit = t.limit.get();
        if limit != 0 {
            let cur = t.cursor.get();
            let idx = block_index(limit - 1);
            self.region.meta[idx].used_end = cur;
            self.stats.bytes_allocated += (cur - rec.tlab_start.get()) as u64;
        }
        t.cursor.set(0);
        t.limit.set(0);
        t.plain_class.set(0);
    }

    fn refill_tlab(&mut self, rec: &ThreadRecord, size: usize) {
        let idx = self.nursery.take_block(&mut self.region);
        let start = block_addr(idx) + BITMAP_BYTES;
        let end = block_addr(idx) + BLOCK_SIZE;
        let limit = if self.cfg.stress {
            (start + self.cfg.stress_chunk.max(size)).min(end)
        } else {
            end
        };
        let t = rec.tlab();
        t.cursor.set(start);
        t.limit.set(limit);
        rec.tlab_start.set(start);
    }

    fn nursery_limit(&self) -> usize {
        self.cfg.nursery_per_thread * self.threads.len().max(1)
    }

    pub fn nursery_limit_blocks(&self) -> usize {
        self.nursery_limit() / BLOCK_SIZE
    }

    /// Whether the next automatic collection should be a major one.
    fn want_major(&self) -> bool {
        if self.cfg.stress {
            return self.collections % self.cfg.stress_major_every
                == self.cfg.stress_major_every - 1;
        }
        self.old.bytes + MEMORY_PRESSURE.load(Ordering::Relaxed) >= self.next_major
    }

    pub fn young_bytes(&self) -> usize {
        self.nursery.young.len() * BLOCK_SIZE
    }

    /// Allocates a zeroed old object and puts it in the remembered set (so that the stores
    /// initializing it need no barrier until the next collection).
    fn alloc_old_obj(
        &mut self,
        class: usize,
        size: usize,
        rec: Option<&ThreadRecord>,
    ) -> *mut Header {
        let obj = self.old.alloc(&mut self.region, size);
        // SAFETY: obj is fresh old-space memory of at least `size` bytes.
        unsafe {
            std::ptr::write_bytes(obj as *mut u8, 0, size);
            (*obj).class.store(class, Ordering::Relaxed);
        }
        self.stats.bytes_allocated += size as u64;
        match rec {
            // SAFETY: the owner (the calling thread) is running.
            Some(r) => unsafe { r.remset_mut().push(obj) },
            None => self.remset.push(obj),
        }
        obj
    }
}

#[inline(always)]
fn round_size(size: usize) -> usize {
    (size.max(HEADER_SIZE) + 7) & !7
}

/// Allocates a young object: body zeroed, `class` set, gc bits clear. May collect first.
#[inline]
pub fn alloc(class: *const Header, size: usize) -> *mut Header {
    let size = round_size(size);
    if STOP.load(Ordering::Relaxed) == 0 && size <= YOUNG_MAX {
        if let Some(obj) = try_bump(class, size) {
            return obj;
        }
    }
    alloc_slow(class, size)
}

#[inline(always)]
fn try_bump(class: *const Header, size: usize) -> Option<*mut Header> {
    TLAB.with(|t| {
        let cur = t.cursor.get();
        let new = cur + size;
        if new > t.limit.get() {
            return None;
        }
        t.cursor.set(new);
        let obj = cur as *mut Header;
        // SAFETY: [cur, new) is zeroed nursery memory owned by this thread's TLAB; the class
        // object carries a valid Kind.
        unsafe {
            std::ptr::write_bytes((cur + HEADER_SIZE) as *mut u8, 0, size - HEADER_SIZE);
            (*obj).class.store(class as usize, Ordering::Relaxed);
            (*obj)
                .bits
                .store((size >> 3) << YOUNG_SIZE_SHIFT, Ordering::Relaxed);
            if class as usize != t.plain_class.get() {
                note_class(t, class, obj);
            }
        }
        Some(obj)
    })
}

/// Allocation of a class not cached as destructor-free in the TLAB: registers `obj` for its
/// destructor, or caches the class.
#[inline(never)]
fn note_class(t: &Tlab, class: *const Header, obj: *mut Header) {
    if class.is_null() {
        return;
    }
    // SAFETY: a non-null class passed to alloc is a class object carrying a Kind.
    if unsafe { class_kind(class as usize) }.drop.is_some() {
        if let Some(rec) = current() {
            // SAFETY: the owner (this thread) is running.
            unsafe { rec.young_drop_mut().push(obj) };
        }
    } else {
        t.plain_class.set(class as usize);
    }
}

#[cold]
#[inline(never)]
fn alloc_slow(class: *const Header, size: usize) -> *mut Header {
    let rec = current_or_panic();
    if size > YOUNG_MAX {
        return alloc_old_inner(class, size, Some(rec));
    }
    loop {
        safepoint();
        if let Some(obj) = try_bump(class, size) {
            return obj;
        }
        let mut heap = lock_heap();
        heap.retire_tlab(rec);
        if ENABLED.load(Ordering::Relaxed)
            && (heap.cfg.stress || heap.young_bytes() + BLOCK_SIZE > heap.nursery_limit())
        {
            let major = heap.want_major();
            run_collection(&mut heap, major);
        }
        heap.refill_tlab(rec, size);
        drop(heap);
        if let Some(obj) = try_bump(class, size) {
            return obj;
        }
    }
}

fn alloc_old_inner(class: *const Header, size: usize, rec: Option<&ThreadRecord>) -> *mut Header {
    let mut heap = lock_heap();
    if ENABLED.load(Ordering::Relaxed)
        && !heap.cfg.stress
        && heap.old.bytes + size >= heap.next_major
    {
        run_collection(&mut heap, true);
    }
    heap.alloc_old_obj(class as usize, size, rec)
}

/// Allocates an object in the old generation: it never moves. `class` may be null and set
/// later through `header.class` (bootstrapping); until then the object is treated as having no
/// references and no destructor. May collect first.
pub fn alloc_old(class: *const Header, size: usize) -> *mut Header {
    alloc_old_inner(class, round_size(size), current())
}

/// Runs a collection (`major`: the whole heap) with the heap lock held. Returns the number of
/// objects freed.
pub(crate) fn run_collection(heap: &mut Heap, major: bool) -> usize {
    clear_dead_stack();
    with_spilled_registers(|sp| {
        let me = current();
        if let Some(r) = me {
            r.sp.store(sp, Ordering::Relaxed);
        }
        let t0 = Instant::now();
        stop_the_world(heap, me);
        set_in_gc(true);
        // Restarts the world even if a Kind's trace/drop or the root scanner panics.
        struct Resume;
        impl Drop for Resume {
            fn drop(&mut self) {
                set_in_gc(false);
                resume_the_world();
            }
        }
        let resume = Resume;
        let freed = collect(heap, major, me.map(|r| (r, sp)));
        drop(resume);
        let ns = t0.elapsed().as_nanos() as u64;
        let s = &mut heap.stats;
        s.total_pause_ns += ns;
        s.last_pause_ns = ns;
        s.max_pause_ns = s.max_pause_ns.max(ns);
        if major {
            s.total_major_pause_ns += ns;
        } else {
            s.total_minor_pause_ns += ns;
        }
        heap.collections += 1;
        freed
    })
}
