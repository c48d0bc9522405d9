//! Code generation for expressions, calls, comprehensions, lambdas and conditional jumps.

use super::assemble::Label;
use super::ast::{self, span, BoolOp, CmpOp, Comprehension, Expr, ExprContext, Keyword, Operator};
use super::codegen::{const_truth, CResult, Compiler, NameCtx};
use super::symtable::ScopeKind;
use crate::bytecode::{flags, BinOp, CompareKind, Constant, Op, UnaryOpKind};
use std::rc::Rc;

/// Collections longer than this are built incrementally (CPython's STACK_USE_GUIDELINE).
const STACK_USE_GUIDELINE: usize = 30;

pub(crate) fn binop(op: &Operator) -> BinOp {
    match op {
        Operator::Add => BinOp::Add,
        Operator::Sub => BinOp::Sub,
        Operator::Mult => BinOp::Mul,
        Operator::MatMult => BinOp::MatMul,
        Operator::Div => BinOp::TrueDiv,
        Operator::Mod => BinOp::Mod,
        Operator::Pow => BinOp::Pow,
        Operator::LShift => BinOp::LShift,
        Operator::RShift => BinOp::RShift,
        Operator::BitOr => BinOp::Or,
        Operator::BitXor => BinOp::Xor,
        Operator::BitAnd => BinOp::And,
        Operator::FloorDiv => BinOp::FloorDiv,
    }
}

