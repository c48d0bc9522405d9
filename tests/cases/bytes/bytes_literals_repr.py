print(b"abc", b"\x00\xff", b"it's", b'"', b"'\"", b"\t\n\r\\", bytes(3), bytes([65, 66]), bytes(range(3)), bytes("é", "utf-8"))
print(repr(bytearray(b"xy")), bytearray(2), bytes(bytearray(b"q")), bytearray([1, 2]), len(b"abc"), b"abc"[0], b"abc"[-1:], b"abc"[::-1])
print(list(b"hi"), b"a" + b"b", b"ab" * 2, b"b" in b"abc", 98 in b"abc", b"" in b"x", bytes.fromhex("de ad BE EF"), b"\xde\xad".hex(), b"\x01\x02".hex(":"))
