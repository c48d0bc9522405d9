class C:
    def __init__(self):
        self._x = 0
    def _get(self):
        return self._x
    def _set(self, v):
        self._x = v * 10
    x = property(_get, _set, None, "x doc")
    y = property()
c = C()
c.x = 2
print(c.x, C.x.__doc__, C.x.fget.__name__, C.x.fset.__name__)
try:
    c.y
except AttributeError as e:
    print(type(e).__name__, e)
try:
    c.y = 1
except AttributeError as e:
    print(type(e).__name__, e)
p2 = C.x.setter(None)
print(p2.fset is C.x.fset, C.x.getter(lambda s: "new").fget(c))
