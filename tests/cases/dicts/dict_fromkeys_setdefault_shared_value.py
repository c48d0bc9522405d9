d = dict.fromkeys("ab", [])
d["a"].append(1)
print(d)
e = {}
e.setdefault("k", []).append(1)
e.setdefault("k", []).append(2)
print(e)
class D(dict):
    pass
print(type(D.fromkeys("x")).__name__, D.fromkeys([1], 0))
try:
    dict.fromkeys(5)
except TypeError as e:
    print(type(e).__name__, e)
