//! Generators and coroutines: a generator object owns a suspended frame; `send` resumes it with
//! a value, `throw` resumes it by raising at the suspension point, `close` throws
//! GeneratorExit. `yield from`/`await` delegate through `send_to`.

use crate::bytecode::{decode, flags, Op};
use crate::eval::{run_frame, Exit};
use crate::frame::frame;
use ferrite_gc::Header;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::function::{code_obj, func_obj};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::ops;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::{PyResult, Value};

#[repr(C)]
pub struct GeneratorObject {
    pub header: Header,
    pub frame: Value,
    pub name: Value,
    pub qualname: Value,
    /// the exception state saved while suspended
    pub saved_exc: Value,
    pub started: bool,
    pub running: bool,
    pub finished: bool,
    /// registered with the collector's finalizers (it suspended inside a try/with block)
    pub finalizer_registered: bool,
}
ferrite_runtime::fixed_kind!(
    GEN_KIND,
    "generator",
    GeneratorObject,
    [frame, name, qualname, saved_exc]
);

pub fn new_generator(f: Value, func: Value, cflags: u32) -> Value {
    let cls = if cflags & flags::COROUTINE != 0 {
        bt(BT::Coroutine)
    } else if cflags & flags::ASYNC_GENERATOR != 0 {
        bt(BT::AsyncGenerator)
    } else {
        bt(BT::Generator)
    };
    let (name, qn) = (func_obj(func).name, func_obj(func).qualname);
    let g = new_obj::<GeneratorObject>(cls, |o| {
        o.frame = f;
        o.name = name;
        o.qualname = qn;
    });
    frame(f).generator = g;
    write_barrier(f);
    g
}

fn gen<'a>(g: Value) -> &'a mut GeneratorObject {
    obj::<GeneratorObject>(g)
}

fn kind_name(g: Value) -> &'static str {
    let t = type_of(g);
    if t == bt(BT::Coroutine) {
        "coroutine"
    } else if t == bt(BT::AsyncGenerator) {
        "async generator"
    } else {
        "generator"
    }
}

/// Resumes `g`: Ok(Yield) / Ok(Return) / Err.
pub fn resume(g: Value, value: Value, throw: Option<PyErr>) -> PyResult<Exit> {
    let o = gen(g);
    if o.running {
        return Err(new_exc(
            Exc::ValueError,
            &format!("{} already executing", kind_name(g)),
        ));
    }
    if o.finished {
        if let Some(e) = throw {
            return Err(e);
        }
        if type_of(g) == bt(BT::Coroutine) {
            return Err(runtime_error("cannot reuse already awaited coroutine"));
        }
        return Err(stop_iteration(Value::NULL));
    }
    if !o.started {
        if let Some(e) = throw {
            o.finished = true;
            return Err(e);
        }
        if !value.is_null() && value != none() {
            return Err(type_error(format!(
                "can't send non-None value to a just-started {}",
                kind_name(g)
            )));
        }
        o.started = true;
    } else if throw.is_none() {
        frame(o.frame).push(if value.is_null() { none() } else { value });
    }
    let f = o.frame;
    o.running = true;
    // the generator's exception state is its own while it runs
    let outer = crate::eval::handled_exception();
    let saved = gen(g).saved_exc;
    crate::eval::set_handled_exception(saved);
    frame(f).back = crate::eval::current_frame();
    let r = run_frame(f, throw);
    let o = gen(g);
    o.running = false;
    o.saved_exc = crate::eval::handled_exception();
    write_barrier(g);
    crate::eval::set_handled_exception(outer);
    frame(f).back = Value::NULL;
    match &r {
        Ok(Exit::Yield(_)) => {
            let o = gen(g);
            if !o.finalizer_registered
                && crate::eval::inside_user_handler(frame(f).code, frame(f).lasti)
            {
                // dropped while suspended here, it must still run its finally/__exit__
                o.finalizer_registered = true;
                ferrite_gc::register_finalizer(g.ptr());
            }
        }
        _ => {
            gen(g).finished = true;
            gen(g).saved_exc = Value::NULL;
        }
    }
    r
}

