//! Start-up of the object model: creates the builtin types (type and object first, with the
//! cycle type->type), the singletons and the exception hierarchy, installs every builtin type's
//! methods, and registers the collector's root scanner.

use crate::errors::*;
use crate::object::*;
use crate::objects::dict::DICT_KIND;
use crate::types::{alloc_type, set_single_base};
use crate::value::Value;
use ferrite_gc::Kind;
use std::sync::atomic::Ordering;

/// Extra roots owned by higher layers (the interpreter's frames and module table).
static EXTRA_ROOTS: std::sync::OnceLock<fn(&mut ferrite_gc::Tracer)> = std::sync::OnceLock::new();
pub fn set_extra_roots(f: fn(&mut ferrite_gc::Tracer)) {
    let _ = EXTRA_ROOTS.set(f);
}

/// Values kept for the life of the process (types made by built-in modules...).
static PERMANENT: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

/// Keeps `v` alive for the rest of the process. Only the collector's own copy is updated if
/// `v` moves: callers that keep `v` elsewhere must pass objects that never move (types).
pub fn root_forever(v: Value) {
    PERMANENT.lock().unwrap().push(v.0);
}

fn scan_roots(t: &mut ferrite_gc::Tracer) {
    for slot in PERMANENT.lock().unwrap().iter_mut() {
        t.visit(slot as *mut usize);
    }
    visit_builtin_types(t);
    visit_singletons(t);
    visit_exc_types(t);
    crate::intern::visit_interned(t);
    crate::objects::str::visit_char_cache(t);
    crate::methods::alias::visit_roots(t);
    crate::methods::memoryview::visit_roots(t);
    crate::objects::native::visit_roots(t);
    crate::objects::weakref::visit_roots(t);
    crate::methods::module::visit_roots(t);
    crate::methods::bytes::visit_roots(t);
    crate::methods::codecs::visit_roots(t);
    crate::types::visit_lookup_cache(t);
    if let Some(f) = EXTRA_ROOTS.get() {
        f(t);
    }
}

static INIT_DONE: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);
static INIT_LOCK: std::sync::Mutex<()> = std::sync::Mutex::new(());

/// Initialises the runtime once per process. A thread that finds another one initialising
/// waits in a GC safe region: the initialiser allocates and may need to stop the world.
pub fn init() {
    if INIT_DONE.load(Ordering::Acquire) {
        return;
    }
    let _guard = ferrite_gc::blocking(|| INIT_LOCK.lock().unwrap_or_else(|e| e.into_inner()));
    if !INIT_DONE.load(Ordering::Acquire) {
        init_inner();
        INIT_DONE.store(true, Ordering::Release);
    }
}

