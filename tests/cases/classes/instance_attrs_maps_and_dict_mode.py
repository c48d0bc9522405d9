# Instance attributes across layouts: same-order instances, different orders, conditional
# attributes, many attributes, __dict__ views kept live, deletion, vars(), __slots__ + __dict__.
class P:
    def __init__(self, x, y, z=None):
        self.x = x
        self.y = y
        if z is not None:
            self.z = z

    def total(self):
        return self.x + self.y + getattr(self, "z", 0)


ps = [P(i, i * 2, i if i % 3 == 0 else None) for i in range(12)]
print([p.total() for p in ps])
print(sorted(ps[3].__dict__.items()), sorted(ps[4].__dict__.items()))

# different insertion order: dict order follows it
class Q:
    pass

a, b = Q(), Q()
a.p = 1; a.q = 2
b.q = 3; b.p = 4
print(list(a.__dict__), list(b.__dict__), a.p + b.p, a.q + b.q)

# __dict__ stays live both ways
d = a.__dict__
d["r"] = 5
a.s = 6
print(a.r, d["s"], sorted(d))
d.clear()
print(hasattr(a, "p"), vars(a))

# deleting, then re-adding
c = P(1, 2, 3)
del c.y
print(sorted(vars(c).items()), hasattr(c, "y"))
c.y = 20
print(c.total(), list(c.__dict__))
try:
    del c.nope
except AttributeError as e:
    print("AttributeError:", e)

# many attributes on one instance
m = Q()
for i in range(150):
    setattr(m, "a%d" % i, i)
print(len(vars(m)), m.a0, m.a149, sum(getattr(m, "a%d" % i) for i in range(150)))

# instances created after a class has seen many attributes
class Grow:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i * i)

g1 = Grow(40)
g2 = Grow(3)
g3 = Grow(40)
print(g1.f39, g2.f2, g3.f39, len(vars(g2)), len(vars(g3)))

# a loop site seeing several classes and layouts
class A1:
    def __init__(self):
        self.v = 1

class A2:
    def __init__(self):
        self.w = 0
        self.v = 2

objs = [A1(), A2(), A1(), A2()] * 5
print(sum(o.v for o in objs))
for o in objs:
    o.v += 10
print(sum(o.v for o in objs))

# subclass sharing the base's attributes
class P2(P):
    def __init__(self):
        super().__init__(7, 8)
        self.extra = 9

p2 = P2()
print(p2.total(), sorted(vars(p2)))

# __dict__ replaced
n = Q()
n.old = 1
n.__dict__ = {"fresh": 2}
print(hasattr(n, "old"), n.fresh)
try:
    n.__dict__ = [1]
except TypeError as e:
    print("TypeError:", e)

# __slots__ alongside __dict__
class SD:
    __slots__ = ("a", "__dict__")

sd = SD()
sd.a = 1
sd.b = 2
print(sd.a, sd.b, sd.__dict__)

# attribute names that are str subclasses or built at run time
class Name(str):
    pass

q = Q()
setattr(q, Name("zz"), 1)
setattr(q, "".join(["y", "y"]), 2)
print(q.zz, q.yy, sorted(vars(q)))
try:
    setattr(q, 1, 2)
except TypeError as e:
    print("TypeError:", e)
try:
    q.missing
except AttributeError as e:
    print("AttributeError:", e)

# instance attribute shadowing a method, then removed
class M:
    def f(self):
        return "method"

mm = M()
mm.f = lambda: "instance"
print(mm.f())
del mm.f
print(mm.f())
