mod common;
use common::*;
use ferrite_gc::RootedVec;

#[test]
fn nodes_survive_minor_and_major() {
    let _s = serial();
    let _g = setup();
    let mut roots = RootedVec::new();
    fill(&mut roots);
    let before = roots.get(0);
    ferrite_gc::collect_minor();
    check(&roots);
    assert!(!ferrite_gc::is_young(roots.get(0) as *const _));
    let _ = before;
    ferrite_gc::collect_major();
    check(&roots);
    ferrite_gc::collect();
    check(&roots);
}

#[inline(never)]
fn fill(roots: &mut RootedVec) {
    for i in 0..1000u64 {
        let n = new_node(i, 2, false);
        roots.push(n as usize);
        if i > 0 {
            let prev = roots.get(i as usize - 1);
            // SAFETY: the nodes are rooted in `roots` and laid out as common/mod.rs describes.
            unsafe { node_set(roots.get(i as usize) as *mut _, 0, prev) };
        }
    }
}

fn check(roots: &RootedVec) {
    for i in 0..1000usize {
        let n = roots.get(i) as *const ferrite_gc::Header;
        // SAFETY: the nodes are rooted in `roots` and laid out as common/mod.rs describes.
        unsafe {
            assert_eq!(node_id(n), i as u64);
            if i > 0 {
                assert_eq!(node_get(n, 0), roots.get(i - 1));
            }
        }
    }
}
