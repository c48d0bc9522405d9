//! Results in pyperf's JSON file format (version "1.0"), one suite per runtime, so that
//! `python3 -m pyperf compare_to A.json B.json`, `pyperf stats` and `pyperf show` read them.
//!
//! Layout: `{"version": "1.0", "metadata": {...suite...}, "benchmarks": [{"metadata": {"name",
//! "unit", "loops"}, "runs": [{"metadata": {...}, "warmups": [[loops, value]], "values": [..]}]}]}`.
//! For each program we write two benchmarks:
//! - `<program>`: whole-process wall time; one pyperf run per process; the harness's warm-up
//!   processes become the `warmups` of the first run. Run metadata carries `command_max_rss`
//!   (bytes, a key pyperf knows), `duration`, `date` and our own `cpu_time` (user+sys seconds).
//! - `<program>.iteration`: inner-iteration times; one pyperf run per inner process, the first
//!   half of its iterations as `warmups`, the second half (the steady state) as `values`.
//!
//! Cells whose result line mismatched or that failed are left out: their numbers are not used.

use crate::suite::{Cell, SuiteResult};
use serde_json::{json, Map, Value};

fn hostname() -> Option<String> {
    std::fs::read_to_string("/proc/sys/kernel/hostname")
        .ok()
        .map(|s| s.trim().to_string())
        .filter(|s| !s.is_empty())
}

fn cold_benchmark(program: &str, size: &str, cell: &Cell) -> Value {
    let mut runs = Vec::new();
    for (k, s) in cell.runs.iter().enumerate() {
        let mut run = Map::new();
        run.insert(
            "metadata".into(),
            json!({
                "date": s.date,
                "duration": s.wall,
                "command_max_rss": s.max_rss_kb * 1024,
                "cpu_time": s.cpu,
            }),
        );
        if k == 0 && !cell.warmups.is_empty() {
            let w: Vec<Value> = cell.warmups.iter().map(|w| json!([1, w.wall])).collect();
            run.insert("warmups".into(), Value::Array(w));
        }
        run.insert("values".into(), json!([s.wall]));
        runs.push(Value::Object(run));
    }
    let mut md = json!({"name": program, "unit": "second", "loops": 1});
    if !size.is_empty() {
        md["program_size"] = json!(size);
    }
    json!({"metadata": md, "runs": runs})
}

fn iteration_benchmark(program: &str, size: &str, cell: &Cell) -> Option<Value> {
    if cell.warm_iters.is_empty() {
        return None;
    }
    let runs: Vec<Value> = cell
        .warm_iters
        .iter()
        .zip(&cell.warm_rss_kb)
        .map(|(iters, rss)| {
            let split = iters.len() / 2;
            let mut run = Map::new();
            run.insert(
                "metadata".into(),
                json!({"command_max_rss": rss * 1024, "inner_iterations": iters.len() as u64}),
            );
            if split > 0 {
                let w: Vec<Value> = iters[..split].iter().map(|t| json!([1, t])).collect();
                run.insert("warmups".into(), Value::Array(w));
            }
            run.insert("values".into(), json!(iters[split..]));
            Value::Object(run)
        })
        .collect();
    let mut md = json!({"name": format!("{program}.iteration"), "unit": "second", "loops": 1});
    if !size.is_empty() {
        md["program_size"] = json!(size);
    }
    Some(json!({"metadata": md, "runs": runs}))
}

/// The pyperf suite for runtime number `rt`, or `None` if it has no usable benchmark.
pub fn suite_json(res: &SuiteResult, rt: usize) -> Option<Value> {
    let runtime = &res.runtimes[rt];
    let mut benchmarks = Vec::new();
    for p in &res.programs {
        let cell = &p.cells[rt];
        if !cell.usable() {
            continue;
        }
        benchmarks.push(cold_benchmark(&p.program, &p.size, cell));
        if let Some(b) = iteration_benchmark(&p.program, &p.size, cell) {
            benchmarks.push(b);
        }
    }
    if benchmarks.is_empty() {
        return None;
    }
    let mut md = json!({
        "runtime": runtime.name,
        "runtime_command": runtime.command_line(),
        "harness": concat!("ferrite-bench ", env!("CARGO_PKG_VERSION")),
        "date": res.started,
        "cpu_count": std::thread::available_parallelism().map(|n| n.get() as u64).unwrap_or(1),
    });
    if let Some(h) = hostname() {
        md["hostname"] = json!(h);
    }
    Some(json!({"version": "1.0", "metadata": md, "benchmarks": benchmarks}))
}

/// One benchmark read back from a pyperf file.
#[derive(Debug, Clone, PartialEq)]
pub struct LoadedBenchmark {
    pub name: String,
    /// All run values (seconds per loop), calibration-only runs contribute nothing.
    pub values: Vec<f64>,
}

