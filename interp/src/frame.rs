//! Interpreter frames: one GC object per call holding the fast locals, the cells and the value
//! stack inline (`slots`), so a frame is a single allocation and generators keep theirs alive.
//!
//! Layout of `slots`: `[fast locals (varnames) | cells (cellvars ++ freevars) | value stack]`.
//! The collector traces `slots[..base + stack_top]` only, so popped slots never hold stale
//! references.

use ferrite_gc::{Header, Kind, Tracer};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::function::{code_obj, CodeObject};
use ferrite_runtime::Value;

#[repr(C)]
pub struct FrameObject {
    pub header: Header,
    pub code: Value,
    pub globals: Value,
    pub builtins: Value,
    /// locals mapping for module and class-body scopes (NULL for functions)
    pub locals: Value,
    pub back: Value,
    pub func: Value,
    /// generator owning this frame, if any
    pub generator: Value,
    /// number of slots before the value stack
    pub base: usize,
    pub stack_top: usize,
    pub capacity: usize,
    /// next instruction index
    pub ip: usize,
    /// index of the instruction being executed (for tracebacks and f_lineno)
    pub lasti: usize,
    /// pending `KwNames` for the next Call (index into consts, or usize::MAX)
    pub kwnames: usize,
    pub slots: [Value; 0],
}
const BASE: usize = std::mem::size_of::<FrameObject>();

unsafe fn frame_size(h: *const Header) -> usize {
    // SAFETY: the collector passes a FrameObject.
    BASE + 8 * unsafe { (*(h as *const FrameObject)).capacity }
}
unsafe fn frame_trace(h: *mut Header, t: &mut Tracer) {
    // SAFETY: the collector passes a FrameObject.
    trace_fields(unsafe { &mut *(h as *mut FrameObject) }, t);
}

/// Visits a running frame's references as roots (see eval::visit_roots).
pub fn visit_frame_contents(f: Value, t: &mut Tracer) {
    trace_fields(frame(f), t);
}

fn trace_fields(f: &mut FrameObject, t: &mut Tracer) {
    for v in [
        &mut f.code,
        &mut f.globals,
        &mut f.builtins,
        &mut f.locals,
        &mut f.back,
        &mut f.func,
        &mut f.generator,
    ] {
        t.visit(Value::slot(v));
    }
    let n = (f.base + f.stack_top).min(f.capacity);
    let p = f.slots.as_mut_ptr();
    for i in 0..n {
        // SAFETY: i < capacity
        t.visit(unsafe { p.add(i) } as *mut usize);
    }
}
pub static FRAME_KIND: Kind = Kind {
    name: "frame",
    size: frame_size,
    trace: frame_trace,
    drop: None,
};

fn f_code(f: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(frame(f).code)
}
fn f_globals(f: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(frame(f).globals)
}
fn f_builtins(f: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(frame(f).builtins)
}
fn f_back(f: Value) -> ferrite_runtime::PyResult<Value> {
    let b = frame(f).back;
    Ok(if b.is_null() { none() } else { b })
}
fn f_lineno(f: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(ferrite_runtime::objects::int::new_int(
        frame(f).line() as i64
    ))
}
fn f_lasti(f: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(ferrite_runtime::objects::int::new_int(
        frame(f).lasti as i64 * 2,
    ))
}
fn f_locals(f: Value) -> ferrite_runtime::PyResult<Value> {
    crate::builtins::frame_locals(f)
}
fn frame_repr(a: &[Value], _: &[Value]) -> ferrite_runtime::PyResult<Value> {
    let fr = frame(a[0]);
    let c = code_obj(fr.code);
    Ok(ferrite_runtime::objects::str::new_str(&format!(
        "<frame at {:#x}, file '{}', line {}, code {}>",
        ferrite_gc::object_id(a[0].ptr()),
        ferrite_runtime::objects::str::str_of(c.filename),
        fr.line(),
        ferrite_runtime::objects::str::str_of(c.name)
    )))
}

