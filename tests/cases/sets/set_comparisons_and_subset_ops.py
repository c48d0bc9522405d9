a, b = {1, 2}, {1, 2, 3}
print(a < b, a <= b, b > a, b >= b, a == b, a != b, a.issubset(b), b.issuperset(a), a < a)
print({1, 2} < frozenset({1, 2, 3}), frozenset({1}) <= {1}, {1} < {2}, {1} > {2}, sorted([{3}, {1, 2}, {1}], key=len))
print(set() == frozenset(), {1, 2} - {1, 2, 3}, {1} | set(), set() & {1}, {frozenset({1})} == {frozenset([1])})
try:
    {1} <= [1]
except TypeError as e:
    print(type(e).__name__, e)
print({1}.issubset([1, 2]), {1}.union(), {5}.intersection(), {1, 2}.difference())
