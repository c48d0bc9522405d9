//! The `posix` module: what `os`, `os.path`, `pathlib`, `shutil`, `tempfile` and `glob` need
//! from the operating system. Paths are str (UTF-8) or bytes; str results for str arguments.

use crate::syscalls as sc;
use ferrite_runtime::args::*;
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::bytes::{bytes_data, new_bytes};
use ferrite_runtime::methods::{def, def_new, getset};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::{dict_set, dict_set_str, new_dict};
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::{int_to_i64, new_int};
use ferrite_runtime::objects::list::{list_items, list_push, new_list};
use ferrite_runtime::objects::native::*;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::types::type_name_of;
use ferrite_runtime::{ops, PyResult, Value};
use std::os::unix::fs::MetadataExt;
use std::sync::atomic::{AtomicUsize, Ordering};

static STAT_RESULT: AtomicUsize = AtomicUsize::new(0);
static TERMINAL_SIZE: AtomicUsize = AtomicUsize::new(0);
static TIMES_RESULT: AtomicUsize = AtomicUsize::new(0);
static UNAME_RESULT: AtomicUsize = AtomicUsize::new(0);
static DIR_ENTRY: AtomicUsize = AtomicUsize::new(0);
static SCANDIR_ITER: AtomicUsize = AtomicUsize::new(0);

fn ty(s: &AtomicUsize) -> Value {
    Value(s.load(Ordering::Relaxed))
}

// ---------------------------------------------------------------- paths and errors

/// A path argument: its bytes and whether the caller passed bytes (results follow suit).
pub struct PathArg {
    pub bytes: Vec<u8>,
    pub is_bytes: bool,
    pub orig: Value,
}

/// `os.fspath` semantics: str, bytes, or an object with `__fspath__` returning one of them.
pub fn fspath(v: Value) -> PyResult<Value> {
    if v.is_ptr() && (is_str(v) || layout_of(v) == Layout::Bytes) {
        return Ok(v);
    }
    let Some(f) = ferrite_runtime::types::lookup(type_of(v), "__fspath__") else {
        return Err(type_error(format!(
            "expected str, bytes or os.PathLike object, not {}",
            type_name_of(v)
        )));
    };
    let r = ops::call(f, &[v], &[])?;
    if r.is_ptr() && (is_str(r) || layout_of(r) == Layout::Bytes) {
        return Ok(r);
    }
    Err(type_error(format!(
        "expected {}.__fspath__() to return str or bytes, not {}",
        type_name_of(v),
        type_name_of(r)
    )))
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && ferrite_runtime::types::is_subtype(type_of(v), bt(BT::Str))
}

pub fn path_arg(fname: &str, argname: &str, v: Value) -> PyResult<PathArg> {
    let p = match fspath(v) {
        Ok(p) => p,
        Err(_) => {
            return Err(type_error(format!(
                "{fname}: {argname} should be string, bytes or os.PathLike, not {}",
                type_name_of(v)
            )))
        }
    };
    let (bytes, is_bytes) = if is_str(p) {
        (
            str_of(ferrite_runtime::methods::builtin_value(p))
                .as_bytes()
                .to_vec(),
            false,
        )
    } else {
        (bytes_data(p).to_vec(), true)
    };
    if bytes.contains(&0) {
        return Err(value_error(format!(
            "{fname}: embedded null character in {argname}"
        )));
    }
    Ok(PathArg {
        bytes,
        is_bytes,
        orig: v,
    })
}

fn path_value(b: &[u8], as_bytes: bool) -> Value {
    if as_bytes {
        new_bytes(b)
    } else {
        new_str(&String::from_utf8_lossy(b))
    }
}

fn os_path(p: &PathArg) -> &std::path::Path {
    use std::os::unix::ffi::OsStrExt;
    std::path::Path::new(std::ffi::OsStr::from_bytes(&p.bytes))
}

/// An OSError (of the subclass its errno selects) for `e`, naming `filename` when given.
pub fn os_error(e: &std::io::Error, filename: Option<Value>) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    let msg = ferrite_runtime::fd::strerror(code);
    let mut args = vec![new_int(code as i64), new_str(&msg)];
    if let Some(f) = filename {
        args.push(f);
    }
    match ferrite_runtime::value::with_rooted_slice(&args, |a| {
        ops::call(exc_type(Exc::OSError), a, &[])
    }) {
        Ok(v) => PyErr(v),
        Err(e) => e,
    }
}

fn os_error2(e: &std::io::Error, f1: Value, f2: Value) -> PyErr {
    let code = e.raw_os_error().unwrap_or(0);
    let msg = new_str(&ferrite_runtime::fd::strerror(code));
    match ops::call(
        exc_type(Exc::OSError),
        &[new_int(code as i64), msg, f1, none(), f2],
        &[],
    ) {
        Ok(v) => PyErr(v),
        Err(e) => e,
    }
}

fn int_arg(v: Value, what: &str) -> PyResult<i64> {
    if v.is_ptr() && layout_of(v) == Layout::Float {
        return Err(type_error(format!(
            "'float' object cannot be interpreted as an integer{what}"
        )));
    }
    ops::index_value(v)
}

fn to_f64(v: Value) -> PyResult<f64> {
    let f = ops::call(bt(BT::Float), &[v], &[])?;
    Ok(ferrite_runtime::objects::float::float_of(f))
}

