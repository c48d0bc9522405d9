//! Model-based test driver: random graphs in the heap mirrored by a shadow model.

use std::collections::{HashMap, HashSet};

use super::*;
use ferrite_gc::RootedVec;

pub struct Model {
    pub rng: Rng,
    pub next_id: u64,
    pub id_base: u64,
    /// id -> slots (ids of referents).
    pub nodes: HashMap<u64, Vec<Option<u64>>>,
    pub has_drop: HashSet<u64>,
    pub roots: RootedVec,
    pub model_roots: Vec<u64>,
    pub collections: usize,
    pub dropped_seen: HashSet<u64>,
}

const MAX_ROOTS: usize = 48;

impl Model {
    pub fn new(seed: u64, id_base: u64) -> Model {
        Model {
            rng: Rng(seed),
            next_id: id_base,
            id_base,
            nodes: HashMap::new(),
            has_drop: HashSet::new(),
            roots: RootedVec::new(),
            model_roots: Vec::new(),
            collections: 0,
            dropped_seen: HashSet::new(),
        }
    }

    fn fresh(&mut self, nslots: usize, with_drop: bool, old: bool) -> (usize, u64) {
        let id = self.next_id;
        self.next_id += 1;
        let h = if old {
            new_old_node(id, nslots)
        } else {
            new_node(id, nslots, with_drop)
        };
        self.nodes.insert(id, vec![None; nslots]);
        if with_drop && !old {
            self.has_drop.insert(id);
        }
        (h as usize, id)
    }

    /// A random node reachable from the roots (heap address, model id).
    #[inline(never)]
    fn pick(&mut self) -> Option<(usize, u64)> {
        if self.model_roots.is_empty() {
            return None;
        }
        let r = self.rng.below(self.model_roots.len());
        let (mut h, mut id) = (self.roots.get(r), self.model_roots[r]);
        for _ in 0..self.rng.below(5) {
            let slots = &self.nodes[&id];
            if slots.is_empty() {
                break;
            }
            let j = self.rng.below(slots.len());
            if let Some(nid) = slots[j] {
                id = nid;
                // SAFETY: the model only follows pointers to live nodes reachable from its roots.
                h = unsafe { node_get(h as *const _, j) };
            }
        }
        Some((h, id))
    }

    #[inline(never)]
    pub fn step(&mut self) {
        match self.rng.below(100) {
            0..=29 => {
                let ns = self.rng.below(5);
                let d = self.rng.chance(25);
                let old = self.rng.chance(3);
                let (h, id) = self.fresh(ns, d, old);
                if self.model_roots.len() >= MAX_ROOTS {
                    let i = self.rng.below(MAX_ROOTS);
                    self.roots.set(i, h);
                    self.model_roots[i] = id;
                } else {
                    self.roots.push(h);
                    self.model_roots.push(id);
                }
            }
            30..=64 => {
                let Some((a, aid)) = self.pick() else { return };
                let n = self.nodes[&aid].len();
                if n == 0 {
                    return;
                }
                let j = self.rng.below(n);
                if self.rng.chance(15) {
                    // SAFETY: the model only follows pointers to live nodes reachable from its roots.
                    unsafe { node_set(a as *mut _, j, 0) };
                    self.nodes.get_mut(&aid).unwrap()[j] = None;
                } else if self.rng.chance(30) {
                    // Link to a brand-new node (young -> possibly old parent).
                    let ns = self.rng.below(3);
                    let d = self.rng.chance(25);
                    // Allocation may move `a`: re-find it through the roots is not possible,
                    // but `a` is on our stack, so it is pinned (kept in place) if young.
                    let (b, bid) = self.fresh(ns, d, false);
                    // SAFETY: the model only follows pointers to live nodes reachable from its roots.
                    unsafe { node_set(a as *mut _, j, b) };
                    self.nodes.get_mut(&aid).unwrap()[j] = Some(bid);
                } else {
                    let Some((b, bid)) = self.pick() else { return };
                    // SAFETY: the model only follows pointers to live nodes reachable from its roots.
                    unsafe { node_set(a as *mut _, j, b) };
                    self.nodes.get_mut(&aid).unwrap()[j] = Some(bid);
                }
            }
            65..=74 => {
                if !self.model_roots.is_empty() {
                    let i = self.rng.below(self.model_roots.len());
                    self.roots.swap_remove(i);
                    self.model_roots.swap_remove(i);
                }
            }
            _ => {
                // Garbage.
                for _ in 0..self.rng.below(8) {
                    let ns = self.rng.below(4);
                    let d = self.rng.chance(25);
                    self.fresh(ns, d, false);
                }
            }
        }
    }

    /// Checks the heap graph against the model; returns the reachable ids.
    pub fn verify(&mut self) -> HashSet<u64> {
        let mut addr_of: HashMap<u64, usize> = HashMap::new();
        let mut stack: Vec<(usize, u64)> = Vec::new();
        for i in 0..self.model_roots.len() {
            stack.push((self.roots.get(i), self.model_roots[i]));
        }
        while let Some((h, id)) = stack.pop() {
            if let Some(&a) = addr_of.get(&id) {
                assert_eq!(a, h, "node {id} reachable at two addresses");
                continue;
            }
            addr_of.insert(id, h);
            assert!(
                ferrite_gc::in_heap(h),
                "node {id}: {h:#x} not a heap address"
            );
            let hp = h as *const ferrite_gc::Header;
            let slots = &self.nodes[&id];
            // SAFETY: the model only follows pointers to live nodes reachable from its roots.
            unsafe {
                assert_eq!(node_id(hp), id, "wrong object at {h:#x}");
                assert_eq!(node_nslots(hp), slots.len(), "node {id}: slot count");
                for (j, s) in slots.iter().enumerate() {
                    let v = node_get(hp, j);
                    match s {
                        None => assert_eq!(v, 0, "node {id} slot {j} should be empty"),
                        Some(t) => {
                            assert_ne!(v, 0, "node {id} slot {j} should point to {t}");
                            stack.push((v, *t));
                        }
                    }
                }
            }
        }
        let addrs: HashSet<usize> = addr_of.values().copied().collect();
        assert_eq!(addrs.len(), addr_of.len(), "two nodes share an address");
        let reachable: HashSet<u64> = addr_of.keys().copied().collect();
        // Destructors: only for unreachable nodes of this model, at most once.
        let mut drops = DROPS.lock().unwrap();
        let mut mine = Vec::new();
        drops.retain(|&d| {
            if d >= self.id_base && d < self.id_base + (1 << 32) {
                mine.push(d);
                false
            } else {
                true
            }
        });
        drop(drops);
        for d in mine {
            assert!(
                !reachable.contains(&d),
                "destructor ran for reachable node {d}"
            );
            assert!(
                self.has_drop.contains(&d),
                "destructor ran for node {d} without one"
            );
            assert!(
                self.dropped_seen.insert(d),
                "destructor ran twice for node {d}"
            );
        }
        // Forget unreachable nodes in the model (they can never become reachable again).
        self.nodes.retain(|id, _| reachable.contains(id));
        reachable
    }

    /// Runs `steps` random operations, collecting (minor or major) with probability
    /// 1/`every` per step and verifying after each collection.
    pub fn run(&mut self, steps: usize, every: usize) {
        for _ in 0..steps {
            self.step();
            ferrite_gc::safepoint();
            if self.rng.below(every) == 0 {
                if self.rng.chance(15) {
                    ferrite_gc::collect_major();
                } else {
                    ferrite_gc::collect_minor();
                }
                self.collections += 1;
                self.verify();
            }
        }
        self.verify();
    }
}
