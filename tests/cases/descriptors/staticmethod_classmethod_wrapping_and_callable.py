class C:
    @staticmethod
    def s(x):
        return x * 2
    @classmethod
    def c(cls, x):
        return cls.__name__, x
    smap = staticmethod(lambda: "lam")
print(C.s(2), C().s(3), C.c(1), C().c(2), C.smap(), C.__dict__["s"].__func__(5), callable(C.__dict__["s"]))
print(type(C.c).__name__, C.c.__self__ is C, C.c.__func__.__name__, C.s.__name__, C.__dict__["s"].__wrapped__.__name__)
class D(C):
    pass
print(D.c(0))
try:
    classmethod(5)(1)
except TypeError as e:
    print(type(e).__name__, e)
