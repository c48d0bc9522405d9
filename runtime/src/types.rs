//! Type objects: creation (builtin and `class` statements), C3 method resolution order,
//! attribute lookup along the MRO, and version tags.
//!
//! Version tags: every type carries a version drawn from a global counter; assigning or deleting
//! a type attribute gives the type and all its subclasses fresh versions. An inline cache keyed
//! by (type, version) therefore stays valid exactly as long as nothing on the MRO changed.

use crate::errors::{type_error, PyResult};
use crate::object::{
    alloc_old, as_type, bt, is_type, obj, type_flags, type_of, write_barrier, Layout, TypeObject,
    BT, TYPE_KIND,
};
use crate::objects::dict::{dict_get_str, dict_set, new_dict, table};
use crate::objects::list::{list_items, new_list};
use crate::objects::str::{new_str, str_of};
use crate::objects::tuple::{new_tuple, tuple_items};
use crate::value::Value;
use ferrite_gc::Kind;
use std::sync::atomic::{AtomicUsize, Ordering};

static VERSIONS: AtomicUsize = AtomicUsize::new(1);
pub fn next_type_version() -> usize {
    VERSIONS.fetch_add(1, Ordering::Relaxed)
}

/// Allocates a bare type object (never moves). `meta` may be NULL during bootstrap.
pub fn alloc_type(
    meta: Value,
    name: &str,
    layout: Layout,
    kind: &'static Kind,
    flags: u32,
) -> Value {
    let t = alloc_old(meta, std::mem::size_of::<TypeObject>());
    let o = obj::<TypeObject>(t);
    // SAFETY: zeroed memory; initialise the non-Value fields in place.
    unsafe {
        std::ptr::write(&mut o.instance_kind, kind);
        std::ptr::write(&mut o.layout, layout);
    }
    o.flags = flags;
    o.version = AtomicUsize::new(next_type_version());
    o.n_slots = 0;
    let nm = new_str(name);
    let o = obj::<TypeObject>(t);
    o.name = nm;
    o.qualname = nm;
    write_barrier(t);
    let d = new_dict();
    obj::<TypeObject>(t).dict = d;
    write_barrier(t);
    let subs = new_list(&[]);
    obj::<TypeObject>(t).subclasses = subs;
    write_barrier(t);
    t
}

/// Sets base/bases/mro of a builtin type with a single base (or none for object).
pub fn set_single_base(t: Value, base: Value) {
    let o = as_type(t);
    if base.is_null() {
        o.bases = new_tuple(&[]);
        write_barrier(t);
        let mro = new_tuple(&[t]);
        as_type(t).mro = mro;
        write_barrier(t);
    } else {
        o.base = base;
        let bases = new_tuple(&[base]);
        as_type(t).bases = bases;
        write_barrier(t);
        let mut m = vec![t];
        m.extend_from_slice(tuple_items(as_type(base).mro));
        let mro = new_tuple(&m);
        as_type(t).mro = mro;
        write_barrier(t);
        crate::objects::list::list_push(as_type(base).subclasses, t);
    }
}

/// Is `a` a subtype of `b` (by MRO)?
pub fn is_subtype(a: Value, b: Value) -> bool {
    if a == b {
        return true;
    }
    let mro = as_type(a).mro;
    if mro.is_null() {
        return false;
    }
    tuple_items(mro).contains(&b)
}

static CLASS_NAME: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// The interned "__class__" (interned strings never move).
fn class_name() -> Value {
    let v = CLASS_NAME.load(Ordering::Relaxed);
    if v != 0 {
        return Value(v);
    }
    let n = crate::intern::intern("__class__");
    CLASS_NAME.store(n.0, Ordering::Relaxed);
    n
}

/// `instance.__class__`: `type(instance)` unless its class overrides `__class__` or attribute
/// access (then the attribute, which may be anything).
pub fn class_of(o: Value) -> PyResult<Value> {
    let t = type_of(o);
    if as_type(t).flags & (type_flags::CUSTOM_GETATTRIBUTE | type_flags::HAS_GETATTR) == 0 {
        let name = class_name();
        let own = lookup_name(t, name);
        if own.is_some() && own == lookup_name(bt(BT::Object), name) {
            return Ok(t);
        }
    }
    crate::ops::getattr(o, class_name())
}

