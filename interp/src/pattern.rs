//! Runtime support for `match`: mapping/sequence checks, key extraction, class patterns.

use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::ops;
use ferrite_runtime::types::{is_subtype, type_name};
use ferrite_runtime::{PyResult, Value};

/// Does `v` match mapping patterns (its type has CPython's Py_TPFLAGS_MAPPING: dict and its
/// subclasses, mappingproxy, collections.abc.Mapping's subclasses and registered classes)?
pub fn is_mapping(v: Value) -> bool {
    as_type(type_of(v)).flags & type_flags::MAPPING != 0
}

/// Does `v` match sequence patterns (Py_TPFLAGS_SEQUENCE: list, tuple, range, memoryview,
/// deque, array and collections.abc.Sequence's subclasses and registered classes)?
pub fn is_sequence(v: Value) -> bool {
    as_type(type_of(v)).flags & type_flags::SEQUENCE != 0
}

/// Values for `keys` from mapping `subj`, or None if any key is missing.
pub fn match_keys(subj: Value, keys: Value) -> PyResult<Value> {
    let out = ferrite_runtime::objects::list::new_list(&[]);
    let n = tuple_len(keys);
    for i in 0..n {
        let k = tuple_items(keys)[i];
        if (0..i).any(|j| ops::eq_bool(tuple_items(keys)[j], k).unwrap_or(false)) {
            return Err(value_error(format!(
                "mapping pattern checks duplicate key ({})",
                ops::repr_string(k)?
            )));
        }
        let get = ops::getattr_str(subj, "get")?;
        let sentinel = new_tuple(&[]);
        let sentinel = ferrite_runtime::objects::list::new_list(&[sentinel]);
        let v = ops::call(get, &[k, sentinel], &[])?;
        if v == sentinel {
            return Ok(none());
        }
        ferrite_runtime::objects::list::list_push(out, v);
    }
    Ok(new_tuple(ferrite_runtime::objects::list::list_items(out)))
}

/// Attribute values for a class pattern, or None if it does not match.
pub fn match_class(subj: Value, cls: Value, npos: usize, kw: Value) -> PyResult<Value> {
    if !is_type(cls) {
        return Err(type_error("called match pattern must be a class"));
    }
    if !is_subtype(type_of(subj), cls) {
        return Ok(none());
    }
    // a GC list: attribute lookups below may run Python code and move objects
    let out = ferrite_runtime::objects::list::new_list(&[]);
    let mut seen: Vec<String> = Vec::new();
    if npos > 0 {
        let self_match = matches!(
            as_type(ferrite_runtime::types::builtin_ancestor(cls)).layout,
            Layout::Int
                | Layout::Float
                | Layout::Str
                | Layout::Bytes
                | Layout::ByteArray
                | Layout::List
                | Layout::Tuple
                | Layout::Dict
                | Layout::Set
        ) && ferrite_runtime::types::lookup(cls, "__match_args__").is_none();
        if self_match {
            if npos > 1 {
                return Err(type_error(format!(
                    "{}() accepts 1 positional sub-pattern ({} given)",
                    type_name(cls),
                    npos
                )));
            }
            ferrite_runtime::objects::list::list_push(out, subj);
        } else {
            let ma = match ops::getattr_opt(cls, ferrite_runtime::intern::intern("__match_args__"))?
            {
                Some(m) => m,
                None => new_tuple(&[]),
            };
            if !(ma.is_ptr() && type_of(ma) == bt(BT::Tuple)) {
                return Err(type_error(format!(
                    "{}.__match_args__ must be a tuple (got {})",
                    type_name(cls),
                    ferrite_runtime::types::type_name_of(ma)
                )));
            }
            if npos > tuple_len(ma) {
                let n = tuple_len(ma);
                return Err(type_error(format!(
                    "{}() accepts {} positional sub-pattern{} ({} given)",
                    type_name(cls),
                    n,
                    if n == 1 { "" } else { "s" },
                    npos
                )));
            }
            for &name in &tuple_items(ma)[..npos] {
                if !(name.is_ptr() && layout_of(name) == Layout::Str) {
                    return Err(type_error(format!(
                        "__match_args__ elements must be strings (got {})",
                        ferrite_runtime::types::type_name_of(name)
                    )));
                }
                seen.push(str_of(name).to_string());
                match ops::getattr_opt(subj, name)? {
                    Some(v) => ferrite_runtime::objects::list::list_push(out, v),
                    None => return Ok(none()),
                }
            }
        }
    }
    for &name in tuple_items(kw) {
        let n = str_of(name).to_string();
        if seen.contains(&n) {
            return Err(type_error(format!(
                "{}() got multiple sub-patterns for attribute '{}'",
                type_name(cls),
                n
            )));
        }
        seen.push(n);
        match ops::getattr_opt(subj, name)? {
            Some(v) => ferrite_runtime::objects::list::list_push(out, v),
            None => return Ok(none()),
        }
    }
    Ok(new_tuple(ferrite_runtime::objects::list::list_items(out)))
}
