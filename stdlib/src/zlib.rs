//! The `zlib` module on flate2's zlib-rs backend (a Rust port of zlib): one-shot
//! compress/decompress, streaming compressobj/decompressobj, crc32, adler32, with CPython's
//! wbits conventions (zlib 9..15, raw -9..-15, gzip 25..31, auto-detect 40..47 on
//! decompression) and error messages.
//!
//! Not supported by flate2: the memLevel and strategy parameters of compressobj (accepted,
//! the defaults are used), and copy() of stream objects (NotImplementedError).

use crate::support::{data, native_type, TypeCell};
use crate::util::bind;
use ferrite_runtime::errors::{
    exc_type, new_exc, new_exc_obj, type_error, value_error, Exc, PyErr, PyResult,
};
use ferrite_runtime::methods::bytes::{is_bytes_like, new_bytes};
use ferrite_runtime::methods::{def, getset};
use ferrite_runtime::object::{bt, py_bool, BT};
use ferrite_runtime::objects::dict::{dict_set_str, new_dict};
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::{new_native, NativeData};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::{ops, Value};
use flate2::{Compress, Compression, Decompress, FlushCompress, FlushDecompress, Status};

const DEF_BUF_SIZE: usize = 16384;

fn error_type() -> Value {
    crate::support::state_or_init("zlib.error", || {
        let ns = new_dict();
        dict_set_str(ns, "__module__", new_str("zlib"));
        let bases = new_tuple(&[exc_type(Exc::Exception)]);
        ops::call(bt(BT::Type), &[new_str("error"), bases, ns], &[]).expect("zlib.error")
    })
}

fn zerr(msg: impl AsRef<str>) -> PyErr {
    PyErr(new_exc_obj(
        error_type(),
        new_tuple(&[new_str(msg.as_ref())]),
    ))
}

fn buf_arg(v: Value) -> PyResult<Vec<u8>> {
    crate::support::buffer_data(v)?.ok_or_else(|| {
        type_error(format!(
            "a bytes-like object is required, not '{}'",
            ferrite_runtime::types::type_name_of(v)
        ))
    })
}

/// PyArg "i": an int argument as i32.
/// An optional C int argument (absent: `dflt`).
fn int_arg(v: Value, dflt: i64) -> PyResult<i64> {
    if v.is_null() {
        return Ok(dflt);
    }
    crate::support::c_int_arg(v)
}

/// A compressor for (level, wbits), or None when zlib would refuse them (Z_STREAM_ERROR).
fn make_compress(level: i64, wbits: i64) -> Option<Compress> {
    if !(-1..=9).contains(&level) {
        return None;
    }
    let lv = if level < 0 {
        Compression::default()
    } else {
        Compression::new(level as u32)
    };
    // zlib takes 8 as 9 for deflate
    let bits = |b: i64| if b == 8 { 9u8 } else { b as u8 };
    match wbits {
        8..=15 => Some(Compress::new_with_window_bits(lv, true, bits(wbits))),
        -15..=-8 => Some(Compress::new_with_window_bits(lv, false, bits(-wbits))),
        24..=31 => Some(Compress::new_gzip(lv, bits(wbits - 16))),
        _ => None,
    }
}

enum Kind {
    Zlib,
    Raw,
    Gzip,
    Auto,
}

fn decompress_kind(wbits: i64) -> Option<Kind> {
    match wbits {
        0 | 8..=15 => Some(Kind::Zlib),
        -15..=-8 => Some(Kind::Raw),
        24..=31 => Some(Kind::Gzip),
        40..=47 => Some(Kind::Auto),
        _ => None,
    }
}

fn make_decompress(kind: &Kind, first: &[u8]) -> Decompress {
    match kind {
        Kind::Zlib => Decompress::new(true),
        Kind::Raw => Decompress::new(false),
        Kind::Gzip => Decompress::new_gzip(15),
        Kind::Auto => {
            if first.starts_with(&[0x1f, 0x8b]) {
                Decompress::new_gzip(15)
            } else {
                Decompress::new(true)
            }
        }
    }
}

