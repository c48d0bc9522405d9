//! `re.Pattern`: a compiled regular expression (`_sre.compile`) and its methods.

use super::engine::InvalidCode;
use super::matchobj::new_match;
use super::subject::{get_subject, get_subject_for, kind_of, slice, with_state, Subject};
use super::{invalid_code, parse_args, ssize_arg};
use ferrite_gc::Tracer;
use ferrite_runtime::args::check;
use ferrite_runtime::errors::{overflow_error, type_error, PyResult};
use ferrite_runtime::object::{none, not_implemented, py_bool, type_of};
use ferrite_runtime::objects::int::{int_to_i64, is_int, new_int};
use ferrite_runtime::objects::list::{list_items, list_len, list_push, new_list};
use ferrite_runtime::objects::native::{native_mut, new_native, NativeData};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::ops;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::sync::Arc;

pub struct PatternData {
    pub pattern: Value,
    pub flags: i64,
    pub code: Arc<Vec<u32>>,
    /// number of capturing groups (group 0 excluded)
    pub groups: usize,
    pub groupindex: Value,
    pub indexgroup: Value,
    /// None when the pattern source is None
    pub is_bytes: Option<bool>,
    /// The last long non-ASCII str subject and its decoded code points: code that calls
    /// `p.match(text, pos)` in a loop over one text (tokenizers, json) decodes it once.
    pub last_subject: Value,
    pub last_wide: Option<Arc<Vec<u32>>>,
}

impl NativeData for PatternData {
    fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.pattern.0);
        t.visit(&mut self.groupindex.0);
        t.visit(&mut self.indexgroup.0);
        t.visit(&mut self.last_subject.0);
    }
}

/// The data of Pattern `v` (checked by the method descriptors).
pub fn pdata(v: Value) -> PyResult<&'static mut PatternData> {
    native_mut::<PatternData>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 're.Pattern' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

/// Keeps `v` alive (and so pinned) up to this point.
#[inline]
pub fn keep(v: Value) {
    std::hint::black_box(v);
}

/// `_sre.compile(pattern, flags, code, groups, groupindex, indexgroup)`
pub fn sre_compile(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [pattern, flags, code, groups, groupindex, indexgroup] = parse_args(
        "compile",
        a,
        kw,
        [
            "pattern",
            "flags",
            "code",
            "groups",
            "groupindex",
            "indexgroup",
        ],
        6,
    )?;
    let flags = ssize_arg(flags, 0)?;
    if !ferrite_runtime::types::is_subtype(
        type_of(code),
        ferrite_runtime::object::bt(ferrite_runtime::object::BT::List),
    ) {
        return Err(type_error(format!(
            "compile() argument 'code' must be list, not {}",
            type_name_of(code)
        )));
    }
    let n = list_len(code);
    let mut words = Vec::with_capacity(n);
    for i in 0..n {
        // int subclasses (re._constants' _NamedIntConstant) wrap their int value
        let v = ferrite_runtime::methods::builtin_value(list_items(code)[i]);
        if !is_int(v) {
            return Err(type_error(format!(
                "an integer is required (got type {})",
                type_name_of(v)
            )));
        }
        match int_to_i64(v) {
            Some(x) if (0..=u32::MAX as i64).contains(&x) => words.push(x as u32),
            _ => {
                return Err(overflow_error(
                    "regular expression code size limit exceeded",
                ))
            }
        }
    }
    let groups = ssize_arg(groups, 0)?.max(0) as usize;
    let is_bytes = if pattern == none() {
        None
    } else {
        Some(kind_of(pattern).ok_or_else(|| {
            type_error(format!(
                "expected string or bytes-like object, got '{}'",
                type_name_of(pattern)
            ))
        })?)
    };
    if !ferrite_runtime::types::is_subtype(
        type_of(groupindex),
        ferrite_runtime::object::bt(ferrite_runtime::object::BT::Dict),
    ) {
        return Err(type_error(format!(
            "compile() argument 'groupindex' must be dict, not {}",
            type_name_of(groupindex)
        )));
    }
    if !ferrite_runtime::types::is_subtype(
        type_of(indexgroup),
        ferrite_runtime::object::bt(ferrite_runtime::object::BT::Tuple),
    ) {
        return Err(type_error(format!(
            "compile() argument 'indexgroup' must be tuple, not {}",
            type_name_of(indexgroup)
        )));
    }
    // CPython keeps a copy of groupindex (the compiler's dict may be reused)
    let gi = ops::call_method(groupindex, "copy", &[])?;
    Ok(new_native(
        super::pattern_type(),
        PatternData {
            pattern,
            flags,
            code: Arc::new(words),
            groups,
            groupindex: gi,
            indexgroup,
            is_bytes,
            last_subject: Value::NULL,
            last_wide: None,
        },
    ))
}

