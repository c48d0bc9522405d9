class A: pass
class B(A): pass
print(B.__mro__, B.mro(), type.mro(B) == B.mro())
class Meta(type):
    def mro(cls):
        return [cls, object]
class X(A, metaclass=Meta):
    pass
print(X.__mro__, isinstance(X(), A), issubclass(X, A))
print(int.__mro__, bool.__mro__, type.__mro__, object.__mro__)
