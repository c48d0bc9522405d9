//! `compare A.json B.json`: the difference between two saved runs (pyperf files), per benchmark,
//! with a significance flag: Welch's t-test at the 5% level AND a change larger than a minimum
//! (default 2%), so that tiny but consistent shifts on a quiet machine are not shouted about.

use crate::pyperf::LoadedBenchmark;
use crate::report::fmt_secs;
use crate::stats;

#[derive(Debug, Clone)]
pub struct Row {
    pub name: String,
    pub a_median: f64,
    pub b_median: f64,
    pub a_stdev: f64,
    pub b_stdev: f64,
    /// b / a on medians: < 1 means B is faster.
    pub ratio: f64,
    pub p: Option<f64>,
    pub significant: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Comparison {
    pub rows: Vec<Row>,
    pub only_a: Vec<String>,
    pub only_b: Vec<String>,
}

pub fn compare(a: &[LoadedBenchmark], b: &[LoadedBenchmark], min_change: f64) -> Comparison {
    let mut c = Comparison::default();
    for x in a {
        let Some(y) = b.iter().find(|y| y.name == x.name) else {
            c.only_a.push(x.name.clone());
            continue;
        };
        if x.values.is_empty() || y.values.is_empty() {
            continue;
        }
        let (am, bm) = (stats::median(&x.values), stats::median(&y.values));
        let ratio = bm / am;
        let p = stats::welch_t_test(&x.values, &y.values).map(|t| t.p);
        let significant = p.is_some_and(|p| p < 0.05) && (ratio - 1.0).abs() >= min_change;
        c.rows.push(Row {
            name: x.name.clone(),
            a_median: am,
            b_median: bm,
            a_stdev: stats::stdev(&x.values),
            b_stdev: stats::stdev(&y.values),
            ratio,
            p,
            significant,
        });
    }
    for y in b {
        if !a.iter().any(|x| x.name == y.name) {
            c.only_b.push(y.name.clone());
        }
    }
    c
}

fn verdict(ratio: f64) -> String {
    if ratio < 1.0 {
        format!("{:.2}x faster", 1.0 / ratio)
    } else if ratio > 1.0 {
        format!("{ratio:.2}x slower")
    } else {
        "same".into()
    }
}

pub fn render(c: &Comparison, a_label: &str, b_label: &str) -> String {
    let mut out = format!("A = {a_label}\nB = {b_label}\n\n");
    let w = c
        .rows
        .iter()
        .map(|r| r.name.len())
        .max()
        .unwrap_or(9)
        .max(9);
    out.push_str(&format!(
        "{:<w$}  {:>18}  {:>18}  {:>13}  {}\n",
        "benchmark", "A median ± sd", "B median ± sd", "B vs A", "significance"
    ));
    for r in &c.rows {
        let sig = match (r.p, r.significant) {
            (None, _) => "too few values to test".to_string(),
            (Some(p), true) => format!("SIGNIFICANT (p={p:.3})"),
            (Some(p), false) => format!("not significant (p={p:.3})"),
        };
        let flag = if r.significant {
            if r.ratio < 1.0 {
                "+ "
            } else {
                "! "
            }
        } else {
            "  "
        };
        out.push_str(&format!(
            "{:<w$}  {:>18}  {:>18}  {:>13}  {flag}{sig}\n",
            r.name,
            format!("{} ± {}", fmt_secs(r.a_median), fmt_secs(r.a_stdev)),
            format!("{} ± {}", fmt_secs(r.b_median), fmt_secs(r.b_stdev)),
            verdict(r.ratio),
        ));
    }
    let ratios: Vec<f64> = c.rows.iter().map(|r| r.ratio).collect();
    if !ratios.is_empty() {
        let faster = c
            .rows
            .iter()
            .filter(|r| r.significant && r.ratio < 1.0)
            .count();
        let slower = c
            .rows
            .iter()
            .filter(|r| r.significant && r.ratio > 1.0)
            .count();
        out.push_str(&format!(
            "\ngeometric mean: B is {} than A over {} benchmarks; significant: {faster} faster, {slower} slower\n",
            verdict(stats::geomean(&ratios)),
            ratios.len()
        ));
    }
    if !c.only_a.is_empty() {
        out.push_str(&format!("only in A: {}\n", c.only_a.join(", ")));
    }
    if !c.only_b.is_empty() {
        out.push_str(&format!("only in B: {}\n", c.only_b.join(", ")));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn b(name: &str, values: &[f64]) -> LoadedBenchmark {
        LoadedBenchmark {
            name: name.into(),
            values: values.to_vec(),
        }
    }

    #[test]
    fn flags_only_real_changes() {
        let a = vec![
            b("fast", &[1.0, 1.01, 0.99, 1.0, 1.02]),
            b("same", &[1.0, 1.01, 0.99, 1.0, 1.02]),
            b("tiny", &[1.000, 1.001, 1.000, 1.001, 1.000]),
            b("gone", &[1.0]),
        ];
        let bb = vec![
            b("fast", &[0.5, 0.51, 0.49, 0.5, 0.5]),
            b("same", &[1.01, 0.99, 1.0, 1.02, 1.0]),
            b("tiny", &[1.005, 1.006, 1.005, 1.006, 1.005]),
            b("new", &[1.0]),
        ];
        let c = compare(&a, &bb, 0.02);
        let get = |n: &str| c.rows.iter().find(|r| r.name == n).unwrap();
        assert!(get("fast").significant);
        assert!((get("fast").ratio - 0.5).abs() < 1e-9);
        assert!(!get("same").significant);
        // statistically clear but below the 2% threshold
        assert!(get("tiny").p.unwrap() < 0.05);
        assert!(!get("tiny").significant);
        assert_eq!(c.only_a, ["gone"]);
        assert_eq!(c.only_b, ["new"]);
        let text = render(&c, "a.json", "b.json");
        assert!(text.contains("2.00x faster"));
        assert!(text.contains("SIGNIFICANT"));
        assert!(text.contains("only in A: gone"));
    }
}
