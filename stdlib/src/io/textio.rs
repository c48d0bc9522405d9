//! Text I/O: `TextIOWrapper` (str over a buffered binary stream, with an encoding, error
//! handler and newline translation) and `IncrementalNewlineDecoder`.
//!
//! Decoding works chunk by chunk: each chunk read from the buffer is decoded (holding back an
//! incomplete multi-byte sequence and a trailing '\r' that may start "\r\n") into
//! `decoded`, which the read methods consume. `tell()` cookies: a byte offset when the
//! position falls on a clean decoder state (the usual case, as in CPython); otherwise
//! `start | pendingcr << 64 | chars_to_skip << 65`, where start is where the last chunk's
//! input began. `seek()` restores either form.

use super::buffered;
use super::stringio::newline_arg;
use super::*;
use ferrite_runtime::methods::codecs::{self, Codec, Endian};
use ferrite_runtime::methods::getset_rw;
use ferrite_runtime::objects::native::native_object;
use ferrite_runtime::objects::str::str_char_len;
use num_bigint::BigInt;
use num_traits::{ToPrimitive, Zero};

const SEEN_LF: u8 = 1;
const SEEN_CR: u8 = 2;
const SEEN_CRLF: u8 = 4;

/// The universal-newlines part of decoding (IncrementalNewlineDecoder's logic).
#[derive(Clone)]
pub(crate) struct NlDecoder {
    pub translate: bool,
    pub pendingcr: bool,
    pub seennl: u8,
}

impl NlDecoder {
    pub(crate) fn new(translate: bool) -> NlDecoder {
        NlDecoder {
            translate,
            pendingcr: false,
            seennl: 0,
        }
    }

    pub(crate) fn decode(&mut self, input: &str, final_: bool) -> String {
        let mut out = String::with_capacity(input.len() + 1);
        if self.pendingcr && (!input.is_empty() || final_) {
            out.push('\r');
            self.pendingcr = false;
        }
        out.push_str(input);
        if !final_ && out.ends_with('\r') {
            out.pop();
            self.pendingcr = true;
        }
        if !out.contains('\r') {
            if out.contains('\n') {
                self.seennl |= SEEN_LF;
            }
            return out;
        }
        let b = out.as_bytes();
        for (i, &c) in b.iter().enumerate() {
            if c == b'\n' {
                if i > 0 && b[i - 1] == b'\r' {
                    self.seennl |= SEEN_CRLF;
                } else {
                    self.seennl |= SEEN_LF;
                }
            } else if c == b'\r' && b.get(i + 1) != Some(&b'\n') {
                self.seennl |= SEEN_CR;
            }
        }
        if self.translate {
            out = out.replace("\r\n", "\n").replace('\r', "\n");
        }
        out
    }
}

/// The `newlines` attribute for a set of SEEN_* flags.
pub(crate) fn newlines_value(seen: u8) -> Value {
    let s = |x: &str| new_str(x);
    match seen {
        0 => none(),
        1 => s("\n"),
        2 => s("\r"),
        3 => new_tuple(&[s("\r"), s("\n")]),
        4 => s("\r\n"),
        5 => new_tuple(&[s("\n"), s("\r\n")]),
        6 => new_tuple(&[s("\r"), s("\r\n")]),
        _ => new_tuple(&[s("\r"), s("\n"), s("\r\n")]),
    }
}

// ------------------------------------------------------------------ byte codecs, incrementally

fn codec_label(c: Codec) -> &'static str {
    match c {
        Codec::Utf8 => "utf-8",
        Codec::Ascii => "ascii",
        Codec::Latin1 => "latin-1",
        Codec::Utf16(Endian::Native) => "utf-16",
        Codec::Utf16(Endian::Le) => "utf-16-le",
        Codec::Utf16(Endian::Be) => "utf-16-be",
        Codec::Utf32(Endian::Native) => "utf-32",
        Codec::Utf32(Endian::Le) => "utf-32-le",
        Codec::Utf32(Endian::Be) => "utf-32-be",
    }
}

#[derive(Clone)]
struct ByteDecoder {
    codec: Codec,
    errors: String,
    /// utf-8-sig: a leading byte order mark is still to be skipped
    sig: bool,
    /// bytes of an incomplete sequence held for the next chunk
    pending: Vec<u8>,
}

/// How many leading bytes of `d` form complete code units for `codec`.
fn complete_len(codec: Codec, d: &[u8], final_: bool) -> usize {
    let n = d.len();
    if final_ {
        return n;
    }
    match codec {
        Codec::Utf8 => {
            for i in 1..=n.min(3) {
                let b = d[n - i];
                if b & 0xc0 == 0x80 {
                    continue;
                }
                if b >= 0xc0 {
                    let need = if b >= 0xf0 {
                        4
                    } else if b >= 0xe0 {
                        3
                    } else {
                        2
                    };
                    if need > i {
                        return n - i;
                    }
                }
                break;
            }
            n
        }
        Codec::Utf16(e) => {
            let even = n & !1;
            if even >= 2 {
                let (x, y) = (d[even - 2], d[even - 1]);
                let unit = if e == Endian::Be {
                    u16::from_be_bytes([x, y])
                } else {
                    u16::from_le_bytes([x, y])
                };
                if (0xd800..0xdc00).contains(&unit) {
                    return even - 2;
                }
            }
            even
        }
        Codec::Utf32(_) => n & !3,
        _ => n,
    }
}

impl ByteDecoder {
    fn new(codec: Codec, errors: &str) -> ByteDecoder {
        ByteDecoder {
            codec,
            errors: errors.to_string(),
            sig: false,
            pending: Vec::new(),
        }
    }

