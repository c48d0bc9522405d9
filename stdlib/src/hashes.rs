//! The hash modules `hashlib` falls back to without OpenSSL: `_md5`, `_sha1`, `_sha2`,
//! `_sha3` (SHA-3 and SHAKE) and `_blake2`, on the RustCrypto digests (md-5, sha1, sha2,
//! sha3) and our BLAKE2 (`blake2.rs`, which has the salt/person/tree parameters CPython
//! exposes).

use crate::blake2::{Blake2b, Blake2s, Params};
use crate::support::{data, native_type, set_attr, TypeCell};
use crate::util::bind;
use ferrite_runtime::errors::{overflow_error, type_error, value_error, PyResult};
use ferrite_runtime::methods::bytes::new_bytes;
use ferrite_runtime::methods::{def, def_new, getset};
use ferrite_runtime::object::{bt, none, type_of, BT};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::{new_native_for, NativeData};
use ferrite_runtime::objects::str::new_str;
use ferrite_runtime::{ops, Value};
use md5::Digest;
use sha3::digest::{ExtendableOutput, Update as _, XofReader};

#[derive(Clone)]
enum State {
    Md5(md5::Md5),
    Sha1(sha1::Sha1),
    Sha224(sha2::Sha224),
    Sha256(sha2::Sha256),
    Sha384(sha2::Sha384),
    Sha512(sha2::Sha512),
    Sha3_224(sha3::Sha3_224),
    Sha3_256(sha3::Sha3_256),
    Sha3_384(sha3::Sha3_384),
    Sha3_512(sha3::Sha3_512),
    Shake128(sha3::Shake128),
    Shake256(sha3::Shake256),
    B2b(Box<Blake2b>),
    B2s(Box<Blake2s>),
}

pub struct Hash {
    st: State,
    alg: usize,
}
impl NativeData for Hash {}

impl State {
    fn update(&mut self, b: &[u8]) {
        match self {
            State::Md5(h) => Digest::update(h, b),
            State::Sha1(h) => Digest::update(h, b),
            State::Sha224(h) => Digest::update(h, b),
            State::Sha256(h) => Digest::update(h, b),
            State::Sha384(h) => Digest::update(h, b),
            State::Sha512(h) => Digest::update(h, b),
            State::Sha3_224(h) => Digest::update(h, b),
            State::Sha3_256(h) => Digest::update(h, b),
            State::Sha3_384(h) => Digest::update(h, b),
            State::Sha3_512(h) => Digest::update(h, b),
            State::Shake128(h) => h.update(b),
            State::Shake256(h) => h.update(b),
            State::B2b(h) => h.update(b),
            State::B2s(h) => h.update(b),
        }
    }

    /// The digest (`len` bytes for the SHAKEs).
    fn digest(&self, len: usize) -> Vec<u8> {
        fn xof(mut r: impl XofReader, len: usize) -> Vec<u8> {
            let mut out = vec![0u8; len];
            r.read(&mut out);
            out
        }
        match self {
            State::Md5(h) => h.clone().finalize().to_vec(),
            State::Sha1(h) => h.clone().finalize().to_vec(),
            State::Sha224(h) => h.clone().finalize().to_vec(),
            State::Sha256(h) => h.clone().finalize().to_vec(),
            State::Sha384(h) => h.clone().finalize().to_vec(),
            State::Sha512(h) => h.clone().finalize().to_vec(),
            State::Sha3_224(h) => h.clone().finalize().to_vec(),
            State::Sha3_256(h) => h.clone().finalize().to_vec(),
            State::Sha3_384(h) => h.clone().finalize().to_vec(),
            State::Sha3_512(h) => h.clone().finalize().to_vec(),
            State::Shake128(h) => xof(h.clone().finalize_xof(), len),
            State::Shake256(h) => xof(h.clone().finalize_xof(), len),
            State::B2b(h) => h.digest(),
            State::B2s(h) => h.digest(),
        }
    }
}

