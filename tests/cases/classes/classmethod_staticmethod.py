class C:
    count = 0
    def __init__(self):
        C.count += 1
    @classmethod
    def make(cls):
        return cls()
    @staticmethod
    def util(a, b):
        return a + b
    @classmethod
    def name(cls):
        return cls.__name__
class D(C):
    pass
print(type(C.make()).__name__, type(D.make()).__name__, C.count, C.util(1, 2), C().util(3, 4), D.name(), D().name())
print(type(C.__dict__["make"]).__name__, type(C.__dict__["util"]).__name__, C.__dict__["util"].__func__(5, 5), C.make.__self__.__name__)
sm = staticmethod(len)
print(sm([1, 2]), callable(sm))
