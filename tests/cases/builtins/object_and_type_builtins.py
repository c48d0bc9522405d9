o = object()
print(type(o).__name__, o.__class__ is object, object.__name__, dir(object) == sorted(dir(object)), o == o, o != object())
try:
    o.attr = 1
except AttributeError as e:
    print(type(e).__name__, e)
try:
    object(1)
except TypeError as e:
    print(type(e).__name__, e)
print(type("X", (), {})().__class__.__name__, type.__name__, type(type).__name__, type.__mro__, int.__dict__["__add__"].__name__)
print(object.__doc__, bool(object.__doc__))
