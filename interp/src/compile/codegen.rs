//! Code generation for scopes and statements.
//!
//! One `Unit` per code object being compiled (a stack: module, then nested functions/classes).
//! Control flow that leaves a block early (`break`, `continue`, `return`) walks the frame-block
//! stack (`fblocks`, CPython's fblockinfo) and emits each block's exit code inline: popping a
//! `for` iterator, calling a `with` block's `__exit__`, running a `finally` body, restoring the
//! handled exception of an `except` body. While it does, the handlers of the blocks it leaves
//! are taken off the active handler stack so the inlined code is protected by the outer ones.

use super::assemble::{Buffer, HandlerId, Label};
use super::ast::{self, span, Expr, ExprContext, Stmt};
use super::error::{CompileError, CompileErrorKind, LineIndex};
use super::symtable::{mangle, ScopeId, ScopeKind, SymScope, SymbolTable};
use super::CompileOptions;
use crate::bytecode::{flags, CodeUnit, Constant, Op, Position};
use num_bigint::BigInt;
use std::collections::HashMap;
use std::rc::Rc;

pub(crate) type CResult<T = ()> = Result<T, CompileError>;

/// Hashable identity of a constant, for deduplication (floats by bits so 0.0 and -0.0 differ).
#[derive(Clone, PartialEq, Eq, Hash)]
enum ConstKey {
    None,
    True,
    False,
    Ellipsis,
    Int(BigInt),
    Float(u64),
    Complex(u64, u64),
    Str(String),
    Bytes(Vec<u8>),
    Tuple(Vec<ConstKey>),
    FrozenSet(Vec<ConstKey>),
    Code(usize),
}

fn const_key(c: &Constant, code_counter: &mut usize) -> ConstKey {
    match c {
        Constant::None => ConstKey::None,
        Constant::True => ConstKey::True,
        Constant::False => ConstKey::False,
        Constant::Ellipsis => ConstKey::Ellipsis,
        Constant::Int(i) => ConstKey::Int(i.clone()),
        Constant::Float(f) => ConstKey::Float(f.to_bits()),
        Constant::Complex { re, im } => ConstKey::Complex(re.to_bits(), im.to_bits()),
        Constant::Str(s) => ConstKey::Str(s.clone()),
        Constant::Bytes(b) => ConstKey::Bytes(b.clone()),
        Constant::Tuple(t) => {
            ConstKey::Tuple(t.iter().map(|c| const_key(c, code_counter)).collect())
        }
        Constant::FrozenSet(t) => {
            ConstKey::FrozenSet(t.iter().map(|c| const_key(c, code_counter)).collect())
        }
        Constant::Code(_) => {
            *code_counter += 1;
            ConstKey::Code(*code_counter)
        }
    }
}

#[derive(Clone)]
pub(crate) enum FBlock<'a> {
    While {
        cont: Label,
        brk: Label,
    },
    For {
        cont: Label,
        brk: Label,
    },
    AsyncFor {
        cont: Label,
        brk: Label,
    },
    TryExcept,
    FinallyTry {
        body: &'a [Stmt],
    },
    FinallyEnd,
    With {
        is_async: bool,
        pos: Position,
    },
    HandlerCleanup {
        name: Option<String>,
    },
    /// Generator body protected by the StopIteration handler: nothing to unwind.
    Nothing,
    /// The handlers of a try/except*: leaving them early is a SyntaxError.
    ExceptStar,
}

#[derive(Clone)]
pub(crate) struct FBlockEntry<'a> {
    pub(crate) kind: FBlock<'a>,
    /// Length of the active handler stack before this block pushed its handler.
    pub(crate) active_len: usize,
}

pub(crate) struct Unit<'a> {
    pub(crate) scope: ScopeId,
    pub(crate) kind: ScopeKind,
    pub(crate) buf: Buffer,
    pub(crate) code: CodeUnit,
    const_index: HashMap<ConstKey, u32>,
    code_counter: usize,
    name_index: HashMap<String, u32>,
    varname_index: HashMap<String, u32>,
    cell_index: HashMap<String, u32>,
    pub(crate) fblocks: Vec<FBlockEntry<'a>>,
    pub(crate) loc: Position,
    pub(crate) private: Option<String>,
    /// Comprehension scopes whose code is being emitted inline into this unit (PEP 709),
    /// innermost last: their names resolve before the unit's own (see `inline_name`).
    pub(crate) inline: Vec<ScopeId>,
}

pub(crate) struct Compiler<'a> {
    pub(crate) st: &'a SymbolTable,
    pub(crate) lines: &'a LineIndex<'a>,
    pub(crate) filename: &'a str,
    pub(crate) opts: &'a CompileOptions,
    pub(crate) future_annotations: bool,
    pub(crate) interactive: bool,
    pub(crate) units: Vec<Unit<'a>>,
    /// Span of the statement being compiled (for errors found while unwinding).
    pub(crate) cur_stmt: (usize, usize),
    /// Expression nesting depth (bounded so deep input gives an error, not a stack overflow).
    pub(crate) depth: u32,
}

fn empty_code(filename: &str) -> CodeUnit {
    CodeUnit {
        name: String::new(),
        qualname: String::new(),
        filename: filename.to_string(),
        first_line: 1,
        argcount: 0,
        posonlyargcount: 0,
        kwonlyargcount: 0,
        flags: 0,
        varnames: Vec::new(),
        cellvars: Vec::new(),
        cell2arg: Vec::new(),
        freevars: Vec::new(),
        names: Vec::new(),
        consts: Vec::new(),
        code: Vec::new(),
        positions: Vec::new(),
        exception_table: Vec::new(),
        n_caches: 0,
        max_stack: 0,
        docstring: None,
    }
}

/// The docstring of a body, if its first statement is a string literal.
pub(crate) fn docstring_of(body: &[Stmt]) -> Option<String> {
    if let Some(Stmt::Expr(e)) = body.first() {
        if let Expr::Constant(c) = &*e.value {
            if let ast::Constant::Str(s) = &c.value {
                return Some(s.clone());
            }
        }
    }
    None
}

