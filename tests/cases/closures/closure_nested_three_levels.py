def a():
    x = 1
    def b():
        y = 2
        def c():
            nonlocal x
            x += 10
            return x + y
        return c
    f = b()
    r = f()
    return r, x
print(a())
def shadow():
    v = "outer"
    def inner():
        v = "inner"
        return v
    return inner(), v
print(shadow())