    fn decode(&mut self, input: &[u8], final_: bool) -> PyResult<String> {
        let mut owned;
        let mut d: &[u8] = if self.pending.is_empty() {
            input
        } else {
            owned = std::mem::take(&mut self.pending);
            owned.extend_from_slice(input);
            &owned
        };
        if self.sig {
            const SIG: &[u8] = &[0xef, 0xbb, 0xbf];
            if d.len() < 3 && SIG.starts_with(d) && !final_ {
                self.pending = d.to_vec();
                return Ok(String::new());
            }
            if d.starts_with(SIG) {
                d = &d[3..];
            }
            self.sig = false;
        }
        // a byte order mark decides the endianness of utf-16/utf-32 (default: little)
        let bom_len = match self.codec {
            Codec::Utf16(Endian::Native) => 2,
            Codec::Utf32(Endian::Native) => 4,
            _ => 0,
        };
        if bom_len > 0 {
            if d.len() < bom_len && !final_ {
                self.pending = d.to_vec();
                return Ok(String::new());
            }
            let (le_bom, be_bom): (&[u8], &[u8]) = if bom_len == 2 {
                (&[0xff, 0xfe], &[0xfe, 0xff])
            } else {
                (&[0xff, 0xfe, 0, 0], &[0, 0, 0xfe, 0xff])
            };
            let endian = if d.starts_with(le_bom) {
                d = &d[bom_len..];
                Endian::Le
            } else if d.starts_with(be_bom) {
                d = &d[bom_len..];
                Endian::Be
            } else {
                Endian::Le
            };
            self.codec = if bom_len == 2 {
                Codec::Utf16(endian)
            } else {
                Codec::Utf32(endian)
            };
        }
        let n = complete_len(self.codec, d, final_);
        let (head, tail) = d.split_at(n);
        let out = match self.codec {
            Codec::Utf8 if self.errors == "strict" => match std::str::from_utf8(head) {
                Ok(s) => s.to_string(),
                Err(_) => codecs::decode(head, "utf-8", &self.errors)?,
            },
            Codec::Latin1 => head.iter().map(|&b| b as char).collect(),
            c => codecs::decode(head, codec_label(c), &self.errors)?,
        };
        self.pending = tail.to_vec();
        Ok(out)
    }
}

#[derive(Clone)]
struct ByteEncoder {
    codec: Codec,
    errors: String,
    /// utf-8-sig: starts with a byte order mark
    sig: bool,
    /// the byte order mark (utf-16/utf-32) was written or must not be
    bom_done: bool,
}

impl ByteEncoder {
    fn encode_into(&mut self, s: &str, out: &mut Vec<u8>) -> PyResult<()> {
        if self.sig && !self.bom_done {
            out.extend_from_slice(&[0xef, 0xbb, 0xbf]);
            self.bom_done = true;
        }
        match self.codec {
            Codec::Utf8 => out.extend_from_slice(s.as_bytes()),
            Codec::Ascii | Codec::Latin1 if s.is_ascii() => out.extend_from_slice(s.as_bytes()),
            c @ (Codec::Utf16(Endian::Native) | Codec::Utf32(Endian::Native)) => {
                let name = if self.bom_done {
                    if matches!(c, Codec::Utf16(_)) {
                        "utf-16-le"
                    } else {
                        "utf-32-le"
                    }
                } else {
                    codec_label(c)
                };
                if !s.is_empty() {
                    self.bom_done = true;
                }
                out.extend_from_slice(&codecs::encode(s, name, &self.errors)?);
            }
            c => out.extend_from_slice(&codecs::encode(s, codec_label(c), &self.errors)?),
        }
        Ok(())
    }
}

// ------------------------------------------------------------------ IncrementalNewlineDecoder

pub struct NewlineDecoder {
    decoder: Value,
    errors: Value,
    nl: NlDecoder,
    ok: bool,
}
impl NativeData for NewlineDecoder {
    fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
        t.visit(Value::slot(&mut self.decoder));
        t.visit(Value::slot(&mut self.errors));
    }
}

fn nld(v: Value) -> PyResult<&'static mut NewlineDecoder> {
    let d = data::<NewlineDecoder>(v)?;
    if !d.ok {
        return Err(value_error(
            "IncrementalNewlineDecoder.__init__() not called",
        ));
    }
    Ok(d)
}

fn nld_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_native_for(
        a[0],
        ty(T::IncrementalNewlineDecoder),
        NewlineDecoder {
            decoder: Value::NULL,
            errors: Value::NULL,
            nl: NlDecoder::new(false),
            ok: false,
        },
    ))
}

fn nld_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [decoder, translate, errors] = parse_args(
        "IncrementalNewlineDecoder",
        &a[1..],
        kw,
        ["decoder", "translate", "errors"],
        3,
        2,
    )?;
    let translate = ops::truthy(translate)?;
    let errors = if errors.is_null() {
        new_str("strict")
    } else {
        errors
    };
    let d = data::<NewlineDecoder>(a[0])?;
    d.decoder = decoder;
    d.errors = errors;
    d.nl = NlDecoder::new(translate);
    d.ok = true;
    if let Some(o) = native_object(a[0]) {
        ferrite_runtime::object::write_barrier(o);
    }
    Ok(none())
}

fn nld_decode(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [input, final_] = parse_args("decode", &a[1..], kw, ["input", "final"], 2, 1)?;
    let final_ = flag_arg(final_, false)?;
    let decoder = nld(a[0])?.decoder;
    let out = if decoder == none() {
        input
    } else {
        let f = ops::getattr_str(decoder, "decode")?;
        ops::call(
            f,
            &[input, py_bool(final_)],
            &[ferrite_runtime::intern::intern("final")],
        )?
    };
    if !is_str(out) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "decoder should return a string result, not '{}'",
            type_name_of(out)
        )));
    }
    let d = nld(a[0])?;
    let r = d.nl.decode(str_of(out), final_);
    Ok(new_str(&r))
}

fn nld_getstate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("getstate", &a[1..], kw, 0, 0)?;
    let decoder = nld(a[0])?.decoder;
    let (buf, flag) = if decoder == none() {
        (new_bytes(b""), BigInt::zero())
    } else {
        let st = ops::call_method(decoder, "getstate", &[])?;
        if !(st.is_ptr() && layout_of(st) == Layout::Tuple)
            || ferrite_runtime::objects::tuple::tuple_len(st) != 2
        {
            return Err(ferrite_runtime::errors::type_error("illegal decoder state"));
        }
        let items = ferrite_runtime::objects::tuple::tuple_items(st);
        let f = ops::index(items[1])?;
        (items[0], ferrite_runtime::objects::int::int_to_big(f))
    };
    let pcr = nld(a[0])?.nl.pendingcr;
    let flag = (flag << 1u32) + if pcr { 1 } else { 0 };
    Ok(new_tuple(&[
        buf,
        ferrite_runtime::objects::int::new_big(flag),
    ]))
}

