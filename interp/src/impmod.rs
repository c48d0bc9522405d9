//! The `_imp` module: what importlib's bootstrap asks of the interpreter. Built-in modules are
//! the Rust ones; there are no frozen modules; C extension modules are never loaded
//! (`create_dynamic` raises ImportError naming the module and its file).

use ferrite_runtime::args::check;
use ferrite_runtime::errors::*;
use ferrite_runtime::object::*;
use ferrite_runtime::objects::dict::dict_set_str;
use ferrite_runtime::objects::function::new_builtin_function;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::list::new_list;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::{ops, PyResult, Value};

fn name_of_spec(spec: Value) -> PyResult<String> {
    let n = ops::getattr(spec, ferrite_runtime::intern::intern("name"))?;
    ops::str_string(n)
}

fn imp_is_builtin(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("is_builtin", a, kw, 1, 1)?;
    let n = ops::str_string(a[0])?;
    Ok(new_int(if crate::import::is_builtin(&n) { 1 } else { 0 }))
}
fn imp_create_builtin(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("create_builtin", a, kw, 1, 1)?;
    let n = name_of_spec(a[0])?;
    match crate::import::create_builtin(&n)? {
        Some(m) => Ok(m),
        None => Err(new_exc(
            Exc::ImportError,
            &format!("no built-in module named {n}"),
        )),
    }
}
fn imp_exec_builtin(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("exec_builtin", a, kw, 1, 1)?;
    Ok(new_int(0))
}
fn imp_false(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(py_false())
}
fn imp_none(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(none())
}
fn imp_frozen_missing(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let n = a
        .first()
        .map(|&v| ops::str_string(v))
        .transpose()?
        .unwrap_or_default();
    Err(new_exc(
        Exc::ImportError,
        &format!("No such frozen object named '{n}'"),
    ))
}
fn imp_create_dynamic(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("create_dynamic", a, kw, 1, 2)?;
    let n = name_of_spec(a[0])?;
    let origin = ops::getattr(a[0], ferrite_runtime::intern::intern("origin"))
        .and_then(ops::str_string)
        .unwrap_or_default();
    let e = new_exc(
        Exc::ImportError,
        &format!(
            "ferrite cannot load C extension module '{n}' ({origin}): only pure-Python modules and Ferrite's built-in modules import"
        ),
    );
    exc_obj(e.0).extra1 = new_str(&n);
    Err(e)
}
fn imp_extension_suffixes(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("extension_suffixes", a, kw, 0, 0)?;
    // listed so that FileFinder finds extension modules and create_dynamic can name them
    let l = new_list(&[]);
    for s in [".cpython-312-x86_64-linux-gnu.so", ".abi3.so", ".so"] {
        ferrite_runtime::objects::list::list_push(l, new_str(s));
    }
    Ok(l)
}
/// Points `co_filename` of code `c` and of its nested code objects at `new` where it was `old`
/// (a cached module whose source moved reports its current path, as CPython's
/// update_code_filenames).
fn update_code_filenames(c: Value, old: &str, new: Value) {
    use ferrite_runtime::objects::function::code_obj;
    if str_of(code_obj(c).filename) != old {
        return;
    }
    code_obj(c).filename = new;
    write_barrier(c);
    let n = code_obj(c).consts.len();
    for i in 0..n {
        let k = code_obj(c).consts[i];
        if k.is_ptr() && type_of(k) == bt(BT::Code) {
            update_code_filenames(k, old, new);
        }
    }
}

