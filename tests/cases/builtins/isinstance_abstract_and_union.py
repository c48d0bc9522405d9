print(isinstance(1, int | str), isinstance(None, int | None), issubclass(bool, int | float), int | str, type(int | str).__name__, (int | str) == (str | int))
print(isinstance([], (list, tuple)), isinstance(True, int), isinstance(1, bool), isinstance(type, object), isinstance(3.0, (int, (float,))))
try:
    isinstance(1, int | list[int])
except TypeError as e:
    print(type(e).__name__, e)
