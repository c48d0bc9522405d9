print(sorted([3, 1, 2]), sorted("cba"), sorted({"b": 1, "a": 2}), sorted([3, 1, 2], reverse=True), sorted(["b", "A", "c"], key=str.lower))
print(list(reversed([1, 2, 3])), list(reversed("abc")), list(reversed(range(5))), list(reversed((1, 2))), list(reversed({1: 0, 2: 0})))
for f in (lambda: sorted(5), lambda: sorted([1], lambda x: x), lambda: reversed(5), lambda: reversed({1, 2}), lambda: list(reversed(iter([1]))), lambda: sorted([1, 2], cmp=None)):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
