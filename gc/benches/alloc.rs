//! Small-object allocation: nursery bump + minor collections at 10% survival, against
//! `Box::new`/drop of the same size with the same survival pattern; and the pause of a minor
//! collection of a full 4 MiB nursery.

use std::hint::black_box;
use std::sync::atomic::Ordering;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ferrite_gc::{Header, Kind, RootedVec, Tracer, HEADER_SIZE};

const OBJ: usize = 32;
const NURSERY: usize = 4 << 20;
/// Live slots: 10% of the objects a 4 MiB nursery holds survive a minor collection.
const RING: usize = NURSERY / OBJ / 10;
const BATCH: u64 = 10_000;

unsafe fn size32(_h: *const Header) -> usize {
    OBJ
}
unsafe fn trace_none(_h: *mut Header, _t: &mut Tracer) {}
unsafe fn size24(_h: *const Header) -> usize {
    24
}
static OBJ_KIND: Kind = Kind {
    name: "obj",
    size: size32,
    trace: trace_none,
    drop: None,
};
static TYPE_KIND: Kind = Kind {
    name: "type",
    size: size24,
    trace: trace_none,
    drop: None,
};

fn make_class() -> *const Header {
    let ty = ferrite_gc::alloc_old(std::ptr::null(), 24);
    // SAFETY: fresh 24-byte objects; word 2 holds the Kind.
    unsafe {
        (*ty).class.store(ty as usize, Ordering::Relaxed);
        *((ty as usize + HEADER_SIZE) as *mut &'static Kind) = &TYPE_KIND;
        let c = ferrite_gc::alloc_old(ty, 24);
        *((c as usize + HEADER_SIZE) as *mut &'static Kind) = &OBJ_KIND;
        c
    }
}

fn benches(c: &mut Criterion) {
    let _g = ferrite_gc::register_thread();
    let class = make_class();
    let mut ring = RootedVec::with_capacity(RING);
    ring.push(class as usize); // keeps the class alive
    for _ in 0..RING {
        ring.push(0);
    }
    let mut j = 1;
    let mut group = c.benchmark_group("alloc32_10pct_survival");
    group.throughput(Throughput::Elements(BATCH));
    group.bench_function("gc_nursery", |b| {
        b.iter(|| {
            for i in 0..BATCH {
                let o = ferrite_gc::alloc(class, OBJ);
                if i % 10 == 0 {
                    ring.set(j, o as usize);
                    j = if j == RING { 1 } else { j + 1 };
                }
                black_box(o);
            }
        })
    });
    let mut boxes: Vec<Option<Box<[u64; 4]>>> = (0..RING).map(|_| None).collect();
    let mut k = 0;
    group.bench_function("box_new_drop", |b| {
        b.iter(|| {
            for i in 0..BATCH {
                let o = Box::new([i; 4]);
                let o = black_box(o);
                if i % 10 == 0 {
                    boxes[k] = Some(o);
                    k = (k + 1) % RING;
                }
            }
        })
    });
    group.finish();
    drop(boxes);

    // Minor-collection pause for a full 4 MiB nursery with 10% survival.
    let mut pauses = Vec::new();
    let mut group = c.benchmark_group("minor_gc");
    group.sample_size(30);
    group.bench_function("pause_4MiB_nursery_10pct", |b| {
        b.iter_custom(|iters| {
            let mut total = Duration::ZERO;
            for it in 0..iters {
                if it % 16 == 0 {
                    ferrite_gc::collect_major();
                }
                ferrite_gc::collect_minor();
                let n = (NURSERY - 64 * 1024) / OBJ;
                for i in 0..n {
                    let o = ferrite_gc::alloc(class, OBJ);
                    if i % 10 == 0 {
                        ring.set(j, o as usize);
                        j = if j == RING { 1 } else { j + 1 };
                    }
                }
                let t = Instant::now();
                ferrite_gc::collect_minor();
                let d = t.elapsed();
                pauses.push(d);
                total += d;
            }
            total
        })
    });
    group.finish();
    pauses.sort();
    let s = ferrite_gc::stats();
    println!(
        "minor_gc pause (4 MiB nursery, 10% survival): median {:?}, p90 {:?}, max {:?} over {} collections; promoted {} MiB total",
        pauses[pauses.len() / 2],
        pauses[pauses.len() * 9 / 10],
        pauses[pauses.len() - 1],
        pauses.len(),
        s.bytes_promoted >> 20
    );
}

criterion_group! {
    name = alloc;
    config = Criterion::default().warm_up_time(Duration::from_secs(1)).measurement_time(Duration::from_secs(3));
    targets = benches
}
criterion_main!(alloc);
