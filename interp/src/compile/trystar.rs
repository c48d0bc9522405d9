//! `try`/`except*` (PEP 654).

use super::ast::{self, Stmt};
use super::codegen::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub(crate) fn try_star_except(
        &mut self,
        body: &'a [Stmt],
        _handlers: &'a [ast::ExceptHandler],
        _orelse: &'a [Stmt],
    ) -> CResult {
        let sp = body.first().map(ast::span).unwrap_or((0, 0));
        Err(self.unsupported("except*", sp))
    }
}
