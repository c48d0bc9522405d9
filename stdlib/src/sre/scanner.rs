//! `_sre.SRE_Scanner` (pattern.scanner(): successive matches) and the iterator that
//! pattern.finditer returns (CPython's `iter(scanner.search, None)`).

use super::matchobj::new_match;
use super::pattern::{code_err, keep, pdata};
use super::ssize_arg;
use super::subject::{get_subject_for, with_state, Subject, Units};
use ferrite_gc::Tracer;
use ferrite_runtime::args::check;
use ferrite_runtime::errors::{stop_iteration, type_error, PyResult};
use ferrite_runtime::object::{none, write_barrier};
use ferrite_runtime::objects::native::{native_mut, new_native, NativeData};
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::sync::Arc;

pub struct ScannerData {
    pattern: Value,
    string: Value,
    wide: Option<Arc<Vec<u32>>>,
    code: Arc<Vec<u32>>,
    groups: usize,
    is_bytes: bool,
    pos: usize,
    endpos: usize,
    start: usize,
    must_advance: bool,
    done: bool,
}

impl NativeData for ScannerData {
    fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.pattern.0);
        t.visit(&mut self.string.0);
    }
}

pub fn new_scanner(pattern: Value, string: Value, pos: Value, endpos: Value) -> PyResult<Value> {
    let p = pdata(pattern)?;
    let (code, groups, pb) = (p.code.clone(), p.groups, p.is_bytes);
    let subj = get_subject_for(string, pb)?;
    let len = subj.len() as i64;
    let pos = ssize_arg(pos, 0)?.clamp(0, len) as usize;
    let endpos = ssize_arg(endpos, i64::MAX)?.clamp(0, len) as usize;
    let data = ScannerData {
        pattern,
        string,
        wide: subj.wide(),
        code,
        groups,
        is_bytes: subj.is_bytes,
        pos,
        endpos,
        start: pos,
        must_advance: false,
        done: false,
    };
    keep(string);
    Ok(new_native(super::scanner_type(), data))
}

fn sdata(v: Value) -> PyResult<&'static mut ScannerData> {
    native_mut::<ScannerData>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_sre.SRE_Scanner' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

/// The next match (search or anchored match), or None once exhausted.
fn step(sc: Value, search: bool) -> PyResult<Value> {
    let d = sdata(sc)?;
    if d.done {
        return Ok(none());
    }
    let (pattern, string) = (d.pattern, d.string);
    let (code, groups) = (d.code.clone(), d.groups);
    let (pos, endpos, start, adv) = (d.pos, d.endpos, d.start, d.must_advance);
    let subj = match d.wide.clone() {
        Some(w) => Subject {
            units: Units::Wide(w),
            is_bytes: false,
        },
        None => get_subject_for(string, Some(d.is_bytes))?,
    };
    let r = with_state!(subj, start, endpos, groups, |st| {
        st.must_advance = adv;
        let found = if search {
            st.search(&code)
        } else {
            st.do_match(&code)
        }
        .map_err(code_err)?;
        let d = sdata(sc)?;
        if found {
            d.must_advance = st.ptr == st.start;
            d.start = st.ptr;
            new_match(pattern, string, &subj, &st, groups, pos, endpos)
        } else {
            d.done = true;
            none()
        }
    });
    keep(string);
    write_barrier(sc);
    Ok(r)
}

fn s_match(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("match", &a[1..], kw, 0, 0)?;
    step(a[0], false)
}
fn s_search(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("search", &a[1..], kw, 0, 0)?;
    step(a[0], true)
}
fn g_pattern(v: Value) -> PyResult<Value> {
    Ok(sdata(v)?.pattern)
}

pub const METHODS: &[(&str, ferrite_runtime::objects::function::NativeFn)] =
    &[("match", s_match), ("search", s_search)];

pub fn install(t: Value) {
    ferrite_runtime::methods::getset(t, "pattern", g_pattern);
    ferrite_runtime::types::refresh_flags(t);
}

/// The finditer iterator: its scanner.
pub struct IterData {
    scanner: Value,
}
impl NativeData for IterData {
    fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.scanner.0);
    }
}

pub fn new_iter(scanner: Value) -> Value {
    new_native(super::iter_type(), IterData { scanner })
}

fn i_iter(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__iter__", &a[1..], kw, 0, 0)?;
    Ok(a[0])
}
fn i_next(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__next__", &a[1..], kw, 0, 0)?;
    let sc = match native_mut::<IterData>(a[0]) {
        Some(d) => d.scanner,
        None => return Err(type_error("expected a callable_iterator")),
    };
    let m = step(sc, true)?;
    if m == none() {
        return Err(stop_iteration(none()));
    }
    Ok(m)
}

pub const ITER_METHODS: &[(&str, ferrite_runtime::objects::function::NativeFn)] =
    &[("__iter__", i_iter), ("__next__", i_next)];
