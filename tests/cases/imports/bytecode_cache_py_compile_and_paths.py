# py_compile and compileall write caches at importlib.util.cache_from_source's path, with
# importlib.util.MAGIC_NUMBER; source_from_cache inverts cache_from_source.
import compileall, importlib.util, marshal, os, py_compile, sys, tempfile

p = importlib.util.cache_from_source(os.path.join("pkg", "mod.py"))
print(p.endswith(".pyc"), os.path.dirname(p) == os.path.join("pkg", "__pycache__"))
print(importlib.util.source_from_cache(p))
print(importlib.util.cache_from_source("m.py", optimization=2).endswith(".opt-2.pyc"))
m = importlib.util.MAGIC_NUMBER
print(type(m).__name__, len(m), m[2:], int.from_bytes(m, "little") == importlib._bootstrap_external._RAW_MAGIC_NUMBER)
try:
    importlib.util.source_from_cache("nocache.py")
except ValueError as e:
    print("ValueError", str(e).split(" ")[0])

with tempfile.TemporaryDirectory() as d:
    src = os.path.join(d, "pc.py")
    with open(src, "w") as f:
        f.write("print('compiled module ran', __name__)\n")
    out = py_compile.compile(src, doraise=True)
    print(out == importlib.util.cache_from_source(src), os.path.exists(out))
    with open(out, "rb") as f:
        data = f.read()
    print(data[:4] == m, int.from_bytes(data[4:8], "little"))
    exec(marshal.loads(data[16:]), {"__name__": "from_pyc"})
    bad = os.path.join(d, "bad.py")
    with open(bad, "w") as f:
        f.write("def f(:\n")
    try:
        py_compile.compile(bad, doraise=True)
    except py_compile.PyCompileError as e:
        print("PyCompileError", e.exc_type_name)
    os.remove(bad)
    pkg = os.path.join(d, "pkg")
    os.makedirs(pkg)
    for name in ("__init__.py", "a.py"):
        with open(os.path.join(pkg, name), "w") as f:
            f.write("X = 1\n")
    print(compileall.compile_dir(pkg, quiet=1))
    cached = sorted(os.listdir(os.path.join(pkg, "__pycache__")))
    print(len(cached), all(n.endswith(".pyc") for n in cached))
    print([n.split(".")[0] for n in cached])