fn flush_mode(mode: i64) -> Option<FlushCompress> {
    Some(match mode {
        0 => FlushCompress::None,
        1 => FlushCompress::Partial,
        2 => FlushCompress::Sync,
        3 => FlushCompress::Full,
        4 => FlushCompress::Finish,
        _ => return None,
    })
}

/// Runs deflate over `input` with `flush` until the input is consumed and the output drained.
fn deflate(c: &mut Compress, input: &[u8], flush: FlushCompress, what: &str) -> PyResult<Vec<u8>> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; DEF_BUF_SIZE];
    let mut pos = 0;
    loop {
        let (bi, bo) = (c.total_in(), c.total_out());
        let st = c.compress(&input[pos..], &mut buf, flush).map_err(|e| {
            zerr(format!(
                "Error -2 {what}: {}",
                e.message().unwrap_or("inconsistent stream state")
            ))
        })?;
        let used = (c.total_in() - bi) as usize;
        let produced = (c.total_out() - bo) as usize;
        pos += used;
        out.extend_from_slice(&buf[..produced]);
        if st == Status::StreamEnd {
            break;
        }
        if pos >= input.len() && produced < buf.len() {
            break;
        }
        if used == 0 && produced == 0 {
            break;
        }
    }
    Ok(out)
}

fn inflate_error(e: &flate2::DecompressError, what: &str) -> PyErr {
    if e.needs_dictionary().is_some() {
        return zerr(format!("Error 2 {what}"));
    }
    zerr(format!(
        "Error -3 {what}: {}",
        e.message().unwrap_or("invalid input data")
    ))
}

/// Inflates `input` (up to `max` bytes of output when nonzero). Returns the output, the input
/// consumed and whether the stream ended.
fn inflate(
    d: &mut Decompress,
    input: &[u8],
    max: usize,
    zdict: Option<&[u8]>,
    flush: FlushDecompress,
) -> PyResult<(Vec<u8>, usize, bool)> {
    let mut out = Vec::new();
    let mut buf = vec![0u8; DEF_BUF_SIZE];
    let mut pos = 0;
    loop {
        let room = if max > 0 {
            (max - out.len()).min(buf.len())
        } else {
            buf.len()
        };
        if room == 0 {
            return Ok((out, pos, false));
        }
        let (bi, bo) = (d.total_in(), d.total_out());
        let r = d.decompress(&input[pos..], &mut buf[..room], flush);
        let used = (d.total_in() - bi) as usize;
        let produced = (d.total_out() - bo) as usize;
        pos += used;
        out.extend_from_slice(&buf[..produced]);
        match r {
            Ok(Status::StreamEnd) => return Ok((out, pos, true)),
            Ok(_) => {}
            Err(e) => {
                if let (Some(_), Some(z)) = (e.needs_dictionary(), zdict) {
                    if d.set_dictionary(z).is_err() {
                        return Err(zerr(
                            "Error -3 while decompressing data: invalid dictionary",
                        ));
                    }
                    continue;
                }
                return Err(inflate_error(&e, "while decompressing data"));
            }
        }
        if used == 0 && produced == 0 {
            return Ok((out, pos, false));
        }
        if pos >= input.len() && produced < room {
            return Ok((out, pos, false));
        }
    }
}

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(
        d,
        &[
            ("compress", zlib_compress),
            ("decompress", zlib_decompress),
            ("compressobj", zlib_compressobj),
            ("decompressobj", zlib_decompressobj),
            ("crc32", zlib_crc32),
            ("adler32", zlib_adler32),
        ],
    );
    dict_set_str(d, "error", error_type());
    for (k, v) in [
        ("MAX_WBITS", 15),
        ("DEFLATED", 8),
        ("DEF_MEM_LEVEL", 8),
        ("DEF_BUF_SIZE", DEF_BUF_SIZE as i64),
        ("Z_NO_COMPRESSION", 0),
        ("Z_BEST_SPEED", 1),
        ("Z_BEST_COMPRESSION", 9),
        ("Z_DEFAULT_COMPRESSION", -1),
        ("Z_FILTERED", 1),
        ("Z_HUFFMAN_ONLY", 2),
        ("Z_RLE", 3),
        ("Z_FIXED", 4),
        ("Z_DEFAULT_STRATEGY", 0),
        ("Z_NO_FLUSH", 0),
        ("Z_PARTIAL_FLUSH", 1),
        ("Z_SYNC_FLUSH", 2),
        ("Z_FULL_FLUSH", 3),
        ("Z_FINISH", 4),
        ("Z_BLOCK", 5),
        ("Z_TREES", 6),
    ] {
        dict_set_str(d, k, new_int(v));
    }
    dict_set_str(d, "ZLIB_VERSION", new_str("1.2.13"));
    dict_set_str(d, "ZLIB_RUNTIME_VERSION", new_str("1.2.13"));
    comp_type();
    decomp_type();
    dict_set_str(d, "_ZlibDecompressor", zd_type());
    Ok(())
}

