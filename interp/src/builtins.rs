//! The `builtins` module and the interpreter helpers behind several opcodes (class creation,
//! function creation, raise, exception matching, `**kwargs` merging).
//!
//! Departure from DESIGN.md: builtins lives in interp, not stdlib, because `exec`, `eval`,
//! `compile`, `__build_class__`, `globals()`, `locals()` and `super()` need the compiler and
//! the frame chain.

use crate::eval::{call_value, current_frame};
use crate::frame::frame;
use ferrite_runtime::args::*;
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::function::*;
use ferrite_runtime::objects::int::{is_int, new_int};
use ferrite_runtime::objects::iter::IterObject;
use ferrite_runtime::objects::list::{list_get, list_items, list_len, list_push, new_list};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::ops::{self, CmpOp};
use ferrite_runtime::types::{is_subtype, type_name_of};
use ferrite_runtime::{PyResult, Value};

pub use ferrite_runtime::methods::set::{make_set, set_add};

pub fn ascii_of(v: Value) -> PyResult<Value> {
    let r = ops::repr(v)?;
    let s = str_of(r);
    if s.is_ascii() {
        return Ok(r);
    }
    let mut out = String::new();
    for c in s.chars() {
        let n = c as u32;
        if n < 128 {
            out.push(c);
        } else if n < 0x100 {
            out.push_str(&format!("\\x{:02x}", n));
        } else if n < 0x10000 {
            out.push_str(&format!("\\u{:04x}", n));
        } else {
            out.push_str(&format!("\\U{:08x}", n));
        }
    }
    Ok(new_str(&out))
}

/// How CPython names a callable in call errors (`module.qualname()`, `name()`).
pub fn function_str(f: Value) -> String {
    if f.is_ptr() && layout_of(f) == Layout::Function {
        let fo = func_obj(f);
        let m = fo.module;
        if m.is_ptr() && layout_of(m) == Layout::Str && str_of(m) != "builtins" {
            return format!("{}.{}()", str_of(m), str_of(fo.qualname));
        }
        return format!("{}()", str_of(fo.qualname));
    }
    func_name_for_msg(f)
}

fn func_name_for_msg(f: Value) -> String {
    match ops::getattr_str(f, "__qualname__") {
        Ok(q) if q.is_ptr() && layout_of(q) == Layout::Str => format!("{}()", str_of(q)),
        _ => format!("{} object", type_name_of(f)),
    }
}

/// `f(**m)` merging into the call's kwargs dict `d`.
pub fn dict_merge(d: Value, m: Value, func: Value) -> PyResult<()> {
    let is_map = m.is_ptr()
        && (layout_of(builtin_value(m)) == Layout::Dict
            || ferrite_runtime::types::lookup(type_of(m), "keys").is_some());
    if !is_map {
        return Err(type_error(format!(
            "{} argument after ** must be a mapping, not {}",
            function_str(func),
            type_name_of(m)
        )));
    }
    let tmp = new_dict();
    ferrite_runtime::methods::containers::update_from(tmp, m)?;
    let mut pos = 0;
    while let Some((ix, e)) = table(tmp).next_from(pos) {
        if !(e.key.is_ptr() && layout_of(e.key) == Layout::Str) {
            return Err(type_error("keywords must be strings"));
        }
        if dict_get(d, e.key)?.is_some() {
            return Err(type_error(format!(
                "{} got multiple values for keyword argument '{}'",
                function_str(func),
                str_of(e.key)
            )));
        }
        dict_set(d, e.key, e.value)?;
        pos = ix + 1;
    }
    Ok(())
}

/// `f(*args, **kwargs)`.
pub fn call_ex(func: Value, args: Value, kw: Value) -> PyResult<Value> {
    let argt = if type_of(args) == bt(BT::Tuple) {
        args
    } else {
        ops::to_tuple(args).map_err(|_| {
            type_error(format!(
                "{} argument after * must be an iterable, not {}",
                func_name_for_msg(func),
                type_name_of(args)
            ))
        })?
    };
    if kw.is_null() || dict_len(kw) == 0 {
        return call_value(func, tuple_items(argt), &[]);
    }
    let all = new_list(tuple_items(argt));
    let names = new_list(&[]);
    let mut pos = 0;
    while let Some((ix, e)) = table(kw).next_from(pos) {
        list_push(all, e.value);
        list_push(names, e.key);
        pos = ix + 1;
    }
    // the lists are traced GC objects nobody else can resize: pass their storage directly
    let r = call_value(
        func,
        list_items(all).as_slice(),
        list_items(names).as_slice(),
    );
    std::hint::black_box((all, names));
    r
}

pub fn make_function(
    code: Value,
    globals: Value,
    builtins: Value,
    defaults: Value,
    kwdefaults: Value,
    annotations: Value,
    closure: Value,
) -> PyResult<Value> {
    let name = code_obj(code).name;
    let qualname = code_obj(code).qualname;
    let doc = code_obj(code).docstring;
    let module = dict_get_str(globals, "__name__").unwrap_or_else(none);
    let ann = if annotations.is_null() {
        Value::NULL
    } else {
        let d = new_dict();
        let items = tuple_items(annotations);
        let mut i = 0;
        while i + 1 < items.len() {
            dict_set(d, items[i], items[i + 1])?;
            i += 2;
        }
        d
    };
    Ok(new_obj::<FunctionObject>(bt(BT::Function), |o| {
        o.code = code;
        o.globals = globals;
        o.builtins = builtins;
        o.name = name;
        o.qualname = qualname;
        o.defaults = defaults;
        o.kwdefaults = kwdefaults;
        o.closure = closure;
        o.doc = doc;
        o.module = module;
        o.annotations = ann;
    }))
}

