//! Callables: Python functions, code objects, cells, bound methods, builtin functions and the
//! method descriptors builtin types expose in their dicts.

use crate::errors::PyResult;
use crate::object::{bt, new_obj, obj, BT};
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};

/// Positions and exception-table rows as the compiler produces them (plain data; the
/// compiler's `bytecode::Position`/`ExceptionEntry` are these types).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Pos {
    pub line: u32,
    pub end_line: u32,
    pub col: u32,
    pub end_col: u32,
}
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExcEntry {
    pub start: u32,
    pub end: u32,
    pub handler: u32,
    pub depth: u32,
    pub push_lasti: bool,
}

/// One inline-cache entry: three words whose meaning depends on the instruction.
#[derive(Clone, Copy, Default, Debug)]
pub struct CacheEntry {
    pub a: u64,
    pub b: u64,
    pub c: u64,
}

/// The inline caches of one code object (words only: never GC references).
pub struct InlineCaches {
    pub entries: Box<[std::cell::Cell<CacheEntry>]>,
}
// SAFETY: only one thread runs Python today (docs/ARCHITECTURE.md, Departures); the entries
// become atomics with the free-threading work.
unsafe impl Sync for InlineCaches {}
// SAFETY: as above; the entries hold plain words.
unsafe impl Send for InlineCaches {}
impl InlineCaches {
    pub fn new(n: usize) -> InlineCaches {
        InlineCaches {
            entries: (0..n)
                .map(|_| std::cell::Cell::new(CacheEntry::default()))
                .collect(),
        }
    }
}

/// Plain-data part of a code object.
pub struct CodeInfo {
    pub code: Vec<u32>,
    pub positions: Vec<Pos>,
    pub exception_table: Vec<ExcEntry>,
    pub flags: u32,
    pub argcount: u32,
    pub posonlyargcount: u32,
    pub kwonlyargcount: u32,
    pub first_line: u32,
    pub cell2arg: Vec<Option<u32>>,
    pub max_stack: u32,
    pub n_caches: u32,
    /// the eval loop's inline caches (their meaning belongs to interp)
    pub caches: InlineCaches,
    /// per-back-edge counters for the JIT (one per instruction index that is a loop header)
    pub hotness: std::sync::atomic::AtomicU32,
}

#[repr(C)]
pub struct CodeObject {
    pub header: Header,
    pub name: Value,
    pub qualname: Value,
    pub filename: Value,
    pub docstring: Value,
    pub consts: Vec<Value>,
    pub names: Vec<Value>,
    pub varnames: Vec<Value>,
    pub cellvars: Vec<Value>,
    pub freevars: Vec<Value>,
    pub info: Box<CodeInfo>,
}
unsafe fn code_size(_: *const Header) -> usize {
    std::mem::size_of::<CodeObject>()
}
unsafe fn code_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a CodeObject.
    let o = unsafe { &mut *(h as *mut CodeObject) };
    for v in [
        &mut o.name,
        &mut o.qualname,
        &mut o.filename,
        &mut o.docstring,
    ] {
        t.visit(Value::slot(v));
    }
    for vec in [
        &mut o.consts,
        &mut o.names,
        &mut o.varnames,
        &mut o.cellvars,
        &mut o.freevars,
    ] {
        for v in vec.iter_mut() {
            t.visit(Value::slot(v));
        }
    }
}
unsafe fn code_drop(h: *mut Header) {
    // SAFETY: called once on a dead CodeObject; drop its owned Vecs and Box.
    unsafe {
        let o = &mut *(h as *mut CodeObject);
        std::ptr::drop_in_place(&mut o.consts);
        std::ptr::drop_in_place(&mut o.names);
        std::ptr::drop_in_place(&mut o.varnames);
        std::ptr::drop_in_place(&mut o.cellvars);
        std::ptr::drop_in_place(&mut o.freevars);
        std::ptr::drop_in_place(&mut o.info);
    }
}
pub static CODE_KIND: Kind = Kind {
    name: "code",
    size: code_size,
    trace: code_trace,
    drop: Some(code_drop),
};

/// A Python function. Starts with the AttrPrefix (header, dict).
#[repr(C)]
pub struct FunctionObject {
    pub header: Header,
    pub dict: Value,
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    pub name: Value,
    pub qualname: Value,
    pub defaults: Value,
    pub kwdefaults: Value,
    pub closure: Value,
    pub doc: Value,
    pub module: Value,
    pub annotations: Value,
    pub type_params: Value,
}
crate::fixed_kind!(
    FUNCTION_KIND,
    "function",
    FunctionObject,
    [
        dict,
        code,
        globals,
        builtins,
        name,
        qualname,
        defaults,
        kwdefaults,
        closure,
        doc,
        module,
        annotations,
        type_params
    ]
);

#[repr(C)]
pub struct CellObject {
    pub header: Header,
    pub contents: Value,
}
crate::fixed_kind!(CELL_KIND, "cell", CellObject, [contents]);

pub fn new_cell(v: Value) -> Value {
    new_obj::<CellObject>(bt(BT::Cell), |o| o.contents = v)
}

#[repr(C)]
pub struct BoundMethodObject {
    pub header: Header,
    pub func: Value,
    pub self_: Value,
}
crate::fixed_kind!(
    BOUND_METHOD_KIND,
    "method",
    BoundMethodObject,
    [func, self_]
);

pub fn new_bound_method(func: Value, self_: Value) -> Value {
    new_obj::<BoundMethodObject>(bt(BT::BoundMethod), |o| {
        o.func = func;
        o.self_ = self_;
    })
}

