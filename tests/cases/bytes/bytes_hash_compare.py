print(b"a" == b"a", b"a" == "a", b"a" == bytearray(b"a"), hash(b"") == hash(b""), b"abc" < b"b", b"" < b"\x00", sorted([b"b", b"a", b"ab"]))
d = {b"k": 1}
print(d[b"k"], bytes(memoryview(b"mv")), memoryview(b"abc")[1], bytes(memoryview(b"abcdef")[1:4]), memoryview(b"ab").tolist(), len(memoryview(b"abcd")))
m = memoryview(bytearray(b"xyz"))
m[0] = 65
print(m.obj, m.readonly, memoryview(b"q").readonly, m.tobytes(), m.nbytes)
try:
    memoryview(b"abc")[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
try:
    memoryview("abc")
except TypeError as e:
    print(type(e).__name__, e)
