//! The `time` module (clock functions; struct_time/strftime come with the stdlib issue).

use ferrite_runtime::args::check;
use ferrite_runtime::errors::{value_error, PyResult};
use ferrite_runtime::object::none;
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::{new_big, new_int};
use ferrite_runtime::Value;
use std::time::{Instant, SystemTime, UNIX_EPOCH};

fn epoch() -> std::time::Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

static START: std::sync::OnceLock<Instant> = std::sync::OnceLock::new();
fn since_start() -> std::time::Duration {
    START.get_or_init(Instant::now).elapsed()
}

fn t_time(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("time", a, kw, 0, 0)?;
    Ok(new_float(epoch().as_secs_f64()))
}
fn t_time_ns(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("time_ns", a, kw, 0, 0)?;
    Ok(new_big(num_bigint::BigInt::from(epoch().as_nanos())))
}
fn t_perf_counter(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("perf_counter", a, kw, 0, 0)?;
    Ok(new_float(since_start().as_secs_f64()))
}
fn t_perf_counter_ns(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("perf_counter_ns", a, kw, 0, 0)?;
    Ok(new_int(since_start().as_nanos() as i64))
}
fn t_process_time(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("process_time", a, kw, 0, 0)?;
    // CPU time of the process (user + system)
    let mut ts = [0i64; 2];
    let ok = cpu_time(&mut ts);
    if ok {
        Ok(new_float(ts[0] as f64 + ts[1] as f64 * 1e-9))
    } else {
        Ok(new_float(since_start().as_secs_f64()))
    }
}

fn cpu_time(out: &mut [i64; 2]) -> bool {
    // /proc/self/stat fields 14 and 15: utime and stime in clock ticks (100 Hz on Linux)
    let Ok(s) = std::fs::read_to_string("/proc/self/stat") else {
        return false;
    };
    let Some(rest) = s.rsplit(')').next() else {
        return false;
    };
    let f: Vec<&str> = rest.split_whitespace().collect();
    if f.len() < 13 {
        return false;
    }
    let ticks: i64 = f[11].parse::<i64>().unwrap_or(0) + f[12].parse::<i64>().unwrap_or(0);
    out[0] = ticks / 100;
    out[1] = (ticks % 100) * 10_000_000;
    true
}

fn t_sleep(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("sleep", a, kw, 1, 1)?;
    let secs = ferrite_runtime::ops::call(
        ferrite_runtime::object::bt(ferrite_runtime::object::BT::Float),
        &[a[0]],
        &[],
    )?;
    let s = ferrite_runtime::objects::float::float_of(secs);
    if s < 0.0 || s.is_nan() {
        return Err(value_error("sleep length must be non-negative"));
    }
    ferrite_gc::blocking(|| std::thread::sleep(std::time::Duration::from_secs_f64(s)));
    Ok(none())
}

static STRUCT_TIME: std::sync::OnceLock<usize> = std::sync::OnceLock::new();

fn struct_time_type() -> Value {
    Value(*STRUCT_TIME.get_or_init(|| {
        ferrite_runtime::structseq::new_type(
            "time",
            "struct_time",
            &[
                "tm_year",
                "tm_mon",
                "tm_mday",
                "tm_hour",
                "tm_min",
                "tm_sec",
                "tm_wday",
                "tm_yday",
                "tm_isdst",
                "tm_zone",
                "tm_gmtoff",
            ],
            9,
        )
        .expect("time.struct_time")
        .0
    }))
}

fn struct_time_of(tm: &crate::syscalls::Tm) -> Value {
    use ferrite_runtime::objects::list::{list_items, list_push, new_list};
    let l = new_list(&[]);
    for x in [tm.0, tm.1, tm.2, tm.3, tm.4, tm.5, tm.6, tm.7, tm.8] {
        list_push(l, new_int(x));
    }
    list_push(l, ferrite_runtime::objects::str::new_str(&tm.10));
    list_push(l, new_int(tm.9));
    ferrite_runtime::structseq::new_instance(struct_time_type(), list_items(l))
}

