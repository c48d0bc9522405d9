//! Running a program: compile, make `__main__`, execute, and turn the outcome into CPython's
//! exit status (uncaught exception -> traceback and 1; SystemExit semantics).

use crate::compile::{compile, CompileError, CompileOptions, Mode};
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::function::ModuleObject;
use ferrite_runtime::objects::int::{int_to_i64, is_int};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{ops, PyResult, Value};

/// A SyntaxError exception object for a compile error.
pub fn syntax_error_value(e: &CompileError) -> PyErr {
    let t = match e.kind {
        crate::compile::CompileErrorKind::SyntaxError => Exc::SyntaxError,
        crate::compile::CompileErrorKind::IndentationError => Exc::IndentationError,
        crate::compile::CompileErrorKind::TabError => Exc::TabError,
    };
    let text = match &e.text {
        Some(t) => new_str(&format!("{t}\n")),
        None => none(),
    };
    let detail = new_tuple(&[
        new_str(&e.filename),
        ferrite_runtime::objects::int::new_int(e.line as i64),
        ferrite_runtime::objects::int::new_int(e.col as i64),
        text,
        ferrite_runtime::objects::int::new_int(e.end_line as i64),
        ferrite_runtime::objects::int::new_int(e.end_col as i64),
    ]);
    new_exc_args(t, &[new_str(&e.msg), detail])
}

pub fn compile_to_code(src: &str, filename: &str, mode: Mode) -> PyResult<Value> {
    let opts = CompileOptions {
        optimize: optimize_level(),
        ..Default::default()
    };
    match compile(src, filename, mode, &opts) {
        Ok(unit) => {
            crate::traceback::remember_source(filename, src);
            Ok(crate::loader::load(&unit))
        }
        Err(e) => Err(syntax_error_value(&e)),
    }
}

static OPTIMIZE: std::sync::atomic::AtomicU8 = std::sync::atomic::AtomicU8::new(0);
pub fn set_optimize(o: u8) {
    OPTIMIZE.store(o, std::sync::atomic::Ordering::Relaxed);
}
pub fn optimize_level() -> u8 {
    OPTIMIZE.load(std::sync::atomic::Ordering::Relaxed)
}

/// Runs source as `__main__`; returns the process exit status.
pub fn run_main(src: &str, filename: &str) -> i32 {
    let r = (|| -> PyResult<()> {
        crate::sys_config::run_pth_imports()?;
        let code = compile_to_code(src, filename, Mode::Exec)?;
        let m = crate::sysmod::new_module("__main__");
        let g = obj::<ModuleObject>(m).dict;
        dict_set_str(g, "__builtins__", crate::sysmod::builtins_module());
        dict_set_str(g, "__file__", new_str(filename));
        dict_set_str(g, "__spec__", none());
        dict_set_str(g, "__package__", none());
        dict_set_str(g, "__loader__", none());
        dict_set_str(crate::sysmod::modules_dict(), "__main__", m);
        let f = crate::frame::new_frame(code, g, crate::sysmod::builtins_dict(), g, Value::NULL);
        crate::eval::run_frame(f, None)?;
        Ok(())
    })();
    let status = match r {
        Ok(()) => 0,
        Err(e) => handle_uncaught(e.0),
    };
    crate::sysmod::flush_stdout();
    status
}

/// At exit, as CPython's finalization: the main module's globals are dropped (in insertion
/// order) and the finalizers of what that leaves unreachable run: `__del__` methods and the
/// cleanup of suspended generators. They run in the order the objects were created, where
/// CPython's reference counting runs each as its last reference goes.
pub fn finalize_main_module() {
    if !ferrite_gc::has_registered_finalizers() && !ferrite_gc::has_pending_finalizers() {
        return;
    }
    if let Some(m) =
        ferrite_runtime::objects::dict::dict_get_str(crate::sysmod::modules_dict(), "__main__")
    {
        if m.is_ptr() && layout_of(m) == Layout::Module {
            let g = obj::<ModuleObject>(m).dict;
            let t = ferrite_runtime::objects::dict::table(g);
            let keys: Vec<Value> = t
                .entries
                .iter()
                .map(|e| e.key)
                .filter(|k| !k.is_null())
                .collect();
            let keys = ferrite_runtime::value::with_rooted_slice(&keys, |k| {
                ferrite_runtime::objects::list::new_list(k)
            });
            let n = ferrite_runtime::objects::list::list_len(keys);
            for i in 0..n {
                let k = ferrite_runtime::objects::list::list_items(keys)[i];
                let is_builtins = k.is_ptr()
                    && type_of(k) == bt(BT::Str)
                    && ferrite_runtime::objects::str::str_of(k) == "__builtins__";
                if !is_builtins {
                    let _ = dict_set(g, k, none());
                }
            }
        }
    }
    ferrite_gc::collect();
    crate::signals::run_finalizers();
    crate::sysmod::flush_stdout();
}