/// Whether a body has annotated assignments that need `__annotations__` (not inside nested
/// function/class definitions).
pub(crate) fn has_annotations(body: &[Stmt]) -> bool {
    body.iter().any(|s| match s {
        Stmt::AnnAssign(a) => a.simple && matches!(&*a.target, Expr::Name(_)),
        Stmt::For(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::AsyncFor(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::While(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::If(f) => has_annotations(&f.body) || has_annotations(&f.orelse),
        Stmt::With(f) => has_annotations(&f.body),
        Stmt::AsyncWith(f) => has_annotations(&f.body),
        Stmt::Try(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::TryStar(t) => {
            has_annotations(&t.body)
                || has_annotations(&t.orelse)
                || has_annotations(&t.finalbody)
                || t.handlers.iter().any(|h| {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    has_annotations(&h.body)
                })
        }
        Stmt::Match(m) => m.cases.iter().any(|c| has_annotations(&c.body)),
        _ => false,
    })
}

#[derive(Clone, Copy, PartialEq, Eq)]
pub(crate) enum NameCtx {
    Load,
    Store,
    Del,
}

impl<'a> Compiler<'a> {
    // ---------------------------------------------------------------- units

    pub(crate) fn u(&mut self) -> &mut Unit<'a> {
        // The unit stack is never empty while compiling: `enter_scope` runs first.
        let n = self.units.len();
        &mut self.units[n - 1]
    }

    pub(crate) fn ur(&self) -> &Unit<'a> {
        &self.units[self.units.len() - 1]
    }

    pub(crate) fn error(&self, msg: impl Into<String>, sp: (usize, usize)) -> CompileError {
        self.lines.error(
            CompileErrorKind::SyntaxError,
            msg,
            self.filename,
            sp.0,
            sp.1,
        )
    }

    #[allow(dead_code)]
    pub(crate) fn unsupported(&self, what: &str, sp: (usize, usize)) -> CompileError {
        self.error(format!("ferrite does not support {what} yet"), sp)
    }

    pub(crate) fn pos_of(&self, sp: (usize, usize)) -> Position {
        let (line, col) = self.lines.line_col(sp.0);
        let (end_line, end_col) = self.lines.line_col(sp.1.max(sp.0));
        Position {
            line,
            end_line,
            col,
            end_col,
        }
    }

    /// Sets the current location to a node's span; returns the previous one.
    pub(crate) fn set_loc(&mut self, sp: (usize, usize)) -> Position {
        let p = self.pos_of(sp);
        std::mem::replace(&mut self.u().loc, p)
    }

    pub(crate) fn restore_loc(&mut self, p: Position) {
        self.u().loc = p;
    }

    pub(crate) fn enter_scope(&mut self, scope: ScopeId, name: &str, first_line: u32) {
        let s = &self.st.scopes[scope];
        let mut code = empty_code(self.filename);
        code.name = name.to_string();
        code.first_line = first_line;
        code.cellvars = s.cellvars();
        code.freevars = s.freevars();
        let private = match s.kind {
            ScopeKind::Class => Some(s.name.clone()),
            _ => s.private.clone(),
        };
        let mut u = Unit {
            scope,
            kind: s.kind,
            buf: Buffer::default(),
            code,
            const_index: HashMap::new(),
            code_counter: 0,
            name_index: HashMap::new(),
            varname_index: HashMap::new(),
            cell_index: HashMap::new(),
            fblocks: Vec::new(),
            loc: Position {
                line: first_line,
                end_line: first_line,
                col: 0,
                end_col: 0,
            },
            private,
            inline: Vec::new(),
        };
        if s.kind.is_optimized() {
            for p in &s.params {
                let i = u.code.varnames.len() as u32;
                u.varname_index.insert(p.clone(), i);
                u.code.varnames.push(p.clone());
            }
            for (n, sym) in &s.symbols {
                if sym.scope == SymScope::Local && !u.varname_index.contains_key(n) {
                    let i = u.code.varnames.len() as u32;
                    u.varname_index.insert(n.clone(), i);
                    u.code.varnames.push(n.clone());
                }
            }
        }
        let mut cell2arg = Vec::new();
        for (i, c) in u.code.cellvars.iter().enumerate() {
            u.cell_index.insert(c.clone(), i as u32);
            cell2arg.push(s.params.iter().position(|p| p == c).map(|x| x as u32));
        }
        u.code.cell2arg = cell2arg;
        let nc = u.code.cellvars.len();
        for (i, c) in u.code.freevars.iter().enumerate() {
            u.cell_index.entry(c.clone()).or_insert((nc + i) as u32);
        }
        self.units.push(u);
    }

    /// Finishes the innermost unit and returns its code.
    pub(crate) fn exit_scope(&mut self) -> CResult<CodeUnit> {
        let Some(mut u) = self.units.pop() else {
            return Err(self.error("internal compiler error: no unit", (0, 0)));
        };
        let mut code = std::mem::replace(&mut u.code, empty_code(self.filename));
        if code.cellvars.is_empty() && code.freevars.is_empty() {
            code.flags |= flags::NOFREE;
        }
        if let Err(e) = u.buf.assemble(&mut code) {
            let (line, _) = (u.loc.line, 0);
            return Err(CompileError {
                kind: CompileErrorKind::SyntaxError,
                msg: format!("internal compiler error in {}: {}", code.qualname, e.0),
                filename: self.filename.to_string(),
                line,
                col: 1,
                end_line: line,
                end_col: 1,
                text: None,
            });
        }
        Ok(code)
    }

    // ---------------------------------------------------------------- emission

    pub(crate) fn emit(&mut self, op: Op, arg: u32) {
        let u = self.u();
        let p = u.loc;
        u.buf.emit(op, arg, p);
    }

    pub(crate) fn emit_jump(&mut self, op: Op, l: Label) {
        let u = self.u();
        let p = u.loc;
        u.buf.emit_jump(op, l, p);
    }

    pub(crate) fn new_label(&mut self) -> Label {
        self.u().buf.new_label()
    }

    pub(crate) fn place(&mut self, l: Label) {
        self.u().buf.place(l);
    }

    pub(crate) fn add_const(&mut self, c: Constant) -> u32 {
        let u = self.u();
        let k = const_key(&c, &mut u.code_counter);
        if let Some(&i) = u.const_index.get(&k) {
            return i;
        }
        let i = u.code.consts.len() as u32;
        u.code.consts.push(c);
        u.const_index.insert(k, i);
        i
    }

    pub(crate) fn load_const(&mut self, c: Constant) {
        let i = self.add_const(c);
        self.emit(Op::LoadConst, i);
    }

    pub(crate) fn name_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.name_index.get(name) {
            return i;
        }
        let i = u.code.names.len() as u32;
        u.code.names.push(name.to_string());
        u.name_index.insert(name.to_string(), i);
        i
    }

    pub(crate) fn mangle(&self, name: &str) -> String {
        mangle(self.ur().private.as_deref(), name)
    }

    /// The fast slot of a variable of this unit (a hidden one in module and class code).
    pub(crate) fn fast_slot(&mut self, name: &str) -> u32 {
        self.varname_index(name)
    }

    fn varname_index(&mut self, name: &str) -> u32 {
        let u = self.u();
        if let Some(&i) = u.varname_index.get(name) {
            return i;
        }
        let i = u.code.varnames.len() as u32;
        u.code.varnames.push(name.to_string());
        u.varname_index.insert(name.to_string(), i);
        i
    }

    /// Index of a cell or free variable in `cellvars ++ freevars`.
    pub(crate) fn cell_index(&mut self, name: &str) -> Option<u32> {
        self.ur().cell_index.get(name).copied()
    }

    /// A name used inside comprehensions inlined into this unit: their own variables live in
    /// fast slots of the unit (hidden ones in module and class code), their globals are
    /// globals even in a class body (a comprehension never sees class-level names), and
    /// their free variables resolve further out. Returns false to let the unit resolve it.
    fn inline_name(&mut self, name: &str, ctx: NameCtx) -> bool {
        let n = self.ur().inline.len();
        for j in (0..n).rev() {
            let sid = self.ur().inline[j];
            let Some(sym) = self.st.scopes[sid].get(name) else {
                continue;
            };
            match sym.scope {
                SymScope::Local | SymScope::Cell => {
                    let i = self.varname_index(name);
                    let op = match ctx {
                        NameCtx::Load => Op::LoadFast,
                        NameCtx::Store => Op::StoreFast,
                        NameCtx::Del => Op::DeleteFast,
                    };
                    self.emit(op, i);
                    return true;
                }
                SymScope::GlobalExplicit | SymScope::GlobalImplicit => {
                    let i = self.name_index(name);
                    let op = match ctx {
                        NameCtx::Load => Op::LoadGlobal,
                        NameCtx::Store => Op::StoreGlobal,
                        NameCtx::Del => Op::DeleteGlobal,
                    };
                    self.emit(op, i);
                    return true;
                }
                SymScope::Free | SymScope::Unknown => {}
            }
        }
        if self.ur().kind == ScopeKind::Class {
            // a variable of an enclosing function, not the class namespace's
            if let Some(i) = self.cell_index(name) {
                let op = match ctx {
                    NameCtx::Load => Op::LoadDeref,
                    NameCtx::Store => Op::StoreDeref,
                    NameCtx::Del => Op::DeleteDeref,
                };
                self.emit(op, i);
                return true;
            }
        }
        false
    }

    /// Emits the load/store/delete of a name according to its scope.
    pub(crate) fn name_op(&mut self, raw: &str, ctx: NameCtx) {
        let name = self.mangle(raw);
        if ctx == NameCtx::Load && name == "__debug__" {
            let v = if self.opts.optimize > 0 {
                Constant::False
            } else {
                Constant::True
            };
            self.load_const(v);
            return;
        }
        if !self.ur().inline.is_empty() && self.inline_name(&name, ctx) {
            return;
        }
        let scope_id = self.ur().scope;
        let kind = self.ur().kind;
        let sym = self.st.scopes[scope_id].get(&name).cloned();
        let sc = sym.as_ref().map_or(SymScope::Unknown, |s| s.scope);
        let free_class = sym
            .as_ref()
            .is_some_and(|s| s.flags & super::symtable::DEF_FREE_CLASS != 0);
        enum K {
            Fast,
            Deref,
            ClassDeref,
            Global,
            Name,
        }
        let k = match sc {
            SymScope::Free if kind == ScopeKind::Class && !free_class => {
                if ctx == NameCtx::Load {
                    K::ClassDeref
                } else {
                    K::Deref
                }
            }
            SymScope::Free | SymScope::Cell => K::Deref,
            SymScope::Local if kind.is_optimized() => K::Fast,
            SymScope::Local => K::Name,
            SymScope::GlobalExplicit => K::Global,
            SymScope::GlobalImplicit if kind.is_optimized() => K::Global,
            _ => {
                if kind.is_optimized() {
                    K::Global
                } else {
                    K::Name
                }
            }
        };
        let k = match k {
            K::Deref | K::ClassDeref if self.cell_index(&name).is_none() => {
                if kind.is_optimized() {
                    K::Global
                } else {
                    K::Name
                }
            }
            other => other,
        };
        match k {
            K::Fast => {
                let i = self.varname_index(&name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadFast,
                    NameCtx::Store => Op::StoreFast,
                    NameCtx::Del => Op::DeleteFast,
                };
                self.emit(op, i);
            }
            K::Deref | K::ClassDeref => {
                let i = self.cell_index(&name).unwrap_or(0);
                let op = match (ctx, matches!(k, K::ClassDeref)) {
                    (NameCtx::Load, true) => Op::LoadClassDeref,
                    (NameCtx::Load, false) => Op::LoadDeref,
                    (NameCtx::Store, _) => Op::StoreDeref,
                    (NameCtx::Del, _) => Op::DeleteDeref,
                };
                self.emit(op, i);
            }
            K::Global => {
                let i = self.name_index(&name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadGlobal,
                    NameCtx::Store => Op::StoreGlobal,
                    NameCtx::Del => Op::DeleteGlobal,
                };
                self.emit(op, i);
            }
            K::Name => {
                let i = self.name_index(&name);
                let op = match ctx {
                    NameCtx::Load => Op::LoadName,
                    NameCtx::Store => Op::StoreName,
                    NameCtx::Del => Op::DeleteName,
                };
                self.emit(op, i);
            }
        }
    }

    // ---------------------------------------------------------------- handlers / fblocks

    pub(crate) fn setup_handler(&mut self, l: Label, adjust: i32) -> HandlerId {
        self.u().buf.setup_handler(l, adjust)
    }

    pub(crate) fn push_handler(&mut self, h: HandlerId) {
        self.u().buf.push_handler(h);
    }

    pub(crate) fn pop_handler(&mut self) {
        self.u().buf.pop_handler();
    }

    /// Pushes a frame block; `active_len` is the handler-stack length before its handler.
    pub(crate) fn push_fblock(&mut self, kind: FBlock<'a>, active_len: usize) {
        self.u().fblocks.push(FBlockEntry { kind, active_len });
    }

    pub(crate) fn pop_fblock(&mut self) {
        self.u().fblocks.pop();
    }

    pub(crate) fn active_len(&self) -> usize {
        self.ur().buf.active.len()
    }

    /// Calls `exit(None, None, None)` of a with block: `[.., exit] -> [..]`, or with
    /// `preserve_tos`: `[.., exit, v] -> [.., v]`.
    pub(crate) fn call_exit_none(&mut self, preserve_tos: bool, is_async: bool) {
        if preserve_tos {
            self.emit(Op::Swap, 2);
        }
        self.emit(Op::PushNull, 0);
        self.emit(Op::Swap, 2);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.load_const(Constant::None);
        self.emit(Op::Call, 3);
        if is_async {
            self.emit(Op::GetAwaitable, 2);
            self.load_const(Constant::None);
            self.emit_await_loop();
        }
        self.emit(Op::PopTop, 0);
    }

    /// `[awaitable_iter, None] -> [result]`: the Send/YieldValue delegation loop.
    pub(crate) fn emit_await_loop(&mut self) {
        let send = self.new_label();
        let exit = self.new_label();
        self.place(send);
        self.emit_jump(Op::Send, exit);
        self.emit(Op::YieldValue, 1);
        self.emit_jump(Op::Jump, send);
        self.place(exit);
    }

    fn unwind_one(&mut self, b: &FBlockEntry<'a>, preserve_tos: bool) -> CResult {
        match &b.kind {
            FBlock::While { .. } | FBlock::TryExcept | FBlock::Nothing | FBlock::ExceptStar => {}
            FBlock::For { .. } | FBlock::AsyncFor { .. } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
            }
            FBlock::FinallyTry { body } => {
                let body: &'a [Stmt] = body;
                self.stmts(body)?;
            }
            FBlock::FinallyEnd => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopTop, 0);
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
            }
            FBlock::With { is_async, pos } => {
                let saved = std::mem::replace(&mut self.u().loc, *pos);
                self.call_exit_none(preserve_tos, *is_async);
                self.u().loc = saved;
            }
            FBlock::HandlerCleanup { name } => {
                if preserve_tos {
                    self.emit(Op::Swap, 2);
                }
                self.emit(Op::PopExcept, 0);
                if let Some(n) = name {
                    self.load_const(Constant::None);
                    self.name_op(n, NameCtx::Store);
                    self.name_op(n, NameCtx::Del);
                }
            }
        }
        Ok(())
    }

    /// Unwinds frame blocks for an early exit. With `want_loop`, stops at the innermost loop and
    /// returns it (not unwound). Returns the saved state to restore after the exit is emitted.
    fn unwind(
        &mut self,
        preserve_tos: bool,
        want_loop: bool,
    ) -> CResult<(
        Option<FBlockEntry<'a>>,
        Vec<FBlockEntry<'a>>,
        Vec<HandlerId>,
    )> {
        let saved_blocks = self.ur().fblocks.clone();
        let saved_active = self.ur().buf.active.clone();
        let mut found = None;
        while let Some(top) = self.u().fblocks.pop() {
            if matches!(top.kind, FBlock::ExceptStar) {
                let sp = self.cur_stmt;
                self.restore_unwind(saved_blocks, saved_active);
                return Err(self.error(
                    "'break', 'continue' and 'return' cannot appear in an except* block",
                    sp,
                ));
            }
            if want_loop
                && matches!(
                    top.kind,
                    FBlock::While { .. } | FBlock::For { .. } | FBlock::AsyncFor { .. }
                )
            {
                found = Some(top);
                break;
            }
            let l = top.active_len;
            self.u().buf.active.truncate(l);
            self.unwind_one(&top, preserve_tos)?;
        }
        Ok((found, saved_blocks, saved_active))
    }

    fn restore_unwind(&mut self, blocks: Vec<FBlockEntry<'a>>, active: Vec<HandlerId>) {
        let u = self.u();
        u.fblocks = blocks;
        u.buf.active = active;
    }

    // ---------------------------------------------------------------- scopes

    /// Compiles a module (or interactive input) body.
    pub(crate) fn module(&mut self, body: &'a [Stmt]) -> CResult<CodeUnit> {
        self.enter_scope(0, "<module>", 1);
        self.u().code.qualname = "<module>".to_string();
        let mut rest = body;
        if !self.interactive {
            if let Some(doc) = docstring_of(body) {
                let sp = span(&body[0]);
                let saved = self.set_loc(sp);
                self.load_const(Constant::Str(doc.clone()));
                self.name_op("__doc__", NameCtx::Store);
                self.restore_loc(saved);
                self.u().code.docstring = Some(doc);
                rest = &body[1..];
            }
        }
        if has_annotations(body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.stmts(rest)?;
        if let Some(last) = body.last() {
            // The implicit `return None` takes the last line, as CPython.
            let (_, end) = span(last);
            let (l, _) = self.lines.line_col(end.saturating_sub(1));
            self.u().loc = Position {
                line: l,
                end_line: l,
                col: 0,
                end_col: 0,
            };
            if body.len() == 1 && docstring_of(body).is_some() {
                let sp = span(last);
                self.set_loc(sp);
            }
        }
        if !self.u().buf.ends_in_terminator() {
            self.load_const(Constant::None);
            self.emit(Op::ReturnValue, 0);
        }
        self.exit_scope()
    }

    pub(crate) fn expression_unit(&mut self, e: &'a Expr) -> CResult<CodeUnit> {
        self.enter_scope(0, "<module>", 1);
        self.u().code.qualname = "<module>".to_string();
        self.expr(e)?;
        self.emit(Op::ReturnValue, 0);
        self.exit_scope()
    }

    /// Qualified name for a new scope named `name` nested in the current unit.
    pub(crate) fn qualname_for(&self, name: &str) -> String {
        // Skip annotation scopes of generics (their children are named as if direct children).
        let mut i = self.units.len();
        while i > 0 {
            let u = &self.units[i - 1];
            if u.kind == ScopeKind::TypeParams || u.kind == ScopeKind::TypeValue {
                i -= 1;
                continue;
            }
            break;
        }
        if i == 0 {
            return name.to_string();
        }
        let parent = &self.units[i - 1];
        if parent.kind == ScopeKind::Module {
            return name.to_string();
        }
        // A name declared global in the parent is qualified as top-level.
        let mangled = mangle(parent.private.as_deref(), name);
        if self.st.scopes[parent.scope].scope_of(&mangled) == SymScope::GlobalExplicit {
            return name.to_string();
        }
        if parent.kind.is_optimized() {
            format!("{}.<locals>.{}", parent.code.qualname, name)
        } else {
            format!("{}.{}", parent.code.qualname, name)
        }
    }

    /// Emits the closure tuple for a child code (if it has free variables) and returns the
    /// MakeFunction flag bit for it.
    pub(crate) fn make_closure(&mut self, child: &CodeUnit) -> CResult<u32> {
        if child.freevars.is_empty() {
            return Ok(0);
        }
        let n = child.freevars.len() as u32;
        for fv in &child.freevars {
            let Some(i) = self.cell_index(fv) else {
                let q = child.qualname.clone();
                return Err(self.error(
                    format!("internal compiler error: no cell for free variable '{fv}' of {q}"),
                    (0, 0),
                ));
            };
            self.emit(Op::LoadClosure, i);
        }
        self.emit(Op::BuildTuple, n);
        Ok(0x08)
    }

    // ---------------------------------------------------------------- statements

    pub(crate) fn stmts(&mut self, body: &'a [Stmt]) -> CResult {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(crate) fn stmt(&mut self, s: &'a Stmt) -> CResult {
        let sp = span(s);
        let saved = self.set_loc(sp);
        let saved_stmt = std::mem::replace(&mut self.cur_stmt, sp);
        let r = self.stmt_inner(s, sp);
        self.cur_stmt = saved_stmt;
        self.restore_loc(saved);
        r
    }

    fn stmt_inner(&mut self, s: &'a Stmt, sp: (usize, usize)) -> CResult {
        match s {
            Stmt::FunctionDef(f) => self.function_def(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                &f.type_params,
                false,
            ),
            Stmt::AsyncFunctionDef(f) => self.function_def(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                &f.type_params,
                true,
            ),
            Stmt::ClassDef(c) => self.class_def(s, c),
            Stmt::Return(r) => {
                if !self.ur().kind.is_optimized()
                    || matches!(self.ur().kind, ScopeKind::Comprehension)
                {
                    return Err(self.error("'return' outside function", sp));
                }
                let is_async_gen = self.ur().code.flags & flags::ASYNC_GENERATOR != 0;
                if is_async_gen && r.value.is_some() {
                    return Err(self.error("'return' with value in async generator", sp));
                }
                match &r.value {
                    Some(v) if self.const_value(v).is_none() => {
                        self.expr(v)?;
                        let (_, b, a) = self.unwind(true, false)?;
                        self.emit(Op::ReturnValue, 0);
                        self.restore_unwind(b, a);
                    }
                    Some(v) => {
                        let c = self.const_value(v).unwrap_or(Constant::None);
                        let (_, b, a) = self.unwind(false, false)?;
                        self.set_loc(sp);
                        self.load_const(c);
                        self.emit(Op::ReturnValue, 0);
                        self.restore_unwind(b, a);
                    }
                    None => {
                        let (_, b, a) = self.unwind(false, false)?;
                        self.set_loc(sp);
                        self.load_const(Constant::None);
                        self.emit(Op::ReturnValue, 0);
                        self.restore_unwind(b, a);
                    }
                }
                Ok(())
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.delete_target(t)?;
                }
                Ok(())
            }
            Stmt::Assign(a) => self.assign(&a.targets, &a.value),
            Stmt::AugAssign(a) => self.aug_assign(&a.target, &a.op, &a.value, sp),
            Stmt::AnnAssign(a) => self.ann_assign(a, sp),
            Stmt::TypeAlias(t) => self.type_alias(s, t),
            Stmt::For(f) => self.for_stmt(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::AsyncFor(f) => self.async_for_stmt(&f.target, &f.iter, &f.body, &f.orelse),
            Stmt::While(w) => self.while_stmt(&w.test, &w.body, &w.orelse),
            Stmt::If(i) => {
                let end = self.new_label();
                if i.orelse.is_empty() {
                    self.jump_if(&i.test, end, false)?;
                    self.stmts(&i.body)?;
                } else {
                    let els = self.new_label();
                    self.jump_if(&i.test, els, false)?;
                    self.stmts(&i.body)?;
                    if !self.u().buf.ends_in_terminator() {
                        self.emit_jump(Op::Jump, end);
                    }
                    self.place(els);
                    self.stmts(&i.orelse)?;
                }
                self.place(end);
                Ok(())
            }
            Stmt::With(w) => self.with_stmt(&w.items, &w.body, false, sp),
            Stmt::AsyncWith(w) => self.with_stmt(&w.items, &w.body, true, sp),
            Stmt::Match(m) => self.match_stmt(m),
            Stmt::Raise(r) => {
                let mut n = 0;
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                    n = 1;
                    if let Some(c) = &r.cause {
                        self.expr(c)?;
                        n = 2;
                    }
                }
                self.set_loc(sp);
                self.emit(Op::RaiseVarargs, n);
                Ok(())
            }
            Stmt::Try(t) => {
                if t.finalbody.is_empty() {
                    self.try_except(&t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, false)
                }
            }
            Stmt::TryStar(t) => {
                if t.finalbody.is_empty() {
                    self.try_star_except(&t.body, &t.handlers, &t.orelse)
                } else {
                    self.try_finally(&t.body, &t.handlers, &t.orelse, &t.finalbody, true)
                }
            }
            Stmt::Assert(a) => {
                if self.opts.optimize > 0 {
                    return Ok(());
                }
                if let Expr::Tuple(t) = &*a.test {
                    if !t.elts.is_empty() {
                        // CPython warns here ("assertion is always true"); still compiled.
                    }
                }
                let end = self.new_label();
                self.jump_if(&a.test, end, true)?;
                if let Some(m) = &a.msg {
                    self.emit(Op::PushNull, 0);
                    self.emit(Op::LoadAssertionError, 0);
                    self.expr(m)?;
                    self.set_loc(sp);
                    self.emit(Op::Call, 1);
                } else {
                    self.emit(Op::LoadAssertionError, 0);
                }
                self.emit(Op::RaiseVarargs, 1);
                self.place(end);
                Ok(())
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let name = a.name.as_str();
                    self.load_const(Constant::Int(BigInt::from(0)));
                    self.load_const(Constant::None);
                    let ni = self.name_index(name);
                    self.emit(Op::ImportName, ni);
                    match &a.asname {
                        Some(asname) => {
                            let parts: Vec<&str> = name.split('.').collect();
                            if parts.len() > 1 {
                                for (k, p) in parts.iter().enumerate().skip(1) {
                                    let pi = self.name_index(p);
                                    self.emit(Op::ImportFrom, pi);
                                    if k + 1 < parts.len() {
                                        self.emit(Op::Swap, 2);
                                        self.emit(Op::PopTop, 0);
                                    }
                                }
                                self.name_op(asname.as_str(), NameCtx::Store);
                                self.emit(Op::PopTop, 0);
                            } else {
                                self.name_op(asname.as_str(), NameCtx::Store);
                            }
                        }
                        None => {
                            let top = name.split('.').next().unwrap_or(name);
                            self.name_op(top, NameCtx::Store);
                        }
                    }
                }
                Ok(())
            }
            Stmt::ImportFrom(i) => {
                let level = i.level.as_ref().map_or(0, |l| l.to_u32());
                let module = i.module.as_ref().map_or("", |m| m.as_str());
                if module == "__future__" {
                    self.check_future(s, i)?;
                }
                self.load_const(Constant::Int(BigInt::from(level)));
                let names: Vec<Constant> = i
                    .names
                    .iter()
                    .map(|a| Constant::Str(a.name.as_str().to_string()))
                    .collect();
                self.load_const(Constant::Tuple(names));
                let mi = self.name_index(module);
                self.emit(Op::ImportName, mi);
                if i.names.len() == 1 && i.names[0].name.as_str() == "*" {
                    self.emit(Op::ImportStar, 0);
                    return Ok(());
                }
                for a in &i.names {
                    let ni = self.name_index(a.name.as_str());
                    self.emit(Op::ImportFrom, ni);
                    let store = a.asname.as_ref().unwrap_or(&a.name);
                    self.name_op(store.as_str(), NameCtx::Store);
                }
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Global(_) | Stmt::Nonlocal(_) => Ok(()),
            Stmt::Pass(_) => {
                self.emit(Op::Nop, 0);
                Ok(())
            }
            Stmt::Expr(e) => {
                if self.interactive && self.units.len() == 1 {
                    self.expr(&e.value)?;
                    self.emit(Op::PrintExpr, 0);
                    return Ok(());
                }
                if let Expr::Constant(_) = &*e.value {
                    // A constant expression statement has no effect.
                    self.emit(Op::Nop, 0);
                    return Ok(());
                }
                self.expr(&e.value)?;
                self.emit(Op::PopTop, 0);
                Ok(())
            }
            Stmt::Break(_) => {
                let (found, b, a) = self.unwind(false, true)?;
                match found {
                    Some(FBlockEntry {
                        kind:
                            FBlock::For { brk, .. }
                            | FBlock::AsyncFor { brk, .. }
                            | FBlock::While { brk, .. },
                        active_len,
                    }) => {
                        let is_for =
                            !matches!(found.as_ref().map(|f| &f.kind), Some(FBlock::While { .. }));
                        self.u().buf.active.truncate(active_len);
                        if is_for {
                            self.emit(Op::PopTop, 0);
                        }
                        self.emit_jump(Op::Jump, brk);
                        self.restore_unwind(b, a);
                        Ok(())
                    }
                    _ => {
                        self.restore_unwind(b, a);
                        Err(self.error("'break' outside loop", sp))
                    }
                }
            }
            Stmt::Continue(_) => {
                let (found, b, a) = self.unwind(false, true)?;
                match found {
                    Some(FBlockEntry {
                        kind:
                            FBlock::For { cont, .. }
                            | FBlock::AsyncFor { cont, .. }
                            | FBlock::While { cont, .. },
                        ..
                    }) => {
                        self.emit_jump(Op::Jump, cont);
                        self.restore_unwind(b, a);
                        Ok(())
                    }
                    _ => {
                        self.restore_unwind(b, a);
                        Err(self.error("'continue' not properly in loop", sp))
                    }
                }
            }
        }
    }

    fn check_future(&mut self, s: &Stmt, i: &ast::StmtImportFrom) -> CResult {
        const KNOWN: [&str; 10] = [
            "nested_scopes",
            "generators",
            "division",
            "absolute_import",
            "with_statement",
            "print_function",
            "unicode_literals",
            "barry_as_FLUFL",
            "generator_stop",
            "annotations",
        ];
        for a in &i.names {
            let n = a.name.as_str();
            if n == "braces" {
                return Err(self.error("not a chance", span(s)));
            }
            if !KNOWN.contains(&n) {
                return Err(self.error(format!("future feature {n} is not defined"), span(s)));
            }
        }
        Ok(())
    }

    fn while_stmt(&mut self, test: &'a Expr, body: &'a [Stmt], orelse: &'a [Stmt]) -> CResult {
        let start = self.new_label();
        let els = self.new_label();
        let end = self.new_label();
        self.place(start);
        let always_true =
            matches!(self.const_value(test), Some(c) if const_truth(&c) == Some(true));
        let always_false =
            matches!(self.const_value(test), Some(c) if const_truth(&c) == Some(false));
        if always_false {
            self.stmts(orelse)?;
            self.place(els);
            self.place(end);
            return Ok(());
        }
        if !always_true {
            self.jump_if(test, els, false)?;
        }
        let al = self.active_len();
        self.push_fblock(
            FBlock::While {
                cont: start,
                brk: end,
            },
            al,
        );
        self.stmts(body)?;
        self.pop_fblock();
        let sp = span(test);
        let saved = self.set_loc(sp);
        self.emit_jump(Op::Jump, start);
        self.restore_loc(saved);
        self.place(els);
        self.stmts(orelse)?;
        self.place(end);
        Ok(())
    }

    fn for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Op::GetIter, 0);
        self.place(start);
        self.emit_jump(Op::ForIter, cleanup);
        let al = self.active_len();
        self.push_fblock(
            FBlock::For {
                cont: start,
                brk: end,
            },
            al,
        );
        self.store_target(target)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(Op::Jump, start);
        self.place(cleanup);
        self.stmts(orelse)?;
        self.place(end);
        Ok(())
    }

    fn async_for_stmt(
        &mut self,
        target: &'a Expr,
        iter: &'a Expr,
        body: &'a [Stmt],
        orelse: &'a [Stmt],
    ) -> CResult {
        let start = self.new_label();
        let except = self.new_label();
        let end = self.new_label();
        self.expr(iter)?;
        self.emit(Op::GetAIter, 0);
        self.place(start);
        let h = self.setup_handler(except, 0);
        let al = self.active_len();
        self.push_handler(h);
        self.emit(Op::GetANext, 0);
        self.load_const(Constant::None);
        self.emit_await_loop();
        self.u().buf.active.truncate(al);
        self.push_fblock(
            FBlock::AsyncFor {
                cont: start,
                brk: end,
            },
            al,
        );
        self.store_target(target)?;
        self.stmts(body)?;
        self.pop_fblock();
        self.emit_jump(Op::Jump, start);
        self.place(except);
        self.emit(Op::EndAsyncFor, 0);
        self.stmts(orelse)?;
        self.place(end);
        Ok(())
    }

    fn with_stmt(
        &mut self,
        items: &'a [ast::WithItem],
        body: &'a [Stmt],
        is_async: bool,
        sp: (usize, usize),
    ) -> CResult {
        let Some((first, rest)) = items.split_first() else {
            return self.stmts(body);
        };
        let with_pos = self.pos_of(sp);
        let handler = self.new_label();
        let suppress = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        self.expr(&first.context_expr)?;
        self.set_loc(sp);
        if is_async {
            self.emit(Op::BeforeAsyncWith, 0);
            self.emit(Op::GetAwaitable, 1);
            self.load_const(Constant::None);
            self.emit_await_loop();
        } else {
            self.emit(Op::BeforeWith, 0);
        }
        let h = self.setup_handler(handler, -1);
        let al = self.active_len();
        self.push_handler(h);
        self.push_fblock(
            FBlock::With {
                is_async,
                pos: with_pos,
            },
            al,
        );
        match &first.optional_vars {
            Some(t) => self.store_target(t)?,
            None => self.emit(Op::PopTop, 0),
        }
        if rest.is_empty() {
            self.stmts(body)?;
        } else {
            self.with_stmt(rest, body, is_async, sp)?;
        }
        self.pop_fblock();
        self.pop_handler();
        self.u().loc = with_pos;
        self.call_exit_none(false, is_async);
        self.emit_jump(Op::Jump, end);
        // Exception path: [exit, exc]
        self.place(handler);
        let hc = self.setup_handler(cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        self.push_handler(hc);
        self.emit(Op::WithExceptStart, 0);
        if is_async {
            self.emit(Op::GetAwaitable, 2);
            self.load_const(Constant::None);
            self.emit_await_loop();
        }
        self.emit_jump(Op::PopJumpIfTrue, suppress);
        self.emit(Op::Reraise, 2);
        self.pop_handler();
        self.place(suppress);
        self.emit(Op::PopTop, 0);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::PopTop, 0);
        self.emit_jump(Op::Jump, end);
        self.emit_cleanup(cleanup);
        self.place(end);
        Ok(())
    }

    /// The cleanup handler of an except/finally body: `[prev_exc, exc] -> restore, reraise`.
    pub(crate) fn emit_cleanup(&mut self, cleanup: Label) {
        self.place(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 1);
    }

    pub(crate) fn try_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let h = self.setup_handler(handler, 0);
        let al = self.active_len();
        self.push_handler(h);
        self.push_fblock(FBlock::TryExcept, al);
        self.stmts(body)?;
        self.pop_fblock();
        self.pop_handler();
        self.stmts(orelse)?;
        if !self.u().buf.ends_in_terminator() {
            self.emit_jump(Op::Jump, end);
        }
        self.place(handler);
        let hc = self.setup_handler(cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        let al_c = self.active_len();
        self.push_handler(hc);
        let n = handlers.len();
        for (k, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hsp = span(h);
            self.set_loc(hsp);
            let next = self.new_label();
            match &h.type_ {
                Some(t) => {
                    self.expr(t)?;
                    self.set_loc(hsp);
                    self.emit(Op::CheckExcMatch, 0);
                    self.emit_jump(Op::PopJumpIfFalse, next);
                }
                None => {
                    if k + 1 != n {
                        return Err(self.error("default 'except:' must be last", hsp));
                    }
                }
            }
            match &h.name {
                Some(name) => {
                    let name = name.as_str().to_string();
                    self.name_op(&name, NameCtx::Store);
                    let cleanup_end = self.new_label();
                    let hn = self.setup_handler(cleanup_end, 0);
                    let al_n = self.active_len();
                    self.push_handler(hn);
                    let _ = al_n;
                    self.push_fblock(
                        FBlock::HandlerCleanup {
                            name: Some(name.clone()),
                        },
                        al_c,
                    );
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.u().buf.active.truncate(al_c);
                    self.set_loc(hsp);
                    self.emit(Op::PopExcept, 0);
                    self.load_const(Constant::None);
                    self.name_op(&name, NameCtx::Store);
                    self.name_op(&name, NameCtx::Del);
                    self.emit_jump(Op::Jump, end);
                    self.push_handler(hc);
                    // The body raised: unbind the name and re-raise into the cleanup.
                    self.place(cleanup_end);
                    self.load_const(Constant::None);
                    self.name_op(&name, NameCtx::Store);
                    self.name_op(&name, NameCtx::Del);
                    self.emit(Op::Reraise, 1);
                }
                None => {
                    self.emit(Op::PopTop, 0);
                    self.push_fblock(FBlock::HandlerCleanup { name: None }, al_c);
                    self.stmts(&h.body)?;
                    self.pop_fblock();
                    self.u().buf.active.truncate(al_c);
                    self.set_loc(hsp);
                    self.emit(Op::PopExcept, 0);
                    self.emit_jump(Op::Jump, end);
                    self.push_handler(hc);
                }
            }
            self.place(next);
        }
        // No clause matched: re-raise (into the cleanup handler).
        self.emit(Op::Reraise, 0);
        self.u().buf.active.truncate(al_c);
        self.emit_cleanup(cleanup);
        self.place(end);
        Ok(())
    }

    fn try_finally(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
        finalbody: &'a [Stmt],
        star: bool,
    ) -> CResult {
        let fin = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let h = self.setup_handler(fin, 0);
        let al = self.active_len();
        self.push_handler(h);
        self.push_fblock(FBlock::FinallyTry { body: finalbody }, al);
        if handlers.is_empty() {
            self.stmts(body)?;
        } else if star {
            self.try_star_except(body, handlers, orelse)?;
        } else {
            self.try_except(body, handlers, orelse)?;
        }
        self.pop_fblock();
        self.u().buf.active.truncate(al);
        self.stmts(finalbody)?;
        if !self.u().buf.ends_in_terminator() {
            self.emit_jump(Op::Jump, end);
        }
        self.place(fin);
        let hc = self.setup_handler(cleanup, 0);
        self.emit(Op::PushExcInfo, 0);
        let al_c = self.active_len();
        self.push_handler(hc);
        self.push_fblock(FBlock::FinallyEnd, al_c);
        self.stmts(finalbody)?;
        self.pop_fblock();
        self.emit(Op::Reraise, 0);
        self.u().buf.active.truncate(al_c);
        self.emit_cleanup(cleanup);
        self.place(end);
        Ok(())
    }

    // ---------------------------------------------------------------- definitions

    /// Compiles defaults/kwdefaults/annotations of a signature; returns MakeFunction flags.
    pub(crate) fn function_extras(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
        with_annotations: bool,
    ) -> CResult<u32> {
        let mut fl = self.function_defaults(args)?;
        if with_annotations {
            fl |= self.function_annotations(args, returns)?;
        }
        Ok(fl)
    }

    /// Defaults tuple and kw-defaults dict; returns MakeFunction flags 0x01/0x02.
    pub(crate) fn function_defaults(&mut self, args: &'a ast::Arguments) -> CResult<u32> {
        let mut fl = 0;
        let defaults: Vec<&'a Expr> = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .filter_map(|a| a.default.as_deref())
            .collect();
        if !defaults.is_empty() {
            if let Some(cs) = defaults
                .iter()
                .map(|d| self.const_value(d))
                .collect::<Option<Vec<_>>>()
            {
                self.load_const(Constant::Tuple(cs));
            } else {
                for d in &defaults {
                    self.expr(d)?;
                }
                self.emit(Op::BuildTuple, defaults.len() as u32);
            }
            fl |= 0x01;
        }
        let kwd: Vec<(&'a ast::ArgWithDefault, &'a Expr)> = args
            .kwonlyargs
            .iter()
            .filter_map(|a| a.default.as_deref().map(|d| (a, d)))
            .collect();
        if !kwd.is_empty() {
            for (a, d) in &kwd {
                let n = self.mangle(a.def.arg.as_str());
                self.load_const(Constant::Str(n));
                self.expr(d)?;
            }
            self.emit(Op::BuildMap, kwd.len() as u32);
            fl |= 0x02;
        }
        Ok(fl)
    }

    /// Annotations tuple; returns MakeFunction flag 0x04 if any.
    pub(crate) fn function_annotations(
        &mut self,
        args: &'a ast::Arguments,
        returns: Option<&'a Expr>,
    ) -> CResult<u32> {
        let mut fl = 0;
        {
            let mut n = 0u32;
            let mut ann = |c: &mut Self, name: &str, e: &'a Expr| -> CResult {
                let name = c.mangle(name);
                c.load_const(Constant::Str(name));
                c.annotation_value(e)?;
                n += 2;
                Ok(())
            };
            for a in args.posonlyargs.iter().chain(&args.args) {
                if let Some(an) = &a.def.annotation {
                    ann(self, a.def.arg.as_str(), an)?;
                }
            }
            if let Some(v) = &args.vararg {
                if let Some(an) = &v.annotation {
                    ann(self, v.arg.as_str(), an)?;
                }
            }
            for a in &args.kwonlyargs {
                if let Some(an) = &a.def.annotation {
                    ann(self, a.def.arg.as_str(), an)?;
                }
            }
            if let Some(v) = &args.kwarg {
                if let Some(an) = &v.annotation {
                    ann(self, v.arg.as_str(), an)?;
                }
            }
            if let Some(r) = returns {
                ann(self, "return", r)?;
            }
            if n > 0 {
                self.emit(Op::BuildTuple, n);
                fl |= 0x04;
            }
        }
        Ok(fl)
    }

    /// An annotation's value: the expression, or its source text under
    /// `from __future__ import annotations`.
    pub(crate) fn annotation_value(&mut self, e: &'a Expr) -> CResult {
        if self.future_annotations {
            let s = super::unparse::unparse(e);
            self.load_const(Constant::Str(s));
            Ok(())
        } else {
            self.expr(e)
        }
    }

    #[allow(clippy::too_many_arguments)]
    fn function_def(
        &mut self,
        node: &'a Stmt,
        name: &'a str,
        args: &'a ast::Arguments,
        body: &'a [Stmt],
        decorators: &'a [Expr],
        returns: Option<&'a Expr>,
        type_params: &'a [ast::TypeParam],
        is_async: bool,
    ) -> CResult {
        let sp = span(node);
        for d in decorators {
            self.emit(Op::PushNull, 0);
            self.expr(d)?;
        }
        self.set_loc(sp);
        let first_line = match decorators.first() {
            Some(d) => self.lines.line_col(span(d).0).0,
            None => self.lines.line_col(sp.0).0,
        };
        if !type_params.is_empty() {
            self.generic_function(
                node,
                name,
                args,
                body,
                returns,
                type_params,
                is_async,
                first_line,
            )?;
        } else {
            let fl = self.function_extras(args, returns, true)?;
            let code = self.function_body(node, name, args, body, is_async, first_line)?;
            let cl = self.make_closure(&code)?;
            self.set_loc(sp);
            self.load_const(Constant::Code(Rc::new(code)));
            self.emit(Op::MakeFunction, fl | cl);
        }
        for _ in decorators {
            self.emit(Op::Call, 1);
        }
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    /// Compiles a function body into its code unit.
    pub(crate) fn function_body(
        &mut self,
        node: &'a Stmt,
        name: &str,
        args: &'a ast::Arguments,
        body: &'a [Stmt],
        is_async: bool,
        first_line: u32,
    ) -> CResult<CodeUnit> {
        let Some(scope) = self.st.scope_for(node) else {
            return Err(self.error("internal compiler error: no scope for function", span(node)));
        };
        let qualname = self.qualname_for(name);
        self.enter_scope(scope, name, first_line);
        self.set_code_signature(args, scope, is_async);
        self.u().code.qualname = qualname;
        let doc = docstring_of(body);
        let rest = if doc.is_some() { &body[1..] } else { body };
        self.u().code.docstring = doc;
        self.body_with_generator_guard(|c| {
            c.stmts(rest)?;
            if !c.u().buf.ends_in_terminator() {
                c.load_const(Constant::None);
                c.emit(Op::ReturnValue, 0);
            }
            Ok(())
        })?;
        self.exit_scope()
    }

    pub(crate) fn set_code_signature(
        &mut self,
        args: &ast::Arguments,
        scope: ScopeId,
        is_async: bool,
    ) {
        let s = &self.st.scopes[scope];
        let is_gen = s.is_generator;
        let nested =
            self.units.len() > 2 || (self.units.len() == 2 && self.units[0].kind.is_optimized());
        let nested = nested
            || self.units[..self.units.len() - 1]
                .iter()
                .any(|u| u.kind.is_optimized());
        let u = self.u();
        u.code.argcount = (args.posonlyargs.len() + args.args.len()) as u32;
        u.code.posonlyargcount = args.posonlyargs.len() as u32;
        u.code.kwonlyargcount = args.kwonlyargs.len() as u32;
        let mut f = flags::OPTIMIZED | flags::NEWLOCALS;
        if args.vararg.is_some() {
            f |= flags::VARARGS;
        }
        if args.kwarg.is_some() {
            f |= flags::VARKEYWORDS;
        }
        if nested {
            f |= flags::NESTED;
        }
        f |= match (is_async, is_gen) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::COROUTINE,
            (false, true) => flags::GENERATOR,
            (false, false) => 0,
        };
        u.code.flags |= f;
    }

    /// Runs `f` to emit a body; generator-like code is wrapped in the StopIteration handler.
    pub(crate) fn body_with_generator_guard(
        &mut self,
        f: impl FnOnce(&mut Self) -> CResult,
    ) -> CResult {
        let fl = self.ur().code.flags;
        if fl & (flags::GENERATOR | flags::COROUTINE | flags::ASYNC_GENERATOR) == 0 {
            return f(self);
        }
        let handler = self.new_label();
        let h = self.setup_handler(handler, 0);
        let al = self.active_len();
        self.push_handler(h);
        self.push_fblock(FBlock::Nothing, al);
        f(self)?;
        self.pop_fblock();
        self.u().buf.active.truncate(al);
        self.place(handler);
        self.emit(Op::StopIterationError, 0);
        self.emit(Op::Reraise, 1);
        Ok(())
    }

    fn class_def(&mut self, node: &'a Stmt, c: &'a ast::StmtClassDef) -> CResult {
        let sp = span(node);
        for d in &c.decorator_list {
            self.emit(Op::PushNull, 0);
            self.expr(d)?;
        }
        self.set_loc(sp);
        let first_line = match c.decorator_list.first() {
            Some(d) => self.lines.line_col(span(d).0).0,
            None => self.lines.line_col(sp.0).0,
        };
        if !c.type_params.is_empty() {
            self.generic_class(node, c, first_line)?;
        } else {
            self.emit(Op::PushNull, 0);
            self.emit(Op::LoadBuildClass, 0);
            let code = self.class_body(node, c, first_line)?;
            let cl = self.make_closure(&code)?;
            self.set_loc(sp);
            self.load_const(Constant::Code(Rc::new(code)));
            self.emit(Op::MakeFunction, cl);
            self.load_const(Constant::Str(c.name.as_str().to_string()));
            self.call_tail(&c.bases, &c.keywords, 2, sp, None)?;
        }
        for _ in &c.decorator_list {
            self.emit(Op::Call, 1);
        }
        self.name_op(c.name.as_str(), NameCtx::Store);
        Ok(())
    }

    pub(crate) fn class_body(
        &mut self,
        node: &'a Stmt,
        c: &'a ast::StmtClassDef,
        first_line: u32,
    ) -> CResult<CodeUnit> {
        let Some(scope) = self.st.scope_for(node) else {
            return Err(self.error("internal compiler error: no scope for class", span(node)));
        };
        let qualname = self.qualname_for(c.name.as_str());
        self.enter_scope(scope, c.name.as_str(), first_line);
        self.u().code.qualname = qualname.clone();
        let sp = span(node);
        self.set_loc(sp);
        self.name_op("__name__", NameCtx::Load);
        self.name_op("__module__", NameCtx::Store);
        self.load_const(Constant::Str(qualname));
        self.name_op("__qualname__", NameCtx::Store);
        if !c.type_params.is_empty() {
            self.name_op(".type_params", NameCtx::Load);
            self.name_op("__type_params__", NameCtx::Store);
        }
        let mut rest: &'a [Stmt] = &c.body;
        if let Some(doc) = docstring_of(&c.body) {
            let dsp = span(&c.body[0]);
            self.set_loc(dsp);
            self.load_const(Constant::Str(doc.clone()));
            self.name_op("__doc__", NameCtx::Store);
            self.u().code.docstring = Some(doc);
            rest = &c.body[1..];
        }
        if has_annotations(&c.body) {
            self.emit(Op::SetupAnnotations, 0);
        }
        self.stmts(rest)?;
        self.set_loc(sp);
        if self.st.scopes[scope].needs_class_closure {
            let i = self.cell_index("__class__").unwrap_or(0);
            self.emit(Op::LoadClosure, i);
            self.emit(Op::Copy, 1);
            self.name_op("__classcell__", NameCtx::Store);
        } else {
            self.load_const(Constant::None);
        }
        self.emit(Op::ReturnValue, 0);
        self.exit_scope()
    }

    // ---------------------------------------------------------------- assignment

    fn assign(&mut self, targets: &'a [Expr], value: &'a Expr) -> CResult {
        // `a, b = b, a` without building a tuple.
        if targets.len() == 1 {
            if let (Expr::Tuple(t), Expr::Tuple(v)) = (&targets[0], value) {
                let n = t.elts.len();
                if n == v.elts.len()
                    && (n == 2 || n == 3)
                    && !t.elts.iter().any(|e| matches!(e, Expr::Starred(_)))
                    && !v.elts.iter().any(|e| matches!(e, Expr::Starred(_)))
                {
                    for e in &v.elts {
                        self.expr(e)?;
                    }
                    self.emit(Op::Swap, n as u32);
                    for e in &t.elts {
                        self.store_target(e)?;
                    }
                    return Ok(());
                }
            }
        }
        self.expr(value)?;
        for (i, t) in targets.iter().enumerate() {
            if i + 1 < targets.len() {
                self.emit(Op::Copy, 1);
            }
            self.store_target(t)?;
        }
        Ok(())
    }

    /// `[v] -> []` storing into an assignment target.
    pub(crate) fn store_target(&mut self, t: &'a Expr) -> CResult {
        let sp = span(t);
        let saved = self.set_loc(sp);
        let r = self.store_target_inner(t, sp);
        self.restore_loc(saved);
        r
    }

    fn store_target_inner(&mut self, t: &'a Expr, sp: (usize, usize)) -> CResult {
        match t {
            Expr::Name(n) => {
                self.check_forbidden_name(n.id.as_str(), sp)?;
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            Expr::Attribute(a) => {
                self.check_forbidden_name(a.attr.as_str(), sp)?;
                self.expr(&a.value)?;
                self.set_loc(sp);
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_slice(&s.slice)?;
                self.set_loc(sp);
                self.emit(Op::StoreSubscr, 0);
            }
            Expr::Tuple(_) | Expr::List(_) => {
                let elts = match t {
                    Expr::Tuple(x) => &x.elts,
                    Expr::List(x) => &x.elts,
                    _ => unreachable_elts(),
                };
                self.unpack_into(elts, sp)?;
            }
            Expr::Starred(_) => {
                return Err(self.error("starred assignment target must be in a list or tuple", sp))
            }
            _ => return Err(self.error(format!("cannot assign to {}", expr_kind_name(t)), sp)),
        }
        Ok(())
    }

    fn unpack_into(&mut self, elts: &'a [Expr], sp: (usize, usize)) -> CResult {
        let star = elts.iter().position(|e| matches!(e, Expr::Starred(_)));
        if elts
            .iter()
            .filter(|e| matches!(e, Expr::Starred(_)))
            .count()
            > 1
        {
            return Err(self.error("multiple starred expressions in assignment", sp));
        }
        match star {
            Some(i) => {
                let before = i;
                let after = elts.len() - i - 1;
                if before >= 256 || after >= (1 << 16) {
                    return Err(self.error("too many expressions in star-unpacking assignment", sp));
                }
                self.emit(Op::UnpackEx, (before | (after << 8)) as u32);
            }
            None => self.emit(Op::UnpackSequence, elts.len() as u32),
        }
        for e in elts {
            match e {
                Expr::Starred(s) => self.store_target(&s.value)?,
                _ => self.store_target(e)?,
            }
        }
        Ok(())
    }

    pub(crate) fn check_forbidden_name(&self, name: &str, sp: (usize, usize)) -> CResult {
        if name == "__debug__" {
            return Err(self.error("cannot assign to __debug__", sp));
        }
        Ok(())
    }

    fn delete_target(&mut self, t: &'a Expr) -> CResult {
        let sp = span(t);
        let saved = self.set_loc(sp);
        match t {
            Expr::Name(n) => self.name_op(n.id.as_str(), NameCtx::Del),
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(sp);
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                self.emit(Op::DeleteAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_slice(&s.slice)?;
                self.set_loc(sp);
                self.emit(Op::DeleteSubscr, 0);
            }
            Expr::Tuple(x) => {
                for e in &x.elts {
                    self.delete_target(e)?;
                }
            }
            Expr::List(x) => {
                for e in &x.elts {
                    self.delete_target(e)?;
                }
            }
            _ => return Err(self.error(format!("cannot delete {}", expr_kind_name(t)), sp)),
        }
        self.restore_loc(saved);
        Ok(())
    }

    fn aug_assign(
        &mut self,
        target: &'a Expr,
        op: &ast::Operator,
        value: &'a Expr,
        sp: (usize, usize),
    ) -> CResult {
        let bop = super::expr::inplace_binop(op);
        match target {
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Load);
                self.expr(value)?;
                self.set_loc(sp);
                self.emit(Op::BinaryOp, bop as u32);
                self.name_op(n.id.as_str(), NameCtx::Store);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.emit(Op::Copy, 1);
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                self.set_loc(span(target));
                self.emit(Op::LoadAttr, i);
                self.expr(value)?;
                self.set_loc(sp);
                self.emit(Op::BinaryOp, bop as u32);
                self.emit(Op::Swap, 2);
                self.set_loc(span(target));
                self.emit(Op::StoreAttr, i);
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_slice(&s.slice)?;
                self.emit(Op::Copy, 2);
                self.emit(Op::Copy, 2);
                self.set_loc(span(target));
                self.emit(Op::BinarySubscr, 0);
                self.expr(value)?;
                self.set_loc(sp);
                self.emit(Op::BinaryOp, bop as u32);
                self.emit(Op::Swap, 3);
                self.emit(Op::Swap, 2);
                self.set_loc(span(target));
                self.emit(Op::StoreSubscr, 0);
            }
            _ => {
                return Err(self.error(
                    format!(
                        "'{}' is an illegal expression for augmented assignment",
                        expr_kind_name(target)
                    ),
                    span(target),
                ))
            }
        }
        Ok(())
    }

    fn ann_assign(&mut self, a: &'a ast::StmtAnnAssign, sp: (usize, usize)) -> CResult {
        let module_or_class = !self.ur().kind.is_optimized();
        match &*a.target {
            Expr::Name(n) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                }
                if a.simple && module_or_class {
                    self.set_loc(sp);
                    self.annotation_value(&a.annotation)?;
                    self.name_op("__annotations__", NameCtx::Load);
                    let name = self.mangle(n.id.as_str());
                    self.load_const(Constant::Str(name));
                    self.emit(Op::StoreSubscr, 0);
                }
            }
            Expr::Attribute(_) | Expr::Subscript(_) => {
                if let Some(v) = &a.value {
                    self.expr(v)?;
                    self.store_target(&a.target)?;
                } else {
                    match &*a.target {
                        Expr::Attribute(at) => {
                            self.expr(&at.value)?;
                            self.emit(Op::PopTop, 0);
                        }
                        Expr::Subscript(s) => {
                            self.expr(&s.value)?;
                            self.emit(Op::PopTop, 0);
                            self.expr(&s.slice)?;
                            self.emit(Op::PopTop, 0);
                        }
                        _ => {}
                    }
                }
                if module_or_class && !self.future_annotations {
                    self.expr(&a.annotation)?;
                    self.emit(Op::PopTop, 0);
                }
            }
            other => {
                return Err(self.error(
                    format!(
                        "only single target (not {}) can be annotated",
                        match other {
                            Expr::Tuple(_) => "tuple",
                            Expr::List(_) => "list",
                            _ => "expression",
                        }
                    ),
                    span(other),
                ))
            }
        }
        Ok(())
    }
}

