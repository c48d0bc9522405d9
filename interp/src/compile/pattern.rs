//! `match` statements (PEP 634).
//!
//! A pattern is compiled with its subject on top of the stack and consumes it. Failure jumps
//! to `fail_pop[n]`, where `n` is the number of extra items the pattern still has on the stack
//! (`on_top`); those labels are emitted as a chain of `PopTop`s ending at the next case, as
//! CPython's compiler does. Captured names are stored as soon as they match (PEP 634 leaves
//! the bindings of failed matches unspecified).

use super::assemble::Label;
use super::ast::{self, span, Expr, Pattern};
use super::codegen::{CResult, Compiler, NameCtx};
use crate::bytecode::{CompareKind, Constant, Op};

#[derive(Default)]
struct Ctx {
    on_top: u32,
    fail_pop: Vec<Label>,
}

fn is_wildcard(p: &Pattern) -> bool {
    matches!(p, Pattern::MatchAs(a) if a.pattern.is_none() && a.name.is_none())
}

/// Whether a pattern always matches (a capture or a wildcard, possibly in an or-pattern).
fn irrefutable(p: &Pattern) -> Option<Option<&str>> {
    match p {
        Pattern::MatchAs(a) if a.pattern.is_none() => Some(a.name.as_ref().map(|n| n.as_str())),
        Pattern::MatchAs(a) => a.pattern.as_deref().and_then(irrefutable),
        Pattern::MatchOr(o) => o.patterns.iter().find_map(irrefutable),
        _ => None,
    }
}

