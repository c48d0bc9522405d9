def g():
    yield 1
it = g()
print(it.gi_running, it.gi_frame is not None, it.__name__, it.__qualname__, type(it).__name__)
print(next(it))
print(list(it), list(it), it.gi_frame is None)
def selfref():
    yield next(s)
s = selfref()
try:
    next(s)
except ValueError as e:
    print(type(e).__name__, e)
print(iter(it) is it, hasattr(it, "__next__"), hasattr(it, "send"))