/// `__build_class__(func, name, *bases, metaclass=..., **kw)`
pub fn build_class(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let pos = positional(args, kwnames);
    if pos.len() < 2 {
        return Err(type_error("__build_class__: not enough arguments"));
    }
    let (body, name) = (pos[0], pos[1]);
    if !(body.is_ptr() && layout_of(body) == Layout::Function) {
        return Err(type_error("__build_class__: func must be a function"));
    }
    if !(name.is_ptr() && layout_of(name) == Layout::Str) {
        return Err(type_error("__build_class__: name is not a string"));
    }
    let orig_bases = new_tuple(&pos[2..]);
    // PEP 560 __mro_entries__
    let mut bases_v = Vec::new();
    let mut changed = false;
    for &b in &pos[2..] {
        if !is_type(b) {
            if let Some(m) = ferrite_runtime::types::lookup(type_of(b), "__mro_entries__") {
                let r = ops::call_method_obj(m, b, &[orig_bases], &[])?;
                bases_v.extend_from_slice(tuple_items(ops::to_tuple(r)?));
                changed = true;
                continue;
            }
        }
        bases_v.push(b);
    }
    let bases = new_tuple(&bases_v);
    let mut meta = Value::NULL;
    let kw_base = args.len() - kwnames.len();
    let mut other_names = Vec::new();
    let mut other_vals = Vec::new();
    for (i, &k) in kwnames.iter().enumerate() {
        if str_of(k) == "metaclass" {
            meta = args[kw_base + i];
        } else {
            other_names.push(k);
            other_vals.push(args[kw_base + i]);
        }
    }
    if meta.is_null() {
        meta = if bases_v.is_empty() {
            bt(BT::Type)
        } else {
            type_of(bases_v[0])
        };
    }
    if is_type(meta) {
        // most derived metaclass
        let mut winner = meta;
        for &b in &bases_v {
            let bm = type_of(b);
            if is_subtype(winner, bm) {
                continue;
            }
            if is_subtype(bm, winner) {
                winner = bm;
                continue;
            }
            return Err(type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
        }
        meta = winner;
    }
    // namespace
    let ns = match ferrite_runtime::types::lookup(type_of(meta), "__prepare__").or_else(|| {
        if is_type(meta) {
            ferrite_runtime::types::lookup(meta, "__prepare__")
        } else {
            None
        }
    }) {
        Some(_) => {
            let prep = ops::getattr_str(meta, "__prepare__")?;
            let mut a = vec![name, bases];
            a.extend_from_slice(&other_vals);
            ops::call(prep, &a, &other_names)?
        }
        None => new_dict(),
    };
    // run the body with ns as locals
    let fo = func_obj(body);
    let f = crate::frame::new_frame(fo.code, fo.globals, fo.builtins, ns, body);
    crate::call::init_cells(f, body)?;
    let cell = match crate::eval::run_frame(f, None)? {
        crate::eval::Exit::Return(v) => v,
        crate::eval::Exit::Yield(_) => none(),
    };
    if changed {
        dict_set(
            ns,
            ferrite_runtime::intern::intern("__orig_bases__"),
            orig_bases,
        )?;
    }
    let mut a = vec![name, bases, ns];
    a.extend_from_slice(&other_vals);
    let cls = ops::call(meta, &a, &other_names)?;
    // fill the __class__ cell
    if cell.is_ptr() && layout_of(cell) == Layout::Cell {
        obj::<CellObject>(cell).contents = cls;
        write_barrier(cell);
    }
    Ok(cls)
}

/// RaiseVarargs.
pub fn do_raise(f: &mut crate::frame::FrameObject, arg: u32) -> PyResult<PyErr> {
    match arg {
        0 => {
            let h = crate::eval::handled_exception();
            if h.is_null() {
                return Ok(runtime_error("No active exception to reraise"));
            }
            crate::eval::add_tb_flag_off();
            Ok(PyErr(h))
        }
        1 => {
            let e = f.pop();
            make_exception(e)
        }
        _ => {
            let cause = f.pop();
            let e = f.pop();
            let err = make_exception(e)?;
            let c = if cause == none() {
                none()
            } else if is_type(cause) && is_subtype(cause, exc_type(Exc::BaseException)) {
                ops::call(cause, &[], &[])?
            } else if is_exception(cause) {
                cause
            } else {
                return Ok(type_error(
                    "exception causes must derive from BaseException",
                ));
            };
            exc_obj(err.0).cause = c;
            exc_obj(err.0).suppress_context = py_true();
            write_barrier(err.0);
            Ok(err)
        }
    }
}

/// An exception instance from `raise X` (class or instance).
pub fn make_exception(e: Value) -> PyResult<PyErr> {
    if is_type(e) && is_subtype(e, exc_type(Exc::BaseException)) {
        let inst = ops::call(e, &[], &[])?;
        if !is_exception(inst) {
            return Ok(type_error(format!(
                "calling {} should have returned an instance of BaseException, not {}",
                ops::repr_string(e)?,
                type_name_of(inst)
            )));
        }
        return Ok(PyErr(inst));
    }
    if is_exception(e) {
        return Ok(PyErr(e));
    }
    Ok(type_error("exceptions must derive from BaseException"))
}

pub fn exception_matches(e: Value, t: Value) -> PyResult<bool> {
    let check = |c: Value| -> PyResult<bool> {
        if !(is_type(c) && is_subtype(c, exc_type(Exc::BaseException))) {
            return Err(type_error(
                "catching classes that do not inherit from BaseException is not allowed",
            ));
        }
        Ok(is_subtype(type_of(e), c))
    };
    if t.is_ptr() && type_of(t) == bt(BT::Tuple) {
        let mut any = false;
        for &c in tuple_items(t) {
            if check(c)? {
                any = true;
            }
        }
        return Ok(any);
    }
    check(t)
}

fn is_group(e: Value) -> bool {
    is_subtype(type_of(e), exc_type(Exc::BaseExceptionGroup))
}

/// except*: split `eg` by `t` -> (rest or None, match or None).
pub fn eg_match(eg: Value, t: Value) -> PyResult<(Value, Value)> {
    if t.is_ptr() && type_of(t) == bt(BT::Tuple) {
        for &c in tuple_items(t) {
            if is_type(c) && is_subtype(c, exc_type(Exc::BaseExceptionGroup)) {
                return Err(type_error(
                    "catching ExceptionGroup with except* is not allowed. Use except instead.",
                ));
            }
        }
    } else if is_type(t) && is_subtype(t, exc_type(Exc::BaseExceptionGroup)) {
        return Err(type_error(
            "catching ExceptionGroup with except* is not allowed. Use except instead.",
        ));
    }
    if !is_group(eg) {
        if exception_matches(eg, t)? {
            let wrapped = ops::call(
                exc_type(Exc::ExceptionGroup),
                &[new_str(""), new_tuple(&[eg])],
                &[],
            )?;
            exc_obj(wrapped).traceback = exc_obj(eg).traceback;
            return Ok((none(), wrapped));
        }
        return Ok((eg, none()));
    }
    let r = ops::call_method(eg, "split", &[t])?;
    let items = tuple_items(r);
    Ok((items[1], items[0]))
}

/// End of try/except*: re-raise what the handlers raised together with the unhandled rest.
pub fn prep_reraise_star(orig: Value, raised: Value) -> PyResult<Value> {
    let keep = new_list(&[]);
    let mut i = 0;
    while let Some(v) = list_get(raised, i) {
        if v != none() {
            list_push(keep, v);
        }
        i += 1;
    }
    if list_len(keep) == 0 {
        return Ok(none());
    }
    if list_len(keep) == 1 {
        return Ok(list_get(keep, 0).unwrap());
    }
    let msg = if is_group(orig) {
        exc_obj(orig).extra1
    } else {
        new_str("")
    };
    let msg = if msg.is_null() { new_str("") } else { msg };
    ops::call(exc_type(Exc::ExceptionGroup), &[msg, keep], &[])
}

/// PRINT_EXPR: the value of an expression statement in 'single' mode goes to
/// sys.displayhook (doctest and code.interact replace it or sys.stdout).
pub fn display_hook(v: Value) -> PyResult<()> {
    let sysd = obj::<ModuleObject>(crate::sysmod::sys_module()).dict;
    match dict_get_str(sysd, "displayhook") {
        Some(h) if h != none() => {
            ops::call(h, &[v], &[])?;
            Ok(())
        }
        _ => Err(new_exc(Exc::RuntimeError, "lost sys.displayhook")),
    }
}

/// SyntaxError's last traceback lines (location, text, caret, message).
pub fn format_syntax_error(e: Value, name: &str) -> String {
    let args = exc_obj(e).args;
    let msg = if tuple_len(args) > 0 {
        ops::str_string(tuple_items(args)[0]).unwrap_or_default()
    } else {
        String::new()
    };
    let mut out = String::new();
    if tuple_len(args) > 1 {
        let det = tuple_items(args)[1];
        if det.is_ptr() && type_of(det) == bt(BT::Tuple) && tuple_len(det) >= 4 {
            let d = tuple_items(det);
            let file = ops::str_string(d[0]).unwrap_or_default();
            let line = ops::str_string(d[1]).unwrap_or_default();
            out.push_str(&format!("  File \"{}\", line {}\n", file, line));
            if d[3] != none() {
                let text = ops::str_string(d[3]).unwrap_or_default();
                let t = text.trim_start();
                let indent = text.chars().count() - t.chars().count();
                out.push_str(&format!("    {}\n", t.trim_end()));
                if let Some(col) =
                    ferrite_runtime::objects::int::int_to_i64(d[2]).filter(|_| is_int(d[2]))
                {
                    let mut width = 1;
                    if d.len() >= 6 {
                        if let (Some(el), Some(ec)) = (
                            ferrite_runtime::objects::int::int_to_i64(d[4])
                                .filter(|_| is_int(d[4])),
                            ferrite_runtime::objects::int::int_to_i64(d[5])
                                .filter(|_| is_int(d[5])),
                        ) {
                            if el.to_string() == line && ec > col {
                                width = (ec - col) as usize;
                            }
                        }
                    }
                    if col > 0 {
                        out.push_str(&format!(
                            "    {}{}\n",
                            " ".repeat((col as usize - 1).saturating_sub(indent)),
                            "^".repeat(width)
                        ));
                    }
                }
            }
        }
    }
    out.push_str(&format!("{}: {}\n", name, msg));
    out
}

// ---------------------------------------------------------------- builtin functions

fn b_print(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("print", kw, &["sep", "end", "file", "flush"])?;
    let pos = positional(a, kw);
    let get_str = |name: &str, d: &str| -> PyResult<String> {
        match kwarg(a, kw, name) {
            Some(v) if v != none() => {
                if !(v.is_ptr() && layout_of(v) == Layout::Str) {
                    return Err(type_error(format!(
                        "{name} must be None or a string, not {}",
                        type_name_of(v)
                    )));
                }
                Ok(str_of(v).to_string())
            }
            _ => Ok(d.to_string()),
        }
    };
    let sep = get_str("sep", " ")?;
    let end = get_str("end", "\n")?;
    let mut out = String::new();
    for (i, &v) in pos.iter().enumerate() {
        if i > 0 {
            out.push_str(&sep);
        }
        out.push_str(str_of(ops::str(v)?));
    }
    out.push_str(&end);
    // file=None means the current sys.stdout, which a program may have replaced
    let file = kwarg(a, kw, "file")
        .filter(|f| *f != none())
        .or_else(crate::sysmod::replaced_stdout);
    match file {
        Some(file) => {
            let w = ops::getattr_str(file, "write")?;
            ops::call(w, &[new_str(&out)], &[])?;
            if let Some(fl) = kwarg(a, kw, "flush") {
                if ops::truthy(fl)? {
                    if let Ok(f) = ops::getattr_str(file, "flush") {
                        ops::call(f, &[], &[])?;
                    }
                }
            }
        }
        None => crate::sysmod::write_stdout(&out)?,
    }
    Ok(none())
}

fn b_len(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("len", a, kw, 1, 1)?;
    Ok(new_int(ops::len(a[0])? as i64))
}
fn b_repr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("repr", a, kw, 1, 1)?;
    ops::repr(a[0])
}
fn b_ascii(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("ascii", a, kw, 1, 1)?;
    ascii_of(a[0])
}
static INSTANCECHECK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
static SUBCLASSCHECK: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// `lookup(t, name)` through the interned `name` (kept in `cell`; interned strings never move),
/// whose cached hash spares rehashing the name on hot paths.
fn lookup_interned(t: Value, cell: &std::sync::atomic::AtomicUsize, name: &str) -> Option<Value> {
    let mut n = cell.load(std::sync::atomic::Ordering::Relaxed);
    if n == 0 {
        n = ferrite_runtime::intern::intern(name).0;
        cell.store(n, std::sync::atomic::Ordering::Relaxed);
    }
    ferrite_runtime::types::lookup_name(t, Value(n))
}
fn isinstance_impl(o: Value, t: Value, depth: u32) -> PyResult<bool> {
    if depth > 1000 {
        return Err(new_exc(
            Exc::RecursionError,
            "maximum recursion depth exceeded in __instancecheck__",
        ));
    }
    // quick test for an exact match (as CPython, before any __instancecheck__)
    if type_of(o) == t {
        return Ok(true);
    }
    if t.is_ptr() && type_of(t) == bt(BT::Tuple) {
        for &c in tuple_items(t) {
            if isinstance_impl(o, c, depth + 1)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if is_type(t) && type_of(t) == bt(BT::Type) {
        return ferrite_runtime::types::object_isinstance(o, t);
    }
    if let Some(m) = lookup_interned(type_of(t), &INSTANCECHECK, "__instancecheck__") {
        let r = ops::call_method_obj(m, t, &[o], &[])?;
        return ops::truthy(r);
    }
    if !is_type(t) {
        return Err(type_error(
            "isinstance() arg 2 must be a type, a tuple of types, or a union",
        ));
    }
    Ok(is_subtype(type_of(o), t))
}
fn b_isinstance(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("isinstance", a, kw, 2, 2)?;
    Ok(py_bool(isinstance_impl(a[0], a[1], 0)?))
}
fn issubclass_impl(c: Value, t: Value) -> PyResult<bool> {
    if t.is_ptr() && type_of(t) == bt(BT::Tuple) {
        for &x in tuple_items(t) {
            if issubclass_impl(c, x)? {
                return Ok(true);
            }
        }
        return Ok(false);
    }
    if type_of(t) != bt(BT::Type) {
        if let Some(m) = lookup_interned(type_of(t), &SUBCLASSCHECK, "__subclasscheck__") {
            let r = ops::call_method_obj(m, t, &[c], &[])?;
            return ops::truthy(r);
        }
    }
    if !is_type(c) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if !is_type(t) {
        return Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(is_subtype(c, t))
}
fn b_issubclass(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("issubclass", a, kw, 2, 2)?;
    Ok(py_bool(issubclass_impl(a[0], a[1])?))
}
fn b_getattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getattr", a, kw, 2, 3)?;
    let n = ferrite_runtime::methods::object::attr_name_arg(a[1])?;
    match ops::getattr(a[0], n) {
        Ok(v) => Ok(v),
        Err(e) if a.len() == 3 && exc_matches(e.0, exc_type(Exc::AttributeError)) => Ok(a[2]),
        Err(e) => Err(e),
    }
}
fn b_setattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("setattr", a, kw, 3, 3)?;
    let n = ferrite_runtime::methods::object::attr_name_arg(a[1])?;
    ops::setattr(a[0], n, a[2])?;
    Ok(none())
}
fn b_delattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("delattr", a, kw, 2, 2)?;
    let n = ferrite_runtime::methods::object::attr_name_arg(a[1])?;
    ops::setattr(a[0], n, Value::NULL)?;
    Ok(none())
}
fn b_hasattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("hasattr", a, kw, 2, 2)?;
    let n = ferrite_runtime::methods::object::attr_name_arg(a[1])?;
    match ops::getattr(a[0], n) {
        Ok(_) => Ok(py_true()),
        Err(e) if exc_matches(e.0, exc_type(Exc::AttributeError)) => Ok(py_false()),
        Err(e) => Err(e),
    }
}
fn b_abs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("abs", a, kw, 1, 1)?;
    match ops::call_special(a[0], "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name_of(a[0])
        ))),
    }
}
fn minmax(a: &[Value], kw: &[Value], name: &str, op: CmpOp) -> PyResult<Value> {
    only_kwargs(name, kw, &["key", "default"])?;
    let pos = positional(a, kw);
    let key = kwarg(a, kw, "key").filter(|k| *k != none());
    let default = kwarg(a, kw, "default");
    let items = if pos.len() == 1 {
        ops::to_list(pos[0])?
    } else if pos.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    } else {
        if default.is_some() {
            return Err(type_error(format!(
                "Cannot specify a default for {name}() with multiple positional arguments"
            )));
        }
        new_list(pos)
    };
    if list_len(items) == 0 {
        return match default {
            Some(d) => Ok(d),
            None => Err(value_error(format!("{name}() iterable argument is empty"))),
        };
    }
    let mut best = list_get(items, 0).unwrap();
    let mut best_key = match key {
        Some(k) => ops::call(k, &[best], &[])?,
        None => best,
    };
    let mut i = 1;
    while let Some(x) = list_get(items, i) {
        let kx = match key {
            Some(k) => ops::call(k, &[x], &[])?,
            None => x,
        };
        if ops::truthy(ops::compare(kx, best_key, op)?)? {
            best = x;
            best_key = kx;
        }
        i += 1;
    }
    Ok(best)
}
fn b_min(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(a, kw, "min", CmpOp::Lt)
}
fn b_max(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    minmax(a, kw, "max", CmpOp::Gt)
}
fn b_sum(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("sum", kw, &["start"])?;
    let pos = positional(a, kw);
    if pos.is_empty() || pos.len() > 2 {
        return Err(type_error(format!(
            "sum() takes at most 2 arguments ({} given)",
            pos.len()
        )));
    }
    let start = kwarg(a, kw, "start")
        .or_else(|| pos.get(1).copied())
        .unwrap_or(new_int(0));
    if start.is_ptr() && matches!(layout_of(start), Layout::Str) {
        return Err(type_error(
            "sum() can't sum strings [use ''.join(seq) instead]",
        ));
    }
    if start.is_ptr() && matches!(layout_of(start), Layout::Bytes) {
        return Err(type_error(
            "sum() can't sum bytes [use b''.join(seq) instead]",
        ));
    }
    let it = ops::iter(pos[0])?;
    let mut acc = start;
    // compensated float summation as CPython 3.12
    let mut fsum: Option<(f64, f64)> = None;
    while let Some(x) = ops::next(it)? {
        let xf = if x.is_ptr() && type_of(x) == bt(BT::Float) {
            Some(ferrite_runtime::objects::float::float_of(x))
        } else {
            None
        };
        let acc_is_float = fsum.is_some() || (acc.is_ptr() && type_of(acc) == bt(BT::Float));
        if acc_is_float && (xf.is_some() || (x.is_small_int())) {
            let (mut s, mut c) =
                fsum.unwrap_or((ferrite_runtime::objects::float::float_of(acc), 0.0));
            let v = xf.unwrap_or_else(|| x.small() as f64);
            // Neumaier
            let t = s + v;
            if s.abs() >= v.abs() {
                c += (s - t) + v;
            } else {
                c += (v - t) + s;
            }
            s = t;
            fsum = Some((s, c));
            continue;
        }
        if let Some((s, c)) = fsum.take() {
            acc = ferrite_runtime::objects::float::new_float(s + c);
        }
        acc = ferrite_runtime::numeric::binary_op(
            acc,
            x,
            ferrite_runtime::numeric::NumOp::Add,
            false,
        )?;
    }
    if let Some((s, c)) = fsum {
        acc = ferrite_runtime::objects::float::new_float(s + c);
    }
    Ok(acc)
}
fn b_sorted(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("sort", kw, &["key", "reverse"])?;
    let pos = positional(a, kw);
    if pos.len() != 1 {
        return Err(type_error(format!(
            "sorted expected 1 argument, got {}",
            pos.len()
        )));
    }
    let l = ops::to_list(pos[0])?;
    let key = kwarg(a, kw, "key").filter(|k| *k != none());
    let rev = match kwarg(a, kw, "reverse") {
        Some(r) => ops::truthy(r)?,
        None => false,
    };
    ferrite_runtime::sort::sort_list(l, key, rev)?;
    Ok(l)
}
fn b_any(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("any", a, kw, 1, 1)?;
    let it = ops::iter(a[0])?;
    while let Some(x) = ops::next(it)? {
        if ops::truthy(x)? {
            return Ok(py_true());
        }
    }
    Ok(py_false())
}
fn b_all(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("all", a, kw, 1, 1)?;
    let it = ops::iter(a[0])?;
    while let Some(x) = ops::next(it)? {
        if !ops::truthy(x)? {
            return Ok(py_false());
        }
    }
    Ok(py_true())
}
fn b_chr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("chr", a, kw, 1, 1)?;
    let i = ops::index_value(a[0]).map_err(|e| {
        if exc_matches(e.0, exc_type(Exc::TypeError)) {
            type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(a[0])
            ))
        } else {
            e
        }
    })?;
    match u32::try_from(i).ok().filter(|&n| n < 0x110000) {
        Some(n) => match char::from_u32(n) {
            Some(c) => Ok(ferrite_runtime::objects::str::char_str(c)),
            None => Err(not_supported("lone surrogate characters")),
        },
        None => Err(value_error("chr() arg not in range(0x110000)")),
    }
}
fn b_ord(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("ord", a, kw, 1, 1)?;
    let v = builtin_value(a[0]);
    if v.is_ptr() && layout_of(v) == Layout::Str {
        let s = str_of(v);
        let mut cs = s.chars();
        return match (cs.next(), cs.next()) {
            (Some(c), None) => Ok(new_int(c as i64)),
            _ => Err(type_error(format!(
                "ord() expected a character, but string of length {} found",
                s.chars().count()
            ))),
        };
    }
    if v.is_ptr() && matches!(layout_of(v), Layout::Bytes | Layout::ByteArray) {
        let d = ferrite_runtime::methods::bytes::bytes_data(v);
        if d.len() == 1 {
            return Ok(new_int(d[0] as i64));
        }
        return Err(type_error(format!(
            "ord() expected a character, but string of length {} found",
            d.len()
        )));
    }
    Err(type_error(format!(
        "ord() expected string of length 1, but {} found",
        type_name_of(a[0])
    )))
}
fn radix(a: &[Value], kw: &[Value], name: &str, prefix: &str, base: u32) -> PyResult<Value> {
    check(name, a, kw, 1, 1)?;
    let v = ops::index(a[0])?;
    let b = ferrite_runtime::objects::int::int_to_big(v);
    let neg = b.sign() == num_bigint::Sign::Minus;
    let digits = num_traits::Signed::abs(&b).to_str_radix(base);
    Ok(new_str(&format!(
        "{}{}{}",
        if neg { "-" } else { "" },
        prefix,
        digits
    )))
}
fn b_hex(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(a, kw, "hex", "0x", 16)
}
fn b_oct(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(a, kw, "oct", "0o", 8)
}
fn b_bin(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    radix(a, kw, "bin", "0b", 2)
}
fn b_round(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("round", kw, &["number", "ndigits"])?;
    let pos = positional(a, kw);
    let x = kwarg(a, kw, "number")
        .or_else(|| pos.first().copied())
        .ok_or_else(|| type_error("round() missing required argument 'number' (pos 1)"))?;
    let nd = kwarg(a, kw, "ndigits").or_else(|| pos.get(1).copied());
    let args: Vec<Value> = match nd {
        Some(n) if n != none() => vec![n],
        _ => vec![],
    };
    match ops::call_special(x, "__round__", &args)? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "type {} doesn't define __round__ method",
            type_name_of(x)
        ))),
    }
}
fn b_divmod(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("divmod", a, kw, 2, 2)?;
    let (x, y) = (a[0], a[1]);
    if let Some(r) = ops::call_special(x, "__divmod__", &[y])? {
        if r != not_implemented() {
            return Ok(r);
        }
    }
    if let Some(r) = ops::call_special(y, "__rdivmod__", &[x])? {
        if r != not_implemented() {
            return Ok(r);
        }
    }
    Err(type_error(format!(
        "unsupported operand type(s) for divmod(): '{}' and '{}'",
        type_name_of(x),
        type_name_of(y)
    )))
}
fn b_pow(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("pow", kw, &["base", "exp", "mod"])?;
    let pos = positional(a, kw);
    let base = kwarg(a, kw, "base")
        .or_else(|| pos.first().copied())
        .ok_or_else(|| type_error("pow() missing required argument 'base' (pos 1)"))?;
    let exp = kwarg(a, kw, "exp")
        .or_else(|| pos.get(1).copied())
        .ok_or_else(|| type_error("pow() missing required argument 'exp' (pos 2)"))?;
    let m = kwarg(a, kw, "mod")
        .or_else(|| pos.get(2).copied())
        .filter(|m| *m != none());
    match m {
        None => ferrite_runtime::numeric::binary_op(
            base,
            exp,
            ferrite_runtime::numeric::NumOp::Pow,
            false,
        ),
        Some(m) => {
            if !(is_int(base) && is_int(exp) && is_int(m)) {
                return Err(type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            ops::call_method(base, "__pow__", &[exp, m])
        }
    }
}
fn b_id(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("id", a, kw, 1, 1)?;
    if a[0].is_small_int() {
        return Ok(new_int(a[0].0 as i64));
    }
    Ok(new_int(ferrite_gc::object_id(a[0].ptr()) as i64))
}
fn b_hash(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("hash", a, kw, 1, 1)?;
    Ok(new_int(ops::hash(a[0])? as i64))
}
fn b_callable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("callable", a, kw, 1, 1)?;
    Ok(py_bool(ops::is_callable(a[0])))
}
fn b_iter(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("iter", a, kw, 1, 2)?;
    if a.len() == 2 {
        if !ops::truthy(b_callable(&a[..1], &[])?)? {
            return Err(type_error(
                "iter(object, sentinel): object must be callable",
            ));
        }
        let it = new_obj::<IterObject>(bt(BT::CallableIter), |o| {
            o.seq = a[0];
            o.extra = a[1];
        });
        return Ok(it);
    }
    ops::iter(a[0])
}
fn b_next(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("next", a, kw, 1, 2)?;
    let it = a[0];
    if ferrite_runtime::types::lookup(type_of(it), "__next__").is_none() {
        return Err(type_error(format!(
            "'{}' object is not an iterator",
            type_name_of(it)
        )));
    }
    if a.len() == 2 {
        return Ok(ops::next(it)?.unwrap_or(a[1]));
    }
    let m = ferrite_runtime::types::lookup(type_of(it), "__next__").unwrap();
    ops::call_method_obj(m, it, &[], &[])
}
fn callable_iter_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (f, sentinel) = (o.seq, o.extra);
    if f.is_null() {
        return Err(stop_iteration(Value::NULL));
    }
    let v = ops::call(f, &[], &[])?;
    if ops::eq_bool(v, sentinel)? {
        obj::<IterObject>(a[0]).seq = Value::NULL;
        return Err(stop_iteration(Value::NULL));
    }
    Ok(v)
}
fn b_format(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("format", a, kw, 1, 2)?;
    if a.len() > 1 && !(a[1].is_ptr() && layout_of(a[1]) == Layout::Str) {
        return Err(type_error(format!(
            "format() argument 2 must be str, not {}",
            type_name_of(a[1])
        )));
    }
    let spec = if a.len() > 1 {
        str_of(a[1]).to_string()
    } else {
        String::new()
    };
    Ok(new_str(&ferrite_runtime::format::format_value_spec(
        a[0], &spec,
    )?))
}
fn b_vars(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("vars", a, kw, 0, 1)?;
    if a.is_empty() {
        return b_locals(a, kw);
    }
    ops::getattr_str(a[0], "__dict__")
        .map_err(|_| type_error("vars() argument must have __dict__ attribute"))
}
fn b_dir(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("dir", a, kw, 0, 1)?;
    let names = new_dict();
    if a.is_empty() {
        let d = b_locals(&[], &[])?;
        ferrite_runtime::methods::containers::update_from(names, d)?;
    } else {
        let o = a[0];
        if let Some(m) = ferrite_runtime::types::lookup(type_of(o), "__dir__") {
            if layout_of(m) == Layout::Function {
                let r = ops::call_method_obj(m, o, &[], &[])?;
                let l = ops::to_list(r)?;
                ferrite_runtime::sort::sort_list(l, None, false)?;
                return Ok(l);
            }
        }
        if ferrite_runtime::objects::instance::has_attr_storage(o) && layout_of(o) != Layout::Module
        {
            let d = ferrite_runtime::objects::instance::instance_attrs(o);
            if !d.is_null() {
                ferrite_runtime::methods::containers::update_from(names, d)?;
            }
        }
        if layout_of(o) == Layout::Module {
            let d = obj::<ModuleObject>(o).dict;
            ferrite_runtime::methods::containers::update_from(names, d)?;
        } else {
            let t = if is_type(o) { o } else { type_of(o) };
            for &c in tuple_items(as_type(t).mro) {
                ferrite_runtime::methods::containers::update_from(names, as_type(c).dict)?;
            }
            if is_type(o) {
                // metaclass attributes are not listed for classes (CPython's dir(type))
            }
        }
    }
    let l = ops::to_list(names)?;
    ferrite_runtime::sort::sort_list(l, None, false)?;
    Ok(l)
}
fn b_globals(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(frame(current_frame()).globals)
}
fn b_locals(_: &[Value], _: &[Value]) -> PyResult<Value> {
    frame_locals(current_frame())
}

