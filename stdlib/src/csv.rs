//! The `_csv` module: CPython 3.12's CSV parser and writer (reader, writer, Dialect, the
//! dialect registry, field_size_limit, Error) with the same state machine, quoting rules and
//! messages. `csv.py` builds DictReader/DictWriter/Sniffer on top.

use crate::support::{native_type, traced};
use ferrite_runtime::errors::{new_exc_obj, overflow_error, type_error, PyErr, PyResult};
use ferrite_runtime::methods::{builtin_value, def, def_new, getset};
use ferrite_runtime::object::{bt, none, py_bool, type_of, write_barrier, BT};
use ferrite_runtime::objects::dict::{dict_del, dict_get, dict_set, dict_set_str, new_dict};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::{list_push, new_list};
use ferrite_runtime::objects::native::{native_mut, new_native, new_native_for, NativeData};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::types::{is_subtype, lookup, type_name_of};
use ferrite_runtime::{ops, Value};
use std::sync::atomic::{AtomicI64, Ordering};

const QUOTE_MINIMAL: i64 = 0;
const QUOTE_ALL: i64 = 1;
const QUOTE_NONNUMERIC: i64 = 2;
const QUOTE_NONE: i64 = 3;
const QUOTE_STRINGS: i64 = 4;
const QUOTE_NOTNULL: i64 = 5;

static FIELD_LIMIT: AtomicI64 = AtomicI64::new(128 * 1024);

static DIALECT_T: crate::support::TypeCell = crate::support::TypeCell::new();
static READER_T: crate::support::TypeCell = crate::support::TypeCell::new();
static WRITER_T: crate::support::TypeCell = crate::support::TypeCell::new();
static ERROR_T: crate::support::TypeCell = crate::support::TypeCell::new();
static STATE: crate::support::StateCell = crate::support::StateCell::new("_csv");

fn error_type() -> Value {
    ERROR_T.get_or_init(|| {
        let ns = new_dict();
        dict_set_str(ns, "__module__", new_str("_csv"));
        let bases = new_tuple(&[ferrite_runtime::errors::exc_type(
            ferrite_runtime::errors::Exc::Exception,
        )]);
        let t = ops::call(bt(BT::Type), &[new_str("Error"), bases, ns], &[])
            .expect("creating _csv.Error");
        crate::support::keep_alive(t);
        t
    })
}

fn csv_error(msg: &str) -> PyErr {
    PyErr(new_exc_obj(error_type(), new_tuple(&[new_str(msg)])))
}

fn dialects() -> Value {
    STATE.get_or_init("dialects", new_dict)
}

/// The text of a str (or str subclass instance), if `v` is one.
fn as_str<'a>(v: Value) -> Option<&'a str> {
    if v.is_ptr() && is_subtype(type_of(v), bt(BT::Str)) {
        Some(str_of(builtin_value(v)))
    } else {
        None
    }
}

#[derive(Clone)]
struct Params {
    delimiter: char,
    doublequote: bool,
    escapechar: Option<char>,
    lineterminator: String,
    quotechar: Option<char>,
    quoting: i64,
    skipinitialspace: bool,
    strict: bool,
}

struct Dialect(Params);
impl NativeData for Dialect {}

fn dialect_type() -> Value {
    DIALECT_T.get_or_init(|| {
        let t = native_type("_csv", "Dialect", true);
        def_new(t, dialect_new);
        getset(t, "delimiter", |v| {
            Ok(char_value(Some(params(v)?.delimiter)))
        });
        getset(t, "doublequote", |v| Ok(py_bool(params(v)?.doublequote)));
        getset(t, "escapechar", |v| Ok(char_value(params(v)?.escapechar)));
        getset(t, "lineterminator", |v| {
            Ok(new_str(&params(v)?.lineterminator))
        });
        getset(t, "quotechar", |v| Ok(char_value(params(v)?.quotechar)));
        getset(t, "quoting", |v| Ok(new_int(params(v)?.quoting)));
        getset(t, "skipinitialspace", |v| {
            Ok(py_bool(params(v)?.skipinitialspace))
        });
        getset(t, "strict", |v| Ok(py_bool(params(v)?.strict)));
        t
    })
}

