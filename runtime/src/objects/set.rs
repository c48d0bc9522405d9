//! The set table: CPython's setobject.c algorithm (open addressing with runs of linear probes
//! before perturbation, dummies for deletions, resize at 60% fill), reproduced so that sets
//! iterate in exactly CPython's order — programs print sets, and `{3, -1, -2}` must come out
//! as CPython shows it.

use crate::errors::PyResult;
use crate::object::{new_obj, obj, write_barrier};
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};

const MINSIZE: usize = 8;
const LINEAR_PROBES: usize = 9;
const PERTURB_SHIFT: u32 = 5;
/// Marks a deleted slot (hash -1 with this key).
const DUMMY: Value = Value(8);

#[derive(Clone, Copy)]
pub struct Slot {
    pub hash: isize,
    pub key: Value,
}

pub struct SetTable {
    pub slots: Vec<Slot>,
    pub fill: usize,
    pub used: usize,
    finger: usize,
    /// bumped on every structural change (iterators and lookups check it)
    pub version: u64,
}

impl Default for SetTable {
    fn default() -> Self {
        SetTable {
            slots: vec![
                Slot {
                    hash: 0,
                    key: Value::NULL
                };
                MINSIZE
            ],
            fill: 0,
            used: 0,
            finger: 0,
            version: 0,
        }
    }
}

#[repr(C)]
pub struct SetObject {
    pub header: Header,
    pub table: SetTable,
}

unsafe fn set_size(_: *const Header) -> usize {
    std::mem::size_of::<SetObject>()
}
unsafe fn set_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a SetObject.
    let o = unsafe { &mut *(h as *mut SetObject) };
    for s in o.table.slots.iter_mut() {
        if s.key != DUMMY {
            t.visit(Value::slot(&mut s.key));
        }
    }
}
unsafe fn set_drop(h: *mut Header) {
    // SAFETY: called once on a dead SetObject.
    unsafe { std::ptr::drop_in_place(&mut (*(h as *mut SetObject)).table) }
}
pub static SET_KIND: Kind = Kind {
    name: "set",
    size: set_size,
    trace: set_trace,
    drop: Some(set_drop),
};

pub fn new_set_object(cls: Value) -> Value {
    new_obj::<SetObject>(cls, |o| {
        // SAFETY: zeroed body; write without dropping.
        unsafe { std::ptr::write(&mut o.table, SetTable::default()) }
    })
}

