//! The `array` module: `array.array`, a sequence of machine values of one type (typecodes
//! b B u h H i I l L q Q f d, as CPython 3.12 on LP64 Linux), stored as native-endian bytes.

use crate::support::{data, generic_alias, native_type, set_attr, stop, traced, TypeCell};
use ferrite_runtime::errors::{
    index_error, new_exc, overflow_error, type_error, value_error, Exc, PyErr, PyResult,
};
use ferrite_runtime::methods::bytes::{bytes_data, is_bytes_like, new_bytes};
use ferrite_runtime::methods::containers::slice_indices;
use ferrite_runtime::methods::{def, def_new, getset};
use ferrite_runtime::object::{
    as_type, bt, layout_of, none, not_implemented, py_bool, type_of, Layout, BT,
};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::{new_big, new_int};
use ferrite_runtime::objects::list::{list_push, new_list};
use ferrite_runtime::objects::native::{
    is_native_instance, new_native, new_native_for, NativeData,
};
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::new_tuple;
use ferrite_runtime::ops::CmpOp;
use ferrite_runtime::{ops, Value};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

pub struct Arr {
    code: u8,
    data: Vec<u8>,
}
impl NativeData for Arr {}

pub struct ArrIter {
    arr: Value,
    i: usize,
}
traced!(ArrIter { arr });

const TYPECODES: &str = "bBuhHiIlLqQfd";

fn itemsize(code: u8) -> usize {
    match code {
        b'b' | b'B' => 1,
        b'h' | b'H' => 2,
        b'u' | b'i' | b'I' | b'f' => 4,
        _ => 8,
    }
}

impl Arr {
    fn len(&self) -> usize {
        self.data.len() / itemsize(self.code)
    }
    fn raw(&self, i: usize) -> &[u8] {
        let n = itemsize(self.code);
        &self.data[i * n..(i + 1) * n]
    }
}

static ARRAY_T: TypeCell = TypeCell::new();
static ITER_T: TypeCell = TypeCell::new();

fn array_type() -> Value {
    ARRAY_T.get_or_init(|| {
        let t = native_type("array", "array", true);
        // matches sequence patterns (Py_TPFLAGS_SEQUENCE)
        as_type(t).flags |= ferrite_runtime::object::type_flags::SEQUENCE;
        def_new(t, array_new);
        for (name, f) in [
            (
                "append",
                arr_append as ferrite_runtime::objects::function::NativeFn,
            ),
            ("extend", arr_extend),
            ("insert", arr_insert),
            ("pop", arr_pop),
            ("remove", arr_remove),
            ("index", arr_index),
            ("count", arr_count),
            ("reverse", arr_reverse),
            ("buffer_info", arr_buffer_info),
            ("byteswap", arr_byteswap),
            ("frombytes", arr_frombytes),
            ("tobytes", arr_tobytes),
            ("fromlist", arr_fromlist),
            ("tolist", arr_tolist),
            ("fromunicode", arr_fromunicode),
            ("tounicode", arr_tounicode),
            ("fromfile", arr_fromfile),
            ("tofile", arr_tofile),
            ("__len__", arr_len),
            ("__getitem__", arr_getitem),
            ("__setitem__", arr_setitem),
            ("__delitem__", arr_delitem),
            ("__contains__", arr_contains),
            ("__iter__", arr_iter),
            ("__repr__", arr_repr),
            ("__add__", arr_add),
            ("__iadd__", arr_iadd),
            ("__mul__", arr_mul),
            ("__rmul__", arr_rmul),
            ("__imul__", arr_imul),
            ("__eq__", arr_eq),
            ("__ne__", arr_ne),
            ("__lt__", arr_lt),
            ("__le__", arr_le),
            ("__gt__", arr_gt),
            ("__ge__", arr_ge),
            ("__copy__", arr_copy),
            ("__deepcopy__", arr_copy),
            ("__reduce_ex__", arr_reduce_ex),
        ] {
            def(t, name, f);
        }
        getset(t, "typecode", |v| {
            let c = arr_of(v)?.code;
            Ok(new_str(&(c as char).to_string()))
        });
        getset(t, "itemsize", |v| {
            Ok(new_int(itemsize(arr_of(v)?.code) as i64))
        });
        set_attr(t, "__hash__", none());
        generic_alias(t);
        t
    })
}

