class A:
    def __mul__(self, o):
        return "A.mul"
    def __rmul__(self, o):
        return "A.rmul"
class B(A):
    def __mul__(self, o):
        return "B.mul"
    def __rmul__(self, o):
        return "B.rmul"
class C(A):
    pass
print(A() * B(), B() * A(), A() * C(), 3 * A(), A() * 3)
class I(int):
    def __radd__(self, o):
        return "I.radd"
    def __add__(self, o):
        return "I.add"
print(1 + I(2), I(2) + 1)
