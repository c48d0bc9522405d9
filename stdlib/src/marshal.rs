//! The `marshal` module (format version 4) for the value types: None, bools, ints, floats,
//! complex, str, bytes, tuples, lists, dicts, sets, frozensets, StopIteration and Ellipsis, in
//! CPython's format. Code objects (type code `c`) use Ferrite's own encoding after the type
//! code (Ferrite's bytecode is not CPython's): the interpreter provides it through
//! `crate::set_code_marshal_hooks` (interp/src/codecache.rs), and it carries a fingerprint of
//! the compiler so a code object from another build (or CPython's) is refused with ValueError.

use ferrite_runtime::args::check;
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::bytes::{bytes_data, new_bytes};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::float::{float_of, new_float};
use ferrite_runtime::objects::int::{int_to_big, new_big, new_int};
use ferrite_runtime::objects::list::{list_items, list_push, new_list};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items};
use ferrite_runtime::{ops, PyResult, Value};
use num_bigint::{BigInt, Sign};

const FLAG_REF: u8 = 0x80;

fn w_long(out: &mut Vec<u8>, n: i32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn dump(v: Value, out: &mut Vec<u8>, depth: usize) -> PyResult<()> {
    if depth > 2000 {
        return Err(value_error("object too deeply nested to marshal"));
    }
    if v == none() {
        out.push(b'N');
        return Ok(());
    }
    if v == py_true() {
        out.push(b'T');
        return Ok(());
    }
    if v == py_false() {
        out.push(b'F');
        return Ok(());
    }
    if v == exc_type(Exc::StopIteration) {
        out.push(b'S');
        return Ok(());
    }
    if v == singleton(Singleton::Ellipsis) {
        out.push(b'.');
        return Ok(());
    }
    let t = type_of(v);
    let unmarshallable = || value_error("unmarshallable object");
    if t == bt(BT::Int) {
        let b = int_to_big(v);
        if let Ok(i) = i32::try_from(&b) {
            out.push(b'i');
            w_long(out, i);
        } else {
            // 15-bit digits, sign in the count
            let (sign, mag) = b.to_u32_digits();
            let mut digits: Vec<u16> = Vec::new();
            let mut m = num_bigint::BigUint::new(mag);
            let base = num_bigint::BigUint::from(1u32 << 15);
            while m > num_bigint::BigUint::from(0u32) {
                let d = (&m % &base).to_u32_digits().first().copied().unwrap_or(0);
                digits.push(d as u16);
                m /= &base;
            }
            out.push(b'l');
            let n = digits.len() as i32;
            w_long(out, if sign == Sign::Minus { -n } else { n });
            for d in digits {
                out.extend_from_slice(&d.to_le_bytes());
            }
        }
        return Ok(());
    }
    if t == bt(BT::Float) {
        out.push(b'g');
        out.extend_from_slice(&float_of(v).to_le_bytes());
        return Ok(());
    }
    if t == bt(BT::Complex) {
        let re = ops::getattr(v, ferrite_runtime::intern::intern("real"))?;
        let im = ops::getattr(v, ferrite_runtime::intern::intern("imag"))?;
        out.push(b'y');
        out.extend_from_slice(&float_of(re).to_le_bytes());
        out.extend_from_slice(&float_of(im).to_le_bytes());
        return Ok(());
    }
    if t == bt(BT::Str) {
        let s = str_of(v);
        if s.is_ascii() && s.len() < 256 {
            out.push(b'z');
            out.push(s.len() as u8);
        } else if s.is_ascii() {
            out.push(b'a');
            w_long(out, s.len() as i32);
        } else {
            out.push(b'u');
            w_long(out, s.len() as i32);
        }
        out.extend_from_slice(s.as_bytes());
        return Ok(());
    }
    if t == bt(BT::Bytes) || t == bt(BT::ByteArray) {
        let b = bytes_data(v);
        out.push(b's');
        w_long(out, b.len() as i32);
        out.extend_from_slice(b);
        return Ok(());
    }
    if t == bt(BT::Tuple) {
        let items = tuple_items(v);
        if items.len() < 256 {
            out.push(b')');
            out.push(items.len() as u8);
        } else {
            out.push(b'(');
            w_long(out, items.len() as i32);
        }
        for &x in items {
            dump(x, out, depth + 1)?;
        }
        return Ok(());
    }
    if t == bt(BT::List) {
        out.push(b'[');
        let n = list_items(v).len();
        w_long(out, n as i32);
        let mut i = 0;
        while let Some(x) = ferrite_runtime::objects::list::list_get(v, i) {
            dump(x, out, depth + 1)?;
            i += 1;
        }
        return Ok(());
    }
    if t == bt(BT::Dict) {
        out.push(b'{');
        let keys = ops::to_list(v)?;
        let mut i = 0;
        while let Some(k) = ferrite_runtime::objects::list::list_get(keys, i) {
            let val = ops::getitem(v, k)?;
            dump(k, out, depth + 1)?;
            dump(val, out, depth + 1)?;
            i += 1;
        }
        out.push(b'0');
        return Ok(());
    }
    if t == bt(BT::Set) || t == bt(BT::FrozenSet) {
        out.push(if t == bt(BT::Set) { b'<' } else { b'>' });
        let items = ops::to_list(v)?;
        w_long(out, list_items(items).len() as i32);
        let mut i = 0;
        while let Some(x) = ferrite_runtime::objects::list::list_get(items, i) {
            dump(x, out, depth + 1)?;
            i += 1;
        }
        return Ok(());
    }
    if t == bt(BT::Code) {
        if let Some(h) = crate::code_marshal_hooks() {
            let blob = (h.dump)(v)?;
            out.push(b'c');
            out.extend_from_slice(&blob);
            return Ok(());
        }
    }
    Err(unmarshallable())
}

struct Reader<'a> {
    data: &'a [u8],
    pos: usize,
    /// objects flagged FLAG_REF, in order (a GC list so they stay traced)
    refs: Value,
}

