class C:
    def __init__(self, v):
        self.v = v
obj = type.__call__(C, 3)
print(obj.v, object.__getattribute__(obj, "v"), hasattr(C, "__call__"), hasattr(obj, "__call__"))
obj2 = C.__new__(C)
print(hasattr(obj2, "v"))
C.__init__(obj2, 7)
print(obj2.v)
try:
    object.__getattribute__(obj, "missing")
except AttributeError as e:
    print(type(e).__name__, e)
