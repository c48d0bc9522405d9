ba = bytearray(range(10))
ba[2:5] = b""
ba[::2] = bytes(len(ba[::2]))
print(ba)
ba[1:1] = [255, 254]
print(ba, ba[-1], ba.index(254), 7 in ba, ba.count(0))
ba *= 2
print(len(ba), ba.startswith(b"\x00\xff"))
del ba[::2]
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[0] = -1
except ValueError as e:
    print(type(e).__name__, e)
try:
    ba[100]
except IndexError as e:
    print(type(e).__name__, e)
print(bytearray(b"abc").upper(), type(bytearray(b"a") + b"b").__name__, type(b"a" + bytearray(b"b")).__name__)
