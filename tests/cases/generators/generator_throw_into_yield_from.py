def inner():
    try:
        yield 1
        yield 2
    except ValueError as e:
        print("inner handled", e)
        yield "inner-recovered"
    return "r"
def outer():
    try:
        result = yield from inner()
        print("result", result)
        yield "after"
    except KeyError:
        print("outer handled KeyError")
        yield "outer-recovered"
g = outer()
print(next(g))
print(g.throw(ValueError("v")))
print(next(g))
g2 = outer()
next(g2)
print(g2.throw(KeyError("k")))
g3 = outer()
next(g3)
g3.close()
print("closed", g3.gi_frame is None)
