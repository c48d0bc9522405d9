//! Interned strings: one str object per distinct name used as an identifier (attribute, global
//! and keyword names), allocated in the old generation so their addresses are stable and name
//! comparisons are usually a pointer compare.

use crate::object::{alloc_old, bt, obj, BT};
use crate::objects::str::StrObject;
use crate::value::Value;
use std::collections::HashMap;
use std::sync::Mutex;

static INTERNED: Mutex<Option<HashMap<String, usize>>> = Mutex::new(None);

/// The interned str for `s`.
pub fn intern(s: &str) -> Value {
    if let Some(map) = INTERNED.lock().unwrap().as_ref() {
        if let Some(&v) = map.get(s) {
            return Value(v);
        }
    }
    // Allocate without holding the lock: allocation may collect, and the collector visits
    // this table.
    let size = (std::mem::size_of::<StrObject>() + s.len() + 7) & !7;
    let v = alloc_old(bt(BT::Str), size);
    let o = obj::<StrObject>(v);
    o.hash = std::sync::atomic::AtomicIsize::new(-1);
    o.byte_len = s.len();
    o.ascii = s.is_ascii();
    o.interned = true;
    o.char_len = if o.ascii { s.len() } else { s.chars().count() };
    // SAFETY: room for the bytes was allocated.
    unsafe { std::ptr::copy_nonoverlapping(s.as_ptr(), o.data.as_mut_ptr(), s.len()) };
    let mut g = INTERNED.lock().unwrap();
    let map = g.get_or_insert_with(HashMap::new);
    Value(*map.entry(s.to_string()).or_insert(v.0))
}

/// The interned str equal to `s`, if one exists (never creates one).
pub fn find_interned(s: &str) -> Option<Value> {
    INTERNED
        .lock()
        .unwrap()
        .as_ref()
        .and_then(|m| m.get(s).map(|&v| Value(v)))
}

/// Keeps every interned string alive (they are roots).
pub fn visit_interned(t: &mut ferrite_gc::Tracer) {
    let mut g = INTERNED.lock().unwrap();
    if let Some(map) = g.as_mut() {
        for v in map.values_mut() {
            t.visit(v as *mut usize);
        }
    }
}
