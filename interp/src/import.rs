//! The import statement. Today only built-in modules (`sys`, `builtins`) import; anything else
//! raises ModuleNotFoundError naming the module. Importing CPython's Lib comes with the stdlib
//! issue.

use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::function::ModuleObject;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::ops;
use ferrite_runtime::{PyResult, Value};

/// Initialiser of a built-in (Rust) module: fills the module's dict.
pub type BuiltinModuleInit = fn(Value) -> PyResult<()>;

static BUILTIN_MODULES: std::sync::Mutex<Vec<(&'static str, BuiltinModuleInit)>> =
    std::sync::Mutex::new(Vec::new());

/// Makes a Rust module importable under `name` (called by the binary at start-up).
pub fn register_builtin_module(name: &'static str, init: BuiltinModuleInit) {
    BUILTIN_MODULES.lock().unwrap().push((name, init));
}

fn load_builtin(name: &str) -> PyResult<Option<Value>> {
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
    let modules = crate::sysmod::modules_dict();
    dict_set_str(modules, name, m);
    if let Err(e) = init(obj::<ModuleObject>(m).dict) {
        dict_del(modules, ferrite_runtime::intern::intern(name))?;
        return Err(e);
    }
    Ok(Some(m))
}

pub fn import_name(name: Value, _globals: Value, fromlist: Value, level: Value) -> PyResult<Value> {
    let lvl = ops::index_value(level).unwrap_or(0);
    let n = str_of(name).to_string();
    if lvl > 0 {
        return Err(new_exc(
            Exc::ImportError,
            "attempted relative import with no known parent package",
        ));
    }
    let modules = crate::sysmod::modules_dict();
    let top = n.split('.').next().unwrap_or("").to_string();
    if let Some(m) = dict_get_str(modules, &n) {
        if fromlist == none()
            || fromlist.is_null()
            || ops::truthy(fromlist).map(|b| !b).unwrap_or(true)
        {
            return Ok(dict_get_str(modules, &top).unwrap_or(m));
        }
        return Ok(m);
    }
    if !n.contains('.') {
        if let Some(m) = load_builtin(&n)? {
            return Ok(m);
        }
    }
    let e = new_exc(
        Exc::ModuleNotFoundError,
        &format!("No module named '{}'", top),
    );
    exc_obj(e.0).extra1 = new_str(&top);
    Err(e)
}

pub fn import_from(m: Value, name: Value) -> PyResult<Value> {
    match ops::getattr_opt(m, name)? {
        Some(v) => Ok(v),
        None => {
            let mn = if layout_of(m) == Layout::Module {
                dict_get_str(obj::<ModuleObject>(m).dict, "__name__")
                    .map(|v| str_of(v).to_string())
                    .unwrap_or_else(|| "?".into())
            } else {
                "?".into()
            };
            Err(new_exc(
                Exc::ImportError,
                &format!(
                    "cannot import name '{}' from '{}' (unknown location)",
                    str_of(name),
                    mn
                ),
            ))
        }
    }
}

pub fn import_star(m: Value, locals: Value) -> PyResult<()> {
    let d = obj::<ModuleObject>(m).dict;
    let mut pos = 0;
    while let Some((ix, e)) = table(d).next_from(pos) {
        if !str_of(e.key).starts_with('_') {
            dict_set(locals, e.key, e.value)?;
        }
        pos = ix + 1;
    }
    Ok(())
}
