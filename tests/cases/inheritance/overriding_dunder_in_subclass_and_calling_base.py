class Base:
    def __repr__(self):
        return f"{type(self).__name__}()"
    def __eq__(self, o):
        return type(self) is type(o)
    __hash__ = object.__hash__
class Child(Base):
    def __repr__(self):
        return "Child/" + super().__repr__()
print(repr(Base()), repr(Child()), Base() == Base(), Base() == Child(), [Child()])
class L(list):
    def append(self, x):
        super().append(x * 2)
l = L()
l.append(1)
l.extend([5])
print(l)
