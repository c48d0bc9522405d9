def f(a, /, **kwargs):
    return a, kwargs
print(f(1, a=2))
def g(a, b, /, c, *, d):
    return a, b, c, d
print(g(1, 2, 3, d=4), g(1, 2, c=3, d=4))
try:
    g(1, b=2, c=3, d=4)
except TypeError as e:
    print(type(e).__name__, e)
print(g.__code__.co_posonlyargcount, g.__code__.co_varnames)
