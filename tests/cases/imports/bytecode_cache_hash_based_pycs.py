# Hash-based caches (PEP 552): py_compile's CHECKED_HASH caches are validated against the
# source's hash (an edit is seen even with the same size and mtime); UNCHECKED_HASH caches are
# used as they are; _imp.source_hash is CPython's keyed SipHash-1-3.
import _imp, importlib, importlib.util, os, py_compile, sys, tempfile

for key, data in [(3531, b""), (3531, b"abc"), (0, b"12345678"), (-1, b"x" * 100)]:
    print(_imp.source_hash(key, data).hex())
print(_imp.source_hash(key=5, source=bytearray(b"q")).hex(), _imp.check_hash_based_pycs)
print(importlib.util.source_hash(b"abc") == _imp.source_hash(importlib.util._RAW_MAGIC_NUMBER, b"abc"))

sys.dont_write_bytecode = True
tmp = tempfile.TemporaryDirectory()
d = tmp.name
sys.path.insert(0, d)


def write(name, text, times):
    path = os.path.join(d, name + ".py")
    with open(path, "w") as f:
        f.write(text)
    os.utime(path, times)
    return path


def fresh_import(name):
    sys.modules.pop(name, None)
    importlib.invalidate_caches()
    return importlib.import_module(name)


for mode in (py_compile.PycInvalidationMode.CHECKED_HASH, py_compile.PycInvalidationMode.UNCHECKED_HASH):
    name = "hashed_" + mode.name.lower()
    src = write(name, "V = 'one'\n", (1000000000, 1000000000))
    pyc = py_compile.compile(src, doraise=True, invalidation_mode=mode)
    with open(pyc, "rb") as f:
        data = f.read()
    print(mode.name, int.from_bytes(data[4:8], "little"), data[8:16] == importlib.util.source_hash(b"V = 'one'\n"))
    print(fresh_import(name).V)
    write(name, "V = 'two'\n", (1000000000, 1000000000))  # same size, same mtime
    print(fresh_import(name).V)
sys.path.remove(d)
tmp.cleanup()
