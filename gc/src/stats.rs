//! Collector statistics (backing Python's `gc.get_stats()` / `gc.get_count()`).

/// A snapshot of the collector's counters. Byte counts are cumulative unless noted.
#[derive(Clone, Debug, Default)]
pub struct Stats {
    /// Collections that only collected the nursery.
    pub minor_collections: u64,
    /// Full collections (nursery and old generation).
    pub major_collections: u64,
    /// Bytes allocated (nursery and old).
    pub bytes_allocated: u64,
    /// Bytes of young objects copied to the old generation.
    pub bytes_promoted: u64,
    /// Young objects copied to the old generation.
    pub objects_promoted: u64,
    /// Young objects pinned in place (conservative roots) and promoted without moving.
    pub objects_pinned: u64,
    /// Bytes reclaimed.
    pub bytes_freed: u64,
    /// Objects reclaimed.
    pub objects_freed: u64,
    /// Objects reclaimed by minor collections (Python's generation 0 "collected").
    pub minor_objects_freed: u64,
    /// Objects reclaimed by major collections (Python's generation 2 "collected").
    pub major_objects_freed: u64,
    /// Now: bytes of old-generation space in use plus nursery blocks in use.
    pub bytes_in_use: u64,
    /// Now: bytes of nursery blocks in use (allocated since the last collection).
    pub young_bytes: u64,
    /// Now: bytes of old-generation space in use.
    pub old_bytes: u64,
    /// Now: the old-generation size that triggers the next automatic major collection.
    pub next_major_bytes: u64,
    /// Minor collections since the last major one (Python's generation-1 count).
    pub minor_since_major: u64,
    /// Finalizers queued so far.
    pub finalizers_queued: u64,
    /// Weak references cleared so far.
    pub weakrefs_cleared: u64,
    pub total_pause_ns: u64,
    pub max_pause_ns: u64,
    pub last_pause_ns: u64,
    pub total_minor_pause_ns: u64,
    pub total_major_pause_ns: u64,
}
