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

/// Fills a new `time` module's namespace.
pub fn init(module_dict: Value) -> PyResult<()> {
    let _ = START.get_or_init(Instant::now);
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
