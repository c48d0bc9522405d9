# the _abc module's functions directly: _get_dump's shape, resets, cache token, errors
import _abc
import abc


class A(abc.ABC):
    pass


class R:
    pass


class N:
    pass


print(type(A._abc_impl).__name__, type(A._abc_impl).__module__)
print("_abc_impl" in A.__dict__)
registry, cache, negative, version = _abc._get_dump(A)
print(type(registry).__name__, len(registry), len(cache), len(negative), type(version).__name__)
A.register(R)
print(issubclass(R, A), issubclass(N, A), issubclass(R, A))
registry, cache, negative, version = _abc._get_dump(A)
print(sorted(r().__name__ for r in registry))
print(sorted(r().__name__ for r in cache), sorted(r().__name__ for r in negative))
print(version == abc.get_cache_token(), all(type(r).__name__ == "weakref" for r in registry))


class Sub(A):
    pass


print(issubclass(Sub, A))
print(sorted(r().__name__ for r in _abc._get_dump(A)[1]))
_abc._reset_caches(A)
print([len(s) for s in _abc._get_dump(A)[:3]])
_abc._reset_registry(A)
print([len(s) for s in _abc._get_dump(A)[:3]], issubclass(R, A))

# get_cache_token increases with every registration anywhere
t0 = _abc.get_cache_token()
A.register(N)
print(_abc.get_cache_token() - t0, abc.get_cache_token() == _abc.get_cache_token())

# errors
class NoImpl:
    pass


for f in (_abc._get_dump, _abc._reset_caches, _abc._reset_registry):
    try:
        f(NoImpl)
    except AttributeError as e:
        print("AttributeError:", e)


class WrongImpl:
    _abc_impl = 5


try:
    _abc._abc_instancecheck(WrongImpl, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    _abc._abc_subclasscheck(A, 1)
except TypeError as e:
    print("TypeError:", e)
try:
    _abc._abc_register(A, 1)
except TypeError as e:
    print("TypeError:", e)


# _abc_init on a plain class computes __abstractmethods__ and attaches a fresh impl
class Plain:
    @abc.abstractmethod
    def m(self): ...


_abc._abc_init(Plain)
print(sorted(Plain.__abstractmethods__), type(Plain._abc_impl).__name__)


# __abc_tpflags__ is consumed by _abc_init
class Flagged(metaclass=abc.ABCMeta):
    __abc_tpflags__ = 1 << 5


print("__abc_tpflags__" in Flagged.__dict__)
try:
    class Both(metaclass=abc.ABCMeta):
        __abc_tpflags__ = (1 << 5) | (1 << 6)
except TypeError as e:
    print("TypeError:", e)
