s = {3, 1, 2}
s.add(4); s.add(1); s.discard(10); s.remove(3)
print(s, len(s), 2 in s, set(), set([1, 1, 2]), set("aab") == {"a", "b"}, frozenset([1, 2]), frozenset())
print({1, 2} | {3}, {1, 2} & {2, 3}, {1, 2} - {2}, {1, 2} ^ {2, 3}, {1, 2} <= {1, 2, 3}, {1, 2} < {1, 2}, {1, 2, 3} > {1}, {1} == frozenset({1}))
print(s.union([9], (8,)), s.intersection({1, 2}, [2]), s.difference([1]), s.symmetric_difference([1, 7]), s.issubset(range(10)), s.issuperset([1]), s.isdisjoint({100}))
t = s.copy(); t.update([5], {6}); t.intersection_update(range(6)); t.difference_update({1}); t.symmetric_difference_update({2, 30})
print(t, s.pop() in {1, 2, 4}, sorted(s))
s.clear()
print(s, type(frozenset() | {1}).__name__, type({1} | frozenset()).__name__)
