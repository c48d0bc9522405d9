//! Object-model tests that need no interpreter: bootstrap, dicts, numbers, strings, MRO.

use ferrite_runtime::errors::{exc_type, Exc};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::float::float_repr;
use ferrite_runtime::objects::int::*;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{numeric, ops, types, Value};

fn setup() -> ferrite_gc::MutatorGuard {
    let g = ferrite_gc::register_thread();
    ferrite_runtime::init::init();
    g
}

fn s(v: Value) -> String {
    str_of(v).to_string()
}

#[test]
fn bootstrap_builds_the_type_cycle_and_hierarchy() {
    let _g = setup();
    let ty = bt(BT::Type);
    assert_eq!(type_of(ty), ty, "type's class is type");
    assert!(types::is_subtype(bt(BT::Bool), bt(BT::Int)));
    assert!(types::is_subtype(
        exc_type(Exc::KeyError),
        exc_type(Exc::LookupError)
    ));
    assert!(!types::is_subtype(bt(BT::Int), bt(BT::Str)));
    assert_eq!(s(ops::repr(bt(BT::Int)).unwrap()), "<class 'int'>");
    assert_eq!(s(ops::repr(none()).unwrap()), "None");
    assert_eq!(s(ops::repr(py_true()).unwrap()), "True");
}

#[test]
fn dict_keeps_insertion_order_and_survives_deletes() {
    let _g = setup();
    let d = new_dict();
    for i in 0..100 {
        dict_set(d, new_int(i), new_int(i * i)).unwrap();
    }
    for i in (0..100).step_by(2) {
        assert!(dict_del(d, new_int(i)).unwrap().is_some());
    }
    assert_eq!(dict_len(d), 50);
    let keys: Vec<i64> = table(d).iter().map(|e| e.key.small()).collect();
    assert_eq!(keys, (1..100).step_by(2).collect::<Vec<_>>());
    assert_eq!(dict_get(d, new_int(7)).unwrap(), Some(new_int(49)));
    assert_eq!(dict_get(d, new_int(8)).unwrap(), None);
    // str keys found by content, not identity
    dict_set(d, new_str("alpha"), new_int(1)).unwrap();
    assert_eq!(dict_get(d, new_str("alpha")).unwrap(), Some(new_int(1)));
    assert_eq!(dict_get_str(d, "alpha"), Some(new_int(1)));
    // 1 and 1.0 and True are the same key
    dict_set(d, py_true(), new_int(5)).unwrap();
    assert_eq!(dict_get(d, new_int(1)).unwrap(), Some(new_int(5)));
}

#[test]
fn unhashable_key_raises_type_error() {
    let _g = setup();
    let d = new_dict();
    let l = ferrite_runtime::objects::list::new_list(&[]);
    let e = dict_set(d, l, none()).unwrap_err();
    assert!(ferrite_runtime::errors::exc_matches(
        e.0,
        exc_type(Exc::TypeError)
    ));
    assert_eq!(
        ferrite_runtime::methods::object::exc_str_string(e.0).unwrap(),
        "unhashable type: 'list'"
    );
}

#[test]
fn int_arithmetic_promotes_to_bigint_and_floors() {
    let _g = setup();
    use numeric::{binary_op, NumOp};
    let big = binary_op(new_int(1 << 61), new_int(1 << 61), NumOp::Mul, false).unwrap();
    assert_eq!(
        int_to_big(big).to_string(),
        "5316911983139663491615228241121378304"
    );
    let q = binary_op(new_int(-7), new_int(2), NumOp::FloorDiv, false).unwrap();
    assert_eq!(q.small(), -4);
    let r = binary_op(new_int(-7), new_int(2), NumOp::Mod, false).unwrap();
    assert_eq!(r.small(), 1);
    let e = binary_op(new_int(1), new_int(0), NumOp::FloorDiv, false).unwrap_err();
    assert_eq!(
        ferrite_runtime::methods::object::exc_str_string(e.0).unwrap(),
        "integer division or modulo by zero"
    );
    let p = binary_op(new_int(2), new_int(100), NumOp::Pow, false).unwrap();
    assert_eq!(s(ops::repr(p).unwrap()), "1267650600228229401496703205376");
    let err = binary_op(new_int(1), new_str("a"), NumOp::Add, false).unwrap_err();
    assert_eq!(
        ferrite_runtime::methods::object::exc_str_string(err.0).unwrap(),
        "unsupported operand type(s) for +: 'int' and 'str'"
    );
}

#[test]
fn float_repr_is_shortest_round_trip() {
    for (f, want) in [
        (0.1, "0.1"),
        (1.0, "1.0"),
        (1e16, "1e+16"),
        (1.5e-5, "1.5e-05"),
        (123456789.0, "123456789.0"),
        (0.0001, "0.0001"),
        (-0.0, "-0.0"),
        (f64::INFINITY, "inf"),
        (2.0f64.powi(70), "1.1805916207174113e+21"),
        (1.0 / 3.0, "0.3333333333333333"),
    ] {
        assert_eq!(float_repr(f), want);
    }
}

