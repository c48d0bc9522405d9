//! Python 3.12 f-strings (PEP 701) on top of rustpython-parser 0.4, which predates them.
//!
//! Before parsing, `Scanner` walks the source the way 3.12's tokenizer does and finds every run
//! of adjacent string literals that holds an f-string (a "group": `"a" f"{x}" "b"` is one),
//! including replacement fields that reuse the enclosing quote, nest f-strings, span lines or
//! hold comments. Each group is replaced in the text handed to the parser by a placeholder of the
//! same byte length and the same line breaks (`_` padded with spaces, or `(_ ... )` keeping the
//! line breaks inside parentheses when the group spans lines), so every other node keeps its
//! offsets. The groups' JoinedStr trees are built here, each replacement field's expression
//! parsed on its own by `parse_starts_at` at its real offset (its own nested groups replaced the
//! same way), and a fold over the parsed tree swaps them in for the placeholder names, found by
//! offset. f-string errors get CPython 3.12's messages and positions; a syntax error before the
//! failing group wins, as in CPython's tokenizer-driven parser.

use std::collections::HashMap;

use super::ast::{self, span, Expr, Fold, TextRange, TextSize};
use super::error::{CompileError, CompileErrorKind, LineIndex};
use super::{parse_error, Mode};

/// CPython's limit on f-strings nested in f-strings' fields (MAXFSTRINGLEVEL).
const MAX_FSTRING_NESTING: u32 = 150;

/// An error, with the offset that orders it against a parser error.
#[derive(Debug)]
struct SErr {
    at: usize,
    err: CompileError,
}

type SResult<T> = Result<T, SErr>;

#[derive(Clone, Copy, Debug)]
struct Quote {
    ch: u8,
    triple: bool,
}

impl Quote {
    fn len(self) -> usize {
        if self.triple {
            3
        } else {
            1
        }
    }
}

/// Literal text being decoded, for CPython's positions of decoding errors: where it starts, and
/// where CPython reports them (past the text in an f-string, else the string token).
#[derive(Clone, Copy, Debug)]
struct Chunk {
    start: usize,
    end: Option<usize>,
    token: (usize, usize),
}

/// A run of adjacent string literals holding at least one f-string.
#[derive(Debug)]
struct Group {
    start: usize,
    end: usize,
    pieces: Vec<Piece>,
}

#[derive(Debug)]
enum Piece {
    /// Decoded literal text and its source range.
    Lit(String, usize, usize),
    Field(Box<Field>),
}

/// A replacement field `{expr=!c:spec}`.
#[derive(Debug)]
struct Field {
    /// Offsets of `{` and just past `}`.
    start: usize,
    end: usize,
    /// The expression's source range.
    expr: (usize, usize),
    /// Groups inside the expression.
    nested: Vec<Group>,
    /// The `expr=` text of a debug specifier (comments removed, as CPython does).
    debug: Option<String>,
    conv: Option<char>,
    /// The spec's range (from its `:`) and pieces.
    spec: Option<(usize, usize, Vec<Piece>)>,
}