fn nld_setstate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("setstate", &a[1..], kw, 1, 1)?;
    let st = a[1];
    if !(st.is_ptr() && layout_of(st) == Layout::Tuple)
        || ferrite_runtime::objects::tuple::tuple_len(st) != 2
    {
        return Err(ferrite_runtime::errors::type_error(
            "state argument must be a tuple",
        ));
    }
    let items = ferrite_runtime::objects::tuple::tuple_items(st);
    let (buf, flag) = (items[0], ops::index(items[1])?);
    let flag = ferrite_runtime::objects::int::int_to_big(flag);
    let d = nld(a[0])?;
    d.nl.pendingcr = (&flag & BigInt::from(1)) == BigInt::from(1);
    let decoder = d.decoder;
    if decoder != none() {
        let f = ferrite_runtime::objects::int::new_big(flag >> 1u32);
        let t = new_tuple(&[buf, f]);
        ops::call_method(decoder, "setstate", &[t])?;
    }
    Ok(none())
}

fn nld_reset(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("reset", &a[1..], kw, 0, 0)?;
    let d = nld(a[0])?;
    d.nl.seennl = 0;
    d.nl.pendingcr = false;
    let decoder = d.decoder;
    if decoder != none() {
        ops::call_method(decoder, "reset", &[])?;
    }
    Ok(none())
}

fn nld_newlines(v: Value) -> PyResult<Value> {
    Ok(newlines_value(nld(v)?.nl.seennl))
}

// ------------------------------------------------------------------ TextIOWrapper

pub struct TextIO {
    ok: bool,
    detached: bool,
    buffer: Value,
    encoding: Value,
    errors: Value,
    mode: Value,
    codec: Codec,
    /// utf-8-sig
    sig: bool,
    dec: Option<ByteDecoder>,
    nl: Option<NlDecoder>,
    enc: Option<ByteEncoder>,
    readuniversal: bool,
    readtranslate: bool,
    readnl: Option<&'static str>,
    writetranslate: bool,
    writenl: &'static str,
    line_buffering: bool,
    write_through: bool,
    seekable: bool,
    telling: bool,
    has_read1: bool,
    /// decoded text of the last chunk; `used` bytes of it were consumed
    decoded: String,
    used: usize,
    /// (pendingcr before the last chunk, the bytes fed to the decoder for it)
    snapshot: Option<(bool, Vec<u8>)>,
    /// encoded text not yet passed to a buffer that is not one of ours
    pending: Vec<u8>,
    chunk_size: usize,
}

impl NativeData for TextIO {
    fn trace(&mut self, t: &mut ferrite_gc::Tracer) {
        t.visit(Value::slot(&mut self.buffer));
        t.visit(Value::slot(&mut self.encoding));
        t.visit(Value::slot(&mut self.errors));
        t.visit(Value::slot(&mut self.mode));
    }
}

fn tio_raw(v: Value) -> PyResult<&'static mut TextIO> {
    let t = data::<TextIO>(v)?;
    if !t.ok {
        if t.detached {
            return Err(value_error("underlying buffer has been detached"));
        }
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok(t)
}

/// State, checked attached and open.
fn tio(v: Value) -> PyResult<&'static mut TextIO> {
    let buffer = tio_raw(v)?.buffer;
    if is_closed_fast(v, buffer)? {
        return Err(closed_error());
    }
    tio_raw(v)
}

fn is_closed_fast(v: Value, buffer: Value) -> PyResult<bool> {
    if is_exact(v, T::TextIOWrapper) {
        if let Some(c) = buffered::fast_closed(buffer) {
            return Ok(c);
        }
        return is_closed(buffer);
    }
    is_closed(v)
}

fn tio_new(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_native_for(
        a[0],
        ty(T::TextIOWrapper),
        TextIO {
            ok: false,
            detached: false,
            buffer: Value::NULL,
            encoding: Value::NULL,
            errors: Value::NULL,
            mode: Value::NULL,
            codec: Codec::Utf8,
            sig: false,
            dec: None,
            nl: None,
            enc: None,
            readuniversal: true,
            readtranslate: true,
            readnl: None,
            writetranslate: true,
            writenl: "\n",
            line_buffering: false,
            write_through: false,
            seekable: false,
            telling: false,
            has_read1: false,
            decoded: String::new(),
            used: 0,
            snapshot: None,
            pending: Vec::new(),
            chunk_size: 8192,
        },
    ))
}

fn str_or_none_arg(v: Value, what: &str) -> PyResult<Value> {
    if v.is_null() || v == none() {
        return Ok(none());
    }
    if !is_str(v) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "TextIOWrapper() argument '{what}' must be str or None, not {}",
            type_name_of(v)
        )));
    }
    Ok(v)
}

/// The locale's encoding (Ferrite assumes a UTF-8 locale, as CPython reports under one).
fn locale_encoding() -> &'static str {
    "UTF-8"
}

/// Sets up codec, decoder and encoder state from `encoding`/`errors`/`newline`.
#[allow(clippy::too_many_arguments)]
fn configure(
    s: Value,
    encoding: Value,
    errors: Value,
    newline: Option<&'static str>,
    line_buffering: bool,
    write_through: bool,
    readable: bool,
    writable: bool,
) -> PyResult<()> {
    let enc_name = if encoding == none() || str_of(encoding) == "locale" {
        new_str(locale_encoding())
    } else {
        encoding
    };
    let norm: String = str_of(enc_name)
        .trim()
        .to_ascii_lowercase()
        .replace(['-', ' '], "_");
    let sig = matches!(norm.as_str(), "utf_8_sig" | "utf8_sig");
    let codec = if sig {
        Codec::Utf8
    } else {
        codecs::lookup(str_of(enc_name))?
    };
    let errors = if errors == none() {
        new_str("strict")
    } else {
        errors
    };
    let errs = str_of(errors).to_string();
    let t = data::<TextIO>(s)?;
    t.encoding = enc_name;
    t.errors = errors;
    t.codec = codec;
    t.sig = sig;
    t.readuniversal = matches!(newline, None | Some(""));
    t.readtranslate = newline.is_none();
    t.readnl = newline;
    t.writetranslate = newline != Some("");
    t.writenl = match newline {
        None | Some("") => "\n",
        Some(n) => n,
    };
    t.line_buffering = line_buffering;
    t.write_through = write_through;
    t.dec = readable.then(|| {
        let mut d = ByteDecoder::new(codec, &errs);
        d.sig = sig;
        d
    });
    t.nl = (readable && t.readuniversal).then(|| NlDecoder::new(t.readtranslate));
    t.enc = writable.then(|| ByteEncoder {
        codec,
        errors: errs.clone(),
        sig,
        bom_done: false,
    });
    if let Some(o) = native_object(s) {
        ferrite_runtime::object::write_barrier(o);
    }
    Ok(())
}

