//! The evaluation loop: one `match` over opcodes, the exception-table unwinder, and the
//! per-thread state it keeps (current frame chain, the exception being handled).
//!
//! Inline caches: `LoadGlobal` caches (globals version, builtins version, entry index) so a hit
//! is two version compares and an indexed load; the other cached instructions keep their slot
//! for the quickening work to come. Back-edges (jumps to a lower index) bump the code's hotness
//! counter (the JIT hook) and poll the GC safepoint.

use crate::bytecode::{decode, flags, Op};
use crate::frame::{frame, FrameObject};
use ferrite_runtime::errors::*;
use ferrite_runtime::numeric::{binary_op, unary_op, NumOp};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::*;
use ferrite_runtime::objects::function::*;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_items, list_push, new_list};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::ops::{self, CmpOp};
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::{PyResult, Value};
use std::cell::Cell;
use std::sync::atomic::Ordering;

/// How a frame stopped running.
pub enum Exit {
    Return(Value),
    Yield(Value),
}

pub use ferrite_runtime::objects::function::{CacheEntry, InlineCaches as Caches};
use ferrite_runtime::objects::instance;

thread_local! {
    /// Innermost running frame (NULL when none).
    pub static CURRENT_FRAME: Cell<Value> = const { Cell::new(Value::NULL) };
    /// The exception being handled (sys.exception()), NULL when none.
    pub static HANDLED: Cell<Value> = const { Cell::new(Value::NULL) };
}

pub fn current_frame() -> Value {
    CURRENT_FRAME.with(|c| c.get())
}
pub fn handled_exception() -> Value {
    HANDLED.with(|c| c.get())
}
pub fn set_handled_exception(v: Value) {
    HANDLED.with(|c| c.set(v))
}

/// GC roots of the interpreter on this thread.
pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    CURRENT_FRAME.with(|c| {
        let mut v = c.get();
        t.visit(Value::slot(&mut v));
        c.set(v);
    });
    // Running frames are stored into without a write barrier (every push/pop would need
    // one), so their contents are roots: scan every frame on the chain precisely. A frame
    // leaving the chain is remembered (FrameGuard) so the next minor collection sees it.
    let mut f = current_frame();
    let mut n = 0;
    while !f.is_null() && n < 1_000_000 {
        crate::frame::visit_frame_contents(f, t);
        f = frame(f).back;
        n += 1;
    }
    HANDLED.with(|c| {
        let mut v = c.get();
        t.visit(Value::slot(&mut v));
        c.set(v);
    });
    crate::sysmod::visit_roots(t);
    crate::generator::visit_roots(t);
    crate::builtins::visit_roots(t);
    crate::typeparams::visit_roots(t);
    crate::import::visit_roots(t);
    crate::sys_config::visit_roots(t);
}

/// Restores the frame chain when a frame exits, however it exits.
struct FrameGuard {
    prev: Value,
}
impl Drop for FrameGuard {
    fn drop(&mut self) {
        let f = CURRENT_FRAME.with(|c| c.replace(self.prev));
        write_barrier(f);
    }
}

fn names(code: Value, i: u32) -> Value {
    code_obj(code).names[i as usize]
}

/// Adds this frame to the exception's traceback and sets `__context__` from the exception
/// being handled.
fn record_exception(e: Value, f: Value, add_tb: bool) {
    if add_tb {
        let fr = frame(f);
        let line = fr.line();
        let tb = crate::traceback::new_traceback(exc_obj(e).traceback, f, fr.lasti, line);
        exc_obj(e).traceback = tb;
        write_barrier(e);
    }
}

/// Sets `e.__context__` to the handled exception when raising inside a handler.
pub fn chain_context(e: Value) {
    let h = handled_exception();
    if !h.is_null() && h != e && exc_obj(e).context.is_null() {
        // avoid cycles: walk h's context chain
        let mut o = h;
        let mut steps = 0;
        while !o.is_null() && o != none() && steps < 1000 {
            let next = exc_obj(o).context;
            if next == e {
                exc_obj(o).context = Value::NULL;
                break;
            }
            o = next;
            steps += 1;
        }
        exc_obj(e).context = h;
        write_barrier(e);
    }
}

/// Whether instruction `i` (a generator's suspension point) lies inside a `try`/`with`
/// block of the code, not counting the guard every generator body has: closing the
/// generator there runs Python code, so a dropped generator needs a finalizer.
pub(crate) fn inside_user_handler(code: Value, i: usize) -> bool {
    if code_obj(code).info.exception_table.len() <= 1 {
        // only the generator guard (or nothing)
        return false;
    }
    match find_handler(code, i) {
        Some(h) => {
            let units = &code_obj(code).info.code;
            let (op, _) = decode(units[h.handler as usize]);
            op != Op::StopIterationError as u8
        }
        None => false,
    }
}

/// Finds the exception handler covering instruction `i`.
fn find_handler(code: Value, i: usize) -> Option<ExcEntry> {
    let t = &code_obj(code).info.exception_table;
    t.iter()
        .find(|e| (e.start as usize) <= i && i < e.end as usize)
        .copied()
}

fn unbound_local(code: Value, i: usize) -> PyErr {
    let name = str_of(code_obj(code).varnames[i]);
    let e = new_exc(
        Exc::UnboundLocalError,
        &format!("cannot access local variable '{name}' where it is not associated with a value"),
    );
    exc_obj(e.0).extra1 = code_obj(code).varnames[i];
    e
}

fn cell_name(code: Value, i: usize) -> Value {
    let c = code_obj(code);
    if i < c.cellvars.len() {
        c.cellvars[i]
    } else {
        c.freevars[i - c.cellvars.len()]
    }
}

fn unbound_deref(code: Value, i: usize) -> PyErr {
    let c = code_obj(code);
    let name = str_of(cell_name(code, i));
    if i < c.cellvars.len() {
        new_exc(
            Exc::UnboundLocalError,
            &format!(
                "cannot access local variable '{name}' where it is not associated with a value"
            ),
        )
    } else {
        new_exc(
            Exc::NameError,
            &format!("cannot access free variable '{name}' where it is not associated with a value in enclosing scope"),
        )
    }
}

pub fn name_not_defined(name: Value) -> PyErr {
    let e = name_error(format!("name '{}' is not defined", str_of(name)));
    exc_obj(e.0).extra1 = name;
    e
}