fn char_value(c: Option<char>) -> Value {
    match c {
        Some(c) => new_str(c.encode_utf8(&mut [0; 4])),
        None => none(),
    }
}

fn params(v: Value) -> PyResult<&'static Params> {
    native_mut::<Dialect>(v).map(|d| &d.0).ok_or_else(|| {
        type_error(format!(
            "descriptor requires a '_csv.Dialect' object but received a '{}'",
            type_name_of(v)
        ))
    })
}

const DIALECT_KWS: [&str; 9] = [
    "dialect",
    "delimiter",
    "doublequote",
    "escapechar",
    "lineterminator",
    "quotechar",
    "quoting",
    "skipinitialspace",
    "strict",
];

/// `_csv.Dialect.__new__(cls, dialect=None, **options)`.
fn dialect_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let args = &a[1..];
    let npos = args.len() - kw.len();
    if args.len() > 9 {
        return Err(type_error(format!(
            "function takes at most 9 arguments ({} given)",
            args.len()
        )));
    }
    let mut v = [Value::NULL; 9];
    v[..npos].copy_from_slice(&args[..npos]);
    for (i, k) in kw.iter().enumerate() {
        let s = str_of(*k);
        match DIALECT_KWS.iter().position(|n| *n == s) {
            Some(j) if j < npos => {
                return Err(type_error(format!(
                    "argument for function given by name ('{s}') and position ({})",
                    j + 1
                )))
            }
            Some(j) => v[j] = args[npos + i],
            None => {
                return Err(type_error(format!(
                    "'{s}' is an invalid keyword argument for this function"
                )))
            }
        }
    }
    let mut dialect = v[0];
    if !dialect.is_null() {
        if as_str(dialect).is_some() {
            dialect = get_dialect_from_registry(dialect)?;
        }
        if is_dialect(dialect) && v[1..].iter().all(|x| x.is_null()) {
            return Ok(dialect);
        }
        for (i, name) in DIALECT_KWS.iter().enumerate().skip(1) {
            if v[i].is_null() {
                if let Ok(x) = ops::getattr_str(dialect, name) {
                    v[i] = x;
                }
            }
        }
    }
    let quotechar_arg = v[5];
    let quoting_arg = v[6];
    let p = Params {
        delimiter: set_char("delimiter", v[1], ',')?,
        doublequote: set_bool(v[2], true)?,
        escapechar: set_char_or_none("escapechar", v[3], None)?,
        lineterminator: String::new(),
        quotechar: set_char_or_none("quotechar", v[5], Some('"'))?,
        quoting: 0,
        skipinitialspace: false,
        strict: false,
    };
    let lineterminator = if v[4].is_null() {
        Some("\r\n".to_string())
    } else if v[4] == none() {
        None
    } else {
        match as_str(v[4]) {
            Some(s) => Some(s.to_string()),
            None => {
                return Err(type_error("\"lineterminator\" must be a string"));
            }
        }
    };
    let quoting = set_int("quoting", v[6], QUOTE_MINIMAL)?;
    let mut p = Params {
        lineterminator: String::new(),
        quoting,
        skipinitialspace: set_bool(v[7], false)?,
        strict: set_bool(v[8], false)?,
        ..p
    };
    if !(0..=5).contains(&p.quoting) {
        return Err(type_error("bad \"quoting\" value"));
    }
    if quotechar_arg == none() && quoting_arg.is_null() {
        p.quoting = QUOTE_NONE;
    }
    if p.quoting != QUOTE_NONE && p.quotechar.is_none() {
        return Err(type_error("quotechar must be set if quoting enabled"));
    }
    match lineterminator {
        Some(s) => p.lineterminator = s,
        None => return Err(type_error("lineterminator must be set")),
    }
    Ok(new_native_for(cls, dialect_type(), Dialect(p)))
}

fn is_dialect(v: Value) -> bool {
    v.is_ptr() && is_subtype(type_of(v), dialect_type())
}

fn set_char(name: &str, src: Value, dflt: char) -> PyResult<char> {
    if src.is_null() {
        return Ok(dflt);
    }
    let Some(s) = as_str(src) else {
        return Err(type_error(format!(
            "\"{name}\" must be string, not {}",
            type_name_of(src)
        )));
    };
    one_char(name, s)
}

