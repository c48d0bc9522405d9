//! Compiled-code cache support: a binary form of code objects for `marshal` (and so for
//! importlib's `__pycache__/<mod>.ferrite-312.pyc` files), and the magic number importlib checks.
//!
//! Why our own format: Ferrite's bytecode is not CPython's, so a code object marshals as the
//! type code `c` followed by this module's encoding of its `CodeUnit` (the compiler's plain-data
//! output, rebuilt from the runtime code object); every other marshal type keeps CPython's
//! format. The encoding starts with `FORMAT_HASH`, a 128-bit fingerprint of the compiler,
//! bytecode, loader and this file (computed by `build.rs`), and `magic()` derives the 4-byte
//! `.pyc` magic number from the same hash: a cache written by a build whose compiler output could
//! differ fails importlib's header check (and is recompiled and rewritten); the longer hash in
//! the body makes `marshal.loads` refuse such a code object if two builds' magics ever collide.
//!
//! Encoding: unsigned integers are LEB128 varints, strings and byte strings are length-prefixed,
//! sequences are count-prefixed. Decoding builds a `CodeUnit` (no heap objects) and then loads
//! it with `loader::load`, so a malformed blob never leaves a half-built object behind.
//!
//! The two bootstrap modules (`importlib._bootstrap` and `_bootstrap_external`) run before
//! importlib exists; `cached_lib_code` gives them the same cache files importlib would write.

use crate::bytecode::{CodeUnit, Constant, ExceptionEntry, Op, Position};
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::function::code_obj;
use ferrite_runtime::objects::str::str_of;
use ferrite_runtime::{ops, PyResult, Value};
use num_bigint::{BigInt, Sign};
use std::rc::Rc;

/// Fingerprint of everything that shapes code objects (see build.rs).
pub const FORMAT_HASH: [u8; 16] = include!(concat!(env!("OUT_DIR"), "/code_format_hash.rs"));

/// The `.pyc` magic number: two bytes from the format hash (kept clear of CPython's magic
/// numbers, which are below 4096) and `\r\n`, as CPython's.
pub fn magic() -> [u8; 4] {
    let h = u16::from_le_bytes([FORMAT_HASH[0], FORMAT_HASH[1]]);
    let n = 4096 + (h % (65536 - 4096) as u16);
    let b = n.to_le_bytes();
    [b[0], b[1], b'\r', b'\n']
}

// ---------------------------------------------------------------------------------------------
// runtime code object -> CodeUnit

fn unmarshallable() -> PyErr {
    value_error("unmarshallable object")
}

fn str_value(v: Value) -> PyResult<String> {
    if v.is_ptr() && type_of(v) == bt(BT::Str) {
        Ok(str_of(v).to_string())
    } else {
        Err(unmarshallable())
    }
}

fn strs(vals: &[Value]) -> PyResult<Vec<String>> {
    vals.iter().map(|&v| str_value(v)).collect()
}

fn constant_of(v: Value, depth: usize) -> PyResult<Constant> {
    use ferrite_runtime::objects::*;
    if depth > 2000 {
        return Err(value_error("object too deeply nested to marshal"));
    }
    if v == none() {
        return Ok(Constant::None);
    }
    if v == py_true() {
        return Ok(Constant::True);
    }
    if v == py_false() {
        return Ok(Constant::False);
    }
    if v == singleton(Singleton::Ellipsis) {
        return Ok(Constant::Ellipsis);
    }
    let t = type_of(v);
    if t == bt(BT::Int) {
        return Ok(Constant::Int(int::int_to_big(v)));
    }
    if t == bt(BT::Float) {
        return Ok(Constant::Float(float::float_of(v)));
    }
    if t == bt(BT::Complex) {
        let (re, im) =
            ferrite_runtime::methods::complex::complex_value(v).ok_or_else(unmarshallable)?;
        return Ok(Constant::Complex { re, im });
    }
    if t == bt(BT::Str) {
        return Ok(Constant::Str(str_of(v).to_string()));
    }
    if t == bt(BT::Bytes) {
        return Ok(Constant::Bytes(
            ferrite_runtime::methods::bytes::bytes_data(v).to_vec(),
        ));
    }
    if t == bt(BT::Tuple) {
        let n = tuple::tuple_items(v).len();
        let mut items = Vec::with_capacity(n);
        for i in 0..n {
            let x = tuple::tuple_items(v)[i];
            items.push(constant_of(x, depth + 1)?);
        }
        return Ok(Constant::Tuple(items));
    }
    if t == bt(BT::FrozenSet) {
        let l = ops::to_list(v)?;
        let mut items = Vec::new();
        let mut i = 0;
        while let Some(x) = list::list_get(l, i) {
            items.push(constant_of(x, depth + 1)?);
            i += 1;
        }
        return Ok(Constant::FrozenSet(items));
    }
    if t == bt(BT::Code) {
        return Ok(Constant::Code(Rc::new(unit_of(v, depth + 1)?)));
    }
    Err(unmarshallable())
}

