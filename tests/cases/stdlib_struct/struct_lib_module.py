# Needs the Lib import system (struct.py re-exports _struct).
import struct

print(struct.pack("<hHi", -2, 65535, 7), struct.unpack(">I", b"\x00\x00\x01\x00"), struct.calcsize("@bq"))
s = struct.Struct("!4sH")
print(s.size, s.pack(b"abcd", 80), s.unpack(b"wxyz\x01\x00"))
try:
    struct.pack("b", 200)
except struct.error as e:
    print("struct.error:", e)
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00")), struct.error.__module__)