fn iter_type() -> Value {
    ITER_T.get_or_init(|| {
        let t = native_type("array", "arrayiterator", false);
        def(t, "__iter__", crate::support::iter_self);
        def(t, "__next__", iter_next);
        t
    })
}

pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "array", array_type());
    dict_set_str(d, "ArrayType", array_type());
    dict_set_str(d, "typecodes", new_str(TYPECODES));
    iter_type();
    Ok(())
}

/// The bytes of an array (for the modules that take bytes-like objects).
pub(crate) fn buffer_bytes(v: Value) -> Option<Vec<u8>> {
    if !ARRAY_T.try_get().is_some_and(|t| is_native_instance(v, t)) {
        return None;
    }
    ferrite_runtime::objects::native::native_mut::<Arr>(v).map(|a| a.data.clone())
}

fn arr_of(v: Value) -> PyResult<&'static mut Arr> {
    data::<Arr>(v, "array.array")
}

// ---- item conversion ----

fn int_of(v: Value) -> PyResult<BigInt> {
    let i = ops::index(v)?;
    Ok(crate::util::big_of(i))
}

fn range_err(lo: bool, what: &str) -> PyErr {
    overflow_error(format!(
        "{what} is {} {}",
        if lo { "less than" } else { "greater than" },
        if lo { "minimum" } else { "maximum" }
    ))
}

/// The native-endian bytes of `v` as an item of type `code` (CPython's setitem checks).
fn pack(code: u8, v: Value) -> PyResult<[u8; 8]> {
    let mut out = [0u8; 8];
    match code {
        b'f' | b'd' => {
            let f = crate::util::to_f64(v)?;
            if code == b'f' {
                out[..4].copy_from_slice(&(f as f32).to_ne_bytes());
            } else {
                out.copy_from_slice(&f.to_ne_bytes());
            }
        }
        b'u' => {
            let ok = v.is_ptr()
                && ferrite_runtime::types::is_subtype(type_of(v), bt(BT::Str))
                && str_of(v).chars().count() == 1;
            if !ok {
                return Err(type_error("array item must be unicode character"));
            }
            let c = str_of(v).chars().next().unwrap() as u32;
            out[..4].copy_from_slice(&c.to_ne_bytes());
        }
        _ => {
            let b = int_of(v)?;
            let signed_long = |b: &BigInt| -> PyResult<i64> {
                b.to_i64()
                    .ok_or_else(|| overflow_error("Python int too large to convert to C long"))
            };
            match code {
                b'b' => {
                    let i = signed_long(&b)?;
                    if !(-128..=127).contains(&i) {
                        return Err(range_err(i < 0, "signed char"));
                    }
                    out[0] = i as i8 as u8;
                }
                b'B' => {
                    let i = signed_long(&b)?;
                    if !(0..=255).contains(&i) {
                        return Err(range_err(i < 0, "unsigned byte integer"));
                    }
                    out[0] = i as u8;
                }
                b'h' => {
                    let i = signed_long(&b)?;
                    if i < i16::MIN as i64 || i > i16::MAX as i64 {
                        return Err(range_err(i < 0, "signed short integer"));
                    }
                    out[..2].copy_from_slice(&(i as i16).to_ne_bytes());
                }
                b'H' => {
                    let i = signed_long(&b)?;
                    if i < 0 || i > u16::MAX as i64 {
                        return Err(range_err(i < 0, "unsigned short"));
                    }
                    out[..2].copy_from_slice(&(i as u16).to_ne_bytes());
                }
                b'i' => {
                    let i = signed_long(&b)?;
                    if i < i32::MIN as i64 || i > i32::MAX as i64 {
                        return Err(range_err(i < 0, "signed integer"));
                    }
                    out[..4].copy_from_slice(&(i as i32).to_ne_bytes());
                }
                b'I' | b'L' => {
                    if b < BigInt::from(0) {
                        return Err(overflow_error(
                            "can't convert negative value to unsigned int",
                        ));
                    }
                    let u = b.to_u64().ok_or_else(|| {
                        overflow_error("Python int too large to convert to C unsigned long")
                    })?;
                    if code == b'I' {
                        if u > u32::MAX as u64 {
                            return Err(overflow_error("unsigned int is greater than maximum"));
                        }
                        out[..4].copy_from_slice(&(u as u32).to_ne_bytes());
                    } else {
                        out.copy_from_slice(&u.to_ne_bytes());
                    }
                }
                b'l' => out.copy_from_slice(&signed_long(&b)?.to_ne_bytes()),
                b'q' => {
                    let i = b
                        .to_i64()
                        .ok_or_else(|| overflow_error("int too big to convert"))?;
                    out.copy_from_slice(&i.to_ne_bytes());
                }
                _ => {
                    if b < BigInt::from(0) {
                        return Err(overflow_error("can't convert negative int to unsigned"));
                    }
                    let u = b
                        .to_u64()
                        .ok_or_else(|| overflow_error("int too big to convert"))?;
                    out.copy_from_slice(&u.to_ne_bytes());
                }
            }
        }
    }
    Ok(out)
}