fn eof() -> PyErr {
    new_exc(Exc::EOFError, "marshal data too short")
}

impl Reader<'_> {
    fn byte(&mut self) -> PyResult<u8> {
        let b = *self.data.get(self.pos).ok_or_else(eof)?;
        self.pos += 1;
        Ok(b)
    }
    fn take(&mut self, n: usize) -> PyResult<&[u8]> {
        if self.pos + n > self.data.len() {
            return Err(eof());
        }
        let s = &self.data[self.pos..self.pos + n];
        self.pos += n;
        Ok(s)
    }
    fn long(&mut self) -> PyResult<i32> {
        let b = self.take(4)?;
        Ok(i32::from_le_bytes([b[0], b[1], b[2], b[3]]))
    }
    fn size(&mut self) -> PyResult<usize> {
        let n = self.long()?;
        if n < 0 {
            return Err(value_error("bad marshal data (size out of range)"));
        }
        Ok(n as usize)
    }
    fn f64(&mut self) -> PyResult<f64> {
        let b = self.take(8)?;
        let mut a = [0u8; 8];
        a.copy_from_slice(b);
        Ok(f64::from_le_bytes(a))
    }

    fn load(&mut self, depth: usize) -> PyResult<Value> {
        if depth > 2000 {
            return Err(value_error("recursion limit exceeded"));
        }
        let code = self.byte()?;
        let flag = code & FLAG_REF != 0;
        let ty = code & !FLAG_REF;
        // reserve the ref slot before loading children, as CPython numbers them
        let slot = if flag {
            list_push(self.refs, none());
            Some(list_items(self.refs).len() - 1)
        } else {
            None
        };
        let v = match ty {
            b'0' => return Err(type_error("NULL object in marshal data for object")),
            b'N' => none(),
            b'T' => py_true(),
            b'F' => py_false(),
            b'S' => exc_type(Exc::StopIteration),
            b'.' => singleton(Singleton::Ellipsis),
            b'i' => new_int(self.long()? as i64),
            b'l' => {
                let n = self.long()?;
                let cnt = n.unsigned_abs() as usize;
                let mut acc = BigInt::from(0);
                let raw = self.take(cnt * 2)?.to_vec();
                for i in (0..cnt).rev() {
                    let d = u16::from_le_bytes([raw[2 * i], raw[2 * i + 1]]);
                    if d >= 1 << 15 {
                        return Err(value_error("bad marshal data (digit out of range in long)"));
                    }
                    acc = (acc << 15) + BigInt::from(d);
                }
                if n < 0 {
                    acc = -acc;
                }
                new_big(acc)
            }
            b'g' => new_float(self.f64()?),
            b'y' => {
                let re = self.f64()?;
                let im = self.f64()?;
                ferrite_runtime::methods::complex::new_complex(re, im)
            }
            b's' => {
                let n = self.size()?;
                new_bytes(self.take(n)?)
            }
            b'z' | b'Z' => {
                let n = self.byte()? as usize;
                let b = self.take(n)?;
                new_str(&String::from_utf8_lossy(b))
            }
            b'a' | b'A' | b'u' | b't' => {
                let n = self.size()?;
                let b = self.take(n)?;
                match std::str::from_utf8(b) {
                    Ok(s) => new_str(s),
                    Err(_) => return Err(value_error("bad marshal data (invalid UTF-8)")),
                }
            }
            b')' | b'(' | b'[' | b'<' | b'>' => {
                let n = if ty == b')' {
                    self.byte()? as usize
                } else {
                    self.size()?
                };
                let items = new_list(&[]);
                for _ in 0..n {
                    let x = self.load(depth + 1)?;
                    list_push(items, x);
                }
                match ty {
                    b'[' => items,
                    b'<' => ops::call(bt(BT::Set), &[items], &[])?,
                    b'>' => ops::call(bt(BT::FrozenSet), &[items], &[])?,
                    _ => new_tuple(list_items(items)),
                }
            }
            b'{' => {
                let d = ferrite_runtime::objects::dict::new_dict();
                loop {
                    if self.data.get(self.pos) == Some(&b'0') {
                        self.pos += 1;
                        break;
                    }
                    let k = self.load(depth + 1)?;
                    let val = self.load(depth + 1)?;
                    ferrite_runtime::objects::dict::dict_set(d, k, val)?;
                }
                d
            }
            b'r' => {
                let i = self.size()?;
                match ferrite_runtime::objects::list::list_get(self.refs, i) {
                    Some(v) => v,
                    None => return Err(value_error("bad marshal data (invalid reference)")),
                }
            }
            b'c' => {
                let Some(h) = crate::code_marshal_hooks() else {
                    return Err(value_error("bad marshal data (unknown type code)"));
                };
                let (c, n) = (h.load)(&self.data[self.pos..])?;
                self.pos += n;
                c
            }
            _ => return Err(value_error("bad marshal data (unknown type code)")),
        };
        if let Some(i) = slot {
            list_items(self.refs)[i] = v;
            write_barrier(self.refs);
        }
        Ok(v)
    }
}

