//! The `_stat` module: file mode constants, `S_IS*`, `S_IMODE`, `S_IFMT` and `filemode`
//! (Linux values).

use ferrite_runtime::errors::{overflow_error, type_error, PyResult};
use ferrite_runtime::object::{layout_of, py_bool, Layout};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::Value;
use num_traits::ToPrimitive;

const S_IFMT: u32 = 0o170000;
const S_IFDIR: u32 = 0o040000;
const S_IFCHR: u32 = 0o020000;
const S_IFBLK: u32 = 0o060000;
const S_IFREG: u32 = 0o100000;
const S_IFIFO: u32 = 0o010000;
const S_IFLNK: u32 = 0o120000;
const S_IFSOCK: u32 = 0o140000;

const CONSTANTS: &[(&str, i64)] = &[
    ("SF_APPEND", 262144),
    ("SF_ARCHIVED", 65536),
    ("SF_IMMUTABLE", 131072),
    ("SF_NOUNLINK", 1048576),
    ("SF_SNAPSHOT", 2097152),
    ("ST_ATIME", 7),
    ("ST_CTIME", 9),
    ("ST_DEV", 2),
    ("ST_GID", 5),
    ("ST_INO", 1),
    ("ST_MODE", 0),
    ("ST_MTIME", 8),
    ("ST_NLINK", 3),
    ("ST_SIZE", 6),
    ("ST_UID", 4),
    ("S_ENFMT", 1024),
    ("S_IEXEC", 64),
    ("S_IFBLK", 24576),
    ("S_IFCHR", 8192),
    ("S_IFDIR", 16384),
    ("S_IFDOOR", 0),
    ("S_IFIFO", 4096),
    ("S_IFLNK", 40960),
    ("S_IFPORT", 0),
    ("S_IFREG", 32768),
    ("S_IFSOCK", 49152),
    ("S_IFWHT", 0),
    ("S_IREAD", 256),
    ("S_IRGRP", 32),
    ("S_IROTH", 4),
    ("S_IRUSR", 256),
    ("S_IRWXG", 56),
    ("S_IRWXO", 7),
    ("S_IRWXU", 448),
    ("S_ISGID", 1024),
    ("S_ISUID", 2048),
    ("S_ISVTX", 512),
    ("S_IWGRP", 16),
    ("S_IWOTH", 2),
    ("S_IWRITE", 128),
    ("S_IWUSR", 128),
    ("S_IXGRP", 8),
    ("S_IXOTH", 1),
    ("S_IXUSR", 64),
    ("UF_APPEND", 4),
    ("UF_COMPRESSED", 32),
    ("UF_HIDDEN", 32768),
    ("UF_IMMUTABLE", 2),
    ("UF_NODUMP", 1),
    ("UF_NOUNLINK", 16),
    ("UF_OPAQUE", 8),
];

pub fn init(d: Value) -> PyResult<()> {
    for &(k, v) in CONSTANTS {
        dict_set_str(d, k, new_int(v));
    }
    crate::define_functions(
        d,
        &[
            ("S_ISDIR", s_isdir),
            ("S_ISCHR", s_ischr),
            ("S_ISBLK", s_isblk),
            ("S_ISREG", s_isreg),
            ("S_ISFIFO", s_isfifo),
            ("S_ISLNK", s_islnk),
            ("S_ISSOCK", s_issock),
            ("S_ISDOOR", s_isdoor),
            ("S_ISPORT", s_isport),
            ("S_ISWHT", s_iswht),
            ("S_IMODE", s_imode),
            ("S_IFMT", s_ifmt),
            ("filemode", filemode),
        ],
    );
    Ok(())
}

/// `_PyLong_AsMode_t`: an int (no __index__) that fits mode_t.
fn mode_arg(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<u32> {
    ferrite_runtime::args::no_kwargs(&format!("_stat.{fname}"), kw)?;
    if a.len() != 1 {
        return Err(type_error(format!(
            "_stat.{fname}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    let v = a[0];
    let is_int =
        v.is_small_int() || (v.is_ptr() && layout_of(crate::util::int_inner(v)) == Layout::Int);
    if !is_int {
        return Err(type_error("an integer is required"));
    }
    let b = crate::util::big_of(v);
    if b.sign() == num_bigint::Sign::Minus {
        return Err(overflow_error(
            "can't convert negative value to unsigned int",
        ));
    }
    match b.to_u32() {
        Some(m) => Ok(m),
        None => Err(overflow_error("mode out of range")),
    }
}

macro_rules! s_is {
    ($f:ident, $name:literal, $bits:expr) => {
        fn $f(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            let m = mode_arg($name, a, kw)?;
            Ok(py_bool($bits != 0 && m & S_IFMT == $bits))
        }
    };
}
s_is!(s_isdir, "S_ISDIR", S_IFDIR);
s_is!(s_ischr, "S_ISCHR", S_IFCHR);
s_is!(s_isblk, "S_ISBLK", S_IFBLK);
s_is!(s_isreg, "S_ISREG", S_IFREG);
s_is!(s_isfifo, "S_ISFIFO", S_IFIFO);
s_is!(s_islnk, "S_ISLNK", S_IFLNK);
s_is!(s_issock, "S_ISSOCK", S_IFSOCK);
s_is!(s_isdoor, "S_ISDOOR", 0);
s_is!(s_isport, "S_ISPORT", 0);
s_is!(s_iswht, "S_ISWHT", 0);

fn s_imode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mode_arg("S_IMODE", a, kw)?;
    Ok(new_int((m & 0o7777) as i64))
}

fn s_ifmt(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mode_arg("S_IFMT", a, kw)?;
    Ok(new_int((m & S_IFMT) as i64))
}

fn filemode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let m = mode_arg("filemode", a, kw)?;
    let mut s = String::with_capacity(10);
    s.push(match m & S_IFMT {
        S_IFDIR => 'd',
        S_IFCHR => 'c',
        S_IFBLK => 'b',
        S_IFREG => '-',
        S_IFIFO => 'p',
        S_IFLNK => 'l',
        S_IFSOCK => 's',
        _ => '?',
    });
    let bit = |b: u32, c: char| if m & b != 0 { c } else { '-' };
    let special =
        |x: u32, special: u32, lower: char, upper: char| match (m & x != 0, m & special != 0) {
            (true, true) => lower,
            (false, true) => upper,
            (true, false) => 'x',
            (false, false) => '-',
        };
    s.push(bit(0o400, 'r'));
    s.push(bit(0o200, 'w'));
    s.push(special(0o100, 0o4000, 's', 'S'));
    s.push(bit(0o040, 'r'));
    s.push(bit(0o020, 'w'));
    s.push(special(0o010, 0o2000, 's', 'S'));
    s.push(bit(0o004, 'r'));
    s.push(bit(0o002, 'w'));
    s.push(special(0o001, 0o1000, 't', 'T'));
    Ok(new_str(&s))
}
