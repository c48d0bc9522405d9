//! Traceback objects and CPython 3.12's printed traceback format, as its C printer
//! (Python/pythonrun.c, Python/traceback.c) writes it for an uncaught exception: the chain of
//! causes and contexts, "File ..., line N, in name", the source line read from disk, the
//! `^^^^`/`~~~^~~~` position markers, repeated-line folding, the tracebacklimit of 1000,
//! SyntaxError's location and caret, "Did you mean" suggestions, notes, and exception groups
//! drawn with `+-` / `|` margins.

use crate::frame::frame;
use ferrite_gc::Header;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::function::code_obj;
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::types::is_subtype;
use ferrite_runtime::{ops, Value};
use std::collections::HashMap;

#[repr(C)]
pub struct TracebackObject {
    pub header: Header,
    pub next: Value,
    pub frame: Value,
    pub lasti: usize,
    pub lineno: u32,
}
ferrite_runtime::fixed_kind!(TB_KIND, "traceback", TracebackObject, [next, frame]);

pub fn new_traceback(next: Value, f: Value, lasti: usize, lineno: u32) -> Value {
    new_obj::<TracebackObject>(bt(BT::Traceback), |o| {
        o.next = next;
        o.frame = f;
        o.lasti = lasti;
        o.lineno = lineno;
    })
}

fn tb_next(t: Value) -> ferrite_runtime::PyResult<Value> {
    let n = obj::<TracebackObject>(t).next;
    Ok(if n.is_null() { none() } else { n })
}
/// `tb.tb_next = v` (CPython's tb_next_set): None or a traceback that does not lead back here.
fn tb_set_next(t: Value, v: Value) -> ferrite_runtime::PyResult<()> {
    if v.is_null() {
        return Err(type_error("can't delete tb_next attribute"));
    }
    let new = if v == none() {
        Value::NULL
    } else if v.is_ptr() && type_of(v) == bt(BT::Traceback) {
        let mut c = v;
        while !c.is_null() {
            if c == t {
                return Err(value_error("traceback loop detected"));
            }
            c = obj::<TracebackObject>(c).next;
        }
        v
    } else {
        return Err(type_error(format!(
            "expected traceback object, got '{}'",
            ferrite_runtime::types::type_name_of(v)
        )));
    };
    obj::<TracebackObject>(t).next = new;
    write_barrier(t);
    Ok(())
}
fn tb_lineno(t: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(ferrite_runtime::objects::int::new_int(
        obj::<TracebackObject>(t).lineno as i64,
    ))
}
fn tb_lasti(t: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(ferrite_runtime::objects::int::new_int(
        obj::<TracebackObject>(t).lasti as i64 * 2,
    ))
}
fn tb_frame(t: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(obj::<TracebackObject>(t).frame)
}

pub fn init() {
    as_type(bt(BT::Traceback)).instance_kind = &TB_KIND;
    as_type(bt(BT::Frame)).instance_kind = &crate::frame::FRAME_KIND;
    use ferrite_runtime::methods::getset;
    ferrite_runtime::methods::getset_rw(bt(BT::Traceback), "tb_next", tb_next, tb_set_next);
    getset(bt(BT::Traceback), "tb_lineno", tb_lineno);
    getset(bt(BT::Traceback), "tb_frame", tb_frame);
    getset(bt(BT::Traceback), "tb_lasti", tb_lasti);
    let se = exc_type(Exc::SyntaxError);
    getset(se, "end_lineno", se_end_lineno);
    getset(se, "end_offset", se_end_offset);
    getset(se, "print_file_and_line", se_print_file_and_line);
}

/// Item `i` of a SyntaxError's details tuple (`args[1]`: filename, lineno, offset, text,
/// end_lineno, end_offset), None when absent.
fn syntax_error_detail(e: Value, i: usize) -> Value {
    use ferrite_runtime::objects::tuple::{tuple_items, tuple_len};
    let args = exc_obj(e).args;
    if !args.is_null() && tuple_len(args) == 2 {
        let d = tuple_items(args)[1];
        if d.is_ptr() && layout_of(d) == Layout::Tuple && tuple_len(d) > i {
            return tuple_items(d)[i];
        }
    }
    none()
}
fn se_end_lineno(e: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(syntax_error_detail(e, 4))
}
fn se_end_offset(e: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(syntax_error_detail(e, 5))
}
fn se_print_file_and_line(_: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(none())
}

mod anchors;
mod suggest;

thread_local! {
    static SOURCES: std::cell::RefCell<HashMap<String, Option<Vec<String>>>> =
        std::cell::RefCell::new(HashMap::new());
}

