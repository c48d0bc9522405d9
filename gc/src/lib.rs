//! The heap. See docs/ARCHITECTURE.md.
