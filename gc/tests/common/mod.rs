//! Shared helpers for the gc integration tests: a tiny object model (a `type` class, `Node`
//! objects with an id and N reference slots, weakref objects) and a seeded PRNG.
#![allow(dead_code)]

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Mutex, MutexGuard, Once};

use ferrite_gc::{Header, Kind, Tracer, Word, HEADER_SIZE};

/// Serializes the tests of one binary (they share the process-global heap).
pub static SERIAL: Mutex<()> = Mutex::new(());
pub fn serial() -> MutexGuard<'static, ()> {
    SERIAL.lock().unwrap_or_else(|e| e.into_inner())
}

/// splitmix64.
pub struct Rng(pub u64);
impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    pub fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
    pub fn chance(&mut self, pct: u64) -> bool {
        self.next() % 100 < pct
    }
}

// Node layout: header, id (tagged int), nslots (raw), slots...
pub const NODE_FIXED: usize = HEADER_SIZE + 16;

unsafe fn node_size(h: *const Header) -> usize {
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    NODE_FIXED + 8 * unsafe { *((h as usize + 24) as *const usize) }
}
unsafe fn node_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    let n = unsafe { *((h as usize + 24) as *const usize) };
    for i in 0..n {
        t.visit((h as usize + NODE_FIXED + 8 * i) as *mut Word);
    }
}
unsafe fn class_size(_h: *const Header) -> usize {
    24
}
unsafe fn no_trace(_h: *mut Header, _t: &mut Tracer) {}

pub static DROPS: Mutex<Vec<u64>> = Mutex::new(Vec::new());
pub static DROP_COUNT: AtomicUsize = AtomicUsize::new(0);
unsafe fn dnode_drop(h: *mut Header) {
    DROP_COUNT.fetch_add(1, Ordering::Relaxed);
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    let id = unsafe { node_id(h) };
    // try_lock: a destructor must not block; tests hold DROPS only briefly between collections.
    DROPS.lock().unwrap().push(id);
}

pub static TYPE_KIND: Kind = Kind {
    name: "type",
    size: class_size,
    trace: no_trace,
    drop: None,
};
pub static NODE_KIND: Kind = Kind {
    name: "node",
    size: node_size,
    trace: node_trace,
    drop: None,
};
pub static DNODE_KIND: Kind = Kind {
    name: "dnode",
    size: node_size,
    trace: node_trace,
    drop: Some(dnode_drop),
};
pub static WEAK_KIND: Kind = Kind {
    name: "weakref",
    size: class_size,
    trace: no_trace,
    drop: None,
};

pub static TYPE: AtomicUsize = AtomicUsize::new(0);
pub static NODE: AtomicUsize = AtomicUsize::new(0);
pub static DNODE: AtomicUsize = AtomicUsize::new(0);
pub static WEAK: AtomicUsize = AtomicUsize::new(0);

/// Precise roots shared by all threads of a test binary.
pub const NGLOBAL: usize = 64;
pub static GLOBALS: [AtomicUsize; NGLOBAL] = [const { AtomicUsize::new(0) }; NGLOBAL];

fn scanner(t: &mut Tracer) {
    for c in [&TYPE, &NODE, &DNODE, &WEAK] {
        t.visit(c.as_ptr());
    }
    for g in GLOBALS.iter() {
        t.visit(g.as_ptr());
    }
}

