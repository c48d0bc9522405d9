//! Traceback objects and CPython 3.12's printed traceback format (the chain of causes and
//! contexts, "File ..., line N, in name", the source line, notes).
//! Not yet: the `^^^^`/`~~~^~~~` position markers under the source line.

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
fn tb_lineno(t: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(ferrite_runtime::objects::int::new_int(obj::<TracebackObject>(t).lineno as i64))
}
fn tb_frame(t: Value) -> ferrite_runtime::PyResult<Value> {
    Ok(obj::<TracebackObject>(t).frame)
}

pub fn init() {
    as_type(bt(BT::Traceback)).instance_kind = &TB_KIND;
    as_type(bt(BT::Frame)).instance_kind = &crate::frame::FRAME_KIND;
    use ferrite_runtime::methods::getset;
    getset(bt(BT::Traceback), "tb_next", tb_next);
    getset(bt(BT::Traceback), "tb_lineno", tb_lineno);
    getset(bt(BT::Traceback), "tb_frame", tb_frame);
}

thread_local! {
    static SOURCES: std::cell::RefCell<HashMap<String, Vec<String>>> = std::cell::RefCell::new(HashMap::new());
}

/// Remembers the source of a file compiled from a string (so `<string>`-less files and the
/// main script print their lines even if changed on disk later).
pub fn remember_source(filename: &str, src: &str) {
    SOURCES.with(|s| {
        s.borrow_mut()
            .insert(filename.to_string(), src.lines().map(String::from).collect())
    });
}

fn source_line(filename: &str, line: u32) -> Option<String> {
    if line == 0 {
        return None;
    }
    let cached = SOURCES.with(|s| {
        s.borrow()
            .get(filename)
            .map(|lines| lines.get(line as usize - 1).cloned())
    });
    let l = match cached {
        Some(l) => l,
        None => {
            let text = std::fs::read_to_string(filename).ok()?;
            let lines: Vec<String> = text.lines().map(String::from).collect();
            let r = lines.get(line as usize - 1).cloned();
            SOURCES.with(|s| s.borrow_mut().insert(filename.to_string(), lines));
            r
        }
    }?;
    let t = l.trim().to_string();
    if t.is_empty() {
        None
    } else {
        Some(t)
    }
}

/// "ExcType: message" as the last line of a traceback.
pub fn format_exception_only(e: Value) -> String {
    let t = type_of(e);
    let tt = as_type(t);
    let mut name = str_of(tt.qualname).to_string();
    if let Some(m) = ferrite_runtime::objects::dict::dict_get_str(tt.dict, "__module__") {
        if m.is_ptr() && layout_of(m) == Layout::Str {
            let ms = str_of(m);
            if ms != "builtins" && ms != "__main__" {
                name = format!("{ms}.{name}");
            }
        }
    }
    if is_subtype(t, exc_type(Exc::SyntaxError)) {
        return crate::builtins::format_syntax_error(e, &name);
    }
    let msg = match ops::str(e) {
        Ok(s) => str_of(s).to_string(),
        Err(_) => "<exception str() failed>".to_string(),
    };
    let mut out = if msg.is_empty() {
        name
    } else {
        format!("{name}: {msg}")
    };
    out.push('\n');
    if let Ok(Some(notes)) = ops::getattr_opt(e, ferrite_runtime::intern::intern("__notes__")) {
        if let Ok(l) = ops::to_list(notes) {
            for &n in ferrite_runtime::objects::list::list_items(l).clone().iter() {
                let s = ops::str_string(n).unwrap_or_else(|_| "<note str() failed>".into());
                out.push_str(&s);
                out.push('\n');
            }
        }
    }
    out
}

fn format_tb(tb: Value, out: &mut String) {
    let mut t = tb;
    let mut last: Option<(String, u32, String)> = None;
    let mut repeat = 0;
    while !t.is_null() && t != none() {
        let o = obj::<TracebackObject>(t);
        let f = frame(o.frame);
        let code = code_obj(f.code);
        let file = str_of(code.filename).to_string();
        let name = str_of(code.name).to_string();
        let key = (file.clone(), o.lineno, name.clone());
        if last.as_ref() == Some(&key) {
            repeat += 1;
        } else {
            if repeat > 3 {
                out.push_str(&format!(
                    "  [Previous line repeated {} more time{}]\n",
                    repeat - 3,
                    if repeat - 3 == 1 { "" } else { "s" }
                ));
            }
            repeat = 1;
            last = Some(key);
        }
        if repeat <= 3 {
            out.push_str(&format!("  File \"{}\", line {}, in {}\n", file, o.lineno, name));
            if let Some(src) = source_line(&file, o.lineno) {
                out.push_str(&format!("    {}\n", src));
            }
        }
        t = o.next;
    }
    if repeat > 3 {
        out.push_str(&format!(
            "  [Previous line repeated {} more time{}]\n",
            repeat - 3,
            if repeat - 3 == 1 { "" } else { "s" }
        ));
    }
}

/// The whole printed traceback of `e`, including its cause/context chain.
pub fn format_exception(e: Value) -> String {
    let mut out = String::new();
    let mut seen = Vec::new();
    format_chain(e, &mut out, &mut seen);
    out
}

fn format_chain(e: Value, out: &mut String, seen: &mut Vec<Value>) {
    seen.push(e);
    let o = exc_obj(e);
    let (cause, context, suppress) = (o.cause, o.context, o.suppress_context == py_true());
    if !cause.is_null() && cause != none() && !seen.contains(&cause) {
        format_chain(cause, out, seen);
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !suppress && !context.is_null() && context != none() && !seen.contains(&context) {
        format_chain(context, out, seen);
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let tb = exc_obj(e).traceback;
    if !tb.is_null() && tb != none() {
        out.push_str("Traceback (most recent call last):\n");
        format_tb(tb, out);
    }
    out.push_str(&format_exception_only(e));
}

pub fn print_exception(e: Value) {
    use std::io::Write;
    crate::sysmod::flush_stdout();
    let s = format_exception(e);
    let _ = std::io::stderr().write_all(s.as_bytes());
}
