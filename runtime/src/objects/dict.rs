//! dict (and the table behind set): CPython's compact, insertion-ordered layout — a dense
//! `entries` array in insertion order plus a sparse open-addressing `indices` array.
//!
//! Why our own probe loop instead of hashbrown's `HashTable`: comparing keys may run Python
//! `__eq__`, which can mutate this very dict. The loop below re-reads the table after every
//! such call and restarts the lookup if the dict changed (as CPython does), which a closure
//! passed into hashbrown cannot do safely. (A deliberate departure from DESIGN.md's hashbrown.)

use crate::errors::PyResult;
use crate::object::{bt, new_obj, obj, write_barrier, BT};
use crate::objects::str::{str_hash, str_of};
use crate::ops;
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};

#[derive(Clone, Copy)]
pub struct Entry {
    pub hash: isize,
    /// NULL for a deleted entry
    pub key: Value,
    pub value: Value,
}

const EMPTY: i32 = -1;
const DUMMY: i32 = -2;

#[derive(Default)]
pub struct Table {
    pub entries: Vec<Entry>,
    indices: Vec<i32>,
    pub used: usize,
    /// bumped on every insertion of a new key, deletion and clear (for iterator checks and
    /// lookup restarts); module-globals caches use it as the dict version
    pub version: u64,
}

#[repr(C)]
pub struct DictObject {
    pub header: Header,
    pub table: Table,
}

unsafe fn dict_size(_: *const Header) -> usize {
    std::mem::size_of::<DictObject>()
}
unsafe fn dict_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a DictObject (sets share the layout).
    let o = unsafe { &mut *(h as *mut DictObject) };
    for e in o.table.entries.iter_mut() {
        t.visit(Value::slot(&mut e.key));
        t.visit(Value::slot(&mut e.value));
    }
}
unsafe fn dict_drop(h: *mut Header) {
    // SAFETY: called once on a dead DictObject.
    unsafe { std::ptr::drop_in_place(&mut (*(h as *mut DictObject)).table) }
}
pub static DICT_KIND: Kind = Kind {
    name: "dict",
    size: dict_size,
    trace: dict_trace,
    drop: Some(dict_drop),
};

static VERSION_COUNTER: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(1);
fn next_version() -> u64 {
    VERSION_COUNTER.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

pub fn new_dict_of(cls: Value) -> Value {
    new_obj::<DictObject>(cls, |o| {
        // SAFETY: zeroed body; write without dropping.
        unsafe { std::ptr::write(&mut o.table, Table::default()) };
        o.table.version = next_version();
    })
}

pub fn new_dict() -> Value {
    new_dict_of(bt(BT::Dict))
}

#[inline]
pub fn table<'a>(d: Value) -> &'a mut Table {
    &mut obj::<DictObject>(d).table
}

pub fn dict_len(d: Value) -> usize {
    table(d).used
}

/// Hash of a key for this table (str fast path).
pub fn key_hash(k: Value) -> PyResult<isize> {
    if k.is_ptr() && crate::object::type_of(k) == bt(BT::Str) {
        return Ok(str_hash(k));
    }
    ops::hash(k)
}

impl Table {
    fn mask(&self) -> usize {
        self.indices.len() - 1
    }

    /// Index into `entries` of `key`, or None.
    pub fn find(&self, key: Value, hash: isize) -> PyResult<Option<usize>> {
        Self::find_at(self, key, hash)
    }

    /// `find` through a raw pointer, kept out of line: comparing keys may run Python code
    /// that changes this very table, so every field is read afresh after each comparison (a
    /// `&self` would let the compiler assume the table cannot change meanwhile).
    #[inline(never)]
    fn find_at(t: *const Table, key: Value, hash: isize) -> PyResult<Option<usize>> {
        // SAFETY (every deref below): `t` is the table of a dict its caller keeps alive; no
        // reference into it is held across the Python calls.
        'restart: loop {
            let (version, mask) = unsafe {
                if (*t).indices.is_empty() {
                    return Ok(None);
                }
                ((*t).version, (*t).mask())
            };
            let mut i = (hash as usize) & mask;
            let mut perturb = hash as usize;
            loop {
                let ix = unsafe { (&(*t).indices)[i] };
                if ix == EMPTY {
                    return Ok(None);
                }
                if ix >= 0 {
                    let e = unsafe { (&(*t).entries)[ix as usize] };
                    if e.hash == hash && !e.key.is_null() {
                        let eq = crate::ops::eq_bool(e.key, key)?;
                        if unsafe { (*t).version } != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Some(ix as usize));
                        }
                    }
                }
                perturb >>= 5;
                i = (i * 5 + perturb + 1) & mask;
            }
        }
    }

    fn insert_index(&mut self, hash: isize, ix: usize) {
        let mask = self.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        while self.indices[i] >= 0 {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        self.indices[i] = ix as i32;
    }

    fn resize(&mut self) {
        // compact entries and rebuild indices
        self.entries.retain(|e| !e.key.is_null());
        let mut n = 8;
        while n * 2 < (self.used + 1) * 3 {
            n *= 2;
        }
        self.indices = vec![EMPTY; n];
        for ix in 0..self.entries.len() {
            let h = self.entries[ix].hash;
            self.insert_index(h, ix);
        }
    }

    /// Inserts or replaces. Returns true if a new key was added.
    pub fn insert(&mut self, key: Value, hash: isize, value: Value) -> PyResult<bool> {
        if let Some(ix) = self.find(key, hash)? {
            self.entries[ix].value = value;
            return Ok(false);
        }
        if self.indices.is_empty() || (self.entries.len() + 1) * 3 >= self.indices.len() * 2 {
            self.resize();
        }
        let ix = self.entries.len();
        self.entries.push(Entry { hash, key, value });
        self.insert_index(hash, ix);
        self.used += 1;
        self.version = next_version();
        Ok(true)
    }

    pub fn remove(&mut self, key: Value, hash: isize) -> PyResult<Option<Entry>> {
        let Some(ix) = self.find(key, hash)? else {
            return Ok(None);
        };
        let e = self.entries[ix];
        // find the index slot that points to ix
        let mask = self.mask();
        let mut i = (hash as usize) & mask;
        let mut perturb = hash as usize;
        while self.indices[i] != ix as i32 {
            perturb >>= 5;
            i = (i * 5 + perturb + 1) & mask;
        }
        self.indices[i] = DUMMY;
        self.entries[ix].key = Value::NULL;
        self.entries[ix].value = Value::NULL;
        self.used -= 1;
        self.version = next_version();
        if self.used == 0 {
            self.entries.clear();
            self.indices.clear();
        }
        Ok(Some(e))
    }

    pub fn clear(&mut self) {
        self.entries.clear();
        self.indices.clear();
        self.used = 0;
        self.version = next_version();
    }

    /// Live entries in insertion order (a copy-free iterator; do not hold across Python calls).
    pub fn iter(&self) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(|e| !e.key.is_null())
    }

    /// The next live entry at or after position `pos` in `entries`.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Entry)> {
        while pos < self.entries.len() {
            let e = self.entries[pos];
            if !e.key.is_null() {
                return Some((pos, e));
            }
            pos += 1;
        }
        None
    }
}

