print([x * x for x in range(6) if x % 2], {x % 3 for x in range(10)}, {k: len(k) for k in ("a", "bb", "ccc")})
print([(i, j) for i in range(3) for j in range(i)], [c.upper() for c in "abc" if c != "b"], [[r * c for c in range(3)] for r in range(3)])
print([x for x in range(20) if x % 2 if x % 3], [a + b for a, b in [(1, 2), (3, 4)]], [y for (y, *_) in ["ab", "cd"]])
print({v: k for k, v in {"a": 1, "b": 2}.items()}, sorted({c for c in "mississippi"}), [i for i in []])
