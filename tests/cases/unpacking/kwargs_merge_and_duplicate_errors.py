def f(**kw):
    return kw
base = {"a": 1}
print(f(**base, b=2), {**base, "a": 2}, dict(**base, c=3))
try:
    f(**base, **{"a": 3})
except TypeError as e:
    print(type(e).__name__, e)
try:
    dict(**base, a=5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    f(**{"a": 1}, a=2)
except TypeError as e:
    print(type(e).__name__, e)
class Mapping:
    def keys(self):
        return ["k1", "k2"]
    def __getitem__(self, k):
        return k.upper()
print(f(**Mapping()), {**Mapping()})
