//! Built-in modules written in Rust (what CPython writes in C). Each module exposes
//! `init(module_dict)`; the `ferrite` binary registers them with the interpreter's import
//! system (`ferrite_interp::import::register_builtin_module`).

pub mod future;
pub mod sre;
pub mod time;

use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::function::{new_builtin_function, NativeFn};
use ferrite_runtime::Value;

/// Module initialiser signature.
pub type ModuleInit = fn(Value) -> ferrite_runtime::PyResult<()>;

/// Every module this crate provides, by import name.
pub const MODULES: &[(&str, ModuleInit)] = &[
    ("time", time::init),
    ("__future__", future::init),
    ("_sre", sre::init),
];

pub(crate) fn define_functions(d: Value, fns: &[(&'static str, NativeFn)]) {
    for &(name, f) in fns {
        let bf = new_builtin_function(name, f, Value::NULL);
        dict_set_str(d, name, bf);
    }
}