/// The `CodeUnit` a runtime code object was loaded from (rebuilt from its fields).
pub fn unit_of(c: Value, depth: usize) -> PyResult<CodeUnit> {
    let co = code_obj(c);
    let docstring = if co.docstring == none() {
        None
    } else {
        Some(str_value(co.docstring)?)
    };
    let mut consts = Vec::with_capacity(co.consts.len());
    for i in 0..code_obj(c).consts.len() {
        let k = code_obj(c).consts[i];
        consts.push(constant_of(k, depth)?);
    }
    let co = code_obj(c);
    let info = &co.info;
    Ok(CodeUnit {
        name: str_value(co.name)?,
        qualname: str_value(co.qualname)?,
        filename: str_value(co.filename)?,
        first_line: info.first_line,
        argcount: info.argcount,
        posonlyargcount: info.posonlyargcount,
        kwonlyargcount: info.kwonlyargcount,
        flags: info.flags,
        varnames: strs(&co.varnames)?,
        cellvars: strs(&co.cellvars)?,
        cell2arg: info.cell2arg.clone(),
        freevars: strs(&co.freevars)?,
        names: strs(&co.names)?,
        consts,
        code: info.code.clone(),
        positions: info.positions.clone(),
        exception_table: info.exception_table.clone(),
        n_caches: info.n_caches,
        max_stack: info.max_stack,
        docstring,
    })
}

// ---------------------------------------------------------------------------------------------
// CodeUnit <-> bytes

struct W(Vec<u8>);

impl W {
    fn uv(&mut self, mut v: u64) {
        loop {
            let b = (v & 0x7f) as u8;
            v >>= 7;
            if v == 0 {
                self.0.push(b);
                return;
            }
            self.0.push(b | 0x80);
        }
    }
    fn u32(&mut self, v: u32) {
        self.uv(v as u64)
    }
    fn bytes(&mut self, b: &[u8]) {
        self.uv(b.len() as u64);
        self.0.extend_from_slice(b);
    }
    fn str(&mut self, s: &str) {
        self.bytes(s.as_bytes())
    }
    fn strs(&mut self, v: &[String]) {
        self.uv(v.len() as u64);
        for s in v {
            self.str(s);
        }
    }
    fn f64(&mut self, f: f64) {
        self.0.extend_from_slice(&f.to_le_bytes());
    }

    fn constant(&mut self, c: &Constant) {
        match c {
            Constant::None => self.0.push(0),
            Constant::True => self.0.push(1),
            Constant::False => self.0.push(2),
            Constant::Ellipsis => self.0.push(3),
            Constant::Int(b) => {
                self.0.push(4);
                let (sign, mag) = b.to_bytes_le();
                self.0.push((sign == Sign::Minus) as u8);
                self.bytes(&mag);
            }
            Constant::Float(f) => {
                self.0.push(5);
                self.f64(*f);
            }
            Constant::Complex { re, im } => {
                self.0.push(6);
                self.f64(*re);
                self.f64(*im);
            }
            Constant::Str(s) => {
                self.0.push(7);
                self.str(s);
            }
            Constant::Bytes(b) => {
                self.0.push(8);
                self.bytes(b);
            }
            Constant::Tuple(items) | Constant::FrozenSet(items) => {
                self.0.push(if matches!(c, Constant::Tuple(_)) {
                    9
                } else {
                    10
                });
                self.uv(items.len() as u64);
                for it in items {
                    self.constant(it);
                }
            }
            Constant::Code(u) => {
                self.0.push(11);
                self.unit(u);
            }
        }
    }

