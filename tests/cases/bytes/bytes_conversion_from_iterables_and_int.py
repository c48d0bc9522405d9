print(bytes(range(65, 70)), bytes([]), bytes((x for x in [104, 105])), bytes(2), bytes(b"x" * 3), bytearray("ab", "ascii"), bytes("ü", "latin-1"))
for f in (lambda: bytes(["a"]), lambda: bytes([1.0]), lambda: bytes("x", "nope"), lambda: bytes(b"x", "ascii"), lambda: bytearray(-1)):
    try:
        f()
    except (TypeError, ValueError, LookupError) as e:
        print(type(e).__name__, e)
