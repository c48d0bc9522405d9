g = (x * x for x in range(4))
print(sum(g), sum(g), list(g))
g2 = (c for c in "abc")
print(next(g2), "b" in g2, list(g2))
g3 = (i for i in range(3))
print(type(g3).__name__, g3.__name__, iter(g3) is g3)
gens = [(i * j for j in range(2)) for i in range(3)]
print([list(g) for g in gens])
