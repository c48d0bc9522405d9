//! The `_abc` module: the C half of `abc.ABCMeta` (what CPython writes in Modules/_abc.c).
//!
//! Every ABC gets an `_abc_impl` object (`_abc._abc_data`) holding its registry of virtual
//! subclasses, its cache of known subclasses and its negative cache with the invalidation
//! counter value it is valid for. The three sets hold weak references, as CPython's do; since
//! every member is a class and classes never move, a set is keyed by the class's address and
//! maps it to a weak reference to it: a hit counts only while that reference still points at
//! the class asked about (a dead class leaves a cleared reference, swept out now and then).
//! Membership tests therefore allocate nothing, unlike CPython's, which build a weakref per test.

use crate::support::{data, visit, TypeCell};
use ferrite_gc::{RootedVec, Tracer};
use ferrite_runtime::args::check;
use ferrite_runtime::errors::*;
use ferrite_runtime::intern::intern;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_del, dict_get_str};
use ferrite_runtime::objects::int::{int_to_i64, new_big};
use ferrite_runtime::objects::list::{list_items, list_push, new_list};
use ferrite_runtime::objects::native::{new_native, NativeData};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::objects::weakref;
use ferrite_runtime::ops;
use ferrite_runtime::types::{is_subtype, lookup, lookup_name};
use ferrite_runtime::Value;
use std::collections::HashMap;
use std::hash::{BuildHasherDefault, Hasher};
use std::sync::atomic::{AtomicU64, AtomicUsize, Ordering};

/// CPython's `abc_invalidation_counter`: bumped by every `register`, it invalidates every
/// ABC's negative cache.
static INVALIDATION_COUNTER: AtomicU64 = AtomicU64::new(0);

fn counter() -> u64 {
    INVALIDATION_COUNTER.load(Ordering::Relaxed)
}

/// CPython's values of Py_TPFLAGS_SEQUENCE / Py_TPFLAGS_MAPPING (what `__abc_tpflags__` holds).
const CPY_SEQUENCE: i64 = 1 << 5;
const CPY_MAPPING: i64 = 1 << 6;

// ---------------------------------------------------------------- weak class sets

/// Hashes a class address (aligned, so the low bits carry nothing).
#[derive(Default)]
struct AddrHasher(u64);
impl Hasher for AddrHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        for &b in bytes {
            self.0 = (self.0 ^ b as u64).wrapping_mul(0x100_0000_01b3);
        }
    }
    fn write_usize(&mut self, n: usize) {
        self.0 = ((n as u64) >> 3).wrapping_mul(0x9e37_79b9_7f4a_7c15);
    }
}

/// The class a weak reference of ours points at, or NULL once it died.
fn target(w: Value) -> Value {
    match weakref::referent(w) {
        Ok(Some(v)) => v,
        _ => Value::NULL,
    }
}

/// A set of classes held weakly: class address -> weak reference to the class.
#[derive(Default)]
struct WeakClassSet {
    map: HashMap<usize, Value, BuildHasherDefault<AddrHasher>>,
    /// size at which dead entries are swept out before the next insertion
    sweep_at: usize,
}

impl WeakClassSet {
    fn contains(&self, cls: Value) -> bool {
        match self.map.get(&cls.0) {
            Some(&w) => target(w) == cls,
            None => false,
        }
    }
    /// Adds `cls` with `w`, a fresh weak reference to it.
    fn insert(&mut self, cls: Value, w: Value) {
        if self.map.len() >= self.sweep_at {
            self.map.retain(|_, w| !target(*w).is_null());
            self.sweep_at = (self.map.len() * 2).max(16);
        }
        self.map.insert(cls.0, w);
    }
    fn clear(&mut self) {
        self.map.clear();
    }
    /// The live weak references, rooted.
    fn live_refs(&self) -> RootedVec {
        let mut out = RootedVec::new();
        for &w in self.map.values() {
            if !target(w).is_null() {
                out.push(w.0);
            }
        }
        out
    }
    fn trace(&mut self, t: &mut Tracer) {
        for w in self.map.values_mut() {
            visit(t, w);
        }
    }
}

