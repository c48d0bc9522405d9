//! The `sys` module (the part the core interpreter needs), the standard streams, and the
//! process-wide module table. The rest of `sys` comes with the stdlib issue.

use ferrite_runtime::args::*;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::function::*;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{ops, PyResult, Value};
use std::io::Write;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

static MODULES: AtomicUsize = AtomicUsize::new(0);
static BUILTINS: AtomicUsize = AtomicUsize::new(0);
static SYS: AtomicUsize = AtomicUsize::new(0);
static STREAM_TYPE: AtomicUsize = AtomicUsize::new(0);

pub fn modules_dict() -> Value {
    Value(MODULES.load(Ordering::Relaxed))
}
pub fn builtins_module() -> Value {
    Value(BUILTINS.load(Ordering::Relaxed))
}
pub fn builtins_dict() -> Value {
    obj::<ModuleObject>(builtins_module()).dict
}
pub fn sys_module() -> Value {
    Value(SYS.load(Ordering::Relaxed))
}

pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    for s in [
        &MODULES,
        &BUILTINS,
        &SYS,
        &STREAM_TYPE,
        &BUFFER_TYPE,
        &BUFFERS[0],
        &BUFFERS[1],
    ] {
        t.visit(s.as_ptr());
    }
}

static OUT: Mutex<Vec<u8>> = Mutex::new(Vec::new());
static UNBUFFERED: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

pub fn set_unbuffered(b: bool) {
    UNBUFFERED.store(b, Ordering::Relaxed);
}

pub fn write_stdout(s: &str) -> PyResult<()> {
    write_stdout_bytes(s.as_bytes());
    Ok(())
}

/// Raw bytes onto the buffered stdout (sys.stdout.buffer.write), in order with text writes.
pub fn write_stdout_bytes(b: &[u8]) {
    let mut g = OUT.lock().unwrap();
    g.extend_from_slice(b);
    if g.len() > 1 << 16 || UNBUFFERED.load(Ordering::Relaxed) {
        let _ = std::io::stdout().write_all(&g);
        let _ = std::io::stdout().flush();
        g.clear();
    }
}

pub fn flush_stdout() {
    let mut g = OUT.lock().unwrap();
    let _ = std::io::stdout().write_all(&g);
    let _ = std::io::stdout().flush();
    g.clear();
}

pub fn new_module(name: &str) -> Value {
    let d = new_dict();
    let m = new_obj::<ModuleObject>(bt(BT::Module), |o| o.dict = d);
    dict_set_str(d, "__name__", new_str(name));
    dict_set_str(d, "__doc__", none());
    m
}

/// sys.stdout when a program replaced it (None while it is the interpreter's own stream).
pub fn replaced_stdout() -> Option<Value> {
    let d = obj::<ModuleObject>(sys_module()).dict;
    match dict_get_str(d, "stdout") {
        Some(v) if v.is_ptr() && type_of(v) == Value(STREAM_TYPE.load(Ordering::Relaxed)) => {
            (stream_fd(v) != 1).then_some(v)
        }
        Some(v) if v == none() => None,
        Some(v) => Some(v),
        None => None,
    }
}

fn stream_fd(s: Value) -> i64 {
    ferrite_runtime::methods::builtin_value(s).small()
}
fn stream_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("write", a, kw, 1, 1)?;
    let s = a[1];
    if !(s.is_ptr() && layout_of(s) == Layout::Str) {
        return Err(type_error(format!(
            "write() argument must be str, not {}",
            ferrite_runtime::types::type_name_of(s)
        )));
    }
    let text = str_of(s);
    if stream_fd(a[0]) == 1 {
        write_stdout(text)?;
    } else {
        flush_stdout();
        let _ = std::io::stderr().write_all(text.as_bytes());
    }
    Ok(new_int(text.chars().count() as i64))
}
fn stream_fileno(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(stream_fd(a[0])))
}
fn stream_isatty(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(ferrite_runtime::fd::isatty(stream_fd(a[0]) as i32)))
}
fn stream_true(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_true())
}
fn stream_false(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_false())
}
fn stream_writelines(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("writelines", a, kw, 1, 1)?;
    let it = ops::iter(a[1])?;
    while let Some(line) = ops::next(it)? {
        stream_write(&[a[0], line], &[])?;
    }
    Ok(none())
}
fn stream_name(s: Value) -> PyResult<Value> {
    Ok(new_str(match stream_fd(s) {
        1 => "<stdout>",
        2 => "<stderr>",
        _ => "<stdin>",
    }))
}
fn stream_errors(s: Value) -> PyResult<Value> {
    Ok(new_str(if stream_fd(s) == 2 {
        "backslashreplace"
    } else {
        "strict"
    }))
}
fn stream_closed(_: Value) -> PyResult<Value> {
    Ok(py_false())
}
static BUFFER_TYPE: AtomicUsize = AtomicUsize::new(0);
static BUFFERS: [AtomicUsize; 2] = [AtomicUsize::new(0), AtomicUsize::new(0)];
/// `sys.stdout.buffer`: bytes written through it join the same buffered output.
fn stream_buffer(s: Value) -> PyResult<Value> {
    let fd = stream_fd(s);
    let slot = &BUFFERS[(fd == 2) as usize];
    let b = slot.load(Ordering::Relaxed);
    if b != 0 {
        return Ok(Value(b));
    }
    let t = Value(BUFFER_TYPE.load(Ordering::Relaxed));
    let v = ferrite_runtime::methods::new_subclass_instance(t, new_int(fd));
    slot.store(v.0, Ordering::Relaxed);
    Ok(v)
}
fn buffer_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("write", a, kw, 1, 1)?;
    if !ferrite_runtime::methods::bytes::is_bytes_like(a[1]) {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    }
    let data = ferrite_runtime::methods::bytes::buffer_arg(a[1])?;
    if stream_fd(a[0]) == 1 {
        write_stdout_bytes(&data);
    } else {
        flush_stdout();
        let _ = std::io::stderr().write_all(&data);
    }
    Ok(new_int(data.len() as i64))
}

