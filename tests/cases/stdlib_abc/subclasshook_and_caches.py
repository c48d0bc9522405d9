# __subclasshook__, the positive/negative caches and their invalidation
import abc


class Sized(abc.ABC):
    calls = []

    @classmethod
    def __subclasshook__(cls, C):
        Sized.calls.append(C.__name__)
        if cls is Sized:
            if any("size" in B.__dict__ for B in C.__mro__):
                return True
        return NotImplemented


class A:
    def size(self):
        return 1


class B:
    pass


print(issubclass(A, Sized), issubclass(A, Sized), isinstance(A(), Sized))
print(issubclass(B, Sized), issubclass(B, Sized), isinstance(B(), Sized))
print(Sized.calls)  # each class asked once: the rest comes from the caches

# registering anything invalidates every negative cache
token = abc.get_cache_token()
class Other(abc.ABC):
    pass


Other.register(B)
print(abc.get_cache_token() > token)
Sized.calls.clear()
print(issubclass(B, Sized), Sized.calls)

# a registration that flips a cached negative answer
class Late:
    pass


print(isinstance(Late(), Sized))
Sized.register(Late)
print(isinstance(Late(), Sized))


# __subclasshook__ returning False vetoes even a real subclass
class Veto(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if C.__name__ == "Child":
            return False
        return NotImplemented


class Child(Veto):
    pass


class Child2(Veto):
    pass


print(issubclass(Child, Veto), isinstance(Child(), Veto), issubclass(Child2, Veto))


# a hook returning something else is an AssertionError
class Bad(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, Bad)
except AssertionError as e:
    print("AssertionError:", e)


# _abc_registry-like introspection through _dump_registry-free API
class Reset(abc.ABC):
    pass


class X:
    pass


Reset.register(X)
print(issubclass(X, Reset))
Reset._abc_registry_clear()
print(issubclass(X, Reset))  # still cached positively
Reset._abc_caches_clear()
print(issubclass(X, Reset))


# subclasses of the ABC are searched: a virtual subclass of a subclass
class Root(abc.ABC):
    pass


class Leaf(Root):
    pass


class V:
    pass


Leaf.register(V)
print(issubclass(V, Root), isinstance(V(), Root))