/// `frame.f_locals`: the locals mapping, or a snapshot of fast locals and cells.
pub fn frame_locals(f: Value) -> PyResult<Value> {
    let fr = frame(f);
    if !fr.locals.is_null() {
        return Ok(fr.locals);
    }
    // function frame: snapshot of fast locals and cells
    let d = new_dict();
    let code = fr.code;
    let c = code_obj(code);
    for (i, &n) in c.varnames.iter().enumerate() {
        let v = *frame(f).slot(i);
        if !v.is_null() {
            dict_set(d, n, v)?;
        }
    }
    let nl = c.varnames.len();
    for (j, &n) in c.cellvars.iter().chain(c.freevars.iter()).enumerate() {
        let cell = *frame(f).slot(nl + j);
        if cell.is_ptr() {
            let v = obj::<CellObject>(cell).contents;
            if !v.is_null() {
                dict_set(d, n, v)?;
            }
        }
    }
    Ok(d)
}
fn b_super(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("super", kw)?;
    // a[0] is the `super` type itself (this is its __new__)
    let args = &a[1..];
    if args.len() == 2 {
        return ferrite_runtime::objects::super_::new_super(args[0], args[1]);
    }
    if args.len() == 1 {
        return ferrite_runtime::objects::super_::new_super(args[0], Value::NULL);
    }
    // zero-argument form: __class__ cell and the first argument of the calling frame
    let mut f = current_frame();
    if f.is_null() {
        return Err(runtime_error("super(): no current frame"));
    }
    // comprehensions are not inlined (PEP 709) here: their frame's first argument is the
    // iterator `.0`; super() refers to the enclosing function's arguments.
    while !f.is_null()
        && code_obj(frame(f).code).varnames.first().map(|n| str_of(*n)) == Some(".0")
        && !frame(f).back.is_null()
    {
        f = frame(f).back;
    }
    let fr = frame(f);
    let code = code_obj(fr.code);
    if code.info.argcount == 0 && code.info.flags & crate::bytecode::flags::VARARGS == 0 {
        return Err(runtime_error("super(): no arguments"));
    }
    let nl = code.varnames.len();
    let mut first = *frame(f).slot(0);
    if let Some(ci) = code.info.cell2arg.iter().position(|c| *c == Some(0)) {
        let cell = *frame(f).slot(nl + ci);
        first = obj::<CellObject>(cell).contents;
    }
    if first.is_null() {
        return Err(runtime_error("super(): arg[0] deleted"));
    }
    let cf = current_frame();
    let ccode = code_obj(frame(cf).code);
    let Some(k) = ccode
        .freevars
        .iter()
        .position(|n| str_of(*n) == "__class__")
    else {
        return Err(runtime_error("super(): __class__ cell not found"));
    };
    let cell = *frame(cf).slot(ccode.varnames.len() + ccode.cellvars.len() + k);
    let c = obj::<CellObject>(cell).contents;
    if c.is_null() {
        return Err(runtime_error("super(): empty __class__ cell"));
    }
    ferrite_runtime::objects::super_::new_super(c, first)
}
fn b_input(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("input", a, kw, 0, 1)?;
    if !a.is_empty() {
        crate::sysmod::write_stdout(str_of(ops::str(a[0])?))?;
    }
    crate::sysmod::flush_stdout();
    let mut line = String::new();
    let n = std::io::stdin().read_line(&mut line).unwrap_or(0);
    if n == 0 {
        return Err(new_exc_args(
            Exc::EOFError,
            &[new_str("EOF when reading a line")],
        ));
    }
    if line.ends_with('\n') {
        line.pop();
    }
    Ok(new_str(&line))
}
fn b_aiter(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("aiter", a, kw, 1, 1)?;
    match ops::call_special(a[0], "__aiter__", &[])? {
        Some(it) => Ok(it),
        None => Err(type_error(format!(
            "'{}' object is not an async iterable",
            type_name_of(a[0])
        ))),
    }
}
fn b_anext(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("anext", a, kw, 1, 2)?;
    let aw = match ops::call_special(a[0], "__anext__", &[])? {
        Some(aw) => aw,
        None => {
            return Err(type_error(format!(
                "'{}' object is not an async iterator",
                type_name_of(a[0])
            )))
        }
    };
    if a.len() == 1 {
        return Ok(aw);
    }
    // anext(it, default): an awaitable that turns StopAsyncIteration into the default
    let inner = crate::generator::get_awaitable(aw, 0)?;
    let d = a[1];
    Ok(new_obj::<IterObject>(anext_type(), |o| {
        o.seq = inner;
        o.extra = d;
    }))
}
static ANEXT_TYPE: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
fn anext_type() -> Value {
    Value(ANEXT_TYPE.load(std::sync::atomic::Ordering::Relaxed))
}
pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(ANEXT_TYPE.as_ptr());
}
fn anext_step(a: &[Value], v: Value, throw: Option<Value>) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (inner, d) = (o.seq, o.extra);
    let r = match throw {
        Some(e) => ops::call_method(inner, "throw", &[e]),
        None => match crate::generator::send_to(inner, v) {
            Ok(crate::generator::SendResult::Yield(y)) => Ok(y),
            Ok(crate::generator::SendResult::Return(r)) => Err(stop_iteration(r)),
            Err(e) => Err(e),
        },
    };
    match r {
        Err(e) if exc_matches(e.0, exc_type(Exc::StopAsyncIteration)) => Err(stop_iteration(d)),
        other => other,
    }
}
fn anext_send(a: &[Value], _: &[Value]) -> PyResult<Value> {
    anext_step(a, a[1], None)
}
fn anext_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    anext_step(a, none(), None)
}
fn anext_throw(a: &[Value], _: &[Value]) -> PyResult<Value> {
    anext_step(a, none(), Some(a[1]))
}
fn b_exit(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let code = if a.is_empty() { none() } else { a[0] };
    Err(PyErr(ops::call(exc_type(Exc::SystemExit), &[code], &[])?))
}
fn b_exec_eval(
    a: &[Value],
    kw: &[Value],
    mode: crate::compile::Mode,
    name: &str,
) -> PyResult<Value> {
    if name == "exec" {
        if let Some(c) = kwarg(a, kw, "closure") {
            if c != none() {
                return Err(new_exc(
                    Exc::NotImplementedError,
                    "exec() with a closure argument is not supported by ferrite yet",
                ));
            }
        }
        only_kwargs(name, kw, &["globals", "locals", "closure"])?;
    } else {
        only_kwargs(name, kw, &["globals", "locals"])?;
    }
    let pos = positional(a, kw);
    if pos.is_empty() {
        return Err(type_error(format!(
            "{name} expected at least 1 argument, got 0"
        )));
    }
    let src = pos[0];
    let mut globals = kwarg(a, kw, "globals")
        .or_else(|| pos.get(1).copied())
        .filter(|v| *v != none());
    let mut locals = kwarg(a, kw, "locals")
        .or_else(|| pos.get(2).copied())
        .filter(|v| *v != none());
    let cur = current_frame();
    if globals.is_none() {
        globals = Some(frame(cur).globals);
        if locals.is_none() {
            locals = Some(if frame(cur).locals.is_null() {
                b_locals(&[], &[])?
            } else {
                frame(cur).locals
            });
        }
    }
    let g = globals.unwrap();
    if !(g.is_ptr() && layout_of(g) == Layout::Dict) {
        return Err(type_error(format!(
            "{}() globals must be a dict, not {}",
            name,
            type_name_of(g)
        )));
    }
    let l = locals.unwrap_or(g);
    if !(l.is_ptr()
        && (layout_of(l) == Layout::Dict
            || ferrite_runtime::types::lookup(type_of(l), "__getitem__").is_some()))
    {
        return Err(type_error("locals must be a mapping"));
    }
    if dict_get_str(g, "__builtins__").is_none() {
        dict_set(
            g,
            ferrite_runtime::intern::intern("__builtins__"),
            crate::sysmod::builtins_module(),
        )?;
    }
    let code = if src.is_ptr() && layout_of(src) == Layout::Code {
        let nfree = code_obj(src).freevars.len();
        if nfree > 0 {
            return Err(type_error(if mode == crate::compile::Mode::Eval {
                "code object passed to eval() may not contain free variables".to_string()
            } else {
                format!("code object requires a closure of exactly length {nfree}")
            }));
        }
        src
    } else {
        let text = if src.is_ptr() && layout_of(src) == Layout::Str {
            str_of(src).to_string()
        } else if src.is_ptr() && layout_of(src) == Layout::Bytes {
            String::from_utf8_lossy(ferrite_runtime::methods::bytes::bytes_data(src)).into_owned()
        } else {
            return Err(type_error(format!(
                "{}() arg 1 must be a string, bytes or code object",
                name
            )));
        };
        let text = if mode == crate::compile::Mode::Eval {
            text.trim_start_matches([' ', '\t']).to_string()
        } else {
            text
        };
        crate::run::compile_to_code(&text, "<string>", mode)?
    };
    let bi = match dict_get_str(g, "__builtins__") {
        Some(b) if b.is_ptr() && layout_of(b) == Layout::Module => obj::<ModuleObject>(b).dict,
        Some(b) if b.is_ptr() && layout_of(b) == Layout::Dict => b,
        _ => crate::sysmod::builtins_dict(),
    };
    let f = crate::frame::new_frame(code, g, bi, l, Value::NULL);
    crate::call::init_cells(f, Value::NULL)?;
    let r = match crate::eval::run_frame(f, None)? {
        crate::eval::Exit::Return(v) => v,
        crate::eval::Exit::Yield(_) => none(),
    };
    Ok(if mode == crate::compile::Mode::Eval {
        r
    } else {
        none()
    })
}
fn b_exec(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    b_exec_eval(a, kw, crate::compile::Mode::Exec, "exec")
}
fn b_eval(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    b_exec_eval(a, kw, crate::compile::Mode::Eval, "eval")
}
fn b_compile(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs(
        "compile",
        kw,
        &[
            "source",
            "filename",
            "mode",
            "flags",
            "dont_inherit",
            "optimize",
        ],
    )?;
    let pos = positional(a, kw);
    let get = |i: usize, n: &str| kwarg(a, kw, n).or_else(|| pos.get(i).copied());
    let src = get(0, "source")
        .ok_or_else(|| type_error("compile() missing required argument 'source' (pos 1)"))?;
    let filename = get(1, "filename")
        .ok_or_else(|| type_error("compile() missing required argument 'filename' (pos 2)"))?;
    let mode = get(2, "mode")
        .ok_or_else(|| type_error("compile() missing required argument 'mode' (pos 3)"))?;
    let m = match str_of(mode) {
        "exec" => crate::compile::Mode::Exec,
        "eval" => crate::compile::Mode::Eval,
        "single" => crate::compile::Mode::Single,
        _ => {
            return Err(value_error(
                "compile() mode must be 'exec', 'eval' or 'single'",
            ))
        }
    };
    let text = if src.is_ptr() && layout_of(src) == Layout::Str {
        str_of(src).to_string()
    } else if !(src.is_ptr() && layout_of(src) == Layout::Bytes) {
        return Err(type_error(
            "compile() arg 1 must be a string, bytes or AST object",
        ));
    } else {
        String::from_utf8_lossy(ferrite_runtime::methods::bytes::bytes_data(src)).into_owned()
    };
    crate::run::compile_to_code(&text, str_of(ops::str(filename)?), m)
}
fn b_import(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs(
        "__import__",
        kw,
        &["name", "globals", "locals", "fromlist", "level"],
    )?;
    let pos = positional(a, kw);
    let name = kwarg(a, kw, "name")
        .or_else(|| pos.first().copied())
        .ok_or_else(|| type_error("__import__() missing required argument 'name' (pos 1)"))?;
    let fromlist = kwarg(a, kw, "fromlist")
        .or_else(|| pos.get(3).copied())
        .unwrap_or_else(none);
    let level = kwarg(a, kw, "level")
        .or_else(|| pos.get(4).copied())
        .unwrap_or(new_int(0));
    let globals = kwarg(a, kw, "globals")
        .or_else(|| pos.get(1).copied())
        .filter(|&g| g != none())
        .unwrap_or(Value::NULL);
    crate::import::import_name(name, globals, fromlist, level)
}

