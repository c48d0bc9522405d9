m = memoryview(b"hello")
print(m[0], m[-1], bytes(m[1:3]), m.tobytes(), len(m), m.format, m.itemsize, m.ndim, m.shape, list(m[:2]))
ba = bytearray(b"abc")
mv = memoryview(ba)
mv[1] = ord("X")
mv[2:3] = b"Y"
print(ba, mv.hex(), bytes(mv) == b"aXY", m == b"hello")
mv.release()
try:
    mv[0]
except ValueError as e:
    print(type(e).__name__, e)
try:
    mv2 = memoryview(bytearray(b"ab"))
    mv2[0:1] = b"xyz"
except ValueError as e:
    print(type(e).__name__, e)
