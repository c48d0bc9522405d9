//! The `_operator` module: the operator functions, itemgetter, attrgetter, methodcaller,
//! length_hint and `_compare_digest`.

use crate::support::{self, data, traced, TypeCell};
use ferrite_runtime::errors::*;
use ferrite_runtime::methods::{builtin_value, def, def_new};
use ferrite_runtime::numeric::{binary_op, unary_op, NumOp};
use ferrite_runtime::object::*;
use ferrite_runtime::objects::function::NativeFn;
use ferrite_runtime::objects::int::new_int;
use ferrite_runtime::objects::native::new_native_for;
use ferrite_runtime::objects::str::{new_str, str_of};
use ferrite_runtime::objects::tuple::{new_tuple, tuple_items, tuple_len};
use ferrite_runtime::ops::{self, CmpOp};
use ferrite_runtime::types::{lookup, type_name_of};
use ferrite_runtime::Value;

/// Positional-only check with CPython's `_operator` messages.
fn args(name: &str, a: &[Value], kw: &[Value], min: usize, max: usize) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    support::positional_only(name, a, &[], min, max)
}
/// METH_O functions: "_operator.neg() takes exactly one argument (0 given)".
fn one(name: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!(
            "_operator.{name}() takes no keyword arguments"
        )));
    }
    if a.len() != 1 {
        return Err(type_error(format!(
            "_operator.{name}() takes exactly one argument ({} given)",
            a.len()
        )));
    }
    Ok(())
}

macro_rules! binops {
    ($($name:ident : $op:ident, $inplace:expr);* $(;)?) => {
        $(fn $name(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            args(stringify!($name).trim_end_matches('_'), a, kw, 2, 2)?;
            binary_op(a[0], a[1], NumOp::$op, $inplace)
        })*
    };
}
binops! {
    add: Add, false; sub: Sub, false; mul: Mul, false; matmul: MatMul, false;
    truediv: TrueDiv, false; floordiv: FloorDiv, false; mod_: Mod, false; pow: Pow, false;
    lshift: LShift, false; rshift: RShift, false; and_: And, false; or_: Or, false; xor: Xor, false;
    iadd: Add, true; isub: Sub, true; imul: Mul, true; imatmul: MatMul, true;
    itruediv: TrueDiv, true; ifloordiv: FloorDiv, true; imod: Mod, true; ipow: Pow, true;
    ilshift: LShift, true; irshift: RShift, true; iand: And, true; ior: Or, true; ixor: Xor, true;
}
macro_rules! cmpops {
    ($($name:ident : $op:ident);* $(;)?) => {
        $(fn $name(a: &[Value], kw: &[Value]) -> PyResult<Value> {
            args(stringify!($name), a, kw, 2, 2)?;
            ops::compare(a[0], a[1], CmpOp::$op)
        })*
    };
}
cmpops! { lt: Lt; le: Le; eq: Eq; ne: Ne; gt: Gt; ge: Ge; }

