//! `re.Match`: the result of a successful match (spans of every group over the subject).

use super::engine::{State, Unit};
use super::parse_args;
use super::pattern::{pdata, repr_trunc};
use super::subject::{slice, Subject};
use ferrite_gc::Tracer;
use ferrite_runtime::args::check;
use ferrite_runtime::errors::{index_error, type_error, PyResult};
use ferrite_runtime::object::none;
use ferrite_runtime::objects::dict::{dict_get, new_dict};
use ferrite_runtime::objects::int::{int_to_i64, is_int, new_int};
use ferrite_runtime::objects::list::{list_push, new_list};
use ferrite_runtime::objects::native::{native_mut, new_native, NativeData};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::ops;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::Value;
use std::sync::Arc;

pub struct MatchData {
    pub string: Value,
    pub pattern: Value,
    /// start/end of group 0, 1, ... (-1 when the group did not take part)
    pub regs: Vec<isize>,
    pub lastindex: isize,
    pub pos: usize,
    pub endpos: usize,
    pub wide: Option<Arc<Vec<u32>>>,
    pub is_bytes: bool,
}

impl NativeData for MatchData {
    fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.string.0);
        t.visit(&mut self.pattern.0);
    }
}

/// A Match for the state after a successful match/search.
pub fn new_match<C: Unit>(
    pattern: Value,
    string: Value,
    subj: &Subject,
    st: &State<C>,
    groups: usize,
    pos: usize,
    endpos: usize,
) -> Value {
    let mut regs = Vec::with_capacity(2 * (groups + 1));
    regs.push(st.start as isize);
    regs.push(st.ptr as isize);
    for g in 1..=groups {
        match st.group_span(g) {
            Some((a, b)) => {
                regs.push(a as isize);
                regs.push(b as isize);
            }
            None => {
                regs.push(-1);
                regs.push(-1);
            }
        }
    }
    new_native(
        super::match_type(),
        MatchData {
            string,
            pattern,
            regs,
            lastindex: st.lastindex,
            pos,
            endpos,
            wide: subj.wide(),
            is_bytes: subj.is_bytes,
        },
    )
}

pub fn mdata(v: Value) -> PyResult<&'static mut MatchData> {
    native_mut::<MatchData>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a 're.Match' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

/// The group number that `g` names (an int or a group name), as CPython's match_getindex.
fn group_index(m: Value, g: Value) -> PyResult<usize> {
    let d = mdata(m)?;
    let ngroups = d.regs.len() / 2;
    let pattern = d.pattern;
    let i: i64 = if is_int(g) {
        int_to_i64(g).unwrap_or(-1)
    } else if ferrite_runtime::types::lookup(ferrite_runtime::object::type_of(g), "__index__")
        .is_some()
    {
        ops::index_value(g)?
    } else {
        let gi = pdata(pattern)?.groupindex;
        match dict_get(gi, g)? {
            Some(v) if is_int(v) => int_to_i64(v).unwrap_or(-1),
            _ => -1,
        }
    };
    if i < 0 || i as usize >= ngroups {
        return Err(index_error("no such group"));
    }
    Ok(i as usize)
}

fn span_of(m: Value, i: usize) -> PyResult<(isize, isize)> {
    let d = mdata(m)?;
    Ok((d.regs[2 * i], d.regs[2 * i + 1]))
}

/// Group `i`'s text, or `default` when it did not take part.
fn group_value(m: Value, i: usize, default: Value) -> PyResult<Value> {
    let d = mdata(m)?;
    let (a, b) = (d.regs[2 * i], d.regs[2 * i + 1]);
    if a < 0 || b < 0 {
        return Ok(default);
    }
    let string = d.string;
    let wide = d.wide.clone();
    let is_bytes = d.is_bytes;
    let r = slice(
        string,
        wide.as_deref().map(|v| &v[..]),
        is_bytes,
        a as usize,
        b as usize,
    );
    std::hint::black_box(string);
    r
}

fn m_group(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::no_kwargs("group", kw)?;
    let m = a[0];
    match a.len() {
        1 => group_value(m, 0, none()),
        2 => {
            let i = group_index(m, a[1])?;
            group_value(m, i, none())
        }
        _ => {
            let l = new_list(&[]);
            for &g in &a[1..] {
                let i = group_index(m, g)?;
                let v = group_value(m, i, none())?;
                list_push(l, v);
            }
            ops::to_tuple(l)
        }
    }
}

fn m_getitem(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__getitem__", &a[1..], kw, 1, 1)?;
    let i = group_index(a[0], a[1])?;
    group_value(a[0], i, none())
}

fn m_groups(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [default] = parse_args("groups", &a[1..], kw, ["default"], 0)?;
    let default = if default.is_null() { none() } else { default };
    let m = a[0];
    let n = mdata(m)?.regs.len() / 2;
    let l = new_list(&[]);
    for i in 1..n {
        let v = group_value(m, i, default)?;
        list_push(l, v);
    }
    ops::to_tuple(l)
}