/// Seconds argument of gmtime/localtime/ctime (None or absent = now).
fn secs_arg(a: &[Value]) -> PyResult<i64> {
    match a.first() {
        None => Ok(epoch().as_secs() as i64),
        Some(&v) if v == none() => Ok(epoch().as_secs() as i64),
        Some(&v) => {
            let f = ferrite_runtime::ops::call(
                ferrite_runtime::object::bt(ferrite_runtime::object::BT::Float),
                &[v],
                &[],
            )?;
            let x = ferrite_runtime::objects::float::float_of(f);
            if !x.is_finite() {
                return Err(value_error("Invalid value NaN (not a number)"));
            }
            Ok(x.floor() as i64)
        }
    }
}

fn os_err(e: std::io::Error) -> ferrite_runtime::errors::PyErr {
    crate::posix::os_error(&e, None)
}

fn t_gmtime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("gmtime", a, kw, 0, 1)?;
    let tm = crate::syscalls::broken_down(secs_arg(a)?, false).map_err(os_err)?;
    Ok(struct_time_of(&tm))
}
fn t_localtime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("localtime", a, kw, 0, 1)?;
    let tm = crate::syscalls::broken_down(secs_arg(a)?, true).map_err(os_err)?;
    Ok(struct_time_of(&tm))
}

/// The nine fields of a time tuple / struct_time argument (`fname` names the caller).
fn tuple_fields(fname: &str, v: Value) -> PyResult<[i64; 9]> {
    let l = ferrite_runtime::ops::to_list(v).map_err(|_| {
        ferrite_runtime::errors::type_error("Tuple or struct_time argument required")
    })?;
    let items = ferrite_runtime::objects::list::list_items(l);
    if items.len() < 9 {
        return Err(ferrite_runtime::errors::type_error(format!(
            "{fname}(): illegal time tuple argument"
        )));
    }
    let mut out = [0i64; 9];
    for (i, o) in out.iter_mut().enumerate() {
        let x = items[i];
        *o = ferrite_runtime::ops::index_value(x)?;
    }
    Ok(out)
}

fn t_mktime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("mktime", a, kw, 1, 1)?;
    let f = tuple_fields("mktime", a[0])?;
    let r = crate::syscalls::mktime(f[0], f[1], f[2], f[3], f[4], f[5], f[8]).map_err(|_| {
        ferrite_runtime::errors::new_exc(
            ferrite_runtime::errors::Exc::OverflowError,
            "mktime argument out of range",
        )
    })?;
    Ok(new_float(r))
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// strftime in the C locale over fields (year, mon, mday, hour, min, sec, wday Mon=0, yday
/// 1-based, isdst) plus zone name and UTC offset.
fn format_time(fmt: &str, f: &[i64; 9], zone: &str, gmtoff: i64) -> String {
    let mut out = String::new();
    let mut it = fmt.chars().peekable();
    let wd = f[6].rem_euclid(7) as usize;
    let mon = (f[1] - 1).clamp(0, 11) as usize;
    let yday0 = f[7] - 1;
    let sun_wday = (f[6] + 1).rem_euclid(7);
    while let Some(c) = it.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(d) = it.next() else {
            out.push('%');
            break;
        };
        let piece = match d {
            'a' => DAYS[wd][..3].to_string(),
            'A' => DAYS[wd].to_string(),
            'b' | 'h' => MONTHS[mon][..3].to_string(),
            'B' => MONTHS[mon].to_string(),
            'c' => format!(
                "{} {} {:2} {:02}:{:02}:{:02} {}",
                &DAYS[wd][..3],
                &MONTHS[mon][..3],
                f[2],
                f[3],
                f[4],
                f[5],
                f[0]
            ),
            'C' => format!("{:02}", f[0].div_euclid(100)),
            'd' => format!("{:02}", f[2]),
            'D' => format!("{:02}/{:02}/{:02}", f[1], f[2], f[0].rem_euclid(100)),
            'e' => format!("{:2}", f[2]),
            'F' => format!("{}-{:02}-{:02}", f[0], f[1], f[2]),
            'H' => format!("{:02}", f[3]),
            'I' => format!("{:02}", if f[3] % 12 == 0 { 12 } else { f[3] % 12 }),
            'j' => format!("{:03}", f[7]),
            'm' => format!("{:02}", f[1]),
            'M' => format!("{:02}", f[4]),
            'n' => "\n".to_string(),
            'p' => (if f[3] < 12 { "AM" } else { "PM" }).to_string(),
            'r' => format!(
                "{:02}:{:02}:{:02} {}",
                if f[3] % 12 == 0 { 12 } else { f[3] % 12 },
                f[4],
                f[5],
                if f[3] < 12 { "AM" } else { "PM" }
            ),
            'R' => format!("{:02}:{:02}", f[3], f[4]),
            'S' => format!("{:02}", f[5]),
            't' => "\t".to_string(),
            'T' => format!("{:02}:{:02}:{:02}", f[3], f[4], f[5]),
            'u' => format!("{}", wd + 1),
            'U' => format!("{:02}", (yday0 + 7 - sun_wday) / 7),
            'w' => format!("{}", sun_wday),
            'W' => format!("{:02}", (yday0 + 7 - f[6].rem_euclid(7)) / 7),
            'x' => format!("{:02}/{:02}/{:02}", f[1], f[2], f[0].rem_euclid(100)),
            'X' => format!("{:02}:{:02}:{:02}", f[3], f[4], f[5]),
            'y' => format!("{:02}", f[0].rem_euclid(100)),
            'Y' => format!("{}", f[0]),
            'z' => {
                let s = if gmtoff < 0 { '-' } else { '+' };
                let a = gmtoff.abs();
                format!("{}{:02}{:02}", s, a / 3600, (a % 3600) / 60)
            }
            'Z' => zone.to_string(),
            '%' => "%".to_string(),
            other => format!("%{other}"),
        };
        out.push_str(&piece);
    }
    out
}