fn tio_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let [buffer, encoding, errors, newline, line_buffering, write_through] = parse_args(
        "TextIOWrapper",
        &a[1..],
        kw,
        [
            "buffer",
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        6,
        1,
    )?;
    {
        let t = data::<TextIO>(s)?;
        t.ok = false;
        t.detached = false;
    }
    let encoding = str_or_none_arg(encoding, "encoding")?;
    let errors = str_or_none_arg(errors, "errors")?;
    if !newline.is_null() && newline != none() && !is_str(newline) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "TextIOWrapper() argument 'newline' must be str or None, not {}",
            type_name_of(newline)
        )));
    }
    let newline = newline_arg(newline, "", false)?;
    let line_buffering = flag_arg(line_buffering, false)?;
    let write_through = flag_arg(write_through, false)?;
    let readable = ops::truthy(ops::call_method(buffer, "readable", &[])?)?;
    let writable = ops::truthy(ops::call_method(buffer, "writable", &[])?)?;
    let seekable = ops::truthy(ops::call_method(buffer, "seekable", &[])?)?;
    let has_read1 = ops::getattr_opt(buffer, ferrite_runtime::intern::intern("read1"))?.is_some();
    {
        let t = data::<TextIO>(s)?;
        t.buffer = buffer;
        t.mode = Value::NULL;
        t.seekable = seekable;
        t.telling = seekable;
        t.has_read1 = has_read1;
        t.decoded.clear();
        t.used = 0;
        t.snapshot = None;
        t.pending.clear();
        if let Some(o) = native_object(s) {
            ferrite_runtime::object::write_barrier(o);
        }
    }
    configure(
        s,
        encoding,
        errors,
        newline,
        line_buffering,
        write_through,
        readable,
        writable,
    )?;
    // appending to a non-empty stream: no byte order mark
    if seekable && writable {
        let pos = ops::call_method(buffer, "tell", &[])?;
        if !ferrite_runtime::objects::int::int_is_zero(pos) {
            if let Some(e) = data::<TextIO>(s)?.enc.as_mut() {
                e.bom_done = true;
            }
        }
    }
    data::<TextIO>(s)?.ok = true;
    if writable {
        register_writer(s)?;
    }
    Ok(none())
}

// ---- writing

/// Passes pending encoded text to the buffer.
fn flush_pending(s: Value) -> PyResult<()> {
    let t = tio_raw(s)?;
    if t.pending.is_empty() {
        return Ok(());
    }
    let buffer = t.buffer;
    let p = std::mem::take(&mut t.pending);
    let b = new_bytes(&p);
    ops::call_method(buffer, "write", &[b])?;
    Ok(())
}

fn tio_write(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("write", &a[1..], kw, 1, 1)?;
    let s = a[0];
    let x = a[1];
    tio(s)?;
    if !is_str(x) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "write() argument must be str, not {}",
            type_name_of(x)
        )));
    }
    let t = tio(s)?;
    if t.enc.is_none() {
        return Err(unsupported("not writable"));
    }
    let text = str_of(x);
    let n = str_char_len(x);
    let haslf = (t.writetranslate || t.line_buffering) && text.contains('\n');
    let translated;
    let text: &str = if haslf && t.writetranslate && t.writenl != "\n" {
        translated = text.replace('\n', t.writenl);
        &translated
    } else {
        text
    };
    let needflush = t.line_buffering && (haslf || text.contains('\r'));
    let buffer = t.buffer;
    // reading state is dropped
    if !t.decoded.is_empty() || t.snapshot.is_some() {
        t.decoded.clear();
        t.used = 0;
        t.snapshot = None;
        if let Some(d) = t.dec.as_mut() {
            d.pending.clear();
            d.codec = t.codec;
        }
        if let Some(nl) = t.nl.as_mut() {
            nl.pendingcr = false;
        }
    }
    let fast = is_exact(s, T::TextIOWrapper) && t.pending.is_empty();
    let mut encoded = Vec::new();
    let enc = t.enc.as_mut().expect("checked above");
    let direct = fast && matches!(enc.codec, Codec::Utf8) && (!enc.sig || enc.bom_done);
    if direct {
        if buffered::fast_write(buffer, text.as_bytes())? {
            return finish_write(s, n, needflush);
        }
    } else {
        enc.encode_into(text, &mut encoded)?;
    }
    if fast && !direct && buffered::fast_write(buffer, &encoded)? {
        return finish_write(s, n, needflush);
    }
    let t = tio_raw(s)?;
    if direct {
        t.pending.extend_from_slice(text.as_bytes());
    } else {
        t.pending.extend_from_slice(&encoded);
    }
    if t.pending.len() > t.chunk_size || t.write_through || needflush {
        flush_pending(s)?;
    }
    finish_write(s, n, needflush)
}

fn finish_write(s: Value, n: usize, needflush: bool) -> PyResult<Value> {
    let t = tio_raw(s)?;
    if t.write_through && t.pending.is_empty() && !needflush {
        // write_through: the buffer gets the data now (ours holds it until flushed)
        let buffer = t.buffer;
        if is_exact(buffer, T::BufferedWriter) || is_exact(buffer, T::BufferedRandom) {
            ops::call_method(buffer, "flush", &[])?;
        }
    }
    if needflush {
        flush_pending(s)?;
        let buffer = tio_raw(s)?.buffer;
        ops::call_method(buffer, "flush", &[])?;
    }
    Ok(new_int(n as i64))
}

// ---- reading

/// Reads and decodes one chunk into `decoded`; false at end of file.
fn read_chunk(s: Value, size_hint: usize) -> PyResult<bool> {
    let t = tio_raw(s)?;
    if t.dec.is_none() {
        return Err(unsupported("not readable"));
    }
    let buffer = t.buffer;
    let size = t.chunk_size.max(size_hint);
    let method = if t.has_read1 { "read1" } else { "read" };
    let chunk = ops::call_method(buffer, method, &[new_int(size as i64)])?;
    let t = tio_raw(s)?;
    if chunk == none() {
        return Ok(true);
    }
    if !is_bytes(chunk) && !ferrite_runtime::methods::bytes::is_bytes_like(chunk) {
        return Err(ferrite_runtime::errors::type_error(format!(
            "underlying {method}() should have returned a bytes-like object, not '{}'",
            type_name_of(chunk)
        )));
    }
    let input = bytes_data(chunk);
    let eof = input.is_empty();
    let dec = t.dec.as_mut().expect("checked above");
    let pcr_before = t.nl.as_ref().is_some_and(|n| n.pendingcr);
    let mut fed = std::mem::take(&mut dec.pending);
    fed.extend_from_slice(input);
    let text = dec.decode(&fed, eof)?;
    let text = match t.nl.as_mut() {
        Some(nl) => nl.decode(&text, eof),
        None => text,
    };
    t.decoded = text;
    t.used = 0;
    t.snapshot = Some((pcr_before, fed));
    Ok(!eof)
}

