//! `try`/`except*` (PEP 654), laid out as CPython 3.12 does:
//!
//! ```text
//! handler: [exc] PushExcInfo -> [prev, orig]; BuildList 0; Copy 2 -> [prev, orig, list, rest]
//! per clause: <type>; CheckEgMatch -> [.., rest, match]; Copy 1; PopJumpIfNone no_match
//!             store match / PopTop; body under a handler that appends what it raises to list
//! last:       ListAppend 1 (the unhandled rest); PrepReraiseStar -> [prev, exc_or_None]
//!             None: PopTop; PopExcept   else: Swap 2; PopExcept; Reraise
//! ```

use super::ast::{self, span, Stmt};
use super::codegen::{CResult, Compiler, FBlock, NameCtx};
use crate::bytecode::{Constant, Op};

impl<'a> Compiler<'a> {
    pub(crate) fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        handlers: &'a [ast::ExceptHandler],
        orelse: &'a [Stmt],
    ) -> CResult {
        let handler = self.new_label();
        let cleanup = self.new_label();
        let end = self.new_label();
        let reraise_star = self.new_label();
        let reraise = self.new_label();
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
        self.push_fblock(FBlock::ExceptStar, al_c);
        let n = handlers.len();
        for (i, h) in handlers.iter().enumerate() {
            let ast::ExceptHandler::ExceptHandler(h) = h;
            let hsp = span(h);
            self.set_loc(hsp);
            if i == 0 {
                self.emit(Op::BuildList, 0);
                self.emit(Op::Copy, 2);
            }
            let no_match = self.new_label();
            let except_with_error = self.new_label();
            let Some(t) = &h.type_ else {
                return Err(self.error("expected one or more exception types", hsp));
            };
            self.expr(t)?;
            self.set_loc(hsp);
            self.emit(Op::CheckEgMatch, 0);
            self.emit(Op::Copy, 1);
            self.emit_jump(Op::PopJumpIfNone, no_match);
            let name = h.name.as_ref().map(|n| n.as_str().to_string());
            match &name {
                Some(n) => self.name_op(n, NameCtx::Store),
                None => self.emit(Op::PopTop, 0),
            }
            let cleanup_end = self.new_label();
            let hn = self.setup_handler(cleanup_end, 0);
            let al_n = self.active_len();
            self.push_handler(hn);
            self.push_fblock(FBlock::HandlerCleanup { name: name.clone() }, al_n);
            self.stmts(&h.body)?;
            self.pop_fblock();
            self.u().buf.active.truncate(al_n);
            if let Some(n) = &name {
                self.load_const(Constant::None);
                self.name_op(n, NameCtx::Store);
                self.name_op(n, NameCtx::Del);
            }
            self.emit_jump(Op::Jump, except_with_error);
            // The clause body raised: [prev, orig, list, rest, exc2]
            self.place(cleanup_end);
            if let Some(n) = &name {
                self.load_const(Constant::None);
                self.name_op(n, NameCtx::Store);
                self.name_op(n, NameCtx::Del);
            }
            self.emit(Op::ListAppend, 2);
            self.emit_jump(Op::Jump, except_with_error);
            self.place(no_match);
            self.emit(Op::PopTop, 0);
            self.place(except_with_error);
            if i + 1 == n {
                self.emit(Op::ListAppend, 1);
                self.emit_jump(Op::Jump, reraise_star);
            }
        }
        self.pop_fblock();
        self.place(reraise_star);
        self.emit(Op::PrepReraiseStar, 0);
        self.emit(Op::Copy, 1);
        self.emit_jump(Op::PopJumpIfNotNone, reraise);
        self.emit(Op::PopTop, 0);
        self.u().buf.active.truncate(al_c);
        self.emit(Op::PopExcept, 0);
        self.emit_jump(Op::Jump, end);
        self.place(reraise);
        self.emit(Op::Swap, 2);
        self.emit(Op::PopExcept, 0);
        self.emit(Op::Reraise, 0);
        self.emit_cleanup(cleanup);
        self.place(end);
        Ok(())
    }
}
