//! The terminal table.

use crate::stats;
use crate::suite::{Cell, SuiteResult};

/// Seconds with three significant decimals, switching to ms below 0.1 s.
pub fn fmt_secs(s: f64) -> String {
    if !s.is_finite() {
        "-".into()
    } else if s < 1e-3 {
        format!("{:.0}us", s * 1e6)
    } else if s < 0.1 {
        format!("{:.1}ms", s * 1e3)
    } else {
        format!("{s:.3}s")
    }
}

pub fn fmt_mib(kb: u64) -> String {
    format!("{:.1}MiB", kb as f64 / 1024.0)
}

pub fn fmt_ratio(r: Option<f64>) -> String {
    match r {
        Some(r) if r.is_finite() => format!("{r:.2}x"),
        _ => "-".into(),
    }
}

/// Eight-level sparkline of a series, scaled to its own maximum (the shape of the warm-up).
pub fn sparkline(xs: &[f64]) -> String {
    const BARS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];
    let hi = stats::max(xs);
    if xs.is_empty() || hi.is_nan() || hi <= 0.0 {
        return String::new();
    }
    xs.iter()
        .map(|&x| BARS[(((x / hi) * 8.0).ceil() as usize).clamp(1, 8) - 1])
        .collect()
}

fn cell_status(c: &Cell) -> Option<String> {
    if let Some(f) = &c.failure {
        Some(format!("FAILED ({f})"))
    } else if c.mismatch.is_some() {
        Some("RESULT MISMATCH".into())
    } else if c.runs.is_empty() {
        Some("no runs".into())
    } else {
        None
    }
}

/// Render the per-program table plus geometric means.
pub fn render_table(res: &SuiteResult) -> String {
    let base = &res.runtimes[res.baseline].name;
    let warm = res.has_warm();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut header = vec![
        "program".to_string(),
        "runtime".into(),
        "wall median".into(),
        "min-max".into(),
        "cpu".into(),
        "peak RSS".into(),
        format!("speedup vs {base}"),
    ];
    if warm {
        header.extend([
            "iter (steady)".to_string(),
            "warm speedup".into(),
            "warm-up curve".into(),
        ]);
    }
    rows.push(header);
    for p in &res.programs {
        for (i, c) in p.cells.iter().enumerate() {
            let name = if i == 0 {
                p.program.clone()
            } else {
                String::new()
            };
            let mut row = vec![name, c.runtime.clone()];
            if let Some(status) = cell_status(c) {
                row.push(status);
                rows.push(row);
                continue;
            }
            let walls = c.walls();
            row.push(fmt_secs(stats::median(&walls)));
            row.push(format!(
                "{}-{}",
                fmt_secs(stats::min(&walls)),
                fmt_secs(stats::max(&walls))
            ));
            row.push(fmt_secs(stats::median(&c.cpus())));
            row.push(fmt_mib(c.peak_rss_kb()));
            row.push(fmt_ratio(res.speedup(p, i)));
            if warm {
                row.push(c.steady().map(fmt_secs).unwrap_or_else(|| "-".into()));
                row.push(fmt_ratio(res.warm_speedup(p, i)));
                row.push(sparkline(&c.warm_curve()));
            }
            rows.push(row);
        }
    }
    let ncols = rows.iter().map(Vec::len).max().unwrap_or(0);
    let widths: Vec<usize> = (0..ncols)
        .map(|k| {
            rows.iter()
                .filter(|r| r.len() > k && !(r.len() == 3 && k == 2))
                .map(|r| r[k].chars().count())
                .max()
                .unwrap_or(0)
        })
        .collect();
    let mut out = String::new();
    for (ri, r) in rows.iter().enumerate() {
        let mut line = String::new();
        for (k, cell) in r.iter().enumerate() {
            let w = widths[k];
            let pad = w.saturating_sub(cell.chars().count());
            // names left-aligned, numbers right-aligned, a status spans the rest of the row
            if k < 2 || (r.len() == 3 && k == 2) || k == ncols - 1 && warm {
                line.push_str(cell);
                if k + 1 < r.len() {
                    line.push_str(&" ".repeat(pad));
                }
            } else {
                line.push_str(&" ".repeat(pad));
                line.push_str(cell);
            }
            if k + 1 < r.len() {
                line.push_str("  ");
            }
        }
        out.push_str(line.trim_end());
        out.push('\n');
        if ri == 0 {
            out.push_str(&"-".repeat(widths.iter().sum::<usize>() + 2 * (ncols - 1)));
            out.push('\n');
        }
    }
    out.push('\n');
    for (i, rt) in res.runtimes.iter().enumerate() {
        if i == res.baseline {
            continue;
        }
        let (g, n) = res.geomean_speedup(i);
        let mut line = format!(
            "geometric mean speedup of {} vs {base}: {} (whole process, {n} programs)",
            rt.name,
            fmt_ratio(Some(g))
        );
        if warm {
            let (g, n) = res.geomean_warm_speedup(i);
            line.push_str(&format!(
                ", {} (steady-state iteration, {n} programs)",
                fmt_ratio(Some(g))
            ));
        }
        out.push_str(&line);
        out.push('\n');
    }
    let problems: Vec<String> = res
        .programs
        .iter()
        .flat_map(|p| {
            p.cells.iter().filter_map(move |c| {
                if let Some(m) = &c.mismatch {
                    Some(format!(
                        "MISMATCH {} on {}: got {:?}, expected {:?} (from {})",
                        p.program,
                        c.runtime,
                        m,
                        p.reference.as_deref().unwrap_or(""),
                        p.reference_from.as_deref().unwrap_or("?")
                    ))
                } else {
                    c.failure
                        .as_ref()
                        .map(|f| format!("FAILED {} on {}: {f}", p.program, c.runtime))
                }
            })
        })
        .collect();
    if !problems.is_empty() {
        out.push_str(&format!(
            "\n{} problem(s); their numbers were not used:\n",
            problems.len()
        ));
        for p in problems {
            out.push_str(&format!("  {p}\n"));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats() {
        assert_eq!(fmt_secs(1.23456), "1.235s");
        assert_eq!(fmt_secs(0.01234), "12.3ms");
        assert_eq!(fmt_secs(0.000_456), "456us");
        assert_eq!(fmt_mib(10240), "10.0MiB");
        assert_eq!(fmt_ratio(Some(2.0)), "2.00x");
        assert_eq!(fmt_ratio(None), "-");
        assert_eq!(sparkline(&[8.0, 4.0, 1.0, 1.0]), "█▄▁▁");
        assert_eq!(sparkline(&[]), "");
    }
}