// ---------------------------------------------------------------- iterator builtins

fn iter_self(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
fn enumerate_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("enumerate", kw, &["iterable", "start"])?;
    let pos = positional(&a[1..], kw);
    let it = kwarg(a, kw, "iterable")
        .or_else(|| pos.first().copied())
        .ok_or_else(|| type_error("enumerate() missing required argument 'iterable'"))?;
    let start = kwarg(a, kw, "start")
        .or_else(|| pos.get(1).copied())
        .unwrap_or(new_int(0));
    if !is_int(start) {
        return Err(type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            type_name_of(start)
        )));
    }
    let inner = ops::iter(it)?;
    Ok(new_obj::<IterObject>(a[0], |o| {
        o.seq = inner;
        o.extra = start;
    }))
}
fn enumerate_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (inner, n) = (o.seq, o.extra);
    match ops::next(inner)? {
        Some(v) => {
            let next = ferrite_runtime::numeric::binary_op(
                n,
                new_int(1),
                ferrite_runtime::numeric::NumOp::Add,
                false,
            )?;
            obj::<IterObject>(a[0]).extra = next;
            write_barrier(a[0]);
            Ok(new_tuple(&[n, v]))
        }
        None => Err(stop_iteration(Value::NULL)),
    }
}
fn zip_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("zip", kw, &["strict"])?;
    let strict = match kwarg(a, kw, "strict") {
        Some(s) => ops::truthy(s)?,
        None => false,
    };
    let pos = positional(&a[1..], kw);
    let its = new_list(&[]);
    for &x in pos.iter() {
        let it = ops::iter(x)?;
        list_push(its, it);
    }
    Ok(new_obj::<IterObject>(a[0], |o| {
        o.seq = its;
        o.step = strict as i64;
    }))
}
fn zip_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (its, strict) = (o.seq, o.step != 0);
    let n = list_len(its);
    if n == 0 {
        return Err(stop_iteration(Value::NULL));
    }
    let out = new_list(&[]);
    for i in 0..n {
        match ops::next(list_get(its, i).unwrap())? {
            Some(v) => list_push(out, v),
            None => {
                if strict {
                    if i > 0 {
                        return Err(value_error(format!(
                            "zip() argument {} is shorter than argument{} {}",
                            i + 1,
                            if i == 1 { "" } else { "s" },
                            if i == 1 {
                                "1".to_string()
                            } else {
                                format!("1-{}", i)
                            }
                        )));
                    }
                    for j in 1..n {
                        if ops::next(list_get(its, j).unwrap())?.is_some() {
                            return Err(value_error(format!(
                                "zip() argument {} is longer than argument{} {}",
                                j + 1,
                                if j == 1 { "" } else { "s" },
                                if j == 1 {
                                    "1".to_string()
                                } else {
                                    format!("1-{}", j)
                                }
                            )));
                        }
                    }
                }
                return Err(stop_iteration(Value::NULL));
            }
        }
    }
    Ok(new_tuple(list_items(out)))
}
fn map_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    no_kwargs("map", kw)?;
    if a.len() < 3 {
        return Err(type_error("map() must have at least two arguments."));
    }
    let its = new_list(&[]);
    for &x in &a[2..] {
        let it = ops::iter(x)?;
        list_push(its, it);
    }
    let f = a[1];
    Ok(new_obj::<IterObject>(a[0], |o| {
        o.seq = its;
        o.extra = f;
    }))
}
fn map_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (its, f) = (o.seq, o.extra);
    let args = new_list(&[]);
    for i in 0..list_len(its) {
        match ops::next(list_get(its, i).unwrap())? {
            Some(v) => list_push(args, v),
            None => return Err(stop_iteration(Value::NULL)),
        }
    }
    let r = call_value(f, list_items(args).as_slice(), &[]);
    std::hint::black_box(args);
    r
}
fn filter_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("filter", &a[1..], kw, 2, 2)?;
    let it = ops::iter(a[2])?;
    let f = a[1];
    Ok(new_obj::<IterObject>(a[0], |o| {
        o.seq = it;
        o.extra = f;
    }))
}
fn filter_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    let (it, f) = (o.seq, o.extra);
    loop {
        match ops::next(it)? {
            Some(v) => {
                let keep = if f == none() {
                    ops::truthy(v)?
                } else {
                    ops::truthy(call_value(f, &[v], &[])?)?
                };
                if keep {
                    return Ok(v);
                }
            }
            None => return Err(stop_iteration(Value::NULL)),
        }
    }
}
fn reversed_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("reversed", &a[1..], kw, 1, 1)?;
    let seq = a[1];
    match ferrite_runtime::types::lookup(type_of(seq), "__reversed__") {
        Some(m) if m == none() => {
            return Err(type_error(format!(
                "'{}' object is not reversible",
                type_name_of(seq)
            )));
        }
        Some(m) => return ops::call_method_obj(m, seq, &[], &[]),
        None => {}
    }
    if builtin_value(seq).is_ptr() && layout_of(builtin_value(seq)) == Layout::List {
        let l = builtin_value(seq);
        let n = list_len(l) as i64;
        return Ok(new_obj::<IterObject>(bt(BT::ListRevIter), |o| {
            o.seq = l;
            o.index = n - 1;
        }));
    }
    if ferrite_runtime::types::lookup(type_of(seq), "__reversed__") == Some(none())
        || ferrite_runtime::types::lookup(type_of(seq), "__getitem__").is_none()
        || ferrite_runtime::types::lookup(type_of(seq), "__len__").is_none()
    {
        return Err(type_error(format!(
            "'{}' object is not reversible",
            type_name_of(seq)
        )));
    }
    let n = ops::len(seq)? as i64;
    Ok(new_obj::<IterObject>(a[0], |o| {
        o.seq = seq;
        o.index = n - 1;
    }))
}
fn reversed_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = obj::<IterObject>(a[0]);
    if o.index < 0 || o.seq.is_null() {
        return Err(stop_iteration(Value::NULL));
    }
    let (seq, i) = (o.seq, o.index);
    obj::<IterObject>(a[0]).index -= 1;
    ops::getitem(seq, new_int(i))
}

