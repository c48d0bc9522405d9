//! Every module the standard-library issue names imports under ferrite: `ferrite -c "import M"`
//! exits 0 with no stderr. Modules that are known not to import yet are listed in
//! `NOT_YET` with the reason; the test fails if one of them starts importing (so the list only
//! shrinks) or if any other module fails.

use std::process::Command;

/// The built-in (Rust) modules of the part (4).
const BUILTIN: &[&str] = &[
    "builtins",
    "sys",
    "_io",
    "posix",
    "_thread",
    "_weakref",
    "_abc",
    "_functools",
    "_collections",
    "itertools",
    "_operator",
    "math",
    "cmath",
    "time",
    "_random",
    "_struct",
    "_sre",
    "_codecs",
    "_string",
    "_json",
    "_heapq",
    "_bisect",
    "array",
    "binascii",
    "_stat",
    "errno",
    "_signal",
    "_locale",
    "unicodedata",
    "zlib",
    "_md5",
    "_sha1",
    "_sha2",
    "_sha3",
    "_blake2",
    "_contextvars",
    "_typing",
    "_warnings",
    "atexit",
    "gc",
    "_tokenize",
    "select",
    "_socket",
    "marshal",
    "_imp",
    "_ast",
    "_csv",
];

/// The Lib modules of part (5).
const LIB: &[&str] = &[
    "os",
    "os.path",
    "pathlib",
    "shutil",
    "tempfile",
    "glob",
    "io",
    "re",
    "json",
    "random",
    "functools",
    "itertools",
    "collections",
    "decimal",
    "datetime",
    "fractions",
    "statistics",
    "pickle",
    "copy",
    "dataclasses",
    "enum",
    "typing",
    "abc",
    "collections.abc",
    "contextlib",
    "logging",
    "argparse",
    "unittest",
    "doctest",
    "textwrap",
    "string",
    "pprint",
    "traceback",
    "inspect",
    "timeit",
    "csv",
    "base64",
    "heapq",
    "bisect",
    "queue",
    "threading",
    "concurrent.futures",
    "asyncio",
    "struct",
    "weakref",
    "warnings",
    "importlib",
    "importlib.util",
    "importlib.machinery",
    "runpy",
    "hashlib",
    "operator",
    "types",
];

/// Modules that do not import yet, and why.
const NOT_YET: &[(&str, &str)] = &[];

/// An empty working directory: `-c` puts the current directory first on sys.path, and a
/// stray `io.py` or `json.py` in a shared temp dir would shadow the Lib.
fn empty_dir() -> std::path::PathBuf {
    let d = std::env::temp_dir().join(format!("ferrite-stdlib-imports-{}", std::process::id()));
    std::fs::create_dir_all(&d).expect("temp dir");
    d
}

fn ferrite_import(m: &str) -> Result<(), String> {
    let out = Command::new(env!("CARGO_BIN_EXE_ferrite"))
        .args(["-c", &format!("import {m}")])
        .current_dir(empty_dir())
        .output()
        .map_err(|e| e.to_string())?;
    let err = String::from_utf8_lossy(&out.stderr);
    if out.status.success() && err.trim().is_empty() {
        Ok(())
    } else {
        Err(err.lines().last().unwrap_or("(no stderr)").to_string())
    }
}

#[test]
fn every_listed_module_imports() {
    let mut failures = Vec::new();
    let mut unexpected_passes = Vec::new();
    for &m in BUILTIN.iter().chain(LIB) {
        let expected_fail = NOT_YET.iter().any(|(n, _)| *n == m);
        match (ferrite_import(m), expected_fail) {
            (Ok(()), true) => unexpected_passes.push(m),
            (Err(e), false) => failures.push(format!("{m}: {e}")),
            _ => {}
        }
    }
    assert!(
        failures.is_empty() && unexpected_passes.is_empty(),
        "modules failing to import:\n  {}\nlisted in NOT_YET but importing now: {:?}",
        failures.join("\n  "),
        unexpected_passes
    );
}
