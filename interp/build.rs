//! Fingerprints everything that shapes compiled code objects (the compiler, the bytecode
//! definition, the loader and the code-cache format, the parser version in Cargo.lock) into
//! `$OUT_DIR/code_format_hash.rs`. The code cache (`src/codecache.rs`) derives the `.pyc` magic
//! number from it, so caches written by a build whose compiler could differ are never used.

use std::path::{Path, PathBuf};

fn collect(p: &Path, out: &mut Vec<PathBuf>) {
    if p.is_dir() {
        let mut entries: Vec<PathBuf> = std::fs::read_dir(p)
            .unwrap_or_else(|e| panic!("reading {}: {e}", p.display()))
            .map(|e| e.unwrap().path())
            .collect();
        entries.sort();
        for e in entries {
            collect(&e, out);
        }
    } else if p.extension().is_some_and(|x| x == "rs" || x == "lock") {
        out.push(p.to_path_buf());
    }
}

fn main() {
    let inputs = [
        "src/compile",
        "src/bytecode.rs",
        "src/loader.rs",
        "src/codecache.rs",
        "src/run.rs",
        "../Cargo.lock",
    ];
    let mut files = Vec::new();
    for i in inputs {
        println!("cargo:rerun-if-changed={i}");
        collect(Path::new(i), &mut files);
    }
    // FNV-1a, 128 bits, over (path, length, contents) of each file in a fixed order.
    let mut h: u128 = 0x6c62272e07bb014262b821756295c58d;
    let mut feed = |bytes: &[u8]| {
        for &b in bytes {
            h ^= b as u128;
            h = h.wrapping_mul(0x0000000001000000000000000000013B);
        }
    };
    for f in &files {
        let data = std::fs::read(f).unwrap_or_else(|e| panic!("reading {}: {e}", f.display()));
        feed(f.to_string_lossy().as_bytes());
        feed(&(data.len() as u64).to_le_bytes());
        feed(&data);
    }
    let out = PathBuf::from(std::env::var("OUT_DIR").unwrap()).join("code_format_hash.rs");
    let bytes = h.to_le_bytes();
    std::fs::write(out, format!("{bytes:?}\n")).unwrap();
}
