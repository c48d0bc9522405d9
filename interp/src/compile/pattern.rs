//! `match` statements.

use super::ast::{self, span};
use super::codegen::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub(crate) fn match_stmt(&mut self, m: &'a ast::StmtMatch) -> CResult {
        Err(self.unsupported("the match statement", span(m)))
    }
}
