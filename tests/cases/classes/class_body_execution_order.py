print("before")
class C:
    print("in body")
    x = 1
    def f(self):
        return C.x
    print("locals", sorted(k for k in locals() if not k.startswith("__")))
print("after", C().f(), C.__dict__["x"])
def factory(n):
    class Inner:
        val = n
    return Inner
print(factory(1).val, factory(2).val, factory(1) is factory(1), factory(3).__qualname__)
