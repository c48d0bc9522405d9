# C.__annotations__ is the class's own dict: an empty one is created for a class without
# annotations (not inherited from a base); builtin types have none; set and delete work.
class C:
    pass


print(C.__annotations__, "__annotations__" in C.__dict__)


class D(C):
    x: int


class E(D):
    pass


print(D.__annotations__, E.__annotations__)
try:
    int.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
C.__annotations__ = {"a": 1}
print(C.__annotations__)
del C.__annotations__
try:
    del C.__annotations__
except AttributeError as e:
    print("AttributeError:", e)
print(C.__annotations__)
