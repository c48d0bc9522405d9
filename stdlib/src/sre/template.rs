//! `_sre.template(pattern, list)`: a compiled replacement template (what
//! `re._parser.parse_template` produces: literals interleaved with group numbers), and its
//! expansion against a Match (pattern.sub with a template, match.expand).

use super::matchobj::mdata;
use ferrite_gc::Tracer;
use ferrite_runtime::errors::{index_error, type_error, PyResult};
use ferrite_runtime::methods::bytes::new_bytes;
use ferrite_runtime::object::{bt, none, type_of, BT};
use ferrite_runtime::objects::int::{int_to_i64, is_int};
use ferrite_runtime::objects::list::{list_items, list_len, list_push, new_list};
use ferrite_runtime::objects::native::{native_mut, new_native, NativeData};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::ops;
use ferrite_runtime::types::{is_subtype, type_name_of};
use ferrite_runtime::Value;

pub struct TemplateData {
    literal: Value,
    /// (group index, literal after it or NULL when empty)
    items: Vec<(usize, Value)>,
}

impl NativeData for TemplateData {
    fn trace(&mut self, t: &mut Tracer) {
        t.visit(&mut self.literal.0);
        for (_, v) in self.items.iter_mut() {
            t.visit(&mut v.0);
        }
    }
}

fn is_empty_literal(v: Value) -> bool {
    (super::subject::is_str(v) || ferrite_runtime::methods::bytes::is_bytes_like(v))
        && ops::len(v).map(|n| n == 0).unwrap_or(false)
}

pub fn sre_template(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [_pattern, template] = super::parse_args("template", a, kw, ["pattern", "template"], 2)?;
    if !is_subtype(type_of(template), bt(BT::List)) {
        return Err(type_error(format!(
            "template() argument 2 must be list, not {}",
            type_name_of(template)
        )));
    }
    let n = list_len(template);
    if n & 1 == 0 {
        return Err(type_error("invalid template"));
    }
    let literal = list_items(template)[0];
    let t = new_native(
        super::template_type(),
        TemplateData {
            literal,
            items: Vec::with_capacity(n / 2),
        },
    );
    for i in 0..n / 2 {
        let idx = list_items(template)[2 * i + 1];
        if !is_int(idx) {
            return Err(type_error("an integer is required"));
        }
        let index = int_to_i64(idx).unwrap_or(-1);
        if index < 0 {
            return Err(type_error("invalid template"));
        }
        let lit = list_items(template)[2 * i + 2];
        let lit = if is_empty_literal(lit) {
            Value::NULL
        } else {
            lit
        };
        if let Some(d) = native_mut::<TemplateData>(t) {
            d.items.push((index as usize, lit));
        }
        ferrite_runtime::object::write_barrier(t);
    }
    Ok(t)
}

/// The template's only literal when it refers to no group.
pub fn literal_only(t: Value) -> Option<Value> {
    let d = native_mut::<TemplateData>(t)?;
    d.items.is_empty().then_some(d.literal)
}

/// The replacement text of template `t` for match `m`.
pub fn expand(t: Value, m: Value) -> PyResult<Value> {
    let Some(d) = native_mut::<TemplateData>(t) else {
        return Err(type_error("expected a template"));
    };
    let literal = d.literal;
    let n = d.items.len();
    if n == 0 {
        return Ok(literal);
    }
    let out = new_list(&[literal]);
    let ngroups = mdata(m)?.regs.len() / 2;
    for i in 0..n {
        let (index, lit) = native_mut::<TemplateData>(t)
            .map(|d| d.items[i])
            .unwrap_or((0, Value::NULL));
        if index >= ngroups {
            return Err(index_error("no such group"));
        }
        let g = ops::call_method(
            m,
            "group",
            &[ferrite_runtime::objects::int::new_int(index as i64)],
        )?;
        if g != none() {
            list_push(out, g);
        }
        if !lit.is_null() {
            list_push(out, lit);
        }
    }
    let joiner = if super::subject::is_str(literal) {
        new_str("")
    } else {
        new_bytes(b"")
    };
    ops::call_method(joiner, "join", &[out])
}
