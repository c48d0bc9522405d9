def f():
    pass
f.custom = 42
print(f.custom, f.__dict__, callable(f), f.__name__)
f.__name__ = "renamed"
print(f.__name__, f.__qualname__)
def outer():
    def inner():
        pass
    return inner
print(outer().__qualname__, outer().__name__)
class C:
    def m(self):
        pass
print(C.m.__qualname__, C().m.__func__ is C.m, C().m.__self__.__class__.__name__, C().m == C().m)
try:
    f.__name__ = 5
except TypeError as e:
    print(type(e).__name__, e)
try:
    f.__code__ = None
except TypeError as e:
    print(type(e).__name__, e)
