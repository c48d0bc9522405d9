print(sorted([3, 1.5, True, -2]), min([3, 1.5, True]), max("abc", key=None), sorted([], key=None), min([(1, "b"), (1, "a")]))
print(sorted(["b", "A", "a", "B"]), sorted(["b", "A", "a", "B"], key=str.swapcase), max([[1, 2], [1, 3], [0, 9]]), min("zyx", "abc", "mno"))
print(max({1: "a", 3: "b"}), min(range(5, 0, -1)), max(iter([4, 7, 1])), sorted((3, 2, 1)), sorted({"x": 1}.items()))
