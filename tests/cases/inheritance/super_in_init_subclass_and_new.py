class Base:
    def __new__(cls, *args):
        print("Base.__new__", cls.__name__, args)
        return super().__new__(cls)
    def __init__(self, *args):
        print("Base.__init__", args)
class Child(Base):
    def __new__(cls, *args):
        print("Child.__new__")
        return super().__new__(cls, *args)
Child(1, 2)
class Tracker:
    subs = []
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
        Tracker.subs.append(cls.__name__)
class T1(Tracker): pass
class T2(T1): pass
print(Tracker.subs)
