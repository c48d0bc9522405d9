//! The compiled-code cache across processes: a first `ferrite` importing a module writes
//! `__pycache__/<mod>.ferrite-312.pyc` (never CPython's `cpython-312.pyc` name) with importlib's
//! header and Ferrite's magic number; a second process loads the module from that file (shown by
//! splicing another code object under the same header, and by a corrupt body being an error
//! while a truncated header is recompiled); editing the source invalidates it; `-B` and
//! PYTHONDONTWRITEBYTECODE stop writing; a cache directory that cannot be written is ignored.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ferrite-codecache-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn ferrite(dir: &Path, args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut c = Command::new(env!("CARGO_BIN_EXE_ferrite"));
    c.args(args)
        .current_dir(dir)
        .env_remove("PYTHONDONTWRITEBYTECODE")
        .env_remove("PYTHONPYCACHEPREFIX")
        .env("PYTHONHASHSEED", "0");
    for (k, v) in env {
        c.env(k, v);
    }
    c.output().unwrap()
}

fn stdout_ok(o: &Output) -> String {
    assert!(
        o.status.success(),
        "ferrite failed: {}\n{}",
        o.status,
        String::from_utf8_lossy(&o.stderr)
    );
    String::from_utf8_lossy(&o.stdout).into_owned()
}

fn import_mod(dir: &Path, env: &[(&str, &str)]) -> Output {
    ferrite(
        dir,
        &["-c", "import cachedmod; print(cachedmod.VALUE)"],
        env,
    )
}

fn magic(dir: &Path) -> Vec<u8> {
    let o = ferrite(
        dir,
        &[
            "-c",
            "import importlib.util; print(importlib.util.MAGIC_NUMBER.hex())",
        ],
        &[],
    );
    let hex = stdout_ok(&o);
    let hex = hex.trim();
    (0..hex.len())
        .step_by(2)
        .map(|i| u8::from_str_radix(&hex[i..i + 2], 16).unwrap())
        .collect()
}

fn check_cache_reused_and_invalidated(stress: bool) {
    let d = scratch(if stress { "stress" } else { "plain" });
    let env: &[(&str, &str)] = if stress {
        &[("FERRITE_GC_STRESS", "1")]
    } else {
        &[]
    };
    let src = d.join("cachedmod.py");
    std::fs::write(&src, "VALUE = 'from source'\n").unwrap();
    let pyc = d.join("__pycache__/cachedmod.ferrite-312.pyc");

    // first process: compiles and writes the cache
    assert_eq!(stdout_ok(&import_mod(&d, env)), "from source\n");
    let data = std::fs::read(&pyc).expect("the first import writes the .ferrite-312.pyc");
    assert!(!d.join("__pycache__/cachedmod.cpython-312.pyc").exists());
    let m = magic(&d);
    assert_eq!(m.len(), 4);
    assert_eq!(
        &data[..4],
        &m[..],
        "header starts with importlib.util.MAGIC_NUMBER"
    );
    assert_ne!(&data[..4], b"\xcb\r\r\n", "not CPython 3.12's magic number");
    assert_eq!(&data[4..8], &[0, 0, 0, 0], "timestamp-based pyc");
    let size = std::fs::metadata(&src).unwrap().len() as u32;
    assert_eq!(&data[12..16], &size.to_le_bytes());

    // second process: the module comes from the cache. Put another code object (marshalled by
    // ferrite itself) under the unchanged header: the import runs that one.
    let body = ferrite(
        &d,
        &[
            "-c",
            "import marshal, sys; sys.stdout.buffer.write(marshal.dumps(compile(\"VALUE = 'from cache'\", 'cachedmod.py', 'exec')))",
        ],
        &[],
    );
    assert!(body.status.success());
    let mut spliced = data[..16].to_vec();
    spliced.extend_from_slice(&body.stdout);
    std::fs::write(&pyc, &spliced).unwrap();
    assert_eq!(stdout_ok(&import_mod(&d, env)), "from cache\n");

    // a corrupt body under a current header is marshal's error (as CPython's)...
    std::fs::write(&pyc, [&data[..16], &data[16..20]].concat()).unwrap();
    let o = import_mod(&d, env);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("EOFError") || err.contains("ValueError"),
        "{err}"
    );

    // a body from another build (its format hash differs) under a current header is refused
    let mut foreign = data.clone();
    foreign[17] ^= 0xff;
    std::fs::write(&pyc, &foreign).unwrap();
    let o = import_mod(&d, env);
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(
        err.contains("ValueError") && err.contains("another build"),
        "{err}"
    );

    // ...while a cache truncated inside its header is recompiled and rewritten
    std::fs::write(&pyc, &data[..10]).unwrap();
    assert_eq!(stdout_ok(&import_mod(&d, env)), "from source\n");
    assert_eq!(std::fs::read(&pyc).unwrap(), data);

    // a cache with another magic number (CPython's, or another Ferrite build's) is ignored
    std::fs::write(&pyc, [&b"\xcb\r\r\n"[..], &spliced[4..]].concat()).unwrap();
    assert_eq!(stdout_ok(&import_mod(&d, env)), "from source\n");
    assert_eq!(std::fs::read(&pyc).unwrap(), data);

    // editing the source invalidates the cache (the header records its size and mtime)
    std::fs::write(&pyc, &spliced).unwrap();
    std::fs::write(&src, "VALUE = 'edited source'\n").unwrap();
    assert_eq!(stdout_ok(&import_mod(&d, env)), "edited source\n");
    let rewritten = std::fs::read(&pyc).unwrap();
    let size = std::fs::metadata(&src).unwrap().len() as u32;
    assert_eq!(&rewritten[12..16], &size.to_le_bytes());
    assert_eq!(stdout_ok(&import_mod(&d, env)), "edited source\n");
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn second_process_uses_the_cache_and_edits_invalidate_it() {
    check_cache_reused_and_invalidated(false);
}

