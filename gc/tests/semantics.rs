//! Pinning, weak references, finalizers, destructors, identity and thread states.
//!
//! Objects that must die are created on a worker thread that exits (so no stack holds them)
//! and rooted through the precise `GLOBALS` slots; the checking thread then stays unregistered,
//! so its own stack is never scanned conservatively.
mod common;
use common::*;
use ferrite_gc::Header;
use std::hint::black_box;
use std::sync::atomic::Ordering;

fn g(i: usize) -> usize {
    GLOBALS[i].load(Ordering::Relaxed)
}
fn set_g(i: usize, v: usize) {
    GLOBALS[i].store(v, Ordering::Relaxed)
}
fn on_worker<R: Send + 'static>(f: impl FnOnce() -> R + Send + 'static) -> R {
    std::thread::spawn(move || {
        let _g = setup();
        f()
    })
    .join()
    .unwrap()
}
fn init() -> std::sync::MutexGuard<'static, ()> {
    let s = serial();
    drop(setup());
    for gl in GLOBALS.iter() {
        gl.store(0, Ordering::Relaxed);
    }
    s
}

#[test]
fn pinned_objects_keep_their_address() {
    let _s = init();
    let _g = setup();
    let n = black_box(new_node(7, 2, false));
    let addr = n as usize;
    make_child(n);
    // Only an interior pointer to `m` is kept.
    let m_interior = black_box(new_node(9, 1, false) as usize + 20);
    assert!(ferrite_gc::is_young(n));
    ferrite_gc::collect_minor();
    let n = black_box(n);
    assert_eq!(n as usize, addr, "pinned object moved");
    assert!(
        !ferrite_gc::is_young(n),
        "pinned object is promoted in place"
    );
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe {
        assert_eq!(node_id(n), 7);
        let c = node_get(n, 0) as *const Header;
        assert!(!ferrite_gc::is_young(c));
        assert_eq!(node_id(c), 8);
        let m = (black_box(m_interior) - 20) as *const Header;
        assert_eq!(node_id(m), 9);
        assert!(!ferrite_gc::is_young(m));
    }
    ferrite_gc::collect_major();
    ferrite_gc::collect_major();
    assert_eq!(black_box(n) as usize, addr);
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe {
        assert_eq!(node_id(n), 7);
        assert_eq!(node_id(node_get(n, 0) as *const Header), 8);
    }
    assert!(ferrite_gc::stats().objects_pinned >= 2);
}

#[inline(never)]
fn make_child(n: *mut Header) {
    let c = new_node(8, 0, false);
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { node_set(n, 0, c as usize) };
}

#[test]
fn weak_refs_follow_moves_and_clear_on_death() {
    let _s = init();
    on_worker(|| {
        let r = new_node(1, 0, false);
        let w = new_weak(r as usize);
        set_g(0, r as usize);
        set_g(1, w as usize);
        let ro = new_old_node(2, 0);
        let wo = new_weak(ro as usize);
        set_g(2, ro as usize);
        set_g(3, wo as usize);
    });
    ferrite_gc::collect_minor();
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe {
        assert!(!ferrite_gc::is_young(g(0) as *const Header));
        assert_eq!(
            weak_get(g(1) as *const Header),
            g(0),
            "weak slot follows the move"
        );
        assert_eq!(weak_get(g(3) as *const Header), g(2));
    }
    assert!(ferrite_gc::pop_cleared_weakref().is_none());
    set_g(0, 0);
    ferrite_gc::collect_minor(); // an old referent does not die in a minor collection
                                 // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { assert_ne!(weak_get(g(1) as *const Header), 0) };
    ferrite_gc::collect();
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { assert_eq!(weak_get(g(1) as *const Header), 0) };
    assert_eq!(ferrite_gc::pop_cleared_weakref(), Some(g(1) as *mut Header));
    assert!(ferrite_gc::pop_cleared_weakref().is_none());
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { assert_eq!(weak_get(g(3) as *const Header), g(2)) };
    set_g(2, 0);
    ferrite_gc::collect();
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { assert_eq!(weak_get(g(3) as *const Header), 0) };
    assert_eq!(ferrite_gc::pop_cleared_weakref(), Some(g(3) as *mut Header));

    // Young referent dying in a minor collection; weakref itself young too.
    on_worker(|| {
        let r = new_node(3, 0, false);
        set_g(4, new_weak(r as usize) as usize);
    });
    ferrite_gc::collect_minor();
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { assert_eq!(weak_get(g(4) as *const Header), 0) };
    assert_eq!(ferrite_gc::pop_cleared_weakref(), Some(g(4) as *mut Header));
    assert!(ferrite_gc::pop_cleared_weakref().is_none());
    // A dead weakref object is simply forgotten.
    set_g(1, 0);
    set_g(3, 0);
    set_g(4, 0);
    ferrite_gc::collect();
    assert!(ferrite_gc::pop_cleared_weakref().is_none());
}

