def f(self, x):
    return (type(self).__name__, x)
class C:
    m = f
    l = len
c = C()
bound = f.__get__(c, C)
print(bound(1), c.m(2), type(bound).__name__, bound.__self__ is c, bound.__func__ is f)
print(C.l([1, 2, 3]), type(C.__dict__["m"]).__name__)
print(f.__get__(None, C) is f)
class D:
    @staticmethod
    def s():
        return "static"
print(D().s(), D.s())
meth = c.m
print(meth.__name__, meth.__qualname__, meth == c.m, meth is c.m)
