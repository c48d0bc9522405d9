class A:
    x = "A.x"
    def f(self):
        return ["A"]
class B(A):
    x = "B.x"
    def f(self):
        return ["B"] + super().f()
class C(A):
    def f(self):
        return ["C"] + super().f()
class D(B, C):
    def f(self):
        return ["D"] + super().f()
    def sx(self):
        return super().x, super(B, self).x, super(C, self).x
d = D()
print(d.f(), d.sx())
try:
    super(D, d).nonexistent
except AttributeError as e:
    print(type(e).__name__, e)