/// CPython's `object_isinstance` for class `cls`: the type, else a `__class__` attribute
/// differing from it (proxies), AttributeError counting as no.
pub fn object_isinstance(o: Value, cls: Value) -> PyResult<bool> {
    let t = type_of(o);
    if is_subtype(t, cls) {
        return Ok(true);
    }
    // the core builtin types are immutable and never override `__class__`
    if crate::numeric::plain_builtin(t) {
        return Ok(false);
    }
    let c = match class_of(o) {
        Ok(c) => c,
        Err(e)
            if crate::errors::exc_matches(
                e.0,
                crate::errors::exc_type(crate::errors::Exc::AttributeError),
            ) =>
        {
            return Ok(false)
        }
        Err(e) => return Err(e),
    };
    Ok(c != t && is_type(c) && is_subtype(c, cls))
}

pub fn isinstance_exact_or_sub(v: Value, t: Value) -> bool {
    is_subtype(type_of(v), t)
}

/// Looks `name` up along the MRO of type `t` (no descriptors invoked).
///
/// Results are memoised in a global cache keyed by (type, type version, name): a hit costs
/// one hash of the name and one compare, instead of a dict probe per class on the MRO.
pub fn lookup(t: Value, name: &str) -> Option<Value> {
    let h = crate::objects::str::hash_bytes(name.as_bytes());
    lookup_hashed(t, name, h)
}

/// `lookup` for a str object (its hash is cached in the object).
pub fn lookup_name(t: Value, name: Value) -> Option<Value> {
    lookup_hashed(t, str_of(name), crate::objects::str::str_hash(name))
}

fn lookup_hashed(t: Value, name: &str, h: isize) -> Option<Value> {
    let version = as_type(t).version.load(Ordering::Relaxed);
    let slot =
        &LOOKUP_CACHE[((h as usize) ^ (t.0 >> 4).wrapping_mul(0x9e37_79b9)) & (CACHE_SIZE - 1)];
    if slot.ty.load(Ordering::Relaxed) == t.0
        && slot.version.load(Ordering::Relaxed) == version
        && slot.hash.load(Ordering::Relaxed) == h as usize
        && slot.len.load(Ordering::Relaxed) == name.len()
    {
        let v = slot.value.load(Ordering::Relaxed);
        return if v == 0 { None } else { Some(Value(v)) };
    }
    let mro = as_type(t).mro;
    let mut found = None;
    for &c in tuple_items(mro) {
        if let Some(v) = crate::objects::dict::dict_get_str_hashed(as_type(c).dict, name, h) {
            found = Some(v);
            break;
        }
    }
    slot.ty.store(t.0, Ordering::Relaxed);
    slot.version.store(version, Ordering::Relaxed);
    slot.hash.store(h as usize, Ordering::Relaxed);
    slot.len.store(name.len(), Ordering::Relaxed);
    slot.value
        .store(found.map(|v| v.0).unwrap_or(0), Ordering::Relaxed);
    found
}

const CACHE_SIZE: usize = 4096;
struct CacheSlot {
    ty: AtomicUsize,
    version: AtomicUsize,
    hash: AtomicUsize,
    len: AtomicUsize,
    value: AtomicUsize,
}
#[allow(clippy::declare_interior_mutable_const)]
const EMPTY_SLOT: CacheSlot = CacheSlot {
    ty: AtomicUsize::new(0),
    version: AtomicUsize::new(0),
    hash: AtomicUsize::new(0),
    len: AtomicUsize::new(0),
    value: AtomicUsize::new(0),
};
static LOOKUP_CACHE: [CacheSlot; CACHE_SIZE] = [EMPTY_SLOT; CACHE_SIZE];

/// Forgets every cached lookup (after bulk changes to builtin type dicts at start-up, which
/// do not go through `type_set_attr`).
pub fn clear_lookup_cache() {
    for s in LOOKUP_CACHE.iter() {
        s.ty.store(0, Ordering::Relaxed);
        s.value.store(0, Ordering::Relaxed);
    }
}