#[test]
fn str_methods_match_cpython() {
    let _g = setup();
    let call =
        |recv: Value, name: &str, args: &[Value]| ops::call_method(recv, name, args).unwrap();
    let r = call(new_str("a,b,,c"), "split", &[new_str(",")]);
    assert_eq!(s(ops::repr(r).unwrap()), "['a', 'b', '', 'c']");
    let r = call(new_str("  hi  "), "strip", &[]);
    assert_eq!(s(r), "hi");
    let r = call(
        new_str("-"),
        "join",
        &[new_tuple(&[new_str("x"), new_str("y")])],
    );
    assert_eq!(s(r), "x-y");
    let r = call(
        new_str("{0}-{1!r:>6}|{2:+.2f}"),
        "format",
        &[
            new_int(1),
            new_str("ab"),
            ferrite_runtime::objects::float::new_float(2.345),
        ],
    );
    assert_eq!(s(r), "1-  'ab'|+2.35");
    assert_eq!(s(ops::repr(new_str("it's")).unwrap()), "\"it's\"");
    assert_eq!(s(ops::repr(new_str("a\nb")).unwrap()), "'a\\nb'");
}

#[test]
fn c3_mro_orders_diamond_and_rejects_conflicts() {
    let _g = setup();
    let ty = bt(BT::Type);
    let mk = |name: &str, bases: &[Value]| {
        let ns = new_dict();
        types::new_heap_type(ty, new_str(name), bases, ns)
    };
    let a = mk("A", &[]).unwrap();
    let b = mk("B", &[a]).unwrap();
    let c = mk("C", &[a]).unwrap();
    let d = mk("D", &[b, c]).unwrap();
    let names: Vec<String> = ferrite_runtime::objects::tuple::tuple_items(as_type(d).mro)
        .iter()
        .map(|t| s(as_type(*t).name))
        .collect();
    assert_eq!(names, ["D", "B", "C", "A", "object"]);
    let err = mk("E", &[a, b]).unwrap_err();
    assert_eq!(
        ferrite_runtime::methods::object::exc_str_string(err.0).unwrap(),
        "Cannot create a consistent method resolution\norder (MRO) for bases A, B"
    );
}

#[test]
fn sort_is_stable_with_key_and_reverse() {
    let _g = setup();
    use ferrite_runtime::objects::list::{list_items, new_list};
    let pairs: Vec<Value> = [(3, 0), (1, 1), (3, 2), (2, 3), (1, 4)]
        .iter()
        .map(|&(k, i)| new_tuple(&[new_int(k), new_int(i)]))
        .collect();
    let l = new_list(&pairs);
    ferrite_runtime::sort::sort_list(l, None, true).unwrap();
    let got: Vec<String> = list_items(l)
        .iter()
        .map(|v| s(ops::repr(*v).unwrap()))
        .collect();
    assert_eq!(got, ["(3, 2)", "(3, 0)", "(2, 3)", "(1, 4)", "(1, 1)"]);
}

#[test]
fn object_lock_excludes_and_survives_collections() {
    let _g = setup();
    let l = ferrite_runtime::objects::list::new_list(&[]);
    {
        let _held = ferrite_runtime::objlock::lock(l);
        assert!(ferrite_runtime::objlock::is_locked(l));
        assert!(ferrite_runtime::objlock::try_lock(l).is_none());
    }
    assert!(!ferrite_runtime::objlock::is_locked(l));
    let g = ferrite_runtime::objlock::try_lock(l).expect("free after the guard dropped");
    drop(g);
    // the lock bit is the runtime's: a collection must neither clear nor set it
    let held = ferrite_runtime::objlock::lock(l);
    ferrite_gc::collect();
    assert!(ferrite_runtime::objlock::is_locked(l));
    drop(held);
    ferrite_gc::collect();
    assert!(!ferrite_runtime::objlock::is_locked(l));
}

#[test]
fn instances_share_maps_and_fall_back_to_dicts() {
    use ferrite_runtime::intern::intern;
    use ferrite_runtime::objects::instance::*;
    let _g = setup();
    let cls = types::new_heap_type(bt(BT::Type), new_str("P"), &[], new_dict()).unwrap();
    let (a, b) = (new_instance(cls), new_instance(cls));
    for o in [a, b] {
        set_attr(o, intern("x"), new_int(1)).unwrap();
        set_attr(o, intern("y"), new_int(2)).unwrap();
    }
    assert_ne!(map_addr(a), 0);
    assert_eq!(
        map_addr(a),
        map_addr(b),
        "same attributes in the same order: one map"
    );
    // a name built at run time finds the interned one
    assert_eq!(get_attr(a, new_str("y")), Some(new_int(2)));
    let c = new_instance(cls);
    set_attr(c, intern("y"), new_int(3)).unwrap();
    assert_ne!(map_addr(c), map_addr(a), "another order: another map");
    ferrite_gc::collect();
    assert_eq!(get_attr(b, intern("x")), Some(new_int(1)));
    // deletion moves the instance to a dict for good
    assert!(del_attr(a, intern("x")).unwrap());
    assert_eq!(map_addr(a), 0);
    assert_eq!(get_attr(a, intern("x")), None);
    assert_eq!(get_attr(a, intern("y")), Some(new_int(2)));
    assert!(!del_attr(a, intern("x")).unwrap());
    // many attributes overflow the inline slots, then the map itself
    let d = new_instance(cls);
    for i in 0..100 {
        set_attr(d, intern(&format!("a{i}")), new_int(i)).unwrap();
    }
    ferrite_gc::collect();
    for i in 0..100 {
        assert_eq!(get_attr(d, intern(&format!("a{i}"))), Some(new_int(i)));
    }
    assert_eq!(map_addr(d), 0, "past MAX_ATTRS the instance uses a dict");
}