/// Kept for callers that compile from a string: CPython's printer reads source lines from
/// the file on disk only, so this does nothing beyond dropping a stale cached copy.
pub fn remember_source(filename: &str, _src: &str) {
    SOURCES.with(|s| s.borrow_mut().remove(filename));
}

/// Line `line` (1-based) of `filename` as read from disk, without its line break.
fn source_line(filename: &str, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    SOURCES.with(|s| {
        let mut s = s.borrow_mut();
        let lines = s.entry(filename.to_string()).or_insert_with(|| {
            let bytes = std::fs::read(filename).ok()?;
            let text = String::from_utf8_lossy(&bytes);
            Some(
                text.split_inclusive('\n')
                    .map(|l| l.trim_end_matches(['\n', '\r']).to_string())
                    .collect(),
            )
        });
        lines.as_ref()?.get(line as usize - 1).cloned()
    })
}

const TB_RECURSIVE_CUTOFF: usize = 3;
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// State of one printout (CPython's `exception_print_context`).
struct Ctx {
    out: String,
    group_depth: usize,
    need_close: bool,
    /// exceptions already printed (a GC list, so moved objects stay recognisable)
    seen: Value,
}

impl Ctx {
    fn margin(&self) -> &'static str {
        if self.group_depth > 0 {
            "| "
        } else {
            ""
        }
    }
    fn indent(&self) -> usize {
        2 * self.group_depth
    }
    fn write_margin(&mut self) {
        let (i, m) = (self.indent(), self.margin());
        self.write_indented(i, m);
    }
    fn write_indented(&mut self, indent: usize, margin: &str) {
        for _ in 0..indent {
            self.out.push(' ');
        }
        self.out.push_str(margin);
    }
    fn seen(&self, e: Value) -> bool {
        ferrite_runtime::objects::list::list_items(self.seen).contains(&e)
    }
}

fn is_none_or_null(v: Value) -> bool {
    v.is_null() || v == none()
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && layout_of(v) == Layout::Str
}

fn is_exception(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), exc_type(Exc::BaseException))
}

fn is_group(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), exc_type(Exc::BaseExceptionGroup))
}

/// "module.qualname" of an exception type as CPython prints it.
fn exc_type_name(t: Value) -> String {
    let tt = as_type(t);
    let q = if is_str(tt.qualname) {
        str_of(tt.qualname).to_string()
    } else {
        str_of(tt.name).to_string()
    };
    match ferrite_runtime::types::lookup(t, "__module__") {
        Some(m) if is_str(m) => {
            let ms = str_of(m);
            if ms == "builtins" || ms == "__main__" {
                q
            } else {
                format!("{ms}.{q}")
            }
        }
        Some(_) => format!("<unknown>.{q}"),
        None => q,
    }
}

/// "ExcType: message" (plus a suggestion and the notes) as the last lines of a traceback.
pub fn format_exception_only(e: Value) -> String {
    let mut ctx = Ctx {
        out: String::new(),
        group_depth: 0,
        need_close: false,
        seen: ferrite_runtime::objects::list::new_list(&[]),
    };
    print_exception_body(&mut ctx, e);
    ctx.out
}

fn tb_print(ctx: &mut Ctx, tb: Value) {
    // sys.tracebacklimit's default: only the innermost 1000 entries
    let limit = 1000usize;
    let mut depth = 0usize;
    let mut t = tb;
    while !is_none_or_null(t) {
        depth += 1;
        t = obj::<TracebackObject>(t).next;
    }
    let mut t = tb;
    while !is_none_or_null(t) && depth > limit {
        depth -= 1;
        t = obj::<TracebackObject>(t).next;
    }
    let mut last: Option<(Value, u32, Value)> = None;
    let mut cnt = 0usize;
    while !is_none_or_null(t) {
        let o = obj::<TracebackObject>(t);
        let code = frame(o.frame).code;
        let c = code_obj(code);
        let key = (c.filename, o.lineno, c.name);
        let same = match &last {
            Some((f, l, n)) => {
                str_of(*f) == str_of(key.0) && *l == key.1 && str_of(*n) == str_of(key.2)
            }
            None => false,
        };
        if !same {
            if cnt > TB_RECURSIVE_CUTOFF {
                print_repeated(ctx, cnt);
            }
            last = Some(key);
            cnt = 0;
        }
        cnt += 1;
        if cnt <= TB_RECURSIVE_CUTOFF {
            display_line(ctx, code, o.lineno, o.lasti);
        }
        t = o.next;
    }
    if cnt > TB_RECURSIVE_CUTOFF {
        print_repeated(ctx, cnt);
    }
}

