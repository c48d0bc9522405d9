//! Methods of object, type, NoneType/NotImplemented/Ellipsis, functions, exceptions,
//! property/classmethod/staticmethod.

use super::{def, def_new, getset};
use crate::args::*;
use crate::errors::*;
use crate::object::*;
#[allow(unused_imports)]
use crate::objects::function::CodeInfo;
use crate::objects::function::*;
use crate::objects::int::new_int;
use crate::objects::str::{new_str, str_of};
use crate::objects::tuple::{new_tuple, tuple_items, tuple_len};
use crate::ops;
use crate::types::{type_name, type_name_of};
use crate::value::Value;

/// object.__sizeof__: the object's size in the heap (header and fields), as Ferrite lays it
/// out (CPython's numbers differ; sys.getsizeof is documented as implementation-specific).
fn object_sizeof(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__sizeof__", a, kw, 0, 0)?;
    let v = a[0];
    if v.is_small_int() {
        return Ok(new_int(8));
    }
    let kind = as_type(type_of(v)).instance_kind;
    // SAFETY: v is a live heap object of this type; `size` reads its header and length fields.
    let n = unsafe { (kind.size)(v.ptr()) };
    Ok(new_int(n as i64))
}
fn object_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    if !is_type(cls) {
        return Err(type_error(format!(
            "object.__new__(X): X is not a type object ({})",
            type_name_of(cls)
        )));
    }
    if a.len() > 1 || !kw.is_empty() {
        let t = cls;
        let has_init = crate::types::lookup(t, "__init__")
            != crate::objects::dict::dict_get_str(as_type(bt(BT::Object)).dict, "__init__");
        let has_new = crate::types::lookup(t, "__new__")
            != crate::objects::dict::dict_get_str(as_type(bt(BT::Object)).dict, "__new__");
        // CPython's object_new: which message depends on what the class overrides
        if has_new {
            return Err(type_error(
                "object.__new__() takes exactly one argument (the type to instantiate)",
            ));
        }
        if !has_init {
            return Err(type_error(format!(
                "{}() takes no arguments",
                type_name(cls)
            )));
        }
    }
    if as_type(cls).flags & type_flags::ABSTRACT != 0 && as_type(cls).layout != Layout::Exception {
        return Err(abstract_instantiation_error(cls));
    }
    match as_type(cls).layout {
        Layout::Exception => Ok(new_exc_obj(cls, new_tuple(&a[1..a.len() - kw.len()]))),
        _ => Ok(crate::objects::instance::new_instance(cls)),
    }
}
/// CPython's object_new message for a class whose `__abstractmethods__` is not empty.
fn abstract_instantiation_error(cls: Value) -> PyErr {
    let methods = match type_get_abstractmethods(cls) {
        Ok(m) => m,
        Err(e) => return e,
    };
    let sorted = match ops::call(bt(BT::List), &[methods], &[]) {
        Ok(l) => l,
        Err(e) => return e,
    };
    if let Err(e) = ops::call_method(sorted, "sort", &[]) {
        return e;
    }
    let sep = new_str("', '");
    let joined = match ops::call_method(sep, "join", &[sorted]) {
        Ok(j) => j,
        Err(e) => return e,
    };
    let n = crate::objects::list::list_items(sorted).len();
    type_error(format!(
        "Can't instantiate abstract class {} without an implementation for abstract method{} '{}'",
        str_of(as_type(cls).name),
        if n > 1 { "s" } else { "" },
        str_of(joined)
    ))
}
/// `type.__abstractmethods__`: what abc stored in the class's own dict.
fn type_get_abstractmethods(t: Value) -> PyResult<Value> {
    let found = if t == bt(BT::Type) {
        None
    } else {
        crate::objects::dict::dict_get_str(as_type(t).dict, "__abstractmethods__")
    };
    found.ok_or_else(|| attribute_error("__abstractmethods__"))
}
fn type_set_abstractmethods(t: Value, v: Value) -> PyResult<()> {
    check_heap_type(t, "__abstractmethods__")?;
    let key = crate::intern::intern("__abstractmethods__");
    let abstract_ = if v.is_null() {
        if crate::objects::dict::dict_get_str(as_type(t).dict, "__abstractmethods__").is_none() {
            return Err(attribute_error("__abstractmethods__"));
        }
        crate::objects::dict::dict_del(as_type(t).dict, key)?;
        false
    } else {
        let b = ops::truthy(v)?;
        crate::objects::dict::dict_set(as_type(t).dict, key, v)?;
        b
    };
    crate::types::invalidate(t);
    if abstract_ {
        as_type(t).flags |= type_flags::ABSTRACT;
    } else {
        as_type(t).flags &= !type_flags::ABSTRACT;
    }
    Ok(())
}
fn object_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() > 1 || !kw.is_empty() {
        let t = type_of(a[0]);
        let has_new = crate::types::lookup(t, "__new__")
            != crate::objects::dict::dict_get_str(as_type(bt(BT::Object)).dict, "__new__");
        let has_init = crate::types::lookup(t, "__init__")
            != crate::objects::dict::dict_get_str(as_type(bt(BT::Object)).dict, "__init__");
        if has_init {
            return Err(type_error(
                "object.__init__() takes exactly one argument (the instance to initialize)",
            ));
        }
        if !has_new {
            return Err(type_error(format!(
                "{}.__init__() takes exactly one argument (the instance to initialize)",
                type_name_of(a[0])
            )));
        }
    }
    Ok(none())
}
/// `type.__init__` (what a metaclass's `super().__init__(name, bases, ns, **kw)` reaches):
/// checks the argument count only, as CPython's `type_init`.
fn type_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = a.len() - 1 - kw.len();
    if n == 0 && !kw.is_empty() {
        return Err(type_error("type.__init__() takes no keyword arguments"));
    }
    if n != 1 && n != 3 {
        return Err(type_error("type.__init__() takes 1 or 3 arguments"));
    }
    Ok(none())
}
fn object_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&ops::default_repr(a[0])))
}
fn object_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    ops::repr(a[0])
}
fn object_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(if a[0] == a[1] {
        py_true()
    } else {
        not_implemented()
    })
}
fn object_ne(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if let Some(eq) = crate::types::lookup(type_of(a[0]), "__eq__") {
        let r = ops::call_method_obj(eq, a[0], &[a[1]], &[])?;
        if r == not_implemented() {
            return Ok(r);
        }
        return Ok(py_bool(!ops::truthy(r)?));
    }
    Ok(not_implemented())
}
fn object_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int((ferrite_gc::object_id(a[0].ptr()) >> 4) as i64))
}
fn object_getattribute(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__getattribute__", a, kw, 1, 1)?;
    let name = a[1];
    if !(name.is_ptr() && layout_of(name) == Layout::Str) {
        return Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(name)
        )));
    }
    match ops::generic_getattr(a[0], name)? {
        Some(v) => Ok(v),
        None => Err(ops::no_attribute(a[0], name)),
    }
}
/// An attribute name argument (`getattr`/`setattr`/`hasattr`/`delattr`, `__setattr__`,
/// `__delattr__`): a str; a str subclass instance stands for its str value.
pub fn attr_name_arg(name: Value) -> PyResult<Value> {
    let s = super::builtin_value(name);
    if s.is_ptr() && layout_of(s) == Layout::Str {
        Ok(s)
    } else {
        Err(type_error(format!(
            "attribute name must be string, not '{}'",
            type_name_of(name)
        )))
    }
}
fn object_setattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__setattr__", a, kw, 2, 2)?;
    refuse_type_object(a[0], "__setattr__")?;
    ops::generic_setattr(a[0], attr_name_arg(a[1])?, a[2])?;
    Ok(none())
}
fn object_delattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__delattr__", a, kw, 1, 1)?;
    refuse_type_object(a[0], "__delattr__")?;
    ops::generic_setattr(a[0], attr_name_arg(a[1])?, Value::NULL)?;
    Ok(none())
}
/// CPython's "hackcheck": object's attribute setters do not apply to classes, whose
/// attributes go through `type.__setattr__` (which bumps version tags).
fn refuse_type_object(o: Value, what: &str) -> PyResult<()> {
    if o.is_ptr() && layout_of(o) == Layout::Type {
        return Err(type_error(format!(
            "can't apply this {what} to type object"
        )));
    }
    Ok(())
}
fn type_setattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__setattr__", a, kw, 2, 2)?;
    ops::generic_setattr(a[0], attr_name_arg(a[1])?, a[2])?;
    Ok(none())
}
fn type_delattr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__delattr__", a, kw, 1, 1)?;
    ops::generic_setattr(a[0], attr_name_arg(a[1])?, Value::NULL)?;
    Ok(none())
}
fn object_format(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__format__", a, kw, 1, 1)?;
    let spec = str_of(a[1]);
    let v = a[0];
    if spec.is_empty() {
        return ops::str(v);
    }
    if crate::objects::int::is_int(v) {
        return Ok(new_str(&crate::format::format_int(
            super::builtin_value(v),
            spec,
        )?));
    }
    if v.is_ptr() && layout_of(super::builtin_value(v)) == Layout::Float {
        return Ok(new_str(&crate::format::format_float(
            crate::objects::float::float_of(super::builtin_value(v)),
            spec,
        )?));
    }
    if !spec.is_empty() {
        return Err(type_error(format!(
            "unsupported format string passed to {}.__format__",
            type_name_of(v)
        )));
    }
    ops::str(v)
}
fn object_get_class(v: Value) -> PyResult<Value> {
    Ok(type_of(v))
}
/// `obj.__class__ = cls`: allowed between heap types (or module subclasses) whose instances
/// have the same layout. Attribute maps do not depend on the type, so only the header changes.
fn object_set_class(v: Value, cls: Value) -> PyResult<()> {
    if cls.is_null() {
        return Err(type_error("can't delete __class__ attribute"));
    }
    if !is_type(cls) {
        return Err(type_error(format!(
            "__class__ must be set to a class, not '{}' object",
            type_name_of(cls)
        )));
    }
    let old = type_of(v);
    let assignable = |t: Value| {
        as_type(t).flags & type_flags::HEAP_TYPE != 0 || crate::types::is_subtype(t, bt(BT::Module))
    };
    if !assignable(old) || !assignable(cls) {
        return Err(type_error(
            "__class__ assignment only supported for mutable types or ModuleType subclasses",
        ));
    }
    let (ot, nt) = (as_type(old), as_type(cls));
    let slot_names = |t: Value| -> Vec<String> {
        let mut names = Vec::new();
        for &c in crate::objects::tuple::tuple_items(as_type(t).mro) {
            let sn = as_type(c).slot_names;
            if !sn.is_null() {
                for &n in crate::objects::tuple::tuple_items(sn) {
                    names.push(crate::objects::str::str_of(n).to_string());
                }
            }
        }
        names
    };
    let same_layout = crate::types::builtin_ancestor(old) == crate::types::builtin_ancestor(cls)
        && ot.layout == nt.layout
        && ot.n_slots == nt.n_slots
        && (ot.flags ^ nt.flags) & type_flags::HAS_DICT == 0
        && slot_names(old) == slot_names(cls);
    if !same_layout {
        return Err(type_error(format!(
            "__class__ assignment: '{}' object layout differs from '{}'",
            crate::objects::str::str_of(nt.name),
            crate::objects::str::str_of(ot.name)
        )));
    }
    // SAFETY: v is a live heap object; the new class describes the same Rust layout and size.
    unsafe {
        (*v.ptr())
            .class
            .store(cls.0, std::sync::atomic::Ordering::Release)
    };
    write_barrier(v);
    note_instance_shadowing(cls);
    Ok(())
}
fn object_get_dict(v: Value) -> PyResult<Value> {
    if crate::objects::instance::has_attr_storage(v) {
        // the dict can now be changed behind attribute access
        note_instance_shadowing(type_of(v));
        return Ok(crate::objects::instance::instance_dict_or_create(v));
    }
    if layout_of(v) == Layout::Type {
        return Ok(as_type(v).dict);
    }
    Err(attribute_error(format!(
        "'{}' object has no attribute '__dict__'",
        type_name_of(v)
    )))
}
fn object_set_dict(v: Value, d: Value) -> PyResult<()> {
    if !crate::objects::instance::has_attr_storage(v) {
        return Err(attribute_error(format!(
            "'{}' object attribute '__dict__' is read-only",
            type_name_of(v)
        )));
    }
    note_instance_shadowing(type_of(v));
    if d.is_null() || !(d.is_ptr() && layout_of(d) == Layout::Dict) {
        return Err(type_error(format!(
            "__dict__ must be set to a dictionary, not a '{}'",
            if d.is_null() {
                "NoneType"
            } else {
                type_name_of(d)
            }
        )));
    }
    crate::objects::instance::set_instance_dict(v, d);
    Ok(())
}
fn object_subclasshook(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(not_implemented())
}
fn object_init_subclass(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "{}.__init_subclass__() takes no keyword arguments",
            str_of(as_type(a[0]).qualname)
        )));
    }
    Ok(none())
}
fn type_get_dict(t: Value) -> PyResult<Value> {
    Ok(crate::methods::alias::new_mappingproxy(as_type(t).dict))
}
fn staticmethod_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let f = obj::<WrapperObject>(a[0]).func;
    ops::call(f, &a[1..], kw)
}
/// `_PyObject_IsAbstract`: a true `__isabstractmethod__` attribute.
fn is_abstract(v: Value) -> PyResult<bool> {
    if v.is_null() || v == none() {
        return Ok(false);
    }
    match ops::getattr_opt(v, crate::intern::intern("__isabstractmethod__")) {
        Ok(Some(f)) => ops::truthy(f),
        Ok(None) => Ok(false),
        Err(e) if exc_matches(e.0, exc_type(Exc::AttributeError)) => Ok(false),
        Err(e) => Err(e),
    }
}
fn property_get_isabstract(p: Value) -> PyResult<Value> {
    for f in [
        obj::<PropertyObject>(p).fget,
        obj::<PropertyObject>(p).fset,
        obj::<PropertyObject>(p).fdel,
    ] {
        if is_abstract(f)? {
            return Ok(py_true());
        }
    }
    Ok(py_false())
}
fn wrapper_get_isabstract(w: Value) -> PyResult<Value> {
    Ok(py_bool(is_abstract(obj::<WrapperObject>(w).func)?))
}
/// `__call__` of the function and method types (calls dispatch on their layout; this makes
/// the slot visible, e.g. to collections.abc.Callable).
fn callable_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::call(a[0], &a[1..], kw)
}
fn property_get_fdel(p: Value) -> PyResult<Value> {
    Ok(opt_none(obj::<PropertyObject>(p).fdel))
}
fn function_set_code(f: Value, v: Value) -> PyResult<()> {
    if v.is_null() || !(v.is_ptr() && layout_of(v) == Layout::Code) {
        return Err(type_error("__code__ must be set to a code object"));
    }
    func_obj(f).code = v;
    write_barrier(f);
    Ok(())
}
fn code_info(c: Value) -> &'static CodeInfo {
    // SAFETY-free: the Box lives as long as the code object, which the caller holds.
    let o = code_obj(c);
    let p: *const CodeInfo = &*o.info;
    // the code object is pinned by the caller's stack reference
    unsafe_ref(p)
}
fn unsafe_ref(p: *const CodeInfo) -> &'static CodeInfo {
    // SAFETY: `p` points into the boxed CodeInfo of a code object the caller holds on its
    // stack; the box is freed only when that object dies.
    unsafe { &*p }
}
fn code_get_name(c: Value) -> PyResult<Value> {
    Ok(code_obj(c).name)
}
fn code_get_qualname(c: Value) -> PyResult<Value> {
    Ok(code_obj(c).qualname)
}
fn code_get_filename(c: Value) -> PyResult<Value> {
    Ok(code_obj(c).filename)
}
fn code_get_argcount(c: Value) -> PyResult<Value> {
    Ok(new_int(code_info(c).argcount as i64))
}
fn code_get_posonly(c: Value) -> PyResult<Value> {
    Ok(new_int(code_info(c).posonlyargcount as i64))
}
fn code_get_kwonly(c: Value) -> PyResult<Value> {
    Ok(new_int(code_info(c).kwonlyargcount as i64))
}
fn code_get_flags(c: Value) -> PyResult<Value> {
    Ok(new_int((code_info(c).flags & 0xffff) as i64))
}
fn code_get_firstlineno(c: Value) -> PyResult<Value> {
    Ok(new_int(code_info(c).first_line as i64))
}
fn code_get_varnames(c: Value) -> PyResult<Value> {
    let n = code_obj(c).varnames.len();
    let t = crate::objects::tuple::new_tuple_uninit(bt(BT::Tuple), n);
    crate::objects::tuple::tuple_items_mut(t).copy_from_slice(&code_obj(c).varnames);
    Ok(t)
}
fn code_get_cellvars(c: Value) -> PyResult<Value> {
    let n = code_obj(c).cellvars.len();
    let t = crate::objects::tuple::new_tuple_uninit(bt(BT::Tuple), n);
    crate::objects::tuple::tuple_items_mut(t).copy_from_slice(&code_obj(c).cellvars);
    Ok(t)
}
fn code_get_freevars(c: Value) -> PyResult<Value> {
    let n = code_obj(c).freevars.len();
    let t = crate::objects::tuple::new_tuple_uninit(bt(BT::Tuple), n);
    crate::objects::tuple::tuple_items_mut(t).copy_from_slice(&code_obj(c).freevars);
    Ok(t)
}
fn code_get_names(c: Value) -> PyResult<Value> {
    let n = code_obj(c).names.len();
    let t = crate::objects::tuple::new_tuple_uninit(bt(BT::Tuple), n);
    crate::objects::tuple::tuple_items_mut(t).copy_from_slice(&code_obj(c).names);
    Ok(t)
}
fn code_get_consts(c: Value) -> PyResult<Value> {
    let n = code_obj(c).consts.len();
    let t = crate::objects::tuple::new_tuple_uninit(bt(BT::Tuple), n);
    crate::objects::tuple::tuple_items_mut(t).copy_from_slice(&code_obj(c).consts);
    Ok(t)
}
fn code_get_nlocals(c: Value) -> PyResult<Value> {
    Ok(new_int(code_obj(c).varnames.len() as i64))
}
/// `code.replace(**changes)`: a copy with new flags, names, filename or first line (the
/// fields programs change: types.coroutine sets CO_ITERABLE_COROUTINE this way). Changing the
/// bytecode, constants or variable names is not supported.
fn code_replace(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() != 1 + kw.len() {
        return Err(type_error("replace() takes no positional arguments"));
    }
    let old = a[0];
    let kwv = &a[1..];
    for (i, &k) in kw.iter().enumerate() {
        let ok = match str_of(k) {
            "co_flags" | "co_firstlineno" => crate::objects::int::is_int(kwv[i]),
            "co_name" | "co_qualname" | "co_filename" => {
                kwv[i].is_ptr() && layout_of(kwv[i]) == Layout::Str
            }
            other => {
                return Err(new_exc(
                    Exc::NotImplementedError,
                    &format!("ferrite: code.replace({other}=...) is not supported yet"),
                ))
            }
        };
        if !ok {
            return Err(type_error(format!(
                "replace() argument '{}' has the wrong type ({})",
                str_of(k),
                type_name_of(kwv[i])
            )));
        }
    }
    let src = code_info(old);
    let info = CodeInfo {
        code: src.code.clone(),
        positions: src.positions.clone(),
        exception_table: src.exception_table.clone(),
        flags: src.flags,
        argcount: src.argcount,
        posonlyargcount: src.posonlyargcount,
        kwonlyargcount: src.kwonlyargcount,
        first_line: src.first_line,
        cell2arg: src.cell2arg.clone(),
        max_stack: src.max_stack,
        n_caches: src.n_caches,
        caches: crate::objects::function::InlineCaches::new(src.n_caches as usize),
        hotness: std::sync::atomic::AtomicU32::new(0),
    };
    let c = new_obj::<CodeObject>(bt(BT::Code), |o| {
        let s = code_obj(old);
        // SAFETY: zeroed body; the owned fields are written without dropping garbage, and no
        // allocation happens between reading `old`'s Values and storing them here.
        unsafe {
            std::ptr::write(&mut o.consts, s.consts.clone());
            std::ptr::write(&mut o.names, s.names.clone());
            std::ptr::write(&mut o.varnames, s.varnames.clone());
            std::ptr::write(&mut o.cellvars, s.cellvars.clone());
            std::ptr::write(&mut o.freevars, s.freevars.clone());
            std::ptr::write(&mut o.info, Box::new(info));
        }
        o.name = s.name;
        o.qualname = s.qualname;
        o.filename = s.filename;
        o.docstring = s.docstring;
    });
    for (i, &k) in kw.iter().enumerate() {
        let v = kwv[i];
        match str_of(k) {
            "co_flags" => {
                let f = crate::objects::int::int_to_i64(v).unwrap_or(0) as u32;
                let info = &mut code_obj(c).info;
                info.flags = (info.flags & !0xffff) | (f & 0xffff);
            }
            "co_firstlineno" => {
                code_obj(c).info.first_line = crate::objects::int::int_to_i64(v).unwrap_or(0) as u32
            }
            "co_name" => code_obj(c).name = v,
            "co_qualname" => code_obj(c).qualname = v,
            _ => code_obj(c).filename = v,
        }
    }
    write_barrier(c);
    Ok(c)
}
/// `code.co_positions()`: (line, end_line, col, end_col) per instruction unit, None where
/// unknown; frames' and tracebacks' `*_lasti` are 2 * unit index, so they index this.
fn code_positions(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let l = crate::objects::list::new_list(&[]);
    let n = code_obj(a[0]).info.positions.len();
    for i in 0..n {
        let p = code_obj(a[0]).info.positions[i];
        let opt = |x: u32, known: bool| if known { new_int(x as i64) } else { none() };
        let known = p.line != 0;
        let t = crate::objects::tuple::new_tuple(&[
            opt(p.line, known),
            opt(p.end_line, known && p.end_line != 0),
            opt(p.col, known && p.end_line != 0),
            opt(p.end_col, known && p.end_line != 0),
        ]);
        crate::objects::list::list_push(l, t);
    }
    ops::iter(l)
}
/// `code.co_lines()`: (start, end, line) ranges of unit offsets (2 bytes per unit).
fn code_lines(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let l = crate::objects::list::new_list(&[]);
    let n = code_obj(a[0]).info.positions.len();
    let mut start = 0usize;
    for i in 1..=n {
        let cur = code_obj(a[0]).info.positions[start].line;
        if i == n || code_obj(a[0]).info.positions[i].line != cur {
            let line = if cur == 0 {
                none()
            } else {
                new_int(cur as i64)
            };
            let t = crate::objects::tuple::new_tuple(&[
                new_int(start as i64 * 2),
                new_int(i as i64 * 2),
                line,
            ]);
            crate::objects::list::list_push(l, t);
            start = i;
        }
    }
    ops::iter(l)
}
fn code_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let c = code_obj(a[0]);
    Ok(new_str(&format!(
        "<code object {} at {:#x}, file \"{}\", line {}>",
        str_of(c.name),
        ferrite_gc::object_id(a[0].ptr()),
        str_of(c.filename),
        c.info.first_line
    )))
}

