//! Symbol tables: which scope every name of every block lives in.
//!
//! Two passes, as CPython's symtable.c: the first walks the AST and records, per block, how each
//! name is used (assigned, parameter, declared global/nonlocal, read); the second (`analyze`)
//! resolves names top-down with the set of names bound by enclosing *function* scopes (class
//! bodies do not make their names visible to nested scopes), marks the variables captured by
//! inner functions as cells, and makes the names an inner scope takes from further out free in
//! the intermediate scopes too so their cells get passed down. A method that uses `super` or
//! `__class__` makes its class allocate an implicit `__class__` cell.

use super::ast::{self, span, Arguments, Comprehension, Expr, ExprContext, Pattern, Stmt};
use super::error::{CompileError, CompileErrorKind, LineIndex};
use std::collections::{HashMap, HashSet};

pub(crate) type ScopeId = usize;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum ScopeKind {
    Module,
    Class,
    Function,
    Lambda,
    Comprehension,
    /// PEP 695 annotation scope holding type parameters.
    TypeParams,
    /// PEP 695 lazily evaluated value (type alias value, TypeVar bound).
    TypeValue,
}

impl ScopeKind {
    /// Function-like scopes use fast locals.
    pub(crate) fn is_optimized(self) -> bool {
        !matches!(self, ScopeKind::Module | ScopeKind::Class)
    }
}

pub(crate) const DEF_GLOBAL: u32 = 1;
pub(crate) const DEF_LOCAL: u32 = 2;
pub(crate) const DEF_PARAM: u32 = 4;
pub(crate) const DEF_NONLOCAL: u32 = 8;
pub(crate) const USE: u32 = 16;
pub(crate) const DEF_FREE_CLASS: u32 = 32;
pub(crate) const DEF_IMPORT: u32 = 64;
pub(crate) const DEF_ANNOT: u32 = 128;
pub(crate) const DEF_COMP_ITER: u32 = 256;
const DEF_BOUND: u32 = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum SymScope {
    Unknown,
    Local,
    GlobalExplicit,
    GlobalImplicit,
    Free,
    Cell,
}

#[derive(Clone, Debug)]
pub(crate) struct Symbol {
    pub(crate) flags: u32,
    pub(crate) scope: SymScope,
    /// Where a `nonlocal` declaration of it is (for the "no binding" error).
    decl_span: (usize, usize),
}

#[derive(Debug)]
pub(crate) struct Scope {
    pub(crate) kind: ScopeKind,
    pub(crate) name: String,
    pub(crate) parent: Option<ScopeId>,
    pub(crate) symbols: Vec<(String, Symbol)>,
    index: HashMap<String, usize>,
    /// Parameter names in order (positional, kw-only, *args, **kwargs).
    pub(crate) params: Vec<String>,
    pub(crate) children: Vec<ScopeId>,
    pub(crate) is_generator: bool,
    pub(crate) is_async: bool,
    /// Class scopes: a method uses `super`/`__class__`.
    pub(crate) needs_class_closure: bool,
    /// Comprehensions: compiled inline in the enclosing code (PEP 709), decided by `analyze`.
    pub(crate) inlined: bool,
    /// Names that nested functions (not inlined comprehensions) below this scope take from
    /// outside it: those must stay real cells even when this scope is inlined.
    closure_free: HashSet<String>,
    /// Nearest enclosing class name (for private name mangling).
    pub(crate) private: Option<String>,
}

impl Scope {
    fn new(kind: ScopeKind, name: &str, parent: Option<ScopeId>, private: Option<String>) -> Self {
        Scope {
            kind,
            name: name.to_string(),
            parent,
            symbols: Vec::new(),
            index: HashMap::new(),
            params: Vec::new(),
            children: Vec::new(),
            is_generator: false,
            is_async: false,
            needs_class_closure: false,
            inlined: false,
            closure_free: HashSet::new(),
            private,
        }
    }

    pub(crate) fn get(&self, name: &str) -> Option<&Symbol> {
        self.index.get(name).map(|&i| &self.symbols[i].1)
    }

    fn get_mut(&mut self, name: &str) -> Option<&mut Symbol> {
        match self.index.get(name) {
            Some(&i) => Some(&mut self.symbols[i].1),
            None => None,
        }
    }

    fn add(&mut self, name: &str, flags: u32, sp: (usize, usize)) -> u32 {
        if let Some(&i) = self.index.get(name) {
            let s = &mut self.symbols[i].1;
            let old = s.flags;
            s.flags |= flags;
            return old;
        }
        self.index.insert(name.to_string(), self.symbols.len());
        self.symbols.push((
            name.to_string(),
            Symbol {
                flags,
                scope: SymScope::Unknown,
                decl_span: sp,
            },
        ));
        0
    }

    pub(crate) fn scope_of(&self, name: &str) -> SymScope {
        self.get(name).map_or(SymScope::Unknown, |s| s.scope)
    }

    /// Cell variables, sorted (CPython's order).
    pub(crate) fn cellvars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymScope::Cell)
            .map(|(n, _)| n.clone())
            .collect();
        if self.needs_class_closure {
            v.push("__class__".to_string());
        }
        v.sort();
        v
    }

    /// Free variables, sorted.
    pub(crate) fn freevars(&self) -> Vec<String> {
        let mut v: Vec<String> = self
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        v.sort();
        v
    }
}