// ---------------------------------------------------------------- exception groups

fn eg_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check(ferrite_runtime::types::type_name(a[0]), &a[1..], kw, 2, 2)?;
    let (cls, msg, excs) = (a[0], a[1], a[2]);
    if !(msg.is_ptr() && layout_of(msg) == Layout::Str) {
        return Err(type_error(format!(
            "BaseExceptionGroup.__new__() argument 1 must be str, not {}",
            type_name_of(msg)
        )));
    }
    if !(excs.is_ptr() && matches!(layout_of(excs), Layout::List | Layout::Tuple)) {
        return Err(type_error(
            "second argument (exceptions) must be a sequence",
        ));
    }
    let t = ops::to_tuple(excs)?;
    if tuple_len(t) == 0 {
        return Err(value_error(
            "second argument (exceptions) must be a non-empty sequence",
        ));
    }
    let mut all_exc = true;
    for (i, &e) in tuple_items(t).iter().enumerate() {
        if !is_exception(e) {
            return Err(value_error(format!(
                "Item {} of second argument (exceptions) is not an exception",
                i
            )));
        }
        if !is_subtype(type_of(e), exc_type(Exc::Exception)) {
            all_exc = false;
        }
    }
    let mut cls = cls;
    if cls == exc_type(Exc::BaseExceptionGroup) && all_exc {
        cls = exc_type(Exc::ExceptionGroup);
    } else if is_subtype(cls, exc_type(Exc::Exception)) && !all_exc {
        if cls == exc_type(Exc::ExceptionGroup) {
            return Err(type_error(
                "Cannot nest BaseExceptions in an ExceptionGroup",
            ));
        }
        return Err(type_error(format!(
            "Cannot nest BaseExceptions in '{}'",
            ferrite_runtime::types::type_name(cls)
        )));
    }
    let e = new_exc_obj(cls, new_tuple(&[msg, excs]));
    exc_obj(e).extra1 = msg;
    exc_obj(e).extra2 = t;
    Ok(e)
}
fn eg_init(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(none())
}
fn eg_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = exc_obj(a[0]);
    let n = tuple_len(o.extra2);
    Ok(new_str(&format!(
        "{} ({} sub-exception{})",
        str_of(o.extra1),
        n,
        if n == 1 { "" } else { "s" }
    )))
}
fn eg_get_message(e: Value) -> PyResult<Value> {
    Ok(exc_obj(e).extra1)
}
fn eg_get_exceptions(e: Value) -> PyResult<Value> {
    Ok(exc_obj(e).extra2)
}
fn eg_derive(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::call(
        exc_type(Exc::BaseExceptionGroup),
        &[exc_obj(a[0]).extra1, a[1]],
        &[],
    )
}
fn eg_matcher(cond: Value) -> PyResult<Box<dyn Fn(Value) -> PyResult<bool>>> {
    if is_type(cond) || (cond.is_ptr() && type_of(cond) == bt(BT::Tuple)) {
        Ok(Box::new(move |e| exception_matches(e, cond)))
    } else if cond.is_ptr()
        && matches!(
            layout_of(cond),
            Layout::Function | Layout::BuiltinFunction | Layout::BoundMethod
        )
    {
        Ok(Box::new(move |e| ops::truthy(call_value(cond, &[e], &[])?)))
    } else {
        Err(type_error("expected an exception type, a tuple of exception types, or a callable (other than a class)"))
    }
}
fn copy_eg_meta(from: Value, to: Value) {
    let (tb, cause, ctx) = (
        exc_obj(from).traceback,
        exc_obj(from).cause,
        exc_obj(from).context,
    );
    exc_obj(to).traceback = tb;
    exc_obj(to).cause = cause;
    exc_obj(to).context = ctx;
    write_barrier(to);
    let d = exc_obj(from).dict;
    if !d.is_null() {
        if let Some(n) = dict_get_str(d, "__notes__") {
            let nd = ferrite_runtime::objects::instance::instance_dict_or_create(to);
            let _ = dict_set(nd, ferrite_runtime::intern::intern("__notes__"), n);
        }
    }
}
/// (match, rest) of an exception group by a predicate; None parts as NULL.
fn eg_split_impl(eg: Value, pred: &dyn Fn(Value) -> PyResult<bool>) -> PyResult<(Value, Value)> {
    if pred(eg)? {
        return Ok((eg, Value::NULL));
    }
    if !is_group(eg) {
        return Ok((Value::NULL, eg));
    }
    let m = new_list(&[]);
    let r = new_list(&[]);
    let excs = exc_obj(eg).extra2;
    // index the tuple afresh each time: the recursive splits allocate (and may move objects)
    let n = tuple_len(excs);
    for i in 0..n {
        let e = tuple_items(excs)[i];
        let (a, b) = eg_split_impl(e, pred)?;
        if !a.is_null() {
            list_push(m, a);
        }
        if !b.is_null() {
            list_push(r, b);
        }
    }
    let mk = |l: Value| -> PyResult<Value> {
        if list_len(l) == 0 {
            return Ok(Value::NULL);
        }
        let d = ops::call_method(eg, "derive", &[new_list(list_items(l))])?;
        copy_eg_meta(eg, d);
        Ok(d)
    };
    Ok((mk(m)?, mk(r)?))
}
fn eg_split(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let p = eg_matcher(a[1])?;
    let (m, r) = eg_split_impl(a[0], &*p)?;
    let o = |v: Value| if v.is_null() { none() } else { v };
    Ok(new_tuple(&[o(m), o(r)]))
}
fn eg_subgroup(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let p = eg_matcher(a[1])?;
    let (m, _) = eg_split_impl(a[0], &*p)?;
    Ok(if m.is_null() { none() } else { m })
}

