def f(a, b): pass
def g(a, b=1, *, c): pass
def h(x, /): pass
def k(*, only): pass
def n(): pass
calls = [lambda: f(1), lambda: f(1, 2, 3), lambda: f(1, b=2, a=3), lambda: f(1, 2, c=3), lambda: g(1), lambda: g(1, 2, 3, c=4), lambda: h(x=1), lambda: k(1), lambda: k(), lambda: n(1), lambda: f(), lambda: n(a=1), lambda: g(c=1), lambda: f(1, **{"b": 2, "a": 3})]
for c in calls:
    try:
        c()
    except TypeError as e:
        print(type(e).__name__, e)
