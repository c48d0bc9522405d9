//! The `_random` module: `Random`, the Mersenne Twister (MT19937) generator under `random.py`,
//! bit-for-bit as CPython's: the same seeding (init_by_array over the 32-bit words of
//! abs(seed)), the same 53-bit floats and getrandbits words, the same 625-tuple state.

use ferrite_runtime::errors::{new_exc, type_error, value_error, Exc, PyResult};
use ferrite_runtime::methods::numbers::is_int_v;
use ferrite_runtime::methods::{def, def_new};
use ferrite_runtime::object::{none, type_of};
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::float::new_float;
use ferrite_runtime::objects::int::{new_big, new_int};
use ferrite_runtime::objects::native::{native_mut, new_native_for, new_native_type, NativeData};
use ferrite_runtime::objects::tuple::{new_tuple_uninit, tuple_items, tuple_items_mut, tuple_len};
use ferrite_runtime::types::lookup;
use ferrite_runtime::Value;
use num_bigint::{BigInt, BigUint, Sign};
use num_traits::{Signed, ToPrimitive};
use std::sync::OnceLock;

const N: usize = 624;
const M: usize = 397;
const MATRIX_A: u32 = 0x9908_b0df;
const UPPER_MASK: u32 = 0x8000_0000;
const LOWER_MASK: u32 = 0x7fff_ffff;

pub struct Mt {
    state: [u32; N],
    index: usize,
}

impl NativeData for Mt {}

impl Mt {
    fn new() -> Mt {
        Mt {
            state: [0; N],
            index: 0,
        }
    }

    fn init_genrand(&mut self, s: u32) {
        let mt = &mut self.state;
        mt[0] = s;
        for i in 1..N {
            mt[i] = 1_812_433_253u32
                .wrapping_mul(mt[i - 1] ^ (mt[i - 1] >> 30))
                .wrapping_add(i as u32);
        }
        self.index = N;
    }

    fn init_by_array(&mut self, key: &[u32]) {
        self.init_genrand(19_650_218);
        let mt = &mut self.state;
        let (mut i, mut j) = (1usize, 0usize);
        let mut k = N.max(key.len());
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_664_525))
                .wrapping_add(key[j])
                .wrapping_add(j as u32);
            i += 1;
            j += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            if j >= key.len() {
                j = 0;
            }
            k -= 1;
        }
        k = N - 1;
        while k > 0 {
            mt[i] = (mt[i] ^ (mt[i - 1] ^ (mt[i - 1] >> 30)).wrapping_mul(1_566_083_941))
                .wrapping_sub(i as u32);
            i += 1;
            if i >= N {
                mt[0] = mt[N - 1];
                i = 1;
            }
            k -= 1;
        }
        mt[0] = 0x8000_0000;
    }

    fn genrand_u32(&mut self) -> u32 {
        if self.index >= N {
            let mt = &mut self.state;
            let mag = |y: u32| if y & 1 == 1 { MATRIX_A } else { 0 };
            for kk in 0..N - M {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M] ^ (y >> 1) ^ mag(y);
            }
            for kk in N - M..N - 1 {
                let y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
                mt[kk] = mt[kk + M - N] ^ (y >> 1) ^ mag(y);
            }
            let y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
            mt[N - 1] = mt[M - 1] ^ (y >> 1) ^ mag(y);
            self.index = 0;
        }
        let mut y = self.state[self.index];
        self.index += 1;
        y ^= y >> 11;
        y ^= (y << 7) & 0x9d2c_5680;
        y ^= (y << 15) & 0xefc6_0000;
        y ^ (y >> 18)
    }

    fn random(&mut self) -> f64 {
        let a = self.genrand_u32() >> 5;
        let b = self.genrand_u32() >> 6;
        (a as f64 * 67_108_864.0 + b as f64) * (1.0 / 9_007_199_254_740_992.0)
    }
}

static RANDOM_TYPE: OnceLock<usize> = OnceLock::new();

fn random_type() -> Value {
    Value(*RANDOM_TYPE.get_or_init(|| {
        let t = new_native_type("_random", "Random", Value::NULL, true);
        def_new(t, random_new);
        def(t, "__init__", random_init);
        def(t, "seed", random_seed);
        def(t, "random", random_random);
        def(t, "getrandbits", random_getrandbits);
        def(t, "getstate", random_getstate);
        def(t, "setstate", random_setstate);
        t.0
    }))
}

fn mt_of(v: Value) -> PyResult<&'static mut Mt> {
    native_mut::<Mt>(v).ok_or_else(|| {
        type_error(format!(
            "descriptor for '_random.Random' objects doesn't apply to a '{}' object",
            ferrite_runtime::types::type_name_of(v)
        ))
    })
}

fn method_args(name: &str, a: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "Random.{name}() takes no keyword arguments"
        )));
    }
    let n = a.len() - 1;
    if n >= min && n <= max {
        return Ok(());
    }
    Err(type_error(if min == max && min == 0 {
        format!("Random.{name}() takes no arguments ({n} given)")
    } else if min == max && min == 1 {
        format!("Random.{name}() takes exactly one argument ({n} given)")
    } else {
        format!("{name} expected at most {max} argument, got {n}")
    }))
}

fn random_new(a: &[Value], _kw: &[Value]) -> PyResult<Value> {
    Ok(new_native_for(a[0], random_type(), Mt::new()))
}