fn neg(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("neg", a, kw)?;
    unary_op(a[0], 0)
}
fn pos(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("pos", a, kw)?;
    unary_op(a[0], 1)
}
fn inv(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("inv", a, kw)?;
    unary_op(a[0], 2)
}
fn invert(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("invert", a, kw)?;
    unary_op(a[0], 2)
}
fn not_(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("not_", a, kw)?;
    Ok(py_bool(!ops::truthy(a[0])?))
}
fn truth(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("truth", a, kw)?;
    Ok(py_bool(ops::truthy(a[0])?))
}
fn index(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("index", a, kw)?;
    ops::index(a[0])
}
fn abs(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    one("abs", a, kw)?;
    let v = a[0];
    if v.is_small_int() {
        return Ok(new_int(v.small().abs()));
    }
    match ops::call_special(v, "__abs__", &[])? {
        Some(r) => Ok(r),
        None => Err(type_error(format!(
            "bad operand type for abs(): '{}'",
            type_name_of(v)
        ))),
    }
}
fn is_(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("is_", a, kw, 2, 2)?;
    Ok(py_bool(a[0] == a[1]))
}
fn is_not(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("is_not", a, kw, 2, 2)?;
    Ok(py_bool(a[0] != a[1]))
}
fn contains(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("contains", a, kw, 2, 2)?;
    Ok(py_bool(ops::contains(a[0], a[1])?))
}
fn count_of(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("countOf", a, kw, 2, 2)?;
    let it = iter_or(a[0])?;
    let mut n = 0;
    while let Some(x) = ops::next(it)? {
        if ops::eq_bool(x, a[1])? {
            n += 1;
        }
    }
    Ok(new_int(n))
}
fn iter_or(v: Value) -> PyResult<Value> {
    ops::iter(v).map_err(|e| {
        if exc_matches(e.0, exc_type(Exc::TypeError)) {
            type_error(format!(
                "argument of type '{}' is not iterable",
                type_name_of(v)
            ))
        } else {
            e
        }
    })
}
fn index_of(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("indexOf", a, kw, 2, 2)?;
    let it = iter_or(a[0])?;
    let mut n = 0;
    while let Some(x) = ops::next(it)? {
        if ops::eq_bool(x, a[1])? {
            return Ok(new_int(n));
        }
        n += 1;
    }
    Err(value_error("sequence.index(x): x not in sequence"))
}
fn getitem(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("getitem", a, kw, 2, 2)?;
    ops::getitem(a[0], a[1])
}
fn setitem(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("setitem", a, kw, 3, 3)?;
    ops::setitem(a[0], a[1], a[2])?;
    Ok(none())
}
fn delitem(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("delitem", a, kw, 2, 2)?;
    ops::delitem(a[0], a[1])?;
    Ok(none())
}
/// PySequence_Check: has `__getitem__` and is not a dict.
fn is_sequence(v: Value) -> bool {
    if v.is_small_int() {
        return false;
    }
    if layout_of(builtin_value(v)) == Layout::Dict {
        return false;
    }
    lookup(type_of(v), "__getitem__").is_some()
}
fn concat_impl(name: &str, a: &[Value], kw: &[Value], inplace: bool) -> PyResult<Value> {
    args(name, a, kw, 2, 2)?;
    if !is_sequence(a[0]) {
        return Err(type_error(format!(
            "'{}' object can't be concatenated",
            type_name_of(a[0])
        )));
    }
    binary_op(a[0], a[1], NumOp::Add, inplace)
}
fn concat(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat_impl("concat", a, kw, false)
}
fn iconcat(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    concat_impl("iconcat", a, kw, true)
}
fn length_hint(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("length_hint", a, kw, 1, 2)?;
    let obj = a[0];
    let default = if a.len() > 1 {
        let d = a[1];
        if !(d.is_small_int() || layout_of(d) == Layout::Int) {
            return Err(type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                type_name_of(d)
            )));
        }
        ops::index_value(d)?
    } else {
        0
    };
    if lookup(type_of(obj), "__len__").is_some() {
        match ops::len(obj) {
            Ok(n) => return Ok(new_int(n as i64)),
            Err(e) if exc_matches(e.0, exc_type(Exc::TypeError)) => {}
            Err(e) => return Err(e),
        }
    }
    let Some(m) = lookup(type_of(obj), "__length_hint__") else {
        return Ok(new_int(default));
    };
    let r = match ops::call_method_obj(m, obj, &[], &[]) {
        Ok(r) => r,
        Err(e) if exc_matches(e.0, exc_type(Exc::TypeError)) => return Ok(new_int(default)),
        Err(e) => return Err(e),
    };
    if r == not_implemented() {
        return Ok(new_int(default));
    }
    if !(r.is_small_int() || layout_of(r) == Layout::Int) {
        return Err(type_error(format!(
            "__length_hint__ must be an integer, not {}",
            type_name_of(r)
        )));
    }
    let n = ops::index_value(r)?;
    if n < 0 {
        return Err(value_error("__length_hint__() should return >= 0"));
    }
    Ok(new_int(n))
}
fn call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if a.len() - kw.len() < 1 {
        return Err(type_error(format!(
            "call expected at least 1 argument, got {}",
            a.len() - kw.len()
        )));
    }
    ops::call(a[0], &a[1..], kw)
}
fn compare_digest(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    args("_compare_digest", a, kw, 2, 2)?;
    let (x, y) = (a[0], a[1]);
    let is_str = |v: Value| v.is_ptr() && layout_of(v) == Layout::Str;
    let is_buf = |v: Value| v.is_ptr() && matches!(layout_of(v), Layout::Bytes | Layout::ByteArray);
    let (bx, by) = if is_str(x) && is_str(y) {
        let (sx, sy) = (str_of(x), str_of(y));
        if !sx.is_ascii() || !sy.is_ascii() {
            return Err(type_error(
                "comparing strings with non-ASCII characters is not supported",
            ));
        }
        (sx.as_bytes().to_vec(), sy.as_bytes().to_vec())
    } else {
        if !is_buf(x) && !is_buf(y) {
            return Err(type_error(format!(
                "unsupported operand types(s) or combination of types: '{}' and '{}'",
                type_name_of(x),
                type_name_of(y)
            )));
        }
        for v in [x, y] {
            if !is_buf(v) {
                return Err(type_error(format!(
                    "a bytes-like object is required, not '{}'",
                    type_name_of(v)
                )));
            }
        }
        (
            ferrite_runtime::methods::bytes::bytes_data(x).to_vec(),
            ferrite_runtime::methods::bytes::bytes_data(y).to_vec(),
        )
    };
    // constant time in the length of the second operand
    let mut diff = (bx.len() != by.len()) as u8;
    for (i, &c) in by.iter().enumerate() {
        diff |= bx.get(i).copied().unwrap_or(!c) ^ c;
    }
    Ok(py_bool(diff == 0))
}