fn zlib_compress(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [data, level, wbits, ..] = bind("compress", a, kw, &["data", "level", "wbits"], 1, 3, 1)?;
    let input = buf_arg(data)?;
    let level = int_arg(level, -1)?;
    let wbits = int_arg(wbits, 15)?;
    let Some(mut c) = make_compress(level, wbits) else {
        return Err(zerr("Bad compression level"));
    };
    let out = deflate(
        &mut c,
        &input,
        FlushCompress::Finish,
        "while compressing data",
    )?;
    Ok(new_bytes(&out))
}

fn zlib_decompress(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [data, wbits, bufsize, ..] =
        bind("decompress", a, kw, &["data", "wbits", "bufsize"], 1, 3, 1)?;
    let input = buf_arg(data)?;
    let wbits = int_arg(wbits, 15)?;
    if !bufsize.is_null() {
        let b = ops::index_value(bufsize)?;
        if b < 0 {
            return Err(value_error("bufsize must be non-negative"));
        }
    }
    let Some(kind) = decompress_kind(wbits) else {
        return Err(zerr(
            "Error -2 while preparing to decompress data: inconsistent stream state",
        ));
    };
    let mut d = make_decompress(&kind, &input);
    let (out, _, end) = inflate(&mut d, &input, 0, None, FlushDecompress::None)?;
    if !end {
        return Err(zerr(
            "Error -5 while decompressing data: incomplete or truncated stream",
        ));
    }
    Ok(new_bytes(&out))
}

// ---- checksums ----

fn crc_table() -> &'static [u32; 256] {
    static T: std::sync::OnceLock<[u32; 256]> = std::sync::OnceLock::new();
    T.get_or_init(|| {
        let mut t = [0u32; 256];
        for (i, e) in t.iter_mut().enumerate() {
            let mut c = i as u32;
            for _ in 0..8 {
                c = if c & 1 != 0 {
                    0xEDB8_8320 ^ (c >> 1)
                } else {
                    c >> 1
                };
            }
            *e = c;
        }
        t
    })
}

pub(crate) fn crc32_update(crc: u32, data: &[u8]) -> u32 {
    let t = crc_table();
    let mut c = !crc;
    for &b in data {
        c = t[((c ^ b as u32) & 0xff) as usize] ^ (c >> 8);
    }
    !c
}

fn adler32_update(adler: u32, data: &[u8]) -> u32 {
    const MOD: u32 = 65521;
    let (mut a, mut b) = (adler & 0xffff, adler >> 16);
    for chunk in data.chunks(5552) {
        for &x in chunk {
            a += x as u32;
            b += a;
        }
        a %= MOD;
        b %= MOD;
    }
    (b << 16) | a
}

/// Clinic's "I" (unsigned int, bitwise): the low 32 bits of an int.
fn u32_bitwise(v: Value, dflt: u32) -> PyResult<u32> {
    if v.is_null() {
        return Ok(dflt);
    }
    if ferrite_runtime::methods::numbers::to_float(v).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let i = ops::index(v)?;
    let b = crate::util::big_of(i);
    let m: num_bigint::BigInt = b & num_bigint::BigInt::from(0xffff_ffffu32);
    Ok(num_traits::ToPrimitive::to_u32(&m).unwrap_or(0))
}

