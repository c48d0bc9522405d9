//! What `sys` says about this process and installation: `sys.path` (script directory,
//! PYTHONPATH, CPython 3.12's Lib, site-packages of the venv or the host install, `.pth`
//! files), prefixes, `flags`, `implementation`, `float_info`/`int_info`/`hash_info`, and the
//! informational functions (getsizeof, settrace, switch interval...).

use ferrite_runtime::args::*;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::function::*;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_push, new_list};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{ops, PyResult, Value};

/// Command-line and environment settings that shape `sys` (filled by the binary).
#[derive(Clone, Debug, Default)]
pub struct Config {
    /// sys.path[0]: the script's directory, '' for -c/stdin, cwd for -m; None with -P
    pub path0: Option<String>,
    pub ignore_environment: bool,
    pub isolated: bool,
    pub no_user_site: bool,
    pub no_site: bool,
    pub optimize: u8,
    pub dont_write_bytecode: bool,
    pub verbose: u8,
    pub quiet: bool,
    pub safe_path: bool,
    pub unbuffered: bool,
    pub warnoptions: Vec<String>,
    pub xoptions: Vec<String>,
    pub orig_argv: Vec<String>,
}

static CONFIG: std::sync::OnceLock<Config> = std::sync::OnceLock::new();

pub fn set_config(c: Config) {
    let _ = CONFIG.set(c);
}
fn config() -> Config {
    CONFIG.get().cloned().unwrap_or_else(|| Config {
        path0: Some(String::new()),
        ..Default::default()
    })
}

/// sys.executable: argv[0] made absolute without resolving symlinks (a venv's bin/ferrite is
/// often a symlink, and the venv is found from where the link is, as CPython's getpath does),
/// else found on PATH, else the resolved path of the running binary.
fn executable() -> String {
    let resolved = || {
        std::env::current_exe()
            .map(|p| p.to_string_lossy().into_owned())
            .unwrap_or_default()
    };
    let Some(a0) = std::env::args_os().next() else {
        return resolved();
    };
    let a0 = std::path::PathBuf::from(a0);
    if a0.components().count() > 1 {
        let abs = if a0.is_absolute() {
            a0
        } else {
            match std::env::current_dir() {
                Ok(d) => d.join(a0),
                Err(_) => return resolved(),
            }
        };
        return abs.to_string_lossy().into_owned();
    }
    if let Ok(path) = std::env::var("PATH") {
        for dir in path.split(':') {
            let c = std::path::Path::new(dir).join(&a0);
            if c.is_file() {
                return c.to_string_lossy().into_owned();
            }
        }
    }
    resolved()
}

/// The venv this process runs from: `pyvenv.cfg` beside the executable or one level up (as
/// CPython's getpath), or $VIRTUAL_ENV's when the executable is its bin/ferrite.
fn find_venv(exe: &str) -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(exe);
    let bin = p.parent()?;
    for d in [bin, bin.parent()?] {
        if d.join("pyvenv.cfg").is_file() {
            return Some(d.to_path_buf());
        }
    }
    None
}

/// Appends the entries of `.pth` files in `dir` (sorted by name, as site.py); returns the
/// `import` lines to execute once the interpreter is up.
fn add_pth_files(dir: &std::path::Path, path: &mut Vec<String>, imports: &mut Vec<String>) {
    let Ok(rd) = std::fs::read_dir(dir) else {
        return;
    };
    let mut names: Vec<String> = rd
        .filter_map(|e| e.ok())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".pth") && !n.starts_with('.'))
        .collect();
    names.sort();
    for n in names {
        let Ok(text) = std::fs::read_to_string(dir.join(&n)) else {
            continue;
        };
        for line in text.lines() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            if line.starts_with("import ") || line.starts_with("import\t") {
                imports.push(line.to_string());
                continue;
            }
            let entry = dir.join(line.trim_end());
            if entry.exists() {
                let s = entry.to_string_lossy().into_owned();
                if !path.contains(&s) {
                    path.push(s);
                }
            }
        }
    }
}

static PTH_IMPORTS: std::sync::Mutex<Vec<String>> = std::sync::Mutex::new(Vec::new());

/// `.pth` import lines found while building sys.path (run by `run_pth_imports`).
pub fn take_pth_imports() -> Vec<String> {
    std::mem::take(&mut *PTH_IMPORTS.lock().unwrap())
}

