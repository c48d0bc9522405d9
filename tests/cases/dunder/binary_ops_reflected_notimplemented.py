class V:
    def __init__(self, x): self.x = x
    def __add__(self, o):
        print("V.__add__")
        if isinstance(o, V): return V(self.x + o.x)
        if isinstance(o, int): return V(self.x + o)
        return NotImplemented
    def __radd__(self, o):
        print("V.__radd__")
        if isinstance(o, int): return V(o + self.x)
        return NotImplemented
    def __repr__(self): return f"V({self.x})"
print(V(1) + V(2), V(1) + 5, 5 + V(1), sum([V(1), V(2)]))
try:
    V(1) + "s"
except TypeError as e:
    print(type(e).__name__, e)
try:
    "s" + V(1)
except TypeError as e:
    print(type(e).__name__, e)
