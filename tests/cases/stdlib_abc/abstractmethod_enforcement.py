# ABCMeta computes __abstractmethods__ and object.__new__ refuses abstract classes
import abc


class Base(abc.ABC):
    @abc.abstractmethod
    def run(self): ...

    @abc.abstractmethod
    def stop(self): ...

    def helper(self):
        return "helper"


print(sorted(Base.__abstractmethods__), type(Base.__abstractmethods__).__name__)
try:
    Base()
except TypeError as e:
    print("TypeError:", e)


class Half(Base):
    def run(self):
        return "run"


print(sorted(Half.__abstractmethods__))
try:
    Half()
except TypeError as e:
    print("TypeError:", e)


class Full(Half):
    def stop(self):
        return "stop"


print(sorted(Full.__abstractmethods__), Full().run(), Full().stop(), Full().helper())


# abstract properties, classmethods, staticmethods
class Props(abc.ABC):
    @property
    @abc.abstractmethod
    def value(self): ...

    @classmethod
    @abc.abstractmethod
    def make(cls): ...

    @staticmethod
    @abc.abstractmethod
    def util(): ...


print(sorted(Props.__abstractmethods__))


class PropsImpl(Props):
    value = 3

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def util():
        return "u"


print(PropsImpl.make().value, PropsImpl.util())

# a metaclass= spelling, and an abstract method overridden by a non-callable attribute
class Meta(metaclass=abc.ABCMeta):
    @abc.abstractmethod
    def f(self): ...


class Sub(Meta):
    f = None


print(sorted(Meta.__abstractmethods__), sorted(Sub.__abstractmethods__), type(Sub()).__name__)

# a single abstract method: singular message
class One(abc.ABC):
    @abc.abstractmethod
    def only(self): ...


try:
    One()
except TypeError as e:
    print("TypeError:", e)

# arguments are checked before abstractness
try:
    One(1)
except TypeError as e:
    print("TypeError:", e)

# __abstractmethods__ on classes that are not ABCs, and its setter
class Plain:
    pass


print(hasattr(Plain, "__abstractmethods__"), hasattr(type, "__abstractmethods__"))
Plain.__abstractmethods__ = frozenset({"x", "a"})
try:
    Plain()
except TypeError as e:
    print("TypeError:", e)
Plain.__abstractmethods__ = ()
print(type(Plain()).__name__)
del Plain.__abstractmethods__
try:
    del Plain.__abstractmethods__
except AttributeError as e:
    print("AttributeError:", e)
try:
    int.__abstractmethods__ = frozenset()
except TypeError as e:
    print("TypeError:", e)

# update_abstractmethods after the class is created
class Later(abc.ABC):
    pass


Later.extra = abc.abstractmethod(lambda self: None)
abc.update_abstractmethods(Later)
print(sorted(Later.__abstractmethods__))

# a __new__ that does not reach object.__new__ escapes the check, as in CPython
class Custom(abc.ABC):
    def __new__(cls):
        return 42

    @abc.abstractmethod
    def f(self): ...


print(Custom())

# builtin bases: list.__new__ does not check abstractness
class AbstractList(list, abc.ABC):
    @abc.abstractmethod
    def f(self): ...


print(AbstractList([1, 2]))
