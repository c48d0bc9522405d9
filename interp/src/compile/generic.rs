//! PEP 695: `type` aliases and generic functions/classes.

use super::ast::{self, span, Stmt};
use super::codegen::{CResult, Compiler};

impl<'a> Compiler<'a> {
    pub(crate) fn type_alias(&mut self, node: &'a Stmt, _t: &'a ast::StmtTypeAlias) -> CResult {
        Err(self.unsupported("the type statement", span(node)))
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn generic_function(
        &mut self,
        node: &'a Stmt,
        _name: &'a str,
        _args: &'a ast::Arguments,
        _body: &'a [Stmt],
        _returns: Option<&'a ast::Expr>,
        _type_params: &'a [ast::TypeParam],
        _is_async: bool,
        _first_line: u32,
    ) -> CResult {
        Err(self.unsupported("generic functions", span(node)))
    }

    pub(crate) fn generic_class(
        &mut self,
        node: &'a Stmt,
        _c: &'a ast::StmtClassDef,
        _first_line: u32,
    ) -> CResult {
        Err(self.unsupported("generic classes", span(node)))
    }
}