/// An algorithm: (module, type name, `name` attribute, digest size, block size).
struct Alg {
    module: &'static str,
    tname: &'static str,
    name: &'static str,
    digest_size: usize,
    block_size: usize,
}

const ALGS: &[Alg] = &[
    alg("_md5", "md5", "md5", 16, 64),
    alg("_sha1", "sha1", "sha1", 20, 64),
    alg("_sha2", "SHA224Type", "sha224", 28, 64),
    alg("_sha2", "SHA256Type", "sha256", 32, 64),
    alg("_sha2", "SHA384Type", "sha384", 48, 128),
    alg("_sha2", "SHA512Type", "sha512", 64, 128),
    alg("_sha3", "sha3_224", "sha3_224", 28, 144),
    alg("_sha3", "sha3_256", "sha3_256", 32, 136),
    alg("_sha3", "sha3_384", "sha3_384", 48, 104),
    alg("_sha3", "sha3_512", "sha3_512", 64, 72),
    alg("_sha3", "shake_128", "shake_128", 0, 168),
    alg("_sha3", "shake_256", "shake_256", 0, 136),
    alg("_blake2", "blake2b", "blake2b", 64, 128),
    alg("_blake2", "blake2s", "blake2s", 32, 64),
];
const SHAKE128: usize = 10;
const SHAKE256: usize = 11;
const B2B: usize = 12;
const B2S: usize = 13;

const fn alg(
    module: &'static str,
    tname: &'static str,
    name: &'static str,
    digest_size: usize,
    block_size: usize,
) -> Alg {
    Alg {
        module,
        tname,
        name,
        digest_size,
        block_size,
    }
}

fn new_state(alg: usize) -> State {
    match alg {
        0 => State::Md5(md5::Md5::new()),
        1 => State::Sha1(sha1::Sha1::new()),
        2 => State::Sha224(sha2::Sha224::new()),
        3 => State::Sha256(sha2::Sha256::new()),
        4 => State::Sha384(sha2::Sha384::new()),
        5 => State::Sha512(sha2::Sha512::new()),
        6 => State::Sha3_224(sha3::Sha3_224::new()),
        7 => State::Sha3_256(sha3::Sha3_256::new()),
        8 => State::Sha3_384(sha3::Sha3_384::new()),
        9 => State::Sha3_512(sha3::Sha3_512::new()),
        SHAKE128 => State::Shake128(sha3::Shake128::default()),
        _ => State::Shake256(sha3::Shake256::default()),
    }
}

static TYPES: [TypeCell; 14] = [
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
    TypeCell::new(),
];

fn hash_type(i: usize) -> Value {
    TYPES[i].get_or_init(|| {
        let a = &ALGS[i];
        // the SHA-3 and BLAKE2 types are their own constructors (subclassable); the others
        // are made by module functions
        let is_class = i >= 6;
        let t = native_type(a.module, a.tname, is_class);
        def(t, "update", hash_update);
        def(t, "copy", hash_copy);
        if i == SHAKE128 || i == SHAKE256 {
            def(t, "digest", shake_digest);
            def(t, "hexdigest", shake_hexdigest);
        } else {
            def(t, "digest", hash_digest);
            def(t, "hexdigest", hash_hexdigest);
        }
        getset(t, "name", |v| {
            let h = hash_of(v)?;
            Ok(new_str(ALGS[h.alg].name))
        });
        getset(t, "digest_size", |v| {
            let h = hash_of(v)?;
            let n = match &h.st {
                State::B2b(b) => b.digest().len(),
                State::B2s(b) => b.digest().len(),
                _ => ALGS[h.alg].digest_size,
            };
            Ok(new_int(n as i64))
        });
        getset(t, "block_size", |v| {
            let h = hash_of(v)?;
            Ok(new_int(ALGS[h.alg].block_size as i64))
        });
        if (6..=11).contains(&i) {
            getset(t, "_capacity_bits", |v| {
                let h = hash_of(v)?;
                Ok(new_int(1600 - ALGS[h.alg].block_size as i64 * 8))
            });
            getset(t, "_rate_bits", |v| {
                let h = hash_of(v)?;
                Ok(new_int(ALGS[h.alg].block_size as i64 * 8))
            });
            getset(t, "_suffix", |v| {
                let h = hash_of(v)?;
                Ok(new_bytes(if h.alg >= SHAKE128 { b"\x1f" } else { b"\x06" }))
            });
        }
        match i {
            6..=11 => def_new(t, sha3_new),
            B2B => def_new(t, blake2b_new),
            B2S => def_new(t, blake2s_new),
            _ => {}
        }
        t
    })
}

