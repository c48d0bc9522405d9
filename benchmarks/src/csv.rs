//! CSV output: `runs.csv` (every process and every inner iteration) and `summary.csv`
//! (one row per program and runtime). RFC 4180 quoting.

use crate::stats;
use crate::suite::SuiteResult;

/// Quote a field if it holds a comma, quote, or line break.
pub fn field(s: &str) -> String {
    if s.contains([',', '"', '\n', '\r']) {
        format!("\"{}\"", s.replace('"', "\"\""))
    } else {
        s.to_string()
    }
}

pub fn row(fields: &[String]) -> String {
    let mut line = fields
        .iter()
        .map(|f| field(f))
        .collect::<Vec<_>>()
        .join(",");
    line.push('\n');
    line
}

fn num(x: f64) -> String {
    if x.is_finite() {
        format!("{x:.6}")
    } else {
        String::new()
    }
}

fn status(c: &crate::suite::Cell) -> String {
    if let Some(f) = &c.failure {
        format!("failed: {f}")
    } else if c.mismatch.is_some() {
        "result mismatch".into()
    } else {
        "ok".into()
    }
}

/// Every measured process and inner iteration.
pub fn runs_csv(res: &SuiteResult) -> String {
    let mut out = row(&[
        "program",
        "size",
        "runtime",
        "kind",
        "index",
        "wall_s",
        "cpu_s",
        "max_rss_kb",
        "status",
    ]
    .map(String::from));
    for p in &res.programs {
        for c in &p.cells {
            let st = status(c);
            for (kind, samples) in [("warmup", &c.warmups), ("run", &c.runs)] {
                for (i, s) in samples.iter().enumerate() {
                    out.push_str(&row(&[
                        p.program.clone(),
                        p.size.clone(),
                        c.runtime.clone(),
                        kind.into(),
                        i.to_string(),
                        num(s.wall),
                        num(s.cpu),
                        s.max_rss_kb.to_string(),
                        st.clone(),
                    ]));
                }
            }
            for (proc_idx, iters) in c.warm_iters.iter().enumerate() {
                for (i, t) in iters.iter().enumerate() {
                    out.push_str(&row(&[
                        p.program.clone(),
                        p.size.clone(),
                        c.runtime.clone(),
                        format!("iteration@{proc_idx}"),
                        i.to_string(),
                        num(*t),
                        String::new(),
                        c.warm_rss_kb
                            .get(proc_idx)
                            .map(|r| r.to_string())
                            .unwrap_or_default(),
                        st.clone(),
                    ]));
                }
            }
        }
    }
    out
}

/// One row per (program, runtime): medians, ranges, memory and speed-ups.
pub fn summary_csv(res: &SuiteResult) -> String {
    let base = &res.runtimes[res.baseline].name;
    let mut out = row(&[
        "program".to_string(),
        "runtime".into(),
        "wall_median_s".into(),
        "wall_min_s".into(),
        "wall_max_s".into(),
        "cpu_median_s".into(),
        "peak_rss_kb".into(),
        format!("speedup_vs_{base}"),
        "steady_iteration_s".into(),
        format!("warm_speedup_vs_{base}"),
        "status".into(),
    ]);
    for p in &res.programs {
        for (i, c) in p.cells.iter().enumerate() {
            let walls = c.walls();
            let usable = c.usable();
            let opt = |x: Option<f64>| x.map(num).unwrap_or_default();
            out.push_str(&row(&[
                p.program.clone(),
                c.runtime.clone(),
                if usable {
                    num(stats::median(&walls))
                } else {
                    String::new()
                },
                if usable {
                    num(stats::min(&walls))
                } else {
                    String::new()
                },
                if usable {
                    num(stats::max(&walls))
                } else {
                    String::new()
                },
                if usable {
                    num(stats::median(&c.cpus()))
                } else {
                    String::new()
                },
                c.peak_rss_kb().to_string(),
                opt(res.speedup(p, i)),
                opt(c.steady()),
                opt(res.warm_speedup(p, i)),
                status(c),
            ]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::runtimes::Runtime;
    use crate::suite::{Cell, ProgramResult, Sample};

    #[test]
    fn quoting() {
        assert_eq!(field("plain"), "plain");
        assert_eq!(field("a,b"), "\"a,b\"");
        assert_eq!(field("say \"hi\""), "\"say \"\"hi\"\"\"");
        assert_eq!(field("two\nlines"), "\"two\nlines\"");
        assert_eq!(
            row(&["a".into(), "b,c".into(), String::new()]),
            "a,\"b,c\",\n"
        );
    }

    fn cell(name: &str, walls: &[f64], mismatch: bool) -> Cell {
        Cell {
            runtime: name.into(),
            runs: walls
                .iter()
                .map(|&w| Sample {
                    wall: w,
                    cpu: w,
                    max_rss_kb: 2048,
                    date: String::new(),
                })
                .collect(),
            warm_iters: vec![vec![0.4, 0.2]],
            warm_rss_kb: vec![4096],
            mismatch: mismatch.then(|| "x".to_string()),
            ..Cell::default()
        }
    }

    #[test]
    fn summary_and_runs_contents() {
        let res = SuiteResult {
            runtimes: vec![
                Runtime {
                    name: "cpy".into(),
                    argv: vec!["cpy".into()],
                },
                Runtime {
                    name: "fast".into(),
                    argv: vec!["fast".into()],
                },
                Runtime {
                    name: "bad".into(),
                    argv: vec!["bad".into()],
                },
            ],
            baseline: 0,
            programs: vec![ProgramResult {
                program: "p".into(),
                size: String::new(),
                reference: Some("r".into()),
                reference_from: Some("cpy".into()),
                cells: vec![
                    cell("cpy", &[2.0, 3.0, 1.0], false),
                    cell("fast", &[0.5], false),
                    cell("bad", &[0.1], true),
                ],
            }],
            started: String::new(),
            runs: 3,
            warmups: 0,
            inner: 2,
        };
        let s = summary_csv(&res);
        let lines: Vec<&str> = s.lines().collect();
        assert_eq!(lines[0].split(',').nth(7), Some("speedup_vs_cpy"));
        assert_eq!(
            lines[1],
            "p,cpy,2.000000,1.000000,3.000000,2.000000,2048,1.000000,0.200000,1.000000,ok"
        );
        assert_eq!(
            lines[2],
            "p,fast,0.500000,0.500000,0.500000,0.500000,2048,4.000000,0.200000,1.000000,ok"
        );
        assert_eq!(lines[3], "p,bad,,,,,2048,,,,result mismatch");
        let r = runs_csv(&res);
        assert_eq!(r.lines().count(), 1 + 5 + 3 * 2);
        assert!(r.contains("p,,fast,iteration@0,1,0.200000,,4096,ok"));
    }
}