fn t_strftime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("strftime", a, kw, 1, 2)?;
    let fmt = a[0];
    if !(fmt.is_ptr()
        && ferrite_runtime::object::layout_of(fmt) == ferrite_runtime::object::Layout::Str)
    {
        return Err(ferrite_runtime::errors::type_error(format!(
            "strftime() argument 1 must be str, not {}",
            ferrite_runtime::types::type_name_of(fmt)
        )));
    }
    let (fields, zone, off) = if a.len() > 1 {
        let f = tuple_fields("strftime", a[1])?;
        if !(1..=12).contains(&f[1]) {
            return Err(value_error("month out of range"));
        }
        if !(1..=31).contains(&f[2]) {
            return Err(value_error("day of month out of range"));
        }
        if !(0..=23).contains(&f[3]) {
            return Err(value_error("hour out of range"));
        }
        if !(0..=59).contains(&f[4]) {
            return Err(value_error("minute out of range"));
        }
        if !(0..=61).contains(&f[5]) {
            return Err(value_error("seconds out of range"));
        }
        if !(0..=366).contains(&f[7]) {
            return Err(value_error("day of year out of range"));
        }
        let zone =
            ferrite_runtime::ops::getattr_opt(a[1], ferrite_runtime::intern::intern("tm_zone"))?
                .filter(|z| *z != none())
                .map(|z| ferrite_runtime::objects::str::str_of(z).to_string())
                .unwrap_or_default();
        let off =
            ferrite_runtime::ops::getattr_opt(a[1], ferrite_runtime::intern::intern("tm_gmtoff"))?
                .filter(|z| *z != none())
                .map(ferrite_runtime::ops::index_value)
                .transpose()?
                .unwrap_or(0);
        let mut f = f;
        if f[7] == 0 {
            f[7] = 1;
        }
        (f, zone, off)
    } else {
        let tm = crate::syscalls::broken_down(epoch().as_secs() as i64, true).map_err(os_err)?;
        (
            [tm.0, tm.1, tm.2, tm.3, tm.4, tm.5, tm.6, tm.7, tm.8],
            tm.10,
            tm.9,
        )
    };
    let s = format_time(
        ferrite_runtime::objects::str::str_of(fmt),
        &fields,
        &zone,
        off,
    );
    Ok(ferrite_runtime::objects::str::new_str(&s))
}

