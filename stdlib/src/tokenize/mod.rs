//! The `_tokenize` module: `TokenizerIter(readline, *, extra_tokens, encoding=None)`, the
//! iterator `tokenize.py` builds `generate_tokens`/`tokenize` on. Each `__next__` returns
//! `(type, string, (srow, scol), (erow, ecol), line)` as CPython 3.12's `tokenizeriter_next`,
//! including its adjustments for `extra_tokens` (operators as OP, NEWLINE/NL texts, the
//! trailing DEDENT/ENDMARKER positions).

mod lexer;

use crate::support::{native_type, stop, visit, TypeCell};
use ferrite_runtime::errors::{exc_matches, exc_type, type_error, value_error, Exc, PyResult};
use ferrite_runtime::methods::{builtin_value, def, def_new};
use ferrite_runtime::object::{bt, type_of, write_barrier, BT};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::{new_native, NativeData};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::types::{is_subtype, type_name_of};
use ferrite_runtime::{ops, Value};
use lexer::{Lexer, Source, Token};

/// The readline callable and the encoding its bytes are in (None: it returns str).
struct PySource {
    readline: Value,
    encoding: Option<String>,
}

impl Source for PySource {
    fn readline(&mut self) -> PyResult<Vec<u8>> {
        let raw = match ops::call(self.readline, &[], &[]) {
            Ok(v) => v,
            Err(e) if exc_matches(e.0, exc_type(Exc::StopIteration)) => return Ok(Vec::new()),
            Err(e) => return Err(e),
        };
        match &self.encoding {
            Some(enc) => {
                if !(raw.is_ptr() && is_subtype(type_of(raw), bt(BT::Bytes))) {
                    return Err(type_error("readline() returned a non-bytes object"));
                }
                let s = ops::call_method(
                    builtin_value(raw),
                    "decode",
                    &[new_str(enc), new_str("replace")],
                )?;
                Ok(str_of(builtin_value(s)).as_bytes().to_vec())
            }
            None => {
                if !(raw.is_ptr() && is_subtype(type_of(raw), bt(BT::Str))) {
                    return Err(type_error("readline() returned a non-string object"));
                }
                Ok(str_of(builtin_value(raw)).as_bytes().to_vec())
            }
        }
    }

    fn warn(&mut self, msg: &str, lineno: i64) -> PyResult<()> {
        let w = crate::import_module("warnings")?;
        let f = ops::getattr_str(w, "warn_explicit")?;
        ops::call(
            f,
            &[
                new_str(msg),
                exc_type(Exc::SyntaxWarning),
                new_str("<string>"),
                new_int(lineno),
            ],
            &[],
        )?;
        Ok(())
    }
}

struct TokIter {
    /// None while a `__next__` runs (the lexer is then on that call's stack).
    lexer: Option<Lexer<PySource>>,
    done: bool,
}

impl NativeData for TokIter {
    fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
        if let Some(l) = self.lexer.as_mut() {
            visit(t, &mut l.src.readline);
        }
    }
}

static TOKITER_T: TypeCell = TypeCell::new();

fn tokiter_type() -> Value {
    TOKITER_T.get_or_init(|| {
        let t = native_type("_tokenize", "TokenizerIter", false);
        def_new(t, tokiter_new);
        def(t, "__iter__", crate::support::iter_self);
        def(t, "__next__", tokiter_next);
        t
    })
}

const FNAME: &str = "tokenizeriter";

/// `TokenizerIter.__new__(cls, readline, /, *, extra_tokens, encoding=...)` with Argument
/// Clinic's checks and messages.
fn tokiter_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    let pos = &a[1..npos];
    if pos.len() != 1 {
        return Err(type_error(format!(
            "{FNAME}() takes exactly 1 positional argument ({} given)",
            pos.len()
        )));
    }
    let mut extra = None;
    let mut encoding = None;
    for (i, k) in kw.iter().enumerate() {
        match str_of(*k) {
            "extra_tokens" => extra = Some(a[npos + i]),
            "encoding" => encoding = Some(a[npos + i]),
            _ => {}
        }
    }
    let Some(extra) = extra else {
        return Err(type_error(format!(
            "{FNAME}() missing required argument 'extra_tokens' (pos 2)"
        )));
    };
    ferrite_runtime::args::only_kwargs(FNAME, kw, &["extra_tokens", "encoding"])?;
    let extra = ops::truthy(extra)?;
    let encoding = match encoding {
        None => None,
        Some(e) if e.is_ptr() && is_subtype(type_of(e), bt(BT::Str)) => {
            let s = str_of(builtin_value(e));
            if s.contains('\0') {
                return Err(value_error("embedded null character"));
            }
            Some(s.to_string())
        }
        Some(e) => {
            return Err(type_error(format!(
                "{FNAME}() argument 'encoding' must be str, not {}",
                type_name_of(e)
            )))
        }
    };
    let src = PySource {
        readline: pos[0],
        encoding,
    };
    Ok(new_native(
        tokiter_type(),
        TokIter {
            lexer: Some(Lexer::new(src, extra)),
            done: false,
        },
    ))
}