fn fd_arg(v: Value) -> PyResult<i32> {
    Ok(int_arg(v, "")? as i32)
}

// ---------------------------------------------------------------- stat

fn stat_value(m: &std::fs::Metadata) -> Value {
    // built in a GC list so every float stays traced while the next one is allocated
    let l = new_list(&[]);
    let ints = [
        m.mode() as i64,
        m.ino() as i64,
        m.dev() as i64,
        m.nlink() as i64,
        m.uid() as i64,
        m.gid() as i64,
        m.size() as i64,
    ];
    for i in ints {
        list_push(l, new_int(i));
    }
    let secs = [m.atime(), m.mtime(), m.ctime()];
    let nsecs = [m.atime_nsec(), m.mtime_nsec(), m.ctime_nsec()];
    for s in secs {
        list_push(l, new_int(s));
    }
    for i in 0..3 {
        list_push(l, new_float(secs[i] as f64 + nsecs[i] as f64 * 1e-9));
    }
    for i in 0..3 {
        let ns = secs[i] as i128 * 1_000_000_000 + nsecs[i] as i128;
        let v = match i64::try_from(ns) {
            Ok(n) => new_int(n),
            Err(_) => ferrite_runtime::objects::int::new_big(ns.into()),
        };
        list_push(l, v);
    }
    list_push(l, new_int(m.blksize() as i64));
    list_push(l, new_int(m.blocks() as i64));
    list_push(l, new_int(m.rdev() as i64));
    ferrite_runtime::structseq::new_instance(ty(&STAT_RESULT), list_items(l))
}

const STAT_FIELDS: &[&str] = &[
    "st_mode",
    "st_ino",
    "st_dev",
    "st_nlink",
    "st_uid",
    "st_gid",
    "st_size",
    "st_atime_int",
    "st_mtime_int",
    "st_ctime_int",
    "st_atime",
    "st_mtime",
    "st_ctime",
    "st_atime_ns",
    "st_mtime_ns",
    "st_ctime_ns",
    "st_blksize",
    "st_blocks",
    "st_rdev",
];

fn do_stat(fname: &str, a: &[Value], kw: &[Value], follow_default: bool) -> PyResult<Value> {
    only_kwargs(fname, kw, &["path", "dir_fd", "follow_symlinks"])?;
    let pos = positional(a, kw);
    let path = kwarg(a, kw, "path")
        .or(pos.first().copied())
        .ok_or_else(|| {
            type_error(format!(
                "{fname}() missing required argument 'path' (pos 1)"
            ))
        })?;
    let follow = match kwarg(a, kw, "follow_symlinks") {
        Some(v) => ops::truthy(v)?,
        None => follow_default,
    };
    if let Some(d) = kwarg(a, kw, "dir_fd") {
        if d != none() {
            return Err(new_exc(
                Exc::NotImplementedError,
                "dir_fd unavailable on this platform",
            ));
        }
    }
    if path.is_small_int() || (path.is_ptr() && layout_of(path) == Layout::Int) {
        let fd = fd_arg(path)?;
        return fstat_fd(fd);
    }
    let p = path_arg(fname, "path", path)?;
    let r = if follow {
        std::fs::metadata(os_path(&p))
    } else {
        std::fs::symlink_metadata(os_path(&p))
    };
    match r {
        Ok(m) => Ok(stat_value(&m)),
        Err(e) => Err(os_error(&e, Some(p.orig))),
    }
}

fn fstat_fd(fd: i32) -> PyResult<Value> {
    let path = format!("/proc/self/fd/{fd}");
    // fstat through procfs keeps this module free of unsafe
    if !sc::is_valid_fd(fd) {
        return Err(os_error(&std::io::Error::from_raw_os_error(9), None));
    }
    match std::fs::metadata(&path) {
        Ok(m) => Ok(stat_value(&m)),
        Err(e) => Err(os_error(&e, None)),
    }
}

fn p_stat(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_stat("stat", a, kw, true)
}
fn p_lstat(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    do_stat("lstat", a, kw, false)
}
fn p_fstat(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("fstat", a, kw, 1, 1)?;
    fstat_fd(fd_arg(a[0])?)
}

// ---------------------------------------------------------------- directories

