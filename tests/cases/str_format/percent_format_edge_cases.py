print("%5.1s|%-6.2f|%+05d|% 05.1f|%#x|%#X|%#o" % ("abc", 3.14159, 42, 2.5, 0, 255, 0))
print("%c%c" % (0x1F600, "x"), "%r" % {"a": 1}, "%s" % (("tuple",),), "%s" % {"k": 1}, "%(a)s %(a)r" % {"a": "v"})
print("%.0f %.0f %.0f %.0e %g %g" % (0.5, 1.5, 2.5, 12345, 100000, 1000000), "%i" % True, "%d" % 2.9, "%x" % 255.0 if False else "")
print("%%" % (), "a%%b" % (), "%s%%" % 5)
for f, a in (("%(a)s %s", {"a": 1}), ("%*s", ("x",)), ("%.*f", (1.5, 2))):
    try:
        print(f % a)
    except TypeError as e:
        print(type(e).__name__, e)