fn builtin_qualname(f: Value) -> PyResult<Value> {
    let b = obj::<BuiltinFunctionObject>(f);
    let s = b.self_;
    if s.is_null() || layout_of(s) == Layout::Module {
        return Ok(new_str(b.name));
    }
    let owner = if is_type(s) { s } else { type_of(s) };
    Ok(new_str(&format!(
        "{}.{}",
        str_of(as_type(owner).qualname),
        b.name
    )))
}
fn builtin_self(f: Value) -> PyResult<Value> {
    let b = obj::<BuiltinFunctionObject>(f);
    Ok(if b.self_.is_null() {
        if b.module.is_null() {
            none()
        } else if layout_of(b.module) == Layout::Str {
            // a Rust module's function records its module by name
            dict_get_str(crate::sysmod::modules_dict(), str_of(b.module)).unwrap_or_else(none)
        } else {
            b.module
        }
    } else {
        b.self_
    })
}
/// Pickling a builtin function: by qualified name, or getattr(self, name) for a bound one.
fn builtin_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = obj::<BuiltinFunctionObject>(a[0]);
    let name = new_str(b.name);
    if b.self_.is_null() {
        return Ok(name);
    }
    let s = b.self_;
    let getattr = dict_get_str(crate::sysmod::builtins_dict(), "getattr").unwrap_or_else(none);
    Ok(ferrite_runtime::objects::tuple::new_tuple(&[
        getattr,
        ferrite_runtime::objects::tuple::new_tuple(&[s, name]),
    ]))
}
/// Pickling a method descriptor (`list.append`): getattr(owner, name).
fn descr_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = obj::<MethodDescrObject>(a[0]);
    let getattr = dict_get_str(crate::sysmod::builtins_dict(), "getattr").unwrap_or_else(none);
    let args = ferrite_runtime::objects::tuple::new_tuple(&[d.owner, new_str(d.name)]);
    Ok(ferrite_runtime::objects::tuple::new_tuple(&[getattr, args]))
}
fn builtin_module(f: Value) -> PyResult<Value> {
    let b = obj::<BuiltinFunctionObject>(f);
    if b.self_.is_null() && !b.module.is_null() {
        // a module object, or (for Rust modules' functions) the module's name
        if layout_of(b.module) == Layout::Str {
            return Ok(b.module);
        }
        if let Some(n) = dict_get_str(obj::<ModuleObject>(b.module).dict, "__name__") {
            return Ok(n);
        }
    }
    Ok(none())
}
fn builtin_doc(_: Value) -> PyResult<Value> {
    Ok(none())
}
fn descr_qualname(f: Value) -> PyResult<Value> {
    let d = obj::<MethodDescrObject>(f);
    Ok(new_str(&format!(
        "{}.{}",
        str_of(as_type(d.owner).qualname),
        d.name
    )))
}
fn descr_objclass(f: Value) -> PyResult<Value> {
    Ok(obj::<MethodDescrObject>(f).owner)
}
fn oserror_subclass(errno: i64) -> Option<Exc> {
    Some(match errno {
        2 => Exc::FileNotFoundError,
        17 => Exc::FileExistsError,
        20 => Exc::NotADirectoryError,
        21 => Exc::IsADirectoryError,
        1 | 13 => Exc::PermissionError,
        3 => Exc::ProcessLookupError,
        4 => Exc::InterruptedError,
        10 => Exc::ChildProcessError,
        11 | 114 | 115 => Exc::BlockingIOError,
        32 => Exc::BrokenPipeError,
        103 => Exc::ConnectionAbortedError,
        104 => Exc::ConnectionResetError,
        111 => Exc::ConnectionRefusedError,
        110 => Exc::TimeoutError,
        _ => return None,
    })
}
fn oserror_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let mut cls = a[0];
    let args = positional(&a[1..], kw);
    if cls == exc_type(Exc::OSError) && (2..=5).contains(&args.len()) {
        if let Some(n) =
            ferrite_runtime::objects::int::int_to_i64(args[0]).filter(|_| is_int(args[0]))
        {
            if let Some(sub) = oserror_subclass(n) {
                cls = exc_type(sub);
            }
        }
    }
    let e = new_exc_obj(cls, new_tuple(args));
    oserror_fill(e, args);
    Ok(e)
}
fn oserror_fill(e: Value, args: &[Value]) {
    if (2..=5).contains(&args.len()) {
        exc_obj(e).extra1 = args[0];
        exc_obj(e).extra2 = args[1];
        exc_obj(e).extra3 = if args.len() >= 3 {
            args[2]
        } else {
            Value::NULL
        };
        if args.len() == 5 {
            let d = ferrite_runtime::objects::instance::instance_dict_or_create(e);
            let _ = dict_set(d, ferrite_runtime::intern::intern("filename2"), args[4]);
        }
        // args keep only (errno, strerror) when a filename is given
        if args.len() >= 3 {
            exc_obj(e).args = new_tuple(&args[..2]);
        }
        write_barrier(e);
    }
}
fn oserror_init(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(none())
}
fn oserror_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = exc_obj(a[0]);
    let (errno, strerror, filename) = (o.extra1, o.extra2, o.extra3);
    if !errno.is_null() && !strerror.is_null() {
        let d = exc_obj(a[0]).dict;
        let f2 = if d.is_null() {
            None
        } else {
            dict_get_str(d, "filename2")
        };
        if let (false, Some(f2)) = (filename.is_null(), f2) {
            return Ok(new_str(&format!(
                "[Errno {}] {}: {} -> {}",
                ops::str_string(errno)?,
                ops::str_string(strerror)?,
                ops::repr_string(filename)?,
                ops::repr_string(f2)?
            )));
        }
        if !filename.is_null() {
            return Ok(new_str(&format!(
                "[Errno {}] {}: {}",
                ops::str_string(errno)?,
                ops::str_string(strerror)?,
                ops::repr_string(filename)?
            )));
        }
        return Ok(new_str(&format!(
            "[Errno {}] {}",
            ops::str_string(errno)?,
            ops::str_string(strerror)?
        )));
    }
    Ok(new_str(&ferrite_runtime::methods::object::exc_str_string(
        a[0],
    )?))
}
fn oserror_errno(e: Value) -> PyResult<Value> {
    let v = exc_obj(e).extra1;
    Ok(if v.is_null() { none() } else { v })
}
fn oserror_strerror(e: Value) -> PyResult<Value> {
    let v = exc_obj(e).extra2;
    Ok(if v.is_null() { none() } else { v })
}
fn oserror_filename(e: Value) -> PyResult<Value> {
    let v = exc_obj(e).extra3;
    Ok(if v.is_null() { none() } else { v })
}
fn oserror_filename2(e: Value) -> PyResult<Value> {
    let d = exc_obj(e).dict;
    Ok(if d.is_null() {
        none()
    } else {
        dict_get_str(d, "filename2").unwrap_or_else(none)
    })
}
fn attr_get_obj(e: Value) -> PyResult<Value> {
    let v = exc_obj(e).extra2;
    Ok(if v.is_null() { none() } else { v })
}
/// ImportError(*args, name=None, path=None)
fn import_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let kwv = &a[a.len() - kw.len()..];
    for (i, &k) in kw.iter().enumerate() {
        match str_of(k) {
            "name" => exc_obj(a[0]).extra1 = kwv[i],
            "path" => exc_obj(a[0]).extra2 = kwv[i],
            other => {
                return Err(type_error(format!(
                    "'{other}' is an invalid keyword argument for {}()",
                    ferrite_runtime::types::type_name_of(a[0])
                )))
            }
        }
    }
    let args = ferrite_runtime::objects::tuple::new_tuple(&a[1..a.len() - kw.len()]);
    exc_obj(a[0]).args = args;
    write_barrier(a[0]);
    Ok(none())
}
fn import_set_name(e: Value, v: Value) -> PyResult<()> {
    exc_obj(e).extra1 = v;
    write_barrier(e);
    Ok(())
}
fn import_get_path(e: Value) -> PyResult<Value> {
    let v = exc_obj(e).extra2;
    Ok(if v.is_null() { none() } else { v })
}
fn import_set_path(e: Value, v: Value) -> PyResult<()> {
    exc_obj(e).extra2 = v;
    write_barrier(e);
    Ok(())
}
fn import_get_msg(e: Value) -> PyResult<Value> {
    let args = exc_obj(e).args;
    let items = ferrite_runtime::objects::tuple::tuple_items(args);
    Ok(if items.len() == 1 { items[0] } else { none() })
}
fn import_get_name(e: Value) -> PyResult<Value> {
    let v = exc_obj(e).extra1;
    Ok(if v.is_null() { none() } else { v })
}
/// types.FunctionType(code, globals, name=None, argdefs=None, closure=None)
fn function_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs(
        "function",
        kw,
        &[
            "code",
            "globals",
            "name",
            "argdefs",
            "closure",
            "kwdefaults",
        ],
    )?;
    let pos = positional(&a[1..], kw);
    let get = |i: usize, n: &str| kwarg(a, kw, n).or_else(|| pos.get(i).copied());
    let code = get(0, "code")
        .ok_or_else(|| type_error("function() missing required argument 'code' (pos 1)"))?;
    if !(code.is_ptr() && layout_of(code) == Layout::Code) {
        return Err(type_error(format!(
            "function() argument 'code' must be code, not {}",
            type_name_of(code)
        )));
    }
    let globals = get(1, "globals")
        .ok_or_else(|| type_error("function() missing required argument 'globals' (pos 2)"))?;
    if !(globals.is_ptr() && layout_of(globals) == Layout::Dict) {
        return Err(type_error(format!(
            "function() argument 'globals' must be dict, not {}",
            type_name_of(globals)
        )));
    }
    let opt = |v: Option<Value>| v.filter(|x| *x != none()).unwrap_or(Value::NULL);
    let defs = opt(get(3, "argdefs"));
    let closure = opt(get(4, "closure"));
    let f = make_function(
        code,
        globals,
        crate::sysmod::builtins_dict(),
        defs,
        Value::NULL,
        Value::NULL,
        closure,
    )?;
    if let Some(n) = get(2, "name").filter(|x| *x != none()) {
        func_obj(f).name = n;
        write_barrier(f);
    }
    Ok(f)
}
fn stop_iteration_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = new_tuple(&a[1..a.len() - kw.len()]);
    exc_obj(a[0]).args = args;
    write_barrier(a[0]);
    Ok(none())
}