pub fn dict_get(d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = key_hash(key)?;
    let t = table(d);
    Ok(t.find(key, h)?.map(|ix| t.entries[ix].value))
}

pub fn dict_set(d: Value, key: Value, value: Value) -> PyResult<()> {
    let h = key_hash(key)?;
    table(d).insert(key, h, value)?;
    write_barrier(d);
    Ok(())
}

/// Removes `key`; Ok(None) if missing.
pub fn dict_del(d: Value, key: Value) -> PyResult<Option<Value>> {
    let h = key_hash(key)?;
    Ok(table(d).remove(key, h)?.map(|e| e.value))
}

/// Lookup by Rust string (names in module/class dicts). Never runs Python code.
pub fn dict_get_str(d: Value, name: &str) -> Option<Value> {
    let h = crate::objects::str::hash_bytes(name.as_bytes());
    dict_get_str_hashed(d, name, h)
}

/// `dict_get_str` with the name's hash already known.
pub fn dict_get_str_hashed(d: Value, name: &str, h: isize) -> Option<Value> {
    let t = table(d);
    if t.indices.is_empty() {
        return None;
    }
    let mask = t.mask();
    let mut i = (h as usize) & mask;
    let mut perturb = h as usize;
    let st = bt(BT::Str);
    loop {
        let ix = t.indices[i];
        if ix == EMPTY {
            return None;
        }
        if ix >= 0 {
            let e = t.entries[ix as usize];
            if e.hash == h
                && !e.key.is_null()
                && e.key.is_ptr()
                && crate::object::type_of(e.key) == st
                && str_of(e.key) == name
            {
                return Some(e.value);
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/// Lookup with a str key object (exact str). Never runs Python code for str keys.
/// The entry index holding the str key `name` (identity or equal string), if present.
pub fn dict_index_of_name(d: Value, name: Value) -> Option<usize> {
    let h = str_hash(name);
    let t = table(d);
    if t.indices.is_empty() {
        return None;
    }
    let mask = t.mask();
    let mut i = (h as usize) & mask;
    let mut perturb = h as usize;
    loop {
        let ix = t.indices[i];
        if ix == EMPTY {
            return None;
        }
        if ix >= 0 {
            let e = t.entries[ix as usize];
            if e.key == name
                || (e.hash == h
                    && !e.key.is_null()
                    && e.key.is_ptr()
                    && crate::object::type_of(e.key) == bt(BT::Str)
                    && str_of(e.key) == str_of(name))
            {
                return Some(ix as usize);
            }
        }
        perturb >>= 5;
        i = (i * 5 + perturb + 1) & mask;
    }
}

/// The value of str key `name` (attribute and global lookups: identity first, names are
/// interned).
#[inline]
pub fn dict_get_name(d: Value, name: Value) -> Option<Value> {
    dict_index_of_name(d, name).map(|ix| table(d).entries[ix].value)
}

pub fn dict_set_str(d: Value, name: &str, value: Value) {
    let k = crate::intern::intern(name);
    // str keys never raise
    let _ = dict_set(d, k, value);
}
