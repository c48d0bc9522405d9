x = "global"
class C:
    x = "class"
    y = x
    def m(self):
        return x
    z = [x for _ in range(1)]
    w = (lambda: x)()
print(C.y, C().m(), C.z, C.w)
class D:
    a = 1
    b = [a * i for i in range(3)] if False else None
    try:
        c = [a for _ in range(1)]
    except NameError as e:
        c = str(e)
print(D.c)
