# Attribute caches must notice class changes: a data descriptor added after instances have
# attributes, __getattr__/__setattr__ added later, and class attribute fallbacks.
class C:
    def __init__(self):
        self.x = 1


def read(o):
    return o.x


def write(o, v):
    o.x = v


objs = [C() for _ in range(5)]
print([read(o) for o in objs])
C.x = property(lambda self: "prop")
print([read(o) for o in objs])
try:
    write(objs[0], 3)
except AttributeError as e:
    print("AttributeError:", e)
del C.x
print([read(o) for o in objs])

C.__setattr__ = lambda self, k, v: object.__setattr__(self, k, v * 100)
write(objs[1], 2)
print(read(objs[1]))
del C.__setattr__
write(objs[1], 2)
print(read(objs[1]))


class D:
    y = "class"


d = D()
print(d.y)
d.y = "instance"
print(d.y, D.y)
del d.y
print(d.y)
D.__getattr__ = lambda self, k: "fallback " + k
print(d.zzz)