fn take_decoded(t: &mut TextIO, nbytes: usize) -> &str {
    let start = t.used;
    let end = start.saturating_add(nbytes).min(t.decoded.len());
    t.used = end;
    &t.decoded[start..end]
}

/// Byte length of the first `n` chars of `s` (or all of it).
fn chars_prefix(s: &str, n: usize) -> usize {
    if s.is_ascii() {
        return n.min(s.len());
    }
    s.char_indices().nth(n).map(|(i, _)| i).unwrap_or(s.len())
}

fn check_readable(s: Value) -> PyResult<()> {
    let t = tio(s)?;
    if t.dec.is_none() {
        return Err(unsupported("not readable"));
    }
    if !t.pending.is_empty() {
        flush_pending(s)?;
    }
    Ok(())
}

fn tio_read(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("read", &a[1..], kw, 0, 1)?;
    let s = a[0];
    let n = size_arg(a.get(1).copied().unwrap_or(Value::NULL))?;
    check_readable(s)?;
    if n < 0 {
        let t = tio_raw(s)?;
        let buffer = t.buffer;
        let rest = match buffered::fast_read_all(buffer)? {
            Some(b) => b,
            None => ops::call_method(buffer, "read", &[])?,
        };
        if rest != none() && !ferrite_runtime::methods::bytes::is_bytes_like(rest) {
            return Err(ferrite_runtime::errors::type_error(format!(
                "underlying read() should have returned a bytes object, not '{}'",
                type_name_of(rest)
            )));
        }
        let t = tio_raw(s)?;
        let input: &[u8] = if rest == none() {
            b""
        } else {
            bytes_data(rest)
        };
        let dec = t.dec.as_mut().expect("checked readable");
        let text = dec.decode(input, true)?;
        let text = match t.nl.as_mut() {
            Some(nl) => nl.decode(&text, true),
            None => text,
        };
        let mut out = String::with_capacity(t.decoded.len() - t.used + text.len());
        out.push_str(&t.decoded[t.used..]);
        out.push_str(&text);
        t.decoded.clear();
        t.used = 0;
        t.snapshot = None;
        return Ok(new_str(&out));
    }
    let n = n as usize;
    let mut out = String::new();
    let mut got = 0usize;
    loop {
        let t = tio_raw(s)?;
        let avail = &t.decoded[t.used..];
        let k = chars_prefix(avail, n - got);
        let piece = take_decoded(t, k);
        got += if piece.is_ascii() {
            piece.len()
        } else {
            piece.chars().count()
        };
        out.push_str(piece);
        if got >= n {
            break;
        }
        if !read_chunk(s, n - got)? {
            let t = tio_raw(s)?;
            let rest = take_decoded(t, usize::MAX);
            out.push_str(rest);
            break;
        }
    }
    Ok(new_str(&out))
}

/// Where the first line ending in `line[start..]` ends, per the newline mode; `Err(start)`
/// says where to resume searching once more text is appended.
fn find_line_end(t: &TextIO, line: &str, start: usize) -> Result<usize, usize> {
    let b = line.as_bytes();
    if t.readtranslate {
        return match b[start..].iter().position(|&c| c == b'\n') {
            Some(i) => Ok(start + i + 1),
            None => Err(b.len()),
        };
    }
    if t.readuniversal {
        for i in start..b.len() {
            match b[i] {
                b'\n' => return Ok(i + 1),
                b'\r' => {
                    if i + 1 == b.len() {
                        return Err(i);
                    }
                    return Ok(if b[i + 1] == b'\n' { i + 2 } else { i + 1 });
                }
                _ => {}
            }
        }
        return Err(b.len());
    }
    let nl = t.readnl.unwrap_or("\n").as_bytes();
    if let Some(i) = b[start..].windows(nl.len()).position(|w| w == nl) {
        return Ok(start + i + nl.len());
    }
    Err(b.len().saturating_sub(nl.len() - 1).max(start))
}

fn readline_impl(s: Value, limit: i64) -> PyResult<String> {
    check_readable(s)?;
    let mut line = {
        let t = tio_raw(s)?;
        take_decoded(t, usize::MAX).to_string()
    };
    let mut start = 0;
    let endpos;
    loop {
        let t = tio_raw(s)?;
        match find_line_end(t, &line, start) {
            Ok(e) => {
                endpos = e;
                break;
            }
            Err(resume) => start = resume,
        }
        if limit >= 0 && chars_prefix(&line, limit as usize) < line.len() {
            endpos = line.len();
            break;
        }
        if limit >= 0 && line.chars().count() >= limit as usize {
            endpos = line.len();
            break;
        }
        let mut more = false;
        loop {
            let r = read_chunk(s, 0)?;
            if !tio_raw(s)?.decoded.is_empty() {
                more = true;
                break;
            }
            if !r {
                break;
            }
        }
        let t = tio_raw(s)?;
        if more {
            let piece = take_decoded(t, usize::MAX);
            line.push_str(piece);
        } else {
            t.decoded.clear();
            t.used = 0;
            t.snapshot = None;
            return Ok(line);
        }
    }
    let mut endpos = endpos;
    if limit >= 0 {
        endpos = endpos.min(chars_prefix(&line, limit as usize));
    }
    // give back what follows the line
    let extra = line.len() - endpos;
    let t = tio_raw(s)?;
    t.used -= extra;
    line.truncate(endpos);
    Ok(line)
}

fn tio_readline(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("readline", &a[1..], kw, 0, 1)?;
    let limit = match a.get(1) {
        Some(&v) if v != none() => {
            if !ferrite_runtime::objects::int::is_int(v)
                && ferrite_runtime::types::lookup(type_of(v), "__index__").is_none()
            {
                return Err(ferrite_runtime::errors::type_error(format!(
                    "'{}' object cannot be interpreted as an integer",
                    type_name_of(v)
                )));
            }
            ops::index_value(v)?
        }
        _ => -1,
    };
    let line = readline_impl(a[0], limit)?;
    Ok(new_str(&line))
}

