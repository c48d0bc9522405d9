class A:
    __slots__ = ("a", "__dict__")
x = A()
x.a = 1
x.other = 2
print(x.a, x.__dict__)
class B:
    __slots__ = ()
try:
    B().z = 1
except AttributeError as e:
    print(type(e).__name__, e)
class C(B):
    __slots__ = ("c",)
print(C.__slots__, hasattr(C(), "__dict__"))
try:
    class D:
        __slots__ = ("x", "x")
except (TypeError, ValueError) as e:
    print(type(e).__name__, e)
class E:
    __slots__ = "single"
e = E()
e.single = "ok"
print(e.single, E.__slots__)
