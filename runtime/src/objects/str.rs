//! str: immutable UTF-8 text stored inline after the header, with its length in characters
//! and an ASCII flag cached so that `len()` and indexing of ASCII text are O(1).

use crate::object::{alloc, bt, obj, singleton, Singleton, BT};
use crate::value::Value;
use ferrite_gc::{Header, Kind, Tracer};
use std::sync::atomic::{AtomicIsize, Ordering};

#[repr(C)]
pub struct StrObject {
    pub header: Header,
    /// -1 until computed
    pub hash: AtomicIsize,
    pub byte_len: usize,
    pub char_len: usize,
    pub ascii: bool,
    /// This is the interned copy of its text (intern.rs); attribute maps key on those.
    pub interned: bool,
    // UTF-8 bytes follow (`data` marks where)
    pub data: [u8; 0],
}

const STR_BASE: usize = std::mem::size_of::<StrObject>();

unsafe fn str_size(h: *const Header) -> usize {
    // SAFETY: the collector passes a StrObject.
    let len = unsafe { (*(h as *const StrObject)).byte_len };
    (STR_BASE + len + 7) & !7
}
unsafe fn str_trace(_: *mut Header, _: &mut Tracer) {}
pub static STR_KIND: Kind = Kind {
    name: "str",
    size: str_size,
    trace: str_trace,
    drop: None,
};

/// A new str object with class `cls` (str or a subclass layout-compatible).
pub fn new_str_of(cls: Value, s: &str) -> Value {
    let v = alloc(cls, (STR_BASE + s.len() + 7) & !7);
    let o = obj::<StrObject>(v);
    o.hash = AtomicIsize::new(-1);
    o.byte_len = s.len();
    o.ascii = s.is_ascii();
    o.char_len = if o.ascii { s.len() } else { s.chars().count() };
    // SAFETY: the allocation has room for `byte_len` bytes after the struct.
    unsafe {
        std::ptr::copy_nonoverlapping(s.as_ptr(), o.data.as_mut_ptr(), s.len());
    }
    v
}

/// A new exact str of `byte_len` UTF-8 bytes (`char_len` characters, `ascii` when all are
/// ASCII) written by `fill` into the fresh object. `fill` runs after the allocation, which may
/// collect: it must read its sources afresh, and must write exactly `byte_len` bytes of valid
/// UTF-8 matching the counts given.
pub fn new_str_with(
    byte_len: usize,
    char_len: usize,
    ascii: bool,
    fill: impl FnOnce(&mut [u8]),
) -> Value {
    if byte_len == 0 {
        let e = singleton(Singleton::EmptyStr);
        if !e.is_null() {
            return e;
        }
    }
    let v = alloc(bt(BT::Str), (STR_BASE + byte_len + 7) & !7);
    let o = obj::<StrObject>(v);
    o.hash = AtomicIsize::new(-1);
    o.byte_len = byte_len;
    o.ascii = ascii;
    o.char_len = char_len;
    // SAFETY: the allocation has room for `byte_len` bytes after the struct (zeroed).
    let buf = unsafe { std::slice::from_raw_parts_mut(o.data.as_mut_ptr(), byte_len) };
    fill(buf);
    debug_assert!(std::str::from_utf8(buf).is_ok());
    debug_assert_eq!(str_of(v).chars().count(), char_len);
    v
}

pub fn new_str(s: &str) -> Value {
    if s.is_empty() {
        let e = singleton(Singleton::EmptyStr);
        if !e.is_null() {
            return e;
        }
    }
    new_str_of(bt(BT::Str), s)
}

/// The text of a str object. The returned slice borrows the object: it stays valid while the
/// object is reachable from this thread's stack (which pins it).
#[inline]
pub fn str_of<'a>(v: Value) -> &'a str {
    let o = obj::<StrObject>(v);
    // SAFETY: bytes were copied from a valid &str at creation and are never mutated.
    unsafe {
        std::str::from_utf8_unchecked(std::slice::from_raw_parts(o.data.as_ptr(), o.byte_len))
    }
}

#[inline]
pub fn str_char_len(v: Value) -> usize {
    obj::<StrObject>(v).char_len
}

#[inline]
pub fn str_is_ascii(v: Value) -> bool {
    obj::<StrObject>(v).ascii
}

/// FNV-1a over the bytes, mixed; deterministic (Ferrite does not randomise str hashes yet).
pub fn hash_bytes(b: &[u8]) -> isize {
    let mut h: u64 = 0xcbf29ce484222325;
    for &c in b {
        h ^= c as u64;
        h = h.wrapping_mul(0x100000001b3);
    }
    h ^= h >> 29;
    let r = h as isize;
    if r == -1 {
        -2
    } else {
        r
    }
}

pub fn str_hash(v: Value) -> isize {
    let o = obj::<StrObject>(v);
    let h = o.hash.load(Ordering::Relaxed);
    if h != -1 {
        return h;
    }
    let h = hash_bytes(str_of(v).as_bytes());
    o.hash.store(h, Ordering::Relaxed);
    h
}

/// The character at index `i` (already normalised, in range) as a new str.
pub fn str_char_at(v: Value, i: usize) -> Value {
    let s = str_of(v);
    if str_is_ascii(v) {
        crate::objects::str::char_str(s.as_bytes()[i] as char)
    } else {
        crate::objects::str::char_str(s.chars().nth(i).unwrap_or('\0'))
    }
}

static ASCII_CHARS: [std::sync::atomic::AtomicUsize; 128] =
    [const { std::sync::atomic::AtomicUsize::new(0) }; 128];

/// A one-character str (ASCII ones are cached).
pub fn char_str(c: char) -> Value {
    let n = c as usize;
    if n < 128 {
        let v = ASCII_CHARS[n].load(Ordering::Relaxed);
        if v != 0 {
            return Value(v);
        }
        let mut buf = [0u8; 4];
        let s = crate::object::alloc_old(bt(BT::Str), (STR_BASE + 1 + 7) & !7);
        let o = obj::<StrObject>(s);
        o.hash = AtomicIsize::new(-1);
        o.byte_len = 1;
        o.char_len = 1;
        o.ascii = true;
        let enc = c.encode_utf8(&mut buf);
        // SAFETY: room for one byte was allocated.
        unsafe { *o.data.as_mut_ptr() = enc.as_bytes()[0] };
        ASCII_CHARS[n].store(s.0, Ordering::Relaxed);
        return s;
    }
    let mut buf = [0u8; 4];
    new_str(c.encode_utf8(&mut buf))
}

pub fn visit_char_cache(t: &mut Tracer) {
    for s in ASCII_CHARS.iter() {
        t.visit(s.as_ptr());
    }
}

/// Byte offset of character index `ci` in `s` (ci <= char count).
pub fn char_to_byte(s: &str, ascii: bool, ci: usize) -> usize {
    if ascii {
        ci
    } else {
        s.char_indices().nth(ci).map(|(b, _)| b).unwrap_or(s.len())
    }
}