/// Applies private name mangling (`__x` inside class `C` -> `_C__x`).
pub(crate) fn mangle(private: Option<&str>, name: &str) -> String {
    if let Some(cls) = private {
        if name.starts_with("__") && !name.ends_with("__") && !name.contains('.') {
            let stripped = cls.trim_start_matches('_');
            if !stripped.is_empty() {
                return format!("_{stripped}{name}");
            }
        }
    }
    name.to_string()
}

pub(crate) struct SymbolTable {
    pub(crate) scopes: Vec<Scope>,
    /// AST node address -> the scope it opens.
    pub(crate) by_node: HashMap<usize, ScopeId>,
    /// AST node address -> the type-params scope of a generic def/class/alias.
    pub(crate) type_params_by_node: HashMap<usize, ScopeId>,
}

impl SymbolTable {
    pub(crate) fn scope_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.by_node.get(&(node as *const T as usize)).copied()
    }
    pub(crate) fn type_params_for<T>(&self, node: &T) -> Option<ScopeId> {
        self.type_params_by_node
            .get(&(node as *const T as usize))
            .copied()
    }
}

pub(crate) fn addr<T>(node: &T) -> usize {
    node as *const T as usize
}

struct Builder<'a> {
    scopes: Vec<Scope>,
    by_node: HashMap<usize, ScopeId>,
    type_params_by_node: HashMap<usize, ScopeId>,
    cur: ScopeId,
    lines: &'a LineIndex<'a>,
    filename: &'a str,
    future_annotations: bool,
    /// Comprehension-iteration nesting: inside the iterable part of a comprehension.
    in_comp_iter: u32,
    depth: u32,
}

type R = Result<(), CompileError>;

pub(crate) fn build(
    module: &[Stmt],
    expr: Option<&Expr>,
    lines: &LineIndex,
    filename: &str,
    future_annotations: bool,
) -> Result<SymbolTable, CompileError> {
    let mut b = Builder {
        scopes: vec![Scope::new(ScopeKind::Module, "top", None, None)],
        by_node: HashMap::new(),
        type_params_by_node: HashMap::new(),
        cur: 0,
        lines,
        filename,
        future_annotations,
        in_comp_iter: 0,
        depth: 0,
    };
    for s in module {
        b.stmt(s)?;
    }
    if let Some(e) = expr {
        b.expr(e)?;
    }
    let mut st = SymbolTable {
        scopes: b.scopes,
        by_node: b.by_node,
        type_params_by_node: b.type_params_by_node,
    };
    let mut an = Analyzer {
        st: &mut st,
        lines,
        filename,
    };
    an.analyze(0, &HashSet::new(), &HashSet::new())?;
    Ok(st)
}

impl<'a> Builder<'a> {
    fn err(&self, msg: impl Into<String>, sp: (usize, usize)) -> CompileError {
        self.lines.error(
            CompileErrorKind::SyntaxError,
            msg,
            self.filename,
            sp.0,
            sp.1,
        )
    }

    fn scope(&mut self) -> &mut Scope {
        &mut self.scopes[self.cur]
    }

    fn mangle(&self, name: &str) -> String {
        mangle(self.scopes[self.cur].private.as_deref(), name)
    }

    fn add_def(&mut self, name: &str, flags: u32, sp: (usize, usize)) -> R {
        let name = self.mangle(name);
        if flags & (DEF_LOCAL | DEF_PARAM | DEF_IMPORT) != 0 && name == "__debug__" {
            return Err(self.err("cannot assign to __debug__", sp));
        }
        if flags & DEF_PARAM != 0 {
            if self.scopes[self.cur]
                .get(&name)
                .is_some_and(|s| s.flags & DEF_PARAM != 0)
            {
                return Err(self.err(
                    format!("duplicate argument '{name}' in function definition"),
                    sp,
                ));
            }
            self.scope().params.push(name.clone());
        }
        self.scope().add(&name, flags, sp);
        Ok(())
    }

    fn push_scope<T>(&mut self, kind: ScopeKind, name: &str, node: &T) -> ScopeId {
        let private = match self.scopes[self.cur].kind {
            ScopeKind::Class => Some(self.scopes[self.cur].name.clone()),
            _ => self.scopes[self.cur].private.clone(),
        };
        let id = self.scopes.len();
        self.scopes
            .push(Scope::new(kind, name, Some(self.cur), private));
        self.scopes[self.cur].children.push(id);
        self.by_node.insert(addr(node), id);
        self.cur = id;
        id
    }

    fn push_type_params_scope<T>(&mut self, name: &str, node: &T) -> ScopeId {
        let private = match self.scopes[self.cur].kind {
            ScopeKind::Class => Some(self.scopes[self.cur].name.clone()),
            _ => self.scopes[self.cur].private.clone(),
        };
        let id = self.scopes.len();
        self.scopes.push(Scope::new(
            ScopeKind::TypeParams,
            name,
            Some(self.cur),
            private,
        ));
        self.scopes[self.cur].children.push(id);
        self.type_params_by_node.insert(addr(node), id);
        self.cur = id;
        id
    }