fn unpack(code: u8, b: &[u8]) -> Value {
    let a4 = |b: &[u8]| -> [u8; 4] { b[..4].try_into().unwrap() };
    let a8 = |b: &[u8]| -> [u8; 8] { b[..8].try_into().unwrap() };
    match code {
        b'b' => new_int(b[0] as i8 as i64),
        b'B' => new_int(b[0] as i64),
        b'h' => new_int(i16::from_ne_bytes([b[0], b[1]]) as i64),
        b'H' => new_int(u16::from_ne_bytes([b[0], b[1]]) as i64),
        b'i' => new_int(i32::from_ne_bytes(a4(b)) as i64),
        b'I' => new_int(u32::from_ne_bytes(a4(b)) as i64),
        b'l' | b'q' => new_int(i64::from_ne_bytes(a8(b))),
        b'L' | b'Q' => {
            let u = u64::from_ne_bytes(a8(b));
            if u <= i64::MAX as u64 {
                new_int(u as i64)
            } else {
                new_big(BigInt::from(u))
            }
        }
        b'f' => new_float(f32::from_ne_bytes(a4(b)) as f64),
        b'd' => new_float(f64::from_ne_bytes(a8(b))),
        _ => {
            let c = u32::from_ne_bytes(a4(b));
            match char::from_u32(c) {
                Some(ch) => new_str(&ch.to_string()),
                None => new_str("\u{fffd}"),
            }
        }
    }
}

fn get(v: Value, i: usize) -> PyResult<Value> {
    let a = arr_of(v)?;
    Ok(unpack(a.code, a.raw(i)))
}

/// Appends item `x` (checked) to array `v`.
fn push(v: Value, x: Value) -> PyResult<()> {
    let code = arr_of(v)?.code;
    let b = pack(code, x)?;
    let a = arr_of(v)?;
    a.data.extend_from_slice(&b[..itemsize(code)]);
    Ok(())
}

fn is_str(v: Value) -> bool {
    v.is_ptr() && ferrite_runtime::types::is_subtype(type_of(v), bt(BT::Str))
}

fn is_array(v: Value) -> bool {
    ARRAY_T.try_get().is_some_and(|t| is_native_instance(v, t))
}

fn new_array(code: u8, data: Vec<u8>) -> Value {
    new_native(array_type(), Arr { code, data })
}

