class OrderedMeta(type):
    @classmethod
    def __prepare__(mcls, name, bases):
        print("prepare", name)
        return {"injected": 1}
    def __new__(mcls, name, bases, ns):
        print("keys", [k for k in ns if not k.startswith("__")])
        return super().__new__(mcls, name, bases, dict(ns))
class A(metaclass=OrderedMeta):
    b = 2
    a = 1
print(A.injected)
class M1(type): pass
class M2(type): pass
class X(metaclass=M1): pass
class Y(metaclass=M2): pass
try:
    class Z(X, Y): pass
except TypeError as e:
    print(type(e).__name__, e)
T = type("T", (object,), {"v": 5, "m": lambda self: self.v * 2})
print(T().m(), T.__name__, type(T).__name__)
try:
    type("U", (5,), {})
except TypeError as e:
    print(type(e).__name__, e)
try:
    type(1, 2)
except TypeError as e:
    print(type(e).__name__, e)
