import _struct as struct

s = struct.Struct("<hi")
print(s.format, s.size, type(s).__name__)
print(s.pack(1, -2), s.unpack(b"\x01\x00\xfe\xff\xff\xff"))
buf = bytearray(10)
s.pack_into(buf, 2, 7, 8)
print(buf)
s.pack_into(buf, -6, 9, 10)
print(buf)
print(s.unpack_from(buf, 2), s.unpack_from(buf), s.unpack_from(buffer=buf, offset=4))
mv = memoryview(buf)
struct.pack_into("<H", mv, 0, 0xBEEF)
print(buf[:2], struct.unpack_from("<H", mv))
it = s.iter_unpack(bytes(range(12)))
print(it.__length_hint__(), next(it), it.__length_hint__(), list(it))
print(list(struct.iter_unpack("<B", b"abc")))
print(struct.Struct(b"@i").format, struct.Struct(format="<q").size)
print(struct.unpack("<4B", bytearray(b"\x01\x02\x03\x04")), struct.unpack("<2H", memoryview(b"abcd")))

class MyStruct(struct.Struct):
    def __init__(self, fmt, extra):
        super().__init__(fmt)
        self.extra = extra

m = MyStruct("<I", "hello")
print(m.size, m.format, m.extra, m.pack(5), isinstance(m, struct.Struct))
try:
    raise struct.error("boom")
except struct.error as e:
    print(type(e).__name__, e, isinstance(e, Exception))
for bad in [lambda: s.pack(1), lambda: s.unpack(b"x"), lambda: s.pack_into(b"abcdef", 0, 1, 2), lambda: s.iter_unpack(b"abc")]:
    try:
        bad()
    except Exception as e:
        print(type(e).__name__, e)