fn one_char(name: &str, s: &str) -> PyResult<char> {
    let mut it = s.chars();
    match (it.next(), it.next()) {
        (Some(c), None) => Ok(c),
        _ => Err(type_error(format!(
            "\"{name}\" must be a 1-character string"
        ))),
    }
}

fn set_char_or_none(name: &str, src: Value, dflt: Option<char>) -> PyResult<Option<char>> {
    if src.is_null() {
        return Ok(dflt);
    }
    if src == none() {
        return Ok(None);
    }
    let Some(s) = as_str(src) else {
        return Err(type_error(format!(
            "\"{name}\" must be string or None, not {}",
            type_name_of(src)
        )));
    };
    one_char(name, s).map(Some)
}

fn set_bool(src: Value, dflt: bool) -> PyResult<bool> {
    if src.is_null() {
        return Ok(dflt);
    }
    ops::truthy(src)
}

fn set_int(name: &str, src: Value, dflt: i64) -> PyResult<i64> {
    if src.is_null() {
        return Ok(dflt);
    }
    if !ferrite_runtime::objects::int::is_exact_int(src) || type_of(src) == bt(BT::Bool) {
        return Err(type_error(format!("\"{name}\" must be an integer")));
    }
    match crate::util::i64_of(src) {
        Some(i) if i32::try_from(i).is_ok() => Ok(i),
        _ => Err(overflow_error("Python int too large to convert to C int")),
    }
}

fn get_dialect_from_registry(name: Value) -> PyResult<Value> {
    match dict_get(dialects(), name)? {
        Some(d) => Ok(d),
        None => Err(csv_error("unknown dialect")),
    }
}

/// `_call_dialect`: `Dialect(dialect, **kwargs)` (or `Dialect(**kwargs)`).
fn call_dialect(dialect: Value, kw_args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let mut args: Vec<Value> = Vec::with_capacity(kw_args.len() + 1);
    if !dialect.is_null() {
        args.push(dialect);
    }
    args.extend_from_slice(kw_args);
    // the Values are also on the caller's stack (args slice), so they stay alive
    ops::call(dialect_type(), &args, kwnames)
}

/// Splits `(positional..., kwvalues...)` into the positional part and keyword values.
fn split(a: &[Value], kw: &[Value]) -> (usize, usize) {
    let npos = a.len() - kw.len();
    (npos, a.len())
}

