print(len("abc"), len([1]), len({1: 2}), len(range(10)), len(b"xy"), len(range(0, 10, 3)), abs(-3), abs(-2.5), abs(3 + 4j), abs(True))
for f in (lambda: len(5), lambda: len(), lambda: len([], []), lambda: abs("x"), lambda: abs(), lambda: len(iter([])), lambda: len(x for x in [])):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
