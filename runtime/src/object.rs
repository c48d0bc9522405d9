//! The object layer: heap layouts, the builtin-type registry, singletons and allocation.
//!
//! Every heap object is a `#[repr(C)]` struct that starts with the collector's `Header`. Its
//! class pointer is a `TypeObject`, which stores (at the collector's KIND_OFFSET) the `Kind`
//! telling the collector how big its instances are and where their references live, and a
//! `Layout` telling the runtime which Rust struct they are. Type objects never move (they are
//! allocated in the old generation) so the JIT can guard on their address.

use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Which Rust struct an object is. Subclasses of a builtin share its layout (see instance.rs
/// for how user subclasses of list/int/... keep their builtin value).
#[repr(u8)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Layout {
    Int,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    Type,
    Instance,
    Exception,
    Function,
    BuiltinFunction,
    MethodDescriptor,
    BoundMethod,
    Code,
    Cell,
    Module,
    Frame,
    Traceback,
    Generator,
    Range,
    Slice,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    Iter,
    Map,
    Singleton,
    GetSet,
    MemberDescr,
    /// Rust state behind a native type (objects/native.rs)
    Native,
    Other,
}

/// A type object. Instances of `type` and of metaclasses have this layout.
#[repr(C)]
pub struct TypeObject {
    pub header: Header,
    /// Read by the collector (must sit at KIND_OFFSET).
    pub instance_kind: &'static Kind,
    pub layout: Layout,
    pub flags: u32,
    /// Bumped (from a global counter) whenever this type or a base is mutated; inline caches and
    /// traces compare it.
    pub version: AtomicUsize,
    pub name: Value,
    pub qualname: Value,
    pub base: Value,
    pub bases: Value,
    pub mro: Value,
    pub dict: Value,
    /// list of direct subclasses (so a mutation can invalidate their versions too)
    pub subclasses: Value,
    /// `__slots__` names of this class (tuple) or NULL
    pub slot_names: Value,
    /// number of slot entries that instances of this type reserve for `__slots__`
    pub n_slots: usize,
    /// inline attribute slots new instances reserve: the most attributes an instance of this
    /// type has gained so far (objects/instance.rs)
    pub attr_hint: AtomicUsize,
}

pub mod type_flags {
    /// Instances can carry attributes (have a map or `__dict__`).
    pub const HAS_DICT: u32 = 1;
    /// A heap type (created by a class statement): mutable attributes.
    pub const HEAP_TYPE: u32 = 2;
    /// May be subclassed.
    pub const BASETYPE: u32 = 4;
    /// `__getattribute__` overridden in Python.
    pub const CUSTOM_GETATTRIBUTE: u32 = 8;
    /// `__getattr__` defined.
    pub const HAS_GETATTR: u32 = 16;
    /// `__setattr__`/`__delattr__` overridden.
    pub const CUSTOM_SETATTR: u32 = 32;
    /// Subclass of BaseException.
    pub const EXCEPTION: u32 = 64;
    /// Abstract methods present: instantiation fails.
    pub const ABSTRACT: u32 = 128;
    /// Some instance of this exact type may hold, in its own dict, an attribute that shadows
    /// a class attribute (a method), or its dict was exposed through `__dict__`. Until then
    /// a method call on an instance need not look in the instance dict.
    pub const INSTANCE_SHADOWS: u32 = 256;
    /// Instances match sequence patterns (CPython's Py_TPFLAGS_SEQUENCE).
    pub const SEQUENCE: u32 = 512;
    /// Instances match mapping patterns (CPython's Py_TPFLAGS_MAPPING).
    pub const MAPPING: u32 = 1024;
    /// Both pattern-matching flags.
    pub const COLLECTION: u32 = SEQUENCE | MAPPING;
    /// `__del__` defined: new instances register with the collector's finalizers.
    pub const HAS_DEL: u32 = 2048;
}