    fn unit(&mut self, u: &CodeUnit) {
        self.str(&u.name);
        self.str(&u.qualname);
        self.str(&u.filename);
        for v in [
            u.first_line,
            u.argcount,
            u.posonlyargcount,
            u.kwonlyargcount,
            u.flags,
            u.n_caches,
            u.max_stack,
        ] {
            self.u32(v);
        }
        self.strs(&u.varnames);
        self.strs(&u.cellvars);
        for c in &u.cell2arg {
            self.u32(c.map_or(0, |a| a + 1));
        }
        self.strs(&u.freevars);
        self.strs(&u.names);
        self.uv(u.consts.len() as u64);
        for c in &u.consts {
            self.constant(c);
        }
        self.uv(u.code.len() as u64);
        for &unit in &u.code {
            self.u32(unit);
        }
        // positions: same count as code; lines as deltas from the previous line
        let mut prev = 0i64;
        for p in &u.positions {
            let d = p.line as i64 - prev;
            prev = p.line as i64;
            self.uv(((d << 1) ^ (d >> 63)) as u64);
            self.u32(p.end_line.wrapping_sub(p.line));
            self.u32(p.col);
            self.u32(p.end_col);
        }
        self.uv(u.exception_table.len() as u64);
        for e in &u.exception_table {
            self.u32(e.start);
            self.u32(e.end);
            self.u32(e.handler);
            self.u32(e.depth);
            self.0.push(e.push_lasti as u8);
        }
        match &u.docstring {
            Some(d) => {
                self.0.push(1);
                self.str(d);
            }
            None => self.0.push(0),
        }
    }
}

/// Why a blob does not decode.
#[derive(Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// the data ends early
    Eof,
    /// written by a build with another compiler/bytecode (format hash differs)
    OtherBuild,
    /// malformed
    Bad(&'static str),
}

struct R<'a> {
    d: &'a [u8],
    p: usize,
}

type DResult<T> = Result<T, DecodeError>;