fn pos_args(pos: Value, endpos: Value, len: usize) -> PyResult<(usize, usize)> {
    let pos = ssize_arg(pos, 0)?.clamp(0, len as i64) as usize;
    let endpos = ssize_arg(endpos, i64::MAX)?.clamp(0, len as i64) as usize;
    Ok((pos, endpos))
}

pub fn code_err(_: InvalidCode) -> ferrite_runtime::errors::PyErr {
    invalid_code()
}

/// The subject, reusing the pattern's decoded copy of its last long non-ASCII str subject.
fn cached_subject<'a>(this: Value, string: Value, pb: Option<bool>) -> PyResult<Subject<'a>> {
    use ferrite_runtime::objects::str::{str_char_len, str_is_ascii};
    let b = ferrite_runtime::methods::builtin_value(string);
    if pb != Some(false)
        || !super::subject::is_str(string)
        || str_is_ascii(b)
        || str_char_len(b) < 256
    {
        return get_subject_for(string, pb);
    }
    let p = pdata(this)?;
    if p.last_subject == string {
        if let Some(w) = &p.last_wide {
            return Ok(Subject {
                units: super::subject::Units::Wide(w.clone()),
                is_bytes: false,
            });
        }
    }
    let s = get_subject_for(string, pb)?;
    let p = pdata(this)?;
    p.last_subject = string;
    p.last_wide = s.wide();
    ferrite_runtime::object::write_barrier(this);
    Ok(s)
}

#[derive(Clone, Copy, PartialEq)]
enum Mode {
    Match,
    FullMatch,
    Search,
}

fn do_match(a: &[Value], kw: &[Value], name: &str, mode: Mode) -> PyResult<Value> {
    let this = a[0];
    let [string, pos, endpos] = parse_args(name, &a[1..], kw, ["string", "pos", "endpos"], 1)?;
    let p = pdata(this)?;
    let (code, groups, pb) = (p.code.clone(), p.groups, p.is_bytes);
    let subj = cached_subject(this, string, pb)?;
    let (pos, endpos) = pos_args(pos, endpos, subj.len())?;
    let r = with_state!(subj, pos, endpos, groups, |st| {
        let found = match mode {
            Mode::Search => st.search(&code),
            Mode::Match => st.do_match(&code),
            Mode::FullMatch => {
                st.match_all = true;
                st.do_match(&code)
            }
        }
        .map_err(code_err)?;
        if found {
            new_match(this, string, &subj, &st, groups, pos, endpos)
        } else {
            none()
        }
    });
    keep(string);
    Ok(r)
}

fn p_match(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_match(a, kw, "match", Mode::Match)
}
fn p_fullmatch(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_match(a, kw, "fullmatch", Mode::FullMatch)
}
fn p_search(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_match(a, kw, "search", Mode::Search)
}

/// Group `g`'s text after a successful search, or `empty` ("" / b"") or None if unmatched.
fn group_slice(
    string: Value,
    subj: &Subject,
    span: Option<(usize, usize)>,
    empty: bool,
) -> PyResult<Value> {
    let w = subj.wide();
    match span {
        Some((s, e)) => slice(string, w.as_deref().map(|v| &v[..]), subj.is_bytes, s, e),
        None if empty => slice(string, None, subj.is_bytes, 0, 0),
        None => Ok(none()),
    }
}

fn p_findall(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = a[0];
    let [string, pos, endpos] = parse_args("findall", &a[1..], kw, ["string", "pos", "endpos"], 1)?;
    let p = pdata(this)?;
    let (code, groups, pb) = (p.code.clone(), p.groups, p.is_bytes);
    let subj = get_subject_for(string, pb)?;
    let (pos, endpos) = pos_args(pos, endpos, subj.len())?;
    let list = new_list(&[]);
    let wide = subj.wide();
    let w = wide.as_deref().map(|v| &v[..]);
    with_state!(subj, pos, endpos, groups, |st| {
        while st.start <= st.end {
            if !st.search(&code).map_err(code_err)? {
                break;
            }
            let item = match groups {
                0 => slice(string, w, subj.is_bytes, st.start, st.ptr)?,
                1 => group_slice(string, &subj, st.group_span(1), true)?,
                _ => {
                    let t = new_list(&[]);
                    for g in 1..=groups {
                        let v = group_slice(string, &subj, st.group_span(g), true)?;
                        list_push(t, v);
                    }
                    ops::to_tuple(t)?
                }
            };
            list_push(list, item);
            st.must_advance = st.ptr == st.start;
            st.start = st.ptr;
        }
    });
    keep(string);
    Ok(list)
}

