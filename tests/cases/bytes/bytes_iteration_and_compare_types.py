b = b"az"
print([x for x in b], b[0] == 97, b[0:1] == b"a", b"a" < b"b", bytes(b) is b, list(reversed(b)), sorted(b"cab"), max(b"abc"))
print(b"abc" == "abc", b"abc" != bytearray(b"abc"), hash(b"abc") == hash(bytearray(b"abc").__bytes__() if hasattr(bytearray, "__bytes__") else b"abc"))
try:
    b"a" < "b"
except TypeError as e:
    print(type(e).__name__, e)
