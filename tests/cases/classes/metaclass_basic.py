class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns["tag"] = name.lower()
        cls = super().__new__(mcls, name, bases, ns)
        cls.extra = kw
        return cls
    def __call__(cls, *a, **k):
        print("creating", cls.__name__)
        return super().__call__(*a, **k)
    def hello(cls):
        return "meta hello " + cls.__name__
class Base(metaclass=Meta, flavor="x"):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
b = Child(3)
print(Base.tag, Child.tag, Base.extra, Child.extra, type(Child).__name__, Child.hello(), b.v)
print(isinstance(Child, Meta), hasattr(b, "hello"))