    fn pop_scope(&mut self) {
        if let Some(p) = self.scopes[self.cur].parent {
            self.cur = p;
        }
    }

    fn stmts(&mut self, body: &[Stmt]) -> R {
        for s in body {
            self.stmt(s)?;
        }
        Ok(())
    }

    fn annotation(&mut self, e: &Expr) -> R {
        if !self.future_annotations {
            self.expr(e)?;
        }
        Ok(())
    }

    fn arguments_defaults(&mut self, args: &Arguments) -> R {
        for a in args.posonlyargs.iter().chain(&args.args) {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        for a in &args.kwonlyargs {
            if let Some(d) = &a.default {
                self.expr(d)?;
            }
        }
        Ok(())
    }

    fn arguments_annotations(&mut self, args: &Arguments) -> R {
        for a in args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .chain(&args.kwonlyargs)
        {
            if let Some(an) = &a.def.annotation {
                self.annotation(an)?;
            }
        }
        for a in args.vararg.iter().chain(args.kwarg.iter()) {
            if let Some(an) = &a.annotation {
                self.annotation(an)?;
            }
        }
        Ok(())
    }

    fn params(&mut self, args: &Arguments) -> R {
        for a in args.posonlyargs.iter().chain(&args.args) {
            self.add_def(a.def.arg.as_str(), DEF_PARAM, span(&a.def))?;
        }
        for a in &args.kwonlyargs {
            self.add_def(a.def.arg.as_str(), DEF_PARAM, span(&a.def))?;
        }
        // CPython orders varnames: positional, kw-only, *args, **kwargs.
        if let Some(v) = &args.vararg {
            self.add_def(v.arg.as_str(), DEF_PARAM, span(&**v))?;
        }
        if let Some(v) = &args.kwarg {
            self.add_def(v.arg.as_str(), DEF_PARAM, span(&**v))?;
        }
        Ok(())
    }

    fn type_params(&mut self, tps: &[ast::TypeParam]) -> R {
        for tp in tps {
            match tp {
                ast::TypeParam::TypeVar(t) => {
                    self.add_def(t.name.as_str(), DEF_LOCAL, span(tp))?;
                    if let Some(b) = &t.bound {
                        let id = self.push_scope(ScopeKind::TypeValue, t.name.as_str(), &**b);
                        let _ = id;
                        self.expr(b)?;
                        self.pop_scope();
                    }
                }
                ast::TypeParam::ParamSpec(t) => {
                    self.add_def(t.name.as_str(), DEF_LOCAL, span(tp))?;
                }
                ast::TypeParam::TypeVarTuple(t) => {
                    self.add_def(t.name.as_str(), DEF_LOCAL, span(tp))?;
                }
            }
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn function(
        &mut self,
        node: &Stmt,
        name: &str,
        args: &Arguments,
        body: &[Stmt],
        decorators: &[Expr],
        returns: Option<&Expr>,
        type_params: &[ast::TypeParam],
        is_async: bool,
    ) -> R {
        let sp = span(node);
        for d in decorators {
            self.expr(d)?;
        }
        self.arguments_defaults(args)?;
        let generic = !type_params.is_empty();
        if generic {
            self.push_type_params_scope(&format!("<generic parameters of {name}>"), node);
            if args
                .posonlyargs
                .iter()
                .chain(&args.args)
                .any(|a| a.default.is_some())
            {
                self.add_def(".defaults", DEF_PARAM, sp)?;
            }
            if args.kwonlyargs.iter().any(|a| a.default.is_some()) {
                self.add_def(".kwdefaults", DEF_PARAM, sp)?;
            }
            self.type_params(type_params)?;
        }
        self.arguments_annotations(args)?;
        if let Some(r) = returns {
            self.annotation(r)?;
        }
        if generic {
            self.pop_scope();
        }
        self.add_def(name, DEF_LOCAL, sp)?;
        if generic {
            // The function scope lives inside the type-params scope.
            let tp = self.type_params_by_node[&addr(node)];
            self.cur = tp;
        }
        self.push_scope(ScopeKind::Function, name, node);
        self.scope().is_async = is_async;
        self.params(args)?;
        self.stmts(body)?;
        self.pop_scope();
        if generic {
            self.pop_scope();
        }
        Ok(())
    }

    fn stmt(&mut self, s: &Stmt) -> R {
        if self.depth >= super::MAX_NESTING {
            return Err(self.err("too many statically nested blocks", span(s)));
        }
        self.depth += 1;
        let r = self.stmt_inner(s);
        self.depth -= 1;
        r
    }

    fn stmt_inner(&mut self, s: &Stmt) -> R {
        let sp = span(s);
        match s {
            Stmt::FunctionDef(f) => self.function(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                &f.type_params,
                false,
            )?,
            Stmt::AsyncFunctionDef(f) => self.function(
                s,
                f.name.as_str(),
                &f.args,
                &f.body,
                &f.decorator_list,
                f.returns.as_deref(),
                &f.type_params,
                true,
            )?,
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.expr(d)?;
                }
                let generic = !c.type_params.is_empty();
                if generic {
                    self.push_type_params_scope(
                        &format!("<generic parameters of {}>", c.name.as_str()),
                        s,
                    );
                    self.type_params(&c.type_params)?;
                    self.add_def(".type_params", DEF_LOCAL, sp)?;
                }
                for b in &c.bases {
                    self.expr(b)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
                if generic {
                    self.pop_scope();
                }
                self.add_def(c.name.as_str(), DEF_LOCAL, sp)?;
                if generic {
                    self.cur = self.type_params_by_node[&addr(s)];
                }
                self.push_scope(ScopeKind::Class, c.name.as_str(), s);
                if generic {
                    // The class body reads `.type_params` from the annotation scope.
                    self.scope().add(".type_params", USE, sp);
                }
                self.stmts(&c.body)?;
                self.pop_scope();
                if generic {
                    self.pop_scope();
                }
            }
            Stmt::Return(r) => {
                if let Some(v) = &r.value {
                    self.expr(v)?;
                }
            }
            Stmt::Delete(d) => {
                for t in &d.targets {
                    self.expr(t)?;
                }
            }
            Stmt::Assign(a) => {
                for t in &a.targets {
                    self.expr(t)?;
                }
                self.expr(&a.value)?;
            }
            Stmt::TypeAlias(t) => {
                let name = match &*t.name {
                    Expr::Name(n) => n.id.as_str().to_string(),
                    _ => return Err(self.err("invalid type alias name", sp)),
                };
                self.add_def(&name, DEF_LOCAL, sp)?;
                let generic = !t.type_params.is_empty();
                if generic {
                    self.push_type_params_scope(&format!("<generic parameters of {name}>"), s);
                    self.type_params(&t.type_params)?;
                }
                self.push_scope(ScopeKind::TypeValue, &name, s);
                self.expr(&t.value)?;
                self.pop_scope();
                if generic {
                    self.pop_scope();
                }
            }
            Stmt::AugAssign(a) => {
                self.expr(&a.target)?;
                if let Expr::Name(n) = &*a.target {
                    // `x += 1` both reads and writes x.
                    let name = self.mangle(n.id.as_str());
                    self.scope().add(&name, USE, sp);
                }
                self.expr(&a.value)?;
            }
            Stmt::AnnAssign(a) => {
                if let Expr::Name(n) = &*a.target {
                    let name = self.mangle(n.id.as_str());
                    let cur = self.scopes[self.cur].get(&name).map_or(0, |s| s.flags);
                    if cur & (DEF_GLOBAL | DEF_NONLOCAL) != 0 && a.simple {
                        let which = if cur & DEF_GLOBAL != 0 {
                            "global"
                        } else {
                            "nonlocal"
                        };
                        return Err(
                            self.err(format!("annotated name '{name}' can't be {which}"), sp)
                        );
                    }
                    if a.simple {
                        self.add_def(n.id.as_str(), DEF_LOCAL | DEF_ANNOT, sp)?;
                    } else if a.value.is_some() {
                        self.add_def(n.id.as_str(), DEF_LOCAL, sp)?;
                    }
                } else {
                    self.expr(&a.target)?;
                }
                self.annotation(&a.annotation)?;
                if let Some(v) = &a.value {
                    self.expr(v)?;
                }
            }
            Stmt::For(f) => {
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::AsyncFor(f) => {
                self.check_async(sp, "'async for' outside async function")?;
                self.expr(&f.target)?;
                self.expr(&f.iter)?;
                self.stmts(&f.body)?;
                self.stmts(&f.orelse)?;
            }
            Stmt::While(w) => {
                self.expr(&w.test)?;
                self.stmts(&w.body)?;
                self.stmts(&w.orelse)?;
            }
            Stmt::If(i) => {
                self.expr(&i.test)?;
                self.stmts(&i.body)?;
                self.stmts(&i.orelse)?;
            }
            Stmt::With(w) => {
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::AsyncWith(w) => {
                self.check_async(sp, "'async with' outside async function")?;
                for it in &w.items {
                    self.expr(&it.context_expr)?;
                    if let Some(v) = &it.optional_vars {
                        self.expr(v)?;
                    }
                }
                self.stmts(&w.body)?;
            }
            Stmt::Match(m) => {
                self.expr(&m.subject)?;
                for c in &m.cases {
                    self.pattern(&c.pattern)?;
                    if let Some(g) = &c.guard {
                        self.expr(g)?;
                    }
                    self.stmts(&c.body)?;
                }
            }
            Stmt::Raise(r) => {
                if let Some(e) = &r.exc {
                    self.expr(e)?;
                }
                if let Some(e) = &r.cause {
                    self.expr(e)?;
                }
            }
            Stmt::Try(t) => {
                self.stmts(&t.body)?;
                self.handlers(&t.handlers)?;
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::TryStar(t) => {
                self.stmts(&t.body)?;
                self.handlers(&t.handlers)?;
                self.stmts(&t.orelse)?;
                self.stmts(&t.finalbody)?;
            }
            Stmt::Assert(a) => {
                self.expr(&a.test)?;
                if let Some(m) = &a.msg {
                    self.expr(m)?;
                }
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(n) => n.as_str(),
                        None => a.name.as_str().split('.').next().unwrap_or(""),
                    };
                    self.add_def(bound, DEF_IMPORT, sp)?;
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    if a.name.as_str() == "*" {
                        if self.scopes[self.cur].kind != ScopeKind::Module {
                            return Err(self.err("import * only allowed at module level", sp));
                        }
                        continue;
                    }
                    let bound = a.asname.as_ref().unwrap_or(&a.name);
                    self.add_def(bound.as_str(), DEF_IMPORT, sp)?;
                }
            }
            Stmt::Global(g) => {
                for n in &g.names {
                    let name = self.mangle(n.as_str());
                    let cur = self.scopes[self.cur].get(&name).map_or(0, |s| s.flags);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0 && cur & DEF_GLOBAL == 0
                    {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and global")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to global declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be global")
                        } else {
                            format!("name '{name}' is assigned to before global declaration")
                        };
                        return Err(self.err(msg, sp));
                    }
                    if cur & DEF_NONLOCAL != 0 {
                        return Err(self.err(format!("name '{name}' is nonlocal and global"), sp));
                    }
                    self.scope().add(&name, DEF_GLOBAL, sp);
                    // as CPython's symtable: a `global` anywhere makes the top-level code
                    // use the globals for that name too (it matters for exec with separate
                    // globals and locals)
                    self.scopes[0].add(&name, DEF_GLOBAL, sp);
                }
            }
            Stmt::Nonlocal(g) => {
                if self.scopes[self.cur].kind == ScopeKind::Module {
                    return Err(self.err("nonlocal declaration not allowed at module level", sp));
                }
                for n in &g.names {
                    let name = self.mangle(n.as_str());
                    let cur = self.scopes[self.cur].get(&name).map_or(0, |s| s.flags);
                    if cur & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT) != 0
                        && cur & DEF_NONLOCAL == 0
                    {
                        let msg = if cur & DEF_PARAM != 0 {
                            format!("name '{name}' is parameter and nonlocal")
                        } else if cur & USE != 0 {
                            format!("name '{name}' is used prior to nonlocal declaration")
                        } else if cur & DEF_ANNOT != 0 {
                            format!("annotated name '{name}' can't be nonlocal")
                        } else {
                            format!("name '{name}' is assigned to before nonlocal declaration")
                        };
                        return Err(self.err(msg, sp));
                    }
                    if cur & DEF_GLOBAL != 0 {
                        return Err(self.err(format!("name '{name}' is nonlocal and global"), sp));
                    }
                    let old = self.scope().add(&name, DEF_NONLOCAL, sp);
                    if old == 0 {
                        if let Some(s) = self.scope().get_mut(&name) {
                            s.decl_span = sp;
                        }
                    }
                }
            }
            Stmt::Expr(e) => self.expr(&e.value)?,
            Stmt::Pass(_) | Stmt::Break(_) | Stmt::Continue(_) => {}
        }
        Ok(())
    }

