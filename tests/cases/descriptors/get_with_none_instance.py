class Desc:
    def __get__(self, obj, owner=None):
        return ("get", obj is None, owner.__name__ if owner else None)
class A:
    x = Desc()
class B(A):
    pass
print(A.x, B.x, A().x, B().x)
print(Desc().__get__(None, A), A.__dict__["x"].__class__.__name__)