fn hash_of(v: Value) -> PyResult<&'static mut Hash> {
    data::<Hash>(v, "hash")
}

/// The bytes of a hashed object: bytes-like objects; str is refused as CPython does.
fn data_arg(v: Value) -> PyResult<Vec<u8>> {
    if v.is_ptr() && ferrite_runtime::types::is_subtype(type_of(v), bt(BT::Str)) {
        return Err(type_error("Strings must be encoded before hashing"));
    }
    crate::support::buffer_data(v)?
        .ok_or_else(|| type_error("object supporting the buffer API required"))
}

fn new_hash(cls: Value, alg: usize, st: State) -> Value {
    new_native_for(cls, hash_type(alg), Hash { st, alg })
}

fn hash_update(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("update", a, kw, 1, 1)?;
    hash_of(a[0])?;
    let b = data_arg(a[1])?;
    hash_of(a[0])?.st.update(&b);
    Ok(none())
}

fn hash_copy(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("copy", a, kw, 0, 0)?;
    let h = hash_of(a[0])?;
    let (st, alg) = (h.st.clone(), h.alg);
    Ok(new_hash(type_of(a[0]), alg, st))
}

fn hash_digest(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("digest", a, kw, 0, 0)?;
    Ok(new_bytes(&hash_of(a[0])?.st.digest(0)))
}

fn hex(b: &[u8]) -> String {
    b.iter().map(|x| format!("{x:02x}")).collect()
}

fn hash_hexdigest(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    ferrite_runtime::args::check_method("hexdigest", a, kw, 0, 0)?;
    Ok(new_str(&hex(&hash_of(a[0])?.st.digest(0))))
}

fn shake_len(fname: &str, a: &[Value], kw: &[Value]) -> PyResult<usize> {
    let [l, ..] = bind(fname, &a[1..], kw, &["length"], 0, 1, 1)?;
    if ferrite_runtime::methods::numbers::to_float(l).is_some() {
        return Err(type_error(
            "'float' object cannot be interpreted as an integer",
        ));
    }
    let n = ops::index_value(l)?;
    if n < 0 {
        return Err(value_error("value must be positive"));
    }
    if n >= 1 << 29 {
        return Err(value_error("length is too large"));
    }
    Ok(n as usize)
}

fn shake_digest(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = shake_len("digest", a, kw)?;
    Ok(new_bytes(&hash_of(a[0])?.st.digest(n)))
}

fn shake_hexdigest(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let n = shake_len("hexdigest", a, kw)?;
    Ok(new_str(&hex(&hash_of(a[0])?.st.digest(n))))
}

/// `md5(string=b'', *, usedforsecurity=True)` and the sha1/sha2 constructors.
fn simple_ctor(fname: &str, alg: usize, a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let [s, _u, ..] = bind(fname, a, kw, &["string", "usedforsecurity"], 0, 1, 0)?;
    let mut st = new_state(alg);
    if !s.is_null() && s != none() {
        st.update(&data_arg(s)?);
    }
    Ok(new_hash(hash_type(alg), alg, st))
}

macro_rules! ctor {
    ($f:ident, $name:literal, $i:expr) => {
        fn $f(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            simple_ctor($name, $i, a, kw)
        }
    };
}
ctor!(md5_new, "md5", 0);
ctor!(sha1_new, "sha1", 1);
ctor!(sha224_new, "sha224", 2);
ctor!(sha256_new, "sha256", 3);
ctor!(sha384_new, "sha384", 4);
ctor!(sha512_new, "sha512", 5);