fn stream_flush(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if stream_fd(a[0]) == 1 {
        flush_stdout();
    }
    Ok(none())
}

fn sys_exit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("exit", a, kw, 0, 1)?;
    Err(PyErr(ops::call(exc_type(Exc::SystemExit), a, &[])?))
}
fn sys_getrecursionlimit(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(ferrite_runtime::thread::recursion_limit() as i64))
}
fn sys_setrecursionlimit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("setrecursionlimit", a, kw, 1, 1)?;
    let n = ops::index_value(a[0])?;
    if n < 1 {
        return Err(value_error(
            "recursion limit must be greater or equal than 1",
        ));
    }
    ferrite_runtime::thread::set_recursion_limit(n as usize);
    Ok(none())
}
fn sys_exception(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let h = crate::eval::handled_exception();
    Ok(if h.is_null() { none() } else { h })
}
fn sys_exc_info(_: &[Value], _: &[Value]) -> PyResult<Value> {
    let h = crate::eval::handled_exception();
    if h.is_null() {
        return Ok(new_tuple(&[none(), none(), none()]));
    }
    let tb = exc_obj(h).traceback;
    Ok(new_tuple(&[
        type_of(h),
        h,
        if tb.is_null() { none() } else { tb },
    ]))
}
/// sys.excepthook / sys.__excepthook__: prints the traceback as the interpreter does.
fn sys_excepthook(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("excepthook", a, kw, 3, 3)?;
    let v = a[1];
    if v.is_ptr() && layout_of(v) == Layout::Exception {
        if a[2] != none() && exc_obj(v).traceback != a[2] {
            exc_obj(v).traceback = a[2];
            write_barrier(v);
        }
        flush_stdout();
        crate::traceback::print_exception(v);
    } else {
        flush_stdout();
        eprintln!(
            "TypeError: print_exception(): Exception expected for value, {} found",
            ferrite_runtime::types::type_name_of(v)
        );
    }
    Ok(none())
}
/// sys.displayhook: what the interactive prompt does with an expression's value.
fn sys_displayhook(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("displayhook", a, kw, 1, 1)?;
    if a[0] == none() {
        return Ok(none());
    }
    let b = builtins_dict();
    dict_set_str(b, "_", none());
    let r = ops::repr(a[0])?;
    let text = format!("{}\n", str_of(r));
    match replaced_stdout() {
        Some(out) => {
            let w = ops::getattr(out, ferrite_runtime::intern::intern("write"))?;
            ops::call(w, &[new_str(&text)], &[])?;
        }
        None => write_stdout(&text)?,
    }
    dict_set_str(b, "_", a[0]);
    Ok(none())
}
/// The builtin sys.excepthook (to tell whether a program replaced it).
pub fn default_excepthook() -> Value {
    let d = obj::<ModuleObject>(sys_module()).dict;
    dict_get_str(d, "__excepthook__").unwrap_or(Value::NULL)
}

fn sys_intern(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("intern", a, kw, 1, 1)?;
    Ok(ferrite_runtime::intern::intern(str_of(a[0])))
}
fn sys_getframe(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_getframe", a, kw, 0, 1)?;
    let mut depth = if a.is_empty() {
        0
    } else {
        ops::index_value(a[0])?
    };
    let mut f = crate::eval::current_frame();
    while depth > 0 && !f.is_null() {
        f = crate::frame::frame(f).back;
        depth -= 1;
    }
    if f.is_null() {
        return Err(value_error("call stack is not deep enough"));
    }
    Ok(f)
}

