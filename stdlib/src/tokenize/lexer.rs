//! The tokenizer behind `_tokenize.TokenizerIter`: CPython 3.12's tokenizer (Parser/tokenizer.c)
//! in its readline mode, with the same buffer model, since the tokens' positions and `line`
//! texts follow from it: the input is read one `readline()` call at a time into a byte buffer
//! (UTF-8) that restarts at each new token outside f-strings, so a token spanning lines (a
//! triple-quoted string) sees all of its lines, and positions are byte indices into it.
//!
//! Errors are raised where CPython's tokenizer sets them: `SyntaxError`s built from the buffer
//! state at that point, and the `tok->done` codes (EOF in a multi-line statement, bad dedent,
//! tabs) turned into exceptions as `_tokenize`'s `_tokenizer_error` does.

use ferrite_runtime::errors::{new_exc_args, Exc, PyErr, PyResult};
use ferrite_runtime::object::none;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::new_tuple;

pub const ENDMARKER: u8 = 0;
pub const NAME: u8 = 1;
pub const NUMBER: u8 = 2;
pub const STRING: u8 = 3;
pub const NEWLINE: u8 = 4;
pub const INDENT: u8 = 5;
pub const DEDENT: u8 = 6;
const DOT: u8 = 23;
const ELLIPSIS: u8 = 52;
pub const OP: u8 = 55;
pub const AWAIT: u8 = 56;
pub const ASYNC: u8 = 57;
pub const FSTRING_START: u8 = 61;
pub const FSTRING_MIDDLE: u8 = 62;
pub const FSTRING_END: u8 = 63;
pub const COMMENT: u8 = 64;
pub const NL: u8 = 65;

const EOF: i32 = -1;
const TABSIZE: i32 = 8;
const MAXINDENT: usize = 100;
const MAXLEVEL: usize = 200;
const MAXFSTRINGLEVEL: usize = 150;
const MAX_EXPR_NESTING: i32 = 3;

/// `tok->done`: why the tokenizer stopped.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Done {
    Ok,
    Eof,
    /// A SyntaxError was raised.
    Error,
    Dedent,
    TabSpace,
    TooDeep,
    LineCont,
}

/// Where the input lines come from: each call returns the next chunk (a line) as UTF-8, empty
/// at the end of the input.
pub trait Source {
    fn readline(&mut self) -> PyResult<Vec<u8>>;
    /// Emits a SyntaxWarning (`warnings.warn_explicit`) at `lineno`.
    fn warn(&mut self, msg: &str, lineno: i64) -> PyResult<()>;
}

/// A token: its type and the byte range of its text in the buffer (None where CPython's
/// token has NULL pointers).
#[derive(Clone, Copy, Debug)]
pub struct Token {
    pub ty: u8,
    pub start: Option<usize>,
    pub end: Option<usize>,
}

fn tok(ty: u8, start: Option<usize>, end: Option<usize>) -> PyResult<Token> {
    Ok(Token { ty, start, end })
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Regular,
    FString,
}

/// One entry of the tokenizer mode stack (`tokenizer_mode`): the regular mode at the bottom,
/// one entry per f-string being read.
#[derive(Clone, Copy)]
struct Mode {
    kind: Kind,
    quote: i32,
    quote_size: usize,
    raw: bool,
    /// Buffer index of the f-string's prefix, start of its line, its line number.
    start: usize,
    multi_line_start: usize,
    line_start: i64,
    curly_depth: i32,
    expr_start_depth: i32,
    /// `last_expr_end != -1`: a `:`, `!` or `}` ended the current replacement field's
    /// expression (so what follows is a format spec).
    expr_end_seen: bool,
}

impl Mode {
    fn regular() -> Mode {
        Mode {
            kind: Kind::Regular,
            quote: 0,
            quote_size: 0,
            raw: false,
            start: 0,
            multi_line_start: 0,
            line_start: 0,
            curly_depth: 0,
            expr_start_depth: 0,
            expr_end_seen: false,
        }
    }
}

pub struct Lexer<S: Source> {
    pub src: S,
    pub extra_tokens: bool,
    pub buf: Vec<u8>,
    pub cur: usize,
    pub inp: usize,
    pub start: Option<usize>,
    pub line_start: usize,
    pub multi_line_start: usize,
    pub first_lineno: i64,
    pub lineno: i64,
    pub done: Done,
    pub implicit_newline: bool,
    atbol: bool,
    pendin: i32,
    indent: usize,
    indstack: Vec<i32>,
    altindstack: Vec<i32>,
    level: usize,
    parenstack: Vec<u8>,
    parenlinenostack: Vec<i64>,
    comment_newline: bool,
    modes: Vec<Mode>,
}

fn is_digit(c: i32) -> bool {
    (b'0' as i32..=b'9' as i32).contains(&c)
}
fn is_xdigit(c: i32) -> bool {
    is_digit(c)
        || (b'a' as i32..=b'f' as i32).contains(&c)
        || (b'A' as i32..=b'F' as i32).contains(&c)
}
fn is_ident_start(c: i32) -> bool {
    (b'a' as i32..=b'z' as i32).contains(&c)
        || (b'A' as i32..=b'Z' as i32).contains(&c)
        || c == b'_' as i32
        || c >= 128
}
fn is_ident_char(c: i32) -> bool {
    is_ident_start(c) || is_digit(c)
}
fn ch(c: u8) -> i32 {
    c as i32
}