fn opt_path_arg(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<PathArg> {
    only_kwargs(fname, kw, &["path"])?;
    let pos = positional(a, kw);
    match kwarg(a, kw, "path").or(pos.first().copied()) {
        Some(v) if v != none() => path_arg(fname, "path", v),
        _ => Ok(PathArg {
            bytes: b".".to_vec(),
            is_bytes: false,
            orig: new_str("."),
        }),
    }
}

fn p_listdir(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = opt_path_arg("listdir", a, kw)?;
    let rd = std::fs::read_dir(os_path(&p)).map_err(|e| os_error(&e, Some(p.orig)))?;
    let out = new_list(&[]);
    for ent in rd {
        let ent = ent.map_err(|e| os_error(&e, Some(p.orig)))?;
        use std::os::unix::ffi::OsStrExt;
        let v = path_value(ent.file_name().as_bytes(), p.is_bytes);
        list_push(out, v);
    }
    Ok(out)
}

struct DirEntryData {
    name: Vec<u8>,
    path: Vec<u8>,
    is_bytes: bool,
    file_type: Option<std::fs::FileType>,
    ino: u64,
}
impl NativeData for DirEntryData {}

struct ScandirData {
    iter: Option<std::fs::ReadDir>,
    dir: Vec<u8>,
    is_bytes: bool,
}
impl NativeData for ScandirData {}

fn p_scandir(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let p = opt_path_arg("scandir", a, kw)?;
    let rd = std::fs::read_dir(os_path(&p)).map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(new_native(
        ty(&SCANDIR_ITER),
        ScandirData {
            iter: Some(rd),
            dir: p.bytes,
            is_bytes: p.is_bytes,
        },
    ))
}
fn sd(v: Value) -> PyResult<&'static mut ScandirData> {
    native_mut::<ScandirData>(v).ok_or_else(|| type_error("expected a ScandirIterator"))
}
fn scandir_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = sd(a[0])?;
    let Some(it) = d.iter.as_mut() else {
        return Err(PyErr(exc_type(Exc::StopIteration)));
    };
    match it.next() {
        None => {
            d.iter = None;
            Err(new_exc_args(Exc::StopIteration, &[]))
        }
        Some(Err(e)) => Err(os_error(&e, None)),
        Some(Ok(ent)) => {
            use std::os::unix::ffi::OsStrExt;
            use std::os::unix::fs::DirEntryExt;
            let name = ent.file_name().as_bytes().to_vec();
            let mut path = d.dir.clone();
            if !path.ends_with(b"/") {
                path.push(b'/');
            }
            if d.dir == b"." {
                path = b"./".to_vec();
            }
            path.extend_from_slice(&name);
            Ok(new_native(
                ty(&DIR_ENTRY),
                DirEntryData {
                    name,
                    path,
                    is_bytes: d.is_bytes,
                    file_type: ent.file_type().ok(),
                    ino: ent.ino(),
                },
            ))
        }
    }
}
fn scandir_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a[0])
}
fn scandir_close(a: &[Value], _: &[Value]) -> PyResult<Value> {
    sd(a[0])?.iter = None;
    Ok(none())
}
fn scandir_exit(a: &[Value], _: &[Value]) -> PyResult<Value> {
    sd(a[0])?.iter = None;
    Ok(py_false())
}

fn de(v: Value) -> PyResult<&'static mut DirEntryData> {
    native_mut::<DirEntryData>(v).ok_or_else(|| type_error("expected a DirEntry"))
}
fn de_name(v: Value) -> PyResult<Value> {
    let d = de(v)?;
    Ok(path_value(&d.name, d.is_bytes))
}
fn de_path(v: Value) -> PyResult<Value> {
    let d = de(v)?;
    Ok(path_value(&d.path, d.is_bytes))
}
fn de_follow(a: &[Value], kw: &[Value], fname: &str) -> PyResult<bool> {
    only_kwargs(fname, kw, &["follow_symlinks"])?;
    match kwarg(a, kw, "follow_symlinks") {
        Some(v) => ops::truthy(v),
        None => Ok(true),
    }
}
fn de_meta(d: &DirEntryData, follow: bool) -> std::io::Result<std::fs::Metadata> {
    use std::os::unix::ffi::OsStrExt;
    let p = std::path::Path::new(std::ffi::OsStr::from_bytes(&d.path));
    if follow {
        std::fs::metadata(p)
    } else {
        std::fs::symlink_metadata(p)
    }
}
fn de_is_dir(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let follow = de_follow(a, kw, "is_dir")?;
    let d = de(a[0])?;
    let link = d.file_type.map(|t| t.is_symlink()).unwrap_or(false);
    if !follow || !link {
        return Ok(py_bool(d.file_type.map(|t| t.is_dir()).unwrap_or(false)));
    }
    Ok(py_bool(
        de_meta(d, true).map(|m| m.is_dir()).unwrap_or(false),
    ))
}
fn de_is_file(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let follow = de_follow(a, kw, "is_file")?;
    let d = de(a[0])?;
    let link = d.file_type.map(|t| t.is_symlink()).unwrap_or(false);
    if !follow || !link {
        return Ok(py_bool(d.file_type.map(|t| t.is_file()).unwrap_or(false)));
    }
    Ok(py_bool(
        de_meta(d, true).map(|m| m.is_file()).unwrap_or(false),
    ))
}
fn de_is_symlink(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let d = de(a[0])?;
    Ok(py_bool(
        d.file_type.map(|t| t.is_symlink()).unwrap_or(false),
    ))
}
fn de_is_junction(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_false())
}
fn de_stat(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let follow = de_follow(a, kw, "stat")?;
    let d = de(a[0])?;
    let fname = path_value(&d.path, d.is_bytes);
    match de_meta(d, follow) {
        Ok(m) => Ok(stat_value(&m)),
        Err(e) => Err(os_error(&e, Some(fname))),
    }
}
fn de_inode(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(de(a[0])?.ino as i64))
}
fn de_fspath(a: &[Value], _: &[Value]) -> PyResult<Value> {
    de_path(a[0])
}
fn de_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let n = de_name(a[0])?;
    Ok(new_str(&format!("<DirEntry {}>", str_of(ops::repr(n)?))))
}

