//! Compile errors and source positions.
//!
//! Offsets from the parser are UTF-8 byte offsets; `LineIndex` turns them into 1-based lines and
//! 0-based byte columns (CPython's co_positions convention). `CompileError::col` is 1-based like
//! CPython's `SyntaxError.offset` and counts characters, as CPython reports it.

use std::fmt;

/// The Python exception class a `CompileError` stands for.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CompileErrorKind {
    SyntaxError,
    IndentationError,
    TabError,
}

impl CompileErrorKind {
    pub fn name(self) -> &'static str {
        match self {
            CompileErrorKind::SyntaxError => "SyntaxError",
            CompileErrorKind::IndentationError => "IndentationError",
            CompileErrorKind::TabError => "TabError",
        }
    }
}

/// A SyntaxError (or subclass) with CPython's fields.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CompileError {
    pub kind: CompileErrorKind,
    pub msg: String,
    pub filename: String,
    pub line: u32,
    /// 1-based character column, like CPython's `SyntaxError.offset`.
    pub col: u32,
    pub end_line: u32,
    pub end_col: u32,
    /// The source line (without its newline), if known.
    pub text: Option<String>,
}

impl fmt::Display for CompileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{}: {} ({}, line {})",
            self.kind.name(),
            self.msg,
            self.filename,
            self.line
        )
    }
}

impl std::error::Error for CompileError {}

/// Maps byte offsets to lines and columns.
pub(crate) struct LineIndex<'s> {
    pub(crate) source: &'s str,
    /// Byte offset of the start of each line.
    starts: Vec<usize>,
}

impl<'s> LineIndex<'s> {
    pub(crate) fn new(source: &'s str) -> Self {
        let mut starts = vec![0];
        let b = source.as_bytes();
        let mut i = 0;
        while i < b.len() {
            match b[i] {
                b'\n' => starts.push(i + 1),
                b'\r' => {
                    if i + 1 < b.len() && b[i + 1] == b'\n' {
                        i += 1;
                    }
                    starts.push(i + 1);
                }
                _ => {}
            }
            i += 1;
        }
        LineIndex { source, starts }
    }

    /// (1-based line, 0-based byte column) of a byte offset.
    pub(crate) fn line_col(&self, offset: usize) -> (u32, u32) {
        let offset = offset.min(self.source.len());
        let line = match self.starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i.saturating_sub(1),
        };
        (line as u32 + 1, (offset - self.starts[line]) as u32)
    }

    /// The text of a 1-based line without its line terminator.
    pub(crate) fn line_text(&self, line: u32) -> Option<&'s str> {
        let i = (line as usize).checked_sub(1)?;
        let start = *self.starts.get(i)?;
        let end = self.starts.get(i + 1).copied().unwrap_or(self.source.len());
        let s = self.source.get(start..end)?;
        Some(s.trim_end_matches(['\n', '\r']))
    }

    /// Converts a 0-based byte column on `line` to a 1-based character column.
    pub(crate) fn char_col(&self, line: u32, byte_col: u32) -> u32 {
        match self.line_text(line) {
            Some(t) => {
                let bc = (byte_col as usize).min(t.len());
                let mut n = 0;
                for (i, _) in t.char_indices() {
                    if i >= bc {
                        break;
                    }
                    n += 1;
                }
                // Columns past the end of the text (e.g. at the newline) count bytes.
                n + (byte_col as usize).saturating_sub(t.len()) as u32 + 1
            }
            None => byte_col + 1,
        }
    }

    /// The 0-based byte column of a 1-based character column on `line` (inverse of `char_col`).
    pub(crate) fn byte_col(&self, line: u32, col: u32) -> usize {
        let n = col.saturating_sub(1) as usize;
        match self.line_text(line) {
            Some(t) => {
                let count = t.chars().count();
                if n < count {
                    t.char_indices().nth(n).map_or(t.len(), |(i, _)| i)
                } else {
                    t.len() + (n - count)
                }
            }
            None => n,
        }
    }

    /// Builds an error spanning byte offsets `start..end`.
    pub(crate) fn error(
        &self,
        kind: CompileErrorKind,
        msg: impl Into<String>,
        filename: &str,
        start: usize,
        end: usize,
    ) -> CompileError {
        let (line, bcol) = self.line_col(start);
        let (end_line, end_bcol) = self.line_col(end.max(start));
        CompileError {
            kind,
            msg: msg.into(),
            filename: filename.to_string(),
            line,
            col: self.char_col(line, bcol),
            end_line,
            end_col: self.char_col(end_line, end_bcol),
            text: self.line_text(line).map(|s| s.to_string()),
        }
    }
}