fn zlib_crc32(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("crc32", a, kw, 1, 2)?;
    let input = buf_arg(a[0])?;
    let v = u32_bitwise(a.get(1).copied().unwrap_or(Value::NULL), 0)?;
    Ok(new_int(crc32_update(v, &input) as i64))
}

fn zlib_adler32(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("adler32", a, kw, 1, 2)?;
    let input = buf_arg(a[0])?;
    let v = u32_bitwise(a.get(1).copied().unwrap_or(Value::NULL), 1)?;
    Ok(new_int(adler32_update(v, &input) as i64))
}

// ---- Compress objects ----

pub struct Comp {
    c: Compress,
    finished: bool,
}
impl NativeData for Comp {}

pub struct Decomp {
    d: Option<Decompress>,
    kind: Kind,
    zdict: Option<Vec<u8>>,
    unused: Vec<u8>,
    tail: Vec<u8>,
    eof: bool,
}
impl NativeData for Decomp {}

static COMP_T: TypeCell = TypeCell::new();
static DECOMP_T: TypeCell = TypeCell::new();

fn comp_type() -> Value {
    COMP_T.get_or_init(|| {
        let t = native_type("zlib", "Compress", false);
        def(t, "compress", comp_compress);
        def(t, "flush", comp_flush);
        def(t, "copy", |_, _| Err(not_copyable()));
        def(t, "__copy__", |_, _| Err(not_copyable()));
        def(t, "__deepcopy__", |_, _| Err(not_copyable()));
        t
    })
}

fn not_copyable() -> PyErr {
    new_exc(
        Exc::NotImplementedError,
        "copy() of zlib stream objects is not supported by Ferrite's zlib (flate2)",
    )
}

fn decomp_type() -> Value {
    DECOMP_T.get_or_init(|| {
        let t = native_type("zlib", "Decompress", false);
        def(t, "decompress", decomp_decompress);
        def(t, "flush", decomp_flush);
        def(t, "copy", |_, _| Err(not_copyable()));
        def(t, "__copy__", |_, _| Err(not_copyable()));
        def(t, "__deepcopy__", |_, _| Err(not_copyable()));
        getset(t, "unused_data", |v| Ok(new_bytes(&dec_of(v)?.unused)));
        getset(t, "unconsumed_tail", |v| Ok(new_bytes(&dec_of(v)?.tail)));
        getset(t, "eof", |v| Ok(py_bool(dec_of(v)?.eof)));
        t
    })
}

fn comp_of(v: Value) -> PyResult<&'static mut Comp> {
    data::<Comp>(v, "zlib.Compress")
}
fn dec_of(v: Value) -> PyResult<&'static mut Decomp> {
    data::<Decomp>(v, "zlib.Decompress")
}

fn zlib_compressobj(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let names = ["level", "method", "wbits", "memLevel", "strategy", "zdict"];
    let [level, method, wbits, mem, strategy, zdict, ..] =
        bind("compressobj", a, kw, &names, 0, 6, 0)?;
    let level = int_arg(level, -1)?;
    let method = int_arg(method, 8)?;
    let wbits = int_arg(wbits, 15)?;
    let mem = int_arg(mem, 8)?;
    let strategy = int_arg(strategy, 0)?;
    let zd = if zdict.is_null() || zdict == ferrite_runtime::object::none() {
        None
    } else {
        Some(buf_arg(zdict)?)
    };
    let c = if method != 8 || !(1..=9).contains(&mem) || !(0..=4).contains(&strategy) {
        None
    } else {
        make_compress(level, wbits)
    };
    let Some(mut c) = c else {
        return Err(value_error("Invalid initialization option"));
    };
    if let Some(z) = zd {
        if c.set_dictionary(&z).is_err() {
            return Err(value_error("Invalid dictionary"));
        }
    }
    Ok(new_native(comp_type(), Comp { c, finished: false }))
}