// ---------------------------------------------------------------- type

fn type_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let t = a[0];
    let m = crate::objects::dict::dict_get_str(as_type(t).dict, "__module__");
    let qn = str_of(as_type(t).qualname);
    Ok(new_str(&match m {
        Some(m) if m.is_ptr() && layout_of(m) == Layout::Str && str_of(m) != "builtins" => {
            format!("<class '{}.{}'>", str_of(m), qn)
        }
        _ => format!("<class '{}'>", qn),
    }))
}
fn type_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let meta = a[0];
    let pos = positional(&a[1..], kw);
    if pos.len() == 1 && kw.is_empty() {
        return Ok(type_of(pos[0]));
    }
    if pos.len() != 3 {
        return Err(type_error("type() takes 1 or 3 arguments"));
    }
    let (name, bases, ns) = (pos[0], pos[1], pos[2]);
    if !(name.is_ptr() && layout_of(name) == Layout::Str) {
        return Err(type_error(format!(
            "type.__new__() argument 1 must be str, not {}",
            type_name_of(name)
        )));
    }
    if !(bases.is_ptr() && layout_of(bases) == Layout::Tuple) {
        return Err(type_error(format!(
            "type.__new__() argument 2 must be tuple, not {}",
            type_name_of(bases)
        )));
    }
    if !(ns.is_ptr() && layout_of(ns) == Layout::Dict) {
        return Err(type_error(format!(
            "type.__new__() argument 3 must be dict, not {}",
            type_name_of(ns)
        )));
    }
    let bases_v = tuple_items(bases).to_vec();
    let mut winner = meta;
    for &b in &bases_v {
        let bm = type_of(b);
        if crate::types::is_subtype(winner, bm) {
            continue;
        }
        if crate::types::is_subtype(bm, winner) {
            winner = bm;
            continue;
        }
        return Err(type_error("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases"));
    }
    // a more derived metaclass with its own __new__ takes over (CPython's type_new)
    if winner != meta {
        let wn = crate::types::lookup(winner, "__new__");
        if wn.is_some()
            && wn != crate::objects::dict::dict_get_str(as_type(bt(BT::Type)).dict, "__new__")
        {
            let mut args = vec![winner];
            args.extend_from_slice(&a[1..]);
            let f = crate::ops::getattr(winner, crate::intern::intern("__new__"))?;
            return crate::value::with_rooted_slice(&args, |args| crate::ops::call(f, args, kw));
        }
    }
    let meta = winner;
    let t = crate::types::new_heap_type(meta, name, &bases_v, ns)?;
    crate::class::finish_class(t, kw, &a[a.len() - kw.len()..])?;
    Ok(t)
}
fn type_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ops::type_call_default(a[0], &a[1..], kw)
}
fn type_get_name(t: Value) -> PyResult<Value> {
    // a static type's name may be dotted (`collections.deque`, as CPython's tp_name, which
    // error messages show); `__name__` is the part after the last dot (its qualname)
    let o = as_type(t);
    if o.flags & type_flags::HEAP_TYPE == 0 && str_of(o.name).contains('.') {
        return Ok(o.qualname);
    }
    Ok(o.name)
}
fn type_get_qualname(t: Value) -> PyResult<Value> {
    Ok(as_type(t).qualname)
}
fn type_get_mro(t: Value) -> PyResult<Value> {
    Ok(as_type(t).mro)
}
fn type_get_bases(t: Value) -> PyResult<Value> {
    Ok(as_type(t).bases)
}
fn type_get_base(t: Value) -> PyResult<Value> {
    let b = as_type(t).base;
    Ok(if b.is_null() { none() } else { b })
}
fn type_get_module(t: Value) -> PyResult<Value> {
    Ok(
        crate::objects::dict::dict_get_str(as_type(t).dict, "__module__")
            .unwrap_or_else(|| new_str("builtins")),
    )
}
/// Builtin types are immutable: "cannot set 'x' attribute of immutable type 'int'".
fn check_heap_type(t: Value, what: &str) -> PyResult<()> {
    if as_type(t).flags & type_flags::HEAP_TYPE == 0 {
        return Err(type_error(format!(
            "cannot set '{}' attribute of immutable type '{}'",
            what,
            str_of(as_type(t).name)
        )));
    }
    Ok(())
}
fn type_set_in_dict(t: Value, key: &str, v: Value) -> PyResult<()> {
    if v.is_null() {
        return Err(type_error(format!(
            "cannot delete '{}' attribute of immutable type '{}'",
            key,
            str_of(as_type(t).name)
        )));
    }
    check_heap_type(t, key)?;
    crate::objects::dict::dict_set_str(as_type(t).dict, key, v);
    crate::types::invalidate(t);
    Ok(())
}
fn type_set_module(t: Value, v: Value) -> PyResult<()> {
    type_set_in_dict(t, "__module__", v)
}
fn type_set_doc(t: Value, v: Value) -> PyResult<()> {
    type_set_in_dict(t, "__doc__", v)
}
fn type_set_name(t: Value, v: Value) -> PyResult<()> {
    check_heap_type(t, "__name__")?;
    if v.is_null() || !(v.is_ptr() && crate::types::is_subtype(type_of(v), bt(BT::Str))) {
        return Err(type_error(format!(
            "can only assign string to {}.__name__, not '{}'",
            str_of(as_type(t).name),
            crate::types::type_name_of(v)
        )));
    }
    if str_of(v).contains('\0') {
        return Err(value_error("type name must not contain null characters"));
    }
    as_type(t).name = v;
    write_barrier(t);
    Ok(())
}
fn type_set_qualname(t: Value, v: Value) -> PyResult<()> {
    check_heap_type(t, "__qualname__")?;
    if v.is_null() || !(v.is_ptr() && crate::types::is_subtype(type_of(v), bt(BT::Str))) {
        return Err(type_error(format!(
            "can only assign string to {}.__qualname__, not '{}'",
            str_of(as_type(t).name),
            crate::types::type_name_of(v)
        )));
    }
    as_type(t).qualname = v;
    write_barrier(t);
    Ok(())
}
/// `C.__annotations__`: the class's own (never a base's); a class without any gets an empty
/// dict stored in it, as CPython 3.12 does. Builtin types have none.
fn type_get_annotations(t: Value) -> PyResult<Value> {
    let d = as_type(t).dict;
    if let Some(a) = crate::objects::dict::dict_get_str(d, "__annotations__") {
        return match crate::types::lookup(type_of(a), "__get__") {
            Some(get) => ops::call_method_obj(get, a, &[none(), t], &[]),
            None => Ok(a),
        };
    }
    if as_type(t).flags & type_flags::HEAP_TYPE == 0 {
        return Err(attribute_error(format!(
            "type object '{}' has no attribute '__annotations__'",
            str_of(as_type(t).name)
        )));
    }
    let a = crate::objects::dict::new_dict();
    crate::objects::dict::dict_set_str(as_type(t).dict, "__annotations__", a);
    crate::types::invalidate(t);
    Ok(a)
}
fn type_set_annotations(t: Value, v: Value) -> PyResult<()> {
    if as_type(t).flags & type_flags::HEAP_TYPE == 0 {
        return Err(type_error(format!(
            "cannot set '__annotations__' attribute of immutable type '{}'",
            str_of(as_type(t).name)
        )));
    }
    let d = as_type(t).dict;
    if v.is_null() {
        if crate::objects::dict::dict_del(d, crate::intern::intern("__annotations__"))?.is_none() {
            return Err(attribute_error("__annotations__"));
        }
    } else {
        crate::objects::dict::dict_set_str(d, "__annotations__", v);
    }
    crate::types::invalidate(t);
    Ok(())
}
fn type_get_doc(t: Value) -> PyResult<Value> {
    Ok(crate::objects::dict::dict_get_str(as_type(t).dict, "__doc__").unwrap_or_else(none))
}
fn type_mro_m(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::list::new_list(tuple_items(
        as_type(a[0]).mro,
    )))
}
fn type_subclasses(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(crate::objects::list::new_list(
        crate::objects::list::list_items(as_type(a[0]).subclasses),
    ))
}
fn type_instancecheck(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(crate::types::object_isinstance(a[1], a[0])?))
}
fn type_subclasscheck(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if !is_type(a[1]) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    Ok(py_bool(crate::types::is_subtype(a[1], a[0])))
}

