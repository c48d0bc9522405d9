# object.__new__/__init__ complain according to what the class overrides (CPython's
# object_new/object_init); object.__setattr__ refuses classes and non-str names;
# type.__setattr__ sets class attributes (through a metaclass override too).
class A:
    pass


for f in (type.__setattr__, object.__setattr__):
    try:
        f(A, b"x", None)
    except TypeError as e:
        print("TypeError:", e)
try:
    object.__setattr__(A, "x", 1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__delattr__(A(), 3)
except TypeError as e:
    print("TypeError:", e)
type.__setattr__(A, "y", 5)
print(A.y)


class M(type):
    def __setattr__(cls, k, v):
        print("meta set", k)
        super().__setattr__(k, v)


class B(metaclass=M):
    pass


B.z = 3
print(B.z)


class C:
    def __init__(self):
        pass


class D:
    def __new__(cls, *a):
        return super().__new__(cls, *a)


class E:
    def __init__(self, *a):
        super().__init__(*a)


print(type(C.__new__(C, 1)).__name__)
for call in (lambda: A(1), lambda: D(1), lambda: E(1), lambda: object.__init__(A(), 1), lambda: A().__init__(1)):
    try:
        call()
    except TypeError as e:
        print("TypeError:", e)
