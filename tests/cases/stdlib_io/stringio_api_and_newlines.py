# _io.StringIO: read/write/seek/tell/truncate, newline modes, iteration, closed errors
import _io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


s = _io.StringIO()
print(s.write("héllo\nwörld\n"), s.tell(), s.seek(0), repr(s.read(3)))
print(repr(s.readline()), repr(s.readline(2)), repr(s.read()), s.tell())
print(repr(s.getvalue()), s.readable(), s.writable(), s.seekable(), s.closed)
print(list(_io.StringIO("x\ny\n\nz")), _io.StringIO("a\nb").readlines())
s = _io.StringIO("abc")
t("seek neg", lambda: s.seek(-1))
t("seek whence", lambda: s.seek(0, 3))
t("seek cur", lambda: s.seek(1, 1))
t("seek end", lambda: s.seek(1, 2))
t("seek float", lambda: s.seek(1.5))
t("truncate neg", lambda: s.truncate(-1))
t("write bytes", lambda: s.write(b"x"))
t("bad newline", lambda: _io.StringIO(newline="x"))
t("newline type", lambda: _io.StringIO(newline=5))
t("initial type", lambda: _io.StringIO(1))
t("seek past", lambda: s.seek(10))
t("write past", lambda: s.write("z"))
t("value", lambda: s.getvalue())
t("tell", lambda: s.tell())
print(s.seek(0, 2), s.truncate(2), repr(s.getvalue()), s.tell(), s.write("Q"), repr(s.getvalue()))
print(s.line_buffering, s.newlines, s.encoding, s.errors)
for nl in [None, "", "\n", "\r", "\r\n"]:
    s = _io.StringIO("a\nb\r\nc\rd", newline=nl)
    print(repr(nl), repr(s.getvalue()), s.readlines(), s.newlines, s.tell())
s = _io.StringIO(newline=None)
s.write("one\r")
print(repr(s.getvalue()), s.newlines)
s.write("\ntwo")
print(repr(s.getvalue()), s.newlines)
s = _io.StringIO("abc")
s.close()
s.close()
for m in ["read", "getvalue", "tell", "readable", "seekable", "writable", "flush",
          "isatty", "readline", "__next__", "truncate"]:
    t(m, lambda: getattr(s, m)())
t("write closed", lambda: s.write("x"))
t("seek closed", lambda: s.seek(0))
t("closed", lambda: s.closed)
with _io.StringIO("ctx") as c:
    print(c.read())
print(c.closed)
t("enter closed", lambda: c.__enter__())


class Upper(_io.StringIO):
    def write(self, s):
        return super().write(s.upper())


u = Upper()
u.write("shout\n")
print(repr(u.getvalue()), isinstance(u, _io._TextIOBase), isinstance(u, _io._IOBase))
print(_io.StringIO("x").__class__.__mro__)
