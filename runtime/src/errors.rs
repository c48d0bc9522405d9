//! Exceptions: the exception object layout, the builtin hierarchy and the `PyErr`/`PyResult`
//! types Rust code propagates them with.

use crate::object::{as_type, new_obj, none, obj, py_bool, type_of, Layout};
use crate::objects::str::new_str;
use crate::objects::tuple::new_tuple;
use crate::value::Value;
use ferrite_gc::Header;
use std::sync::atomic::{AtomicUsize, Ordering};

/// A raised exception: the exception instance.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PyErr(pub Value);
pub type PyResult<T> = Result<T, PyErr>;

#[repr(C)]
pub struct ExcObject {
    pub header: Header,
    pub dict: Value,
    pub base_value: Value,
    pub args: Value,
    pub traceback: Value,
    pub cause: Value,
    pub context: Value,
    pub suppress_context: Value,
    /// ExceptionGroup: message and exceptions tuple; StopIteration: value; SystemExit: code;
    /// OSError: errno; ImportError: name; NameError/AttributeError: name
    pub extra1: Value,
    pub extra2: Value,
    pub extra3: Value,
}
crate::fixed_kind!(
    EXC_KIND,
    "exception",
    ExcObject,
    [
        dict,
        base_value,
        args,
        traceback,
        cause,
        context,
        suppress_context,
        extra1,
        extra2,
        extra3
    ]
);

macro_rules! exc_types {
    ($( $id:ident : $name:literal < $base:ident ),* $(,)?) => {
        #[repr(usize)]
        #[derive(Clone, Copy, Debug, PartialEq, Eq)]
        pub enum Exc { $($id,)* Count }
        /// (name, base) of every builtin exception, bases first.
        pub const EXC_TABLE: &[(&str, Exc)] = &[$(($name, Exc::$base)),*];
    };
}
exc_types! {
    BaseException: "BaseException" < BaseException,
    BaseExceptionGroup: "BaseExceptionGroup" < BaseException,
    GeneratorExit: "GeneratorExit" < BaseException,
    KeyboardInterrupt: "KeyboardInterrupt" < BaseException,
    SystemExit: "SystemExit" < BaseException,
    Exception: "Exception" < BaseException,
    ArithmeticError: "ArithmeticError" < Exception,
    FloatingPointError: "FloatingPointError" < ArithmeticError,
    OverflowError: "OverflowError" < ArithmeticError,
    ZeroDivisionError: "ZeroDivisionError" < ArithmeticError,
    AssertionError: "AssertionError" < Exception,
    AttributeError: "AttributeError" < Exception,
    BufferError: "BufferError" < Exception,
    EOFError: "EOFError" < Exception,
    ExceptionGroup: "ExceptionGroup" < BaseExceptionGroup,
    ImportError: "ImportError" < Exception,
    ModuleNotFoundError: "ModuleNotFoundError" < ImportError,
    LookupError: "LookupError" < Exception,
    IndexError: "IndexError" < LookupError,
    KeyError: "KeyError" < LookupError,
    MemoryError: "MemoryError" < Exception,
    NameError: "NameError" < Exception,
    UnboundLocalError: "UnboundLocalError" < NameError,
    OSError: "OSError" < Exception,
    BlockingIOError: "BlockingIOError" < OSError,
    ChildProcessError: "ChildProcessError" < OSError,
    ConnectionError: "ConnectionError" < OSError,
    BrokenPipeError: "BrokenPipeError" < ConnectionError,
    ConnectionAbortedError: "ConnectionAbortedError" < ConnectionError,
    ConnectionRefusedError: "ConnectionRefusedError" < ConnectionError,
    ConnectionResetError: "ConnectionResetError" < ConnectionError,
    FileExistsError: "FileExistsError" < OSError,
    FileNotFoundError: "FileNotFoundError" < OSError,
    InterruptedError: "InterruptedError" < OSError,
    IsADirectoryError: "IsADirectoryError" < OSError,
    NotADirectoryError: "NotADirectoryError" < OSError,
    PermissionError: "PermissionError" < OSError,
    ProcessLookupError: "ProcessLookupError" < OSError,
    TimeoutError: "TimeoutError" < OSError,
    ReferenceError: "ReferenceError" < Exception,
    RuntimeError: "RuntimeError" < Exception,
    NotImplementedError: "NotImplementedError" < RuntimeError,
    RecursionError: "RecursionError" < RuntimeError,
    StopAsyncIteration: "StopAsyncIteration" < Exception,
    StopIteration: "StopIteration" < Exception,
    SyntaxError: "SyntaxError" < Exception,
    IndentationError: "IndentationError" < SyntaxError,
    TabError: "TabError" < IndentationError,
    SystemError: "SystemError" < Exception,
    TypeError: "TypeError" < Exception,
    ValueError: "ValueError" < Exception,
    UnicodeError: "UnicodeError" < ValueError,
    UnicodeDecodeError: "UnicodeDecodeError" < UnicodeError,
    UnicodeEncodeError: "UnicodeEncodeError" < UnicodeError,
    UnicodeTranslateError: "UnicodeTranslateError" < UnicodeError,
    Warning: "Warning" < Exception,
    BytesWarning: "BytesWarning" < Warning,
    DeprecationWarning: "DeprecationWarning" < Warning,
    EncodingWarning: "EncodingWarning" < Warning,
    FutureWarning: "FutureWarning" < Warning,
    ImportWarning: "ImportWarning" < Warning,
    PendingDeprecationWarning: "PendingDeprecationWarning" < Warning,
    ResourceWarning: "ResourceWarning" < Warning,
    RuntimeWarning: "RuntimeWarning" < Warning,
    SyntaxWarning: "SyntaxWarning" < Warning,
    UnicodeWarning: "UnicodeWarning" < Warning,
    UserWarning: "UserWarning" < Warning,
}

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicUsize = AtomicUsize::new(0);
static EXC_TYPES: [AtomicUsize; Exc::Count as usize] = [ZERO; Exc::Count as usize];