    fn handlers(&mut self, hs: &[ast::ExceptHandler]) -> R {
        for h in hs {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            if let Some(t) = &h.type_ {
                self.expr(t)?;
            }
            if let Some(n) = &h.name {
                self.add_def(n.as_str(), DEF_LOCAL, span(h))?;
            }
            self.stmts(&h.body)?;
        }
        Ok(())
    }

    fn check_async(&self, sp: (usize, usize), msg: &str) -> R {
        let s = &self.scopes[self.cur];
        match s.kind {
            ScopeKind::Function if s.is_async => Ok(()),
            _ => Err(self.err(msg, sp)),
        }
    }

    fn pattern(&mut self, p: &Pattern) -> R {
        let sp = span(p);
        match p {
            Pattern::MatchValue(v) => self.expr(&v.value)?,
            Pattern::MatchSingleton(_) => {}
            Pattern::MatchSequence(s) => {
                for q in &s.patterns {
                    self.pattern(q)?;
                }
            }
            Pattern::MatchMapping(m) => {
                for k in &m.keys {
                    self.expr(k)?;
                }
                for q in &m.patterns {
                    self.pattern(q)?;
                }
                if let Some(r) = &m.rest {
                    self.add_def(r.as_str(), DEF_LOCAL, sp)?;
                }
            }
            Pattern::MatchClass(c) => {
                self.expr(&c.cls)?;
                for q in c.patterns.iter().chain(&c.kwd_patterns) {
                    self.pattern(q)?;
                }
            }
            Pattern::MatchStar(s) => {
                if let Some(n) = &s.name {
                    self.add_def(n.as_str(), DEF_LOCAL, sp)?;
                }
            }
            Pattern::MatchAs(a) => {
                if let Some(q) = &a.pattern {
                    self.pattern(q)?;
                }
                if let Some(n) = &a.name {
                    self.add_def(n.as_str(), DEF_LOCAL, sp)?;
                }
            }
            Pattern::MatchOr(o) => {
                for q in &o.patterns {
                    self.pattern(q)?;
                }
            }
        }
        Ok(())
    }