fn comp_compress(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("compress", &a[1..], kw, 1, 1)?;
    comp_of(a[0])?;
    let input = buf_arg(a[1])?;
    let c = comp_of(a[0])?;
    if c.finished {
        return Err(zerr(
            "Error -2 while compressing data: inconsistent stream state",
        ));
    }
    let out = deflate(
        &mut c.c,
        &input,
        FlushCompress::None,
        "while compressing data",
    )?;
    Ok(new_bytes(&out))
}

fn comp_flush(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("flush", &a[1..], kw, 0, 1)?;
    let mode = int_arg(a.get(1).copied().unwrap_or(Value::NULL), 4)?;
    let c = comp_of(a[0])?;
    if mode == 0 {
        return Ok(new_bytes(b""));
    }
    if c.finished {
        return Err(zerr("Error -2 while flushing: inconsistent stream state"));
    }
    let Some(f) = flush_mode(mode) else {
        return Err(zerr("Error -2 while flushing: inconsistent stream state"));
    };
    let out = deflate(&mut c.c, &[], f, "while flushing")?;
    if mode == 4 {
        c.finished = true;
    }
    Ok(new_bytes(&out))
}

fn zlib_decompressobj(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [wbits, zdict, ..] = bind("decompressobj", a, kw, &["wbits", "zdict"], 0, 2, 0)?;
    let wbits = int_arg(wbits, 15)?;
    let zd = if zdict.is_null() {
        None
    } else {
        if !is_bytes_like(zdict) && !ferrite_runtime::methods::memoryview::is_memoryview(zdict) {
            return Err(type_error(
                "zdict argument must support the buffer protocol",
            ));
        }
        Some(buf_arg(zdict)?)
    };
    let Some(kind) = decompress_kind(wbits) else {
        return Err(value_error("Invalid initialization option"));
    };
    let mut d = Decomp {
        d: None,
        kind,
        zdict: zd,
        unused: vec![],
        tail: vec![],
        eof: false,
    };
    if let Kind::Raw = d.kind {
        let mut dec = Decompress::new(false);
        if let Some(z) = &d.zdict {
            if dec.set_dictionary(z).is_err() {
                return Err(value_error("Invalid dictionary"));
            }
        }
        d.d = Some(dec);
    }
    Ok(new_native(decomp_type(), d))
}

/// Feeds `input` to a Decompress object; `max` limits the output (0: no limit).
fn decomp_feed(
    st: &mut Decomp,
    input: &[u8],
    max: usize,
    flush: FlushDecompress,
) -> PyResult<Vec<u8>> {
    if st.eof {
        st.unused.extend_from_slice(input);
        return Ok(vec![]);
    }
    if st.d.is_none() {
        if input.is_empty() {
            return Ok(vec![]);
        }
        st.d = Some(make_decompress(&st.kind, input));
    }
    let zd = st.zdict.clone();
    let d = st.d.as_mut().unwrap();
    let (out, used, end) = inflate(d, input, max, zd.as_deref(), flush)?;
    if end {
        st.eof = true;
        st.unused.extend_from_slice(&input[used..]);
        st.tail.clear();
    } else {
        st.tail = input[used..].to_vec();
    }
    Ok(out)
}

fn decomp_decompress(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [data, max, ..] = bind("decompress", &a[1..], kw, &["data", "max_length"], 1, 2, 1)?;
    dec_of(a[0])?;
    let input = buf_arg(data)?;
    let max = if max.is_null() {
        0
    } else {
        ops::index_value(max)?
    };
    if max < 0 {
        return Err(value_error("max_length must be non-negative"));
    }
    let st = dec_of(a[0])?;
    let out = decomp_feed(st, &input, max as usize, FlushDecompress::None)?;
    Ok(new_bytes(&out))
}

fn decomp_flush(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    crate::support::positional_only("flush", &a[1..], kw, 0, 1)?;
    let len = match a.get(1) {
        Some(&v) => ops::index_value(v)?,
        None => DEF_BUF_SIZE as i64,
    };
    if len <= 0 {
        return Err(value_error("length must be greater than zero"));
    }
    let st = dec_of(a[0])?;
    let tail = std::mem::take(&mut st.tail);
    let out = decomp_feed(st, &tail, 0, FlushDecompress::Finish)?;
    // flush consumes all the input: what could not be inflated is dropped, as zlib does
    st.tail.clear();
    Ok(new_bytes(&out))
}

