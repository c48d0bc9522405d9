d = {1: "a", 2: "b"}
print({1, 3} & d.keys(), d.keys() & {1, 3}, {1, 2} == d.keys(), set(d.items()) >= {(1, "a")})
x = {1, 2, 3}
x &= {2, 3, 4}
x |= {10}
x -= {3}
x ^= {4, 10}
print(x, sorted({i * i % 7 for i in range(20)}), set(range(5)) - set(range(0, 5, 2)))
print(sorted({5, 1, 3}, reverse=True), min({4, 2, 8}), sum({1, 2, 3}), max(frozenset({-1, -5})))