// ---------------------------------------------------------------- _abc_data

struct AbcData {
    /// weak references to the registered virtual subclasses, in registration order
    registry: Vec<Value>,
    cache: WeakClassSet,
    negative_cache: WeakClassSet,
    negative_cache_version: u64,
}

impl NativeData for AbcData {
    fn trace(&mut self, t: &mut Tracer) {
        for w in self.registry.iter_mut() {
            visit(t, w);
        }
        self.cache.trace(t);
        self.negative_cache.trace(t);
    }
}

static ABC_DATA: TypeCell = TypeCell::new();

fn abc_data_type() -> Value {
    ABC_DATA.get_or_init(|| {
        let t = crate::support::native_type("_abc", "_abc_data", false);
        as_type(t).qualname = ferrite_runtime::objects::str::new_str("_abc_data");
        write_barrier(t);
        t
    })
}

/// `self._abc_impl`, checked to be an `_abc_data` (CPython's `_get_impl`).
fn get_impl(cls: Value) -> PyResult<Value> {
    let name = ABC_IMPL.get();
    // fast path: a class whose metaclass neither customises attribute access nor defines
    // `_abc_impl` itself finds it along its MRO (an `_abc_data` is no descriptor)
    if is_type(cls) {
        let meta = type_of(cls);
        if as_type(meta).flags & (type_flags::CUSTOM_GETATTRIBUTE | type_flags::HAS_GETATTR) == 0
            && lookup_name(meta, name).is_none()
        {
            if let Some(imp) = lookup_name(cls, name) {
                if imp.is_ptr() && type_of(imp) == abc_data_type() {
                    return Ok(imp);
                }
            }
        }
    }
    let imp = ops::getattr(cls, name)?;
    if !(imp.is_ptr() && type_of(imp) == abc_data_type()) {
        return Err(type_error("_abc_impl is set to a wrong type"));
    }
    Ok(imp)
}

fn impl_data(imp: Value) -> &'static mut AbcData {
    // get_impl checked the type
    data::<AbcData>(imp, "_abc._abc_data").expect("_abc_data holds AbcData")
}

/// Adds `cls` (a class) to one of `imp`'s weak sets.
fn add_to(imp: Value, which: WhichSet, cls: Value) -> PyResult<()> {
    let w = weakref::new_ref(cls, Value::NULL)?;
    let d = impl_data(imp);
    match which {
        WhichSet::Registry => {
            if !d.registry.iter().any(|&r| target(r) == cls) {
                d.registry.retain(|&r| !target(r).is_null());
                d.registry.push(w);
            }
        }
        WhichSet::Cache => d.cache.insert(cls, w),
        WhichSet::Negative => d.negative_cache.insert(cls, w),
    }
    write_barrier(imp);
    Ok(())
}

#[derive(Clone, Copy)]
enum WhichSet {
    Registry,
    Cache,
    Negative,
}

// ---------------------------------------------------------------- helpers

