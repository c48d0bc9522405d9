//! ferrite-bench command line. See benchmarks/README.md.

use ferrite_bench::check::{self, Outcome};
use ferrite_bench::programs::{self, Program};
use ferrite_bench::runtimes::{self, Runtime};
use ferrite_bench::suite::{self, RunConfig, SizeChoice};
use ferrite_bench::{compare, csv, pyperf, report, svg, timeutil};
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Duration;

const USAGE: &str = "\
ferrite-bench: run Python benchmark programs on several runtimes and compare them

USAGE:
  ferrite-bench run [OPTIONS] [FILTER ... | SCRIPT.py]
  ferrite-bench check [-r NAME=COMMAND] [-j JOBS] [--inner N] [FILTER ...]
  ferrite-bench expect [--python PATH] [FILTER ...]
  ferrite-bench compare A.json B.json [--min-change PERCENT]
  ferrite-bench list

run:  every program of benchmarks/programs (or those whose name contains a FILTER, or your own
      SCRIPT.py) under every runtime, interleaved A B C A B C; table on stdout, files in --out.
  -r, --runtime NAME=COMMAND  a runtime (repeatable; the first is the reference output and the
                              baseline). Default: python3.12, ferrite (target/release/ferrite if
                              built), pypy3 (if on PATH)
  -n, --runs N                measured processes per runtime and program (default 5)
  -w, --warmups N             unmeasured warm-up processes first (default 1)
      --inner N               iterations per inner-iteration (warm) process; 0 = off (default 6)
      --warm-procs N          inner-iteration processes per runtime and program (default 1)
      --size default|small|N  size argument for the suite's programs (default: default)
      --baseline NAME         runtime that ratios are taken against (default: the first)
      --args \"ARGS\"           arguments for SCRIPT.py
  -o, --out DIR               output directory (default bench-results/<UTC time>)
      --timeout SECS          per-process limit (default 600)
      --programs DIR          programs directory (default benchmarks/programs)
      --no-progress           no progress bar
check:   run each program at its small size and compare with programs/expected/<name>.txt
         (default runtime: ferrite if built, else python3.12); --inner N also checks that mode
