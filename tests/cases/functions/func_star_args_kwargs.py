def f(*args, **kwargs):
    return args, kwargs
print(f(), f(1, 2), f(a=1), f(*[1, 2], *(3,), **{"x": 1}, y=2), f(*"ab", **dict(z=3)))
def g(a, b, c):
    return a + b + c
print(g(*[1, 2, 3]), g(1, *[2], **{"c": 3}), g(**{"a": "x", "b": "y", "c": "z"}))
try:
    f(**{1: 2})
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(*5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**[1])
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(a=1, **{"a": 2})
except TypeError as e:
    print(type(e).__name__, e)