/// Records that instances of `t` may shadow class attributes (see INSTANCE_SHADOWS).
#[inline]
pub fn note_instance_shadowing(t: Value) {
    let tt = as_type(t);
    if tt.flags & type_flags::INSTANCE_SHADOWS == 0 {
        tt.flags |= type_flags::INSTANCE_SHADOWS;
    }
}

unsafe fn type_size(_: *const Header) -> usize {
    std::mem::size_of::<TypeObject>()
}
unsafe fn type_trace(h: *mut Header, t: &mut Tracer) {
    let o = &mut *(h as *mut TypeObject);
    for v in [
        &mut o.name,
        &mut o.qualname,
        &mut o.base,
        &mut o.bases,
        &mut o.mro,
        &mut o.dict,
        &mut o.subclasses,
        &mut o.slot_names,
    ] {
        t.visit(Value::slot(v));
    }
}
pub static TYPE_KIND: Kind = Kind {
    name: "type",
    size: type_size,
    trace: type_trace,
    drop: None,
};

/// Builtin types, indexed for O(1) access from Rust.
#[repr(usize)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum BT {
    Object,
    Type,
    Int,
    Bool,
    Float,
    Complex,
    Str,
    Bytes,
    ByteArray,
    Tuple,
    List,
    Dict,
    Set,
    FrozenSet,
    NoneType,
    NotImplementedType,
    Ellipsis,
    Function,
    BuiltinFunction,
    MethodDescriptor,
    ClassMethodDescriptor,
    BoundMethod,
    Code,
    Cell,
    Module,
    Frame,
    Traceback,
    Generator,
    Coroutine,
    AsyncGenerator,
    CoroutineWrapper,
    AsyncGenASend,
    Range,
    Slice,
    Property,
    ClassMethod,
    StaticMethod,
    Super,
    GetSetDescriptor,
    MemberDescriptor,
    Map,
    // iterators
    ListIter,
    ListRevIter,
    TupleIter,
    StrIter,
    BytesIter,
    RangeIter,
    DictKeyIter,
    DictValueIter,
    DictItemIter,
    DictRevKeyIter,
    SetIter,
    SeqIter,
    CallableIter,
    Enumerate,
    Zip,
    MapIter,
    Filter,
    Reversed,
    DictKeys,
    DictValues,
    DictItems,
    MappingProxy,
    // exceptions are created in exceptions.rs; their types live in a separate table
    Count,
}

pub const N_BUILTIN_TYPES: usize = BT::Count as usize;

#[allow(clippy::declare_interior_mutable_const)]
const ZERO: AtomicUsize = AtomicUsize::new(0);
static BUILTIN_TYPES: [AtomicUsize; N_BUILTIN_TYPES] = [ZERO; N_BUILTIN_TYPES];

/// The builtin type object `t`.
#[inline]
pub fn bt(t: BT) -> Value {
    Value(BUILTIN_TYPES[t as usize].load(Ordering::Relaxed))
}
pub fn set_bt(t: BT, v: Value) {
    BUILTIN_TYPES[t as usize].store(v.0, Ordering::Relaxed);
}
pub fn visit_builtin_types(tr: &mut Tracer) {
    for slot in BUILTIN_TYPES.iter() {
        tr.visit(slot.as_ptr());
    }
}

/// Immortal singletons.
#[repr(usize)]
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Singleton {
    None,
    True,
    False,
    NotImplemented,
    Ellipsis,
    EmptyTuple,
    EmptyStr,
    Count,
}
static SINGLETONS: [AtomicUsize; Singleton::Count as usize] = [ZERO; Singleton::Count as usize];
#[inline]
pub fn singleton(s: Singleton) -> Value {
    Value(SINGLETONS[s as usize].load(Ordering::Relaxed))
}
pub fn set_singleton(s: Singleton, v: Value) {
    SINGLETONS[s as usize].store(v.0, Ordering::Relaxed);
}
pub fn visit_singletons(tr: &mut Tracer) {
    for slot in SINGLETONS.iter() {
        tr.visit(slot.as_ptr());
    }
}
#[inline]
pub fn none() -> Value {
    singleton(Singleton::None)
}
#[inline]
pub fn py_true() -> Value {
    singleton(Singleton::True)
}
#[inline]
pub fn py_false() -> Value {
    singleton(Singleton::False)
}
#[inline]
pub fn py_bool(b: bool) -> Value {
    if b {
        py_true()
    } else {
        py_false()
    }
}
#[inline]
pub fn not_implemented() -> Value {
    singleton(Singleton::NotImplemented)
}