fn list_of(items: &[String]) -> Value {
    let l = new_list(&[]);
    for s in items {
        list_push(l, new_str(s));
    }
    l
}

/// -B, or a non-empty PYTHONDONTWRITEBYTECODE unless -E/-I.
fn dont_write_bytecode(c: &Config) -> bool {
    c.dont_write_bytecode
        || (!(c.ignore_environment || c.isolated)
            && std::env::var_os("PYTHONDONTWRITEBYTECODE").is_some_and(|v| !v.is_empty()))
}

/// Fills the configuration-dependent parts of `sys` (module dict `d`).
pub fn fill_sys(d: Value) -> PyResult<()> {
    let c = config();
    let exe = executable();
    let lib = crate::import::find_stdlib();
    // prefixes: the CPython install whose Lib we run (…/lib/python3.12 -> …)
    let base_prefix = lib
        .as_ref()
        .and_then(|l| {
            std::path::Path::new(l)
                .parent()?
                .parent()
                .map(|p| p.to_string_lossy().into_owned())
        })
        .unwrap_or_else(|| "/usr".into());
    let venv = find_venv(&exe);
    let prefix = venv
        .as_ref()
        .map(|v| v.to_string_lossy().into_owned())
        .unwrap_or_else(|| base_prefix.clone());

    let mut path: Vec<String> = Vec::new();
    if !c.safe_path {
        if let Some(p0) = &c.path0 {
            path.push(p0.clone());
        }
    }
    let use_env = !(c.ignore_environment || c.isolated);
    if use_env {
        if let Ok(pp) = std::env::var("PYTHONPATH") {
            for p in pp.split(':').filter(|p| !p.is_empty()) {
                path.push(p.to_string());
            }
        }
    }
    if let Some(l) = &lib {
        path.push(l.clone());
    }
    let mut imports = Vec::new();
    let mut user_site_enabled = false;
    if !c.no_site {
        // user site-packages (skipped in venvs without system site-packages, with -s, -I)
        let no_user = c.no_user_site
            || c.isolated
            || (use_env && std::env::var_os("PYTHONNOUSERSITE").is_some());
        let venv_isolated = venv.as_ref().is_some_and(|v| {
            std::fs::read_to_string(v.join("pyvenv.cfg"))
                .map(|t| {
                    !t.lines().any(|l| {
                        let l = l.replace(' ', "");
                        l == "include-system-site-packages=true"
                    })
                })
                .unwrap_or(true)
        });
        if !no_user && venv.is_none() {
            if let Ok(home) = std::env::var("HOME") {
                let us = std::path::Path::new(&home).join(".local/lib/python3.12/site-packages");
                if us.is_dir() {
                    user_site_enabled = true;
                    path.push(us.to_string_lossy().into_owned());
                    add_pth_files(&us, &mut path, &mut imports);
                }
            }
        }
        let mut sites = Vec::new();
        if let Some(v) = &venv {
            sites.push(v.join("lib/python3.12/site-packages"));
        }
        if venv.is_none() || !venv_isolated {
            sites.push(std::path::Path::new(&base_prefix).join("lib/python3.12/site-packages"));
        }
        for s in sites {
            if s.is_dir() {
                let st = s.to_string_lossy().into_owned();
                if !path.contains(&st) {
                    path.push(st);
                }
                add_pth_files(&s, &mut path, &mut imports);
            }
        }
    }
    *PTH_IMPORTS.lock().unwrap() = imports;
    dict_set_str(d, "path", list_of(&path));
    dict_set_str(d, "meta_path", new_list(&[]));
    dict_set_str(d, "path_hooks", new_list(&[]));
    dict_set_str(d, "path_importer_cache", new_dict());
    dict_set_str(d, "executable", new_str(&exe));
    dict_set_str(d, "_base_executable", new_str(&exe));
    dict_set_str(d, "prefix", new_str(&prefix));
    dict_set_str(d, "exec_prefix", new_str(&prefix));
    dict_set_str(d, "base_prefix", new_str(&base_prefix));
    dict_set_str(d, "base_exec_prefix", new_str(&base_prefix));
    dict_set_str(d, "platlibdir", new_str("lib"));
    // -X pycache_prefix=PATH, else PYTHONPYCACHEPREFIX (an empty value means unset)
    let pycache_prefix = c
        .xoptions
        .iter()
        .rev()
        .find_map(|x| x.strip_prefix("pycache_prefix=").map(str::to_string))
        .or_else(|| {
            use_env
                .then(|| std::env::var("PYTHONPYCACHEPREFIX").ok())
                .flatten()
        })
        .filter(|p| !p.is_empty());
    match &pycache_prefix {
        Some(p) => dict_set_str(d, "pycache_prefix", new_str(p)),
        None => dict_set_str(d, "pycache_prefix", none()),
    }
    // importlib writes __pycache__/<mod>.ferrite-312.pyc files (Ferrite's own bytecode and magic
    // number, see codecache.rs) unless -B or PYTHONDONTWRITEBYTECODE
    dict_set_str(d, "dont_write_bytecode", py_bool(dont_write_bytecode(&c)));
    dict_set_str(d, "warnoptions", list_of(&c.warnoptions));
    let xo = new_dict();
    for x in &c.xoptions {
        match x.split_once('=') {
            Some((k, v)) => dict_set_str(xo, k, new_str(v)),
            None => dict_set_str(xo, x, py_true()),
        }
    }
    dict_set_str(d, "_xoptions", xo);
    dict_set_str(d, "orig_argv", list_of(&c.orig_argv));
    // a GC list keeps the names while more are allocated (a Vec<Value> is not traced)
    let names = ferrite_runtime::objects::list::new_list(&[]);
    for n in crate::import::builtin_module_names().iter() {
        let s = new_str(n);
        ferrite_runtime::objects::list::list_push(names, s);
    }
    let bmn = new_tuple(ferrite_runtime::objects::list::list_items(names));
    dict_set_str(d, "builtin_module_names", bmn);
    let sln = ops::call(bt(BT::FrozenSet), &[bmn], &[])?;
    dict_set_str(d, "stdlib_module_names", sln);

    let flags_t = ferrite_runtime::structseq::new_type(
        "sys",
        "flags",
        &[
            "debug",
            "inspect",
            "interactive",
            "optimize",
            "dont_write_bytecode",
            "no_user_site",
            "no_site",
            "ignore_environment",
            "verbose",
            "bytes_warning",
            "quiet",
            "hash_randomization",
            "isolated",
            "dev_mode",
            "utf8_mode",
            "warn_default_encoding",
            "safe_path",
            "int_max_str_digits",
        ],
        18,
    )?;
    let b = |x: bool| new_int(x as i64);
    let fl = new_list(&[]);
    for v in [
        new_int(0),
        new_int(0),
        new_int(0),
        new_int(c.optimize as i64),
        b(dont_write_bytecode(&c)),
        b(c.no_user_site || c.isolated),
        b(c.no_site),
        b(c.ignore_environment || c.isolated),
        new_int(c.verbose as i64),
        new_int(0),
        b(c.quiet),
        new_int(1),
        b(c.isolated),
        py_false(),
        new_int(0),
        new_int(0),
        py_bool(c.safe_path || c.isolated),
        new_int(-1),
    ] {
        list_push(fl, v);
    }
    let flags = ferrite_runtime::structseq::new_instance(
        flags_t,
        ferrite_runtime::objects::list::list_items(fl),
    );
    dict_set_str(d, "flags", flags);

    let fi_t = ferrite_runtime::structseq::new_type(
        "sys",
        "float_info",
        &[
            "max",
            "max_exp",
            "max_10_exp",
            "min",
            "min_exp",
            "min_10_exp",
            "dig",
            "mant_dig",
            "epsilon",
            "radix",
            "rounds",
        ],
        11,
    )?;
    let fl = new_list(&[]);
    list_push(fl, new_float(f64::MAX));
    list_push(fl, new_int(f64::MAX_EXP as i64));
    list_push(fl, new_int(f64::MAX_10_EXP as i64));
    list_push(fl, new_float(f64::MIN_POSITIVE));
    list_push(fl, new_int(f64::MIN_EXP as i64));
    list_push(fl, new_int(f64::MIN_10_EXP as i64));
    list_push(fl, new_int(f64::DIGITS as i64));
    list_push(fl, new_int(f64::MANTISSA_DIGITS as i64));
    list_push(fl, new_float(f64::EPSILON));
    list_push(fl, new_int(2));
    list_push(fl, new_int(1));
    let fi = ferrite_runtime::structseq::new_instance(
        fi_t,
        ferrite_runtime::objects::list::list_items(fl),
    );
    dict_set_str(d, "float_info", fi);
    let ii_t = ferrite_runtime::structseq::new_type(
        "sys",
        "int_info",
        &[
            "bits_per_digit",
            "sizeof_digit",
            "default_max_str_digits",
            "str_digits_check_threshold",
        ],
        4,
    )?;
    let ii = ferrite_runtime::structseq::new_instance(
        ii_t,
        &[new_int(30), new_int(4), new_int(4300), new_int(640)],
    );
    dict_set_str(d, "int_info", ii);
    let hi_t = ferrite_runtime::structseq::new_type(
        "sys",
        "hash_info",
        &[
            "width",
            "modulus",
            "inf",
            "nan",
            "imag",
            "algorithm",
            "hash_bits",
            "seed_bits",
            "cutoff",
        ],
        9,
    )?;
    let hl = new_list(&[]);
    for v in [
        new_int(64),
        new_int((1i64 << 61) - 1),
        new_int(314159),
        new_int(0),
        new_int(1000003),
    ] {
        list_push(hl, v);
    }
    list_push(hl, new_str("siphash13"));
    for v in [new_int(64), new_int(128), new_int(0)] {
        list_push(hl, v);
    }
    let hi = ferrite_runtime::structseq::new_instance(
        hi_t,
        ferrite_runtime::objects::list::list_items(hl),
    );
    dict_set_str(d, "hash_info", hi);
    let vi_t = ferrite_runtime::structseq::new_type(
        "sys",
        "version_info",
        &["major", "minor", "micro", "releaselevel", "serial"],
        5,
    )?;
    let vi = ferrite_runtime::structseq::new_instance(
        vi_t,
        &[
            new_int(3),
            new_int(12),
            new_int(1),
            new_str("final"),
            new_int(0),
        ],
    );
    dict_set_str(d, "version_info", vi);
    dict_set_str(d, "maxunicode", new_int(0x10ffff));
    dict_set_str(d, "float_repr_style", new_str("short"));
    dict_set_str(d, "api_version", new_int(1013));
    dict_set_str(d, "abiflags", new_str(""));
    dict_set_str(d, "copyright", new_str("Copyright (c) Ferrite authors.\nPython language and library: Copyright (c) 2001-2023 Python Software Foundation."));
    dict_set_str(
        d,
        "_git",
        new_tuple(&[new_str("ferrite"), new_str(""), new_str("")]),
    );
    dict_set_str(d, "_framework", new_str(""));
    dict_set_str(d, "_user_site_enabled", py_bool(user_site_enabled));

    // sys.implementation: a types.SimpleNamespace in CPython; a plain object with the same
    // attributes here (types.SimpleNamespace is created by the Lib)
    // types.SimpleNamespace is type(sys.implementation), as in CPython
    let ns = new_dict();
    dict_set_str(ns, "__module__", new_str("types"));
    let bases = new_tuple(&[bt(BT::Object)]);
    let impl_t = ops::call(bt(BT::Type), &[new_str("SimpleNamespace"), bases, ns], &[])?;
    ferrite_runtime::init::root_forever(impl_t);
    ferrite_runtime::methods::def(impl_t, "__init__", namespace_init);
    ferrite_runtime::methods::def(impl_t, "__repr__", namespace_repr);
    ferrite_runtime::methods::def(impl_t, "__eq__", namespace_eq);
    ferrite_runtime::methods::def(impl_t, "__reduce__", namespace_reduce);
    ferrite_runtime::types::invalidate(impl_t);
    let imp = ops::call(impl_t, &[], &[])?;
    let idict = ferrite_runtime::objects::instance::instance_dict_or_create(imp);
    dict_set_str(idict, "name", new_str("ferrite"));
    dict_set_str(idict, "cache_tag", new_str("ferrite-312"));
    let iv = ferrite_runtime::structseq::new_instance(
        vi_t,
        &[
            new_int(0),
            new_int(1),
            new_int(0),
            new_str("alpha"),
            new_int(0),
        ],
    );
    dict_set_str(idict, "version", iv);
    dict_set_str(idict, "hexversion", new_int(0x000100a0));
    dict_set_str(idict, "_multiarch", new_str("x86_64-linux-gnu"));
    dict_set_str(d, "implementation", imp);

    // sys.stdin: a real text file over fd 0 from _io (stdout/stderr stay the interpreter's
    // own buffered streams, see sysmod.rs)
    if crate::import::is_builtin("_io") {
        let io = crate::import::import_module_by_name("_io")?;
        let open = ops::getattr(io, ferrite_runtime::intern::intern("open"))?;
        let kwn = [
            ferrite_runtime::intern::intern("closefd"),
            ferrite_runtime::intern::intern("encoding"),
        ];
        let stdin = ops::call(
            open,
            &[new_int(0), new_str("r"), py_false(), new_str("utf-8")],
            &kwn,
        );
        if let Ok(stdin) = stdin {
            dict_set_str(d, "stdin", stdin);
            dict_set_str(d, "__stdin__", stdin);
        }
    }
    let fns: &[(&'static str, NativeFn)] = &[
        ("getsizeof", sys_getsizeof),
        ("getrefcount", sys_getrefcount),
        ("settrace", sys_settrace),
        ("gettrace", sys_gettrace),
        ("setprofile", sys_setprofile),
        ("getprofile", sys_getprofile),
        ("getswitchinterval", sys_getswitchinterval),
        ("setswitchinterval", sys_setswitchinterval),
        ("_is_gil_enabled", sys_is_gil_enabled),
        ("audit", sys_audit),
        ("addaudithook", sys_addaudithook),
        ("getfilesystemencoding", sys_utf8),
        ("getfilesystemencodeerrors", sys_surrogateescape),
        ("getdefaultencoding", sys_utf8),
        ("get_int_max_str_digits", sys_get_int_max_str_digits),
        ("set_int_max_str_digits", sys_set_int_max_str_digits),
        ("is_finalizing", sys_false),
        ("getallocatedblocks", sys_zero),
        ("call_tracing", sys_call_tracing),
        ("_clear_type_cache", sys_none),
        ("activate_stack_trampoline", sys_none),
        ("get_asyncgen_hooks", sys_get_asyncgen_hooks),
        ("set_asyncgen_hooks", sys_set_asyncgen_hooks),
        ("get_coroutine_origin_tracking_depth", sys_zero),
        ("set_coroutine_origin_tracking_depth", sys_none),
        ("is_stack_trampoline_active", sys_false),
    ];
    for &(n, f) in fns {
        let bf = new_builtin_function(n, f, Value::NULL);
        obj::<BuiltinFunctionObject>(bf).module = crate::sysmod::sys_module();
        dict_set_str(d, n, bf);
    }
    Ok(())
}

/// SimpleNamespace(mapping_or_iterable=(), /, **kwargs)
fn namespace_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let pos = positional(&a[1..], kw);
    if pos.len() > 1 {
        return Err(type_error(format!(
            "SimpleNamespace expected at most 1 positional argument, got {}",
            pos.len()
        )));
    }
    let d = ferrite_runtime::objects::instance::instance_dict_or_create(a[0]);
    if let Some(&m) = pos.first() {
        let items = ops::call(bt(BT::Dict), &[m], &[])?;
        let keys = ops::to_list(items)?;
        let mut i = 0;
        while let Some(k) = ferrite_runtime::objects::list::list_get(keys, i) {
            if !(k.is_ptr() && layout_of(k) == Layout::Str) {
                return Err(type_error(format!(
                    "keywords must be strings, not '{}'",
                    ferrite_runtime::types::type_name_of(k)
                )));
            }
            let v = ops::getitem(items, k)?;
            dict_set(d, k, v)?;
            i += 1;
        }
    }
    let kwv = &a[a.len() - kw.len()..];
    for (i, &k) in kw.iter().enumerate() {
        dict_set(d, k, kwv[i])?;
    }
    Ok(none())
}
fn namespace_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    let name = if str_of(as_type(t).name) == "SimpleNamespace" {
        "namespace".to_string()
    } else {
        str_of(as_type(t).name).to_string()
    };
    let d = ferrite_runtime::objects::instance::instance_dict_or_create(a[0]);
    let r = ferrite_runtime::ops::repr_guard(a[0], || -> PyResult<String> {
        let keys = ops::to_list(d)?;
        let mut parts = Vec::new();
        let mut i = 0;
        while let Some(k) = ferrite_runtime::objects::list::list_get(keys, i) {
            let v = ops::getitem(d, k)?;
            parts.push(format!("{}={}", str_of(k), str_of(ops::repr(v)?)));
            i += 1;
        }
        Ok(format!("{}({})", name, parts.join(", ")))
    });
    Ok(new_str(&match r {
        Some(r) => r?,
        None => format!("{}(...)", name),
    }))
}
fn namespace_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = type_of(a[0]);
    if !ferrite_runtime::types::is_subtype(type_of(a[1]), t)
        && !ferrite_runtime::types::is_subtype(t, type_of(a[1]))
    {
        return Ok(not_implemented());
    }
    let x = ferrite_runtime::objects::instance::instance_dict_or_create(a[0]);
    let y = ferrite_runtime::objects::instance::instance_dict_or_create(a[1]);
    ops::compare(x, y, ops::CmpOp::Eq)
}
fn namespace_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = ferrite_runtime::objects::instance::instance_dict_or_create(a[0]);
    Ok(new_tuple(&[type_of(a[0]), new_tuple(&[]), d]))
}

