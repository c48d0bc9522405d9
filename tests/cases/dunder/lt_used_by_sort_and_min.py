class T:
    def __init__(self, v): self.v = v
    def __lt__(self, o):
        return self.v < o.v
    def __repr__(self): return f"T{self.v}"
items = [T(3), T(1), T(2)]
print(sorted(items), min(items), max(items))
print(T(1) > T(0))
try:
    T(1) <= T(2)
except TypeError as e:
    print(type(e).__name__, e)