impl<'a> R<'a> {
    fn byte(&mut self) -> DResult<u8> {
        let b = *self.d.get(self.p).ok_or(DecodeError::Eof)?;
        self.p += 1;
        Ok(b)
    }
    fn take(&mut self, n: usize) -> DResult<&'a [u8]> {
        if n > self.d.len() - self.p {
            return Err(DecodeError::Eof);
        }
        let s = &self.d[self.p..self.p + n];
        self.p += n;
        Ok(s)
    }
    fn uv(&mut self) -> DResult<u64> {
        let mut v = 0u64;
        let mut shift = 0;
        loop {
            let b = self.byte()?;
            if shift >= 64 {
                return Err(DecodeError::Bad("varint too long"));
            }
            v |= ((b & 0x7f) as u64) << shift;
            if b & 0x80 == 0 {
                return Ok(v);
            }
            shift += 7;
        }
    }
    fn u32(&mut self) -> DResult<u32> {
        u32::try_from(self.uv()?).map_err(|_| DecodeError::Bad("integer out of range"))
    }
    /// A count of items that each take at least one byte.
    fn count(&mut self) -> DResult<usize> {
        let n = self.uv()?;
        if n > (self.d.len() - self.p) as u64 {
            return Err(DecodeError::Eof);
        }
        Ok(n as usize)
    }
    fn bytes(&mut self) -> DResult<&'a [u8]> {
        let n = self.count()?;
        self.take(n)
    }
    fn str(&mut self) -> DResult<String> {
        let b = self.bytes()?;
        std::str::from_utf8(b)
            .map(str::to_string)
            .map_err(|_| DecodeError::Bad("invalid UTF-8"))
    }
    fn strs(&mut self) -> DResult<Vec<String>> {
        let n = self.count()?;
        (0..n).map(|_| self.str()).collect()
    }
    fn f64(&mut self) -> DResult<f64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    fn constant(&mut self, depth: usize) -> DResult<Constant> {
        if depth > 2000 {
            return Err(DecodeError::Bad("nested too deeply"));
        }
        Ok(match self.byte()? {
            0 => Constant::None,
            1 => Constant::True,
            2 => Constant::False,
            3 => Constant::Ellipsis,
            4 => {
                let neg = self.byte()? != 0;
                let mag = self.bytes()?;
                let sign = if neg { Sign::Minus } else { Sign::Plus };
                Constant::Int(BigInt::from_bytes_le(sign, mag))
            }
            5 => Constant::Float(self.f64()?),
            6 => {
                let re = self.f64()?;
                let im = self.f64()?;
                Constant::Complex { re, im }
            }
            7 => Constant::Str(self.str()?),
            8 => Constant::Bytes(self.bytes()?.to_vec()),
            t @ (9 | 10) => {
                let n = self.count()?;
                let items = (0..n)
                    .map(|_| self.constant(depth + 1))
                    .collect::<DResult<Vec<_>>>()?;
                if t == 9 {
                    Constant::Tuple(items)
                } else {
                    Constant::FrozenSet(items)
                }
            }
            11 => Constant::Code(Rc::new(self.unit(depth + 1)?)),
            _ => return Err(DecodeError::Bad("unknown constant tag")),
        })
    }

    fn unit(&mut self, depth: usize) -> DResult<CodeUnit> {
        let name = self.str()?;
        let qualname = self.str()?;
        let filename = self.str()?;
        let first_line = self.u32()?;
        let argcount = self.u32()?;
        let posonlyargcount = self.u32()?;
        let kwonlyargcount = self.u32()?;
        let flags = self.u32()?;
        let n_caches = self.u32()?;
        let max_stack = self.u32()?;
        let varnames = self.strs()?;
        let cellvars = self.strs()?;
        let mut cell2arg = Vec::with_capacity(cellvars.len());
        for _ in 0..cellvars.len() {
            let a = self.u32()?;
            if a as usize > varnames.len() {
                return Err(DecodeError::Bad("cell argument out of range"));
            }
            cell2arg.push(a.checked_sub(1));
        }
        let freevars = self.strs()?;
        let names = self.strs()?;
        let nconsts = self.count()?;
        let consts = (0..nconsts)
            .map(|_| self.constant(depth))
            .collect::<DResult<Vec<_>>>()?;
        let ncode = self.count()?;
        let mut code = Vec::with_capacity(ncode);
        for _ in 0..ncode {
            let unit = self.u32()?;
            let (op, arg) = crate::bytecode::decode(unit);
            match Op::from_u8(op) {
                None => return Err(DecodeError::Bad("unknown opcode")),
                Some(Op::Cache) if arg >= n_caches => {
                    return Err(DecodeError::Bad("cache index out of range"))
                }
                Some(_) => {}
            }
            code.push(unit);
        }
        let mut positions = Vec::with_capacity(ncode);
        let mut prev = 0i64;
        for _ in 0..ncode {
            let z = self.uv()?;
            let d = (z >> 1) as i64 ^ -((z & 1) as i64);
            let line = prev + d;
            let line = u32::try_from(line).map_err(|_| DecodeError::Bad("line out of range"))?;
            prev = line as i64;
            let end_line = line.wrapping_add(self.u32()?);
            let col = self.u32()?;
            let end_col = self.u32()?;
            positions.push(Position {
                line,
                end_line,
                col,
                end_col,
            });
        }
        let nexc = self.count()?;
        let mut exception_table = Vec::with_capacity(nexc);
        for _ in 0..nexc {
            let e = ExceptionEntry {
                start: self.u32()?,
                end: self.u32()?,
                handler: self.u32()?,
                depth: self.u32()?,
                push_lasti: self.byte()? != 0,
            };
            if e.start > e.end || e.end as usize > ncode || e.handler as usize >= ncode {
                return Err(DecodeError::Bad("exception table out of range"));
            }
            exception_table.push(e);
        }
        let docstring = match self.byte()? {
            0 => None,
            1 => Some(self.str()?),
            _ => return Err(DecodeError::Bad("bad docstring flag")),
        };
        Ok(CodeUnit {
            name,
            qualname,
            filename,
            first_line,
            argcount,
            posonlyargcount,
            kwonlyargcount,
            flags,
            varnames,
            cellvars,
            cell2arg,
            freevars,
            names,
            consts,
            code,
            positions,
            exception_table,
            n_caches,
            max_stack,
            docstring,
        })
    }
}