// ---------------------------------------------------------------- singletons

fn none_repr(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str("None"))
}
fn none_bool(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_false())
}
fn none_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("NoneType", &a[1..], kw, 0, 0)?;
    Ok(none())
}
fn ni_repr(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str("NotImplemented"))
}
fn ellipsis_repr(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str("Ellipsis"))
}

// ---------------------------------------------------------------- functions

fn function_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let f = func_obj(a[0]);
    Ok(new_str(&format!(
        "<function {} at {:#x}>",
        str_of(f.qualname),
        ferrite_gc::object_id(a[0].ptr())
    )))
}
fn function_get(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if a.len() < 2 || a[1] == none() {
        return Ok(a[0]);
    }
    Ok(new_bound_method(a[0], a[1]))
}
fn function_get_name(f: Value) -> PyResult<Value> {
    Ok(func_obj(f).name)
}
fn function_set_name(f: Value, v: Value) -> PyResult<()> {
    if v.is_null() || !(v.is_ptr() && layout_of(v) == Layout::Str) {
        return Err(type_error("__name__ must be set to a string object"));
    }
    func_obj(f).name = v;
    write_barrier(f);
    Ok(())
}
fn function_get_qualname(f: Value) -> PyResult<Value> {
    Ok(func_obj(f).qualname)
}
fn function_set_qualname(f: Value, v: Value) -> PyResult<()> {
    if v.is_null() || !(v.is_ptr() && layout_of(v) == Layout::Str) {
        return Err(type_error("__qualname__ must be set to a string object"));
    }
    func_obj(f).qualname = v;
    write_barrier(f);
    Ok(())
}
fn opt_none(v: Value) -> Value {
    if v.is_null() {
        none()
    } else {
        v
    }
}
fn function_get_defaults(f: Value) -> PyResult<Value> {
    Ok(opt_none(func_obj(f).defaults))
}
fn function_set_defaults(f: Value, v: Value) -> PyResult<()> {
    if !v.is_null() && v != none() && !(v.is_ptr() && layout_of(v) == Layout::Tuple) {
        return Err(type_error("__defaults__ must be set to a tuple object"));
    }
    func_obj(f).defaults = if v == none() { Value::NULL } else { v };
    write_barrier(f);
    Ok(())
}
fn function_get_kwdefaults(f: Value) -> PyResult<Value> {
    Ok(opt_none(func_obj(f).kwdefaults))
}
fn function_set_kwdefaults(f: Value, v: Value) -> PyResult<()> {
    if !v.is_null() && v != none() && !(v.is_ptr() && layout_of(v) == Layout::Dict) {
        return Err(type_error("__kwdefaults__ must be set to a dict object"));
    }
    func_obj(f).kwdefaults = if v == none() { Value::NULL } else { v };
    write_barrier(f);
    Ok(())
}
fn function_get_doc(f: Value) -> PyResult<Value> {
    Ok(opt_none(func_obj(f).doc))
}
fn function_set_doc(f: Value, v: Value) -> PyResult<()> {
    func_obj(f).doc = v;
    write_barrier(f);
    Ok(())
}
fn function_get_module(f: Value) -> PyResult<Value> {
    Ok(opt_none(func_obj(f).module))
}
fn function_set_module(f: Value, v: Value) -> PyResult<()> {
    func_obj(f).module = if v.is_null() { none() } else { v };
    write_barrier(f);
    Ok(())
}
fn function_get_globals(f: Value) -> PyResult<Value> {
    Ok(func_obj(f).globals)
}
fn function_get_code(f: Value) -> PyResult<Value> {
    Ok(func_obj(f).code)
}
fn function_get_closure(f: Value) -> PyResult<Value> {
    Ok(opt_none(func_obj(f).closure))
}
fn function_get_annotations(f: Value) -> PyResult<Value> {
    if func_obj(f).annotations.is_null() {
        let d = crate::objects::dict::new_dict();
        func_obj(f).annotations = d;
        write_barrier(f);
    }
    Ok(func_obj(f).annotations)
}
fn function_set_annotations(f: Value, v: Value) -> PyResult<()> {
    if !(v.is_null() || v.is_ptr() && layout_of(v) == Layout::Dict) {
        return Err(type_error("__annotations__ must be set to a dict object"));
    }
    func_obj(f).annotations = v;
    write_barrier(f);
    Ok(())
}
/// types.MethodType(func, self)
fn method_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("method", &a[1..], kw, 2, 2)?;
    let (f, s) = (a[1], a[2]);
    if !ops::is_callable(f) {
        return Err(type_error("first argument must be callable"));
    }
    if s == none() {
        return Err(type_error("instance must not be None"));
    }
    Ok(new_bound_method(f, s))
}
fn method_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = obj::<BoundMethodObject>(a[0]);
    let (f, s) = (m.func, m.self_);
    let name = ops::getattr_str(f, "__qualname__")
        .ok()
        .filter(|v| v.is_ptr() && layout_of(*v) == Layout::Str)
        .map(|v| str_of(v).to_string())
        .unwrap_or_else(|| "?".into());
    Ok(new_str(&format!(
        "<bound method {} of {}>",
        name,
        ops::repr_string(s)?
    )))
}
fn method_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    if type_of(a[1]) != bt(BT::BoundMethod) {
        return Ok(not_implemented());
    }
    let (x, y) = (
        obj::<BoundMethodObject>(a[0]),
        obj::<BoundMethodObject>(a[1]),
    );
    Ok(py_bool(x.func == y.func && x.self_ == y.self_))
}
fn method_hash(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = obj::<BoundMethodObject>(a[0]);
    let (f, s) = (m.func, m.self_);
    let h = ops::hash(f)? ^ (ferrite_gc::object_id(s.ptr()) as isize >> 4);
    Ok(new_int(h as i64))
}
fn member_name(d: Value) -> PyResult<Value> {
    Ok(obj::<crate::descr::MemberObject>(d).name)
}
fn member_objclass(d: Value) -> PyResult<Value> {
    Ok(obj::<crate::descr::MemberObject>(d).owner)
}
fn getset_name(d: Value) -> PyResult<Value> {
    Ok(new_str(obj::<crate::descr::GetSetObject>(d).name))
}
fn getset_objclass(d: Value) -> PyResult<Value> {
    Ok(obj::<crate::descr::GetSetObject>(d).owner)
}
fn member_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = obj::<crate::descr::MemberObject>(a[0]);
    Ok(new_str(&format!(
        "<member '{}' of '{}' objects>",
        str_of(m.name),
        str_of(as_type(m.owner).name)
    )))
}
fn getset_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let m = obj::<crate::descr::GetSetObject>(a[0]);
    Ok(new_str(&format!(
        "<attribute '{}' of '{}' objects>",
        m.name,
        str_of(as_type(m.owner).name)
    )))
}
fn method_get_self(m: Value) -> PyResult<Value> {
    Ok(obj::<BoundMethodObject>(m).self_)
}
fn method_get_func(m: Value) -> PyResult<Value> {
    Ok(obj::<BoundMethodObject>(m).func)
}
/// `method.__doc__`: the function's (CPython's method_get_doc).
fn method_get_doc(m: Value) -> PyResult<Value> {
    crate::ops::getattr_str(obj::<BoundMethodObject>(m).func, "__doc__")
}
fn builtin_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let b = obj::<BuiltinFunctionObject>(a[0]);
    let s = b.self_;
    if s.is_null() || layout_of(s) == Layout::Module {
        return Ok(new_str(&format!("<built-in function {}>", b.name)));
    }
    Ok(new_str(&format!(
        "<built-in method {} of {} object at {:#x}>",
        b.name,
        type_name_of(s),
        ferrite_gc::object_id(s.ptr())
    )))
}
fn builtin_get_name(f: Value) -> PyResult<Value> {
    Ok(new_str(obj::<BuiltinFunctionObject>(f).name))
}
fn descr_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = obj::<MethodDescrObject>(a[0]);
    Ok(new_str(&format!(
        "<method '{}' of '{}' objects>",
        d.name,
        type_name(d.owner)
    )))
}
fn descr_get_name(f: Value) -> PyResult<Value> {
    Ok(new_str(obj::<MethodDescrObject>(f).name))
}
fn cell_get_contents(c: Value) -> PyResult<Value> {
    let v = obj::<CellObject>(c).contents;
    if v.is_null() {
        return Err(value_error("Cell is empty"));
    }
    Ok(v)
}

