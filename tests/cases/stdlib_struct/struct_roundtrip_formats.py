import _struct as struct

fmts = ["<bBhHiIlLqQ", ">bBhHiIlLqQ", "!hHiI", "=qQ", "@bhilqBHILQnN", "@bhilqP"]
for f in fmts:
    n = struct.calcsize(f)
    vals = []
    for c in f.lstrip("<>!=@"):
        size = struct.calcsize(f[0] + c) if f[0] != "@" else struct.calcsize("@" + c)
        if c.isupper() or c == "P":
            vals.append((1 << (size * 8)) - 1)
        else:
            vals.append(-(1 << (size * 8 - 1)))
    b = struct.pack(f, *vals)
    print(f, n, b.hex(), struct.unpack(f, b) == tuple(vals))
for f in ["<d", ">d", "<f", ">f", "<e", ">e", "@d", "@f", "@e"]:
    for x in [0.0, -0.0, 1.0, -2.5, 0.1, 1e-5, 65504.0, 3.0e-8, 6e-8, 1e-300, 123.456, 5.960464477539063e-08, 0.00006103515625, 2049.0, 2051.0]:
        try:
            b = struct.pack(f, x)
            print(f, x, b.hex(), struct.unpack(f, b)[0])
        except OverflowError as e:
            print(f, x, "OverflowError", e)
    for x in [float("inf"), float("-inf")]:
        print(f, x, struct.pack(f, x).hex())
print(struct.unpack("<e", b"\x00\xfc"), struct.unpack("<e", b"\x01\x00"), struct.unpack(">e", b"\x3c\x00"))
print(struct.calcsize("@c"), struct.calcsize("@ch"), struct.calcsize("@cf"), struct.calcsize("@cd"), struct.calcsize("@ce"), struct.calcsize("@c?"), struct.calcsize("@c5s"), struct.calcsize("@5sq"), struct.calcsize("@3xi"), struct.calcsize("@P0q"))
print(struct.pack("@c5s2xq", b"a", b"hi", 7).hex())
print(struct.pack("<3s4p?x?", b"abcdef", b"xy", 1, 0))
print(struct.unpack("<3s4p?x?", b"abc\x02xy\x00\x01\x00\x00"))
print(struct.pack("<255p", b"z" * 300)[:3], struct.unpack("<300p", b"\xff" + b"q" * 299)[0][:5], len(struct.unpack("<300p", b"\xff" + b"q" * 299)[0]))

class Idx:
    def __index__(self):
        return 42
print(struct.pack("<i", Idx()), struct.pack("<?", Idx()), struct.pack("<d", Idx()), struct.pack("<d", 3))
