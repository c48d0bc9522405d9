//! The `_locale` module, emulating glibc's two built-in locales: "C" (alias "POSIX") and
//! "C.UTF-8" (alias "C.utf8"). Any other locale name is refused with `locale.Error`
//! ("unsupported locale setting"), as glibc does for a locale that is not installed.
//! At start-up LC_CTYPE is taken from the environment as CPython does (with PEP 538's coercion
//! of the C locale to C.UTF-8); the other categories are "C".

use ferrite_runtime::errors::{
    exc_type, new_exc_obj, type_error, value_error, Exc, PyErr, PyResult,
};
use ferrite_runtime::object::{bt, none, BT};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::new_list;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{ops, Value};
use std::sync::Mutex;

const LC_ALL: i64 = 6;
/// Categories in glibc's order for composite names, with their numbers.
const CATEGORIES: &[(&str, i64)] = &[
    ("LC_CTYPE", 0),
    ("LC_NUMERIC", 1),
    ("LC_TIME", 2),
    ("LC_COLLATE", 3),
    ("LC_MONETARY", 4),
    ("LC_MESSAGES", 5),
    ("LC_PAPER", 7),
    ("LC_NAME", 8),
    ("LC_ADDRESS", 9),
    ("LC_TELEPHONE", 10),
    ("LC_MEASUREMENT", 11),
    ("LC_IDENTIFICATION", 12),
];

/// The current locale of each category (index: position in CATEGORIES).
static CURRENT: Mutex<Option<Vec<String>>> = Mutex::new(None);

fn with_current<R>(f: impl FnOnce(&mut Vec<String>) -> R) -> R {
    let mut g = CURRENT.lock().unwrap();
    let v = g.get_or_insert_with(|| {
        let mut v = vec!["C".to_string(); CATEGORIES.len()];
        let lc_all_set = std::env::var("LC_ALL")
            .map(|s| !s.is_empty())
            .unwrap_or(false);
        let ctype = match env_locale("LC_CTYPE").and_then(|n| canonical(&n)) {
            Some(n) if n == "C" && !lc_all_set => "C.UTF-8".to_string(),
            Some(n) => n,
            None => "C.UTF-8".to_string(),
        };
        v[0] = ctype;
        v
    });
    f(v)
}

/// The locale name the environment selects for `cat` (LC_ALL, then the category, then LANG).
fn env_locale(cat: &str) -> Option<String> {
    for var in ["LC_ALL", cat, "LANG"] {
        if let Ok(s) = std::env::var(var) {
            if !s.is_empty() {
                return Some(s);
            }
        }
    }
    Some("C".to_string())
}

/// The name glibc reports for a supported locale name, or None.
fn canonical(name: &str) -> Option<String> {
    match name {
        "C" | "POSIX" => Some("C".to_string()),
        "C.UTF-8" | "C.utf8" | "C.UTF8" | "C.utf-8" => Some(name.to_string()),
        _ => None,
    }
}

fn is_utf8(name: &str) -> bool {
    name != "C"
}

fn error_type() -> Value {
    crate::support::state_or_init("_locale.Error", || {
        let ns = new_dict();
        dict_set_str(ns, "__module__", new_str("locale"));
        let bases = new_tuple(&[exc_type(Exc::Exception)]);
        ops::call(bt(BT::Type), &[new_str("Error"), bases, ns], &[]).expect("locale.Error")
    })
}

fn lerr(msg: &str) -> PyErr {
    PyErr(new_exc_obj(error_type(), new_tuple(&[new_str(msg)])))
}