// ---------------------------------------------------------------- property & co

fn descr_get_m(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__get__", a, kw, 1, 2)?;
    let inst = if a[1] == none() { Value::NULL } else { a[1] };
    let owner = if a.len() > 2 { a[2] } else { Value::NULL };
    if inst.is_null() {
        return Ok(a[0]);
    }
    ops::bind(a[0], inst, owner)
}
fn descr_set_m(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__set__", a, kw, 2, 2)?;
    crate::descr::descr_set(a[0], a[1], a[2])?;
    Ok(none())
}
fn descr_delete_m(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__delete__", a, kw, 1, 1)?;
    crate::descr::descr_set(a[0], a[1], Value::NULL)?;
    Ok(none())
}
fn property_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_obj::<PropertyObject>(a[0], |_| {}))
}
fn property_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("property", kw, &["fget", "fset", "fdel", "doc"])?;
    let pos = positional(&a[1..], kw);
    let get = |i: usize, n: &str| {
        kwarg(a, kw, n)
            .or_else(|| pos.get(i).copied())
            .unwrap_or(Value::NULL)
    };
    let (g, s, d, doc) = (
        get(0, "fget"),
        get(1, "fset"),
        get(2, "fdel"),
        get(3, "doc"),
    );
    let p = obj::<PropertyObject>(a[0]);
    p.fget = g;
    p.fset = s;
    p.fdel = d;
    p.doc = doc;
    write_barrier(a[0]);
    if doc.is_null() && !g.is_null() && g != none() {
        if let Ok(dd) = ops::getattr_str(g, "__doc__") {
            obj::<PropertyObject>(a[0]).doc = dd;
        }
    }
    Ok(none())
}
fn property_copy(p: Value, which: usize, f: Value) -> PyResult<Value> {
    let o = obj::<PropertyObject>(p);
    let (mut g, mut s, mut d, doc, name) = (o.fget, o.fset, o.fdel, o.doc, o.name);
    // None keeps the existing accessor (as CPython's property_copy)
    if f != none() {
        match which {
            0 => g = f,
            1 => s = f,
            _ => d = f,
        }
    }
    let np = new_obj::<PropertyObject>(type_of(p), |n| {
        n.fget = g;
        n.fset = s;
        n.fdel = d;
        n.doc = doc;
        n.name = name;
    });
    Ok(np)
}
fn property_getter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    property_copy(a[0], 0, a[1])
}
fn property_setter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    property_copy(a[0], 1, a[1])
}
fn property_deleter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    property_copy(a[0], 2, a[1])
}
fn property_set_name(a: &[Value], _: &[Value]) -> PyResult<Value> {
    obj::<PropertyObject>(a[0]).name = a[2];
    write_barrier(a[0]);
    Ok(none())
}
fn property_get_fget(p: Value) -> PyResult<Value> {
    Ok(opt_none(obj::<PropertyObject>(p).fget))
}
fn property_get_fset(p: Value) -> PyResult<Value> {
    Ok(opt_none(obj::<PropertyObject>(p).fset))
}
fn property_get_doc(p: Value) -> PyResult<Value> {
    Ok(opt_none(obj::<PropertyObject>(p).doc))
}
fn wrapper_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check(type_name(a[0]), &a[1..], kw, 1, 1)?;
    let f = a[1];
    Ok(new_obj::<WrapperObject>(a[0], |o| o.func = f))
}
fn wrapper_get(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("__get__", a, kw, 1, 2)?;
    let inst = if a[1] == none() { Value::NULL } else { a[1] };
    let owner = if a.len() > 2 && a[2] != none() {
        a[2]
    } else if inst.is_null() {
        Value::NULL
    } else {
        type_of(inst)
    };
    ops::bind(a[0], inst, owner)
}
fn wrapper_get_func(w: Value) -> PyResult<Value> {
    Ok(obj::<WrapperObject>(w).func)
}