fn name_error_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("NameError", kw, &["name", "obj"])?;
    let args = new_tuple(positional(&a[1..], kw));
    exc_obj(a[0]).args = args;
    if let Some(n) = kwarg(a, kw, "name") {
        exc_obj(a[0]).extra1 = n;
    }
    write_barrier(a[0]);
    Ok(none())
}

fn syntax_error_get(e: Value, i: usize) -> Value {
    let args = exc_obj(e).args;
    if tuple_len(args) > 1 {
        let d = tuple_items(args)[1];
        if d.is_ptr() && type_of(d) == bt(BT::Tuple) && tuple_len(d) > i {
            return tuple_items(d)[i];
        }
    }
    none()
}
fn se_msg(e: Value) -> PyResult<Value> {
    let args = exc_obj(e).args;
    Ok(if tuple_len(args) > 0 {
        tuple_items(args)[0]
    } else {
        none()
    })
}
fn se_filename(e: Value) -> PyResult<Value> {
    Ok(syntax_error_get(e, 0))
}
fn se_lineno(e: Value) -> PyResult<Value> {
    Ok(syntax_error_get(e, 1))
}
fn se_offset(e: Value) -> PyResult<Value> {
    Ok(syntax_error_get(e, 2))
}
fn se_text(e: Value) -> PyResult<Value> {
    Ok(syntax_error_get(e, 3))
}
fn se_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let e = a[0];
    let msg = ops::str_string(se_msg(e)?)?;
    let file = syntax_error_get(e, 0);
    let line = syntax_error_get(e, 1);
    if file != none() && line != none() {
        return Ok(new_str(&format!(
            "{} ({}, line {})",
            msg,
            ops::str_string(file)?,
            ops::str_string(line)?
        )));
    }
    if line != none() {
        return Ok(new_str(&format!(
            "{} (line {})",
            msg,
            ops::str_string(line)?
        )));
    }
    Ok(new_str(&msg))
}