fn tio_next(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    tio_raw(s)?.telling = false;
    let line = if is_exact(s, T::TextIOWrapper) {
        new_str(&readline_impl(s, -1)?)
    } else {
        let l = ops::call_method(s, "readline", &[])?;
        if !is_str(l) {
            return Err(ferrite_runtime::errors::type_error(format!(
                "readline() should have returned a str object, not '{}'",
                type_name_of(l)
            )));
        }
        l
    };
    if ops::len(line)? == 0 {
        let t = tio_raw(s)?;
        t.snapshot = None;
        t.telling = t.seekable;
        return Err(ferrite_runtime::errors::stop_iteration(Value::NULL));
    }
    Ok(line)
}

// ---- positioning

fn reset_decoder(t: &mut TextIO, pendingcr: bool, at_start: bool) {
    if let Some(d) = t.dec.as_mut() {
        d.pending.clear();
        if at_start {
            d.codec = t.codec;
        }
        d.sig = at_start && t.sig;
    }
    if let Some(nl) = t.nl.as_mut() {
        nl.pendingcr = pendingcr;
    }
    t.decoded.clear();
    t.used = 0;
    t.snapshot = None;
}

/// Byte length of each char of `text` as `codec` encodes it (None if not a fixed mapping).
fn char_byte_len(codec: Codec, c: char) -> usize {
    match codec {
        Codec::Utf8 => c.len_utf8(),
        Codec::Ascii | Codec::Latin1 => 1,
        Codec::Utf16(_) => 2 * c.len_utf16(),
        Codec::Utf32(_) => 4,
    }
}

/// The exact byte offset (from the snapshot start) at which `skip` decoded chars end with a
/// clean decoder state, if there is one.
fn clean_offset(
    t: &TextIO,
    pcr_before: bool,
    input: &[u8],
    skip: usize,
    start: i64,
) -> Option<usize> {
    let cur = t.dec.as_ref()?;
    let native = |c: Codec| {
        matches!(
            c,
            Codec::Utf16(Endian::Native) | Codec::Utf32(Endian::Native)
        )
    };
    if native(cur.codec) {
        return None;
    }
    // the first chunk of a utf-16/utf-32 stream starts with its byte order mark
    let mut bom = 0;
    if t.sig && start == 0 && input.starts_with(&[0xef, 0xbb, 0xbf]) {
        bom = 3;
    } else if native(t.codec) && start == 0 {
        let mark: &[u8] = match cur.codec {
            Codec::Utf16(Endian::Be) => &[0xfe, 0xff],
            Codec::Utf16(_) => &[0xff, 0xfe],
            Codec::Utf32(Endian::Be) => &[0, 0, 0xfe, 0xff],
            _ => &[0xff, 0xfe, 0, 0],
        };
        if input.starts_with(mark) {
            bom = mark.len();
        }
    }
    let body = &input[bom..input.len().checked_sub(cur.pending.len())?.max(bom)];
    let mut dec = ByteDecoder::new(cur.codec, "strict");
    let text = dec.decode(body, false).ok()?;
    if !dec.pending.is_empty() {
        return None;
    }
    let codec = dec.codec;
    let universal = t.nl.is_some();
    let translate = t.nl.as_ref().is_some_and(|n| n.translate);
    let mut out = 0usize;
    let mut bytes = bom;
    let mut pcr = pcr_before && universal;
    let mut chars = text.chars().peekable();
    loop {
        if out == skip && !pcr {
            return Some(bytes);
        }
        if out > skip {
            return None;
        }
        let c = chars.next()?;
        let bl = char_byte_len(codec, c);
        if pcr {
            pcr = false;
            if translate && c == '\n' {
                out += 1;
                bytes += bl;
                continue;
            }
            out += 1;
            if out == skip {
                // the held '\r' ends exactly here: clean only if c starts fresh
                if c != '\r' || !translate {
                    return Some(bytes);
                }
            }
        }
        if c == '\r' && universal {
            if translate {
                pcr = true;
                bytes += bl;
                continue;
            }
            out += 1;
            bytes += bl;
            continue;
        }
        out += 1;
        bytes += bl;
    }
}

fn tio_tell(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("tell", &a[1..], kw, 0, 0)?;
    let s = a[0];
    let t = tio(s)?;
    if !t.seekable {
        return Err(unsupported("underlying stream is not seekable"));
    }
    if !t.telling {
        return Err(new_exc(
            Exc::OSError,
            "telling position disabled by next() call",
        ));
    }
    let buffer = t.buffer;
    flush_pending(s)?;
    ops::call_method(s, "flush", &[])?;
    let pos = ops::call_method(buffer, "tell", &[])?;
    let pos = ops::index_value(pos)?;
    let t = tio_raw(s)?;
    let Some((pcr_before, input)) = t.snapshot.as_ref() else {
        return Ok(new_int(pos));
    };
    let start = pos - input.len() as i64;
    let skip = t.decoded[..t.used].chars().count();
    if skip == 0 && !pcr_before {
        return Ok(new_int(start));
    }
    if let Some(off) = clean_offset(t, *pcr_before, input, skip, start) {
        return Ok(new_int(start + off as i64));
    }
    let cookie = BigInt::from(start)
        + (BigInt::from(*pcr_before as u8) << 64u32)
        + (BigInt::from(skip) << 65u32);
    Ok(ferrite_runtime::objects::int::new_big(cookie))
}