/// (firstiter, finalizer) of sys.set_asyncgen_hooks. They are stored and returned; the
/// interpreter does not call them yet (async generators are not finalized by event loops).
static ASYNCGEN_HOOKS: [std::sync::atomic::AtomicUsize; 2] = [
    std::sync::atomic::AtomicUsize::new(0),
    std::sync::atomic::AtomicUsize::new(0),
];
static ASYNCGEN_HOOKS_T: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

fn sys_get_asyncgen_hooks(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = Value(*ASYNCGEN_HOOKS_T.get_or_init(|| {
        ferrite_runtime::structseq::new_type(
            "sys",
            "asyncgen_hooks",
            &["firstiter", "finalizer"],
            2,
        )
        .expect("asyncgen_hooks")
        .0
    }));
    let get = |i: usize| {
        let v = ASYNCGEN_HOOKS[i].load(std::sync::atomic::Ordering::Relaxed);
        if v == 0 {
            none()
        } else {
            Value(v)
        }
    };
    Ok(ferrite_runtime::structseq::new_instance(
        t,
        &[get(0), get(1)],
    ))
}
fn sys_set_asyncgen_hooks(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("set_asyncgen_hooks", kw, &["firstiter", "finalizer"])?;
    let pos = positional(a, kw);
    for (i, name) in ["firstiter", "finalizer"].iter().enumerate() {
        if let Some(v) = kwarg(a, kw, name).or(pos.get(i).copied()) {
            if v != none()
                && ferrite_runtime::types::lookup(type_of(v), "__call__").is_none()
                && !matches!(
                    layout_of(v),
                    Layout::Function | Layout::BuiltinFunction | Layout::BoundMethod
                )
            {
                return Err(type_error(format!(
                    "callable {name} expected, got {}",
                    ferrite_runtime::types::type_name_of(v)
                )));
            }
            let raw = if v == none() { 0 } else { v.0 };
            ASYNCGEN_HOOKS[i].store(raw, std::sync::atomic::Ordering::Relaxed);
        }
    }
    Ok(none())
}

