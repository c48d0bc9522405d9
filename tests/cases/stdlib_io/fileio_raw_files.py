# _io.FileIO on real files: modes, read/readall/readinto/write/seek/tell/truncate, errors
import _io
import posix

base = "/tmp/ferrite_io_%d_fileio" % posix.getpid()
path = base + ".bin"


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, "BASE"))


with _io.FileIO(path, "w") as f:
    print(f.mode, f.closefd, f.readable(), f.writable(), f.seekable(), f.isatty())
    print(f.write(b"hello\n"), f.write(bytearray(b"abc")), f.write(memoryview(b"XYZ")), f.tell())
    print(f.truncate(4), f.tell(), f.seek(0, 2))
    t("read on w", lambda: f.read())
print(f.closed)
t("read closed", lambda: f.read())
t("write closed", lambda: f.write(b"x"))
t("fileno closed", lambda: f.fileno())
t("flush closed", lambda: f.flush())
t("tell closed", lambda: f.tell())
print(repr(f) == "<_io.FileIO [closed]>")
f.close()

f = _io.FileIO(path)
print(f.mode, f.name == path, repr(f) == "<_io.FileIO name=%r mode='rb' closefd=True>" % path)
print(f.read(2), f.tell(), f.read(), f.read(), f.seek(1), f.readall(), f.seek(-2, 2), f.read(10))
f.seek(0)
b = bytearray(3)
print(f.readinto(b), b, f.readinto(memoryview(b)[1:]), b)
t("readinto bytes", lambda: f.readinto(b"xx"))
t("write on r", lambda: f.write(b"x"))
t("truncate on r", lambda: f.truncate())
t("seek float", lambda: f.seek(1.5))
t("seek bad whence", lambda: f.seek(0, 7))
f.seek(0)
print(f.readline(), list(f), f.readlines())
f.close()

with _io.FileIO(path, "a") as f:
    print(f.mode, f.tell(), f.write(b"++"), f.tell())
with _io.FileIO(path, "r+") as f:
    print(f.mode, f.read(), f.seek(0), f.write(b"H"), f.seek(0), f.read())
t("x exists", lambda: _io.FileIO(path, "x"))
t("x new", lambda: _io.FileIO(path + ".x", "x").mode)
posix.unlink(path + ".x")
with _io.FileIO(path, "rb+") as f:
    print(f.mode)
with _io.FileIO(path, "ab+") as f:
    print(f.mode, f.read(), f.seek(0), f.read(2))

for m in ["rw", "", "q", "r++", "rr", "wa"]:
    t("mode %r" % m, lambda: _io.FileIO(path, m))
t("missing", lambda: _io.FileIO(base + "_missing"))
try:
    _io.FileIO(base + "_missing")
except FileNotFoundError as e:
    print(e.errno, e.strerror, e.filename == base + "_missing", e.args)
t("directory", lambda: _io.FileIO("/tmp"))
t("float", lambda: _io.FileIO(1.5))
t("closefd name", lambda: _io.FileIO(path, closefd=False))
t("neg fd", lambda: _io.FileIO(-1))
t("none", lambda: _io.FileIO(None))
t("null", lambda: _io.FileIO("a\0b"))

fd = posix.open(path, posix.O_RDONLY)
f = _io.FileIO(fd, closefd=False)
print(f.name == fd, f.fileno() == fd, f.closefd, f.read(3))
f.close()
print(posix.read(fd, 3))
g = _io.FileIO(fd)
print(g.read(1))
g.close()
t("fd closed", lambda: posix.read(fd, 1))

seen = []


def opener(p, flags):
    seen.append(p == path)
    return posix.open(p, flags)


with _io.FileIO(path, "r", opener=opener) as f:
    print(f.read(), seen)
t("opener bad", lambda: _io.FileIO(path, "r", opener=lambda p, fl: -5))


class Named(_io.FileIO):
    def __init__(self, p):
        super().__init__(p, "r")
        self.extra = "x"


n = Named(path)
print(n.read(2), n.extra, isinstance(n, _io._RawIOBase), n.closed)
n.close()
print(n.closed)
posix.unlink(path)
