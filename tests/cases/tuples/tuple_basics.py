t = (1, "a", 2.5)
print(t, (), (1,), tuple("ab"), tuple([1, 2]), t[1], t[-1], t[::-1], t[1:], len(t), t + (3,), t * 2, 2.5 in t)
print(t.index("a"), t.count(1), (1, 2) < (1, 3), (1, 2) < (1, 2, 0), (1, (2, 3)) == (1, (2, 3)), hash((1, 2)) == hash((1, 2)))
a, b, c = t
print(a, b, c, type(()).__name__, (1, 2).__len__(), tuple(x * 2 for x in range(3)))
print(repr((1,)), repr(((),)), str(("s",)))
