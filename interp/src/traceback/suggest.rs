//! "Did you mean" suggestions for NameError, AttributeError and ImportError, as CPython 3.12
//! appends them to the last line of a printed traceback (Python/suggestions.c): the closest
//! name by a case-aware Levenshtein distance among the candidates, `self.name` inside methods,
//! and "Did you forget to import" for standard-library module names.

use super::{is_none_or_null, is_str, TracebackObject};
use crate::frame::frame;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::table;
use ferrite_runtime::objects::function::code_obj;
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::types::is_subtype;
use ferrite_runtime::{ops, Value};

const MAX_CANDIDATE_ITEMS: usize = 750;
const MAX_STRING_SIZE: usize = 40;
const MOVE_COST: usize = 2;
const CASE_COST: usize = 1;

fn substitution_cost(a: u8, b: u8) -> usize {
    if (a & 31) != (b & 31) {
        return MOVE_COST;
    }
    if a == b {
        return 0;
    }
    if a.eq_ignore_ascii_case(&b) {
        CASE_COST
    } else {
        MOVE_COST
    }
}

fn levenshtein(a: &[u8], b: &[u8], max_cost: usize) -> usize {
    let (mut a, mut b) = (a, b);
    while !a.is_empty() && !b.is_empty() && a[0] == b[0] {
        a = &a[1..];
        b = &b[1..];
    }
    while !a.is_empty() && !b.is_empty() && a[a.len() - 1] == b[b.len() - 1] {
        a = &a[..a.len() - 1];
        b = &b[..b.len() - 1];
    }
    if a.is_empty() || b.is_empty() {
        return (a.len() + b.len()) * MOVE_COST;
    }
    if a.len() > MAX_STRING_SIZE || b.len() > MAX_STRING_SIZE {
        return max_cost + 1;
    }
    if b.len() < a.len() {
        std::mem::swap(&mut a, &mut b);
    }
    if (b.len() - a.len()) * MOVE_COST > max_cost {
        return max_cost + 1;
    }
    let mut buffer: Vec<usize> = (1..=a.len()).map(|i| i * MOVE_COST).collect();
    let mut result = 0;
    for (bi, &code) in b.iter().enumerate() {
        let mut distance = bi * MOVE_COST;
        result = distance;
        let mut minimum = usize::MAX;
        for (i, &ac) in a.iter().enumerate() {
            let substitute = distance + substitution_cost(code, ac);
            distance = buffer[i];
            let insert_delete = result.min(distance) + MOVE_COST;
            result = insert_delete.min(substitute);
            buffer[i] = result;
            minimum = minimum.min(result);
        }
        if minimum > max_cost {
            return max_cost + 1;
        }
    }
    result
}

/// The closest candidate to `name`, if any is close enough.
pub fn calculate(dir: &[String], name: &str) -> Option<String> {
    if dir.len() >= MAX_CANDIDATE_ITEMS {
        return None;
    }
    let mut best: Option<&String> = None;
    let mut best_dist = usize::MAX;
    for item in dir {
        if item == name {
            continue;
        }
        let max = ((name.len() + item.len() + 3) * MOVE_COST / 6).min(best_dist.saturating_sub(1));
        let d = levenshtein(name.as_bytes(), item.as_bytes(), max);
        if d > max {
            continue;
        }
        if best.is_none() || d < best_dist {
            best = Some(item);
            best_dist = d;
        }
    }
    best.cloned()
}

fn dict_keys(d: Value) -> Vec<String> {
    if !(d.is_ptr() && layout_of(d) == Layout::Dict) {
        return vec![];
    }
    table(d)
        .iter()
        .filter(|e| is_str(e.key))
        .map(|e| str_of(e.key).to_string())
        .collect()
}

fn strings_of(v: Value) -> Vec<String> {
    let Ok(t) = ops::to_tuple(v) else {
        return vec![];
    };
    ferrite_runtime::objects::tuple::tuple_items(t)
        .iter()
        .filter(|x| is_str(**x))
        .map(|x| str_of(*x).to_string())
        .collect()
}

fn name_error_suggestion(e: Value, name: &str) -> Option<String> {
    let mut tb = exc_obj(e).traceback;
    if is_none_or_null(tb) || layout_of(tb) != Layout::Traceback {
        return None;
    }
    loop {
        let next = ferrite_runtime::object::obj::<TracebackObject>(tb).next;
        if is_none_or_null(next) {
            break;
        }
        tb = next;
    }
    let f = ferrite_runtime::object::obj::<TracebackObject>(tb).frame;
    let fr = frame(f);
    let code = code_obj(fr.code);
    let varnames: Vec<String> = code
        .varnames
        .iter()
        .map(|v| str_of(*v).to_string())
        .collect();
    if let Some(i) = varnames.iter().position(|v| v == "self") {
        let selfv = if fr.locals.is_null() {
            let v = *frame(f).slot(i);
            if v.is_null() {
                None
            } else {
                Some(v)
            }
        } else {
            ferrite_runtime::objects::dict::dict_get_str(fr.locals, "self")
        };
        if let Some(s) = selfv {
            if let Ok(Some(_)) = ops::getattr_opt(s, ferrite_runtime::intern::intern(name)) {
                return Some(format!("self.{name}"));
            }
        }
    }
    let fr = frame(f);
    let (globals, builtins) = (fr.globals, fr.builtins);
    if let Some(s) = calculate(&varnames, name) {
        return Some(s);
    }
    if let Some(s) = calculate(&dict_keys(globals), name) {
        return Some(s);
    }
    calculate(&dict_keys(builtins), name)
}