fn p_scanner(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [string, pos, endpos] = parse_args("scanner", &a[1..], kw, ["string", "pos", "endpos"], 1)?;
    super::scanner::new_scanner(a[0], string, pos, endpos)
}

fn p_finditer(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [string, pos, endpos] =
        parse_args("finditer", &a[1..], kw, ["string", "pos", "endpos"], 1)?;
    let sc = super::scanner::new_scanner(a[0], string, pos, endpos)?;
    Ok(super::scanner::new_iter(sc))
}

fn p_split(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let this = a[0];
    let [string, maxsplit] = parse_args("split", &a[1..], kw, ["string", "maxsplit"], 1)?;
    let maxsplit = ssize_arg(maxsplit, 0)?;
    let p = pdata(this)?;
    let (code, groups, pb) = (p.code.clone(), p.groups, p.is_bytes);
    let subj = get_subject_for(string, pb)?;
    let list = new_list(&[]);
    let wide = subj.wide();
    let w = wide.as_deref().map(|v| &v[..]);
    let len = subj.len();
    with_state!(subj, 0, len, groups, |st| {
        let mut n = 0i64;
        let mut last = st.start;
        while maxsplit == 0 || n < maxsplit {
            if !st.search(&code).map_err(code_err)? {
                break;
            }
            let item = slice(string, w, subj.is_bytes, last, st.start)?;
            list_push(list, item);
            for g in 1..=groups {
                let v = group_slice(string, &subj, st.group_span(g), false)?;
                list_push(list, v);
            }
            n += 1;
            st.must_advance = st.ptr == st.start;
            st.start = st.ptr;
            last = st.ptr;
        }
        let item = slice(string, w, subj.is_bytes, last, st.end)?;
        list_push(list, item);
    });
    keep(string);
    Ok(list)
}

/// pattern.sub / subn.
fn subx(a: &[Value], kw: &[Value], name: &str, subn: bool) -> PyResult<Value> {
    let this = a[0];
    let [repl, string, count] = parse_args(name, &a[1..], kw, ["repl", "string", "count"], 2)?;
    let count = ssize_arg(count, 0)?;
    // what to insert: 0 literal, 1 callable, 2 template
    let mut filter = repl;
    let kind;
    if ferrite_runtime::ops::is_callable(repl) {
        kind = 1;
    } else {
        let literal = match get_subject(repl) {
            Ok(s) => match &s.units {
                super::subject::Units::Narrow(b) => !b.contains(&b'\\'),
                super::subject::Units::Wide(w) => !w.contains(&(b'\\' as u32)),
            },
            Err(_) => false,
        };
        if literal {
            kind = 0;
        } else {
            let re = crate::import_module("re")?;
            let ct = ops::getattr_str(re, "_compile_template")?;
            filter = ops::call(ct, &[this, repl], &[])?;
            match super::template::literal_only(filter) {
                Some(l) => {
                    filter = l;
                    kind = 0;
                }
                None => kind = 2,
            }
        }
    }
    let p = pdata(this)?;
    let (code, groups, pb) = (p.code.clone(), p.groups, p.is_bytes);
    let subj = get_subject_for(string, pb)?;
    let list = new_list(&[]);
    let wide = subj.wide();
    let w = wide.as_deref().map(|v| &v[..]);
    let len = subj.len();
    let mut n = 0i64;
    with_state!(subj, 0, len, groups, |st| {
        let mut i = 0usize;
        while count == 0 || n < count {
            if !st.search(&code).map_err(code_err)? {
                break;
            }
            let (b, e) = (st.start, st.ptr);
            if i < b {
                let item = slice(string, w, subj.is_bytes, i, b)?;
                list_push(list, item);
            }
            match kind {
                0 => list_push(list, filter),
                _ => {
                    let m = new_match(this, string, &subj, &st, groups, 0, len);
                    let item = if kind == 1 {
                        ops::call(filter, &[m], &[])?
                    } else {
                        super::template::expand(filter, m)?
                    };
                    if item != none() {
                        list_push(list, item);
                    }
                }
            }
            i = e;
            n += 1;
            st.must_advance = st.ptr == st.start;
            st.start = st.ptr;
        }
        if i < st.end {
            let item = slice(string, w, subj.is_bytes, i, st.end)?;
            list_push(list, item);
        }
    });
    let joiner = slice(string, None, subj.is_bytes, 0, 0)?;
    let r = if list_len(list) == 0 {
        joiner
    } else {
        ops::call_method(joiner, "join", &[list])?
    };
    keep(string);
    keep(filter);
    if subn {
        Ok(new_tuple(&[r, new_int(n)]))
    } else {
        Ok(r)
    }
}

fn p_sub(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    subx(a, kw, "sub", false)
}
fn p_subn(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    subx(a, kw, "subn", true)
}

