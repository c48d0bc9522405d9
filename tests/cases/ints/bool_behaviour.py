print(True + 1, True * 3, -True, ~True, True / 2, True // 1)
print(bool(0), bool(-1), bool(""), bool("0"), bool([]), bool(None), bool(0.0), bool(0j))
print(repr(True), str(False), int(True), float(False), True is bool(1))
print(isinstance(True, int), issubclass(bool, int), bool.__mro__)
try:
    class B(bool):
        pass
except TypeError as e:
    print(type(e).__name__, e)
print(format(True, "d"), f"{True}", f"{True:>6}")