fn m_groupdict(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [default] = parse_args("groupdict", &a[1..], kw, ["default"], 0)?;
    let default = if default.is_null() { none() } else { default };
    let m = a[0];
    let pattern = mdata(m)?.pattern;
    let gi = pdata(pattern)?.groupindex;
    let d = new_dict();
    let keys = ops::to_list(gi)?;
    let n = ops::len(keys)?;
    for k in 0..n {
        let key = ops::getitem(keys, new_int(k as i64))?;
        let i = group_index(m, key)?;
        let v = group_value(m, i, default)?;
        ops::setitem(d, key, v)?;
    }
    Ok(d)
}

fn opt_group(m: Value, fname: &str, a: &[Value], kw: &[Value]) -> PyResult<usize> {
    let [g] = parse_args(fname, &a[1..], kw, ["group"], 0)?;
    if g.is_null() {
        Ok(0)
    } else {
        group_index(m, g)
    }
}

fn m_start(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = opt_group(a[0], "start", a, kw)?;
    Ok(new_int(span_of(a[0], i)?.0 as i64))
}
fn m_end(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = opt_group(a[0], "end", a, kw)?;
    Ok(new_int(span_of(a[0], i)?.1 as i64))
}
fn m_span(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let i = opt_group(a[0], "span", a, kw)?;
    let (s, e) = span_of(a[0], i)?;
    Ok(new_tuple(&[new_int(s as i64), new_int(e as i64)]))
}

fn m_expand(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [template] = parse_args("expand", &a[1..], kw, ["template"], 1)?;
    let m = a[0];
    let pattern = mdata(m)?.pattern;
    let re = crate::import_module("re")?;
    let ct = ops::getattr_str(re, "_compile_template")?;
    let filter = ops::call(ct, &[pattern, template], &[])?;
    super::template::expand(filter, m)
}

fn m_repr(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__repr__", &a[1..], kw, 0, 0)?;
    let m = a[0];
    let (s, e) = span_of(m, 0)?;
    let g = group_value(m, 0, none())?;
    Ok(new_str(&format!(
        "<re.Match object; span=({s}, {e}), match={}>",
        repr_trunc(g, 50)?
    )))
}

fn m_copy(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__copy__", &a[1..], kw, 0, 0)?;
    Ok(a[0])
}
fn m_deepcopy(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("__deepcopy__", &a[1..], kw, 1, 1)?;
    Ok(a[0])
}

fn g_string(v: Value) -> PyResult<Value> {
    Ok(mdata(v)?.string)
}
fn g_re(v: Value) -> PyResult<Value> {
    Ok(mdata(v)?.pattern)
}
fn g_pos(v: Value) -> PyResult<Value> {
    Ok(new_int(mdata(v)?.pos as i64))
}
fn g_endpos(v: Value) -> PyResult<Value> {
    Ok(new_int(mdata(v)?.endpos as i64))
}
fn g_lastindex(v: Value) -> PyResult<Value> {
    let li = mdata(v)?.lastindex;
    Ok(if li >= 0 { new_int(li as i64) } else { none() })
}
fn g_lastgroup(v: Value) -> PyResult<Value> {
    let d = mdata(v)?;
    let li = d.lastindex;
    let ig = pdata(d.pattern)?.indexgroup;
    if li >= 0 && (li as usize) < tuple_len(ig) {
        return Ok(tuple_items(ig)[li as usize]);
    }
    Ok(none())
}
fn g_regs(v: Value) -> PyResult<Value> {
    let n = mdata(v)?.regs.len() / 2;
    let l = new_list(&[]);
    for i in 0..n {
        let (s, e) = span_of(v, i)?;
        let t = new_tuple(&[new_int(s as i64), new_int(e as i64)]);
        list_push(l, t);
    }
    ops::to_tuple(l)
}

pub const METHODS: &[(&str, ferrite_runtime::objects::function::NativeFn)] = &[
    ("group", m_group),
    ("__getitem__", m_getitem),
    ("groups", m_groups),
    ("groupdict", m_groupdict),
    ("start", m_start),
    ("end", m_end),
    ("span", m_span),
    ("expand", m_expand),
    ("__repr__", m_repr),
    ("__copy__", m_copy),
    ("__deepcopy__", m_deepcopy),
];

pub fn install(t: Value) {
    use ferrite_runtime::methods::getset;
    getset(t, "string", g_string);
    getset(t, "re", g_re);
    getset(t, "pos", g_pos);
    getset(t, "endpos", g_endpos);
    getset(t, "lastindex", g_lastindex);
    getset(t, "lastgroup", g_lastgroup);
    getset(t, "regs", g_regs);
    super::def_class_getitem(t);
    ferrite_runtime::types::refresh_flags(t);
}
