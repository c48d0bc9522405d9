//! The import statement and `__import__`.
//!
//! Ferrite runs CPython's own import machinery, `importlib._bootstrap` and
//! `importlib._bootstrap_external`, from the host CPython's Lib (installed as
//! `_frozen_importlib` and `_frozen_importlib_external`, as CPython freezes them), so specs,
//! loaders, finders, path hooks, namespace packages and `importlib.*` behave exactly as
//! CPython's. This file keeps what CPython keeps in C: the `sys.modules` fast path, relative
//! name resolution, the `fromlist` rules, and the registry of built-in (Rust) modules.
//!
//! The bootstrap is loaded lazily, on the first import that is neither in `sys.modules` nor a
//! built-in module, so `ferrite -c pass` never pays for it.

use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::function::ModuleObject;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::{ops, PyResult, Value};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Initialiser of a built-in (Rust) module: fills the module's dict.
pub type BuiltinModuleInit = fn(Value) -> PyResult<()>;

static BUILTIN_MODULES: std::sync::Mutex<Vec<(&'static str, BuiltinModuleInit)>> =
    std::sync::Mutex::new(Vec::new());

/// `_frozen_importlib` once installed (0 before).
static BOOTSTRAP: AtomicUsize = AtomicUsize::new(0);
/// 0: not started, 1: installing, 2: ready
static STATE: AtomicUsize = AtomicUsize::new(0);

pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(BOOTSTRAP.as_ptr());
}

/// Makes a Rust module importable under `name` (called by the binary at start-up).
pub fn register_builtin_module(name: &'static str, init: BuiltinModuleInit) {
    BUILTIN_MODULES.lock().unwrap().push((name, init));
}

/// Names of the built-in modules (`sys.builtin_module_names`), sorted.
pub fn builtin_module_names() -> Vec<&'static str> {
    let mut v: Vec<&'static str> = BUILTIN_MODULES
        .lock()
        .unwrap()
        .iter()
        .map(|(n, _)| *n)
        .collect();
    v.extend(["builtins", "sys", "_imp"]);
    v.sort();
    v.dedup();
    v
}

pub fn is_builtin(name: &str) -> bool {
    matches!(name, "sys" | "builtins" | "_imp")
        || BUILTIN_MODULES
            .lock()
            .unwrap()
            .iter()
            .any(|(n, _)| *n == name)
}

/// Creates and initialises built-in module `name` (not stored in sys.modules); None if there
/// is no such built-in.
pub fn create_builtin(name: &str) -> PyResult<Option<Value>> {
    match name {
        "sys" => return Ok(Some(crate::sysmod::sys_module())),
        "builtins" => return Ok(Some(crate::sysmod::builtins_module())),
        _ => {}
    }
    if name == "_imp" {
        let m = crate::sysmod::new_module("_imp");
        crate::impmod::init(obj::<ModuleObject>(m).dict)?;
        return Ok(Some(m));
    }
    let init = BUILTIN_MODULES
        .lock()
        .unwrap()
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, f)| *f);
    let Some(init) = init else {
        return Ok(None);
    };
    let m = crate::sysmod::new_module(name);
    init(obj::<ModuleObject>(m).dict)?;
    Ok(Some(m))
}

/// Loads a built-in module into sys.modules without the bootstrap (used while it installs).
fn load_builtin_directly(name: &str) -> PyResult<Option<Value>> {
    if !is_builtin(name) {
        return Ok(None);
    }
    let modules = crate::sysmod::modules_dict();
    if let Some(m) = dict_get_str(modules, name) {
        return Ok(Some(m));
    }
    // stored before its body runs, removed on failure, as CPython does
    let Some(m) = create_builtin(name)? else {
        return Ok(None);
    };
    dict_set_str(modules, name, m);
    Ok(Some(m))
}

fn not_found(name: &str) -> PyErr {
    let e = new_exc(
        Exc::ModuleNotFoundError,
        &format!("No module named '{}'", name),
    );
    exc_obj(e.0).extra1 = new_str(name);
    e
}