fn init_inner() {
    ferrite_gc::set_root_scanner(scan_roots);
    // The first objects (names and dicts of `type` and `object`) are allocated before their
    // classes exist; no collection may look at them until they are repaired below.
    let was_enabled = ferrite_gc::is_enabled();
    ferrite_gc::disable();
    use crate::objects::*;
    // type and object
    let ty = alloc_type(
        Value::NULL,
        "type",
        Layout::Type,
        &TYPE_KIND,
        type_flags::BASETYPE,
    );
    // SAFETY: ty is a fresh, live type object; its class is itself.
    unsafe { (*ty.ptr()).class.store(ty.0, Ordering::Relaxed) };
    set_bt(BT::Type, ty);
    let object = alloc_type(
        ty,
        "object",
        Layout::Instance,
        &instance::INSTANCE_KIND,
        type_flags::BASETYPE,
    );
    set_bt(BT::Object, object);
    set_single_base(object, Value::NULL);
    set_single_base(ty, object);
    // the dicts/names of type and object were allocated before `str`/`dict` types existed:
    // fix up their classes once those exist (below).
    let table: &[(BT, &str, Layout, &'static Kind, bool)] = &[
        (BT::Int, "int", Layout::Int, &int::INT_KIND, true),
        (BT::Bool, "bool", Layout::Int, &int::INT_KIND, false),
        (BT::Float, "float", Layout::Float, &float::FLOAT_KIND, true),
        (
            BT::Complex,
            "complex",
            Layout::Complex,
            &float::FLOAT_KIND,
            true,
        ),
        (BT::Str, "str", Layout::Str, &str::STR_KIND, true),
        (
            BT::Bytes,
            "bytes",
            Layout::Bytes,
            &crate::methods::bytes::BYTES_KIND,
            true,
        ),
        (
            BT::ByteArray,
            "bytearray",
            Layout::ByteArray,
            &crate::methods::bytes::BYTES_KIND,
            true,
        ),
        (BT::Tuple, "tuple", Layout::Tuple, &tuple::TUPLE_KIND, true),
        (BT::List, "list", Layout::List, &list::LIST_KIND, true),
        (BT::Dict, "dict", Layout::Dict, &DICT_KIND, true),
        (BT::Set, "set", Layout::Set, &set::SET_KIND, true),
        (
            BT::FrozenSet,
            "frozenset",
            Layout::Set,
            &set::SET_KIND,
            true,
        ),
        (
            BT::NoneType,
            "NoneType",
            Layout::Singleton,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::NotImplementedType,
            "NotImplementedType",
            Layout::Singleton,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::Ellipsis,
            "ellipsis",
            Layout::Singleton,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::Function,
            "function",
            Layout::Function,
            &function::FUNCTION_KIND,
            false,
        ),
        (
            BT::BuiltinFunction,
            "builtin_function_or_method",
            Layout::BuiltinFunction,
            &function::BUILTIN_FUNCTION_KIND,
            false,
        ),
        (
            BT::MethodDescriptor,
            "method_descriptor",
            Layout::MethodDescriptor,
            &function::METHOD_DESCR_KIND,
            false,
        ),
        (
            BT::ClassMethodDescriptor,
            "classmethod_descriptor",
            Layout::MethodDescriptor,
            &function::METHOD_DESCR_KIND,
            false,
        ),
        (
            BT::BoundMethod,
            "method",
            Layout::BoundMethod,
            &function::BOUND_METHOD_KIND,
            false,
        ),
        (BT::Code, "code", Layout::Code, &function::CODE_KIND, false),
        (BT::Cell, "cell", Layout::Cell, &function::CELL_KIND, false),
        (
            BT::Module,
            "module",
            Layout::Module,
            &function::MODULE_KIND,
            true,
        ),
        (
            BT::Frame,
            "frame",
            Layout::Frame,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::Traceback,
            "traceback",
            Layout::Traceback,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::Generator,
            "generator",
            Layout::Generator,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::Coroutine,
            "coroutine",
            Layout::Generator,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::AsyncGenerator,
            "async_generator",
            Layout::Generator,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::CoroutineWrapper,
            "coroutine_wrapper",
            Layout::Other,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::AsyncGenASend,
            "async_generator_asend",
            Layout::Other,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::Range,
            "range",
            Layout::Range,
            &crate::methods::containers::RANGE_KIND,
            false,
        ),
        (
            BT::Slice,
            "slice",
            Layout::Slice,
            &crate::methods::containers::SLICE_KIND,
            false,
        ),
        (
            BT::Property,
            "property",
            Layout::Property,
            &function::PROPERTY_KIND,
            true,
        ),
        (
            BT::ClassMethod,
            "classmethod",
            Layout::ClassMethod,
            &function::WRAPPER_KIND,
            true,
        ),
        (
            BT::StaticMethod,
            "staticmethod",
            Layout::StaticMethod,
            &function::WRAPPER_KIND,
            true,
        ),
        (BT::Super, "super", Layout::Super, &super_::SUPER_KIND, true),
        (
            BT::GetSetDescriptor,
            "getset_descriptor",
            Layout::GetSet,
            &crate::descr::GETSET_KIND,
            false,
        ),
        (
            BT::MemberDescriptor,
            "member_descriptor",
            Layout::MemberDescr,
            &crate::descr::MEMBER_KIND,
            false,
        ),
        (
            BT::Map,
            "map_internal",
            Layout::Map,
            &instance::INSTANCE_KIND,
            false,
        ),
        (
            BT::ListIter,
            "list_iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::ListRevIter,
            "list_reverseiterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::TupleIter,
            "tuple_iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::StrIter,
            "str_ascii_iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::BytesIter,
            "bytes_iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::RangeIter,
            "range_iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::DictKeyIter,
            "dict_keyiterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::DictValueIter,
            "dict_valueiterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::DictItemIter,
            "dict_itemiterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::DictRevKeyIter,
            "dict_reversekeyiterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::SetIter,
            "set_iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::SeqIter,
            "iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::CallableIter,
            "callable_iterator",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::Enumerate,
            "enumerate",
            Layout::Iter,
            &iter::ITER_KIND,
            true,
        ),
        (BT::Zip, "zip", Layout::Iter, &iter::ITER_KIND, true),
        (BT::MapIter, "map", Layout::Iter, &iter::ITER_KIND, true),
        (BT::Filter, "filter", Layout::Iter, &iter::ITER_KIND, true),
        (
            BT::Reversed,
            "reversed",
            Layout::Iter,
            &iter::ITER_KIND,
            true,
        ),
        (
            BT::DictKeys,
            "dict_keys",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::DictValues,
            "dict_values",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::DictItems,
            "dict_items",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
        (
            BT::MappingProxy,
            "mappingproxy",
            Layout::Iter,
            &iter::ITER_KIND,
            false,
        ),
    ];
    // str and dict must exist before any other type gets its name/dict: create their type
    // objects first with placeholder names, then everything else.
    for &(b, name, layout, kind, base_ok) in table {
        let flags = if base_ok { type_flags::BASETYPE } else { 0 };
        let t = alloc_type(ty, name, layout, kind, flags);
        set_bt(b, t);
    }
    // Objects allocated before their class existed (names and dicts of the first types) got a
    // NULL class: repair them now.
    fn fix_class(v: Value, cls: Value) {
        if v.is_ptr() {
            // SAFETY: v is a live object allocated by alloc_type.
            unsafe {
                let h = &(*v.ptr()).class;
                if h.load(Ordering::Relaxed) == 0 {
                    h.store(cls.0, Ordering::Relaxed);
                }
            }
        }
    }
    for b in 0..N_BUILTIN_TYPES {
        // SAFETY: index within range of the enum.
        let t = bt(unsafe { std::mem::transmute::<usize, BT>(b) });
        if t.is_null() {
            continue;
        }
        fix_class(as_type(t).name, bt(BT::Str));
        fix_class(as_type(t).qualname, bt(BT::Str));
        fix_class(as_type(t).dict, bt(BT::Dict));
        fix_class(as_type(t).subclasses, bt(BT::List));
        fix_class(as_type(t).bases, bt(BT::Tuple));
        fix_class(as_type(t).mro, bt(BT::Tuple));
    }
    for &(b, _, _, _, _) in table {
        let base = if b == BT::Bool { bt(BT::Int) } else { object };
        set_single_base(bt(b), base);
    }
    for (b, f) in [
        (BT::List, type_flags::SEQUENCE),
        (BT::Tuple, type_flags::SEQUENCE),
        (BT::Range, type_flags::SEQUENCE),
        (BT::Dict, type_flags::MAPPING),
        (BT::MappingProxy, type_flags::MAPPING),
    ] {
        as_type(bt(b)).flags |= f;
    }
    // singletons
    let mk_single = |t: BT| {
        alloc_old(
            bt(t),
            std::mem::size_of::<crate::objects::instance::InstanceObject>(),
        )
    };
    set_singleton(Singleton::None, mk_single(BT::NoneType));
    set_singleton(Singleton::NotImplemented, mk_single(BT::NotImplementedType));
    set_singleton(Singleton::Ellipsis, mk_single(BT::Ellipsis));
    for (s, v) in [(Singleton::True, 1), (Singleton::False, 0)] {
        let b = alloc_old(bt(BT::Bool), std::mem::size_of::<int::IntObject>());
        // SAFETY: fresh zeroed object; write the BigInt in place.
        unsafe {
            std::ptr::write(
                &mut obj::<int::IntObject>(b).value,
                num_bigint::BigInt::from(v),
            )
        };
        set_singleton(s, b);
    }
    let et = alloc_old(bt(BT::Tuple), std::mem::size_of::<tuple::TupleObject>());
    set_singleton(Singleton::EmptyTuple, et);
    let es = crate::intern::intern("");
    set_singleton(Singleton::EmptyStr, es);
    // exceptions
    for (i, &(name, base)) in EXC_TABLE.iter().enumerate() {
        let t = alloc_type(
            ty,
            name,
            Layout::Exception,
            &EXC_KIND,
            type_flags::BASETYPE | type_flags::EXCEPTION | type_flags::HAS_DICT,
        );
        set_exc_type(i, t);
        if i == 0 {
            set_single_base(t, object);
        } else {
            set_single_base(t, exc_type(base));
        }
    }
    if was_enabled {
        ferrite_gc::enable();
    }
    // ExceptionGroup derives from both BaseExceptionGroup and Exception
    {
        let eg = exc_type(Exc::ExceptionGroup);
        let bases = [exc_type(Exc::BaseExceptionGroup), exc_type(Exc::Exception)];
        let bt_ = crate::objects::tuple::new_tuple(&bases);
        as_type(eg).bases = bt_;
        write_barrier(eg);
        if let Ok(m) = crate::types::c3_mro(eg, &bases) {
            let mt = crate::objects::tuple::new_tuple(&m);
            as_type(eg).mro = mt;
            write_barrier(eg);
        }
        crate::objects::list::list_push(as_type(exc_type(Exc::Exception)).subclasses, eg);
    }
    crate::methods::init_all();
    crate::types::clear_lookup_cache();
    // every builtin type's __module__ is builtins; flags derived from dicts
    for b in 0..N_BUILTIN_TYPES {
        // SAFETY: index within range of the enum.
        let t = bt(unsafe { std::mem::transmute::<usize, BT>(b) });
        crate::types::refresh_flags(t);
    }
}