fn alg_of_type(cls: Value) -> usize {
    (6..14)
        .find(|&i| ferrite_runtime::types::is_subtype(cls, hash_type(i)))
        .unwrap_or(6)
}

/// `sha3_256(data=b'', /, *, usedforsecurity=True)` (a type).
fn sha3_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let cls = a[0];
    let alg = alg_of_type(cls);
    let [d, _u, ..] = bind(
        ALGS[alg].tname,
        &a[1..],
        kw,
        &["data", "usedforsecurity"],
        1,
        1,
        0,
    )?;
    let mut st = new_state(alg);
    if !d.is_null() {
        st.update(&data_arg(d)?);
    }
    Ok(new_hash(cls, alg, st))
}

fn blake2b_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    blake2_new(a, kw, true)
}
fn blake2s_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    blake2_new(a, kw, false)
}

const B2_NAMES: [&str; 13] = [
    "data",
    "digest_size",
    "key",
    "salt",
    "person",
    "fanout",
    "depth",
    "leaf_size",
    "node_offset",
    "node_depth",
    "inner_size",
    "last_node",
    "usedforsecurity",
];

fn blake2_new(a: &[Value], kw: &[Value], big: bool) -> PyResult<Value> {
    let cls = a[0];
    let args = &a[1..];
    let fname = if big { "blake2b" } else { "blake2s" };
    let npos = args.len() - kw.len();
    if npos > 1 {
        return Err(type_error(format!(
            "{fname}() takes at most 1 positional argument ({npos} given)"
        )));
    }
    let mut v = [Value::NULL; 13];
    if npos == 1 {
        v[0] = args[0];
    }
    for (i, k) in kw.iter().enumerate() {
        let s = ferrite_runtime::objects::str::str_of(*k);
        match B2_NAMES.iter().position(|n| *n == s) {
            Some(j) if j > 0 => v[j] = args[npos + i],
            _ => {
                return Err(type_error(format!(
                    "'{s}' is an invalid keyword argument for {fname}()"
                )))
            }
        }
    }
    let (max_out, max_salt) = if big { (64usize, 16usize) } else { (32, 8) };
    let int =
        |x: Value, dflt: i64| -> PyResult<i128> {
            if x.is_null() {
                return Ok(dflt as i128);
            }
            if ferrite_runtime::methods::numbers::to_float(x).is_some() {
                return Err(type_error(
                    "'float' object cannot be interpreted as an integer",
                ));
            }
            let b = crate::util::big_of(ops::index(x)?);
            Ok(num_traits::ToPrimitive::to_i128(&b).unwrap_or(
                if b.sign() == num_bigint::Sign::Minus {
                    i128::MIN
                } else {
                    i128::MAX
                },
            ))
        };
    let bytes = |x: Value| -> PyResult<Vec<u8>> {
        if x.is_null() {
            Ok(vec![])
        } else {
            data_arg(x)
        }
    };
    let digest_size = int(v[1], max_out as i64)?;
    if digest_size < 1 || digest_size > max_out as i128 {
        return Err(value_error(format!(
            "digest_size must be between 1 and {max_out} bytes"
        )));
    }
    let key = bytes(v[2])?;
    if key.len() > max_out {
        return Err(value_error(format!(
            "maximum key length is {max_out} bytes"
        )));
    }
    let salt = bytes(v[3])?;
    if salt.len() > max_salt {
        return Err(value_error(format!(
            "maximum salt length is {max_salt} bytes"
        )));
    }
    let person = bytes(v[4])?;
    if person.len() > max_salt {
        return Err(value_error(format!(
            "maximum person length is {max_salt} bytes"
        )));
    }
    let fanout = int(v[5], 1)?;
    if !(0..=255).contains(&fanout) {
        return Err(value_error("fanout must be between 0 and 255"));
    }
    let depth = int(v[6], 1)?;
    if !(1..=255).contains(&depth) {
        return Err(value_error("depth must be between 1 and 255"));
    }
    let leaf_size = int(v[7], 0)?;
    if leaf_size < 0 {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    if leaf_size > u32::MAX as i128 {
        return Err(overflow_error("leaf_size is too large"));
    }
    let node_offset = int(v[8], 0)?;
    if node_offset < 0 {
        return Err(overflow_error("can't convert negative int to unsigned"));
    }
    if (!big && node_offset > 0xFFFF_FFFF_FFFF) || node_offset > u64::MAX as i128 {
        return Err(overflow_error("node_offset is too large"));
    }
    let node_depth = int(v[9], 0)?;
    if !(0..=255).contains(&node_depth) {
        return Err(value_error("node_depth must be between 0 and 255"));
    }
    let inner_size = int(v[10], 0)?;
    if inner_size < 0 || inner_size > max_out as i128 {
        return Err(value_error(format!(
            "inner_size must be between 0 and is {max_out}"
        )));
    }
    let last_node = if v[11].is_null() {
        false
    } else {
        ops::truthy(v[11])?
    };
    let p = Params {
        digest_size: digest_size as usize,
        key,
        salt,
        person,
        fanout: fanout as u8,
        depth: depth as u8,
        leaf_size: leaf_size as u32,
        node_offset: node_offset as u64,
        node_depth: node_depth as u8,
        inner_size: inner_size as u8,
        last_node,
    };
    let (alg, mut st) = if big {
        (B2B, State::B2b(Box::new(Blake2b::new(&p))))
    } else {
        (B2S, State::B2s(Box::new(Blake2s::new(&p))))
    };
    if !v[0].is_null() {
        st.update(&data_arg(v[0])?);
    }
    Ok(new_hash(cls, alg, st))
}

pub fn init_md5(d: Value) -> PyResult<()> {
    hash_type(0);
    dict_set_str(d, "MD5Type", hash_type(0));
    crate::define_functions(d, &[("md5", md5_new)]);
    Ok(())
}

pub fn init_sha1(d: Value) -> PyResult<()> {
    dict_set_str(d, "SHA1Type", hash_type(1));
    crate::define_functions(d, &[("sha1", sha1_new)]);
    Ok(())
}

pub fn init_sha2(d: Value) -> PyResult<()> {
    for (i, a) in ALGS.iter().enumerate().take(6).skip(2) {
        dict_set_str(d, a.tname, hash_type(i));
    }
    crate::define_functions(
        d,
        &[
            ("sha224", sha224_new),
            ("sha256", sha256_new),
            ("sha384", sha384_new),
            ("sha512", sha512_new),
        ],
    );
    Ok(())
}

pub fn init_sha3(d: Value) -> PyResult<()> {
    for (i, a) in ALGS.iter().enumerate().take(12).skip(6) {
        dict_set_str(d, a.tname, hash_type(i));
    }
    dict_set_str(d, "keccakopt", new_int(64));
    dict_set_str(d, "implementation", new_str("RustCrypto sha3"));
    Ok(())
}

pub fn init_blake2(d: Value) -> PyResult<()> {
    for (i, big) in [(B2B, true), (B2S, false)] {
        let t = hash_type(i);
        let (salt, out) = if big { (16, 64) } else { (8, 32) };
        set_attr(t, "SALT_SIZE", new_int(salt));
        set_attr(t, "PERSON_SIZE", new_int(salt));
        set_attr(t, "MAX_KEY_SIZE", new_int(out));
        set_attr(t, "MAX_DIGEST_SIZE", new_int(out));
        dict_set_str(d, ALGS[i].tname, t);
        let up = if big { "BLAKE2B" } else { "BLAKE2S" };
        dict_set_str(d, &format!("{up}_SALT_SIZE"), new_int(salt));
        dict_set_str(d, &format!("{up}_PERSON_SIZE"), new_int(salt));
        dict_set_str(d, &format!("{up}_MAX_KEY_SIZE"), new_int(out));
        dict_set_str(d, &format!("{up}_MAX_DIGEST_SIZE"), new_int(out));
    }
    Ok(())
}