fn m_dumps(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("dumps", a, kw, 1, 2)?;
    let mut out = Vec::new();
    dump(a[0], &mut out, 0)?;
    Ok(new_bytes(&out))
}

fn m_loads(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("loads", a, kw, 1, 1)?;
    let data = ferrite_runtime::methods::bytes::buffer_arg(a[0])?;
    let mut r = Reader {
        data: &data,
        pos: 0,
        refs: new_list(&[]),
    };
    r.load(0)
}

fn m_dump(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("dump", a, kw, 2, 3)?;
    let b = m_dumps(&a[..1], &[])?;
    let w = ops::getattr(a[1], ferrite_runtime::intern::intern("write"))?;
    ops::call(w, &[b], &[])?;
    Ok(none())
}

fn m_load(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("load", a, kw, 1, 1)?;
    let r = ops::getattr(a[0], ferrite_runtime::intern::intern("read"))?;
    let b = ops::call(r, &[], &[])?;
    m_loads(&[b], &[])
}

pub fn init(d: Value) -> PyResult<()> {
    crate::define_functions(
        d,
        &[
            ("dumps", m_dumps),
            ("loads", m_loads),
            ("dump", m_dump),
            ("load", m_load),
        ],
    );
    ferrite_runtime::objects::dict::dict_set_str(d, "version", new_int(4));
    Ok(())
}