fn array_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let args = &a[1..];
    if !kw.is_empty() && cls == array_type() {
        return Err(type_error("array.array() takes no keyword arguments"));
    }
    let args = &args[..args.len() - kw.len()];
    if args.is_empty() {
        return Err(type_error("array() takes at least 1 argument (0 given)"));
    }
    if args.len() > 2 {
        return Err(type_error(format!(
            "array() takes at most 2 arguments ({} given)",
            args.len()
        )));
    }
    let tc = args[0];
    if !is_str(tc) || str_of(tc).chars().count() != 1 {
        let what = if is_str(tc) {
            "str".to_string()
        } else {
            ferrite_runtime::types::type_name_of(tc).to_string()
        };
        return Err(type_error(format!(
            "array() argument 1 must be a unicode character, not {what}"
        )));
    }
    let c = str_of(tc).chars().next().unwrap();
    if !c.is_ascii() || !TYPECODES.contains(c) {
        return Err(value_error(
            "bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)",
        ));
    }
    let code = c as u8;
    let init = args.get(1).copied();
    if let Some(i) = init {
        if is_str(i) && code != b'u' {
            return Err(type_error(format!(
                "cannot use a str to initialize an array with typecode '{c}'"
            )));
        }
        if is_array(i) && arr_of(i)?.code == b'u' && code != b'u' {
            return Err(type_error(format!(
                "cannot use a unicode array to initialize an array with typecode '{c}'"
            )));
        }
    }
    let arr = new_native_for(cls, array_type(), Arr { code, data: vec![] });
    if let Some(i) = init {
        if is_str(i) {
            fromunicode(arr, i)?;
        } else if is_bytes_like(i) {
            frombytes(arr, bytes_data(i).to_vec())?;
        } else if is_array(i) && arr_of(i)?.code == code {
            let d = arr_of(i)?.data.clone();
            arr_of(arr)?.data = d;
        } else {
            extend_iter(arr, i)?;
        }
    }
    Ok(arr)
}

fn extend_iter(arr: Value, it: Value) -> PyResult<()> {
    let it = ops::iter(it)?;
    while let Some(x) = ops::next(it)? {
        push(arr, x)?;
    }
    Ok(())
}

fn frombytes(arr: Value, b: Vec<u8>) -> PyResult<()> {
    let a = arr_of(arr)?;
    if !b.len().is_multiple_of(itemsize(a.code)) {
        return Err(value_error("bytes length not a multiple of item size"));
    }
    a.data.extend_from_slice(&b);
    Ok(())
}

fn fromunicode(arr: Value, s: Value) -> PyResult<()> {
    let a = arr_of(arr)?;
    for ch in str_of(s).chars() {
        a.data.extend_from_slice(&(ch as u32).to_ne_bytes());
    }
    Ok(())
}

/// Argument checks of array methods: METH_O / METH_NOARGS messages for exactly one / no
/// argument, Argument Clinic's otherwise.
fn m(name: &str, a: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<&'static mut Arr> {
    let n = a.len() - 1;
    if min == max && min <= 1 {
        if !kw.is_empty() {
            return Err(type_error(format!(
                "array.{name}() takes no keyword arguments"
            )));
        }
        if n != min {
            return Err(type_error(if min == 1 {
                format!("array.{name}() takes exactly one argument ({n} given)")
            } else {
                format!("array.{name}() takes no arguments ({n} given)")
            }));
        }
    } else {
        crate::support::positional_only(name, &a[1..], kw, min, max)?;
    }
    arr_of(a[0])
}

fn arr_append(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    m("append", a, kw, 1, 1)?;
    push(a[0], a[1])?;
    Ok(none())
}

fn arr_extend(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    m("extend", a, kw, 1, 1)?;
    extend(a[0], a[1])?;
    Ok(none())
}

fn extend(arr: Value, other: Value) -> PyResult<()> {
    if is_array(other) {
        let (oc, od) = {
            let o = arr_of(other)?;
            (o.code, o.data.clone())
        };
        let s = arr_of(arr)?;
        if oc != s.code {
            return Err(type_error("can only extend with array of same kind"));
        }
        s.data.extend_from_slice(&od);
        return Ok(());
    }
    extend_iter(arr, other)
}

fn norm_index(i: i64, n: usize) -> i64 {
    if i < 0 {
        i + n as i64
    } else {
        i
    }
}

fn arr_insert(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("insert", a, kw, 2, 2)?;
    let n = s.len();
    let i = ops::index_value(a[1])?;
    let i = norm_index(i, n).clamp(0, n as i64) as usize;
    let code = s.code;
    let b = pack(code, a[2])?;
    let sz = itemsize(code);
    let s = arr_of(a[0])?;
    let at = i * sz;
    s.data.splice(at..at, b[..sz].iter().copied());
    Ok(none())
}

