class A:
    def who(self): return "A"
class B(A):
    def who(self): return "B>" + super().who()
class C(A):
    def who(self): return "C>" + super().who()
class D(B, C):
    def who(self): return "D>" + super().who()
print(D().who())
print([k.__name__ for k in D.__mro__], [k.__name__ for k in D.mro()])
class E: pass
class F(E): pass
class G(F, E): pass
print([k.__name__ for k in G.__mro__])
class X: pass
class Y: pass
class Z1(X, Y): pass
class Z2(Y, X): pass
try:
    class W(Z1, Z2): pass
except TypeError as e:
    print(type(e).__name__, e)
try:
    class V(E, F): pass
except TypeError as e:
    print(type(e).__name__, e)