/// Global lookup through the inline cache.
fn load_global(f: &mut FrameObject, name: Value, cache: usize) -> PyResult<Value> {
    let (g, b) = (f.globals, f.builtins);
    let entry = &code_obj(f.code).info.caches.entries[cache];
    let e = entry.get();
    let (gv, bv) = (
        table(g).version,
        if b.is_null() { 0 } else { table(b).version },
    );
    if e.a == gv && e.b == bv && e.c != 0 {
        let which = e.c >> 62;
        let ix = (e.c & ((1 << 62) - 1)) as usize - 1;
        let t = if which == 0 { table(g) } else { table(b) };
        if let Some(en) = t.entries.get(ix) {
            if !en.key.is_null() {
                return Ok(en.value);
            }
        }
    }
    let h = ferrite_runtime::objects::str::str_hash(name);
    if let Some(ix) = table(g).find(name, h)? {
        entry.set(CacheEntry {
            a: gv,
            b: bv,
            c: ix as u64 + 1,
        });
        return Ok(table(g).entries[ix].value);
    }
    if !b.is_null() {
        if layout_of(b) == Layout::Dict {
            if let Some(ix) = table(b).find(name, h)? {
                entry.set(CacheEntry {
                    a: gv,
                    b: bv,
                    c: (1u64 << 62) | (ix as u64 + 1),
                });
                return Ok(table(b).entries[ix].value);
            }
        } else if let Ok(v) = ops::getitem(b, name) {
            return Ok(v);
        }
    }
    Err(name_not_defined(name))
}

fn load_name(f: &mut FrameObject, name: Value) -> PyResult<Value> {
    let locals = f.locals;
    if !locals.is_null() {
        if type_of(locals) == bt(BT::Dict) {
            if let Some(v) = dict_get(locals, name)? {
                return Ok(v);
            }
        } else {
            match ops::getitem(locals, name) {
                Ok(v) => return Ok(v),
                Err(e) if exc_matches(e.0, exc_type(Exc::KeyError)) => {}
                Err(e) => return Err(e),
            }
        }
    }
    if let Some(v) = dict_get(f.globals, name)? {
        return Ok(v);
    }
    if !f.builtins.is_null() {
        if let Some(v) = dict_get(f.builtins, name)? {
            return Ok(v);
        }
    }
    Err(name_not_defined(name))
}

fn unpack_into(f: &mut FrameObject, seq: Value, n: usize) -> PyResult<()> {
    let t = type_of(seq);
    let items: Value = if t == bt(BT::Tuple) || t == bt(BT::List) {
        seq
    } else {
        let it = ops::iter(seq).map_err(|_| {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name_of(seq)
            ))
        })?;
        let l = new_list(&[]);
        while let Some(x) = ops::next(it)? {
            list_push(l, x);
            if list_items(l).len() > n {
                return Err(value_error(format!(
                    "too many values to unpack (expected {n})"
                )));
            }
        }
        l
    };
    let got: &[Value] = if type_of(items) == bt(BT::Tuple) {
        tuple_items(items)
    } else {
        list_items(items)
    };
    if got.len() != n {
        if got.len() > n {
            return Err(value_error(format!(
                "too many values to unpack (expected {n})"
            )));
        }
        return Err(value_error(format!(
            "not enough values to unpack (expected {n}, got {})",
            got.len()
        )));
    }
    for i in (0..n).rev() {
        let v = if type_of(items) == bt(BT::Tuple) {
            tuple_items(items)[i]
        } else {
            list_items(items)[i]
        };
        f.push(v);
    }
    Ok(())
}

fn unpack_ex(f: &mut FrameObject, seq: Value, before: usize, after: usize) -> PyResult<()> {
    let l = ops::to_list(seq).map_err(|e| {
        if exc_matches(e.0, exc_type(Exc::TypeError)) {
            type_error(format!(
                "cannot unpack non-iterable {} object",
                type_name_of(seq)
            ))
        } else {
            e
        }
    })?;
    let n = list_items(l).len();
    if n < before + after {
        return Err(value_error(format!(
            "not enough values to unpack (expected at least {}, got {})",
            before + after,
            n
        )));
    }
    for i in (n - after..n).rev() {
        let v = list_items(l)[i];
        f.push(v);
    }
    let mid = new_list(&list_items(l)[before..n - after]);
    f.push(mid);
    for i in (0..before).rev() {
        let v = list_items(l)[i];
        f.push(v);
    }
    Ok(())
}

fn build_class_call(args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    crate::builtins::build_class(args, kwnames)
}

/// Runs frame `fv` from its saved `ip` until it returns or yields. `throw` injects an
/// exception at the current instruction (generator.throw()).
pub fn run_frame(fv: Value, throw: Option<PyErr>) -> PyResult<Exit> {
    ferrite_runtime::thread::check_recursion()?;
    let prev = CURRENT_FRAME.with(|c| c.replace(fv));
    if frame(fv).back.is_null() && !prev.is_null() && prev != fv {
        frame(fv).back = prev;
    }
    let _guard = FrameGuard { prev };
    let r = eval_loop(fv, throw);
    ferrite_runtime::thread::leave_call();
    // a finished (non-generator) frame no longer links to its caller
    r
}

