//! Nothing leaks: bytes in use return to the baseline after dropping every root and collecting
//! twice (its own process, so no other test's objects are around).
mod common;
use common::model::Model;
use common::*;
use std::sync::atomic::Ordering;

#[test]
fn bytes_in_use_return_to_baseline() {
    let _s = serial();
    drop(setup());
    ferrite_gc::collect();
    ferrite_gc::collect();
    let base = ferrite_gc::stats();
    for round in 0..3u64 {
        std::thread::spawn(move || {
            let _g = setup();
            let mut m = Model::new(round, (round + 1) << 40);
            m.run(20_000, 50);
            // Leave a big graph reachable only from a precise global, plus large objects.
            let big = ferrite_gc::alloc(
                NODE.load(Ordering::Relaxed) as *const _,
                NODE_FIXED + 8 * 3000,
            );
            // SAFETY: `big` is a freshly allocated node with room for 3000 slots.
            unsafe {
                *((big as usize + 16) as *mut usize) = 1;
                *((big as usize + 24) as *mut usize) = 3000;
                for i in 0..3000 {
                    node_set(big, i, m.roots.get(i % m.roots.len().max(1)));
                }
            }
            GLOBALS[0].store(big as usize, Ordering::Relaxed);
            // Young objects held only by this stack get pinned (retained nursery blocks).
            let a = std::hint::black_box(new_node(5, 0, true));
            let b = std::hint::black_box(new_node(6, 1, false));
            // SAFETY: `big` is a freshly allocated node with room for 3000 slots.
            unsafe { node_set(b, 0, a as usize) };
            ferrite_gc::collect_minor();
            assert!(!ferrite_gc::is_young(std::hint::black_box(b)));
        })
        .join()
        .unwrap();
        ferrite_gc::collect_minor();
        let mid = ferrite_gc::stats();
        assert!(mid.bytes_in_use > base.bytes_in_use);
        GLOBALS[0].store(0, Ordering::Relaxed);
        ferrite_gc::collect();
        ferrite_gc::collect();
        let after = ferrite_gc::stats();
        eprintln!(
            "round {round}: baseline {} B, with graph {} B, after {} B (pinned so far {})",
            base.bytes_in_use, mid.bytes_in_use, after.bytes_in_use, after.objects_pinned
        );
        assert_eq!(
            after.bytes_in_use, base.bytes_in_use,
            "heap did not return to baseline"
        );
        assert_eq!(after.young_bytes, 0);
        assert!(after.objects_pinned >= 2 * (round + 1));
    }
}
