//! Running the suite: every program under every runtime, interleaved, with output checks.
//!
//! Order matters on a noisy machine. For each program the runtimes take turns, A B C A B C ...,
//! for the warm-up rounds and then the measured rounds, so slow drifts (thermal throttling, a
//! neighbour's build) hit every runtime alike instead of whichever ran last. The inner-iteration
//! ("warm") processes follow, interleaved the same way.

use crate::process::{run_measured, Measurement};
use crate::programs::{iteration_times, result_line, Program};
use crate::runtimes::Runtime;
use crate::stats;
use crate::timeutil::utc_now_string;
use std::io::Write;
use std::time::Duration;

/// Which size argument to pass to the suite's programs.
#[derive(Debug, Clone, PartialEq)]
pub enum SizeChoice {
    /// The program's own default (no argument).
    Default,
    /// The `# small-size:` of each program.
    Small,
    /// This argument for every program.
    Fixed(String),
}

#[derive(Debug, Clone)]
pub struct RunConfig {
    pub runtimes: Vec<Runtime>,
    pub programs: Vec<Program>,
    pub runs: usize,
    pub warmups: usize,
    /// Iterations per inner-iteration process; 0 turns the warm phase off.
    pub inner: usize,
    /// Inner-iteration processes per runtime and program.
    pub warm_procs: usize,
    pub size: SizeChoice,
    /// Extra arguments for a user's own script.
    pub script_args: Vec<String>,
    pub timeout: Duration,
    pub progress: bool,
}

/// One measured process.
#[derive(Debug, Clone, PartialEq)]
pub struct Sample {
    pub wall: f64,
    pub cpu: f64,
    pub max_rss_kb: u64,
    pub date: String,
}

/// Everything measured for one (program, runtime) pair.
#[derive(Debug, Clone, Default)]
pub struct Cell {
    pub runtime: String,
    pub warmups: Vec<Sample>,
    pub runs: Vec<Sample>,
    /// One vector of iteration times per inner-iteration process.
    pub warm_iters: Vec<Vec<f64>>,
    /// Peak RSS of the inner-iteration processes.
    pub warm_rss_kb: Vec<u64>,
    pub failure: Option<String>,
    /// The differing result line, when it differed from the reference.
    pub mismatch: Option<String>,
    pub result: Option<String>,
}

impl Cell {
    /// Numbers may be used: it ran, succeeded and printed the reference result.
    pub fn usable(&self) -> bool {
        self.failure.is_none() && self.mismatch.is_none() && !self.runs.is_empty()
    }
    pub fn walls(&self) -> Vec<f64> {
        self.runs.iter().map(|s| s.wall).collect()
    }
    pub fn cpus(&self) -> Vec<f64> {
        self.runs.iter().map(|s| s.cpu).collect()
    }
    pub fn median_wall(&self) -> f64 {
        stats::median(&self.walls())
    }
    pub fn peak_rss_kb(&self) -> u64 {
        self.runs.iter().map(|s| s.max_rss_kb).max().unwrap_or(0)
    }
    /// Per-iteration warm-up curve: the median over inner processes of the i-th iteration.
    pub fn warm_curve(&self) -> Vec<f64> {
        let n = self.warm_iters.iter().map(Vec::len).min().unwrap_or(0);
        (0..n)
            .map(|i| stats::median(&self.warm_iters.iter().map(|v| v[i]).collect::<Vec<_>>()))
            .collect()
    }
    /// Steady-state iteration time (median of the second half of the curve).
    pub fn steady(&self) -> Option<f64> {
        let c = self.warm_curve();
        if c.is_empty() || !self.usable() {
            None
        } else {
            Some(stats::steady_state(&c))
        }
    }
}

#[derive(Debug, Clone)]
pub struct ProgramResult {
    pub program: String,
    /// The size argument passed ("" for the default).
    pub size: String,
    /// Reference result line (the first runtime's, or the first that succeeded).
    pub reference: Option<String>,
    pub reference_from: Option<String>,
    /// One per runtime, in the order of `SuiteResult::runtimes`.
    pub cells: Vec<Cell>,
}

