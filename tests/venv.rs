//! A pure-Python package installed with pip into a virtual environment imports under ferrite
//! run from that venv's bin/ (as CPython finds its venv: pyvenv.cfg next to the executable's
//! directory). The test builds the package (a wheel made with CPython's zipfile), the venv
//! (CPython 3.12's `venv`, pip from ensurepip) and installs offline.

mod common;

use common::cpython;
use std::process::Command;

const MAKE_WHEEL: &str = r#"
import sys, zipfile, hashlib, base64
out = sys.argv[1]
files = {
    "ferrite_demo_pkg/__init__.py": "from .greeting import greet\n__version__ = '1.0'\n",
    "ferrite_demo_pkg/greeting.py": "def greet(name):\n    return f'hello {name} from a venv'\n",
    "ferrite_demo_pkg-1.0.dist-info/METADATA": "Metadata-Version: 2.1\nName: ferrite-demo-pkg\nVersion: 1.0\n",
    "ferrite_demo_pkg-1.0.dist-info/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
}
record = []
with zipfile.ZipFile(out, "w") as z:
    for name, text in files.items():
        data = text.encode()
        z.writestr(name, data)
        digest = base64.urlsafe_b64encode(hashlib.sha256(data).digest()).rstrip(b"=").decode()
        record.append(f"{name},sha256={digest},{len(data)}")
    record.append("ferrite_demo_pkg-1.0.dist-info/RECORD,,")
    z.writestr("ferrite_demo_pkg-1.0.dist-info/RECORD", "\n".join(record) + "\n")
"#;

fn run(cmd: &mut Command) -> String {
    let out = cmd.output().expect("spawn");
    assert!(
        out.status.success(),
        "{:?} failed:\n{}\n{}",
        cmd,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn package_installed_in_a_venv_imports() {
    let py = cpython();
    let tmp = std::env::temp_dir().join(format!("ferrite-venv-test-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&tmp);
    std::fs::create_dir_all(&tmp).unwrap();
    let wheel = tmp.join("ferrite_demo_pkg-1.0-py3-none-any.whl");
    run(Command::new(&py).args(["-c", MAKE_WHEEL]).arg(&wheel));
    let venv = tmp.join("venv");
    run(Command::new(&py).args(["-m", "venv"]).arg(&venv));
    run(Command::new(venv.join("bin/python"))
        .args(["-m", "pip", "install", "--no-index", "--quiet"])
        .arg(&wheel));
    let ferrite = venv.join("bin/ferrite");
    std::os::unix::fs::symlink(env!("CARGO_BIN_EXE_ferrite"), &ferrite).unwrap();
    let out = run(Command::new(&ferrite)
        .current_dir(&tmp)
        .args([
            "-c",
            "import sys, ferrite_demo_pkg as p\n\
         print(p.greet('ferrite'), p.__version__)\n\
         print(sys.prefix == sys.argv[1], sys.prefix != sys.base_prefix)\n\
         print(p.__file__.startswith(sys.argv[1]))",
        ])
        .arg(&venv));
    // sys.argv[1] is the venv path given after -c's program
    assert_eq!(
        out, "hello ferrite from a venv 1.0\nTrue True\nTrue\n",
        "ferrite run from the venv"
    );
    // run through the real binary (not the venv's link), the package is not found
    let plain = Command::new(env!("CARGO_BIN_EXE_ferrite"))
        .current_dir(&tmp)
        .args(["-c", "import ferrite_demo_pkg"])
        .output()
        .unwrap();
    assert!(!plain.status.success());
    assert!(String::from_utf8_lossy(&plain.stderr)
        .contains("ModuleNotFoundError: No module named 'ferrite_demo_pkg'"));
    let _ = std::fs::remove_dir_all(&tmp);
}
