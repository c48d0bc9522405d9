print(b"%s %d %x %c %c %5.1f %%" % (b"ab", 42, 255, 65, b"z", 2.25), b"%(k)s" % {b"k": b"v"}, b"%b" % b"raw", b"%a" % "é")
for fmt, arg in ((b"%s", "str"), (b"%c", 300), (b"%c", b"ab"), (b"%d", b"1"), (b"%y", 1)):
    try:
        print(fmt % arg)
    except (TypeError, ValueError, OverflowError) as e:
        print(type(e).__name__, e)
try:
    f"{b'x':s}"
except TypeError as e:
    print(type(e).__name__, e)
print(str(b"abc"), f"{b'abc'}", format(b"ab"), "%s" % b"x", repr(bytes([0x27, 0x22])))