#[test]
fn finalizers_run_once_and_resurrect() {
    let _s = init();
    on_worker(|| {
        let f = new_node(10, 1, false);
        let c = new_node(11, 0, false);
        // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
        unsafe { node_set(f, 0, c as usize) };
        ferrite_gc::register_finalizer(f);
        ferrite_gc::register_finalizer(f); // idempotent
        set_g(0, new_weak(f as usize) as usize);
        // A cycle of two finalizable objects.
        let a = new_node(20, 1, false);
        let b = new_node(21, 1, false);
        // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
        unsafe {
            node_set(a, 0, b as usize);
            node_set(b, 0, a as usize);
        }
        ferrite_gc::register_finalizer(a);
        ferrite_gc::register_finalizer(b);
    });
    ferrite_gc::collect();
    let mut got = Vec::new();
    while let Some(o) = ferrite_gc::pop_finalizable() {
        got.push(o);
    }
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    let mut ids: Vec<u64> = got.iter().map(|&o| unsafe { node_id(o) }).collect();
    ids.sort();
    assert_eq!(
        ids,
        vec![10, 20, 21],
        "every unreachable finalizable object queued once"
    );
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    let f = *got.iter().find(|&&o| unsafe { node_id(o) } == 10).unwrap();
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe {
        assert_eq!(
            node_id(node_get(f, 0) as *const Header),
            11,
            "referents survive"
        );
        assert_eq!(
            weak_get(g(0) as *const Header),
            f as usize,
            "weakref not cleared while finalizing"
        );
    }
    // Resurrect f: keep it alive for a while.
    set_g(1, f as usize);
    ferrite_gc::collect();
    assert!(ferrite_gc::pop_finalizable().is_none());
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { assert_eq!(weak_get(g(0) as *const Header), f as usize) };
    // Drop it again: now it dies for good, its finalizer is not queued again.
    set_g(1, 0);
    ferrite_gc::collect();
    assert!(
        ferrite_gc::pop_finalizable().is_none(),
        "finalizer ran only once"
    );
    // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
    unsafe { assert_eq!(weak_get(g(0) as *const Header), 0) };
    assert_eq!(ferrite_gc::pop_cleared_weakref(), Some(g(0) as *mut Header));
    set_g(0, 0);
    ferrite_gc::collect();
}

#[test]
fn destructors_run_exactly_once() {
    let _s = init();
    DROPS.lock().unwrap().clear();
    let created = on_worker(|| {
        let mut rng = Rng(42);
        let mut created = Vec::new();
        for i in 0..3000u64 {
            let id = (7 << 40) + i;
            let n = new_node(id, 1, true);
            created.push(id);
            // Root some of them (chained from GLOBALS[0]), drop others immediately.
            if rng.chance(30) {
                // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
                unsafe { node_set(n, 0, g(0)) };
                set_g(0, n as usize);
            }
            if rng.chance(2) {
                ferrite_gc::collect_minor();
            }
            if rng.chance(1) {
                set_g(0, 0);
                ferrite_gc::collect();
            }
        }
        created
    });
    ferrite_gc::collect_minor();
    set_g(0, 0);
    ferrite_gc::collect();
    ferrite_gc::collect();
    let mut drops: Vec<u64> = DROPS
        .lock()
        .unwrap()
        .iter()
        .copied()
        .filter(|d| d >> 40 == 7)
        .collect();
    drops.sort();
    let n = drops.len();
    drops.dedup();
    assert_eq!(n, drops.len(), "a destructor ran twice");
    assert_eq!(drops, created, "every destructor ran");
}

#[test]
fn object_ids_are_stable_and_unique() {
    let _s = init();
    let (id, ids) = on_worker(|| {
        let n = new_node(1, 0, false);
        let id = ferrite_gc::object_id(n);
        assert_eq!(ferrite_gc::object_id(n), id);
        set_g(0, n as usize);
        let mut ids = std::collections::HashSet::new();
        for i in 0..1000 {
            let m = new_node(i, 0, false);
            assert!(ids.insert(ferrite_gc::object_id(m)));
        }
        let o = new_old_node(2, 0);
        assert_eq!(ferrite_gc::object_id(o), o as usize);
        (id, ids.len())
    });
    assert_eq!(ids, 1000);
    ferrite_gc::collect_minor();
    assert!(!ferrite_gc::is_young(g(0) as *const Header));
    assert_eq!(ferrite_gc::object_id(g(0) as *const Header), id);
    ferrite_gc::collect();
    assert_eq!(ferrite_gc::object_id(g(0) as *const Header), id);
    set_g(0, 0);
    ferrite_gc::collect();
}

#[test]
fn blocked_threads_do_not_hold_up_collections() {
    let _s = init();
    let _g = setup();
    let stop = std::sync::Arc::new(std::sync::atomic::AtomicBool::new(false));
    let s2 = stop.clone();
    // One thread blocks (in a safe region) for a long time.
    let blocker = std::thread::spawn(move || {
        let _g = setup();
        let keep = new_node(99, 0, false);
        ferrite_gc::blocking(|| std::thread::sleep(std::time::Duration::from_millis(300)));
        ferrite_gc::enter_blocking();
        std::thread::sleep(std::time::Duration::from_millis(100));
        ferrite_gc::leave_blocking();
        // SAFETY: the objects are live test nodes/weakrefs (rooted in GLOBALS, pinned, or just returned by the gc).
        unsafe { assert_eq!(node_id(black_box(keep)), 99) };
    });
    // Another allocates and polls safepoints.
    let spinner = std::thread::spawn(move || {
        let _g = setup();
        let mut n = 0u64;
        while !s2.load(Ordering::Relaxed) {
            let x = new_node(n, 0, false);
            black_box(x);
            ferrite_gc::safepoint();
            n += 1;
        }
    });
    for _ in 0..50 {
        ferrite_gc::collect_minor();
    }
    ferrite_gc::collect();
    stop.store(true, Ordering::Relaxed);
    ferrite_gc::blocking(|| {
        blocker.join().unwrap();
        spinner.join().unwrap();
    });
}

#[test]
fn class_dying_with_its_instances() {
    let _s = init();
    class_dies_with_its_instances(9);
}