pub(crate) fn inplace_binop(op: &Operator) -> BinOp {
    let b = binop(op) as u32 + BinOp::InplaceAdd as u32;
    BinOp::from_u32(b).unwrap_or(BinOp::InplaceAdd)
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum CompKind {
    List,
    Set,
    Dict,
    Gen,
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum SeqKind {
    List,
    Tuple,
    Set,
}

impl<'a> Compiler<'a> {
    pub(crate) fn expr(&mut self, e: &'a Expr) -> CResult {
        let sp = span(e);
        if self.depth >= super::MAX_NESTING {
            return Err(self.error("too many nested expressions", sp));
        }
        self.depth += 1;
        let saved = self.set_loc(sp);
        let r = self.expr_inner(e, sp);
        self.restore_loc(saved);
        self.depth -= 1;
        r
    }

    fn expr_inner(&mut self, e: &'a Expr, sp: (usize, usize)) -> CResult {
        if let Some(c) = self.const_value(e) {
            self.load_const(c);
            return Ok(());
        }
        match e {
            Expr::BoolOp(b) => {
                let end = self.new_label();
                let op = match b.op {
                    BoolOp::And => Op::JumpIfFalseOrPop,
                    BoolOp::Or => Op::JumpIfTrueOrPop,
                };
                let n = b.values.len();
                for (i, v) in b.values.iter().enumerate() {
                    self.expr(v)?;
                    if i + 1 < n {
                        self.emit_jump(op, end);
                    }
                }
                self.place(end);
            }
            Expr::NamedExpr(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Copy, 1);
                self.store_target(&n.target)?;
            }
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.set_loc(sp);
                self.emit(Op::BinaryOp, binop(&b.op) as u32);
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.set_loc(sp);
                let k = match u.op {
                    ast::UnaryOp::Invert => UnaryOpKind::Invert,
                    ast::UnaryOp::Not => UnaryOpKind::Not,
                    ast::UnaryOp::UAdd => UnaryOpKind::Pos,
                    ast::UnaryOp::USub => UnaryOpKind::Neg,
                };
                self.emit(Op::UnaryOp, k as u32);
            }
            Expr::Lambda(l) => self.lambda(e, l)?,
            Expr::IfExp(i) => {
                let els = self.new_label();
                let end = self.new_label();
                self.jump_if(&i.test, els, false)?;
                self.expr(&i.body)?;
                self.emit_jump(Op::Jump, end);
                self.place(els);
                self.expr(&i.orelse)?;
                self.place(end);
            }
            Expr::Dict(d) => self.dict_display(&d.keys, &d.values)?,
            Expr::Set(s) => self.sequence_display(&s.elts, SeqKind::Set)?,
            Expr::List(l) => match l.ctx {
                ExprContext::Load => self.sequence_display(&l.elts, SeqKind::List)?,
                _ => return Err(self.error("internal compiler error: store list as value", sp)),
            },
            Expr::Tuple(t) => match t.ctx {
                ExprContext::Load => self.sequence_display(&t.elts, SeqKind::Tuple)?,
                _ => return Err(self.error("internal compiler error: store tuple as value", sp)),
            },
            Expr::ListComp(c) => {
                self.comprehension(e, &c.generators, &c.elt, None, CompKind::List)?
            }
            Expr::SetComp(c) => {
                self.comprehension(e, &c.generators, &c.elt, None, CompKind::Set)?
            }
            Expr::DictComp(c) => {
                self.comprehension(e, &c.generators, &c.key, Some(&c.value), CompKind::Dict)?
            }
            Expr::GeneratorExp(c) => {
                self.comprehension(e, &c.generators, &c.elt, None, CompKind::Gen)?
            }
            Expr::Await(a) => {
                self.expr(&a.value)?;
                self.set_loc(sp);
                self.emit(Op::GetAwaitable, 0);
                self.load_const(Constant::None);
                self.emit_await_loop();
            }
            Expr::Yield(y) => {
                match &y.value {
                    Some(v) => self.expr(v)?,
                    None => self.load_const(Constant::None),
                }
                self.set_loc(sp);
                if self.ur().code.flags & flags::ASYNC_GENERATOR != 0 {
                    self.emit(Op::AsyncGenWrap, 0);
                }
                self.emit(Op::YieldValue, 0);
            }
            Expr::YieldFrom(y) => {
                self.expr(&y.value)?;
                self.set_loc(sp);
                self.emit(Op::GetYieldFromIter, 0);
                self.load_const(Constant::None);
                self.emit_await_loop();
            }
            Expr::Compare(c) => self.compare(&c.left, &c.ops, &c.comparators, sp)?,
            Expr::Call(c) => self.call(&c.func, &c.args, &c.keywords, sp)?,
            Expr::FormattedValue(_) | Expr::JoinedStr(_) => self.fstring(e)?,
            Expr::Constant(c) => {
                let v = super::fold::lower_constant(&c.value);
                self.load_const(v);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                self.set_loc(sp);
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                match a.ctx {
                    ExprContext::Load => self.emit(Op::LoadAttr, i),
                    _ => return Err(self.error("internal compiler error: attribute ctx", sp)),
                }
            }
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.subscript_slice(&s.slice)?;
                self.set_loc(sp);
                self.emit(Op::BinarySubscr, 0);
            }
            Expr::Starred(_) => {
                return Err(self.error("can't use starred expression here", sp));
            }
            Expr::Name(n) => {
                self.name_op(n.id.as_str(), NameCtx::Load);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper] {
                    match part {
                        Some(x) => self.expr(x)?,
                        None => self.load_const(Constant::None),
                    }
                }
                match &s.step {
                    Some(x) => {
                        self.expr(x)?;
                        self.emit(Op::BuildSlice, 3);
                    }
                    None => self.emit(Op::BuildSlice, 2),
                }
            }
        }
        Ok(())
    }

    fn cmp_op(&mut self, op: &CmpOp) {
        match op {
            CmpOp::Eq => self.emit(Op::CompareOp, CompareKind::Eq as u32),
            CmpOp::NotEq => self.emit(Op::CompareOp, CompareKind::Ne as u32),
            CmpOp::Lt => self.emit(Op::CompareOp, CompareKind::Lt as u32),
            CmpOp::LtE => self.emit(Op::CompareOp, CompareKind::Le as u32),
            CmpOp::Gt => self.emit(Op::CompareOp, CompareKind::Gt as u32),
            CmpOp::GtE => self.emit(Op::CompareOp, CompareKind::Ge as u32),
            CmpOp::Is => self.emit(Op::IsOp, 0),
            CmpOp::IsNot => self.emit(Op::IsOp, 1),
            CmpOp::In => self.emit(Op::ContainsOp, 0),
            CmpOp::NotIn => self.emit(Op::ContainsOp, 1),
        }
    }

    /// Right operand of a comparison; `in [consts]`/`in {consts}` load a tuple/frozenset.
    fn compare_operand(&mut self, op: &CmpOp, e: &'a Expr) -> CResult {
        if matches!(op, CmpOp::In | CmpOp::NotIn) {
            match e {
                Expr::List(l) if !l.elts.is_empty() => {
                    if let Some(cs) = self.all_const(&l.elts) {
                        self.load_const(Constant::Tuple(cs));
                        return Ok(());
                    }
                }
                Expr::Set(s) => {
                    if let Some(cs) = self.all_const(&s.elts) {
                        self.load_const(Constant::FrozenSet(cs));
                        return Ok(());
                    }
                }
                _ => {}
            }
        }
        self.expr(e)
    }

    fn all_const(&self, elts: &[Expr]) -> Option<Vec<Constant>> {
        elts.iter().map(|x| self.const_value(x)).collect()
    }

    fn compare(
        &mut self,
        left: &'a Expr,
        ops: &'a [CmpOp],
        comps: &'a [Expr],
        sp: (usize, usize),
    ) -> CResult {
        self.expr(left)?;
        let n = ops.len().min(comps.len());
        if n == 0 {
            return Ok(());
        }
        if n == 1 {
            self.compare_operand(&ops[0], &comps[0])?;
            self.set_loc(sp);
            self.cmp_op(&ops[0]);
            return Ok(());
        }
        let cleanup = self.new_label();
        let end = self.new_label();
        for i in 0..n - 1 {
            self.expr(&comps[i])?;
            self.set_loc(sp);
            self.emit(Op::Swap, 2);
            self.emit(Op::Copy, 2);
            self.cmp_op(&ops[i]);
            self.emit_jump(Op::JumpIfFalseOrPop, cleanup);
        }
        self.compare_operand(&ops[n - 1], &comps[n - 1])?;
        self.set_loc(sp);
        self.cmp_op(&ops[n - 1]);
        self.emit_jump(Op::Jump, end);
        self.place(cleanup);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopTop, 0);
        self.place(end);
        Ok(())
    }

    /// Jumps to `target` if the truth of `e` equals `cond`; falls through otherwise.
    pub(crate) fn jump_if(&mut self, e: &'a Expr, target: Label, cond: bool) -> CResult {
        let sp = span(e);
        let saved = self.set_loc(sp);
        let r = self.jump_if_inner(e, target, cond, sp);
        self.restore_loc(saved);
        r
    }

    fn jump_if_inner(
        &mut self,
        e: &'a Expr,
        target: Label,
        cond: bool,
        sp: (usize, usize),
    ) -> CResult {
        if let Some(c) = self.const_value(e) {
            if let Some(t) = const_truth(&c) {
                if t == cond {
                    self.emit_jump(Op::Jump, target);
                }
                return Ok(());
            }
        }
        match e {
            Expr::UnaryOp(u) if matches!(u.op, ast::UnaryOp::Not) => {
                return self.jump_if(&u.operand, target, !cond);
            }
            Expr::BoolOp(b) if !b.values.is_empty() => {
                let is_or = matches!(b.op, BoolOp::Or);
                let n = b.values.len();
                if is_or == cond {
                    // `or` jumping on true / `and` jumping on false: any operand decides.
                    for v in &b.values {
                        self.jump_if(v, target, cond)?;
                    }
                } else {
                    let next = self.new_label();
                    for v in &b.values[..n - 1] {
                        self.jump_if(v, next, !cond)?;
                    }
                    self.jump_if(&b.values[n - 1], target, cond)?;
                    self.place(next);
                }
                return Ok(());
            }
            Expr::Compare(c) if c.ops.len() == 1 && c.comparators.len() == 1 => {
                let is_none = matches!(&c.comparators[0], Expr::Constant(k) if matches!(k.value, ast::Constant::None));
                if is_none && matches!(c.ops[0], CmpOp::Is | CmpOp::IsNot) {
                    self.expr(&c.left)?;
                    self.set_loc(sp);
                    let is = matches!(c.ops[0], CmpOp::Is);
                    let op = if is == cond {
                        Op::PopJumpIfNone
                    } else {
                        Op::PopJumpIfNotNone
                    };
                    self.emit_jump(op, target);
                    return Ok(());
                }
            }
            Expr::Compare(c) if c.ops.len() > 1 && c.ops.len() == c.comparators.len() => {
                let n = c.ops.len();
                self.expr(&c.left)?;
                let cleanup = self.new_label();
                let end = self.new_label();
                for i in 0..n - 1 {
                    self.expr(&c.comparators[i])?;
                    self.set_loc(sp);
                    self.emit(Op::Swap, 2);
                    self.emit(Op::Copy, 2);
                    self.cmp_op(&c.ops[i]);
                    self.emit_jump(Op::PopJumpIfFalse, cleanup);
                }
                self.compare_operand(&c.ops[n - 1], &c.comparators[n - 1])?;
                self.set_loc(sp);
                self.cmp_op(&c.ops[n - 1]);
                self.emit_jump(
                    if cond {
                        Op::PopJumpIfTrue
                    } else {
                        Op::PopJumpIfFalse
                    },
                    target,
                );
                self.emit_jump(Op::Jump, end);
                self.place(cleanup);
                self.emit(Op::PopTop, 0);
                if !cond {
                    self.emit_jump(Op::Jump, target);
                }
                self.place(end);
                return Ok(());
            }
            _ => {}
        }
        self.expr(e)?;
        self.set_loc(sp);
        self.emit_jump(
            if cond {
                Op::PopJumpIfTrue
            } else {
                Op::PopJumpIfFalse
            },
            target,
        );
        Ok(())
    }

    // ---------------------------------------------------------------- displays

    /// A subscript's index: `x[*a]` (3.12) indexes with the tuple `(*a,)`.
    pub(crate) fn subscript_slice(&mut self, slice: &'a Expr) -> CResult {
        if matches!(slice, Expr::Starred(_)) {
            return self.sequence_display(std::slice::from_ref(slice), SeqKind::Tuple);
        }
        self.expr(slice)
    }

    fn sequence_display(&mut self, elts: &'a [Expr], kind: SeqKind) -> CResult {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        let (build, add, extend) = match kind {
            SeqKind::List | SeqKind::Tuple => (Op::BuildList, Op::ListAppend, Op::ListExtend),
            SeqKind::Set => (Op::BuildSet, Op::SetAdd, Op::SetUpdate),
        };
        if !has_star {
            if kind != SeqKind::Tuple && elts.len() >= 3 {
                if let Some(cs) = self.all_const(elts) {
                    self.emit(build, 0);
                    self.load_const(if kind == SeqKind::Set {
                        Constant::FrozenSet(cs)
                    } else {
                        Constant::Tuple(cs)
                    });
                    self.emit(extend, 1);
                    return Ok(());
                }
            }
            if elts.len() <= STACK_USE_GUIDELINE {
                for x in elts {
                    self.expr(x)?;
                }
                let op = match kind {
                    SeqKind::Tuple => Op::BuildTuple,
                    _ => build,
                };
                self.emit(op, elts.len() as u32);
                return Ok(());
            }
        }
        // Incremental build: leading plain items, then append/extend one at a time.
        let lead = elts
            .iter()
            .take(STACK_USE_GUIDELINE)
            .take_while(|e| !matches!(e, Expr::Starred(_)))
            .count();
        for x in &elts[..lead] {
            self.expr(x)?;
        }
        self.emit(build, lead as u32);
        for x in &elts[lead..] {
            match x {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(extend, 1);
                }
                _ => {
                    self.expr(x)?;
                    self.emit(add, 1);
                }
            }
        }
        if kind == SeqKind::Tuple {
            self.emit(Op::ListToTuple, 0);
        }
        Ok(())
    }

    fn dict_display(&mut self, keys: &'a [Option<Expr>], values: &'a [Expr]) -> CResult {
        let n = keys.len().min(values.len());
        let has_unpack = keys.iter().any(|k| k.is_none());
        if !has_unpack && n <= STACK_USE_GUIDELINE / 2 {
            for i in 0..n {
                if let Some(k) = &keys[i] {
                    self.expr(k)?;
                }
                self.expr(&values[i])?;
            }
            self.emit(Op::BuildMap, n as u32);
            return Ok(());
        }
        let lead = keys
            .iter()
            .take(STACK_USE_GUIDELINE / 2)
            .take_while(|k| k.is_some())
            .count();
        for i in 0..lead {
            if let Some(k) = &keys[i] {
                self.expr(k)?;
            }
            self.expr(&values[i])?;
        }
        self.emit(Op::BuildMap, lead as u32);
        for i in lead..n {
            match &keys[i] {
                Some(k) => {
                    self.expr(k)?;
                    self.expr(&values[i])?;
                    self.emit(Op::MapAdd, 1);
                }
                None => {
                    self.expr(&values[i])?;
                    self.emit(Op::DictUpdate, 1);
                }
            }
        }
        Ok(())
    }

    // ---------------------------------------------------------------- f-strings

    fn fstring_parts(&self, e: &'a Expr, out: &mut Vec<&'a Expr>) {
        match e {
            Expr::JoinedStr(j) => {
                for v in &j.values {
                    self.fstring_parts(v, out);
                }
            }
            _ => out.push(e),
        }
    }

    fn fstring(&mut self, e: &'a Expr) -> CResult {
        let mut parts = Vec::new();
        self.fstring_parts(e, &mut parts);
        // Merge adjacent literal pieces.
        let mut n = 0u32;
        let mut pending: Option<String> = None;
        for p in parts {
            match p {
                Expr::Constant(c) => {
                    if let ast::Constant::Str(s) = &c.value {
                        pending.get_or_insert_with(String::new).push_str(s);
                        continue;
                    }
                    self.expr(p)?;
                    n += 1;
                }
                Expr::FormattedValue(f) => {
                    if let Some(s) = pending.take() {
                        if !s.is_empty() {
                            self.load_const(Constant::Str(s));
                            n += 1;
                        }
                    }
                    self.expr(&f.value)?;
                    let conv = match f.conversion {
                        ast::ConversionFlag::None => 0,
                        ast::ConversionFlag::Str => 1,
                        ast::ConversionFlag::Repr => 2,
                        ast::ConversionFlag::Ascii => 3,
                    };
                    let mut arg = conv;
                    if let Some(spec) = &f.format_spec {
                        self.fstring(spec)?;
                        arg |= 4;
                    }
                    let sp = span(p);
                    self.set_loc(sp);
                    self.emit(Op::FormatValue, arg);
                    n += 1;
                }
                _ => {
                    self.expr(p)?;
                    n += 1;
                }
            }
        }
        if let Some(s) = pending.take() {
            if !s.is_empty() || n == 0 {
                self.load_const(Constant::Str(s));
                n += 1;
            }
        }
        if n == 0 {
            self.load_const(Constant::Str(String::new()));
        } else if n > 1 {
            self.emit(Op::BuildString, n);
        }
        Ok(())
    }

    // ---------------------------------------------------------------- calls

    fn call(
        &mut self,
        func: &'a Expr,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        sp: (usize, usize),
    ) -> CResult {
        if args.len() + keywords.len() > 1 {
            for a in args {
                let asp = span(a);
                if matches!(a, Expr::GeneratorExp(_))
                    && self.lines.source.as_bytes().get(asp.0) != Some(&b'(')
                {
                    return Err(self.error("Generator expression must be parenthesized", asp));
                }
            }
        }
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        match func {
            Expr::Attribute(a)
                if matches!(a.ctx, ExprContext::Load)
                    && !has_star
                    && args.len() + keywords.len() < STACK_USE_GUIDELINE =>
            {
                self.expr(&a.value)?;
                self.set_loc(span(func));
                let name = self.mangle(a.attr.as_str());
                let i = self.name_index(&name);
                self.emit(Op::LoadMethod, i);
            }
            _ => {
                self.emit(Op::PushNull, 0);
                self.expr(func)?;
            }
        }
        self.call_tail(args, keywords, 0, sp, None)
    }

    /// Emits the arguments and the call, with `n_pre` positional arguments already pushed
    /// after the callable pair.
    pub(crate) fn call_tail(
        &mut self,
        args: &'a [Expr],
        keywords: &'a [Keyword],
        n_pre: u32,
        sp: (usize, usize),
        extra_last: Option<&dyn Fn(&mut Self) -> CResult>,
    ) -> CResult {
        let has_star = args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || keywords.iter().any(|k| k.arg.is_none());
        let n_extra = u32::from(extra_last.is_some());
        if !has_star && args.len() + keywords.len() <= 255 {
            for a in args {
                self.expr(a)?;
            }
            if let Some(f) = extra_last {
                f(self)?;
            }
            for k in keywords {
                self.expr(&k.value)?;
            }
            self.set_loc(sp);
            if !keywords.is_empty() {
                let names: Vec<Constant> = keywords
                    .iter()
                    .map(|k| Constant::Str(k.arg.as_ref().map_or("", |a| a.as_str()).to_string()))
                    .collect();
                let i = self.add_const(Constant::Tuple(names));
                self.emit(Op::KwNames, i);
            }
            self.emit(
                Op::Call,
                n_pre + n_extra + (args.len() + keywords.len()) as u32,
            );
            return Ok(());
        }
        // General form: positional tuple (+ keyword dict) and CallFunctionEx.
        self.emit(Op::BuildList, n_pre);
        for a in args {
            match a {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend, 1);
                }
                _ => {
                    self.expr(a)?;
                    self.emit(Op::ListAppend, 1);
                }
            }
        }
        if let Some(f) = extra_last {
            f(self)?;
            self.emit(Op::ListAppend, 1);
        }
        self.emit(Op::ListToTuple, 0);
        let mut have_dict = false;
        let mut run = 0u32;
        for k in keywords {
            match &k.arg {
                Some(name) => {
                    self.load_const(Constant::Str(name.as_str().to_string()));
                    self.expr(&k.value)?;
                    run += 1;
                }
                None => {
                    if run > 0 {
                        self.emit(Op::BuildMap, run);
                        if have_dict {
                            self.emit(Op::DictMerge, 1);
                        }
                        have_dict = true;
                        run = 0;
                    }
                    if !have_dict {
                        self.emit(Op::BuildMap, 0);
                        have_dict = true;
                    }
                    self.expr(&k.value)?;
                    self.emit(Op::DictMerge, 1);
                }
            }
        }
        if run > 0 {
            self.emit(Op::BuildMap, run);
            if have_dict {
                self.emit(Op::DictMerge, 1);
            }
            have_dict = true;
        }
        self.set_loc(sp);
        self.emit(Op::CallFunctionEx, u32::from(have_dict));
        Ok(())
    }

    // ---------------------------------------------------------------- lambdas, comprehensions

    fn lambda(&mut self, e: &'a Expr, l: &'a ast::ExprLambda) -> CResult {
        let sp = span(e);
        let Some(scope) = self.st.scope_for(e) else {
            return Err(self.error("internal compiler error: no scope for lambda", sp));
        };
        let fl = self.function_extras(&l.args, None, false)?;
        let qualname = self.qualname_for("<lambda>");
        let line = self.lines.line_col(sp.0).0;
        self.enter_scope(scope, "<lambda>", line);
        self.set_code_signature(&l.args, scope, false);
        self.u().code.qualname = qualname;
        self.set_loc(span(&*l.body));
        let body: &'a Expr = &l.body;
        self.body_with_generator_guard(|c| {
            c.expr(body)?;
            c.emit(Op::ReturnValue, 0);
            Ok(())
        })?;
        let code = self.exit_scope()?;
        let cl = self.make_closure(&code)?;
        self.set_loc(sp);
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, fl | cl);
        Ok(())
    }

    fn comprehension(
        &mut self,
        e: &'a Expr,
        gens: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let sp = span(e);
        let Some(scope) = self.st.scope_for(e) else {
            return Err(self.error("internal compiler error: no scope for comprehension", sp));
        };
        let Some(first) = gens.first() else {
            return Err(self.error("invalid syntax", sp));
        };
        let name = match kind {
            CompKind::List => "<listcomp>",
            CompKind::Set => "<setcomp>",
            CompKind::Dict => "<dictcomp>",
            CompKind::Gen => "<genexpr>",
        };
        let is_async = self.st.scopes[scope].is_async;
        if is_async && kind != CompKind::Gen {
            let outer = self.ur();
            let outer_ok = outer.code.flags & (flags::COROUTINE | flags::ASYNC_GENERATOR) != 0
                || (outer.kind == ScopeKind::Comprehension && self.st.scopes[outer.scope].is_async);
            if !outer_ok {
                return Err(self.error(
                    "asynchronous comprehension outside of an asynchronous function",
                    sp,
                ));
            }
        }
        if self.can_inline_comprehension(scope, kind) {
            return self.inlined_comprehension(e, scope, gens, elt, value, kind);
        }
        let qualname = self.qualname_for(name);
        let line = self.lines.line_col(sp.0).0;
        self.emit(Op::PushNull, 0);
        self.enter_scope(scope, name, line);
        self.u().code.qualname = qualname;
        self.u().code.argcount = 1;
        let mut f = flags::OPTIMIZED | flags::NEWLOCALS;
        if self.units[..self.units.len() - 1]
            .iter()
            .any(|u| u.kind.is_optimized())
        {
            f |= flags::NESTED;
        }
        f |= match (kind == CompKind::Gen, is_async) {
            (true, true) => flags::ASYNC_GENERATOR,
            (true, false) => flags::GENERATOR,
            (false, true) => flags::COROUTINE,
            (false, false) => 0,
        };
        self.u().code.flags = f;
        self.set_loc(sp);
        self.body_with_generator_guard(|c| {
            match kind {
                CompKind::List => c.emit(Op::BuildList, 0),
                CompKind::Set => c.emit(Op::BuildSet, 0),
                CompKind::Dict => c.emit(Op::BuildMap, 0),
                CompKind::Gen => {}
            }
            c.comp_generator(gens, 0, elt, value, kind)?;
            c.set_loc(sp);
            if kind == CompKind::Gen {
                c.load_const(Constant::None);
            }
            c.emit(Op::ReturnValue, 0);
            Ok(())
        })?;
        let code = self.exit_scope()?;
        let cl = self.make_closure(&code)?;
        self.set_loc(sp);
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, cl);
        self.expr(&first.iter)?;
        self.set_loc(sp);
        if first.is_async {
            self.emit(Op::GetAIter, 0);
        } else {
            self.emit(Op::GetIter, 0);
        }
        self.emit(Op::Call, 1);
        if is_async && kind != CompKind::Gen {
            self.emit(Op::GetAwaitable, 0);
            self.load_const(Constant::None);
            self.emit_await_loop();
        }
        Ok(())
    }

    /// PEP 709: list, set and dict comprehensions run inline in the enclosing code (no
    /// function, no frame), as in CPython 3.12, except where a variable of theirs is captured
    /// by a nested function or clashes with a cell of the enclosing scope, and except async
    /// ones (these keep their own function; CPython inlines them too).
    /// PEP 709: whether `analyze` chose to compile this comprehension inline (list, set and
    /// dict ones, except async ones and those whose variables a nested function captures,
    /// which CPython inlines too but which keep their function here).
    fn can_inline_comprehension(&self, scope: super::symtable::ScopeId, kind: CompKind) -> bool {
        kind != CompKind::Gen && self.st.scopes[scope].inlined
    }

    /// Emits an inlined comprehension: the outermost iterable is evaluated here, the
    /// comprehension's variables are saved (`LoadFastAndClear`), the loop builds the result
    /// in place, and the saved values are stored back, on the way out of an exception too.
    fn inlined_comprehension(
        &mut self,
        e: &'a Expr,
        scope: super::symtable::ScopeId,
        gens: &'a [Comprehension],
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let sp = span(e);
        self.expr(&gens[0].iter)?;
        self.set_loc(sp);
        self.emit(Op::GetIter, 0);
        let names: Vec<String> = self.st.scopes[scope]
            .symbols
            .iter()
            .filter(|(n, s)| n != ".0" && s.scope == super::symtable::SymScope::Local)
            .map(|(n, _)| n.clone())
            .collect();
        let slots: Vec<u32> = names.iter().map(|n| self.fast_slot(n)).collect();
        for &sl in &slots {
            self.emit(Op::LoadFastAndClear, sl);
        }
        if !slots.is_empty() {
            // [iter, s1..sk] -> [sk, s1..s(k-1), iter]
            self.emit(Op::Swap, slots.len() as u32 + 1);
        }
        match kind {
            CompKind::List => self.emit(Op::BuildList, 0),
            CompKind::Set => self.emit(Op::BuildSet, 0),
            _ => self.emit(Op::BuildMap, 0),
        }
        self.emit(Op::Swap, 2);
        let handler = self.new_label();
        let al = self.active_len();
        if !slots.is_empty() {
            // on an exception, the list and iterator go and the saved values stay
            let h = self.setup_handler(handler, -2);
            self.push_handler(h);
        }
        self.u().inline.push(scope);
        let r = self.comp_generator(gens, 0, elt, value, kind);
        self.u().inline.pop();
        r?;
        if !slots.is_empty() {
            self.u().buf.active.truncate(al);
            self.set_loc(sp);
            self.restore_comprehension_vars(&slots);
            let done = self.new_label();
            self.emit_jump(Op::Jump, done);
            self.place(handler);
            self.restore_comprehension_vars(&slots);
            self.emit(Op::Reraise, 0);
            self.place(done);
        }
        Ok(())
    }

    /// `[sk, s1..s(k-1), top] -> [top]`, storing each saved value back into its slot.
    fn restore_comprehension_vars(&mut self, slots: &[u32]) {
        let k = slots.len();
        for i in (0..k - 1).rev() {
            self.emit(Op::Swap, 2);
            self.emit(Op::StoreFast, slots[i]);
        }
        self.emit(Op::Swap, 2);
        self.emit(Op::StoreFast, slots[k - 1]);
    }

    fn comp_generator(
        &mut self,
        gens: &'a [Comprehension],
        i: usize,
        elt: &'a Expr,
        value: Option<&'a Expr>,
        kind: CompKind,
    ) -> CResult {
        let g = &gens[i];
        if i == 0 {
            // the outermost iterator: the function's `.0` argument, or already on the stack
            // when the comprehension is inlined
            if self.ur().inline.is_empty() {
                self.emit(Op::LoadFast, 0);
            }
        } else {
            self.expr(&g.iter)?;
            if g.is_async {
                self.emit(Op::GetAIter, 0);
            } else {
                self.emit(Op::GetIter, 0);
            }
        }
        let start = self.new_label();
        let end = self.new_label();
        self.place(start);
        if g.is_async {
            let h = self.setup_handler(end, 0);
            let al = self.active_len();
            self.push_handler(h);
            self.emit(Op::GetANext, 0);
            self.load_const(Constant::None);
            self.emit_await_loop();
            self.u().buf.active.truncate(al);
        } else {
            self.emit_jump(Op::ForIter, end);
        }
        self.store_target(&g.target)?;
        for c in &g.ifs {
            self.jump_if(c, start, false)?;
        }
        if i + 1 < gens.len() {
            self.comp_generator(gens, i + 1, elt, value, kind)?;
        } else {
            let depth = gens.len() as u32 + 1;
            match kind {
                CompKind::List => {
                    self.expr(elt)?;
                    self.emit(Op::ListAppend, depth);
                }
                CompKind::Set => {
                    self.expr(elt)?;
                    self.emit(Op::SetAdd, depth);
                }
                CompKind::Dict => {
                    self.expr(elt)?;
                    if let Some(v) = value {
                        self.expr(v)?;
                    }
                    self.emit(Op::MapAdd, depth);
                }
                CompKind::Gen => {
                    self.expr(elt)?;
                    if self.ur().code.flags & flags::ASYNC_GENERATOR != 0 {
                        self.emit(Op::AsyncGenWrap, 0);
                    }
                    self.emit(Op::YieldValue, 0);
                    self.emit(Op::PopTop, 0);
                }
            }
        }
        self.emit_jump(Op::Jump, start);
        self.place(end);
        if g.is_async {
            self.emit(Op::EndAsyncFor, 0);
        }
        Ok(())
    }
}
