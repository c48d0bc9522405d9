//! Tunables, read once from the environment.
//!
//! Defaults and why:
//! - `FERRITE_GC_NURSERY` (bytes, default 4 MiB per registered thread): large enough that most
//!   short-lived objects (boxed floats, frames, iterators) die before a minor collection, small
//!   enough that the surviving ~5-10% is copied out of a cache-sized region. PyPy picks a
//!   nursery of the same order (half the last-level cache).
//! - `FERRITE_GC_MAJOR_FACTOR` (default 1.8): a major collection starts when the old generation
//!   reaches 1.8x its size after the previous major one. Each major collection costs O(live);
//!   with factor F it is paid once per (F-1)*live promoted bytes, so 1.8 bounds the marking work
//!   to ~1.25 bytes traced per byte promoted while keeping peak old-generation memory under
//!   ~1.8x the live data (PyPy uses 1.82, Go's GOGC=100 is 2.0).
//! - `FERRITE_GC_MIN_MAJOR` (bytes, default 8 MiB): no automatic major collection below this
//!   old-generation size (tiny heaps would otherwise collect constantly while starting up).
//! - `FERRITE_GC_STRESS=1`: a one-block (32 KiB) nursery, a minor collection every time a
//!   thread's 4 KiB allocation chunk runs out (every ~100 small objects), every 8th collection
//!   major, and freed young/old memory poisoned with 0xDEADBEEF words.
//! - `FERRITE_GC_MAX_HEAP` (bytes, default 64 GiB): address space reserved for the heap
//!   (reserved only; memory is committed as it is used).

use crate::region::BLOCK_SIZE;

#[derive(Clone, Debug)]
pub(crate) struct Config {
    pub nursery_per_thread: usize,
    pub major_factor: f64,
    pub min_major: usize,
    pub stress: bool,
    pub stress_chunk: usize,
    pub stress_major_every: u64,
    pub max_heap: usize,
}

fn env_usize(name: &str) -> Option<usize> {
    std::env::var(name).ok()?.trim().parse().ok()
}

impl Config {
    pub fn from_env() -> Config {
        let stress = matches!(std::env::var("FERRITE_GC_STRESS").as_deref(), Ok(v) if v != "0" && !v.is_empty());
        let nursery =
            env_usize("FERRITE_GC_NURSERY").unwrap_or(if stress { BLOCK_SIZE } else { 4 << 20 });
        let factor = std::env::var("FERRITE_GC_MAJOR_FACTOR")
            .ok()
            .and_then(|v| v.trim().parse::<f64>().ok())
            .filter(|f| *f > 1.0)
            .unwrap_or(1.8);
        Config {
            nursery_per_thread: nursery.max(BLOCK_SIZE),
            major_factor: factor,
            min_major: env_usize("FERRITE_GC_MIN_MAJOR").unwrap_or(if stress {
                0
            } else {
                8 << 20
            }),
            stress,
            stress_chunk: 4096,
            stress_major_every: 8,
            max_heap: env_usize("FERRITE_GC_MAX_HEAP")
                .unwrap_or(64 << 30)
                .max(64 * BLOCK_SIZE),
        }
    }
}
