t = (1, 2, 3, 2)
print(t.count(2), t.index(2), t.index(2, 2), t.index(3, -2))
for f in (lambda: t.index(2, 4), lambda: t.count(), lambda: t.index(), lambda: t.append(1), lambda: t.sort(), lambda: tuple.__getitem__(t, 10), lambda: t[1:2:0]):
    try:
        print(f())
    except (ValueError, TypeError, AttributeError, IndexError) as e:
        print(type(e).__name__, e)