#[inline]
pub fn exc_type(e: Exc) -> Value {
    Value(EXC_TYPES[e as usize].load(Ordering::Relaxed))
}
pub fn set_exc_type(i: usize, v: Value) {
    EXC_TYPES[i].store(v.0, Ordering::Relaxed);
}
pub fn visit_exc_types(t: &mut ferrite_gc::Tracer) {
    for s in EXC_TYPES.iter() {
        t.visit(s.as_ptr());
    }
}

/// A fresh exception instance of class `cls` with `args`.
pub fn new_exc_obj(cls: Value, args: Value) -> Value {
    new_obj::<ExcObject>(cls, |o| {
        o.args = args;
        o.suppress_context = py_bool(false);
    })
}

#[inline]
pub fn exc_obj<'a>(e: Value) -> &'a mut ExcObject {
    obj::<ExcObject>(e)
}

pub fn is_exception(v: Value) -> bool {
    v.is_ptr() && crate::object::layout_of(v) == Layout::Exception
}

/// An exception of builtin type `t` with a single message argument.
pub fn new_exc(t: Exc, msg: &str) -> PyErr {
    let args = new_tuple(&[new_str(msg)]);
    PyErr(new_exc_obj(exc_type(t), args))
}

pub fn new_exc_args(t: Exc, args: &[Value]) -> PyErr {
    let a = new_tuple(args);
    PyErr(new_exc_obj(exc_type(t), a))
}

pub fn type_error(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::TypeError, msg.as_ref())
}
pub fn value_error(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::ValueError, msg.as_ref())
}
pub fn index_error(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::IndexError, msg.as_ref())
}
pub fn attribute_error(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::AttributeError, msg.as_ref())
}
pub fn runtime_error(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::RuntimeError, msg.as_ref())
}
pub fn zero_division(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::ZeroDivisionError, msg.as_ref())
}
pub fn overflow_error(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::OverflowError, msg.as_ref())
}
pub fn name_error(msg: impl AsRef<str>) -> PyErr {
    new_exc(Exc::NameError, msg.as_ref())
}
/// KeyError carries the key itself.
pub fn key_error(key: Value) -> PyErr {
    new_exc_args(Exc::KeyError, &[key])
}
pub fn stop_iteration(value: Value) -> PyErr {
    let e = if value.is_null() || value == none() {
        new_exc_args(Exc::StopIteration, &[])
    } else {
        new_exc_args(Exc::StopIteration, &[value])
    };
    exc_obj(e.0).extra1 = if value.is_null() { none() } else { value };
    e
}
/// A feature Ferrite does not have yet: a clear Python exception naming it.
pub fn not_supported(what: &str) -> PyErr {
    new_exc(
        Exc::NotImplementedError,
        &format!("ferrite does not support {what} yet"),
    )
}

/// Does exception instance `e` match exception class `t` (isinstance)?
pub fn exc_matches(e: Value, t: Value) -> bool {
    crate::types::is_subtype(type_of(e), t)
}

/// Name of the exception's class.
pub fn exc_type_name(e: Value) -> String {
    crate::objects::str::str_of(as_type(type_of(e)).name).to_string()
}