fn tio_seek(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("seek", &a[1..], kw, 1, 2)?;
    let s = a[0];
    let cookie = a[1];
    let whence = if a.len() > 2 {
        ops::index_value(a[2])?
    } else {
        0
    };
    let t = tio(s)?;
    if !t.seekable {
        return Err(unsupported("underlying stream is not seekable"));
    }
    let cookie = ops::index(cookie)?;
    let cookie_big = ferrite_runtime::objects::int::int_to_big(cookie);
    let buffer = t.buffer;
    match whence {
        1 => {
            if !cookie_big.is_zero() {
                return Err(unsupported("can't do nonzero cur-relative seeks"));
            }
            let here = ops::call_method(s, "tell", &[])?;
            return tio_seek(&[s, here], &[]);
        }
        2 => {
            if !cookie_big.is_zero() {
                return Err(unsupported("can't do nonzero end-relative seeks"));
            }
            ops::call_method(s, "flush", &[])?;
            let t = tio_raw(s)?;
            reset_decoder(t, false, false);
            let r = ops::call_method(buffer, "seek", &[new_int(0), new_int(2)])?;
            if let Some(e) = tio_raw(s)?.enc.as_mut() {
                e.bom_done = true;
            }
            return Ok(r);
        }
        0 => {}
        _ => {
            return Err(value_error(format!(
                "invalid whence ({whence}, should be 0, 1 or 2)"
            )))
        }
    }
    if cookie_big < BigInt::zero() {
        return Err(value_error(format!("negative seek position {cookie_big}")));
    }
    ops::call_method(s, "flush", &[])?;
    let mask = (BigInt::from(1) << 64u32) - 1;
    let start = (&cookie_big & &mask).to_i64().unwrap_or(i64::MAX);
    let pcr = ((&cookie_big >> 64u32) & BigInt::from(1)) == BigInt::from(1);
    let skip = (&cookie_big >> 65u32).to_usize().unwrap_or(usize::MAX);
    ops::call_method(buffer, "seek", &[new_int(start)])?;
    let t = tio_raw(s)?;
    reset_decoder(t, pcr, start == 0);
    if let Some(e) = t.enc.as_mut() {
        e.bom_done = start != 0;
    }
    if skip > 0 {
        let mut left = skip;
        loop {
            let more = read_chunk(s, 0)?;
            let t = tio_raw(s)?;
            let avail = &t.decoded[t.used..];
            let k = chars_prefix(avail, left);
            let n = avail[..k].chars().count();
            t.used += k;
            left -= n;
            if left == 0 {
                break;
            }
            if !more {
                return Err(new_exc(Exc::OSError, "can't restore logical file position"));
            }
        }
    }
    Ok(cookie)
}

fn tio_truncate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("truncate", &a[1..], kw, 0, 1)?;
    let s = a[0];
    let buffer = tio(s)?.buffer;
    ops::call_method(s, "flush", &[])?;
    let pos = match a.get(1) {
        Some(&p) if p != none() => p,
        _ => ops::call_method(s, "tell", &[])?,
    };
    ops::call_method(buffer, "truncate", &[pos])
}

// ---- the rest

fn tio_flush(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("flush", &a[1..], kw, 0, 0)?;
    let s = a[0];
    let t = tio(s)?;
    t.telling = t.seekable;
    let buffer = t.buffer;
    flush_pending(s)?;
    ops::call_method(buffer, "flush", &[])
}

fn tio_close(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("close", &a[1..], kw, 0, 0)?;
    let s = a[0];
    let buffer = tio_raw(s)?.buffer;
    if is_closed_fast(s, buffer)? {
        return Ok(none());
    }
    let flushed = ops::call_method(s, "flush", &[]);
    let closed = ops::call_method(buffer, "close", &[]);
    match (flushed, closed) {
        (Err(e), Err(e2)) => {
            ferrite_runtime::errors::exc_obj(e2.0).context = e.0;
            ferrite_runtime::object::write_barrier(e2.0);
            Err(e2)
        }
        (Err(e), _) | (_, Err(e)) => Err(e),
        _ => Ok(none()),
    }
}

fn tio_detach(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("detach", &a[1..], kw, 0, 0)?;
    let s = a[0];
    tio_raw(s)?;
    ops::call_method(s, "flush", &[])?;
    let t = tio_raw(s)?;
    let b = t.buffer;
    t.buffer = Value::NULL;
    t.ok = false;
    t.detached = true;
    Ok(b)
}

fn delegate(a: &[Value], kw: &[Value], name: &'static str) -> PyResult<Value> {
    check(name, &a[1..], kw, 0, 0)?;
    let buffer = tio_raw(a[0])?.buffer;
    ops::call_method(buffer, name, &[])
}
fn tio_fileno(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "fileno")
}
fn tio_isatty(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "isatty")
}
fn tio_readable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "readable")
}
fn tio_writable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    delegate(a, kw, "writable")
}
fn tio_seekable(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("seekable", &a[1..], kw, 0, 0)?;
    let t = tio(a[0])?;
    Ok(py_bool(t.seekable))
}

fn tio_reconfigure(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let [encoding, errors, newline, line_buffering, write_through] = parse_args(
        "reconfigure",
        &a[1..],
        kw,
        [
            "encoding",
            "errors",
            "newline",
            "line_buffering",
            "write_through",
        ],
        0,
        0,
    )?;
    let t = tio(s)?;
    let has_read = !t.decoded.is_empty() || t.snapshot.is_some();
    if has_read && (!encoding.is_null() || !errors.is_null() || !newline.is_null()) {
        if !encoding.is_null() && encoding != none() {
            return Err(unsupported(
                "It is not possible to set the encoding or newline of stream after the first read",
            ));
        }
        if !newline.is_null() {
            return Err(unsupported(
                "It is not possible to set the encoding or newline of stream after the first read",
            ));
        }
    }
    let encoding = if encoding.is_null() {
        Value::NULL
    } else {
        str_or_none_arg(encoding, "encoding").map_err(|_| {
            ferrite_runtime::errors::type_error(format!(
                "reconfigure() argument 'encoding' must be str or None, not {}",
                type_name_of(encoding)
            ))
        })?
    };
    let errors = if errors.is_null() {
        Value::NULL
    } else {
        str_or_none_arg(errors, "errors").map_err(|_| {
            ferrite_runtime::errors::type_error(format!(
                "reconfigure() argument 'errors' must be str or None, not {}",
                type_name_of(errors)
            ))
        })?
    };
    let t = tio(s)?;
    let cur_newline: Option<&'static str> = if t.readtranslate {
        None
    } else if t.readuniversal {
        Some("")
    } else {
        t.readnl
    };
    let new_newline = if newline.is_null() {
        cur_newline
    } else {
        newline_arg(newline, "", false)?
    };
    // a new encoding without errors resets errors to strict
    let (enc_v, err_v) = match (encoding.is_null(), errors.is_null()) {
        (true, true) => (t.encoding, t.errors),
        (true, false) => (t.encoding, errors),
        (false, true) => (encoding, none()),
        (false, false) => (encoding, errors),
    };
    let enc_v = if enc_v == none() { none() } else { enc_v };
    let lb = if line_buffering.is_null() || line_buffering == none() {
        t.line_buffering
    } else {
        ops::truthy(line_buffering)?
    };
    let wt = if write_through.is_null() || write_through == none() {
        t.write_through
    } else {
        ops::truthy(write_through)?
    };
    ops::call_method(s, "flush", &[])?;
    let t = tio_raw(s)?;
    let (readable, writable) = (t.dec.is_some(), t.enc.is_some());
    let bom_done = t.enc.as_ref().is_some_and(|e| e.bom_done);
    let keep_dec = t.dec.clone();
    let keep_nl = t.nl.clone();
    let same_codec = encoding.is_null() && errors.is_null() && newline.is_null();
    configure(s, enc_v, err_v, new_newline, lb, wt, readable, writable)?;
    let t = tio_raw(s)?;
    if same_codec {
        t.dec = keep_dec;
        t.nl = keep_nl;
    }
    if let Some(e) = t.enc.as_mut() {
        e.bom_done = bom_done;
    }
    Ok(none())
}

