//! Loads the compiler's `CodeUnit` into a runtime code object: constants become heap objects,
//! names become interned strs, and the eval loop's inline caches are allocated.

use crate::bytecode::{CodeUnit, Constant};
use crate::eval::Caches;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::function::*;
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::Value;

pub fn constant(c: &Constant) -> Value {
    use ferrite_runtime::objects::*;
    match c {
        Constant::None => none(),
        Constant::True => py_true(),
        Constant::False => py_false(),
        Constant::Ellipsis => singleton(Singleton::Ellipsis),
        Constant::Int(b) => int::new_big(b.clone()),
        Constant::Float(f) => float::new_float(*f),
        Constant::Complex { re, im } => ferrite_runtime::methods::complex::new_complex(*re, *im),
        Constant::Str(s) => ferrite_runtime::intern::intern(s),
        Constant::Bytes(b) => ferrite_runtime::methods::bytes::new_bytes(b),
        Constant::Tuple(items) => {
            let t = tuple::new_tuple_uninit(bt(BT::Tuple), items.len());
            for (i, it) in items.iter().enumerate() {
                let v = constant(it);
                tuple::tuple_items_mut(t)[i] = v;
                write_barrier(t);
            }
            t
        }
        Constant::FrozenSet(items) => {
            let vals: Vec<Value> = items.iter().map(constant).collect();
            let t = new_tuple(&vals);
            crate::builtins::make_set(bt(BT::FrozenSet), t).unwrap_or(t)
        }
        Constant::Code(u) => load(u),
    }
}

/// A code object for `unit` (and, recursively, its nested code constants).
pub fn load(unit: &CodeUnit) -> Value {
    let intern = ferrite_runtime::intern::intern;
    let info = CodeInfo {
        code: unit.code.clone(),
        positions: unit.positions.clone(),
        exception_table: unit.exception_table.clone(),
        flags: unit.flags,
        argcount: unit.argcount,
        posonlyargcount: unit.posonlyargcount,
        kwonlyargcount: unit.kwonlyargcount,
        first_line: unit.first_line,
        cell2arg: unit.cell2arg.clone(),
        max_stack: unit.max_stack,
        n_caches: unit.n_caches,
        caches: Caches::new(unit.n_caches as usize),
        hotness: std::sync::atomic::AtomicU32::new(0),
    };
    let c = new_obj::<CodeObject>(bt(BT::Code), |o| {
        // SAFETY: zeroed body; write the owned fields without dropping garbage.
        unsafe {
            std::ptr::write(&mut o.consts, Vec::new());
            std::ptr::write(&mut o.names, Vec::new());
            std::ptr::write(&mut o.varnames, Vec::new());
            std::ptr::write(&mut o.cellvars, Vec::new());
            std::ptr::write(&mut o.freevars, Vec::new());
            std::ptr::write(&mut o.info, Box::new(info));
        }
    });
    let nm = intern(&unit.name);
    code_obj(c).name = nm;
    let qn = new_str(&unit.qualname);
    code_obj(c).qualname = qn;
    let fname = intern(&unit.filename);
    code_obj(c).filename = fname;
    let doc = match &unit.docstring {
        Some(d) => new_str(d),
        None => none(),
    };
    code_obj(c).docstring = doc;
    for n in &unit.names {
        let v = intern(n);
        code_obj(c).names.push(v);
    }
    for n in &unit.varnames {
        let v = intern(n);
        code_obj(c).varnames.push(v);
    }
    for n in &unit.cellvars {
        let v = intern(n);
        code_obj(c).cellvars.push(v);
    }
    for n in &unit.freevars {
        let v = intern(n);
        code_obj(c).freevars.push(v);
    }
    for k in &unit.consts {
        let v = constant(k);
        code_obj(c).consts.push(v);
        write_barrier(c);
    }
    write_barrier(c);
    c
}
