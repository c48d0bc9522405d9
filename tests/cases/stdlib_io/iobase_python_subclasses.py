# Python subclasses of the _io bases get the generic methods (readline via read/peek,
# iteration, context manager, readlines/writelines, close/flush protocol)
import _io


class Raw(_io._RawIOBase):
    def __init__(self, data):
        self.data = data
        self.pos = 0

    def readinto(self, b):
        n = min(len(b), 4, len(self.data) - self.pos)
        b[:n] = self.data[self.pos:self.pos + n]
        self.pos += n
        return n

    def readable(self):
        return True


r = Raw(b"line1\nline2\nend")
print(r.read(3), r.read(), Raw(b"ab").readall(), Raw(b"x\ny").readline(), list(Raw(b"a\nb\n")))
print(Raw(b"q\nw\ne").readlines(), Raw(b"abc").readline(2))
br = _io.BufferedReader(Raw(b"one\ntwo\nthree"), 3)
print(br.readline(), br.peek(1)[:1], br.read(2), br.read(), br.read())
with Raw(b"ctx") as c:
    print(c.closed, c.read())
print(c.closed)
try:
    c.read()
except ValueError as e:
    print("ValueError", e)


class Sink(_io._RawIOBase):
    def __init__(self):
        self.chunks = []

    def writable(self):
        return True

    def write(self, b):
        self.chunks.append(bytes(b))
        return len(b)

    def flush(self):
        print("flush called, closed =", self.closed)
        super().flush()


s = Sink()
w = _io.BufferedWriter(s, 4)
w.write(b"ab")
print(s.chunks)
w.write(b"cdef")
print(s.chunks)
w.write(b"xyz0123456")
print(s.chunks)
w.close()
print(s.chunks, s.closed)


class Text(_io._TextIOBase):
    def __init__(self, lines):
        self.lines = list(lines)

    def readline(self):
        return self.lines.pop(0) if self.lines else ""


print(list(Text(["a\n", "b\n"])), Text(["x\n"]).readlines())
tb = Text([])
for name, args in [("read", ()), ("write", ("x",)), ("detach", ()), ("seek", (0,)),
                   ("truncate", ()), ("fileno", ())]:
    try:
        getattr(tb, name)(*args)
    except _io.UnsupportedOperation as e:
        print(name, type(e).__name__, e)
print(tb.encoding, tb.newlines, tb.errors, tb.readable(), tb.writable(), tb.seekable())


class Buf(_io._BufferedIOBase):
    def read(self, n=-1):
        return b"xyz"[: n if n >= 0 else 3]


b = bytearray(2)
print(Buf().readinto(b), b, Buf().readinto1(bytearray(5)))
base = _io._IOBase()
print(base.closed, base.readable(), base.writable(), base.seekable())
base.close()
print(base.closed)
try:
    base.flush()
except ValueError as e:
    print("ValueError", e)
print(issubclass(_io.UnsupportedOperation, OSError), issubclass(_io.UnsupportedOperation, ValueError))
print(_io.UnsupportedOperation.__module__, _io.BlockingIOError is BlockingIOError)
print(_io.DEFAULT_BUFFER_SIZE, _io.text_encoding(None), _io.text_encoding("latin-1"))
print([c.__name__ for c in _io.BufferedRandom.__mro__], [c.__name__ for c in _io.FileIO.__mro__])