fn arr_pop(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("pop", a, kw, 0, 1)?;
    let i = match a.get(1) {
        Some(&v) => ops::index_value(v)?,
        None => -1,
    };
    let s2 = arr_of(a[0])?;
    let n = s2.len();
    let _ = s;
    if n == 0 {
        return Err(index_error("pop from empty array"));
    }
    let j = norm_index(i, n);
    if j < 0 || j >= n as i64 {
        return Err(index_error("pop index out of range"));
    }
    let j = j as usize;
    let v = unpack(s2.code, s2.raw(j));
    let sz = itemsize(s2.code);
    arr_of(a[0])?.data.drain(j * sz..(j + 1) * sz);
    Ok(v)
}

/// Index of the first item equal to `x` in [start, stop), or None.
fn find(arr: Value, x: Value, start: usize, stop: usize) -> PyResult<Option<usize>> {
    let mut i = start;
    while i < stop.min(arr_of(arr)?.len()) {
        let v = get(arr, i)?;
        if ops::eq_bool(v, x)? {
            return Ok(Some(i));
        }
        i += 1;
    }
    Ok(None)
}

fn arr_remove(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    m("remove", a, kw, 1, 1)?;
    match find(a[0], a[1], 0, usize::MAX)? {
        Some(i) => {
            let s = arr_of(a[0])?;
            let sz = itemsize(s.code);
            s.data.drain(i * sz..(i + 1) * sz);
            Ok(none())
        }
        None => Err(value_error("array.remove(x): x not in array")),
    }
}

fn slice_arg(v: Value, n: usize) -> PyResult<usize> {
    let i = ops::index_value(v)
        .map_err(|_| type_error("slice indices must be integers or have an __index__ method"))?;
    Ok(norm_index(i, n).clamp(0, n as i64) as usize)
}

fn arr_index(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("index", a, kw, 1, 3)?;
    let n = s.len();
    let start = match a.get(2) {
        Some(&v) => slice_arg(v, n)?,
        None => 0,
    };
    let stop = match a.get(3) {
        Some(&v) => slice_arg(v, n)?,
        None => n,
    };
    match find(a[0], a[1], start, stop)? {
        Some(i) => Ok(new_int(i as i64)),
        None => Err(value_error("array.index(x): x not in array")),
    }
}

fn arr_count(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    m("count", a, kw, 1, 1)?;
    let mut c = 0;
    let mut i = 0;
    while i < arr_of(a[0])?.len() {
        if ops::eq_bool(get(a[0], i)?, a[1])? {
            c += 1;
        }
        i += 1;
    }
    Ok(new_int(c))
}

fn arr_contains(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_bool(find(a[0], a[1], 0, usize::MAX)?.is_some()))
}

fn arr_reverse(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("reverse", a, kw, 0, 0)?;
    let sz = itemsize(s.code);
    let items: Vec<Vec<u8>> = s.data.chunks(sz).rev().map(|c| c.to_vec()).collect();
    s.data = items.concat();
    Ok(none())
}

fn arr_buffer_info(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("buffer_info", a, kw, 0, 0)?;
    let addr = s.data.as_ptr() as usize as i64;
    let n = s.len() as i64;
    Ok(new_tuple(&[new_int(addr), new_int(n)]))
}

fn arr_byteswap(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("byteswap", a, kw, 0, 0)?;
    let sz = itemsize(s.code);
    for c in s.data.chunks_mut(sz) {
        c.reverse();
    }
    Ok(none())
}

fn arr_frombytes(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    m("frombytes", a, kw, 1, 1)?;
    let v = a[1];
    let b = if is_bytes_like(v) {
        bytes_data(v).to_vec()
    } else if ferrite_runtime::methods::memoryview::is_memoryview(v) {
        ferrite_runtime::methods::memoryview::view_bytes(v)?
    } else if let Some(b) = buffer_bytes(v) {
        b
    } else {
        return Err(type_error(format!(
            "a bytes-like object is required, not '{}'",
            ferrite_runtime::types::type_name_of(v)
        )));
    };
    frombytes(a[0], b)?;
    Ok(none())
}

fn arr_tobytes(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("tobytes", a, kw, 0, 0)?;
    Ok(new_bytes(&s.data))
}

fn arr_fromlist(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    m("fromlist", a, kw, 1, 1)?;
    let l = a[1];
    if !(l.is_ptr() && layout_of(ferrite_runtime::methods::builtin_value(l)) == Layout::List) {
        return Err(type_error("arg must be list"));
    }
    // all or nothing: on error the array is unchanged
    let saved = arr_of(a[0])?.data.len();
    let r = extend_iter(a[0], l);
    if r.is_err() {
        arr_of(a[0])?.data.truncate(saved);
    }
    r?;
    Ok(none())
}