/// The directory of CPython 3.12's pure-Python standard library, found as DESIGN.md says:
/// `FERRITE_STDLIB`, then `python3.12` on PATH, then the usual prefixes.
pub fn find_stdlib() -> Option<String> {
    static FOUND: std::sync::OnceLock<Option<String>> = std::sync::OnceLock::new();
    FOUND
        .get_or_init(|| {
            let ok = |d: &str| {
                std::path::Path::new(d)
                    .join("importlib/_bootstrap.py")
                    .is_file()
            };
            if let Ok(d) = std::env::var("FERRITE_STDLIB") {
                if ok(&d) {
                    return Some(d);
                }
            }
            if let Ok(path) = std::env::var("PATH") {
                for dir in path.split(':') {
                    let exe = std::path::Path::new(dir).join("python3.12");
                    if let Ok(real) = std::fs::canonicalize(&exe) {
                        // <prefix>/bin/python3.12 -> <prefix>/lib/python3.12
                        if let Some(prefix) = real.parent().and_then(|b| b.parent()) {
                            let lib = prefix.join("lib/python3.12");
                            let s = lib.to_string_lossy().into_owned();
                            if ok(&s) {
                                return Some(s);
                            }
                        }
                    }
                }
            }
            let mut cands = vec![
                "/usr/lib/python3.12".to_string(),
                "/usr/local/lib/python3.12".to_string(),
            ];
            if let Ok(home) = std::env::var("HOME") {
                if let Ok(rd) = std::fs::read_dir(format!("{home}/.pyenv/versions")) {
                    let mut vs: Vec<String> = rd
                        .filter_map(|e| e.ok())
                        .map(|e| e.file_name().to_string_lossy().into_owned())
                        .filter(|n| n.starts_with("3.12"))
                        .collect();
                    vs.sort();
                    for v in vs.into_iter().rev() {
                        cands.push(format!("{home}/.pyenv/versions/{v}/lib/python3.12"));
                    }
                }
            }
            cands.into_iter().find(|c| ok(c))
        })
        .clone()
}

fn stdlib_missing() -> PyErr {
    new_exc(
        Exc::ImportError,
        "ferrite: CPython 3.12's standard library was not found (looked at $FERRITE_STDLIB, \
         python3.12 on PATH, /usr/lib/python3.12, /usr/local/lib/python3.12 and \
         ~/.pyenv/versions/3.12.*/lib/python3.12)",
    )
}

/// Executes Lib file `rel` as a new module `name` stored in sys.modules.
fn exec_lib_module(lib: &str, rel: &str, name: &str) -> PyResult<Value> {
    let path = format!("{lib}/{rel}");
    let src = std::fs::read_to_string(&path).map_err(|_| stdlib_missing())?;
    let code = crate::codecache::cached_lib_code(&src, &path)?;
    let m = crate::sysmod::new_module(name);
    let g = obj::<ModuleObject>(m).dict;
    dict_set_str(g, "__builtins__", crate::sysmod::builtins_module());
    dict_set_str(crate::sysmod::modules_dict(), name, m);
    let f = crate::frame::new_frame(code, g, crate::sysmod::builtins_dict(), g, Value::NULL);
    crate::eval::run_frame(f, None)?;
    Ok(m)
}

fn call_attr(m: Value, name: &str, args: &[Value]) -> PyResult<Value> {
    let f = ops::getattr(m, ferrite_runtime::intern::intern(name))?;
    ops::call(f, args, &[])
}