fn p_getcwd(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getcwd", a, kw, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(&e, None))?;
    use std::os::unix::ffi::OsStrExt;
    Ok(path_value(d.as_os_str().as_bytes(), false))
}
fn p_getcwdb(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getcwdb", a, kw, 0, 0)?;
    let d = std::env::current_dir().map_err(|e| os_error(&e, None))?;
    use std::os::unix::ffi::OsStrExt;
    Ok(path_value(d.as_os_str().as_bytes(), true))
}
fn p_chdir(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("chdir", a, kw, 1, 1)?;
    let p = path_arg("chdir", "path", a[0])?;
    std::env::set_current_dir(os_path(&p)).map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(none())
}
fn p_mkdir(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("mkdir", kw, &["path", "mode", "dir_fd"])?;
    let pos = positional(a, kw);
    let path = kwarg(a, kw, "path")
        .or(pos.first().copied())
        .ok_or_else(|| type_error("mkdir() missing required argument 'path' (pos 1)"))?;
    let mode = match kwarg(a, kw, "mode").or(pos.get(1).copied()) {
        Some(m) => int_arg(m, "")? as u32,
        None => 0o777,
    };
    let p = path_arg("mkdir", "path", path)?;
    use std::os::unix::fs::DirBuilderExt;
    std::fs::DirBuilder::new()
        .mode(mode)
        .create(os_path(&p))
        .map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(none())
}
fn p_rmdir(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("rmdir", kw, &["path", "dir_fd"])?;
    let p = path_arg(
        "rmdir",
        "path",
        positional(a, kw)
            .first()
            .copied()
            .or(kwarg(a, kw, "path"))
            .unwrap_or(none()),
    )?;
    std::fs::remove_dir(os_path(&p)).map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(none())
}
fn p_unlink(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("unlink", kw, &["path", "dir_fd"])?;
    let p = path_arg(
        "unlink",
        "path",
        positional(a, kw)
            .first()
            .copied()
            .or(kwarg(a, kw, "path"))
            .unwrap_or(none()),
    )?;
    std::fs::remove_file(os_path(&p)).map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(none())
}
fn p_rename(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("rename", kw, &["src", "dst", "src_dir_fd", "dst_dir_fd"])?;
    let pos = positional(a, kw);
    if pos.len() < 2 {
        return Err(type_error(
            "rename() missing required argument 'dst' (pos 2)",
        ));
    }
    let s = path_arg("rename", "src", pos[0])?;
    let d = path_arg("rename", "dst", pos[1])?;
    std::fs::rename(os_path(&s), os_path(&d)).map_err(|e| os_error2(&e, s.orig, d.orig))?;
    Ok(none())
}
fn p_readlink(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("readlink", kw, &["path", "dir_fd"])?;
    let p = path_arg(
        "readlink",
        "path",
        positional(a, kw).first().copied().unwrap_or(none()),
    )?;
    let t = std::fs::read_link(os_path(&p)).map_err(|e| os_error(&e, Some(p.orig)))?;
    use std::os::unix::ffi::OsStrExt;
    Ok(path_value(t.as_os_str().as_bytes(), p.is_bytes))
}
fn p_symlink(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs(
        "symlink",
        kw,
        &["src", "dst", "target_is_directory", "dir_fd"],
    )?;
    let pos = positional(a, kw);
    if pos.len() < 2 {
        return Err(type_error(
            "symlink() missing required argument 'dst' (pos 2)",
        ));
    }
    let s = path_arg("symlink", "src", pos[0])?;
    let d = path_arg("symlink", "dst", pos[1])?;
    std::os::unix::fs::symlink(os_path(&s), os_path(&d))
        .map_err(|e| os_error2(&e, s.orig, d.orig))?;
    Ok(none())
}
fn p_link(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs(
        "link",
        kw,
        &["src", "dst", "src_dir_fd", "dst_dir_fd", "follow_symlinks"],
    )?;
    let pos = positional(a, kw);
    if pos.len() < 2 {
        return Err(type_error("link() missing required argument 'dst' (pos 2)"));
    }
    let s = path_arg("link", "src", pos[0])?;
    let d = path_arg("link", "dst", pos[1])?;
    std::fs::hard_link(os_path(&s), os_path(&d)).map_err(|e| os_error2(&e, s.orig, d.orig))?;
    Ok(none())
}
fn p_chmod(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("chmod", kw, &["path", "mode", "dir_fd", "follow_symlinks"])?;
    let pos = positional(a, kw);
    if pos.len() < 2 {
        return Err(type_error(
            "chmod() missing required argument 'mode' (pos 2)",
        ));
    }
    let p = path_arg("chmod", "path", pos[0])?;
    let mode = int_arg(pos[1], "")? as u32;
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(os_path(&p), std::fs::Permissions::from_mode(mode))
        .map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(none())
}
fn p_utime(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs(
        "utime",
        kw,
        &["path", "times", "ns", "dir_fd", "follow_symlinks"],
    )?;
    let pos = positional(a, kw);
    let p = path_arg("utime", "path", pos.first().copied().unwrap_or(none()))?;
    let times = kwarg(a, kw, "times").or(pos.get(1).copied());
    let ns = kwarg(a, kw, "ns");
    let f = std::fs::File::options()
        .write(false)
        .read(true)
        .open(os_path(&p))
        .or_else(|_| std::fs::File::open(os_path(&p)))
        .map_err(|e| os_error(&e, Some(p.orig)))?;
    let to_st =
        |secs: f64| std::time::UNIX_EPOCH + std::time::Duration::from_secs_f64(secs.max(0.0));
    let (at, mt) = if let Some(n) = ns {
        let t = ops::to_list(n)?;
        let it = list_items(t);
        if it.len() != 2 {
            return Err(type_error("utime: 'ns' must be a tuple of two ints"));
        }
        let (x, y) = (it[0], it[1]);
        let a_ = ops::index_value(x)? as f64 / 1e9;
        let m_ = ops::index_value(y)? as f64 / 1e9;
        (to_st(a_), to_st(m_))
    } else if let Some(t) = times.filter(|&t| t != none()) {
        let l = ops::to_list(t)?;
        let it = list_items(l);
        if it.len() != 2 {
            return Err(type_error(
                "utime: 'times' must be either a tuple of two ints or None",
            ));
        }
        let (x, y) = (it[0], it[1]);
        let a_ = to_f64(x)?;
        let m_ = to_f64(y)?;
        (to_st(a_), to_st(m_))
    } else {
        let now = std::time::SystemTime::now();
        (now, now)
    };
    f.set_times(std::fs::FileTimes::new().set_accessed(at).set_modified(mt))
        .map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(none())
}