fn eval_loop(fv: Value, mut pending: Option<PyErr>) -> PyResult<Exit> {
    let f: &mut FrameObject = frame(fv);
    let code = f.code;
    let co: &CodeObject = code_obj(code);
    let units: &[u32] = &co.info.code;
    let mut add_tb = true;
    loop {
        let result: PyResult<Exit> = if let Some(e) = pending.take() {
            Err(e)
        } else {
            // one instruction (the inner loop runs until an error)
            (|| -> PyResult<Exit> {
                loop {
                    let mut ip = f.ip;
                    let (mut opb, mut arg) = decode(units[ip]);
                    f.lasti = ip;
                    ip += 1;
                    while opb == Op::ExtendedArg as u8 {
                        let (o2, a2) = decode(units[ip]);
                        ip += 1;
                        opb = o2;
                        arg = (arg << 24) | a2;
                        f.lasti = ip - 1;
                    }
                    let op = Op::from_u8(opb).expect("bad opcode");
                    let cache = if op.is_cached() {
                        let c = decode(units[ip]).1 as usize;
                        ip += 1;
                        c
                    } else {
                        0
                    };
                    f.ip = ip;
                    // A comparison's bool feeding a conditional jump (the usual case) takes
                    // the jump here, without pushing the bool or dispatching again.
                    macro_rules! bool_result {
                        ($t:expr) => {{
                            let t: bool = $t;
                            let (nop, narg) = decode(units[f.ip]);
                            if nop == Op::PopJumpIfFalse as u8 || nop == Op::PopJumpIfTrue as u8 {
                                f.lasti = f.ip;
                                f.ip += 1;
                                if t == (nop == Op::PopJumpIfTrue as u8) {
                                    f.ip = narg as usize;
                                }
                            } else {
                                f.push(py_bool(t));
                            }
                        }};
                    }
                    match op {
                        Op::Nop | Op::Cache | Op::ExtendedArg | Op::Reserved => {}
                        Op::PopTop => {
                            f.pop();
                        }
                        Op::Copy => {
                            let v = f.peek(arg as usize);
                            f.push(v);
                        }
                        Op::Swap => {
                            let n = arg as usize;
                            let a = f.peek(1);
                            let b = f.peek(n);
                            f.set_peek(1, b);
                            f.set_peek(n, a);
                        }
                        Op::PushNull => f.push(Value::NULL),
                        Op::LoadConst => {
                            let v = co.consts[arg as usize];
                            f.push(v);
                        }
                        Op::LoadFast => {
                            let v = *f.slot(arg as usize);
                            if v.is_null() {
                                return Err(unbound_local(code, arg as usize));
                            }
                            f.push(v);
                        }
                        Op::StoreFast => {
                            let v = f.pop();
                            *f.slot(arg as usize) = v;
                        }
                        Op::LoadFastAndClear => {
                            let v = std::mem::replace(f.slot(arg as usize), Value::NULL);
                            f.push(v);
                        }
                        Op::DeleteFast => {
                            if f.slot(arg as usize).is_null() {
                                return Err(unbound_local(code, arg as usize));
                            }
                            *f.slot(arg as usize) = Value::NULL;
                        }
                        Op::LoadDeref | Op::LoadClassDeref => {
                            let i = arg as usize;
                            if op == Op::LoadClassDeref && !f.locals.is_null() {
                                if let Some(v) = dict_get(f.locals, cell_name(code, i))? {
                                    f.push(v);
                                    continue;
                                }
                            }
                            let cell = *f.slot(co.varnames.len() + i);
                            let v = obj::<CellObject>(cell).contents;
                            if v.is_null() {
                                return Err(unbound_deref(code, i));
                            }
                            f.push(v);
                        }
                        Op::StoreDeref => {
                            let v = f.pop();
                            let cell = *f.slot(co.varnames.len() + arg as usize);
                            obj::<CellObject>(cell).contents = v;
                            write_barrier(cell);
                        }
                        Op::DeleteDeref => {
                            let cell = *f.slot(co.varnames.len() + arg as usize);
                            if obj::<CellObject>(cell).contents.is_null() {
                                return Err(unbound_deref(code, arg as usize));
                            }
                            obj::<CellObject>(cell).contents = Value::NULL;
                        }
                        Op::LoadClosure => {
                            let cell = *f.slot(co.varnames.len() + arg as usize);
                            f.push(cell);
                        }
                        Op::LoadGlobal => {
                            let v = load_global(f, names(code, arg), cache)?;
                            f.push(v);
                        }
                        Op::StoreGlobal => {
                            let v = f.pop();
                            dict_set(f.globals, names(code, arg), v)?;
                        }
                        Op::DeleteGlobal => {
                            let n = names(code, arg);
                            if dict_del(f.globals, n)?.is_none() {
                                return Err(name_not_defined(n));
                            }
                        }
                        Op::LoadName => {
                            let v = load_name(f, names(code, arg))?;
                            f.push(v);
                        }
                        Op::StoreName => {
                            let v = f.pop();
                            let n = names(code, arg);
                            if type_of(f.locals) == bt(BT::Dict) {
                                dict_set(f.locals, n, v)?;
                            } else {
                                ops::setitem(f.locals, n, v)?;
                            }
                        }
                        Op::DeleteName => {
                            let n = names(code, arg);
                            if dict_del(f.locals, n)?.is_none() {
                                return Err(name_not_defined(n));
                            }
                        }
                        Op::LoadAttr => {
                            let o = f.pop();
                            if let Some(abs) = cached_attr_load(co, cache, o) {
                                f.push(instance::read_inline(o, abs));
                                continue;
                            }
                            let name = names(code, arg);
                            let v = ops::getattr(o, name)?;
                            remember_attr_slot(co, cache, o, name, None);
                            f.push(v);
                        }
                        Op::StoreAttr => {
                            let o = f.pop();
                            let v = f.pop();
                            if let Some((abs, new_map)) = cached_attr_store(co, cache, o) {
                                instance::write_inline(o, abs, v, new_map);
                                continue;
                            }
                            let name = names(code, arg);
                            let before = if o.is_ptr() && layout_of(o) == Layout::Instance {
                                instance::map_addr(o)
                            } else {
                                0
                            };
                            ops::setattr(o, name, v)?;
                            remember_attr_slot(co, cache, o, name, Some(before));
                        }
                        Op::DeleteAttr => {
                            let o = f.pop();
                            ops::setattr(o, names(code, arg), Value::NULL)?;
                        }
                        Op::LoadMethod => {
                            let o = f.pop();
                            if let Some(m) = cached_method(co, cache, o) {
                                f.push(m);
                                f.push(o);
                                continue;
                            }
                            let name = names(code, arg);
                            let t = type_of(o);
                            let plain = as_type(t).flags & (type_flags::CUSTOM_GETATTRIBUTE) == 0
                                && !matches!(
                                    layout_of(o),
                                    Layout::Type
                                        | Layout::Module
                                        | Layout::Super
                                        | Layout::BoundMethod
                                );
                            let mut done = false;
                            if plain {
                                if let Some(d) = ferrite_runtime::types::lookup_name(t, name) {
                                    let lay = if d.is_small_int() {
                                        Layout::Int
                                    } else {
                                        layout_of(d)
                                    };
                                    if (lay == Layout::Function || lay == Layout::MethodDescriptor)
                                        && !shadows_method(o, name)
                                    {
                                        remember_method(co, cache, t, d);
                                        f.push(d);
                                        f.push(o);
                                        done = true;
                                    }
                                }
                            }
                            if !done {
                                let v = ops::getattr(o, name)?;
                                f.push(Value::NULL);
                                f.push(v);
                            }
                        }
                        Op::BinaryOp => {
                            let b = f.pop();
                            let a = f.pop();
                            let (nop, inplace) = NumOp::from_index(arg);
                            if a.is_small_int() && b.is_small_int() {
                                if let Some(r) = ferrite_runtime::numeric::small_int_op(
                                    a.small(),
                                    b.small(),
                                    nop,
                                )? {
                                    f.push(r);
                                    continue;
                                }
                            }
                            let r = match fast_float_op(a, b, nop) {
                                Some(v) => v,
                                None => binary_op(a, b, nop, inplace)?,
                            };
                            f.push(r);
                        }
                        Op::UnaryOp => {
                            let a = f.pop();
                            let r = unary_op(a, arg)?;
                            f.push(r);
                        }
                        Op::CompareOp => {
                            let b = f.pop();
                            let a = f.pop();
                            let op = CmpOp::from_index(arg);
                            if a.is_small_int() && b.is_small_int() {
                                bool_result!(op.apply(a.small(), b.small()));
                                continue;
                            }
                            if let Some(eq) = str_eq_fast(a, b, op) {
                                bool_result!(eq);
                                continue;
                            }
                            let r = ops::compare(a, b, op)?;
                            f.push(r);
                        }
                        Op::IsOp => {
                            let b = f.pop();
                            let a = f.pop();
                            f.push(py_bool((a == b) != (arg == 1)));
                        }
                        Op::ContainsOp => {
                            let b = f.pop();
                            let a = f.pop();
                            let r = if b.is_ptr()
                                && (type_of(b) == bt(BT::Set) || type_of(b) == bt(BT::FrozenSet))
                            {
                                ferrite_runtime::methods::set::set_contains(b, a)?
                            } else if b.is_ptr() && type_of(b) == bt(BT::Dict) {
                                dict_get(b, a)?.is_some()
                            } else if let Some(r) = ops::str_contains_fast(b, a) {
                                r
                            } else {
                                ops::contains(b, a)?
                            };
                            bool_result!(r != (arg == 1));
                        }
                        Op::BinarySubscr => {
                            let k = f.pop();
                            let c = f.pop();
                            let r = match fast_subscr(c, k) {
                                Some(v) => v,
                                None if is_exact_list_and_slice(c, k) => {
                                    ferrite_runtime::methods::containers::list_slice(c, k)?
                                }
                                None => ops::getitem(c, k)?,
                            };
                            f.push(r);
                        }
                        Op::StoreSubscr => {
                            let k = f.pop();
                            let c = f.pop();
                            let v = f.pop();
                            if is_exact_list_and_slice(c, k) {
                                ferrite_runtime::methods::containers::list_assign_slice(c, k, v)?;
                            } else if !fast_store_subscr(c, k, v) {
                                ops::setitem(c, k, v)?;
                            }
                        }
                        Op::DeleteSubscr => {
                            let k = f.pop();
                            let c = f.pop();
                            ops::delitem(c, k)?;
                        }
                        Op::BuildSlice => {
                            let step = if arg == 3 { f.pop() } else { none() };
                            let stop = f.pop();
                            let start = f.pop();
                            let s =
                                ferrite_runtime::methods::containers::new_slice(start, stop, step);
                            f.push(s);
                        }
                        Op::BuildTuple => {
                            let n = arg as usize;
                            let t = new_tuple(f.top_n(n));
                            f.drop_n(n);
                            f.push(t);
                        }
                        Op::BuildList => {
                            let n = arg as usize;
                            let l = new_list(f.top_n(n));
                            f.drop_n(n);
                            f.push(l);
                        }
                        Op::BuildSet => {
                            let n = arg as usize;
                            let t = new_tuple(f.top_n(n));
                            f.drop_n(n);
                            let s = crate::builtins::make_set(bt(BT::Set), t)?;
                            f.push(s);
                        }
                        Op::BuildMap => {
                            let n = arg as usize;
                            let d = new_dict();
                            for i in 0..n {
                                let k = f.peek(2 * (n - i));
                                let v = f.peek(2 * (n - i) - 1);
                                dict_set(d, k, v)?;
                            }
                            f.drop_n(2 * n);
                            f.push(d);
                        }
                        Op::BuildString => {
                            let n = arg as usize;
                            let mut s = String::new();
                            for &p in f.top_n(n) {
                                s.push_str(str_of(p));
                            }
                            f.drop_n(n);
                            let v = new_str(&s);
                            f.push(v);
                        }
                        Op::FormatValue => {
                            let spec = if arg & 4 != 0 { f.pop() } else { Value::NULL };
                            let mut v = f.pop();
                            v = match arg & 3 {
                                1 => ops::str(v)?,
                                2 => ops::repr(v)?,
                                3 => crate::builtins::ascii_of(v)?,
                                _ => v,
                            };
                            let r = if spec.is_null() && v.is_ptr() && type_of(v) == bt(BT::Str) {
                                v
                            } else {
                                let sp = if spec.is_null() { "" } else { str_of(spec) };
                                new_str(&ferrite_runtime::format::format_value_spec(v, sp)?)
                            };
                            f.push(r);
                        }
                        Op::ListAppend => {
                            let v = f.pop();
                            let l = f.peek(arg as usize);
                            list_push(l, v);
                        }
                        Op::SetAdd => {
                            let v = f.pop();
                            let s = f.peek(arg as usize);
                            crate::builtins::set_add(s, v)?;
                        }
                        Op::MapAdd => {
                            let v = f.pop();
                            let k = f.pop();
                            let d = f.peek(arg as usize);
                            dict_set(d, k, v)?;
                        }
                        Op::ListExtend => {
                            let it = f.pop();
                            let l = f.peek(arg as usize);
                            let in_call = f.stack_top >= arg as usize + 2
                                && f.peek(arg as usize + 2).is_null();
                            let func = if in_call {
                                f.peek(arg as usize + 1)
                            } else {
                                Value::NULL
                            };
                            let src = ops::to_list(it).map_err(|e| {
                                if exc_matches(e.0, exc_type(Exc::TypeError))
                                    && ops::iter(it).is_err()
                                {
                                    if in_call {
                                        type_error(format!(
                                            "{} argument after * must be an iterable, not {}",
                                            crate::builtins::function_str(func),
                                            type_name_of(it)
                                        ))
                                    } else {
                                        type_error(format!(
                                            "Value after * must be an iterable, not {}",
                                            type_name_of(it)
                                        ))
                                    }
                                } else {
                                    e
                                }
                            })?;
                            let items = list_items(src).clone();
                            list_items(l).extend_from_slice(&items);
                            write_barrier(l);
                        }
                        Op::SetUpdate => {
                            let it = f.pop();
                            let s = f.peek(arg as usize);
                            let src = ops::to_list(it)?;
                            let mut i = 0;
                            while let Some(x) = ferrite_runtime::objects::list::list_get(src, i) {
                                crate::builtins::set_add(s, x)?;
                                i += 1;
                            }
                        }
                        Op::DictUpdate => {
                            let m = f.pop();
                            let d = f.peek(arg as usize);
                            if !(m.is_ptr()
                                && (layout_of(m) == Layout::Dict
                                    || ferrite_runtime::types::lookup(type_of(m), "keys")
                                        .is_some()))
                            {
                                return Err(type_error(format!(
                                    "'{}' object is not a mapping",
                                    type_name_of(m)
                                )));
                            }
                            ferrite_runtime::methods::containers::update_from(d, m)?;
                        }
                        Op::DictMerge => {
                            let m = f.pop();
                            let d = f.peek(arg as usize);
                            let func = f.peek(arg as usize + 2);
                            crate::builtins::dict_merge(d, m, func)?;
                        }
                        Op::ListToTuple => {
                            let l = f.pop();
                            let t = new_tuple(list_items(l));
                            f.push(t);
                        }
                        Op::UnpackSequence => {
                            let s = f.pop();
                            unpack_into(f, s, arg as usize)?;
                        }
                        Op::UnpackEx => {
                            let s = f.pop();
                            unpack_ex(f, s, (arg & 0xff) as usize, (arg >> 8) as usize)?;
                        }
                        Op::Jump => {
                            if (arg as usize) < f.lasti {
                                // a plain load and store: a lost count is harmless, and a
                                // locked add on every back-edge is not
                                let h = &co.info.hotness;
                                h.store(
                                    h.load(Ordering::Relaxed).wrapping_add(1),
                                    Ordering::Relaxed,
                                );
                                ferrite_gc::safepoint();
                                crate::signals::check()?;
                            }
                            f.ip = arg as usize;
                        }
                        Op::PopJumpIfFalse => {
                            let v = f.pop();
                            let t = if v == py_true() {
                                true
                            } else if v == py_false() {
                                false
                            } else {
                                ops::truthy(v)?
                            };
                            if !t {
                                f.ip = arg as usize;
                            }
                        }
                        Op::PopJumpIfTrue => {
                            let v = f.pop();
                            let t = if v == py_true() {
                                true
                            } else if v == py_false() {
                                false
                            } else {
                                ops::truthy(v)?
                            };
                            if t {
                                f.ip = arg as usize;
                            }
                        }
                        Op::PopJumpIfNone => {
                            if f.pop() == none() {
                                f.ip = arg as usize;
                            }
                        }
                        Op::PopJumpIfNotNone => {
                            if f.pop() != none() {
                                f.ip = arg as usize;
                            }
                        }
                        Op::JumpIfFalseOrPop => {
                            if !ops::truthy(f.top())? {
                                f.ip = arg as usize;
                            } else {
                                f.pop();
                            }
                        }
                        Op::JumpIfTrueOrPop => {
                            if ops::truthy(f.top())? {
                                f.ip = arg as usize;
                            } else {
                                f.pop();
                            }
                        }
                        Op::GetIter => {
                            let v = f.pop();
                            let it = ops::iter(v)?;
                            f.push(it);
                        }
                        Op::ForIter => {
                            let it = f.top();
                            let next = match ferrite_runtime::objects::iter::next_range_or_list(it)
                            {
                                Some(r) => r,
                                None => ops::next(it)?,
                            };
                            match next {
                                Some(v) => f.push(v),
                                None => {
                                    f.pop();
                                    f.ip = arg as usize;
                                }
                            }
                        }
                        Op::ReturnValue => {
                            let v = f.pop();
                            return Ok(Exit::Return(v));
                        }
                        Op::KwNames => {
                            f.kwnames = arg as usize;
                        }
                        Op::Call => {
                            let n = arg as usize;
                            let kwnames: &[Value] = if f.kwnames != usize::MAX {
                                let t = co.consts[f.kwnames];
                                f.kwnames = usize::MAX;
                                tuple_items(t)
                            } else {
                                &[]
                            };
                            let first = f.peek(n + 2);
                            let second = f.peek(n + 1);
                            let r = if first.is_null() {
                                let args = f.top_n(n);
                                call_value(second, args, kwnames)?
                            } else {
                                let args = f.top_n(n + 1);
                                call_value(first, args, kwnames)?
                            };
                            f.drop_n(n + 2);
                            f.push(r);
                        }
                        Op::CallFunctionEx => {
                            let kw = if arg & 1 != 0 { f.pop() } else { Value::NULL };
                            let args = f.pop();
                            let func = f.pop();
                            let _null = f.pop();
                            let func = if func.is_null() { _null } else { func };
                            let r = crate::builtins::call_ex(func, args, kw)?;
                            f.push(r);
                        }
                        Op::MakeFunction => {
                            let codev = f.pop();
                            let closure = if arg & 8 != 0 { f.pop() } else { Value::NULL };
                            let ann = if arg & 4 != 0 { f.pop() } else { Value::NULL };
                            let kwd = if arg & 2 != 0 { f.pop() } else { Value::NULL };
                            let defs = if arg & 1 != 0 { f.pop() } else { Value::NULL };
                            let func = crate::builtins::make_function(
                                codev, f.globals, f.builtins, defs, kwd, ann, closure,
                            )?;
                            f.push(func);
                        }
                        Op::LoadBuildClass => {
                            let b = new_builtin_function(
                                "__build_class__",
                                build_class_call,
                                Value::NULL,
                            );
                            f.push(b);
                        }
                        Op::RaiseVarargs => {
                            return Err(crate::builtins::do_raise(f, arg)?);
                        }
                        Op::Reraise => {
                            let e = f.pop();
                            add_tb_flag_off();
                            return Err(PyErr(e));
                        }
                        Op::PushExcInfo => {
                            let e = f.pop();
                            let prev = handled_exception();
                            f.push(if prev.is_null() { none() } else { prev });
                            f.push(e);
                            set_handled_exception(e);
                        }
                        Op::PopExcept => {
                            let prev = f.pop();
                            set_handled_exception(if prev == none() { Value::NULL } else { prev });
                        }
                        Op::CheckExcMatch => {
                            let t = f.pop();
                            let e = f.top();
                            let r = crate::builtins::exception_matches(e, t)?;
                            f.push(py_bool(r));
                        }
                        Op::CheckEgMatch => {
                            let t = f.pop();
                            let eg = f.pop();
                            let (rest, matched) = crate::builtins::eg_match(eg, t)?;
                            f.push(rest);
                            f.push(matched);
                        }
                        Op::PrepReraiseStar => {
                            let raised = f.pop();
                            let orig = f.pop();
                            let r = crate::builtins::prep_reraise_star(orig, raised)?;
                            f.push(r);
                        }
                        Op::LoadAssertionError => f.push(exc_type(Exc::AssertionError)),
                        Op::BeforeWith => {
                            let mgr = f.pop();
                            let t = type_of(mgr);
                            let enter = ferrite_runtime::types::lookup(t, "__enter__");
                            let exit = ferrite_runtime::types::lookup(t, "__exit__");
                            let (Some(enter), Some(exit)) = (enter, exit) else {
                                let missing =
                                    if ferrite_runtime::types::lookup(t, "__enter__").is_none() {
                                        ""
                                    } else {
                                        " (missed __exit__ method)"
                                    };
                                return Err(type_error(format!(
                                    "'{}' object does not support the context manager protocol{}",
                                    type_name_of(mgr),
                                    missing
                                )));
                            };
                            let exit_b = ops::bind(exit, mgr, t)?;
                            f.push(exit_b);
                            let r = ops::call_method_obj(enter, mgr, &[], &[])?;
                            f.push(r);
                        }
                        Op::WithExceptStart => {
                            let e = f.peek(1);
                            let exit = f.peek(3);
                            let tb = exc_obj(e).traceback;
                            let r = ops::call(
                                exit,
                                &[type_of(e), e, if tb.is_null() { none() } else { tb }],
                                &[],
                            )?;
                            f.push(r);
                        }
                        Op::YieldValue => {
                            let v = f.pop();
                            return Ok(Exit::Yield(v));
                        }
                        Op::GetYieldFromIter => {
                            let v = f.pop();
                            let it = if v.is_ptr() && type_of(v) == bt(BT::Coroutine) {
                                v
                            } else {
                                ops::iter(v)?
                            };
                            f.push(it);
                        }
                        Op::Send => {
                            let v = f.pop();
                            let sub = f.top();
                            match crate::generator::send_to(sub, v)? {
                                crate::generator::SendResult::Yield(y) => f.push(y),
                                crate::generator::SendResult::Return(r) => {
                                    f.pop();
                                    f.push(r);
                                    f.ip = arg as usize;
                                }
                            }
                        }
                        Op::GetAwaitable => {
                            let v = f.pop();
                            let a = crate::generator::get_awaitable(v, arg)?;
                            f.push(a);
                        }
                        Op::GetAIter => {
                            let v = f.pop();
                            let a = crate::generator::get_aiter(v)?;
                            f.push(a);
                        }
                        Op::GetANext => {
                            let it = f.top();
                            let a = crate::generator::get_anext(it)?;
                            f.push(a);
                        }
                        Op::EndAsyncFor => {
                            let e = f.pop();
                            f.pop();
                            if !exc_matches(e, exc_type(Exc::StopAsyncIteration)) {
                                add_tb_flag_off();
                                return Err(PyErr(e));
                            }
                        }
                        Op::StopIterationError => {
                            let e = f.pop();
                            let converted =
                                crate::generator::convert_stop_iteration(e, co.info.flags);
                            f.push(converted);
                        }
                        Op::AsyncGenWrap => {
                            let v = f.pop();
                            let w = crate::generator::async_gen_wrap(v);
                            f.push(w);
                        }
                        Op::BeforeAsyncWith => {
                            let mgr = f.pop();
                            let t = type_of(mgr);
                            let (Some(enter), Some(exit)) = (
                                ferrite_runtime::types::lookup(t, "__aenter__"),
                                ferrite_runtime::types::lookup(t, "__aexit__"),
                            ) else {
                                return Err(type_error(format!(
                                    "'{}' object does not support the asynchronous context manager protocol",
                                    type_name_of(mgr)
                                )));
                            };
                            let exit_b = ops::bind(exit, mgr, t)?;
                            f.push(exit_b);
                            let r = ops::call_method_obj(enter, mgr, &[], &[])?;
                            f.push(r);
                        }
                        Op::ImportName => {
                            let fromlist = f.pop();
                            let level = f.pop();
                            let m = crate::import::import_name(
                                names(code, arg),
                                f.globals,
                                fromlist,
                                level,
                            )?;
                            f.push(m);
                        }
                        Op::ImportFrom => {
                            let m = f.top();
                            let v = crate::import::import_from(m, names(code, arg))?;
                            f.push(v);
                        }
                        Op::ImportStar => {
                            let m = f.pop();
                            crate::import::import_star(m, f.locals)?;
                        }
                        Op::SetupAnnotations => {
                            let k = ferrite_runtime::intern::intern("__annotations__");
                            if dict_get(f.locals, k)?.is_none() {
                                let d = new_dict();
                                dict_set(f.locals, k, d)?;
                            }
                        }
                        Op::GetLen => {
                            let n = ops::len(f.top())?;
                            f.push(new_int(n as i64));
                        }
                        Op::MatchMapping => {
                            let v = f.top();
                            f.push(py_bool(crate::pattern::is_mapping(v)));
                        }
                        Op::MatchSequence => {
                            let v = f.top();
                            f.push(py_bool(crate::pattern::is_sequence(v)));
                        }
                        Op::MatchKeys => {
                            let keys = f.peek(1);
                            let subj = f.peek(2);
                            let r = crate::pattern::match_keys(subj, keys)?;
                            f.push(r);
                        }
                        Op::MatchClass => {
                            let kw = f.pop();
                            let cls = f.pop();
                            let subj = f.pop();
                            let r = crate::pattern::match_class(subj, cls, arg as usize, kw)?;
                            f.push(r);
                        }
                        Op::CopyDictWithoutKeys => {
                            let keys = f.pop();
                            let subj = f.top();
                            let d = new_dict();
                            ferrite_runtime::methods::containers::update_from(d, subj)?;
                            for &k in tuple_items(keys) {
                                dict_del(d, k)?;
                            }
                            f.push(d);
                        }
                        Op::PrintExpr => {
                            let v = f.pop();
                            crate::builtins::display_hook(v)?;
                        }
                        Op::MakeTypeParam => {
                            let lazy = if arg >= 3 { f.pop() } else { Value::NULL };
                            let name = f.pop();
                            let tp = crate::typeparams::make_type_param(arg, name, lazy);
                            f.push(tp);
                        }
                        Op::MakeTypeAlias => {
                            let compute = f.pop();
                            let params = f.pop();
                            let name = f.pop();
                            let a = crate::typeparams::make_type_alias(name, params, compute);
                            f.push(a);
                        }
                        Op::SetFunctionTypeParams => {
                            let params = f.pop();
                            let func = f.top();
                            crate::typeparams::set_function_type_params(func, params);
                        }
                        Op::GenericBase => {
                            let params = f.pop();
                            f.push(crate::typeparams::generic_base(params));
                        }
                        Op::SubscriptGeneric => {
                            return Err(not_supported("SubscriptGeneric (unused by the compiler)"));
                        }
                    }
                }
            })()
        };
        let e = match result {
            Ok(exit) => return Ok(exit),
            Err(e) => e,
        };
        let e = e.0;
        let reraise = TB_OFF.with(|c| c.replace(false));
        if !reraise {
            chain_context(e);
        }
        record_exception(e, fv, add_tb && !reraise);
        add_tb = true;
        let f = frame(fv);
        match find_handler(code, f.lasti) {
            Some(h) => {
                f.truncate(h.depth as usize);
                if h.push_lasti {
                    f.push(new_int(f.lasti as i64));
                }
                f.push(e);
                f.ip = h.handler as usize;
            }
            None => {
                f.truncate(0);
                return Err(PyErr(e));
            }
        }
    }
}

