s = {x * 7 % 11 for x in range(11)}
print(s, len(s), sorted(s) == list(range(11)))
print({-1, -2, 3}, {10, 5, 1}, {2 ** 40, 1}, set([3, 1, 2]), frozenset({3, 2, 1}))
e = set()
e.add(5); e.add(3)
print(e, {True, 2}, {0.5, 1})