// ---------------------------------------------------------------- file descriptors

fn p_open(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("open", kw, &["path", "flags", "mode", "dir_fd"])?;
    let pos = positional(a, kw);
    let path = kwarg(a, kw, "path")
        .or(pos.first().copied())
        .ok_or_else(|| type_error("open() missing required argument 'path' (pos 1)"))?;
    let flags = kwarg(a, kw, "flags")
        .or(pos.get(1).copied())
        .ok_or_else(|| type_error("open() missing required argument 'flags' (pos 2)"))?;
    let mode = match kwarg(a, kw, "mode").or(pos.get(2).copied()) {
        Some(m) => int_arg(m, "")? as u32,
        None => 0o777,
    };
    let p = path_arg("open", "path", path)?;
    let fd =
        ferrite_gc::blocking(|| sc::open(&p.bytes, int_arg(flags, "").unwrap_or(0) as i32, mode))
            .map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(new_int(fd as i64))
}
fn p_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", a, kw, 1, 1)?;
    ferrite_runtime::fd::close(fd_arg(a[0])?).map_err(|e| os_error(&e, None))?;
    Ok(none())
}
fn p_closerange(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("closerange", a, kw, 2, 2)?;
    for fd in fd_arg(a[0])?..fd_arg(a[1])? {
        let _ = ferrite_runtime::fd::close(fd);
    }
    Ok(none())
}
fn p_read(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read", a, kw, 2, 2)?;
    let fd = fd_arg(a[0])?;
    let n = int_arg(a[1], "")?;
    if n < 0 {
        return Err(os_error(&std::io::Error::from_raw_os_error(22), None));
    }
    let mut buf = vec![0u8; n as usize];
    let got = ferrite_gc::blocking(|| ferrite_runtime::fd::read(fd, &mut buf))
        .map_err(|e| os_error(&e, None))?;
    Ok(new_bytes(&buf[..got]))
}
fn p_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("write", a, kw, 2, 2)?;
    let fd = fd_arg(a[0])?;
    if !ferrite_runtime::methods::bytes::is_bytes_like(a[1]) {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            type_name_of(a[1])
        )));
    }
    let data = ferrite_runtime::methods::bytes::buffer_arg(a[1])?;
    if fd == 1 {
        crate::flush_stdout_hook();
    }
    let n = ferrite_gc::blocking(|| ferrite_runtime::fd::write(fd, &data))
        .map_err(|e| os_error(&e, None))?;
    Ok(new_int(n as i64))
}
fn p_lseek(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("lseek", a, kw, 3, 3)?;
    let r = ferrite_runtime::fd::lseek(fd_arg(a[0])?, int_arg(a[1], "")?, fd_arg(a[2])?)
        .map_err(|e| os_error(&e, None))?;
    Ok(new_int(r))
}
fn p_isatty(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("isatty", a, kw, 1, 1)?;
    Ok(py_bool(ferrite_runtime::fd::isatty(fd_arg(a[0])?)))
}
fn p_dup(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("dup", a, kw, 1, 1)?;
    Ok(new_int(
        sc::dup(fd_arg(a[0])?).map_err(|e| os_error(&e, None))? as i64,
    ))
}
fn p_dup2(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("dup2", kw, &["fd", "fd2", "inheritable"])?;
    let pos = positional(a, kw);
    if pos.len() < 2 {
        return Err(type_error("dup2() missing required argument 'fd2' (pos 2)"));
    }
    Ok(new_int(
        sc::dup2(fd_arg(pos[0])?, fd_arg(pos[1])?).map_err(|e| os_error(&e, None))? as i64,
    ))
}
fn p_ftruncate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("ftruncate", a, kw, 2, 2)?;
    ferrite_runtime::fd::ftruncate(fd_arg(a[0])?, int_arg(a[1], "")?)
        .map_err(|e| os_error(&e, None))?;
    Ok(none())
}
fn p_truncate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("truncate", a, kw, 2, 2)?;
    let p = path_arg("truncate", "path", a[0])?;
    let f = std::fs::OpenOptions::new()
        .write(true)
        .open(os_path(&p))
        .map_err(|e| os_error(&e, Some(p.orig)))?;
    f.set_len(int_arg(a[1], "")? as u64)
        .map_err(|e| os_error(&e, Some(p.orig)))?;
    Ok(none())
}
fn p_fsync(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("fsync", a, kw, 1, 1)?;
    let fd = match ops::getattr_opt(a[0], ferrite_runtime::intern::intern("fileno"))? {
        Some(f) if !(a[0].is_small_int()) => ops::call(f, &[], &[])?,
        _ => a[0],
    };
    sc::fsync(fd_arg(fd)?).map_err(|e| os_error(&e, None))?;
    Ok(none())
}
fn p_pipe(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("pipe", a, kw, 0, 0)?;
    let (r, w) = sc::pipe().map_err(|e| os_error(&e, None))?;
    Ok(new_tuple(&[new_int(r as i64), new_int(w as i64)]))
}
fn p_get_inheritable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_inheritable", a, kw, 1, 1)?;
    Ok(py_false())
}
fn p_set_inheritable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("set_inheritable", a, kw, 2, 2)?;
    Ok(none())
}
fn p_get_blocking(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_blocking", a, kw, 1, 1)?;
    Ok(py_true())
}
fn p_device_encoding(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("device_encoding", a, kw, 1, 1)?;
    Ok(if ferrite_runtime::fd::isatty(fd_arg(a[0])?) {
        new_str("UTF-8")
    } else {
        none()
    })
}