/// An interned name, looked up once (interned strings never move nor die).
struct Name(AtomicUsize, &'static str);
impl Name {
    const fn new(s: &'static str) -> Name {
        Name(AtomicUsize::new(0), s)
    }
    fn get(&self) -> Value {
        let v = self.0.load(Ordering::Relaxed);
        if v != 0 {
            return Value(v);
        }
        let v = intern(self.1);
        self.0.store(v.0, Ordering::Relaxed);
        v
    }
}
static ABC_IMPL: Name = Name::new("_abc_impl");

/// `_PyObject_LookupAttr`: the attribute, or None when it raises AttributeError.
fn lookup_attr(o: Value, name: Value) -> PyResult<Option<Value>> {
    match ops::getattr_opt(o, name) {
        Ok(v) => Ok(v),
        Err(e) if exc_matches(e.0, exc_type(Exc::AttributeError)) => Ok(None),
        Err(e) => Err(e),
    }
}

/// `_PyObject_IsAbstract`: a true `__isabstractmethod__`.
fn is_abstract(v: Value) -> PyResult<bool> {
    match lookup_attr(v, intern("__isabstractmethod__"))? {
        Some(f) => ops::truthy(f),
        None => Ok(false),
    }
}

/// `PyObject_IsSubclass(derived, cls)` for a single class `cls`.
fn is_subclass(derived: Value, cls: Value) -> PyResult<bool> {
    if !(cls.is_ptr() && type_of(cls) == bt(BT::Type)) {
        if let Some(m) = lookup(type_of(cls), "__subclasscheck__") {
            let r = ops::call_method_obj(m, cls, &[derived], &[])?;
            return ops::truthy(r);
        }
    } else if derived == cls {
        return Ok(true);
    }
    if !is_type(derived) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    if !is_type(cls) {
        return Err(type_error(
            "issubclass() arg 2 must be a class, a tuple of classes, or a union",
        ));
    }
    Ok(is_subtype(derived, cls))
}

/// `cls.<name>(arg)` (PyObject_CallMethodOneArg).
fn call_method1(o: Value, name: &str, arg: Value) -> PyResult<Value> {
    let f = ops::getattr(o, intern(name))?;
    ops::call(f, &[arg], &[])
}

// ---------------------------------------------------------------- module functions

fn get_cache_token(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_cache_token", a, kw, 0, 0)?;
    Ok(new_big(counter().into()))
}

/// CPython's `compute_abstract_methods`: the abstract names of the class's own namespace, plus
/// those of its bases' `__abstractmethods__` the class still resolves to something abstract.
fn compute_abstract_methods(cls: Value) -> PyResult<()> {
    let abstracts = new_list(&[]);
    // stage 1: direct abstract methods (over a copy of the items: the checks may run code)
    let ns = ops::getattr(cls, intern("__dict__"))?;
    let items = ops::call_method(ns, "items", &[])?;
    let items = ops::call(bt(BT::List), &[items], &[])?;
    let mut i = 0;
    while i < list_items(items).len() {
        let it = list_items(items)[i];
        i += 1;
        let pair = if it.is_ptr() && matches!(layout_of(it), Layout::Tuple | Layout::List) {
            it
        } else {
            return Err(type_error("items() returned item which is not a 2-tuple"));
        };
        let (key, value) = {
            let parts: &[Value] = if layout_of(pair) == Layout::Tuple {
                tuple_items(pair)
            } else {
                list_items(pair)
            };
            if parts.len() != 2 {
                return Err(type_error("items() returned item which size is not 2"));
            }
            (parts[0], parts[1])
        };
        if is_abstract(value)? {
            list_push(abstracts, key);
        }
    }
    // stage 2: inherited abstract methods
    let bases = ops::getattr(cls, intern("__bases__"))?;
    if !(bases.is_ptr() && layout_of(bases) == Layout::Tuple) {
        return Err(type_error("__bases__ is not tuple"));
    }
    let mut b = 0;
    while b < tuple_items(bases).len() {
        let base = tuple_items(bases)[b];
        b += 1;
        let Some(base_abstracts) = lookup_attr(base, intern("__abstractmethods__"))? else {
            continue;
        };
        let iter = ops::iter(base_abstracts)?;
        while let Some(key) = ops::next(iter)? {
            let Some(value) = lookup_attr(cls, key)? else {
                continue;
            };
            if is_abstract(value)? {
                list_push(abstracts, key);
            }
        }
    }
    let fs = ops::call(bt(BT::FrozenSet), &[abstracts], &[])?;
    ops::setattr(cls, intern("__abstractmethods__"), fs)
}

fn abc_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_abc_init", a, kw, 1, 1)?;
    let cls = a[0];
    compute_abstract_methods(cls)?;
    let imp = new_native(
        abc_data_type(),
        AbcData {
            registry: Vec::new(),
            cache: WeakClassSet::default(),
            negative_cache: WeakClassSet::default(),
            negative_cache_version: counter(),
        },
    );
    ops::setattr(cls, ABC_IMPL.get(), imp)?;
    // __abc_tpflags__ (collections.abc.Sequence/Mapping): the pattern-matching flags
    if is_type(cls) {
        let d = as_type(cls).dict;
        if let Some(flags) = dict_get_str(d, "__abc_tpflags__") {
            if flags.is_small_int() || (flags.is_ptr() && type_of(flags) == bt(BT::Int)) {
                let val = int_to_i64(flags).ok_or_else(|| {
                    new_exc(
                        Exc::OverflowError,
                        "Python int too large to convert to C long",
                    )
                })?;
                if val & (CPY_SEQUENCE | CPY_MAPPING) == CPY_SEQUENCE | CPY_MAPPING {
                    return Err(type_error(
                        "__abc_tpflags__ cannot be both Py_TPFLAGS_SEQUENCE and Py_TPFLAGS_MAPPING",
                    ));
                }
                if val & CPY_SEQUENCE != 0 {
                    as_type(cls).flags |= type_flags::SEQUENCE;
                }
                if val & CPY_MAPPING != 0 {
                    as_type(cls).flags |= type_flags::MAPPING;
                }
            }
            dict_del(d, intern("__abc_tpflags__"))?;
            ferrite_runtime::types::invalidate(cls);
        }
    }
    Ok(none())
}