    fn comprehension(
        &mut self,
        node: &Expr,
        kind_name: &str,
        generators: &[Comprehension],
        elts: &[&Expr],
        is_genexp: bool,
    ) -> R {
        let Some(first) = generators.first() else {
            return Err(self.err("comprehension without generators", span(node)));
        };
        self.in_comp_iter += 1;
        self.expr(&first.iter)?;
        self.in_comp_iter -= 1;
        let outer_async = {
            let s = &self.scopes[self.cur];
            s.is_async && matches!(s.kind, ScopeKind::Function | ScopeKind::Comprehension)
        };
        let id = self.push_scope(ScopeKind::Comprehension, kind_name, node);
        self.scopes[id].is_generator = is_genexp;
        // a comprehension is asynchronous only when it has `async for` or `await` itself (an
        // enclosing async def does not make a generator expression an async generator)
        let _ = outer_async;
        self.scopes[id].is_async = false;
        self.scope().params.push(".0".to_string());
        self.scope().add(".0", DEF_PARAM, span(node));
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.in_comp_iter += 1;
                self.expr(&g.iter)?;
                self.in_comp_iter -= 1;
            }
            self.comp_target(&g.target)?;
            for c in &g.ifs {
                self.expr(c)?;
            }
            if g.is_async {
                self.scopes[id].is_async = true;
            }
        }
        for e in elts {
            self.expr(e)?;
        }
        self.pop_scope();
        Ok(())
    }

    /// Comprehension targets are marked as iteration variables (for the walrus checks).
    fn comp_target(&mut self, t: &Expr) -> R {
        match t {
            Expr::Name(n) => {
                self.add_def(n.id.as_str(), DEF_LOCAL | DEF_COMP_ITER, span(t))?;
            }
            Expr::Tuple(tu) => {
                for e in &tu.elts {
                    self.comp_target(e)?;
                }
            }
            Expr::List(tu) => {
                for e in &tu.elts {
                    self.comp_target(e)?;
                }
            }
            Expr::Starred(s) => self.comp_target(&s.value)?,
            _ => self.expr(t)?,
        }
        Ok(())
    }

    fn named_expr_target(&mut self, name: &str, sp: (usize, usize)) -> R {
        if self.in_comp_iter > 0 {
            return Err(self.err(
                "assignment expression cannot be used in a comprehension iterable expression",
                sp,
            ));
        }
        if self.scopes[self.cur].kind != ScopeKind::Comprehension {
            return self.add_def(name, DEF_LOCAL, sp);
        }
        let name = self.mangle(name);
        let mut i = self.cur;
        loop {
            let s = &self.scopes[i];
            match s.kind {
                ScopeKind::Comprehension => {
                    if s.get(&name).is_some_and(|sy| sy.flags & DEF_COMP_ITER != 0) {
                        return Err(self.err(
                            format!(
                                "assignment expression cannot rebind comprehension iteration variable '{name}'"
                            ),
                            sp,
                        ));
                    }
                }
                ScopeKind::Function | ScopeKind::Lambda => {
                    self.scopes[self.cur].add(&name, DEF_NONLOCAL, sp);
                    self.scopes[i].add(&name, DEF_LOCAL, sp);
                    return Ok(());
                }
                ScopeKind::Module => {
                    self.scopes[self.cur].add(&name, DEF_GLOBAL, sp);
                    self.scopes[i].add(&name, DEF_LOCAL, sp);
                    return Ok(());
                }
                ScopeKind::Class => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used in a class body",
                        sp,
                    ));
                }
                ScopeKind::TypeParams | ScopeKind::TypeValue => {
                    return Err(self.err(
                        "assignment expression within a comprehension cannot be used within the definition of a generic",
                        sp,
                    ));
                }
            }
            match s.parent {
                Some(p) => i = p,
                None => return Ok(()),
            }
        }
    }

    fn expr(&mut self, e: &Expr) -> R {
        if self.depth >= super::MAX_NESTING {
            return Err(self.err("too many nested expressions", span(e)));
        }
        self.depth += 1;
        let r = self.expr_inner(e);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &Expr) -> R {
        let sp = span(e);
        match e {
            Expr::BoolOp(b) => {
                for v in &b.values {
                    self.expr(v)?;
                }
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                match &*n.target {
                    Expr::Name(t) => self.named_expr_target(t.id.as_str(), span(&*n.target))?,
                    _ => self.expr(&n.target)?,
                }
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
            }
            Expr::UnaryOp(u) => self.expr(&u.operand)?,
            Expr::Lambda(l) => {
                self.arguments_defaults(&l.args)?;
                self.push_scope(ScopeKind::Lambda, "<lambda>", e);
                let saved = std::mem::take(&mut self.in_comp_iter);
                self.params(&l.args)?;
                self.expr(&l.body)?;
                self.in_comp_iter = saved;
                self.pop_scope();
            }
            Expr::IfExp(i) => {
                self.expr(&i.test)?;
                self.expr(&i.body)?;
                self.expr(&i.orelse)?;
            }
            Expr::Dict(d) => {
                for k in d.keys.iter().flatten() {
                    self.expr(k)?;
                }
                for v in &d.values {
                    self.expr(v)?;
                }
            }
            Expr::Set(s) => {
                for v in &s.elts {
                    self.expr(v)?;
                }
            }
            Expr::ListComp(c) => {
                self.comprehension(e, "<listcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::SetComp(c) => {
                self.comprehension(e, "<setcomp>", &c.generators, &[&c.elt], false)?
            }
            Expr::DictComp(c) => {
                self.comprehension(e, "<dictcomp>", &c.generators, &[&c.key, &c.value], false)?
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(e, "<genexpr>", &c.generators, &[&c.elt], true)?
            }
            Expr::Await(a) => {
                let s = &self.scopes[self.cur];
                match s.kind {
                    ScopeKind::Module | ScopeKind::Class => {
                        return Err(self.err("'await' outside function", sp))
                    }
                    ScopeKind::Function if s.is_async => {}
                    ScopeKind::Comprehension if s.is_async => {}
                    ScopeKind::Comprehension => {
                        // Allowed only when the comprehension is inside an async function.
                        let mut p = s.parent;
                        let mut ok = false;
                        while let Some(pi) = p {
                            let ps = &self.scopes[pi];
                            if ps.kind == ScopeKind::Comprehension {
                                p = ps.parent;
                                continue;
                            }
                            ok = ps.kind == ScopeKind::Function && ps.is_async;
                            break;
                        }
                        if !ok {
                            return Err(self.err("'await' outside async function", sp));
                        }
                        self.scope().is_async = true;
                    }
                    _ => return Err(self.err("'await' outside async function", sp)),
                }
                self.expr(&a.value)?;
            }
            Expr::Yield(y) => {
                self.yield_check(sp)?;
                if let Some(v) = &y.value {
                    self.expr(v)?;
                }
            }
            Expr::YieldFrom(y) => {
                self.yield_check(sp)?;
                if self.scopes[self.cur].is_async {
                    return Err(self.err("'yield from' inside async function", sp));
                }
                self.expr(&y.value)?;
            }
            Expr::Compare(c) => {
                self.expr(&c.left)?;
                for v in &c.comparators {
                    self.expr(v)?;
                }
            }
            Expr::Call(c) => {
                self.expr(&c.func)?;
                for a in &c.args {
                    self.expr(a)?;
                }
                for k in &c.keywords {
                    self.expr(&k.value)?;
                }
            }
            Expr::FormattedValue(f) => {
                self.expr(&f.value)?;
                if let Some(s) = &f.format_spec {
                    self.expr(s)?;
                }
            }
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.expr(v)?;
                }
            }
            Expr::Constant(_) => {}
            Expr::Attribute(a) => self.expr(&a.value)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
            }
            Expr::Starred(s) => self.expr(&s.value)?,
            Expr::Name(n) => {
                let id = n.id.as_str();
                match n.ctx {
                    ExprContext::Load => {
                        self.add_def(id, USE, sp)?;
                        let k = self.scopes[self.cur].kind;
                        if id == "super"
                            && matches!(
                                k,
                                ScopeKind::Function | ScopeKind::Lambda | ScopeKind::Comprehension
                            )
                        {
                            self.scope().add("__class__", USE, sp);
                        }
                    }
                    ExprContext::Store | ExprContext::Del => {
                        self.add_def(id, DEF_LOCAL, sp)?;
                    }
                }
            }
            Expr::List(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Tuple(l) => {
                for v in &l.elts {
                    self.expr(v)?;
                }
            }
            Expr::Slice(s) => {
                for v in [&s.lower, &s.upper, &s.step].into_iter().flatten() {
                    self.expr(v)?;
                }
            }
        }
        Ok(())
    }

    fn yield_check(&mut self, sp: (usize, usize)) -> R {
        let s = &self.scopes[self.cur];
        match s.kind {
            ScopeKind::Module | ScopeKind::Class => Err(self.err("'yield' outside function", sp)),
            ScopeKind::Comprehension => {
                let what = match s.name.as_str() {
                    "<listcomp>" => "list comprehension",
                    "<setcomp>" => "set comprehension",
                    "<dictcomp>" => "dict comprehension",
                    _ => "generator expression",
                };
                Err(self.err(format!("'yield' inside {what}"), sp))
            }
            ScopeKind::TypeParams | ScopeKind::TypeValue => Err(self.err(
                "yield expression cannot be used within a type alias or type parameter",
                sp,
            )),
            _ => {
                self.scope().is_generator = true;
                Ok(())
            }
        }
    }
}