fn print_repeated(ctx: &mut Ctx, cnt: usize) {
    let n = cnt - TB_RECURSIVE_CUTOFF;
    ctx.write_margin();
    ctx.out.push_str(&format!(
        "  [Previous line repeated {} more time{}]\n",
        n,
        if n > 1 { "s" } else { "" }
    ));
}

/// Character index of UTF-8 byte offset `b` in `line` (CPython's
/// `_PyPegen_byte_offset_to_character_offset`).
fn byte_to_char(line: &str, b: usize) -> usize {
    let b = b.min(line.len());
    String::from_utf8_lossy(&line.as_bytes()[..b])
        .chars()
        .count()
}

fn is_ws(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\x0c'
}

/// One traceback entry: location line, source line and the position markers.
fn display_line(ctx: &mut Ctx, code: Value, lineno: u32, lasti: usize) {
    let c = code_obj(code);
    let filename = str_of(c.filename).to_string();
    ctx.write_margin();
    ctx.out.push_str(&format!(
        "  File \"{}\", line {}, in {}\n",
        filename,
        lineno,
        str_of(c.name)
    ));
    let Some(line) = source_line(&filename, lineno) else {
        return;
    };
    let chars: Vec<char> = line.chars().collect();
    let lead = chars.iter().take_while(|&&ch| is_ws(ch)).count();
    let stripped: String = chars[lead..].iter().collect();
    ctx.write_margin();
    ctx.out.push_str("    ");
    ctx.out.push_str(&stripped);
    ctx.out.push('\n');

    let Some(p) = c.info.positions.get(lasti).copied() else {
        return;
    };
    if p.line == 0 || p.end_line == 0 || p.line != lineno {
        return;
    }
    let start = byte_to_char(&line, p.col as usize);
    let mut end = byte_to_char(&line, p.end_col as usize);
    let mut anchors = None;
    if p.line == p.end_line {
        if end <= start {
            return;
        }
        let segment: String = chars[start..end.min(chars.len())].iter().collect();
        anchors = anchors::extract(&segment).map(|a| {
            (
                byte_to_char(&segment, a.left_end) + start,
                byte_to_char(&segment, a.right_start) + start,
                a.primary,
                a.secondary,
            )
        });
    } else {
        // a multi-line expression: mark up to the last non-blank character of this line
        let mut i = chars.len();
        while i > 0 && chars[i - 1].is_whitespace() {
            i -= 1;
        }
        end = i;
    }
    // no markers when the primary range spans the whole (stripped) line
    if end.saturating_sub(start) == chars.len() - lead && anchors.is_none() {
        return;
    }
    ctx.write_margin();
    let mut s = String::from("    ");
    for off in lead + 1..=end {
        if off <= start {
            s.push(' ');
        } else if let Some((l, r, prim, sec)) = anchors {
            s.push(if l < off && off <= r { sec } else { prim });
        } else {
            s.push('^');
        }
    }
    ctx.out.push_str(&s);
    ctx.out.push('\n');
}

/// The whole printed traceback of `e`, including its cause/context chain.
pub fn format_exception(e: Value) -> String {
    let mut ctx = Ctx {
        out: String::new(),
        group_depth: 0,
        need_close: false,
        seen: ferrite_runtime::objects::list::new_list(&[]),
    };
    print_recursive(&mut ctx, e, 0);
    ctx.out
}

fn print_recursive(ctx: &mut Ctx, e: Value, level: usize) {
    if level > 200 {
        return;
    }
    print_cause_and_context(ctx, e, level);
    if is_group(e) {
        print_group(ctx, e, level);
    } else {
        print_exception_ctx(ctx, e);
    }
}

fn print_cause_and_context(ctx: &mut Ctx, e: Value, level: usize) {
    ferrite_runtime::objects::list::list_push(ctx.seen, e);
    if !is_exception(e) {
        return;
    }
    let o = exc_obj(e);
    let (cause, context, suppress) = (o.cause, o.context, o.suppress_context == py_true());
    if !is_none_or_null(cause) {
        if !ctx.seen(cause) {
            print_chained(
                ctx,
                cause,
                "The above exception was the direct cause of the following exception:\n",
                level,
            );
        }
        return;
    }
    if suppress {
        return;
    }
    if !is_none_or_null(context) && !ctx.seen(context) {
        print_chained(
            ctx,
            context,
            "During handling of the above exception, another exception occurred:\n",
            level,
        );
    }
}

fn print_chained(ctx: &mut Ctx, e: Value, message: &str, level: usize) {
    let need_close = ctx.need_close;
    print_recursive(ctx, e, level + 1);
    ctx.need_close = need_close;
    ctx.write_margin();
    ctx.out.push('\n');
    ctx.write_margin();
    ctx.out.push_str(message);
    ctx.write_margin();
    ctx.out.push('\n');
}

