print(type(None)(), type(...)(), type(NotImplemented)(), None.__bool__(), bool(...))
print(None.__repr__(), repr(None), str(...), hash(None) == hash(None))
try:
    n = None
    n()
except TypeError as e:
    print(type(e).__name__, e)
try:
    None.x = 1
except AttributeError as e:
    print(type(e).__name__, e)