pub enum SendResult {
    Yield(Value),
    Return(Value),
}

/// One step of `yield from`/`await`: send `v` into sub-iterator `sub`.
pub fn send_to(sub: Value, v: Value) -> PyResult<SendResult> {
    if sub.is_ptr() && layout_of(sub) == Layout::Generator {
        return match resume(sub, v, None) {
            Ok(Exit::Yield(y)) => Ok(SendResult::Yield(y)),
            Ok(Exit::Return(r)) => Ok(SendResult::Return(r)),
            Err(e) => Err(e),
        };
    }
    let r = if v == none() || v.is_null() {
        match ferrite_runtime::types::lookup(type_of(sub), "__next__") {
            Some(m) => ops::call_method_obj(m, sub, &[], &[]),
            None => Err(type_error(format!(
                "'{}' object is not an iterator",
                type_name_of(sub)
            ))),
        }
    } else {
        ops::call_method(sub, "send", &[v])
    };
    match r {
        Ok(y) => Ok(SendResult::Yield(y)),
        Err(e) if exc_matches(e.0, exc_type(Exc::StopIteration)) => {
            Ok(SendResult::Return(stop_value(e.0)))
        }
        Err(e) => Err(e),
    }
}

fn stop_value(e: Value) -> Value {
    let args = exc_obj(e).args;
    if ferrite_runtime::objects::tuple::tuple_len(args) > 0 {
        ferrite_runtime::objects::tuple::tuple_items(args)[0]
    } else {
        none()
    }
}

/// StopIteration escaping a generator body becomes RuntimeError.
pub fn convert_stop_iteration(e: Value, cflags: u32) -> Value {
    let what = if cflags & flags::COROUTINE != 0 {
        "coroutine"
    } else if cflags & flags::ASYNC_GENERATOR != 0 {
        "async generator"
    } else {
        "generator"
    };
    let is_stop = exc_matches(e, exc_type(Exc::StopIteration))
        || (cflags & flags::ASYNC_GENERATOR != 0
            && exc_matches(e, exc_type(Exc::StopAsyncIteration)));
    if !is_stop {
        return e;
    }
    let r = runtime_error(format!(
        "{what} raised {}",
        ferrite_runtime::errors::exc_type_name(e)
    ))
    .0;
    exc_obj(r).cause = e;
    exc_obj(r).context = e;
    exc_obj(r).suppress_context = py_true();
    r
}

/// Is the frame of `g` suspended inside a `yield from`/`await` (at a `YieldValue 1`)?
fn delegate_of(g: Value) -> Option<Value> {
    let f = gen(g).frame;
    let fr = frame(f);
    if !gen(g).started || gen(g).finished || fr.ip == 0 {
        return None;
    }
    let units = &code_obj(fr.code).info.code;
    let (op, arg) = decode(units[fr.ip - 1]);
    if op == Op::YieldValue as u8 && arg == 1 && fr.stack_top >= 1 {
        Some(fr.top())
    } else {
        None
    }
}

fn gen_throw_impl(g: Value, e: PyErr) -> PyResult<Value> {
    if let Some(sub) = delegate_of(g) {
        // delegate the throw
        let r = if sub.is_ptr() && layout_of(sub) == Layout::Generator {
            gen_throw_impl(sub, e)
        } else if exc_matches(e.0, exc_type(Exc::GeneratorExit)) {
            if let Ok(close) = ops::getattr_str(sub, "close") {
                ops::call(close, &[], &[])?;
            }
            Err(e)
        } else {
            match ops::getattr_opt(sub, ferrite_runtime::intern::intern("throw"))? {
                Some(t) => ops::call(t, &[e.0], &[]),
                None => Err(e),
            }
        };
        match r {
            Ok(y) => return Ok(y),
            Err(err) if exc_matches(err.0, exc_type(Exc::StopIteration)) => {
                // sub-iterator finished: resume after the delegation loop with its value
                let f = gen(g).frame;
                let fr = frame(f);
                fr.pop();
                let v = stop_value(err.0);
                // find the Send's exit target: the unit before YieldValue 1 is `Send exit`
                let units = &code_obj(fr.code).info.code;
                let mut k = fr.ip - 2;
                loop {
                    let (op, arg) = decode(units[k]);
                    if op == Op::Send as u8 {
                        fr.ip = arg as usize;
                        break;
                    }
                    if k == 0 {
                        break;
                    }
                    k -= 1;
                }
                fr.pop();
                return match resume_with(g, v) {
                    Ok(Exit::Yield(y)) => Ok(y),
                    Ok(Exit::Return(r)) => Err(stop_iteration(r)),
                    Err(e) => Err(e),
                };
            }
            Err(err) => return finish_result(g, resume(g, Value::NULL, Some(err))),
        }
    }
    finish_result(g, resume(g, Value::NULL, Some(e)))
}

