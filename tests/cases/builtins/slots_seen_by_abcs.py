# slots that collections.abc's hooks look for in type dicts: __call__, __hash__,
# __isabstractmethod__; isinstance consulting __class__
import abc


def f():
    pass


class C:
    def m(self):
        pass


for obj in (f, len, [].append, list.append, C().m, dict.fromkeys):
    print(type(obj).__name__, "__call__" in type(obj).__dict__, callable(obj))
print(f.__call__() is None, len.__call__([1, 2]), list.append.__call__([], 1))

for v in ({}.keys(), {}.items()):
    try:
        hash(v)
    except TypeError as e:
        print("TypeError:", e)
print(hash({}.values()) is not None)
print(hash(memoryview(b"abc")) == hash(b"abc"))
for m in (memoryview(bytearray(b"x")), memoryview(b"abcd").cast("i")):
    try:
        hash(m)
    except ValueError as e:
        print("ValueError:", e)

print(property().__isabstractmethod__, property(abc.abstractmethod(f)).__isabstractmethod__)
g = abc.abstractmethod(lambda: 0)
print(classmethod(g).__isabstractmethod__, staticmethod(g).__isabstractmethod__, classmethod(len).__isabstractmethod__)
print(property(None, abc.abstractmethod(lambda s, v: 0)).__isabstractmethod__)


class Proxy:
    def __init__(self, target):
        self._t = target

    @property
    def __class__(self):
        return type(self._t)


print(isinstance(Proxy(3), int), isinstance(Proxy(3), str), type.__instancecheck__(int, Proxy(3)))


class Broken:
    @property
    def __class__(self):
        raise AttributeError("no class")


print(isinstance(Broken(), int), isinstance(Broken(), Broken))
