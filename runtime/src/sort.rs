//! list.sort: a stable natural merge sort over indices in the shape of CPython's timsort
//! (ascending and strictly descending runs, runs extended to `minrun` by binary insertion,
//! timsort's run-stack invariants; no galloping), asking only Python's `<`, once per
//! comparison. It must stay well-behaved with inconsistent comparisons (std's `sort_by` may
//! panic on them). Values are read from GC-visible lists on every comparison, since a
//! comparison may run Python code that triggers a moving collection.

use crate::errors::{value_error, PyResult};
use crate::objects::list::{list_items, new_list};
use crate::value::Value;

pub fn sort_list(l: Value, key: Option<Value>, reverse: bool) -> PyResult<()> {
    // As CPython: the list looks empty while it is being sorted, and any mutation made
    // meanwhile (by a key function or a comparison) is detected at the end.
    let vals = new_list(list_items(l));
    // storage with no capacity: an append that is popped again still leaves capacity behind,
    // so it is detected too (CPython's `allocated = -1` trick)
    *list_items(l) = Vec::new();
    let r = sort_values(vals, key, reverse);
    let modified = list_items(l).capacity() != 0;
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
    merge_sort(&mut idx, &mut lt);
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

/// CPython's minrun: n's top 6 bits, plus one if any lower bit is set.
fn minrun(mut n: usize) -> usize {
    let mut r = 0;
    while n >= 64 {
        r |= n & 1;
        n >>= 1;
    }
    n + r
}

/// Sorts `s[start..]` into the sorted prefix `s[..start]`, one binary search per item.
fn binary_insertion(s: &mut [usize], start: usize, lt: &mut impl FnMut(usize, usize) -> bool) {
    for k in start.max(1)..s.len() {
        let pivot = s[k];
        let (mut l, mut r) = (0, k);
        while l < r {
            let m = (l + r) / 2;
            if lt(pivot, s[m]) {
                r = m;
            } else {
                l = m + 1;
            }
        }
        s[l..=k].rotate_right(1);
    }
}

/// Merges the sorted halves `s[..mid]` and `s[mid..]` stably.
fn merge(s: &mut [usize], mid: usize, lt: &mut impl FnMut(usize, usize) -> bool) {
    let left = s[..mid].to_vec();
    let (mut i, mut j, mut k) = (0, mid, 0);
    while i < left.len() && j < s.len() {
        if lt(s[j], left[i]) {
            s[k] = s[j];
            j += 1;
        } else {
            s[k] = left[i];
            i += 1;
        }
        k += 1;
    }
    s[k..k + left.len() - i].copy_from_slice(&left[i..]);
}

fn merge_sort(idx: &mut [usize], lt: &mut impl FnMut(usize, usize) -> bool) {
    let n = idx.len();
    if n < 2 {
        return;
    }
    let min = minrun(n);
    // (start, len) of the pending runs
    let mut runs: Vec<(usize, usize)> = Vec::new();
    let merge_at = |runs: &mut Vec<(usize, usize)>, i: usize, idx: &mut [usize], lt: &mut _| {
        let (a, la) = runs[i];
        let (_, lb) = runs[i + 1];
        merge(&mut idx[a..a + la + lb], la, lt);
        runs[i] = (a, la + lb);
        runs.remove(i + 1);
    };
    let mut i = 0;
    while i < n {
        // the natural run starting at i
        let mut j = i + 1;
        if j < n {
            if lt(idx[j], idx[j - 1]) {
                while j + 1 < n && lt(idx[j + 1], idx[j]) {
                    j += 1;
                }
                j += 1;
                idx[i..j].reverse();
            } else {
                while j + 1 < n && !lt(idx[j + 1], idx[j]) {
                    j += 1;
                }
                j += 1;
            }
        }
        let end = (i + min).min(n).max(j);
        binary_insertion(&mut idx[i..end], j - i, lt);
        runs.push((i, end - i));
        i = end;
        // timsort's invariants on the run stack: lengths grow fast enough going down
        loop {
            let m = runs.len();
            let len = |k: usize| runs[k].1;
            if (m >= 3 && len(m - 3) <= len(m - 2) + len(m - 1))
                || (m >= 4 && len(m - 4) <= len(m - 3) + len(m - 2))
            {
                let at = if len(m - 3) < len(m - 1) {
                    m - 3
                } else {
                    m - 2
                };
                merge_at(&mut runs, at, idx, lt);
            } else if m >= 2 && len(m - 2) <= len(m - 1) {
                merge_at(&mut runs, m - 2, idx, lt);
            } else {
                break;
            }
        }
    }
    while runs.len() >= 2 {
        let m = runs.len();
        merge_at(&mut runs, m - 2, idx, lt);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sorted_by(keys: &[i64]) -> Vec<usize> {
        let mut idx: Vec<usize> = (0..keys.len()).collect();
        merge_sort(&mut idx, &mut |a, b| keys[a] < keys[b]);
        idx
    }

    #[test]
    fn sorts_stably_on_many_shapes() {
        let mut seed = 12345u64;
        let mut rnd = || {
            seed = seed
                .wrapping_mul(6364136223846793005)
                .wrapping_add(1442695040888963407);
            (seed >> 33) as i64
        };
        for n in [0, 1, 2, 3, 31, 32, 33, 64, 65, 100, 1000, 5000] {
            for shape in 0..4 {
                let keys: Vec<i64> = (0..n as i64)
                    .map(|i| match shape {
                        0 => rnd() % 10,
                        1 => i,
                        2 => -i,
                        _ => (i / 7) % 5,
                    })
                    .collect();
                let idx = sorted_by(&keys);
                let mut want: Vec<usize> = (0..n).collect();
                want.sort_by_key(|&i| keys[i]);
                assert_eq!(idx, want, "n={n} shape={shape}");
            }
        }
    }

    #[test]
    fn survives_inconsistent_comparisons() {
        let mut seed = 7u64;
        let mut idx: Vec<usize> = (0..3000).collect();
        merge_sort(&mut idx, &mut |_, _| {
            seed = seed.wrapping_mul(6364136223846793005).wrapping_add(1);
            seed >> 63 == 1
        });
        let mut seen = idx.clone();
        seen.sort_unstable();
        assert_eq!(seen, (0..3000).collect::<Vec<_>>(), "a permutation still");
    }

    #[test]
    fn sorted_input_costs_n_minus_1_comparisons() {
        let mut count = 0;
        let mut idx: Vec<usize> = (0..1000).collect();
        merge_sort(&mut idx, &mut |a, b| {
            count += 1;
            a < b
        });
        assert_eq!(count, 999);
    }
}
