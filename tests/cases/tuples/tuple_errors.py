t = (1, 2)
for f in (lambda: t[2], lambda: t.index(5), lambda: t + [3], lambda: t.__setitem__(0, 1), lambda: hash((1, [2])), lambda: (1, "a") < ("a", 1), lambda: tuple(5), lambda: t["x"], lambda: t * "2"):
    try:
        print(f())
    except (IndexError, ValueError, TypeError, AttributeError) as e:
        print(type(e).__name__, e)
try:
    t[0] = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    del t[0]
except TypeError as e:
    print(type(e).__name__, e)