/// (name, value, C.UTF-8 result) of the nl_langinfo constants.
const LANGINFO: &[(&str, i64, &str)] = &[
    ("ABDAY_1", 131072, "Sun"),
    ("ABDAY_2", 131073, "Mon"),
    ("ABDAY_3", 131074, "Tue"),
    ("ABDAY_4", 131075, "Wed"),
    ("ABDAY_5", 131076, "Thu"),
    ("ABDAY_6", 131077, "Fri"),
    ("ABDAY_7", 131078, "Sat"),
    ("ABMON_1", 131086, "Jan"),
    ("ABMON_2", 131087, "Feb"),
    ("ABMON_3", 131088, "Mar"),
    ("ABMON_4", 131089, "Apr"),
    ("ABMON_5", 131090, "May"),
    ("ABMON_6", 131091, "Jun"),
    ("ABMON_7", 131092, "Jul"),
    ("ABMON_8", 131093, "Aug"),
    ("ABMON_9", 131094, "Sep"),
    ("ABMON_10", 131095, "Oct"),
    ("ABMON_11", 131096, "Nov"),
    ("ABMON_12", 131097, "Dec"),
    ("ALT_DIGITS", 131119, ""),
    ("AM_STR", 131110, "AM"),
    ("CODESET", 14, ""),
    ("CRNCYSTR", 262159, "-"),
    ("DAY_1", 131079, "Sunday"),
    ("DAY_2", 131080, "Monday"),
    ("DAY_3", 131081, "Tuesday"),
    ("DAY_4", 131082, "Wednesday"),
    ("DAY_5", 131083, "Thursday"),
    ("DAY_6", 131084, "Friday"),
    ("DAY_7", 131085, "Saturday"),
    ("D_FMT", 131113, "%m/%d/%y"),
    ("D_T_FMT", 131112, "%a %b %e %H:%M:%S %Y"),
    ("ERA", 131116, ""),
    ("ERA_D_FMT", 131118, ""),
    ("ERA_D_T_FMT", 131120, ""),
    ("ERA_T_FMT", 131121, ""),
    ("MON_1", 131098, "January"),
    ("MON_2", 131099, "February"),
    ("MON_3", 131100, "March"),
    ("MON_4", 131101, "April"),
    ("MON_5", 131102, "May"),
    ("MON_6", 131103, "June"),
    ("MON_7", 131104, "July"),
    ("MON_8", 131105, "August"),
    ("MON_9", 131106, "September"),
    ("MON_10", 131107, "October"),
    ("MON_11", 131108, "November"),
    ("MON_12", 131109, "December"),
    ("NOEXPR", 327681, "^[nN]"),
    ("PM_STR", 131111, "PM"),
    ("RADIXCHAR", 65536, "."),
    ("THOUSEP", 65537, ""),
    ("T_FMT", 131114, "%H:%M:%S"),
    ("T_FMT_AMPM", 131115, "%I:%M:%S %p"),
    ("YESEXPR", 327680, "^[yY]"),
    ("_DATE_FMT", 131180, "%a %b %e %H:%M:%S %Z %Y"),
];

pub fn init(d: Value) -> PyResult<()> {
    for &(k, v) in CATEGORIES.iter().take(6) {
        dict_set_str(d, k, new_int(v));
    }
    dict_set_str(d, "LC_ALL", new_int(LC_ALL));
    dict_set_str(d, "CHAR_MAX", new_int(127));
    for &(k, v, _) in LANGINFO {
        dict_set_str(d, k, new_int(v));
    }
    dict_set_str(d, "Error", error_type());
    crate::define_functions(
        d,
        &[
            ("setlocale", setlocale),
            ("localeconv", localeconv),
            ("nl_langinfo", nl_langinfo),
            ("strcoll", strcoll),
            ("strxfrm", strxfrm),
            ("getencoding", getencoding),
            ("gettext", gettext),
            ("dgettext", dgettext),
            ("dcgettext", dcgettext),
            ("textdomain", textdomain),
            ("bindtextdomain", bindtextdomain),
            ("bind_textdomain_codeset", bind_textdomain_codeset),
        ],
    );
    Ok(())
}

fn composite(v: &[String]) -> String {
    if v.iter().all(|n| *n == v[0]) {
        return v[0].clone();
    }
    CATEGORIES
        .iter()
        .zip(v)
        .map(|((k, _), n)| format!("{k}={n}"))
        .collect::<Vec<_>>()
        .join(";")
}

fn setlocale(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("setlocale", a, kw, 1, 2)?;
    let (cat, loc) = (a[0], a.get(1).copied().unwrap_or(Value::NULL));
    if ferrite_runtime::methods::numbers::to_float(cat).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let cat = ops::index_value(cat)?;
    let idx = CATEGORIES.iter().position(|&(_, n)| n == cat);
    if cat != LC_ALL && idx.is_none() {
        return Err(lerr("unsupported locale setting"));
    }
    if loc.is_null() || loc == none() {
        return Ok(new_str(&with_current(|v| match idx {
            Some(i) => v[i].clone(),
            None => composite(v),
        })));
    }
    if !(loc.is_ptr()
        && ferrite_runtime::types::is_subtype(ferrite_runtime::object::type_of(loc), bt(BT::Str)))
    {
        return Err(type_error(format!(
            "setlocale() argument 2 must be str or None, not {}",
            ferrite_runtime::types::type_name_of(loc)
        )));
    }
    let name = str_of(loc).to_string();
    if name.contains('\0') {
        return Err(value_error("embedded null character"));
    }
    let r = with_current(|v| -> Option<String> {
        match idx {
            Some(i) => {
                let n = if name.is_empty() {
                    canonical(&env_locale(CATEGORIES[i].0)?)?
                } else {
                    canonical(&name)?
                };
                v[i] = n.clone();
                Some(n)
            }
            None => {
                let mut new = v.clone();
                if name.is_empty() {
                    for (i, (k, _)) in CATEGORIES.iter().enumerate() {
                        new[i] = canonical(&env_locale(k)?)?;
                    }
                } else if name.contains('=') {
                    for part in name.split(';') {
                        let (k, n) = part.split_once('=')?;
                        let i = CATEGORIES.iter().position(|(c, _)| *c == k)?;
                        new[i] = canonical(n)?;
                    }
                } else {
                    let n = canonical(&name)?;
                    new.iter_mut().for_each(|x| *x = n.clone());
                }
                *v = new;
                Some(composite(v))
            }
        }
    });
    match r {
        Some(s) => Ok(new_str(&s)),
        None => Err(lerr("unsupported locale setting")),
    }
}

