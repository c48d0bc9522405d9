//! The model tests under FERRITE_GC_STRESS=1 (tiny nursery, a collection every few KiB of
//! allocation, so collections land in the middle of mutations and pin stack-held objects;
//! freed memory poisoned).
mod common;
use common::model::Model;
use common::*;

#[test]
fn model_under_stress_mode() {
    // The heap reads its configuration once, on first use, which is below.
    std::env::set_var("FERRITE_GC_STRESS", "1");
    let _s = serial();
    let _g = setup();
    assert!(ferrite_gc::is_stress_mode());
    let before = ferrite_gc::stats();
    let mut m = Model::new(0x57e55, 1 << 40);
    m.run(80_000 * soak(), 200);
    drop(_g);
    let handles: Vec<_> = (0..4u64)
        .map(|t| {
            std::thread::spawn(move || {
                let _g = setup();
                let mut m = Model::new(0x77 + t, (t + 2) << 40);
                m.run(30_000 * soak(), 200);
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let after = ferrite_gc::stats();
    let minor = after.minor_collections - before.minor_collections;
    let major = after.major_collections - before.major_collections;
    eprintln!(
        "stress: {minor} minor, {major} major, {} pinned",
        after.objects_pinned
    );
    assert!(minor > 2000);
    assert!(major > 200);
    assert!(after.objects_pinned > 0);
    // Destructors read the Kind of a class that died in the same collection, with freed
    // memory poisoned.
    class_dies_with_its_instances(11);
}
