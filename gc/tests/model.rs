//! Model-based tests: random graphs mutated with write barriers, checked against a shadow model
//! after every collection.
mod common;
use common::model::Model;
use common::*;

#[test]
fn model_single_thread() {
    let _s = serial();
    let _g = setup();
    let before = ferrite_gc::stats();
    let mut m = Model::new(0x5eed_0001, 1 << 40);
    m.run(60_000 * soak(), 20);
    let after = ferrite_gc::stats();
    eprintln!(
        "single: {} collections, {} minor, {} major, promoted {} B, pinned {}",
        m.collections,
        after.minor_collections - before.minor_collections,
        after.major_collections - before.major_collections,
        after.bytes_promoted - before.bytes_promoted,
        after.objects_pinned - before.objects_pinned
    );
    assert!(m.collections >= 2000);
}

#[test]
fn model_four_threads() {
    let _s = serial();
    let _g = setup();
    drop(_g);
    let handles: Vec<_> = (0..4u64)
        .map(|t| {
            std::thread::spawn(move || {
                let _g = setup();
                let mut m = Model::new(0xabc0 + t, (t + 2) << 40);
                m.run(25_000 * soak(), 25);
                m.collections
            })
        })
        .collect();
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    eprintln!("four threads: {total} collections requested");
    assert!(total >= 3000);
}

/// Four threads store young objects into one shared old object (concurrent write barriers on
/// the same object) and check their slots after every collection.
#[test]
fn shared_old_object_four_threads() {
    use std::sync::atomic::Ordering;
    const K: usize = 64;
    let _s = serial();
    let g = setup();
    let hub = new_old_node(0, 4 * K);
    GLOBALS[10].store(hub as usize, Ordering::Relaxed);
    drop(g);
    let handles: Vec<_> = (0..4usize)
        .map(|t| {
            std::thread::spawn(move || {
                let _g = setup();
                let mut rng = Rng(t as u64 + 99);
                let mut expect = vec![0u64; K];
                let hub = GLOBALS[10].load(Ordering::Relaxed) as *mut ferrite_gc::Header;
                for n in 0..20_000 * soak() {
                    let i = rng.below(K);
                    let id = ((t as u64 + 1) << 32) | n as u64;
                    let node = new_node(id, 1, rng.chance(20));
                    // SAFETY: the hub is an old node rooted in GLOBALS; its slots hold this thread's live nodes.
                    unsafe { node_set(hub, t * K + i, node as usize) };
                    expect[i] = id;
                    if rng.chance(1) {
                        if rng.chance(20) {
                            ferrite_gc::collect_major();
                        } else {
                            ferrite_gc::collect_minor();
                        }
                        assert!(!ferrite_gc::is_young(hub));
                        for (j, &e) in expect.iter().enumerate() {
                            // SAFETY: the hub is an old node rooted in GLOBALS; its slots hold this thread's live nodes.
                            let v = unsafe { node_get(hub, t * K + j) };
                            if e == 0 {
                                assert_eq!(v, 0);
                            } else {
                                // SAFETY: the hub is an old node rooted in GLOBALS; its slots hold this thread's live nodes.
                                assert_eq!(unsafe { node_id(v as *const _) }, e);
                            }
                        }
                    }
                    ferrite_gc::safepoint();
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    GLOBALS[10].store(0, Ordering::Relaxed);
}
