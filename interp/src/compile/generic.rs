//! PEP 695: `type` aliases and generic functions/classes, compiled as 3.12 does: the type
//! parameters live in an implicit function (the annotation scope) that is called right away;
//! bounds, constraints and alias values are lazily evaluated functions.
//!
//! Known difference: annotation scopes inside a class body do not see the class namespace
//! (CPython's `__classdict__`); their names resolve through closures and globals only.

use super::ast::{self, span, Expr, Stmt, TypeParam};
use super::codegen::{CResult, Compiler, NameCtx};
use crate::bytecode::{flags, CodeUnit, Constant, Op};
use std::rc::Rc;

impl<'a> Compiler<'a> {
    /// Enters an implicit function scope (annotation scope / lazy value).
    fn enter_implicit(&mut self, scope: usize, name: &str, line: u32, argcount: u32) {
        let qualname = self.qualname_for(name);
        self.enter_scope(scope, name, line);
        let u = self.u();
        u.code.qualname = qualname;
        u.code.argcount = argcount;
        u.code.flags |= flags::OPTIMIZED | flags::NEWLOCALS;
    }

    /// Makes a function object from a finished implicit scope: `[] -> [function]`.
    fn make_implicit_function(&mut self, code: CodeUnit, sp: (usize, usize)) -> CResult {
        let cl = self.make_closure(&code)?;
        self.set_loc(sp);
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, cl);
        Ok(())
    }

    /// A lazily evaluated expression (TypeVar bound, alias value): `[] -> [function]`.
    fn lazy_value(
        &mut self,
        key: &'a Expr,
        scope_node_is_stmt: Option<&'a Stmt>,
        name: &str,
    ) -> CResult {
        let sp = span(key);
        let scope = match scope_node_is_stmt {
            Some(s) => self.st.scope_for(s),
            None => self.st.scope_for(key),
        };
        let Some(scope) = scope else {
            return Err(self.error("internal compiler error: no scope for lazy value", sp));
        };
        let line = self.lines.line_col(sp.0).0;
        self.enter_implicit(scope, name, line, 0);
        self.set_loc(sp);
        self.expr(key)?;
        self.emit(Op::ReturnValue, 0);
        let code = self.exit_scope()?;
        self.make_implicit_function(code, sp)
    }

    /// `[] -> [tuple_of_type_params]`, storing each parameter under its name.
    fn type_params(&mut self, tps: &'a [TypeParam]) -> CResult {
        for tp in tps {
            let sp = span(tp);
            self.set_loc(sp);
            let name = match tp {
                TypeParam::TypeVar(t) => {
                    self.load_const(Constant::Str(t.name.as_str().to_string()));
                    match &t.bound {
                        Some(b) => {
                            let kind = if matches!(&**b, Expr::Tuple(_)) { 4 } else { 3 };
                            self.lazy_value(b, None, t.name.as_str())?;
                            self.emit(Op::MakeTypeParam, kind);
                        }
                        None => self.emit(Op::MakeTypeParam, 0),
                    }
                    t.name.as_str()
                }
                TypeParam::ParamSpec(t) => {
                    self.load_const(Constant::Str(t.name.as_str().to_string()));
                    self.emit(Op::MakeTypeParam, 1);
                    t.name.as_str()
                }
                TypeParam::TypeVarTuple(t) => {
                    self.load_const(Constant::Str(t.name.as_str().to_string()));
                    self.emit(Op::MakeTypeParam, 2);
                    t.name.as_str()
                }
            };
            self.emit(Op::Copy, 1);
            self.name_op(name, NameCtx::Store);
        }
        self.emit(Op::BuildTuple, tps.len() as u32);
        Ok(())
    }

    fn tp_scope(&self, node: &'a Stmt) -> CResult<usize> {
        self.st
            .type_params_for(node)
            .ok_or_else(|| self.error("internal compiler error: no type-params scope", span(node)))
    }

    pub(crate) fn type_alias(&mut self, node: &'a Stmt, t: &'a ast::StmtTypeAlias) -> CResult {
        let sp = span(node);
        let Expr::Name(n) = &*t.name else {
            return Err(self.error("invalid syntax", span(&*t.name)));
        };
        let name = n.id.as_str();
        if t.type_params.is_empty() {
            self.load_const(Constant::Str(name.to_string()));
            self.load_const(Constant::None);
            self.lazy_value(&t.value, Some(node), name)?;
            self.set_loc(sp);
            self.emit(Op::MakeTypeAlias, 0);
        } else {
            let tps = self.tp_scope(node)?;
            let line = self.lines.line_col(sp.0).0;
            self.emit(Op::PushNull, 0);
            self.enter_implicit(tps, &format!("<generic parameters of {name}>"), line, 0);
            self.set_loc(sp);
            self.load_const(Constant::Str(name.to_string()));
            self.type_params(&t.type_params)?;
            self.lazy_value(&t.value, Some(node), name)?;
            self.set_loc(sp);
            self.emit(Op::MakeTypeAlias, 0);
            self.emit(Op::ReturnValue, 0);
            let code = self.exit_scope()?;
            self.make_implicit_function(code, sp)?;
            self.emit(Op::Call, 0);
        }
        self.name_op(name, NameCtx::Store);
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    pub(crate) fn generic_function(
        &mut self,
        node: &'a Stmt,
        name: &'a str,
        args: &'a ast::Arguments,
        body: &'a [Stmt],
        returns: Option<&'a ast::Expr>,
        type_params: &'a [ast::TypeParam],
        is_async: bool,
        first_line: u32,
    ) -> CResult {
        let sp = span(node);
        let tps = self.tp_scope(node)?;
        let has_def = args
            .posonlyargs
            .iter()
            .chain(&args.args)
            .any(|a| a.default.is_some());
        let has_kwdef = args.kwonlyargs.iter().any(|a| a.default.is_some());
        let nargs = u32::from(has_def) + u32::from(has_kwdef);
        self.emit(Op::PushNull, 0);
        self.enter_implicit(
            tps,
            &format!("<generic parameters of {name}>"),
            first_line,
            nargs,
        );
        self.set_loc(sp);
        self.type_params(type_params)?;
        let mut fl = 0;
        if has_def {
            self.name_op(".defaults", NameCtx::Load);
            fl |= 0x01;
        }
        if has_kwdef {
            self.name_op(".kwdefaults", NameCtx::Load);
            fl |= 0x02;
        }
        fl |= self.function_annotations(args, returns)?;
        let code = self.function_body(node, name, args, body, is_async, first_line)?;
        let cl = self.make_closure(&code)?;
        self.set_loc(sp);
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, fl | cl);
        self.emit(Op::Swap, 2);
        self.emit(Op::SetFunctionTypeParams, 0);
        self.emit(Op::ReturnValue, 0);
        let tcode = self.exit_scope()?;
        self.make_implicit_function(tcode, sp)?;
        // Defaults are evaluated in the enclosing scope and passed as arguments.
        let dfl = self.function_defaults(args)?;
        debug_assert_eq!(dfl.count_ones(), nargs);
        self.set_loc(sp);
        self.emit(Op::Call, nargs);
        Ok(())
    }

    pub(crate) fn generic_class(
        &mut self,
        node: &'a Stmt,
        c: &'a ast::StmtClassDef,
        first_line: u32,
    ) -> CResult {
        let sp = span(node);
        let tps = self.tp_scope(node)?;
        let name = c.name.as_str();
        self.emit(Op::PushNull, 0);
        self.enter_implicit(
            tps,
            &format!("<generic parameters of {name}>"),
            first_line,
            0,
        );
        self.set_loc(sp);
        self.type_params(&c.type_params)?;
        self.name_op(".type_params", NameCtx::Store);
        self.emit(Op::PushNull, 0);
        self.emit(Op::LoadBuildClass, 0);
        let code = self.class_body(node, c, first_line)?;
        let cl = self.make_closure(&code)?;
        self.set_loc(sp);
        self.load_const(Constant::Code(Rc::new(code)));
        self.emit(Op::MakeFunction, cl);
        self.load_const(Constant::Str(name.to_string()));
        let generic_base = |cc: &mut Self| -> CResult {
            cc.name_op(".type_params", NameCtx::Load);
            cc.emit(Op::GenericBase, 0);
            Ok(())
        };
        self.call_tail(&c.bases, &c.keywords, 2, sp, Some(&generic_base))?;
        self.emit(Op::ReturnValue, 0);
        let tcode = self.exit_scope()?;
        self.make_implicit_function(tcode, sp)?;
        self.emit(Op::Call, 0);
        Ok(())
    }
}
