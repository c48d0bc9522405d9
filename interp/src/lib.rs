//! Compiler and eval loop. See docs/ARCHITECTURE.md.
