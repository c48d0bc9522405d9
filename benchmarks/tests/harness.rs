//! End-to-end check of `run_suite`: interleaving, the result-line check, failures, and that
//! mismatched numbers stay out of ratios and JSON.

use ferrite_bench::programs::discover;
use ferrite_bench::runtimes::{find_cpython312, Runtime};
use ferrite_bench::suite::{run_suite, RunConfig, SizeChoice};
use ferrite_bench::{csv, pyperf, report};
use std::time::Duration;

#[test]
fn run_suite_checks_results_and_drops_mismatches() {
    let python = find_cpython312().unwrap_or_else(|e| panic!("{e}"));
    let dir = std::env::temp_dir().join(format!("ferrite-bench-test-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("tiny.py"),
        "# tiny: test program\n# small-size: 3\nimport sys\nn = int(sys.argv[1]) if len(sys.argv) > 1 else 5\n\
         for a in sys.argv[2:]:\n    if a.startswith('--inner='):\n        for i in range(int(a[8:])):\n            print('#iter 0.001')\n\
         print('tiny', sum(range(n)))\n",
    )
    .unwrap();
    let programs = discover(&dir).unwrap();
    let rt = |name: &str, argv: &[&str]| Runtime {
        name: name.into(),
        argv: argv.iter().map(|s| s.to_string()).collect(),
    };
    let python = python.display().to_string();
    let cfg = RunConfig {
        runtimes: vec![
            rt("cpython", &[&python]),
            rt("same", &[&python]),
            rt("liar", &["/bin/sh", "-c", "echo 'tiny 0'; for a in \"$@\"; do case $a in --inner=*) echo '#iter 0.5';; esac; done", "sh"]),
            rt("broken", &["/bin/sh", "-c", "echo boom >&2; exit 3", "sh"]),
        ],
        programs,
        runs: 2,
        warmups: 1,
        inner: 2,
        warm_procs: 1,
        size: SizeChoice::Small,
        script_args: vec![],
        timeout: Duration::from_secs(60),
        progress: false,
    };
    let res = run_suite(&cfg, 0);
    let p = &res.programs[0];
    assert_eq!(p.size, "3");
    assert_eq!(p.reference.as_deref(), Some("tiny 3"));
    assert!(p.cells[0].usable() && p.cells[1].usable());
    assert_eq!(p.cells[0].runs.len(), 2);
    assert_eq!(p.cells[0].warmups.len(), 1);
    assert_eq!(p.cells[0].warm_curve(), vec![0.001, 0.001]);
    assert_eq!(p.cells[2].mismatch.as_deref(), Some("tiny 0"));
    assert_eq!(p.cells[3].failure.as_deref(), Some("exit 3"));
    assert!(res.speedup(p, 1).is_some());
    assert!(
        res.speedup(p, 2).is_none(),
        "mismatched numbers must not be used"
    );
    assert!(res.speedup(p, 3).is_none());
    assert!(pyperf::suite_json(&res, 2).is_none());
    assert!(pyperf::suite_json(&res, 0).is_some());
    let table = report::render_table(&res);
    assert!(table.contains("RESULT MISMATCH"), "{table}");
    assert!(table.contains("FAILED (exit 3)"), "{table}");
    assert!(
        table.contains("geometric mean speedup of same vs cpython"),
        "{table}"
    );
    let summary = csv::summary_csv(&res);
    assert!(summary.contains("tiny,liar,,,,"), "{summary}");
    std::fs::remove_dir_all(&dir).ok();
}