fn is_ident(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

fn is_quote(c: u8) -> bool {
    c == b'"' || c == b'\''
}

/// (raw, bytes, f) for a string prefix.
fn prefix_flags(p: &str) -> Option<(bool, bool, bool)> {
    Some(match p.to_ascii_lowercase().as_str() {
        "" | "u" => (false, false, false),
        "r" => (true, false, false),
        "b" => (false, true, false),
        "br" | "rb" => (true, true, false),
        "f" => (false, false, true),
        "fr" | "rf" => (true, false, true),
        _ => return None,
    })
}

/// Length of the string prefix at `i` when a string literal starts there.
fn prefix_len(b: &[u8], i: usize) -> Option<usize> {
    let mut j = i;
    while j < b.len() && j - i < 3 && b[j].is_ascii_alphabetic() {
        j += 1;
    }
    if !is_quote(*b.get(j)?) {
        return None;
    }
    prefix_flags(std::str::from_utf8(&b[i..j]).ok()?)?;
    Some(j - i)
}

fn quote_at(b: &[u8], i: usize) -> Quote {
    let ch = b[i];
    Quote {
        ch,
        triple: b.get(i + 1) == Some(&ch) && b.get(i + 2) == Some(&ch),
    }
}

fn at_quote(b: &[u8], i: usize, q: Quote) -> bool {
    b.get(i) == Some(&q.ch)
        && (!q.triple || (b.get(i + 1) == Some(&q.ch) && b.get(i + 2) == Some(&q.ch)))
}

/// End (past the closing quote) of a plain string literal whose body starts at `i`; None when it
/// is unterminated.
fn string_end(b: &[u8], mut i: usize, q: Quote) -> Option<usize> {
    while i < b.len() {
        if at_quote(b, i, q) {
            return Some(i + q.len());
        }
        match b[i] {
            b'\\' => {
                i += 2;
                if b.get(i - 1) == Some(&b'\r') && b.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\n' | b'\r' if !q.triple => return None,
            _ => i += 1,
        }
    }
    None
}

fn skip_ws(b: &[u8], mut i: usize) -> usize {
    while i < b.len() && matches!(b[i], b' ' | b'\t' | b'\x0c' | b'\n' | b'\r') {
        i += 1;
    }
    i
}

/// The text with its comments removed (a `#` inside a string stays).
fn strip_comments(t: &str) -> String {
    if !t.contains('#') {
        return t.to_string();
    }
    let b = t.as_bytes();
    let mut out = String::new();
    let (mut i, mut last) = (0, 0);
    while i < b.len() {
        match b[i] {
            b'#' => {
                out.push_str(&t[last..i]);
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                last = i;
            }
            b'"' | b'\'' => {
                let q = quote_at(b, i);
                i = string_end(b, i + q.len(), q).unwrap_or(b.len());
            }
            _ => i += 1,
        }
    }
    out.push_str(&t[last..]);
    out
}

/// The text with `\r\n` and `\r` line breaks read as `\n`.
fn newlines(t: &str) -> String {
    if t.contains('\r') {
        t.replace("\r\n", "\n").replace('\r', "\n")
    } else {
        t.to_string()
    }
}

fn has_code(t: &str) -> bool {
    !strip_comments(t)
        .trim_matches([' ', '\t', '\x0c', '\n', '\r', '\\'])
        .is_empty()
}

/// Token ranges of an expression's text (whitespace and comments skipped).
fn tokens(t: &str) -> Vec<(usize, usize)> {
    const OPS3: [&str; 5] = ["**=", "//=", ">>=", "<<=", "..."];
    const OPS2: [&str; 19] = [
        "**", "//", "==", "!=", "<=", ">=", "<<", ">>", "->", ":=", "+=", "-=", "*=", "/=", "%=",
        "&=", "|=", "^=", "@=",
    ];
    let b = t.as_bytes();
    let mut out = Vec::new();
    let mut i = 0;
    while i < b.len() {
        let c = b[i];
        match c {
            b' ' | b'\t' | b'\x0c' | b'\n' | b'\r' | b'\\' => {
                i += 1;
                continue;
            }
            b'#' => {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                continue;
            }
            _ => {}
        }
        let s = i;
        if is_quote(c) || is_ident(c) {
            let mut j = i;
            while j < b.len() && is_ident(b[j]) {
                j += 1;
            }
            if prefix_len(b, i) == Some(j - i) {
                let q = quote_at(b, j);
                i = string_end(b, j + q.len(), q).unwrap_or(b.len());
            } else if c.is_ascii_digit() {
                while j < b.len() && (is_ident(b[j]) || b[j] == b'.') {
                    j += 1;
                }
                i = j;
            } else {
                i = j;
            }
        } else if OPS3.iter().any(|o| t[i..].starts_with(o)) {
            i += 3;
        } else if OPS2.iter().any(|o| t[i..].starts_with(o)) {
            i += 2;
        } else {
            i += 1;
        }
        out.push((s, i));
    }
    out
}

/// Whether a token can start an expression (for "Perhaps you forgot a comma?").
fn starts_atom(tok: &str) -> bool {
    const KEYWORDS: [&str; 29] = [
        "and", "as", "assert", "async", "break", "class", "continue", "def", "del", "elif", "else",
        "except", "finally", "for", "from", "global", "if", "import", "in", "is", "nonlocal", "or",
        "pass", "raise", "return", "try", "while", "with", "yield",
    ];
    let c = tok.as_bytes()[0];
    if is_ident(c) {
        return !KEYWORDS.contains(&tok);
    }
    matches!(c, b'"' | b'\'' | b'(' | b'[' | b'{' | b'~') || tok == "..."
}

fn flush(pieces: &mut Vec<Piece>, lit: &mut String, start: usize, end: usize) {
    if !lit.is_empty() {
        pieces.push(Piece::Lit(std::mem::take(lit), start, end));
    }
}

fn constant(s: String, start: usize, end: usize) -> Expr {
    Expr::Constant(ast::ExprConstant {
        value: ast::Constant::Str(s),
        kind: None,
        range: ast::range(start, end),
    })
}

/// Moves an error's columns from the text it was found in to the real source (the two have
/// the same bytes outside string literals, and the same lines).
fn remap(e: CompileError, from: &LineIndex, to: &LineIndex) -> CompileError {
    let col = |line: u32, c: u32| {
        if c == 0 {
            0
        } else {
            to.char_col(line, from.byte_col(line, c) as u32)
        }
    };
    CompileError {
        col: col(e.line, e.col),
        end_col: col(e.end_line, e.end_col),
        text: to.line_text(e.line).map(str::to_string),
        ..e
    }
}

struct Scanner<'s> {
    /// How many f-strings the scan is inside.
    nesting: std::cell::Cell<u32>,
    src: &'s str,
    b: &'s [u8],
    lines: &'s LineIndex<'s>,
    filename: &'s str,
    mode: Mode,
}

impl<'s> Scanner<'s> {
    fn err(&self, msg: impl Into<String>, start: usize, end: usize) -> SErr {
        SErr {
            at: start,
            err: self.lines.error(
                CompileErrorKind::SyntaxError,
                msg,
                self.filename,
                start,
                end,
            ),
        }
    }

    /// An error at `at` whose end column is 0, as CPython reports some tokenizer errors.
    fn err_open_end(&self, msg: &str, at: usize) -> SErr {
        let mut e = self.err(msg, at, at);
        e.err.end_line = e.err.line;
        e.err.end_col = 0;
        e
    }

    /// A field's scan stopped with `e` at `e.at` (an unterminated string, the end of the
    /// source...): CPython's parser reports an error in the expression before that point first.
    fn earlier_error(&self, a: usize, e: SErr) -> SErr {
        let u = e.at.min(self.b.len());
        if u <= a {
            return e;
        }
        let text = &self.src[a..u];
        if !has_code(text) || text.bytes().any(is_quote) {
            return e;
        }
        match self.parse_expr(a, text) {
            Err(pe) if pe.offset.to_usize() < u => self.field_error(a, u, text, pe),
            _ => e,
        }
    }

    fn word_end(&self, mut i: usize) -> usize {
        while i < self.b.len() && is_ident(self.b[i]) {
            i += 1;
        }
        i
    }

    /// Scans code from `i`. At top level (`field` None) runs to the end of the source or to an
    /// unterminated plain string (which the parser reports); in a replacement field whose `{` is
    /// at `field`, stops at the first `}`, `!`, `:` or `=` outside brackets. Returns the stop
    /// offset; the groups found go to `groups`. A field's errors carry the offset the scan
    /// reached (see `earlier_error`).
    fn code(
        &self,
        mut i: usize,
        field: Option<(usize, Quote)>,
        groups: &mut Vec<Group>,
    ) -> SResult<usize> {
        let b = self.b;
        let mut stack: Vec<u8> = Vec::new();
        while i < b.len() {
            let c = b[i];
            if is_quote(c) || (is_ident(c) && !c.is_ascii_digit()) {
                let w = if is_quote(c) { i } else { self.word_end(i) };
                if w >= b.len() || !is_quote(b[w]) || prefix_len(b, i) != Some(w - i) {
                    i = w;
                    continue;
                }
                let multiline = field.is_some() || !stack.is_empty();
                let (g, end, unterminated) = self.group(i, multiline).map_err(|mut e| {
                    if field.is_none() {
                        e.at = i;
                    }
                    e
                })?;
                groups.extend(g);
                if let Some(u) = unterminated {
                    return match field {
                        None => Ok(u),
                        // The enclosing f-string's closing quote, as 3.12's tokenizer sees it
                        Some((_, q)) if b[u + prefix_len(b, u).unwrap_or(0)] == q.ch => {
                            Err(self.err("f-string: expecting '}'", u, u))
                        }
                        Some(_) => {
                            let line = self.lines.line_col(u).0;
                            let what = if quote_at(b, u + prefix_len(b, u).unwrap_or(0)).triple {
                                "triple-quoted string"
                            } else {
                                "string"
                            };
                            Err(self.err(
                                format!("unterminated {what} literal (detected at line {line})"),
                                u,
                                u,
                            ))
                        }
                    };
                }
                i = end;
                continue;
            }
            match c {
                b'#' => {
                    while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                        i += 1;
                    }
                }
                b'\\' if field.is_some() && !matches!(b.get(i + 1), Some(b'\n' | b'\r')) => {
                    return Err(self.err_open_end(
                        "unexpected character after line continuation character",
                        i + 1,
                    ));
                }
                b'0'..=b'9' => {
                    while i < b.len() && (is_ident(b[i]) || b[i] == b'.') {
                        i += 1;
                    }
                }
                b'(' | b'[' | b'{' => {
                    stack.push(c);
                    i += 1;
                }
                b')' | b']' | b'}' => {
                    match stack.pop() {
                        Some(o) => {
                            let want = match o {
                                b'(' => b')',
                                b'[' => b']',
                                _ => b'}',
                            };
                            if field.is_some() && want != c {
                                return Err(self.err(
                                    format!(
                                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                        c as char, o as char
                                    ),
                                    i,
                                    i,
                                ));
                            }
                        }
                        None if field.is_some() => {
                            if c == b'}' {
                                return Ok(i);
                            }
                            return Err(self.err(
                                format!("f-string: unmatched '{}'", c as char),
                                i,
                                i,
                            ));
                        }
                        None => {}
                    }
                    i += 1;
                }
                b'!' | b'=' | b':' if field.is_some() && stack.is_empty() => {
                    if c != b':' && b.get(i + 1) == Some(&b'=') {
                        i += 2;
                    } else {
                        return Ok(i);
                    }
                }
                b'<' | b'>' | b'+' | b'-' | b'*' | b'/' | b'%' | b'&' | b'|' | b'^' | b'@'
                | b'!' | b'=' => {
                    i += 1;
                    if b.get(i) == Some(&b'=') {
                        i += 1;
                    }
                }
                _ => i += 1,
            }
        }
        match field {
            None => Ok(i),
            Some((open, _)) => Err(SErr {
                at: b.len(),
                ..self.err_open_end("'{' was never closed", open)
            }),
        }
    }

    /// Whitespace (and, where lines may continue, line breaks and comments) between literals.
    fn skip_between(&self, mut j: usize, multiline: bool) -> usize {
        let b = self.b;
        while j < b.len() {
            match b[j] {
                b' ' | b'\t' | b'\x0c' => j += 1,
                b'\\' if matches!(b.get(j + 1), Some(b'\n' | b'\r')) => {
                    j += 2;
                    if b[j - 1] == b'\r' && b.get(j) == Some(&b'\n') {
                        j += 1;
                    }
                }
                b'\n' | b'\r' if multiline => j += 1,
                b'#' if multiline => {
                    while j < b.len() && b[j] != b'\n' && b[j] != b'\r' {
                        j += 1;
                    }
                }
                _ => break,
            }
        }
        j
    }

    /// Reads the run of adjacent string literals starting at `start`. Returns the group when it
    /// holds an f-string, the end offset, and the start of an unterminated plain literal that
    /// ended the run, if one did.
    fn group(
        &self,
        start: usize,
        multiline: bool,
    ) -> SResult<(Option<Group>, usize, Option<usize>)> {
        let b = self.b;
        let (mut i, mut end) = (start, start);
        let mut pieces = Vec::new();
        let (mut has_f, mut has_bytes) = (false, false);
        let mut bad = None;
        let mut unterminated = None;
        loop {
            let plen = prefix_len(b, i).unwrap_or(0);
            let (raw, bytes, f) = prefix_flags(&self.src[i..i + plen]).unwrap_or_default();
            let quote = quote_at(b, i + plen);
            let body = i + plen + quote.len();
            if f {
                let level = self.nesting.get() + 1;
                if level > MAX_FSTRING_NESTING {
                    return Err(self.err("too many nested f-strings", i, i));
                }
                self.nesting.set(level);
                let r = self.fstring(i, body, quote, raw);
                self.nesting.set(level - 1);
                let (e, ps) = r?;
                pieces.extend(ps);
                has_f = true;
                end = e;
            } else {
                let Some(e) = string_end(b, body, quote) else {
                    unterminated = Some(i);
                    break;
                };
                if bytes {
                    has_bytes = true;
                } else if bad.is_none() {
                    match self.plain(i, body, e, quote, raw) {
                        Ok(s) => pieces.push(Piece::Lit(s, i, e)),
                        Err(x) => bad = Some(x),
                    }
                }
                end = e;
            }
            let j = self.skip_between(end, multiline);
            if j < b.len() && prefix_len(b, j).is_some() {
                i = j;
            } else {
                break;
            }
        }
        if !has_f {
            return Ok((None, end, unterminated));
        }
        if let Some(x) = bad {
            return Err(x);
        }
        if has_bytes {
            return Err(self.err("cannot mix bytes and nonbytes literals", end, end + 1));
        }
        Ok((Some(Group { start, end, pieces }), end, unterminated))
    }

    /// The value of a plain str literal at `tok..end` whose body starts at `body`.
    fn plain(&self, tok: usize, body: usize, end: usize, q: Quote, raw: bool) -> SResult<String> {
        let body_end = end - q.len();
        if raw {
            return Ok(newlines(&self.src[body..body_end]));
        }
        let chunk = Chunk {
            start: body,
            end: None,
            token: (tok, end),
        };
        let mut out = String::new();
        let mut i = body;
        while i < body_end {
            if self.b[i] == b'\\' {
                i = self.escape(i, chunk, &mut out)?;
            } else {
                i = self.push_char(i, &mut out);
            }
        }
        Ok(out)
    }

    /// Appends the character at `i` (a line break as `\n`, as the tokenizer reads it).
    fn push_char(&self, i: usize, out: &mut String) -> usize {
        if self.b[i] == b'\r' {
            out.push('\n');
            return if self.b.get(i + 1) == Some(&b'\n') {
                i + 2
            } else {
                i + 1
            };
        }
        let ch = self.src[i..].chars().next().unwrap_or('\0');
        out.push(ch);
        i + ch.len_utf8()
    }

    fn unicode_error(&self, i: usize, chunk: Chunk, last: usize, why: &str) -> SErr {
        let (a, b) = match chunk.end {
            Some(e) => (e, e + 1),
            None => chunk.token,
        };
        self.err(
            format!(
                "(unicode error) 'unicodeescape' codec can't decode bytes in position {}-{}: {why}",
                i - chunk.start,
                last.saturating_sub(chunk.start)
            ),
            a,
            b,
        )
    }

    /// Where an f-string's literal text that starts at `i` ends (at a field or the closing
    /// quote), where CPython reports its decoding errors.
    fn chunk_end(&self, mut i: usize, quote: Quote) -> usize {
        let b = self.b;
        while i < b.len() && !at_quote(b, i, quote) {
            match b[i] {
                b'\\' if b.get(i + 1) == Some(&b'N') && b.get(i + 2) == Some(&b'{') => {
                    i += 3;
                    while i < b.len() && b[i] != b'}' && !at_quote(b, i, quote) {
                        i += 1;
                    }
                    i += 1;
                }
                b'\\' => i += 2,
                b'{' | b'}' if b.get(i + 1) == Some(&b[i]) => i += 2,
                b'{' | b'}' => return i,
                _ => i += 1,
            }
        }
        i.min(b.len())
    }

    /// Decodes the escape sequence at `i` (a backslash) into `out`; returns the offset after it.
    fn escape(&self, i: usize, chunk: Chunk, out: &mut String) -> SResult<usize> {
        let b = self.b;
        let Some(&c) = b.get(i + 1) else {
            out.push('\\');
            return Ok(i + 1);
        };
        let simple = match c {
            b'\n' => return Ok(i + 2),
            b'\r' => {
                return Ok(if b.get(i + 2) == Some(&b'\n') {
                    i + 3
                } else {
                    i + 2
                })
            }
            b'\\' => '\\',
            b'\'' => '\'',
            b'"' => '"',
            b'a' => '\x07',
            b'b' => '\x08',
            b'f' => '\x0c',
            b'n' => '\n',
            b'r' => '\r',
            b't' => '\t',
            b'v' => '\x0b',
            b'0'..=b'7' => {
                let mut v = 0u32;
                let mut j = i + 1;
                while j < i + 4 && j < b.len() && (b'0'..=b'7').contains(&b[j]) {
                    v = v * 8 + (b[j] - b'0') as u32;
                    j += 1;
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                return Ok(j);
            }
            b'x' | b'u' | b'U' => {
                let (n, what) = match c {
                    b'x' => (2, "truncated \\xXX escape"),
                    b'u' => (4, "truncated \\uXXXX escape"),
                    _ => (8, "truncated \\UXXXXXXXX escape"),
                };
                let mut v = 0u32;
                let mut j = i + 2;
                while j < i + 2 + n {
                    match b.get(j).and_then(|d| (*d as char).to_digit(16)) {
                        Some(d) => v = v * 16 + d,
                        None => return Err(self.unicode_error(i, chunk, j - 1, what)),
                    }
                    j += 1;
                }
                if v > 0x10FFFF {
                    return Err(self.unicode_error(i, chunk, j - 1, "illegal Unicode character"));
                }
                out.push(char::from_u32(v).unwrap_or('\u{fffd}'));
                return Ok(j);
            }
            b'N' => {
                let close = if b.get(i + 2) == Some(&b'{') {
                    self.src[i + 3..]
                        .find(['}', '\n', '"', '\''])
                        .map(|k| i + 3 + k)
                } else {
                    None
                };
                let Some(close) = close.filter(|&k| b[k] == b'}' && k > i + 3) else {
                    return Err(self.unicode_error(
                        i,
                        chunk,
                        i + 1,
                        "malformed \\N character escape",
                    ));
                };
                let name = self.src[i + 3..close].to_ascii_uppercase();
                let Some(ch) = unicode_names2::character(&name) else {
                    return Err(self.unicode_error(
                        i,
                        chunk,
                        close,
                        "unknown Unicode character name",
                    ));
                };
                out.push(ch);
                return Ok(close + 1);
            }
            _ => {
                out.push('\\');
                return Ok(i + 1);
            }
        };
        out.push(simple);
        Ok(i + 2)
    }

    /// A backslash in an f-string's literal text or format spec.
    fn fbackslash(
        &self,
        i: usize,
        start: usize,
        quote: Quote,
        raw: bool,
        lit: &mut String,
    ) -> SResult<usize> {
        let b = self.b;
        if raw {
            lit.push('\\');
            return Ok(match b.get(i + 1) {
                Some(b'\r' | b'\n') => self.push_char(i + 1, lit),
                Some(&c) if matches!(c, b'\\' | b'"' | b'\'') => {
                    lit.push(c as char);
                    i + 2
                }
                _ => i + 1,
            });
        }
        match b.get(i + 1) {
            // `\{`: the backslash stays and the brace opens a field
            Some(b'{' | b'}') => {
                lit.push('\\');
                Ok(i + 1)
            }
            _ => {
                let end = Some(self.chunk_end(start, quote));
                let chunk = Chunk {
                    start,
                    end,
                    token: (start, start),
                };
                self.escape(i, chunk, lit)
            }
        }
    }

    fn unterminated(&self, tok: usize, quote: Quote, at: usize) -> SErr {
        let line = self.lines.line_col(at).0;
        let what = if quote.triple {
            "triple-quoted f-string"
        } else {
            "f-string"
        };
        self.err(
            format!("unterminated {what} literal (detected at line {line})"),
            tok,
            tok,
        )
    }

    /// An f-string literal whose prefix starts at `tok` and body at `body`. Returns the offset
    /// past its closing quote and its pieces.
    fn fstring(
        &self,
        tok: usize,
        body: usize,
        quote: Quote,
        raw: bool,
    ) -> SResult<(usize, Vec<Piece>)> {
        let b = self.b;
        let mut pieces = Vec::new();
        let mut lit = String::new();
        let mut lit_start = body;
        let mut i = body;
        loop {
            if i >= b.len() {
                return Err(self.unterminated(tok, quote, i));
            }
            if at_quote(b, i, quote) {
                flush(&mut pieces, &mut lit, lit_start, i);
                return Ok((i + quote.len(), pieces));
            }
            match b[i] {
                b'\n' | b'\r' if !quote.triple => return Err(self.unterminated(tok, quote, i)),
                b'{' if b.get(i + 1) == Some(&b'{') => {
                    lit.push('{');
                    i += 2;
                }
                b'{' => {
                    flush(&mut pieces, &mut lit, lit_start, i);
                    let (f, e) = self.field(i, quote, raw, 1)?;
                    pieces.push(Piece::Field(Box::new(f)));
                    i = e;
                    lit_start = i;
                }
                b'}' if b.get(i + 1) == Some(&b'}') => {
                    lit.push('}');
                    i += 2;
                }
                b'}' => return Err(self.err("f-string: single '}' is not allowed", i, i)),
                b'\\' => i = self.fbackslash(i, lit_start, quote, raw, &mut lit)?,
                _ => i = self.push_char(i, &mut lit),
            }
        }
    }

    /// A replacement field whose `{` is at `open`, `depth` fields deep counting format specs.
    /// Returns it and the offset past its `}`.
    fn field(&self, open: usize, quote: Quote, raw: bool, depth: u32) -> SResult<(Field, usize)> {
        let b = self.b;
        let mut nested = Vec::new();
        let stop = self
            .code(open + 1, Some((open, quote)), &mut nested)
            .map_err(|e| self.earlier_error(open + 1, e))?;
        if !has_code(&self.src[open + 1..stop]) {
            return Err(self.err(
                format!(
                    "f-string: valid expression required before '{}'",
                    b[stop] as char
                ),
                stop,
                stop + 1,
            ));
        }
        let mut i = stop;
        let mut debug = None;
        if b[i] == b'=' {
            i = skip_ws(b, i + 1);
            while b.get(i) == Some(&b'#') {
                while i < b.len() && b[i] != b'\n' && b[i] != b'\r' {
                    i += 1;
                }
                i = skip_ws(b, i);
            }
            debug = Some(newlines(&strip_comments(&self.src[open + 1..i])));
            if i >= b.len() || at_quote(b, i, quote) {
                return Err(self.err("f-string: expecting '}'", i, i));
            }
            if !matches!(b[i], b'!' | b':' | b'}') {
                return Err(self.err("f-string: expecting '!', or ':', or '}'", i, i + 1));
            }
        }
        let mut conv = None;
        if b[i] == b'!' {
            let bang = i;
            let ns = i + 1;
            i = self.word_end(ns);
            if i == ns {
                let j = skip_ws(b, ns);
                if j >= b.len() || at_quote(b, j, quote) {
                    return Err(self.err("f-string: expecting '}'", j, j));
                }
                if j > ns && is_ident(b[j]) {
                    return Err(self.err(
                        "f-string: conversion type must come right after the exclamanation mark",
                        bang,
                        self.word_end(j),
                    ));
                }
                if matches!(b[j], b'}' | b':') {
                    return Err(self.err("f-string: missing conversion character", j, j + 1));
                }
                return Err(self.err("f-string: invalid conversion character", j, j + 1));
            }
            let name = &self.src[ns..i];
            if i >= b.len() || at_quote(b, i, quote) {
                let at = if matches!(name, "s" | "r" | "a") {
                    ns
                } else {
                    i
                };
                return Err(self.err("f-string: expecting '}'", at, at));
            }
            conv = Some(match name {
                "s" => 's',
                "r" => 'r',
                "a" => 'a',
                _ => {
                    return Err(self.err(
                        format!(
                            "f-string: invalid conversion character '{name}': expected 's', 'r', or 'a'"
                        ),
                        ns,
                        i,
                    ))
                }
            });
            i = skip_ws(b, i);
            if i >= b.len() || at_quote(b, i, quote) {
                return Err(self.err("f-string: expecting '}'", ns, ns));
            }
            if !matches!(b[i], b':' | b'}') {
                return Err(self.err("f-string: expecting ':' or '}'", i, i + 1));
            }
        }
        let mut spec = None;
        if b[i] == b':' {
            let (e, ps) = self.spec(i, quote, raw, depth).map_err(|e| {
                let text = &self.src[open + 1..stop];
                if text.bytes().any(is_quote) {
                    return e;
                }
                match self.parse_expr(open + 1, text) {
                    Err(pe) => self.field_error(open + 1, stop, text, pe),
                    Ok(_) => e,
                }
            })?;
            spec = Some((i, e, ps));
            i = e;
        }
        let field = Field {
            start: open,
            end: i + 1,
            expr: (open + 1, stop),
            nested,
            debug,
            conv,
            spec,
        };
        Ok((field, i + 1))
    }

    /// A format spec whose `:` is at `colon`; returns the offset of its closing `}` and pieces.
    fn spec(
        &self,
        colon: usize,
        quote: Quote,
        raw: bool,
        depth: u32,
    ) -> SResult<(usize, Vec<Piece>)> {
        let b = self.b;
        let mut pieces = Vec::new();
        let mut lit = String::new();
        let mut i = colon + 1;
        let mut lit_start = i;
        loop {
            if i >= b.len() {
                return Err(self.err("f-string: expecting '}'", i, i));
            }
            if at_quote(b, i, quote) {
                return Err(self.err("f-string: expecting '}', or format specs", i, i + 1));
            }
            match b[i] {
                b'{' => {
                    if depth >= 3 {
                        return Err(self.err(
                            "f-string: expressions nested too deeply",
                            colon,
                            colon,
                        ));
                    }
                    flush(&mut pieces, &mut lit, lit_start, i);
                    let (f, e) = self.field(i, quote, raw, depth + 1)?;
                    pieces.push(Piece::Field(Box::new(f)));
                    i = e;
                    lit_start = i;
                }
                b'}' => {
                    flush(&mut pieces, &mut lit, lit_start, i);
                    return Ok((i, pieces));
                }
                b'\\' => i = self.fbackslash(i, lit_start, quote, raw, &mut lit)?,
                _ => i = self.push_char(i, &mut lit),
            }
        }
    }

    // ------------------------------------------------------------ building the trees

    fn multiline(&self, g: &Group) -> bool {
        self.b[g.start..g.end]
            .iter()
            .any(|c| *c == b'\n' || *c == b'\r')
    }

    /// Offset of a group's placeholder name.
    fn key(&self, g: &Group) -> usize {
        g.start + self.multiline(g) as usize
    }

    /// `src[a..b]` with `groups` (inside it) replaced by placeholders.
    fn replaced(&self, a: usize, b: usize, groups: &[Group]) -> String {
        let mut bytes = self.b[a..b].to_vec();
        for g in groups {
            let nl = self.multiline(g);
            let seg = &mut bytes[g.start - a..g.end - a];
            for c in seg.iter_mut() {
                if *c != b'\n' && *c != b'\r' {
                    *c = b' ';
                }
            }
            if nl {
                seg[0] = b'(';
                seg[1] = b'_';
                let n = seg.len();
                seg[n - 1] = b')';
            } else {
                seg[0] = b'_';
            }
        }
        String::from_utf8(bytes).expect("placeholders keep UTF-8")
    }

    fn group_expr(&self, g: &Group) -> SResult<Expr> {
        Ok(Expr::JoinedStr(ast::ExprJoinedStr {
            values: self.values(&g.pieces)?,
            range: ast::range(g.start, g.end),
        }))
    }

    fn values(&self, pieces: &[Piece]) -> SResult<Vec<Expr>> {
        let mut out = Vec::new();
        for p in pieces {
            match p {
                Piece::Lit(s, a, b) => out.push(constant(s.clone(), *a, *b)),
                Piece::Field(f) => {
                    let value = self.field_expr(f)?;
                    if let Some(d) = &f.debug {
                        out.push(constant(d.clone(), f.expr.0, f.expr.1 + 1));
                    }
                    let conversion = match f.conv {
                        Some('s') => ast::ConversionFlag::Str,
                        Some('r') => ast::ConversionFlag::Repr,
                        Some('a') => ast::ConversionFlag::Ascii,
                        _ if f.debug.is_some() && f.spec.is_none() => ast::ConversionFlag::Repr,
                        _ => ast::ConversionFlag::None,
                    };
                    let format_spec = match &f.spec {
                        Some((a, b, ps)) => Some(Box::new(Expr::JoinedStr(ast::ExprJoinedStr {
                            values: self.values(ps)?,
                            range: ast::range(*a, *b),
                        }))),
                        None => None,
                    };
                    out.push(Expr::FormattedValue(ast::ExprFormattedValue {
                        value: Box::new(value),
                        conversion,
                        format_spec,
                        range: ast::range(f.start, f.end),
                    }));
                }
            }
        }
        Ok(out)
    }

    /// Parses `text` (starting at source offset `a`) as a parenthesised expression.
    fn parse_expr(&self, a: usize, text: &str) -> Result<Expr, ast::ParseError> {
        let src = format!("({text})");
        let at = TextSize::from((a - 1) as u32);
        match ast::parse_starts_at(&src, ast::ParseMode::Expression, self.filename, at)? {
            ast::Mod::Expression(m) => Ok(*m.body),
            _ => unreachable!("expression mode"),
        }
    }

    fn field_expr(&self, f: &Field) -> SResult<Expr> {
        let (a, stop) = f.expr;
        let text = self.replaced(a, stop, &f.nested);
        let mut sub = Substitute {
            map: HashMap::new(),
            sc: self,
        };
        for g in &f.nested {
            sub.map.insert(self.key(g), self.group_expr(g)?);
        }
        let e = match self.parse_expr(a, &text) {
            Ok(e) => e,
            Err(pe) => return Err(self.field_error(a, stop, &text, pe)),
        };
        let e = sub.fold_expr(e)?;
        if let Some(g) = f.nested.iter().find(|g| sub.map.contains_key(&self.key(g))) {
            return Err(self.unused(g));
        }
        if let Expr::Starred(s) = &e {
            let (x, y) = span(s);
            return Err(self.err("can't use starred expression here", x, y));
        }
        Ok(e)
    }

    /// CPython's message for a replacement field whose expression does not parse.
    /// The expression is `text`, from `a` to `stop`.
    fn field_error(&self, a: usize, stop: usize, text: &str, pe: ast::ParseError) -> SErr {
        let toks = tokens(text);
        let tok = |k: usize| &text[toks[k].0..toks[k].1];
        let rel = pe.offset.to_usize().saturating_sub(a);
        let mut depth = 0i32;
        let mut err_depth = None;
        for &(s, e) in &toks {
            if s >= rel && err_depth.is_none() {
                err_depth = Some(depth);
            }
            match &text[s..e] {
                "(" | "[" | "{" => depth += 1,
                ")" | "]" | "}" => depth -= 1,
                "lambda"
                    if depth == 0
                        && self.b.get(stop) == Some(&b':')
                        && (s == toks[0].0 || text[..s].trim_end().ends_with(',')) =>
                {
                    return self.err(
                        "f-string: lambda expressions are not allowed without parentheses",
                        a + s,
                        stop + 1,
                    );
                }
                _ => {}
            }
        }
        let depth = err_depth.unwrap_or(depth);
        if toks.len() > 1 && rel == toks[1].0 && self.parse_expr(a, &text[..toks[1].0]).is_err() {
            // Nothing after the `{` starts an expression.
            return self.err(
                "f-string: expecting a valid expression after '{'",
                a + toks[0].0,
                a + toks[0].1,
            );
        }
        if depth > 0 || toks.is_empty() {
            return self.generic(pe, a, stop, text);
        }
        if tok(0) == "*" && self.parse_expr(a, &format!("{text},")).is_ok() {
            let end = toks.last().map_or(0, |t| t.1);
            return self.err("can't use starred expression here", a + toks[0].0, a + end);
        }
        let parses = |lo: usize, hi: usize| self.parse_expr(a + lo, &text[lo..hi]).is_ok();
        let Some(k) = (1..toks.len()).rev().find(|&k| parses(0, toks[k].0)) else {
            return self.err(
                "f-string: expecting a valid expression after '{'",
                a + toks[0].0,
                a + toks[0].1,
            );
        };
        let (ns, ne) = toks[k];
        let first_is_name = is_ident(tok(0).as_bytes()[0]) && starts_atom(tok(0));
        let name_string =
            first_is_name && toks.len() > 1 && is_quote(*tok(1).as_bytes().last().unwrap_or(&0));
        let soft = matches!(tok(0), "match" | "case" | "_" | "type");
        if !soft && !name_string && starts_atom(tok(k)) {
            if let Some(m) = (k + 1..=toks.len())
                .rev()
                .find(|&m| parses(ns, toks[m - 1].1))
            {
                return self.err(
                    "invalid syntax. Perhaps you forgot a comma?",
                    a + toks[0].0,
                    a + toks[m - 1].1,
                );
            }
        }
        self.err(
            "f-string: expecting '=', or '!', or ':', or '}'",
            a + ns,
            a + ne,
        )
    }

    /// The parser's own message for a field expression's error inside brackets.
    fn generic(&self, pe: ast::ParseError, a: usize, stop: usize, text: &str) -> SErr {
        let mut v: Vec<u8> = self
            .b
            .iter()
            .map(|&c| if c == b'\n' || c == b'\r' { c } else { b' ' })
            .collect();
        v[a - 1] = b'(';
        v[a..stop].copy_from_slice(text.as_bytes());
        v[stop] = b')';
        let vs = String::from_utf8(v).expect("ASCII outside the field");
        let vl = LineIndex::new(&vs);
        let e = parse_error::convert(pe, &vl, self.filename, self.mode);
        SErr {
            at: a,
            err: remap(e, &vl, self.lines),
        }
    }

    /// The error for a placeholder the tree has no expression slot for (`x.f"a"`, `g(f"a"=1)`).
    fn unused(&self, g: &Group) -> SErr {
        let j = skip_ws(self.b, g.end);
        if self.b.get(j) == Some(&b'=') && self.b.get(j + 1) != Some(&b'=') {
            return self.err(
                "expression cannot contain assignment, perhaps you meant \"==\"?",
                g.start,
                j + 1,
            );
        }
        // CPython points at the f-string's start token (prefix and quote).
        let q = g.start + prefix_len(self.b, g.start).unwrap_or(0);
        self.err("invalid syntax", g.start, q + quote_at(self.b, q).len())
    }
}

/// Swaps the groups' trees in for their placeholder names.
struct Substitute<'a> {
    map: HashMap<usize, Expr>,
    sc: &'a Scanner<'a>,
}