thread_local! {
    static TB_OFF: Cell<bool> = const { Cell::new(false) };
}
/// The next error unwinding through the eval loop is a re-raise: do not add a traceback entry
/// or context.
pub fn add_tb_flag_off() {
    TB_OFF.with(|c| c.set(true));
}

/// LoadAttr/StoreAttr/LoadMethod inline caches: `ATTR_CACHE_WAYS` entries per site, so a site
/// that sees a few classes (a base-class method run on subclasses) keeps hitting.
///
/// Attribute entry (a: type, b: type version << 8 | misses, c: key) means "instances of this
/// type keep `name` as an attribute of their own: no descriptor anywhere on the MRO, no
/// custom __getattribute__/__getattr__/__setattr__", and the key says where: an AttrMap
/// address (maps are 256-aligned) whose low bits hold the inline slot index (SLOT_MASK) and,
/// for a store that adds the attribute, TRANSITION (the key's map is then the map the
/// instance moves to, from its parent). Way 0's misses count refills of the whole site.
///
/// Method entry (a: type, b: type version << 8, c: the function or method descriptor found on
/// the type, cached only once it sits in the old generation, where objects never move; the
/// type's dict keeps it alive while the version holds).
const SLOT_MASK: u64 = 0x7f;
const TRANSITION: u64 = 0x80;
/// Refills after which a site stops refilling (it is megamorphic).
const MAX_MISSES: u64 = 32;
const WAYS: usize = crate::bytecode::ATTR_CACHE_WAYS as usize;

