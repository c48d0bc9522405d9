matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([x for x in range(30) if x % 2 == 0 if x % 3 == 0], [(a, b) for a, b in zip("abc", range(3)) if b != 1])
print({k: v for k, v in sorted({"b": 2, "a": 1}.items())}, [s for s, in [("x",), ("y",)]], [a for a, *b in ["ab", "cd"]])
print([x if x % 2 else -x for x in range(5)], [i for i in range(3)][::-1], list({x: None for x in "hello"}))