static TRACE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static PROFILE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static SWITCH: std::sync::Mutex<f64> = std::sync::Mutex::new(0.005);
static AUDIT_HOOKS: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(TRACE.as_ptr());
    t.visit(ASYNCGEN_HOOKS[0].as_ptr());
    t.visit(ASYNCGEN_HOOKS[1].as_ptr());
    t.visit(PROFILE.as_ptr());
    t.visit(AUDIT_HOOKS.as_ptr());
}

fn sys_getsizeof(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("getsizeof", kw, &["default"])?;
    let pos = positional(a, kw);
    if pos.is_empty() {
        return Err(type_error(
            "getsizeof() missing required argument 'object' (pos 1)",
        ));
    }
    let v = pos[0];
    if let Some(f) = ferrite_runtime::types::lookup(type_of(v), "__sizeof__") {
        let r = ops::call(f, &[v], &[])?;
        let n = ops::index_value(r)?;
        if n < 0 {
            return Err(value_error("__sizeof__() should return >= 0"));
        }
        // CPython adds the GC header for tracked objects
        return Ok(new_int(n + if v.is_small_int() { 0 } else { 16 }));
    }
    match kwarg(a, kw, "default").or(pos.get(1).copied()) {
        Some(d) => Ok(d),
        None => Err(type_error("Type does not support __sizeof__")),
    }
}
/// Approximate: Ferrite has no reference counts (a tracing collector); 2 is what CPython
/// reports for an object bound to one name and passed to getrefcount.
fn sys_getrefcount(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getrefcount", a, kw, 1, 1)?;
    Ok(new_int(2))
}
fn sys_settrace(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("settrace", a, kw, 1, 1)?;
    let v = if a[0] == none() { 0 } else { a[0].0 };
    TRACE.store(v, std::sync::atomic::Ordering::Relaxed);
    Ok(none())
}
fn sys_gettrace(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = TRACE.load(std::sync::atomic::Ordering::Relaxed);
    Ok(if v == 0 { none() } else { Value(v) })
}
fn sys_setprofile(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("setprofile", a, kw, 1, 1)?;
    let v = if a[0] == none() { 0 } else { a[0].0 };
    PROFILE.store(v, std::sync::atomic::Ordering::Relaxed);
    Ok(none())
}
fn sys_getprofile(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let v = PROFILE.load(std::sync::atomic::Ordering::Relaxed);
    Ok(if v == 0 { none() } else { Value(v) })
}
fn sys_getswitchinterval(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_float(*SWITCH.lock().unwrap()))
}
fn sys_setswitchinterval(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("setswitchinterval", a, kw, 1, 1)?;
    let f = ops::call(bt(BT::Float), &[a[0]], &[])?;
    let x = ferrite_runtime::objects::float::float_of(f);
    if x <= 0.0 {
        return Err(value_error("switch interval must be strictly positive"));
    }
    *SWITCH.lock().unwrap() = x;
    Ok(none())
}
fn sys_is_gil_enabled(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_false())
}
fn sys_audit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.is_empty() {
        return Err(type_error(
            "audit() missing 1 required positional argument: 'event'",
        ));
    }
    let hooks = AUDIT_HOOKS.load(std::sync::atomic::Ordering::Relaxed);
    if hooks == 0 {
        return Ok(none());
    }
    let args = new_tuple(&a[1..a.len() - kw.len()]);
    let hooks = Value(hooks);
    let mut i = 0;
    while let Some(h) = ferrite_runtime::objects::list::list_get(hooks, i) {
        ops::call(h, &[a[0], args], &[])?;
        i += 1;
    }
    Ok(none())
}
fn sys_addaudithook(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("addaudithook", a, kw, 1, 1)?;
    let mut hooks = AUDIT_HOOKS.load(std::sync::atomic::Ordering::Relaxed);
    if hooks == 0 {
        let l = new_list(&[]);
        hooks = l.0;
        AUDIT_HOOKS.store(hooks, std::sync::atomic::Ordering::Relaxed);
    }
    list_push(Value(hooks), a[0]);
    Ok(none())
}
fn sys_utf8(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str("utf-8"))
}
fn sys_surrogateescape(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str("surrogateescape"))
}
fn sys_get_int_max_str_digits(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(ferrite_runtime::numeric::max_str_digits() as i64))
}
fn sys_set_int_max_str_digits(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("set_int_max_str_digits", kw, &["maxdigits"])?;
    let v = kwarg(a, kw, "maxdigits")
        .or(positional(a, kw).first().copied())
        .ok_or_else(|| {
            type_error("set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)")
        })?;
    ferrite_runtime::numeric::set_max_str_digits(ops::index_value(v)?)?;
    Ok(none())
}
fn sys_false(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_false())
}
fn sys_zero(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(0))
}
fn sys_none(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(none())
}
fn sys_call_tracing(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("call_tracing", a, kw, 2, 2)?;
    let args = ops::to_list(a[1])?;
    let items = ferrite_runtime::objects::list::list_items(args);
    ferrite_runtime::value::with_rooted_slice(items, |it| ops::call(a[0], it, &[]))
}

/// Runs the `import` lines of `.pth` files (as site.py does), after start-up.
pub fn run_pth_imports() -> PyResult<()> {
    for line in take_pth_imports() {
        let r = (|| -> PyResult<()> {
            let g = new_dict();
            dict_set_str(g, "__builtins__", crate::sysmod::builtins_module());
            dict_set_str(g, "__name__", new_str("site"));
            let code = crate::run::compile_to_code(&line, "<pth>", crate::compile::Mode::Exec)?;
            let f =
                crate::frame::new_frame(code, g, crate::sysmod::builtins_dict(), g, Value::NULL);
            crate::eval::run_frame(f, None)?;
            Ok(())
        })();
        // site.py reports a failing .pth line and goes on
        if let Err(e) = r {
            crate::sysmod::flush_stdout();
            eprintln!("Error processing a .pth line: {line}");
            crate::traceback::print_exception(e.0);
            eprintln!("\nRemainder of file ignored");
        }
    }
    let _ = str_of;
    Ok(())
}
