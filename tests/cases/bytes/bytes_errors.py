for f in (lambda: bytes([256]), lambda: bytes([-1]), lambda: bytes("abc"), lambda: bytes(-1), lambda: b"a" + "b", lambda: b"abc"[5], lambda: bytes.fromhex("zz"), lambda: "a" in b"abc", lambda: 300 in b"abc", lambda: b"abc".decode("ascii", "strict").index("z"), lambda: bytes(1.5), lambda: b"%d" % "x"):
    try:
        print(f())
    except (TypeError, ValueError, IndexError) as e:
        print(type(e).__name__, e)
try:
    b = b"abc"
    b[0] = 1
except TypeError as e:
    print(type(e).__name__, e)