fn unpack_check(npos: usize, min: usize, max: usize) -> PyResult<()> {
    if npos < min {
        return Err(type_error(format!(
            " expected at least {min} argument{}, got {npos}",
            if min == 1 { "" } else { "s" }
        )));
    }
    if npos > max {
        return Err(type_error(format!(
            " expected at most {max} arguments, got {npos}"
        )));
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// reader

#[derive(Clone, Copy, PartialEq, Eq)]
enum State {
    StartRecord,
    StartField,
    EscapedChar,
    InField,
    InQuotedField,
    EscapeInQuotedField,
    QuoteInQuotedField,
    EatCrnl,
    AfterEscapedCrnl,
}

struct Reader {
    input: Value,
    dialect: Value,
    fields: Value,
    p: Params,
    state: State,
    field: String,
    field_len: i64,
    numeric_field: bool,
    line_num: i64,
}
traced!(Reader {
    input,
    dialect,
    fields
});

fn reader_type() -> Value {
    READER_T.get_or_init(|| {
        let t = native_type("_csv", "reader", false);
        def_new(t, |_, _| {
            Err(type_error("cannot create '_csv.reader' instances"))
        });
        def(t, "__iter__", crate::support::iter_self);
        def(t, "__next__", reader_next);
        getset(t, "dialect", |v| Ok(reader_of(v)?.dialect));
        getset(t, "line_num", |v| Ok(new_int(reader_of(v)?.line_num)));
        t
    })
}

fn reader_of(v: Value) -> PyResult<&'static mut Reader> {
    crate::support::data::<Reader>(v, "_csv.reader")
}

fn csv_reader(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (npos, _) = split(a, kw);
    unpack_check(npos, 1, 2)?;
    let input = ops::iter(a[0])?;
    let d = call_dialect(opt(a, npos, 1), &a[npos..], kw)?;
    let p = params(d)?.clone();
    let fields = new_list(&[]);
    Ok(new_native(
        reader_type(),
        Reader {
            input,
            dialect: d,
            fields,
            p,
            state: State::StartRecord,
            field: String::new(),
            field_len: 0,
            numeric_field: false,
            line_num: 0,
        },
    ))
}

fn opt(a: &[Value], npos: usize, i: usize) -> Value {
    if i < npos {
        a[i]
    } else {
        Value::NULL
    }
}

fn reader_next(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("reader.__next__", &a[1..], kw, 0, 0)?;
    let me = a[0];
    {
        let r = reader_of(me)?;
        r.fields = new_list(&[]);
        write_barrier(me);
        r.field.clear();
        r.field_len = 0;
        r.state = State::StartRecord;
        r.numeric_field = false;
    }
    loop {
        let input = reader_of(me)?.input;
        let line = match ops::next(input)? {
            Some(l) => l,
            None => {
                let r = reader_of(me)?;
                if r.field_len != 0 || r.state == State::InQuotedField {
                    if r.p.strict {
                        return Err(csv_error("unexpected end of data"));
                    }
                    save_field(me)?;
                    break;
                }
                return Err(crate::support::stop());
            }
        };
        let Some(text) = as_str(line) else {
            return Err(csv_error(&format!(
                "iterator should return strings, not {} (the file should be opened in text mode)",
                type_name_of(line)
            )));
        };
        reader_of(me)?.line_num += 1;
        for c in text.chars() {
            process_char(me, Some(c))?;
        }
        process_char(me, None)?;
        if reader_of(me)?.state == State::StartRecord {
            break;
        }
    }
    let r = reader_of(me)?;
    let f = r.fields;
    r.fields = new_list(&[]);
    write_barrier(me);
    Ok(f)
}

fn add_char(r: &mut Reader, c: char) -> PyResult<()> {
    let limit = FIELD_LIMIT.load(Ordering::Relaxed);
    if r.field_len >= limit {
        return Err(csv_error(&format!(
            "field larger than field limit ({limit})"
        )));
    }
    r.field.push(c);
    r.field_len += 1;
    Ok(())
}

fn save_field(me: Value) -> PyResult<()> {
    let r = reader_of(me)?;
    let mut field = new_str(&r.field);
    r.field.clear();
    r.field_len = 0;
    if r.numeric_field {
        r.numeric_field = false;
        field = ops::call(bt(BT::Float), &[field], &[])?;
    }
    let fields = reader_of(me)?.fields;
    list_push(fields, field);
    Ok(())
}

fn is_nl(c: Option<char>) -> bool {
    matches!(c, Some('\n') | Some('\r'))
}

#[derive(Clone, Copy)]
struct Chars {
    delimiter: char,
    quotechar: Option<char>,
    escapechar: Option<char>,
    quoting: i64,
    doublequote: bool,
    skipinitialspace: bool,
    strict: bool,
}

/// One step of CPython's parser state machine; `None` is the end of a line.
fn process_char(me: Value, c: Option<char>) -> PyResult<()> {
    let r = reader_of(me)?;
    let d = Chars {
        delimiter: r.p.delimiter,
        quotechar: r.p.quotechar,
        escapechar: r.p.escapechar,
        quoting: r.p.quoting,
        doublequote: r.p.doublequote,
        skipinitialspace: r.p.skipinitialspace,
        strict: r.p.strict,
    };
    let quoting_on = d.quoting != QUOTE_NONE;
    let is = |x: Option<char>| x.is_some() && c == x;
    match r.state {
        State::StartRecord | State::StartField => {
            if r.state == State::StartRecord {
                if c.is_none() {
                    return Ok(());
                }
                if is_nl(c) {
                    r.state = State::EatCrnl;
                    return Ok(());
                }
                r.state = State::StartField;
            }
            if is_nl(c) || c.is_none() {
                let st = if c.is_none() {
                    State::StartRecord
                } else {
                    State::EatCrnl
                };
                save_field(me)?;
                reader_of(me)?.state = st;
            } else if is(d.quotechar) && quoting_on {
                r.state = State::InQuotedField;
            } else if is(d.escapechar) {
                r.state = State::EscapedChar;
            } else if c == Some(' ') && d.skipinitialspace {
            } else if c == Some(d.delimiter) {
                save_field(me)?;
            } else {
                if d.quoting == QUOTE_NONNUMERIC {
                    r.numeric_field = true;
                }
                add_char(r, c.unwrap_or('\0'))?;
                r.state = State::InField;
            }
        }
        State::EscapedChar => {
            if is_nl(c) {
                add_char(r, c.unwrap_or('\0'))?;
                r.state = State::AfterEscapedCrnl;
                return Ok(());
            }
            add_char(r, c.unwrap_or('\n'))?;
            r.state = State::InField;
        }
        State::AfterEscapedCrnl | State::InField => {
            if r.state == State::AfterEscapedCrnl && c.is_none() {
                return Ok(());
            }
            if is_nl(c) || c.is_none() {
                let st = if c.is_none() {
                    State::StartRecord
                } else {
                    State::EatCrnl
                };
                save_field(me)?;
                reader_of(me)?.state = st;
            } else if is(d.escapechar) {
                r.state = State::EscapedChar;
            } else if c == Some(d.delimiter) {
                save_field(me)?;
                reader_of(me)?.state = State::StartField;
            } else {
                add_char(r, c.unwrap_or('\0'))?;
                r.state = State::InField;
            }
        }
        State::InQuotedField => {
            if c.is_none() {
            } else if is(d.escapechar) {
                r.state = State::EscapeInQuotedField;
            } else if is(d.quotechar) && quoting_on {
                r.state = if d.doublequote {
                    State::QuoteInQuotedField
                } else {
                    State::InField
                };
            } else {
                add_char(r, c.unwrap_or('\0'))?;
            }
        }
        State::EscapeInQuotedField => {
            add_char(r, c.unwrap_or('\n'))?;
            r.state = State::InQuotedField;
        }
        State::QuoteInQuotedField => {
            if quoting_on && is(d.quotechar) {
                add_char(r, c.unwrap_or('\0'))?;
                r.state = State::InQuotedField;
            } else if c == Some(d.delimiter) {
                save_field(me)?;
                reader_of(me)?.state = State::StartField;
            } else if is_nl(c) || c.is_none() {
                let st = if c.is_none() {
                    State::StartRecord
                } else {
                    State::EatCrnl
                };
                save_field(me)?;
                reader_of(me)?.state = st;
            } else if !d.strict {
                add_char(r, c.unwrap_or('\0'))?;
                r.state = State::InField;
            } else {
                return Err(csv_error(&format!(
                    "'{}' expected after '{}'",
                    d.delimiter,
                    d.quotechar.unwrap_or('\0')
                )));
            }
        }
        State::EatCrnl => {
            if is_nl(c) {
            } else if c.is_none() {
                r.state = State::StartRecord;
            } else {
                return Err(csv_error("new-line character seen in unquoted field - do you need to open the file in universal-newline mode?"));
            }
        }
    }
    Ok(())
}

// ---------------------------------------------------------------------------------------------
// writer

struct Writer {
    write: Value,
    dialect: Value,
    p: Params,
}
traced!(Writer { write, dialect });

fn writer_type() -> Value {
    WRITER_T.get_or_init(|| {
        let t = native_type("_csv", "writer", false);
        def_new(t, |_, _| {
            Err(type_error("cannot create '_csv.writer' instances"))
        });
        def(t, "writerow", writer_writerow);
        def(t, "writerows", writer_writerows);
        getset(t, "dialect", |v| Ok(writer_of(v)?.dialect));
        t
    })
}

fn writer_of(v: Value) -> PyResult<&'static mut Writer> {
    crate::support::data::<Writer>(v, "_csv.writer")
}