/// The builtins module's dict.
pub fn make_builtins(m: Value) -> PyResult<()> {
    let d = obj::<ModuleObject>(m).dict;
    let set = |name: &str, v: Value| dict_set_str(d, name, v);
    let fns: &[(&'static str, NativeFn)] = &[
        ("print", b_print),
        ("len", b_len),
        ("repr", b_repr),
        ("ascii", b_ascii),
        ("isinstance", b_isinstance),
        ("issubclass", b_issubclass),
        ("getattr", b_getattr),
        ("setattr", b_setattr),
        ("delattr", b_delattr),
        ("hasattr", b_hasattr),
        ("abs", b_abs),
        ("min", b_min),
        ("max", b_max),
        ("sum", b_sum),
        ("sorted", b_sorted),
        ("any", b_any),
        ("all", b_all),
        ("chr", b_chr),
        ("ord", b_ord),
        ("hex", b_hex),
        ("oct", b_oct),
        ("bin", b_bin),
        ("round", b_round),
        ("divmod", b_divmod),
        ("pow", b_pow),
        ("id", b_id),
        ("hash", b_hash),
        ("callable", b_callable),
        ("iter", b_iter),
        ("next", b_next),
        ("format", b_format),
        ("vars", b_vars),
        ("dir", b_dir),
        ("globals", b_globals),
        ("locals", b_locals),
        ("input", b_input),
        ("exec", b_exec),
        ("eval", b_eval),
        ("compile", b_compile),
        ("__import__", b_import),
        ("__build_class__", build_class),
        ("exit", b_exit),
        ("aiter", b_aiter),
        ("anext", b_anext),
        ("quit", b_exit),
    ];
    for &(n, f) in fns {
        let bf = new_builtin_function(n, f, Value::NULL);
        obj::<BuiltinFunctionObject>(bf).module = m;
        set(n, bf);
    }
    let types: &[(&str, BT)] = &[
        ("object", BT::Object),
        ("type", BT::Type),
        ("int", BT::Int),
        ("bool", BT::Bool),
        ("float", BT::Float),
        ("complex", BT::Complex),
        ("str", BT::Str),
        ("bytes", BT::Bytes),
        ("bytearray", BT::ByteArray),
        ("tuple", BT::Tuple),
        ("list", BT::List),
        ("dict", BT::Dict),
        ("set", BT::Set),
        ("frozenset", BT::FrozenSet),
        ("range", BT::Range),
        ("slice", BT::Slice),
        ("property", BT::Property),
        ("classmethod", BT::ClassMethod),
        ("staticmethod", BT::StaticMethod),
        ("super", BT::Super),
        ("enumerate", BT::Enumerate),
        ("zip", BT::Zip),
        ("map", BT::MapIter),
        ("filter", BT::Filter),
        ("reversed", BT::Reversed),
    ];
    set(
        "memoryview",
        ferrite_runtime::methods::memoryview::memoryview_type(),
    );
    for &(n, t) in types {
        set(n, bt(t));
    }
    for (i, &(name, _)) in EXC_TABLE.iter().enumerate() {
        // SAFETY: i indexes the Exc enum in declaration order.
        let e: Exc = unsafe { std::mem::transmute::<usize, Exc>(i) };
        set(name, exc_type(e));
    }
    set("EnvironmentError", exc_type(Exc::OSError));
    set("IOError", exc_type(Exc::OSError));
    set("None", none());
    set("True", py_true());
    set("False", py_false());
    set("Ellipsis", singleton(Singleton::Ellipsis));
    set("NotImplemented", not_implemented());
    set("__debug__", py_true());
    set("__name__", new_str("builtins"));
    Ok(())
}

/// Type-level setup of the iterator builtins, super and exception groups.
pub fn init_types() {
    use ferrite_runtime::methods::{def, def_new, getset};
    def_new(bt(BT::Enumerate), enumerate_new);
    def(bt(BT::Enumerate), "__next__", enumerate_next);
    def_new(bt(BT::Zip), zip_new);
    def(bt(BT::Zip), "__next__", zip_next);
    def_new(bt(BT::MapIter), map_new);
    def(bt(BT::MapIter), "__next__", map_next);
    def_new(bt(BT::Filter), filter_new);
    def(bt(BT::Filter), "__next__", filter_next);
    def_new(bt(BT::Reversed), reversed_new);
    def(bt(BT::Reversed), "__next__", reversed_next);
    def(bt(BT::CallableIter), "__next__", callable_iter_next);
    getset(bt(BT::BuiltinFunction), "__qualname__", builtin_qualname);
    getset(bt(BT::BuiltinFunction), "__self__", builtin_self);
    getset(bt(BT::BuiltinFunction), "__module__", builtin_module);
    def(bt(BT::BuiltinFunction), "__reduce__", builtin_reduce);
    def(bt(BT::MethodDescriptor), "__reduce__", descr_reduce);
    getset(bt(BT::BuiltinFunction), "__doc__", builtin_doc);
    getset(bt(BT::MethodDescriptor), "__qualname__", descr_qualname);
    getset(bt(BT::MethodDescriptor), "__objclass__", descr_objclass);
    for t in [
        BT::Enumerate,
        BT::Zip,
        BT::MapIter,
        BT::Filter,
        BT::Reversed,
        BT::CallableIter,
    ] {
        def(bt(t), "__iter__", iter_self);
    }
    def_new(bt(BT::Super), b_super);
    def_new(bt(BT::Function), function_new);
    let at = ferrite_runtime::types::alloc_type(
        bt(BT::Type),
        "anext_awaitable",
        Layout::Iter,
        &ferrite_runtime::objects::iter::ITER_KIND,
        0,
    );
    ferrite_runtime::types::set_single_base(at, bt(BT::Object));
    ANEXT_TYPE.store(at.0, std::sync::atomic::Ordering::Relaxed);
    def(at, "send", anext_send);
    def(at, "__next__", anext_next);
    def(at, "throw", anext_throw);
    def(at, "__await__", iter_self);
    def(at, "__iter__", iter_self);
    getset(exc_type(Exc::AttributeError), "obj", attr_get_obj);
    let ie = exc_type(Exc::ImportError);
    def(ie, "__init__", import_init);
    ferrite_runtime::methods::getset_rw(ie, "name", import_get_name, import_set_name);
    ferrite_runtime::methods::getset_rw(ie, "path", import_get_path, import_set_path);
    getset(ie, "msg", import_get_msg);
    let beg = exc_type(Exc::BaseExceptionGroup);
    def_new(beg, eg_new);
    def(beg, "__init__", eg_init);
    def(beg, "__str__", eg_str);
    def(beg, "derive", eg_derive);
    def(beg, "split", eg_split);
    def(beg, "subgroup", eg_subgroup);
    getset(beg, "message", eg_get_message);
    getset(beg, "exceptions", eg_get_exceptions);
    def(
        exc_type(Exc::StopIteration),
        "__init__",
        stop_iteration_init,
    );
    let ose = exc_type(Exc::OSError);
    def_new(ose, oserror_new);
    def(ose, "__init__", oserror_init);
    def(ose, "__str__", oserror_str);
    getset(ose, "errno", oserror_errno);
    getset(ose, "strerror", oserror_strerror);
    getset(ose, "filename", oserror_filename);
    getset(ose, "filename2", oserror_filename2);
    def(exc_type(Exc::NameError), "__init__", name_error_init);
    def(exc_type(Exc::AttributeError), "__init__", name_error_init);
    let se = exc_type(Exc::SyntaxError);
    def(se, "__str__", se_str);
    getset(se, "msg", se_msg);
    getset(se, "filename", se_filename);
    getset(se, "lineno", se_lineno);
    getset(se, "offset", se_offset);
    getset(se, "text", se_text);
    for t in 0..N_BUILTIN_TYPES {
        // SAFETY: index within the BT enum.
        let ty = bt(unsafe { std::mem::transmute::<usize, BT>(t) });
        ferrite_runtime::types::refresh_flags(ty);
    }
}
