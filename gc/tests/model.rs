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
    m.run(60_000, 20);
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
                m.run(25_000, 25);
                m.collections
            })
        })
        .collect();
    let total: usize = handles.into_iter().map(|h| h.join().unwrap()).sum();
    eprintln!("four threads: {total} collections requested");
    assert!(total >= 3000);
}