#[inline]
fn map_of_key(c: u64) -> usize {
    (c & !0xff) as usize
}

#[inline]
fn site_ways(co: &CodeObject, cache: usize) -> &[std::cell::Cell<CacheEntry>] {
    &co.info.caches.entries[cache..cache + WAYS]
}

/// The inline slot holding the attribute `o` is loading, if a way of the site knows `o`'s
/// type (at its current version) and map.
#[inline]
fn cached_attr_load(co: &CodeObject, cache: usize, o: Value) -> Option<usize> {
    if !o.is_ptr() {
        return None;
    }
    let t = type_of(o).0 as u64;
    for w in site_ways(co, cache) {
        let e = w.get();
        if e.a == t {
            let v = as_type(type_of(o)).version.load(Ordering::Relaxed) as u64;
            if e.b >> 8 == v && e.c & TRANSITION == 0 && instance::map_addr(o) == map_of_key(e.c) {
                return Some((e.c & SLOT_MASK) as usize);
            }
        } else if e.a == 0 {
            break;
        }
    }
    None
}

/// (inline slot, map to move to or 0) for a store a way of the site knows.
#[inline]
fn cached_attr_store(co: &CodeObject, cache: usize, o: Value) -> Option<(usize, usize)> {
    if !o.is_ptr() {
        return None;
    }
    let t = type_of(o).0 as u64;
    for w in site_ways(co, cache) {
        let e = w.get();
        if e.a == t {
            let v = as_type(type_of(o)).version.load(Ordering::Relaxed) as u64;
            if e.b >> 8 != v {
                continue;
            }
            let m = instance::map_addr(o);
            let km = map_of_key(e.c);
            if e.c & TRANSITION == 0 {
                if m == km {
                    return Some(((e.c & SLOT_MASK) as usize, 0));
                }
            } else if m != 0 && m == instance::parent_map_addr(km) {
                // adding the attribute: the map moves to its child
                return Some(((e.c & SLOT_MASK) as usize, km));
            }
        } else if e.a == 0 {
            break;
        }
    }
    None
}