/// Encodes `u` (format hash first).
pub fn encode_unit(u: &CodeUnit) -> Vec<u8> {
    let mut w = W(Vec::with_capacity(1024));
    w.0.extend_from_slice(&FORMAT_HASH);
    w.unit(u);
    w.0
}

/// Decodes a blob written by `encode_unit`; returns the unit and the number of bytes used.
pub fn decode_unit(data: &[u8]) -> Result<(CodeUnit, usize), DecodeError> {
    let mut r = R { d: data, p: 0 };
    let h = r.take(FORMAT_HASH.len())?;
    if h != FORMAT_HASH {
        return Err(DecodeError::OtherBuild);
    }
    let u = r.unit(0)?;
    Ok((u, r.p))
}

fn decode_error(e: DecodeError) -> PyErr {
    match e {
        DecodeError::Eof => new_exc(Exc::EOFError, "marshal data too short"),
        DecodeError::OtherBuild => value_error(
            "bad marshal data (code object written by another build of Ferrite or by CPython)",
        ),
        DecodeError::Bad(why) => value_error(format!("bad marshal data (code object: {why})")),
    }
}

/// marshal's hook: the encoding of code object `c` (after its type code).
pub fn marshal_dump_code(c: Value) -> PyResult<Vec<u8>> {
    let u = unit_of(c, 0)?;
    Ok(encode_unit(&u))
}

/// marshal's hook: a code object from `data` (after its type code) and the bytes used.
pub fn marshal_load_code(data: &[u8]) -> PyResult<(Value, usize)> {
    let (u, n) = decode_unit(data).map_err(decode_error)?;
    Ok((crate::loader::load(&u), n))
}

// ---------------------------------------------------------------------------------------------
// the bootstrap modules' cache files

fn sys_dict() -> Value {
    obj::<ferrite_runtime::objects::function::ModuleObject>(crate::sysmod::sys_module()).dict
}

fn dont_write_bytecode() -> bool {
    ferrite_runtime::objects::dict::dict_get_str(sys_dict(), "dont_write_bytecode")
        .is_none_or(|v| v != py_false())
}

/// importlib's `cache_from_source(path)` for a Lib file when `sys.pycache_prefix` is None.
fn cache_path(path: &str) -> Option<std::path::PathBuf> {
    let p = std::path::Path::new(path);
    let dir = p.parent()?;
    let stem = p.file_stem()?.to_str()?;
    let opt = match crate::run::optimize_level() {
        0 => String::new(),
        n => format!(".opt-{n}"),
    };
    Some(
        dir.join("__pycache__")
            .join(format!("{stem}.ferrite-312{opt}.pyc")),
    )
}

/// The code object of Lib file `path` (already read as `src`), from its `__pycache__` file when
/// that is current (same checks as importlib's `SourceLoader.get_code`), else compiled and,
/// unless `sys.dont_write_bytecode`, written there as importlib would.
pub fn cached_lib_code(src: &str, path: &str) -> PyResult<Value> {
    let meta = std::fs::metadata(path).ok();
    let pyc = cache_path(path);
    let (mtime, size) = match &meta {
        Some(m) => {
            use std::os::unix::fs::MetadataExt;
            (m.mtime() as u32, m.size() as u32)
        }
        None => (0, 0),
    };
    let usable = meta.is_some()
        && ferrite_runtime::objects::dict::dict_get_str(sys_dict(), "pycache_prefix")
            .is_none_or(|v| v == none());
    if let (true, Some(pyc)) = (usable, &pyc) {
        if let Ok(data) = std::fs::read(pyc) {
            let header_ok = data.len() >= 16
                && data[..4] == magic()
                && data[4..8] == [0; 4]
                && data[8..12] == mtime.to_le_bytes()
                && data[12..16] == size.to_le_bytes()
                && data.get(16) == Some(&b'c');
            if header_ok {
                if let Ok((mut u, _)) = decode_unit(&data[17..]) {
                    // the Lib may be reached through another path than when it was cached
                    if u.filename != path {
                        let old = u.filename.clone();
                        fix_filenames(&mut u, &old, path);
                    }
                    return Ok(crate::loader::load(&u));
                }
            }
        }
    }
    let opts = crate::compile::CompileOptions {
        optimize: crate::run::optimize_level(),
        ..Default::default()
    };
    let unit = match crate::compile::compile(src, path, crate::compile::Mode::Exec, &opts) {
        Ok(u) => u,
        Err(e) => return Err(crate::run::syntax_error_value(&e)),
    };
    if let (true, Some(pyc)) = (usable && !dont_write_bytecode(), &pyc) {
        let mut data = Vec::with_capacity(64 * 1024);
        data.extend_from_slice(&magic());
        data.extend_from_slice(&[0; 4]);
        data.extend_from_slice(&mtime.to_le_bytes());
        data.extend_from_slice(&size.to_le_bytes());
        data.push(b'c');
        data.extend_from_slice(&encode_unit(&unit));
        write_atomic(pyc, &data);
    }
    Ok(crate::loader::load(&unit))
}

