//! `ferrite -m MODULE` runs Lib modules as CPython does: `-m unittest` on a small test module
//! reports like CPython (same stderr apart from the timing), `-m timeit` prints its result line,
//! and `-m` with a package runs its `__main__`.

mod common;

use common::cpython;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn scratch(name: &str) -> PathBuf {
    let d = std::env::temp_dir().join(format!("ferrite-cli-{name}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&d);
    std::fs::create_dir_all(&d).unwrap();
    d
}

fn run(exe: &Path, dir: &Path, args: &[&str]) -> Output {
    Command::new(exe)
        .args(args)
        .current_dir(dir)
        .env("PYTHONDONTWRITEBYTECODE", "1")
        .output()
        .unwrap()
}

/// "Ran 3 tests in 0.012s" -> "Ran 3 tests in X"
fn without_timing(s: &str) -> String {
    s.lines()
        .map(
            |l| match l.find(" tests in ").or_else(|| l.find(" test in ")) {
                Some(i) if l.starts_with("Ran ") => format!("{} in X", &l[..i + 6]),
                _ => l.to_string(),
            },
        )
        .collect::<Vec<_>>()
        .join("\n")
}

const TEST_MODULE: &str = "import unittest

class Arithmetic(unittest.TestCase):
    def test_add(self):
        self.assertEqual(1 + 1, 2)

    def test_fails(self):
        self.assertEqual([1, 2, 3], [1, 2, 4])

    @unittest.skip('not today')
    def test_skipped(self):
        pass

    def test_raises(self):
        with self.assertRaises(ZeroDivisionError):
            1 / 0
";

#[test]
fn dash_m_unittest_reports_like_cpython() {
    let d = scratch("unittest");
    std::fs::write(d.join("test_arith.py"), TEST_MODULE).unwrap();
    let ours = run(
        Path::new(env!("CARGO_BIN_EXE_ferrite")),
        &d,
        &["-m", "unittest", "test_arith"],
    );
    let theirs = run(&cpython(), &d, &["-m", "unittest", "test_arith"]);
    assert_eq!(ours.status.code(), theirs.status.code());
    assert_eq!(
        without_timing(&String::from_utf8_lossy(&ours.stderr)),
        without_timing(&String::from_utf8_lossy(&theirs.stderr))
    );
    assert_eq!(ours.stdout, theirs.stdout);
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn dash_m_timeit_prints_its_result_line() {
    let d = scratch("timeit");
    let out = run(
        Path::new(env!("CARGO_BIN_EXE_ferrite")),
        &d,
        &["-m", "timeit", "-n", "100", "-r", "3", "sum(range(100))"],
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(
        text.starts_with("100 loops, best of 3: ") && text.trim_end().ends_with(" per loop"),
        "unexpected timeit output: {text:?}"
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn dash_m_runs_a_package_main_with_relative_imports() {
    let d = scratch("pkgmain");
    std::fs::create_dir_all(d.join("app")).unwrap();
    std::fs::write(d.join("app/__init__.py"), "NAME = 'app'\n").unwrap();
    std::fs::write(d.join("app/util.py"), "def double(x):\n    return 2 * x\n").unwrap();
    std::fs::write(
        d.join("app/__main__.py"),
        "import sys\nfrom . import NAME\nfrom .util import double\nprint(NAME, double(21), __name__, __package__, sys.argv[1:])\n",
    )
    .unwrap();
    let ours = run(
        Path::new(env!("CARGO_BIN_EXE_ferrite")),
        &d,
        &["-m", "app", "x", "y"],
    );
    let theirs = run(&cpython(), &d, &["-m", "app", "x", "y"]);
    assert_eq!(String::from_utf8_lossy(&ours.stderr), "");
    assert_eq!(ours.stdout, theirs.stdout);
    assert_eq!(
        String::from_utf8_lossy(&ours.stdout),
        "app 42 __main__ app ['x', 'y']\n"
    );
    let _ = std::fs::remove_dir_all(&d);
}

#[test]
fn c_extension_modules_raise_import_error_naming_them() {
    let d = scratch("cext");
    std::fs::write(
        d.join("fakeext.cpython-312-x86_64-linux-gnu.so"),
        b"\x7fELF not really",
    )
    .unwrap();
    let out = run(
        Path::new(env!("CARGO_BIN_EXE_ferrite")),
        &d,
        &["-c", "try:\n    import fakeext\nexcept ImportError as e:\n    print(type(e).__name__, e.name, 'fakeext' in str(e))"],
    );
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        "ImportError fakeext True\n"
    );
    let _ = std::fs::remove_dir_all(&d);
}