pub fn init() {
    use ferrite_runtime::methods::{def, getset};
    let t = bt(BT::Frame);
    getset(t, "f_code", f_code);
    getset(t, "f_globals", f_globals);
    getset(t, "f_builtins", f_builtins);
    getset(t, "f_back", f_back);
    getset(t, "f_lineno", f_lineno);
    getset(t, "f_lasti", f_lasti);
    getset(t, "f_locals", f_locals);
    def(t, "__repr__", frame_repr);
    def(t, "clear", frame_clear);
}

/// frame.clear(): refused for a frame that is running (on the current call chain) or belongs
/// to a generator that has not finished; otherwise nothing is left to release early (the
/// collector frees what the frame held once it is unreachable).
fn frame_clear(a: &[Value], _: &[Value]) -> ferrite_runtime::PyResult<Value> {
    let mut f = crate::eval::current_frame();
    while !f.is_null() {
        if f == a[0] {
            return Err(ferrite_runtime::errors::new_exc(
                ferrite_runtime::errors::Exc::RuntimeError,
                "cannot clear an executing frame",
            ));
        }
        f = frame(f).back;
    }
    Ok(none())
}

pub fn new_frame(
    code: Value,
    globals: Value,
    builtins: Value,
    locals: Value,
    func: Value,
) -> Value {
    let c: &CodeObject = code_obj(code);
    let base = c.varnames.len() + c.cellvars.len() + c.freevars.len();
    let cap = base + c.info.max_stack as usize + 2;
    let f = alloc(bt(BT::Frame), BASE + 8 * cap);
    let fr = obj::<FrameObject>(f);
    fr.code = code;
    fr.globals = globals;
    fr.builtins = builtins;
    fr.locals = locals;
    fr.func = func;
    fr.base = base;
    fr.capacity = cap;
    fr.kwnames = usize::MAX;
    f
}

#[inline]
pub fn frame<'a>(f: Value) -> &'a mut FrameObject {
    obj::<FrameObject>(f)
}

impl FrameObject {
    #[inline]
    pub fn slot(&mut self, i: usize) -> &mut Value {
        debug_assert!(i < self.capacity);
        // SAFETY: i < capacity (checked in debug builds; the compiler bounds stack depth).
        unsafe { &mut *self.slots.as_mut_ptr().add(i) }
    }
    #[inline]
    pub fn push(&mut self, v: Value) {
        let i = self.base + self.stack_top;
        *self.slot(i) = v;
        self.stack_top += 1;
    }
    #[inline]
    pub fn pop(&mut self) -> Value {
        self.stack_top -= 1;
        let i = self.base + self.stack_top;
        std::mem::replace(self.slot(i), Value::NULL)
    }
    #[inline]
    pub fn top(&mut self) -> Value {
        let i = self.base + self.stack_top - 1;
        *self.slot(i)
    }
    /// The n-th item from the top (1 = top).
    #[inline]
    pub fn peek(&mut self, n: usize) -> Value {
        let i = self.base + self.stack_top - n;
        *self.slot(i)
    }
    #[inline]
    pub fn set_peek(&mut self, n: usize, v: Value) {
        let i = self.base + self.stack_top - n;
        *self.slot(i) = v;
    }
    /// The top `n` stack items as a slice (valid until the next push/pop).
    pub fn top_n(&mut self, n: usize) -> &[Value] {
        let start = self.base + self.stack_top - n;
        // SAFETY: start..start+n lies within the live stack.
        unsafe { std::slice::from_raw_parts(self.slots.as_ptr().add(start), n) }
    }
    pub fn drop_n(&mut self, n: usize) {
        for _ in 0..n {
            self.pop();
        }
    }
    pub fn truncate(&mut self, depth: usize) {
        while self.stack_top > depth {
            self.pop();
        }
    }
    pub fn line(&self) -> u32 {
        let c = code_obj(self.code);
        c.info
            .positions
            .get(self.lasti)
            .map(|p| p.line)
            .unwrap_or(c.info.first_line)
    }
}