fn csv_writer(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (npos, _) = split(a, kw);
    unpack_check(npos, 1, 2)?;
    let write = match ops::getattr_opt(a[0], new_str("write")) {
        Ok(Some(w)) if is_callable(w) => w,
        Ok(_) => return Err(type_error("argument 1 must have a \"write\" method")),
        Err(e) => return Err(e),
    };
    let d = call_dialect(opt(a, npos, 1), &a[npos..], kw)?;
    let p = params(d)?.clone();
    Ok(new_native(
        writer_type(),
        Writer {
            write,
            dialect: d,
            p,
        },
    ))
}

/// PyCallable_Check.
pub(crate) use ferrite_runtime::ops::is_callable;

/// PyNumber_Check: ints, floats, complex numbers and objects with __index__/__int__/__float__.
fn number_check(v: Value) -> bool {
    let t = type_of(v);
    is_subtype(t, bt(BT::Complex))
        || lookup(t, "__index__").is_some()
        || lookup(t, "__int__").is_some()
        || lookup(t, "__float__").is_some()
}

/// Appends one field to `rec` (join_append): None for a null field.
fn join_append(
    p: &Params,
    rec: &mut String,
    num_fields: &mut usize,
    field: Option<&str>,
    mut quoted: bool,
) -> PyResult<()> {
    let mut body = String::new();
    for c in field.unwrap_or("").chars() {
        let special = c == p.delimiter
            || Some(c) == p.escapechar
            || Some(c) == p.quotechar
            || p.lineterminator.contains(c);
        if special {
            let mut want_escape = false;
            if p.quoting == QUOTE_NONE {
                want_escape = true;
            } else {
                if Some(c) == p.quotechar {
                    if p.doublequote {
                        body.push(c);
                    } else {
                        want_escape = true;
                    }
                } else if Some(c) == p.escapechar {
                    want_escape = true;
                }
                if !want_escape {
                    quoted = true;
                }
            }
            if want_escape {
                match p.escapechar {
                    Some(e) => body.push(e),
                    None => return Err(csv_error("need to escape, but no escapechar set")),
                }
            }
        }
        body.push(c);
    }
    if *num_fields > 0 {
        rec.push(p.delimiter);
    }
    let q = p.quotechar.unwrap_or('\0');
    if quoted {
        rec.push(q);
    }
    rec.push_str(&body);
    if quoted {
        rec.push(q);
    }
    *num_fields += 1;
    Ok(())
}

