//! The differential suite: every `tests/cases/**/*.py` runs under ferrite and must give
//! CPython 3.12's stdout, exit status and last stderr line (committed beside it by
//! tests/regen.sh). Each case runs in two modes: normal, and under GC stress
//! (`FERRITE_GC_STRESS=1`). Cases listed in tests/known_failures.txt are expected to fail
//! (work not done yet); one of them passing is an error too, so the list only shrinks.
//!
//! `FERRITE_CASES=substring` restricts the run; `FERRITE_DIFF_VERBOSE=1` prints diffs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::Mutex;
use std::time::Duration;

fn cases(dir: &Path, out: &mut Vec<PathBuf>) {
    let mut entries: Vec<_> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    entries.sort();
    for p in entries {
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

struct Outcome {
    stdout: Vec<u8>,
    status: String,
}

fn run_case(py: &Path, stress: bool) -> Result<Outcome, String> {
    let dir = py.parent().unwrap();
    let name = py.file_name().unwrap();
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_ferrite"));
    cmd.arg(name)
        .current_dir(dir)
        .env_clear()
        .env("PATH", std::env::var("PATH").unwrap_or_default())
        .env("HOME", std::env::var("HOME").unwrap_or_default())
        .env("PYTHONHASHSEED", "0")
        .envs(std::env::var("FERRITE_STDLIB").map(|v| ("FERRITE_STDLIB", v)))
        .env("LC_ALL", "C.UTF-8")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    if stress {
        cmd.env("FERRITE_GC_STRESS", "1");
    }
    let child = cmd.spawn().map_err(|e| format!("spawn: {e}"))?;
    let id = child.id();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        let _ = tx.send(child.wait_with_output());
    });
    let out = match rx.recv_timeout(Duration::from_secs(180)) {
        Ok(r) => r.map_err(|e| e.to_string())?,
        Err(_) => {
            let _ = Command::new("kill").arg("-9").arg(id.to_string()).status();
            return Err("timed out after 180 s".into());
        }
    };
    let stderr = String::from_utf8_lossy(&out.stderr);
    let last = stderr
        .lines()
        .rev()
        .find(|l| !l.trim().is_empty())
        .unwrap_or("")
        .to_string();
    let code = out.status.code().unwrap_or(-1);
    Ok(Outcome {
        stdout: out.stdout,
        status: format!("{code}\n{last}\n"),
    })
}

fn check(py: &Path, stress: bool) -> Result<(), String> {
    let want_out = std::fs::read(py.with_extension("out")).map_err(|e| e.to_string())?;
    let want_status =
        std::fs::read_to_string(py.with_extension("status")).map_err(|e| e.to_string())?;
    let got = run_case(py, stress)?;
    let mut problems = Vec::new();
    if got.stdout != want_out {
        problems.push(format!(
            "stdout differs\n--- expected\n{}\n--- got\n{}",
            String::from_utf8_lossy(&want_out),
            String::from_utf8_lossy(&got.stdout)
        ));
    }
    let norm = |s: &str| {
        s.lines()
            .map(|l| l.trim_end().to_string())
            .collect::<Vec<_>>()
    };
    if norm(&got.status) != norm(&want_status) {
        problems.push(format!(
            "status differs: expected {:?}, got {:?}",
            want_status, got.status
        ));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n"))
    }
}

#[test]
fn differential_cases_match_cpython() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut all = Vec::new();
    cases(&root.join("cases"), &mut all);
    let filter = std::env::var("FERRITE_CASES").unwrap_or_default();
    let verbose = std::env::var("FERRITE_DIFF_VERBOSE").is_ok();
    let known: Vec<String> = std::fs::read_to_string(root.join("known_failures.txt"))
        .unwrap_or_default()
        .lines()
        .map(|l| l.trim().to_string())
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .collect();
    let rel = |p: &Path| {
        p.strip_prefix(root.join("cases"))
            .unwrap()
            .to_string_lossy()
            .to_string()
    };
    let work: Vec<(PathBuf, bool)> = all
        .iter()
        .filter(|p| rel(p).contains(&filter))
        .flat_map(|p| [(p.clone(), false), (p.clone(), true)])
        .collect();
    let queue = Mutex::new(work.into_iter());
    let results = Mutex::new(Vec::new());
    let threads = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2)
        .max(2)
        * 2;
    std::thread::scope(|s| {
        for _ in 0..threads {
            s.spawn(|| loop {
                let next = queue.lock().unwrap().next();
                let Some((p, stress)) = next else { break };
                let r = check(&p, stress);
                results.lock().unwrap().push((rel(&p), stress, r));
            });
        }
    });
    let mut results = results.into_inner().unwrap();
    results.sort_by(|a, b| (&a.0, a.1).cmp(&(&b.0, b.1)));
    let (mut passed, mut failed, mut xfail) = (0, 0, 0);
    let mut report = Vec::new();
    for (name, stress, r) in &results {
        let mode = if *stress { "gc-stress" } else { "normal" };
        let listed = known.iter().any(|k| k == name);
        match (r, listed) {
            (Ok(()), false) => passed += 1,
            (Ok(()), true) => {
                if !*stress {
                    failed += 1;
                    report.push(format!(
                        "UNEXPECTED PASS {name}: remove it from tests/known_failures.txt"
                    ));
                } else {
                    passed += 1;
                }
            }
            (Err(_), true) => xfail += 1,
            (Err(e), false) => {
                failed += 1;
                if verbose {
                    report.push(format!("FAIL {name} [{mode}]\n{e}\n"));
                } else {
                    report.push(format!(
                        "FAIL {name} [{mode}]: {}",
                        e.lines().next().unwrap_or("")
                    ));
                }
            }
        }
    }
    for l in &report {
        eprintln!("{l}");
    }
    eprintln!(
        "differential: {passed} passed, {failed} failed, {xfail} known failures (of {} runs)",
        results.len()
    );
    assert_eq!(failed, 0, "differential cases failed (see above)");
}