impl Fold<TextRange> for Substitute<'_> {
    type TargetU = TextRange;
    type Error = SErr;
    type UserContext = ();

    fn will_map_user(&mut self, _user: &TextRange) {}

    fn map_user(&mut self, user: TextRange, _context: ()) -> Result<TextRange, SErr> {
        Ok(user)
    }

    fn fold_expr(&mut self, node: Expr) -> Result<Expr, SErr> {
        if let Expr::NamedExpr(n) = &node {
            if let Some(g) = self.map.get(&span(&*n.target).0) {
                let (a, b) = span(g);
                return Err(self.sc.err(
                    "cannot use assignment expressions with f-string expression",
                    a,
                    b,
                ));
            }
        }
        if let Expr::Name(n) = &node {
            if let Some(e) = self.map.remove(&n.range.start().to_usize()) {
                return Ok(e);
            }
        }
        ast::fold_expr(self, node)
    }

    fn fold_pattern(&mut self, node: ast::Pattern) -> Result<ast::Pattern, SErr> {
        if let ast::Pattern::MatchAs(m) = &node {
            if m.pattern.is_none() && m.name.is_none() {
                if let Some(g) = self.map.get(&m.range.start().to_usize()) {
                    let (a, b) = span(g);
                    return Err(self.sc.err(
                        "patterns may only match literals and attribute lookups",
                        a,
                        b,
                    ));
                }
            }
        }
        ast::fold_pattern(self, node)
    }
}

