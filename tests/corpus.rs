//! Checks the differential corpus is well-formed: every case has CPython's expected stdout and
//! status beside it, and the status file holds an exit code and one stderr line.
//! (The runner that executes each case under ferrite and compares lands with the eval loop.)

use std::path::{Path, PathBuf};

fn cases(dir: &Path, out: &mut Vec<PathBuf>) {
    for e in std::fs::read_dir(dir).unwrap() {
        let p = e.unwrap().path();
        if p.is_dir() {
            // directories starting with '_' hold modules that cases import, not cases
            if !p
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('_'))
            {
                cases(&p, out);
            }
        } else if p.extension().is_some_and(|x| x == "py") {
            out.push(p);
        }
    }
}

#[test]
fn every_case_has_expected_output_and_status() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    let mut all = Vec::new();
    cases(&root, &mut all);
    assert!(all.len() >= 400, "only {} cases", all.len());
    let mut bad = Vec::new();
    for py in &all {
        let out = py.with_extension("out");
        let status = py.with_extension("status");
        if !out.exists() {
            bad.push(format!("{}: missing .out", py.display()));
            continue;
        }
        match std::fs::read_to_string(&status) {
            Err(_) => bad.push(format!("{}: missing .status", py.display())),
            Ok(s) => {
                let first = s.lines().next().unwrap_or("");
                if first.parse::<i32>().is_err() {
                    bad.push(format!(
                        "{}: status line 1 is not an exit code: {first:?}",
                        py.display()
                    ));
                }
                if s.lines().count() > 2 {
                    bad.push(format!("{}: status has more than two lines", py.display()));
                }
            }
        }
    }
    assert!(bad.is_empty(), "malformed cases:\n{}", bad.join("\n"));
}

#[test]
fn every_topic_has_error_cases() {
    // each topic directory must pin at least one exception message or non-zero exit
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cases");
    for e in std::fs::read_dir(&root).unwrap() {
        let dir = e.unwrap().path();
        if !dir.is_dir() {
            continue;
        }
        let mut found = false;
        let mut files = Vec::new();
        cases(&dir, &mut files);
        for py in files {
            let out = std::fs::read_to_string(py.with_extension("out")).unwrap_or_default();
            let status = std::fs::read_to_string(py.with_extension("status")).unwrap_or_default();
            if out.contains("Error") || out.contains("Exception") || !status.starts_with("0\n") {
                found = true;
                break;
            }
        }
        assert!(found, "topic {} has no error cases", dir.display());
    }
}
