def gen():
    yield 1
    raise StopIteration("bad")
try:
    list(gen())
except RuntimeError as e:
    print(type(e).__name__, e, repr(e.__cause__))
def g2():
    next(iter([]))
    yield
try:
    next(g2())
except RuntimeError as e:
    print(type(e).__name__, e)
