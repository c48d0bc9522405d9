//! Built-in modules written in Rust (what CPython writes in C). Each module exposes
//! `init(module_dict)`; the `ferrite` binary registers them with the interpreter's import
//! system (`ferrite_interp::import::register_builtin_module`).

pub mod abc;
pub mod array;
pub mod ast;
mod ast_nodes;
pub mod atexit;
pub mod binascii;
pub mod bisect;
pub(crate) mod blake2;
pub mod cmath;
pub mod codecs;
pub mod collections;
pub mod contextvars;
pub mod csv;
pub mod errno;
pub mod functools;
pub mod gc;
pub mod hashes;
pub mod heapq;
pub mod io;
pub mod itertools;
pub mod json;
pub mod locale;
pub mod marshal;
pub mod math;
pub mod operator;
pub mod posix;
pub mod posixsubprocess;
pub mod random;
pub mod select;
pub mod signal;
pub mod socket;
pub mod sre;
pub mod stat;
pub mod string;
pub mod structmod;
pub(crate) mod support;
pub mod syscalls;
pub mod thread;
pub mod time;
pub mod tokenize;
pub mod unicodedata;
pub mod warnings;
pub mod weakref;
pub mod zlib;

pub(crate) mod util;

use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::function::{new_builtin_function, NativeFn};
use ferrite_runtime::Value;

/// Module initialiser signature.
pub type ModuleInit = fn(Value) -> ferrite_runtime::PyResult<()>;

/// Every module this crate provides, by import name.
pub const MODULES: &[(&str, ModuleInit)] = &[
    ("time", time::init),
    ("posix", posix::init),
    ("errno", errno::init),
    ("marshal", marshal::init),
    ("_thread", thread::init),
    ("_warnings", warnings::init),
    ("_weakref", weakref::init),
    ("_io", io::init),
    ("math", math::init),
    ("_random", random::init),
    ("_struct", structmod::init),
    ("_heapq", heapq::init),
    ("_bisect", bisect::init),
    ("binascii", binascii::init),
    ("cmath", cmath::init),
    ("_collections", collections::init),
    ("itertools", itertools::init),
    ("_functools", functools::init),
    ("_operator", operator::init),
    ("gc", gc::init),
    ("atexit", atexit::init),
    ("_contextvars", contextvars::init),
    ("_md5", hashes::init_md5),
    ("_sha1", hashes::init_sha1),
    ("_sha2", hashes::init_sha2),
    ("_sha3", hashes::init_sha3),
    ("_blake2", hashes::init_blake2),
    ("zlib", zlib::init),
    ("array", array::init),
    ("_stat", stat::init),
    ("_locale", locale::init),
    ("_signal", signal::init),
    ("select", select::init),
    ("_socket", socket::init),
    ("_ast", ast::init),
    ("_sre", sre::init),
    ("_codecs", codecs::init),
    ("_string", string::init),
    ("unicodedata", unicodedata::init),
    ("_csv", csv::init),
    ("_json", json::init),
    ("_tokenize", tokenize::init),
    ("_abc", abc::init),
    ("_posixsubprocess", posixsubprocess::init),
];

pub(crate) fn define_functions(d: Value, fns: &[(&'static str, NativeFn)]) {
    let module = ferrite_runtime::objects::dict::dict_get_str(d, "__name__");
    for &(name, f) in fns {
        let bf = new_builtin_function(name, f, Value::NULL);
        if let Some(m) = module {
            // __module__ of the function: the module's name
            ferrite_runtime::object::obj::<
                ferrite_runtime::objects::function::BuiltinFunctionObject,
            >(bf)
            .module = m;
            ferrite_runtime::object::write_barrier(bf);
        }
        dict_set_str(d, name, bf);
    }
}

static FLUSH_STDOUT: std::sync::OnceLock<fn()> = std::sync::OnceLock::new();

/// Lets the interpreter say how to flush its buffered `sys.stdout` (called before a module
/// writes to fd 1 directly, so output stays in order).
pub fn set_flush_stdout_hook(f: fn()) {
    let _ = FLUSH_STDOUT.set(f);
}

pub(crate) fn flush_stdout_hook() {
    if let Some(f) = FLUSH_STDOUT.get() {
        f();
    }
}

/// How `marshal` writes and reads code objects (their bytecode belongs to interp): `dump` gives
/// the bytes after the type code, `load` reads them back and says how many it used.
#[derive(Clone, Copy)]
pub struct CodeMarshalHooks {
    pub dump: fn(Value) -> ferrite_runtime::PyResult<Vec<u8>>,
    pub load: fn(&[u8]) -> ferrite_runtime::PyResult<(Value, usize)>,
}
static CODE_MARSHAL: std::sync::OnceLock<CodeMarshalHooks> = std::sync::OnceLock::new();

/// Lets the interpreter say how code objects are marshalled.
pub fn set_code_marshal_hooks(h: CodeMarshalHooks) {
    let _ = CODE_MARSHAL.set(h);
}

pub(crate) fn code_marshal_hooks() -> Option<CodeMarshalHooks> {
    CODE_MARSHAL.get().copied()
}

type ImportHook = fn(&str) -> ferrite_runtime::PyResult<Value>;
static IMPORT: std::sync::OnceLock<ImportHook> = std::sync::OnceLock::new();

/// Lets the interpreter say how modules import (stdlib does not depend on interp).
pub fn set_import_hook(f: ImportHook) {
    let _ = IMPORT.set(f);
    // the codec machinery behind str.encode/bytes.decode imports `encodings` on first use
    codecs::install_hooks();
}

/// `import name` from Rust (returns the named module itself, not its top-level package).
pub fn import_module(name: &str) -> ferrite_runtime::PyResult<Value> {
    match IMPORT.get() {
        Some(f) => f(name),
        None => Err(ferrite_runtime::errors::new_exc(
            ferrite_runtime::errors::Exc::ImportError,
            &format!("import of {name} before the interpreter set up imports"),
        )),
    }
}

static PRINT_EXCEPTION: std::sync::OnceLock<fn(Value)> = std::sync::OnceLock::new();

/// Lets the interpreter say how an exception's traceback is printed on stderr.
pub fn set_print_exception_hook(f: fn(Value)) {
    let _ = PRINT_EXCEPTION.set(f);
}

/// CPython's `_PyErr_WriteUnraisableMsg`: "`msg`: repr(obj)" then the traceback, on stderr.
pub(crate) fn report_unraisable(e: ferrite_runtime::errors::PyErr, msg: &str, obj: Value) {
    flush_stdout_hook();
    let what = if obj.is_null() {
        String::new()
    } else {
        match ferrite_runtime::ops::repr_string(obj) {
            Ok(s) => format!(": {s}"),
            Err(_) => ": <object repr() failed>".to_string(),
        }
    };
    eprintln!("{msg}{what}");
    match PRINT_EXCEPTION.get() {
        Some(f) => f(e.0),
        None => eprintln!("{}", ferrite_runtime::errors::exc_type_name(e.0)),
    }
}

/// `callable(v)`.
pub(crate) use ferrite_runtime::ops::is_callable;