/// The type object of any value.
#[inline]
pub fn type_of(v: Value) -> Value {
    if v.is_small_int() {
        bt(BT::Int)
    } else {
        // SAFETY: a non-small, non-null Value points at a live object's header.
        Value(unsafe { (*v.ptr()).class.load(Ordering::Relaxed) })
    }
}

/// The type object behind a type Value.
#[inline]
pub fn as_type<'a>(t: Value) -> &'a mut TypeObject {
    // SAFETY: callers pass values whose layout is Type (checked by `is_type` where not known).
    unsafe { &mut *(t.ptr() as *mut TypeObject) }
}

#[inline]
pub fn layout_of(v: Value) -> Layout {
    if v.is_small_int() {
        Layout::Int
    } else {
        as_type(type_of(v)).layout
    }
}

#[inline]
pub fn is_type(v: Value) -> bool {
    v.is_ptr() && layout_of(v) == Layout::Type
}

/// Reinterprets a heap value as its layout struct. The caller checked the layout.
#[inline]
pub fn obj<'a, T>(v: Value) -> &'a mut T {
    debug_assert!(v.is_ptr());
    // SAFETY: the caller checked `layout_of(v)` matches `T`; objects pinned by the conservative
    // stack scan (the Value is on this thread's stack) do not move while the reference lives.
    unsafe { &mut *(v.ptr() as *mut T) }
}

/// Allocates a young object of `size` bytes with class `cls` (body zeroed).
#[inline]
pub fn alloc(cls: Value, size: usize) -> Value {
    Value::from_ptr(ferrite_gc::alloc(cls.ptr(), size))
}

/// Allocates an object that never moves.
pub fn alloc_old(cls: Value, size: usize) -> Value {
    Value::from_ptr(ferrite_gc::alloc_old(cls.ptr(), size))
}

/// Records that a reference was stored into `obj` (generational write barrier).
#[inline]
pub fn write_barrier(obj: Value) {
    if obj.is_ptr() {
        // SAFETY: obj is a live heap object.
        let bits = unsafe { (*obj.ptr()).bits.load(Ordering::Relaxed) };
        if bits & ferrite_gc::BARRIER_BIT != 0 {
            ferrite_gc::write_barrier(obj.ptr());
        }
    }
}

/// Allocates a fixed-size object of layout struct `T` and class `cls`, initialised by `init`.
#[inline]
pub fn new_obj<T>(cls: Value, init: impl FnOnce(&mut T)) -> Value {
    let v = alloc(cls, std::mem::size_of::<T>());
    init(obj::<T>(v));
    v
}

/// Declares a `Kind` for a fixed-size struct whose reference fields are listed.
#[macro_export]
macro_rules! fixed_kind {
    ($kind:ident, $name:literal, $ty:ty, [$($field:ident),*]) => {
        pub static $kind: ferrite_gc::Kind = {
            unsafe fn size(_: *const ferrite_gc::Header) -> usize { std::mem::size_of::<$ty>() }
            #[allow(unused_variables)]
            unsafe fn trace(h: *mut ferrite_gc::Header, t: &mut ferrite_gc::Tracer) {
                // SAFETY: the collector only traces objects of this kind.
                let o = unsafe { &mut *(h as *mut $ty) };
                $( t.visit($crate::value::Value::slot(&mut o.$field)); )*
            }
            ferrite_gc::Kind { name: $name, size, trace, drop: None }
        };
    };
}