/// The cached values are GC roots (they may be young objects that move).
pub fn visit_lookup_cache(t: &mut ferrite_gc::Tracer) {
    for s in LOOKUP_CACHE.iter() {
        if s.value.load(Ordering::Relaxed) != 0 {
            t.visit(s.value.as_ptr());
        }
    }
}

fn mark_shadowing(t: Value) {
    crate::object::note_instance_shadowing(t);
    let subs = as_type(t).subclasses;
    let n = list_items(subs).len();
    for i in 0..n {
        let s = list_items(subs)[i];
        mark_shadowing(s);
    }
}

/// Gives `t` and every subclass a new version (after a mutation of `t`'s dict or bases).
pub fn invalidate(t: Value) {
    as_type(t)
        .version
        .store(next_type_version(), Ordering::Relaxed);
    let subs = as_type(t).subclasses;
    let n = list_items(subs).len();
    for i in 0..n {
        let s = list_items(subs)[i];
        invalidate(s);
    }
}

/// Stores an attribute on a type (bumping versions).
pub fn type_set_attr(t: Value, name: Value, v: Value) -> PyResult<()> {
    dict_set(as_type(t).dict, name, v)?;
    // existing instances may already hold an attribute of this name in their dicts
    mark_shadowing(t);
    refresh_flags(t);
    invalidate(t);
    Ok(())
}

/// Does attribute hook `g` replace object's generic one? (A Python function, or a native
/// method of a type other than object, such as weakref.proxy's forwarding hooks.)
fn overrides(g: Value) -> bool {
    match crate::object::layout_of(g) {
        Layout::Function => true,
        Layout::MethodDescriptor => {
            obj::<crate::objects::function::MethodDescrObject>(g).owner != bt(BT::Object)
        }
        _ => false,
    }
}

/// Recomputes the flags derived from the dicts along the MRO (custom __getattribute__, ...).
pub fn refresh_flags(t: Value) {
    let mut f = as_type(t).flags
        & !(type_flags::CUSTOM_GETATTRIBUTE
            | type_flags::HAS_GETATTR
            | type_flags::CUSTOM_SETATTR
            | type_flags::HAS_DEL);
    if lookup(t, "__del__").is_some() {
        f |= type_flags::HAS_DEL;
    }
    let obj_t = bt(BT::Object);
    if let Some(g) = lookup(t, "__getattribute__") {
        if Some(g) != dict_get_str(as_type(obj_t).dict, "__getattribute__") && overrides(g) {
            f |= type_flags::CUSTOM_GETATTRIBUTE;
        }
    }
    if lookup(t, "__getattr__").is_some() {
        f |= type_flags::HAS_GETATTR;
    }
    for n in ["__setattr__", "__delattr__"] {
        if let Some(g) = lookup(t, n) {
            if overrides(g) {
                f |= type_flags::CUSTOM_SETATTR;
            }
        }
    }
    as_type(t).flags = f;
}

/// C3 linearisation of `bases` for a new class `t`.
pub fn c3_mro(t: Value, bases: &[Value]) -> PyResult<Vec<Value>> {
    let mut seqs: Vec<Vec<Value>> = bases
        .iter()
        .map(|b| tuple_items(as_type(*b).mro).to_vec())
        .collect();
    seqs.push(bases.to_vec());
    let mut out = vec![t];
    loop {
        seqs.retain(|s| !s.is_empty());
        if seqs.is_empty() {
            return Ok(out);
        }
        let mut found = None;
        for s in &seqs {
            let cand = s[0];
            if !seqs.iter().any(|o| o[1..].contains(&cand)) {
                found = Some(cand);
                break;
            }
        }
        let Some(c) = found else {
            let mut heads: Vec<Value> = Vec::new();
            for s in &seqs {
                if !heads.contains(&s[0]) {
                    heads.push(s[0]);
                }
            }
            let names: Vec<String> = heads
                .iter()
                .map(|b| str_of(as_type(*b).name).to_string())
                .collect();
            return Err(type_error(format!(
                "Cannot create a consistent method resolution\norder (MRO) for bases {}",
                names.join(", ")
            )));
        };
        out.push(c);
        for s in seqs.iter_mut() {
            if s[0] == c {
                s.remove(0);
            }
        }
    }
}