#[inline]
pub fn set_table<'a>(s: Value) -> &'a mut SetTable {
    &mut obj::<SetObject>(s).table
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Index of the slot holding `key`, if present. `t` is a raw pointer, not a reference:
    /// an equality test may run Python code that changes this very table, so the table is
    /// read afresh after each one (a `&self` would let the compiler assume it cannot change).
    #[inline(never)]
    fn find_at(t: *mut SetTable, key: Value, hash: isize) -> PyResult<Option<usize>> {
        // SAFETY (every deref below): `t` is the table of a set the caller keeps alive on its
        // stack; no reference to it is held across the Python calls.
        'restart: loop {
            let (mask, version) = unsafe { ((*t).mask(), (*t).version) };
            let mut perturb = hash as usize;
            let mut i = (hash as usize) & mask;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                let mut j = i;
                for _ in 0..=probes {
                    let s = unsafe { (&(*t).slots)[j] };
                    if s.hash == 0 && s.key.is_null() {
                        return Ok(None);
                    }
                    if s.hash == hash && s.key != DUMMY {
                        let eq = crate::ops::eq_bool(s.key, key)?;
                        if unsafe { (*t).version } != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(Some(j));
                        }
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    /// Adds `key`; returns true if it was new. (A raw pointer for the reason `find_at` gives.)
    #[inline(never)]
    fn add_at(t: *mut SetTable, key: Value, hash: isize) -> PyResult<bool> {
        // SAFETY (every deref below): as in find_at.
        'restart: loop {
            let (mask, version) = unsafe { ((*t).mask(), (*t).version) };
            let mut perturb = hash as usize;
            let mut i = (hash as usize) & mask;
            let mut freeslot: Option<usize> = None;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                let mut j = i;
                for _ in 0..=probes {
                    let s = unsafe { (&(*t).slots)[j] };
                    if s.hash == 0 && s.key.is_null() {
                        let tab = unsafe { &mut *t };
                        match freeslot {
                            Some(f) => {
                                tab.slots[f] = Slot { hash, key };
                                tab.used += 1;
                            }
                            None => {
                                tab.slots[j] = Slot { hash, key };
                                tab.fill += 1;
                                tab.used += 1;
                                if tab.fill * 5 >= mask * 3 {
                                    let n = if tab.used > 50000 {
                                        tab.used * 2
                                    } else {
                                        tab.used * 4
                                    };
                                    tab.resize(n);
                                }
                            }
                        }
                        tab.version += 1;
                        return Ok(true);
                    }
                    if s.hash == hash && s.key != DUMMY {
                        let eq = crate::ops::eq_bool(s.key, key)?;
                        if unsafe { (*t).version } != version {
                            continue 'restart;
                        }
                        if eq {
                            return Ok(false);
                        }
                    } else if s.hash == -1 && s.key == DUMMY && freeslot.is_none() {
                        freeslot = Some(j);
                    }
                    j += 1;
                }
                perturb >>= PERTURB_SHIFT;
                i = (i * 5 + 1 + perturb) & mask;
            }
        }
    }

    fn insert_clean(slots: &mut [Slot], key: Value, hash: isize) {
        let mask = slots.len() - 1;
        let mut perturb = hash as usize;
        let mut i = (hash as usize) & mask;
        loop {
            if slots[i].key.is_null() {
                slots[i] = Slot { hash, key };
                return;
            }
            if i + LINEAR_PROBES <= mask {
                for s in slots[i + 1..=i + LINEAR_PROBES].iter_mut() {
                    if s.key.is_null() {
                        *s = Slot { hash, key };
                        return;
                    }
                }
            }
            perturb >>= PERTURB_SHIFT;
            i = (i * 5 + 1 + perturb) & mask;
        }
    }

    pub fn resize(&mut self, minused: usize) {
        let mut newsize = MINSIZE;
        while newsize <= minused {
            newsize <<= 1;
        }
        let old = std::mem::replace(
            &mut self.slots,
            vec![
                Slot {
                    hash: 0,
                    key: Value::NULL
                };
                newsize
            ],
        );
        for s in old {
            if !s.key.is_null() && s.key != DUMMY {
                Self::insert_clean(&mut self.slots, s.key, s.hash);
            }
        }
        self.fill = self.used;
        self.version += 1;
    }

    /// Removes the key at slot `ix`.
    pub fn remove_at(&mut self, ix: usize) -> Value {
        let k = self.slots[ix].key;
        self.slots[ix] = Slot {
            hash: -1,
            key: DUMMY,
        };
        self.used -= 1;
        self.version += 1;
        k
    }

    /// Removes `key` if present. (A raw pointer for the reason `find_at` gives.)
    fn discard_at(t: *mut SetTable, key: Value, hash: isize) -> PyResult<bool> {
        match Self::find_at(t, key, hash)? {
            Some(ix) => {
                // SAFETY: as in find_at; no Python code ran since the index was found.
                unsafe { (*t).remove_at(ix) };
                Ok(true)
            }
            None => Ok(false),
        }
    }

    pub fn clear(&mut self) {
        *self = SetTable {
            version: self.version + 1,
            ..SetTable::default()
        };
    }

    /// The next active slot at or after `pos`.
    pub fn next_from(&self, mut pos: usize) -> Option<(usize, Slot)> {
        while pos < self.slots.len() {
            let s = self.slots[pos];
            if !s.key.is_null() && s.key != DUMMY {
                return Some((pos, s));
            }
            pos += 1;
        }
        None
    }

    /// set.pop(): CPython's finger walk.
    pub fn pop(&mut self) -> Option<Value> {
        if self.used == 0 {
            return None;
        }
        let mask = self.mask();
        let mut i = self.finger & mask;
        while self.slots[i].key.is_null() || self.slots[i].key == DUMMY {
            i += 1;
            if i > mask {
                i = 0;
            }
        }
        let k = self.remove_at(i);
        self.finger = i + 1;
        Some(k)
    }

    /// CPython's set_merge (fast paths included, since they decide the order). Raw pointers
    /// for the reason `find_at` gives: adding may run `__eq__`, which may change either set.
    fn merge_at(t: *mut SetTable, other: *const SetTable) -> PyResult<()> {
        {
            // SAFETY: both point at live sets' tables (the caller keeps the sets on its
            // stack), distinct ones; no Python code runs in this block.
            let (this, other) = unsafe { (&mut *t, &*other) };
            if other.used == 0 {
                return Ok(());
            }
            if (this.fill + other.used) * 5 >= this.mask() * 3 {
                this.resize((this.used + other.used) * 2);
            }
            if this.fill == 0 && this.mask() == other.mask() && other.fill == other.used {
                this.slots.copy_from_slice(&other.slots);
                this.fill = other.used;
                this.used = other.used;
                this.version += 1;
                return Ok(());
            }
            if this.fill == 0 {
                for s in other.slots.iter() {
                    if !s.key.is_null() && s.key != DUMMY {
                        Self::insert_clean(&mut this.slots, s.key, s.hash);
                    }
                }
                this.fill = other.used;
                this.used = other.used;
                this.version += 1;
                return Ok(());
            }
        }
        let mut pos = 0;
        // SAFETY: as above; `other` is read afresh after every add.
        while let Some((ix, s)) = unsafe { (*other).next_from(pos) } {
            SetTable::add_at(t, s.key, s.hash)?;
            pos = ix + 1;
        }
        Ok(())
    }
}

pub fn set_add_value(s: Value, key: Value, hash: isize) -> PyResult<bool> {
    let r = SetTable::add_at(set_table(s), key, hash);
    write_barrier(s);
    r
}

/// Whether the set object `s` holds `key` (its hash given).
pub fn set_find_value(s: Value, key: Value, hash: isize) -> PyResult<bool> {
    Ok(SetTable::find_at(set_table(s), key, hash)?.is_some())
}

/// Removes `key` from the set object `s`; false if it was absent.
pub fn set_discard_key(s: Value, key: Value, hash: isize) -> PyResult<bool> {
    SetTable::discard_at(set_table(s), key, hash)
}

/// Adds every key of the set object `other` to the set object `s` (CPython's set_merge).
pub fn set_merge(s: Value, other: Value) -> PyResult<()> {
    let r = SetTable::merge_at(set_table(s), set_table(other));
    write_barrier(s);
    r
}
