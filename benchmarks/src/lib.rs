//! ferrite-bench: Ferrite's benchmark suite runner and runtime comparison harness.
//!
//! The binary (src/main.rs) is a thin command line over these modules; the integration test in
//! tests/ uses them to run every program under CPython 3.12.

pub mod check;
pub mod compare;
pub mod csv;
pub mod process;
pub mod programs;
pub mod pyperf;
pub mod report;
pub mod runtimes;
pub mod stats;
pub mod suite;
pub mod svg;
pub mod timeutil;