expect:  record programs/expected/*.txt with CPython 3.12 (found automatically or --python)
compare: per-benchmark difference of two pyperf JSON files, significant changes flagged
";

struct Args {
    items: Vec<String>,
    pos: usize,
}

impl Args {
    fn next(&mut self) -> Option<String> {
        let v = self.items.get(self.pos).cloned();
        self.pos += 1;
        v
    }
    fn value(&mut self, flag: &str) -> Result<String, String> {
        self.next().ok_or_else(|| format!("{flag} needs a value"))
    }
    fn number(&mut self, flag: &str) -> Result<usize, String> {
        let v = self.value(flag)?;
        v.parse()
            .map_err(|_| format!("{flag}: '{v}' is not a number"))
    }
}

fn main() -> ExitCode {
    let items: Vec<String> = std::env::args().skip(1).collect();
    let mut args = Args { items, pos: 0 };
    let result = match args.next().as_deref() {
        Some("run") => cmd_run(args),
        Some("check") => cmd_check(args),
        Some("expect") => cmd_expect(args),
        Some("compare") => cmd_compare(args),
        Some("list") => cmd_list(args),
        Some("-h") | Some("--help") | Some("help") | None => {
            print!("{USAGE}");
            Ok(ExitCode::SUCCESS)
        }
        Some(other) => Err(format!("unknown command '{other}'\n\n{USAGE}")),
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            eprintln!("ferrite-bench: {e}");
            ExitCode::from(2)
        }
    }
}

fn load_programs(dir: &Path, filters: &[String]) -> Result<Vec<Program>, String> {
    let all = programs::discover(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let chosen = programs::filter(all, filters);
    if chosen.is_empty() {
        return Err(format!(
            "no program in {} matches {:?}",
            dir.display(),
            filters
        ));
    }
    Ok(chosen)
}

fn cmd_run(mut args: Args) -> Result<ExitCode, String> {
    let mut rts: Vec<Runtime> = Vec::new();
    let mut runs = 5;
    let mut warmups = 1;
    let mut inner = 6;
    let mut warm_procs = 1;
    let mut size = SizeChoice::Default;
    let mut baseline: Option<String> = None;
    let mut out: Option<PathBuf> = None;
    let mut timeout = 600;
    let mut dir = programs::default_programs_dir();
    let mut progress = ferrite_bench::process::stderr_is_tty();
    let mut script_args = Vec::new();
    let mut filters = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "-r" | "--runtime" => rts.push(runtimes::parse_runtime_spec(&args.value(&a)?)?),
            "-n" | "--runs" => runs = args.number(&a)?,
            "-w" | "--warmups" => warmups = args.number(&a)?,
            "--inner" => inner = args.number(&a)?,
            "--warm-procs" => warm_procs = args.number(&a)?,
            "--size" => {
                size = match args.value(&a)?.as_str() {
                    "default" => SizeChoice::Default,
                    "small" => SizeChoice::Small,
                    n => SizeChoice::Fixed(n.to_string()),
                }
            }
            "--baseline" => baseline = Some(args.value(&a)?),
            "--args" => script_args = runtimes::split_command(&args.value(&a)?),
            "-o" | "--out" => out = Some(PathBuf::from(args.value(&a)?)),
            "--timeout" => timeout = args.number(&a)?,
            "--programs" => dir = PathBuf::from(args.value(&a)?),
            "--no-progress" => progress = false,
            f if f.starts_with('-') => return Err(format!("run: unknown option {f}")),
            f => filters.push(f.to_string()),
        }
    }
    if runs == 0 {
        return Err("--runs must be at least 1".into());
    }
    if rts.is_empty() {
        let (d, notes) = runtimes::default_runtimes();
        for n in notes {
            eprintln!("note: {n}");
        }
        rts = d;
    }
    if rts.is_empty() {
        return Err("no runtime to run (give -r NAME=COMMAND)".into());
    }
    let scripts: Vec<&String> = filters.iter().filter(|f| f.ends_with(".py")).collect();
    let progs = if !scripts.is_empty() {
        if scripts.len() != filters.len() {
            return Err("give either program filters or .py scripts, not both".into());
        }
        let mut v = Vec::new();
        for s in scripts {
            let p = Path::new(s);
            if !p.is_file() {
                return Err(format!("{s}: no such script"));
            }
            v.push(programs::user_script(
                &p.canonicalize().map_err(|e| format!("{s}: {e}"))?,
            ));
        }
        v
    } else {
        load_programs(&dir, &filters)?
    };
    let base_idx = match &baseline {
        None => 0,
        Some(b) => rts
            .iter()
            .position(|r| &r.name == b)
            .ok_or_else(|| format!("--baseline {b}: no runtime of that name"))?,
    };
    let out = out.unwrap_or_else(|| PathBuf::from("bench-results").join(timeutil::stamp_now()));
    std::fs::create_dir_all(&out).map_err(|e| format!("{}: {e}", out.display()))?;
    eprintln!(
        "ferrite-bench: {} program(s) x {} runtime(s) [{}], {warmups} warm-up + {runs} runs{}; results in {}",
        progs.len(),
        rts.len(),
        rts.iter().map(|r| format!("{}={}", r.name, r.command_line())).collect::<Vec<_>>().join(", "),
        if inner > 0 { format!(", {warm_procs} x {inner}-iteration warm process(es)") } else { String::new() },
        out.display()
    );
    let cfg = RunConfig {
        runtimes: rts,
        programs: progs,
        runs,
        warmups,
        inner,
        warm_procs,
        size,
        script_args,
        timeout: Duration::from_secs(timeout as u64),
        progress,
    };
    let res = suite::run_suite(&cfg, base_idx);
    let table = report::render_table(&res);
    print!("{table}");
    let write = |name: &str, text: &str| -> Result<PathBuf, String> {
        let p = out.join(name);
        std::fs::write(&p, text).map_err(|e| format!("{}: {e}", p.display()))?;
        Ok(p)
    };
    write("table.txt", &table)?;
    let mut files = vec![
        write("summary.csv", &csv::summary_csv(&res))?,
        write("runs.csv", &csv::runs_csv(&res))?,
    ];
    files.push(write("chart.svg", &svg::render(&res))?);
    for i in 0..res.runtimes.len() {
        if let Some(v) = pyperf::suite_json(&res, i) {
            let name = format!("{}.json", sanitize(&res.runtimes[i].name));
            files.push(write(&name, &serde_json::to_string_pretty(&v).unwrap())?);
        }
    }
    eprintln!(
        "wrote {}",
        files
            .iter()
            .map(|f| f.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    );
    let problems = res.programs.iter().any(|p| {
        p.cells
            .iter()
            .any(|c| c.failure.is_some() || c.mismatch.is_some())
    });
    Ok(if problems {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn sanitize(name: &str) -> String {
    name.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() || "._-".contains(c) {
                c
            } else {
                '_'
            }
        })
        .collect()
}

fn cmd_check(mut args: Args) -> Result<ExitCode, String> {
    let mut rt: Option<Runtime> = None;
    let mut jobs = std::thread::available_parallelism()
        .map(|n| n.get())
        .unwrap_or(2);
    let mut inner = 0;
    let mut dir = programs::default_programs_dir();
    let mut filters = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "-r" | "--runtime" => rt = Some(runtimes::parse_runtime_spec(&args.value(&a)?)?),
            "-j" | "--jobs" => jobs = args.number(&a)?,
            "--inner" => inner = args.number(&a)?,
            "--programs" => dir = PathBuf::from(args.value(&a)?),
            f if f.starts_with('-') => return Err(format!("check: unknown option {f}")),
            f => filters.push(f.to_string()),
        }
    }
    let rt = match rt {
        Some(r) => r,
        None => match runtimes::find_ferrite() {
            Some(p) => Runtime {
                name: "ferrite".into(),
                argv: vec![p.display().to_string()],
            },
            None => Runtime {
                name: "python3.12".into(),
                argv: vec![runtimes::find_cpython312()?.display().to_string()],
            },
        },
    };
    let progs = load_programs(&dir, &filters)?;
    eprintln!(
        "checking {} program(s) with {} ({})",
        progs.len(),
        rt.name,
        rt.command_line()
    );
    let results = check::check_all(&rt, &progs, &dir, jobs, inner, Duration::from_secs(300));
    let mut failed = 0;
    for r in &results {
        println!("{}", check::describe(r));
        if r.outcome != Outcome::Pass {
            failed += 1;
        }
    }
    println!("{} passed, {failed} failed", results.len() - failed);
    Ok(if failed > 0 {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    })
}

fn cmd_expect(mut args: Args) -> Result<ExitCode, String> {
    let mut python: Option<PathBuf> = None;
    let mut dir = programs::default_programs_dir();
    let mut filters = Vec::new();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--python" => python = Some(PathBuf::from(args.value(&a)?)),
            "--programs" => dir = PathBuf::from(args.value(&a)?),
            f if f.starts_with('-') => return Err(format!("expect: unknown option {f}")),
            f => filters.push(f.to_string()),
        }
    }
    let python = match python {
        Some(p) => p,
        None => runtimes::find_cpython312()?,
    };
    if runtimes::python_version(&python).as_deref() != Some("3.12") {
        return Err(format!("{} is not CPython 3.12", python.display()));
    }
    let rt = Runtime {
        name: "python3.12".into(),
        argv: vec![python.display().to_string()],
    };
    let progs = load_programs(&dir, &filters)?;
    eprintln!("recording expected results with {}", python.display());
    for line in check::record_expected(&rt, &progs, &dir, Duration::from_secs(300))? {
        println!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}

fn cmd_compare(mut args: Args) -> Result<ExitCode, String> {
    let mut files = Vec::new();
    let mut min_change = 2.0;
    while let Some(a) = args.next() {
        match a.as_str() {
            "--min-change" => {
                let v = args.value(&a)?;
                min_change = v
                    .parse()
                    .map_err(|_| format!("--min-change: '{v}' is not a number"))?;
            }
            f if f.starts_with('-') => return Err(format!("compare: unknown option {f}")),
            f => files.push(f.to_string()),
        }
    }
    if files.len() != 2 {
        return Err("compare needs exactly two JSON files".into());
    }
    let load = |f: &str| -> Result<Vec<pyperf::LoadedBenchmark>, String> {
        let text = std::fs::read_to_string(f).map_err(|e| format!("{f}: {e}"))?;
        pyperf::load_suite(&text).map_err(|e| format!("{f}: {e}"))
    };
    let (a, b) = (load(&files[0])?, load(&files[1])?);
    let c = compare::compare(&a, &b, min_change / 100.0);
    print!("{}", compare::render(&c, &files[0], &files[1]));
    Ok(ExitCode::SUCCESS)
}

fn cmd_list(mut args: Args) -> Result<ExitCode, String> {
    let mut dir = programs::default_programs_dir();
    while let Some(a) = args.next() {
        match a.as_str() {
            "--programs" => dir = PathBuf::from(args.value(&a)?),
            f => return Err(format!("list: unexpected argument {f}")),
        }
    }
    for p in load_programs(&dir, &[])? {
        let first = std::fs::read_to_string(&p.path)
            .ok()
            .and_then(|s| {
                s.lines()
                    .next()
                    .map(|l| l.trim_start_matches("# ").to_string())
            })
            .unwrap_or_default();
        println!(
            "{:<16} small={:<8} {}",
            p.name,
            p.small_size.unwrap_or_default(),
            first.split_once(": ").map(|x| x.1).unwrap_or(&first)
        );
    }
    Ok(ExitCode::SUCCESS)
}
