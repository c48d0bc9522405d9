# A source module's compiled code is cached in __pycache__ (importlib's cache_from_source path),
# reused by a later import, rebuilt when the source changes, and a cache with a truncated header
# is ignored (recompiled) while a valid header over a corrupt body is an error, as in CPython.
import importlib, importlib.util, os, sys, tempfile

sys.dont_write_bytecode = False
tmp = tempfile.TemporaryDirectory()
d = tmp.name
sys.path.insert(0, d)
src = os.path.join(d, "cachedmod.py")
with open(src, "w") as f:
    f.write("VALUE = 1\ndef f(x):\n    return [i * x for i in range(3)]\n")
importlib.invalidate_caches()

import cachedmod
pyc = importlib.util.cache_from_source(src)
print(cachedmod.VALUE, cachedmod.f(2), os.path.exists(pyc))
print(cachedmod.__cached__ == pyc, os.path.dirname(pyc) == os.path.join(d, "__pycache__"))
with open(pyc, "rb") as fh:
    data = fh.read()
print(data[:4] == importlib.util.MAGIC_NUMBER, len(importlib.util.MAGIC_NUMBER))
print(int.from_bytes(data[4:8], "little"), int.from_bytes(data[12:16], "little") == os.path.getsize(src))
print(int.from_bytes(data[8:12], "little") == int(os.stat(src).st_mtime) & 0xFFFFFFFF)

# imported again (a fresh module object) from the cache
del sys.modules["cachedmod"]
import cachedmod as again
print(again.VALUE, again.f(3), again.f.__code__.co_filename == src)

# the source changes (other size): the cache is stale and rewritten
with open(src, "w") as f:
    f.write("VALUE = 22\ndef f(x):\n    return x\n")
del sys.modules["cachedmod"]
import cachedmod as changed
with open(pyc, "rb") as fh:
    print(changed.VALUE, changed.f(5), int.from_bytes(fh.read()[12:16], "little") == os.path.getsize(src))

# a cache truncated inside its header is ignored
with open(pyc, "wb") as fh:
    fh.write(data[:10])
del sys.modules["cachedmod"]
import cachedmod as rebuilt
print(rebuilt.VALUE, os.path.getsize(pyc) > 16)

# a current header over a corrupt body: marshal's error
with open(pyc, "rb") as fh:
    header = fh.read()[:16]
with open(pyc, "wb") as fh:
    fh.write(header + b"c")
del sys.modules["cachedmod"]
try:
    import cachedmod
except (EOFError, ValueError) as e:
    print("corrupt:", type(e).__name__)

# with sys.dont_write_bytecode nothing new is written
sys.dont_write_bytecode = True
with open(os.path.join(d, "other.py"), "w") as f:
    f.write("Y = 3\n")
importlib.invalidate_caches()
import other
print(other.Y, os.path.exists(importlib.util.cache_from_source(other.__file__)))
sys.path.remove(d)
tmp.cleanup()