fn tio_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let tname = format!(
        "{}.{}",
        ops::str_string(ops::getattr_str(type_of(s), "__module__")?)?,
        type_name_of(s)
    );
    let t = data::<TextIO>(s)?;
    if !t.ok && !t.detached {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    let r = ops::repr_guard(s, || -> PyResult<String> {
        let mut out = format!("<{tname}");
        match ops::getattr_opt(s, ferrite_runtime::intern::intern("name")) {
            Ok(Some(n)) => out.push_str(&format!(" name={}", ops::repr_string(n)?)),
            Ok(None) => {}
            Err(e) => {
                if !(ferrite_runtime::errors::exc_matches(e.0, exc_type(Exc::ValueError))
                    || ferrite_runtime::errors::exc_matches(e.0, exc_type(Exc::AttributeError)))
                {
                    return Err(e);
                }
            }
        }
        let t = data::<TextIO>(s)?;
        let mode = t.mode;
        if !mode.is_null() {
            out.push_str(&format!(" mode={}", ops::repr_string(mode)?));
        }
        let enc = data::<TextIO>(s)?.encoding;
        out.push_str(&format!(" encoding={}>", ops::repr_string(enc)?));
        Ok(out)
    });
    match r {
        Some(r) => Ok(new_str(&r?)),
        None => Err(ferrite_runtime::errors::runtime_error(format!(
            "reentrant call inside {tname}.__repr__"
        ))),
    }
}

fn tio_getstate(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Err(ferrite_runtime::errors::type_error(format!(
        "cannot pickle '{}' instances",
        type_name_of(a[0])
    )))
}

fn tio_encoding(v: Value) -> PyResult<Value> {
    let t = data::<TextIO>(v)?;
    if t.encoding.is_null() {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok(t.encoding)
}
fn tio_errors(v: Value) -> PyResult<Value> {
    let t = data::<TextIO>(v)?;
    if t.errors.is_null() {
        return Err(value_error("I/O operation on uninitialized object"));
    }
    Ok(t.errors)
}
fn tio_buffer(v: Value) -> PyResult<Value> {
    let t = data::<TextIO>(v)?;
    if t.detached {
        return Ok(none());
    }
    Ok(tio_raw(v)?.buffer)
}
fn tio_line_buffering(v: Value) -> PyResult<Value> {
    Ok(py_bool(tio_raw(v)?.line_buffering))
}
fn tio_write_through(v: Value) -> PyResult<Value> {
    Ok(py_bool(tio_raw(v)?.write_through))
}
fn tio_closed(v: Value) -> PyResult<Value> {
    let buffer = tio_raw(v)?.buffer;
    ops::getattr_str(buffer, "closed")
}
fn tio_name(v: Value) -> PyResult<Value> {
    let buffer = tio_raw(v)?.buffer;
    ops::getattr_str(buffer, "name")
}
fn tio_newlines(v: Value) -> PyResult<Value> {
    let t = tio_raw(v)?;
    Ok(match &t.nl {
        Some(nl) => newlines_value(nl.seennl),
        None => none(),
    })
}
fn tio_mode_get(v: Value) -> PyResult<Value> {
    let m = data::<TextIO>(v)?.mode;
    if m.is_null() {
        return Err(ferrite_runtime::errors::attribute_error(format!(
            "'{}' object has no attribute 'mode'",
            type_name_of(v)
        )));
    }
    Ok(m)
}
fn tio_mode_set(v: Value, x: Value) -> PyResult<()> {
    data::<TextIO>(v)?.mode = x;
    if let Some(o) = native_object(v) {
        ferrite_runtime::object::write_barrier(o);
    }
    Ok(())
}
fn tio_chunk_get(v: Value) -> PyResult<Value> {
    Ok(new_int(tio_raw(v)?.chunk_size as i64))
}
fn tio_chunk_set(v: Value, x: Value) -> PyResult<()> {
    let n = ops::index_value(x)?;
    if n <= 0 {
        return Err(value_error("a strictly positive integer is required"));
    }
    tio_raw(v)?.chunk_size = n as usize;
    Ok(())
}

pub(crate) fn init_types(t: Value, d: Value) {
    def_new(t, tio_new);
    defs(
        t,
        &[
            ("__init__", tio_init),
            ("write", tio_write),
            ("read", tio_read),
            ("readline", tio_readline),
            ("__next__", tio_next),
            ("tell", tio_tell),
            ("seek", tio_seek),
            ("truncate", tio_truncate),
            ("flush", tio_flush),
            ("close", tio_close),
            ("detach", tio_detach),
            ("fileno", tio_fileno),
            ("isatty", tio_isatty),
            ("readable", tio_readable),
            ("writable", tio_writable),
            ("seekable", tio_seekable),
            ("reconfigure", tio_reconfigure),
            ("__repr__", tio_repr),
            ("__getstate__", tio_getstate),
        ],
    );
    getset(t, "encoding", tio_encoding);
    getset(t, "errors", tio_errors);
    getset(t, "buffer", tio_buffer);
    getset(t, "line_buffering", tio_line_buffering);
    getset(t, "write_through", tio_write_through);
    getset(t, "closed", tio_closed);
    getset(t, "name", tio_name);
    getset(t, "newlines", tio_newlines);
    getset_rw(t, "mode", tio_mode_get, tio_mode_set);
    getset_rw(t, "_CHUNK_SIZE", tio_chunk_get, tio_chunk_set);

    def_new(d, nld_new);
    defs(
        d,
        &[
            ("__init__", nld_init),
            ("decode", nld_decode),
            ("getstate", nld_getstate),
            ("setstate", nld_setstate),
            ("reset", nld_reset),
        ],
    );
    getset(d, "newlines", nld_newlines);
}
