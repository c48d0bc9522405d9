class C:
    def __call__(self): pass
print(callable(len), callable(C), callable(C()), callable(object()), callable(lambda: 0), callable(None), callable("s".upper))
a = [1]
print(id(a) == id(a), id(a) != id([1]), isinstance(id(a), int))
print(hash(1) == 1, hash(1.0) == 1, hash(0) == 0, hash((1, 2)) == hash((1, 2)), type(hash(object())).__name__)
print(type(1), type("s"), type(None), type(type), type(C()), type(C), type(len), type(C().__call__).__name__, type(print).__name__)
for f in (lambda: type(), lambda: type(1, 2, 3), lambda: hash([]), lambda: callable()):
    try:
        f()
    except TypeError as e:
        print(type(e).__name__, e)