// ---- _ZlibDecompressor (the incremental decompressor gzip uses) ----

pub struct ZDec {
    d: Option<Decompress>,
    kind: Kind,
    zdict: Option<Vec<u8>>,
    pending: Vec<u8>,
    unused: Vec<u8>,
    eof: bool,
    needs_input: bool,
}
impl NativeData for ZDec {}

static ZD_T: TypeCell = TypeCell::new();

fn zd_type() -> Value {
    ZD_T.get_or_init(|| {
        let t = native_type("zlib", "_ZlibDecompressor", false);
        ferrite_runtime::methods::def_new(t, zd_new);
        def(t, "decompress", zd_decompress);
        getset(t, "unused_data", |v| Ok(new_bytes(&zd_of(v)?.unused)));
        getset(t, "eof", |v| Ok(py_bool(zd_of(v)?.eof)));
        getset(t, "needs_input", |v| Ok(py_bool(zd_of(v)?.needs_input)));
        t
    })
}

fn zd_of(v: Value) -> PyResult<&'static mut ZDec> {
    data::<ZDec>(v, "zlib._ZlibDecompressor")
}

fn zd_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [wbits, zdict, ..] = bind(
        "_ZlibDecompressor",
        &a[1..],
        kw,
        &["wbits", "zdict"],
        0,
        2,
        0,
    )?;
    let wbits = int_arg(wbits, 15)?;
    let zd = if zdict.is_null() {
        None
    } else {
        Some(buf_arg(zdict)?)
    };
    let Some(kind) = decompress_kind(wbits) else {
        return Err(value_error("Invalid initialization option"));
    };
    let mut st = ZDec {
        d: None,
        kind,
        zdict: zd,
        pending: vec![],
        unused: vec![],
        eof: false,
        needs_input: true,
    };
    if let Kind::Raw = st.kind {
        let mut dec = Decompress::new(false);
        if let Some(z) = &st.zdict {
            if dec.set_dictionary(z).is_err() {
                return Err(value_error("Invalid dictionary"));
            }
        }
        st.d = Some(dec);
    }
    Ok(new_native(zd_type(), st))
}

fn zd_decompress(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [data, max, ..] = bind("decompress", &a[1..], kw, &["data", "max_length"], 0, 2, 1)?;
    zd_of(a[0])?;
    let input = buf_arg(data)?;
    let max = if max.is_null() {
        -1
    } else {
        ops::index_value(max)?
    };
    let st = zd_of(a[0])?;
    if st.eof {
        return Err(new_exc(Exc::EOFError, "End of stream already reached"));
    }
    let mut buf = std::mem::take(&mut st.pending);
    buf.extend_from_slice(&input);
    if max == 0 {
        st.needs_input = buf.is_empty();
        st.pending = buf;
        return Ok(new_bytes(b""));
    }
    if st.d.is_none() {
        if buf.is_empty() {
            st.needs_input = true;
            return Ok(new_bytes(b""));
        }
        st.d = Some(make_decompress(&st.kind, &buf));
    }
    let zd = st.zdict.clone();
    let limit = if max < 0 { 0 } else { max as usize };
    let (out, used, end) = inflate(
        st.d.as_mut().unwrap(),
        &buf,
        limit,
        zd.as_deref(),
        FlushDecompress::None,
    )?;
    if end {
        st.eof = true;
        st.needs_input = false;
        st.unused = buf[used..].to_vec();
    } else if used >= buf.len() {
        // all input taken: more is needed, unless the output limit stopped inflate (it may
        // hold more output)
        st.needs_input = !(limit > 0 && out.len() >= limit);
    } else {
        st.needs_input = false;
        st.pending = buf[used..].to_vec();
    }
    Ok(new_bytes(&out))
}