fn writer_writerow(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("writerow", &a[1..], kw, 1, 1).map_err(|_| {
        type_error(format!(
            "writer.writerow() takes exactly one argument ({} given)",
            a.len() - 1
        ))
    })?;
    writerow(a[0], a[1])
}

fn writerow(me: Value, seq: Value) -> PyResult<Value> {
    let p = writer_of(me)?.p.clone();
    let it = match ops::iter(seq) {
        Ok(it) => it,
        Err(e) => {
            if ferrite_runtime::errors::exc_matches(
                e.0,
                ferrite_runtime::errors::exc_type(ferrite_runtime::errors::Exc::TypeError),
            ) {
                return Err(csv_error(&format!(
                    "iterable expected, not {}",
                    type_name_of(seq)
                )));
            }
            return Err(e);
        }
    };
    let mut rec = String::new();
    let mut num_fields = 0usize;
    while let Some(field) = ops::next(it)? {
        let quoted = match p.quoting {
            QUOTE_NONNUMERIC => !number_check(field),
            QUOTE_ALL => true,
            QUOTE_STRINGS => as_str(field).is_some(),
            QUOTE_NOTNULL => field != none(),
            _ => false,
        };
        if let Some(s) = as_str(field) {
            join_append(&p, &mut rec, &mut num_fields, Some(s), quoted)?;
        } else if field == none() {
            join_append(&p, &mut rec, &mut num_fields, None, quoted)?;
        } else {
            let s = ops::str(field)?;
            join_append(&p, &mut rec, &mut num_fields, Some(str_of(s)), quoted)?;
        }
    }
    if num_fields > 0 && rec.is_empty() {
        if p.quoting == QUOTE_NONE {
            return Err(csv_error("single empty field record must be quoted"));
        }
        num_fields -= 1;
        join_append(&p, &mut rec, &mut num_fields, None, true)?;
    }
    rec.push_str(&p.lineterminator);
    let line = new_str(&rec);
    let w = writer_of(me)?.write;
    ops::call(w, &[line], &[])
}