/// Whether the source may hold an f-string (a cheap test that keeps the plain path for most).
fn may_have_fstring(b: &[u8]) -> bool {
    b.windows(2).enumerate().any(|(i, w)| {
        let f = |c: u8| c == b'f' || c == b'F';
        let r = |c: u8| c == b'r' || c == b'R';
        (f(w[0]) && (is_quote(w[1]) || (r(w[1]) && b.get(i + 2).is_some_and(|c| is_quote(*c)))))
            || (r(w[0]) && f(w[1]) && b.get(i + 2).is_some_and(|c| is_quote(*c)))
    })
}

/// Parses `source` with 3.12's f-string grammar (see the module comment).
pub(crate) fn parse(
    source: &str,
    pmode: ast::ParseMode,
    filename: &str,
    lines: &LineIndex,
    mode: Mode,
) -> Result<ast::Mod, CompileError> {
    if !may_have_fstring(source.as_bytes()) {
        return ast::parse(source, pmode, filename)
            .map_err(|e| parse_error::convert(e, lines, filename, mode));
    }
    let sc = Scanner {
        nesting: Default::default(),
        src: source,
        b: source.as_bytes(),
        lines,
        filename,
        mode,
    };
    let mut groups = Vec::new();
    let mut first_err = sc.code(0, None, &mut groups).err();
    let mut sub = Substitute {
        map: HashMap::new(),
        sc: &sc,
    };
    let mut kept = 0;
    for g in &groups {
        match sc.group_expr(g) {
            Ok(e) => {
                sub.map.insert(sc.key(g), e);
                kept += 1;
            }
            Err(mut e) => {
                e.at = g.start;
                first_err = Some(e);
                break;
            }
        }
    }
    // With a failing group, the parser still reads the text up to it, to report any earlier
    // error first (past the group, the text is the source as is).
    let cut = first_err.as_ref().map_or(source.len(), |e| e.at);
    let text = sc.replaced(0, cut, &groups[..kept]) + &source[cut..];
    match ast::parse(&text, pmode, filename) {
        Err(pe) => {
            if let Some(fe) = first_err {
                if pe.offset.to_usize() >= cut {
                    return Err(fe.err);
                }
            }
            let tl = LineIndex::new(&text);
            Err(remap(
                parse_error::convert(pe, &tl, filename, mode),
                &tl,
                lines,
            ))
        }
        Ok(m) => {
            if let Some(fe) = first_err {
                return Err(fe.err);
            }
            let m = sub.fold_mod(m).map_err(|e| e.err)?;
            if let Some(g) = groups.iter().find(|g| sub.map.contains_key(&sc.key(g))) {
                return Err(sc.unused(g).err);
            }
            Ok(m)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Scans `src` and describes its groups: `start..end` and their pieces.
    fn scan(src: &str) -> Result<Vec<String>, String> {
        let lines = LineIndex::new(src);
        let sc = Scanner {
            nesting: Default::default(),
            src,
            b: src.as_bytes(),
            lines: &lines,
            filename: "<t>",
            mode: Mode::Exec,
        };
        let mut groups = Vec::new();
        sc.code(0, None, &mut groups)
            .map_err(|e| format!("{} @{}", e.err.msg, e.err.col))?;
        Ok(groups.iter().map(|g| describe(src, g)).collect())
    }

    fn describe(src: &str, g: &Group) -> String {
        let mut s = format!("{}..{}:", g.start, g.end);
        pieces(src, &g.pieces, &mut s);
        s
    }

    fn pieces(src: &str, ps: &[Piece], s: &mut String) {
        for p in ps {
            match p {
                Piece::Lit(t, _, _) => s.push_str(&format!("[{t:?}]")),
                Piece::Field(f) => {
                    s.push_str(&format!("{{{}", &src[f.expr.0..f.expr.1]));
                    if let Some(d) = &f.debug {
                        s.push_str(&format!(" dbg={d:?}"));
                    }
                    if let Some(c) = f.conv {
                        s.push_str(&format!(" !{c}"));
                    }
                    if let Some((_, _, sp)) = &f.spec {
                        s.push_str(" :");
                        pieces(src, sp, s);
                    }
                    for g in &f.nested {
                        s.push_str(&format!(" <{}>", describe(src, g)));
                    }
                    s.push('}');
                }
            }
        }
    }

    #[test]
    fn finds_groups_and_skips_plain_strings() {
        assert_eq!(scan("x = 'a' + \"f'{'").unwrap(), Vec::<String>::new());
        assert_eq!(scan("elif'x' # f'{'\n").unwrap(), Vec::<String>::new());
        assert_eq!(
            scan("x = f'a{b}c'").unwrap(),
            vec!["4..12:[\"a\"]{b}[\"c\"]"]
        );
        assert_eq!(
            scan("('p' f\"{x!r:>{w}}\"\n  # c\n 'q')").unwrap(),
            vec!["1..29:[\"p\"]{x !r :[\">\"]{w}}[\"q\"]"]
        );
        // At depth 0 a line break ends the run.
        assert_eq!(scan("f'a'\n'b'").unwrap(), vec!["0..4:[\"a\"]"]);
    }

    #[test]
    fn pep701_fields() {
        assert_eq!(
            scan("f\"{\"\\n\".join(s)}\"").unwrap(),
            vec!["0..17:{\"\\n\".join(s)}"]
        );
        assert_eq!(
            scan("f\"{f\"{1}\"}\"").unwrap(),
            vec!["0..11:{f\"{1}\" <3..9:{1}>}"]
        );
        assert_eq!(
            scan("f\"{  # c\n x\n}\"").unwrap(),
            vec!["0..14:{  # c\n x\n}"]
        );
        assert_eq!(
            scan("f'{a = !r:^5}{x==y}{x!=y}{ {1: 2}[1] }{x:=3}'").unwrap(),
            vec!["0..45:{a  dbg=\"a = \" !r :[\"^5\"]}{x==y}{x!=y}{ {1: 2}[1] }{x :[\"=3\"]}"]
        );
        assert_eq!(
            scan("f'{{{x}}}\\x41\\N{DIGIT ONE}'").unwrap(),
            vec!["0..27:[\"{\"]{x}[\"}A1\"]"]
        );
        assert_eq!(scan("rf'\\{x}'").unwrap(), vec!["0..8:[\"\\\\\"]{x}"]);
    }

    #[test]
    fn errors() {
        let e = |s: &str| scan(s).unwrap_err();
        assert_eq!(
            e("f'{}'"),
            "f-string: valid expression required before '}' @4"
        );
        assert_eq!(
            e("f'{!r}'"),
            "f-string: valid expression required before '!' @4"
        );
        assert_eq!(e("f'}'"), "f-string: single '}' is not allowed @3");
        assert_eq!(e("f'{x!}'"), "f-string: missing conversion character @6");
        assert_eq!(
            e("f'{x!z}'"),
            "f-string: invalid conversion character 'z': expected 's', 'r', or 'a' @6"
        );
        assert_eq!(e("f'{x'"), "f-string: expecting '}' @5");
        assert_eq!(e("f'{x:'"), "f-string: expecting '}', or format specs @6");
        assert_eq!(e("f'{x=y}'"), "f-string: expecting '!', or ':', or '}' @6");
        assert_eq!(
            e("f'{x:{y:{z:{w}}}}'"),
            "f-string: expressions nested too deeply @11"
        );
        assert_eq!(
            e("f'abc"),
            "unterminated f-string literal (detected at line 1) @1"
        );
        assert_eq!(
            e("x\nf'''a\n"),
            "unterminated triple-quoted f-string literal (detected at line 3) @1"
        );
        assert_eq!(e("f'{)}'"), "f-string: unmatched ')' @4");
    }

    #[test]
    fn placeholders_keep_length_and_lines() {
        let src = "x = (f'{a}'\n 'b') + f'{c}'";
        let lines = LineIndex::new(src);
        let sc = Scanner {
            nesting: Default::default(),
            src,
            b: src.as_bytes(),
            lines: &lines,
            filename: "<t>",
            mode: Mode::Exec,
        };
        let mut groups = Vec::new();
        sc.code(0, None, &mut groups).unwrap();
        let t = sc.replaced(0, src.len(), &groups);
        assert_eq!(t, "x = ((_    \n   )) + _     ");
        assert_eq!(t.len(), src.len());
    }
}