fn tolist(arr: Value) -> PyResult<Value> {
    let l = new_list(&[]);
    let mut i = 0;
    while i < arr_of(arr)?.len() {
        let v = get(arr, i)?;
        list_push(l, v);
        i += 1;
    }
    Ok(l)
}

fn arr_tolist(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    m("tolist", a, kw, 0, 0)?;
    tolist(a[0])
}

fn arr_fromunicode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("fromunicode", a, kw, 1, 1)?;
    if !is_str(a[1]) {
        return Err(type_error(format!(
            "fromunicode() argument must be str, not {}",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    }
    if s.code != b'u' {
        return Err(value_error(
            "fromunicode() may only be called on unicode type arrays",
        ));
    }
    fromunicode(a[0], a[1])?;
    Ok(none())
}

fn arr_tounicode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("tounicode", a, kw, 0, 0)?;
    if s.code != b'u' {
        return Err(value_error(
            "tounicode() may only be called on unicode type arrays",
        ));
    }
    let mut out = String::new();
    for c in s.data.chunks(4) {
        let u = u32::from_ne_bytes([c[0], c[1], c[2], c[3]]);
        match char::from_u32(u) {
            Some(ch) => out.push(ch),
            None => {
                return Err(value_error(format!(
                    "character U+{u:x} is not in range [U+0000; U+10ffff]"
                )))
            }
        }
    }
    Ok(new_str(&out))
}

fn arr_fromfile(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("fromfile", a, kw, 2, 2)?;
    let sz = itemsize(s.code);
    let n = ops::index_value(a[2])?;
    if n < 0 {
        return Err(value_error("negative count"));
    }
    let want = n as usize * sz;
    let b = ops::call_method(a[1], "read", &[new_int(want as i64)])?;
    if !ferrite_runtime::methods::bytes::is_bytes_like(b) {
        return Err(type_error("read() didn't return bytes"));
    }
    let got = bytes_data(b).to_vec();
    let whole = got.len() / sz * sz;
    arr_of(a[0])?.data.extend_from_slice(&got[..whole]);
    if got.len() < want {
        return Err(new_exc(Exc::EOFError, "read() didn't return enough bytes"));
    }
    Ok(none())
}

fn arr_tofile(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = m("tofile", a, kw, 1, 1)?;
    let d = s.data.clone();
    for chunk in d.chunks(64 * 1024) {
        ops::call_method(a[1], "write", &[new_bytes(chunk)])?;
    }
    Ok(none())
}

fn arr_len(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(arr_of(a[0])?.len() as i64))
}

fn is_slice(v: Value) -> bool {
    v.is_ptr() && layout_of(v) == Layout::Slice
}

/// The indices a slice selects over n items.
fn slice_positions(s: Value, n: usize) -> PyResult<Vec<usize>> {
    let (mut i, stop, step) = slice_indices(s, n as i64)?;
    let mut out = vec![];
    while (step > 0 && i < stop) || (step < 0 && i > stop) {
        out.push(i as usize);
        i += step;
    }
    Ok(out)
}

fn item_index(k: Value, n: usize, what: &str) -> PyResult<usize> {
    if !k.is_small_int()
        && k.is_ptr()
        && ferrite_runtime::types::lookup(type_of(k), "__index__").is_none()
    {
        return Err(type_error("array indices must be integers"));
    }
    let i = norm_index(ops::index_value(k)?, n);
    if i < 0 || i >= n as i64 {
        return Err(index_error(what));
    }
    Ok(i as usize)
}

fn arr_getitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = arr_of(a[0])?;
    let n = s.len();
    if is_slice(a[1]) {
        let sz = itemsize(s.code);
        let mut d = Vec::new();
        for i in slice_positions(a[1], n)? {
            d.extend_from_slice(&s.data[i * sz..(i + 1) * sz]);
        }
        let code = s.code;
        return Ok(new_array(code, d));
    }
    let i = item_index(a[1], n, "array index out of range")?;
    get(a[0], i)
}

