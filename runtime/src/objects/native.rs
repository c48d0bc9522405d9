//! Objects whose state is Rust data: what a C extension type is in CPython (`_random.Random`,
//! `_sre.SRE_Pattern`, `_collections.deque`...). The object holds a `Box<dyn NativeData>`; the
//! collector traces the Values inside it through `NativeData::trace` and drops the box when the
//! object dies.
//!
//! A user subclass of a native type gets ordinary instances (`Layout::Instance`) whose
//! `base_value` is the native object, exactly as for subclasses of `list` or `int`:
//! `native_mut` looks through that wrapper.
//!
//! Rules for native code: a `&mut T` from `native_mut` must not be held across a call back into
//! Python (the callee may reach the same object); after storing a Value into the data, call
//! `write_barrier` on the object (the generational barrier sees only heap stores).

use crate::object::*;
use crate::objects::dict::dict_set_str;
use crate::objects::str::new_str;
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};
use std::any::Any;

/// Rust state of a native object.
pub trait NativeData: Any + Send {
    /// Visits every Value this data holds (with `Tracer::visit` on its slot), since the
    /// collector moves objects. Must not allocate.
    fn trace(&mut self, _t: &mut Tracer) {}
}

#[repr(C)]
pub struct NativeObject {
    pub header: Header,
    data: Option<Box<dyn NativeData>>,
}

unsafe fn native_size(_h: *const Header) -> usize {
    std::mem::size_of::<NativeObject>()
}
unsafe fn native_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a NativeObject it owns exclusively during tracing.
    let o = unsafe { &mut *(h as *mut NativeObject) };
    if let Some(d) = o.data.as_mut() {
        d.trace(t);
    }
}
unsafe fn native_drop(h: *mut Header) {
    // SAFETY: called once, when the object is dead; taking the box frees the Rust state.
    let o = unsafe { &mut *(h as *mut NativeObject) };
    drop(o.data.take());
}

pub static NATIVE_KIND: Kind = Kind {
    name: "native",
    size: native_size,
    trace: native_trace,
    drop: Some(native_drop),
};

/// Native types never die (like builtin types): they are roots.
static NATIVE_TYPES: std::sync::Mutex<Vec<usize>> = std::sync::Mutex::new(Vec::new());

pub fn visit_roots(t: &mut Tracer) {
    let mut types = NATIVE_TYPES.lock().unwrap();
    for slot in types.iter_mut() {
        t.visit(slot as *mut usize);
    }
}

/// Creates a native type `module.name` whose instances are native objects. `base` is its base
/// type (NULL for object). `subclassable` lets Python classes derive from it.
pub fn new_native_type(module: &str, name: &str, base: Value, subclassable: bool) -> Value {
    let flags = if subclassable {
        type_flags::BASETYPE
    } else {
        0
    };
    let t = crate::types::alloc_type(bt(BT::Type), name, Layout::Native, &NATIVE_KIND, flags);
    NATIVE_TYPES.lock().unwrap().push(t.0);
    let base = if base.is_null() { bt(BT::Object) } else { base };
    crate::types::set_single_base(t, base);
    let m = new_str(module);
    dict_set_str(as_type(t).dict, "__module__", m);
    t
}

/// A new native object of native type `t` holding `data`.
pub fn new_native<T: NativeData>(t: Value, data: T) -> Value {
    let v = alloc(t, std::mem::size_of::<NativeObject>());
    let o = obj::<NativeObject>(v);
    // SAFETY: freshly allocated zeroed memory: `data` is written in place without dropping the
    // (all-zero, i.e. None) previous value.
    unsafe { std::ptr::write(&mut o.data, Some(Box::new(data))) };
    v
}

/// `t.__new__(cls)` for native type `t`: a native object when `cls` is `t`, else an instance
/// of the Python subclass `cls` wrapping one.
pub fn new_native_for<T: NativeData>(cls: Value, t: Value, data: T) -> Value {
    let n = new_native(t, data);
    if cls == t {
        n
    } else {
        crate::methods::new_subclass_instance(cls, n)
    }
}

/// The native object behind `v` (itself, or what a subclass instance wraps), if any.
pub fn native_object(v: Value) -> Option<Value> {
    if !v.is_ptr() {
        return None;
    }
    let b = crate::methods::builtin_value(v);
    (b.is_ptr() && layout_of(b) == Layout::Native).then_some(b)
}

/// The Rust data of `v` as a `T` (looking through subclass instances); None if `v` is not a
/// native object holding a `T`. See the module comment for the aliasing rule.
pub fn native_mut<T: NativeData>(v: Value) -> Option<&'static mut T> {
    let b = native_object(v)?;
    let d = obj::<NativeObject>(b).data.as_mut()?;
    let any: &mut dyn Any = d.as_mut();
    any.downcast_mut::<T>()
}

/// Is `v` (or what it wraps) an instance of native type `t` or a subclass?
pub fn is_native_instance(v: Value, t: Value) -> bool {
    v.is_ptr() && crate::types::is_subtype(type_of(v), t)
}
