rows = [(1, 2, 3, 4), (5, 6), (7,)]
for first, *rest in rows:
    print(first, rest)
print([last for *_, last in rows], [(h, t) for h, *t in ["abc", "de"]])
[a, *b], c = "xyz", 1
print(a, b, c)
*xs, = range(3)
print(xs)
