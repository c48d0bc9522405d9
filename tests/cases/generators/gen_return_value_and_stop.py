def g():
    yield 1
    return 42
it = g()
next(it)
try:
    next(it)
except StopIteration as e:
    print("value", e.value)
def collect():
    r = yield from g()
    return r * 2
c = collect()
print(next(c))
try:
    next(c)
except StopIteration as e:
    print("delegated value", e.value)
def empty_return():
    return
    yield
try:
    next(empty_return())
except StopIteration as e:
    print(repr(e.value), e.args)
