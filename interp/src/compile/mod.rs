//! The compiler: Python source -> `CodeUnit`.
//!
//! Pipeline: parse (rustpython-parser, behind `ast.rs`, errors mapped to CPython's messages in
//! `parse_error.rs`, 3.12's f-string grammar handled by `fstring.rs`) -> symbol table
//! (`symtable.rs`) -> code generation (`codegen.rs` for scopes and statements, `expr.rs`,
//! `pattern.rs`, `trystar.rs`, `generic.rs`; constants folded on the fly by `fold.rs`) ->
//! assembly (`assemble.rs`: stack depths, jump offsets, exception table).
//!
//! Conventions the eval loop relies on beyond `bytecode.rs`:
//! - Generator-like code (GENERATOR/COROUTINE/ASYNC_GENERATOR flags) is wrapped in a handler at
//!   depth 0 that runs `StopIterationError; Reraise 1`; the frame starts with an empty stack.
//! - Calls always have the `[callable_or_meth, NULL_or_self, args..]` shape: plain calls push
//!   NULL first, method calls use LoadMethod.
//! - try/except: handler `[exc]` -> `PushExcInfo` -> `[prev, exc]`; clause bodies run under a
//!   cleanup handler at depth+1 whose code is `Swap 2; PopExcept; Reraise 1`.
//! - `with`: `BeforeWith`, a handler at the depth of `[.., exit]`; normal exit calls
//!   `exit(None, None, None)` as `PushNull; Swap 2; None; None; None; Call 3; PopTop`; the
//!   handler runs `PushExcInfo; WithExceptStart; PopJumpIfTrue suppress; Reraise 2`.
//! - A class body ends with `LoadClosure __class__; Copy 1; StoreName __classcell__;
//!   ReturnValue` when a method uses `super`/`__class__`, else returns None.

mod assemble;
mod ast;
mod codegen;
mod dis;
mod error;
mod expr;
mod fold;
mod fstring;
mod generic;
mod parse_error;
mod pattern;
mod symtable;
mod trystar;
mod unparse;

#[cfg(test)]
mod tests;

pub use dis::{const_repr, disassemble};
pub use error::{CompileError, CompileErrorKind};

use crate::bytecode::{flags, CodeUnit};
use error::LineIndex;

/// Deepest expression/statement nesting the compiler accepts (its passes are recursive).
pub(crate) const MAX_NESTING: u32 = 1000;

/// What `compile()` builds, as CPython's `mode` argument.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mode {
    Exec,
    Eval,
    Single,
}

#[derive(Clone, Debug, Default)]
pub struct CompileOptions {
    /// `-O` level: 1 or more drops asserts and makes `__debug__` False.
    pub optimize: u8,
    /// Future flags in effect (e.g. `bytecode::flags::FUTURE_ANNOTATIONS`).
    pub flags: u32,
}

/// Compiles Python source to a code unit.
pub fn compile(
    source: &str,
    filename: &str,
    mode: Mode,
    opts: &CompileOptions,
) -> Result<CodeUnit, CompileError> {
    let lines = LineIndex::new(source);
    let pmode = match mode {
        Mode::Exec => ast::ParseMode::Module,
        Mode::Eval => ast::ParseMode::Expression,
        Mode::Single => ast::ParseMode::Interactive,
    };
    let parsed = fstring::parse(source, pmode, filename, &lines, mode)?;
    let (body, expr): (&[ast::Stmt], Option<&ast::Expr>) = match &parsed {
        ast::Mod::Module(m) => (&m.body, None),
        ast::Mod::Interactive(m) => (&m.body, None),
        ast::Mod::Expression(e) => (&[], Some(&*e.body)),
        ast::Mod::FunctionType(_) => {
            return Err(lines.error(
                CompileErrorKind::SyntaxError,
                "invalid syntax",
                filename,
                0,
                0,
            ))
        }
    };
    check_future_position(body, &lines, filename)?;
    let future_annotations =
        opts.flags & flags::FUTURE_ANNOTATIONS != 0 || has_future_annotations(body);
    let st = symtable::build(body, expr, &lines, filename, future_annotations)?;
    parse_error::check_targets(body, expr, &lines, filename)?;
    let mut c = codegen::Compiler {
        st: &st,
        lines: &lines,
        filename,
        opts,
        future_annotations,
        interactive: mode == Mode::Single,
        units: Vec::new(),
        cur_stmt: (0, 0),
        depth: 0,
    };
    let mut code = match expr {
        Some(e) => c.expression_unit(e)?,
        None => c.module(body)?,
    };
    if future_annotations {
        code.flags |= flags::FUTURE_ANNOTATIONS;
    }
    Ok(code)
}

/// `from __future__` imports must come first (after the docstring).
fn check_future_position(
    body: &[ast::Stmt],
    lines: &LineIndex,
    filename: &str,
) -> Result<(), CompileError> {
    let mut prelude = true;
    for (i, s) in body.iter().enumerate() {
        let is_future = matches!(s, ast::Stmt::ImportFrom(f)
            if f.module.as_ref().map(|m| m.as_str()) == Some("__future__") && f.level.as_ref().map_or(0, |l| l.to_u32()) == 0);
        if is_future {
            if !prelude {
                let (a, b) = ast::span(s);
                return Err(lines.error(
                    CompileErrorKind::SyntaxError,
                    "from __future__ imports must occur at the beginning of the file",
                    filename,
                    a,
                    b,
                ));
            }
        } else if !(i == 0 && codegen::docstring_of(body).is_some()) {
            prelude = false;
        }
    }
    Ok(())
}

/// Whether the leading `from __future__ import ...` statements enable `annotations`.
fn has_future_annotations(body: &[ast::Stmt]) -> bool {
    let mut rest = body;
    if codegen::docstring_of(rest).is_some() {
        rest = &rest[1..];
    }
    for s in rest {
        match s {
            ast::Stmt::ImportFrom(i)
                if i.module.as_ref().map(|m| m.as_str()) == Some("__future__") =>
            {
                if i.names.iter().any(|a| a.name.as_str() == "annotations") {
                    return true;
                }
            }
            _ => break,
        }
    }
    false
}
