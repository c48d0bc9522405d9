class A: pass
class B(A): pass
class C: pass
print(isinstance(B(), A), isinstance(A(), B), isinstance(B(), (C, A)), issubclass(B, A), issubclass(A, A), issubclass(B, (C,)), issubclass(bool, object))
print(isinstance(1, (int, str)), isinstance("s", ((int,), (str,))), isinstance(None, type(None)), issubclass(type, object), isinstance(type, type), isinstance(object, type))
for f in (lambda: isinstance(1, 1), lambda: issubclass(1, int), lambda: issubclass(int, "x"), lambda: isinstance(1, (int, 2))):
    try:
        print(f())
    except TypeError as e:
        print(type(e).__name__, e)
class Meta(type):
    def __instancecheck__(cls, inst):
        return inst == "magic"
    def __subclasscheck__(cls, sub):
        return sub is int
class Magic(metaclass=Meta): pass
print(isinstance("magic", Magic), isinstance(3, Magic), issubclass(int, Magic), issubclass(str, Magic))
print(A.__subclasses__(), int.__base__, bool.__base__.__name__, object.__bases__)
