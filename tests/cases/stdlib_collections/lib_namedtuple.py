from collections import namedtuple
import pickle, copy
Point = namedtuple('Point', 'x y')
p = Point(1, y=2)
print(p, p.x, p.y, p[0], p._asdict(), p._replace(x=5), Point._fields, Point._make([3, 4]))
print(Point.x, Point.x.__doc__, Point.__doc__, type(Point.x).__name__)
try: p.x = 5
except AttributeError as e: print(e)
print(pickle.loads(pickle.dumps(p)), copy.copy(p), p == (1, 2), hash(p) == hash((1, 2)))
P3 = namedtuple('P3', ['a', 'b', 'c'], defaults=[0, 1]); print(P3(9), P3._field_defaults)
R = namedtuple('R', 'class def x', rename=True); print(R._fields)
try: namedtuple('Bad', 'a a')
except ValueError as e: print(e)
class V(namedtuple('V', 'u v')):
    __slots__ = ()
    @property
    def norm(self): return (self.u ** 2 + self.v ** 2) ** 0.5
print(V(3, 4).norm, V(3, 4))
