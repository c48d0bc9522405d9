//! `check` and `expect`: run every program at its small size and compare the result line with
//! the CPython output recorded in programs/expected/<name>.txt (or record it).

use crate::process::run_measured;
use crate::programs::{expected_dir, iteration_times, read_expected, result_line, Program};
use crate::runtimes::Runtime;
use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::Duration;

#[derive(Debug, Clone, PartialEq)]
pub enum Outcome {
    Pass,
    /// The result line differs from the recorded one.
    Mismatch {
        expected: String,
        got: String,
    },
    /// No expected/<name>.txt.
    NoExpected {
        got: String,
    },
    /// The process failed; message holds status and stderr tail.
    Error(String),
    /// Inner-iteration mode printed the wrong number of `#iter` lines or changed the result.
    BadInnerMode(String),
}

#[derive(Debug, Clone)]
pub struct CheckResult {
    pub program: String,
    pub seconds: f64,
    pub outcome: Outcome,
}

fn run_small(
    rt: &Runtime,
    p: &Program,
    extra: &[String],
    timeout: Duration,
) -> Result<(String, Vec<f64>, f64), String> {
    let mut args = vec![p.path.display().to_string()];
    args.extend(p.small_size.clone());
    args.extend(extra.iter().cloned());
    let m = run_measured(&rt.argv, &args, None, timeout)
        .map_err(|e| format!("could not start {}: {e}", rt.command_line()))?;
    if let Some(f) = m.failure() {
        return Err(format!("{f}: {}", m.stderr_tail(8)));
    }
    Ok((
        result_line(&m.stdout).unwrap_or_default(),
        iteration_times(&m.stdout),
        m.wall,
    ))
}

/// Check one program; with `inner > 0` also run it with `--inner=N` and check that mode.
pub fn check_one(
    rt: &Runtime,
    p: &Program,
    programs_dir: &Path,
    inner: usize,
    timeout: Duration,
) -> CheckResult {
    let (got, secs) = match run_small(rt, p, &[], timeout) {
        Ok((line, _, secs)) => (line, secs),
        Err(e) => {
            return CheckResult {
                program: p.name.clone(),
                seconds: 0.0,
                outcome: Outcome::Error(e),
            };
        }
    };
    let outcome = match read_expected(programs_dir, &p.name) {
        None => Outcome::NoExpected { got },
        Some(exp) if exp != got => Outcome::Mismatch { expected: exp, got },
        Some(_) if inner > 0 => match run_small(rt, p, &[format!("--inner={inner}")], timeout) {
            Err(e) => Outcome::Error(format!("with --inner={inner}: {e}")),
            Ok((line, iters, _)) if line != got || iters.len() != inner => {
                Outcome::BadInnerMode(format!(
                    "--inner={inner} printed {} '#iter' lines and result {line:?}",
                    iters.len()
                ))
            }
            Ok(_) => Outcome::Pass,
        },
        Some(_) => Outcome::Pass,
    };
    CheckResult {
        program: p.name.clone(),
        seconds: secs,
        outcome,
    }
}

/// Check all programs with `jobs` worker threads; results in program order.
pub fn check_all(
    rt: &Runtime,
    programs: &[Program],
    programs_dir: &Path,
    jobs: usize,
    inner: usize,
    timeout: Duration,
) -> Vec<CheckResult> {
    let queue = Arc::new(Mutex::new((0..programs.len()).collect::<Vec<_>>()));
    let results = Arc::new(Mutex::new(Vec::new()));
    std::thread::scope(|s| {
        for _ in 0..jobs.max(1) {
            let queue = Arc::clone(&queue);
            let results = Arc::clone(&results);
            s.spawn(move || loop {
                let Some(i) = queue.lock().unwrap().pop() else {
                    break;
                };
                let r = check_one(rt, &programs[i], programs_dir, inner, timeout);
                results.lock().unwrap().push((i, r));
            });
        }
    });
    let mut v = Arc::try_unwrap(results).unwrap().into_inner().unwrap();
    v.sort_by_key(|(i, _)| *i);
    v.into_iter().map(|(_, r)| r).collect()
}

/// Record CPython's result line at the small size into expected/<name>.txt.
pub fn record_expected(
    python: &Runtime,
    programs: &[Program],
    programs_dir: &Path,
    timeout: Duration,
) -> Result<Vec<String>, String> {
    let dir = expected_dir(programs_dir);
    std::fs::create_dir_all(&dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut written = Vec::new();
    for p in programs {
        let (line, _, _) =
            run_small(python, p, &[], timeout).map_err(|e| format!("{}: {e}", p.name))?;
        if line.is_empty() {
            return Err(format!("{}: printed no result line", p.name));
        }
        let path = dir.join(format!("{}.txt", p.name));
        std::fs::write(&path, format!("{line}\n"))
            .map_err(|e| format!("{}: {e}", path.display()))?;
        written.push(format!("{}: {line}", p.name));
    }
    Ok(written)
}

/// One line per result, for the terminal.
pub fn describe(r: &CheckResult) -> String {
    match &r.outcome {
        Outcome::Pass => format!("PASS  {:<16} {:.2}s", r.program, r.seconds),
        Outcome::Mismatch { expected, got } => {
            format!("FAIL  {:<16} result mismatch\n        expected: {expected}\n        got:      {got}", r.program)
        }
        Outcome::NoExpected { got } => format!(
            "FAIL  {:<16} no expected/{}.txt (got: {got})",
            r.program, r.program
        ),
        Outcome::Error(e) => format!("FAIL  {:<16} {e}", r.program),
        Outcome::BadInnerMode(e) => format!("FAIL  {:<16} {e}", r.program),
    }
}
