//! Iterators over builtin sequences (list, tuple, str, range, dict views, sets) and the
//! generic `__getitem__` sequence iterator. One layout serves them all; the class says which.

use crate::errors::PyResult;
use crate::object::*;
use crate::objects::dict::table;
use crate::objects::int::new_int;
use crate::objects::list::{list_get, list_len};
use crate::objects::str::{char_str, str_char_at, str_char_len, str_is_ascii, str_of};
use crate::objects::tuple::{new_tuple, tuple_items, tuple_len};
use crate::value::Value;
use ferrite_gc::Header;

#[repr(C)]
pub struct IterObject {
    pub header: Header,
    pub seq: Value,
    pub extra: Value,
    pub index: i64,
    pub stop: i64,
    pub step: i64,
    /// dict iterators: the size at creation (RuntimeError if it changes)
    pub len: usize,
}
crate::fixed_kind!(ITER_KIND, "iterator", IterObject, [seq, extra]);

pub fn new_iter(cls: BT, seq: Value) -> Value {
    new_obj::<IterObject>(bt(cls), |o| o.seq = seq)
}

pub fn new_range_iter(start: i64, stop: i64, step: i64) -> Value {
    new_obj::<IterObject>(bt(BT::RangeIter), |o| {
        o.index = start;
        o.stop = stop;
        o.step = step;
    })
}

pub fn new_seq_iter(seq: Value) -> Value {
    new_iter(BT::SeqIter, seq)
}

pub fn new_dict_iter(cls: BT, d: Value) -> Value {
    let n = table(d).used;
    new_obj::<IterObject>(bt(cls), |o| {
        o.seq = d;
        o.len = n;
    })
}

/// `next()` for builtin iterators: Ok(Some(Some(v))) item, Ok(Some(None)) exhausted,
/// Ok(None) when `it` is not a builtin iterator (caller uses `__next__`).
/// `next()` of a range or list iterator, small enough to inline into the eval loop's
/// FOR_ITER; None for every other iterator.
#[inline]
pub fn next_range_or_list(it: Value) -> Option<Option<Value>> {
    if !it.is_ptr() {
        return None;
    }
    let t = type_of(it);
    let o = obj::<IterObject>(it);
    if t == bt(BT::RangeIter) {
        let i = o.index;
        if (o.step > 0 && i < o.stop) || (o.step < 0 && i > o.stop) {
            o.index = i + o.step;
            Some(Some(new_int(i)))
        } else {
            Some(None)
        }
    } else if t == bt(BT::ListIter) {
        if o.seq.is_null() {
            return Some(None);
        }
        match list_get(o.seq, o.index as usize) {
            Some(v) => {
                o.index += 1;
                Some(Some(v))
            }
            None => {
                o.seq = Value::NULL;
                Some(None)
            }
        }
    } else {
        None
    }
}

pub fn fast_next(it: Value) -> PyResult<Option<Option<Value>>> {
    if !it.is_ptr() {
        return Ok(None);
    }
    let t = type_of(it);
    let o = obj::<IterObject>(it);
    macro_rules! is {
        ($b:ident) => {
            t == bt(BT::$b)
        };
    }
    if is!(ListIter) {
        if o.seq.is_null() {
            return Ok(Some(None));
        }
        let i = o.index as usize;
        match list_get(o.seq, i) {
            Some(v) => {
                o.index += 1;
                Ok(Some(Some(v)))
            }
            None => {
                o.seq = Value::NULL;
                Ok(Some(None))
            }
        }
    } else if is!(RangeIter) {
        let i = o.index;
        if (o.step > 0 && i < o.stop) || (o.step < 0 && i > o.stop) {
            o.index = i + o.step;
            Ok(Some(Some(new_int(i))))
        } else {
            Ok(Some(None))
        }
    } else if is!(TupleIter) {
        if o.seq.is_null() {
            return Ok(Some(None));
        }
        let i = o.index as usize;
        if i < tuple_len(o.seq) {
            o.index += 1;
            Ok(Some(Some(tuple_items(o.seq)[i])))
        } else {
            o.seq = Value::NULL;
            Ok(Some(None))
        }
    } else if is!(ListRevIter) {
        if o.seq.is_null() || o.index < 0 {
            return Ok(Some(None));
        }
        let i = o.index as usize;
        if i < list_len(o.seq) {
            o.index -= 1;
            Ok(Some(list_get(o.seq, i)))
        } else {
            o.seq = Value::NULL;
            Ok(Some(None))
        }
    } else if is!(StrIter) {
        if o.seq.is_null() {
            return Ok(Some(None));
        }
        let i = o.index as usize;
        if i < str_char_len(o.seq) {
            o.index += 1;
            if str_is_ascii(o.seq) {
                return Ok(Some(Some(str_char_at(o.seq, i))));
            }
            // non-ASCII: `step` holds the byte offset of character `index`
            let b = o.step as usize;
            let c = str_of(o.seq)[b..].chars().next().unwrap_or('\0');
            o.step = (b + c.len_utf8()) as i64;
            Ok(Some(Some(char_str(c))))
        } else {
            o.seq = Value::NULL;
            Ok(Some(None))
        }
    } else if is!(SetIter) {
        if o.seq.is_null() {
            return Ok(Some(None));
        }
        let tab = crate::objects::set::set_table(o.seq);
        if tab.used != o.len {
            o.len = usize::MAX;
            return Err(crate::errors::runtime_error(
                "Set changed size during iteration",
            ));
        }
        match tab.next_from(o.index as usize) {
            Some((ix, e)) => {
                o.index = ix as i64 + 1;
                Ok(Some(Some(e.key)))
            }
            None => {
                obj::<IterObject>(it).seq = Value::NULL;
                Ok(Some(None))
            }
        }
    } else if is!(DictKeyIter) || is!(DictValueIter) || is!(DictItemIter) {
        if o.seq.is_null() {
            return Ok(Some(None));
        }
        let tab = table(o.seq);
        if tab.used != o.len {
            o.len = usize::MAX;
            let what = if is!(SetIter) { "Set" } else { "dictionary" };
            return Err(crate::errors::runtime_error(format!(
                "{} changed size during iteration",
                what
            )));
        }
        match tab.next_from(o.index as usize) {
            Some((ix, e)) => {
                o.index = ix as i64 + 1;
                let v = if is!(DictKeyIter) || is!(SetIter) {
                    e.key
                } else if is!(DictValueIter) {
                    e.value
                } else {
                    new_tuple(&[e.key, e.value])
                };
                Ok(Some(Some(v)))
            }
            None => {
                obj::<IterObject>(it).seq = Value::NULL;
                Ok(Some(None))
            }
        }
    } else if is!(SeqIter) {
        if o.seq.is_null() {
            return Ok(Some(None));
        }
        let i = o.index;
        let seq = o.seq;
        match crate::ops::getitem(seq, new_int(i)) {
            Ok(v) => {
                obj::<IterObject>(it).index += 1;
                Ok(Some(Some(v)))
            }
            Err(e)
                if crate::errors::exc_matches(
                    e.0,
                    crate::errors::exc_type(crate::errors::Exc::IndexError),
                ) || crate::errors::exc_matches(
                    e.0,
                    crate::errors::exc_type(crate::errors::Exc::StopIteration),
                ) =>
            {
                obj::<IterObject>(it).seq = Value::NULL;
                Ok(Some(None))
            }
            Err(e) => Err(e),
        }
    } else {
        Ok(None)
    }
}