// ---------------------------------------------------------------- process and misc

fn p_getpid(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getpid", a, kw, 0, 0)?;
    Ok(new_int(sc::getpid()))
}
fn p_getppid(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getppid", a, kw, 0, 0)?;
    Ok(new_int(sc::getppid()))
}
fn p_getuid(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(sc::ids().0 as i64))
}
fn p_geteuid(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(sc::ids().1 as i64))
}
fn p_getgid(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(sc::ids().2 as i64))
}
fn p_getegid(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(sc::ids().3 as i64))
}
fn p_umask(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("umask", a, kw, 1, 1)?;
    Ok(new_int(sc::umask(int_arg(a[0], "")? as u32) as i64))
}
fn p_kill(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("kill", a, kw, 2, 2)?;
    sc::kill(int_arg(a[0], "")?, int_arg(a[1], "")? as i32).map_err(|e| os_error(&e, None))?;
    Ok(none())
}
fn p_exit(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_exit", a, kw, 1, 1)?;
    let code = int_arg(a[0], "")? as i32;
    crate::flush_stdout_hook();
    sc::exit_now(code)
}
fn p_access(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs(
        "access",
        kw,
        &["path", "mode", "dir_fd", "effective_ids", "follow_symlinks"],
    )?;
    let pos = positional(a, kw);
    if pos.len() < 2 {
        return Err(type_error(
            "access() missing required argument 'mode' (pos 2)",
        ));
    }
    let p = path_arg("access", "path", pos[0])?;
    let m = int_arg(pos[1], "")? as i32;
    Ok(py_bool(sc::access(&p.bytes, m).unwrap_or(false)))
}
fn p_strerror(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("strerror", a, kw, 1, 1)?;
    Ok(new_str(&ferrite_runtime::fd::strerror(
        int_arg(a[0], "")? as i32
    )))
}
fn p_urandom(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("urandom", a, kw, 1, 1)?;
    let n = int_arg(a[0], "")?;
    if n < 0 {
        return Err(value_error("negative argument not allowed"));
    }
    let mut buf = vec![0u8; n as usize];
    use std::io::Read;
    std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .map_err(|e| os_error(&e, None))?;
    Ok(new_bytes(&buf))
}
fn p_fspath(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    only_kwargs("fspath", kw, &["path"])?;
    let pos = positional(a, kw);
    let v = kwarg(a, kw, "path")
        .or(pos.first().copied())
        .ok_or_else(|| type_error("fspath() missing required argument 'path' (pos 1)"))?;
    fspath(v)
}
fn p_cpu_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("cpu_count", a, kw, 0, 0)?;
    Ok(match std::thread::available_parallelism() {
        Ok(n) => new_int(n.get() as i64),
        Err(_) => none(),
    })
}
fn p_times(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("times", a, kw, 0, 0)?;
    let t = sc::times().map_err(|e| os_error(&e, None))?;
    let l = new_list(&[]);
    for x in t {
        list_push(l, new_float(x));
    }
    Ok(ferrite_runtime::structseq::new_instance(
        ty(&TIMES_RESULT),
        list_items(l),
    ))
}
fn p_uname(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("uname", a, kw, 0, 0)?;
    let u = sc::uname().map_err(|e| os_error(&e, None))?;
    let l = new_list(&[]);
    for s in &u {
        list_push(l, new_str(s));
    }
    Ok(ferrite_runtime::structseq::new_instance(
        ty(&UNAME_RESULT),
        list_items(l),
    ))
}
fn p_get_terminal_size(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("get_terminal_size", a, kw, 0, 1)?;
    let fd = if a.is_empty() { 1 } else { fd_arg(a[0])? };
    let (c, r) = sc::terminal_size(fd).map_err(|e| os_error(&e, None))?;
    Ok(ferrite_runtime::structseq::new_instance(
        ty(&TERMINAL_SIZE),
        &[new_int(c as i64), new_int(r as i64)],
    ))
}
fn p_putenv(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("putenv", a, kw, 2, 2)?;
    let k = path_arg("putenv", "name", a[0])?;
    let v = path_arg("putenv", "value", a[1])?;
    if k.bytes.is_empty() || k.bytes.contains(&b'=') {
        return Err(value_error("illegal environment variable name"));
    }
    sc::putenv(&k.bytes, &v.bytes).map_err(|e| os_error(&e, None))?;
    Ok(none())
}
fn p_unsetenv(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("unsetenv", a, kw, 1, 1)?;
    let k = path_arg("unsetenv", "name", a[0])?;
    sc::unsetenv(&k.bytes).map_err(|e| os_error(&e, None))?;
    Ok(none())
}
fn p_sysconf(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("sysconf", a, kw, 1, 1)?;
    let name = a[0];
    let code = if is_str(name) {
        match str_of(name) {
            "SC_CLK_TCK" => libc::_SC_CLK_TCK,
            "SC_PAGE_SIZE" | "SC_PAGESIZE" => libc::_SC_PAGESIZE,
            "SC_NPROCESSORS_ONLN" => libc::_SC_NPROCESSORS_ONLN,
            "SC_NPROCESSORS_CONF" => libc::_SC_NPROCESSORS_CONF,
            "SC_OPEN_MAX" => libc::_SC_OPEN_MAX,
            _ => return Err(value_error("unrecognized configuration name")),
        }
    } else {
        int_arg(name, "")? as i32
    };
    Ok(new_int(sc::sysconf(code)))
}
fn p_waitstatus_to_exitcode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("waitstatus_to_exitcode", a, kw, 1, 1)?;
    let s = int_arg(a[0], "")? as i32;
    if s & 0x7f == 0 {
        Ok(new_int(((s >> 8) & 0xff) as i64))
    } else {
        Ok(new_int(-((s & 0x7f) as i64)))
    }
}

