//! The object model. See docs/ARCHITECTURE.md.
