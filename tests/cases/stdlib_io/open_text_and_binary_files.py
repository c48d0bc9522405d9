# _io.open (builtins.open) on real files: text/binary, newline translation, encodings,
# seek/tell, readline, iteration, append, errors on closed files
import _io
import posix

open = _io.open
base = "/tmp/ferrite_io_%d_open" % posix.getpid()
path = base + ".txt"


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(base, "BASE"))


with open(path, "w") as f:
    print(type(f).__name__, f.mode, f.encoding, f.errors, f.line_buffering, f.name == path)
    print(type(f.buffer).__name__, type(f.buffer.raw).__name__, f.buffer.raw.mode)
    print(f.write("line one\n"), f.write("línea dos\n"), f.writelines(["3\n", "4"]))
    print(f.tell())
print(f.closed, f.buffer.closed)
t("write closed", lambda: f.write("x"))
t("read closed", lambda: f.read())
t("iter closed", lambda: iter(f))
t("tell closed", lambda: f.tell())

with open(path) as f:
    print(repr(f.read()))
with open(path, "rb") as f:
    print(type(f).__name__, f.mode, f.read())
with open(path, encoding="utf-8") as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.tell())
    p = f.tell()
    rest = f.read()
    f.seek(p)
    print(f.read() == rest, repr(rest))
    f.seek(0)
    print([line for line in f])
    f.seek(0)
    print(f.readlines(), f.readline() == "")
with open(path, "a") as f:
    print(f.tell(), f.write("\nappended\n"))
with open(path, "r") as f:
    print(sum(1 for _ in f))

with open(path, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(path, "rb") as f:
    print(f.read())
with open(path, "w", newline="") as f:
    f.write("x\r\ny\rz\n")
with open(path, newline=None) as f:
    print(repr(f.read()), f.newlines)
with open(path, newline="") as f:
    print(f.readlines())
with open(path, newline="\r") as f:
    print(f.readlines())

for enc in ["latin-1", "utf-16", "utf-32-be", "ascii"]:
    with open(path, "w", encoding=enc, errors="replace") as f:
        f.write("caf\u00e9 \u20ac\n")
    with open(path, "rb") as f:
        raw = f.read()
    with open(path, encoding=enc) as f:
        print(enc, raw, repr(f.read()))
with open(path, "wb") as f:
    f.write(b"ok\n\xff")
with open(path, encoding="utf-8") as f:
    t("strict decode", lambda: f.read())

with open(path, "w+") as f:
    f.write("0123456789\nabc\n")
    f.seek(0)
    print(repr(f.read(4)), f.tell())
    f.seek(0, 2)
    f.write("tail\n")
    f.seek(0)
    print(repr(f.read()))
    print(f.truncate(5), f.seek(0), repr(f.read()))

with open(path, "wb") as f:
    print(type(f).__name__, f.write(b"bin\x00ary\n"), f.tell())
with open(path, "rb", buffering=0) as f:
    print(type(f).__name__, f.read())
with open(path, "r+b") as f:
    print(type(f).__name__, f.read(3), f.write(b"!"), f.seek(0), f.read())
with open(path, "ab") as f:
    print(f.write(b"++"), f.tell())
with open(path, "rb") as f:
    print(f.peek(2)[:2], f.read1(3), f.readline(), f.read())

for m in ["rw", "rbt", "r++", "", "q", "wa", "xr"]:
    t("mode %r" % m, lambda: open(path, m))
t("binary encoding", lambda: open(path, "rb", encoding="utf-8"))
t("binary errors", lambda: open(path, "rb", errors="strict"))
t("binary newline", lambda: open(path, "rb", newline=""))
t("unbuffered text", lambda: open(path, "r", buffering=0))
t("bad newline", lambda: open(path, "r", newline="x"))
t("bad encoding", lambda: open(path, "r", encoding="nope"))
t("bad file", lambda: open(3.5))
t("mode type", lambda: open(path, 5))
t("kw", lambda: open(file=path, foo=1))
t("both", lambda: open(path, file=path))
t("no args", lambda: open())
try:
    open(base + "_missing.txt")
except FileNotFoundError as e:
    print(type(e).__name__, e.errno, e.strerror, e.filename == base + "_missing.txt")
    print(str(e) == "[Errno 2] No such file or directory: %r" % (base + "_missing.txt"))
t("exists", lambda: open(path, "x"))
t("dir", lambda: open("/tmp", "r"))
f = open(path, "rb")
f.close()
for m in ["read", "readline", "peek", "read1", "tell", "fileno"]:
    t("closed " + m, lambda: getattr(f, m)())
t("closed seek", lambda: f.seek(0))
posix.unlink(path)
