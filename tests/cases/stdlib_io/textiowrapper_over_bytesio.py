# _io.TextIOWrapper over BytesIO: encodings, newline modes, readline, tell/seek round trips
import _io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = _io.BytesIO(b"ab\r\ncd\ref\n")
w = _io.TextIOWrapper(b)
print(w.encoding, w.errors, w.line_buffering, w.write_through, w.newlines)
t("name", lambda: hasattr(w, "name"))
t("write bytes", lambda: w.write(b"x"))
t("seek cur", lambda: w.seek(1, 1))
t("seek end", lambda: w.seek(1, 2))
t("seek neg", lambda: w.seek(-1))
t("seek whence", lambda: w.seek(0, 3))
print(repr(w.readline()), w.tell(), repr(w.readline()), repr(w.read()), w.tell())
w2 = _io.TextIOWrapper(_io.BytesIO(b"ab\r\ncd\ref\n"))
print(repr(w2.readline()), w2.newlines, repr(w2.read()), w2.newlines)
w.seek(0)
next(w)
t("tell after next", lambda: w.tell())
t("bad encoding", lambda: _io.TextIOWrapper(b, encoding="foo"))
t("bad newline", lambda: _io.TextIOWrapper(b, newline="x"))
t("errors type", lambda: _io.TextIOWrapper(b, errors=3))
t("encoding type", lambda: _io.TextIOWrapper(b, encoding=3))
t("newline type", lambda: _io.TextIOWrapper(b, newline=3))
w.mode = "r"
print(repr(w))
d = w.detach()
print(type(d).__name__)
t("read detached", lambda: w.read())
t("repr detached", lambda: repr(w))
t("buffer detached", lambda: w.buffer)
w = _io.TextIOWrapper(_io.BytesIO())
w.close()
for m in ["read", "readline", "tell", "flush", "isatty", "readable", "seekable",
          "writable", "detach", "__next__", "__iter__", "truncate"]:
    t(m, lambda: getattr(w, m)())
t("write closed", lambda: w.write("x"))
t("seek closed", lambda: w.seek(0))
print(w.closed, w.encoding)
t("uninit", lambda: _io.TextIOWrapper.__new__(_io.TextIOWrapper).read())

for nl in [None, "", "\n", "\r", "\r\n"]:
    raw = _io.BytesIO()
    w = _io.TextIOWrapper(raw, encoding="utf-8", newline=nl)
    w.write("a\nb\r\nc\rd\n")
    w.flush()
    v = raw.getvalue()
    w.seek(0)
    print(repr(nl), v, w.readlines(), w.newlines)
    w.seek(0)
    pos = []
    while True:
        p = w.tell()
        line = w.readline()
        if not line:
            break
        pos.append((p, line))
    for p, line in pos:
        w.seek(p)
        assert w.readline() == line, (p, line)
    print("round trip ok", len(pos))

for enc in ["utf-8", "latin-1", "ascii", "utf-16", "utf-16-be", "utf-32", "utf-32-le"]:
    raw = _io.BytesIO()
    w = _io.TextIOWrapper(raw, encoding=enc, errors="replace")
    w.write("h\u00e9llo\n" * 3 + "end")
    w.flush()
    print(enc, raw.getvalue()[:12], len(raw.getvalue()))
    w.seek(0)
    a = w.read(3)
    p = w.tell()
    rest = w.readline()
    w.seek(p)
    print(repr(a), repr(rest), w.readline() == rest, repr(w.read()))

data = "é€😀\n".encode() * 5000
w = _io.TextIOWrapper(_io.BytesIO(data), encoding="utf-8")
print(len(w.read()))
w.seek(0)
print(sum(len(line) for line in w))
w.seek(0)
w._CHUNK_SIZE = 5
print(repr(w.read(7)), repr(w.readline()), repr(w.read(2)))
t("strict decode", lambda: _io.TextIOWrapper(_io.BytesIO(b"\xff\xfeabc"), encoding="utf-8").read())
print(_io.TextIOWrapper(_io.BytesIO(b"\xffabc"), encoding="utf-8", errors="replace").read())
t("strict encode", lambda: _io.TextIOWrapper(_io.BytesIO(), encoding="ascii").write("é"))
w = _io.TextIOWrapper(_io.BytesIO(b"abc\ndef\n"), encoding="utf-8")
print(w.read(2))
w.reconfigure(line_buffering=True)
print(w.line_buffering)
t("reconfigure after read", lambda: w.reconfigure(encoding="latin-1"))
t("reconfigure positional", lambda: w.reconfigure(1))
w = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8")
w.reconfigure(encoding="latin-1", newline="\r\n")
w.write("é\n")
w.flush()
print(w.buffer.getvalue(), w.encoding, w.errors)
w = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", line_buffering=True)
w.write("no newline")
print(w.buffer.getvalue())
w.write(" line\n")
print(w.buffer.getvalue())
w = _io.TextIOWrapper(_io.BytesIO(), encoding="utf-8", write_through=True)
w.write("through")
print(w.buffer.getvalue())

# utf-8-sig: a byte order mark written first and skipped on reading
raw = _io.BytesIO()
w = _io.TextIOWrapper(raw, encoding='utf-8-sig')
w.write('héllo\nwörld\n'); w.flush()
print(raw.getvalue())
w.seek(0)
print(repr(w.readline()), w.tell(), repr(w.read()))
w.seek(0); print(repr(w.read(2)))
r = _io.TextIOWrapper(_io.BytesIO(b'plain\n'), encoding='utf-8-sig'); print(repr(r.read()))
r = _io.TextIOWrapper(_io.BytesIO(b'\xef\xbb\xbfa\nb\n'), encoding='UTF-8-SIG'); print(r.readlines(), r.encoding)