/// Installs importlib's bootstrap (idempotent). Returns `_frozen_importlib`.
fn bootstrap() -> PyResult<Value> {
    if STATE.load(Ordering::Acquire) == 2 {
        return Ok(Value(BOOTSTRAP.load(Ordering::Relaxed)));
    }
    if STATE.swap(1, Ordering::AcqRel) != 0 {
        return Err(new_exc(
            Exc::ImportError,
            "ferrite: import during importlib's bootstrap",
        ));
    }
    let r = (|| -> PyResult<Value> {
        let lib = find_stdlib().ok_or_else(stdlib_missing)?;
        let imp = load_builtin_directly("_imp")?.expect("_imp is built in");
        let b = exec_lib_module(&lib, "importlib/_bootstrap.py", "_frozen_importlib")?;
        BOOTSTRAP.store(b.0, Ordering::Relaxed);
        call_attr(b, "_install", &[crate::sysmod::sys_module(), imp])?;
        let ext = exec_lib_module(
            &lib,
            "importlib/_bootstrap_external.py",
            "_frozen_importlib_external",
        )?;
        // Ferrite's bytecode is its own: `.pyc` files carry Ferrite's magic number (derived
        // from the compiler's fingerprint), so importlib never mixes them up with CPython's
        // or with another Ferrite build's.
        let magic = crate::codecache::magic();
        let ed = obj::<ModuleObject>(ext).dict;
        let raw = u32::from_le_bytes(magic);
        dict_set_str(
            ed,
            "MAGIC_NUMBER",
            ferrite_runtime::methods::bytes::new_bytes(&magic),
        );
        dict_set_str(
            ed,
            "_RAW_MAGIC_NUMBER",
            ferrite_runtime::objects::int::new_int(raw as i64),
        );
        call_attr(b, "_install_external_importers", &[])?;
        if let Some(f) = dict_get_str(obj::<ModuleObject>(b).dict, "_module_repr") {
            ferrite_runtime::methods::module::set_repr_function(f);
        }
        Ok(b)
    })();
    match r {
        Ok(b) => {
            STATE.store(2, Ordering::Release);
            Ok(b)
        }
        Err(e) => {
            STATE.store(0, Ordering::Release);
            Err(e)
        }
    }
}

/// Is `m` still running its body (its spec says `_initializing`)? Another importer of it
/// then goes through `_find_and_load`, which waits on the module lock.
fn initializing(m: Value) -> bool {
    if !(m.is_ptr() && layout_of(m) == Layout::Module) {
        return false;
    }
    let Some(spec) = dict_get_str(obj::<ModuleObject>(m).dict, "__spec__") else {
        return false;
    };
    if spec == none() {
        return false;
    }
    matches!(
        ops::getattr_opt(spec, ferrite_runtime::intern::intern("_initializing")),
        Ok(Some(v)) if v == py_true()
    )
}

/// Imports absolute module `name` (parents first), returning the module itself.
pub fn import_absolute(name: &str) -> PyResult<Value> {
    let modules = crate::sysmod::modules_dict();
    if let Some(m) = dict_get_str(modules, name) {
        if m == none() {
            let e = new_exc(
                Exc::ModuleNotFoundError,
                &format!("import of {name} halted; None in sys.modules"),
            );
            exc_obj(e.0).extra1 = new_str(name);
            return Err(e);
        }
        if !initializing(m) || STATE.load(Ordering::Acquire) != 2 {
            return Ok(m);
        }
    }
    if STATE.load(Ordering::Acquire) != 2 {
        if let Some(m) = load_builtin_directly(name)? {
            return Ok(m);
        }
        if STATE.load(Ordering::Acquire) == 1 {
            return Err(not_found(name));
        }
    }
    let b = bootstrap()?;
    let import_fn = dict_get_str(crate::sysmod::builtins_dict(), "__import__").unwrap_or(none());
    call_attr(b, "_find_and_load", &[new_str(name), import_fn])
}

fn str_global(globals: Value, key: &str) -> Option<Value> {
    if globals.is_null() || !(globals.is_ptr() && layout_of(globals) == Layout::Dict) {
        return None;
    }
    dict_get_str(globals, key)
}