/// `-m module`: runs the module as `__main__` through the Lib's runpy, as CPython does.
pub fn run_module_as_main(name: &str) -> i32 {
    let r = (|| -> PyResult<()> {
        crate::sys_config::run_pth_imports()?;
        // an empty __main__ exists before runpy replaces its namespace, as in CPython
        let m = crate::sysmod::new_module("__main__");
        let g = obj::<ModuleObject>(m).dict;
        dict_set_str(g, "__builtins__", crate::sysmod::builtins_module());
        dict_set_str(crate::sysmod::modules_dict(), "__main__", m);
        let runpy = crate::import::import_module_by_name("runpy")?;
        let f = ops::getattr(
            runpy,
            ferrite_runtime::intern::intern("_run_module_as_main"),
        )?;
        ops::call(f, &[new_str(name), py_true()], &[])?;
        Ok(())
    })();
    let status = match r {
        Ok(()) => 0,
        Err(e) => handle_uncaught(e.0),
    };
    crate::sysmod::flush_stdout();
    status
}

static KEYBOARD_INTERRUPT: std::sync::atomic::AtomicBool =
    std::sync::atomic::AtomicBool::new(false);

/// Whether the program ended with an uncaught KeyboardInterrupt (the process should then die
/// by SIGINT, as CPython's does).
pub fn ended_by_keyboard_interrupt() -> bool {
    KEYBOARD_INTERRUPT.load(std::sync::atomic::Ordering::Relaxed)
}

/// SystemExit -> its code (CPython's `handle_system_exit`); anything else -> traceback on
/// stderr and 1.
pub fn handle_uncaught(e: Value) -> i32 {
    if exc_matches(e, exc_type(Exc::SystemExit)) {
        let code = match ops::getattr_opt(e, ferrite_runtime::intern::intern("code")) {
            Ok(Some(c)) => c,
            _ => e,
        };
        if code == none() {
            return 0;
        }
        if is_int(code) {
            // PyLong_AsLong: out of range -> -1; the OS keeps the low 8 bits
            return int_to_i64(code).map(|c| c as i32).unwrap_or(-1);
        }
        crate::sysmod::flush_stdout();
        let s = ops::str_string(code).unwrap_or_default();
        eprintln!("{s}");
        return 1;
    }
    if exc_matches(e, exc_type(Exc::KeyboardInterrupt)) {
        KEYBOARD_INTERRUPT.store(true, std::sync::atomic::Ordering::Relaxed);
    }
    // a program's own sys.excepthook reports the error instead (CPython's PyErr_Display path)
    let sysd = obj::<ModuleObject>(crate::sysmod::sys_module()).dict;
    if let Some(hook) = dict_get_str(sysd, "excepthook") {
        if hook != crate::sysmod::default_excepthook() && hook != none() {
            let tb = exc_obj(e).traceback;
            let tb = if tb.is_null() { none() } else { tb };
            if let Err(e2) = ops::call(hook, &[type_of(e), e, tb], &[]) {
                crate::sysmod::flush_stdout();
                eprintln!("Error in sys.excepthook:");
                crate::traceback::print_exception(e2.0);
                eprintln!("\nOriginal exception was:");
                crate::traceback::print_exception(e);
            }
            return 1;
        }
    }
    crate::traceback::print_exception(e);
    1
}