/// Read a pyperf JSON suite (ours or one written by pyperf itself).
pub fn load_suite(text: &str) -> Result<Vec<LoadedBenchmark>, String> {
    let v: Value = serde_json::from_str(text).map_err(|e| format!("not JSON: {e}"))?;
    match v.get("version") {
        Some(Value::String(s)) if s == "1.0" => {}
        Some(other) => return Err(format!("unsupported pyperf file version {other}")),
        None => return Err("not a pyperf file: no \"version\"".into()),
    }
    let suite_name = v
        .pointer("/metadata/name")
        .and_then(Value::as_str)
        .map(str::to_string);
    let benches = v
        .get("benchmarks")
        .and_then(Value::as_array)
        .ok_or("not a pyperf file: no \"benchmarks\" list")?;
    let mut out = Vec::new();
    for (i, b) in benches.iter().enumerate() {
        let name = b
            .pointer("/metadata/name")
            .and_then(Value::as_str)
            .map(str::to_string)
            .or_else(|| suite_name.clone())
            .unwrap_or_else(|| format!("benchmark{i}"));
        let mut values = Vec::new();
        for run in b
            .get("runs")
            .and_then(Value::as_array)
            .into_iter()
            .flatten()
        {
            for x in run
                .get("values")
                .and_then(Value::as_array)
                .into_iter()
                .flatten()
            {
                if let Some(f) = x.as_f64() {
                    values.push(f);
                }
            }
        }
        out.push(LoadedBenchmark { name, values });
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtimes::Runtime;
    use crate::suite::{ProgramResult, Sample};

    fn sample(w: f64) -> Sample {
        Sample {
            wall: w,
            cpu: w * 0.9,
            max_rss_kb: 1000,
            date: "2024-01-01 00:00:00.000000".into(),
        }
    }

    fn result() -> SuiteResult {
        let good = Cell {
            runtime: "a".into(),
            warmups: vec![sample(1.5)],
            runs: vec![sample(1.0), sample(1.2)],
            warm_iters: vec![vec![0.9, 0.5, 0.4, 0.4]],
            warm_rss_kb: vec![2000],
            ..Cell::default()
        };
        let bad = Cell {
            runtime: "b".into(),
            runs: vec![sample(0.1)],
            mismatch: Some("wrong".into()),
            ..Cell::default()
        };
        SuiteResult {
            runtimes: vec![
                Runtime {
                    name: "a".into(),
                    argv: vec!["/bin/a".into()],
                },
                Runtime {
                    name: "b".into(),
                    argv: vec!["/bin/b".into(), "-X".into()],
                },
            ],
            baseline: 0,
            programs: vec![ProgramResult {
                program: "nbody".into(),
                size: "100".into(),
                reference: Some("ok".into()),
                reference_from: Some("a".into()),
                cells: vec![good, bad],
            }],
            started: "2024-01-01 00:00:00.000000".into(),
            runs: 2,
            warmups: 1,
            inner: 4,
        }
    }

    #[test]
    fn writes_pyperf_layout() {
        let v = suite_json(&result(), 0).unwrap();
        assert_eq!(v["version"], "1.0");
        assert_eq!(v["metadata"]["runtime"], "a");
        let b = &v["benchmarks"][0];
        assert_eq!(b["metadata"]["name"], "nbody");
        assert_eq!(b["metadata"]["unit"], "second");
        assert_eq!(b["runs"][0]["values"], json!([1.0]));
        assert_eq!(b["runs"][0]["warmups"], json!([[1, 1.5]]));
        assert_eq!(b["runs"][0]["metadata"]["command_max_rss"], 1024000);
        assert!(b["runs"][1].get("warmups").is_none());
        let it = &v["benchmarks"][1];
        assert_eq!(it["metadata"]["name"], "nbody.iteration");
        assert_eq!(it["runs"][0]["warmups"], json!([[1, 0.9], [1, 0.5]]));
        assert_eq!(it["runs"][0]["values"], json!([0.4, 0.4]));
    }

    #[test]
    fn mismatched_cells_are_left_out() {
        assert!(suite_json(&result(), 1).is_none());
    }

    #[test]
    fn round_trips_and_reads_pyperf_single_benchmark_files() {
        let text = serde_json::to_string(&suite_json(&result(), 0).unwrap()).unwrap();
        let loaded = load_suite(&text).unwrap();
        assert_eq!(
            loaded[0],
            LoadedBenchmark {
                name: "nbody".into(),
                values: vec![1.0, 1.2]
            }
        );
        assert_eq!(loaded[1].values, vec![0.4, 0.4]);
        // pyperf's `command` writes the name in the suite metadata
        let pyperf = r#"{"version":"1.0","metadata":{"name":"command","loops":1},
            "benchmarks":[{"runs":[{"metadata":{},"warmups":[[1,0.5]],"values":[0.1,0.2]},
                                   {"metadata":{"calibrate_loops":4},"warmups":[[1,0.3]]}]}]}"#;
        let loaded = load_suite(pyperf).unwrap();
        assert_eq!(loaded[0].name, "command");
        assert_eq!(loaded[0].values, vec![0.1, 0.2]);
        assert!(load_suite(r#"{"version":"0.9"}"#).is_err());
        assert!(load_suite("nope").is_err());
    }
}
