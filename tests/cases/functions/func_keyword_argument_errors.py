def f(a, b=2):
    return a, b
for c in (lambda: f(1, c=3), lambda: f(b=1), lambda: f(1, a=2), lambda: len(obj=1), lambda: print(badkw=1), lambda: sorted([1], 2), lambda: int(x=5), lambda: dict.get({}, k=1), lambda: "a".split(sep=",", x=1)):
    try:
        print(c())
    except TypeError as e:
        print(type(e).__name__, e)