fn one_char(c: i32) -> u8 {
    match c as u8 {
        b'!' => 54,
        b'%' => 24,
        b'&' => 19,
        b'(' => 7,
        b')' => 8,
        b'*' => 16,
        b'+' => 14,
        b',' => 12,
        b'-' => 15,
        b'.' => 23,
        b'/' => 17,
        b':' => 11,
        b';' => 13,
        b'<' => 20,
        b'=' => 22,
        b'>' => 21,
        b'@' => 49,
        b'[' => 9,
        b']' => 10,
        b'^' => 32,
        b'{' => 25,
        b'|' => 18,
        b'}' => 26,
        b'~' => 31,
        _ => OP,
    }
}

fn two_chars(c1: i32, c2: i32) -> u8 {
    if !(0..128).contains(&c1) || !(0..128).contains(&c2) {
        return OP;
    }
    match (c1 as u8, c2 as u8) {
        (b'!', b'=') => 28,
        (b'%', b'=') => 40,
        (b'&', b'=') => 41,
        (b'*', b'*') => 35,
        (b'*', b'=') => 38,
        (b'+', b'=') => 36,
        (b'-', b'=') => 37,
        (b'-', b'>') => 51,
        (b'/', b'/') => 47,
        (b'/', b'=') => 39,
        (b':', b'=') => 53,
        (b'<', b'<') => 33,
        (b'<', b'=') => 29,
        (b'<', b'>') => 28,
        (b'=', b'=') => 27,
        (b'>', b'=') => 30,
        (b'>', b'>') => 34,
        (b'@', b'=') => 50,
        (b'^', b'=') => 43,
        (b'|', b'=') => 42,
        _ => OP,
    }
}

fn three_chars(c1: i32, c2: i32, c3: i32) -> u8 {
    if !(0..128).contains(&c3) {
        return OP;
    }
    match (c1 as u8, c2 as u8, c3 as u8) {
        (b'*', b'*', b'=') => 46,
        (b'.', b'.', b'.') => 52,
        (b'/', b'/', b'=') => 48,
        (b'<', b'<', b'=') => 44,
        (b'>', b'>', b'=') => 45,
        _ => OP,
    }
}

/// `_PyPegen_byte_offset_to_character_offset`: the number of characters in the first `off`
/// bytes of `line` (at most its length plus one: the terminating NUL counts as a character),
/// a cut multi-byte sequence counting as one replacement character.
pub fn char_offset(line: &str, off: usize) -> i64 {
    let b = line.as_bytes();
    let len = b.iter().position(|&c| c == 0).unwrap_or(b.len());
    let off = off.min(len + 1);
    if off > b.len() {
        return line.chars().count() as i64 + 1;
    }
    String::from_utf8_lossy(&b[..off]).chars().count() as i64
}

/// XID_Start (with `_`), from the character's general category.
fn xid_start(c: char) -> bool {
    c == '_'
        || matches!(
            crate::unicodedata::category_of(c),
            "Lu" | "Ll" | "Lt" | "Lm" | "Lo" | "Nl"
        )
        || matches!(
            c as u32,
            0x1885 | 0x1886 | 0x2118 | 0x212E | 0x309B | 0x309C
        )
}

/// XID_Continue.
fn xid_continue(c: char) -> bool {
    xid_start(c)
        || matches!(
            crate::unicodedata::category_of(c),
            "Mn" | "Mc" | "Nd" | "Pc"
        )
        || matches!(c as u32, 0xB7 | 0x387 | 0x1369..=0x1371 | 0x19DA)
}

/// `Py_UNICODE_ISPRINTABLE`: not in categories Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs (but space).
fn printable(c: char) -> bool {
    c == ' '
        || !matches!(
            crate::unicodedata::category_of(c),
            "Cc" | "Cf" | "Cs" | "Co" | "Cn" | "Zl" | "Zp" | "Zs"
        )
}

