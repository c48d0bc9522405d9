# Inlined comprehensions (PEP 709) read the enclosing function's variables as plain locals:
# co_cellvars/co_varnames as CPython 3.12 reports them, closures below still get cells.
def f(xs, k):
    return [x * k for x in xs]
print(f.__code__.co_cellvars, f.__code__.co_varnames, f([1, 2], 3))
def g(rows):
    return [[x * y for y in rows] for x in rows]
print(g.__code__.co_cellvars, g.__code__.co_varnames, g([1, 2]))
def h(k):
    fs = [lambda: k for _ in range(2)]
    return [f() for f in fs], h.__code__.co_cellvars
print(h(4))
def w():
    r = [(y := v) for v in range(4)]
    return r, y
print(w.__code__.co_cellvars, w())
def m(k):
    def inner():
        return [k + i for i in range(2)]
    return inner()
print(m(10))
def n(x):
    def cap(): return x
    return [x for x in range(2)], cap()
print(n(7))