/// Gives `child` and its subclasses the pattern-matching flag `flag` (classes written in Rust
/// keep theirs, as CPython's immutable types do).
fn set_collection_flag_recursive(child: Value, flag: u32) {
    let t = as_type(child);
    if t.flags & type_flags::HEAP_TYPE == 0 || t.flags & type_flags::COLLECTION == flag {
        return;
    }
    t.flags = (t.flags & !type_flags::COLLECTION) | flag;
    let subs = t.subclasses;
    if subs.is_null() {
        return;
    }
    let mut i = 0;
    while i < list_items(subs).len() {
        let s = list_items(subs)[i];
        i += 1;
        if is_type(s) {
            set_collection_flag_recursive(s, flag);
        }
    }
}

fn abc_register(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_abc_register", a, kw, 2, 2)?;
    let (cls, subclass) = (a[0], a[1]);
    if !is_type(subclass) {
        return Err(type_error("Can only register classes"));
    }
    if is_subclass(subclass, cls)? {
        return Ok(subclass); // already a subclass
    }
    // a cycle check after the "already a subclass" one: X.register(X) is a no-op
    if is_subclass(cls, subclass)? {
        return Err(runtime_error("Refusing to create an inheritance cycle"));
    }
    let imp = get_impl(cls)?;
    add_to(imp, WhichSet::Registry, subclass)?;
    INVALIDATION_COUNTER.fetch_add(1, Ordering::Relaxed);
    if is_type(cls) {
        let flag = as_type(cls).flags & type_flags::COLLECTION;
        if flag != 0 {
            set_collection_flag_recursive(subclass, flag);
        }
    }
    Ok(subclass)
}

fn abc_instancecheck(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_abc_instancecheck", a, kw, 2, 2)?;
    let (cls, instance) = (a[0], a[1]);
    let imp = get_impl(cls)?;
    let subclass = ferrite_runtime::types::class_of(instance)?;
    // inline the cache checking
    let d = impl_data(imp);
    if d.cache.contains(subclass) {
        return Ok(py_true());
    }
    let subtype = type_of(instance);
    if subtype == subclass {
        if d.negative_cache_version == counter() && d.negative_cache.contains(subclass) {
            return Ok(py_false());
        }
        // fall back to the subclass check
        return call_method1(cls, "__subclasscheck__", subclass);
    }
    let r = call_method1(cls, "__subclasscheck__", subclass)?;
    if ops::truthy(r)? {
        return Ok(r);
    }
    call_method1(cls, "__subclasscheck__", subtype)
}

