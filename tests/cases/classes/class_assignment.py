# obj.__class__ = Other: behaviour follows the new class, attributes stay; CPython's errors.
class A:
    kind = "A"

    def __init__(self):
        self.x = 1

    def who(self):
        return "A.who " + str(self.x)


class B:
    kind = "B"

    def who(self):
        return "B.who " + str(self.x)


a = A()
print(a.who(), a.kind, type(a).__name__)
a.__class__ = B
print(a.who(), a.kind, type(a).__name__, isinstance(a, B), isinstance(a, A), a.__dict__)
a.y = 2
print(sorted(vars(a)))
a.__class__ = A
print(a.who(), a.y)


class L1(list):
    pass


class L2(list):
    def total(self):
        return sum(self)


lst = L1([1, 2, 3])
lst.__class__ = L2
print(lst.total(), lst)


class S1:
    __slots__ = ("p",)


class S2:
    __slots__ = ("p",)


class S3:
    __slots__ = ("q",)


s = S1()
s.p = 5
s.__class__ = S2
print(type(s).__name__, s.p)

for target, label in [(S3, "S3"), (A, "A"), (L1, "L1")]:
    try:
        s.__class__ = target
    except TypeError as e:
        print(label, "TypeError:", e)
try:
    a.__class__ = 5
except TypeError as e:
    print("TypeError:", e)
try:
    (1).__class__ = bool
except TypeError as e:
    print("TypeError:", e)
try:
    a.__class__ = int
except TypeError as e:
    print("TypeError:", e)
try:
    del a.__class__
except TypeError as e:
    print("TypeError:", e)

import types


class MyModule(types.ModuleType):
    def hello(self):
        return "hello from " + self.__name__


m = types.ModuleType("mm")
m.__class__ = MyModule
print(m.hello())
