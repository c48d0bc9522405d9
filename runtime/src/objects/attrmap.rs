//! Maps (hidden classes, PyPy's "mapdict"): the attribute layout shared by instances that
//! gained the same attributes in the same order.
//!
//! A map lists attribute names in slot order and knows how many of those slots the instance
//! keeps inline (`capacity`, fixed along a chain of maps); later attributes go to the
//! instance's overflow list. Adding an attribute follows (or creates) a transition to a child
//! map, so instances built by the same `__init__` end up sharing one map, and an inline cache
//! (or a JIT guard) on the map's address turns `obj.x` into a compare and a load.
//!
//! Maps are immortal process metadata, like interned strings: inline caches and compiled
//! traces hold their addresses, which must never be reused for another map. Names are
//! interned strings, which never move and never die, so maps hold their addresses directly.

use std::sync::{Mutex, OnceLock};

/// Instances whose attributes outgrow this many switch to a plain dict.
pub const MAX_ATTRS: usize = 64;
/// The most inline attribute slots an instance reserves.
pub const MAX_INLINE: usize = 32;

/// One attribute layout. Aligned to 256 so an inline cache can pack a slot index into the
/// low bits of its address.
#[repr(C, align(256))]
pub struct AttrMap {
    /// Inline slots an instance with this map reserves (the root map's, for a whole chain).
    pub capacity: usize,
    /// Interned name addresses in slot order.
    names: Vec<usize>,
    parent: Option<&'static AttrMap>,
    /// (name, child with that name appended)
    transitions: Mutex<Vec<(usize, &'static AttrMap)>>,
}

static ROOTS: [OnceLock<&'static AttrMap>; MAX_INLINE + 1] =
    [const { OnceLock::new() }; MAX_INLINE + 1];

fn new_map(
    capacity: usize,
    names: Vec<usize>,
    parent: Option<&'static AttrMap>,
) -> &'static AttrMap {
    // Leaked on purpose: maps live as long as the process (see the module comment).
    Box::leak(Box::new(AttrMap {
        capacity,
        names,
        parent,
        transitions: Mutex::new(Vec::new()),
    }))
}

/// The empty map of instances that reserve `capacity` inline slots.
pub fn root(capacity: usize) -> &'static AttrMap {
    let c = capacity.min(MAX_INLINE);
    ROOTS[c].get_or_init(|| new_map(c, Vec::new(), None))
}

impl AttrMap {
    /// Number of attributes.
    #[inline]
    pub fn len(&self) -> usize {
        self.names.len()
    }
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
    /// Slot index of the attribute with this interned name.
    #[inline]
    pub fn index_of(&self, name: usize) -> Option<usize> {
        self.names.iter().position(|&n| n == name)
    }
    /// Interned name addresses in slot order.
    pub fn names(&self) -> &[usize] {
        &self.names
    }
    /// The map this one extends by its last attribute.
    pub fn parent(&self) -> Option<&'static AttrMap> {
        self.parent
    }
    pub fn addr(&'static self) -> usize {
        self as *const AttrMap as usize
    }
    /// The map with `name` appended (shared by every instance that takes this step).
    pub fn with_attr(&'static self, name: usize) -> &'static AttrMap {
        let mut t = self.transitions.lock().unwrap();
        if let Some(&(_, m)) = t.iter().find(|(n, _)| *n == name) {
            return m;
        }
        let mut names = self.names.clone();
        names.push(name);
        let m = new_map(self.capacity, names, Some(self));
        t.push((name, m));
        m
    }
}

/// The map at `addr` (an address taken from `AttrMap::addr`).
#[inline]
pub fn from_addr(addr: usize) -> &'static AttrMap {
    debug_assert!(addr != 0 && addr.is_multiple_of(256));
    // SAFETY: maps are never freed (module comment) and instances store only addresses
    // produced by `addr`.
    unsafe { &*(addr as *const AttrMap) }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transitions_are_shared_and_ordered() {
        let r = root(3);
        let a = r.with_attr(0x1000).with_attr(0x2000);
        let b = r.with_attr(0x1000).with_attr(0x2000);
        assert!(std::ptr::eq(a, b));
        assert_eq!(a.index_of(0x2000), Some(1));
        assert_eq!(a.index_of(0x3000), None);
        assert_eq!(a.capacity, 3);
        assert!(std::ptr::eq(a.parent().unwrap(), r.with_attr(0x1000)));
        let c = r.with_attr(0x2000);
        assert!(!std::ptr::eq(c, r.with_attr(0x1000)));
        assert_eq!(a.addr() % 256, 0);
        assert_eq!(root(1000).capacity, MAX_INLINE);
    }
}
