//! The benchmark programs: discovery, their `# small-size:` header, and their output protocol.
//!
//! Protocol (see benchmarks/README.md): `prog.py [SIZE] [--inner=N]`. The last non-empty stdout
//! line that does not start with `#` is the result line (a checksum). With `--inner=N` the program
//! repeats its work N times and prints `#iter <seconds>` after each repetition.

use std::fs;
use std::path::{Path, PathBuf};

/// A benchmark program (or a user's own script).
#[derive(Debug, Clone)]
pub struct Program {
    pub name: String,
    pub path: PathBuf,
    /// Size used by tests and `check` (from the `# small-size: N` header).
    pub small_size: Option<String>,
    /// True for programs of the suite (they follow the protocol: size argument, `--inner`).
    pub suite: bool,
}

/// The suite's programs directory (benchmarks/programs next to this crate's manifest).
pub fn default_programs_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("programs")
}

/// Where the recorded CPython result lines live.
pub fn expected_dir(programs_dir: &Path) -> PathBuf {
    programs_dir.join("expected")
}

/// Read the `# small-size: N` header from the first lines of a program's source.
pub fn parse_small_size(source: &str) -> Option<String> {
    source.lines().take(20).find_map(|l| {
        l.strip_prefix("# small-size:")
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    })
}

/// All `*.py` programs in `dir`, sorted by name.
pub fn discover(dir: &Path) -> std::io::Result<Vec<Program>> {
    let mut out = Vec::new();
    for entry in fs::read_dir(dir)? {
        let path = entry?.path();
        if path.extension().and_then(|e| e.to_str()) != Some("py") {
            continue;
        }
        let name = path.file_stem().unwrap().to_string_lossy().into_owned();
        let source = fs::read_to_string(&path)?;
        out.push(Program {
            name,
            small_size: parse_small_size(&source),
            path,
            suite: true,
        });
    }
    out.sort_by(|a, b| a.name.cmp(&b.name));
    Ok(out)
}

/// Keep programs whose name contains any of the comma-separated filters (all if none).
pub fn filter(programs: Vec<Program>, filters: &[String]) -> Vec<Program> {
    let pats: Vec<&str> = filters
        .iter()
        .flat_map(|f| f.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .collect();
    if pats.is_empty() {
        return programs;
    }
    programs
        .into_iter()
        .filter(|p| pats.iter().any(|pat| p.name.contains(pat)))
        .collect()
}

/// A user's own script as a program (no size argument, no inner-iteration mode assumed).
pub fn user_script(path: &Path) -> Program {
    Program {
        name: path
            .file_stem()
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| "script".into()),
        path: path.to_path_buf(),
        small_size: None,
        suite: false,
    }
}

/// The result line: the last non-empty stdout line that does not start with `#`.
pub fn result_line(stdout: &str) -> Option<String> {
    stdout
        .lines()
        .map(str::trim_end)
        .rfind(|l| !l.is_empty() && !l.starts_with('#'))
        .map(str::to_string)
}

/// The `#iter <seconds>` lines, in order.
pub fn iteration_times(stdout: &str) -> Vec<f64> {
    stdout
        .lines()
        .filter_map(|l| l.strip_prefix("#iter "))
        .filter_map(|v| v.trim().parse::<f64>().ok())
        .collect()
}

/// The recorded expected result line for a program, if any.
pub fn read_expected(programs_dir: &Path, name: &str) -> Option<String> {
    let path = expected_dir(programs_dir).join(format!("{name}.txt"));
    fs::read_to_string(path)
        .ok()
        .map(|s| s.trim_end().to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn result_line_skips_iter_lines_and_blanks() {
        let out = "warming\n#iter 0.5\nnbody e=1\n#iter 0.4\n\n";
        assert_eq!(result_line(out).as_deref(), Some("nbody e=1"));
        assert_eq!(iteration_times(out), vec![0.5, 0.4]);
        assert_eq!(result_line("#iter 1\n"), None);
    }

    #[test]
    fn small_size_header() {
        assert_eq!(
            parse_small_size("# x: y\n# small-size: 40\nimport sys\n").as_deref(),
            Some("40")
        );
        assert_eq!(parse_small_size("import sys\n"), None);
    }

    #[test]
    fn filters_by_substring_and_commas() {
        let mk = |n: &str| Program {
            name: n.into(),
            path: PathBuf::from(n),
            small_size: None,
            suite: true,
        };
        let all = vec![mk("nbody"), mk("nqueens"), mk("sieve")];
        let names = |v: Vec<Program>| v.into_iter().map(|p| p.name).collect::<Vec<_>>();
        assert_eq!(
            names(filter(all.clone(), &["n".into()])),
            ["nbody", "nqueens"]
        );
        assert_eq!(
            names(filter(all.clone(), &["sieve,nbody".into()])),
            ["nbody", "sieve"]
        );
        assert_eq!(names(filter(all, &[])).len(), 3);
    }

    #[test]
    fn suite_programs_all_declare_a_small_size() {
        let progs = discover(&default_programs_dir()).unwrap();
        assert!(progs.len() >= 25, "only {} programs", progs.len());
        for p in &progs {
            assert!(
                p.small_size.is_some(),
                "{} has no '# small-size:' header",
                p.name
            );
        }
    }
}
