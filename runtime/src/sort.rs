//! list.sort: a stable merge sort (std's `sort_by`) over indices, comparing through Python's
//! `<`. Values are read from GC-visible lists on every comparison, since a comparison may run
//! Python code that triggers a moving collection.

use crate::errors::{value_error, PyResult};
use crate::objects::list::{list_items, new_list};
use crate::value::Value;

pub fn sort_list(l: Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    // As CPython: the list looks empty while it is being sorted, and any mutation made
    // meanwhile (by a key function or a comparison) is detected at the end.
    let vals = new_list(list_items(l));
    list_items(l).clear();
    let r = sort_values(vals, key, reverse);
    let modified = !list_items(l).is_empty();
    let sorted = list_items(vals).clone();
    *list_items(l) = sorted;
    crate::object::write_barrier(l);
    r?;
    if modified {
        return Err(value_error("list modified during sort"));
    }
    Ok(())
}

/// Sorts the items of list `l` in place (nobody else sees `l`).
fn sort_values(l: Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    let n = list_items(l).len();
    let keys = new_list(&[]);
    for i in 0..n {
        let x = list_items(l)[i];
        let k = match key {
            Some(f) => crate::ops::call(f, &[x], &[])?,
            None => x,
        };
        crate::objects::list::list_push(keys, k);
    }
    let vals = new_list(list_items(l));
    let mut idx: Vec<usize> = (0..n).collect();
    // reverse=True keeps stability the way CPython does: reverse, sort, reverse
    if reverse {
        idx.reverse();
    }
    let mut err = None;
    let mut lt = |a: usize, b: usize| -> bool {
        if err.is_some() {
            return false;
        }
        let (ka, kb) = (list_items(keys)[a], list_items(keys)[b]);
        match crate::ops::compare(ka, kb, crate::ops::CmpOp::Lt).and_then(crate::ops::truthy) {
            Ok(r) => r,
            Err(e) => {
                err = Some(e);
                false
            }
        }
    };
    idx.sort_by(|&a, &b| {
        if lt(a, b) {
            std::cmp::Ordering::Less
        } else if lt(b, a) {
            std::cmp::Ordering::Greater
        } else {
            std::cmp::Ordering::Equal
        }
    });
    if reverse {
        idx.reverse();
    }
    if let Some(e) = err {
        return Err(e);
    }
    for (j, &i) in idx.iter().enumerate() {
        let v = list_items(vals)[i];
        list_items(l)[j] = v;
    }
    crate::object::write_barrier(l);
    Ok(())
}
