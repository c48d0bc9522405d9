class A:
    def __init__(self):
        self.log = ["A"]
    def m(self):
        return "A.m"
class B(A):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def m(self):
        return "B.m+" + super(B, self).m()
class C(B):
    def m(self):
        return "C.m+" + super(B, self).m()
c = C()
print(c.log, c.m(), super(C, c).m(), super(C, C).m(c))
def outside(self):
    return super().m()
try:
    outside(c)
except RuntimeError as e:
    print(type(e).__name__, e)
try:
    super(int, "x")
except TypeError as e:
    print(type(e).__name__, e)
print(super(B, c).__class__.__name__, super(A, c).__init__.__name__)