/// Puts an entry into a site: into an empty way, else over the way after the last one filled
/// (a site that keeps missing stops refilling).
fn fill_way(co: &CodeObject, cache: usize, e: CacheEntry) -> bool {
    let ways = site_ways(co, cache);
    let w0 = ways[0].get();
    let misses = w0.b & 0xff;
    if misses >= MAX_MISSES {
        return false;
    }
    let slot = ways
        .iter()
        .position(|w| w.get().a == 0 || w.get().a == e.a && w.get().c == e.c);
    let i = match slot {
        Some(i) => i,
        None => (misses as usize) % WAYS,
    };
    ways[i].set(CacheEntry {
        b: e.b & !0xff,
        ..e
    });
    let w0 = ways[0].get();
    ways[0].set(CacheEntry {
        b: (w0.b & !0xff) | (misses + 1),
        ..w0
    });
    true
}

/// Fills an attribute site's cache after a slow lookup (`before`: for a store, the map the
/// instance had before it).
fn remember_attr_slot(co: &CodeObject, cache: usize, o: Value, name: Value, before: Option<usize>) {
    if !o.is_ptr() || layout_of(o) != Layout::Instance {
        return;
    }
    let t = type_of(o);
    let tt = as_type(t);
    if tt.flags
        & (type_flags::CUSTOM_GETATTRIBUTE | type_flags::HAS_GETATTR | type_flags::CUSTOM_SETATTR)
        != 0
        || tt.flags & type_flags::HAS_DICT == 0
    {
        return;
    }
    if ferrite_runtime::types::lookup_name(t, name).is_some() {
        return;
    }
    let Some(key) = instance::inline_slot_key(o, name) else {
        return;
    };
    if key & 0xff > SLOT_MASK {
        return;
    }
    let key = match before {
        Some(m) if m != map_of_key(key) => {
            // a store that added the attribute: cache the step only if it was one transition
            if instance::parent_map_addr(map_of_key(key)) != m {
                return;
            }
            key | TRANSITION
        }
        _ => key,
    };
    fill_way(
        co,
        cache,
        CacheEntry {
            a: t.0 as u64,
            b: (tt.version.load(Ordering::Relaxed) as u64) << 8,
            c: key,
        },
    );
}

