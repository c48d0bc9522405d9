//! Precise roots: the runtime's root scanner and `RootedVec`.

use std::marker::PhantomData;

use crate::collector::Tracer;
use crate::header::Word;
use crate::safepoint::lock_heap;
use crate::threads::{current, current_or_panic, RootCell};

/// Installs the runtime's precise root scanner (all thread states, globals...). It is called
/// once per collection, with every mutator stopped, and must only call `Tracer::visit`.
pub fn set_root_scanner(f: fn(&mut Tracer)) {
    lock_heap().root_scanner = Some(f);
}

/// A growable vector of Values registered as a root of the current thread while it lives (for
/// temporaries in Rust code, which the collector cannot see in Rust heap memory). The
/// collector updates its words when objects move, so re-read them after any allocation or
/// safepoint; do not keep a slice from `as_slice()` across one.
pub struct RootedVec {
    cell: Box<RootCell>,
    _not_send: PhantomData<*const ()>,
}

impl Default for RootedVec {
    fn default() -> Self {
        Self::new()
    }
}

impl RootedVec {
    /// Creates an empty rooted vector; the calling thread must be registered.
    pub fn new() -> Self {
        Self::with_capacity(0)
    }

    pub fn with_capacity(n: usize) -> Self {
        let rec = current_or_panic();
        let cell = Box::new(RootCell::new(Vec::with_capacity(n)));
        // SAFETY: the owner (this thread) is running, so the collector is not reading the list.
        unsafe { rec.roots_mut().push(&*cell as *const RootCell) };
        RootedVec {
            cell,
            _not_send: PhantomData,
        }
    }

    #[inline]
    fn v(&self) -> &Vec<Word> {
        // SAFETY: the collector writes the vector only while this (owning) thread is stopped.
        unsafe { &*self.cell.get() }
    }

    #[inline]
    fn v_mut(&mut self) -> &mut Vec<Word> {
        // SAFETY: as for `v`.
        unsafe { &mut *self.cell.get() }
    }

    pub fn push(&mut self, w: Word) {
        self.v_mut().push(w)
    }
    pub fn pop(&mut self) -> Option<Word> {
        self.v_mut().pop()
    }
    pub fn get(&self, i: usize) -> Word {
        self.v()[i]
    }
    pub fn set(&mut self, i: usize, w: Word) {
        self.v_mut()[i] = w
    }
    pub fn len(&self) -> usize {
        self.v().len()
    }
    pub fn is_empty(&self) -> bool {
        self.v().is_empty()
    }
    pub fn clear(&mut self) {
        self.v_mut().clear()
    }
    pub fn truncate(&mut self, n: usize) {
        self.v_mut().truncate(n)
    }
    pub fn swap_remove(&mut self, i: usize) -> Word {
        self.v_mut().swap_remove(i)
    }
    pub fn insert(&mut self, i: usize, w: Word) {
        self.v_mut().insert(i, w)
    }
    pub fn remove(&mut self, i: usize) -> Word {
        self.v_mut().remove(i)
    }
    pub fn extend_from_slice(&mut self, s: &[Word]) {
        self.v_mut().extend_from_slice(s)
    }
    pub fn as_slice(&self) -> &[Word] {
        self.v().as_slice()
    }
    /// Mutable access to the words (sorting, reversing...). Do not allocate while holding it.
    pub fn as_mut_slice(&mut self) -> &mut [Word] {
        self.v_mut().as_mut_slice()
    }
}

impl Drop for RootedVec {
    fn drop(&mut self) {
        let Some(rec) = current() else { return };
        let p = &*self.cell as *const RootCell;
        // SAFETY: the owner is running, so the collector is not reading the list.
        let roots = unsafe { rec.roots_mut() };
        if let Some(i) = roots.iter().rposition(|&r| r == p) {
            roots.swap_remove(i);
        }
    }
}
