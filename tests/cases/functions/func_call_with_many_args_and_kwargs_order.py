def f(*args, **kwargs):
    return list(kwargs)
print(f(z=1, a=2, m=3), f(**{"b": 1}, a=2), f(**dict.fromkeys("cba")))
def g(a, b, c, d, e, f, g, h, i, j):
    return a + b + c + d + e + f + g + h + i + j
print(g(*range(10)), g(0, 1, 2, 3, 4, *range(5)), g(*range(5), j=1, i=1, h=1, g=1, f=1))