fn p_waitpid(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("waitpid", a, kw, 2, 2)?;
    let pid = int_arg(a[0], "")?;
    let opts = int_arg(a[1], "")? as i32;
    let (p, st) =
        ferrite_gc::blocking(|| sc::waitpid(pid, opts)).map_err(|e| os_error(&e, None))?;
    Ok(new_tuple(&[new_int(p), new_int(st as i64)]))
}
/// The W* status macros, as functions of a wait status.
fn status_arg(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<i64> {
    check(fname, a, kw, 1, 1)?;
    int_arg(a[0], "")
}
fn p_wifexited(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(status_arg("WIFEXITED", a, kw)? & 0x7f == 0))
}
fn p_wexitstatus(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int((status_arg("WEXITSTATUS", a, kw)? >> 8) & 0xff))
}
fn p_wifsignaled(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = status_arg("WIFSIGNALED", a, kw)?;
    Ok(py_bool(((s & 0x7f) + 1) as i8 >> 1 > 0))
}
fn p_wtermsig(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int(status_arg("WTERMSIG", a, kw)? & 0x7f))
}
fn p_wifstopped(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(py_bool(status_arg("WIFSTOPPED", a, kw)? & 0xff == 0x7f))
}
fn p_wstopsig(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    Ok(new_int((status_arg("WSTOPSIG", a, kw)? >> 8) & 0xff))
}

fn int_const(d: Value, name: &str, v: i64) {
    dict_set_str(d, name, new_int(v));
}

