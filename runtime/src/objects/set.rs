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

fn keys_equal(a: Value, b: Value) -> PyResult<bool> {
    if a == b {
        return Ok(true);
    }
    if a.is_small_int() && b.is_small_int() {
        return Ok(false);
    }
    crate::ops::eq_bool(a, b)
}

impl SetTable {
    fn mask(&self) -> usize {
        self.slots.len() - 1
    }

    /// Index of the slot holding `key`, if present.
    pub fn find(&self, key: Value, hash: isize) -> PyResult<Option<usize>> {
        'restart: loop {
            let mask = self.mask();
            let mut perturb = hash as usize;
            let mut i = (hash as usize) & mask;
            let version = self.version;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                let mut j = i;
                for _ in 0..=probes {
                    let s = self.slots[j];
                    if s.hash == 0 && s.key.is_null() {
                        return Ok(None);
                    }
                    if s.hash == hash && s.key != DUMMY {
                        let eq = keys_equal(s.key, key)?;
                        if self.version != version {
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

    /// Adds `key`; returns true if it was new.
    pub fn add(&mut self, key: Value, hash: isize) -> PyResult<bool> {
        'restart: loop {
            let mask = self.mask();
            let mut perturb = hash as usize;
            let mut i = (hash as usize) & mask;
            let mut freeslot: Option<usize> = None;
            let version = self.version;
            loop {
                let probes = if i + LINEAR_PROBES <= mask {
                    LINEAR_PROBES
                } else {
                    0
                };
                let mut j = i;
                for _ in 0..=probes {
                    let s = self.slots[j];
                    if s.hash == 0 && s.key.is_null() {
                        match freeslot {
                            Some(f) => {
                                self.slots[f] = Slot { hash, key };
                                self.used += 1;
                            }
                            None => {
                                self.slots[j] = Slot { hash, key };
                                self.fill += 1;
                                self.used += 1;
                                if self.fill * 5 >= mask * 3 {
                                    let n = if self.used > 50000 {
                                        self.used * 2
                                    } else {
                                        self.used * 4
                                    };
                                    self.resize(n);
                                }
                            }
                        }
                        self.version += 1;
                        return Ok(true);
                    }
                    if s.hash == hash && s.key != DUMMY {
                        let eq = keys_equal(s.key, key)?;
                        if self.version != version {
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

    pub fn discard(&mut self, key: Value, hash: isize) -> PyResult<bool> {
        match self.find(key, hash)? {
            Some(ix) => {
                self.remove_at(ix);
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

    /// CPython's set_merge (fast paths included, since they decide the order).
    pub fn merge(&mut self, other: &SetTable) -> PyResult<()> {
        if other.used == 0 {
            return Ok(());
        }
        if (self.fill + other.used) * 5 >= self.mask() * 3 {
            self.resize((self.used + other.used) * 2);
        }
        if self.fill == 0 && self.mask() == other.mask() && other.fill == other.used {
            self.slots.copy_from_slice(&other.slots);
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            return Ok(());
        }
        if self.fill == 0 {
            for s in other.slots.iter() {
                if !s.key.is_null() && s.key != DUMMY {
                    Self::insert_clean(&mut self.slots, s.key, s.hash);
                }
            }
            self.fill = other.used;
            self.used = other.used;
            self.version += 1;
            return Ok(());
        }
        let mut pos = 0;
        while let Some((ix, s)) = other.next_from(pos) {
            self.add(s.key, s.hash)?;
            pos = ix + 1;
        }
        Ok(())
    }
}

pub fn set_add_value(s: Value, key: Value, hash: isize) -> PyResult<bool> {
    let r = set_table(s).add(key, hash);
    write_barrier(s);
    r
}
