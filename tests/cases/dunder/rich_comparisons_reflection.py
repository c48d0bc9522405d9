class R:
    def __init__(self, v): self.v = v
    def __eq__(self, o):
        print("eq", self.v)
        return NotImplemented
    def __lt__(self, o):
        print("lt", self.v, getattr(o, "v", o))
        return NotImplemented
    def __gt__(self, o):
        print("gt", self.v, getattr(o, "v", o))
        return NotImplemented
print(R(1) == R(2))
a = R(3)
print(a == a, a != a)
try:
    R(1) < R(2)
except TypeError as e:
    print(type(e).__name__, e)
try:
    R(1) < 5
except TypeError as e:
    print(type(e).__name__, e)
class G:
    def __gt__(self, o):
        return "G.gt called"
print(5 < G(), G() > 5)