struct Analyzer<'a, 'b> {
    st: &'a mut SymbolTable,
    lines: &'b LineIndex<'b>,
    filename: &'b str,
}

impl Analyzer<'_, '_> {
    /// Comprehensions that may run inline (PEP 709): list/set/dict ones that are not async,
    /// whose variables no nested function captures, and that do not use `super`/`__class__`.
    fn inline_candidate(&self, c: ScopeId) -> bool {
        let s = &self.st.scopes[c];
        s.kind == ScopeKind::Comprehension
            && !s.is_generator
            && !s.is_async
            && s.get("super").is_none()
            && s.get("__class__").is_none()
            && !s.symbols.iter().any(|(_, sym)| sym.scope == SymScope::Cell)
    }

    /// The names scope `id`'s children take from outside them. A name an inlined
    /// comprehension reads from a function-like scope that binds it stays a plain local
    /// there, unless a nested function below the comprehension needs it as a cell.
    fn children_free(
        &self,
        id: ScopeId,
        child_free: &[(ScopeId, HashSet<String>)],
    ) -> HashSet<String> {
        let scope = &self.st.scopes[id];
        let mut allfree = HashSet::new();
        for (c, f) in child_free {
            let child = &self.st.scopes[*c];
            for n in f {
                let local_here = scope.kind.is_optimized()
                    && scope
                        .get(n)
                        .is_some_and(|s| s.scope == SymScope::Local && s.flags & DEF_BOUND != 0);
                if child.inlined && local_here && !child.closure_free.contains(n) {
                    continue;
                }
                allfree.insert(n.clone());
            }
        }
        allfree
    }