fn arr_setitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = arr_of(a[0])?;
    let n = s.len();
    let code = s.code;
    let sz = itemsize(code);
    if is_slice(a[1]) {
        if !is_array(a[2]) {
            return Err(type_error(format!(
                "can only assign array (not \"{}\") to array slice",
                ferrite_runtime::types::type_name_of(a[2])
            )));
        }
        let o = arr_of(a[2])?;
        if o.code != code {
            return Err(type_error("bad argument type for built-in operation"));
        }
        let od = o.data.clone();
        let (start, stop, step) = slice_indices(a[1], n as i64)?;
        let s = arr_of(a[0])?;
        if step == 1 {
            let stop = stop.max(start);
            s.data
                .splice(start as usize * sz..stop as usize * sz, od.iter().copied());
            return Ok(none());
        }
        let pos = slice_positions(a[1], n)?;
        let m = od.len() / sz;
        if m != pos.len() {
            return Err(value_error(format!(
                "attempt to assign array of size {m} to extended slice of size {}",
                pos.len()
            )));
        }
        for (j, i) in pos.into_iter().enumerate() {
            s.data[i * sz..(i + 1) * sz].copy_from_slice(&od[j * sz..(j + 1) * sz]);
        }
        return Ok(none());
    }
    let i = item_index(a[1], n, "array assignment index out of range")?;
    let b = pack(code, a[2])?;
    arr_of(a[0])?.data[i * sz..(i + 1) * sz].copy_from_slice(&b[..sz]);
    Ok(none())
}

fn arr_delitem(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = arr_of(a[0])?;
    let n = s.len();
    let sz = itemsize(s.code);
    if is_slice(a[1]) {
        let mut pos = slice_positions(a[1], n)?;
        pos.sort_unstable();
        let s = arr_of(a[0])?;
        let mut keep = Vec::with_capacity(s.data.len());
        let mut p = pos.iter().peekable();
        for i in 0..n {
            if p.peek() == Some(&&i) {
                p.next();
                continue;
            }
            keep.extend_from_slice(&s.data[i * sz..(i + 1) * sz]);
        }
        s.data = keep;
        return Ok(none());
    }
    let i = item_index(a[1], n, "array assignment index out of range")?;
    arr_of(a[0])?.data.drain(i * sz..(i + 1) * sz);
    Ok(none())
}

fn arr_iter(a: &[Value], _: &[Value]) -> PyResult<Value> {
    arr_of(a[0])?;
    Ok(new_native(iter_type(), ArrIter { arr: a[0], i: 0 }))
}

fn iter_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let it = data::<ArrIter>(a[0], "array.arrayiterator")?;
    let (arr, i) = (it.arr, it.i);
    if arr.is_null() || i >= arr_of(arr)?.len() {
        it.arr = Value::NULL;
        return Err(stop());
    }
    it.i += 1;
    get(arr, i)
}

fn arr_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = arr_of(a[0])?;
    let code = s.code;
    let tn = crate::support::type_name(a[0]);
    if s.data.is_empty() {
        return Ok(new_str(&format!("{tn}('{}')", code as char)));
    }
    let inner = if code == b'u' {
        let u = arr_tounicode(&[a[0]], &[])?;
        ops::repr_string(u)?
    } else {
        ops::repr_string(tolist(a[0])?)?
    };
    Ok(new_str(&format!("{tn}('{}', {inner})", code as char)))
}

