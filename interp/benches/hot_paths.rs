//! Micro-benchmarks of the interpreter's hot paths: bytecode dispatch (an int loop), attribute
//! load through the LoadAttr inline cache, method calls, dict get/set with str keys, and
//! float arithmetic. Each runs a small Python function many times inside one call so the
//! numbers are per-iteration costs of the interpreter, not of start-up.

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ferrite_interp::compile::Mode;
use ferrite_runtime::object::obj;
use ferrite_runtime::objects::dict::dict_get_str;
use ferrite_runtime::objects::function::ModuleObject;
use ferrite_runtime::Value;

const N: u64 = 10_000;

const SOURCE: &str = r#"
def int_loop(n):
    x = 0
    i = 0
    while i < n:
        x = x + i
        i = i + 1
    return x

class P:
    def __init__(self, x):
        self.x = x
    def get(self):
        return self.x

def attr_load(n):
    p = P(3)
    s = 0
    for _ in range(n):
        s += p.x
    return s

def method_call(n):
    p = P(3)
    s = 0
    for _ in range(n):
        s += p.get()
    return s

def dict_str(n):
    d = {}
    for i in range(n):
        d["k"] = i
        d["k"] = d["k"] + 1
    return d["k"]

def float_math(n):
    x = 0.5
    for _ in range(n):
        x = x * 1.0000001 + 0.25
    return x
"#;

fn setup() -> Value {
    let argv = vec!["bench".to_string()];
    ferrite_interp::init(&argv);
    let code =
        ferrite_interp::run::compile_to_code(SOURCE, "<bench>", Mode::Exec).expect("compiles");
    let m = ferrite_interp::sysmod::new_module("__bench__");
    let g = obj::<ModuleObject>(m).dict;
    let f = ferrite_interp::frame::new_frame(
        code,
        g,
        ferrite_interp::sysmod::builtins_dict(),
        g,
        Value::NULL,
    );
    ferrite_interp::eval::run_frame(f, None).unwrap_or_else(|_| panic!("module runs"));
    g
}

fn bench(c: &mut Criterion) {
    let _mutator = ferrite_gc::register_thread();
    let g = setup();
    let mut group = c.benchmark_group("interp");
    group.throughput(Throughput::Elements(N));
    let n = ferrite_runtime::objects::int::new_int(N as i64);
    for name in [
        "int_loop",
        "attr_load",
        "method_call",
        "dict_str",
        "float_math",
    ] {
        let f = dict_get_str(g, name).expect("function defined");
        group.bench_function(name, |b| {
            b.iter(|| {
                let r = ferrite_runtime::ops::call(f, &[n], &[]);
                assert!(r.is_ok());
                std::hint::black_box(r.ok());
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