fn resume_with(g: Value, v: Value) -> PyResult<Exit> {
    let f = gen(g).frame;
    frame(f).push(v);
    gen(g).started = true;
    // push happened already; resume without pushing again
    let o = gen(g);
    o.running = true;
    let outer = crate::eval::handled_exception();
    crate::eval::set_handled_exception(gen(g).saved_exc);
    let r = run_frame(f, None);
    let o = gen(g);
    o.running = false;
    o.saved_exc = crate::eval::handled_exception();
    write_barrier(g);
    crate::eval::set_handled_exception(outer);
    if !matches!(r, Ok(Exit::Yield(_))) {
        gen(g).finished = true;
    }
    r
}

fn finish_result(_g: Value, r: PyResult<Exit>) -> PyResult<Value> {
    match r {
        Ok(Exit::Yield(y)) => Ok(y),
        Ok(Exit::Return(v)) => Err(stop_iteration(v)),
        Err(e) => Err(e),
    }
}

fn gen_send(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("send", a, kw, 1, 1)?;
    finish_result(a[0], resume(a[0], a[1], None))
}
fn gen_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    finish_result(a[0], resume(a[0], none(), None))
}
fn gen_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
fn gen_throw(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("throw", a, kw, 1, 3)?;
    let t = a[1];
    let e = if is_type(t) {
        if a.len() > 2 && a[2] != none() {
            ops::call(t, &[a[2]], &[])?
        } else {
            ops::call(t, &[], &[])?
        }
    } else if is_exception(t) {
        t
    } else {
        return Err(type_error(
            "exceptions must be classes or instances deriving from BaseException, not ".to_string()
                + type_name_of(t),
        ));
    };
    if !is_exception(e) {
        return Err(type_error("exceptions must derive from BaseException"));
    }
    gen_throw_impl(a[0], PyErr(e))
}
pub fn gen_close_value(g: Value) -> PyResult<Value> {
    if !gen(g).started || gen(g).finished {
        gen(g).finished = true;
        return Ok(none());
    }
    let ge = new_exc_args(Exc::GeneratorExit, &[]);
    match gen_throw_impl(g, ge) {
        Ok(_) => Err(runtime_error(format!(
            "{} ignored GeneratorExit",
            kind_name(g)
        ))),
        Err(e)
            if exc_matches(e.0, exc_type(Exc::GeneratorExit))
                || exc_matches(e.0, exc_type(Exc::StopIteration)) =>
        {
            Ok(none())
        }
        Err(e) => Err(e),
    }
}
fn gen_close(a: &[Value], _: &[Value]) -> PyResult<Value> {
    gen_close_value(a[0])
}
fn gen_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let o = gen(a[0]);
    Ok(new_str(&format!(
        "<{} object {} at {:#x}>",
        kind_name(a[0]),
        str_of(o.qualname),
        ferrite_gc::object_id(a[0].ptr())
    )))
}
fn gen_get_name(g: Value) -> PyResult<Value> {
    Ok(gen(g).name)
}
fn gen_get_qualname(g: Value) -> PyResult<Value> {
    Ok(gen(g).qualname)
}
fn gen_get_frame(g: Value) -> PyResult<Value> {
    Ok(if gen(g).finished {
        none()
    } else {
        gen(g).frame
    })
}
fn gen_get_running(g: Value) -> PyResult<Value> {
    Ok(py_bool(gen(g).running))
}
fn coro_await(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}