fn random_init(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let s = a[0];
    let t = type_of(s);
    let rt = random_type();
    let same_init = t == rt || lookup(t, "__init__") == lookup(rt, "__init__");
    if same_init && !kw.is_empty() {
        return Err(type_error("Random() takes no keyword arguments"));
    }
    let pos = &a[1..a.len() - kw.len()];
    if pos.len() > 1 {
        return Err(type_error("Random() requires 0 or 1 argument"));
    }
    let arg = pos.first().copied().unwrap_or_else(none);
    seed(s, arg)?;
    Ok(none())
}

fn urandom_key() -> Vec<u32> {
    use std::io::Read;
    let mut buf = [0u8; N * 4];
    let ok = std::fs::File::open("/dev/urandom")
        .and_then(|mut f| f.read_exact(&mut buf))
        .is_ok();
    if !ok {
        let t = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        let pid = std::process::id();
        return vec![
            t.as_secs() as u32,
            (t.as_secs() >> 32) as u32,
            t.subsec_nanos(),
            pid,
        ];
    }
    buf.chunks(4)
        .map(|c| u32::from_le_bytes([c[0], c[1], c[2], c[3]]))
        .collect()
}

fn seed(s: Value, arg: Value) -> PyResult<()> {
    let key: Vec<u32> = if arg == none() {
        urandom_key()
    } else {
        let n: BigUint = if is_int_v(arg) {
            crate::util::big_of(arg)
                .abs()
                .to_biguint()
                .unwrap_or_default()
        } else {
            let h = ferrite_runtime::ops::hash(arg)?;
            BigUint::from(h as usize as u64)
        };
        let mut words = n.to_u32_digits();
        if words.is_empty() {
            words.push(0);
        }
        words
    };
    mt_of(s)?.init_by_array(&key);
    Ok(())
}

fn random_seed(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("seed", a, kw, 0, 1)?;
    let arg = a.get(1).copied().unwrap_or_else(none);
    seed(a[0], arg)?;
    Ok(none())
}

fn random_random(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("random", a, kw, 0, 0)?;
    let r = mt_of(a[0])?.random();
    Ok(new_float(r))
}

fn random_getrandbits(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("getrandbits", a, kw, 1, 1)?;
    let kb = crate::util::index_big(a[1])?;
    let k = match kb.to_i32() {
        Some(k) => k,
        None => {
            return Err(new_exc(
                Exc::OverflowError,
                "Python int too large to convert to C int",
            ))
        }
    };
    if k < 0 {
        return Err(value_error("number of bits must be non-negative"));
    }
    let mt = mt_of(a[0])?;
    if k == 0 {
        return Ok(new_int(0));
    }
    if k <= 32 {
        return Ok(new_int((mt.genrand_u32() >> (32 - k)) as i64));
    }
    let words = (k as usize - 1) / 32 + 1;
    let mut out = Vec::with_capacity(words);
    let mut left = k;
    for _ in 0..words {
        let mut r = mt.genrand_u32();
        if left < 32 {
            r >>= 32 - left;
        }
        out.push(r);
        left -= 32;
    }
    Ok(new_big(BigInt::from_biguint(Sign::Plus, BigUint::new(out))))
}

fn random_getstate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("getstate", a, kw, 0, 0)?;
    let mt = mt_of(a[0])?;
    let (state, index) = (mt.state, mt.index);
    let t = new_tuple_uninit(
        ferrite_runtime::object::bt(ferrite_runtime::object::BT::Tuple),
        N + 1,
    );
    for (i, w) in state.iter().enumerate() {
        // small ints: no allocation, so the tuple cannot move under us
        tuple_items_mut(t)[i] = new_int(*w as i64);
    }
    tuple_items_mut(t)[N] = new_int(index as i64);
    Ok(t)
}

fn random_setstate(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    method_args("setstate", a, kw, 1, 1)?;
    let st = a[1];
    let is_tuple = st.is_ptr()
        && ferrite_runtime::types::is_subtype(
            type_of(st),
            ferrite_runtime::object::bt(ferrite_runtime::object::BT::Tuple),
        );
    if !is_tuple {
        return Err(type_error("state vector must be a tuple"));
    }
    let st = ferrite_runtime::methods::builtin_value(st);
    if tuple_len(st) != N + 1 {
        return Err(value_error("state vector is the wrong size"));
    }
    let mut words = [0u32; N];
    for (i, w) in words.iter_mut().enumerate() {
        let v = tuple_items(st)[i];
        if !is_int_v(v) {
            return Err(type_error("an integer is required"));
        }
        let b = crate::util::big_of(v);
        if b.is_negative() {
            return Err(new_exc(
                Exc::OverflowError,
                "can't convert negative value to unsigned int",
            ));
        }
        let Some(u) = b.to_u64() else {
            return Err(new_exc(
                Exc::OverflowError,
                "Python int too large to convert to C unsigned long",
            ));
        };
        *w = u as u32;
    }
    let iv = tuple_items(st)[N];
    let index = crate::util::index_big(iv)?;
    let index = match index.to_i64() {
        Some(i) if (0..=N as i64).contains(&i) => i as usize,
        Some(_) => return Err(value_error("invalid state")),
        None => {
            return Err(new_exc(
                Exc::OverflowError,
                "Python int too large to convert to C long",
            ))
        }
    };
    let mt = mt_of(a[0])?;
    mt.state = words;
    mt.index = index;
    Ok(none())
}

/// Fills a new `_random` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    dict_set_str(d, "Random", random_type());
    Ok(())
}
