a = frozenset([1, 2])
b = frozenset([2, 1])
print(a == b, hash(a) == hash(b), {a: "x"}[b], {a, b} == {a}, {frozenset(): 0})
s = {1, 2}
print(frozenset(s) in {frozenset({1, 2})}, {1, 2} in {frozenset({1, 2})}, repr(frozenset({1})), repr(set()), repr({1, 2, 3}))
class FS(frozenset):
    pass
f = FS([1])
print(f, type(f | {2}).__name__, f == {1})