/// `await v`: the iterator to delegate to.
pub fn get_awaitable(v: Value, _where: u32) -> PyResult<Value> {
    if v.is_ptr() && type_of(v) == bt(BT::Coroutine) {
        return Ok(v);
    }
    if v.is_ptr() && type_of(v) == bt(BT::Generator) {
        let f = gen(v).frame;
        if code_obj(frame(f).code).info.flags & flags::ITERABLE_COROUTINE != 0 {
            return Ok(v);
        }
    }
    match ops::call_special(v, "__await__", &[])? {
        Some(it) => {
            if it.is_ptr() && type_of(it) == bt(BT::Coroutine) {
                return Err(type_error("__await__() returned a coroutine"));
            }
            if ferrite_runtime::types::lookup(type_of(it), "__next__").is_none() {
                return Err(type_error(format!(
                    "__await__() returned non-iterator of type '{}'",
                    type_name_of(it)
                )));
            }
            Ok(it)
        }
        None => Err(type_error(format!(
            "object {} can't be used in 'await' expression",
            type_name_of(v)
        ))),
    }
}

pub fn get_aiter(v: Value) -> PyResult<Value> {
    match ops::call_special(v, "__aiter__", &[])? {
        Some(it) => Ok(it),
        None => Err(type_error(format!(
            "'async for' requires an object with __aiter__ method, got {}",
            type_name_of(v)
        ))),
    }
}

pub fn get_anext(it: Value) -> PyResult<Value> {
    match ops::call_special(it, "__anext__", &[])? {
        Some(a) => get_awaitable(a, 0),
        None => Err(type_error(format!(
            "'async for' requires an iterator with __anext__ method, got {}",
            type_name_of(it)
        ))),
    }
}

// ---------------------------------------------------------------- async generators
//
// An async generator's frame yields two kinds of values: those of its own `yield`
// (wrapped by AsyncGenWrap) and those an `await` inside it passes up to the event loop
// (unwrapped). The awaitables returned by asend()/athrow()/aclose() resume the frame and turn
// a wrapped yield into StopIteration(value) (the result of the await) while passing the
// others through.

use ferrite_runtime::objects::iter::IterObject;
use std::sync::atomic::{AtomicUsize, Ordering};

static WRAPPED_TYPE: AtomicUsize = AtomicUsize::new(0);
static ATHROW_TYPE: AtomicUsize = AtomicUsize::new(0);

pub fn visit_roots(t: &mut ferrite_gc::Tracer) {
    t.visit(WRAPPED_TYPE.as_ptr());
    t.visit(ATHROW_TYPE.as_ptr());
}

fn wrapped_type() -> Value {
    Value(WRAPPED_TYPE.load(Ordering::Relaxed))
}

pub fn async_gen_wrap(v: Value) -> Value {
    new_obj::<IterObject>(wrapped_type(), |o| o.seq = v)
}

fn unwrap_yield(v: Value) -> Option<Value> {
    if v.is_ptr() && type_of(v) == wrapped_type() {
        Some(obj::<IterObject>(v).seq)
    } else {
        None
    }
}

const MODE_SEND: i64 = 0;
const MODE_THROW: i64 = 1;
const MODE_CLOSE: i64 = 2;

fn new_agen_awaitable(g: Value, mode: i64, extra: Value) -> Value {
    let cls = if mode == MODE_SEND {
        bt(BT::AsyncGenASend)
    } else {
        Value(ATHROW_TYPE.load(Ordering::Relaxed))
    };
    new_obj::<IterObject>(cls, |o| {
        o.seq = g;
        o.extra = extra;
        o.index = mode;
    })
}