pub fn init(argv: &[String]) {
    let modules = new_dict();
    MODULES.store(modules.0, Ordering::Relaxed);
    let b = new_module("builtins");
    BUILTINS.store(b.0, Ordering::Relaxed);
    crate::builtins::make_builtins(b).expect("builtins");
    dict_set_str(modules, "builtins", b);

    // stream type
    let st = ferrite_runtime::types::alloc_type(
        bt(BT::Type),
        "TextIOWrapper",
        Layout::Instance,
        &ferrite_runtime::objects::instance::INSTANCE_KIND,
        0,
    );
    ferrite_runtime::types::set_single_base(st, bt(BT::Object));
    STREAM_TYPE.store(st.0, Ordering::Relaxed);
    ferrite_runtime::methods::def(st, "write", stream_write);
    ferrite_runtime::methods::def(st, "flush", stream_flush);
    dict_set_str(as_type(st).dict, "__module__", new_str("_io"));
    let bt_ = ferrite_runtime::types::alloc_type(
        bt(BT::Type),
        "BufferedWriter",
        Layout::Instance,
        &ferrite_runtime::objects::instance::INSTANCE_KIND,
        0,
    );
    ferrite_runtime::types::set_single_base(bt_, bt(BT::Object));
    BUFFER_TYPE.store(bt_.0, Ordering::Relaxed);
    dict_set_str(as_type(bt_).dict, "__module__", new_str("_io"));
    ferrite_runtime::methods::def(bt_, "write", buffer_write);
    for t in [st, bt_] {
        use ferrite_runtime::methods::{def, getset};
        def(t, "flush", stream_flush);
        def(t, "fileno", stream_fileno);
        def(t, "isatty", stream_isatty);
        def(t, "writable", stream_true);
        def(t, "readable", stream_false);
        def(t, "seekable", stream_false);
        getset(t, "name", stream_name);
        getset(t, "closed", stream_closed);
    }
    {
        use ferrite_runtime::methods::{def, getset};
        def(st, "writelines", stream_writelines);
        getset(st, "errors", stream_errors);
        getset(st, "buffer", stream_buffer);
        let td = as_type(st).dict;
        dict_set_str(td, "encoding", new_str("utf-8"));
        dict_set_str(td, "mode", new_str("w"));
        dict_set_str(td, "line_buffering", py_false());
        dict_set_str(td, "newlines", none());
    }

    let s = new_module("sys");
    SYS.store(s.0, Ordering::Relaxed);
    let d = obj::<ModuleObject>(s).dict;
    dict_set_str(modules, "sys", s);
    let fns: &[(&'static str, NativeFn)] = &[
        ("exit", sys_exit),
        ("getrecursionlimit", sys_getrecursionlimit),
        ("setrecursionlimit", sys_setrecursionlimit),
        ("exception", sys_exception),
        ("exc_info", sys_exc_info),
        ("intern", sys_intern),
        ("_getframe", sys_getframe),
        ("excepthook", sys_excepthook),
        ("displayhook", sys_displayhook),
    ];
    for &(n, f) in fns {
        let bf = new_builtin_function(n, f, Value::NULL);
        obj::<BuiltinFunctionObject>(bf).module = s;
        dict_set_str(d, n, bf);
    }
    // the originals stay reachable as sys.__excepthook__ / sys.__displayhook__
    for (n, orig) in [
        ("excepthook", "__excepthook__"),
        ("displayhook", "__displayhook__"),
    ] {
        if let Some(f) = dict_get_str(d, n) {
            dict_set_str(d, orig, f);
        }
    }
    let args = ferrite_runtime::objects::list::new_list(&[]);
    for a in argv {
        let v = new_str(a);
        ferrite_runtime::objects::list::list_push(args, v);
    }
    dict_set_str(d, "argv", args);
    dict_set_str(d, "modules", modules);
    dict_set_str(d, "maxsize", new_int(i64::MAX));
    dict_set_str(d, "byteorder", new_str("little"));
    dict_set_str(d, "platform", new_str("linux"));
    dict_set_str(d, "version", new_str("3.12.1 (ferrite 0.1.0)"));
    let vi = new_tuple(&[
        new_int(3),
        new_int(12),
        new_int(1),
        new_str("final"),
        new_int(0),
    ]);
    dict_set_str(d, "version_info", vi);
    dict_set_str(d, "hexversion", new_int(0x030c01f0));
    for (name, orig, fd) in [("stdout", "__stdout__", 1), ("stderr", "__stderr__", 2)] {
        let inst = ferrite_runtime::methods::new_subclass_instance(st, new_int(fd));
        dict_set_str(d, name, inst);
        dict_set_str(d, orig, inst);
    }
    crate::sys_config::fill_sys(d).expect("sys configuration");
}
