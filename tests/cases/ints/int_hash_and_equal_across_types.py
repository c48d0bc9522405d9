print(hash(1) == hash(1.0) == hash(True), hash(2 ** 61 - 1), hash(2 ** 61), hash(-(2 ** 61)), hash(10 ** 30) == hash(float(10 ** 30)) if False else "")
print({1: "a", 1.0: "b"}, {True: 1, 1: 2, 1.0: 3}, {0.5: "x"}[1 / 2], 1 in {1.0}, 1.5 in {1, 2})
print(len({0, 0.0, -0.0, False, 0j}), hash(-1) == hash(-2), hash(float("inf")), hash(float("-inf")))
