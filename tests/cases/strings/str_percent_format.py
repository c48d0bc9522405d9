print("%s %r %d %i %5.2f %-5d| %05d %x %X %#x %o %#o %e %E %g %c %c %%" % ("s", "r", 42, 7, 3.14159, 3, 42, 255, 255, 255, 8, 8, 12345.678, 0.00012, 1e-10, "z", 65))
print("%(name)s is %(age)d" % {"name": "Bob", "age": 30}, "%s" % (1,), "%s" % [1, 2], "%s %s" % ("a", "b"))
print("%+d % d %+.1f %.3s %*d %-*d| %.*f" % (5, 5, 2.25, "abcdef", 5, 42, 4, 1, 2, 3.14159))
print("%a %r" % ("é", "é"), "%d" % 3.99, "%x" % -255, "%s" % None, "%5s|%-5s|" % ("ab", "cd"))
for fmt, args in (("%d", "x"), ("%s %s", ("a",)), ("%s", ("a", "b")), ("%z", 1), ("%(k)s", (1,)), ("%c", "ab"), ("%d", None), ("%(k)s", {})):
    try:
        print(fmt % args)
    except (TypeError, ValueError, KeyError) as e:
        print(type(e).__name__, e)
