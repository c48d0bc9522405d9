//! Runtimes under test: parsing `NAME=COMMAND`, and finding the default ones
//! (CPython 3.12, Ferrite's release build, PyPy).

use std::env;
use std::path::{Path, PathBuf};
use std::process::Command;

/// A runtime: a display name and the command (program plus fixed arguments) that runs a script.
#[derive(Debug, Clone, PartialEq)]
pub struct Runtime {
    pub name: String,
    pub argv: Vec<String>,
}

impl Runtime {
    pub fn command_line(&self) -> String {
        self.argv.join(" ")
    }
}

/// Split a command line on whitespace, honouring single and double quotes and backslashes.
pub fn split_command(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut quote: Option<char> = None;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some('"'), '\\') | (None, '\\') => {
                if let Some(n) = chars.next() {
                    cur.push(n);
                }
                in_word = true;
            }
            (Some(_), c) => cur.push(c),
            (None, '"') | (None, '\'') => {
                quote = Some(c);
                in_word = true;
            }
            (None, c) if c.is_whitespace() => {
                if in_word {
                    out.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            (None, c) => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        out.push(cur);
    }
    out
}

/// Parse `NAME=COMMAND` (or a bare `COMMAND`, named after its program's file name).
pub fn parse_runtime_spec(spec: &str) -> Result<Runtime, String> {
    let (name, cmd) = match spec.split_once('=') {
        Some((n, c)) if !n.is_empty() && !n.contains(['/', ' ', '\t']) => (Some(n), c),
        _ => (None, spec),
    };
    let argv = split_command(cmd);
    if argv.is_empty() {
        return Err(format!("runtime '{spec}' has an empty command"));
    }
    let name = match name {
        Some(n) => n.to_string(),
        None => Path::new(&argv[0])
            .file_name()
            .map(|f| f.to_string_lossy().into_owned())
            .unwrap_or_else(|| argv[0].clone()),
    };
    Ok(Runtime { name, argv })
}

/// Find an executable called `name` on PATH (skipping pyenv shims, which only work for the
/// pyenv-selected version and add a shell start-up to every measured process).
pub fn which(name: &str) -> Option<PathBuf> {
    let path = env::var_os("PATH")?;
    env::split_paths(&path)
        .filter(|dir| !dir.to_string_lossy().contains("/.pyenv/shims"))
        .map(|dir| dir.join(name))
        .find(|p| is_executable(p))
}

fn is_executable(p: &Path) -> bool {
    use std::os::unix::fs::PermissionsExt;
    p.metadata()
        .map(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
        .unwrap_or(false)
}

/// `major.minor` reported by a Python executable, if it runs.
pub fn python_version(exe: &Path) -> Option<String> {
    let out = Command::new(exe)
        .args(["-c", "import sys; print('%d.%d' % sys.version_info[:2])"])
        .output()
        .ok()?;
    if !out.status.success() {
        return None;
    }
    Some(String::from_utf8_lossy(&out.stdout).trim().to_string())
}

/// The places searched for CPython 3.12, in order (for error messages).
pub fn cpython312_candidates() -> Vec<PathBuf> {
    let mut c = Vec::new();
    if let Some(p) = env::var_os("FERRITE_BENCH_CPYTHON") {
        c.push(PathBuf::from(p));
    }
    if let Some(p) = which("python3.12") {
        c.push(p);
    }
    if let Some(home) = env::var_os("HOME") {
        let versions = Path::new(&home).join(".pyenv/versions");
        if let Ok(rd) = std::fs::read_dir(&versions) {
            let mut vs: Vec<PathBuf> = rd
                .filter_map(|e| e.ok())
                .filter(|e| e.file_name().to_string_lossy().starts_with("3.12."))
                .map(|e| e.path().join("bin/python3.12"))
                .collect();
            vs.sort();
            vs.reverse();
            c.extend(vs);
        }
    }
    for p in ["/usr/bin/python3.12", "/usr/local/bin/python3.12"] {
        c.push(PathBuf::from(p));
    }
    c
}

/// Locate a working CPython 3.12: `$FERRITE_BENCH_CPYTHON`, `python3.12` on PATH (not a pyenv
/// shim), then `~/.pyenv/versions/3.12.*/bin/python3.12`, /usr/bin, /usr/local/bin.
pub fn find_cpython312() -> Result<PathBuf, String> {
    let candidates = cpython312_candidates();
    for c in &candidates {
        if is_executable(c) && python_version(c).as_deref() == Some("3.12") {
            return Ok(c.clone());
        }
    }
    Err(format!(
        "CPython 3.12 not found. Looked for $FERRITE_BENCH_CPYTHON, `python3.12` on PATH (pyenv \
         shims skipped), ~/.pyenv/versions/3.12.*/bin/python3.12, /usr/bin/python3.12 and \
         /usr/local/bin/python3.12; tried: [{}]. Install CPython 3.12 or set \
         FERRITE_BENCH_CPYTHON=/path/to/python3.12.",
        candidates
            .iter()
            .map(|p| p.display().to_string())
            .collect::<Vec<_>>()
            .join(", ")
    ))
}

/// Ferrite's release binary in this workspace, if built.
pub fn find_ferrite() -> Option<PathBuf> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).parent()?;
    let target = env::var_os("CARGO_TARGET_DIR")
        .map(PathBuf::from)
        .map(|t| if t.is_absolute() { t } else { root.join(t) })
        .unwrap_or_else(|| root.join("target"));
    [
        target.join("release/ferrite"),
        root.join("target/release/ferrite"),
    ]
    .into_iter()
    .find(|p| is_executable(p))
}

/// Default runtimes: python3.12 (the baseline and reference output), ferrite when
/// target/release/ferrite exists, pypy3 when on PATH.
pub fn default_runtimes() -> (Vec<Runtime>, Vec<String>) {
    let mut rts = Vec::new();
    let mut notes = Vec::new();
    match find_cpython312() {
        Ok(p) => rts.push(Runtime {
            name: "python3.12".into(),
            argv: vec![p.display().to_string()],
        }),
        Err(e) => notes.push(e),
    }
    match find_ferrite() {
        Some(p) => rts.push(Runtime {
            name: "ferrite".into(),
            argv: vec![p.display().to_string()],
        }),
        None => notes.push("ferrite: target/release/ferrite not built; skipped".into()),
    }
    match which("pypy3") {
        Some(p) => rts.push(Runtime {
            name: "pypy3".into(),
            argv: vec![p.display().to_string()],
        }),
        None => notes.push("pypy3: not on PATH; skipped".into()),
    }
    (rts, notes)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_commands_with_quotes() {
        assert_eq!(split_command("a  b\tc"), ["a", "b", "c"]);
        assert_eq!(
            split_command(r#"ferrite -X "jit=off" 'a b'"#),
            ["ferrite", "-X", "jit=off", "a b"]
        );
        assert_eq!(split_command(r"a\ b c"), ["a b", "c"]);
        assert!(split_command("   ").is_empty());
    }

    #[test]
    fn parses_runtime_specs() {
        let r = parse_runtime_spec("nojit=target/release/ferrite -X jit=off").unwrap();
        assert_eq!(r.name, "nojit");
        assert_eq!(r.argv, ["target/release/ferrite", "-X", "jit=off"]);
        let r = parse_runtime_spec("/usr/bin/pypy3").unwrap();
        assert_eq!(r.name, "pypy3");
        assert_eq!(r.argv, ["/usr/bin/pypy3"]);
        assert!(parse_runtime_spec("x=").is_err());
    }
}