/// CPython's `resolve_name`: the absolute name of a relative import.
fn resolve_name(name: &str, globals: Value, level: i64) -> PyResult<String> {
    if globals.is_null() || !(globals.is_ptr() && layout_of(globals) == Layout::Dict) {
        return Err(new_exc(Exc::KeyError, "'__name__' not in globals"));
    }
    let package = str_global(globals, "__package__").filter(|&p| p != none());
    let spec = str_global(globals, "__spec__").filter(|&s| s != none());
    let pkg: String = if let Some(p) = package {
        if !(p.is_ptr() && layout_of(p) == Layout::Str) {
            return Err(type_error("package must be a string"));
        }
        str_of(p).to_string()
    } else if let Some(s) = spec {
        let parent = ops::getattr(s, ferrite_runtime::intern::intern("parent"))?;
        if !(parent.is_ptr() && layout_of(parent) == Layout::Str) {
            return Err(type_error("__spec__.parent must be a string"));
        }
        str_of(parent).to_string()
    } else {
        let Some(n) = str_global(globals, "__name__") else {
            return Err(new_exc(Exc::KeyError, "'__name__' not in globals"));
        };
        if !(n.is_ptr() && layout_of(n) == Layout::Str) {
            return Err(type_error("__name__ must be a string"));
        }
        let n = str_of(n).to_string();
        if str_global(globals, "__path__").is_some() {
            n
        } else {
            n.rsplit_once('.')
                .map(|(a, _)| a.to_string())
                .unwrap_or_default()
        }
    };
    if pkg.is_empty() {
        return Err(new_exc(
            Exc::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let bits: Vec<&str> = pkg.rsplitn(level as usize, '.').collect();
    if bits.len() < level as usize {
        return Err(new_exc(
            Exc::ImportError,
            "attempted relative import beyond top-level package",
        ));
    }
    let base = bits[bits.len() - 1];
    Ok(if name.is_empty() {
        base.to_string()
    } else {
        format!("{base}.{name}")
    })
}

fn is_empty_fromlist(fromlist: Value) -> bool {
    fromlist.is_null() || fromlist == none() || !ops::truthy(fromlist).unwrap_or(false)
}

/// `__import__(name, globals, locals, fromlist, level)` as CPython's
/// `PyImport_ImportModuleLevelObject`.
pub fn import_name(name: Value, globals: Value, fromlist: Value, level: Value) -> PyResult<Value> {
    let lvl = ops::index_value(level)?;
    if !(name.is_ptr() && layout_of(name) == Layout::Str) {
        return Err(type_error("module name must be a string"));
    }
    if lvl < 0 {
        return Err(value_error("level must be >= 0"));
    }
    let n = str_of(name).to_string();
    if lvl == 0 && n.is_empty() {
        return Err(value_error("Empty module name"));
    }
    let abs = if lvl > 0 {
        resolve_name(&n, globals, lvl)?
    } else {
        n.clone()
    };
    let m = import_absolute(&abs).map_err(remove_importlib_frames)?;
    if is_empty_fromlist(fromlist) {
        if lvl == 0 || !n.is_empty() {
            let first = n.split('.').next().unwrap_or("");
            if lvl == 0 {
                if first.len() == n.len() {
                    return Ok(m);
                }
                return import_absolute(first);
            }
            // the package `first` names, relative to where it was resolved
            let cut = n.len() - first.len();
            let top = &abs[..abs.len() - cut];
            return match dict_get_str(crate::sysmod::modules_dict(), top) {
                Some(t) => Ok(t),
                None => Err(new_exc(
                    Exc::KeyError,
                    &format!("'{top}' not in sys.modules as expected"),
                )),
            };
        }
        return Ok(m);
    }
    let has_path = m.is_ptr()
        && layout_of(m) == Layout::Module
        && dict_get_str(obj::<ModuleObject>(m).dict, "__path__").is_some();
    if has_path && STATE.load(Ordering::Acquire) == 2 {
        let b = Value(BOOTSTRAP.load(Ordering::Relaxed));
        let import_fn =
            dict_get_str(crate::sysmod::builtins_dict(), "__import__").unwrap_or(none());
        return call_attr(b, "_handle_fromlist", &[m, fromlist, import_fn])
            .map_err(remove_importlib_frames);
    }
    Ok(m)
}

fn is_importlib_file(f: &str) -> bool {
    f.ends_with("importlib/_bootstrap.py") || f.ends_with("importlib/_bootstrap_external.py")
}

/// CPython's `remove_importlib_frames`: drops from the traceback each chunk of importlib
/// frames that ends in `_call_with_frames_removed`, and every importlib frame when the error is
/// an ImportError, so users see their own code.
fn remove_importlib_frames(e: PyErr) -> PyErr {
    use crate::traceback::TracebackObject;
    let exc = e.0;
    if !(exc.is_ptr() && layout_of(exc) == Layout::Exception) {
        return e;
    }
    let always = exc_matches(exc, exc_type(Exc::ImportError));
    // links: None = the exception's own traceback slot, Some(tb) = tb.next
    let get = |link: Option<Value>| -> Value {
        match link {
            None => exc_obj(exc).traceback,
            Some(t) => obj::<TracebackObject>(t).next,
        }
    };
    let set = |link: Option<Value>, v: Value| match link {
        None => {
            exc_obj(exc).traceback = v;
            write_barrier(exc);
        }
        Some(t) => {
            obj::<TracebackObject>(t).next = v;
            write_barrier(t);
        }
    };
    let mut prev_link: Option<Value> = None;
    let mut outer_link: Option<Value> = None;
    let mut in_importlib = false;
    let mut tb = get(None);
    while !tb.is_null() && tb != none() {
        let next = obj::<TracebackObject>(tb).next;
        let f = obj::<TracebackObject>(tb).frame;
        let code = ferrite_runtime::objects::function::code_obj(crate::frame::frame(f).code);
        let now = is_importlib_file(str_of(code.filename));
        if now && !in_importlib {
            outer_link = prev_link;
        }
        in_importlib = now;
        if in_importlib && (always || str_of(code.name) == "_call_with_frames_removed") {
            set(outer_link, next);
            prev_link = outer_link;
        } else {
            prev_link = Some(tb);
        }
        tb = next;
        let _ = get(prev_link);
    }
    e
}

/// `import_module(name)` for Rust callers (stdlib's hook).
pub fn import_module_by_name(name: &str) -> PyResult<Value> {
    import_absolute(name)
}

pub fn import_from(m: Value, name: Value) -> PyResult<Value> {
    if let Some(v) = ops::getattr_opt(m, name)? {
        return Ok(v);
    }
    // a submodule that is in sys.modules but not yet bound on its (circularly importing)
    // package, as CPython's import_from falls back to
    let pkgname = if layout_of(m) == Layout::Module {
        dict_get_str(obj::<ModuleObject>(m).dict, "__name__")
            .filter(|v| v.is_ptr() && layout_of(*v) == Layout::Str)
            .map(|v| str_of(v).to_string())
    } else {
        None
    };
    if let Some(p) = &pkgname {
        let full = format!("{}.{}", p, str_of(name));
        if let Some(sub) = dict_get_str(crate::sysmod::modules_dict(), &full) {
            return Ok(sub);
        }
    }
    let mn = pkgname
        .clone()
        .unwrap_or_else(|| "<unknown module name>".into());
    let file = if layout_of(m) == Layout::Module {
        dict_get_str(obj::<ModuleObject>(m).dict, "__file__")
            .filter(|v| v.is_ptr() && layout_of(*v) == Layout::Str)
            .map(|v| str_of(v).to_string())
    } else {
        None
    };
    let msg = if initializing(m) {
        format!(
            "cannot import name '{}' from partially initialized module '{}' (most likely due to a circular import) ({})",
            str_of(name),
            mn,
            file.clone().unwrap_or_else(|| "unknown location".into())
        )
    } else {
        format!(
            "cannot import name '{}' from '{}' ({})",
            str_of(name),
            mn,
            file.clone().unwrap_or_else(|| "unknown location".into())
        )
    };
    let e = new_exc(Exc::ImportError, &msg);
    exc_obj(e.0).extra1 = pkgname.map(|p| new_str(&p)).unwrap_or(none());
    Err(e)
}

pub fn import_star(m: Value, locals: Value) -> PyResult<()> {
    let d = obj::<ModuleObject>(m).dict;
    if let Some(all) = dict_get_str(d, "__all__") {
        let names = ops::to_list(all)?;
        let mut i = 0;
        while let Some(n) = ferrite_runtime::objects::list::list_get(names, i) {
            if !(n.is_ptr() && layout_of(n) == Layout::Str) {
                return Err(type_error(format!(
                    "Item in {}.__all__ must be str, not {}",
                    dict_get_str(d, "__name__")
                        .map(|v| str_of(v).to_string())
                        .unwrap_or_default(),
                    ferrite_runtime::types::type_name_of(n)
                )));
            }
            let v = ops::getattr(m, n)?;
            dict_set(locals, n, v)?;
            i += 1;
        }
        return Ok(());
    }
    let mut pos = 0;
    while let Some((ix, e)) = table(d).next_from(pos) {
        if !str_of(e.key).starts_with('_') {
            dict_set(locals, e.key, e.value)?;
        }
        pos = ix + 1;
    }
    Ok(())
}