fn iter_of(v: Value) -> PyResult<&'static mut TokIter> {
    crate::support::data::<TokIter>(v, "_tokenize.TokenizerIter")
}

fn tokiter_next(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("TokenizerIter.__next__", &a[1..], kw, 0, 0)?;
    let me = a[0];
    let it = iter_of(me)?;
    if it.done {
        return Err(stop());
    }
    let Some(mut lx) = it.lexer.take() else {
        return Err(value_error("TokenizerIter already executing"));
    };
    // the lexer (with the readline callable) lives on this stack during the calls into Python
    let r = lx.get().map(|t| (t.ty, token_tuple(&lx, t)));
    let it = iter_of(me)?;
    it.lexer = Some(lx);
    write_barrier(me);
    let (ty, v) = r?;
    if ty == lexer::ENDMARKER {
        it.done = true;
    }
    Ok(v)
}

/// `tokenizeriter_next`'s result tuple for token `t`, from the tokenizer's state right after
/// producing it.
fn token_tuple(lx: &Lexer<PySource>, t: Token) -> Value {
    use lexer::*;
    let extra = lx.extra_tokens;
    let mut ty = t.ty;
    let mut text = match (t.start, t.end) {
        (Some(s), Some(e)) if e >= s => String::from_utf8_lossy(&lx.buf[s..e]).into_owned(),
        _ => String::new(),
    };
    let is_trailing = ty == ENDMARKER || (ty == DEDENT && lx.done == Done::Eof);
    let is_string = ty == STRING || ty == FSTRING_MIDDLE;
    let line_start = if is_string {
        lx.multi_line_start
    } else {
        lx.line_start
    };
    let line = if extra && is_trailing {
        String::new()
    } else {
        let mut size = lx.inp as isize - line_start as isize;
        if size >= 1 && lx.implicit_newline {
            size -= 1;
        }
        if size > 0 {
            String::from_utf8_lossy(&lx.buf[line_start..line_start + size as usize]).into_owned()
        } else {
            String::new()
        }
    };
    let mut lineno = if is_string {
        lx.first_lineno
    } else {
        lx.lineno
    };
    let mut end_lineno = lx.lineno;
    let mut col = -1;
    let mut end_col = -1;
    if let Some(s) = t.start {
        if s >= line_start {
            col = char_offset(&line, s - line_start);
        }
    }
    if let Some(e) = t.end {
        if e >= lx.line_start {
            // (CPython 3.12 counts these characters in `line`, which for a string spanning
            // lines starts on its first line)
            end_col = char_offset(&line, e - lx.line_start);
        }
    }
    if extra {
        if is_trailing {
            lineno += 1;
            end_lineno = lineno;
            col = 0;
            end_col = 0;
        }
        if ty > DEDENT && ty < OP {
            ty = OP;
        } else if ty == ASYNC || ty == AWAIT {
            ty = NAME;
        } else if ty == NEWLINE {
            if !lx.implicit_newline {
                let cr = lx.start.and_then(|s| lx.buf.get(s)) == Some(&b'\r');
                text = if cr { "\r\n" } else { "\n" }.to_string();
            }
            end_col += 1;
        } else if ty == NL && lx.implicit_newline {
            text.clear();
        }
    }
    new_tuple(&[
        new_int(ty as i64),
        new_str(&text),
        new_tuple(&[new_int(lineno), new_int(col)]),
        new_tuple(&[new_int(end_lineno), new_int(end_col)]),
        new_str(&line),
    ])
}

pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "TokenizerIter", tokiter_type());
    Ok(())
}