// ---------------------------------------------------------------- itemgetter / attrgetter / methodcaller

struct Getter {
    /// itemgetter: the items; attrgetter: tuple of tuples of interned name parts
    items: Value,
    /// attrgetter: the names as given (for repr/reduce)
    names: Value,
}
traced!(Getter { items, names });
struct Caller {
    name: Value,
    args: Value,
    kwargs: Value,
}
traced!(Caller { name, args, kwargs });

static ITEMGETTER: TypeCell = TypeCell::new();
static ATTRGETTER: TypeCell = TypeCell::new();
static METHODCALLER: TypeCell = TypeCell::new();

fn getter(v: Value) -> PyResult<&'static mut Getter> {
    data::<Getter>(v, "operator getter")
}
fn itemgetter_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("itemgetter() takes no keyword arguments"));
    }
    if a.len() < 2 {
        return Err(type_error("itemgetter expected 1 argument, got 0"));
    }
    let items = new_tuple(&a[1..]);
    Ok(new_native_for(
        a[0],
        ITEMGETTER.get(),
        Getter {
            items,
            names: Value::NULL,
        },
    ))
}
fn getter_call_check(name: &str, a: &[Value], kw: &[Value]) -> PyResult<()> {
    if !kw.is_empty() {
        return Err(type_error(format!("{name}() takes no keyword arguments")));
    }
    if a.len() != 2 {
        return Err(type_error(format!(
            "{name} expected 1 argument, got {}",
            a.len() - 1
        )));
    }
    Ok(())
}
fn itemgetter_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    getter_call_check("itemgetter", a, kw)?;
    let items = getter(a[0])?.items;
    let obj = a[1];
    if tuple_len(items) == 1 {
        return ops::getitem(obj, tuple_items(items)[0]);
    }
    let l = ferrite_runtime::objects::list::new_list(&[]);
    let n = tuple_len(items);
    for i in 0..n {
        let x = ops::getitem(obj, tuple_items(items)[i])?;
        ferrite_runtime::objects::list::list_push(l, x);
    }
    ops::to_tuple(l)
}
fn reprs(items: Value) -> PyResult<String> {
    let mut s = String::new();
    for (i, &x) in tuple_items(items).iter().enumerate() {
        if i > 0 {
            s.push_str(", ");
        }
        s.push_str(&ops::repr_string(x)?);
    }
    Ok(s)
}
fn getter_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = getter(a[0])?;
    let items = if g.names.is_null() { g.items } else { g.names };
    let name = ferrite_runtime::types::type_name_of(a[0]);
    let r = ops::repr_guard(a[0], || reprs(items));
    match r {
        None => Ok(new_str(&format!("{name}(...)"))),
        Some(s) => Ok(new_str(&format!("{name}({})", s?))),
    }
}
fn getter_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let g = getter(a[0])?;
    let items = if g.names.is_null() { g.items } else { g.names };
    Ok(new_tuple(&[type_of(a[0]), items]))
}
fn attrgetter_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    if !kw.is_empty() {
        return Err(type_error("attrgetter() takes no keyword arguments"));
    }
    if a.len() < 2 {
        return Err(type_error("attrgetter expected 1 argument, got 0"));
    }
    let parts = ferrite_runtime::objects::list::new_list(&[]);
    for &n in &a[1..] {
        if !(n.is_ptr() && layout_of(n) == Layout::Str) {
            return Err(type_error("attribute name must be a string"));
        }
        let pl = ferrite_runtime::objects::list::new_list(&[]);
        for p in str_of(n).split('.') {
            let s = ferrite_runtime::intern::intern(p);
            ferrite_runtime::objects::list::list_push(pl, s);
        }
        let t = ops::to_tuple(pl)?;
        ferrite_runtime::objects::list::list_push(parts, t);
    }
    let items = ops::to_tuple(parts)?;
    let names = new_tuple(&a[1..]);
    Ok(new_native_for(
        a[0],
        ATTRGETTER.get(),
        Getter { items, names },
    ))
}
fn attrgetter_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    getter_call_check("attrgetter", a, kw)?;
    let items = getter(a[0])?.items;
    let get = |path: Value| -> PyResult<Value> {
        let mut o = a[1];
        for &p in tuple_items(path) {
            o = ops::getattr(o, p)?;
        }
        Ok(o)
    };
    if tuple_len(items) == 1 {
        return get(tuple_items(items)[0]);
    }
    let l = ferrite_runtime::objects::list::new_list(&[]);
    for i in 0..tuple_len(items) {
        let x = get(tuple_items(items)[i])?;
        ferrite_runtime::objects::list::list_push(l, x);
    }
    ops::to_tuple(l)
}
fn caller(v: Value) -> PyResult<&'static mut Caller> {
    data::<Caller>(v, "operator.methodcaller")
}
fn methodcaller_new(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    let npos = a.len() - kw.len();
    if npos < 2 {
        return Err(type_error(
            "methodcaller needs at least one argument, the method name",
        ));
    }
    let name = a[1];
    if !(name.is_ptr() && layout_of(name) == Layout::Str) {
        return Err(type_error("method name must be a string"));
    }
    let name = ferrite_runtime::intern::intern(str_of(name));
    let args = new_tuple(&a[2..npos]);
    let kwargs = ferrite_runtime::objects::dict::new_dict();
    for (i, k) in kw.iter().enumerate() {
        ferrite_runtime::objects::dict::dict_set(kwargs, *k, a[npos + i])?;
    }
    Ok(new_native_for(
        a[0],
        METHODCALLER.get(),
        Caller { name, args, kwargs },
    ))
}
fn methodcaller_call(a: &[Value], kw: &[Value]) -> PyResult<Value> {
    getter_call_check("methodcaller", a, kw)?;
    let c = caller(a[0])?;
    let (name, args, kwargs) = (c.name, c.args, c.kwargs);
    let m = ops::getattr(a[1], name)?;
    let l = ferrite_runtime::objects::list::new_list(tuple_items(args));
    let names = ferrite_runtime::objects::list::new_list(&[]);
    let t = ferrite_runtime::objects::dict::table(kwargs);
    let mut i = 0;
    while let Some((ix, e)) = t.next_from(i) {
        ferrite_runtime::objects::list::list_push(names, e.key);
        ferrite_runtime::objects::list::list_push(l, e.value);
        i = ix + 1;
    }
    let vals = ops::to_tuple(l)?;
    let names = ops::to_tuple(names)?;
    ops::call(m, tuple_items(vals), tuple_items(names))
}
fn methodcaller_repr(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let c = caller(a[0])?;
    let (name, args, kwargs) = (c.name, c.args, c.kwargs);
    let tn = ferrite_runtime::types::type_name_of(a[0]);
    let r = ops::repr_guard(a[0], || -> PyResult<String> {
        let mut s = ops::repr_string(name)?;
        for &x in tuple_items(args) {
            s.push_str(", ");
            s.push_str(&ops::repr_string(x)?);
        }
        let mut i = 0;
        while let Some((ix, e)) = ferrite_runtime::objects::dict::table(kwargs).next_from(i) {
            s.push_str(", ");
            s.push_str(&ops::str_string(e.key)?);
            s.push('=');
            s.push_str(&ops::repr_string(e.value)?);
            i = ix + 1;
        }
        Ok(s)
    });
    match r {
        None => Ok(new_str(&format!("{tn}(...)"))),
        Some(s) => Ok(new_str(&format!("{tn}({})", s?))),
    }
}
fn methodcaller_reduce(a: &[Value], _: &[Value]) -> PyResult<Value> {
    let c = caller(a[0])?;
    let (name, args, kwargs) = (c.name, c.args, c.kwargs);
    let t = type_of(a[0]);
    if ferrite_runtime::objects::dict::dict_len(kwargs) == 0 {
        let l = ferrite_runtime::objects::list::new_list(&[name]);
        for &x in tuple_items(args) {
            ferrite_runtime::objects::list::list_push(l, x);
        }
        let targs = ops::to_tuple(l)?;
        return Ok(new_tuple(&[t, targs]));
    }
    // partial(type(self), name, **kwargs), args
    let partial = crate::functools::partial_type();
    let names = ferrite_runtime::objects::list::new_list(&[]);
    let vals = ferrite_runtime::objects::list::new_list(&[t, name]);
    let mut i = 0;
    while let Some((ix, e)) = ferrite_runtime::objects::dict::table(kwargs).next_from(i) {
        ferrite_runtime::objects::list::list_push(names, e.key);
        ferrite_runtime::objects::list::list_push(vals, e.value);
        i = ix + 1;
    }
    let vals = ops::to_tuple(vals)?;
    let names = ops::to_tuple(names)?;
    let p = ops::call(partial, tuple_items(vals), tuple_items(names))?;
    Ok(new_tuple(&[p, args]))
}