fn localeconv(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("localeconv", a, kw, 0, 0)?;
    let d = new_dict();
    for k in [
        "int_curr_symbol",
        "currency_symbol",
        "mon_decimal_point",
        "mon_thousands_sep",
    ] {
        dict_set_str(d, k, new_str(""));
    }
    dict_set_str(d, "mon_grouping", new_list(&[]));
    dict_set_str(d, "positive_sign", new_str(""));
    dict_set_str(d, "negative_sign", new_str(""));
    for k in [
        "int_frac_digits",
        "frac_digits",
        "p_cs_precedes",
        "p_sep_by_space",
        "n_cs_precedes",
        "n_sep_by_space",
        "p_sign_posn",
        "n_sign_posn",
    ] {
        dict_set_str(d, k, new_int(127));
    }
    dict_set_str(d, "decimal_point", new_str("."));
    dict_set_str(d, "thousands_sep", new_str(""));
    dict_set_str(d, "grouping", new_list(&[]));
    Ok(d)
}

fn codeset() -> &'static str {
    if with_current(|v| is_utf8(&v[0])) {
        "UTF-8"
    } else {
        "ANSI_X3.4-1968"
    }
}

fn nl_langinfo(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("nl_langinfo", a, kw, 1, 1)?;
    if ferrite_runtime::methods::numbers::to_float(a[0]).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let k = ops::index_value(a[0])?;
    match LANGINFO.iter().find(|&&(_, v, _)| v == k) {
        Some(&(_, 14, _)) => Ok(new_str(codeset())),
        Some(&(_, _, s)) => Ok(new_str(s)),
        None => Err(value_error("unsupported langinfo constant")),
    }
}

fn str_arg(fname: &str, i: usize, v: Value) -> PyResult<&'static str> {
    if v.is_ptr()
        && ferrite_runtime::types::is_subtype(ferrite_runtime::object::type_of(v), bt(BT::Str))
    {
        return Ok(str_of(v));
    }
    Err(type_error(format!(
        "{fname}() argument {i} must be str, not {}",
        ferrite_runtime::types::type_name_of(v)
    )))
}

fn strcoll(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("strcoll", a, kw, 2, 2)?;
    let x = str_arg("strcoll", 1, a[0])?;
    let y = str_arg("strcoll", 2, a[1])?;
    // the C locales collate by code point
    Ok(new_int(match x.cmp(y) {
        std::cmp::Ordering::Less => -1,
        std::cmp::Ordering::Equal => 0,
        std::cmp::Ordering::Greater => 1,
    }))
}

fn strxfrm(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("strxfrm", a, kw, 1, 1)?;
    let s = str_arg("strxfrm", 1, a[0])?;
    Ok(new_str(s))
}

fn getencoding(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check("getencoding", a, kw, 0, 0)?;
    Ok(new_str(codeset()))
}

fn gettext(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("gettext", a, kw, 1, 1)?;
    str_arg("gettext", 1, a[0])?;
    Ok(a[0])
}

fn dgettext(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("dgettext", a, kw, 2, 2)?;
    str_arg("dgettext", 2, a[1])?;
    Ok(a[1])
}

fn dcgettext(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("dcgettext", a, kw, 3, 3)?;
    str_arg("dcgettext", 2, a[1])?;
    Ok(a[1])
}

fn textdomain(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("textdomain", a, kw, 1, 1)?;
    let cur = crate::support::state_or_init("_locale.textdomain", || new_str("messages"));
    if a[0] != none() {
        str_arg("textdomain", 1, a[0])?;
        crate::support::state_set("_locale.textdomain", a[0]);
        return Ok(a[0]);
    }
    Ok(cur)
}

fn bindtextdomain(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("bindtextdomain", a, kw, 2, 2)?;
    str_arg("bindtextdomain", 1, a[0])?;
    if a[1] == none() {
        return Ok(new_str("/usr/share/locale"));
    }
    Ok(a[1])
}

fn bind_textdomain_codeset(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("bind_textdomain_codeset", a, kw, 2, 2)?;
    str_arg("bind_textdomain_codeset", 1, a[0])?;
    Ok(a[1])
}
