class P:
    __slots__ = ("x", "y")
    def __init__(self, x):
        self.x = x
p = P(1)
print(p.x, hasattr(p, "__dict__"), P.__slots__, type(P.x).__name__)
try:
    p.z = 3
except AttributeError as e:
    print(type(e).__name__, e)
try:
    p.y
except AttributeError as e:
    print(type(e).__name__, e)
p.y = 2
del p.y
try:
    del p.y
except AttributeError as e:
    print(type(e).__name__, e)
class Q(P):
    pass
q = Q(5)
q.z = 6
print(q.x, q.z, q.__dict__)
try:
    class Bad:
        __slots__ = ("a",)
        a = 1
except ValueError as e:
    print(type(e).__name__, e)