pub fn init(d: Value) -> PyResult<()> {
    let st = ferrite_runtime::structseq::new_type("os", "stat_result", STAT_FIELDS, 10)?;
    STAT_RESULT.store(st.0, Ordering::Relaxed);
    dict_set_str(d, "stat_result", st);
    let ts = ferrite_runtime::structseq::new_type("os", "terminal_size", &["columns", "lines"], 2)?;
    TERMINAL_SIZE.store(ts.0, Ordering::Relaxed);
    dict_set_str(d, "terminal_size", ts);
    let tr = ferrite_runtime::structseq::new_type(
        "posix",
        "times_result",
        &[
            "user",
            "system",
            "children_user",
            "children_system",
            "elapsed",
        ],
        5,
    )?;
    TIMES_RESULT.store(tr.0, Ordering::Relaxed);
    dict_set_str(d, "times_result", tr);
    let ur = ferrite_runtime::structseq::new_type(
        "posix",
        "uname_result",
        &["sysname", "nodename", "release", "version", "machine"],
        5,
    )?;
    UNAME_RESULT.store(ur.0, Ordering::Relaxed);
    dict_set_str(d, "uname_result", ur);

    let de_t = new_native_type("posix", "DirEntry", Value::NULL, false);
    DIR_ENTRY.store(de_t.0, Ordering::Relaxed);
    getset(de_t, "name", de_name);
    getset(de_t, "path", de_path);
    def(de_t, "is_dir", de_is_dir);
    def(de_t, "is_file", de_is_file);
    def(de_t, "is_symlink", de_is_symlink);
    def(de_t, "is_junction", de_is_junction);
    def(de_t, "stat", de_stat);
    def(de_t, "inode", de_inode);
    def(de_t, "__fspath__", de_fspath);
    def(de_t, "__repr__", de_repr);
    dict_set_str(d, "DirEntry", de_t);
    let si = new_native_type("posix", "ScandirIterator", Value::NULL, false);
    SCANDIR_ITER.store(si.0, Ordering::Relaxed);
    def(si, "__next__", scandir_next);
    def(si, "__iter__", scandir_iter);
    def(si, "__enter__", scandir_iter);
    def(si, "__exit__", scandir_exit);
    def(si, "close", scandir_close);
    let _ = def_new;

    crate::define_functions(
        d,
        &[
            ("stat", p_stat),
            ("lstat", p_lstat),
            ("fstat", p_fstat),
            ("listdir", p_listdir),
            ("scandir", p_scandir),
            ("getcwd", p_getcwd),
            ("getcwdb", p_getcwdb),
            ("chdir", p_chdir),
            ("mkdir", p_mkdir),
            ("rmdir", p_rmdir),
            ("unlink", p_unlink),
            ("remove", p_unlink),
            ("rename", p_rename),
            ("replace", p_rename),
            ("readlink", p_readlink),
            ("symlink", p_symlink),
            ("link", p_link),
            ("chmod", p_chmod),
            ("utime", p_utime),
            ("open", p_open),
            ("close", p_close),
            ("closerange", p_closerange),
            ("read", p_read),
            ("write", p_write),
            ("lseek", p_lseek),
            ("isatty", p_isatty),
            ("dup", p_dup),
            ("dup2", p_dup2),
            ("ftruncate", p_ftruncate),
            ("truncate", p_truncate),
            ("fsync", p_fsync),
            ("pipe", p_pipe),
            ("get_inheritable", p_get_inheritable),
            ("set_inheritable", p_set_inheritable),
            ("get_blocking", p_get_blocking),
            ("device_encoding", p_device_encoding),
            ("getpid", p_getpid),
            ("getppid", p_getppid),
            ("getuid", p_getuid),
            ("geteuid", p_geteuid),
            ("getgid", p_getgid),
            ("getegid", p_getegid),
            ("umask", p_umask),
            ("kill", p_kill),
            ("_exit", p_exit),
            ("access", p_access),
            ("strerror", p_strerror),
            ("urandom", p_urandom),
            ("fspath", p_fspath),
            ("cpu_count", p_cpu_count),
            ("times", p_times),
            ("uname", p_uname),
            ("get_terminal_size", p_get_terminal_size),
            ("putenv", p_putenv),
            ("unsetenv", p_unsetenv),
            ("sysconf", p_sysconf),
            ("waitstatus_to_exitcode", p_waitstatus_to_exitcode),
            ("waitpid", p_waitpid),
            ("WIFEXITED", p_wifexited),
            ("WEXITSTATUS", p_wexitstatus),
            ("WIFSIGNALED", p_wifsignaled),
            ("WTERMSIG", p_wtermsig),
            ("WIFSTOPPED", p_wifstopped),
            ("WSTOPSIG", p_wstopsig),
        ],
    );
    // environ: bytes -> bytes, as CPython's posix.environ
    let env = new_dict();
    for (k, v) in sc::environ() {
        let kv = new_bytes(&k);
        let vv = new_bytes(&v);
        dict_set(env, kv, vv)?;
    }
    dict_set_str(d, "environ", env);
    dict_set_str(d, "error", exc_type(Exc::OSError));
    let hf = new_list(&[]);
    for f in [
        "HAVE_FSTATAT",
        "HAVE_FCHDIR",
        "HAVE_FCHMOD",
        "HAVE_FTRUNCATE",
    ] {
        let _ = f;
    }
    dict_set_str(d, "_have_functions", hf);
    for (n, v) in [
        ("F_OK", libc::F_OK),
        ("R_OK", libc::R_OK),
        ("W_OK", libc::W_OK),
        ("X_OK", libc::X_OK),
        ("O_RDONLY", libc::O_RDONLY),
        ("O_WRONLY", libc::O_WRONLY),
        ("O_RDWR", libc::O_RDWR),
        ("O_APPEND", libc::O_APPEND),
        ("O_CREAT", libc::O_CREAT),
        ("O_EXCL", libc::O_EXCL),
        ("O_TRUNC", libc::O_TRUNC),
        ("O_NONBLOCK", libc::O_NONBLOCK),
        ("O_NDELAY", libc::O_NDELAY),
        ("O_SYNC", libc::O_SYNC),
        ("O_DSYNC", libc::O_DSYNC),
        ("O_NOCTTY", libc::O_NOCTTY),
        ("O_CLOEXEC", libc::O_CLOEXEC),
        ("O_DIRECTORY", libc::O_DIRECTORY),
        ("O_NOFOLLOW", libc::O_NOFOLLOW),
        ("O_ACCMODE", libc::O_ACCMODE),
        ("SEEK_SET", 0),
        ("SEEK_CUR", 1),
        ("SEEK_END", 2),
        ("WNOHANG", libc::WNOHANG),
        ("EX_OK", 0),
    ] {
        int_const(d, n, v as i64);
    }
    let _ = int_to_i64;
    Ok(())
}