// ---------------------------------------------------------------- module

/// Fills a new `_operator` module's namespace.
pub fn init(d: Value) -> PyResult<()> {
    let fns: &[(&'static str, NativeFn)] = &[
        ("abs", abs),
        ("add", add),
        ("and_", and_),
        ("call", call),
        ("concat", concat),
        ("contains", contains),
        ("countOf", count_of),
        ("delitem", delitem),
        ("eq", eq),
        ("floordiv", floordiv),
        ("ge", ge),
        ("getitem", getitem),
        ("gt", gt),
        ("iadd", iadd),
        ("iand", iand),
        ("iconcat", iconcat),
        ("ifloordiv", ifloordiv),
        ("ilshift", ilshift),
        ("imatmul", imatmul),
        ("imod", imod),
        ("imul", imul),
        ("index", index),
        ("indexOf", index_of),
        ("inv", inv),
        ("invert", invert),
        ("ior", ior),
        ("ipow", ipow),
        ("irshift", irshift),
        ("is_", is_),
        ("is_not", is_not),
        ("isub", isub),
        ("itruediv", itruediv),
        ("ixor", ixor),
        ("le", le),
        ("length_hint", length_hint),
        ("lshift", lshift),
        ("lt", lt),
        ("matmul", matmul),
        ("mod", mod_),
        ("mul", mul),
        ("ne", ne),
        ("neg", neg),
        ("not_", not_),
        ("or_", or_),
        ("pos", pos),
        ("pow", pow),
        ("rshift", rshift),
        ("setitem", setitem),
        ("sub", sub),
        ("truediv", truediv),
        ("truth", truth),
        ("xor", xor),
        ("_compare_digest", compare_digest),
    ];
    crate::define_functions(d, fns);
    let specs: [(&TypeCell, &str, NativeFn, NativeFn, NativeFn, NativeFn); 3] = [
        (
            &ITEMGETTER,
            "itemgetter",
            itemgetter_new,
            itemgetter_call,
            getter_repr,
            getter_reduce,
        ),
        (
            &ATTRGETTER,
            "attrgetter",
            attrgetter_new,
            attrgetter_call,
            getter_repr,
            getter_reduce,
        ),
        (
            &METHODCALLER,
            "methodcaller",
            methodcaller_new,
            methodcaller_call,
            methodcaller_repr,
            methodcaller_reduce,
        ),
    ];
    for (cell, name, new, call, repr, reduce) in specs {
        let t = cell.get_or_init(|| {
            let t = support::native_type("operator", name, false);
            def_new(t, new);
            def(t, "__call__", call);
            def(t, "__repr__", repr);
            def(t, "__reduce__", reduce);
            t
        });
        ferrite_runtime::objects::dict::dict_set_str(d, name, t);
    }
    ferrite_runtime::objects::dict::dict_set_str(
        d,
        "__doc__",
        new_str("Operator interface.\n\nThis module exports a set of functions implemented in C corresponding\nto the intrinsic operators of Python.  For example, operator.add(x, y)\nis equivalent to the expression x+y.  The function names are those\nused for special methods; variants without leading and trailing\n'__' are also provided for convenience."),
    );
    Ok(())
}