/// Whether `o` holds an attribute of its own named like the method being loaded.
#[inline]
fn shadows_method(o: Value, name: Value) -> bool {
    let t = type_of(o);
    (layout_of(o) != Layout::Instance || as_type(t).flags & type_flags::INSTANCE_SHADOWS != 0)
        && instance::has_attr_storage(o)
        && instance::get_attr(o, name).is_some()
}

/// The method a LoadMethod site cached for `o`'s type, if `o` does not shadow it.
#[inline]
fn cached_method(co: &CodeObject, cache: usize, o: Value) -> Option<Value> {
    let t = type_of(o);
    let ta = t.0 as u64;
    for w in site_ways(co, cache) {
        let e = w.get();
        if e.a == ta {
            if e.b >> 8 != as_type(t).version.load(Ordering::Relaxed) as u64 {
                return None;
            }
            if as_type(t).flags & type_flags::INSTANCE_SHADOWS != 0
                || layout_of(o) != Layout::Instance
            {
                // rare: let the slow path check the instance
                if instance::has_attr_storage(o) {
                    return None;
                }
            }
            return Some(Value(e.c as usize));
        } else if e.a == 0 {
            break;
        }
    }
    None
}

/// Records a LoadMethod result for `t` (only methods that no longer move).
fn remember_method(co: &CodeObject, cache: usize, t: Value, m: Value) {
    if !m.is_ptr() || ferrite_gc::is_young(m.ptr()) {
        return;
    }
    fill_way(
        co,
        cache,
        CacheEntry {
            a: t.0 as u64,
            b: (as_type(t).version.load(Ordering::Relaxed) as u64) << 8,
            c: m.0 as u64,
        },
    );
}