    fn analyze(
        &mut self,
        id: ScopeId,
        bound: &HashSet<String>,
        global: &HashSet<String>,
    ) -> Result<HashSet<String>, CompileError> {
        let kind = self.st.scopes[id].kind;
        let mut local: HashSet<String> = HashSet::new();
        let mut explicit_global: HashSet<String> = HashSet::new();
        let mut newglobal = global.clone();
        {
            let scope = &mut self.st.scopes[id];
            for (name, sym) in scope.symbols.iter_mut() {
                let f = sym.flags;
                sym.scope = if f & DEF_GLOBAL != 0 {
                    explicit_global.insert(name.clone());
                    newglobal.insert(name.clone());
                    SymScope::GlobalExplicit
                } else if f & DEF_NONLOCAL != 0 {
                    if !bound.contains(name) {
                        let (a, b) = sym.decl_span;
                        return Err(self.lines.error(
                            CompileErrorKind::SyntaxError,
                            format!("no binding for nonlocal '{name}' found"),
                            self.filename,
                            a,
                            b,
                        ));
                    }
                    SymScope::Free
                } else if f & DEF_BOUND != 0 {
                    local.insert(name.clone());
                    newglobal.remove(name);
                    SymScope::Local
                } else if bound.contains(name) {
                    SymScope::Free
                } else {
                    SymScope::GlobalImplicit
                };
            }
        }
        let mut newbound: HashSet<String> = bound.clone();
        if kind.is_optimized() {
            newbound.extend(local.iter().cloned());
            for g in &explicit_global {
                newbound.remove(g);
            }
        } else if kind == ScopeKind::Class {
            newbound.insert("__class__".to_string());
        }
        let children = self.st.scopes[id].children.clone();
        let mut child_free: Vec<(ScopeId, HashSet<String>)> = Vec::new();
        for c in children {
            let f = self.analyze(c, &newbound, &newglobal)?;
            child_free.push((c, f));
        }
        for (c, _) in &child_free {
            let ok = self.inline_candidate(*c);
            self.st.scopes[*c].inlined = ok;
        }
        // An inlined comprehension's variables become this scope's fast slots; one that would
        // clash with a cell or free variable here keeps its function instead.
        let mut allfree = loop {
            let allfree = self.children_free(id, &child_free);
            let scope = &self.st.scopes[id];
            let clash = child_free.iter().map(|(c, _)| *c).find(|&c| {
                self.st.scopes[c].inlined
                    && self.st.scopes[c].symbols.iter().any(|(n, sym)| {
                        sym.scope == SymScope::Local
                            && n != ".0"
                            && (allfree.contains(n)
                                || scope.get(n).is_some_and(|o| o.scope == SymScope::Free))
                    })
            });
            match clash {
                Some(c) => self.st.scopes[c].inlined = false,
                None => break allfree,
            }
        };
        let closure_free: HashSet<String> = child_free
            .iter()
            .flat_map(|(c, f)| {
                if self.st.scopes[*c].inlined {
                    self.st.scopes[*c].closure_free.clone()
                } else {
                    f.clone()
                }
            })
            .collect();
        self.st.scopes[id].closure_free = closure_free;
        let scope = &mut self.st.scopes[id];
        if kind == ScopeKind::Class && allfree.remove("__class__") {
            scope.needs_class_closure = true;
        }
        for name in allfree {
            match scope.get_mut(&name) {
                Some(sym) => {
                    if kind.is_optimized() {
                        match sym.scope {
                            SymScope::Local => sym.scope = SymScope::Cell,
                            SymScope::Cell | SymScope::Free => {}
                            SymScope::GlobalExplicit => {}
                            _ => sym.scope = SymScope::Free,
                        }
                    } else if kind == ScopeKind::Class {
                        match sym.scope {
                            SymScope::Local | SymScope::GlobalExplicit => {
                                sym.flags |= DEF_FREE_CLASS
                            }
                            SymScope::Free => {}
                            _ => sym.scope = SymScope::Free,
                        }
                    }
                }
                None => {
                    if kind != ScopeKind::Module {
                        scope.add(&name, 0, (0, 0));
                        if let Some(sym) = scope.get_mut(&name) {
                            sym.scope = SymScope::Free;
                        }
                    }
                }
            }
        }
        let free: HashSet<String> = scope
            .symbols
            .iter()
            .filter(|(_, s)| s.scope == SymScope::Free || s.flags & DEF_FREE_CLASS != 0)
            .map(|(n, _)| n.clone())
            .collect();
        Ok(free)
    }
}