fn asctime_of(f: &[i64; 9]) -> String {
    format!(
        "{} {} {:2} {:02}:{:02}:{:02} {}",
        &DAYS[f[6].rem_euclid(7) as usize][..3],
        &MONTHS[(f[1] - 1).clamp(0, 11) as usize][..3],
        f[2],
        f[3],
        f[4],
        f[5],
        f[0]
    )
}
fn t_asctime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("asctime", a, kw, 0, 1)?;
    let f = if a.is_empty() {
        let tm = crate::syscalls::broken_down(epoch().as_secs() as i64, true).map_err(os_err)?;
        [tm.0, tm.1, tm.2, tm.3, tm.4, tm.5, tm.6, tm.7, tm.8]
    } else {
        tuple_fields("asctime", a[0])?
    };
    Ok(ferrite_runtime::objects::str::new_str(&asctime_of(&f)))
}
fn t_ctime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("ctime", a, kw, 0, 1)?;
    let tm = crate::syscalls::broken_down(secs_arg(a)?, true).map_err(os_err)?;
    let f = [tm.0, tm.1, tm.2, tm.3, tm.4, tm.5, tm.6, tm.7, tm.8];
    Ok(ferrite_runtime::objects::str::new_str(&asctime_of(&f)))
}
fn t_strptime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = crate::import_module("_strptime")?;
    let f = ferrite_runtime::ops::getattr(m, ferrite_runtime::intern::intern("_strptime_time"))?;
    ferrite_runtime::ops::call(f, a, kw)
}
fn t_get_clock_info(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_clock_info", a, kw, 1, 1)?;
    let name = ferrite_runtime::ops::str_string(a[0])?;
    let (imp, mono, adj, res) = match name.as_str() {
        "time" => ("clock_gettime(CLOCK_REALTIME)", false, true, 1e-9),
        "monotonic" | "perf_counter" => ("clock_gettime(CLOCK_MONOTONIC)", true, false, 1e-9),
        "process_time" => ("clock_gettime(CLOCK_PROCESS_CPUTIME_ID)", true, false, 1e-9),
        "thread_time" => ("clock_gettime(CLOCK_THREAD_CPUTIME_ID)", true, false, 1e-9),
        _ => return Err(value_error("unknown clock")),
    };
    let types = crate::import_module("types")?;
    let ns =
        ferrite_runtime::ops::getattr(types, ferrite_runtime::intern::intern("SimpleNamespace"))?;
    let names = [
        ferrite_runtime::intern::intern("implementation"),
        ferrite_runtime::intern::intern("monotonic"),
        ferrite_runtime::intern::intern("adjustable"),
        ferrite_runtime::intern::intern("resolution"),
    ];
    ferrite_runtime::ops::call(
        ns,
        &[
            ferrite_runtime::objects::str::new_str(imp),
            ferrite_runtime::object::py_bool(mono),
            ferrite_runtime::object::py_bool(adj),
            new_float(res),
        ],
        &names,
    )
}

/// Fills a new `time` module's namespace.
pub fn init(module_dict: Value) -> PyResult<()> {
    let _ = START.get_or_init(Instant::now);
    let st = struct_time_type();
    ferrite_runtime::objects::dict::dict_set_str(module_dict, "struct_time", st);
    crate::define_functions(
        module_dict,
        &[
            ("gmtime", t_gmtime),
            ("localtime", t_localtime),
            ("mktime", t_mktime),
            ("strftime", t_strftime),
            ("asctime", t_asctime),
            ("ctime", t_ctime),
            ("strptime", t_strptime),
            ("get_clock_info", t_get_clock_info),
            ("thread_time", t_process_time),
        ],
    );
    let (tz, alt, daylight, n1, n2) = crate::syscalls::tz_info();
    use ferrite_runtime::objects::dict::dict_set_str;
    dict_set_str(module_dict, "_STRUCT_TM_ITEMS", new_int(11));
    dict_set_str(module_dict, "timezone", new_int(tz));
    dict_set_str(module_dict, "altzone", new_int(alt));
    dict_set_str(module_dict, "daylight", new_int(daylight));
    let names = ferrite_runtime::objects::tuple::new_tuple(&[
        ferrite_runtime::objects::str::new_str(&n1),
        ferrite_runtime::objects::str::new_str(&n2),
    ]);
    dict_set_str(module_dict, "tzname", names);
    crate::define_functions(
        module_dict,
        &[
            ("time", t_time),
            ("time_ns", t_time_ns),
            ("perf_counter", t_perf_counter),
            ("perf_counter_ns", t_perf_counter_ns),
            ("monotonic", t_perf_counter),
            ("monotonic_ns", t_perf_counter_ns),
            ("process_time", t_process_time),
            ("sleep", t_sleep),
        ],
    );
    Ok(())
}