// ---------------------------------------------------------------- exceptions

fn exc_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let args = new_tuple(&a[1..a.len() - kw.len()]);
    Ok(new_exc_obj(a[0], args))
}
fn exc_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() && type_of(a[0]) == exc_type(Exc::BaseException) {
        return Err(type_error("BaseException() takes no keyword arguments"));
    }
    let args = new_tuple(&a[1..a.len() - kw.len()]);
    exc_obj(a[0]).args = args;
    write_barrier(a[0]);
    Ok(none())
}
pub fn exc_str_string(e: Value) -> PyResult<String> {
    let args = exc_obj(e).args;
    if crate::types::is_subtype(type_of(e), exc_type(Exc::KeyError)) && tuple_len(args) == 1 {
        return ops::repr_string(tuple_items(args)[0]);
    }
    match tuple_len(args) {
        0 => Ok(String::new()),
        1 => ops::str_string(tuple_items(args)[0]),
        _ => ops::repr_string(args),
    }
}
fn exc_str(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_str(&exc_str_string(a[0])?))
}
fn exc_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let args = exc_obj(a[0]).args;
    let name = type_name_of(a[0]);
    if tuple_len(args) == 1 {
        return Ok(new_str(&format!(
            "{}({})",
            name,
            ops::repr_string(tuple_items(args)[0])?
        )));
    }
    Ok(new_str(&format!("{}{}", name, ops::repr_string(args)?)))
}
fn exc_get_args(e: Value) -> PyResult<Value> {
    Ok(exc_obj(e).args)
}
fn exc_set_args(e: Value, v: Value) -> PyResult<()> {
    let t = ops::to_tuple(v)?;
    exc_obj(e).args = t;
    write_barrier(e);
    Ok(())
}
fn exc_get_tb(e: Value) -> PyResult<Value> {
    Ok(opt_none(exc_obj(e).traceback))
}
fn exc_set_tb(e: Value, v: Value) -> PyResult<()> {
    exc_obj(e).traceback = if v == none() { Value::NULL } else { v };
    write_barrier(e);
    Ok(())
}
fn exc_get_cause(e: Value) -> PyResult<Value> {
    Ok(opt_none(exc_obj(e).cause))
}
fn exc_set_cause(e: Value, v: Value) -> PyResult<()> {
    if v != none() && !is_exception(v) {
        return Err(type_error(
            "exception cause must be None or derive from BaseException",
        ));
    }
    exc_obj(e).cause = v;
    exc_obj(e).suppress_context = py_true();
    write_barrier(e);
    Ok(())
}
fn exc_get_context(e: Value) -> PyResult<Value> {
    Ok(opt_none(exc_obj(e).context))
}
fn exc_set_context(e: Value, v: Value) -> PyResult<()> {
    exc_obj(e).context = v;
    write_barrier(e);
    Ok(())
}
fn exc_get_suppress(e: Value) -> PyResult<Value> {
    Ok(opt_none(exc_obj(e).suppress_context))
}
fn exc_set_suppress(e: Value, v: Value) -> PyResult<()> {
    exc_obj(e).suppress_context = py_bool(ops::truthy(v)?);
    Ok(())
}
fn exc_with_traceback(a: &[Value], _: &[Value]) -> PyResult<Value> {
    exc_set_tb(a[0], a[1])?;
    Ok(a[0])
}
fn exc_add_note(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check_method("add_note", a, kw, 1, 1)?;
    if !(a[1].is_ptr() && layout_of(a[1]) == Layout::Str) {
        return Err(type_error(format!(
            "note must be a str, not '{}'",
            type_name_of(a[1])
        )));
    }
    let name = crate::intern::intern("__notes__");
    let notes = match ops::getattr_opt(a[0], name)? {
        Some(n) => n,
        None => {
            let l = crate::objects::list::new_list(&[]);
            ops::setattr(a[0], name, l)?;
            l
        }
    };
    if !(notes.is_ptr() && layout_of(notes) == Layout::List) {
        return Err(type_error("Cannot add note: __notes__ is not a list"));
    }
    crate::objects::list::list_push(notes, a[1]);
    Ok(none())
}
fn stopiter_get_value(e: Value) -> PyResult<Value> {
    let args = exc_obj(e).args;
    Ok(if tuple_len(args) > 0 {
        tuple_items(args)[0]
    } else {
        none()
    })
}
fn sysexit_get_code(e: Value) -> PyResult<Value> {
    let args = exc_obj(e).args;
    Ok(match tuple_len(args) {
        0 => none(),
        1 => tuple_items(args)[0],
        _ => args,
    })
}
fn attr_get_name(e: Value) -> PyResult<Value> {
    Ok(opt_none(exc_obj(e).extra1))
}

