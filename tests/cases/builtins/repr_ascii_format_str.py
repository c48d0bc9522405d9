print(repr("é\n"), ascii("é\n"), ascii([1, "ü"]), repr(1.0), repr(None), repr(...), ascii(b"\xff"), repr(range(3)), repr(slice(1, 2)))
print(format(12, "05"), format("s", "^5"), format(3.14159), format(0.5, ".0%"), str(1e16), repr(1e16), str(12345678901234567890.0))
print(repr(int), repr(len), repr(object), repr(type(None)), str(type), repr(NotImplemented), repr(Ellipsis))
for f in (lambda: format(1, 2), lambda: repr(), lambda: ascii(1, 2)):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
