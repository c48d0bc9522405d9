//! `__future__`: feature records for `from __future__ import ...`. The compiler acts on the
//! statement itself; this module only has to provide the names. (CPython's Lib has a
//! pure-Python `__future__`; this stand-in serves until the Lib import system lands, and
//! should then be dropped in favour of the real module.)

use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_push, new_list};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{PyResult, Value};

/// A release as (major, minor, micro).
type Release = (i64, i64, i64);

/// (name, optional release, mandatory release or None, compiler flag)
const FEATURES: &[(&str, Release, Option<Release>, i64)] = &[
    ("nested_scopes", (2, 1, 0), Some((2, 2, 0)), 0x10),
    ("generators", (2, 2, 0), Some((2, 3, 0)), 0),
    ("division", (2, 2, 0), Some((3, 0, 0)), 0x20000),
    ("absolute_import", (2, 5, 0), Some((3, 0, 0)), 0x40000),
    ("with_statement", (2, 5, 0), Some((2, 6, 0)), 0x80000),
    ("print_function", (2, 6, 0), Some((3, 0, 0)), 0x100000),
    ("unicode_literals", (2, 6, 0), Some((3, 0, 0)), 0x200000),
    ("barry_as_FLUFL", (3, 1, 0), Some((4, 0, 0)), 0x400000),
    ("generator_stop", (3, 5, 0), Some((3, 7, 0)), 0x800000),
    ("annotations", (3, 7, 0), None, 0x1000000),
];

fn release(v: Release) -> Value {
    let (a, b, c) = v;
    new_tuple(&[
        new_int(a),
        new_int(b),
        new_int(c),
        new_str("final"),
        new_int(0),
    ])
}

pub fn init(d: Value) -> PyResult<()> {
    let names = new_list(&[]);
    for &(name, opt, mand, flag) in FEATURES {
        let o = release(opt);
        let m = match mand {
            Some(v) => release(v),
            None => ferrite_runtime::object::none(),
        };
        let feature = new_tuple(&[o, m, new_int(flag)]);
        dict_set_str(d, name, feature);
        let n = new_str(name);
        list_push(names, n);
    }
    dict_set_str(d, "all_feature_names", names);
    Ok(())
}
