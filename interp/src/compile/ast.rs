//! The lowering boundary: the only module that names the parser's crate. Everything else in the
//! compiler uses the AST through these re-exports and helpers, so a newer parser can be swapped in
//! by rewriting this file (and `parse` in mod.rs).

pub(crate) use rustpython_parser::ast::fold::{fold_expr, fold_pattern, Fold};
pub(crate) use rustpython_parser::ast::*;
pub(crate) use rustpython_parser::lexer::LexicalErrorType;
pub(crate) use rustpython_parser::text_size::{TextRange, TextSize};
pub(crate) use rustpython_parser::{
    parse, parse_starts_at, Mode as ParseMode, ParseError, ParseErrorType, Tok,
};

/// Byte range of a node.
pub(crate) fn span<T: Ranged>(node: &T) -> (usize, usize) {
    let r = node.range();
    (r.start().to_usize(), r.end().to_usize())
}

/// A node range from byte offsets.
pub(crate) fn range(start: usize, end: usize) -> TextRange {
    TextRange::new(TextSize::from(start as u32), TextSize::from(end as u32))
}