fn print_exception_ctx(ctx: &mut Ctx, e: Value) {
    if !is_exception(e) {
        ctx.write_margin();
        ctx.out.push_str(&format!(
            "TypeError: print_exception(): Exception expected for value, {} found\n",
            ferrite_runtime::types::type_name_of(e)
        ));
        return;
    }
    let tb = exc_obj(e).traceback;
    if !is_none_or_null(tb) {
        let mut header = "Traceback (most recent call last):\n";
        let mut header_margin = ctx.margin();
        if is_group(e) {
            header = "Exception Group Traceback (most recent call last):\n";
            if ctx.group_depth == 1 {
                header_margin = "+ ";
            }
        }
        let i = ctx.indent();
        ctx.write_indented(i, header_margin);
        ctx.out.push_str(header);
        tb_print(ctx, tb);
    }
    print_exception_body(ctx, e);
}

/// Everything after the traceback entries: SyntaxError's location, "Type: message", the
/// suggestion, the notes.
fn print_exception_body(ctx: &mut Ctx, e: Value) {
    let t = type_of(e);
    let mut value = e;
    if is_subtype(t, exc_type(Exc::SyntaxError)) {
        if let Some(msg) = print_syntax_error_location(ctx, e) {
            value = msg;
        }
    }
    ctx.write_margin();
    ctx.out.push_str(&exc_type_name(t));
    match ops::str(value) {
        Ok(s) => {
            let s = if is_str(s) {
                str_of(s).to_string()
            } else {
                String::new()
            };
            if !s.is_empty() {
                ctx.out.push_str(": ");
                ctx.out.push_str(&s);
            }
        }
        Err(_) => ctx.out.push_str(": <exception str() failed>"),
    }
    if let Some(s) = suggest::suggestion_suffix(e) {
        ctx.out.push_str(&s);
    }
    ctx.out.push('\n');
    print_notes(ctx, e);
}

fn print_notes(ctx: &mut Ctx, e: Value) {
    let notes = match ops::getattr_opt(e, ferrite_runtime::intern::intern("__notes__")) {
        Ok(Some(n)) => n,
        _ => return,
    };
    let seq = notes.is_ptr() && matches!(layout_of(notes), Layout::List | Layout::Tuple);
    if !seq {
        ctx.write_margin();
        let s = ops::repr_string(notes).unwrap_or_else(|_| "<__notes__ repr() failed>".into());
        ctx.out.push_str(&s);
        ctx.out.push('\n');
        return;
    }
    let Ok(items) = ops::to_tuple(notes) else {
        return;
    };
    let count = ferrite_runtime::objects::tuple::tuple_len(items);
    for i in 0..count {
        let n = ferrite_runtime::objects::tuple::tuple_items(items)[i];
        if is_str(n) {
            let s = str_of(n).to_string();
            for l in s.split_inclusive('\n') {
                ctx.write_margin();
                ctx.out.push_str(l);
            }
            if s.is_empty() {
                ctx.write_margin();
            }
            ctx.out.push('\n');
        } else {
            ctx.write_margin();
            let s = ops::str_string(n).unwrap_or_else(|_| "<note str() failed>".into());
            ctx.out.push_str(&s);
            ctx.out.push('\n');
        }
    }
}

fn opt_attr(e: Value, name: &str) -> Option<Value> {
    match ops::getattr_opt(e, ferrite_runtime::intern::intern(name)) {
        Ok(Some(v)) if v != none() => Some(v),
        _ => None,
    }
}

fn opt_int(e: Value, name: &str) -> Option<i64> {
    let v = opt_attr(e, name)?;
    if ferrite_runtime::objects::int::is_int(v) {
        ferrite_runtime::objects::int::int_to_i64(v)
    } else {
        None
    }
}

/// SyntaxError's "  File ..., line N", text and caret lines (CPython's
/// `print_exception_file_and_line` + `print_error_text`); returns the message to print.
fn print_syntax_error_location(ctx: &mut Ctx, e: Value) -> Option<Value> {
    let msg = opt_attr(e, "msg")?;
    let filename = match opt_attr(e, "filename") {
        Some(f) => ops::str_string(f).ok()?,
        None => "<string>".to_string(),
    };
    let lineno = opt_int(e, "lineno")?;
    let offset = opt_int(e, "offset").unwrap_or(-1);
    let end_lineno = opt_int(e, "end_lineno").unwrap_or(lineno);
    let mut end_offset = opt_int(e, "end_offset").unwrap_or(-1);
    let text = opt_attr(e, "text").and_then(|t| {
        if is_str(t) {
            Some(str_of(t).to_string())
        } else {
            None
        }
    });
    ctx.write_margin();
    ctx.out
        .push_str(&format!("  File \"{}\", line {}\n", filename, lineno));
    if let Some(text) = text {
        let line_size = text.chars().count() as i64;
        if end_lineno > lineno {
            end_offset = line_size;
        }
        if end_offset > line_size + 1 {
            end_offset = line_size + 1;
        }
        print_error_text(ctx, offset, end_offset, &text);
    }
    Some(msg)
}