fn lossy(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

/// What ends a number: `verify_end_of_number`'s kinds.
enum NumState {
    Fraction,
    AfterFraction,
    Exponent,
    Imaginary,
    Done,
}

impl<S: Source> Lexer<S> {
    pub fn new(src: S, extra_tokens: bool) -> Lexer<S> {
        let mut indstack = vec![0; MAXINDENT];
        indstack[0] = 0;
        Lexer {
            src,
            extra_tokens,
            buf: Vec::new(),
            cur: 0,
            inp: 0,
            start: None,
            line_start: 0,
            multi_line_start: 0,
            first_lineno: 0,
            lineno: 0,
            done: Done::Ok,
            implicit_newline: false,
            atbol: true,
            pendin: 0,
            indent: 0,
            altindstack: indstack.clone(),
            indstack,
            level: 0,
            parenstack: vec![0; MAXLEVEL],
            parenlinenostack: vec![0; MAXLEVEL],
            comment_newline: false,
            modes: vec![Mode::regular()],
        }
    }

    fn inside_fstring(&self) -> bool {
        self.modes.len() > 1
    }

    fn mode(&mut self) -> &mut Mode {
        self.modes.last_mut().expect("mode stack")
    }

    // ----- reading -----

    /// `tok_underflow_readline`: appends the next line to the buffer (which restarts when no
    /// token is in progress). False at the end of the input.
    fn underflow(&mut self) -> PyResult<bool> {
        if self.start.is_none() && !self.inside_fstring() {
            self.cur = 0;
            self.inp = 0;
        }
        let line = self.src.readline()?;
        self.buf.truncate(self.inp);
        self.buf.extend_from_slice(&line);
        self.inp = self.buf.len();
        self.line_start = self.cur;
        if self.inp == self.cur {
            self.done = Done::Eof;
            return Ok(false);
        }
        self.implicit_newline = false;
        if self.buf[self.inp - 1] != b'\n' {
            // the last line does not end in a newline: fake one
            self.buf.push(b'\n');
            self.inp += 1;
            self.implicit_newline = true;
        }
        self.lineno += 1;
        Ok(true)
    }

    /// `tok_nextc`: the next byte, EOF (-1) at the end of the input or after an error.
    fn nextc(&mut self) -> PyResult<i32> {
        loop {
            if self.cur != self.inp {
                let c = self.buf[self.cur];
                self.cur += 1;
                return Ok(c as i32);
            }
            if self.done != Done::Ok {
                return Ok(EOF);
            }
            if !self.underflow()? {
                self.cur = self.inp;
                return Ok(EOF);
            }
            self.line_start = self.cur;
            if self.buf[self.line_start..self.inp].contains(&0) {
                let e = self.syntax_error("source code cannot contain null bytes");
                self.cur = self.inp;
                return Err(e);
            }
        }
    }

    /// `tok_backup`.
    fn backup(&mut self, c: i32) {
        if c != EOF {
            self.cur -= 1;
            debug_assert_eq!(self.buf[self.cur] as i32, c, "tok_backup: wrong character");
        }
    }

    // ----- errors -----

    /// `_syntaxerror_range`: a SyntaxError at the current position (or at the given columns).
    fn syntax_error_range(&mut self, msg: &str, col: Option<i64>, end_col: Option<i64>) -> PyErr {
        let ls = self.line_start.min(self.buf.len());
        let cur = self.cur.max(ls).min(self.buf.len());
        let mut text = lossy(&self.buf[ls..cur]);
        let col = col.unwrap_or(text.chars().count() as i64);
        let end_col = end_col.unwrap_or(col);
        let line_len = self.buf[ls..]
            .iter()
            .position(|&c| c == b'\n' || c == 0)
            .unwrap_or(self.buf.len() - ls);
        if line_len != cur - ls {
            text = lossy(&self.buf[ls..ls + line_len]);
        }
        self.done = Done::Error;
        let detail = new_tuple(&[
            new_str("<string>"),
            new_int(self.lineno),
            new_int(col),
            new_str(&text),
            new_int(self.lineno),
            new_int(end_col),
        ]);
        new_exc_args(Exc::SyntaxError, &[new_str(msg), detail])
    }

    fn syntax_error(&mut self, msg: &str) -> PyErr {
        self.syntax_error_range(msg, None, None)
    }

    /// `_PyTokenizer_indenterror`.
    fn indent_error(&mut self) -> PyErr {
        self.done = Done::TabSpace;
        self.cur = self.inp;
        self.done_error()
    }

    /// The exception `_tokenizer_error` makes of `tok->done` when the tokenizer stopped
    /// without raising.
    pub fn done_error(&mut self) -> PyErr {
        let (exc, msg) = match self.done {
            Done::Eof => {
                // CPython: SyntaxError(msg) with lineno/offset set as attributes
                // (PyErr_SyntaxLocationObject); here they travel in the usual detail tuple.
                let detail = new_tuple(&[
                    new_str("<string>"),
                    new_int(self.lineno),
                    new_int(self.inp as i64),
                    none(),
                    new_int(self.lineno),
                    none(),
                ]);
                return new_exc_args(
                    Exc::SyntaxError,
                    &[new_str("unexpected EOF in multi-line statement"), detail],
                );
            }
            Done::Dedent => (
                Exc::IndentationError,
                "unindent does not match any outer indentation level",
            ),
            Done::TabSpace => (
                Exc::TabError,
                "inconsistent use of tabs and spaces in indentation",
            ),
            Done::TooDeep => (Exc::IndentationError, "too many levels of indentation"),
            Done::LineCont => (
                Exc::SyntaxError,
                "unexpected character after line continuation character",
            ),
            Done::Ok | Done::Error => (Exc::SyntaxError, "unknown tokenization error"),
        };
        let size = self.inp.saturating_sub(1);
        let line = lossy(&self.buf[..size.min(self.buf.len())]);
        let offset = char_offset(&line, self.inp);
        let detail = new_tuple(&[
            new_str("<string>"),
            new_int(self.lineno),
            new_int(offset),
            new_str(&line),
            none(),
            none(),
        ]);
        new_exc_args(exc, &[new_str(msg), detail])
    }

    /// `_PyTokenizer_parser_warn`: a SyntaxWarning, or the SyntaxError it becomes when
    /// warnings are errors.
    fn parser_warn(&mut self, msg: &str) -> PyResult<()> {
        let lineno = self.lineno;
        match self.src.warn(msg, lineno) {
            Ok(()) => Ok(()),
            Err(e)
                if ferrite_runtime::errors::exc_matches(
                    e.0,
                    ferrite_runtime::errors::exc_type(Exc::SyntaxWarning),
                ) =>
            {
                Err(self.syntax_error(msg))
            }
            Err(e) => Err(e),
        }
    }

    // ----- tokens -----

    /// `_PyTokenizer_Get`: the next token.
    pub fn get(&mut self) -> PyResult<Token> {
        if self.mode().kind == Kind::Regular {
            self.get_normal()
        } else {
            self.get_fstring()
        }
    }

    /// `tok_continuation_line`: after a backslash, the newline and the next line's first
    /// character (left unread).
    fn continuation_line(&mut self) -> PyResult<i32> {
        let mut c = self.nextc()?;
        if c == ch(b'\r') {
            c = self.nextc()?;
        }
        if c != ch(b'\n') {
            self.done = Done::LineCont;
            return Err(self.done_error());
        }
        c = self.nextc()?;
        if c == EOF {
            self.done = Done::Eof;
            self.cur = self.inp;
            return Err(self.done_error());
        }
        self.backup(c);
        Ok(c)
    }

    fn get_normal(&mut self) -> PyResult<Token> {
        'nextline: loop {
            self.start = None;
            let mut blankline = false;

            // indentation
            if self.atbol {
                let mut col: i32 = 0;
                let mut altcol: i32 = 0;
                self.atbol = false;
                let mut cont_line_col = 0;
                let mut c;
                loop {
                    c = self.nextc()?;
                    if c == ch(b' ') {
                        col += 1;
                        altcol += 1;
                    } else if c == ch(b'\t') {
                        col = (col / TABSIZE + 1) * TABSIZE;
                        altcol += 1;
                    } else if c == 0x0c {
                        col = 0;
                        altcol = 0;
                    } else if c == ch(b'\\') {
                        if cont_line_col == 0 {
                            cont_line_col = col;
                        }
                        self.continuation_line()?;
                    } else {
                        break;
                    }
                }
                self.backup(c);
                if c == ch(b'#') || c == ch(b'\n') || c == ch(b'\r') {
                    // whitespace/comment-only lines do not change the indentation
                    blankline = true;
                }
                if !blankline && self.level == 0 {
                    if cont_line_col != 0 {
                        col = cont_line_col;
                        altcol = cont_line_col;
                    }
                    let top = self.indstack[self.indent];
                    if col == top {
                        if altcol != self.altindstack[self.indent] {
                            return Err(self.indent_error());
                        }
                    } else if col > top {
                        if self.indent + 1 >= MAXINDENT {
                            self.done = Done::TooDeep;
                            self.cur = self.inp;
                            return Err(self.done_error());
                        }
                        if altcol <= self.altindstack[self.indent] {
                            return Err(self.indent_error());
                        }
                        self.pendin += 1;
                        self.indent += 1;
                        self.indstack[self.indent] = col;
                        self.altindstack[self.indent] = altcol;
                    } else {
                        while self.indent > 0 && col < self.indstack[self.indent] {
                            self.pendin -= 1;
                            self.indent -= 1;
                        }
                        if col != self.indstack[self.indent] {
                            self.done = Done::Dedent;
                            self.cur = self.inp;
                            return Err(self.done_error());
                        }
                        if altcol != self.altindstack[self.indent] {
                            return Err(self.indent_error());
                        }
                    }
                }
            }

            self.start = Some(self.cur);
            // pending indents/dedents
            if self.pendin != 0 {
                let extra = self.extra_tokens;
                if self.pendin < 0 {
                    self.pendin += 1;
                    let p = extra.then_some(self.cur);
                    return tok(DEDENT, p, p);
                } else {
                    self.pendin -= 1;
                    return if extra {
                        tok(INDENT, Some(0), Some(self.cur))
                    } else {
                        tok(INDENT, None, None)
                    };
                }
            }

            // peek ahead
            let c = self.nextc()?;
            self.backup(c);

            'again: loop {
                self.start = None;
                let mut c;
                loop {
                    c = self.nextc()?;
                    if !(c == ch(b' ') || c == ch(b'\t') || c == 0x0c) {
                        break;
                    }
                }
                self.start = Some(self.cur.saturating_sub(1));
                let start = self.start;

                // comment
                if c == ch(b'#') {
                    while c != EOF && c != ch(b'\n') && c != ch(b'\r') {
                        c = self.nextc()?;
                    }
                    if self.extra_tokens {
                        self.backup(c);
                        self.comment_newline = blankline;
                        return tok(COMMENT, start, Some(self.cur));
                    }
                }

                if c == EOF {
                    if self.level > 0 || self.done != Done::Eof {
                        return Err(self.done_error());
                    }
                    return tok(ENDMARKER, None, None);
                }

                // identifier, or the prefix of a string
                if is_ident_start(c) {
                    let (mut saw_b, mut saw_r, mut saw_u, mut saw_f) = (false, false, false, false);
                    loop {
                        let l = c as u8;
                        if !(saw_b || saw_u || saw_f) && (l == b'b' || l == b'B') {
                            saw_b = true;
                        } else if !(saw_b || saw_u || saw_r || saw_f) && (l == b'u' || l == b'U') {
                            saw_u = true;
                        } else if !(saw_r || saw_u) && (l == b'r' || l == b'R') {
                            saw_r = true;
                        } else if !(saw_f || saw_b || saw_u) && (l == b'f' || l == b'F') {
                            saw_f = true;
                        } else {
                            break;
                        }
                        c = self.nextc()?;
                        if c == ch(b'"') || c == ch(b'\'') {
                            return if saw_f {
                                self.fstring_start(c)
                            } else {
                                self.string(c)
                            };
                        }
                    }
                    let mut nonascii = false;
                    while is_ident_char(c) {
                        if c >= 128 {
                            nonascii = true;
                        }
                        c = self.nextc()?;
                    }
                    self.backup(c);
                    if nonascii && !self.extra_tokens {
                        self.verify_identifier()?;
                    }
                    let s = self.start.unwrap_or(0);
                    let ty = match &self.buf[s..self.cur] {
                        b"async" => ASYNC,
                        b"await" => AWAIT,
                        _ => NAME,
                    };
                    return tok(ty, self.start, Some(self.cur));
                }

                if c == ch(b'\r') {
                    c = self.nextc()?;
                }

                // newline
                if c == ch(b'\n') {
                    self.atbol = true;
                    if blankline || self.level > 0 {
                        if self.extra_tokens {
                            self.comment_newline = false;
                            return tok(NL, self.start, Some(self.cur));
                        }
                        continue 'nextline;
                    }
                    if self.comment_newline && self.extra_tokens {
                        self.comment_newline = false;
                        return tok(NL, self.start, Some(self.cur));
                    }
                    return tok(NEWLINE, self.start, Some(self.cur - 1));
                }

                // period or number starting with a period
                if c == ch(b'.') {
                    c = self.nextc()?;
                    if is_digit(c) {
                        return self.number_from(c, NumState::Fraction);
                    } else if c == ch(b'.') {
                        c = self.nextc()?;
                        if c == ch(b'.') {
                            return tok(ELLIPSIS, self.start, Some(self.cur));
                        }
                        self.backup(c);
                        self.backup(ch(b'.'));
                    } else {
                        self.backup(c);
                    }
                    return tok(DOT, self.start, Some(self.cur));
                }

                if is_digit(c) {
                    return self.number(c);
                }

                // string
                if c == ch(b'\'') || c == ch(b'"') {
                    return self.string(c);
                }

                // line continuation
                if c == ch(b'\\') {
                    self.continuation_line()?;
                    continue 'again;
                }

                // punctuation in an f-string's replacement field
                let is_punct = c == ch(b':') || c == ch(b'}') || c == ch(b'!') || c == ch(b'{');
                if is_punct && self.inside_fstring() && self.mode().expr_start_depth >= 0 {
                    let m = self.mode();
                    let cursor = m.curly_depth - (c != ch(b'{')) as i32;
                    if cursor == 0 {
                        // '{' opens a replacement field; ':', '!', '}' end its expression
                        m.expr_end_seen = c != ch(b'{');
                    }
                    if c == ch(b':') && cursor == m.expr_start_depth {
                        m.kind = Kind::FString;
                        return tok(one_char(c), self.start, Some(self.cur));
                    }
                }

                // two- and three-character operators
                {
                    let c2 = self.nextc()?;
                    let t2 = two_chars(c, c2);
                    if t2 != OP {
                        let c3 = self.nextc()?;
                        let t3 = three_chars(c, c2, c3);
                        let t = if t3 != OP {
                            t3
                        } else {
                            self.backup(c3);
                            t2
                        };
                        return tok(t, self.start, Some(self.cur));
                    }
                    self.backup(c2);
                }

                // brackets
                if c == ch(b'(') || c == ch(b'[') || c == ch(b'{') {
                    if self.level >= MAXLEVEL {
                        return Err(self.syntax_error("too many nested parentheses"));
                    }
                    self.parenstack[self.level] = c as u8;
                    self.parenlinenostack[self.level] = self.lineno;
                    self.level += 1;
                    if self.inside_fstring() {
                        self.mode().curly_depth += 1;
                    }
                } else if c == ch(b')') || c == ch(b']') || c == ch(b'}') {
                    if self.inside_fstring() && self.mode().curly_depth == 0 && c == ch(b'}') {
                        return Err(self.syntax_error("f-string: single '}' is not allowed"));
                    }
                    if !self.extra_tokens && self.level == 0 {
                        let msg = format!("unmatched '{}'", c as u8 as char);
                        return Err(self.syntax_error(&msg));
                    }
                    if self.level > 0 {
                        self.level -= 1;
                        let opening = self.parenstack[self.level];
                        let matches = matches!(
                            (opening, c as u8),
                            (b'(', b')') | (b'[', b']') | (b'{', b'}')
                        );
                        if !self.extra_tokens && !matches {
                            if self.inside_fstring() && opening == b'{' {
                                let m = *self.mode();
                                if m.curly_depth - 1 == m.expr_start_depth {
                                    let msg = format!("f-string: unmatched '{}'", c as u8 as char);
                                    return Err(self.syntax_error(&msg));
                                }
                            }
                            let msg = if self.parenlinenostack[self.level] != self.lineno {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}' on line {}",
                                    c as u8 as char,
                                    opening as char,
                                    self.parenlinenostack[self.level]
                                )
                            } else {
                                format!(
                                    "closing parenthesis '{}' does not match opening parenthesis '{}'",
                                    c as u8 as char, opening as char
                                )
                            };
                            return Err(self.syntax_error(&msg));
                        }
                    }
                    if self.inside_fstring() {
                        let m = self.mode();
                        m.curly_depth -= 1;
                        if c == ch(b'}') && m.curly_depth == m.expr_start_depth {
                            m.expr_start_depth -= 1;
                            m.kind = Kind::FString;
                        }
                    }
                }

                if !(0x20..0x7f).contains(&c) {
                    let msg = format!("invalid non-printable character U+{c:04X}");
                    return Err(self.syntax_error(&msg));
                }
                return tok(one_char(c), self.start, Some(self.cur));
            }
        }
    }

    /// `verify_identifier` (only without extra tokens): PEP 3131 identifiers.
    fn verify_identifier(&mut self) -> PyResult<()> {
        let s = self.start.unwrap_or(0);
        let text = lossy(&self.buf[s..self.cur]);
        let Some((invalid, c)) = text
            .char_indices()
            .enumerate()
            .find(|&(i, (_, c))| {
                if i == 0 {
                    !xid_start(c)
                } else {
                    !xid_continue(c)
                }
            })
            .map(|(i, (b, c))| ((i, b), c))
        else {
            return Ok(());
        };
        let (i, b) = invalid;
        if i + 1 < text.chars().count() {
            self.cur = s + b + c.len_utf8();
        }
        let msg = if printable(c) {
            format!("invalid character '{c}' (U+{:04X})", c as u32)
        } else {
            format!("invalid non-printable character U+{:04X}", c as u32)
        };
        Err(self.syntax_error(&msg))
    }

    // ----- numbers -----

    fn lookahead(&mut self, test: &[u8]) -> PyResult<bool> {
        let mut n = 0;
        loop {
            let c = self.nextc()?;
            if n == test.len() {
                let res = !is_ident_char(c);
                self.backup(c);
                for i in (0..n).rev() {
                    self.backup(test[i] as i32);
                }
                return Ok(res);
            }
            if c == test[n] as i32 {
                n += 1;
                continue;
            }
            self.backup(c);
            for i in (0..n).rev() {
                self.backup(test[i] as i32);
            }
            return Ok(false);
        }
    }

    /// `verify_end_of_number`: with extra tokens anything may follow a number.
    fn verify_end_of_number(&mut self, c: i32, kind: &str) -> PyResult<()> {
        if self.extra_tokens {
            return Ok(());
        }
        let r = match c as u8 {
            _ if !(0..128).contains(&c) => false,
            b'a' => self.lookahead(b"nd")?,
            b'e' => self.lookahead(b"lse")?,
            b'f' => self.lookahead(b"or")?,
            b'i' => {
                let c2 = self.nextc()?;
                let r = c2 == ch(b'f') || c2 == ch(b'n') || c2 == ch(b's');
                self.backup(c2);
                r
            }
            b'o' => self.lookahead(b"r")?,
            b'n' => self.lookahead(b"ot")?,
            _ => false,
        };
        if r {
            self.backup(c);
            self.parser_warn(&format!("invalid {kind} literal"))?;
            self.nextc()?;
        } else if c < 128 && is_ident_char(c) {
            self.backup(c);
            return Err(self.syntax_error(&format!("invalid {kind} literal")));
        }
        Ok(())
    }

    /// `tok_decimal_tail`: digits and single underscores between digits; returns the first
    /// character after them.
    fn decimal_tail(&mut self) -> PyResult<i32> {
        loop {
            let mut c;
            loop {
                c = self.nextc()?;
                if !is_digit(c) {
                    break;
                }
            }
            if c != ch(b'_') {
                return Ok(c);
            }
            c = self.nextc()?;
            if !is_digit(c) {
                self.backup(c);
                return Err(self.syntax_error("invalid decimal literal"));
            }
        }
    }

    /// Digits of a hexadecimal, octal or binary literal after its prefix.
    fn radix_digits(
        &mut self,
        kind: &str,
        is_d: fn(i32) -> bool,
        check_decimal: bool,
    ) -> PyResult<i32> {
        let mut c = self.nextc()?;
        loop {
            if c == ch(b'_') {
                c = self.nextc()?;
            }
            if !is_d(c) {
                if check_decimal && is_digit(c) {
                    let msg = format!("invalid digit '{}' in {kind} literal", c as u8 as char);
                    return Err(self.syntax_error(&msg));
                }
                self.backup(c);
                return Err(self.syntax_error(&format!("invalid {kind} literal")));
            }
            loop {
                c = self.nextc()?;
                if !is_d(c) {
                    break;
                }
            }
            if c != ch(b'_') {
                break;
            }
        }
        if check_decimal && is_digit(c) {
            let msg = format!("invalid digit '{}' in {kind} literal", c as u8 as char);
            return Err(self.syntax_error(&msg));
        }
        self.verify_end_of_number(c, kind)?;
        Ok(c)
    }

    fn number(&mut self, c: i32) -> PyResult<Token> {
        let mut c = c;
        let state;
        if c == ch(b'0') {
            c = self.nextc()?;
            if c == ch(b'x') || c == ch(b'X') {
                c = self.radix_digits("hexadecimal", is_xdigit, false)?;
                state = NumState::Done;
            } else if c == ch(b'o') || c == ch(b'O') {
                c = self.radix_digits("octal", |c| (ch(b'0')..ch(b'8')).contains(&c), true)?;
                state = NumState::Done;
            } else if c == ch(b'b') || c == ch(b'B') {
                c = self.radix_digits("binary", |c| c == ch(b'0') || c == ch(b'1'), true)?;
                state = NumState::Done;
            } else {
                let mut nonzero = false;
                loop {
                    if c == ch(b'_') {
                        c = self.nextc()?;
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.syntax_error("invalid decimal literal"));
                        }
                    }
                    if c != ch(b'0') {
                        break;
                    }
                    c = self.nextc()?;
                }
                let zeros_end = self.cur;
                if is_digit(c) {
                    nonzero = true;
                    c = self.decimal_tail()?;
                }
                if c == ch(b'.') {
                    c = self.nextc()?;
                    state = NumState::Fraction;
                } else if c == ch(b'e') || c == ch(b'E') {
                    state = NumState::Exponent;
                } else if c == ch(b'j') || c == ch(b'J') {
                    state = NumState::Imaginary;
                } else {
                    if nonzero && !self.extra_tokens {
                        self.backup(c);
                        let s = self.start.unwrap_or(0);
                        let col = (s + 1) as i64 - self.line_start as i64;
                        let end = zeros_end as i64 - self.line_start as i64;
                        return Err(self.syntax_error_range(
                            "leading zeros in decimal integer literals are not permitted; use an 0o prefix for octal integers",
                            Some(col),
                            Some(end),
                        ));
                    }
                    self.verify_end_of_number(c, "decimal")?;
                    state = NumState::Done;
                }
            }
        } else {
            c = self.decimal_tail()?;
            if c == ch(b'.') {
                c = self.nextc()?;
                state = NumState::Fraction;
            } else {
                state = NumState::AfterFraction;
            }
        }
        self.number_from(c, state)
    }

    /// The rest of a number from one of its states (`fraction:`, `exponent:`, `imaginary:`
    /// in CPython's tokenizer); `c` is the character at that point.
    fn number_from(&mut self, c: i32, state: NumState) -> PyResult<Token> {
        let mut c = c;
        let mut state = state;
        loop {
            match state {
                NumState::Fraction => {
                    if is_digit(c) {
                        c = self.decimal_tail()?;
                    }
                    state = NumState::AfterFraction;
                }
                NumState::AfterFraction => {
                    if c == ch(b'e') || c == ch(b'E') {
                        state = NumState::Exponent;
                    } else if c == ch(b'j') || c == ch(b'J') {
                        state = NumState::Imaginary;
                    } else {
                        self.verify_end_of_number(c, "decimal")?;
                        state = NumState::Done;
                    }
                }
                NumState::Exponent => {
                    let e = c;
                    c = self.nextc()?;
                    if c == ch(b'+') || c == ch(b'-') {
                        c = self.nextc()?;
                        if !is_digit(c) {
                            self.backup(c);
                            return Err(self.syntax_error("invalid decimal literal"));
                        }
                    } else if !is_digit(c) {
                        self.backup(c);
                        self.verify_end_of_number(e, "decimal")?;
                        self.backup(e);
                        return tok(NUMBER, self.start, Some(self.cur));
                    }
                    c = self.decimal_tail()?;
                    if c == ch(b'j') || c == ch(b'J') {
                        state = NumState::Imaginary;
                    } else {
                        self.verify_end_of_number(c, "decimal")?;
                        state = NumState::Done;
                    }
                }
                NumState::Imaginary => {
                    c = self.nextc()?;
                    self.verify_end_of_number(c, "imaginary")?;
                    state = NumState::Done;
                }
                NumState::Done => {
                    self.backup(c);
                    return tok(NUMBER, self.start, Some(self.cur));
                }
            }
        }
    }

    // ----- strings -----

    /// A string literal (prefix already read, `quote` just read).
    fn string(&mut self, quote: i32) -> PyResult<Token> {
        let mut quote_size = 1;
        let mut end_quote_size = 0;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;
        let mut c = self.nextc()?;
        if c == quote {
            c = self.nextc()?;
            if c == quote {
                quote_size = 3;
            } else {
                end_quote_size = 1; // empty string
            }
        }
        if c != quote {
            self.backup(c);
        }
        while end_quote_size != quote_size {
            c = self.nextc()?;
            if c == EOF || (quote_size == 1 && c == ch(b'\n')) {
                // report the error at the string's opening quote
                self.cur = self.start.unwrap_or(0) + 1;
                self.line_start = self.multi_line_start;
                let detected = self.lineno;
                self.lineno = self.first_lineno;
                if self.inside_fstring() {
                    let m = *self.mode();
                    if m.quote == quote && m.quote_size == quote_size {
                        return Err(self.syntax_error("f-string: expecting '}'"));
                    }
                }
                let msg = if quote_size == 3 {
                    format!(
                        "unterminated triple-quoted string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated string literal (detected at line {detected})")
                };
                return Err(self.syntax_error(&msg));
            }
            if c == quote {
                end_quote_size += 1;
            } else {
                end_quote_size = 0;
                if c == ch(b'\\') {
                    c = self.nextc()?; // the escaped character
                    if c == ch(b'\r') {
                        self.nextc()?;
                    }
                }
            }
        }
        tok(STRING, self.start, Some(self.cur))
    }

    /// An f-string's prefix and opening quote: pushes the f-string mode.
    fn fstring_start(&mut self, quote: i32) -> PyResult<Token> {
        let mut quote_size = 1;
        self.first_lineno = self.lineno;
        self.multi_line_start = self.line_start;
        let after_quote = self.nextc()?;
        if after_quote == quote {
            let after_after = self.nextc()?;
            if after_after == quote {
                quote_size = 3;
            } else {
                self.backup(after_after);
                self.backup(after_quote);
            }
        }
        if after_quote != quote {
            self.backup(after_quote);
        }
        if self.modes.len() >= MAXFSTRINGLEVEL {
            return Err(self.syntax_error("too many nested f-strings"));
        }
        let s = self.start.unwrap_or(0);
        let raw = match self.buf[s] {
            b'f' | b'F' => matches!(self.buf.get(s + 1), Some(b'r' | b'R')),
            _ => true,
        };
        self.modes.push(Mode {
            kind: Kind::FString,
            quote,
            quote_size,
            raw,
            start: s,
            multi_line_start: self.line_start,
            line_start: self.lineno,
            curly_depth: 0,
            expr_start_depth: -1,
            expr_end_seen: false,
        });
        tok(FSTRING_START, self.start, Some(self.cur))
    }

    /// `tok_get_fstring_mode`: the literal parts of an f-string and its end.
    fn get_fstring(&mut self) -> PyResult<Token> {
        self.start = Some(self.cur);
        self.first_lineno = self.lineno;
        let start = self.start;

        // a replacement field right away: nothing literal before it
        let start_char = self.nextc()?;
        if start_char == ch(b'{') {
            let peek1 = self.nextc()?;
            self.backup(peek1);
            self.backup(start_char);
            if peek1 != ch(b'{') {
                self.mode().expr_start_depth += 1;
                if self.mode().expr_start_depth >= MAX_EXPR_NESTING {
                    return Err(self.syntax_error("f-string: expressions nested too deeply"));
                }
                self.mode().kind = Kind::Regular;
                return self.get_normal();
            }
        } else {
            self.backup(start_char);
        }

        // the end of the f-string?
        let m = *self.mode();
        let mut at_end = true;
        for _ in 0..m.quote_size {
            let q = self.nextc()?;
            if q != m.quote {
                self.backup(q);
                at_end = false;
                break;
            }
        }
        if at_end {
            self.modes.pop();
            return tok(FSTRING_END, start, Some(self.cur));
        }

        self.multi_line_start = self.line_start;
        let mut end_quote_size = 0;
        let mut unicode_escape = false;
        while end_quote_size != m.quote_size {
            let c = self.nextc()?;
            let (expr_end_seen, expr_start_depth) = {
                let m = self.mode();
                (m.expr_end_seen, m.expr_start_depth)
            };
            let in_format_spec = expr_end_seen && expr_start_depth >= 0;
            if c == EOF || (m.quote_size == 1 && c == ch(b'\n')) {
                // a newline ends a format spec
                if in_format_spec && c == ch(b'\n') {
                    self.backup(c);
                    self.mode().kind = Kind::Regular;
                    return tok(FSTRING_MIDDLE, start, Some(self.cur));
                }
                self.cur = m.start + 1;
                self.line_start = m.multi_line_start;
                let detected = self.lineno;
                self.lineno = m.line_start;
                let msg = if m.quote_size == 3 {
                    format!(
                        "unterminated triple-quoted f-string literal (detected at line {detected})"
                    )
                } else {
                    format!("unterminated f-string literal (detected at line {detected})")
                };
                return Err(self.syntax_error(&msg));
            }
            if c == m.quote {
                end_quote_size += 1;
                continue;
            }
            end_quote_size = 0;
            if c == ch(b'{') {
                let peek = self.nextc()?;
                if peek != ch(b'{') || in_format_spec {
                    self.backup(peek);
                    self.backup(c);
                    self.mode().expr_start_depth += 1;
                    if self.mode().expr_start_depth >= MAX_EXPR_NESTING {
                        return Err(self.syntax_error("f-string: expressions nested too deeply"));
                    }
                    self.mode().kind = Kind::Regular;
                    return tok(FSTRING_MIDDLE, start, Some(self.cur));
                }
                return tok(FSTRING_MIDDLE, start, Some(self.cur - 1));
            } else if c == ch(b'}') {
                if unicode_escape {
                    return tok(FSTRING_MIDDLE, start, Some(self.cur));
                }
                let peek = self.nextc()?;
                if peek == ch(b'}') && !in_format_spec {
                    return tok(FSTRING_MIDDLE, start, Some(self.cur - 1));
                }
                self.backup(peek);
                self.backup(c);
                self.mode().kind = Kind::Regular;
                return tok(FSTRING_MIDDLE, start, Some(self.cur));
            } else if c == ch(b'\\') {
                let mut peek = self.nextc()?;
                if peek == ch(b'\r') {
                    peek = self.nextc()?;
                }
                if peek == ch(b'{') || peek == ch(b'}') {
                    if !m.raw {
                        let msg = format!("invalid escape sequence '\\{}'", peek as u8 as char);
                        self.parser_warn(&msg)?;
                    }
                    self.backup(peek);
                    continue;
                }
                if !m.raw && peek == ch(b'N') {
                    peek = self.nextc()?;
                    if peek == ch(b'{') {
                        unicode_escape = true;
                    } else {
                        self.backup(peek);
                    }
                }
            }
        }

        // leave the closing quotes to FSTRING_END
        for _ in 0..m.quote_size {
            self.backup(m.quote);
        }
        tok(FSTRING_MIDDLE, start, Some(self.cur))
    }
}
