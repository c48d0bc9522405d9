//! Helpers shared by the integration tests that run CPython next to ferrite.

use std::path::{Path, PathBuf};

/// CPython 3.12: $FERRITE_BENCH_CPYTHON (set by .ci/run), else the newest
/// ~/.pyenv/versions/3.12.*/bin/python3.12.
pub fn cpython() -> PathBuf {
    if let Ok(p) = std::env::var("FERRITE_BENCH_CPYTHON") {
        return PathBuf::from(p);
    }
    let home = std::env::var("HOME").expect("HOME");
    let mut vs: Vec<PathBuf> = std::fs::read_dir(Path::new(&home).join(".pyenv/versions"))
        .expect("CPython 3.12 under ~/.pyenv/versions")
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with("3.12"))
        .map(|e| e.path().join("bin/python3.12"))
        .collect();
    vs.sort();
    vs.pop().expect("a CPython 3.12 install")
}
