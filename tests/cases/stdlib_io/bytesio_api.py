# _io.BytesIO: read/write/seek/tell/truncate/readinto/getbuffer, closed errors
import _io


def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


b = _io.BytesIO(b"abc")
t("seek neg", lambda: b.seek(-1))
t("seek whence", lambda: b.seek(0, 3))
t("truncate neg", lambda: b.truncate(-1))
t("write str", lambda: b.write("x"))
t("seek float", lambda: b.seek(1.5))
t("init str", lambda: _io.BytesIO("x"))
t("seek past", lambda: b.seek(10))
t("write past", lambda: b.write(b"z"))
t("value", lambda: b.getvalue())
t("seek cur", lambda: b.seek(-2, 1))
t("seek end clamp", lambda: b.seek(-20, 2))
t("tell", lambda: b.tell())
t("truncate bigger", lambda: b.truncate(20))
t("value", lambda: b.getvalue())
t("buffer", lambda: bytes(b.getbuffer()))
print(b.read(2), b.read1(), b.seek(0), b.readline(), b.readlines(), b.read())
print(list(_io.BytesIO(b"a\nb\n\nc")), _io.BytesIO(b"x\ny\nz").readlines(2))
bb = bytearray(4)
b.seek(1)
print(b.readinto(bb), bb, b.tell())
mv = memoryview(bytearray(3))
b.seek(0)
print(b.readinto(mv), bytes(mv))
t("readinto bytes", lambda: b.readinto(b"xx"))
w = _io.BytesIO()
print(w.write(b"hello"), w.write(bytearray(b" ")), w.write(memoryview(b"world")), w.getvalue())
w.writelines([b"1", b"2"])
print(w.getvalue(), w.tell(), w.truncate(3), w.getvalue(), w.tell())
print(w.readable(), w.writable(), w.seekable(), w.isatty(), w.flush(), w.closed)
w.close()
for m in ["read", "getvalue", "tell", "readable", "seekable", "writable", "flush",
          "isatty", "readline", "__next__", "getbuffer", "read1", "truncate"]:
    t(m, lambda: getattr(w, m)())
t("write closed", lambda: w.write(b"x"))
t("seek closed", lambda: w.seek(0))
print(w.closed)
with _io.BytesIO(b"ctx") as c:
    print(c.read())
print(c.closed, isinstance(c, _io._BufferedIOBase))
