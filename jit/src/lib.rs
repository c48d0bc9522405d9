//! Tracing JIT: not built yet. The interpreter reaches it through a hook trait.