/// The layout instances of a class with these bases get (the "solid base" rule).
pub fn solid_base(bases: &[Value]) -> PyResult<Value> {
    let mut best = bt(BT::Object);
    for &b in bases {
        let sb = builtin_ancestor(b);
        if is_subtype(sb, best) {
            best = sb;
        } else if !is_subtype(best, sb)
            // every builtin exception shares one struct (ExcObject): OSError and ValueError
            // combine (io.UnsupportedOperation), as their C layouts do in CPython
            && (as_type(sb).layout != Layout::Exception || as_type(best).layout != Layout::Exception)
        {
            return Err(type_error("multiple bases have instance lay-out conflict"));
        }
    }
    Ok(best)
}

/// The nearest non-heap type on `t`'s MRO.
pub fn builtin_ancestor(t: Value) -> Value {
    for &c in tuple_items(as_type(t).mro) {
        if as_type(c).flags & type_flags::HEAP_TYPE == 0 {
            return c;
        }
    }
    bt(BT::Object)
}

/// Creates a heap type for a `class` statement: `type(name, bases, ns)` minus the
/// `__init_subclass__`/`__set_name__` calls, which the caller (type.__new__) performs.
pub fn new_heap_type(meta: Value, name: Value, bases: &[Value], ns: Value) -> PyResult<Value> {
    let bases_v: Vec<Value> = if bases.is_empty() {
        vec![bt(BT::Object)]
    } else {
        bases.to_vec()
    };
    for (i, &b) in bases_v.iter().enumerate() {
        if !is_type(b) {
            return Err(type_error("bases must be types"));
        }
        if bases_v[..i].contains(&b) {
            return Err(type_error(format!(
                "duplicate base class {}",
                str_of(as_type(b).name)
            )));
        }
        if as_type(b).flags & type_flags::BASETYPE == 0 {
            return Err(type_error(format!(
                "type '{}' is not an acceptable base type",
                str_of(as_type(b).name)
            )));
        }
    }
    let solid = solid_base(&bases_v)?;
    let st = as_type(solid);
    let (layout, kind) = match st.layout {
        Layout::Exception => (Layout::Exception, &crate::errors::EXC_KIND),
        Layout::Type => (Layout::Type, &TYPE_KIND),
        // builtins whose __new__ allocates their own struct for the subclass: keep that
        // struct's Kind (their instances get no __dict__ yet)
        Layout::Property
        | Layout::ClassMethod
        | Layout::StaticMethod
        | Layout::Super
        | Layout::Iter
        | Layout::Module => (st.layout, st.instance_kind),
        _ => (
            Layout::Instance,
            &crate::objects::instance::INSTANCE_KIND as &'static Kind,
        ),
    };
    // __slots__: no per-instance dict unless a base has one or '__dict__' is listed
    let slots_v = crate::objects::dict::dict_get_str(ns, "__slots__");
    let mut slot_names: Vec<Value> = Vec::new();
    let mut wants_dict = slots_v.is_none();
    if let Some(sv) = slots_v {
        let items = if sv.is_ptr() && crate::object::layout_of(sv) == Layout::Str {
            crate::objects::list::new_list(&[sv])
        } else {
            crate::ops::to_list(sv)?
        };
        let mut i = 0;
        while let Some(n) = crate::objects::list::list_get(items, i) {
            if !(n.is_ptr() && crate::object::layout_of(n) == Layout::Str) {
                return Err(type_error(format!(
                    "__slots__ items must be strings, not '{}'",
                    type_name_of(n)
                )));
            }
            let s = str_of(n);
            if s == "__dict__" {
                wants_dict = true;
            } else if s != "__weakref__" {
                if crate::objects::dict::dict_get_str(ns, s).is_some() {
                    return Err(crate::errors::value_error(format!(
                        "'{}' in __slots__ conflicts with class variable",
                        s
                    )));
                }
                slot_names.push(crate::intern::intern(s));
            }
            i += 1;
        }
    }
    let mut flags = type_flags::HEAP_TYPE | type_flags::BASETYPE;
    for &b in &bases_v {
        flags |= as_type(b).flags & (type_flags::EXCEPTION | type_flags::HAS_DICT);
    }
    if wants_dict || as_type(solid).layout == Layout::Exception {
        flags |= type_flags::HAS_DICT;
    }
    if !matches!(layout, Layout::Instance | Layout::Exception | Layout::Type) {
        flags &= !type_flags::HAS_DICT;
    }
    let t = alloc_type(meta, str_of(name), layout, kind, flags);
    let o = as_type(t);
    o.name = name;
    o.qualname = name;
    o.base = bases_v[0];
    write_barrier(t);
    let bt_ = new_tuple(&bases_v);
    as_type(t).bases = bt_;
    write_barrier(t);
    let mro = c3_mro(t, &bases_v)?;
    let mro_t = new_tuple(&mro);
    as_type(t).mro = mro_t;
    write_barrier(t);
    // a metaclass may override mro()
    if let Some(m) = lookup(meta, "mro") {
        if crate::object::layout_of(m) == Layout::Function {
            let r = crate::ops::call_method_obj(m, t, &[], &[])?;
            let custom = crate::ops::to_tuple(r)?;
            as_type(t).mro = custom;
            write_barrier(t);
        }
    }
    // pattern-matching flags come from the first class along the MRO that has one (CPython's
    // inherit_patma_flags)
    for &b in &tuple_items(as_type(t).mro)[1..] {
        if is_type(b) {
            let f = as_type(b).flags & type_flags::COLLECTION;
            if f != 0 {
                as_type(t).flags |= f;
                break;
            }
        }
    }
    // copy the namespace
    let d = as_type(t).dict;
    let mut pos = 0;
    while let Some((ix, e)) = table(ns).next_from(pos) {
        dict_set(d, e.key, e.value)?;
        pos = ix + 1;
    }
    let mut n_slots = 0;
    let mut hint = 0;
    for &b in &bases_v {
        n_slots = n_slots.max(as_type(b).n_slots);
        hint = hint.max(as_type(b).attr_hint.load(Ordering::Relaxed));
    }
    // a subclass's instances usually carry at least their base's attributes
    as_type(t).attr_hint.store(hint, Ordering::Relaxed);
    if !slot_names.is_empty() && layout != Layout::Instance {
        return Err(type_error(format!(
            "nonempty __slots__ not supported for subtype of '{}'",
            str_of(as_type(solid).name)
        )));
    }
    for n in &slot_names {
        let m = crate::descr::new_member(t, *n, n_slots);
        dict_set(d, *n, m)?;
        n_slots += 1;
    }
    as_type(t).n_slots = n_slots;
    if slots_v.is_some() {
        let names = new_tuple(&slot_names);
        as_type(t).slot_names = names;
        write_barrier(t);
    }
    // the class's qualified name comes from the body
    if let Some(q) = crate::objects::dict::dict_get_str(d, "__qualname__") {
        if !(q.is_ptr() && crate::object::layout_of(q) == Layout::Str) {
            return Err(type_error(format!(
                "type __qualname__ must be a str, not {}",
                type_name_of(q)
            )));
        }
        as_type(t).qualname = q;
        write_barrier(t);
        crate::objects::dict::dict_del(d, crate::intern::intern("__qualname__"))?;
    }
    // defining __eq__ without __hash__ makes instances unhashable
    if crate::objects::dict::dict_get_str(d, "__eq__").is_some()
        && crate::objects::dict::dict_get_str(d, "__hash__").is_none()
    {
        dict_set(d, crate::intern::intern("__hash__"), crate::object::none())?;
    }
    for &b in &bases_v {
        crate::objects::list::list_push(as_type(b).subclasses, t);
    }
    refresh_flags(t);
    invalidate(t);
    Ok(t)
}

pub fn type_name(t: Value) -> &'static str {
    str_of(as_type(t).name)
}

/// The type name of a value, for error messages ("'int' object is not callable").
pub fn type_name_of(v: Value) -> &'static str {
    type_name(type_of(v))
}