fn make_class(kind: &'static Kind) -> usize {
    let ty = TYPE.load(Ordering::Relaxed);
    let c = ferrite_gc::alloc_old(ty as *const Header, 24);
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe { *((c as usize + 16) as *mut &'static Kind) = kind };
    c as usize
}

/// Registers the calling thread and sets up the classes (once per process).
pub fn setup() -> ferrite_gc::MutatorGuard {
    let g = ferrite_gc::register_thread();
    static ONCE: Once = Once::new();
    ONCE.call_once(|| {
        let ty = ferrite_gc::alloc_old(std::ptr::null(), 24);
        // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
        unsafe {
            (*ty).class.store(ty as usize, Ordering::Relaxed);
            *((ty as usize + 16) as *mut &'static Kind) = &TYPE_KIND;
        }
        TYPE.store(ty as usize, Ordering::Relaxed);
        NODE.store(make_class(&NODE_KIND), Ordering::Relaxed);
        DNODE.store(make_class(&DNODE_KIND), Ordering::Relaxed);
        WEAK.store(make_class(&WEAK_KIND), Ordering::Relaxed);
        ferrite_gc::set_root_scanner(scanner);
    });
    g
}

pub fn new_node(id: u64, nslots: usize, with_drop: bool) -> *mut Header {
    let class = if with_drop { &DNODE } else { &NODE };
    let h = ferrite_gc::alloc(
        class.load(Ordering::Relaxed) as *const Header,
        NODE_FIXED + 8 * nslots,
    );
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe {
        *((h as usize + 16) as *mut usize) = ((id as usize) << 1) | 1;
        *((h as usize + 24) as *mut usize) = nslots;
    }
    h
}

pub fn new_old_node(id: u64, nslots: usize) -> *mut Header {
    let h = ferrite_gc::alloc_old(
        NODE.load(Ordering::Relaxed) as *const Header,
        NODE_FIXED + 8 * nslots,
    );
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe {
        *((h as usize + 16) as *mut usize) = ((id as usize) << 1) | 1;
        *((h as usize + 24) as *mut usize) = nslots;
    }
    h
}

pub unsafe fn node_id(h: *const Header) -> u64 {
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    let w = unsafe { *((h as usize + 16) as *const usize) };
    assert_eq!(
        w & 1,
        1,
        "node id word {w:#x} is not a tagged int (object {h:p})"
    );
    (w >> 1) as u64
}
pub unsafe fn node_nslots(h: *const Header) -> usize {
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe { *((h as usize + 24) as *const usize) }
}
pub unsafe fn node_get(h: *const Header, i: usize) -> usize {
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe { *((h as usize + NODE_FIXED + 8 * i) as *const usize) }
}
pub unsafe fn node_set(h: *mut Header, i: usize, v: usize) {
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe { *((h as usize + NODE_FIXED + 8 * i) as *mut usize) = v };
    ferrite_gc::write_barrier(h);
}

/// A weakref object: header + referent slot at offset 16.
pub fn new_weak(referent: usize) -> *mut Header {
    let w = ferrite_gc::alloc(WEAK.load(Ordering::Relaxed) as *const Header, 24);
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe { *((w as usize + 16) as *mut usize) = referent };
    ferrite_gc::register_weak(w, 16);
    w
}
pub unsafe fn weak_get(w: *const Header) -> usize {
    // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
    unsafe { *((w as usize + 16) as *const usize) }
}
pub mod model;

/// Step multiplier for long soak runs: `FERRITE_GC_SOAK=100 cargo test -p ferrite-gc --release`.
pub fn soak() -> usize {
    std::env::var("FERRITE_GC_SOAK")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(1)
}

/// A class and all its instances (young, promoted and old, with destructors) become garbage in
/// the same collection: every destructor must still run, reading the Kind through the dead
/// class. Runs the allocation on a worker thread; the caller must not be registered.
pub fn class_dies_with_its_instances(tag: u64) {
    let base = tag << 40;
    std::thread::spawn(move || {
        let _g = setup();
        let ty = TYPE.load(Ordering::Relaxed);
        let cls = ferrite_gc::alloc_old(ty as *const Header, 24);
        // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
        unsafe { *((cls as usize + 16) as *mut &'static Kind) = &DNODE_KIND };
        // A chain of instances rooted in GLOBALS[20]; the class is only reachable from them.
        let mut prev = 0usize;
        for i in 0..300u64 {
            let n = ferrite_gc::alloc(cls, NODE_FIXED + 8);
            // SAFETY: the object is live and laid out as this module describes (Node: header, id, nslots, slots).
            unsafe {
                *((n as usize + 16) as *mut usize) = (((base + i) as usize) << 1) | 1;
                *((n as usize + 24) as *mut usize) = 1;
                node_set(n, 0, prev);
            }
            prev = n as usize;
            GLOBALS[20].store(prev, Ordering::Relaxed);
            if i == 150 {
                ferrite_gc::collect_minor(); // the first half is promoted
            }
        }
    })
    .join()
    .unwrap();
    ferrite_gc::collect_minor();
    GLOBALS[20].store(0, Ordering::Relaxed);
    ferrite_gc::collect();
    ferrite_gc::collect();
    let mut drops: Vec<u64> = DROPS
        .lock()
        .unwrap()
        .iter()
        .copied()
        .filter(|d| d >> 40 == tag)
        .collect();
    drops.sort();
    assert_eq!(drops, (base..base + 300).collect::<Vec<_>>());
}