fn unreachable_elts<'x>() -> &'x [Expr] {
    &[]
}

/// Truthiness of a constant, if known.
pub(crate) fn const_truth(c: &Constant) -> Option<bool> {
    use num_traits::Zero;
    Some(match c {
        Constant::None => false,
        Constant::True => true,
        Constant::False => false,
        Constant::Ellipsis => true,
        Constant::Int(i) => !i.is_zero(),
        Constant::Float(f) => *f != 0.0,
        Constant::Complex { re, im } => *re != 0.0 || *im != 0.0,
        Constant::Str(s) => !s.is_empty(),
        Constant::Bytes(b) => !b.is_empty(),
        Constant::Tuple(t) => !t.is_empty(),
        Constant::FrozenSet(t) => !t.is_empty(),
        Constant::Code(_) => return None,
    })
}

/// CPython's name for an expression kind in "cannot assign to ..." messages.
pub(crate) fn expr_kind_name(e: &Expr) -> &'static str {
    match e {
        Expr::BoolOp(_) | Expr::BinOp(_) | Expr::UnaryOp(_) => "expression",
        Expr::NamedExpr(_) => "named expression",
        Expr::Lambda(_) => "lambda",
        Expr::IfExp(_) => "conditional expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::GeneratorExp(_) => "generator expression",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Compare(_) => "comparison",
        Expr::Call(_) => "function call",
        Expr::FormattedValue(_) | Expr::JoinedStr(_) => "f-string expression",
        Expr::Constant(c) => match c.value {
            ast::Constant::None => "None",
            ast::Constant::Bool(true) => "True",
            ast::Constant::Bool(false) => "False",
            ast::Constant::Ellipsis => "ellipsis",
            _ => "literal",
        },
        Expr::Attribute(_) => "attribute",
        Expr::Subscript(_) => "subscript",
        Expr::Starred(_) => "starred",
        Expr::Name(_) => "name",
        Expr::List(_) => "list",
        Expr::Tuple(_) => "tuple",
        Expr::Slice(_) => "slice",
    }
}

#[allow(dead_code)]
fn _ctx(_: ExprContext) {}
