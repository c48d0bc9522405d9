class P:
    pass
a, b = P(), P()
print(a == a, a == b, a != b, hash(a) == hash(a), len({a, b, a}))
class Q:
    def __eq__(self, o):
        return isinstance(o, Q)
print(Q() == Q(), Q.__hash__ is None)
try:
    {Q()}
except TypeError as e:
    print(type(e).__name__, e)
