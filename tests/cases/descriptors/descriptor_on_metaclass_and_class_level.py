class Meta(type):
    @property
    def info(cls):
        return f"meta property for {cls.__name__}"
class A(metaclass=Meta):
    pass
print(A.info)
try:
    A().info
except AttributeError as e:
    print(type(e).__name__, e)
class Desc:
    def __get__(self, obj, owner):
        return "instance" if obj is not None else "class"
class B:
    d = Desc()
print(B.d, B().d)