#[derive(Debug, Clone)]
pub struct SuiteResult {
    pub runtimes: Vec<Runtime>,
    /// Index of the runtime ratios are taken against.
    pub baseline: usize,
    pub programs: Vec<ProgramResult>,
    pub started: String,
    pub runs: usize,
    pub warmups: usize,
    pub inner: usize,
}

impl SuiteResult {
    /// True when some cell has inner-iteration data (the warm columns are worth showing).
    pub fn has_warm(&self) -> bool {
        self.programs
            .iter()
            .any(|p| p.cells.iter().any(|c| !c.warm_iters.is_empty()))
    }
    /// Speed-up of runtime `rt` over the baseline for one program (baseline time / time), cold.
    pub fn speedup(&self, p: &ProgramResult, rt: usize) -> Option<f64> {
        let (b, c) = (&p.cells[self.baseline], &p.cells[rt]);
        if b.usable() && c.usable() {
            Some(b.median_wall() / c.median_wall())
        } else {
            None
        }
    }
    /// Speed-up on steady-state iteration time.
    pub fn warm_speedup(&self, p: &ProgramResult, rt: usize) -> Option<f64> {
        Some(p.cells[self.baseline].steady()? / p.cells[rt].steady()?)
    }
    /// Geometric mean of the cold speed-ups of runtime `rt` over the programs where both ran.
    pub fn geomean_speedup(&self, rt: usize) -> (f64, usize) {
        let v: Vec<f64> = self
            .programs
            .iter()
            .filter_map(|p| self.speedup(p, rt))
            .collect();
        (stats::geomean(&v), v.len())
    }
    pub fn geomean_warm_speedup(&self, rt: usize) -> (f64, usize) {
        let v: Vec<f64> = self
            .programs
            .iter()
            .filter_map(|p| self.warm_speedup(p, rt))
            .collect();
        (stats::geomean(&v), v.len())
    }
}

struct Progress {
    enabled: bool,
    done: usize,
    total: usize,
}

impl Progress {
    fn tick(&mut self, what: &str) {
        self.done += 1;
        if !self.enabled {
            return;
        }
        let width = 30;
        let filled = (self.done * width)
            .checked_div(self.total)
            .unwrap_or(width)
            .min(width);
        let bar: String = "#".repeat(filled) + &"-".repeat(width - filled);
        eprint!("\r\x1b[K[{bar}] {}/{} {what}", self.done, self.total);
        let _ = std::io::stderr().flush();
    }
    fn skip(&mut self, n: usize) {
        self.done += n;
    }
    fn finish(&self) {
        if self.enabled {
            eprint!("\r\x1b[K");
        }
    }
}

fn size_args(cfg: &RunConfig, p: &Program) -> Vec<String> {
    if !p.suite {
        return cfg.script_args.clone();
    }
    match &cfg.size {
        SizeChoice::Default => vec![],
        SizeChoice::Small => p.small_size.clone().into_iter().collect(),
        SizeChoice::Fixed(s) => vec![s.clone()],
    }
}

fn loud(msg: &str) {
    eprintln!("\r\x1b[K\x1b[1;31m{msg}\x1b[0m");
}

/// Record one measurement into its cell, checking the result line. Returns false on failure.
fn record(
    m: std::io::Result<Measurement>,
    pr: &mut ProgramResult,
    rt: usize,
    rt_name: &str,
) -> Option<Measurement> {
    let m = match m {
        Ok(m) => m,
        Err(e) => {
            let msg = format!("could not start: {e}");
            loud(&format!("FAILED {} on {rt_name}: {msg}", pr.program));
            pr.cells[rt].failure = Some(msg);
            return None;
        }
    };
    if let Some(f) = m.failure() {
        loud(&format!(
            "FAILED {} on {rt_name} ({f}):\n{}",
            pr.program,
            m.stderr_tail(6)
        ));
        pr.cells[rt].failure = Some(f);
        return None;
    }
    let line = result_line(&m.stdout).unwrap_or_default();
    match &pr.reference {
        None => {
            pr.reference = Some(line.clone());
            pr.reference_from = Some(rt_name.to_string());
        }
        Some(r) if *r != line => {
            if pr.cells[rt].mismatch.is_none() {
                loud(&format!(
                    "RESULT MISMATCH in {} on {rt_name}: numbers not used\n  {:>12}: {r}\n  {:>12}: {line}",
                    pr.program,
                    pr.reference_from.as_deref().unwrap_or("reference"),
                    rt_name
                ));
            }
            pr.cells[rt].mismatch = Some(line.clone());
        }
        _ => {}
    }
    pr.cells[rt].result = Some(line);
    Some(m)
}