/// One step of an asend/athrow/aclose awaitable.
fn agen_step(aw: Value, sent: Value, thrown: Option<PyErr>) -> PyResult<Value> {
    let o = obj::<IterObject>(aw);
    let (g, mode, state, extra) = (o.seq, o.index, o.step, o.extra);
    if state == 2 {
        return Err(runtime_error(if mode == MODE_SEND {
            "cannot reuse already awaited __anext__()/asend()"
        } else {
            "cannot reuse already awaited aclose()/athrow()"
        }));
    }
    if gen(g).finished && state == 0 {
        obj::<IterObject>(aw).step = 2;
        return Err(if mode == MODE_CLOSE {
            stop_iteration(Value::NULL)
        } else if mode == MODE_THROW {
            PyErr(extra)
        } else {
            new_exc_args(Exc::StopAsyncIteration, &[])
        });
    }
    let r = if state == 0 {
        obj::<IterObject>(aw).step = 1;
        match mode {
            MODE_SEND => resume(
                g,
                if sent == none() || sent.is_null() {
                    extra
                } else {
                    sent
                },
                thrown,
            ),
            MODE_THROW => {
                if !gen(g).started {
                    gen(g).finished = true;
                    obj::<IterObject>(aw).step = 2;
                    return Err(PyErr(extra));
                }
                resume(g, Value::NULL, Some(thrown.unwrap_or(PyErr(extra))))
            }
            _ => {
                if !gen(g).started {
                    gen(g).finished = true;
                    obj::<IterObject>(aw).step = 2;
                    return Err(stop_iteration(Value::NULL));
                }
                let ge = new_exc_args(Exc::GeneratorExit, &[]);
                resume(g, Value::NULL, Some(thrown.unwrap_or(ge)))
            }
        }
    } else {
        resume(g, if sent.is_null() { none() } else { sent }, thrown)
    };
    match r {
        Ok(Exit::Yield(y)) => match unwrap_yield(y) {
            Some(v) => {
                obj::<IterObject>(aw).step = 2;
                if mode == MODE_CLOSE {
                    return Err(runtime_error("async generator ignored GeneratorExit"));
                }
                Err(stop_iteration(v))
            }
            None => Ok(y),
        },
        Ok(Exit::Return(_)) => {
            obj::<IterObject>(aw).step = 2;
            if mode == MODE_CLOSE {
                return Err(stop_iteration(Value::NULL));
            }
            Err(new_exc_args(Exc::StopAsyncIteration, &[]))
        }
        Err(e) => {
            obj::<IterObject>(aw).step = 2;
            if mode == MODE_CLOSE
                && (exc_matches(e.0, exc_type(Exc::GeneratorExit))
                    || exc_matches(e.0, exc_type(Exc::StopAsyncIteration)))
            {
                return Err(stop_iteration(Value::NULL));
            }
            Err(e)
        }
    }
}

fn aw_send(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("send", a, kw, 1, 1)?;
    agen_step(a[0], a[1], None)
}
fn aw_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    agen_step(a[0], none(), None)
}
fn aw_throw(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("throw", a, kw, 1, 3)?;
    let e = make_thrown(&a[1..])?;
    agen_step(a[0], Value::NULL, Some(PyErr(e)))
}
fn aw_close(a: &[Value], _: &[Value]) -> PyResult<Value> {
    obj::<IterObject>(a[0]).step = 2;
    Ok(none())
}
fn make_thrown(a: &[Value]) -> PyResult<Value> {
    let t = a[0];
    let e = if is_type(t) {
        if a.len() > 1 && a[1] != none() {
            if is_exception(a[1]) {
                a[1]
            } else {
                ops::call(t, &[a[1]], &[])?
            }
        } else {
            ops::call(t, &[], &[])?
        }
    } else {
        t
    };
    if !is_exception(e) {
        return Err(type_error("exceptions must derive from BaseException"));
    }
    Ok(e)
}
fn agen_aiter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
fn agen_anext(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_agen_awaitable(a[0], MODE_SEND, none()))
}
fn agen_asend(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("asend", a, kw, 1, 1)?;
    Ok(new_agen_awaitable(a[0], MODE_SEND, a[1]))
}
fn agen_athrow(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("athrow", a, kw, 1, 3)?;
    let e = make_thrown(&a[1..])?;
    Ok(new_agen_awaitable(a[0], MODE_THROW, e))
}
fn agen_aclose(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_agen_awaitable(a[0], MODE_CLOSE, none()))
}
fn gen_get_code(g: Value) -> PyResult<Value> {
    Ok(frame(gen(g).frame).code)
}
fn gen_get_yieldfrom(g: Value) -> PyResult<Value> {
    Ok(delegate_of(g).unwrap_or_else(none))
}
fn gen_get_suspended(g: Value) -> PyResult<Value> {
    let o = gen(g);
    Ok(py_bool(o.started && !o.finished && !o.running))
}