fn arr_add(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = arr_of(a[0])?;
    if !is_array(a[1]) {
        return Err(type_error(format!(
            "can only append array (not \"{}\") to array",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    }
    let o = arr_of(a[1])?;
    if o.code != s.code {
        return Err(type_error("bad argument type for built-in operation"));
    }
    let mut d = s.data.clone();
    d.extend_from_slice(&o.data);
    Ok(new_array(s.code, d))
}

fn arr_iadd(a: &[Value], _: &[Value]) -> PyResult<Value> {
    arr_of(a[0])?;
    if !is_array(a[1]) {
        return Err(type_error(format!(
            "can only extend array with array (not \"{}\")",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    }
    extend(a[0], a[1])?;
    Ok(a[0])
}

fn repeat_count(v: Value) -> PyResult<Option<i64>> {
    if v.is_small_int()
        || (v.is_ptr() && ferrite_runtime::types::lookup(type_of(v), "__index__").is_some())
    {
        return Ok(Some(ops::index_value(v)?));
    }
    Ok(None)
}

fn arr_rmul(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if repeat_count(a[1])?.is_none() {
        return Ok(not_implemented());
    }
    arr_mul(a, kw)
}

fn arr_mul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(n) = repeat_count(a[1])? else {
        // sequence repetition by a non-int (unless the other operand handles it)
        // (the __rmul__ of builtin sequences is their own repetition, which CPython never
        // reaches here: only a Python-level __rmul__ gets its chance)
        let py_rmul = a[1].is_ptr()
            && ferrite_runtime::types::lookup(type_of(a[1]), "__rmul__")
                .is_some_and(|f| f.is_ptr() && layout_of(f) == Layout::Function);
        if py_rmul {
            return Ok(not_implemented());
        }
        return Err(type_error(format!(
            "can't multiply sequence by non-int of type '{}'",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    };
    let s = arr_of(a[0])?;
    let d = if n <= 0 {
        vec![]
    } else {
        s.data.repeat(n as usize)
    };
    Ok(new_array(s.code, d))
}

fn arr_imul(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let Some(n) = repeat_count(a[1])? else {
        return Ok(not_implemented());
    };
    let s = arr_of(a[0])?;
    s.data = if n <= 0 {
        vec![]
    } else {
        s.data.repeat(n as usize)
    };
    Ok(a[0])
}

fn richcompare(a: &[Value], op: CmpOp) -> PyResult<Value> {
    if !is_array(a[1]) {
        return Ok(not_implemented());
    }
    let (x, y) = (a[0], a[1]);
    let (n, m) = (arr_of(x)?.len(), arr_of(y)?.len());
    if n != m && matches!(op, CmpOp::Eq | CmpOp::Ne) {
        return Ok(py_bool(op == CmpOp::Ne));
    }
    let mut i = 0;
    while i < n.min(m) {
        let (p, q) = (get(x, i)?, get(y, i)?);
        if !ops::eq_bool(p, q)? {
            return match op {
                CmpOp::Eq => Ok(py_bool(false)),
                CmpOp::Ne => Ok(py_bool(true)),
                _ => ops::compare(p, q, op),
            };
        }
        i += 1;
    }
    let r = match op {
        CmpOp::Eq => n == m,
        CmpOp::Ne => n != m,
        CmpOp::Lt => n < m,
        CmpOp::Le => n <= m,
        CmpOp::Gt => n > m,
        CmpOp::Ge => n >= m,
    };
    Ok(py_bool(r))
}

fn arr_eq(a: &[Value], _: &[Value]) -> PyResult<Value> {
    richcompare(a, CmpOp::Eq)
}
fn arr_ne(a: &[Value], _: &[Value]) -> PyResult<Value> {
    richcompare(a, CmpOp::Ne)
}
fn arr_lt(a: &[Value], _: &[Value]) -> PyResult<Value> {
    richcompare(a, CmpOp::Lt)
}
fn arr_le(a: &[Value], _: &[Value]) -> PyResult<Value> {
    richcompare(a, CmpOp::Le)
}
fn arr_gt(a: &[Value], _: &[Value]) -> PyResult<Value> {
    richcompare(a, CmpOp::Gt)
}
fn arr_ge(a: &[Value], _: &[Value]) -> PyResult<Value> {
    richcompare(a, CmpOp::Ge)
}

fn arr_copy(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = arr_of(a[0])?;
    Ok(new_array(s.code, s.data.clone()))
}

/// Pickling as CPython does for protocols < 3: `(type(a), (typecode, a.tolist()), state)`.
fn arr_reduce_ex(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let code = arr_of(a[0])?.code;
    let l = tolist(a[0])?;
    let d = match ops::getattr_opt(a[0], ferrite_runtime::intern::intern("__dict__")) {
        Ok(Some(d)) if ops::len(d)? > 0 => d,
        _ => none(),
    };
    let args = new_tuple(&[new_str(&(code as char).to_string()), l]);
    Ok(new_tuple(&[type_of(a[0]), args, d]))
}
