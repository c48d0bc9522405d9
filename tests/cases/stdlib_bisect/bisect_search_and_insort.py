import _bisect as b

a = [1, 2, 2, 2, 3, 5, 8]
for x in [0, 1, 2, 3, 4, 8, 9]:
    print(x, b.bisect_left(a, x), b.bisect_right(a, x), b.bisect_left(a, x, 2), b.bisect_right(a, x, 0, 4), b.bisect_left(a, x, hi=3), b.bisect_right(a=a, x=x, lo=1))
recs = [("a", 1), ("b", 3), ("c", 5)]
print(b.bisect_left(recs, 3, key=lambda r: r[1]), b.bisect_right(recs, 3, key=lambda r: r[1]), b.bisect_left(recs, 4, key=lambda r: r[1], lo=0, hi=None))
l = []
for x in [5, 1, 4, 1, 3, 9, 2]:
    b.insort_right(l, x)
print(l)
b.insort_left(l, 4)
b.insort_right(l, 0, 0, 0)
print(l)
rl = []
for r in [("x", 3), ("y", 1), ("z", 2), ("w", 1)]:
    b.insort_left(rl, r, key=lambda t: t[1])
print(rl)
rr = []
for r in [("x", 3), ("y", 1), ("z", 2), ("w", 1)]:
    b.insort_right(rr, r, key=lambda t: t[1])
print(rr)

class Seq:
    def __init__(self):
        self.d = []
    def __len__(self):
        return len(self.d)
    def __getitem__(self, i):
        return self.d[i]
    def insert(self, i, x):
        print("insert", i, x)
        self.d.insert(i, x)
s = Seq()
for x in [3, 1, 2]:
    b.insort(s, x) if hasattr(b, "insort") else b.insort_right(s, x)
print(s.d, b.bisect_left(s, 2), b.bisect_left("acegi", "d"), b.bisect_right((1, 2, 3), 2))
cases = ["b.bisect_left([1, 2], 1, -1)", "b.bisect_left([1, 2])", "b.bisect_left(1, 2)",
         "b.bisect_left([1, 2], 1, 1.5)", "b.bisect_right([1, 2, 3], 2, hi=None)",
         "b.bisect_left([1, 2, 3], 2, 0, 10)", "b.insort_left((1, 2), 1)", "b.bisect_left([1, 2], 1, 2, 3, 4)",
         "b.bisect_left([1, 2], 1, key=None, foo=1)", "b.bisect_left(a=[1, 2], x=2)",
         "b.bisect_right([3, 1], 2, lo=-5)", "b.bisect_left([1, 'a'], 0)", "b.bisect_left([1], 1, a=[1])"]
for c in cases:
    try:
        print(c, "->", eval(c))
    except Exception as e:
        print(c, "!!", type(e).__name__, e)