fn bound_names<'p>(p: &'p Pattern, out: &mut Vec<(&'p str, (usize, usize))>) {
    match p {
        Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => {}
        Pattern::MatchSequence(s) => s.patterns.iter().for_each(|q| bound_names(q, out)),
        Pattern::MatchMapping(m) => {
            m.patterns.iter().for_each(|q| bound_names(q, out));
            if let Some(r) = &m.rest {
                out.push((r.as_str(), span(p)));
            }
        }
        Pattern::MatchClass(c) => c
            .patterns
            .iter()
            .chain(&c.kwd_patterns)
            .for_each(|q| bound_names(q, out)),
        Pattern::MatchStar(s) => {
            if let Some(n) = &s.name {
                out.push((n.as_str(), span(p)));
            }
        }
        Pattern::MatchAs(a) => {
            if let Some(q) = &a.pattern {
                bound_names(q, out);
            }
            if let Some(n) = &a.name {
                out.push((n.as_str(), span(p)));
            }
        }
        Pattern::MatchOr(o) => {
            if let Some(first) = o.patterns.first() {
                bound_names(first, out);
            }
        }
    }
}

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        self.expr(&m.subject)?;
        let end = self.new_label();
        let n = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let last = i + 1 == n;
            let psp = span(&case.pattern);
            if !last && case.guard.is_none() {
                if let Some(name) = irrefutable(&case.pattern) {
                    let msg = match name {
                        Some(n) => {
                            format!("name capture '{n}' makes remaining patterns unreachable")
                        }
                        None => "wildcard makes remaining patterns unreachable".to_string(),
                    };
                    return Err(self.error(msg, psp));
                }
            }
            self.check_pattern_names(&case.pattern)?;
            let saved = self.set_loc(psp);
            if !last {
                self.emit(Op::Copy, 1);
            }
            let mut pc = Ctx::default();
            if last && is_wildcard(&case.pattern) {
                self.emit(Op::PopTop, 0);
            } else {
                self.pattern(&case.pattern, &mut pc)?;
            }
            if let Some(g) = &case.guard {
                let f = self.fail(&mut pc, 0);
                self.jump_if(g, f, false)?;
            }
            if !last {
                self.emit(Op::PopTop, 0);
            }
            self.restore_loc(saved);
            self.stmts(&case.body)?;
            if !self.u().buf.ends_in_terminator() {
                self.emit_jump(Op::Jump, end);
            }
            self.emit_fail_pops(&pc);
        }
        if n == 0 {
            self.emit(Op::PopTop, 0);
        }
        self.place(end);
        Ok(())
    }

    fn check_pattern_names(&self, p: &Pattern) -> CResult {
        let mut names = Vec::new();
        bound_names(p, &mut names);
        for (i, (n, sp)) in names.iter().enumerate() {
            if names[..i].iter().any(|(m, _)| m == n) {
                return Err(self.error(
                    format!("multiple assignments to name '{n}' in pattern"),
                    *sp,
                ));
            }
        }
        Ok(())
    }

    fn fail(&mut self, pc: &mut Ctx, n: u32) -> Label {
        while pc.fail_pop.len() <= n as usize {
            let l = self.new_label();
            pc.fail_pop.push(l);
        }
        pc.fail_pop[n as usize]
    }

    fn emit_fail_pops(&mut self, pc: &Ctx) {
        for i in (1..pc.fail_pop.len()).rev() {
            self.place(pc.fail_pop[i]);
            self.emit(Op::PopTop, 0);
        }
        if let Some(&l) = pc.fail_pop.first() {
            self.place(l);
        }
    }

    fn jump_fail(&mut self, pc: &mut Ctx, op: Op, extra: u32) {
        let l = self.fail(pc, pc.on_top + extra);
        self.emit_jump(op, l);
    }

    fn capture(&mut self, name: Option<&ast::Identifier>, sp: (usize, usize)) -> CResult {
        match name {
            Some(n) => {
                self.check_forbidden_name(n.as_str(), sp)?;
                self.name_op(n.as_str(), NameCtx::Store);
            }
            None => self.emit(Op::PopTop, 0),
        }
        Ok(())
    }

    fn pattern(&mut self, p: &'a Pattern, pc: &mut Ctx) -> CResult {
        let sp = span(p);
        let saved = self.set_loc(sp);
        let r = self.pattern_inner(p, pc, sp);
        self.restore_loc(saved);
        r
    }

    fn pattern_inner(&mut self, p: &'a Pattern, pc: &mut Ctx, sp: (usize, usize)) -> CResult {
        match p {
            Pattern::MatchValue(v) => {
                // value patterns allow `real +/- imag` complex literals only
                if let Expr::BinOp(b) = &*v.value {
                    let is_imag = |e: &Expr| matches!(e, Expr::Constant(c) if matches!(c.value, ast::Constant::Complex { .. }));
                    if !is_imag(&b.right) {
                        return Err(self.error(
                            "imaginary number required in complex literal",
                            span(&*b.right),
                        ));
                    }
                    if is_imag(&b.left) {
                        return Err(
                            self.error("real number required in complex literal", span(&*b.left))
                        );
                    }
                }
                self.expr(&v.value)?;
                self.set_loc(sp);
                self.emit(Op::CompareOp, CompareKind::Eq as u32);
                self.jump_fail(pc, Op::PopJumpIfFalse, 0);
            }
            Pattern::MatchSingleton(s) => {
                let c = super::fold::lower_constant(&s.value);
                self.load_const(c);
                self.emit(Op::IsOp, 0);
                self.jump_fail(pc, Op::PopJumpIfFalse, 0);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => self.capture(a.name.as_ref(), sp)?,
                Some(q) => {
                    self.emit(Op::Copy, 1);
                    pc.on_top += 1;
                    self.pattern(q, pc)?;
                    pc.on_top -= 1;
                    self.capture(a.name.as_ref(), sp)?;
                }
            },
            Pattern::MatchStar(_) => {
                return Err(self.error("can't use starred name here", sp));
            }
            Pattern::MatchOr(o) => {
                let Some((last, rest)) = o.patterns.split_last() else {
                    return Ok(());
                };
                for alt in rest {
                    if irrefutable(alt).is_some() {
                        let msg = match irrefutable(alt).flatten() {
                            Some(n) => {
                                format!("name capture '{n}' makes remaining patterns unreachable")
                            }
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.error(msg, span(alt)));
                    }
                }
                let mut first_names: Option<Vec<&str>> = None;
                for alt in &o.patterns {
                    let mut v = Vec::new();
                    bound_names(alt, &mut v);
                    let mut names: Vec<&str> = v.into_iter().map(|(n, _)| n).collect();
                    names.sort_unstable();
                    match &first_names {
                        None => first_names = Some(names),
                        Some(f) if *f != names => {
                            return Err(self.error("alternative patterns bind different names", sp))
                        }
                        _ => {}
                    }
                }
                let end = self.new_label();
                for alt in rest {
                    self.emit(Op::Copy, 1);
                    let mut sub = Ctx::default();
                    self.pattern(alt, &mut sub)?;
                    self.emit(Op::PopTop, 0);
                    self.emit_jump(Op::Jump, end);
                    self.emit_fail_pops(&sub);
                }
                self.pattern(last, pc)?;
                self.place(end);
            }
            Pattern::MatchSequence(s) => {
                let pats = &s.patterns;
                let stars: Vec<usize> = pats
                    .iter()
                    .enumerate()
                    .filter(|(_, q)| matches!(q, Pattern::MatchStar(_)))
                    .map(|(i, _)| i)
                    .collect();
                if stars.len() > 1 {
                    return Err(self.error("multiple starred names in sequence pattern", sp));
                }
                let n = pats.len() as u32;
                self.emit(Op::MatchSequence, 0);
                self.jump_fail(pc, Op::PopJumpIfFalse, 1);
                pc.on_top += 1;
                self.emit(Op::GetLen, 0);
                match stars.first() {
                    None => {
                        self.load_const(Constant::Int(n.into()));
                        self.emit(Op::CompareOp, CompareKind::Eq as u32);
                    }
                    Some(_) => {
                        self.load_const(Constant::Int((n - 1).into()));
                        self.emit(Op::CompareOp, CompareKind::Ge as u32);
                    }
                }
                self.jump_fail(pc, Op::PopJumpIfFalse, 0);
                if pats.iter().all(|q| {
                    is_wildcard(q) || matches!(q, Pattern::MatchStar(st) if st.name.is_none())
                }) {
                    self.emit(Op::PopTop, 0);
                    pc.on_top -= 1;
                } else {
                    match stars.first() {
                        Some(&i) => {
                            let before = i;
                            let after = pats.len() - i - 1;
                            if before >= 256 || after >= (1 << 16) {
                                return Err(
                                    self.error("too many sub-patterns in sequence pattern", sp)
                                );
                            }
                            self.emit(Op::UnpackEx, (before | (after << 8)) as u32);
                        }
                        None => self.emit(Op::UnpackSequence, n),
                    }
                    pc.on_top += n;
                    pc.on_top -= 1;
                    for q in pats {
                        pc.on_top -= 1;
                        match q {
                            Pattern::MatchStar(st) => self.capture(st.name.as_ref(), span(q))?,
                            _ => self.pattern(q, pc)?,
                        }
                    }
                }
            }
            Pattern::MatchMapping(m) => {
                let n = m.keys.len() as u32;
                if m.keys.len() != m.patterns.len() {
                    return Err(self.error("invalid mapping pattern", sp));
                }
                self.emit(Op::MatchMapping, 0);
                self.jump_fail(pc, Op::PopJumpIfFalse, 1);
                pc.on_top += 1;
                if n == 0 && m.rest.is_none() {
                    self.emit(Op::PopTop, 0);
                    pc.on_top -= 1;
                    return Ok(());
                }
                if n > 0 {
                    self.emit(Op::GetLen, 0);
                    self.load_const(Constant::Int(n.into()));
                    self.emit(Op::CompareOp, CompareKind::Ge as u32);
                    self.jump_fail(pc, Op::PopJumpIfFalse, 0);
                }
                let mut seen: Vec<Constant> = Vec::new();
                for k in &m.keys {
                    match k {
                        Expr::Attribute(_) => {}
                        _ => match self.const_value(k) {
                            Some(c) => {
                                if seen.contains(&c) {
                                    return Err(self.error(
                                        format!(
                                            "mapping pattern checks duplicate key ({})",
                                            super::dis::const_repr(&c)
                                        ),
                                        sp,
                                    ));
                                }
                                seen.push(c);
                            }
                            None => {
                                return Err(self.error(
                                    "mapping pattern keys may only match literals and attribute lookups",
                                    span(k),
                                ))
                            }
                        },
                    }
                    self.expr(k)?;
                }
                self.set_loc(sp);
                self.emit(Op::BuildTuple, n);
                self.emit(Op::MatchKeys, 0);
                pc.on_top += 2;
                self.emit(Op::Copy, 1);
                self.load_const(Constant::None);
                self.emit(Op::IsOp, 1);
                self.jump_fail(pc, Op::PopJumpIfFalse, 0);
                self.emit(Op::UnpackSequence, n);
                pc.on_top += n;
                pc.on_top -= 1;
                for q in &m.patterns {
                    pc.on_top -= 1;
                    self.pattern(q, pc)?;
                }
                // [subject, keys]
                match &m.rest {
                    Some(r) => {
                        self.emit(Op::CopyDictWithoutKeys, 0);
                        pc.on_top -= 1;
                        self.capture(Some(r), sp)?;
                        pc.on_top -= 1;
                        self.emit(Op::PopTop, 0);
                    }
                    None => {
                        self.emit(Op::PopTop, 0);
                        self.emit(Op::PopTop, 0);
                        pc.on_top -= 2;
                    }
                }
            }
            Pattern::MatchClass(c) => {
                let npos = c.patterns.len() as u32;
                let nkw = c.kwd_attrs.len() as u32;
                if c.kwd_attrs.len() != c.kwd_patterns.len() {
                    return Err(self.error("invalid class pattern", sp));
                }
                for (i, a) in c.kwd_attrs.iter().enumerate() {
                    if c.kwd_attrs[..i].iter().any(|b| b.as_str() == a.as_str()) {
                        return Err(self.error(
                            format!("attribute name repeated in class pattern: {}", a.as_str()),
                            span(&c.kwd_patterns[i]),
                        ));
                    }
                }
                self.expr(&c.cls)?;
                self.set_loc(sp);
                let names: Vec<Constant> = c
                    .kwd_attrs
                    .iter()
                    .map(|a| Constant::Str(a.as_str().to_string()))
                    .collect();
                self.load_const(Constant::Tuple(names));
                self.emit(Op::MatchClass, npos);
                self.emit(Op::Copy, 1);
                self.load_const(Constant::None);
                self.emit(Op::IsOp, 1);
                self.jump_fail(pc, Op::PopJumpIfFalse, 1);
                pc.on_top += 1;
                self.emit(Op::UnpackSequence, npos + nkw);
                pc.on_top += npos + nkw;
                pc.on_top -= 1;
                for q in c.patterns.iter().chain(&c.kwd_patterns) {
                    pc.on_top -= 1;
                    self.pattern(q, pc)?;
                }
            }
        }
        Ok(())
    }
}