fn writer_writerows(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("writerows", &a[1..], kw, 1, 1).map_err(|_| {
        type_error(format!(
            "writer.writerows() takes exactly one argument ({} given)",
            a.len() - 1
        ))
    })?;
    let it = ops::iter(a[1])?;
    while let Some(row) = ops::next(it)? {
        writerow(a[0], row)?;
    }
    Ok(none())
}

// ---------------------------------------------------------------------------------------------
// module functions

fn csv_register_dialect(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let (npos, _) = split(a, kw);
    unpack_check(npos, 1, 2)?;
    let name = a[0];
    if as_str(name).is_none() {
        return Err(type_error("dialect name must be a string"));
    }
    let d = call_dialect(opt(a, npos, 1), &a[npos..], kw)?;
    dict_set(dialects(), name, d)?;
    Ok(none())
}

fn name_arg(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let r = crate::support::clinic(fname, a, kw, &["name"], 1, 1)?;
    Ok(r[0])
}

fn csv_unregister_dialect(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_arg("unregister_dialect", a, kw)?;
    match dict_del(dialects(), name) {
        Ok(Some(_)) => Ok(none()),
        Ok(None) => Err(csv_error("unknown dialect")),
        Err(e) => Err(e),
    }
}

fn csv_get_dialect(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let name = name_arg("get_dialect", a, kw)?;
    get_dialect_from_registry(name)
}

fn csv_list_dialects(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("list_dialects", a, kw, 0, 0)?;
    let keys = ops::call_method(dialects(), "keys", &[])?;
    ops::to_list(keys)
}

fn csv_field_size_limit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if a.len() > 1 {
        return Err(type_error(format!(
            "field_size_limit() takes at most 1 argument ({} given)",
            a.len()
        )));
    }
    let r = crate::support::clinic("field_size_limit", a, kw, &["new_limit"], 0, 1)?;
    let _ = npos;
    let old = FIELD_LIMIT.load(Ordering::Relaxed);
    if !r[0].is_null() {
        if !ferrite_runtime::methods::numbers::is_int_v(r[0]) {
            return Err(type_error("limit must be an integer"));
        }
        match crate::util::i64_of(r[0]) {
            Some(i) => FIELD_LIMIT.store(i, Ordering::Relaxed),
            None => return Err(overflow_error("Python int too large to convert to C long")),
        }
    }
    Ok(new_int(old))
}

/// Fills a new `_csv` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "__version__", new_str("1.0"));
    dict_set_str(d, "__doc__", new_str(CSV_DOC));
    for (n, v) in [
        ("QUOTE_MINIMAL", QUOTE_MINIMAL),
        ("QUOTE_ALL", QUOTE_ALL),
        ("QUOTE_NONNUMERIC", QUOTE_NONNUMERIC),
        ("QUOTE_NONE", QUOTE_NONE),
        ("QUOTE_STRINGS", QUOTE_STRINGS),
        ("QUOTE_NOTNULL", QUOTE_NOTNULL),
    ] {
        dict_set_str(d, n, new_int(v));
    }
    dict_set_str(d, "Dialect", dialect_type());
    dict_set_str(d, "Reader", reader_type());
    dict_set_str(d, "Writer", writer_type());
    dict_set_str(d, "Error", error_type());
    dict_set_str(d, "_dialects", dialects());
    crate::define_functions(
        d,
        &[
            ("reader", csv_reader),
            ("writer", csv_writer),
            ("register_dialect", csv_register_dialect),
            ("unregister_dialect", csv_unregister_dialect),
            ("get_dialect", csv_get_dialect),
            ("list_dialects", csv_list_dialects),
            ("field_size_limit", csv_field_size_limit),
        ],
    );
    Ok(())
}

const CSV_DOC: &str = "CSV parsing and writing.\n\nThis module provides classes that assist in the reading and writing\nof Comma Separated Value (CSV) files, and implements the interface\ndescribed by PEP 305.  Although many CSV files are simple to parse,\nthe format is not formally defined by a stable specification and\nis subtle enough that parsing lines of a CSV file with something\nlike line.split(\",\") is bound to fail.  The module supports three\nbasic APIs: reading, writing, and registration of dialects.\n";