pub fn init() {
    let o = bt(BT::Object);
    def_new(o, object_new);
    for (n, f) in [
        ("__init__", object_init as NativeFn),
        ("__repr__", object_repr),
        ("__str__", object_str),
        ("__eq__", object_eq),
        ("__ne__", object_ne),
        ("__hash__", object_hash),
        ("__getattribute__", object_getattribute),
        ("__sizeof__", object_sizeof),
        ("__setattr__", object_setattr),
        ("__delattr__", object_delattr),
        ("__format__", object_format),
    ] {
        def(o, n, f);
    }
    for (n, f) in [
        ("__subclasshook__", object_subclasshook as NativeFn),
        ("__init_subclass__", object_init_subclass),
    ] {
        let b = new_builtin_function(n, f, Value::NULL);
        let cm = new_obj::<WrapperObject>(bt(BT::ClassMethod), |w| w.func = b);
        let _ = crate::objects::dict::dict_set(as_type(o).dict, crate::intern::intern(n), cm);
    }
    crate::objects::dict::dict_set_str(
        as_type(o).dict,
        "__doc__",
        new_str("The base class of the class hierarchy.\n\nWhen called, it accepts no arguments and returns a new featureless\ninstance that has no instance attributes and cannot be given any.\n"),
    );
    super::getset_rw(o, "__class__", object_get_class, object_set_class);
    super::getset_rw(o, "__dict__", object_get_dict, object_set_dict);

    let t = bt(BT::Type);
    def_new(t, type_new);
    def(t, "__repr__", type_repr);
    def(t, "__call__", type_call);
    def(t, "__init__", type_init);
    def(t, "__setattr__", type_setattr);
    def(t, "__delattr__", type_delattr);
    def(t, "mro", type_mro_m);
    def(t, "__subclasses__", type_subclasses);
    def(t, "__instancecheck__", type_instancecheck);
    def(t, "__subclasscheck__", type_subclasscheck);
    super::getset_rw(t, "__name__", type_get_name, type_set_name);
    super::getset_rw(t, "__qualname__", type_get_qualname, type_set_qualname);
    getset(t, "__mro__", type_get_mro);
    getset(t, "__bases__", type_get_bases);
    getset(t, "__base__", type_get_base);
    super::getset_rw(t, "__module__", type_get_module, type_set_module);
    super::getset_rw(t, "__doc__", type_get_doc, type_set_doc);
    super::getset_rw(
        t,
        "__annotations__",
        type_get_annotations,
        type_set_annotations,
    );
    getset(t, "__dict__", type_get_dict);
    super::getset_rw(
        t,
        "__abstractmethods__",
        type_get_abstractmethods,
        type_set_abstractmethods,
    );

    let nt = bt(BT::NoneType);
    def_new(nt, none_new);
    def(nt, "__repr__", none_repr);
    def(nt, "__bool__", none_bool);
    def(bt(BT::NotImplementedType), "__repr__", ni_repr);
    def(bt(BT::Ellipsis), "__repr__", ellipsis_repr);

    let ft = bt(BT::Function);
    def(ft, "__repr__", function_repr);
    def(ft, "__get__", function_get);
    super::getset_rw(ft, "__name__", function_get_name, function_set_name);
    super::getset_rw(
        ft,
        "__qualname__",
        function_get_qualname,
        function_set_qualname,
    );
    super::getset_rw(
        ft,
        "__defaults__",
        function_get_defaults,
        function_set_defaults,
    );
    super::getset_rw(
        ft,
        "__kwdefaults__",
        function_get_kwdefaults,
        function_set_kwdefaults,
    );
    super::getset_rw(ft, "__doc__", function_get_doc, function_set_doc);
    super::getset_rw(ft, "__module__", function_get_module, function_set_module);
    getset(ft, "__globals__", function_get_globals);
    super::getset_rw(ft, "__code__", function_get_code, function_set_code);
    let ct = bt(BT::Code);
    def(ct, "__repr__", code_repr);
    for (n, g) in [
        ("co_name", code_get_name as crate::descr::GetFn),
        ("co_qualname", code_get_qualname),
        ("co_filename", code_get_filename),
        ("co_argcount", code_get_argcount),
        ("co_posonlyargcount", code_get_posonly),
        ("co_kwonlyargcount", code_get_kwonly),
        ("co_flags", code_get_flags),
        ("co_firstlineno", code_get_firstlineno),
        ("co_varnames", code_get_varnames),
        ("co_cellvars", code_get_cellvars),
        ("co_freevars", code_get_freevars),
        ("co_names", code_get_names),
        ("co_consts", code_get_consts),
        ("co_nlocals", code_get_nlocals),
    ] {
        getset(ct, n, g);
    }
    def(ct, "co_positions", code_positions);
    def(ct, "replace", code_replace);
    def(ct, "__replace__", code_replace);
    def(ct, "co_lines", code_lines);
    getset(ft, "__closure__", function_get_closure);
    super::getset_rw(
        ft,
        "__annotations__",
        function_get_annotations,
        function_set_annotations,
    );
    super::getset_rw(ft, "__dict__", object_get_dict, object_set_dict);
    let mt = bt(BT::BoundMethod);
    def_new(mt, method_new);
    def(mt, "__repr__", method_repr);
    getset(mt, "__self__", method_get_self);
    def(mt, "__eq__", method_eq);
    def(mt, "__hash__", method_hash);
    getset(bt(BT::MemberDescriptor), "__name__", member_name);
    getset(bt(BT::MemberDescriptor), "__objclass__", member_objclass);
    def(bt(BT::MemberDescriptor), "__repr__", member_repr);
    getset(bt(BT::GetSetDescriptor), "__name__", getset_name);
    getset(bt(BT::GetSetDescriptor), "__objclass__", getset_objclass);
    def(bt(BT::GetSetDescriptor), "__repr__", getset_repr);
    getset(mt, "__func__", method_get_func);
    getset(mt, "__doc__", method_get_doc);
    def(bt(BT::BuiltinFunction), "__repr__", builtin_repr);
    getset(bt(BT::BuiltinFunction), "__name__", builtin_get_name);
    def(bt(BT::MethodDescriptor), "__repr__", descr_repr);
    getset(bt(BT::MethodDescriptor), "__name__", descr_get_name);
    getset(bt(BT::Cell), "cell_contents", cell_get_contents);

    for dt in [
        bt(BT::MemberDescriptor),
        bt(BT::GetSetDescriptor),
        bt(BT::Property),
    ] {
        def(dt, "__get__", descr_get_m);
        def(dt, "__set__", descr_set_m);
        def(dt, "__delete__", descr_delete_m);
    }
    let pt = bt(BT::Property);
    def_new(pt, property_new);
    def(pt, "__init__", property_init);
    def(pt, "getter", property_getter);
    def(pt, "setter", property_setter);
    def(pt, "deleter", property_deleter);
    def(pt, "__set_name__", property_set_name);
    getset(pt, "fget", property_get_fget);
    getset(pt, "fset", property_get_fset);
    getset(pt, "fdel", property_get_fdel);
    getset(pt, "__isabstractmethod__", property_get_isabstract);
    for t in [
        BT::Function,
        BT::BuiltinFunction,
        BT::MethodDescriptor,
        BT::ClassMethodDescriptor,
        BT::BoundMethod,
    ] {
        def(bt(t), "__call__", callable_call);
    }
    def(bt(BT::StaticMethod), "__call__", staticmethod_call);
    getset(pt, "__doc__", property_get_doc);
    def(bt(BT::ClassMethod), "__get__", wrapper_get);
    def(bt(BT::StaticMethod), "__get__", wrapper_get);
    for w in [BT::ClassMethod, BT::StaticMethod] {
        def_new(bt(w), wrapper_new);
        getset(bt(w), "__func__", wrapper_get_func);
        getset(bt(w), "__wrapped__", wrapper_get_func);
        getset(bt(w), "__isabstractmethod__", wrapper_get_isabstract);
    }

    let be = exc_type(Exc::BaseException);
    def_new(be, exc_new);
    def(be, "__init__", exc_init);
    def(be, "__str__", exc_str);
    def(be, "__repr__", exc_repr);
    def(be, "with_traceback", exc_with_traceback);
    def(be, "add_note", exc_add_note);
    super::getset_rw(be, "args", exc_get_args, exc_set_args);
    super::getset_rw(be, "__traceback__", exc_get_tb, exc_set_tb);
    super::getset_rw(be, "__cause__", exc_get_cause, exc_set_cause);
    super::getset_rw(be, "__context__", exc_get_context, exc_set_context);
    super::getset_rw(
        be,
        "__suppress_context__",
        exc_get_suppress,
        exc_set_suppress,
    );
    getset(exc_type(Exc::StopIteration), "value", stopiter_get_value);
    getset(exc_type(Exc::SystemExit), "code", sysexit_get_code);
    getset(exc_type(Exc::AttributeError), "name", attr_get_name);
    getset(exc_type(Exc::NameError), "name", attr_get_name);
}