fn imp_fix_co_filename(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    check("_fix_co_filename", a, kw, 2, 2)?;
    if !(a[0].is_ptr() && type_of(a[0]) == bt(BT::Code)) {
        return Err(type_error(format!(
            "_fix_co_filename() argument 1 must be code, not {}",
            ferrite_runtime::types::type_name_of(a[0])
        )));
    }
    if !(a[1].is_ptr() && ferrite_runtime::types::is_subtype(type_of(a[1]), bt(BT::Str))) {
        return Err(type_error(format!(
            "_fix_co_filename() argument 2 must be str, not {}",
            ferrite_runtime::types::type_name_of(a[1])
        )));
    }
    let old = str_of(ferrite_runtime::objects::function::code_obj(a[0]).filename).to_string();
    let new = ferrite_runtime::methods::builtin_value(a[1]);
    update_code_filenames(a[0], &old, new);
    Ok(none())
}
/// SipHash-1-3 with key (k0, k1), as CPython's `_Py_KeyedHash` (`siphash13(key, 0, ...)`).
fn siphash13(k0: u64, k1: u64, data: &[u8]) -> u64 {
    let mut v0 = k0 ^ 0x736f6d6570736575;
    let mut v1 = k1 ^ 0x646f72616e646f6d;
    let mut v2 = k0 ^ 0x6c7967656e657261;
    let mut v3 = k1 ^ 0x7465646279746573;
    let round = |v0: &mut u64, v1: &mut u64, v2: &mut u64, v3: &mut u64| {
        *v0 = v0.wrapping_add(*v1);
        *v1 = v1.rotate_left(13) ^ *v0;
        *v0 = v0.rotate_left(32);
        *v2 = v2.wrapping_add(*v3);
        *v3 = v3.rotate_left(16) ^ *v2;
        *v0 = v0.wrapping_add(*v3);
        *v3 = v3.rotate_left(21) ^ *v0;
        *v2 = v2.wrapping_add(*v1);
        *v1 = v1.rotate_left(17) ^ *v2;
        *v2 = v2.rotate_left(32);
    };
    let mut chunks = data.chunks_exact(8);
    for c in &mut chunks {
        let m = u64::from_le_bytes(c.try_into().unwrap());
        v3 ^= m;
        round(&mut v0, &mut v1, &mut v2, &mut v3);
        v0 ^= m;
    }
    let mut last = [0u8; 8];
    let rest = chunks.remainder();
    last[..rest.len()].copy_from_slice(rest);
    let b = u64::from_le_bytes(last) | ((data.len() as u64 & 0xff) << 56);
    v3 ^= b;
    round(&mut v0, &mut v1, &mut v2, &mut v3);
    v0 ^= b;
    v2 ^= 0xff;
    for _ in 0..3 {
        round(&mut v0, &mut v1, &mut v2, &mut v3);
    }
    v0 ^ v1 ^ v2 ^ v3
}

/// `_imp.source_hash(key, source)`: the 8-byte keyed hash that hash-based `.pyc` files record
/// (importlib passes the magic number as the key).
fn imp_source_hash(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    use ferrite_runtime::args::{kwarg, only_kwargs, positional};
    only_kwargs("source_hash", kw, &["key", "source"])?;
    let pos = positional(a, kw);
    let get = |i: usize, name: &str| {
        pos.get(i)
            .copied()
            .or_else(|| kwarg(a, kw, name))
            .ok_or_else(|| {
                type_error(format!(
                    "source_hash() missing required argument '{name}' (pos {})",
                    i + 1
                ))
            })
    };
    let (key, source) = (get(0, "key")?, get(1, "source")?);
    if pos.len() > 2 {
        return Err(type_error(format!(
            "source_hash() takes at most 2 arguments ({} given)",
            pos.len() + kw.len()
        )));
    }
    let key = ferrite_runtime::objects::int::int_to_big(ops::index(key)?);
    let key = i64::try_from(&key).map_err(|_| {
        new_exc(
            Exc::OverflowError,
            "Python int too large to convert to C long",
        )
    })?;
    let data = ferrite_runtime::methods::bytes::buffer_arg(source)?;
    let h = siphash13(key as u64, 0, &data);
    Ok(ferrite_runtime::methods::bytes::new_bytes(&h.to_le_bytes()))
}
fn imp_override_multi(a: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(a.first().copied().unwrap_or(none()))
}
fn imp_extension_check(_: &[Value], _: &[Value]) -> PyResult<Value> {
    Ok(new_int(-1))
}

pub fn init(d: Value) -> PyResult<()> {
    let fns: &[(&'static str, ferrite_runtime::objects::function::NativeFn)] = &[
        ("is_builtin", imp_is_builtin),
        ("create_builtin", imp_create_builtin),
        ("exec_builtin", imp_exec_builtin),
        ("is_frozen", imp_false),
        ("is_frozen_package", imp_false),
        ("find_frozen", imp_none),
        ("get_frozen_object", imp_frozen_missing),
        ("init_frozen", imp_frozen_missing),
        ("create_dynamic", imp_create_dynamic),
        ("exec_dynamic", imp_exec_builtin),
        ("extension_suffixes", imp_extension_suffixes),
        ("_fix_co_filename", imp_fix_co_filename),
        ("source_hash", imp_source_hash),
        ("acquire_lock", imp_none),
        ("release_lock", imp_none),
        ("lock_held", imp_false),
        (
            "_override_multi_interp_extensions_check",
            imp_extension_check,
        ),
        ("_override_frozen_modules_for_tests", imp_override_multi),
        ("_frozen_module_names", imp_none),
    ];
    for &(n, f) in fns {
        dict_set_str(d, n, new_builtin_function(n, f, Value::NULL));
    }
    dict_set_str(d, "check_hash_based_pycs", new_str("default"));
    let _ = str_of;
    Ok(())
}