fn sample(m: &Measurement) -> Sample {
    Sample {
        wall: m.wall,
        cpu: m.cpu,
        max_rss_kb: m.max_rss_kb,
        date: utc_now_string(),
    }
}

/// Run the whole configuration and return the measurements.
pub fn run_suite(cfg: &RunConfig, baseline: usize) -> SuiteResult {
    let nrt = cfg.runtimes.len();
    let warm_phase = |p: &Program| cfg.inner > 0 && p.suite;
    let per_program = |p: &Program| {
        nrt * (cfg.warmups + cfg.runs)
            + if warm_phase(p) {
                nrt * cfg.warm_procs
            } else {
                0
            }
    };
    let mut progress = Progress {
        enabled: cfg.progress,
        done: 0,
        total: cfg.programs.iter().map(per_program).sum(),
    };
    let started = utc_now_string();
    let mut results = Vec::new();
    for p in &cfg.programs {
        let args = size_args(cfg, p);
        let mut pr = ProgramResult {
            program: p.name.clone(),
            size: args.join(" "),
            reference: None,
            reference_from: None,
            cells: cfg
                .runtimes
                .iter()
                .map(|r| Cell {
                    runtime: r.name.clone(),
                    ..Cell::default()
                })
                .collect(),
        };
        let mut extra = vec![p.path.display().to_string()];
        extra.extend(args.iter().cloned());
        for round in 0..cfg.warmups + cfg.runs {
            let warm = round < cfg.warmups;
            for (i, rt) in cfg.runtimes.iter().enumerate() {
                if pr.cells[i].failure.is_some() {
                    progress.skip(1);
                    continue;
                }
                let label = if warm {
                    format!(
                        "{} · {} (warm-up {}/{})",
                        p.name,
                        rt.name,
                        round + 1,
                        cfg.warmups
                    )
                } else {
                    format!(
                        "{} · {} (run {}/{})",
                        p.name,
                        rt.name,
                        round - cfg.warmups + 1,
                        cfg.runs
                    )
                };
                progress.tick(&label);
                let m = run_measured(&rt.argv, &extra, None, cfg.timeout);
                if let Some(m) = record(m, &mut pr, i, &rt.name) {
                    let s = sample(&m);
                    if warm {
                        pr.cells[i].warmups.push(s);
                    } else {
                        pr.cells[i].runs.push(s);
                    }
                }
            }
        }
        if warm_phase(p) {
            let mut wextra = extra.clone();
            wextra.push(format!("--inner={}", cfg.inner));
            for k in 0..cfg.warm_procs {
                for (i, rt) in cfg.runtimes.iter().enumerate() {
                    if pr.cells[i].failure.is_some() {
                        progress.skip(1);
                        continue;
                    }
                    progress.tick(&format!(
                        "{} · {} ({} iterations, process {}/{})",
                        p.name,
                        rt.name,
                        cfg.inner,
                        k + 1,
                        cfg.warm_procs
                    ));
                    let m = run_measured(&rt.argv, &wextra, None, cfg.timeout);
                    if let Some(m) = record(m, &mut pr, i, &rt.name) {
                        let iters = iteration_times(&m.stdout);
                        if iters.len() == cfg.inner {
                            pr.cells[i].warm_iters.push(iters);
                            pr.cells[i].warm_rss_kb.push(m.max_rss_kb);
                        } else {
                            loud(&format!(
                                "{} on {}: expected {} '#iter' lines, got {}",
                                p.name,
                                rt.name,
                                cfg.inner,
                                iters.len()
                            ));
                        }
                    }
                }
            }
        }
        if !cfg.progress {
            eprintln!("done: {}", p.name);
        }
        results.push(pr);
    }
    progress.finish();
    SuiteResult {
        runtimes: cfg.runtimes.clone(),
        baseline,
        programs: results,
        started,
        runs: cfg.runs,
        warmups: cfg.warmups,
        inner: cfg.inner,
    }
}
