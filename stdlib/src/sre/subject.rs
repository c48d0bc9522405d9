//! Subjects (the strings being matched) as code units for the engine, and slicing them back
//! into str/bytes objects.
//!
//! ASCII str and bytes are matched in place (one byte per character); other str are decoded
//! to code points once per call (shared with the Match objects through an Arc, so that group
//! slices are cheap). The borrowed forms point into the subject object, which the caller keeps
//! on its stack (so the collector pins it) for as long as the Subject lives.

use ferrite_runtime::errors::{type_error, PyResult};
use ferrite_runtime::methods::builtin_value;
use ferrite_runtime::methods::bytes::{bytes_data, is_bytes_like, new_bytes};
use ferrite_runtime::methods::memoryview::{is_memoryview, view_bytes};
use ferrite_runtime::object::{layout_of, Layout};
use ferrite_runtime::objects::str::{new_str, str_is_ascii, str_of};
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::borrow::Cow;
use std::sync::Arc;

pub enum Units<'a> {
    Narrow(Cow<'a, [u8]>),
    Wide(Arc<Vec<u32>>),
}

pub struct Subject<'a> {
    pub units: Units<'a>,
    pub is_bytes: bool,
}

impl Subject<'_> {
    pub fn len(&self) -> usize {
        match &self.units {
            Units::Narrow(b) => b.len(),
            Units::Wide(w) => w.len(),
        }
    }
    pub fn wide(&self) -> Option<Arc<Vec<u32>>> {
        match &self.units {
            Units::Wide(w) => Some(w.clone()),
            _ => None,
        }
    }
}

pub fn is_str(v: Value) -> bool {
    v.is_ptr() && layout_of(builtin_value(v)) == Layout::Str
}

/// Is `v` usable as a subject, and is it bytes-like? (None: neither str nor a buffer)
pub fn kind_of(v: Value) -> Option<bool> {
    if is_str(v) {
        Some(false)
    } else if is_bytes_like(v) || is_memoryview(v) {
        Some(true)
    } else {
        None
    }
}

/// CPython's getstring(): the subject's code units.
pub fn get_subject<'a>(v: Value) -> PyResult<Subject<'a>> {
    if is_str(v) {
        let b = builtin_value(v);
        let s: &'a str = str_of(b);
        let units = if str_is_ascii(b) {
            Units::Narrow(Cow::Borrowed(s.as_bytes()))
        } else {
            Units::Wide(Arc::new(s.chars().map(|c| c as u32).collect()))
        };
        return Ok(Subject {
            units,
            is_bytes: false,
        });
    }
    if is_bytes_like(v) {
        let b = builtin_value(v);
        let units = if layout_of(b) == Layout::Bytes {
            Units::Narrow(Cow::Borrowed(bytes_data(b)))
        } else {
            // a bytearray may change under a callback: match a copy
            Units::Narrow(Cow::Owned(bytes_data(b).to_vec()))
        };
        return Ok(Subject {
            units,
            is_bytes: true,
        });
    }
    if is_memoryview(v) {
        return Ok(Subject {
            units: Units::Narrow(Cow::Owned(view_bytes(v)?)),
            is_bytes: true,
        });
    }
    Err(type_error(format!(
        "expected string or bytes-like object, got '{}'",
        type_name_of(v)
    )))
}

/// A subject checked against its pattern's kind (`pat_bytes`: None for a None pattern).
pub fn get_subject_for<'a>(v: Value, pat_bytes: Option<bool>) -> PyResult<Subject<'a>> {
    let s = get_subject(v)?;
    match pat_bytes {
        Some(false) if s.is_bytes => Err(type_error(
            "cannot use a string pattern on a bytes-like object",
        )),
        Some(true) if !s.is_bytes => Err(type_error(
            "cannot use a bytes pattern on a string-like object",
        )),
        _ => Ok(s),
    }
}

/// `string[a:b]` as a new str/bytes (an exact str or bytes even for subclasses/bytearray).
/// `wide` is the decoded form of a non-ASCII str subject.
pub fn slice(
    string: Value,
    wide: Option<&[u32]>,
    is_bytes: bool,
    a: usize,
    b: usize,
) -> PyResult<Value> {
    if is_bytes {
        if is_bytes_like(string) {
            let d = bytes_data(string);
            let (a, b) = (a.min(d.len()), b.min(d.len()));
            return Ok(new_bytes(&d[a..b.max(a)]));
        }
        let d = view_bytes(string)?;
        let (a, b) = (a.min(d.len()), b.min(d.len()));
        return Ok(new_bytes(&d[a..b.max(a)]));
    }
    if let Some(w) = wide {
        let (a, b) = (a.min(w.len()), b.min(w.len()));
        let s: String = w[a..b.max(a)]
            .iter()
            .map(|&c| char::from_u32(c).unwrap_or('\u{fffd}'))
            .collect();
        return Ok(new_str(&s));
    }
    let s = str_of(builtin_value(string));
    let (a, b) = (a.min(s.len()), b.min(s.len()));
    Ok(new_str(&s[a..b.max(a)]))
}

/// Runs `$body` with `$st` bound to a fresh engine State over the subject's units.
macro_rules! with_state {
    ($subj:expr, $pos:expr, $end:expr, $groups:expr, |$st:ident| $body:block) => {
        match &$subj.units {
            $crate::sre::subject::Units::Narrow(b) => {
                #[allow(unused_mut)]
                let mut $st = $crate::sre::engine::State::new(&b[..], $pos, $end, $groups);
                $body
            }
            $crate::sre::subject::Units::Wide(w) => {
                #[allow(unused_mut)]
                let mut $st = $crate::sre::engine::State::new(&w[..], $pos, $end, $groups);
                $body
            }
        }
    };
}
pub(crate) use with_state;