const FLAG_NAMES: &[(&str, i64)] = &[
    ("re.TEMPLATE", 1),
    ("re.IGNORECASE", 2),
    ("re.LOCALE", 4),
    ("re.MULTILINE", 8),
    ("re.DOTALL", 16),
    ("re.UNICODE", 32),
    ("re.VERBOSE", 64),
    ("re.DEBUG", 128),
    ("re.ASCII", 256),
];

/// `repr(x)` cut to `n` characters (printf's `%.nR`).
pub fn repr_trunc(v: Value, n: usize) -> PyResult<String> {
    let r = ops::repr_string(v)?;
    Ok(match r.char_indices().nth(n) {
        Some((i, _)) => r[..i].to_string(),
        None => r,
    })
}

fn p_repr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__repr__", &a[1..], kw, 0, 0)?;
    let p = pdata(a[0])?;
    let pattern = p.pattern;
    let mut flags = p.flags;
    if p.is_bytes == Some(false) && flags & (4 | 32 | 256) == 32 {
        flags &= !32;
    }
    let mut s = format!("re.compile({}", repr_trunc(pattern, 200)?);
    if flags != 0 {
        s.push_str(", ");
        let mut first = true;
        for &(name, bit) in FLAG_NAMES {
            if flags & bit != 0 {
                if !first {
                    s.push('|');
                }
                s.push_str(name);
                first = false;
                flags &= !bit;
            }
        }
        if flags != 0 {
            if !first {
                s.push('|');
            }
            s.push_str(&format!("0x{flags:x}"));
        }
    }
    s.push(')');
    Ok(new_str(&s))
}

fn p_eq(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__eq__", &a[1..], kw, 1, 1)?;
    eq_impl(a[0], a[1])
}
fn p_ne(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__ne__", &a[1..], kw, 1, 1)?;
    let r = eq_impl(a[0], a[1])?;
    if r == not_implemented() {
        return Ok(r);
    }
    Ok(py_bool(r != py_bool(true)))
}
fn eq_impl(x: Value, y: Value) -> PyResult<Value> {
    let (Some(p), Some(q)) = (native_mut::<PatternData>(x), native_mut::<PatternData>(y)) else {
        return Ok(not_implemented());
    };
    if x == y {
        return Ok(py_bool(true));
    }
    if p.flags != q.flags || p.is_bytes != q.is_bytes || p.code != q.code {
        return Ok(py_bool(false));
    }
    let (pp, qp) = (p.pattern, q.pattern);
    Ok(py_bool(ops::eq_bool(pp, qp)?))
}

fn p_hash(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__hash__", &a[1..], kw, 0, 0)?;
    let p = pdata(a[0])?;
    let (pattern, flags) = (p.pattern, p.flags);
    let mut h = ops::hash(pattern)? as i64;
    for &c in p.code.iter() {
        h = h.wrapping_mul(1000003) ^ c as i64;
    }
    h ^= flags;
    if h == -1 {
        h = -2;
    }
    Ok(new_int(h))
}

fn p_copy(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__copy__", &a[1..], kw, 0, 0)?;
    Ok(a[0])
}
fn p_deepcopy(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__deepcopy__", &a[1..], kw, 1, 1)?;
    Ok(a[0])
}

fn g_pattern(v: Value) -> PyResult<Value> {
    Ok(pdata(v)?.pattern)
}
fn g_flags(v: Value) -> PyResult<Value> {
    Ok(new_int(pdata(v)?.flags))
}
fn g_groups(v: Value) -> PyResult<Value> {
    Ok(new_int(pdata(v)?.groups as i64))
}
fn g_groupindex(v: Value) -> PyResult<Value> {
    let gi = pdata(v)?.groupindex;
    Ok(ferrite_runtime::methods::alias::new_mappingproxy(gi))
}

pub const METHODS: &[(&str, ferrite_runtime::objects::function::NativeFn)] = &[
    ("match", p_match),
    ("fullmatch", p_fullmatch),
    ("search", p_search),
    ("findall", p_findall),
    ("finditer", p_finditer),
    ("scanner", p_scanner),
    ("split", p_split),
    ("sub", p_sub),
    ("subn", p_subn),
    ("__repr__", p_repr),
    ("__eq__", p_eq),
    ("__ne__", p_ne),
    ("__hash__", p_hash),
    ("__copy__", p_copy),
    ("__deepcopy__", p_deepcopy),
];

pub fn install(t: Value) {
    use ferrite_runtime::methods::getset;
    getset(t, "pattern", g_pattern);
    getset(t, "flags", g_flags);
    getset(t, "groups", g_groups);
    getset(t, "groupindex", g_groupindex);
    super::def_class_getitem(t);
    ferrite_runtime::types::refresh_flags(t);
}