fn init_async() {
    use ferrite_runtime::methods::{def, getset};
    let wt = ferrite_runtime::types::alloc_type(
        bt(BT::Type),
        "async_generator_wrapped_value",
        Layout::Iter,
        &ferrite_runtime::objects::iter::ITER_KIND,
        0,
    );
    ferrite_runtime::types::set_single_base(wt, bt(BT::Object));
    WRAPPED_TYPE.store(wt.0, Ordering::Relaxed);
    let asend = bt(BT::AsyncGenASend);
    as_type(asend).instance_kind = &ferrite_runtime::objects::iter::ITER_KIND;
    as_type(asend).layout = Layout::Iter;
    let athrow = ferrite_runtime::types::alloc_type(
        bt(BT::Type),
        "async_generator_athrow",
        Layout::Iter,
        &ferrite_runtime::objects::iter::ITER_KIND,
        0,
    );
    ferrite_runtime::types::set_single_base(athrow, bt(BT::Object));
    ATHROW_TYPE.store(athrow.0, Ordering::Relaxed);
    for t in [asend, athrow] {
        def(t, "send", aw_send);
        def(t, "__next__", aw_next);
        def(t, "throw", aw_throw);
        def(t, "close", aw_close);
        def(t, "__await__", gen_iter);
        def(t, "__iter__", gen_iter);
        ferrite_runtime::types::refresh_flags(t);
    }
    let ag = bt(BT::AsyncGenerator);
    def(ag, "__aiter__", agen_aiter);
    def(ag, "__anext__", agen_anext);
    def(ag, "asend", agen_asend);
    def(ag, "athrow", agen_athrow);
    def(ag, "aclose", agen_aclose);
    getset(ag, "ag_running", gen_get_running);
    getset(ag, "ag_code", gen_get_code);
    getset(ag, "ag_frame", gen_get_frame);
    for t in [BT::Generator, BT::Coroutine] {
        getset(bt(t), "gi_code", gen_get_code);
        getset(bt(t), "cr_code", gen_get_code);
        getset(bt(t), "cr_running", gen_get_running);
        getset(bt(t), "gi_yieldfrom", gen_get_yieldfrom);
        getset(bt(t), "cr_await", gen_get_yieldfrom);
        getset(bt(t), "gi_suspended", gen_get_suspended);
        getset(bt(t), "cr_suspended", gen_get_suspended);
    }
}

pub fn init() {
    use ferrite_runtime::methods::{def, getset};
    for t in [BT::Generator, BT::Coroutine, BT::AsyncGenerator] {
        as_type(bt(t)).instance_kind = &GEN_KIND;
        let ty = bt(t);
        def(ty, "send", gen_send);
        def(ty, "throw", gen_throw);
        def(ty, "close", gen_close);
        def(ty, "__repr__", gen_repr);
        getset(ty, "__name__", gen_get_name);
        getset(ty, "__qualname__", gen_get_qualname);
        getset(ty, "gi_frame", gen_get_frame);
        getset(ty, "gi_running", gen_get_running);
        getset(ty, "cr_frame", gen_get_frame);
    }
    def(bt(BT::Generator), "__iter__", gen_iter);
    def(bt(BT::Generator), "__next__", gen_next);
    def(bt(BT::Coroutine), "__await__", coro_await);
    // a coroutine is its own awaitable iterator here
    def(bt(BT::Coroutine), "__next__", gen_next);
    def(bt(BT::Coroutine), "__iter__", gen_iter);
    init_async();
}