/// `a == b` / `a != b` for two exact strs: identity, then length, then bytes.
#[inline]
fn str_eq_fast(a: Value, b: Value, op: CmpOp) -> Option<bool> {
    if !matches!(op, CmpOp::Eq | CmpOp::Ne) || !a.is_ptr() || !b.is_ptr() {
        return None;
    }
    let st = bt(BT::Str);
    if type_of(a) != st || type_of(b) != st {
        return None;
    }
    let eq = a == b || str_of(a).as_bytes() == str_of(b).as_bytes();
    Some(eq == (op == CmpOp::Eq))
}

#[inline]
fn is_exact_list_and_slice(c: Value, k: Value) -> bool {
    c.is_ptr() && k.is_ptr() && type_of(c) == bt(BT::List) && type_of(k) == bt(BT::Slice)
}

/// `c[k]` for exact list/tuple with a small-int index and exact dict: no dunder dispatch.
#[inline]
fn fast_subscr(c: Value, k: Value) -> Option<Value> {
    if !c.is_ptr() {
        return None;
    }
    let t = type_of(c);
    if k.is_small_int() {
        let i = k.small();
        if t == bt(BT::List) {
            let items = list_items(c);
            let j = if i < 0 { i + items.len() as i64 } else { i };
            return if j >= 0 {
                items.get(j as usize).copied()
            } else {
                None
            };
        }
        if t == bt(BT::Tuple) {
            let items = tuple_items(c);
            let j = if i < 0 { i + items.len() as i64 } else { i };
            return if j >= 0 {
                items.get(j as usize).copied()
            } else {
                None
            };
        }
    }
    if t == bt(BT::Dict) && (k.is_small_int() || (k.is_ptr() && type_of(k) == bt(BT::Str))) {
        return dict_get(c, k).ok().flatten();
    }
    if t == bt(BT::Str) && k.is_small_int() {
        let n = ferrite_runtime::objects::str::str_char_len(c) as i64;
        let i = k.small();
        let j = if i < 0 { i + n } else { i };
        return if j >= 0 && j < n {
            Some(ferrite_runtime::objects::str::str_char_at(c, j as usize))
        } else {
            None
        };
    }
    None
}

/// `c[k] = v` for exact list with an in-range small-int index and exact dict with str/int keys.
#[inline]
fn fast_store_subscr(c: Value, k: Value, v: Value) -> bool {
    if !c.is_ptr() {
        return false;
    }
    let t = type_of(c);
    if t == bt(BT::List) && k.is_small_int() {
        let n = list_items(c).len() as i64;
        let i = k.small();
        let j = if i < 0 { i + n } else { i };
        if j >= 0 && j < n {
            ferrite_runtime::objects::list::list_set(c, j as usize, v);
            return true;
        }
        return false;
    }
    if t == bt(BT::Dict) && (k.is_small_int() || (k.is_ptr() && type_of(k) == bt(BT::Str))) {
        return dict_set(c, k, v).is_ok();
    }
    false
}

/// float op float/int without dispatch (the common mixed cases in numeric code).
#[inline]
fn fast_float_op(a: Value, b: Value, op: NumOp) -> Option<Value> {
    let fl = bt(BT::Float);
    let x = if a.is_small_int() {
        a.small() as f64
    } else if a.is_ptr() && type_of(a) == fl {
        ferrite_runtime::objects::float::float_of(a)
    } else {
        return None;
    };
    let y = if b.is_small_int() {
        if !(a.is_ptr()) {
            return None; // int op int: the int path handles it
        }
        b.small() as f64
    } else if b.is_ptr() && type_of(b) == fl {
        ferrite_runtime::objects::float::float_of(b)
    } else {
        return None;
    };
    let r = match op {
        NumOp::Add => x + y,
        NumOp::Sub => x - y,
        NumOp::Mul => x * y,
        NumOp::TrueDiv if y != 0.0 => x / y,
        _ => return None,
    };
    Some(ferrite_runtime::objects::float::new_float(r))
}

/// Calls anything, with a fast path for Python functions.
#[inline]
pub fn call_value(callable: Value, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    if callable.is_ptr() {
        match layout_of(callable) {
            Layout::Function => return crate::call::call_function(callable, args, kwnames),
            // builtins called from Python code: straight into the Rust function (as CPython,
            // a call into C does not count towards the Python recursion depth; what they
            // call back goes through ops::call, which counts)
            Layout::BuiltinFunction => {
                let o = obj::<BuiltinFunctionObject>(callable);
                if o.self_.is_null() {
                    return (o.func)(args, kwnames);
                }
            }
            Layout::MethodDescriptor => {
                // self of exactly the owner type (LoadMethod's `obj.meth(...)`): nothing to
                // check; anything else takes ops::call's checks and messages
                let o = obj::<MethodDescrObject>(callable);
                if args.len() > kwnames.len() && type_of(args[0]) == o.owner {
                    ferrite_runtime::objects::function::check_slot_args(
                        o.arity, o.name, args, kwnames,
                    )?;
                    return (o.func)(args, kwnames);
                }
            }
            _ => {}
        }
    }
    ops::call(callable, args, kwnames)
}

pub fn is_generator_code(code: Value) -> bool {
    code_obj(code).info.flags & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
}
