class S:
    __slots__ = ("a",)
d = S.__dict__["a"]
s = S()
d.__set__(s, 10)
print(d.__get__(s, S), s.a, d.__name__, d.__objclass__.__name__)
class K:
    @classmethod
    def cm(cls):
        return cls.__name__
print(K.__dict__["cm"].__get__(None, K)(), K.cm.__func__.__name__)
class Pp:
    x = property(lambda self: 5, doc="docx")
print(Pp().x, Pp.x.__doc__)
try:
    Pp().x = 1
except AttributeError as e:
    print(type(e).__name__, e)
