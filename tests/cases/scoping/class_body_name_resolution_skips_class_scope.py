x = "global"
class A:
    x = "class"
    def method(self):
        return x
    def nested(self):
        def inner():
            return x
        return inner()
    lam = lambda self: x
print(A().method(), A().nested(), A().lam())
def f():
    y = "enclosing"
    class B:
        y = "class"
        def m(self):
            return y
        z = y
    return B().m(), B.z
print(f())
