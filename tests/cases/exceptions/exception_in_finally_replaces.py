def f():
    try:
        raise ValueError("first")
    finally:
        raise KeyError("second")
try:
    f()
except KeyError as e:
    print(repr(e), repr(e.__context__))
def g():
    try:
        return 1
    finally:
        try:
            raise TypeError("inner")
        except TypeError:
            pass
print(g())
