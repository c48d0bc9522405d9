class Seq:
    def __init__(self, n): self.n = n
    def __len__(self): return self.n
    def __getitem__(self, i):
        if isinstance(i, slice):
            return ("slice", i.start, i.stop, i.step)
        if i >= self.n or i < -self.n:
            raise IndexError("out")
        return i * 10
s = Seq(3)
print(list(s), 20 in s, 25 in s, s[1:2], s[::-1], s[-1], len(s), list(reversed(s)), sorted(s, reverse=True))
class C:
    def __contains__(self, x):
        return x == "magic"
    def __iter__(self):
        return iter([1, 2])
print("magic" in C(), 1 in C(), list(C()))
class M:
    def __init__(self): self.d = {}
    def __setitem__(self, k, v): self.d[k] = v
    def __getitem__(self, k): return self.d[k]
    def __delitem__(self, k): del self.d[k]
m = M()
m["a"] = 1; m[1:2] = "s"
print(m.d, m["a"])
del m["a"]
try:
    m["a"]
except KeyError as e:
    print(type(e).__name__, e)
try:
    len(C())
except TypeError as e:
    print(type(e).__name__, e)
try:
    C()[0]
except TypeError as e:
    print(type(e).__name__, e)