#[test]
fn cache_works_under_gc_stress() {
    check_cache_reused_and_invalidated(true);
}

#[test]
fn dont_write_bytecode_options_and_unwritable_cache_dirs() {
    let d = scratch("nowrite");
    std::fs::write(d.join("cachedmod.py"), "VALUE = 7\n").unwrap();
    let cache_dir = d.join("__pycache__");
    let flags = "import sys; print(sys.dont_write_bytecode, sys.flags.dont_write_bytecode)";

    assert_eq!(stdout_ok(&ferrite(&d, &["-c", flags], &[])), "False 0\n");
    assert_eq!(
        stdout_ok(&ferrite(&d, &["-B", "-c", flags], &[])),
        "True 1\n"
    );
    let env = [("PYTHONDONTWRITEBYTECODE", "1")];
    assert_eq!(stdout_ok(&ferrite(&d, &["-c", flags], &env)), "True 1\n");
    assert_eq!(
        stdout_ok(&ferrite(&d, &["-E", "-c", flags], &env)),
        "False 0\n"
    );

    assert_eq!(
        stdout_ok(&ferrite(
            &d,
            &["-B", "-c", "import cachedmod; print(cachedmod.VALUE)"],
            &[]
        )),
        "7\n"
    );
    assert_eq!(stdout_ok(&import_mod(&d, &env)), "7\n");
    assert!(
        !cache_dir.exists(),
        "-B / PYTHONDONTWRITEBYTECODE write no cache"
    );

    // a __pycache__ that cannot be created (a file is in the way): the import still works
    std::fs::write(&cache_dir, "not a directory").unwrap();
    assert_eq!(stdout_ok(&import_mod(&d, &[])), "7\n");
    std::fs::remove_file(&cache_dir).unwrap();

    // PYTHONPYCACHEPREFIX / -X pycache_prefix move the cache out of the source tree
    let prefix = d.join("prefix");
    let p = prefix.to_string_lossy().into_owned();
    let o = ferrite(
        &d,
        &["-X", &format!("pycache_prefix={p}"), "-c", "import sys, cachedmod; print(sys.pycache_prefix == sys.argv[1] if len(sys.argv) > 1 else sys.pycache_prefix is not None)"],
        &[],
    );
    assert_eq!(stdout_ok(&o), "True\n");
    assert!(!cache_dir.exists());
    let mut found = false;
    for e in walk(&prefix) {
        if e.to_string_lossy().ends_with("cachedmod.ferrite-312.pyc") {
            found = true;
        }
    }
    assert!(found, "the cache is written under the prefix");
    let _ = std::fs::remove_dir_all(&d);
}

fn walk(p: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    if let Ok(rd) = std::fs::read_dir(p) {
        for e in rd.flatten() {
            let path = e.path();
            if path.is_dir() {
                out.extend(walk(&path));
            } else {
                out.push(path);
            }
        }
    }
    out
}