fn attribute_error_suggestion(e: Value, name: &str) -> Option<String> {
    let o = exc_obj(e).extra2;
    if o.is_null() {
        return None;
    }
    let dir = ferrite_runtime::objects::dict::dict_get_str(crate::sysmod::builtins_dict(), "dir")?;
    let d = ops::call(dir, &[o], &[]).ok()?;
    calculate(&strings_of(d), name)
}

/// The text CPython appends to the message line, e.g. ". Did you mean: 'counter'?".
pub fn suggestion_suffix(e: Value) -> Option<String> {
    let t = type_of(e);
    let is_name = is_subtype(t, exc_type(Exc::NameError));
    let is_attr = is_subtype(t, exc_type(Exc::AttributeError));
    if !is_name && !is_attr {
        return None;
    }
    let n = exc_obj(e).extra1;
    if n.is_null() || !is_str(n) {
        return None;
    }
    let name = str_of(n).to_string();
    let suggestion = if is_name {
        name_error_suggestion(e, &name)
    } else {
        attribute_error_suggestion(e, &name)
    };
    let mut out = String::new();
    if let Some(s) = &suggestion {
        out.push_str(&format!(". Did you mean: '{s}'?"));
    }
    if is_name && STDLIB_MODULE_NAMES.split_whitespace().any(|m| m == name) {
        if suggestion.is_some() {
            out.push_str(&format!(" Or did you forget to import '{name}'"));
        } else {
            out.push_str(&format!(". Did you forget to import '{name}'"));
        }
        out.push('?');
    }
    if out.is_empty() {
        None
    } else {
        Some(out)
    }
}

/// sys.stdlib_module_names of CPython 3.12.
const STDLIB_MODULE_NAMES: &str = "
    __future__ _abc _aix_support _ast _asyncio _bisect _blake2 _bz2 _codecs _codecs_cn
    _codecs_hk _codecs_iso2022 _codecs_jp _codecs_kr _codecs_tw _collections _collections_abc
    _compat_pickle _compression _contextvars _crypt _csv _ctypes _curses _curses_panel
    _datetime _dbm _decimal _elementtree _frozen_importlib _frozen_importlib_external
    _functools _gdbm _hashlib _heapq _imp _io _json _locale _lsprof _lzma _markupbase _md5
    _msi _multibytecodec _multiprocessing _opcode _operator _osx_support _overlapped _pickle
    _posixshmem _posixsubprocess _py_abc _pydatetime _pydecimal _pyio _pylong _queue _random
    _scproxy _sha1 _sha2 _sha3 _signal _sitebuiltins _socket _sqlite3 _sre _ssl _stat
    _statistics _string _strptime _struct _symtable _thread _threading_local _tkinter
    _tokenize _tracemalloc _typing _uuid _warnings _weakref _weakrefset _winapi _zoneinfo abc
    aifc antigravity argparse array ast asyncio atexit audioop base64 bdb binascii bisect
    builtins bz2 cProfile calendar cgi cgitb chunk cmath cmd code codecs codeop collections
    colorsys compileall concurrent configparser contextlib contextvars copy copyreg crypt csv
    ctypes curses dataclasses datetime dbm decimal difflib dis doctest email encodings
    ensurepip enum errno faulthandler fcntl filecmp fileinput fnmatch fractions ftplib
    functools gc genericpath getopt getpass gettext glob graphlib grp gzip hashlib heapq hmac
    html http idlelib imaplib imghdr importlib inspect io ipaddress itertools json keyword
    lib2to3 linecache locale logging lzma mailbox mailcap marshal math mimetypes mmap
    modulefinder msilib msvcrt multiprocessing netrc nis nntplib nt ntpath nturl2path numbers
    opcode operator optparse os ossaudiodev pathlib pdb pickle pickletools pipes pkgutil
    platform plistlib poplib posix posixpath pprint profile pstats pty pwd py_compile pyclbr
    pydoc pydoc_data pyexpat queue quopri random re readline reprlib resource rlcompleter
    runpy sched secrets select selectors shelve shlex shutil signal site smtplib sndhdr
    socket socketserver spwd sqlite3 sre_compile sre_constants sre_parse ssl stat statistics
    string stringprep struct subprocess sunau symtable sys sysconfig syslog tabnanny tarfile
    telnetlib tempfile termios textwrap this threading time timeit tkinter token tokenize
    tomllib trace traceback tracemalloc tty turtle turtledemo types typing unicodedata
    unittest urllib uu uuid venv warnings wave weakref webbrowser winreg winsound wsgiref
    xdrlib xml xmlrpc zipapp zipfile zipimport zlib zoneinfo
";