fn print_error_text(ctx: &mut Ctx, offset: i64, end_offset: i64, text: &str) {
    let carets = if end_offset > 0 && end_offset > offset {
        end_offset - offset
    } else {
        1
    };
    let mut offset = offset - 1;
    let chars: Vec<char> = text.chars().collect();
    let mut t = 0usize;
    while t < chars.len() && is_ws(chars[t]) {
        t += 1;
        offset -= 1;
    }
    let mut rest: &[char] = &chars[t..];
    let mut len = rest.len() as i64;
    if len > 0 && rest[rest.len() - 1] == '\n' {
        len -= 1;
    }
    if offset > len {
        offset = len;
    }
    // skip past newlines embedded in text
    while let Some(nl) = rest.iter().position(|&c| c == '\n') {
        let inl = nl as i64;
        if inl >= offset {
            break;
        }
        rest = &rest[nl + 1..];
        len -= inl + 1;
        offset -= inl + 1;
    }
    ctx.out.push_str("    ");
    let s: String = rest.iter().collect();
    ctx.out.push_str(&s);
    if len < 0 || rest.get(len as usize) != Some(&'\n') {
        ctx.out.push('\n');
    }
    if offset < 0 {
        return;
    }
    ctx.out.push_str("    ");
    for _ in 0..offset {
        ctx.out.push(' ');
    }
    for _ in 0..carets {
        ctx.out.push('^');
    }
    ctx.out.push('\n');
}

fn print_group(ctx: &mut Ctx, e: Value, level: usize) {
    if ctx.group_depth > MAX_GROUP_DEPTH {
        ctx.write_margin();
        ctx.out
            .push_str(&format!("... (max_group_depth is {})\n", MAX_GROUP_DEPTH));
        return;
    }
    if ctx.group_depth == 0 {
        ctx.group_depth += 1;
    }
    print_exception_ctx(ctx, e);
    let excs = exc_obj(e).extra2;
    // index the tuple afresh below: printing allocates and may move the sub-exceptions
    let excs = if excs.is_ptr() && layout_of(excs) == Layout::Tuple {
        excs
    } else {
        ferrite_runtime::objects::tuple::new_tuple(&[])
    };
    let num = ferrite_runtime::objects::tuple::tuple_len(excs);
    let n = if num <= MAX_GROUP_WIDTH {
        num
    } else {
        MAX_GROUP_WIDTH + 1
    };
    ctx.need_close = false;
    for i in 0..n {
        let sub = ferrite_runtime::objects::tuple::tuple_items(excs)[i];
        let last = i == n - 1;
        if last {
            ctx.need_close = true;
        }
        let ind = ctx.indent();
        ctx.write_indented(ind, "");
        let truncated = i >= MAX_GROUP_WIDTH;
        let lead = if i == 0 { "+-" } else { "  " };
        if !truncated {
            ctx.out.push_str(&format!(
                "{lead}+---------------- {} ----------------\n",
                i + 1
            ));
        } else {
            ctx.out
                .push_str(&format!("{lead}+---------------- ... ----------------\n"));
        }
        ctx.group_depth += 1;
        if !truncated {
            print_recursive(ctx, sub, level + 1);
        } else {
            let rem = num - MAX_GROUP_WIDTH;
            ctx.write_margin();
            ctx.out.push_str(&format!(
                "and {} more exception{}\n",
                rem,
                if rem > 1 { "s" } else { "" }
            ));
        }
        if last && ctx.need_close {
            let ind = ctx.indent();
            ctx.write_indented(ind, "");
            ctx.out.push_str("+------------------------------------\n");
            ctx.need_close = false;
        }
        ctx.group_depth -= 1;
    }
    if ctx.group_depth == 1 {
        ctx.group_depth -= 1;
    }
}

pub fn print_exception(e: Value) {
    use std::io::Write;
    crate::sysmod::flush_stdout();
    let s = format_exception(e);
    let _ = std::io::stderr().write_all(s.as_bytes());
}
