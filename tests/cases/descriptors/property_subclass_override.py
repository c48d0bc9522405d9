class Base:
    @property
    def value(self):
        return "base"
class Child(Base):
    @Base.value.getter
    def value(self):
        return "child " + super().value
class NoProp(Base):
    value = "plain attr"
print(Base().value, Child().value, NoProp().value)
class Cached:
    def __init__(self, fn):
        self.fn = fn
        self.name = fn.__name__
    def __get__(self, obj, owner):
        if obj is None:
            return self
        v = self.fn(obj)
        obj.__dict__[self.name] = v
        return v
class W:
    calls = 0
    @Cached
    def heavy(self):
        W.calls += 1
        return 99
w = W()
print(w.heavy, w.heavy, W.calls)
