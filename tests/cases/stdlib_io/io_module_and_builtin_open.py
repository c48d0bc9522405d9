# The Lib io module over _io, and builtins.open (which is io.open)
import io
import posix

print(open is io.open, io.open is __import__("_io").open)
print(issubclass(io.FileIO, io.RawIOBase), isinstance(io.BytesIO(), io.BufferedIOBase))
print(isinstance(io.StringIO(), io.TextIOBase), isinstance(io.StringIO(), io.IOBase))
print(io.SEEK_SET, io.SEEK_CUR, io.SEEK_END, io.DEFAULT_BUFFER_SIZE)
print(issubclass(io.UnsupportedOperation, OSError), io.UnsupportedOperation.__module__)


class Counter(io.RawIOBase):
    def __init__(self, n):
        self.left = n

    def readable(self):
        return True

    def readinto(self, b):
        k = min(len(b), self.left)
        b[:k] = b"z" * k
        self.left -= k
        return k


print(Counter(5).read(), io.BufferedReader(Counter(10), 4).read(7))
print(isinstance(Counter(1), io.IOBase), Counter(1).seekable())
s = io.StringIO()
print("to a StringIO", 42, file=s)
print(repr(s.getvalue()))

path = "/tmp/ferrite_io_%d_builtin_open.txt" % posix.getpid()
with open(path, "w", encoding="utf-8") as f:
    for i in range(1000):
        f.write("row %d\n" % i)
with open(path) as f:
    lines = f.readlines()
print(len(lines), lines[0], lines[-1], end="")
with open(path, "rb") as f:
    data = f.read()
print(len(data), data[:10])
with open(path, "a") as f:
    print("printed line", file=f)
with open(path) as f:
    print(f.read()[-13:], end="")
try:
    with open(path) as f:
        f.write("x")
except io.UnsupportedOperation as e:
    print(type(e).__name__, e)
posix.unlink(path)
try:
    open(path)
except OSError as e:
    print(type(e).__name__, e.errno, e.strerror)