fn abc_subclasscheck(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_abc_subclasscheck", a, kw, 2, 2)?;
    let (cls, subclass) = (a[0], a[1]);
    if !is_type(subclass) {
        return Err(type_error("issubclass() arg 1 must be a class"));
    }
    let imp = get_impl(cls)?;
    // 1. the cache
    let d = impl_data(imp);
    if d.cache.contains(subclass) {
        return Ok(py_true());
    }
    // 2. the negative cache, invalidated when a registration happened since it was filled
    let now = counter();
    if d.negative_cache_version < now {
        d.negative_cache.clear();
        d.negative_cache_version = now;
    } else if d.negative_cache.contains(subclass) {
        return Ok(py_false());
    }
    // 3. the subclass hook
    let ok = call_method1(cls, "__subclasshook__", subclass)?;
    if ok == py_true() {
        add_to(imp, WhichSet::Cache, subclass)?;
        return Ok(py_true());
    }
    if ok == py_false() {
        add_to(imp, WhichSet::Negative, subclass)?;
        return Ok(py_false());
    }
    if ok != not_implemented() {
        return Err(new_exc(
            Exc::AssertionError,
            "__subclasshook__ must return either False, True, or NotImplemented",
        ));
    }
    // 4. a direct subclass
    if is_subtype(subclass, cls) {
        add_to(imp, WhichSet::Cache, subclass)?;
        return Ok(py_true());
    }
    // 5. a subclass of a registered class (recursively); a registered class itself is found
    // without being cached, as in CPython
    let registry = {
        let d = impl_data(imp);
        if d.registry.iter().any(|&w| target(w) == subclass) {
            return Ok(py_true());
        }
        let mut snap = RootedVec::new();
        for &w in &d.registry {
            snap.push(w.0);
        }
        snap
    };
    for i in 0..registry.len() {
        let rkey = target(Value(registry.get(i)));
        if rkey.is_null() {
            continue;
        }
        if is_subclass(subclass, rkey)? {
            add_to(imp, WhichSet::Cache, subclass)?;
            return Ok(py_true());
        }
    }
    drop(registry);
    // 6. a subclass of a subclass (recursively)
    let subclasses = ops::call_method(cls, "__subclasses__", &[])?;
    if !(subclasses.is_ptr() && layout_of(subclasses) == Layout::List) {
        return Err(type_error("__subclasses__() must return a list"));
    }
    let mut i = 0;
    while i < list_items(subclasses).len() {
        let scls = list_items(subclasses)[i];
        i += 1;
        if is_subclass(subclass, scls)? {
            add_to(imp, WhichSet::Cache, subclass)?;
            return Ok(py_true());
        }
    }
    // no dice: update the negative cache
    add_to(imp, WhichSet::Negative, subclass)?;
    Ok(py_false())
}

/// A new set holding the weak references of `refs`.
fn set_of(refs: &RootedVec) -> PyResult<Value> {
    let l = new_list(&[]);
    for i in 0..refs.len() {
        list_push(l, Value(refs.get(i)));
    }
    ops::call(bt(BT::Set), &[l], &[])
}

fn get_dump(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_get_dump", a, kw, 1, 1)?;
    let imp = get_impl(a[0])?;
    let (reg, cache, neg, version) = {
        let d = impl_data(imp);
        let mut reg = RootedVec::new();
        for &w in &d.registry {
            if !target(w).is_null() {
                reg.push(w.0);
            }
        }
        (
            reg,
            d.cache.live_refs(),
            d.negative_cache.live_refs(),
            d.negative_cache_version,
        )
    };
    let r = set_of(&reg)?;
    let c = set_of(&cache)?;
    let n = set_of(&neg)?;
    let v = new_big(version.into());
    Ok(new_tuple(&[r, c, n, v]))
}

fn reset_registry(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_reset_registry", a, kw, 1, 1)?;
    let imp = get_impl(a[0])?;
    impl_data(imp).registry.clear();
    Ok(none())
}

fn reset_caches(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_reset_caches", a, kw, 1, 1)?;
    let imp = get_impl(a[0])?;
    let d = impl_data(imp);
    d.cache.clear();
    d.negative_cache.clear();
    Ok(none())
}

pub fn init(d: Value) -> PyResult<()> {
    abc_data_type();
    crate::define_functions(
        d,
        &[
            ("get_cache_token", get_cache_token),
            ("_abc_init", abc_init),
            ("_abc_register", abc_register),
            ("_abc_instancecheck", abc_instancecheck),
            ("_abc_subclasscheck", abc_subclasscheck),
            ("_get_dump", get_dump),
            ("_reset_registry", reset_registry),
            ("_reset_caches", reset_caches),
        ],
    );
    Ok(())
}
