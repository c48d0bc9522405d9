a = [1, 2, 3]
for f in (lambda: a[3], lambda: a[-4], lambda: a.pop(10), lambda: [].pop(), lambda: a.remove(9), lambda: a.index(9), lambda: a["x"], lambda: a + (4,), lambda: a * 1.5, lambda: a.index(1, "x"), lambda: list(5), lambda: a.__setitem__(5, 0), lambda: a.insert(), lambda: a.append(1, 2), lambda: a.sort(1), lambda: [1, "a"].sort(), lambda: hash(a), lambda: {a: 1}):
    try:
        print(f())
    except (IndexError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
