//! Every suite program, run by CPython 3.12 at its small size (plain and with --inner=2), must
//! print exactly the result line recorded in programs/expected/<name>.txt.
//! CPython 3.12 is required: the test fails, naming the places it looked, when it is missing.

use ferrite_bench::check::{check_all, describe, Outcome};
use ferrite_bench::programs::{default_programs_dir, discover};
use ferrite_bench::runtimes::{find_cpython312, Runtime};
use std::time::Duration;

#[test]
fn every_program_matches_recorded_cpython_output() {
    let python = match find_cpython312() {
        Ok(p) => p,
        Err(e) => panic!("{e}"),
    };
    let rt = Runtime {
        name: "python3.12".into(),
        argv: vec![python.display().to_string()],
    };
    let dir = default_programs_dir();
    let programs = discover(&dir).expect("benchmarks/programs is readable");
    assert!(
        programs.len() >= 25,
        "expected at least 25 programs, found {}",
        programs.len()
    );
    let results = check_all(&rt, &programs, &dir, 2, 2, Duration::from_secs(120));
    let failures: Vec<String> = results
        .iter()
        .filter(|r| r.outcome != Outcome::Pass)
        .map(describe)
        .collect();
    assert!(
        failures.is_empty(),
        "{} of {} programs failed under {}:\n{}\n(re-record with `cargo run -p ferrite-bench -- expect` only if the program itself changed)",
        failures.len(),
        results.len(),
        python.display(),
        failures.join("\n")
    );
}

#[test]
fn programs_avoid_python_310_syntax_and_heavy_imports() {
    // The programs must also run on PyPy 3.9 and on Ferrite's young standard library.
    let allowed = ["sys", "time", "re", "dataclasses"];
    for p in discover(&default_programs_dir()).unwrap() {
        let src = std::fs::read_to_string(&p.path).unwrap();
        for line in src.lines() {
            let t = line.trim_start();
            assert!(!t.starts_with("match "), "{}: match statement", p.name);
            let module = t
                .strip_prefix("import ")
                .or_else(|| t.strip_prefix("from "))
                .map(|rest| rest.split([' ', '.', ',']).next().unwrap_or(""));
            if let Some(m) = module {
                assert!(
                    allowed.contains(&m),
                    "{}: imports '{m}' (allowed: {allowed:?})",
                    p.name
                );
            }
        }
        assert!(
            src.contains("--inner="),
            "{}: no inner-iteration mode",
            p.name
        );
    }
}
