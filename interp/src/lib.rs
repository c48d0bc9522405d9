//! Ferrite's compiler (rustpython-parser AST -> bytecode) and evaluation loop.
pub mod builtins;
pub mod bytecode;
pub mod call;
pub mod codecache;
pub mod compile;
pub mod eval;
pub mod frame;
pub mod generator;
pub mod impmod;
pub mod import;
pub mod loader;
pub mod pattern;
pub mod reduce;
pub mod run;
pub mod signals;
pub mod sys_config;
pub mod sysmod;
pub mod traceback;
pub mod typeparams;

fn py_call_hook(
    f: ferrite_runtime::Value,
    args: &[ferrite_runtime::Value],
    kwnames: &[ferrite_runtime::Value],
) -> ferrite_runtime::PyResult<ferrite_runtime::Value> {
    call::call_function(f, args, kwnames)
}

/// Initialises the runtime and the interpreter for this process (call once, on the thread
/// that will run Python).
pub fn init(argv: &[String]) {
    ferrite_runtime::init::init();
    ferrite_runtime::init::set_extra_roots(eval::visit_roots);
    ferrite_runtime::ops::set_py_call_hook(py_call_hook);
    traceback::init();
    frame::init();
    typeparams::init();
    import::register_builtin_module("_typing", typeparams::init_module);
    generator::init();
    builtins::init_types();
    reduce::init();
    sysmod::init(argv);
    ferrite_runtime::types::clear_lookup_cache();
}