/// `co_filename` `old` becomes `new` in `u` and its nested code (as `_imp._fix_co_filename`).
fn fix_filenames(u: &mut CodeUnit, old: &str, new: &str) {
    if u.filename != old {
        return;
    }
    u.filename = new.to_string();
    for c in &mut u.consts {
        if let Constant::Code(inner) = c {
            fix_filenames(Rc::make_mut(inner), old, new);
        }
    }
}

/// Writes `data` to `path` through a temporary file and a rename (errors are ignored, as
/// importlib ignores them: the cache is an optimisation).
fn write_atomic(path: &std::path::Path, data: &[u8]) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let tmp = path.with_extension(format!("pyc.{}", std::process::id()));
    use std::io::Write;
    let ok = std::fs::OpenOptions::new()
        .write(true)
        .create_new(true)
        .open(&tmp)
        .and_then(|mut f| f.write_all(data));
    if ok.is_err() || std::fs::rename(&tmp, path).is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn compiled(src: &str) -> CodeUnit {
        crate::compile::compile(
            src,
            "<t>",
            crate::compile::Mode::Exec,
            &crate::compile::CompileOptions::default(),
        )
        .unwrap()
    }

    #[test]
    fn encoding_round_trips_compiled_code() {
        let u = compiled(
            "import os\n\
             def f(a, /, b=2, *args, c, **kw):\n    \"doc\"\n    x = [i for i in range(a)]\n    \
             try:\n        return x, {b: c}, 10**40, -3, 1.5, 2j, b'\\x00', ('t', None, ...), frozenset({1})\n    \
             except* ValueError:\n        pass\n\
             class C:\n    def m(self):\n        return __class__\n\
             async def g():\n    async with a as b:\n        yield b\n\
             match 1:\n    case [1, *r]: pass\n    case {'k': v}: pass\n\
             type T[X] = list[X]\n",
        );
        let blob = encode_unit(&u);
        let (back, n) = decode_unit(&blob).unwrap();
        assert_eq!(n, blob.len());
        assert_eq!(back, u);
    }

    #[test]
    fn truncated_foreign_and_corrupt_blobs_are_refused() {
        let blob = encode_unit(&compiled("x = 1\ndef f():\n    return x\n"));
        for cut in [0, 5, 16, 17, blob.len() / 2, blob.len() - 1] {
            assert_eq!(
                decode_unit(&blob[..cut]).err(),
                Some(DecodeError::Eof),
                "cut {cut}"
            );
        }
        let mut other = blob.clone();
        other[3] ^= 1;
        assert_eq!(decode_unit(&other).err(), Some(DecodeError::OtherBuild));
        assert!(decode_unit(&[0xff; 64]).is_err());
    }

    #[test]
    fn magic_is_two_bytes_outside_cpythons_range_and_crlf() {
        let m = magic();
        assert_eq!(&m[2..], b"\r\n");
        assert!(u16::from_le_bytes([m[0], m[1]]) >= 4096);
    }
}
