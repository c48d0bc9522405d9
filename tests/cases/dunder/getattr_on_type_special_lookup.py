class C:
    pass
c = C()
c.__len__ = lambda: 5
c.__repr__ = lambda: "instance repr"
try:
    len(c)
except TypeError as e:
    print(type(e).__name__, e)
print(repr(c).startswith("<__main__.C object"), c.__len__(), c.__repr__())
C.__len__ = lambda self: 3
print(len(c))
class M(type):
    def __len__(cls): return 99
class WithMeta(metaclass=M):
    pass
print(len(WithMeta))
