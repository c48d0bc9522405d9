def f():
    a = "fn local"
    class C:
        try:
            b = a
        except NameError as e:
            b = "NameError: " + str(e)
        a = "class attr"
        c = a
    return C.b, C.c
print(f())
def f2():
    a = "fn local"
    class C:
        b = a
    return C.b
print(f2())
def g():
    v = 1
    class K:
        nonlocal v
        v = 2
    return v
print(g())