/// Signature of Rust functions callable from Python. `args` holds positional arguments then
/// the values of keyword arguments, whose names are `kwnames` (str objects), in order.
pub type NativeFn = fn(args: &[Value], kwnames: &[Value]) -> PyResult<Value>;

/// A builtin function or a builtin method bound to `self_` (which is passed as args[0]).
#[repr(C)]
pub struct BuiltinFunctionObject {
    pub header: Header,
    pub self_: Value,
    pub module: Value,
    pub func: NativeFn,
    pub name: &'static str,
    /// for a slot wrapper bound to `self_`: its fixed arity (see MethodDescrObject), else -1
    pub arity: i8,
}
crate::fixed_kind!(
    BUILTIN_FUNCTION_KIND,
    "builtin_function_or_method",
    BuiltinFunctionObject,
    [self_, module]
);

pub fn new_builtin_function(name: &'static str, func: NativeFn, self_: Value) -> Value {
    new_obj::<BuiltinFunctionObject>(bt(BT::BuiltinFunction), |o| {
        o.func = func;
        o.name = name;
        o.self_ = self_;
        o.arity = -1;
    })
}

/// A Rust method in a builtin type's dict (like CPython's method_descriptor). Accessed on an
/// instance it binds; called through the type it takes self as first argument.
#[repr(C)]
pub struct MethodDescrObject {
    pub header: Header,
    pub owner: Value,
    pub func: NativeFn,
    pub name: &'static str,
    /// Arguments after self that a slot wrapper takes (`__len__` 0, `__contains__` 1,
    /// `__setitem__` 2), checked before `func` runs; -1 when `func` checks its own.
    pub arity: i8,
}
crate::fixed_kind!(
    METHOD_DESCR_KIND,
    "method_descriptor",
    MethodDescrObject,
    [owner]
);

pub fn new_method_descr(owner: Value, name: &'static str, func: NativeFn) -> Value {
    crate::object::new_obj::<MethodDescrObject>(bt(BT::MethodDescriptor), |o| {
        o.owner = owner;
        o.func = func;
        o.name = name;
        o.arity = slot_arity(name);
    })
}

/// The fixed argument count (after self) of the dunders CPython implements as slot wrappers,
/// or -1.
fn slot_arity(name: &str) -> i8 {
    match name {
        "__len__" | "__iter__" | "__next__" | "__hash__" | "__repr__" | "__str__" | "__bool__"
        | "__neg__" | "__pos__" | "__abs__" | "__invert__" | "__int__" | "__float__"
        | "__index__" | "__await__" | "__aiter__" | "__anext__" => 0,
        "__contains__" | "__getitem__" | "__delitem__" | "__lt__" | "__le__" | "__eq__"
        | "__ne__" | "__gt__" | "__ge__" | "__add__" | "__radd__" | "__sub__" | "__rsub__"
        | "__mul__" | "__rmul__" | "__truediv__" | "__rtruediv__" | "__floordiv__"
        | "__rfloordiv__" | "__mod__" | "__rmod__" | "__divmod__" | "__rdivmod__"
        | "__lshift__" | "__rlshift__" | "__rshift__" | "__rrshift__" | "__and__" | "__rand__"
        | "__or__" | "__ror__" | "__xor__" | "__rxor__" | "__matmul__" | "__rmatmul__"
        | "__iadd__" | "__isub__" | "__imul__" | "__itruediv__" | "__ifloordiv__" | "__imod__"
        | "__ilshift__" | "__irshift__" | "__iand__" | "__ior__" | "__ixor__" | "__imatmul__" => 1,
        "__setitem__" => 2,
        _ => -1,
    }
}

/// CPython's slot-wrapper argument checks (`args` includes self) for a wrapper of fixed
/// `arity` (-1: nothing to check).
#[inline]
pub fn check_slot_args(arity: i8, name: &str, args: &[Value], kwnames: &[Value]) -> PyResult<()> {
    if arity < 0 {
        return Ok(());
    }
    if !kwnames.is_empty() {
        return Err(crate::errors::type_error(format!(
            "wrapper {name}() takes no keyword arguments"
        )));
    }
    let given = args.len() - 1;
    if given != arity as usize {
        return Err(crate::errors::type_error(format!(
            "expected {} argument{}, got {}",
            arity,
            if arity == 1 { "" } else { "s" },
            given
        )));
    }
    Ok(())
}

pub fn func_obj<'a>(f: Value) -> &'a mut FunctionObject {
    obj::<FunctionObject>(f)
}
pub fn code_obj<'a>(c: Value) -> &'a mut CodeObject {
    obj::<CodeObject>(c)
}

/// property / classmethod / staticmethod objects: up to four callables.
#[repr(C)]
pub struct PropertyObject {
    pub header: Header,
    pub fget: Value,
    pub fset: Value,
    pub fdel: Value,
    pub doc: Value,
    pub name: Value,
}
crate::fixed_kind!(
    PROPERTY_KIND,
    "property",
    PropertyObject,
    [fget, fset, fdel, doc, name]
);

#[repr(C)]
pub struct WrapperObject {
    pub header: Header,
    pub dict: Value,
    pub func: Value,
}
crate::fixed_kind!(WRAPPER_KIND, "classmethod", WrapperObject, [dict, func]);

#[repr(C)]
pub struct ModuleObject {
    pub header: Header,
    pub dict: Value,
}
crate::fixed_kind!(MODULE_KIND, "module", ModuleObject, [dict]);
